"""Readers: encodings, delimiters, preambles, merges, date systems, vCard quirks of real files."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from crm_desktop.services.import_export.errors import (
    EmptyFile,
    FileTooLarge,
    HeaderOnly,
    NotATable,
    PasswordProtected,
    UnreadableWorkbook,
)
from crm_desktop.services.import_export.readers import open_table
from crm_desktop.services.import_export.readers.base import MergeFiller
from crm_desktop.services.import_export.sniff import detect_encoding, sniff_delimiter
from crm_desktop.services.import_export.table import build_table


def rows_of(path: Path, **kwargs: object) -> list[list[object]]:
    reader = open_table(path, **kwargs)  # type: ignore[arg-type]
    try:
        return list(reader.rows())
    finally:
        reader.close()


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("csv_alipay_export_gbk_preamble_tab_padding.csv", "gb18030"),
        ("csv_thunderbird_shift_jis.csv", "shift_jis"),
        ("csv_thunderbird_utf16le_bom.csv", "utf-16"),
        ("csv_excel_utf8_bom_chinese_header.csv", "utf-8-sig"),
        ("csv_outlook_style_headers_utf8_bom.csv", "utf-8-sig"),
        ("csv_thunderbird_embedded_newlines_quotes_tabs.csv", "utf-8"),
    ],
)
def test_sample_encoding_is_found(samples_dir: Path, name: str, encoding: str) -> None:
    reader = open_table(samples_dir / name)
    assert reader.info.encoding == encoding


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Иванов Иван Петрович, ООО Ромашка, Москва, улица Ленина", "windows-1251"),
        ("Иванов Иван Петрович, ООО Ромашка, Москва, улица Ленина", "koi8-r"),
        ("王小明，华东贸易有限公司，上海市浦东新区世纪大道", "gb18030"),
        ("王小明，華東貿易有限公司，台北市信義區市府路", "big5"),
    ],
)
def test_legacy_encodings_are_guessed(text: str, encoding: str) -> None:
    data = (text + "\n") * 5
    assert detect_encoding(data.encode(encoding), complete=True) == encoding


def test_bom_never_ends_up_in_the_first_column_name(samples_dir: Path) -> None:
    rows = rows_of(samples_dir / "csv_excel_utf8_bom_chinese_header.csv")
    assert rows[0] == ["姓名", "年纪"]
    assert rows[1] == ["姓名0", "20"]
    assert len(rows) == 11


def test_alipay_preamble_padding_and_tabs(samples_dir: Path) -> None:
    reader = open_table(samples_dir / "csv_alipay_export_gbk_preamble_tab_padding.csv")
    table = build_table(reader)
    assert table.header_index == 24
    assert table.headers[0] == "交易时间" and table.headers[-1] == "备注"
    first = next(table.data_rows())[1]
    assert first[0] == "2023-02-12 21:32:14"
    assert all(not (isinstance(v, str) and v != v.strip()) for v in first)
    assert isinstance(first[9], str) and not first[9].endswith("\t")


def test_embedded_cr_lf_and_doubled_quotes(samples_dir: Path) -> None:
    rows = rows_of(samples_dir / "csv_thunderbird_embedded_newlines_quotes_tabs.csv")
    flat = [v for row in rows for v in row if isinstance(v, str)]
    assert "custom\r3" in flat and "custom\n4" in flat
    assert '"worker"' in flat
    assert len(rows) == 3


@pytest.mark.parametrize(
    ("sample", "delimiter"),
    [("a;b;c\n1;2;3\n4;5;6\n", ";"), ("a\tb\n1\t2\n", "\t"), ("a|b|c\n1|2|3\n", "|"),
     ("a,b\n1,2\n", ",")],
)
def test_delimiter_sniffing(sample: str, delimiter: str) -> None:
    assert sniff_delimiter(sample) == delimiter


def test_mac_1904_dates_are_not_four_years_off(samples_dir: Path) -> None:
    rows = rows_of(samples_dir / "xlsx_mac_1904_date_system.xlsx")
    assert rows[0][0] == datetime(2022, 1, 1)
    assert rows[1][0] == datetime(2022, 12, 31)


def test_vertical_merges_are_filled_downwards(samples_dir: Path) -> None:
    rows = rows_of(samples_dir / "xlsx_chinese_vertical_merges_multiline_cells.xlsx")
    # Rows 2..9 are one device: its number, ID and version are merged down 8 rows.
    assert [r[0] for r in rows[1:9]] == [1] * 8 or [r[0] for r in rows[1:9]] == [1.0] * 8
    assert all(r[3] == "A1JB037FPHA03224400489" for r in rows[1:9])
    assert [r[4] for r in rows[1:9]] == [f"{i}号" for i in range(1, 9)]
    assert "\xa0" in str(rows[1][8]) or "CPU3" in str(rows[1][8])
    assert rows[9][3] == "A1JB037FPHA03224400020"


def test_merge_filler_fills_only_the_first_column() -> None:
    filler = MergeFiller([(0, 1, 2, 2)])
    rows = [["a", "x", None], ["b", None, None], ["c", None, None], ["d", None, None]]
    assert [filler.apply(i, r) for i, r in enumerate(rows)] == [
        ["a", "x", None], ["b", "x", None], ["c", "x", None], ["d", None, None]
    ]


def test_xls_date_serials_use_the_workbook_datemode(samples_dir: Path) -> None:
    rows = rows_of(samples_dir / "xls_chinese_people_list_blank_rows_two_sheets.xls",
                   sheet="校园入学")
    assert rows[1][3] == datetime(2017, 3, 2)
    assert rows[0] == ["班级", "年级", "学校", "入学时间", "更新时间"]


def test_xls_first_sheet_and_blank_rows(samples_dir: Path) -> None:
    rows = rows_of(samples_dir / "xls_chinese_people_list_blank_rows_two_sheets.xls")
    assert rows[0] == ["姓名", "性别", "年龄", "分数"]
    assert rows[4] == []
    assert rows[5][0] == "王五"


def vcards(path: Path, **kwargs: object) -> list[dict[str, object]]:
    rows = rows_of(path, **kwargs)
    header = rows[0]
    return [dict(zip(header, row, strict=False)) for row in rows[1:]]


def test_vcard21_shift_jis_raw_and_quoted_printable(samples_dir: Path) -> None:
    (card,) = vcards(samples_dir / "vcard21_shiftjis_charset_and_qp_address.vcf")
    assert card["Name"] == "安藤 ロイド 1"
    assert card["Address"] == "東京都渋谷区桜丘町26-1セルリアンタワー6階, 150-8512"
    assert card["Notes"] == "メモ"


def test_vcard21_soft_breaks_photo_and_escaped_semicolon(samples_dir: Path) -> None:
    (card,) = vcards(samples_dir / "vcard21_android_aosp_complicated_qp_photo.vcf")
    assert card["Company"] == "Gump Shrimp Co."
    assert "Now's the time for all folk to come to the aid of their country." in str(
        card["Notes"])
    assert str(card["Phone"]).split("\n") == [
        "(111) 555-1212", "(404) 555-1212", "0311111111", "0322222222", "0333333333"]
    assert card["E-mail"] == "forrestgump@walladalla.com\ncell@example.com"


def test_vcard21_utf8_qp_and_cards_without_names(samples_dir: Path) -> None:
    cards = vcards(samples_dir / "vcard21_android_phone_export_utf8_qp_multi.vcf")
    assert len(cards) == 6
    assert cards[0]["E-mail"] == "john.doe@company.com" and cards[0].get("Name") is None
    assert cards[3]["Name"] == " ".join(["Ñ"] * 11)
    assert cards[5]["Phone"] == "55556666"


def test_vcard21_declared_windows_1252(samples_dir: Path) -> None:
    (card,) = vcards(samples_dir / "vcard21_charset_windows1252_raw_8bit.vcf")
    assert card["Name"] == "John Doë"


def test_vcard21_without_charset_can_be_read_in_the_chosen_encoding(samples_dir: Path) -> None:
    path = samples_dir / "vcard21_thebat_qp_8bit_no_charset.vcf"
    (guessed,) = vcards(path)
    assert str(guessed["Name"]).startswith("Piotr Iksi") and "\ufffd" not in str(guessed["Name"])
    (chosen,) = vcards(path, encoding="iso-8859-2")
    assert chosen["Name"] == "Piotr Iksiński"


def test_vcard30_escapes_and_groups(samples_dir: Path) -> None:
    (card,) = vcards(samples_dir / "vcard30_gmail_export_escapes_groups.vcf")
    assert card["Family Name"] == "Doe"
    assert card["Website"] == "http://www.ibm.com"
    assert str(card["Address"]).startswith("Crescent moon drive, 555-asd")


def test_vcard40_tel_uri_with_extension(samples_dir: Path) -> None:
    (card,) = vcards(samples_dir / "vcard40_full_tel_uri_pref.vcf")
    assert str(card["Phone"]).split("\n")[0] == "+44-555-555-5555 ext. 5555"
    assert card["E-mail"] == "sherlock.holmes@gmail.com\ndetective@sherlockholmes.com"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(EmptyFile):
        open_table(path)
    path.write_bytes(b"\xef\xbb\xbf\r\n  \r\n")
    with pytest.raises(EmptyFile):
        open_table(path)


def test_binary_renamed_csv(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    with pytest.raises(NotATable):
        open_table(path)


def test_corrupt_workbook(tmp_path: Path, samples_dir: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes((samples_dir / "xlsx_mac_1904_date_system.xlsx").read_bytes()[:3000])
    with pytest.raises(UnreadableWorkbook):
        rows_of(broken)
    not_zip_inside = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(not_zip_inside, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(UnreadableWorkbook):
        rows_of(not_zip_inside)
    broken_xls = tmp_path / "broken.xls"
    data = (samples_dir / "xls_chinese_people_list_blank_rows_two_sheets.xls").read_bytes()
    broken_xls.write_bytes(data[:2000])
    with pytest.raises(UnreadableWorkbook):
        rows_of(broken_xls)


def test_password_protected_workbook(tmp_path: Path) -> None:
    # An encrypted .xlsx is an OLE2 container holding an "EncryptedPackage" stream.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path = tmp_path / "secret.xlsx"
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 2048)
    with pytest.raises(PasswordProtected):
        open_table(path)


def test_file_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.write(b"Name,Phone\n")
        handle.truncate(151 * 1024 * 1024)
    with pytest.raises(FileTooLarge) as info:
        open_table(path)
    assert "Split the list" in info.value.message


def test_header_only_sheet(tmp_path: Path) -> None:
    path = tmp_path / "only-names.csv"
    path.write_text("姓名,手机,公司\n\n\n", encoding="utf-8")
    with pytest.raises(HeaderOnly):
        build_table(open_table(path))
