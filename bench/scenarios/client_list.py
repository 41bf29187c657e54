"""Open the client list (size + first rows drawn) and drag the scroll bar to its end.

Figure: the Clients page's real Qt model (``ui.clients.list_model.ClientListModel``):
``reload`` (the row count) and the first screen of rows drawn; then the scroll bar
dragged to the bottom (the last screen drawn: the model reads the last page counted
from the end) and scrolled back up a few pages (keyset paging from the page held),
acting as the administrator, sorted by name. Floor: the same count and windows by raw
SQL through ``sqlite3`` (the same indexes, keyset for the pages scrolled back).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from bench.office import Office
from bench.report import Report, Row, Target, latency, time_ms
from bench.scenarios.qt_model import VISIBLE_ROWS, draw, list_model
from crm_desktop.ui.clients.list_model import PAGE

TITLE = "open the client list / scroll to the end"
TITLE_FIRST = "client list: first rows"
TITLE_END = "client list: scroll to the end"
TARGET = Target("first rows < 100 ms", lambda r: r.figure["p95"] < 100)
#: Pages scrolled back up from the end, a page at a time.
BACK_PAGES = 3
COLUMNS = ("c.id, c.name, c.company, c.kind, c.phones, c.emails, u.display_name, c.grade, "
           "c.status, c.tags, c.last_contact_at, c.brought_in_at")
RAW_COUNT = "SELECT count(*) FROM client c WHERE c.deleted = 0"
RAW_FIRST = (f"SELECT {COLUMNS} FROM client c LEFT JOIN app_user u ON u.id = c.owner_id "
             "WHERE c.deleted = 0 ORDER BY c.name, c.id LIMIT ?")
RAW_LAST = (f"SELECT {COLUMNS} FROM client c LEFT JOIN app_user u ON u.id = c.owner_id "
            "WHERE c.deleted = 0 ORDER BY c.name DESC, c.id DESC LIMIT ? OFFSET ?")
RAW_BEFORE = (f"SELECT {COLUMNS} FROM client c LEFT JOIN app_user u ON u.id = c.owner_id "
              "WHERE c.deleted = 0 AND (c.name, c.id) < (?, ?) "
              "ORDER BY c.name DESC, c.id DESC LIMIT ?")


def _open(model: Any) -> None:
    model.reload()
    draw(model, 0)


def _to_the_end(model: Any) -> None:
    model.reload()
    total = model.rowCount()
    draw(model, max(0, total - VISIBLE_ROWS))
    for back in range(1, BACK_PAGES + 1):
        draw(model, max(0, total - VISIBLE_ROWS - back * PAGE))


def _raw_open(db: sqlite3.Connection) -> None:
    db.execute(RAW_COUNT).fetchone()
    db.execute(RAW_FIRST, (PAGE,)).fetchall()


def _raw_end(db: sqlite3.Connection) -> None:
    total = db.execute(RAW_COUNT).fetchone()[0]
    tail = total % PAGE or PAGE  # the last page's rows, as the model pages them
    rows = db.execute(RAW_LAST, (tail, 0)).fetchall()
    if tail < VISIBLE_ROWS:
        rows = db.execute(RAW_LAST, (PAGE, tail)).fetchall()
    first = rows[-1]
    for _ in range(BACK_PAGES):
        rows = db.execute(RAW_BEFORE, (first[1], first[0], PAGE)).fetchall()
        if not rows:
            break
        first = rows[-1]


def run(report: Report, office: Office) -> None:
    rounds = 5 if office.spec.clients < 20_000 else 15
    model, context = list_model(office)
    db = sqlite3.connect(office.database)
    try:
        for fn, raw, title in ((_open, _raw_open, TITLE_FIRST),
                               (_to_the_end, _raw_end, TITLE_END)):
            fn(model)
            raw(db)
            figure, floor = [], []
            for _ in range(rounds):
                figure.append(time_ms(lambda f=fn: f(model)))
                floor.append(time_ms(lambda r=raw: r(db)))
            report.add(
                Row(title, "ms", latency(figure), latency(floor), key="p95",
                    floor_what="raw SQL count + windows, sqlite3",
                    note=f"{model.rowCount():,} rows sorted by name through the Clients page's "
                         f"Qt model ({PAGE}-row pages, {VISIBLE_ROWS} rows drawn"
                         + (f"; the end, then {BACK_PAGES} pages back up)" if fn is _to_the_end
                            else ")")),
                TARGET,
            )
    finally:
        db.close()
        context.workspace.close()
