"""Row makers for the bench office: one client with its contacts, keys and search tokens.

Pure functions of a seeded ``random.Random`` and a ``Faker``, so a chunk of
clients comes out the same whichever process builds it.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from faker import Faker

from crm_desktop.domain.emails import EmailError, normalize_email
from crm_desktop.domain.hlc import Timestamp
from crm_desktop.domain.phones import PhoneError, normalize_phone, phone_search_variants
from crm_desktop.domain.search_keys import search_tokens

#: The office's "today": fixed so the same seed always gives the same file.
ANCHOR = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
HISTORY_YEARS = 5

LOCALES = ("zh_CN", "ru_RU", "en_US")
LOCALE_WEIGHTS = (45, 30, 25)
REGIONS = {"zh_CN": "CN", "ru_RU": "RU", "en_US": "US"}

TAGS = {
    "zh_CN": ("重点客户", "老客户", "批发", "展会", "转介绍", "政府采购", "长期合作"),
    "ru_RU": ("ключевой", "опт", "выставка", "по рекомендации", "госзакупки", "постоянный"),
    "en_US": ("key account", "wholesale", "trade fair", "referral", "partner", "VIP"),
}
SOURCES = {
    "zh_CN": ("展会", "朋友介绍", "官网", "电话陌拜", "老客户推荐"),
    "ru_RU": ("выставка", "сайт", "холодный звонок", "рекомендация"),
    "en_US": ("trade fair", "website", "cold call", "referral", "LinkedIn"),
}
TITLES = {
    "zh_CN": ("总经理", "采购经理", "财务", "销售总监", "行政主管"),
    "ru_RU": ("директор", "менеджер по закупкам", "бухгалтер", "главный инженер"),
    "en_US": ("CEO", "Purchasing Manager", "Accountant", "Operations Director"),
}
LEGAL_SUFFIX = {"zh_CN": "有限公司", "ru_RU": "ООО ", "en_US": " Inc."}
ACTIVITY_KINDS_WEIGHTED = (
    ("call", 40), ("visit", 15), ("message", 25), ("meeting", 8), ("service", 7), ("note", 5),
)
GRADES = ("A", "B", "C")
GRADE_WEIGHTS = (15, 35, 50)
STATUSES = ("lead", "active", "inactive")
STATUS_WEIGHTS = (20, 65, 15)


def seed_of(*parts: object) -> int:
    """A 32-bit seed from any parts, the same in every process (str hashing is salted)."""
    return random.Random("/".join(map(str, parts))).getrandbits(32)


def seeded_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def stamp(at: datetime, device: str, counter: int = 0) -> str:
    """The HLC the writing PC would have given a change made at ``at``."""
    return Timestamp(int(at.timestamp() * 1000), counter % 100_000, device).encode()


def synced_columns(
    rng: random.Random, at: datetime, user_id: str | None, device: str, seq: int
) -> dict[str, Any]:
    """id, created/updated, hlc and field_hlc of a row made on ``device`` and since synced."""
    return {
        "id": seeded_id(rng),
        "created_at": at,
        "created_by": user_id,
        "updated_at": at,
        "updated_by": user_id,
        "hlc": stamp(at, device, seq),
        "field_hlc": {},
        "deleted": False,
        "server_seq": seq,
        "dirty": False,
    }


def past_moment(rng: random.Random, *, years: float = HISTORY_YEARS) -> datetime:
    seconds = rng.random() ** 0.7 * years * 365 * 86400  # more recent records than old ones
    return (ANCHOR - timedelta(seconds=seconds)).replace(microsecond=0)


@dataclass(frozen=True)
class Staff:
    id: str
    name: str
    department_id: str | None
    device: str


@dataclass
class ClientChunk:
    """Everything made for one run of clients, ready for bulk insert."""

    clients: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    keys: list[dict[str, Any]] = field(default_factory=list)
    search: list[dict[str, Any]] = field(default_factory=list)
    #: (client id, locale index, owner index, created_at) for activities and tasks.
    refs: list[tuple[str, int, int, datetime]] = field(default_factory=list)


def _phone(fake: Faker, region: str) -> str | None:
    for _ in range(6):
        try:
            return normalize_phone(fake.phone_number(), region).e164
        except PhoneError:
            continue
    return None


def _email(fake: Faker) -> str | None:
    try:
        return normalize_email(fake.email())
    except EmailError:
        return None


def search_row(client_id: str, *, kind: str, name: str, company: str, phones: list[str],
               emails: list[str], tags: list[str],
               contacts: list[tuple[str, list[str], list[str]]]) -> dict[str, Any]:
    """The client's ``client_search`` row, made by the store's own token function.

    Before the clients issue's ``store.search_index`` is in the tree, the same
    foundation keys (names with pinyin, phone digit variants, e-mails, tags).
    """
    try:
        from crm_desktop.store import search_index
    except ImportError:
        parts = [search_tokens(name, person_name=kind == "person"), search_tokens(company),
                 *(search_tokens(e) for e in emails), *(search_tokens(t) for t in tags)]
        parts += [" ".join(phone_search_variants(normalize_phone(p))) for p in phones]
        return {"rowid": None, "client_id": client_id,
                "tokens": " ".join(p for p in parts if p)}
    tokens = search_index.client_tokens(kind=kind, name=name, company=company, phones=phones,
                                        emails=emails, tags=tags, contacts=contacts)
    return {"rowid": search_index.fts_rowid(client_id), "client_id": client_id,
            "tokens": tokens}


def near_duplicate_name(rng: random.Random, name: str, locale: str) -> str:
    """The same client written the way a second salesperson would type it."""
    suffix = LEGAL_SUFFIX[locale]
    if locale == "zh_CN":
        return name.removesuffix(suffix) if name.endswith(suffix) else name + suffix
    if locale == "ru_RU":
        return name.replace("ООО ", "") if name.startswith("ООО") else "ООО «" + name + "»"
    return name.upper() if rng.random() < 0.5 else name + suffix


def make_clients(
    seed: int, chunk: int, start: int, count: int, staff: list[Staff], seq_base: int
) -> ClientChunk:
    """Clients ``start .. start+count`` with contacts, duplicate keys and search rows."""
    rng = random.Random(f"{seed}/clients/{chunk}")
    fakers = {loc: Faker(loc) for loc in LOCALES}
    for locale, fake in fakers.items():
        fake.seed_instance(seed_of(seed, "clients", chunk, locale))
    out = ClientChunk()
    seq = seq_base
    made: list[dict[str, Any]] = []
    for _ in range(count):
        locale_index = rng.choices(range(3), LOCALE_WEIGHTS)[0]
        locale = LOCALES[locale_index]
        fake = fakers[locale]
        region = REGIONS[locale]
        owner_index = rng.randrange(len(staff))
        owner = staff[owner_index]
        bringer = owner if rng.random() < 0.85 else staff[rng.randrange(len(staff))]
        at = past_moment(rng)
        seq += 1
        row = synced_columns(rng, at, bringer.id, bringer.device, seq)
        kind = "company" if rng.random() < 0.6 else "person"
        if made and rng.random() < 0.02:  # a near-duplicate of a client typed earlier
            twin = rng.choice(made)
            kind = twin["kind"]
            name = near_duplicate_name(rng, twin["name"], locale)
            company = twin["company"]
            phones = list(twin["phones"][:1]) or [p for p in [_phone(fake, region)] if p]
        else:
            name = fake.company() if kind == "company" else fake.name()
            company = "" if kind == "company" else fake.company()
            phones = [p for p in (_phone(fake, region) for _ in range(rng.choice((1, 1, 2))))
                      if p]
        emails = [e for e in [_email(fake)] if e] if rng.random() < 0.7 else []
        tags = rng.sample(TAGS[locale], k=rng.choice((0, 0, 1, 1, 2)))
        row.update(
            kind=kind,
            name=name,
            company=company,
            phones=phones,
            emails=emails,
            address=fake.address().replace("\n", ", ") if rng.random() < 0.5 else "",
            website=f"https://{fake.domain_name()}" if kind == "company" and rng.random() < 0.3
            else "",
            notes=fake.sentence() if rng.random() < 0.2 else "",
            owner_id=owner.id,
            brought_in_by=bringer.id,
            brought_in_at=at,
            department_id=owner.department_id,
            grade=rng.choices(GRADES, GRADE_WEIGHTS)[0],
            status=rng.choices(STATUSES, STATUS_WEIGHTS)[0],
            source=rng.choice(SOURCES[locale]),
            tags=tags,
            last_contact_at=None,
            merged_into_id=None,
        )
        if rng.random() < 0.005:
            row["deleted"] = True
        made.append(row)
        out.clients.append(row)
        out.refs.append((row["id"], locale_index, owner_index, at))
        for kind_key, values in (("phone", phones), ("email", emails)):
            for value in values:
                seq += 1
                key = synced_columns(rng, at, bringer.id, bringer.device, seq)
                key.update(kind=kind_key, value=value, client_id=row["id"],
                           owner_id=owner.id, department_id=owner.department_id)
                out.keys.append(key)
        people: list[tuple[str, list[str], list[str]]] = []
        if kind == "company":
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                seq += 1
                contact = synced_columns(rng, at, bringer.id, bringer.device, seq)
                contact.update(
                    client_id=row["id"],
                    name=fake.name(),
                    title=rng.choice(TITLES[locale]),
                    phones=[p for p in [_phone(fake, region)] if p],
                    emails=[e for e in [_email(fake)] if e] if rng.random() < 0.5 else [],
                    notes="",
                )
                out.contacts.append(contact)
                people.append((contact["name"], contact["phones"], contact["emails"]))
        if not row["deleted"]:  # the index holds live clients only, as the store keeps it
            out.search.append(search_row(row["id"], kind=kind, name=name, company=company,
                                         phones=phones, emails=emails, tags=tags,
                                         contacts=people))
    return out


def sentence_pool(seed: int, locale: str, size: int) -> list[str]:
    fake = Faker(locale)
    fake.seed_instance(seed_of(seed, "sentences", locale))
    return [fake.sentence(nb_words=12) for _ in range(size)]
