"""Plain words for roles, staff-view choices and the refusals of the people services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.errors import PermissionDenied, ServiceError, ValidationError


def role_label(role: str) -> str:
    labels = {
        "staff": QCoreApplication.translate("PeopleWords", "Staff"),
        "manager": QCoreApplication.translate("PeopleWords", "Manager"),
        "admin": QCoreApplication.translate("PeopleWords", "Administrator"),
    }
    return labels.get(role, role)


def staff_view_label(scope: str) -> str:
    labels = {
        "own": QCoreApplication.translate("PeopleWords", "Only their own clients"),
        "department": QCoreApplication.translate("PeopleWords",
                                                 "All clients of their department"),
        "company": QCoreApplication.translate("PeopleWords", "All clients of the company"),
    }
    return labels.get(scope, scope)


def error_text(error: ServiceError) -> str:
    """What went wrong, in the user's language; the English message only as a last resort."""
    t = QCoreApplication.translate
    params = error.params
    if isinstance(error, PermissionDenied):
        return t("PeopleWords", "You are not allowed to do this. Please ask an administrator.")
    if not isinstance(error, ValidationError):
        return error.message
    key = (error.field, error.reason)
    words = {
        ("login", "empty"): t("PeopleWords", "Please type a sign-in name."),
        ("login", "taken"): t("PeopleWords", "This sign-in name is already taken by %1. "
                                             "Please choose another.").replace(
            "%1", str(params.get("owner", ""))),
        ("login", "too_long"): t("PeopleWords", "Please keep the sign-in name shorter."),
        ("display_name", "empty"): t("PeopleWords", "Please type the person's name."),
        ("password", "too_short"): t("PeopleWords", "The password needs at least %1 "
                                                    "characters.").replace(
            "%1", str(params.get("minimum", 8))),
        ("password", "blank"): t("PeopleWords", "The password cannot be only spaces."),
        ("password", "same_as_name"): t("PeopleWords", "The password must not be the same "
                                                       "as the name."),
        ("password", "empty"): t("PeopleWords", "Please give a password."),
        ("old_password", "wrong"): t("PeopleWords", "Your current password is not right."),
        ("role", "last_admin"): t("PeopleWords", "This is the only administrator. Make "
                                                 "someone else an administrator first."),
        ("active", "last_admin"): t("PeopleWords", "This is the only administrator; the "
                                                   "company needs one."),
        ("active", "self"): t("PeopleWords", "You cannot deactivate yourself."),
        ("department", "empty"): t("PeopleWords", "Please type the department's name."),
        ("department", "taken"): t("PeopleWords", "There is already a department with "
                                                  "this name."),
        ("department", "not_empty"): t("PeopleWords", "People still work in this "
                                                      "department. Move them first."),
        ("department", "unknown"): t("PeopleWords", "This department no longer exists."),
        ("to", "self"): t("PeopleWords", "Nobody can hand over to themselves. Please "
                                         "choose a colleague."),
        ("to", "inactive"): t("PeopleWords", "%1 has been deactivated and cannot take over "
                                             "clients. Please choose an active "
                                             "colleague.").replace(
            "%1", str(params.get("name", ""))),
        ("to", "empty"): t("PeopleWords", "Please choose who takes over."),
        ("recipients", "empty"): t("PeopleWords", "Please choose the colleagues who share "
                                                  "the clients."),
        ("assignments", "empty"): t("PeopleWords", "Please tick at least one client."),
        ("by_grade", "empty"): t("PeopleWords", "Please choose a colleague for at least "
                                                "one grade."),
        ("deactivate", "clients_left"): t("PeopleWords", "Some clients would stay with this "
                                                         "person. Hand them all over before "
                                                         "deactivating."),
        ("deactivate", "self"): t("PeopleWords", "You cannot deactivate yourself."),
        ("deactivate", "last_admin"): t("PeopleWords", "This is the only administrator; the "
                                                       "company needs one."),
        ("from", "nothing"): t("PeopleWords", "This person holds nothing to hand over."),
        ("batch", "undone"): t("PeopleWords", "This handover has already been taken back."),
    }
    if key == ("department", "empty") and error.message.startswith("There is nobody"):
        return t("PeopleWords", "There is nobody else in that department to hand over to. "
                                "Choose colleagues by name instead.")
    return words.get(key, error.message)
