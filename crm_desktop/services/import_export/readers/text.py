"""Delimited text (.csv, .txt, .tsv): streamed, in the encoding found or chosen."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path

from crm_desktop.services.import_export.errors import BadOption, NotATable
from crm_desktop.services.import_export.readers.base import Row, SourceInfo, clean_row
from crm_desktop.services.import_export.sniff import (
    SAMPLE_BYTES,
    check_text,
    detect_encoding,
    sniff_delimiter,
)

csv.field_size_limit(16 * 1024 * 1024)


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        raise BadOption(
            f"{name!r} is not an encoding this program knows.",
            "Choose one from the list, for example UTF-8, GB18030, Big5 or Windows-1251.",
        ) from None


class TextReader:
    def __init__(self, path: Path, head: bytes, encoding: str | None = None) -> None:
        self.path = path
        complete = len(head) < SAMPLE_BYTES
        found = encoding or detect_encoding(head, complete)
        self.encoding = _codec(found) if not found.endswith("-sig") else "utf-8-sig"
        if self.encoding in ("utf-8", "utf_8") and head.startswith(codecs.BOM_UTF8):
            self.encoding = "utf-8-sig"
        sample = head if complete else head[: head.rfind(b"\n") + 1 or len(head)]
        text = sample.decode(self.encoding, errors="replace")
        if self.encoding.startswith("utf-16") or self.encoding.startswith("utf-32"):
            text = text.lstrip("\ufeff")
        if not check_text(text):
            raise NotATable(
                f"The file {path.name} is not a text list: it holds binary data "
                "(perhaps a picture or a program renamed to .csv).",
                "Open it in the program that made it and save it as CSV or Excel.",
            )
        self.delimiter = sniff_delimiter(text)
        self.info = SourceInfo(
            path=str(path),
            kind="text",
            sheets=(),
            sheet="",
            encoding=self.encoding,
            delimiter=self.delimiter,
        )

    def rows(self) -> Iterator[Row]:
        with self.path.open("r", encoding=self.encoding, errors="replace", newline="") as handle:
            for record in csv.reader(handle, delimiter=self.delimiter):
                yield clean_row(record)

    def close(self) -> None:
        return None
