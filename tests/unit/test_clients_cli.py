"""`client ...` and `demo-data` on the command line: JSON, exit codes, plain messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.cli import run


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, dict, str]:
    code = run(["--data-dir", str(data), *args, "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out.strip().splitlines()[-1]) if out.strip() else {}, err


def test_add_find_edit_show_delete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, data, _ = _run(capsys, tmp_path, "client", "add", "--name", "张伟", "--company",
                         "华东贸易", "--phone", "138-0013-8000", "--tag", "VIP")
    assert code == 0 and data["client"]["kind"] == "person"
    cid = data["client"]["id"]
    code, data, err = _run(capsys, tmp_path, "client", "add", "--name", "Other",
                           "--phone", "+86 13800138000")
    assert code == 3 and data["error"] == "duplicate"
    assert data["duplicates"][0]["client_id"] == cid and "--allow-duplicate" in err
    code, data, _ = _run(capsys, tmp_path, "client", "find", "zw")
    assert code == 0 and [r["id"] for r in data["results"]] == [cid]
    code, data, _ = _run(capsys, tmp_path, "client", "edit", cid, "--set", "grade=A")
    assert code == 0 and data["changes"] == {"grade": {"old": "C", "new": "A"}}
    code, data, _ = _run(capsys, tmp_path, "client", "show", cid)
    assert code == 0 and data["client"]["grade"] == "A" and data["client"]["tags"] == ["VIP"]
    code, data, _ = _run(capsys, tmp_path, "client", "delete", cid)
    assert code == 0
    code, data, _ = _run(capsys, tmp_path, "client", "find", "zw")
    assert data["results"] == []


@pytest.mark.parametrize(
    "args",
    [
        ("client", "add", "--name", "   "),
        ("client", "add", "--name", "Ok", "--email", "nope"),
        ("client", "add", "--name", "Ok 😀"),
        ("client", "edit", "no-such-id", "--set", "grade=A"),
        ("client", "edit", "x", "--set", "grade"),
        ("client", "show", "no-such-id"),
        ("client", "add", "--name", "Ok", "--as", "nobody"),
    ],
)
def test_bad_input_exits_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    code, data, err = _run(capsys, tmp_path, *args)
    assert code == 2 and data["ok"] is False
    assert err.startswith("crm-desktop: ") and "Traceback" not in err


def test_credit_needs_a_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, data, _ = _run(capsys, tmp_path, "client", "add", "--name", "Acme")
    cid, me = data["client"]["id"], data["client"]["owner_name"]
    code, _, err = _run(capsys, tmp_path, "client", "edit", cid, "--set", f"brought_in_by={me}")
    assert code == 2 and "why" in err
    code, data, _ = _run(capsys, tmp_path, "client", "edit", cid, "--set",
                         f"brought_in_by={me}", "--reason", "checked")
    assert code == 0


def test_demo_data_is_searchable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, data, _ = _run(capsys, tmp_path, "demo-data", "--clients", "60", "--language", "ru",
                         "--seed", "5")
    assert code == 0 and data["clients"] == 60 and data["users"] > 0
    code, data, _ = _run(capsys, tmp_path, "client", "find", "ООО", "--limit", "100")
    assert code == 0 and data["results"]
