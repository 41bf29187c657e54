#!/usr/bin/env bash
# Runs CRM Desktop on its embedded default: a local SQLite file in your user data folder.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
ensure_system_packages "${RUNTIME_PACKAGES[@]}"
ensure_venv ""
exec "$VENV/bin/crm-desktop" "$@"
