"""The set-up wizard's office-server step against a real server (both backends):
a PC joining an existing company, a PC putting its new company on an empty server,
and a wrong password said in plain words. Real widgets (pytest-qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from pcs import PASSWORD, PC, set_up_company
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import URL

from crm_desktop.config import Paths, Preferences
from crm_desktop.services import sync_service
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.models import Client, User
from crm_desktop.sync.policies import account_name
from crm_desktop.sync.server import init_server
from crm_desktop.ui import theme
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import Translations
from crm_desktop.ui.wizards.setup import SetupWizard

pytestmark = pytest.mark.server
WAIT_MS = 120_000
ADMIN_PASSWORD = "green tea at nine"


@pytest.fixture
def context(paths: Paths) -> Iterator[AppContext]:
    ws = Workspace.open(paths)
    translations = Translations()
    translations.install("en")
    yield AppContext(ws, Preferences(), translations)
    translations.install("en")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, 100)
    ws.close()


def _address(url: URL, *, owner: bool) -> str:
    """What a person types: ``host:port/company``; MariaDB needs its scheme written out;
    the owner's form names the account the server was set up with."""
    who = f"{url.username}@" if owner else ""
    place = f"{who}{url.host}:{url.port}/{url.database}"
    return place if url.get_backend_name() == "postgresql" else f"mysql+pymysql://{place}"


def _wizard_at_server_step(qtbot: QtBot, context: AppContext) -> SetupWizard:
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.language_step.choices["en"].setChecked(True)
    wizard.next()
    wizard.next()
    assert wizard.current_step() is wizard.server_step
    wizard.server_step.server.setChecked(True)
    return wizard


def _test_connection(qtbot: QtBot, wizard: SetupWizard, address: str, login: str,
                     password: str) -> bool:
    step = wizard.server_step
    step.address_edit.setText(address)
    step.login_edit.setText(login)
    step.password_edit.setText(password)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # not tried yet
    assert step.missing_label.isVisible()  # "Please press Test the connection"
    with qtbot.waitSignal(step.check_finished, timeout=WAIT_MS) as blocker:
        step.test_button.click()
        assert step.job is not None  # the click returned; the server is tried off the thread
        assert not step.test_button.isEnabled()
    assert blocker.args is not None
    return bool(blocker.args[0])


def _finish(qtbot: QtBot, wizard: SetupWizard) -> None:
    with qtbot.waitSignal(wizard.office_finished, timeout=WAIT_MS) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert blocker.args == [True], wizard.summary_step.error_label.text()


@pytest.fixture
def office(server_db: URL, tmp_path: Path) -> Iterator[dict[str, str]]:
    """An office server holding a company: two staff, each with a client of their own."""
    init_server(server_db)
    alpha = PC.open(tmp_path, "alpha")
    ids = set_up_company(alpha)
    with alpha.ws.session() as session:
        session.add(Client(name="Lina's client", owner_id=ids["lina"]))
        session.add(Client(name="Wang's client", owner_id=ids["wang"]))
    sync_service.sync_now(alpha.ws, url=server_db.render_as_string(hide_password=False),
                          login="admin", password=PASSWORD)
    sync_service.add_server_account(alpha.ws, "lina", PASSWORD)
    alpha.close()
    yield ids


def test_a_new_pc_joins_the_company_and_receives_what_the_person_may_see(
        qtbot: QtBot, context: AppContext, server_db: URL, office: dict[str, str]) -> None:
    wizard = _wizard_at_server_step(qtbot, context)
    assert _test_connection(qtbot, wizard, _address(server_db, owner=False), "lina", PASSWORD)
    step = wizard.server_step
    assert "joins your company on the office server as lina" in step.result.text()
    wizard.next()  # no company of its own: straight to the summary
    assert wizard.current_step() is wizard.summary_step
    assert "joins your company as lina" in wizard.summary_step.summary.text()
    wizard.back()
    assert wizard.current_step() is wizard.server_step
    assert step.password_edit.text() == PASSWORD  # Back keeps the answers
    wizard.next()
    _finish(qtbot, wizard)

    assert context.actor.id == office["lina"]
    assert context.preferences.setup_done
    with context.workspace.session() as session:
        names = set(session.scalars(select(Client.name)))
        lina = session.get(User, office["lina"])
        assert lina is not None and lina.password_hash  # she can sign in here, offline too
    assert names == {"Lina's client"}  # Wang's client is not hers to see
    settings = sync_service.server_settings(context.workspace)
    assert settings is not None and settings.login == "lina"
    assert PASSWORD not in settings.url
    assert keyring.get_password(sync_service.KEYRING_SERVICE, f"{settings.url}|lina") == PASSWORD
    assert PASSWORD.encode() not in context.workspace.paths.database.read_bytes()
    result = sync_service.sync_now(context.workspace)  # later syncs need nothing typed
    assert result.refused == 0


def test_an_empty_server_gets_the_company_made_in_the_wizard(
        qtbot: QtBot, context: AppContext, server_db: URL) -> None:
    init_server(server_db)
    wizard = _wizard_at_server_step(qtbot, context)
    owner_password = server_db.password or ""
    assert _test_connection(qtbot, wizard, _address(server_db, owner=True), "Zhang Wei",
                            owner_password)
    assert "The server is empty" in wizard.server_step.result.text()
    wizard.next()
    assert wizard.current_step() is wizard.company_step
    wizard.company_step.edit.setText("华东贸易")
    wizard.next()
    admin = wizard.administrator_step
    assert admin.name_edit.text() == "Zhang Wei"  # taken from the server step
    admin.password_edit.setText(ADMIN_PASSWORD)
    admin.again_edit.setText(ADMIN_PASSWORD)
    wizard.next()
    assert "shared with the office server" in wizard.summary_step.summary.text()
    _finish(qtbot, wizard)

    settings = sync_service.server_settings(context.workspace)
    assert settings is not None and "@" not in settings.url  # no owner name, no password
    assert keyring.get_password(sync_service.KEYRING_SERVICE,
                                f"{settings.url}|{settings.login}") == ADMIN_PASSWORD
    # the administrator signs in to the server with their own account and finds the company
    own = server_db.set(username=account_name(server_db.database or "", settings.login),
                        password=ADMIN_PASSWORD)
    engine = create_engine(own)
    try:
        with engine.connect() as conn:
            rel = "app_user" if server_db.get_backend_name() == "postgresql" else \
                "crm_r_app_user"
            people = conn.execute(text(f"SELECT display_name, role FROM {rel}")).all()
            rel = "company_setting" if server_db.get_backend_name() == "postgresql" else \
                "crm_r_company_setting"
            values = set(conn.execute(text(f"SELECT value FROM {rel}")).scalars())
    finally:
        engine.dispose()
    assert [tuple(p) for p in people] == [("Zhang Wei", "admin")]
    assert "华东贸易" in values
    assert context.actor.name == "Zhang Wei"


def test_a_wrong_password_is_said_plainly_and_next_stays_grey(
        qtbot: QtBot, context: AppContext, server_db: URL, office: dict[str, str]) -> None:
    wizard = _wizard_at_server_step(qtbot, context)
    assert not _test_connection(qtbot, wizard, _address(server_db, owner=False), "lina",
                                "not her password")
    step = wizard.server_step
    assert step.result.text() == ("The office server did not accept that name and password. "
                                  "Please check them (capital letters count) and try again.")
    assert step.result.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    context.translations.install("ru")
    assert _test_connection(qtbot, wizard, _address(server_db, owner=False), "lina",
                            "still not it") is False
    assert "пароль" in step.result.text()
    context.translations.install("en")
    step.password_edit.setText(PASSWORD)  # typing again clears the old answer
    assert not step.result.isVisible()
    assert sync_service.server_settings(context.workspace) is None  # nothing kept yet
