"""The administration page, the handover wizard and "Change my password", on real widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.app import Started, start
from crm_desktop.config import Paths, Preferences, save_preferences
from crm_desktop.services.actor import Actor
from crm_desktop.services.handover import recent_handovers
from crm_desktop.services.setup import run_setup
from crm_desktop.services.users import add_user, list_users, sign_in
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.models import Client
from crm_desktop.ui.pages.administration import AdministrationPage
from crm_desktop.ui.wizards.handover import HandoverWizard

PASSWORD = "green tea at nine"


def _office(paths: Paths) -> dict[str, Actor]:
    ws = Workspace.open(paths)
    try:
        boss = ws.run(run_setup, company="华东贸易", admin_name="张经理", password=PASSWORD,
                      language="en").actor
        ws.act_as(boss)
        people = {"boss": boss}
        for name in ("李强", "王芳"):
            info = ws.run(add_user, login=name, display_name=name, password=PASSWORD)
            people[name] = Actor(info.id, info.display_name, info.role, info.department_id)
        with ws.session() as session:
            for i in range(12):
                session.add(Client(name=f"客户 {i}", owner_id=people["李强"].id,
                                   brought_in_by=people["李强"].id, grade="ABC"[i % 3]))
        return people
    finally:
        ws.close()


@pytest.fixture
def office(qtbot: QtBot, paths: Paths) -> Iterator[tuple[Started, dict[str, Actor]]]:
    save_preferences(paths, Preferences(language="en", zoom_percent=100, setup_done=True))
    people = _office(paths)
    started = start(paths, actor=people["boss"])
    qtbot.addWidget(started.window)
    started.window.show()
    yield started, people
    started.window.close()
    started.context.translations.install("en")
    started.context.workspace.close()


def owners(started: Started) -> dict[str | None, int]:
    with started.context.workspace.session() as session:
        found: dict[str | None, int] = {}
        for owner in session.scalars(select(Client.owner_id)):
            found[owner] = found.get(owner, 0) + 1
        return found


def test_only_administrators_get_the_page(qtbot: QtBot, paths: Paths,
                                          office: tuple[Started, dict[str, Actor]]) -> None:
    started, people = office
    assert "administration" in started.window.pages
    staff_window = start(paths, actor=people["王芳"])
    qtbot.addWidget(staff_window.window)
    assert "administration" not in staff_window.window.pages
    staff_window.context.workspace.close()


def test_add_a_person_and_refuse_a_taken_name(
    qtbot: QtBot, office: tuple[Started, dict[str, Actor]]
) -> None:
    started, _people = office
    page = started.window.show_page("administration")
    assert isinstance(page, AdministrationPage)
    dialog = page.person_dialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("赵敏")
    assert dialog.login_edit.text() == "赵敏"  # the sign-in name follows the name
    dialog.password_edit.setText(PASSWORD)
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "赵敏" in [u.display_name for u in started.context.read(list_users)]
    page.refresh()
    assert page.people_model.rowCount() == 4

    again = page.person_dialog()
    qtbot.addWidget(again)
    again.name_edit.setText("李强")
    again.password_edit.setText(PASSWORD)
    again.ok_button.click()
    assert not again.error.isHidden() and "already taken" in again.error.text()
    assert again.result() != again.DialogCode.Accepted


def test_handover_wizard_moves_everything_and_can_be_taken_back(
    qtbot: QtBot, office: tuple[Started, dict[str, Actor]]
) -> None:
    started, people = office
    li, wang = people["李强"], people["王芳"]
    wizard = HandoverWizard(started.context, started.window)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled() and wizard.leaver_step.missing_label.isVisible()
    box = wizard.leaver_step.box
    box.setCurrentIndex(box.findData(li.id))
    wizard.next()
    assert wizard.holdings_step.counts[0].text() == "Clients: 12"
    wizard.next()
    assert wizard.how_step.choices["one"].isChecked()
    wizard.next()
    assert not next_button.isEnabled()
    to = wizard.recipients_step.one_box
    assert to.findData(li.id) == -1  # nobody hands over to themselves
    to.setCurrentIndex(to.findData(wang.id))
    wizard.reject()  # Cancel keeps the answers; reopening resumes at "To whom?"

    wizard = HandoverWizard(started.context, started.window)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.current_step() is wizard.recipients_step
    wizard.next()
    assert "王芳: 12 clients" in wizard.preview_step.preview.text()
    wizard.preview_step.deactivate.setChecked(True)
    wizard.next()
    with qtbot.waitSignal(wizard.completed):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert owners(started) == {wang.id: 12}
    assert not started.context.read(sign_in, "李强", PASSWORD).ok

    page = started.window.show_page("administration")
    assert isinstance(page, AdministrationPage)
    page.refresh()
    assert page.handover_model.rowCount() == 1
    page.handover_table.selectRow(0)
    page.take_back_handover()
    assert owners(started) == {li.id: 12}
    assert started.context.read(sign_in, "李强", PASSWORD).ok
    assert "12" in page.status.text()
    assert len(started.context.read(recent_handovers)) == 1


def test_handover_to_a_deactivated_colleague_is_not_offered_and_refused(
    qtbot: QtBot, office: tuple[Started, dict[str, Actor]]
) -> None:
    started, people = office
    page = started.window.show_page("administration")
    assert isinstance(page, AdministrationPage)
    page.refresh()
    row = [u.display_name for u in page.people_model._rows].index("王芳")
    page.people_table.selectRow(row)
    page.toggle_active()
    assert "王芳" in page.status.text()
    wizard = HandoverWizard(started.context, started.window, leaver_id=people["李强"].id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.recipients_step.one_box.findData(people["王芳"].id) == -1


def test_change_my_password_from_the_file_menu(
    qtbot: QtBot, office: tuple[Started, dict[str, Actor]]
) -> None:
    started, _people = office
    actions = started.window.account_actions
    assert actions.change_password.text() == "Change my password…"
    dialog = actions.password_dialog()
    qtbot.addWidget(dialog)
    old, new, again = dialog.edits
    old.setText("wrong one")
    new.setText("a brand new phrase")
    again.setText("a brand new phrase")
    dialog.ok_button.click()
    assert not dialog.error.isHidden() and "not right" in dialog.error.text()
    old.setText(PASSWORD)
    again.setText("different")
    dialog.ok_button.click()
    assert "not the same" in dialog.error.text()
    again.setText("a brand new phrase")
    dialog.ok_button.click()
    assert started.context.read(sign_in, "张经理", "a brand new phrase").ok
