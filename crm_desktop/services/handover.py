"""Handing a leaver's (or mover's) clients and open work over to colleagues, history kept.

What moves with each client: its owner, its department (to the new owner's, when they
have one), and the leaver's open deals, open follow-up tasks and open complaints on it.
When every client of the leaver is handed over, the leaver's other open work (tasks
without a client, deals and complaints on other people's clients) goes to the first
recipient. `brought_in_by` never changes. Every moved record gets a "handover" history
line, and the whole handover shares one batch id so it can be taken back as a whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, object_session

from crm_desktop.domain.ids import new_id
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.store.base import SyncedMixin
from crm_desktop.store.models import (
    GRADES,
    AuditEvent,
    Client,
    Complaint,
    Deal,
    Task,
    User,
)
from crm_desktop.store.tracking import audit_context

MODES = ("one", "selection", "grade", "evenly")
OPEN_COMPLAINT = ("new", "in_progress")
HANDOVER = "handover"


@dataclass(frozen=True)
class Holdings:
    """What a person holds, counted."""

    user_id: str
    name: str
    clients: int
    open_deals: int
    open_tasks: int
    complaints: int

    @property
    def total(self) -> int:
        return self.clients + self.open_deals + self.open_tasks + self.complaints


@dataclass
class HandoverPlan:
    """Who leaves and how their clients are shared out.

    mode "one": everything to `to_user_id`; "selection": `assignments` client id -> user id
    (clients left out stay); "grade": `by_grade` grade -> user id (grades left out stay);
    "evenly": shared in turn among `recipients`, or among the active members of
    `department_id` when no recipients are named.
    """

    from_user_id: str
    mode: str = "one"
    to_user_id: str | None = None
    assignments: dict[str, str] = field(default_factory=dict)
    by_grade: dict[str, str] = field(default_factory=dict)
    recipients: list[str] = field(default_factory=list)
    department_id: str | None = None
    deactivate: bool = False


@dataclass(frozen=True)
class RecipientShare:
    user_id: str
    name: str
    clients: int
    open_deals: int
    open_tasks: int
    complaints: int
    client_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class HandoverResult:
    batch_id: str | None
    from_user_id: str
    from_name: str
    shares: tuple[RecipientShare, ...]
    staying: int
    deactivated: bool
    dry_run: bool

    @property
    def moved_clients(self) -> int:
        return sum(s.clients for s in self.shares)


@dataclass(frozen=True)
class UndoResult:
    batch_id: str
    restored: int
    skipped: int


@dataclass(frozen=True)
class ClientChoice:
    """One of the leaver's clients, for choosing by hand."""

    id: str
    name: str
    company: str
    grade: str


# -- reading ----------------------------------------------------------------------------


def _user(session: Session, user_id: str, what: str = "person") -> User:
    user = session.get(User, user_id)
    if user is None or user.deleted:
        raise NotFound(f"There is no such {what}.")
    return user


def _ensure_may_hand_over(actor: Actor, leaver: User) -> None:
    if actor.is_admin:
        return
    if actor.is_manager and leaver.department_id and leaver.department_id == actor.department_id:
        return
    raise PermissionDenied(
        "Only an administrator, or the manager of their department, can hand over "
        "someone's clients.")


def _clients_of(user_id: str) -> Select[tuple[Client]]:
    return select(Client).where(Client.owner_id == user_id, Client.deleted.is_(False))


def _open_deals(user_id: str) -> Select[tuple[Deal]]:
    return select(Deal).where(Deal.owner_id == user_id, Deal.deleted.is_(False),
                              Deal.status == "open")


def _open_tasks(user_id: str) -> Select[tuple[Task]]:
    return select(Task).where(Task.assignee_id == user_id, Task.deleted.is_(False),
                              Task.done_at.is_(None))


def _open_complaints(user_id: str) -> Select[tuple[Complaint]]:
    return select(Complaint).where(Complaint.assignee_id == user_id,
                                   Complaint.deleted.is_(False),
                                   Complaint.status.in_(OPEN_COMPLAINT))


def _count(session: Session, stmt: Select[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def holdings(session: Session, actor: Actor, user_id: str) -> Holdings:
    user = _user(session, user_id)
    _ensure_may_hand_over(actor, user)
    return Holdings(user.id, user.display_name,
                    _count(session, _clients_of(user.id)),
                    _count(session, _open_deals(user.id)),
                    _count(session, _open_tasks(user.id)),
                    _count(session, _open_complaints(user.id)))


def clients_to_choose(session: Session, actor: Actor, user_id: str) -> list[ClientChoice]:
    user = _user(session, user_id)
    _ensure_may_hand_over(actor, user)
    rows = session.scalars(_clients_of(user.id).order_by(Client.grade, Client.name)).all()
    return [ClientChoice(c.id, c.name, c.company, c.grade) for c in rows]


# -- planning ---------------------------------------------------------------------------


def _recipient(session: Session, leaver: User, user_id: str) -> User:
    if user_id == leaver.id:
        raise ValidationError("to", "self",
                              f"{leaver.display_name} cannot hand over to themselves. "
                              "Choose a colleague.", name=leaver.display_name)
    user = session.get(User, user_id)
    if user is None or user.deleted:
        raise ValidationError("to", "unknown", "There is no such colleague.")
    if not user.active:
        raise ValidationError("to", "inactive",
                              f"{user.display_name} has been deactivated and cannot take "
                              "over clients. Choose an active colleague.",
                              name=user.display_name)
    return user


def _department_members(session: Session, department_id: str, leaver: User) -> list[str]:
    return list(session.scalars(
        select(User.id).where(User.department_id == department_id, User.deleted.is_(False),
                              User.active.is_(True), User.id != leaver.id)
        .order_by(User.display_name)
    ).all())


def _assign(session: Session, plan: HandoverPlan, leaver: User,
            clients: Sequence[Client]) -> tuple[dict[str, str], list[str]]:
    """client id -> recipient id, and the recipients in order (the first takes the rest)."""
    if plan.mode not in MODES:
        raise ValidationError("mode", "choice", f"Choose one of {', '.join(MODES)}.")
    if plan.mode == "one":
        if not plan.to_user_id:
            raise ValidationError("to", "empty", "Please choose who takes over.")
        to = _recipient(session, leaver, plan.to_user_id).id
        return {c.id: to for c in clients}, [to]
    if plan.mode == "selection":
        own = {c.id for c in clients}
        chosen = {cid: uid for cid, uid in plan.assignments.items() if cid in own}
        if not chosen:
            raise ValidationError("assignments", "empty",
                                  "Please choose at least one client to hand over.")
        order = _ordered({uid for uid in chosen.values()}, plan.assignments.values())
        for uid in order:
            _recipient(session, leaver, uid)
        return chosen, order
    if plan.mode == "grade":
        wanted = {g: uid for g, uid in plan.by_grade.items() if uid and g in GRADES}
        if not wanted:
            raise ValidationError("by_grade", "empty",
                                  "Please choose a colleague for at least one grade.")
        order = _ordered(set(wanted.values()), [wanted[g] for g in GRADES if g in wanted])
        for uid in order:
            _recipient(session, leaver, uid)
        return {c.id: wanted[c.grade] for c in clients if c.grade in wanted}, order
    recipients = list(dict.fromkeys(plan.recipients))
    if not recipients and plan.department_id:
        recipients = _department_members(session, plan.department_id, leaver)
        if not recipients:
            raise ValidationError("department", "empty",
                                  "There is nobody else in that department to hand over to. "
                                  "Choose colleagues by name instead.")
    if not recipients:
        raise ValidationError("recipients", "empty",
                              "Please choose the colleagues who share the clients.")
    for uid in recipients:
        _recipient(session, leaver, uid)
    ordered = sorted(clients, key=lambda c: (c.grade, c.name, c.id))
    return {c.id: recipients[i % len(recipients)] for i, c in enumerate(ordered)}, recipients


def _ordered(ids: set[str], preferred: Iterable[str]) -> list[str]:
    return [uid for uid in dict.fromkeys(preferred) if uid in ids]


@dataclass
class _Move:
    """One planned change: record, field, new user id."""

    record: SyncedMixin
    field: str
    to: str


def _plan_moves(session: Session, plan: HandoverPlan, actor: Actor
                ) -> tuple[User, list[_Move], dict[str, str], list[str], int]:
    leaver = _user(session, plan.from_user_id)
    _ensure_may_hand_over(actor, leaver)
    clients = session.scalars(_clients_of(leaver.id)).all()
    if not clients and plan.mode != "one":
        raise ValidationError("from", "nothing", f"{leaver.display_name} holds no clients.")
    assignment, order = _assign(session, plan, leaver, clients)
    moves = [_Move(c, "owner_id", assignment[c.id]) for c in clients if c.id in assignment]
    everything = len(assignment) == len(clients)
    rest_to = order[0] if everything and order else None
    for stmt, fieldname, client_attr in (
        (_open_deals(leaver.id), "owner_id", "client_id"),
        (_open_tasks(leaver.id), "assignee_id", "client_id"),
        (_open_complaints(leaver.id), "assignee_id", "client_id"),
    ):
        for record in session.scalars(stmt).all():
            to = assignment.get(getattr(record, client_attr) or "", rest_to)
            if to is not None:
                moves.append(_Move(record, fieldname, to))
    staying = len(clients) - len(assignment)
    return leaver, moves, assignment, order, staying


def _shares(session: Session, moves: list[_Move], order: list[str]) -> tuple[RecipientShare, ...]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    names: dict[str, list[str]] = defaultdict(list)
    for move in moves:
        kind = move.record.__tablename__  # type: ignore[attr-defined]
        counts[move.to][kind] += 1
        if isinstance(move.record, Client):
            names[move.to].append(move.record.name)
    result = []
    for uid in order:
        user = _user(session, uid)
        c = counts[uid]
        result.append(RecipientShare(uid, user.display_name, c["client"], c["deal"], c["task"],
                                     c["complaint"], tuple(sorted(names[uid])[:50])))
    return tuple(result)


# -- doing ------------------------------------------------------------------------------


def preview_handover(session: Session, actor: Actor, plan: HandoverPlan) -> HandoverResult:
    """What `hand_over` would do, per recipient; changes nothing."""
    leaver, moves, _assignment, order, staying = _plan_moves(session, plan, actor)
    _check_deactivation(plan, leaver, actor, staying)
    return HandoverResult(None, leaver.id, leaver.display_name, _shares(session, moves, order),
                          staying, plan.deactivate, True)


def _check_deactivation(plan: HandoverPlan, leaver: User, actor: Actor, staying: int) -> None:
    if not plan.deactivate:
        return
    if not actor.is_admin:
        raise PermissionDenied("Only an administrator can deactivate a person.")
    if leaver.id == actor.id:
        raise ValidationError("deactivate", "self", "You cannot deactivate yourself.")
    if staying:
        raise ValidationError("deactivate", "clients_left",
                              f"{leaver.display_name} would still hold {staying} clients. "
                              "Hand them all over before deactivating.", staying=staying)
    if leaver.role == "admin" and not _other_active_admins(leaver):
        raise ValidationError("deactivate", "last_admin",
                              "This is the only administrator; the company needs one.")


def _other_active_admins(leaver: User) -> int:
    session = object_session(leaver)
    if session is None:
        return 0
    return int(session.scalar(
        select(func.count()).select_from(User).where(
            User.deleted.is_(False), User.active.is_(True), User.role == "admin",
            User.id != leaver.id)
    ) or 0)


def hand_over(session: Session, actor: Actor, plan: HandoverPlan, *,
              dry_run: bool = False) -> HandoverResult:
    """Move the records; one batch, one transaction. Nothing changes if anything is wrong."""
    if dry_run:
        return preview_handover(session, actor, plan)
    leaver, moves, _assignment, order, staying = _plan_moves(session, plan, actor)
    _check_deactivation(plan, leaver, actor, staying)
    if not moves and not plan.deactivate:
        raise ValidationError("from", "nothing",
                              f"{leaver.display_name} holds nothing to hand over.")
    batch = new_id()
    recipients = {uid: _user(session, uid) for uid in order}
    with audit_context(session, batch_id=batch):
        by_recipient: dict[str, list[_Move]] = defaultdict(list)
        for move in moves:
            by_recipient[move.to].append(move)
        for uid, group in by_recipient.items():
            to = recipients[uid]
            reason = (f"handed over from {leaver.display_name} to {to.display_name} "
                      f"by {actor.name}")
            session.info["audit_reason"] = reason
            for move in group:
                setattr(move.record, move.field, to.id)
                if isinstance(move.record, Client) and to.department_id:
                    move.record.department_id = to.department_id
                session.add(_handover_event(actor, move, leaver, to, reason, batch))
            session.flush()
        if plan.deactivate:
            session.info["audit_reason"] = f"deactivated after handover by {actor.name}"
            leaver.active = False
            session.flush()
    return HandoverResult(batch, leaver.id, leaver.display_name, _shares(session, moves, order),
                          staying, plan.deactivate, False)


def _handover_event(actor: Actor, move: _Move, leaver: User, to: User, reason: str,
                    batch: str) -> AuditEvent:
    return AuditEvent(
        table_name=move.record.__tablename__,  # type: ignore[attr-defined]
        record_id=move.record.id,
        action=HANDOVER,
        field=move.field,
        old_value=leaver.display_name,
        new_value=to.display_name,
        user_id=actor.id,
        user_name=actor.name,
        reason=reason,
        batch_id=batch,
    )


_MODELS: dict[str, type[SyncedMixin]] = {
    "client": Client, "deal": Deal, "task": Task, "complaint": Complaint, "app_user": User,
}
_REVERSIBLE = {"owner_id", "assignee_id", "department_id", "active"}


def _typed(fieldname: str, text: str | None) -> object:
    if fieldname == "active":
        return text == "true"
    return text


def undo_handover(session: Session, actor: Actor, batch_id: str) -> UndoResult:
    """Take a whole handover back. A record changed again since is left as it is (skipped)."""
    if not (actor.is_admin or actor.is_manager):
        raise PermissionDenied("Only a manager or an administrator can take a handover back.")
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.batch_id == batch_id, AuditEvent.action == "update")
        .order_by(AuditEvent.hlc.desc())
    ).all()
    if not any(True for _ in events):
        raise NotFound("There is no such handover.")
    leaver_id = next((e.old_value for e in events
                      if e.field in ("owner_id", "assignee_id") and e.old_value), None)
    leaver = session.get(User, leaver_id) if leaver_id else None
    if leaver is None or not actor.is_admin:
        if leaver is None:
            raise PermissionDenied("Only an administrator can take this handover back.")
        _ensure_may_hand_over(actor, leaver)
    if session.scalar(select(AuditEvent.id).where(
            AuditEvent.reason == f"undo:{batch_id}").limit(1)) is not None:
        raise ValidationError("batch", "undone", "This handover has already been taken back.")
    undo_batch = new_id()
    restored = skipped = 0
    with audit_context(session, batch_id=undo_batch, audit_reason=f"undo:{batch_id}"):
        for event_row in events:
            model = _MODELS.get(event_row.table_name)
            if model is None or event_row.field not in _REVERSIBLE:
                continue
            record = session.get(model, event_row.record_id)
            if record is None:
                skipped += 1
                continue
            current = getattr(record, event_row.field)
            if current != _typed(event_row.field, event_row.new_value):
                skipped += 1
                continue
            setattr(record, event_row.field, _typed(event_row.field, event_row.old_value))
            if event_row.field in ("owner_id", "assignee_id"):
                session.add(AuditEvent(
                    table_name=event_row.table_name, record_id=event_row.record_id,
                    action=HANDOVER, field=event_row.field,
                    old_value=_name(session, event_row.new_value),
                    new_value=_name(session, event_row.old_value),
                    user_id=actor.id, user_name=actor.name,
                    reason=f"handover taken back by {actor.name}", batch_id=undo_batch))
                restored += 1
        session.flush()
    return UndoResult(batch_id, restored, skipped)


def _name(session: Session, user_id: str | None) -> str:
    user = session.get(User, user_id) if user_id else None
    return user.display_name if user is not None else ""


@dataclass(frozen=True)
class PastHandover:
    batch_id: str
    at: str
    by: str
    reason: str
    records: int


def recent_handovers(session: Session, actor: Actor, limit: int = 20) -> list[PastHandover]:
    """The latest handovers (for taking one back), newest first."""
    if not (actor.is_admin or actor.is_manager):
        raise PermissionDenied("Only a manager or an administrator can see handovers.")
    rows = session.execute(
        select(AuditEvent.batch_id, func.min(AuditEvent.created_at), func.min(AuditEvent.user_name),
               func.min(AuditEvent.reason), func.count())
        .where(AuditEvent.action == HANDOVER, AuditEvent.batch_id.is_not(None),
               AuditEvent.reason.not_like("handover taken back%"))
        .group_by(AuditEvent.batch_id)
        .order_by(func.min(AuditEvent.created_at).desc())
        .limit(limit)
    ).tuples().all()
    return [PastHandover(str(b), at.isoformat() if at else "", str(by), str(reason), int(n))
            for b, at, by, reason, n in rows]
