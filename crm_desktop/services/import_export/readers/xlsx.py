"""Excel 2007+ workbooks, streamed with openpyxl's read-only mode.

The 1904 date system of Mac workbooks is honoured (openpyxl reads the flag
into the workbook's epoch), and vertical merges are filled downwards, read
from the sheet's XML without loading the sheet.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from crm_desktop.services.import_export.errors import UnknownSheet, UnreadableWorkbook
from crm_desktop.services.import_export.readers.base import (
    MergeFiller,
    Row,
    SourceInfo,
    clean_row,
)

_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"")
_CHUNK = 1024 * 1024


def _unreadable(path: Path) -> UnreadableWorkbook:
    return UnreadableWorkbook(
        f"The workbook {path.name} is damaged or not really an Excel file.",
        "Open it in Excel or WPS, save it again as .xlsx, and import the new copy.",
    )


def sheet_merges(archive: zipfile.ZipFile, member: str) -> list[tuple[int, int, int, int]]:
    """Merged ranges of one sheet as 0-based (row1, col1, row2, col2), scanning the XML."""
    merges: list[tuple[int, int, int, int]] = []
    tail = b""
    with archive.open(member) as handle:
        while True:
            chunk = handle.read(_CHUNK)
            if not chunk:
                break
            data = tail + chunk
            last_end = 0
            for match in _MERGE.finditer(data):
                c1, r1, c2, r2 = range_boundaries(match.group(1).decode("ascii"))
                if None not in (c1, r1, c2, r2):
                    merges.append((r1 - 1, c1 - 1, r2 - 1, c2 - 1))
                last_end = match.end()
            tail = data[max(last_end, len(data) - 512):]
    return merges


class XlsxReader:
    def __init__(self, path: Path, sheet: str | None) -> None:
        self.path = path
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._book: Any = load_workbook(path, read_only=True, data_only=True)
        except Exception:
            raise _unreadable(path) from None
        names = tuple(self._book.sheetnames)
        if not names:
            raise _unreadable(path)
        chosen = sheet if sheet is not None else self._first_with_data(names)
        if chosen not in names:
            raise UnknownSheet(
                f"The workbook has no sheet called {chosen!r}.",
                f"Its sheets are: {', '.join(names)}.",
            )
        self.sheet = chosen
        notes = ("1904 date system",) if self._book.epoch.year == 1904 else ()
        self.info = SourceInfo(str(path), "xlsx", names, chosen, notes=notes)

    def _first_with_data(self, names: tuple[str, ...]) -> str:
        for name in names:
            sheet = self._book[name]
            if not hasattr(sheet, "iter_rows"):
                continue
            sheet.reset_dimensions()
            for values in sheet.iter_rows(values_only=True, max_row=50):
                if any(v not in (None, "") for v in values):
                    return name
        return names[0]

    def rows(self) -> Iterator[Row]:
        sheet = self._book[self.sheet]
        if not hasattr(sheet, "iter_rows"):
            return
        sheet.reset_dimensions()
        try:
            with zipfile.ZipFile(self.path) as archive:
                merges = sheet_merges(archive, sheet._worksheet_path)
        except (KeyError, zipfile.BadZipFile, AttributeError):
            merges = []
        filler = MergeFiller(merges)
        try:
            for index, values in enumerate(sheet.iter_rows(values_only=True)):
                yield filler.apply(index, clean_row(values))
        except (KeyError, ValueError, TypeError, zipfile.BadZipFile, OSError) as exc:
            raise _unreadable(self.path) from exc
        except Exception as exc:
            raise _unreadable(self.path) from exc

    def close(self) -> None:
        self._book.close()
