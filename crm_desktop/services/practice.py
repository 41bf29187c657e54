"""Practice mode: a separate file full of made-up clients where nothing is real.

The practice file lives at Paths.practice_database, never touches the real file
and is never synced (Workspace.practice is True; the sync engine refuses it).
"Start practice over" deletes the file; the next opening fills it again with
demo data in the user's language.
"""

from __future__ import annotations

import importlib
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.config import Paths
from crm_desktop.services.actor import Actor
from crm_desktop.services.company import COMPANY_NAME, get_setting
from crm_desktop.services.users import ensure_local_user
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.engine import create_local_engine
from crm_desktop.store.migrate import current_revision, head_revision
from crm_desktop.store.models import Activity, Client, CompanySetting, Task

DEFAULT_CLIENTS = 40
DEFAULT_SEED = 2024


def practice_files(paths: Paths) -> list[Path]:
    """The practice file and SQLite's companion files next to it."""
    db = paths.practice_database
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def reset_practice(paths: Paths) -> None:
    """Throw the practice file away (close its workspace first)."""
    for path in practice_files(paths):
        path.unlink(missing_ok=True)


def open_practice(paths: Paths, language: str, *, clients: int = DEFAULT_CLIENTS,
                  seed: int = DEFAULT_SEED) -> Workspace:
    """Open the practice file, made fresh and filled with demo data when needed."""
    paths.ensure()
    paths.practice_database.parent.mkdir(parents=True, exist_ok=True)
    if paths.practice_database.exists() and not _at_head(paths.practice_database):
        reset_practice(paths)  # an old practice file is not worth a migration and a backup
    workspace = Workspace.open(paths, practice=True)
    with workspace.session() as session:
        workspace.act_as(ensure_local_user(session))
    if workspace.run(_is_empty):
        workspace.run(fill_practice, language, clients, seed)
    return workspace


def _at_head(database: Path) -> bool:
    engine = create_local_engine(database)
    try:
        return current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def _is_empty(session: Session, actor: Actor) -> bool:
    return not session.scalar(select(func.count()).select_from(Client))


def fill_practice(session: Session, actor: Actor, language: str, clients: int,
                  seed: int) -> None:
    """Demo data in the user's language: the shared generator when present, else our own."""
    if not get_setting(session, COMPANY_NAME):
        session.add(CompanySetting(key=COMPANY_NAME, value=_COMPANY[_lang(language)]))
        session.flush()
    try:  # the shared generator (issue 4); until it is merged, our own small set
        demo_data = importlib.import_module("crm_desktop.services.demo_data")
    except ImportError:
        _seed_small(session, actor, _lang(language), clients, seed)
        return
    demo_data.generate(session, actor, clients=clients, seed=seed, language=language)


def _lang(language: str) -> str:
    return language if language in _COMPANY else "en"


_COMPANY = {"zh_CN": "练习用公司（不是真的）", "ru": "Учебная компания (не настоящая)",
            "en": "Practice Company (not real)"}

_NAMES = {
    "zh_CN": (["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞"],
              ["华东贸易有限公司", "北方机械厂", "长江物流", "新星电子", "绿源食品",
               "金桥建材", "海川医疗器械", "东方办公用品"]),
    "ru": (["Иван Петров", "Анна Смирнова", "Сергей Козлов", "Ольга Морозова",
            "Дмитрий Волков", "Елена Соколова", "Андрей Новиков", "Мария Попова"],
           ["ООО «Северный ветер»", "АО «Промснаб»", "ООО «Волга-Логистик»",
            "ИП Кузнецов", "ООО «Техноцентр»", "АО «Уральские станки»"]),
    "en": (["John Miller", "Mary Johnson", "Peter Brown", "Linda Davis", "Robert Wilson",
            "Susan Clark", "David Lewis", "Karen Walker"],
           ["Northwind Traders", "Acme Tools Ltd", "Riverside Logistics", "Greenleaf Foods",
            "Summit Office Supply", "Harbor Medical"]),
}
_NOTES = {
    "zh_CN": ["电话询问报价，下周再联系。", "上门拜访，对新产品感兴趣。", "已寄样品。",
              "投诉发货晚了两天，已道歉。", "谈了年度合同的折扣。"],
    "ru": ["Звонил, спрашивал цены. Перезвонить на следующей неделе.",
           "Встреча в офисе клиента, интересуется новой линейкой.", "Отправили образцы.",
           "Жалоба: доставка опоздала на два дня, извинились.",
           "Обсудили скидку по годовому договору."],
    "en": ["Called about prices; call back next week.", "Visited their office; keen on the "
           "new range.", "Samples sent.", "Complained the delivery was two days late; we "
           "apologised.", "Talked about a discount on the yearly contract."],
}
_TODO = {"zh_CN": "回电话", "ru": "Перезвонить", "en": "Call back"}


def _phone(language: str, rng: random.Random) -> str:
    if language == "zh_CN":
        return f"+86138{rng.randrange(10**8):08d}"
    if language == "ru":
        return f"+7912{rng.randrange(10**7):07d}"
    return f"+44207946{rng.randrange(10**4):04d}"


def _seed_small(session: Session, actor: Actor, language: str, count: int, seed: int) -> None:
    """A small, fixed set of clients with visits and follow-ups (until demo_data exists)."""
    rng = random.Random(seed)
    people, companies = _NAMES[language]
    now = datetime.now(UTC).replace(microsecond=0)
    for index in range(count):
        is_company = index % 2 == 0
        name = companies[index % len(companies)] if is_company else people[index % len(people)]
        if index >= len(companies if is_company else people):
            name = f"{name} {index // len(companies if is_company else people) + 1}"
        client = Client(kind="company" if is_company else "person", name=name,
                        phones=[_phone(language, rng)], owner_id=actor.id,
                        brought_in_by=actor.id, brought_in_at=now - timedelta(days=200),
                        grade=rng.choice("ABCC"), department_id=actor.department_id)
        session.add(client)
        session.flush()
        for step in range(rng.randrange(1, 4)):
            when = now - timedelta(days=rng.randrange(1, 90), hours=step)
            session.add(Activity(client_id=client.id, user_id=actor.id,
                                 kind=rng.choice(["call", "visit", "message", "meeting"]),
                                 happened_at=when, text=rng.choice(_NOTES[language])))
            client.last_contact_at = max(client.last_contact_at or when, when)
        if index % 3 == 0:
            session.add(Task(client_id=client.id, assignee_id=actor.id, title=_TODO[language],
                             due_at=now + timedelta(days=rng.randrange(-3, 10))))
    session.flush()
