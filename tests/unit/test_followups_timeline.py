from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

import pytest

from crm_desktop.services.activities import log_activity
from crm_desktop.services.errors import NotFound
from crm_desktop.services.followups import add_follow_up, mark_done
from crm_desktop.services.records import update_fields
from crm_desktop.services.timeline import FOLLOW_UP, HISTORY, client_timeline
from crm_desktop.services.workspace import Workspace
from tests.followups_support import NOW, SHANGHAI, client, person


@pytest.fixture
def busy(workspace: Workspace) -> tuple[Workspace, str]:
    anna = person(workspace, "Anna")
    workspace.act_as(anna)
    client_id = client(workspace, "华东贸易", anna)
    hour = timedelta(hours=1)
    workspace.run(log_activity, client_id, "call", "First call", happened_at=NOW - 5 * hour,
                  now=NOW)
    workspace.run(log_activity, client_id, "visit", "Visited", happened_at=NOW - 3 * hour,
                  now=NOW)
    done = workspace.run(add_follow_up, "Send catalogue", NOW - 4 * hour, has_time=True,
                         client_id=client_id, allow_past=True, now=NOW, tz=SHANGHAI)
    workspace.run(mark_done, done.id, NOW - 2 * hour)
    workspace.run(add_follow_up, "Call again", NOW + 48 * hour, has_time=True,
                  client_id=client_id, now=NOW, tz=SHANGHAI)
    workspace.run(update_fields, "client", client_id, {"grade": "A"})
    return workspace, client_id


def test_everything_newest_first(busy: tuple[Workspace, str]) -> None:
    ws, client_id = busy
    entries = ws.run(client_timeline, client_id)
    texts = [(e.kind, e.text or e.field) for e in entries]
    # history rows are stamped with the real clock, so they come first
    assert texts[:2] == [(HISTORY, "grade"), (HISTORY, "")]
    assert texts[2:] == [
        (FOLLOW_UP, "Call again"),
        (FOLLOW_UP, "Send catalogue"),
        ("visit", "Visited"),
        ("call", "First call"),
    ]
    assert [e.done for e in entries if e.kind == FOLLOW_UP] == [False, True]
    assert all(a.at >= b.at for a, b in pairwise(entries))
    grade = entries[0]
    assert (grade.old_value, grade.new_value, grade.who) == ("C", "A", "Anna")


def test_last_contact_changes_do_not_echo_in_the_history(busy: tuple[Workspace, str]) -> None:
    ws, client_id = busy
    assert all(e.field != "last_contact_at" for e in ws.run(client_timeline, client_id))


def test_filter_by_kind(busy: tuple[Workspace, str]) -> None:
    ws, client_id = busy
    assert [e.text for e in ws.run(client_timeline, client_id, ["visit"])] == ["Visited"]
    assert [e.kind for e in ws.run(client_timeline, client_id, [FOLLOW_UP])] == [FOLLOW_UP] * 2
    assert {e.kind for e in ws.run(client_timeline, client_id, ["call", HISTORY])} == {
        "call", HISTORY}
    assert ws.run(client_timeline, client_id, []) == []


def test_limit_keeps_the_newest(busy: tuple[Workspace, str]) -> None:
    ws, client_id = busy
    assert [e.text for e in ws.run(client_timeline, client_id, ["call", "visit"], limit=1)] == [
        "Visited"]


def test_a_colleague_who_cannot_see_the_client_gets_nothing(busy: tuple[Workspace, str]) -> None:
    ws, client_id = busy
    ws.act_as(person(ws, "Boris"))
    with pytest.raises(NotFound):
        ws.run(client_timeline, client_id)
