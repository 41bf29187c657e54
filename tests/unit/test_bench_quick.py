"""The bench harness in quick mode (a 5 000-client office), so it cannot silently break.

Only the shape of the table is checked — every scenario present with positive
figures and floors and a target — never a time: performance is measured by
``python -m bench.run``, not asserted here.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bench.office import QUICK, ensure_office
from bench.run import main, run
from bench.scenarios import SCENARIOS, missing

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    out = tmp_path_factory.mktemp("bench") / "quick.json"
    assert main(["--quick", "--json", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8")), out


def test_every_scenario_has_positive_figures_floors_and_a_target(quick_run) -> None:
    table, _ = quick_run
    rows = table["rows"]
    assert table["info"]["broken"] == []
    measured = [name for name in SCENARIOS if not missing(name)]
    assert sorted(table["info"]["waiting"]) == sorted(set(SCENARIOS) - set(measured))
    assert "startup" in measured and "memory" in measured and "history" in measured
    assert len({row["scenario"] for row in rows}) >= len(measured)
    for row in rows:
        stats = [row["figure"][row["key"]], row["floor"][row["key"]]]
        assert all(v > 0 for v in stats), row
        assert row["ratio"] > 0, row
        assert row["target"] and row["passed"] in (True, False), row
        assert row["unit"] in ("ms", "MB", "rows/s", "pushes/s"), row


def test_the_table_names_each_scenario_once(quick_run) -> None:
    table, _ = quick_run
    names = [row["scenario"] for row in table["rows"]]
    assert len(names) == len(set(names))


def test_only_runs_the_named_scenario() -> None:
    report, broken = run(["--quick", "--only", "history"])
    assert broken == []
    assert [row.scenario for row in report.rows] == ["open a client's history"]


def test_unknown_scenario_is_refused() -> None:
    with pytest.raises(SystemExit):
        run(["--quick", "--only", "no-such-scenario"])


def test_the_office_is_valid_data_and_reused() -> None:
    office = ensure_office(QUICK)
    again = ensure_office(QUICK)
    assert again.data_dir == office.data_dir and again.meta == office.meta
    counts = office.meta["counts"]
    assert counts["client"] == QUICK.clients
    assert counts["activity"] == QUICK.activities
    assert counts["task"] == QUICK.tasks
    assert counts["app_user"] == QUICK.users and counts["department"] == QUICK.departments
    live = db_count(office.database, "SELECT count(*) FROM client WHERE deleted = 0")
    assert counts["client_search"] == live
    db = sqlite3.connect(office.database)
    try:
        unstamped = db.execute(
            "SELECT count(*) FROM client WHERE hlc = '' OR field_hlc IS NULL OR dirty IS NULL"
        ).fetchone()[0]
        assert unstamped == 0
        created = db.execute(
            "SELECT count(*) FROM audit_event WHERE table_name = 'client' AND action = 'create'"
        ).fetchone()[0]
        assert created == QUICK.clients
        languages = db.execute(
            "SELECT sum(name GLOB '*[一-龥]*'), sum(name GLOB '*[А-я]*'), "
            "sum(name GLOB '*[A-Za-z]*') FROM client"
        ).fetchone()
        assert all(n > QUICK.clients // 10 for n in languages), languages
        probe = office.probes["phone"][0]
        found = db.execute(
            "SELECT count(*) FROM client_search WHERE client_search MATCH ?", (f'"{probe}"*',)
        ).fetchone()[0]
        assert found >= 1
    finally:
        db.close()


def db_count(path: Path, sql: str) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute(sql).fetchone()[0])
    finally:
        db.close()


def test_the_same_seed_gives_the_same_office(tmp_path: Path) -> None:
    from dataclasses import replace

    small = replace(QUICK, clients=300, activities=600, tasks=50)
    first = ensure_office(small, tmp_path / "a", log=lambda _: None)
    second = ensure_office(small, tmp_path / "b", log=lambda _: None)
    rows = []
    for office in (first, second):
        db = sqlite3.connect(office.database)
        rows.append(db.execute(
            "SELECT id, name, phones, owner_id, hlc FROM client ORDER BY id").fetchall())
        db.close()
    assert rows[0] == rows[1]
    assert first.meta["probes"] == second.meta["probes"]
