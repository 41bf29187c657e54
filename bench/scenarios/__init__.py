"""The scenarios, in the order the table shows them; each module exposes ``run(report, office)``.

A scenario that measures code another issue is still writing names the modules
it needs in ``REQUIRES``; until they are in the tree the run lists it as waiting
instead of failing.
"""

from __future__ import annotations

from importlib.util import find_spec

SCENARIOS: tuple[str, ...] = (
    "startup",
    "search",
    "client_list",
    "client_card",
    "history",
    "today",
    "followups",
    "memory",
    "import_",
    "sync",
)

REQUIRES: dict[str, tuple[str, ...]] = {
    "search": ("crm_desktop.services.client_list", "crm_desktop.services.search"),
    "client_list": ("crm_desktop.services.client_list",),
    "client_card": ("crm_desktop.services.clients", "crm_desktop.services.activities",
                    "crm_desktop.services.followups"),
    "today": ("crm_desktop.services.followups",),
    "followups": ("crm_desktop.services.followups", "crm_desktop.services.timeline"),
    "import_": ("crm_desktop.services.import_export.batch", "openpyxl"),
    "sync": ("crm_desktop.sync.engine", "crm_desktop.sync.server"),
}


def missing(name: str) -> list[str]:
    """The modules scenario ``name`` needs that this tree does not have yet."""
    return [module for module in REQUIRES.get(name, ()) if find_spec(module) is None]
