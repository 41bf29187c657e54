"""Excel 97-2003 workbooks (.xls) with xlrd, dates in the workbook's own date system."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path
from typing import Any

import xlrd

from crm_desktop.services.import_export.errors import (
    PasswordProtected,
    UnknownSheet,
    UnreadableWorkbook,
)
from crm_desktop.services.import_export.readers.base import (
    Cell,
    MergeFiller,
    Row,
    SourceInfo,
    clean_row,
)


class XlsReader:
    def __init__(self, path: Path, sheet: str | None) -> None:
        self.path = path
        try:
            self._book: Any = xlrd.open_workbook(
                str(path), formatting_info=True, on_demand=True, logfile=_Quiet()
            )
        except xlrd.XLRDError as exc:
            if "encrypt" in str(exc).lower():
                raise PasswordProtected(
                    f"The workbook {path.name} is protected with a password.",
                    "Open it in Excel, remove the password and save a copy, then import the copy.",
                ) from None
            raise self._unreadable() from None
        except Exception:
            raise self._unreadable() from None
        names = tuple(self._book.sheet_names())
        if not names:
            raise self._unreadable()
        chosen = sheet if sheet is not None else self._first_with_data(names)
        if chosen not in names:
            raise UnknownSheet(
                f"The workbook has no sheet called {chosen!r}.",
                f"Its sheets are: {', '.join(names)}.",
            )
        self.sheet = chosen
        self.info = SourceInfo(str(path), "xls", names, chosen)

    def _unreadable(self) -> UnreadableWorkbook:
        return UnreadableWorkbook(
            f"The workbook {self.path.name} is damaged or not really an Excel file.",
            "Open it in Excel or WPS, save it again, and import the new copy.",
        )

    def _sheet(self, name: str) -> Any:
        try:
            return self._book.sheet_by_name(name)
        except Exception:
            raise self._unreadable() from None

    def _first_with_data(self, names: tuple[str, ...]) -> str:
        for name in names:
            if self._sheet(name).nrows > 0:
                return name
        return names[0]

    def _value(self, cell: Any) -> Cell:
        kind = cell.ctype
        if kind == xlrd.XL_CELL_DATE:
            try:
                moment: datetime = xlrd.xldate.xldate_as_datetime(cell.value, self._book.datemode)
            except (xlrd.xldate.XLDateError, ValueError, OverflowError):
                return cell.value  # type: ignore[no-any-return]
            if cell.value < 1:
                return time(moment.hour, moment.minute, moment.second)
            return moment
        if kind == xlrd.XL_CELL_BOOLEAN:
            return bool(cell.value)
        if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
            return None
        if kind == xlrd.XL_CELL_NUMBER and float(cell.value).is_integer():
            return int(cell.value)
        return cell.value  # type: ignore[no-any-return]

    def rows(self) -> Iterator[Row]:
        sheet = self._sheet(self.sheet)
        merges = [(r1, c1, r2 - 1, c2 - 1) for r1, r2, c1, c2 in sheet.merged_cells]
        filler = MergeFiller(merges)
        for index in range(sheet.nrows):
            yield filler.apply(index, clean_row(self._value(c) for c in sheet.row(index)))

    def close(self) -> None:
        self._book.release_resources()


class _Quiet:
    """xlrd writes warnings to a log file object; the person does not need them."""

    def write(self, _text: str) -> int:
        return 0
