"""Realistic demo data for practice mode, screenshots and the performance bench.

Names, companies, addresses and e-mails come from Faker's zh_CN, ru_RU and
en_US locales; phone numbers are valid numbers of each country. About one
client in thirty is a deliberate near-duplicate of another (the same phone
written into a copy, the company with or without its legal form, the name in
traditional characters or another case), so the duplicate check and merge
have something to find.

Rows are written with bulk statements for speed, yet each is a proper synced
row (clock stamp, per-field clocks, dirty), has its duplicate-check keys and
is in the search index, exactly as if it had been typed in.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from faker import Faker
from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.domain.hlc import HybridClock
from crm_desktop.domain.ids import new_id
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import PermissionDenied, ValidationError
from crm_desktop.store import search_index
from crm_desktop.store.base import utc_now
from crm_desktop.store.contact_keys import desired_keys
from crm_desktop.store.local import LocalState
from crm_desktop.store.models import (
    ACTIVITY_KINDS,
    Activity,
    AuditEvent,
    Client,
    Contact,
    ContactKey,
    Department,
    Task,
    User,
)
from crm_desktop.store.tracking import CLOCK_KEY, device_clock

LANGUAGES = ("zh_CN", "ru", "en", "mixed")
FAKER_LOCALES = {"zh_CN": "zh_CN", "ru": "ru_RU", "en": "en_US"}
MIXED_WEIGHTS = (("zh_CN", 5), ("ru", 3), ("en", 2))
DUPLICATE_SHARE = 1 / 30
BATCH = 5000
POOL = 500

DEPARTMENTS = {
    "zh_CN": ("销售一部", "销售二部", "客户服务部"),
    "ru": ("Отдел продаж 1", "Отдел продаж 2", "Служба поддержки"),
    "en": ("Sales 1", "Sales 2", "Customer Service"),
}
SOURCES = {
    "zh_CN": ("展会", "老客户介绍", "官网", "电话咨询", "微信"),
    "ru": ("Выставка", "Рекомендация клиента", "Сайт", "Входящий звонок", "Холодный звонок"),
    "en": ("Trade fair", "Referral", "Website", "Inbound call", "Cold call"),
}
TAGS = {
    "zh_CN": ("重点客户", "经销商", "老客户", "政府", "出口"),
    "ru": ("Ключевой", "Дилер", "Постоянный", "Госзаказ", "Экспорт"),
    "en": ("Key account", "Dealer", "Regular", "Government", "Export"),
}
NOTES = {
    "zh_CN": ("电话沟通了新报价", "上门拜访，客户对样品满意", "发送了产品目录", "客户询问交货期",
              "投诉已处理，客户满意"),
    "ru": ("Обсудили новое предложение по телефону",
           "Встреча в офисе клиента, образцы понравились", "Отправили каталог",
           "Клиент спросил о сроках поставки", "Жалоба решена, клиент доволен"),
    "en": ("Discussed the new quote on the phone", "Visited; they liked the samples",
           "Sent the catalogue", "Asked about delivery times", "Complaint resolved, client happy"),
}  # fmt: skip
TASK_TITLES = {
    "zh_CN": ("回访客户", "发送报价单", "确认发货", "催收货款"),
    "ru": ("Перезвонить клиенту", "Отправить коммерческое предложение", "Подтвердить отгрузку",
           "Напомнить об оплате"),
    "en": ("Call back", "Send the quote", "Confirm the shipment", "Chase the payment"),
}
STAFF = {"zh_CN": 3, "ru": 2, "en": 1}


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    near_duplicates: int
    contacts: int
    activities: int
    tasks: int
    users: int
    departments: int
    client_ids: tuple[str, ...] = ()


def _phone(rng: random.Random, language: str) -> str:
    if language == "zh_CN":
        if rng.random() < 0.8:
            prefix = rng.choice(("138", "139", "150", "151", "158", "186", "187", "136", "135"))
            return f"+86{prefix}{rng.randrange(10**8):08d}"
        return f"+86{rng.choice(('21', '10'))}{rng.randrange(2 * 10**7, 9 * 10**7)}"
    if language == "ru":
        if rng.random() < 0.8:
            prefix = rng.choice(("912", "916", "926", "903", "905", "985", "999"))
            return f"+7{prefix}{rng.randrange(10**7):07d}"
        return f"+7495{rng.randrange(2 * 10**6, 9 * 10**6)}"
    area = rng.choice(("212", "415", "617", "312", "646", "206"))
    return f"+1{area}{rng.randrange(200, 999)}{rng.randrange(10**4):04d}"


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def demo_digit_tokens(e164: str) -> tuple[str, ...]:
    """The digit runs search finds a generated number by, without parsing it again.

    Matches domain.phones.phone_search_variants for the numbers _phone makes
    (a unit test holds the two together): China adds "0" before area codes,
    Russia "8" before every number.
    """
    digits = e164.lstrip("+")
    if digits.startswith("86"):
        national = digits[2:]
        variants = [digits, national]
        if not (len(national) == 11 and national[0] == "1" and national[1] in "3456789"):
            variants.append("0" + national)
    elif digits.startswith("7"):
        national = digits[1:]
        variants = [digits, national, "8" + national]
    else:
        variants = [digits, digits[1:]]
    return search_index.suffixes(variants)


class _Writer:
    """Stamps bulk rows the way change tracking stamps ORM rows."""

    def __init__(self, session: Session, actor: Actor, batch_id: str) -> None:
        self.session = session
        self.actor = actor
        self.batch_id = batch_id
        self.clock: HybridClock = device_clock(session)
        self.now = utc_now()

    def system(self) -> dict[str, Any]:
        return {
            "id": new_id(),
            "created_at": self.now,
            "created_by": self.actor.id,
            "updated_at": self.now,
            "updated_by": self.actor.id,
            "hlc": self.clock.now().encode(),
            "field_hlc": {},
            "deleted": False,
            "server_seq": None,
            "dirty": True,
        }

    def audit(self, table: str, record_id: str, label: str) -> dict[str, Any]:
        row = self.system()
        row.update(
            table_name=table, record_id=record_id, action="create", field="", old_value=None,
            new_value=label, user_id=self.actor.id, user_name=self.actor.name,
            reason="Demo data", batch_id=self.batch_id,
        )
        return row

    def save_clock(self) -> None:
        self.session.merge(LocalState(key=CLOCK_KEY, value=self.clock.last.encode()))


def _ensure_people(
    session: Session, languages: list[str]
) -> tuple[list[User], dict[str, list[User]], int]:
    """Departments with a manager and some staff per language; reused when already there."""
    made = 0
    by_language: dict[str, list[User]] = {}
    for language in languages:
        faker = Faker(FAKER_LOCALES[language])
        faker.seed_instance(len(language))
        staff: list[User] = []
        for index, dept_name in enumerate(DEPARTMENTS[language]):
            dept = session.scalar(select(Department).where(Department.name == dept_name))
            if dept is None:
                dept = Department(name=dept_name)
                session.add(dept)
                session.flush()
                made += 1
            for number in range(STAFF[language] if index < 2 else 1):
                role = "manager" if number == 0 and index < 2 else "staff"
                login = f"demo-{language.lower()}-{index}-{number}"
                user = session.scalar(select(User).where(User.login == login))
                if user is None:
                    user = User(login=login, display_name=_short_name(faker, language), role=role,
                                department_id=dept.id)
                    session.add(user)
                    session.flush()
                staff.append(user)
        by_language[language] = staff
    everyone = [u for users in by_language.values() for u in users]
    return everyone, by_language, made


def _short_name(faker: Faker, language: str) -> str:
    if language == "ru":
        return f"{faker.last_name_male()} {faker.first_name_male()}"
    if language == "zh_CN":
        return f"{faker.last_name()}{faker.first_name()}"
    return f"{faker.first_name()} {faker.last_name()}"


@lru_cache(maxsize=1)
def _s2t() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


def _variant_name(rng: random.Random, name: str, language: str) -> str:
    if language == "zh_CN":
        for suffix in ("有限公司", "公司"):
            if name.endswith(suffix):
                return name[: -len(suffix)]
        return str(_s2t().convert(name))
    if language == "ru":
        return name.replace("ООО ", "").replace("«", "").replace("»", "") if "ООО" in name else (
            f"ООО «{name}»" if rng.random() < 0.5 else name.upper()
        )
    return name + " Ltd" if not name.endswith(("LLC", "Inc", "Ltd")) else name.rsplit(" ", 1)[0]


def generate(
    session: Session,
    actor: Actor,
    clients: int = 200,
    seed: int = 1,
    language: str = "mixed",
    activities_per_client: int = 0,
    tasks: int = 0,
) -> DemoSummary:
    """Add `clients` demo clients (plus departments, people, contacts, activities, tasks)."""
    if not actor.is_admin:
        raise PermissionDenied("Only an administrator can fill the office with demo data.")
    if language not in LANGUAGES:
        raise ValidationError("language", "choice", f"Choose one of {', '.join(LANGUAGES)}.")
    if clients < 0 or activities_per_client < 0 or tasks < 0:
        raise ValidationError("clients", "negative", "Counts cannot be negative.")
    rng = random.Random(seed)
    languages = [language] if language != "mixed" else [lang for lang, _ in MIXED_WEIGHTS]
    weights = [1] if language != "mixed" else [w for _, w in MIXED_WEIGHTS]
    everyone, by_language, departments = _ensure_people(session, languages)
    fakers = {}
    for lang in languages:
        fakers[lang] = Faker(FAKER_LOCALES[lang])
        fakers[lang].seed_instance(seed)
    writer = _Writer(session, actor, new_id())
    plan = _Plan(rng, fakers, by_language, writer, languages, weights)
    made = plan.clients(clients)
    activities = plan.activities(activities_per_client) if activities_per_client else 0
    task_count = plan.tasks(tasks) if tasks else 0
    writer.save_clock()
    session.flush()
    return DemoSummary(
        clients=len(plan.ids), near_duplicates=plan.duplicates, contacts=plan.contact_count,
        activities=activities, tasks=task_count, users=len(everyone), departments=departments,
        client_ids=tuple(plan.ids) if made <= 1000 else (),
    )


class _Plan:
    def __init__(
        self, rng: random.Random, fakers: dict[str, Faker], staff: dict[str, list[User]],
        writer: _Writer, languages: list[str], weights: list[int],
    ) -> None:
        self.rng = rng
        self.fakers = fakers
        self.staff = staff
        self.writer = writer
        self.languages = languages
        self.weights = weights
        self.addresses = {
            lang: [f.address().replace("\n", " ") for _ in range(POOL)]
            for lang, f in fakers.items()
        }
        self.jobs = {lang: [f.job()[:120] for _ in range(POOL)] for lang, f in fakers.items()}
        self.ids: list[str] = []
        self.owners: dict[str, tuple[str, str]] = {}
        self.duplicates = 0
        self.contact_count = 0

    def _language(self) -> str:
        return self.rng.choices(self.languages, self.weights)[0]

    def _client_row(self, lang: str) -> dict[str, Any]:
        rng, faker = self.rng, self.fakers[lang]
        person = rng.random() < 0.35
        owner = rng.choice(self.staff[lang])
        credit = owner if rng.random() < 0.85 else rng.choice(self.staff[lang])
        name = faker.name() if person else faker.company()
        domain = faker.free_email_domain()
        user = faker.user_name()
        phones = [_phone(rng, lang) for _ in range(1 if rng.random() < 0.8 else 2)]
        brought = self.writer.now - timedelta(days=rng.randrange(1, 1500))
        row = self.writer.system()
        row.update(
            kind="person" if person else "company",
            name=name,
            company=faker.company() if person and rng.random() < 0.5 else "",
            phones=phones,
            emails=[f"{user}{rng.randrange(100)}@{domain}".lower()] if rng.random() < 0.7 else [],
            address=rng.choice(self.addresses[lang]),
            website="" if person else f"www.{faker.domain_word()}.{faker.tld()}",
            notes="",
            owner_id=owner.id,
            brought_in_by=credit.id,
            brought_in_at=brought,
            department_id=owner.department_id,
            grade=rng.choices("ABC", (1, 3, 6))[0],
            status=rng.choices(("lead", "active", "inactive"), (2, 7, 1))[0],
            source=rng.choice(SOURCES[lang]),
            tags=rng.sample(TAGS[lang], rng.choice((0, 0, 1, 1, 2))),
            last_contact_at=None,
            merged_into_id=None,
        )
        row["created_at"] = row["updated_at"] = brought
        return row

    def _near_duplicate(self, original: dict[str, Any], lang: str) -> dict[str, Any]:
        row = dict(original)
        row.update(self.writer.system())
        row["created_at"] = row["updated_at"] = original["created_at"] + timedelta(days=30)
        row["brought_in_at"] = row["created_at"]
        owner = self.rng.choice(self.staff[lang])
        row.update(owner_id=owner.id, brought_in_by=owner.id, department_id=owner.department_id)
        row["name"] = _variant_name(self.rng, original["name"], lang)
        row["emails"] = list(original["emails"][:1])
        if self.rng.random() < 0.5:
            row["phones"] = list(original["phones"][:1])
        else:
            row["phones"] = [_phone(self.rng, lang)]
        return row

    def clients(self, count: int) -> int:
        made = 0
        while made < count:
            size = min(BATCH, count - made)
            rows: list[dict[str, Any]] = []
            langs: list[str] = []
            by_lang: dict[str, list[int]] = {}
            for _ in range(size):
                lang = self._language()
                same = by_lang.setdefault(lang, [])
                if same and self.rng.random() < DUPLICATE_SHARE:
                    rows.append(self._near_duplicate(rows[self.rng.choice(same)], lang))
                    langs.append(lang)
                    self.duplicates += 1
                    continue
                same.append(len(rows))
                rows.append(self._client_row(lang))
                langs.append(lang)
            contacts = self._contacts(rows, langs)
            self._write(rows, contacts)
            made += size
        return made

    def _contacts(self, rows: list[dict[str, Any]], langs: list[str]) -> list[dict[str, Any]]:
        contacts = []
        for row, lang in zip(rows, langs, strict=True):
            if row["kind"] != "company" or self.rng.random() > 0.4:
                continue
            faker = self.fakers[lang]
            for _ in range(self.rng.choice((1, 1, 2))):
                contact = self.writer.system()
                contact.update(
                    client_id=row["id"], name=faker.name(), title=self.rng.choice(self.jobs[lang]),
                    phones=[_phone(self.rng, lang)], emails=[], notes="",
                )
                contacts.append(contact)
        return contacts

    def _write(self, rows: list[dict[str, Any]], contacts: list[dict[str, Any]]) -> None:
        session, writer = self.writer.session, self.writer
        session.connection().execute(insert(_table(Client)), rows)
        if contacts:
            session.connection().execute(insert(_table(Contact)), contacts)
        by_client: dict[str, list[Contact]] = {}
        for c in contacts:
            by_client.setdefault(c["client_id"], []).append(
                Contact(name=c["name"], phones=c["phones"], emails=c["emails"], deleted=False)
            )
        keys: list[dict[str, Any]] = []
        index: list[dict[str, Any]] = []
        audit: list[dict[str, Any]] = []
        for row in rows:
            shadow = Client(**{k: row[k] for k in ("name", "company", "phones", "emails",
                                                   "deleted", "merged_into_id")})
            for kind, value in sorted(desired_keys(shadow, by_client.get(row["id"], []))):
                key = writer.system()
                key.update(kind=kind, value=value, client_id=row["id"], owner_id=row["owner_id"],
                           department_id=row["department_id"])
                keys.append(key)
            index.append({
                "rowid": search_index.fts_rowid(row["id"]),
                "client_id": row["id"],
                "tokens": search_index.client_tokens(
                    kind=row["kind"], name=row["name"], company=row["company"],
                    phones=row["phones"], emails=row["emails"], tags=row["tags"],
                    contacts=[(c.name, c.phones, c.emails) for c in by_client.get(row["id"], [])],
                    digit_tokens=demo_digit_tokens,
                ),
            })
            audit.append(writer.audit("client", row["id"], row["name"]))
            self.ids.append(row["id"])
            self.owners[row["id"]] = (row["owner_id"], row["kind"])
        session.connection().execute(insert(_table(ContactKey)), keys)
        session.connection().execute(insert(_table(AuditEvent)), audit)
        search_index.insert_rows(session.connection(), index)
        self.contact_count += len(contacts)

    def _text(self, table: Mapping[str, tuple[str, ...]], lang: str) -> str:
        return self.rng.choice(table.get(lang, table["en"]))

    def activities(self, per_client: int) -> int:
        session, writer, total = self.writer.session, self.writer, 0
        owner_lang = {u.id: lang for lang, users in self.staff.items() for u in users}
        batch: list[dict[str, Any]] = []
        last_contact: list[dict[str, Any]] = []

        def flush() -> None:
            if batch:
                session.connection().execute(insert(_table(Activity)), batch)
                batch.clear()

        for client_id, (owner_id, _kind) in self.owners.items():
            lang = owner_lang.get(owner_id, self.languages[0])
            latest: datetime | None = None
            for _ in range(per_client):
                when = writer.now - timedelta(minutes=self.rng.randrange(60, 60 * 24 * 365))
                row = writer.system()
                row.update(client_id=client_id, contact_id=None, user_id=owner_id,
                           kind=self.rng.choice(ACTIVITY_KINDS), happened_at=when,
                           text=self._text(NOTES, lang), next_step="")
                row["created_at"] = row["updated_at"] = when
                batch.append(row)
                latest = when if latest is None or when > latest else latest
                total += 1
                if len(batch) >= BATCH:
                    flush()
            if latest is not None:
                last_contact.append({"b_id": client_id, "b_when": latest})
        flush()
        if last_contact:
            stmt = (
                update(_table(Client))
                .where(_table(Client).c.id == bindparam("b_id"))
                .values(last_contact_at=bindparam("b_when"))
            )
            session.connection().execute(stmt, last_contact)
        return total

    def tasks(self, count: int) -> int:
        session, writer = self.writer.session, self.writer
        owners = list(self.owners.items())
        if not owners:
            return 0
        owner_lang = {u.id: lang for lang, users in self.staff.items() for u in users}
        rows = []
        for _ in range(count):
            client_id, (owner_id, _kind) = self.rng.choice(owners)
            lang = owner_lang.get(owner_id, self.languages[0])
            due = writer.now + timedelta(hours=self.rng.randrange(-24 * 30, 24 * 30))
            done = due < writer.now and self.rng.random() < 0.6
            row = writer.system()
            row.update(client_id=client_id, assignee_id=owner_id,
                       title=self._text(TASK_TITLES, lang), due_at=due,
                       has_time=self.rng.random() < 0.3, done_at=due if done else None,
                       activity_id=None)
            rows.append(row)
            if len(rows) >= BATCH:
                session.connection().execute(insert(_table(Task)), rows)
                rows = []
        if rows:
            session.connection().execute(insert(_table(Task)), rows)
        return count

