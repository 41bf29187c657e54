"""What every reader gives: the sheets of a file and, for one sheet, its rows one at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Protocol

Cell = str | int | float | bool | datetime | date | time | None
Row = list[Cell]

MB = 1024 * 1024


@dataclass(frozen=True)
class SourceInfo:
    """What was found out about a file; every choice here can be changed by the person."""

    path: str
    kind: str
    sheets: tuple[str, ...] = ()
    sheet: str = ""
    encoding: str = ""
    delimiter: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)


class TableReader(Protocol):
    info: SourceInfo

    def rows(self) -> Iterator[Row]:
        """The rows of the chosen sheet, from the first; each call starts again."""
        ...

    def close(self) -> None: ...


def clean_cell(value: Cell) -> Cell:
    """Text without padding (spaces, tabs, no-break spaces); empty text becomes None."""
    if isinstance(value, str):
        text = value.strip(" \t\r\n\u00a0\u3000\ufeff")
        return text or None
    return value


def clean_row(values: Iterable[Cell]) -> Row:
    row = [clean_cell(v) for v in values]
    while row and row[-1] is None:
        row.pop()
    return row


@dataclass
class MergeFiller:
    """Fills vertical merges downwards: the top cell's value repeats in the rows below it.

    `merges` are (first_row, first_col, last_row, last_col), 0-based and inclusive.
    Only the first column of a merge is filled, so a merged heading does not
    turn into several columns.
    """

    merges: list[tuple[int, int, int, int]]
    _starts: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    _active: dict[int, tuple[int, Cell]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for r1, c1, r2, _c2 in self.merges:
            if r2 > r1:
                self._starts.setdefault(r1, []).append((c1, r2))

    def apply(self, index: int, row: Row) -> Row:
        for col, last in self._starts.get(index, ()):
            self._active[col] = (last, row[col] if col < len(row) else None)
        if not self._active:
            return row
        for col, (last, value) in list(self._active.items()):
            if index > last:
                del self._active[col]
                continue
            if value is None:
                continue
            while len(row) <= col:
                row.append(None)
            if row[col] is None:
                row[col] = value
        return row
