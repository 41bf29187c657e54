"""One import is one batch: dry run equals import, cancel leaves nothing, undo takes it back."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.services.import_export.batch import (
    ImportOptions,
    open_layout,
    run_import,
    save_preset,
    undo_import,
)
from crm_desktop.services.import_export.dates import DateError, parse_date
from crm_desktop.services.import_export.errors import (
    BadOption,
    BatchNotFound,
    ImportCancelled,
)
from crm_desktop.services.users import create_user
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.models import AuditEvent, Client, ContactKey


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def live_clients(ws: Workspace) -> dict[str, Client]:
    with ws.session() as session:
        found = {c.name: c for c in session.scalars(select(Client).where(~Client.deleted))}
        session.expunge_all()
    return found


@pytest.fixture
def first_file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "old.csv", [
        ["姓名", "手机", "公司", "邮箱", "备注"],
        ["张伟", "138 0013 8000", "华东贸易有限公司", "", "老客户"],
        ["李娜", "13900139000", "", "lina@example.cn", ""],
    ])


def test_undo_removes_created_and_restores_filled_fields(
    workspace: Workspace, tmp_path: Path, first_file: Path
) -> None:
    first = workspace.run(run_import, first_file, ImportOptions())
    assert first.created == 2
    second_file = write_csv(tmp_path / "new.csv", [
        ["Имя", "Телефон", "Компания", "E-mail", "Адрес"],
        ["张伟", "+86 138-0013-8000", "", "zhangwei@example.cn", "上海市浦东新区"],
        ["Иван Петров", "8 (916) 123-45-67", "ООО Ромашка", "", "Москва"],
    ])
    options = ImportOptions(on_duplicate="update")
    dry = workspace.run(run_import, second_file, options, dry_run=True)
    done = workspace.run(run_import, second_file, options)
    assert (dry.created, dry.updated, dry.skipped) == (done.created, done.updated, done.skipped)
    assert (done.created, done.updated, done.skipped) == (1, 1, 0)
    clients = live_clients(workspace)
    zhang = clients["张伟"]
    assert zhang.address == "上海市浦东新区" and zhang.emails == ["zhangwei@example.cn"]
    assert zhang.notes == "老客户" and zhang.company == "华东贸易有限公司"
    assert clients["Иван Петров"].phones == ["+79161234567"]

    undone = workspace.run(undo_import, done.batch)
    assert (undone.removed, undone.restored, undone.kept) == (1, 2, [])
    clients = live_clients(workspace)
    assert set(clients) == {"张伟", "李娜"}
    assert clients["张伟"].address == "" and clients["张伟"].emails == []
    with workspace.session() as session:
        keys = set(session.execute(select(ContactKey.kind, ContactKey.value).where(
            ~ContactKey.deleted)))
        deleted = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.batch_id == done.batch, AuditEvent.action == "delete"))
    assert ("email", "zhangwei@example.cn") not in keys
    assert ("phone", "+79161234567") not in keys
    assert ("phone", "+8613800138000") in keys
    assert deleted == 1
    with pytest.raises(BatchNotFound):
        workspace.run(undo_import, done.batch)


def test_undo_keeps_a_field_changed_after_the_import(
    workspace: Workspace, tmp_path: Path, first_file: Path
) -> None:
    workspace.run(run_import, first_file, ImportOptions())
    extra = write_csv(tmp_path / "extra.csv", [["姓名", "手机", "地址"],
                                              ["张伟", "13800138000", "北京"]])
    done = workspace.run(run_import, extra, ImportOptions(on_duplicate="update"))
    with workspace.session() as session:
        client = session.scalar(select(Client).where(Client.name == "张伟"))
        assert client is not None
        client.address = "广州"
    undone = workspace.run(undo_import, done.batch)
    assert undone.restored == 0 and [k["field"] for k in undone.kept] == ["address"]
    assert live_clients(workspace)["张伟"].address == "广州"


def test_duplicate_choices(workspace: Workspace, tmp_path: Path, first_file: Path) -> None:
    workspace.run(run_import, first_file, ImportOptions())
    again = workspace.run(run_import, first_file, ImportOptions(on_duplicate="skip"))
    assert (again.created, again.updated, again.skipped) == (0, 0, 2)
    nothing_new = workspace.run(run_import, first_file, ImportOptions(on_duplicate="update"))
    assert (nothing_new.created, nothing_new.updated, nothing_new.skipped) == (0, 0, 2)
    forced = workspace.run(run_import, first_file, ImportOptions(on_duplicate="create"))
    assert forced.created == 2
    with workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 4


def test_cancel_mid_import_leaves_nothing(workspace: Workspace, tmp_path: Path) -> None:
    rows = [["Name", "Phone"]] + [[f"Client {i}", f"1380000{i:04d}"] for i in range(1200)]
    path = write_csv(tmp_path / "many.csv", rows)
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) >= 1

    with pytest.raises(ImportCancelled):
        workspace.run(run_import, path, ImportOptions(), progress=seen.append,
                      cancelled=cancelled)
    assert seen == [500]
    with workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.table_name != "app_user")) == 0


def test_owner_and_brought_in_by_from_columns(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.session() as session:
        li = create_user(session, workspace.actor, login="lina", display_name="李娜")
        li_id = li.id
    path = write_csv(tmp_path / "owners.csv", [
        ["客户名称", "电话", "负责人", "录入人"],
        ["华东贸易", "021-5555-1234", "lina", "李娜"],
        ["西北物流", "029-8888-1234", "nobody", ""],
    ])
    result = workspace.run(run_import, path, ImportOptions())
    assert result.created == 1
    assert [(p.row, p.code) for p in result.errors] == [(3, "unknown_user")]
    client = live_clients(workspace)["华东贸易"]
    assert client.owner_id == li_id and client.brought_in_by == li_id
    assert client.phones == ["+862155551234"]


def test_mapping_overrides_and_saved_layouts(workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "odd.csv", [["Кто", "Куда звонить"], ["Пётр", "+7 495 123-45-67"]])
    _table, layout = open_layout(None, path, ImportOptions())
    assert layout.mapping == ["", ""]
    options = ImportOptions(mapping={"Кто": "name", "Куда звонить": "phone"})
    table, layout = open_layout(None, path, options)
    table.reader.close()
    assert layout.mapping == ["name", "phone"]
    workspace.run(save_preset, "Старый список", layout)
    result = workspace.run(run_import, path, ImportOptions(preset="Старый список"))
    assert result.created == 1
    with pytest.raises(BadOption):
        open_layout(None, path, ImportOptions(mapping={"Нет такой": "name"}))
    with pytest.raises(BadOption):
        open_layout(None, path, ImportOptions(mapping={"Кто": "salary"}))


def test_wrong_types_and_dates_are_problems_not_crashes(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "dates.csv", [
        ["Name", "Created", "Grade", "Status"],
        ["A", "2024-03-31", "A", "active"],
        ["B", "31.03.2024", "b", "潜在客户"],
        ["C", "2024年3月31日", "C", "lead"],
        ["D", "2008-25-1", "A", "active"],
        ["E", "20240331", "Z", "active"],
        ["F", "03/31/2024", "A", "sleeping"],
    ])
    result = workspace.run(run_import, path, ImportOptions())
    assert result.created == 3
    assert [(p.row, p.code) for p in result.errors] == [
        (5, "bad_date"), (6, "bad_grade"), (7, "bad_status")]
    clients = live_clients(workspace)
    assert {c.brought_in_at.date().isoformat() for c in clients.values()  # type: ignore[union-attr]
            } == {"2024-03-31"}
    assert clients["B"].status == "lead"


def test_civicrm_date_oracle(samples_dir: Path) -> None:
    path = samples_dir / "csv_civicrm_dates_iso_variants_with_expected_column.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 7
    for row in rows:
        cells = [row["Birth Date"], row["Deceased Date"], row["Custom Date One"],
                 row["Custom Date Two"]]
        valid = True
        for cell in cells:
            try:
                parse_date(cell)
            except DateError:
                valid = False
        assert ("Valid" if valid else "Invalid") == row["expected"], row
