"""The command line's contract: exit codes, --json, plain messages, backup and restore."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from crm_desktop.cli import run


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    return json.loads(capsys.readouterr().out)


def test_backup_then_restore_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    assert run(["--data-dir", data, "--json", "backup", str(tmp_path / "copy.sqlite")]) == 0
    assert _json(capsys)["ok"] is True
    conn = sqlite3.connect(tmp_path / "data" / "crm.sqlite")
    conn.execute(
        "insert into department (id, name, created_at, updated_at, hlc, field_hlc, deleted, dirty)"
        " values ('d1', 'later', '2025-01-01', '2025-01-01', '', '{}', 0, 1)"
    )
    conn.commit()
    conn.close()
    assert run(["restore", str(tmp_path / "copy.sqlite"), "--data-dir", data, "--json"]) == 0
    result = _json(capsys)
    assert result["previous_copy"] and Path(str(result["previous_copy"])).exists()
    conn = sqlite3.connect(tmp_path / "data" / "crm.sqlite")
    assert conn.execute("select count(*) from department").fetchone() == (0,)


def test_restore_refuses_a_file_that_is_not_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("hello", encoding="utf-8")
    assert run(["--data-dir", str(tmp_path), "restore", str(bogus)]) == 2
    err = capsys.readouterr().err
    assert "is not a CRM Desktop backup file" in err and "Traceback" not in err


def test_bad_arguments_exit_2_with_a_plain_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["no-such-command"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("crm-desktop:") and "Traceback" not in err


def test_unexpected_failure_exits_1_with_a_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target_dir = tmp_path / "is_a_file"
    target_dir.write_text("x", encoding="utf-8")
    code = run(["--data-dir", str(tmp_path / "d"), "--json", "backup", str(target_dir / "x.db")])
    captured = capsys.readouterr()
    assert code == 1
    assert json.loads(captured.out)["ok"] is False
    assert "Traceback" not in captured.err
    assert (tmp_path / "d" / "logs" / "crm-desktop.log").exists()


def test_data_from_a_newer_program_is_refused_in_plain_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert run(["--data-dir", data, "backup", str(tmp_path / "copy.sqlite")]) == 0
    conn = sqlite3.connect(tmp_path / "data" / "crm.sqlite")
    conn.execute("update alembic_version set version_num = '9999'")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert run(["--data-dir", data, "backup", str(tmp_path / "again.sqlite")]) == 1
    assert "Please update CRM Desktop" in capsys.readouterr().err
