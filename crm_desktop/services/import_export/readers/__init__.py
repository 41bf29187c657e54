"""One reader per file format, chosen by what the file holds (not only by its name)."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.services.import_export.errors import (
    EmptyFile,
    FileTooLarge,
    NotATable,
    PasswordProtected,
)
from crm_desktop.services.import_export.readers.base import (
    MB,
    Cell,
    Row,
    SourceInfo,
    TableReader,
)
from crm_desktop.services.import_export.sniff import detect_kind, read_head

__all__ = ["MAX_BYTES", "Cell", "Row", "SourceInfo", "TableReader", "open_table"]

#: The largest file of each kind that is imported in one go.
MAX_BYTES = {"text": 150 * MB, "xlsx": 100 * MB, "xls": 30 * MB, "vcf": 50 * MB}


def _size_text(size: int) -> str:
    return f"{size / MB:.0f} MB"


def open_table(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableReader:
    """Open any supported file; raises an ImportFileError with a plain message."""
    file = Path(path)
    try:
        size = file.stat().st_size
        head = read_head(file)
    except FileNotFoundError:
        raise EmptyFile(f"There is no file {file}.", "Check the name and the folder.") from None
    except IsADirectoryError:
        raise NotATable(f"{file} is a folder, not a file.", "Choose a file inside it.") from None
    except OSError as exc:
        raise NotATable(
            f"The file {file.name} cannot be opened ({exc.strerror}).",
            "Close it in other programs and check that you may read it.",
        ) from None
    if size == 0 or not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise EmptyFile(f"The file {file.name} is empty.", "Choose the file that has your list.")
    kind = detect_kind(head, file.suffix.lower())
    if kind == "ole":
        raise PasswordProtected(
            f"The workbook {file.name} is protected with a password.",
            "Open it in Excel, remove the password (File, Info, Protect Workbook) and save "
            "a copy, then import the copy.",
        )
    limit = MAX_BYTES[kind]
    if size > limit:
        raise FileTooLarge(
            f"The file {file.name} is {_size_text(size)}; up to {_size_text(limit)} can be "
            "imported at once.",
            "Split the list into smaller files and import them one after another.",
            size=size,
            limit=limit,
        )
    if kind == "xlsx":
        from crm_desktop.services.import_export.readers.xlsx import XlsxReader

        return XlsxReader(file, sheet)
    if kind == "xls":
        from crm_desktop.services.import_export.readers.xls import XlsReader

        return XlsReader(file, sheet)
    if kind == "vcf":
        from crm_desktop.services.import_export.readers.vcf import VcfReader

        return VcfReader(file, head, encoding)
    from crm_desktop.services.import_export.readers.text import TextReader

    return TextReader(file, head, encoding)
