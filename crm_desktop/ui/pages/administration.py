"""Administration (administrators only): people, departments, what staff see, handovers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.company import STAFF_VIEW_CHOICES, set_staff_view, staff_view
from crm_desktop.services.errors import ServiceError
from crm_desktop.services.handover import PastHandover, recent_handovers, undo_handover
from crm_desktop.services.users import (
    DepartmentInfo,
    UserInfo,
    add_user,
    create_department,
    list_departments,
    list_users,
    remove_department,
    rename_department,
    set_active,
    set_password,
    update_user,
)
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.models.table import ListTableModel
from crm_desktop.ui.pages.base import Page
from crm_desktop.ui.people.dialogs import NameDialog, PasswordDialog, PersonDialog
from crm_desktop.ui.people.words import error_text, role_label, staff_view_label
from crm_desktop.ui.widgets.basics import button, heading, hint


class PeopleModel(ListTableModel[UserInfo]):
    def __init__(self) -> None:
        super().__init__([
            (lambda: AdministrationPage.tr("Name"), lambda u: u.display_name),
            (lambda: AdministrationPage.tr("Sign-in name"), lambda u: u.login),
            (lambda: AdministrationPage.tr("Role"), lambda u: role_label(u.role)),
            (lambda: AdministrationPage.tr("Department"), lambda u: u.department_name),
            (lambda: AdministrationPage.tr("Can sign in"),
             lambda u: AdministrationPage.tr("yes") if u.active
             else AdministrationPage.tr("no, deactivated")),
        ])


class DepartmentModel(ListTableModel[DepartmentInfo]):
    def __init__(self) -> None:
        super().__init__([
            (lambda: AdministrationPage.tr("Department"), lambda d: d.name),
            (lambda: AdministrationPage.tr("People"), lambda d: d.members),
        ])


class HandoverModel(ListTableModel[PastHandover]):
    def __init__(self) -> None:
        super().__init__([
            (lambda: AdministrationPage.tr("When"), lambda h: h.at[:16].replace("T", " ")),
            (lambda: AdministrationPage.tr("What"), lambda h: h.reason),
            (lambda: AdministrationPage.tr("Records"), lambda h: h.records),
        ])


def _table(name: str, model: ListTableModel[object], parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    return view


class AdministrationPage(Page):
    page_id = "administration"
    help_id = "administration"
    roles = ("admin",)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.heading = heading(parent=self, name="administrationHeading")
        self.explanation = hint(parent=self, name="administrationHint")
        inner = QWidget(self)
        inner.setObjectName("administrationContent")

        self.people_heading = QLabel(inner)
        self.people_heading.setObjectName("peopleHeading")
        self.people_heading.setProperty("role", "heading")
        self.people_model = PeopleModel()
        self.people_table = _table("peopleTable", self.people_model, inner)  # type: ignore[arg-type]
        self.add_person_button = button("addPersonButton", inner, primary=True)
        self.edit_person_button = button("changePersonButton", inner)
        self.password_button = button("setPasswordButton", inner)
        self.active_button = button("deactivateButton", inner)
        self.handover_button = button("handOverButton", inner)

        self.departments_heading = QLabel(inner)
        self.departments_heading.setObjectName("departmentsHeading")
        self.departments_heading.setProperty("role", "heading")
        self.department_model = DepartmentModel()
        self.department_table = _table("departmentTable", self.department_model,  # type: ignore[arg-type]
                                       inner)
        self.add_department_button = button("addDepartmentButton", inner)
        self.rename_department_button = button("renameDepartmentButton", inner)
        self.remove_department_button = button("removeDepartmentButton", inner)

        self.view_heading = QLabel(inner)
        self.view_heading.setObjectName("staffViewHeading")
        self.view_heading.setProperty("role", "heading")
        self.view_hint = hint(parent=inner, name="staffViewHint")
        self.view_choice = QComboBox(inner)
        self.view_choice.setObjectName("staffViewChoice")
        for scope in STAFF_VIEW_CHOICES:
            self.view_choice.addItem(staff_view_label(scope), scope)

        self.handovers_heading = QLabel(inner)
        self.handovers_heading.setObjectName("handoversHeading")
        self.handovers_heading.setProperty("role", "heading")
        self.handover_model = HandoverModel()
        self.handover_table = _table("handoverTable", self.handover_model, inner)  # type: ignore[arg-type]
        self.undo_handover_button = button("takeBackHandoverButton", inner)

        self.status = QLabel(self)
        self.status.setObjectName("administrationStatus")
        self.status.setWordWrap(True)

        column = QVBoxLayout(inner)
        column.setSpacing(10)
        column.addWidget(self.people_heading)
        column.addWidget(self.people_table, 2)
        # Two short rows, so the buttons keep their words at 200 % in every language.
        column.addLayout(_row(self.add_person_button, self.edit_person_button,
                              self.password_button))
        column.addLayout(_row(self.active_button, self.handover_button))
        column.addWidget(self.departments_heading)
        column.addWidget(self.department_table, 1)
        column.addLayout(_row(self.add_department_button, self.rename_department_button,
                              self.remove_department_button))
        column.addWidget(self.view_heading)
        column.addWidget(self.view_hint)
        column.addLayout(_row(self.view_choice))
        column.addWidget(self.handovers_heading)
        column.addWidget(self.handover_table, 1)
        column.addLayout(_row(self.undo_handover_button))
        for table in (self.people_table, self.department_table, self.handover_table):
            table.setMinimumHeight(160)
        column.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)  # the main window scrolls the page when it is too tall
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.status)
        layout.addWidget(inner, 1)

        self.add_person_button.clicked.connect(self.add_person)
        self.edit_person_button.clicked.connect(self.edit_person)
        self.password_button.clicked.connect(self.set_person_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.handover_button.clicked.connect(self.open_handover)
        self.add_department_button.clicked.connect(self.add_department)
        self.rename_department_button.clicked.connect(self.rename_department)
        self.remove_department_button.clicked.connect(self.remove_department)
        self.view_choice.activated.connect(self._staff_view_chosen)
        self.undo_handover_button.clicked.connect(self.take_back_handover)
        for table in (self.people_table, self.department_table, self.handover_table):
            table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.people_table.doubleClicked.connect(lambda _i: self.edit_person())
        self.retranslate()

    # -- words ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Administration")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Administration"))
        self.explanation.setText(self.tr(
            "Who works with CRM Desktop, in which department, and what staff may see. "
            "Deactivated people can no longer sign in; their history stays."))
        self.people_heading.setText(self.tr("People"))
        self.departments_heading.setText(self.tr("Departments"))
        self.view_heading.setText(self.tr("What staff see"))
        self.view_hint.setText(self.tr(
            "Managers always see their department's clients and administrators see all. "
            "Choose what staff see:"))
        self.handovers_heading.setText(self.tr("Handovers"))
        texts = [
            (self.add_person_button, self.tr("Add a person…"), self.tr("Add a person")),
            (self.edit_person_button, self.tr("Change…"), self.tr("Change the chosen person")),
            (self.password_button, self.tr("Set a new password…"),
             self.tr("Set a new password for the chosen person")),
            (self.handover_button, self.tr("Hand over clients…"),
             self.tr("Hand the chosen person's clients over to colleagues")),
            (self.add_department_button, self.tr("Add a department…"),
             self.tr("Add a department")),
            (self.rename_department_button, self.tr("Rename…"),
             self.tr("Rename the chosen department")),
            (self.remove_department_button, self.tr("Remove"),
             self.tr("Remove the chosen department")),
            (self.undo_handover_button, self.tr("Take this handover back"),
             self.tr("Take the chosen handover back as a whole")),
        ]
        for widget, text, accessible in texts:
            widget.setText(text)
            widget.setAccessibleName(accessible)
        self.view_choice.setAccessibleName(self.tr("What staff see"))
        self.people_table.setAccessibleName(self.tr("People"))
        self.department_table.setAccessibleName(self.tr("Departments"))
        self.handover_table.setAccessibleName(self.tr("Handovers"))
        for i, scope in enumerate(STAFF_VIEW_CHOICES):
            self.view_choice.setItemText(i, staff_view_label(scope))
        for model in (self.people_model, self.department_model, self.handover_model):
            model.retranslate()
        self._update_buttons()

    # -- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.context.actor.is_admin:
            return
        self.people_model.set_rows(self.context.read(list_users))
        self.department_model.set_rows(self.context.read(list_departments))
        self.handover_model.set_rows(self.context.read(recent_handovers))
        scope = self.context.read(lambda s, _a: staff_view(s))
        self.view_choice.setCurrentIndex(max(0, self.view_choice.findData(scope)))
        self._update_buttons()

    def watches(self, table: str) -> bool:
        return table in ("app_user", "department", "company_setting", "client", "*")

    def _selected(self, view: QTableView, model: ListTableModel[object]) -> object | None:
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return model.row_at(rows[0].row()) if rows else None

    def selected_person(self) -> UserInfo | None:
        found = self._selected(self.people_table, self.people_model)  # type: ignore[arg-type]
        return found if isinstance(found, UserInfo) else None

    def selected_department(self) -> DepartmentInfo | None:
        found = self._selected(self.department_table, self.department_model)  # type: ignore[arg-type]
        return found if isinstance(found, DepartmentInfo) else None

    def selected_handover(self) -> PastHandover | None:
        found = self._selected(self.handover_table, self.handover_model)  # type: ignore[arg-type]
        return found if isinstance(found, PastHandover) else None

    def _update_buttons(self) -> None:
        person = self.selected_person()
        for widget in (self.edit_person_button, self.password_button, self.active_button,
                       self.handover_button):
            widget.setEnabled(person is not None)
        if person is not None and not person.active:
            self.active_button.setText(self.tr("Activate again"))
            self.active_button.setAccessibleName(self.tr("Let the chosen person sign in again"))
        else:
            self.active_button.setText(self.tr("Deactivate"))
            self.active_button.setAccessibleName(
                self.tr("Deactivate the chosen person (they can no longer sign in)"))
        department = self.selected_department()
        self.rename_department_button.setEnabled(department is not None)
        self.remove_department_button.setEnabled(department is not None)
        self.undo_handover_button.setEnabled(self.selected_handover() is not None)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setProperty("role", "error" if problem else "hint")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def _write(self, fn: object, *args: object, **kwargs: object) -> bool:
        try:
            self.context.write(fn, *args, **kwargs)  # type: ignore[arg-type]
        except ServiceError as refused:
            self._say(error_text(refused), problem=True)
            return False
        return True

    # -- actions ----------------------------------------------------------------------------

    def person_dialog(self, person: UserInfo | None = None) -> PersonDialog:
        departments = self.context.read(list_departments)

        def save(values: dict[str, object]) -> object:
            department = values["department_id"]
            if person is None:
                return self.context.write(
                    add_user, login=str(values["login"]), display_name=str(values["display_name"]),
                    role=str(values["role"]), department_id=department,  # type: ignore[arg-type]
                    password=str(values["password"]))
            return self.context.write(
                update_user, person.id, login=str(values["login"]),
                display_name=str(values["display_name"]), role=str(values["role"]),
                department_id=department,  # type: ignore[arg-type]
                clear_department=department is None)

        return PersonDialog(departments, save, person, self)

    def add_person(self) -> None:
        if self.person_dialog().exec():
            self._say(self.tr("The person was added. They can sign in now."))

    def edit_person(self) -> None:
        person = self.selected_person()
        if person is not None and self.person_dialog(person).exec():
            self._say(self.tr("Saved."))

    def password_dialog(self, person: UserInfo) -> PasswordDialog:
        return PasswordDialog(
            person.display_name,
            lambda _old, new: self.context.write(set_password, person.id, new),
            ask_old=False, parent=self)

    def set_person_password(self) -> None:
        person = self.selected_person()
        if person is not None and self.password_dialog(person).exec():
            self._say(self.tr("The new password is set. Please tell it to %1 in person.")
                      .replace("%1", person.display_name))

    def toggle_active(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        if self._write(set_active, person.id, not person.active):
            self._say(self.tr("%1 can no longer sign in. Everything they did stays in the "
                              "history.").replace("%1", person.display_name) if person.active
                      else self.tr("%1 can sign in again.").replace("%1", person.display_name))

    def open_handover(self) -> None:
        from crm_desktop.ui.wizards.handover import HandoverWizard

        person = self.selected_person()
        wizard = HandoverWizard(self.context, self, leaver_id=person.id if person else None)
        wizard.completed.connect(lambda _r: self._say(self.tr(
            "The handover is done. You can take it back below, under Handovers.")))
        wizard.exec()

    def add_department(self) -> None:
        NameDialog(self.tr("Add a department"), self.tr("Department name"),
                   lambda name: self.context.write(create_department, name), "", self).exec()

    def rename_department(self) -> None:
        department = self.selected_department()
        if department is None:
            return
        NameDialog(self.tr("Rename a department"), self.tr("Department name"),
                   lambda name: self.context.write(rename_department, department.id, name),
                   department.name, self).exec()

    def remove_department(self) -> None:
        department = self.selected_department()
        if department is not None and self._write(remove_department, department.id):
            self._say(self.tr("The department was removed. You find it in the Recycle Bin."))

    def _staff_view_chosen(self, _index: int) -> None:
        scope = self.view_choice.currentData()
        if self._write(set_staff_view, scope):
            self._say(self.tr("Saved. Staff now see: %1").replace("%1", staff_view_label(scope)))

    def take_back_handover(self) -> None:
        chosen = self.selected_handover()
        if chosen is None:
            return
        try:
            result = self.context.write(undo_handover, chosen.batch_id)
        except ServiceError as refused:
            self._say(error_text(refused), problem=True)
            return
        self._say(self.tr("The handover was taken back: %1 records returned.")
                  .replace("%1", str(result.restored)))


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
