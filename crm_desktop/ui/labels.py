"""Words for kinds of record, fields and history actions, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def table_label(table: str) -> str:
    labels = {
        "company_setting": _t("Company setting"),
        "department": _t("Department"),
        "app_user": _t("Person"),
        "client": _t("Client"),
        "contact": _t("Contact person"),
        "contact_key": _t("Phone or e-mail key"),
        "activity": _t("Activity"),
        "task": _t("Follow-up"),
        "pipeline_stage": _t("Sales stage"),
        "deal": _t("Deal"),
        "comment": _t("Comment"),
        "complaint": _t("Complaint"),
        "product": _t("Product"),
        "stock_movement": _t("Stock movement"),
        "approval_flow": _t("Approval route"),
        "approval_request": _t("Approval request"),
        "approval_decision": _t("Approval decision"),
        "audit_event": _t("History entry"),
    }
    return labels.get(table, table)


def field_label(field: str) -> str:
    labels = {
        "name": _t("Name"),
        "company": _t("Company"),
        "kind": _t("Kind"),
        "phones": _t("Phones"),
        "emails": _t("E-mails"),
        "address": _t("Address"),
        "website": _t("Website"),
        "notes": _t("Notes"),
        "owner_id": _t("Owner"),
        "brought_in_by": _t("Brought in by"),
        "department_id": _t("Department"),
        "grade": _t("Grade"),
        "status": _t("Status"),
        "source": _t("Source"),
        "tags": _t("Tags"),
        "title": _t("Title"),
        "text": _t("Text"),
        "deleted": _t("In the Recycle Bin"),
        "display_name": _t("Name"),
        "login": _t("Sign-in name"),
        "role": _t("Role"),
        "active": _t("Active"),
        "password_hash": _t("Password"),
        "due_at": _t("Due"),
        "done_at": _t("Done"),
        "value": _t("Value"),
    }
    return labels.get(field, field)


def action_label(action: str) -> str:
    labels = {
        "create": _t("Created"),
        "update": _t("Changed"),
        "delete": _t("Sent to the Recycle Bin"),
        "restore": _t("Restored"),
        "merge": _t("Merged"),
        "handover": _t("Handed over"),
        "import": _t("Imported"),
    }
    return labels.get(action, action)
