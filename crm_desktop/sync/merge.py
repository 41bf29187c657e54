"""The field rule: per field, the change with the newer ``field_hlc`` wins; ``deleted`` is a field.

A field missing from ``field_hlc`` still has the value it was created with, so it
counts as older than any change. Equal stamps mean the same change seen twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crm_desktop.store.base import SYSTEM_COLUMNS

ROW_COLUMNS = SYSTEM_COLUMNS | {"dirty"}


@dataclass
class Loser:
    """A field whose value was replaced by a newer change from somewhere else."""

    field: str
    value: Any
    winner_value: Any
    winner_hlc: str


@dataclass
class Merged:
    row: dict[str, Any]
    changed: bool
    losers: list[Loser] = field(default_factory=list)
    replaced: list[Loser] = field(default_factory=list)


def data_fields(row: dict[str, Any]) -> list[str]:
    return [k for k in row if k not in ROW_COLUMNS]


def _device(stamp: str) -> str:
    parts = stamp.split("-", 2)
    return parts[2] if len(parts) == 3 else ""


def merge_rows(
    base: dict[str, Any],
    incoming: dict[str, Any],
    *,
    hidden: frozenset[str] = frozenset(),
    concurrent: bool = False,
) -> Merged:
    """Merge ``incoming`` into ``base`` field by field; ``base`` wins ties.

    ``hidden`` fields are not in ``base`` (the reader may not see them); they are
    taken from ``incoming`` when its stamp is newer, judged by ``field_hlc`` alone.
    ``losers`` lists the incoming fields that lost to a different value set by
    another device (a real conflict, not a stale copy). With ``concurrent`` (the
    base changed since the incoming side last saw it), ``replaced`` lists the base
    values from another device that the incoming change overwrote.
    """
    base_hlc: dict[str, str] = dict(base.get("field_hlc") or {})
    inc_hlc: dict[str, str] = dict(incoming.get("field_hlc") or {})
    row = dict(base)
    out_hlc = dict(base_hlc)
    changed = False
    losers: list[Loser] = []
    replaced: list[Loser] = []
    for name in data_fields(incoming):
        mine = inc_hlc.get(name, "")
        theirs = base_hlc.get(name, "")
        if name in hidden and name not in base:
            if mine > theirs:
                row[name] = incoming[name]
                out_hlc[name] = mine
                changed = True
            continue
        if mine > theirs:
            if row.get(name) != incoming[name] or theirs != mine:
                changed = True
            if (concurrent and theirs and _device(theirs) != _device(mine)
                    and base.get(name) != incoming[name]):
                replaced.append(Loser(name, base.get(name), incoming[name], mine))
            row[name] = incoming[name]
            out_hlc[name] = mine
        elif (
            mine
            and mine < theirs
            and incoming[name] != base.get(name)
            and _device(mine) != _device(theirs)
        ):
            losers.append(Loser(name, incoming[name], base.get(name), theirs))
    if changed:
        row["field_hlc"] = out_hlc
        newest = max(str(base.get("hlc") or ""), str(incoming.get("hlc") or ""))
        if newest != base.get("hlc"):
            row["hlc"] = newest
            row["updated_at"] = incoming.get("updated_at", base.get("updated_at"))
            row["updated_by"] = incoming.get("updated_by", base.get("updated_by"))
    return Merged(row, changed, losers, replaced)
