"""Phone normalising: Chinese, Russian, US and URI forms, errors, search variants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.phones import (
    Phone,
    PhoneError,
    normalize_phone,
    phone_digits,
    phone_search_variants,
)


@pytest.mark.parametrize(
    "raw",
    [
        "13800138000",
        "138-0013-8000",
        "+86 138 0013 8000",
        "0086 13800138000",
        "１３８００１３８０００",
        "＋８６　１３８－００１３－８０００",
        " 138 0013 8000 ",
    ],
)
def test_chinese_mobile_forms_normalise_equal(raw: str) -> None:
    phone = normalize_phone(raw)
    assert phone == Phone("+8613800138000", None, "13800138000")


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("010-12345678", "+861012345678"),
        ("(010) 1234 5678", "+861012345678"),
        ("+86 10 1234 5678", "+861012345678"),
        ("(021) 6123 4567", "+862161234567"),
        ("021-61234567", "+862161234567"),
    ],
)
def test_chinese_landlines(raw: str, e164: str) -> None:
    phone = normalize_phone(raw)
    assert phone.e164 == e164
    assert phone.extension is None


@pytest.mark.parametrize(
    "raw",
    [
        "0755-12345678 转 801",
        "0755-12345678转801",
        "0755-12345678 轉 801",
        "0755-12345678 ext 801",
        "0755-12345678 ext. 801",
        "0755-12345678 x801",
        "0755-12345678 доб. 801",
        "+86 755 1234 5678;ext=801",
    ],
)
def test_extensions_are_kept(raw: str) -> None:
    phone = normalize_phone(raw)
    assert phone == Phone("+8675512345678", "801", "75512345678")
    assert phone.display() == "+86 755 1234 5678 ext. 801"


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("8 (495) 123-45-67", "+74951234567"),
        ("8(495)123-45-67", "+74951234567"),
        ("+7 (495) 123-45-67", "+74951234567"),
        ("+7 916 123-45-67", "+79161234567"),
        ("8-916-123-45-67", "+79161234567"),
        ("89161234567", "+79161234567"),
        ("8 800 555-35-35", "+78005553535"),
    ],
)
def test_russian_numbers_with_chinese_default_region(raw: str, e164: str) -> None:
    assert normalize_phone(raw).e164 == e164


def test_russian_numbers_with_russian_default_region() -> None:
    assert normalize_phone("8 (495) 123-45-67", "RU").e164 == "+74951234567"
    assert normalize_phone("+86 138 0013 8000", "RU").e164 == "+8613800138000"


@pytest.mark.parametrize(
    ("raw", "region"),
    [("+1 (111) 555-1212", "CN"), ("(111) 555-1212", "US"), ("+1 111 555 1212", "RU")],
)
def test_us_number(raw: str, region: str) -> None:
    phone = normalize_phone(raw, region)
    assert phone.e164 == "+11115551212"
    assert phone.national_digits == "1115551212"


def test_valid_us_number_display() -> None:
    assert normalize_phone("(201) 555-0123", "US").display() == "+1 201-555-0123"


def test_tel_uri() -> None:
    phone = normalize_phone("tel:+44-555-555-5555;ext=5555")
    assert phone.e164 == "+445555555555"
    assert phone.extension == "5555"
    assert phone.display().endswith(" ext. 5555")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("\u3000", "empty"),
        ("1", "too_short"),
        ("12", "too_short"),
        ("123456789012345678901234", "too_long"),
        ("+86 1380013800012345678", "too_long"),
        ("abc", "invalid"),
        ("+999 1234567", "invalid"),
        ("tel:", "empty"),
    ],
)
def test_errors(raw: str, reason: str) -> None:
    with pytest.raises(PhoneError) as info:
        normalize_phone(raw)
    assert info.value.reason == reason
    assert info.value.reason in PhoneError.REASONS
    assert isinstance(info.value, ValueError)


def test_display_without_extension() -> None:
    assert normalize_phone("13800138000").display() == "+86 138 0013 8000"
    assert normalize_phone("8 (495) 123-45-67").display() == "+7 495 123-45-67"


def test_phone_digits() -> None:
    assert phone_digits("+86 (138) 0013-8000") == "8613800138000"
    assert phone_digits("１３８ａ００") == "13800"
    assert phone_digits("нет") == ""
    assert phone_digits("٣٤٥") == ""  # Arabic-Indic digits are not ASCII digits


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13800138000", ["8613800138000", "13800138000"]),
        ("0755-12345678", ["8675512345678", "75512345678", "075512345678"]),
        ("8 (495) 123-45-67", ["74951234567", "4951234567", "84951234567"]),
    ],
)
def test_search_variants(raw: str, expected: list[str]) -> None:
    assert phone_search_variants(normalize_phone(raw)) == expected


def test_search_variants_ignore_extension() -> None:
    variants = phone_search_variants(normalize_phone("0755-12345678 转 801"))
    assert "075512345678" in variants
    assert all("801" not in v[-3:] for v in variants)


def test_search_variants_for_possible_but_invalid_number() -> None:
    variants = phone_search_variants(normalize_phone("(111) 555-1212", "US"))
    assert variants[:2] == ["11115551212", "1115551212"]


@given(st.text(max_size=40))
def test_normalize_never_raises_other_errors(raw: str) -> None:
    try:
        phone = normalize_phone(raw)
    except PhoneError as exc:
        assert exc.reason in PhoneError.REASONS
    else:
        assert phone.e164.startswith("+")
        assert normalize_phone(phone.e164) == Phone(phone.e164, None, phone.national_digits)
