"""Dry run, import as one batch, and undo of a batch.

The dry run and the import are the same walk over the file (`run_import`
with ``dry_run``), so their counts cannot disagree. The import runs in the
caller's transaction: cancelled or failed, the caller rolls back and nothing
of it remains; finished, it is one recorded batch that `undo_import` takes
back whole (created clients go to the recycle bin, filled-in fields get their
old values), with the history kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crm_desktop.domain.ids import new_id
from crm_desktop.services.actor import Actor
from crm_desktop.services.company import get_setting
from crm_desktop.services.errors import PermissionDenied
from crm_desktop.services.import_export.clients_port import LocalClients, Match
from crm_desktop.services.import_export.convert import ClientDraft, Problem, convert_row
from crm_desktop.services.import_export.errors import (
    BadOption,
    BatchNotFound,
    ImportCancelled,
    NotAClientList,
)
from crm_desktop.services.import_export.fields import FIELDS, IDENTITY_FIELDS, header_key
from crm_desktop.services.import_export.presets import PRESETS, Preset, detect_preset, mapping_for
from crm_desktop.services.import_export.readers import SourceInfo, open_table
from crm_desktop.services.import_export.table import Table, build_table
from crm_desktop.store.base import utc_now
from crm_desktop.store.import_models import ImportBatch, ImportPreset
from crm_desktop.store.models import AuditEvent, Client, ContactKey, User

ON_DUPLICATE = ("skip", "update", "create")
CHUNK = 500

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


@dataclass
class ImportOptions:
    """Every choice of the wizard (and of the command line) about one file."""

    encoding: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    last_row: int | None = None
    preset: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    on_duplicate: str = "skip"
    region: str | None = None
    day_first: bool = True


@dataclass(frozen=True)
class Layout:
    """How the file will be read: what was found and the column mapping in force."""

    info: SourceInfo
    header_row: int
    headers: list[str]
    mapping: list[str]
    preset: str | None
    unit: str
    preview: list[tuple[int, list[str]]]

    def columns(self) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for index, target in enumerate(self.mapping):
            if target:
                found.setdefault(target, []).append(index)
        return found


@dataclass
class ImportResult:
    dry_run: bool
    batch: str | None = None
    created: int = 0
    updated: int = 0
    skipped: int = 0
    empty: int = 0
    rows: int = 0
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    file_name: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": True,
            "dry_run": self.dry_run,
            "batch": self.batch,
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "rows": self.rows,
            "errors": [{"row": p.row, "code": p.code, "message": p.message} for p in self.errors],
            "warnings": [
                {"row": p.row, "code": p.code, "message": p.message} for p in self.warnings
            ],
        }


def _resolve_preset(name: str | None, headers: list[str]) -> Preset | None:
    if name:
        preset = PRESETS.get(name)
        if preset is None:
            raise BadOption(
                f"There is no built-in layout called {name!r}.",
                f"Known layouts: {', '.join(PRESETS)}.",
            )
        return preset
    return detect_preset(headers)


def apply_overrides(headers: list[str], mapping: list[str], overrides: dict[str, str]) -> None:
    by_key = {header_key(h): i for i, h in enumerate(headers)}
    for header, target in overrides.items():
        index = by_key.get(header_key(header))
        if index is None:
            raise BadOption(
                f"The file has no column called {header!r}.",
                f"Its columns are: {', '.join(headers)}.",
            )
        target = target.strip()
        if target in ("-", "ignore", "none"):
            target = ""
        if target and target not in FIELDS:
            raise BadOption(
                f"{target!r} is not a client field.", f"Fields: {', '.join(FIELDS)}."
            )
        mapping[index] = target


def open_layout(
    session: Session | None, path: str | Path, options: ImportOptions
) -> tuple[Table, Layout]:
    """Read the file's shape: sheet, header row, columns and the mapping that will be used."""
    reader = open_table(path, encoding=options.encoding, sheet=options.sheet)
    try:
        table = build_table(reader, options.header_row)
        saved: dict[str, str] | None = None
        preset_name = options.preset
        if preset_name and preset_name not in PRESETS:
            saved = saved_presets(session).get(preset_name) if session is not None else None
            if saved is None:
                raise BadOption(
                    f"There is no layout called {preset_name!r}.",
                    f"Built-in layouts: {', '.join(PRESETS)}; or one you saved.",
                )
            preset_name = None
        if reader.info.kind == "vcf" and not preset_name:
            preset: Preset | None = PRESETS["vcard"]
        else:
            preset = _resolve_preset(preset_name, table.headers)
        mapping = mapping_for(table.headers, preset)
        if saved:
            known = {header_key(h) for h in table.headers}
            apply_overrides(table.headers, mapping,
                            {h: f for h, f in saved.items() if header_key(h) in known})
        apply_overrides(table.headers, mapping, options.mapping)
        layout = Layout(
            reader.info,
            table.header_index + 1,
            table.headers,
            mapping,
            preset.key if preset else None,
            table.unit,
            table.preview(20),
        )
    except BaseException:
        reader.close()
        raise
    return table, layout


def _not_a_client_list(layout: Layout) -> NotAClientList:
    return NotAClientList(
        f"This does not look like a list of clients: in row {layout.header_row}, taken as the "
        "column names, no column holds names, companies, phones or e-mails.",
        "Choose the row that has the column names, or say which column holds what "
        "(for example --map \"客户=name\").",
        header_row=layout.header_row,
        headers=layout.headers,
    )


def _user_finder(session: Session) -> Callable[[str], User | None]:
    cache: dict[str, User | None] = {}

    def find(name: str) -> User | None:
        key = name.strip().lower()
        if key not in cache:
            cache[key] = session.scalar(
                select(User).where(
                    User.deleted.is_(False),
                    (func.lower(User.login) == key) | (func.lower(User.display_name) == key),
                )
            )
        return cache[key]

    return find


def run_import(
    session: Session,
    actor: Actor,
    path: str | Path,
    options: ImportOptions,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Walk the file once: count (dry run) or import it as one batch."""
    if options.on_duplicate not in ON_DUPLICATE:
        raise BadOption(
            f"{options.on_duplicate!r} is not a choice for duplicates.",
            "Choose skip, update or create.",
        )
    table, layout = open_layout(session, path, options)
    try:
        return _walk(session, actor, table, layout, options, dry_run, progress, cancelled)
    finally:
        table.reader.close()


def _walk(
    session: Session,
    actor: Actor,
    table: Table,
    layout: Layout,
    options: ImportOptions,
    dry_run: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ImportResult:
    columns = layout.columns()
    if not IDENTITY_FIELDS.intersection(columns):
        raise _not_a_client_list(layout)
    region = options.region or get_setting(session, "phone_region", "CN") or "CN"
    result = ImportResult(dry_run=dry_run, file_name=Path(layout.info.path).name)
    port = LocalClients(session, actor)
    find_user = _user_finder(session)
    me = session.get(User, actor.id) if actor.id else None
    batch_id = new_id()
    created_ids: list[str] = []
    updates: list[dict[str, Any]] = []
    if not dry_run:
        session.info["batch_id"] = batch_id
        session.info["audit_reason"] = f"Imported from {result.file_name}"
    try:
        for count, (number, row) in enumerate(table.data_rows(), start=1):
            if options.last_row is not None and number > options.last_row:
                break
            if cancelled is not None and cancelled():
                raise ImportCancelled("The import was stopped; nothing of it was saved.")
            converted = convert_row(
                number, row, columns, layout.headers, region=region,
                day_first=options.day_first, unit=layout.unit,
            )
            if converted.empty:
                result.empty += 1
                continue
            result.rows += 1
            for problem in converted.problems:
                (result.errors if problem.blocking else result.warnings).append(problem)
            draft = converted.draft
            if draft is None:
                continue
            owners = _owners(draft, me, find_user, actor, layout.unit, result)
            if owners is None:
                continue
            _place(port, draft, owners, options, dry_run, result, created_ids, updates, layout)
            if count % CHUNK == 0:
                if not dry_run:
                    port.flush_index()
                    session.flush()
                    # Written rows need not stay in memory: a 100 000-row file stays flat.
                    session.expunge_all()
                if progress is not None:
                    progress(count)
        if not dry_run:
            port.flush_index()
            session.flush()
            result.batch = batch_id
            _record_batch(session, actor, batch_id, result, created_ids, updates)
    finally:
        session.info.pop("batch_id", None)
        session.info.pop("audit_reason", None)
    if progress is not None:
        progress(result.rows + result.empty)
    return result


def _owners(
    draft: ClientDraft,
    me: User | None,
    find_user: Callable[[str], User | None],
    actor: Actor,
    unit: str,
    result: ImportResult,
) -> tuple[User | None, User | None] | None:
    where = "Card" if unit == "card" else "Row"
    found: list[User | None] = []
    for label, name in (("owner", draft.owner), ("brought in by", draft.brought_in_by)):
        if not name:
            found.append(None)
            continue
        user = find_user(name)
        if user is None:
            result.errors.append(Problem(
                draft.row, "unknown_user",
                f"{where} {draft.row}: there is nobody called {name!r} to be the {label}. Add "
                "the person first (Users), or correct the name in the file.", value=name))
            return None
        found.append(user)
    owner = found[0] or me
    brought = found[1] or owner
    if owner is not None and owner.id != actor.id and not actor.is_admin:
        same_department = actor.is_manager and owner.department_id == actor.department_id
        if not same_department:
            result.errors.append(Problem(
                draft.row, "not_your_client",
                f"{where} {draft.row}: you can only import clients for yourself"
                f"{' or your department' if actor.is_manager else ''}, not for "
                f"{owner.display_name}. Ask an administrator to import it.",
                value=owner.display_name))
            return None
    return owner, brought


def _place(
    port: LocalClients,
    draft: ClientDraft,
    owners: tuple[User | None, User | None],
    options: ImportOptions,
    dry_run: bool,
    result: ImportResult,
    created_ids: list[str],
    updates: list[dict[str, Any]],
    layout: Layout,
) -> None:
    match: Match | None = None
    if options.on_duplicate != "create":
        match = port.find_match(draft)
    if match is None:
        result.created += 1
        client_id = None if dry_run else port.create(draft, owners[0], owners[1])
        if client_id is not None:
            created_ids.append(client_id)
        port.remember(draft, client_id)
        return
    where = "Card" if layout.unit == "card" else "Row"
    entry: dict[str, Any] = {"row": draft.row, "name": draft.name, "reason": match.reason}
    if match.row is not None:
        entry["same_as_row"] = match.row
    elif not match.visible:
        entry["owner"] = match.owner_name
        entry["department"] = match.department_name
    else:
        entry["client_id"] = match.client_id
    result.duplicates.append(entry)
    if options.on_duplicate == "update" and match.client_id and match.visible:
        changes = port.fill_empty(match.client_id, draft, apply=not dry_run)
        if changes:
            result.updated += 1
            if not dry_run:
                for name, (old, new) in changes.items():
                    updates.append({"id": match.client_id, "field": name,
                                    "old": _jsonable(old), "new": _jsonable(new)})
            return
    result.skipped += 1
    if options.on_duplicate == "update" and match.client_id and not match.visible:
        owner = ", ".join(x for x in (match.owner_name, match.department_name) if x)
        result.warnings.append(Problem(
            draft.row, "duplicate_not_yours",
            f"{where} {draft.row}: {match.reason} belongs to a client of {owner or 'someone else'}"
            "; it was left as it is. Ask them to add what is missing.",
            blocking=False))


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"datetime"}:
        return datetime.fromisoformat(value["datetime"])
    return value


def _record_batch(
    session: Session,
    actor: Actor,
    batch_id: str,
    result: ImportResult,
    created_ids: list[str],
    updates: list[dict[str, Any]],
) -> None:
    counts = {"created": result.created, "updated": result.updated, "skipped": result.skipped,
              "errors": len(result.errors), "rows": result.rows}
    session.add(ImportBatch(
        id=batch_id, user_id=actor.id, user_name=actor.name, file_name=result.file_name,
        status="done", counts=counts, created_ids=created_ids, updates=updates,
    ))
    session.add(AuditEvent(
        table_name="import_batch", record_id=batch_id, action="import", field="",
        old_value=None,
        new_value=f"{result.file_name}: {result.created} created, {result.updated} updated, "
                  f"{result.skipped} skipped, {len(result.errors)} with problems",
        user_id=actor.id, user_name=actor.name, reason="", batch_id=batch_id,
        created_by=actor.id,
    ))
    session.flush()


@dataclass(frozen=True)
class UndoResult:
    batch: str
    removed: int
    restored: int
    kept: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {"ok": True, "batch": self.batch, "removed": self.removed,
                "restored": self.restored, "kept": self.kept}


def undo_import(session: Session, actor: Actor, batch_id: str) -> UndoResult:
    """Take a whole import back: its new clients to the recycle bin, filled fields restored.

    A field someone changed again after the import keeps the newer value and
    is listed in `kept`, so nobody's later work is lost.
    """
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise BatchNotFound(f"There is no import {batch_id} on this computer.")
    if batch.status == "undone":
        raise BatchNotFound(f"The import {batch_id} was already taken back.")
    if batch.user_id != actor.id and not actor.is_admin:
        raise PermissionDenied("Only the person who imported the file, or an administrator, "
                               "can take the import back.")
    session.info["batch_id"] = batch_id
    session.info["audit_reason"] = f"Import of {batch.file_name} taken back"
    try:
        removed = 0
        ids = list(batch.created_ids)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for client in session.scalars(select(Client).where(Client.id.in_(chunk))):
                if not client.deleted:
                    client.deleted = True
                    removed += 1
            session.execute(
                update(ContactKey).where(ContactKey.client_id.in_(chunk))
                .values(deleted=True, dirty=True)
            )
            session.flush()
        restored = 0
        kept: list[dict[str, Any]] = []
        for change in reversed(batch.updates):
            changed = session.get(Client, change["id"])
            if changed is None:
                continue
            current = getattr(changed, change["field"])
            new, old = _from_json(change["new"]), _from_json(change["old"])
            if _same(current, new):
                setattr(changed, change["field"], old)
                restored += 1
                if change["field"] in ("phones", "emails"):
                    _drop_keys(session, changed.id, change["field"], old, new)
            else:
                kept.append({"id": changed.id, "name": changed.name, "field": change["field"]})
        batch.status = "undone"
        batch.undone_at = utc_now()
        session.add(AuditEvent(
            table_name="import_batch", record_id=batch_id, action="import_undone",
            new_value=f"{batch.file_name}: {removed} removed, {restored} restored",
            user_id=actor.id, user_name=actor.name, batch_id=batch_id, created_by=actor.id,
        ))
        session.flush()
    finally:
        session.info.pop("batch_id", None)
        session.info.pop("audit_reason", None)
    return UndoResult(batch_id, removed, restored, kept)


def _same(current: Any, new: Any) -> bool:
    if isinstance(current, datetime) and isinstance(new, datetime):
        return current.replace(tzinfo=None) == new.replace(tzinfo=None)
    return bool(current == new)


def _drop_keys(session: Session, client_id: str, field_name: str, old: list[str],
               new: list[str]) -> None:
    kind = "phone" if field_name == "phones" else "email"
    added = [v for v in new if v not in old]
    if added:
        session.execute(
            update(ContactKey)
            .where(ContactKey.client_id == client_id, ContactKey.kind == kind,
                   ContactKey.value.in_(added))
            .values(deleted=True, dirty=True)
        )


def list_batches(session: Session, actor: Actor, limit: int = 20) -> list[dict[str, Any]]:
    stmt = select(ImportBatch).order_by(ImportBatch.created_at.desc()).limit(limit)
    if not actor.is_admin:
        stmt = stmt.where(ImportBatch.user_id == actor.id)
    return [
        {"batch": b.id, "file": b.file_name, "when": b.created_at, "status": b.status,
         **b.counts}
        for b in session.scalars(stmt)
    ]


def save_preset(session: Session, actor: Actor, name: str, layout: Layout) -> None:
    """Keep this column mapping under a name, to use for the next file like this one."""
    name = name.strip()
    if not name:
        raise BadOption("A saved layout needs a name.", "Type a name, for example \"Old Excel\".")
    mapping = {h: f for h, f in zip(layout.headers, layout.mapping, strict=True)}
    row = session.get(ImportPreset, name)
    if row is None:
        session.add(ImportPreset(name=name, user_id=actor.id, mapping=mapping))
    else:
        row.mapping = mapping
        row.user_id = actor.id
    session.flush()


def saved_presets(session: Session) -> dict[str, dict[str, str]]:
    return {p.name: dict(p.mapping) for p in session.scalars(select(ImportPreset))}
