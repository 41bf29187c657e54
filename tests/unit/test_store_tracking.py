"""Every local change is stamped, tracked in the History, and reversible."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from crm_desktop.services import records
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import NotFound, ValidationError
from crm_desktop.services.history import record_history
from crm_desktop.services.recycle_bin import list_deleted, restore_entry
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.models import AuditEvent, Client


def _new_client(ws: Workspace, name: str = "华东贸易", owner: str | None = None) -> str:
    with ws.session() as s:
        client = Client(name=name, owner_id=owner or ws.actor.id, brought_in_by=ws.actor.id)
        s.add(client)
        s.flush()
        return client.id


def test_new_record_gets_clock_and_dirty_and_history(workspace: Workspace) -> None:
    cid = _new_client(workspace)
    with workspace.session() as s:
        client = s.get(Client, cid)
        assert client is not None
        assert client.dirty and client.hlc and client.created_by == workspace.actor.id
        events = s.scalars(select(AuditEvent).where(AuditEvent.record_id == cid)).all()
        assert [e.action for e in events] == ["create"]
        assert events[0].new_value == "华东贸易"


def test_field_edit_sets_field_hlc_and_history_old_to_new(workspace: Workspace) -> None:
    cid = _new_client(workspace)
    change = workspace.run(records.update_fields, "client", cid, {"grade": "A", "source": "fair"})
    assert change.changes == {"grade": ("C", "A"), "source": ("", "fair")}
    with workspace.session() as s:
        client = s.get(Client, cid)
        assert client is not None
        assert set(client.field_hlc) == {"grade", "source"}
        assert client.field_hlc["grade"] > client.created_at.isoformat()[:0]
    history = workspace.run(record_history, "client", cid)
    grade = next(h for h in history if h.field == "grade")
    assert (grade.old_value, grade.new_value, grade.who) == ("C", "A", workspace.actor.name)


def test_clock_only_moves_forward_across_sessions(workspace: Workspace) -> None:
    cid = _new_client(workspace)
    stamps = []
    for grade in ("A", "B", "C", "A"):
        workspace.run(records.update_fields, "client", cid, {"grade": grade})
        with workspace.session() as s:
            client = s.get(Client, cid)
            assert client is not None
            stamps.append(client.hlc)
    assert stamps == sorted(stamps) and len(set(stamps)) == 4


def test_undo_is_the_inverse_change(workspace: Workspace) -> None:
    cid = _new_client(workspace)
    change = workspace.run(records.update_fields, "client", cid, {"name": "华东贸易有限公司"})
    workspace.run(records.apply, change.inverse())
    with workspace.session() as s:
        client = s.get(Client, cid)
        assert client is not None and client.name == "华东贸易"


def test_delete_goes_to_recycle_bin_and_comes_back(workspace: Workspace) -> None:
    cid = _new_client(workspace)
    workspace.run(records.send_to_recycle_bin, "client", cid)
    binned = workspace.run(list_deleted)
    assert [(e.table, e.record_id) for e in binned] == [("client", cid)]
    workspace.run(restore_entry, "client", cid)
    assert workspace.run(list_deleted) == []
    actions = [h.action for h in workspace.run(record_history, "client", cid)]
    assert actions[:2] == ["restore", "delete"]


def test_protected_and_unknown_fields_are_refused(workspace: Workspace) -> None:
    cid = _new_client(workspace)
    with pytest.raises(ValidationError):
        workspace.run(records.update_fields, "client", cid, {"brought_in_by": "x"})
    with pytest.raises(ValidationError):
        workspace.run(records.update_fields, "client", cid, {"no_such": 1})


def test_staff_cannot_reach_another_persons_client(workspace: Workspace) -> None:
    cid = _new_client(workspace)
    stranger = Actor("someone-else", "李强", "staff", None)
    with workspace.session() as s, pytest.raises(NotFound):
        records.load(s, stranger, "client", cid)
    with workspace.session() as s:
        assert list_deleted(s, stranger) == []


def test_sqlite_is_wal_with_foreign_keys(workspace: Workspace) -> None:
    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    raw = sqlite3.connect(workspace.database)
    assert raw.execute("select count(*) from alembic_version").fetchone() == (1,)


def test_stamps_from_the_server_move_the_clock_forward(workspace: Workspace) -> None:
    """A PC whose clock runs slow must still stamp its next edit after what it has seen."""
    from crm_desktop.domain.hlc import Timestamp, wall_clock_ms
    from crm_desktop.store.tracking import observe_remote

    cid = _new_client(workspace)
    seen = Timestamp(wall_clock_ms() + 30_000, 0, "other-pc").encode()
    session = workspace.sessions()
    try:
        observe_remote(session, [seen, "", "garbage"])
        session.commit()
    finally:
        session.close()
    workspace.run(records.update_fields, "client", cid, {"grade": "A"})
    with workspace.session() as s:
        client = s.get(Client, cid)
        assert client is not None
        assert client.field_hlc["grade"] > seen


def test_a_slow_pc_moves_past_what_the_server_vouched_for(workspace: Workspace) -> None:
    """Hours behind: the next edit still sorts after the change it has already pulled."""
    from crm_desktop.domain.hlc import HybridClock, Timestamp, wall_clock_ms
    from crm_desktop.store.tracking import observe_remote

    slow = HybridClock("slow-pc", now_ms=lambda: wall_clock_ms() - 7_200_000)
    workspace.use_clock(slow)
    cid = _new_client(workspace)
    seen = Timestamp(wall_clock_ms(), 0, "office-pc").encode()
    session = workspace.sessions()
    try:
        observe_remote(session, [seen])
        session.commit()
    finally:
        session.close()
    workspace.run(records.update_fields, "client", cid, {"source": "phone"})
    with workspace.session() as s:
        client = s.get(Client, cid)
        assert client is not None and client.field_hlc["source"] > seen
