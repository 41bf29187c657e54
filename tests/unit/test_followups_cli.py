from __future__ import annotations

import json
from datetime import timedelta

import pytest

from crm_desktop.cli import run
from crm_desktop.config import Paths
from crm_desktop.services.actor import Actor
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.base import utc_now
from tests.followups_support import client


def call(paths: Paths, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = run([*argv, "--data-dir", str(paths.data_dir), "--json"])
    out = capsys.readouterr().out.strip()
    return code, json.loads(out) if out else {}


def test_activity_add_with_a_follow_up_shows_on_today(
    workspace: Workspace, admin: Actor, paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    client_id = client(workspace, "华东贸易", admin, grade="A",
                       last_contact_at=utc_now() - timedelta(days=45))
    code, today = call(paths, capsys, "today")
    assert code == 0
    assert [k["client_name"] for k in today["keep_in_touch"]] == ["华东贸易"]
    assert set(today) >= {"waiting", "today", "coming_up", "keep_in_touch"}

    code, added = call(paths, capsys, "activity", "add", client_id, "--kind", "visit",
                       "--text", "Showed the catalogue", "--follow-up", "tomorrow",
                       "--todo", "Send the offer")
    assert code == 0
    assert added["activity"]["kind"] == "visit"
    assert added["follow_up"]["title"] == "Send the offer"

    code, today = call(paths, capsys, "today")
    assert [f["title"] for f in today["coming_up"]] == ["Send the offer"]
    assert today["keep_in_touch"] == []  # just visited, and something is planned


def test_a_past_follow_up_stops_to_ask(
    workspace: Workspace, admin: Actor, paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    client_id = client(workspace, "C", admin)
    args = ["activity", "add", client_id, "--kind", "call", "--text", "Called",
            "--follow-up", "2001-01-01 09:00", "--todo", "Again"]
    code, asked = call(paths, capsys, *args)
    assert code == 3 and asked["question"] == "past_due"
    code, added = call(paths, capsys, *args, "--allow-past")
    assert code == 0 and added["follow_up"]["due"] == "2001-01-01 09:00"


@pytest.mark.parametrize(
    "extra",
    [
        ["--follow-up", "someday", "--todo", "x"],
        ["--follow-up", "tomorrow"],
        ["--kind", "shout"],
    ],
)
def test_bad_input_exits_2(
    workspace: Workspace, admin: Actor, paths: Paths, capsys: pytest.CaptureFixture[str],
    extra: list[str],
) -> None:
    client_id = client(workspace, "C", admin)
    code, _ = call(paths, capsys, "activity", "add", client_id, "--kind", "call", "--text", "x",
                   *extra)
    assert code == 2


def test_a_client_of_someone_else_is_refused(
    workspace: Workspace, paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.followups_support import person

    boris = person(workspace, "Boris")
    person(workspace, "Anna")
    his = client(workspace, "His", boris)
    code, answer = call(paths, capsys, "activity", "add", his, "--kind", "call", "--text", "x",
                        "--as", "Anna")
    assert code == 2 and answer["error"] == "not_found"
