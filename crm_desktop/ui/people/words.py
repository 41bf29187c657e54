"""Plain words for roles, staff-view choices and the refusals of the people services."""

from __future__ import annotations

from PySide6.QtCore import QObject

from crm_desktop.services.errors import PermissionDenied, ServiceError, ValidationError


class PeopleWords(QObject):
    """The translation context of these words."""


def role_label(role: str) -> str:
    labels = {
        "staff": PeopleWords.tr("Staff"),
        "manager": PeopleWords.tr("Manager"),
        "admin": PeopleWords.tr("Administrator"),
    }
    return labels.get(role, role)


def staff_view_label(scope: str) -> str:
    labels = {
        "own": PeopleWords.tr("Only their own clients"),
        "department": PeopleWords.tr("All clients of their department"),
        "company": PeopleWords.tr("All clients of the company"),
    }
    return labels.get(scope, scope)


def error_text(error: ServiceError) -> str:
    """What went wrong, in the user's language; the English message only as a last resort."""
    params = error.params
    if isinstance(error, PermissionDenied):
        return PeopleWords.tr("You are not allowed to do this. Please ask an administrator.")
    if not isinstance(error, ValidationError):
        return error.message
    key = (error.field, error.reason)
    words = {
        ("login", "empty"): PeopleWords.tr("Please type a sign-in name."),
        ("login", "taken"): PeopleWords.tr("This sign-in name is already taken by %1. "
                                             "Please choose another.").replace(
            "%1", str(params.get("owner", ""))),
        ("login", "too_long"): PeopleWords.tr("Please keep the sign-in name shorter."),
        ("display_name", "empty"): PeopleWords.tr("Please type the person's name."),
        ("password", "too_short"): PeopleWords.tr("The password needs at least %1 "
                                                    "characters.").replace(
            "%1", str(params.get("minimum", 8))),
        ("password", "blank"): PeopleWords.tr("The password cannot be only spaces."),
        ("password", "same_as_name"): PeopleWords.tr("The password must not be the same "
                                                       "as the name."),
        ("password", "empty"): PeopleWords.tr("Please give a password."),
        ("old_password", "wrong"): PeopleWords.tr("Your current password is not right."),
        ("role", "last_admin"): PeopleWords.tr("This is the only administrator. Make "
                                                 "someone else an administrator first."),
        ("active", "last_admin"): PeopleWords.tr("This is the only administrator; the "
                                                   "company needs one."),
        ("active", "self"): PeopleWords.tr("You cannot deactivate yourself."),
        ("department", "empty"): PeopleWords.tr("Please type the department's name."),
        ("department", "taken"): PeopleWords.tr("There is already a department with "
                                                  "this name."),
        ("department", "not_empty"): PeopleWords.tr("People still work in this "
                                                      "department. Move them first."),
        ("department", "unknown"): PeopleWords.tr("This department no longer exists."),
        ("to", "self"): PeopleWords.tr("Nobody can hand over to themselves. Please "
                                         "choose a colleague."),
        ("to", "inactive"): PeopleWords.tr("%1 has been deactivated and cannot take over "
                                             "clients. Please choose an active "
                                             "colleague.").replace(
            "%1", str(params.get("name", ""))),
        ("to", "empty"): PeopleWords.tr("Please choose who takes over."),
        ("recipients", "empty"): PeopleWords.tr("Please choose the colleagues who share "
                                                  "the clients."),
        ("assignments", "empty"): PeopleWords.tr("Please tick at least one client."),
        ("by_grade", "empty"): PeopleWords.tr("Please choose a colleague for at least "
                                                "one grade."),
        ("deactivate", "clients_left"): PeopleWords.tr("Some clients would stay with this "
                                                         "person. Hand them all over before "
                                                         "deactivating."),
        ("deactivate", "self"): PeopleWords.tr("You cannot deactivate yourself."),
        ("deactivate", "last_admin"): PeopleWords.tr("This is the only administrator; the "
                                                       "company needs one."),
        ("from", "nothing"): PeopleWords.tr("This person holds nothing to hand over."),
        ("batch", "undone"): PeopleWords.tr("This handover has already been taken back."),
    }
    if key == ("department", "empty") and error.message.startswith("There is nobody"):
        return PeopleWords.tr("There is nobody else in that department to hand over to. "
                                "Choose colleagues by name instead.")
    return words.get(key, error.message)
