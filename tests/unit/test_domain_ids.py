from __future__ import annotations

import uuid

from crm_desktop.domain.ids import new_id


def test_new_id_is_uuid4_text() -> None:
    value = new_id()
    assert len(value) == 36
    assert uuid.UUID(value).version == 4
    assert str(uuid.UUID(value)) == value


def test_new_ids_differ() -> None:
    assert len({new_id() for _ in range(1000)}) == 1000
