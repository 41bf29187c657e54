"""Dates, times, numbers and money in the user's language (QLocale follows the chosen language)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale

CURRENCY_SYMBOLS = {"CNY": "¥", "RUB": "₽", "USD": "$", "EUR": "€"}


def date_text(value: date | datetime, long: bool = False) -> str:
    """"2 March 2025" / "2 марта 2025 г." / "2025年3月2日" with long=True."""
    if isinstance(value, datetime):
        value = datetime.fromtimestamp(value.timestamp()).date()
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


def datetime_text(value: datetime) -> str:
    qdt = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(qdt.toLocalTime(), QLocale.FormatType.ShortFormat)


def number_text(value: int | float | Decimal, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def money_text(amount: Decimal | float | int, currency: str = "CNY") -> str:
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    return QLocale().toCurrencyString(float(amount), symbol)
