"""Plain errors of the importer: each has a stable code and says what the person can do."""

from __future__ import annotations

from typing import Any

from crm_desktop.services.errors import ServiceError


class ImportFileError(ServiceError):
    """A file the importer cannot read as it is; `hint` says what the person can do."""

    code = "import_file"

    def __init__(self, message: str, hint: str = "", **params: Any) -> None:
        super().__init__(f"{message} {hint}".strip(), **params)
        self.reason = message
        self.hint = hint


class EmptyFile(ImportFileError):
    code = "empty_file"


class NotATable(ImportFileError):
    """A binary file renamed to .csv, a picture, an archive: not a list at all."""

    code = "not_a_table"


class UnreadableWorkbook(ImportFileError):
    code = "corrupt_workbook"


class PasswordProtected(ImportFileError):
    code = "password_protected"


class FileTooLarge(ImportFileError):
    code = "too_large"


class HeaderOnly(ImportFileError):
    code = "header_only"


class NotAClientList(ImportFileError):
    """The file is a table, but not a list of clients (a bank statement, an order form)."""

    code = "not_a_client_list"


class UnknownSheet(ImportFileError):
    code = "unknown_sheet"


class BadOption(ImportFileError):
    code = "bad_option"


class BatchNotFound(ServiceError):
    code = "batch_not_found"


class ImportCancelled(ServiceError):
    code = "import_cancelled"
