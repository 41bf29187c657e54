"""The rows that could not be imported, saved to a spreadsheet the person can fix and re-import."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook

from crm_desktop.services.import_export.batch import ImportOptions, open_layout
from crm_desktop.services.import_export.convert import Problem
from crm_desktop.services.import_export.errors import BadOption
from crm_desktop.services.import_export.table import cell_text

PROBLEM_TITLE = {"en": "Problem", "zh_CN": "问题", "ru": "Что не так"}
ROW_TITLE = {"en": "Row in the file", "zh_CN": "原文件行号", "ru": "Строка в файле"}


def save_problem_rows(
    source: str | Path,
    options: ImportOptions,
    problems: list[Problem],
    target: str | Path,
    language: str = "en",
) -> int:
    """Copy the problem rows (all their columns) plus what is wrong; returns how many rows."""
    out = Path(target)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        raise BadOption(f"{out.name} must end in .xlsx or .csv.",
                        "Add .xlsx (Excel) or .csv to the file name.")
    by_row: dict[int, list[str]] = {}
    for problem in problems:
        by_row.setdefault(problem.row, []).append(problem.message)
    table, layout = open_layout(None, source, options)
    header = [ROW_TITLE.get(language, ROW_TITLE["en"]),
              PROBLEM_TITLE.get(language, PROBLEM_TITLE["en"]), *layout.headers]
    rows: list[list[str | int]] = []
    try:
        for number, row in table.data_rows():
            if number in by_row:
                cells = [cell_text(row[i]) if i < len(row) else ""
                         for i in range(len(layout.headers))]
                rows.append([number, "\n".join(by_row[number]), *cells])
    finally:
        table.reader.close()
    if out.suffix.lower() == ".csv":
        with out.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
    else:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Problems")
        sheet.append(header)
        for values in rows:
            sheet.append(values)
        book.save(out)
    return len(rows)
