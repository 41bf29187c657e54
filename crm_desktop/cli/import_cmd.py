"""`import` and `export`: the same import service as the wizard, scriptable."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from crm_desktop.cli.context import CliContext, CliError, Result, command
from crm_desktop.config import load_preferences
from crm_desktop.services.import_export.batch import (
    ON_DUPLICATE,
    ImportOptions,
    run_import,
    undo_import,
)
from crm_desktop.services.import_export.export import WHAT, export_records
from crm_desktop.services.import_export.problems import save_problem_rows


def register(sub: Any) -> None:
    p = command(sub, "import", "bring clients in from .xlsx, .xls, .csv, .txt or .vcf")
    p.add_argument("file", nargs="?", help="the file to import")
    p.add_argument("--undo", metavar="BATCH", help="take a whole earlier import back")
    p.add_argument("--preset", help="a known layout (google_contacts, outlook, thunderbird, "
                                    "odoo, vcard) or a layout saved under a name")
    p.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                   help="bring a column into a field (FIELD '-' leaves it out); repeatable")
    p.add_argument("--encoding", help="the text encoding, if the guess is wrong")
    p.add_argument("--sheet", help="the sheet of a workbook (default: the first with data)")
    p.add_argument("--header-row", type=int, help="the row that holds the column names")
    p.add_argument("--last-row", type=int, help="stop after this row")
    p.add_argument("--region", help="country for numbers written without one (CN, RU, US…)")
    p.add_argument("--month-first", action="store_true",
                   help="read 03/04/2024 as March 4 (default: 3 April)")
    p.add_argument("--dry-run", action="store_true", help="only count, change nothing")
    p.add_argument("--on-duplicate", choices=ON_DUPLICATE, default="skip",
                   help="skip, update (fill in empty fields) or create anyway")
    p.add_argument("--problems-file", help="save the rows with problems to this .xlsx/.csv")
    p.add_argument("--as", dest="as_user", metavar="USER", help="act as this person")
    p.set_defaults(handler=import_file)

    p = command(sub, "export", "write clients or activities to .xlsx or .csv")
    p.add_argument("file")
    p.add_argument("--what", choices=WHAT, default="clients")
    p.add_argument("--as", dest="as_user", metavar="USER", help="act as this person")
    p.set_defaults(handler=export_file)


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        header, sep, field = pair.rpartition("=")
        if not sep or not header.strip():
            raise CliError(f"--map {pair!r} must look like \"Header=field\".", "bad_map")
        mapping[header.strip()] = field.strip()
    return mapping


def import_file(ctx: CliContext, args: argparse.Namespace) -> Result:
    ws = ctx.workspace()
    ctx.act_as(args.as_user)
    if args.undo:
        undone = ws.run(undo_import, args.undo)
        text = (f"Import {undone.batch} taken back: {undone.removed} clients removed "
                f"(they are in the recycle bin), {undone.restored} fields restored.")
        if undone.kept:
            text += (f" {len(undone.kept)} fields were changed after the import and keep "
                     "their newer values.")
        return Result(undone.as_dict(), text)
    if not args.file:
        raise CliError("Name the file to import, or give --undo BATCH.", "no_file")
    options = ImportOptions(
        encoding=args.encoding, sheet=args.sheet, header_row=args.header_row,
        last_row=args.last_row, preset=args.preset, mapping=_mapping(args.map),
        on_duplicate=args.on_duplicate, region=args.region, day_first=not args.month_first,
    )
    path = Path(args.file).expanduser()
    result = ws.run(run_import, path, options, dry_run=args.dry_run)
    data = result.as_dict()
    if args.problems_file and result.errors:
        language = load_preferences(ctx.paths).language
        saved = save_problem_rows(path, options, result.errors, args.problems_file, language)
        data["problems_file"] = str(Path(args.problems_file).resolve())
        data["problem_rows_saved"] = saved
    verb = "Would create" if args.dry_run else "Created"
    lines = [f"{verb} {result.created}, updated {result.updated}, skipped {result.skipped} "
             f"duplicates; {len(result.errors)} rows have problems."]
    lines += [f"  {p.message}" for p in result.errors[:50]]
    if result.warnings:
        lines.append(f"{len(result.warnings)} values were kept in the notes:")
        lines += [f"  {p.message}" for p in result.warnings[:50]]
    if result.batch:
        lines.append(f"To take this import back: import --undo {result.batch}")
    return Result(data, "\n".join(lines))


def export_file(ctx: CliContext, args: argparse.Namespace) -> Result:
    ws = ctx.workspace()
    ctx.act_as(args.as_user)
    language = load_preferences(ctx.paths).language
    target = Path(args.file).expanduser().resolve()
    count = ws.run(export_records, target, args.what, language)
    return Result({"ok": True, "file": str(target), "what": args.what, "count": count},
                  f"Wrote {count} {args.what} to {target}.")
