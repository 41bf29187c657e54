"""The people screens for the screen catalogue: set-up and handover wizard steps, dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from crm_desktop.services.users import UserInfo, add_user, list_departments, list_users
from crm_desktop.ui.context import AppContext

Builder = Callable[[AppContext, QWidget], QWidget]
SAMPLE_PASSWORD = "green tea at nine"


def _walk_to(wizard: object, step_id: str) -> None:
    from crm_desktop.ui.wizards.base import Wizard

    assert isinstance(wizard, Wizard)
    wizard._begun = True  # drawn at a chosen step, not resumed from a draft
    wizard.restart()
    while (step := wizard.current_step()) is not None and step.step_id != step_id:
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            break


def _sample_people(context: AppContext) -> list[UserInfo]:
    people = context.read(list_users)
    names = {p.display_name for p in people}
    for name in ("李强", "王芳", "赵敏"):
        if name not in names:
            context.write(add_user, login=name, display_name=name, role="staff",
                          password=SAMPLE_PASSWORD)
    return context.read(list_users)


def _handover_at(step_id: str, mode: str = "one") -> Builder:
    def build(context: AppContext, window: QWidget) -> QWidget:
        from crm_desktop.ui.wizards.handover import HandoverAnswers, HandoverWizard

        people = {p.display_name: p.id for p in _sample_people(context)}
        wizard = HandoverWizard(context, window, resume=False)
        wizard.answers = HandoverAnswers(from_user_id=people["李强"], mode=mode,
                                         to_user_id=people["王芳"],
                                         recipients=[people["王芳"], people["赵敏"]],
                                         by_grade={"A": people["王芳"], "B": people["赵敏"]})
        _walk_to(wizard, step_id)
        return wizard

    return build


def _sign_in(context: AppContext, window: QWidget) -> QWidget:
    from crm_desktop.ui.people.sign_in import SignInDialog

    dialog = SignInDialog(context, window, login="张经理")
    dialog.password_edit.setText("wrong")
    dialog.message.setText(dialog.tr(
        "The name or the password is not right. Please try again. "
        "(Is Caps Lock on? Is the language of the keyboard right?)"))
    dialog.message.show()
    dialog.caps_warning.show()
    return dialog


def _person(context: AppContext, window: QWidget) -> QWidget:
    from crm_desktop.ui.people.dialogs import PersonDialog

    return PersonDialog(context.read(list_departments), lambda _v: None, None, window)


def _password(context: AppContext, window: QWidget) -> QWidget:
    from crm_desktop.ui.people.dialogs import PasswordDialog

    return PasswordDialog(context.actor.name, lambda _o, _n: None, ask_old=True, parent=window)


def people_screens() -> list[tuple[str, str, Builder]]:
    """(screen name, help id, builder) for ui/screens.py."""
    found: list[tuple[str, str, Builder]] = [
        ("dialog_sign_in", "sign-in", _sign_in),
        ("dialog_person", "administration", _person),
        ("dialog_password", "password", _password),
    ]
    found += [
        (f"wizard_handover_{name}", "handover", _handover_at(f"handover{name.title()}",
                                                                       mode))
        for name, mode in (("leaver", "one"), ("holdings", "one"), ("how", "grade"),
                           ("recipients", "grade"), ("preview", "one"), ("confirm", "one"))
    ]
    return found
