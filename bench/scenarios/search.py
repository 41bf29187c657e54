"""Search as you type: every keystroke of a name, pinyin initials and phone digits.

Figure: what the client list asks for on each keystroke — the match count and
the first window of rows (``services.client_list.count_clients`` +
``list_clients`` with the typed text), in one transaction, acting as the
administrator (who sees every client, so the most matches). Floor: the same
count and the same first window by raw SQL over the FTS5 index through
``sqlite3``, with the MATCH expression prepared beforehand.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy.orm import Session

from bench.office import Office
from bench.report import Report, Row, Target, latency, time_ms
from crm_desktop.services.actor import Actor
from crm_desktop.services.client_list import ClientFilter, count_clients, list_clients
from crm_desktop.services.search import fts_query

TITLE = "search as you type"
TARGET = Target("p95 < 30 ms; ratio ≤ 2", lambda r: r.figure["p95"] < 30 and r.ratio <= 2)
WINDOW = 200
PROBES_PER_KIND = 12
MATCHING = "c.id IN (SELECT client_id FROM client_search WHERE client_search MATCH ?)"
RAW_COUNT = f"SELECT count(*) FROM client c WHERE c.deleted = 0 AND {MATCHING}"
RAW_WINDOW = (
    "SELECT c.id, c.name, c.company, c.kind, c.phones, c.emails, u.display_name, c.grade, "
    "c.status, c.tags, c.last_contact_at, c.brought_in_at FROM client c "
    f"LEFT JOIN app_user u ON u.id = c.owner_id WHERE c.deleted = 0 AND {MATCHING} "
    "ORDER BY c.name, c.id LIMIT ?"
)


def keystrokes(office: Office) -> list[tuple[str, str]]:
    """(kind, text in the box) after each key, for names, pinyin initials and phone digits."""
    typed: list[tuple[str, str]] = []
    for kind, words in office.probes.items():
        for word in words[:PROBES_PER_KIND]:
            typed.extend((kind, word[:n]) for n in range(1, len(word) + 1))
    return typed


def _as_typed(session: Session, actor: Actor, text: str) -> tuple[int, list[Any]]:
    flt = ClientFilter(text=text)
    return count_clients(session, actor, flt), list_clients(session, actor, flt, 0, WINDOW)


def _raw(db: sqlite3.Connection, match: str | None) -> tuple[int, list[Any]]:
    if match is None:
        return 0, []
    count = db.execute(RAW_COUNT, (match,)).fetchone()[0]
    return count, db.execute(RAW_WINDOW, (match, WINDOW)).fetchall()


def run(report: Report, office: Office) -> None:
    typed = keystrokes(office)
    matches = {text: fts_query(text) for _kind, text in typed}
    workspace = office.workspace()
    db = sqlite3.connect(office.database)
    figure: dict[str, list[float]] = {}
    floor: list[float] = []
    found: list[int] = []
    try:
        workspace.run(_as_typed, typed[0][1])  # warm-up
        _raw(db, matches[typed[0][1]])
        for kind, text in typed:
            ms = time_ms(lambda t=text: found.append(workspace.run(_as_typed, t)[0]))
            figure.setdefault(kind, []).append(ms)
            floor.append(time_ms(lambda t=text: _raw(db, matches[t])))
    finally:
        db.close()
        workspace.close()
    every = [ms for values in figure.values() for ms in values]
    report.add(
        Row(TITLE, "ms", latency(every), latency(floor), key="p95",
            floor_what="raw FTS5 count + first window, sqlite3",
            note=f"{len(typed)} keystrokes over {sum(len(v) for v in office.probes.values())} "
                 f"probes; services.client_list (no Qt list model in the tree yet)",
            extra={"by_kind_p95": {k: latency(v)["p95"] for k, v in figure.items()},
                   "median_matches": sorted(found)[len(found) // 2]}),
        TARGET,
    )
