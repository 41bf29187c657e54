"""The company's records. Every table here is synced; local-only tables live in local.py."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, Numeric, String, Table, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import ID, Base, SyncedMixin

ROLES = ("staff", "manager", "admin")
CLIENT_KINDS = ("company", "person")
GRADES = ("A", "B", "C")
CLIENT_STATUSES = ("lead", "active", "inactive")
ACTIVITY_KINDS = ("call", "visit", "message", "meeting", "service", "note")
DEAL_STATUSES = ("open", "won", "lost")
COMPLAINT_STATUSES = ("new", "in_progress", "resolved", "closed")
APPROVAL_STATUSES = ("pending", "approved", "rejected", "withdrawn")


class CompanySetting(SyncedMixin, Base):
    """Company-wide settings (name, who sees what, contact rhythms), one row per key."""

    __tablename__ = "company_setting"
    __record_label__ = "key"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Department(SyncedMixin, Base):
    __tablename__ = "department"

    name: Mapped[str] = mapped_column(String(120))


class User(SyncedMixin, Base):
    __tablename__ = "app_user"

    login: Mapped[str] = mapped_column(String(80), index=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16), default="staff")
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    password_hash: Mapped[str] = mapped_column(String(255), default="")
    active: Mapped[bool] = mapped_column(default=True)

    __record_label__ = "display_name"


class Client(SyncedMixin, Base):
    __tablename__ = "client"
    __table_args__ = (
        Index("ix_client_owner_deleted", "owner_id", "deleted"),
        # The client list's order (live clients by name): its first window reads 200 index
        # entries instead of sorting the table, and keyset paging continues from any row.
        Index("ix_client_list_order", "deleted", "name", "id", info={"local_only": True}),
        # A search joins its matches to clients by id: with deleted and name beside the id,
        # counting and sorting the matches reads this index, not every matching row.
        Index("ix_client_search_join", "id", "deleted", "name", info={"local_only": True}),
        # History looks for the clients merged into this one on every card opening.
        Index("ix_client_merged_into_id", "merged_into_id", info={"local_only": True}),
    )

    kind: Mapped[str] = mapped_column(String(16), default="company")
    name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str] = mapped_column(String(200), default="")
    phones: Mapped[list[str]] = mapped_column(default=list)
    emails: Mapped[list[str]] = mapped_column(default=list)
    address: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(String(255), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    brought_in_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    brought_in_at: Mapped[datetime | None] = mapped_column()
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"), index=True)
    grade: Mapped[str] = mapped_column(String(1), default="C")
    status: Mapped[str] = mapped_column(String(16), default="active")
    source: Mapped[str] = mapped_column(String(120), default="")
    tags: Mapped[list[str]] = mapped_column(default=list)
    last_contact_at: Mapped[datetime | None] = mapped_column()
    merged_into_id: Mapped[str | None] = mapped_column(ID)


class Contact(SyncedMixin, Base):
    """A person at a client company."""

    __tablename__ = "contact"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(120), default="")
    phones: Mapped[list[str]] = mapped_column(default=list)
    emails: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")


class ContactKey(SyncedMixin, Base):
    """The duplicate-check directory: normalised phone/email keys every PC may hold.

    It reveals only who owns the matching client, never the client's details.
    """

    __tablename__ = "contact_key"
    __table_args__ = (Index("ix_contact_key_kind_value", "kind", "value"),)
    __record_label__ = "value"

    kind: Mapped[str] = mapped_column(String(8))
    value: Mapped[str] = mapped_column(String(255))
    client_id: Mapped[str] = mapped_column(ID, index=True)
    owner_id: Mapped[str | None] = mapped_column(ID)
    department_id: Mapped[str | None] = mapped_column(ID)


class Activity(SyncedMixin, Base):
    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_client_when", "client_id", "happened_at"),)
    __record_label__ = "text"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"))
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="note")
    happened_at: Mapped[datetime] = mapped_column()
    text: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")


class Task(SyncedMixin, Base):
    """A follow-up reminder: what to do, for which client, by when."""

    __tablename__ = "task"
    __table_args__ = (Index("ix_task_assignee_due", "assignee_id", "done_at", "due_at"),)
    __record_label__ = "title"

    client_id: Mapped[str | None] = mapped_column(ForeignKey("client.id"), index=True)
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    title: Mapped[str] = mapped_column(String(500))
    due_at: Mapped[datetime] = mapped_column()
    has_time: Mapped[bool] = mapped_column(default=False)
    done_at: Mapped[datetime | None] = mapped_column()
    activity_id: Mapped[str | None] = mapped_column(ID)


class PipelineStage(SyncedMixin, Base):
    __tablename__ = "pipeline_stage"

    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    probability: Mapped[int] = mapped_column(Integer, default=0)
    checklist: Mapped[list[str]] = mapped_column(default=list)


class Deal(SyncedMixin, Base):
    __tablename__ = "deal"
    __record_label__ = "title"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    stage_id: Mapped[str | None] = mapped_column(ForeignKey("pipeline_stage.id"))
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    expected_close: Mapped[datetime | None] = mapped_column()
    status: Mapped[str] = mapped_column(String(8), default="open")


class Comment(SyncedMixin, Base):
    """A manager's guidance on any record."""

    __tablename__ = "comment"
    __table_args__ = (Index("ix_comment_target", "target_table", "target_id"),)
    __record_label__ = "text"

    target_table: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[str] = mapped_column(ID)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    text: Mapped[str] = mapped_column(Text)


class Complaint(SyncedMixin, Base):
    __tablename__ = "complaint"
    __record_label__ = "title"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="new")
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    resolution: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[datetime | None] = mapped_column()


class Product(SyncedMixin, Base):
    __tablename__ = "product"

    sku: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(16), default="")
    low_stock_level: Mapped[int] = mapped_column(Integer, default=0)


class StockMovement(SyncedMixin, Base):
    """Append-only: stock is the sum of movements, so two PCs never lose each other's updates."""

    __tablename__ = "stock_movement"
    __append_only__ = True
    __record_label__ = "reason"

    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200), default="")


class ApprovalFlow(SyncedMixin, Base):
    """Ordered steps; each step names a role, a department or a person."""

    __tablename__ = "approval_flow"

    name: Mapped[str] = mapped_column(String(200))
    steps: Mapped[list[str]] = mapped_column(default=list)


class ApprovalRequest(SyncedMixin, Base):
    __tablename__ = "approval_request"
    __record_label__ = "title"

    flow_id: Mapped[str] = mapped_column(ForeignKey("approval_flow.id"))
    title: Mapped[str] = mapped_column(String(200))
    target_table: Mapped[str] = mapped_column(String(40), default="")
    target_id: Mapped[str | None] = mapped_column(ID)
    requested_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    current_step: Mapped[int] = mapped_column(Integer, default=0)


class ApprovalDecision(SyncedMixin, Base):
    __tablename__ = "approval_decision"
    __append_only__ = True
    __record_label__ = "decision"

    request_id: Mapped[str] = mapped_column(ForeignKey("approval_request.id"), index=True)
    step: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(String(16))
    decided_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class AuditEvent(SyncedMixin, Base):
    """Append-only history: who, when, which record, which field, old -> new."""

    __tablename__ = "audit_event"
    __append_only__ = True
    __table_args__ = (Index("ix_audit_event_record", "table_name", "record_id"),)
    __record_label__ = "action"

    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(ID)
    action: Mapped[str] = mapped_column(String(24))
    field: Mapped[str] = mapped_column(String(64), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[str | None] = mapped_column(ID)
    user_name: Mapped[str] = mapped_column(String(120), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    batch_id: Mapped[str | None] = mapped_column(ID, index=True)


SYNCED_MODELS: tuple[type[SyncedMixin], ...] = (
    CompanySetting,
    Department,
    User,
    Client,
    Contact,
    ContactKey,
    Activity,
    Task,
    PipelineStage,
    Deal,
    Comment,
    Complaint,
    Product,
    StockMovement,
    ApprovalFlow,
    ApprovalRequest,
    ApprovalDecision,
    AuditEvent,
)


def _tombstone_index(model: type[SyncedMixin]) -> Index:
    """The Recycle Bin's index: only the deleted rows (``WHERE deleted = 1``), never live ones."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    return Index(f"ix_{table.name}_deleted", table.c.deleted,
                 sqlite_where=table.c.deleted == true(), info={"tombstones": True})


for _model in SYNCED_MODELS:
    _tombstone_index(_model)

MODELS_BY_TABLE: dict[str, type[SyncedMixin]] = {
    m.__tablename__: m for m in SYNCED_MODELS  # type: ignore[attr-defined]
}
