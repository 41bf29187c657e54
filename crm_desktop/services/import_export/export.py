"""Clients and activities to .xlsx or .csv: only what the person may see, in their language."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from crm_desktop.services.actor import Actor
from crm_desktop.services.import_export.errors import BadOption
from crm_desktop.services.permissions import visible_clients
from crm_desktop.store.models import Activity, Client, User

WHAT = ("clients", "activities")

CLIENT_COLUMNS = ("name", "kind", "company", "phones", "emails", "address", "website", "notes",
                  "tags", "grade", "status", "source", "owner", "brought_in_by", "brought_in_at",
                  "last_contact_at", "created_at")
ACTIVITY_COLUMNS = ("client", "kind", "happened_at", "user", "text", "next_step")

#: Column titles per language (the service cannot use Qt's translator; these are the
#: words an office worker would put at the top of the column).
TITLES: dict[str, dict[str, str]] = {
    "en": {
        "name": "Name", "kind": "Company or person", "company": "Company", "phones": "Phone",
        "emails": "E-mail", "address": "Address", "website": "Website", "notes": "Notes",
        "tags": "Tags", "grade": "Grade", "status": "Status", "source": "Source",
        "owner": "Owner", "brought_in_by": "Brought in by", "brought_in_at": "Brought in on",
        "last_contact_at": "Last contact", "created_at": "Created", "client": "Client",
        "happened_at": "When", "user": "Who", "text": "What happened", "next_step": "Next step",
        "sheet_clients": "Clients", "sheet_activities": "Activities",
    },
    "zh_CN": {
        "name": "名称", "kind": "公司/个人", "company": "公司", "phones": "电话",
        "emails": "邮箱", "address": "地址", "website": "网站", "notes": "备注", "tags": "标签",
        "grade": "等级", "status": "状态", "source": "来源", "owner": "负责人",
        "brought_in_by": "开发人", "brought_in_at": "开发日期", "last_contact_at": "最后联系",
        "created_at": "创建时间", "client": "客户", "happened_at": "时间", "user": "记录人",
        "text": "内容", "next_step": "下一步",
        "sheet_clients": "客户", "sheet_activities": "跟进记录",
    },
    "ru": {
        "name": "Название", "kind": "Компания или человек", "company": "Компания",
        "phones": "Телефон", "emails": "Эл. почта", "address": "Адрес", "website": "Сайт",
        "notes": "Примечания", "tags": "Метки", "grade": "Категория", "status": "Статус",
        "source": "Источник", "owner": "Ответственный", "brought_in_by": "Кто привёл",
        "brought_in_at": "Когда привёл", "last_contact_at": "Последний контакт",
        "created_at": "Создан", "client": "Клиент", "happened_at": "Когда", "user": "Кто",
        "text": "Что было", "next_step": "Следующий шаг",
        "sheet_clients": "Клиенты", "sheet_activities": "Действия",
    },
}
KIND_WORDS = {"en": {"company": "Company", "person": "Person"},
              "zh_CN": {"company": "公司", "person": "个人"},
              "ru": {"company": "Компания", "person": "Человек"}}


#: A cell starting with one of these is taken as a formula by Excel and LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@")
#: ...except a phone number or a plain number, which is kept as it is.
_NUMBER_LIKE = re.compile(r"[+-][\d\s().-]*")


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        value = "\n".join(str(v) for v in value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if (isinstance(value, str) and value.startswith(FORMULA_STARTS)
            and not _NUMBER_LIKE.fullmatch(value)):
        # Old lists carry things like =HYPERLINK(...): written out, they stay text.
        return "'" + value
    return value


def _client_rows(session: Session, actor: Actor, language: str) -> Iterator[list[Any]]:
    owner, brought = aliased(User), aliased(User)
    stmt = (
        select(Client, owner.display_name, brought.display_name)
        .outerjoin(owner, owner.id == Client.owner_id)
        .outerjoin(brought, brought.id == Client.brought_in_by)
        .where(Client.deleted.is_(False), visible_clients(session, actor))
        .order_by(Client.name)
        .execution_options(yield_per=1000)
    )
    kinds = KIND_WORDS.get(language, KIND_WORDS["en"])
    for client, owner_name, brought_name in session.execute(stmt):
        values = {c: getattr(client, c, None) for c in CLIENT_COLUMNS}
        values["kind"] = kinds.get(client.kind, client.kind)
        values["owner"] = owner_name or ""
        values["brought_in_by"] = brought_name or ""
        yield [_cell(values[c]) for c in CLIENT_COLUMNS]


def _activity_rows(session: Session, actor: Actor) -> Iterator[list[Any]]:
    stmt = (
        select(Activity, Client.name, User.display_name)
        .join(Client, Client.id == Activity.client_id)
        .outerjoin(User, User.id == Activity.user_id)
        .where(Activity.deleted.is_(False), Client.deleted.is_(False),
               visible_clients(session, actor))
        .order_by(Activity.happened_at)
        .execution_options(yield_per=1000)
    )
    for activity, client_name, user_name in session.execute(stmt):
        yield [_cell(v) for v in (client_name, activity.kind, activity.happened_at,
                                  user_name or "", activity.text, activity.next_step)]


def export_records(
    session: Session, actor: Actor, path: str | Path, what: str = "clients",
    language: str = "en",
) -> int:
    """Write the file (.xlsx or .csv by its suffix); returns the number of records written."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise BadOption(f"{target.name} must end in .xlsx or .csv.",
                        "Add .xlsx (Excel) or .csv to the file name.")
    if what not in WHAT:
        raise BadOption(f"{what!r} cannot be exported.", "Choose clients or activities.")
    titles = TITLES.get(language, TITLES["en"])
    columns = CLIENT_COLUMNS if what == "clients" else ACTIVITY_COLUMNS
    header = [titles[c] for c in columns]
    rows = (_client_rows(session, actor, language) if what == "clients"
            else _activity_rows(session, actor))
    count = 0
    partial = target.with_name(target.name + ".part")
    try:
        if suffix == ".csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(header)
                for row in rows:
                    writer.writerow(["" if v is None else v for v in row])
                    count += 1
        else:
            book = Workbook(write_only=True)
            sheet = book.create_sheet(titles[f"sheet_{what}"])
            sheet.append(header)
            for row in rows:
                sheet.append(row)
                count += 1
            book.save(partial)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BadOption(f"{target} cannot be written ({exc.strerror}).",
                        "Choose another folder, or close the file in Excel first.") from None
    return count
