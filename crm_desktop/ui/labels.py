"""Words for kinds of record, fields and history actions, in the user's language.

Each string is written out in a translate() call so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def table_label(table: str) -> str:
    labels = {
        "company_setting": QCoreApplication.translate("Labels", "Company setting"),
        "department": QCoreApplication.translate("Labels", "Department"),
        "app_user": QCoreApplication.translate("Labels", "Person"),
        "client": QCoreApplication.translate("Labels", "Client"),
        "contact": QCoreApplication.translate("Labels", "Contact person"),
        "contact_key": QCoreApplication.translate("Labels", "Phone or e-mail key"),
        "activity": QCoreApplication.translate("Labels", "Activity"),
        "task": QCoreApplication.translate("Labels", "Follow-up"),
        "pipeline_stage": QCoreApplication.translate("Labels", "Sales stage"),
        "deal": QCoreApplication.translate("Labels", "Deal"),
        "comment": QCoreApplication.translate("Labels", "Comment"),
        "complaint": QCoreApplication.translate("Labels", "Complaint"),
        "product": QCoreApplication.translate("Labels", "Product"),
        "stock_movement": QCoreApplication.translate("Labels", "Stock movement"),
        "approval_flow": QCoreApplication.translate("Labels", "Approval route"),
        "approval_request": QCoreApplication.translate("Labels", "Approval request"),
        "approval_decision": QCoreApplication.translate("Labels", "Approval decision"),
        "audit_event": QCoreApplication.translate("Labels", "History entry"),
    }
    return labels.get(table, table)


def field_label(field: str) -> str:
    if not field:
        return ""
    labels = {
        "name": QCoreApplication.translate("Labels", "Name"),
        "company": QCoreApplication.translate("Labels", "Company"),
        "kind": QCoreApplication.translate("Labels", "Kind"),
        "phones": QCoreApplication.translate("Labels", "Phones"),
        "emails": QCoreApplication.translate("Labels", "E-mails"),
        "address": QCoreApplication.translate("Labels", "Address"),
        "website": QCoreApplication.translate("Labels", "Website"),
        "notes": QCoreApplication.translate("Labels", "Notes"),
        "owner_id": QCoreApplication.translate("Labels", "Owner"),
        "brought_in_by": QCoreApplication.translate("Labels", "Brought in by"),
        "department_id": QCoreApplication.translate("Labels", "Department"),
        "grade": QCoreApplication.translate("Labels", "Grade"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "source": QCoreApplication.translate("Labels", "Source"),
        "tags": QCoreApplication.translate("Labels", "Tags"),
        "title": QCoreApplication.translate("Labels", "Title"),
        "text": QCoreApplication.translate("Labels", "Text"),
        "deleted": QCoreApplication.translate("Labels", "In the Recycle Bin"),
        "display_name": QCoreApplication.translate("Labels", "Name"),
        "login": QCoreApplication.translate("Labels", "Sign-in name"),
        "role": QCoreApplication.translate("Labels", "Role"),
        "active": QCoreApplication.translate("Labels", "Active"),
        "password_hash": QCoreApplication.translate("Labels", "Password"),
        "due_at": QCoreApplication.translate("Labels", "Due"),
        "done_at": QCoreApplication.translate("Labels", "Done"),
        "value": QCoreApplication.translate("Labels", "Value"),
    }
    return labels.get(field, field)


def action_label(action: str) -> str:
    labels = {
        "create": QCoreApplication.translate("Labels", "Created"),
        "update": QCoreApplication.translate("Labels", "Changed"),
        "delete": QCoreApplication.translate("Labels", "Sent to the Recycle Bin"),
        "restore": QCoreApplication.translate("Labels", "Restored"),
        "merge": QCoreApplication.translate("Labels", "Merged"),
        "handover": QCoreApplication.translate("Labels", "Handed over"),
        "import": QCoreApplication.translate("Labels", "Imported"),
    }
    return labels.get(action, action)
