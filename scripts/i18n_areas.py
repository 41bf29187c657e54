"""Which source files feed which translation file (one .ts per area and language).

Areas keep each part of the program's strings in its own file, so work on one
part never collides with another. Globs are relative to the repository root.
"""

AREAS: dict[str, list[str]] = {
    "core": [
        "crm_desktop/app.py",
        "crm_desktop/ui/*.py",
        "crm_desktop/ui/dialogs/*.py",
        "crm_desktop/ui/pages/base.py",
        "crm_desktop/ui/pages/recycle_bin.py",
        "crm_desktop/ui/pages/settings.py",
        "crm_desktop/ui/widgets/*.py",
        "crm_desktop/ui/models/*.py",
    ],
    "help": [
        "crm_desktop/ui/help/*.py",
    ],
    "people": [
        "crm_desktop/ui/wizards/base.py",
        "crm_desktop/ui/wizards/setup.py",
        "crm_desktop/ui/wizards/handover.py",
        "crm_desktop/ui/people/*.py",
        "crm_desktop/ui/pages/administration.py",
    ],
    "clients": [
        "crm_desktop/ui/clients/*.py",
    ],
    "followups": [
        "crm_desktop/ui/followups/*.py",
    ],
    "sync": [
        "crm_desktop/ui/sync/*.py",
    ],
    "import": [
        "crm_desktop/ui/import_wizard/*.py",
    ],
}
