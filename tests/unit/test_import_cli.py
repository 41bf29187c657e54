"""The import and export commands: JSON counts, exit codes, undo, only visible clients exported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from crm_desktop.cli import run
from crm_desktop.config import Paths, Preferences, save_preferences


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object], str]:
    code = run([*args, "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out.strip().splitlines()[-1]), err


def test_import_dry_run_then_import_then_undo(
    tmp_path: Path, samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    sample = str(samples_dir / "xls_chinese_people_list_blank_rows_two_sheets.xls")
    code, dry, _ = cli(capsys, "import", sample, "--dry-run", "--data-dir", data)
    assert code == 0 and dry["batch"] is None
    code, done, _ = cli(capsys, "import", sample, "--data-dir", data,
                        "--problems-file", str(tmp_path / "problems.xlsx"))
    assert code == 0
    for key in ("created", "updated", "skipped", "errors"):
        assert dry[key] == done[key]
    assert done["created"] == 3
    assert done["errors"] == [{"row": 4, "code": "no_identity", "message":
                               "Row 4 has no name, company, phone or e-mail. Fill one in, "
                               "or leave the row out."}]
    sheet = load_workbook(tmp_path / "problems.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Row in the file", "Problem", "姓名")
    assert rows[1][0] == 4 and rows[1][3] == "女"

    code, undone, _ = cli(capsys, "import", "--undo", str(done["batch"]), "--data-dir", data)
    assert code == 0 and undone["removed"] == 3
    code, again, _ = cli(capsys, "import", "--undo", str(done["batch"]), "--data-dir", data)
    assert code == 2 and again["error"] == "batch_not_found"


def test_not_a_client_list_exits_2_with_a_plain_message(
    tmp_path: Path, samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = str(samples_dir / "csv_alipay_export_gbk_preamble_tab_padding.csv")
    code, data, err = cli(capsys, "import", sample, "--data-dir", str(tmp_path))
    assert code == 2 and data["error"] == "not_a_client_list"
    assert "Traceback" not in err and "row 25" in err


def test_map_and_bad_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "list.csv"
    source.write_text("Кто;Куда звонить\nПётр;+7 495 123-45-67\n", encoding="cp1251")
    data = str(tmp_path / "data")
    code, out, _ = cli(capsys, "import", str(source), "--data-dir", data,
                       "--map", "Кто=name", "--map", "Куда звонить=phone")
    assert code == 0 and out["created"] == 1
    code, out, _ = cli(capsys, "import", str(source), "--data-dir", data, "--map", "oops")
    assert code == 2 and out["error"] == "bad_map"


def test_export_only_visible_clients_in_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    source = tmp_path / "list.csv"
    source.write_text("姓名,手机,负责人\n张伟,13800138000,\n李娜,13900139000,ivan\n",
                      encoding="utf-8")
    from crm_desktop.services.users import create_user, ensure_local_user
    from crm_desktop.services.workspace import Workspace

    ws = Workspace.open(Paths(data))
    with ws.session() as session:
        ws.act_as(ensure_local_user(session))
        create_user(session, ws.actor, login="ivan", display_name="Иван", role="staff")
    ws.close()
    save_preferences(Paths(data), Preferences(language="ru"))
    code, out, _ = cli(capsys, "import", str(source), "--data-dir", str(data))
    assert code == 0 and out["created"] == 2
    code, out, _ = cli(capsys, "export", str(tmp_path / "mine.csv"), "--as", "ivan",
                       "--data-dir", str(data))
    assert code == 0 and out["count"] == 1
    text = (tmp_path / "mine.csv").read_text(encoding="utf-8-sig").splitlines()
    assert text[0].startswith("Название,Компания или человек,Компания,Телефон")
    assert text[1].startswith("李娜,Человек,,+8613900139000")
    code, out, _ = cli(capsys, "export", str(tmp_path / "all.xlsx"), "--data-dir", str(data))
    assert out["count"] == 2
    code, out, _ = cli(capsys, "export", str(tmp_path / "all.pdf"), "--data-dir", str(data))
    assert code == 2 and out["error"] == "bad_option"


def test_exported_text_never_becomes_a_formula() -> None:
    from crm_desktop.services.import_export.export import _cell

    assert _cell('=HYPERLINK("http://x","click")') == '\'=HYPERLINK("http://x","click")'
    assert _cell("@SUM(A1)") == "'@SUM(A1)"
    assert _cell("-2+3+cmd") == "'-2+3+cmd"
    assert _cell("+86 138 0013 8000") == "+86 138 0013 8000"
    assert _cell(["+8613800138000", "=1+1"]) == "'+8613800138000\n=1+1"
