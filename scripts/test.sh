#!/usr/bin/env bash
# Runs every test. Installs the system packages (Qt's libraries, CJK fonts, PostgreSQL and
# MariaDB servers for the sync tests) and the Python test extras first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-env.sh"
ensure_system_packages "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_venv "[test]"
cd "$ROOT"
exec "$VENV/bin/python" -m pytest "$@"
