"""The conflict dialog's words, without a server: the examples the screens and help show."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from crm_desktop.app import Started
from crm_desktop.services.clients import ClientInput, create_client
from crm_desktop.services.sync_conflicts import add_example_conflicts
from crm_desktop.ui.sync.conflict_dialog import ConflictDialog


def test_a_refused_new_record_is_told_with_what_was_entered(started: Started,
                                                             qtbot: QtBot) -> None:
    context = started.context
    client_id = context.write(create_client, ClientInput(name="华东贸易")).client.id
    context.write(add_example_conflicts, client_id)
    dialog = ConflictDialog(context, started.window)
    qtbot.addWidget(dialog)
    refused = next(c for c in dialog.cards if c.conflict.reason == "refused")
    words = refused.words.text()
    assert "did not take the new client “远东物流”" in words
    assert "Phones: +86 21 5555 0199" in words
    assert "Owner" not in words  # ids are bookkeeping, not what a person typed
    assert refused.mine_button.isHidden()
    assert refused.theirs_button.text() == "Understood"
    refused.theirs_button.click()
    assert all(c.conflict.reason != "refused" for c in dialog.cards)
