"""Dates written in any of the common ways, in any of the three languages."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

_EXCEL_EPOCH = datetime(1899, 12, 30)
_ISO = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?"
    r"(Z|[+-]\d{2}:?\d{2})?$"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?Z?)?$")
_HAN = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?"
                  r"(?:\s*(\d{1,2})[:：时](\d{2})分?)?$")
_DMY = re.compile(
    r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$"
)
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}
_WORDY = re.compile(r"^(\d{1,2})\s+([A-Za-zА-Яа-яёЁ]+)\.?,?\s+(\d{4})$|"
                    r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


class DateError(ValueError):
    """Text that is not a date this importer understands."""


def _make(y: int, m: int, d: int, hh: int = 0, mm: int = 0, ss: int = 0) -> datetime:
    try:
        return datetime(y, m, d, hh, mm, ss)
    except ValueError:
        raise DateError(f"{y}-{m}-{d}") from None


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        value += 2000 if value < 70 else 1900
    return value


def _int(text: str | None) -> int:
    return int(text) if text else 0


def parse_date(value: object, day_first: bool = True) -> datetime:
    """A naive datetime (local time of the file) from a cell; raises DateError."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, bool):
        raise DateError(str(value))
    if isinstance(value, int | float):
        if 1 <= value < 2958466:
            return _EXCEL_EPOCH + timedelta(days=float(value))
        raise DateError(str(value))
    text = str(value).strip()
    if not text:
        raise DateError(text)
    text = text.replace("T", " ", 1) if re.match(r"^\d{4}-\d", text) else text
    match = _ISO.match(text.replace(" ", " ", 1))
    if match:
        y, m, d, hh, mm, ss, zone = match.groups()
        moment = _make(int(y), int(m), int(d), _int(hh), _int(mm), _int(ss))
        if zone:
            return _with_zone(moment, zone)
        return moment
    match = _COMPACT.match(text)
    if match:
        y, m, d, hh, mm, ss = match.groups()
        return _make(int(y), int(m), int(d), _int(hh), _int(mm), _int(ss))
    match = _HAN.match(text)
    if match:
        y, m, d, hh, mm = match.groups()
        return _make(int(y), int(m), int(d), _int(hh), _int(mm))
    match = _DMY.match(text)
    if match:
        a, b, y, hh, mm, ss = match.groups()
        first, second = int(a), int(b)
        if first > 12 or (day_first and second <= 12):
            day, month = first, second
        else:
            day, month = second, first
        return _make(_year(y), month, day, _int(hh), _int(mm), _int(ss))
    match = _WORDY.match(text)
    if match:
        if match.group(1):
            d, word, y = match.group(1), match.group(2), match.group(3)
        else:
            word, d, y = match.group(4), match.group(5), match.group(6)
        named = _MONTHS.get(word[:3].lower())
        if named:
            return _make(int(y), named, int(d))
    raise DateError(text)


def _with_zone(moment: datetime, zone: str) -> datetime:
    if zone == "Z":
        return moment.replace(tzinfo=UTC).replace(tzinfo=None)
    sign = 1 if zone[0] == "+" else -1
    digits = zone[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return moment - sign * offset
