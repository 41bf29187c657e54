"""Search as you type: every keystroke of a name, pinyin initials and phone digits.

Figure: what the Clients page does on each keystroke, through its real Qt model
(``ui.clients.list_model.ClientListModel``): ``set_filter`` with the typed text (the
list's size: exact, or for a very short search the first matches and "more than"),
then the visible rows drawn (the first page fetched), acting as the administrator
(who sees every client, so the most matches). Floor: the same size and the same
first page by raw SQL over the FTS5 index through ``sqlite3`` (a join driven by the
index, as any hand-written query would be), with the MATCH expression prepared
beforehand. (``count(*) OVER ()`` beside the first page in one query is slower: SQLite
then keeps every match whole before sorting instead of the first page only.)
"""

from __future__ import annotations

import sqlite3
from typing import Any

from bench.office import Office
from bench.report import Report, Row, Target, latency, time_ms
from bench.scenarios.qt_model import draw, list_model
from crm_desktop.services.client_list import SHORT_WINDOW, ClientFilter
from crm_desktop.services.search import fts_query, is_short
from crm_desktop.ui.clients.list_model import PAGE

TITLE = "search as you type"
TARGET = Target("p95 < 30 ms; ratio ≤ 2", lambda r: r.figure["p95"] < 30 and r.ratio <= 2)
PROBES_PER_KIND = 12
COLUMNS = ("c.id, c.name, c.company, c.kind, c.phones, c.emails, u.display_name, c.grade, "
           "c.status, c.tags, c.last_contact_at, c.brought_in_at")
MATCHES = ("SELECT c.id FROM client_search s JOIN client c ON c.id = s.client_id "
           "WHERE client_search MATCH ? AND c.deleted = 0")
RAW_COUNT = f"SELECT count(*) FROM ({MATCHES})"
RAW_WINDOW = (
    f"SELECT {COLUMNS} FROM client_search s JOIN client c ON c.id = s.client_id "
    "LEFT JOIN app_user u ON u.id = c.owner_id "
    "WHERE client_search MATCH ? AND c.deleted = 0 ORDER BY c.name, c.id LIMIT ?"
)
SHORT_COUNT = f"SELECT count(*) FROM ({MATCHES} LIMIT ?)"
SHORT_WINDOW_SQL = (
    f"SELECT {COLUMNS} FROM ({MATCHES} LIMIT ?) m JOIN client c ON c.id = m.id "
    "LEFT JOIN app_user u ON u.id = c.owner_id ORDER BY c.name, c.id LIMIT ?"
)


def keystrokes(office: Office) -> list[tuple[str, str]]:
    """(kind, text in the box) after each key, for names, pinyin initials and phone digits."""
    typed: list[tuple[str, str]] = []
    for kind, words in office.probes.items():
        for word in words[:PROBES_PER_KIND]:
            typed.extend((kind, word[:n]) for n in range(1, len(word) + 1))
    return typed


def _as_typed(model: Any, text: str) -> int:
    model.set_filter(ClientFilter(text=text))
    draw(model, 0)
    return int(model.rowCount())


def _raw(db: sqlite3.Connection, match: str | None, short: bool) -> tuple[int, list[Any]]:
    if match is None:
        return 0, []
    if short:
        count = db.execute(SHORT_COUNT, (match, SHORT_WINDOW + 1)).fetchone()[0]
        return count, db.execute(SHORT_WINDOW_SQL, (match, SHORT_WINDOW, PAGE)).fetchall()
    count = db.execute(RAW_COUNT, (match,)).fetchone()[0]
    return count, db.execute(RAW_WINDOW, (match, PAGE)).fetchall()


def run(report: Report, office: Office) -> None:
    typed = keystrokes(office)
    matches = {text: (fts_query(text), is_short(text)) for _kind, text in typed}
    model, context = list_model(office)
    db = sqlite3.connect(office.database)
    figure: dict[str, list[float]] = {}
    floor: list[float] = []
    found: list[int] = []
    short = 0
    try:
        _as_typed(model, typed[0][1])  # warm-up
        _raw(db, *matches[typed[0][1]])
        for kind, text in typed:
            ms = time_ms(lambda t=text: found.append(_as_typed(model, t)))
            short += bool(model.more)
            figure.setdefault(kind, []).append(ms)
            floor.append(time_ms(lambda t=text: _raw(db, *matches[t])))
    finally:
        db.close()
        context.workspace.close()
    every = [ms for values in figure.values() for ms in values]
    report.add(
        Row(TITLE, "ms", latency(every), latency(floor), key="p95",
            floor_what="raw FTS5 join: size + first page, sqlite3",
            note=f"{len(typed)} keystrokes over {sum(len(v) for v in office.probes.values())} "
                 f"probes, through the Clients page's Qt model; {short} keystrokes were short "
                 f"searches shown as 'more than {SHORT_WINDOW}'",
            extra={"by_kind_p95": {k: latency(v)["p95"] for k, v in figure.items()},
                   "median_rows": sorted(found)[len(found) // 2],
                   "more_than": short}),
        TARGET,
    )
