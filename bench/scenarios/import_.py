"""Importing 100 000 clients from .xlsx and .csv, next to the least work that could do it.

Figure: ``run_import`` (the wizard's and the command line's code) into a fresh,
migrated data file: rows per second.
Floor: the same file parsed with the same library in its fastest mode
(``csv.reader`` / openpyxl read-only ``values_only``) plus one ``executemany``
of plain INSERTs into the client table of a fresh data file, one transaction.
Target (DESIGN.md): figure no slower than twice the floor.

``run(report, office)`` is the harness's entry (as many rows as the office has
clients: 100 000 in the full run, 5 000 in the quick one); ``measure(reporter, rows)``
calls ``reporter(name, figure, floor, unit, target)``, and running this module directly
prints the figures (``python -m bench.scenarios.import_ [rows]``).
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from bench.office import Office
from bench.report import Report, Row, Target
from crm_desktop.config import Paths
from crm_desktop.domain.ids import new_id
from crm_desktop.services.import_export.batch import ImportOptions, run_import
from crm_desktop.services.users import ensure_local_user
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.migrate import upgrade_local

ROWS = 100_000
TARGET = "ratio to read-only parse + executemany <= 2"
HEADER = ["姓名", "手机", "公司", "邮箱", "地址", "备注"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
CITIES = ("上海市浦东新区", "北京市朝阳区", "广州市天河区", "深圳市南山区", "杭州市西湖区")

Reporter = Callable[[str, float, float, str, str], None]


def office_rows(count: int) -> Iterator[list[str]]:
    for i in range(count):
        name = SURNAMES[i % 20] + GIVEN[(i // 20) % 20] + GIVEN[(i // 400) % 20]
        yield [
            f"{name}{i}",
            f"13{(i % 9) + 1}{i:08d}",
            f"{CITIES[i % 5][:2]}贸易{i % 997}有限公司",
            f"client{i}@example.cn",
            f"{CITIES[i % 5]}{i % 300}号",
            "老客户" if i % 7 == 0 else "",
        ]


def write_csv(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(office_rows(count))
    return path


def write_xlsx(path: Path, count: int) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(HEADER)
    for row in office_rows(count):
        sheet.append(row)
    book.save(path)
    return path


def parse_csv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        yield from reader


def parse_xlsx(path: Path) -> Iterator[list[Any]]:
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        next(rows)
        for row in rows:
            yield list(row)
    finally:
        book.close()


INSERT = (
    "INSERT INTO client (id, kind, name, company, phones, emails, address, website, notes, "
    "grade, status, source, tags, created_at, updated_at, hlc, field_hlc, deleted, dirty) "
    "VALUES (?, 'person', ?, ?, ?, ?, ?, '', ?, 'C', 'active', '', '[]', ?, ?, '', '{}', 0, 1)"
)


def floor_seconds(source: Path, parse: Callable[[Path], Iterator[list[Any]]], db: Path) -> float:
    upgrade_local(db, db.parent / "backups")
    started = time.perf_counter()
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    conn = sqlite3.connect(db)
    try:
        conn.executemany(INSERT, (
            (new_id(), r[0], r[2], f'["+86{r[1]}"]', f'["{r[3]}"]', r[4], r[5] or "", now, now)
            for r in parse(source)
        ))
        conn.commit()
    finally:
        conn.close()
    return time.perf_counter() - started


def figure_seconds(source: Path, data_dir: Path) -> tuple[float, int]:
    ws = Workspace.open(Paths(data_dir).ensure())
    try:
        with ws.session() as session:
            ws.act_as(ensure_local_user(session))
        started = time.perf_counter()
        result = ws.run(run_import, source, ImportOptions())
        elapsed = time.perf_counter() - started
    finally:
        ws.close()
    return elapsed, result.created


def measure(report: Reporter, rows: int = ROWS) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        base = Path(tmp)
        for kind, write, parse in (("csv", write_csv, parse_csv), ("xlsx", write_xlsx, parse_xlsx)):
            source = write(base / f"clients.{kind}", rows)
            floor = floor_seconds(source, parse, base / f"floor-{kind}" / "crm.sqlite")
            figure, created = figure_seconds(source, base / f"figure-{kind}")
            if created != rows:
                raise RuntimeError(f"imported {created} of {rows} rows from {kind}")
            report(f"import {rows} rows ({kind})", rows / figure, rows / floor, "rows/s", TARGET)


def _print(name: str, figure: float, floor: float, unit: str, target: str) -> None:
    ratio = floor / figure if figure else float("inf")
    print(f"{name:32} {figure:10.0f} {unit}   floor {floor:10.0f} {unit}   "
          f"ratio {ratio:5.2f}   target: {target}")


TITLE = "import clients from a spreadsheet"


def run(report: Report, office: Office) -> None:
    """The harness's entry: one row per file type, rows/s next to the parse + executemany floor."""
    rows = office.spec.clients

    def add(name: str, figure: float, floor: float, unit: str, _target: str) -> None:
        report.add(
            Row(name, unit, {"value": figure}, {"value": floor}, key="value",
                floor_what="read-only parse + executemany, sqlite3",
                note="run_import (the wizard's code) into a fresh data file"),
            Target("ratio ≤ 2", lambda r: r.ratio <= 2),
        )

    measure(add, rows)


if __name__ == "__main__":
    measure(_print, int(sys.argv[1]) if len(sys.argv) > 1 else ROWS)
