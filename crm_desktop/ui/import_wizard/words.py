"""Words of the import wizard: field names, counts, problems and file errors in plain words.

The import service speaks English in its messages; here each case is said again,
by its code, in the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from crm_desktop.services.errors import ServiceError
from crm_desktop.services.import_export.convert import Problem


def field_choice(field: str) -> str:
    """The name of a client field in the column combo boxes ("" = leave the column out)."""
    labels = {
        "": QCoreApplication.translate("ImportWords", "— leave this column out —"),
        "name": QCoreApplication.translate("ImportWords", "Name (whole name)"),
        "given_name": QCoreApplication.translate("ImportWords", "First name"),
        "middle_name": QCoreApplication.translate("ImportWords", "Middle name"),
        "family_name": QCoreApplication.translate("ImportWords", "Family name"),
        "company": QCoreApplication.translate("ImportWords", "Company"),
        "kind": QCoreApplication.translate("ImportWords", "Company or person"),
        "phone": QCoreApplication.translate("ImportWords", "Phone"),
        "email": QCoreApplication.translate("ImportWords", "E-mail"),
        "address": QCoreApplication.translate("ImportWords", "Address"),
        "website": QCoreApplication.translate("ImportWords", "Website"),
        "notes": QCoreApplication.translate("ImportWords", "Notes"),
        "tags": QCoreApplication.translate("ImportWords", "Tags"),
        "grade": QCoreApplication.translate("ImportWords", "Grade (A, B, C)"),
        "status": QCoreApplication.translate("ImportWords", "Status"),
        "source": QCoreApplication.translate("ImportWords", "Where the client came from"),
        "owner": QCoreApplication.translate("ImportWords", "Owner (a salesperson's name)"),
        "brought_in_by": QCoreApplication.translate("ImportWords", "Brought in by (a name)"),
        "brought_in_at": QCoreApplication.translate("ImportWords", "Date brought in"),
        "last_contact_at": QCoreApplication.translate("ImportWords", "Date of last contact"),
    }
    return labels.get(field, field)


def preset_title(key: str) -> str:
    titles = {
        "google_contacts": QCoreApplication.translate("ImportWords", "Google Contacts"),
        "google_contacts_2020": QCoreApplication.translate(
            "ImportWords", "Google Contacts (since 2020)"
        ),
        "outlook": QCoreApplication.translate("ImportWords", "Microsoft Outlook"),
        "thunderbird": QCoreApplication.translate("ImportWords", "Thunderbird address book"),
        "odoo": QCoreApplication.translate("ImportWords", "Odoo contacts"),
        "vcard": QCoreApplication.translate("ImportWords", "Address book cards (vCard)"),
    }
    return titles.get(key, key)


def encoding_title(name: str) -> str:
    titles = {
        "utf-8": QCoreApplication.translate("ImportWords", "Unicode (UTF-8)"),
        "utf-8-sig": QCoreApplication.translate("ImportWords", "Unicode (UTF-8)"),
        "utf-16": QCoreApplication.translate("ImportWords", "Unicode (UTF-16)"),
        "utf-16-le": QCoreApplication.translate("ImportWords", "Unicode (UTF-16)"),
        "utf-16-be": QCoreApplication.translate("ImportWords", "Unicode (UTF-16)"),
        "gb18030": QCoreApplication.translate("ImportWords", "Chinese, simplified (GBK/GB18030)"),
        "big5": QCoreApplication.translate("ImportWords", "Chinese, traditional (Big5)"),
        "windows-1251": QCoreApplication.translate("ImportWords", "Russian (Windows-1251)"),
        "koi8-r": QCoreApplication.translate("ImportWords", "Russian (KOI8-R)"),
        "shift_jis": QCoreApplication.translate("ImportWords", "Japanese (Shift_JIS)"),
        "windows-1252": QCoreApplication.translate(
            "ImportWords", "Western European (Windows-1252)"
        ),
        "iso-8859-2": QCoreApplication.translate("ImportWords", "Central European (ISO-8859-2)"),
    }
    return titles.get(name, name)


class CountWords(QObject):
    """The counts of a dry run or an import (a QObject so that its plurals reach the .ts)."""

    def lines(self, created: int, updated: int, skipped: int, problems: int, *,
              dry_run: bool) -> list[str]:
        if dry_run:
            lines = [
                self.tr("%Ln new client(s)", "", created),
                self.tr("%Ln client(s) will be updated", "", updated),
                self.tr("%Ln duplicate(s) skipped", "", skipped),
                self.tr("%Ln row(s) with problems", "", problems),
            ]
        else:
            lines = [
                self.tr("%Ln new client(s) added", "", created),
                self.tr("%Ln existing client(s) updated", "", updated),
                self.tr("%Ln duplicate(s) skipped", "", skipped),
                self.tr("%Ln row(s) left out because of problems", "", problems),
            ]
        counts = (created, updated, skipped, problems)
        return [line for line, n in zip(lines, counts, strict=True)]


def count_lines(created: int, updated: int, skipped: int, problems: int, *,
                dry_run: bool) -> list[str]:
    """ "1 204 new, 36 will update, 12 duplicates skipped, 5 rows have problems", one a line."""
    return CountWords().lines(created, updated, skipped, problems, dry_run=dry_run)


def problem_text(problem: Problem, unit: str = "row") -> str:
    """What is wrong with one row and what to do about it."""
    where = (
        QCoreApplication.translate("ImportWords", "Card %1: %2")
        if unit == "card"
        else QCoreApplication.translate("ImportWords", "Row %1: %2")
    ).replace("%1", str(problem.row))
    code, value, column = problem.code, problem.value, problem.column
    if code.startswith("phone_"):
        text = QCoreApplication.translate(
            "ImportWords",
            "“%1” in the column “%2” is not a phone number. It is kept in the notes; "
            "correct it in the client's card later.",
        )
    elif code.startswith("email_"):
        text = QCoreApplication.translate(
            "ImportWords",
            "“%1” in the column “%2” is not an e-mail address. It is kept in the notes; "
            "correct it in the client's card later.",
        )
    elif code == "bad_kind":
        text = QCoreApplication.translate(
            "ImportWords",
            "“%1” does not say whether this is a company or a person. Write Company or "
            "Person in the file.",
        )
    elif code == "bad_grade":
        text = QCoreApplication.translate(
            "ImportWords",
            "The grade “%1” is not A, B or C. Change it in the file, or leave the grade "
            "column out.",
        )
    elif code == "bad_status":
        text = QCoreApplication.translate(
            "ImportWords",
            "The status “%1” is not one the program knows (lead, active, inactive). "
            "Change it in the file, or leave the status column out.",
        )
    elif code == "bad_date":
        text = QCoreApplication.translate(
            "ImportWords",
            "“%1” in the column “%2” is not a date. Write it like 2024-03-31 or 31.03.2024.",
        )
    elif code == "no_identity":
        text = QCoreApplication.translate(
            "ImportWords",
            "There is no name, company, phone or e-mail. Fill one in, or leave the row out.",
        )
    elif code == "unknown_user":
        text = QCoreApplication.translate(
            "ImportWords",
            "There is nobody called “%1” in the program. Add the person first (Users), "
            "or correct the name in the file.",
        )
    elif code == "not_your_client":
        text = QCoreApplication.translate(
            "ImportWords",
            "You can only bring in clients for yourself, not for %1. Ask an "
            "administrator to import this row.",
        )
    elif code == "duplicate_not_yours":
        text = QCoreApplication.translate(
            "ImportWords",
            "The same phone or e-mail belongs to someone else's client; it was left as it "
            "is. Ask the owner to add what is missing.",
        )
    else:
        return problem.message
    return where.replace("%2", text.replace("%1", value).replace("%2", column))


def file_error_text(error: ServiceError, file_name: str = "") -> str:
    """A file the importer cannot read, in plain words, with what to do."""
    texts = {
        "empty_file": QCoreApplication.translate(
            "ImportWords",
            "The file %1 is empty, or it is not there any more. Choose the file "
            "that has your list.",
        ),
        "not_a_table": QCoreApplication.translate(
            "ImportWords",
            "The file %1 cannot be read as a list. It may be a picture, an "
            "archive or a program, or another program may be using it. Choose "
            "a spreadsheet (.xlsx, .xls), a .csv or .txt file, or a .vcf.",
        ),
        "corrupt_workbook": QCoreApplication.translate(
            "ImportWords",
            "The workbook %1 is damaged and cannot be read. Open it in Excel, "
            "save a copy and choose the copy.",
        ),
        "password_protected": QCoreApplication.translate(
            "ImportWords",
            "The workbook %1 is protected with a password. Open it in "
            "Excel, remove the password (File, Info, Protect Workbook), "
            "save a copy and choose the copy.",
        ),
        "too_large": QCoreApplication.translate(
            "ImportWords",
            "The file %1 is too large to bring in at once. Split the list into "
            "smaller files and bring them in one after another.",
        ),
        "header_only": QCoreApplication.translate(
            "ImportWords",
            "There are no clients below the column names in %1. Check that you "
            "chose the right sheet and the right row of column names.",
        ),
        "not_a_client_list": QCoreApplication.translate(
            "ImportWords",
            "This does not look like a list of clients: no column holds "
            "names, companies, phones or e-mails. Choose the row that has "
            "the column names, or say on the next page which column holds "
            "what.",
        ),
        "unknown_sheet": QCoreApplication.translate(
            "ImportWords", "The workbook %1 has no such sheet. Choose another sheet."
        ),
        "bad_option": QCoreApplication.translate(
            "ImportWords",
            "This choice does not fit the file %1. Choose another sheet or another "
            "row of column names.",
        ),
        "import_cancelled": QCoreApplication.translate(
            "ImportWords", "The import was stopped. Nothing of it was saved."
        ),
        "batch_not_found": QCoreApplication.translate(
            "ImportWords", "This import was already taken back, or it is not on this PC."
        ),
        "permission_denied": QCoreApplication.translate(
            "ImportWords",
            "Only the person who brought the file in, or an administrator, "
            "can take the import back.",
        ),
    }
    text = texts.get(error.code)
    if text is None:
        return QCoreApplication.translate(
            "ImportWords", "This could not be done, and nothing was changed. %1"
        ).replace("%1", error.message)
    return text.replace("%1", f"“{file_name}”" if file_name else "")
