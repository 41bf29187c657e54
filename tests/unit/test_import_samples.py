"""Every sample file from another system: imported with the counts read off the file by hand,
or refused in plain words where it is not a list of clients."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.services.import_export.batch import ImportOptions, run_import
from crm_desktop.services.import_export.errors import NotAClientList
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.models import AuditEvent, Client, ContactKey

# file: (created, skipped as duplicates, rows with problems, warnings)
EXPECTED: dict[str, tuple[int, int, int, int]] = {
    # 7 rows; rows 4-7 repeat "Joe 3" (same name, no phone or e-mail): one client.
    "csv_civicrm_dates_iso_variants_with_expected_column.csv": (3, 4, 0, 0),
    "csv_excel_utf8_bom_chinese_header.csv": (10, 0, 0, 0),
    # One contact; its seven "phones" are the words pager, mainphone, ... (kept in notes).
    "csv_google_contacts_legacy_export.csv": (1, 0, 0, 7),
    "csv_odoo_partner_import_companies_and_contacts.csv": (6, 0, 0, 0),
    # One contact; its eight phone columns hold 100, 200, ... 444: too short to be numbers.
    "csv_outlook_style_headers_utf8_bom.csv": (1, 0, 0, 8),
    # Two contacts whose e-mails end in "@invalid" (no domain).
    "csv_thunderbird_embedded_newlines_quotes_tabs.csv": (2, 0, 0, 2),
    "csv_thunderbird_shift_jis.csv": (1, 0, 0, 0),
    "csv_thunderbird_utf16le_bom.csv": (1, 0, 0, 0),
    "vcard21_android_aosp_complicated_qp_photo.vcf": (1, 0, 0, 0),
    # Six cards; card 5 shares the phone 123456 with card 4; card 5's second e-mail is "ÑÑÑ…".
    "vcard21_android_phone_export_utf8_qp_multi.vcf": (5, 1, 0, 1),
    # +123456789 has too few digits for any country.
    "vcard21_charset_windows1252_raw_8bit.vcf": (1, 0, 0, 1),
    "vcard21_outlook2007_export_qp_note.vcf": (1, 0, 0, 0),
    "vcard21_shiftjis_charset_and_qp_address.vcf": (1, 0, 0, 0),
    "vcard21_thebat_qp_8bit_no_charset.vcf": (1, 0, 0, 0),
    "vcard30_gmail_export_escapes_groups.vcf": (1, 0, 0, 0),
    "vcard40_full_tel_uri_pref.vcf": (1, 0, 0, 0),
    # 张三, 李四, 王五; row 4 has no name (problem); row 5 is blank (ignored).
    "xls_chinese_people_list_blank_rows_two_sheets.xls": (3, 0, 1, 0),
}
NOT_CLIENT_LISTS = {
    "csv_alipay_export_gbk_preamble_tab_padding.csv": 25,
    "xls_chinese_order_form_label_value_layout.xls": 10,
    "xlsx_chinese_vertical_merges_multiline_cells.xlsx": 1,
    "xlsx_dates_many_formats_chinese_numfmt.xlsx": 1,
    "xlsx_mac_1904_date_system.xlsx": 1,
}


def test_every_sample_is_covered(samples_dir: Path) -> None:
    names = {p.name for p in samples_dir.iterdir() if p.suffix != ".md"}
    assert names == set(EXPECTED) | set(NOT_CLIENT_LISTS)


def _clients(ws: Workspace) -> list[Client]:
    with ws.session() as session:
        rows = list(session.scalars(select(Client).where(Client.deleted.is_(False))))
        session.expunge_all()
    return rows


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_imports_with_the_expected_counts(
    workspace: Workspace, samples_dir: Path, name: str
) -> None:
    created, skipped, problems, _warnings = EXPECTED[name]
    dry = workspace.run(run_import, samples_dir / name, ImportOptions(), dry_run=True)
    assert (dry.created, dry.skipped, len(dry.errors), len(dry.warnings)) == EXPECTED[name]
    assert _clients(workspace) == []

    done = workspace.run(run_import, samples_dir / name, ImportOptions())
    assert (done.created, done.updated, done.skipped, len(done.errors)) == (
        created, 0, skipped, problems)
    assert len(_clients(workspace)) == created
    with workspace.session() as session:
        history = session.scalar(
            select(func.count()).select_from(AuditEvent).where(
                AuditEvent.batch_id == done.batch, AuditEvent.action == "create",
                AuditEvent.table_name == "client"))
        assert history == created


@pytest.mark.parametrize("name", sorted(NOT_CLIENT_LISTS))
def test_not_a_client_list_is_refused_with_a_way_out(
    workspace: Workspace, samples_dir: Path, name: str
) -> None:
    with pytest.raises(NotAClientList) as info:
        workspace.run(run_import, samples_dir / name, ImportOptions())
    assert info.value.params["header_row"] == NOT_CLIENT_LISTS[name]
    assert "Choose the row that has the column names" in info.value.message
    assert _clients(workspace) == []


def test_order_form_imports_once_the_person_picks_the_rows(
    workspace: Workspace, samples_dir: Path
) -> None:
    path = samples_dir / "xls_chinese_order_form_label_value_layout.xls"
    options = ImportOptions(header_row=10, last_row=13,
                            mapping={"地柜名称": "name", "备注": "notes"})
    result = workspace.run(run_import, path, options)
    assert (result.created, result.skipped, result.errors) == (3, 0, [])
    names = {c.name for c in _clients(workspace)}
    assert names == {"双开门地柜", "双开水槽柜", "右转角右开门地柜"}


def test_values_of_real_files_land_in_the_right_fields(
    workspace: Workspace, samples_dir: Path
) -> None:
    for name in ("csv_odoo_partner_import_companies_and_contacts.csv",
                 "csv_google_contacts_legacy_export.csv",
                 "vcard40_full_tel_uri_pref.vcf",
                 "csv_thunderbird_shift_jis.csv",
                 "xls_chinese_people_list_blank_rows_two_sheets.xls"):
        workspace.run(run_import, samples_dir / name, ImportOptions(region="US"))
    by_name = {c.name: c for c in _clients(workspace)}
    assert by_name["Grocery Outlet"].kind == "company"
    assert by_name["Bob"].kind == "person" and by_name["Bob"].company == "Grocery Outlet"
    assert by_name["Bob"].phones == ["+14157654321"]
    assert by_name["Warehouse"].emails == ["bill@odoo.com"]
    google = by_name["Prefix Firstname Middle Lastname Suffix"]
    assert google.emails == ["home@aaa.pl", "work@email.pl", "unknown@email.com",
                             "other@email.com"]
    assert google.tags == ["My Contacts", "Test"] and google.company == "company"
    assert google.notes.startswith('note"note')
    holmes = by_name["Sherlock Holmes"]
    assert holmes.phones == ["+445555555555", "+445555556666", "+445555557777"]
    assert "ext. 5555" in holmes.notes
    assert by_name["名無しの権兵衛"].emails == ["名無しの権兵衛@host.invalid"]
    assert {"张三", "李四", "王五"} <= set(by_name)
    with workspace.session() as session:
        keys = session.scalar(select(func.count()).select_from(ContactKey).where(
            ContactKey.client_id == holmes.id))
    assert keys == 5
