"""Problems with typed client data, in the user's words and language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.duplicates import DuplicateMatch
from crm_desktop.services.errors import ValidationError


def problem_text(error: ValidationError) -> str:
    """What is wrong and how to fix it, for the label beside the field."""
    reason = error.reason
    value = str(error.params.get("value", ""))
    texts = {
        "empty": QCoreApplication.translate("ClientMessages", "Please fill this in."),
        "too_long": QCoreApplication.translate(
            "ClientMessages", "This is too long. Please shorten it to %1 characters or fewer."
        ),
        "emoji": QCoreApplication.translate(
            "ClientMessages", "Please remove the emoji or picture symbols."
        ),
        "mixed_scripts": QCoreApplication.translate(
            "ClientMessages",
            "A word here mixes alphabets (for example Latin and Cyrillic letters). "
            "Check the keyboard language and type it again.",
        ),
        "control_characters": QCoreApplication.translate(
            "ClientMessages", "This contains invisible characters. Please type it again."
        ),
        "too_many": QCoreApplication.translate(
            "ClientMessages", "Too many entries. At most %1 are allowed."
        ),
        "choice": QCoreApplication.translate(
            "ClientMessages", "Please choose one of the offered values."
        ),
        "phone_empty": QCoreApplication.translate(
            "ClientMessages", "Please type the phone number."
        ),
        "phone_too_short": QCoreApplication.translate(
            "ClientMessages", "“%2” is too short for a phone number. Check the digits."
        ),
        "phone_too_long": QCoreApplication.translate(
            "ClientMessages", "“%2” is too long for a phone number. Check the digits."
        ),
        "phone_invalid": QCoreApplication.translate(
            "ClientMessages",
            "“%2” is not a phone number. Type it with digits, for example 138 0013 8000.",
        ),
        "email_empty": QCoreApplication.translate(
            "ClientMessages", "Please type the e-mail address."
        ),
        "email_no_at": QCoreApplication.translate(
            "ClientMessages", "“%2” has no @. An e-mail address looks like name@example.com."
        ),
        "email_bad_domain": QCoreApplication.translate(
            "ClientMessages",
            "The part after @ in “%2” is not right. It should look like example.com.",
        ),
        "email_bad_local": QCoreApplication.translate(
            "ClientMessages", "The part before @ in “%2” is not right. Check for spaces."
        ),
        "email_too_long": QCoreApplication.translate(
            "ClientMessages", "“%2” is too long for an e-mail address."
        ),
        "unknown_user": QCoreApplication.translate(
            "ClientMessages", "Please choose a colleague from the list."
        ),
    }
    text = texts.get(
        reason, QCoreApplication.translate("ClientMessages", "Please check this field.")
    )
    return text.replace("%1", str(error.params.get("max", ""))).replace("%2", value)


def reason_words(match: DuplicateMatch) -> str:
    words = {
        "phone": QCoreApplication.translate("ClientMessages", "the same phone number"),
        "email": QCoreApplication.translate("ClientMessages", "the same e-mail address"),
        "name": QCoreApplication.translate("ClientMessages", "a very similar name"),
        "company": QCoreApplication.translate("ClientMessages", "a company of the same name"),
        "contact": QCoreApplication.translate(
            "ClientMessages", "a contact person of the same name"
        ),
        "same_company": QCoreApplication.translate("ClientMessages", "the same company"),
    }
    return QCoreApplication.translate("ClientMessages", ", ").join(
        words[r] for r in match.reasons if r in words
    )


def match_text(match: DuplicateMatch) -> str:
    """ "This phone number already belongs to 张伟, 华东贸易 (owner 王芳)" and kin."""
    if match.visible:
        who = match.client_name or ""
        if match.client_company:
            who = (
                QCoreApplication.translate("ClientMessages", "%1, %2")
                .replace("%1", who)
                .replace("%2", match.client_company)
            )
        text = QCoreApplication.translate("ClientMessages", "%1 (owner %2) has %3.")
        return (
            text.replace("%1", who)
            .replace(
                "%2", match.owner_name or QCoreApplication.translate("ClientMessages", "nobody")
            )
            .replace("%3", reason_words(match))
        )
    owner = match.owner_name or QCoreApplication.translate("ClientMessages", "nobody")
    if match.department_name:
        owner = (
            QCoreApplication.translate("ClientMessages", "%1, %2")
            .replace("%1", owner)
            .replace("%2", match.department_name)
        )
    text = QCoreApplication.translate(
        "ClientMessages", "A client of %1 has %2. You cannot open it, but you can ask them."
    )
    return text.replace("%1", owner).replace("%2", reason_words(match))
