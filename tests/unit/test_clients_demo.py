"""Demo data: valid synced rows, searchable, with near-duplicates the check finds."""

from __future__ import annotations

import random

from sqlalchemy import func, select

from crm_desktop.domain.phones import normalize_phone
from crm_desktop.services.client_list import ClientFilter, count_clients
from crm_desktop.services.clients import get_client
from crm_desktop.services.demo_data import _phone, demo_digit_tokens, generate
from crm_desktop.services.duplicates import find_duplicates
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.models import Activity, Client, ContactKey, Task
from crm_desktop.store.search_index import phone_digit_tokens


def test_generated_phones_are_valid_and_their_digit_runs_match_the_index() -> None:
    rng = random.Random(7)
    for language in ("zh_CN", "ru", "en"):
        for _ in range(200):
            phone = _phone(rng, language)
            assert normalize_phone(phone).e164 == phone
            assert demo_digit_tokens(phone) == phone_digit_tokens(phone)


def test_generate_makes_synced_indexed_rows_with_near_duplicates(workspace: Workspace) -> None:
    summary = workspace.run(generate, clients=300, seed=4, activities_per_client=2, tasks=20)
    assert summary.clients == 300 and summary.near_duplicates > 0
    assert summary.activities == 600 and summary.tasks == 20
    with workspace.session() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 300
        assert s.scalar(select(func.count()).where(Client.hlc == "")) == 0
        assert s.scalar(select(func.count()).where(Client.dirty.is_(False))) == 0
        assert s.scalar(select(func.count()).select_from(Activity)) == 600
        assert s.scalar(select(func.count()).select_from(Task)) == 20
        assert s.scalar(select(func.count()).select_from(ContactKey)) > 300
    assert workspace.run(count_clients, ClientFilter(text="a")) > 0
    some = workspace.run(get_client, summary.client_ids[0])
    matches = workspace.run(find_duplicates, name=some.name, kind=some.kind,
                            company=some.company, phones=list(some.phones))
    assert any(m.client_id == some.id for m in matches)
    repeat = workspace.run(generate, clients=10, seed=4)
    assert repeat.users == summary.users
