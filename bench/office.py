"""The bench office: a seeded, repeatable local data file of a realistic company.

Built once per (seed, sizes, schema head, generator source) and kept under
``bench/.cache/`` so later runs start at once. Rows go in with bulk inserts
(no ORM unit of work) but carry everything the store's tracking would have
given them: hlc stamps of the writing PC, field_hlc, dirty/server_seq, a
``create`` history line per record, the duplicate-key directory and the
``client_search`` full-text index.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import random
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, text

from bench.office_data import (
    ACTIVITY_KINDS_WEIGHTED,
    ANCHOR,
    LOCALES,
    ClientChunk,
    Staff,
    make_clients,
    seed_of,
    seeded_id,
    sentence_pool,
    stamp,
    synced_columns,
)
from crm_desktop.config import Paths
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.domain.search_keys import pinyin_initials
from crm_desktop.services.actor import Actor
from crm_desktop.services.users import hash_password
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.engine import create_local_engine
from crm_desktop.store.migrate import head_revision, upgrade_local
from crm_desktop.store.models import (
    Activity,
    AuditEvent,
    Client,
    CompanySetting,
    Contact,
    ContactKey,
    Department,
    Task,
    User,
)

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
CHUNK = 5_000
LONG_HISTORY_CLIENTS = 20
META_FILE = "office.json"

DEPARTMENTS = (
    ("华东销售部", "zh_CN"),
    ("华南销售部", "zh_CN"),
    ("Отдел продаж Москва", "ru_RU"),
    ("Отдел продаж Санкт-Петербург", "ru_RU"),
    ("Export Sales", "en_US"),
    ("客户服务部", "zh_CN"),
)


@dataclass(frozen=True)
class OfficeSpec:
    clients: int
    activities: int
    tasks: int
    users: int = 50
    departments: int = 6
    seed: int = 20261125

    @property
    def label(self) -> str:
        return f"{self.clients:,} clients, {self.activities:,} activities, {self.tasks:,} tasks"


FULL = OfficeSpec(clients=100_000, activities=300_000, tasks=20_000)
QUICK = OfficeSpec(clients=5_000, activities=15_000, tasks=1_000)


@dataclass
class Office:
    """An office file on disk and what the scenarios need to know about it."""

    spec: OfficeSpec
    data_dir: Path
    meta: dict[str, Any]

    @property
    def paths(self) -> Paths:
        return Paths(self.data_dir)

    @property
    def database(self) -> Path:
        return self.paths.database

    def workspace(self, login: str = "admin") -> Workspace:
        """The office opened the way the program opens it, acting as ``login``."""
        from crm_desktop.services.users import find_user

        ws = Workspace.open(self.paths)
        with ws.session() as session:
            user = find_user(session, login)
            if user is None:
                raise LookupError(f"no user {login} in the bench office")
            ws.act_as(Actor.from_user(user))
        return ws

    @property
    def long_history_clients(self) -> list[str]:
        return list(self.meta["long_history_clients"])

    @property
    def probes(self) -> dict[str, list[str]]:
        return dict(self.meta["probes"])


#: Sources whose change changes the office's rows: the generator and the search keys.
SOURCES = ("bench/office.py", "bench/office_data.py", "crm_desktop/domain/search_keys.py",
           "crm_desktop/domain/phones.py", "crm_desktop/store/search_index.py")


def generator_version() -> str:
    """Changing the generator, or how search tokens are made, makes a new office."""
    digest = hashlib.sha1()
    root = Path(__file__).resolve().parents[1]
    for name in SOURCES:
        source = root / name
        digest.update(source.read_bytes() if source.is_file() else b"-")
    return digest.hexdigest()[:10]


def cache_key(spec: OfficeSpec) -> str:
    return (
        f"office-s{spec.seed}-c{spec.clients}-a{spec.activities}-t{spec.tasks}"
        f"-u{spec.users}-r{head_revision()}-g{generator_version()}"
    )


def _say(line: str) -> None:
    print(line, flush=True)


def ensure_office(
    spec: OfficeSpec, cache_dir: Path = CACHE_DIR, log: Callable[[str], None] = _say
) -> Office:
    """The cached office for ``spec``, generated first when missing or stale."""
    key = cache_key(spec)
    target = cache_dir / key
    meta_file = target / META_FILE
    if meta_file.is_file():
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        if meta.get("key") == key:
            log(f"office: reusing {target}")
            return Office(spec, target, meta)
    cache_dir.mkdir(parents=True, exist_ok=True)
    for stale in cache_dir.glob(f"office-s{spec.seed}-c{spec.clients}-*"):
        shutil.rmtree(stale, ignore_errors=True)
    building = cache_dir / f"{key}.building"
    shutil.rmtree(building, ignore_errors=True)
    started = time.perf_counter()
    meta = generate(spec, building, log)
    meta["key"] = key
    meta["generated_seconds"] = round(time.perf_counter() - started, 1)
    (building / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
    building.rename(target)
    log(f"office: generated in {meta['generated_seconds']} s at {target}")
    return Office(spec, target, meta)


# -- generation -------------------------------------------------------------------------------


class _Writer:
    """Bulk inserts in one transaction, with the history line of each created record."""

    def __init__(self, conn: Connection, seed: int) -> None:
        self.conn = conn
        self.rng = random.Random(f"{seed}/audit")
        self.seq = 10_000_000_000
        self.audit_rows = 0

    def insert(self, model: Any, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self.conn.execute(insert(model), list(rows))

    def audit(self, table: str, rows: Sequence[dict[str, Any]], label: str,
              names: dict[str, str], devices: dict[str, str]) -> None:
        events = []
        for row in rows:
            user = row["created_by"]
            self.seq += 1
            event = synced_columns(self.rng, row["created_at"], user, devices.get(user, "bench"),
                                   self.seq)
            event.update(table_name=table, record_id=row["id"], action="create", field="",
                         old_value=None, new_value=str(row[label]), user_id=user,
                         user_name=names.get(user or "", ""), reason="", batch_id=None)
            events.append(event)
        self.insert(AuditEvent, events)
        self.audit_rows += len(events)


def _people(spec: OfficeSpec, rng: random.Random) -> tuple[list[dict[str, Any]],
                                                           list[dict[str, Any]], list[Staff]]:
    from faker import Faker

    fakers = {loc: Faker(loc) for loc in LOCALES}
    for loc, fake in fakers.items():
        fake.seed_instance(seed_of(spec.seed, "people", loc))
    founded = ANCHOR - timedelta(days=6 * 365)
    device = seeded_id(rng)
    departments = []
    for n, (name, _loc) in enumerate(DEPARTMENTS[: spec.departments]):
        row = synced_columns(rng, founded + timedelta(minutes=n + 1), None, device, n + 1)
        row["name"] = name
        departments.append(row)
    password = hash_password("bench")
    users: list[dict[str, Any]] = []
    staff: list[Staff] = []
    for n in range(spec.users):
        dept = departments[(n - 1) % len(departments)] if n else None
        locale = next(loc for name, loc in DEPARTMENTS if dept and name == dept["name"]) \
            if dept else "zh_CN"
        role = "admin" if n == 0 else "manager" if n <= len(departments) else "staff"
        name = fakers[locale].name()
        row = synced_columns(rng, founded + timedelta(hours=n + 1), None, device, 100 + n)
        row.update(login="admin" if n == 0 else f"{role}{n:02d}", display_name=name, role=role,
                   department_id=dept["id"] if dept else None, password_hash=password,
                   active=True)
        users.append(row)
        if role != "admin":
            staff.append(Staff(row["id"], name, row["department_id"], seeded_id(rng)))
    return departments, users, staff


def _client_chunks(spec: OfficeSpec, staff: list[Staff]) -> Iterator[ClientChunk]:
    jobs = [
        (spec.seed, k, start, min(CHUNK, spec.clients - start), staff, 1_000_000 * (k + 1))
        for k, start in enumerate(range(0, spec.clients, CHUNK))
    ]
    if len(jobs) <= 2:
        for job in jobs:
            yield make_clients(*job)
        return
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        yield from pool.imap(_make_clients_job, jobs)


def _make_clients_job(job: tuple[Any, ...]) -> ClientChunk:
    return make_clients(*job)


def generate(spec: OfficeSpec, data_dir: Path, log: Callable[[str], None]) -> dict[str, Any]:
    paths = Paths(data_dir).ensure()
    upgrade_local(paths.database, paths.backups)
    engine = create_local_engine(paths.database)
    rng = random.Random(f"{spec.seed}/office")
    departments, users, staff = _people(spec, rng)
    names = {u["id"]: u["display_name"] for u in users}
    devices = {s.id: s.device for s in staff}
    refs: list[tuple[str, int, int, Any]] = []
    samples: dict[str, list[str]] = {"name": [], "pinyin": [], "phone": []}
    counts: dict[str, int] = {}
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
            writer = _Writer(conn, spec.seed)
            writer.insert(Department, departments)
            writer.audit("department", departments, "name", names, devices)
            writer.insert(User, users)
            writer.audit("app_user", users, "display_name", names, devices)
            settings = []
            for n, (key, value) in enumerate((("company_name", "华通国际贸易有限公司"),
                                              ("staff_view", "own"))):
                row = synced_columns(rng, ANCHOR - timedelta(days=6 * 365), users[0]["id"],
                                     "bench", 200 + n)
                row.update(key=key, value=value)
                settings.append(row)
            writer.insert(CompanySetting, settings)
            made = 0
            t0 = time.perf_counter()
            for chunk in _client_chunks(spec, staff):
                writer.insert(Client, chunk.clients)
                writer.audit("client", chunk.clients, "name", names, devices)
                writer.insert(Contact, chunk.contacts)
                writer.audit("contact", chunk.contacts, "name", names, devices)
                writer.insert(ContactKey, chunk.keys)
                conn.execute(text("INSERT INTO client_search(rowid, client_id, tokens) "
                                  "VALUES (:rowid, :client_id, :tokens)"), chunk.search)
                refs.extend(r for r, c in zip(chunk.refs, chunk.clients, strict=True)
                            if not c["deleted"])
                _sample(rng, chunk, samples)
                made += len(chunk.clients)
                counts["contacts"] = counts.get("contacts", 0) + len(chunk.contacts)
                counts["contact_keys"] = counts.get("contact_keys", 0) + len(chunk.keys)
                log(f"office: {made:,}/{spec.clients:,} clients "
                    f"({time.perf_counter() - t0:.0f} s)")
            long_history = [r[0] for r in refs[:LONG_HISTORY_CLIENTS]]
            _activities(spec, writer, refs, staff, names, devices, log)
            _tasks(spec, writer, refs, staff, names, devices)
            _long_histories(spec, writer, refs[:LONG_HISTORY_CLIENTS], staff)
            conn.exec_driver_sql(
                "UPDATE client SET last_contact_at = (SELECT max(happened_at) FROM activity "
                "WHERE activity.client_id = client.id)"
            )
            pc = seeded_id(rng)
            conn.execute(
                text("INSERT INTO local_state(key, value) VALUES ('device_id', :d), "
                     "('hlc_last', :h)"),
                {"d": pc, "h": stamp(ANCHOR, pc)},
            )
            for table in ("client", "contact", "contact_key", "activity", "task", "audit_event",
                          "app_user", "department", "client_search"):
                counts[table] = int(conn.exec_driver_sql(
                    f"SELECT count(*) FROM {table}").scalar_one())
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return {
        "spec": asdict(spec),
        "anchor": ANCHOR.isoformat(),
        "counts": counts,
        "long_history_clients": long_history,
        "probes": samples,
        "logins": {"admin": "admin", "manager": users[1]["login"],
                   "staff": users[len(departments) + 1]["login"]},
    }


def _sample(rng: random.Random, chunk: ClientChunk, samples: dict[str, list[str]]) -> None:
    """What people type into the search box, taken from real rows of the office."""
    people = [c for c in chunk.clients if c["kind"] == "person" and not c["deleted"]]
    for client in rng.sample(people, k=min(4, len(people))):
        name = client["name"]
        if any("\u4e00" <= ch <= "\u9fff" for ch in name):
            samples["name"].append(name)
            samples["pinyin"].append(pinyin_initials(name, surname_first=True))
        else:
            samples["name"].append(name.split()[0])
        if client["phones"]:
            digits = normalize_phone(client["phones"][0]).national_digits
            samples["phone"].append(digits[:7])


def _activities(spec: OfficeSpec, writer: _Writer, refs: list[tuple[str, int, int, Any]],
                staff: list[Staff], names: dict[str, str], devices: dict[str, str],
                log: Callable[[str], None]) -> None:
    rng = random.Random(f"{spec.seed}/activities")
    pools = {n: sentence_pool(spec.seed, loc, 3000) for n, loc in enumerate(LOCALES)}
    kinds, weights = zip(*ACTIVITY_KINDS_WEIGHTED, strict=True)
    long_share = spec.activities // 15
    per_long = long_share // LONG_HISTORY_CLIENTS
    batch: list[dict[str, Any]] = []
    seq = 20_000_000_000
    for n in range(spec.activities):
        if n < per_long * LONG_HISTORY_CLIENTS:
            client_id, loc, owner, since = refs[n // per_long]
        else:
            client_id, loc, owner, since = refs[int(len(refs) * rng.random() ** 1.6)]
        user = staff[owner] if rng.random() < 0.9 else staff[rng.randrange(len(staff))]
        happened = since + (ANCHOR - since) * rng.random()
        seq += 1
        row = synced_columns(rng, happened, user.id, user.device, seq)
        row.update(client_id=client_id, contact_id=None, user_id=user.id,
                   kind=rng.choices(kinds, weights)[0], happened_at=happened,
                   text=rng.choice(pools[loc]),
                   next_step=rng.choice(pools[loc]) if rng.random() < 0.3 else "")
        batch.append(row)
        if len(batch) >= 20_000:
            writer.insert(Activity, batch)
            writer.audit("activity", batch, "text", names, devices)
            batch = []
            log(f"office: {n + 1:,}/{spec.activities:,} activities")
    writer.insert(Activity, batch)
    writer.audit("activity", batch, "text", names, devices)


def _tasks(spec: OfficeSpec, writer: _Writer, refs: list[tuple[str, int, int, Any]],
           staff: list[Staff], names: dict[str, str], devices: dict[str, str]) -> None:
    rng = random.Random(f"{spec.seed}/tasks")
    pools = {n: sentence_pool(spec.seed + 1, loc, 1000) for n, loc in enumerate(LOCALES)}
    rows = []
    for n in range(spec.tasks):
        client_id, loc, owner, _since = rng.choice(refs)
        user = staff[owner]
        due = ANCHOR + timedelta(minutes=rng.randrange(-45 * 1440, 45 * 1440, 15))
        made = min(due, ANCHOR) - timedelta(days=rng.randrange(1, 30))
        has_time = rng.random() < 0.3
        if not has_time:
            due = due.replace(hour=0, minute=0)
        done = due + timedelta(hours=rng.randrange(0, 72)) \
            if due < ANCHOR and rng.random() < 0.7 else None
        row = synced_columns(rng, made, user.id, user.device, 30_000_000_000 + n)
        row.update(client_id=client_id, assignee_id=user.id, title=rng.choice(pools[loc]),
                   due_at=due, has_time=has_time, done_at=done, activity_id=None)
        rows.append(row)
    writer.insert(Task, rows)
    writer.audit("task", rows, "title", names, devices)


def _long_histories(spec: OfficeSpec, writer: _Writer,
                    refs: list[tuple[str, int, int, Any]], staff: list[Staff]) -> None:
    """Years of edits on a few clients: what "a client with a long history" opens."""
    rng = random.Random(f"{spec.seed}/edits")
    fields = (("grade", ("A", "B", "C")), ("status", ("lead", "active", "inactive")),
              ("source", ("展会", "сайт", "referral")), ("notes", ("", "VIP", "回访", "звонить")),
              ("website", ("", "https://example.com", "https://example.cn")))
    edits_per_client = max(20, spec.activities // 1000)
    events = []
    for client_id, _loc, owner, since in refs:
        for n in range(edits_per_client):
            user = staff[owner] if rng.random() < 0.8 else rng.choice(staff)
            at = since + (ANCHOR - since) * (n + 1) / (edits_per_client + 1)
            field, values = rng.choice(fields)
            old, new = rng.sample(values, 2)
            writer.seq += 1
            row = synced_columns(rng, at, user.id, user.device, writer.seq)
            row["field_hlc"] = {field: row["hlc"]}
            row.update(table_name="client", record_id=client_id, action="update", field=field,
                       old_value=old, new_value=new, user_id=user.id, user_name=user.name,
                       reason="", batch_id=None)
            events.append(row)
    writer.insert(AuditEvent, events)


if __name__ == "__main__":  # python -m bench.office [--quick]: build (or reuse) the office
    import sys

    office = ensure_office(QUICK if "--quick" in sys.argv else FULL)
    print(json.dumps(office.meta["counts"], indent=1))
