"""From a reader's raw rows to a table: where the header is, its column names, the data rows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import islice

from crm_desktop.services.import_export.errors import BadOption, HeaderOnly
from crm_desktop.services.import_export.fields import is_known_header
from crm_desktop.services.import_export.readers import Cell, Row, TableReader

HEADER_SCAN_ROWS = 60


@dataclass(frozen=True)
class HeaderGuess:
    index: int
    """0-based index of the header row among the reader's rows (-1: the file has no header)."""
    known: int
    """How many of its cells are names the importer knows."""


def cell_text(value: Cell) -> str:
    """A cell as the person would read it in the spreadsheet."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _is_header_like(row: Row) -> tuple[int, int, float]:
    """(known names, text cells, density of filled cells in the row's span)."""
    filled = [i for i, v in enumerate(row) if v is not None]
    if not filled:
        return 0, 0, 0.0
    span = filled[-1] - filled[0] + 1
    texts = [v for v in row if isinstance(v, str)]
    known = sum(1 for v in texts if len(v) <= 40 and is_known_header(v))
    return known, len(texts), len(filled) / span


def guess_header(rows: list[Row]) -> HeaderGuess:
    """The row that names the columns: most known names, dense, text, above the data."""
    best: tuple[int, int, int] | None = None
    best_index = -1
    for index, row in enumerate(rows):
        known, texts, density = _is_header_like(row)
        if known == 0 or density < 0.5 or texts < 2:
            continue
        score = (known, texts, -index)
        if best is None or score > best:
            best, best_index = score, index
    if best is not None:
        return HeaderGuess(best_index, best[0])
    widest = 0
    for row in rows:
        widest = max(widest, sum(1 for v in row if v is not None))
    for index, row in enumerate(rows):
        filled = sum(1 for v in row if v is not None)
        texts = sum(1 for v in row if isinstance(v, str))
        if filled >= max(2, widest // 2) and texts == filled:
            return HeaderGuess(index, 0)
    return HeaderGuess(0, 0)


def unique_headers(row: Row, width: int) -> list[str]:
    """Column names, with blanks named by their letter and repeats numbered."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for col in range(width):
        text = cell_text(row[col]) if col < len(row) else ""
        text = " ".join(text.split())
        if not text:
            text = f"({column_letter(col)})"
        count = seen.get(text, 0)
        seen[text] = count + 1
        names.append(text if count == 0 else f"{text} ({count + 1})")
    return names


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass
class Table:
    """A sheet read as a table: names of the columns and, on demand, the data rows."""

    reader: TableReader
    header_index: int
    headers: list[str]
    unit: str = "row"

    def data_rows(self) -> Iterator[tuple[int, Row]]:
        """(row number as shown in the spreadsheet, cells) for every row below the header."""
        for index, row in enumerate(self.reader.rows()):
            if index <= self.header_index:
                continue
            yield index + 1, row

    def preview(self, limit: int = 20) -> list[tuple[int, list[str]]]:
        shown: list[tuple[int, list[str]]] = []
        for number, row in islice(self.data_rows(), limit):
            shown.append((number, [cell_text(row[i]) if i < len(row) else ""
                                   for i in range(len(self.headers))]))
        return shown


def build_table(reader: TableReader, header_row: int | None = None) -> Table:
    """`header_row` is 1-based as shown in the spreadsheet; None guesses it."""
    head = list(islice(reader.rows(), HEADER_SCAN_ROWS))
    if reader.info.kind == "vcf":
        index = 0
    elif header_row is not None:
        if header_row < 1:
            raise BadOption("The header row number starts at 1.", "Type the row's number.")
        index = header_row - 1
        if index >= len(head):
            head = list(islice(reader.rows(), index + 1))
        if index >= len(head):
            raise BadOption(
                f"The sheet has fewer than {header_row} rows.",
                "Choose a row that holds the column names.",
            )
    else:
        index = guess_header(head).index
    header = head[index] if index < len(head) else []
    width = max((len(r) for r in head[index:]), default=0)
    if width == 0:
        raise HeaderOnly(
            "This sheet is empty.", "Choose another sheet or another file."
        )
    table = Table(reader, index, unique_headers(header, width),
                  "card" if reader.info.kind == "vcf" else "row")
    has_data = any(any(v is not None for v in row) for row in head[index + 1 :])
    if not has_data and len(head) >= HEADER_SCAN_ROWS:
        has_data = any(any(v is not None for v in row) for _, row in table.data_rows())
    if not has_data:
        raise HeaderOnly(
            "The sheet has column names but no rows below them.",
            "Check that you chose the right sheet, or add the clients below the names.",
        )
    return table
