"""Gentle words for follow-ups: "Waiting since Tuesday", "Tomorrow at 9:00", "Phone call".

Each weekday phrase is a whole sentence of its own, because languages bend the
day's name differently ("со вторника", "в пятницу").
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

from crm_desktop.services.errors import ServiceError, ValidationError
from crm_desktop.services.followups import FollowUp, KeepInTouch


def kind_label(kind: str) -> str:
    labels = {
        "call": QCoreApplication.translate("Followups", "Phone call"),
        "visit": QCoreApplication.translate("Followups", "Visit"),
        "message": QCoreApplication.translate("Followups", "Message"),
        "meeting": QCoreApplication.translate("Followups", "Meeting"),
        "service": QCoreApplication.translate("Followups", "Service visit"),
        "note": QCoreApplication.translate("Followups", "Note"),
        "follow_up": QCoreApplication.translate("Followups", "Follow-up"),
        "history": QCoreApplication.translate("Followups", "Change"),
    }
    return labels.get(kind, kind)


def _since_weekday(day: int) -> str:
    return [
        QCoreApplication.translate("Followups", "Waiting since Monday"),
        QCoreApplication.translate("Followups", "Waiting since Tuesday"),
        QCoreApplication.translate("Followups", "Waiting since Wednesday"),
        QCoreApplication.translate("Followups", "Waiting since Thursday"),
        QCoreApplication.translate("Followups", "Waiting since Friday"),
        QCoreApplication.translate("Followups", "Waiting since Saturday"),
        QCoreApplication.translate("Followups", "Waiting since Sunday"),
    ][day]


def _on_weekday(day: int) -> str:
    return [
        QCoreApplication.translate("Followups", "On Monday"),
        QCoreApplication.translate("Followups", "On Tuesday"),
        QCoreApplication.translate("Followups", "On Wednesday"),
        QCoreApplication.translate("Followups", "On Thursday"),
        QCoreApplication.translate("Followups", "On Friday"),
        QCoreApplication.translate("Followups", "On Saturday"),
        QCoreApplication.translate("Followups", "On Sunday"),
    ][day]


def day_month(day: date) -> str:
    """ "12 March" in the user's language, without the year."""
    fmt = QCoreApplication.translate(
        "Followups", "d MMMM", "Qt date format for a day and month without the year"
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def time_text(moment: datetime, tz: tzinfo) -> str:
    local = moment.astimezone(tz)
    fmt = QCoreApplication.translate("Followups", "HH:mm", "Qt time format: hours and minutes")
    return QLocale().toString(QTime(local.hour, local.minute), fmt)


def _with_time(words: str, item: FollowUp, tz: tzinfo) -> str:
    if not item.has_time:
        return words
    return (QCoreApplication.translate("Followups", "%1 at %2")
            .replace("%1", words).replace("%2", time_text(item.due_at, tz)))


def when_words(item: FollowUp, today: date, tz: tzinfo) -> str:
    """How the Today page says when a follow-up is due: never "overdue", never red."""
    day = item.due_day
    if day < today:
        if day == today - timedelta(days=1):
            return QCoreApplication.translate("Followups", "Waiting since yesterday")
        if day > today - timedelta(days=7):
            return _since_weekday(day.weekday())
        return QCoreApplication.translate("Followups", "Waiting since %1").replace(
            "%1", day_month(day))
    if day == today:
        return _with_time(QCoreApplication.translate("Followups", "Today"), item, tz)
    if day == today + timedelta(days=1):
        return _with_time(QCoreApplication.translate("Followups", "Tomorrow"), item, tz)
    if day < today + timedelta(days=7):
        return _with_time(_on_weekday(day.weekday()), item, tz)
    return _with_time(day_month(day), item, tz)


class FollowupPlurals(QObject):
    """Sentences that change with a number ("1 day", "3 дня", "5 дней") live on a QObject,
    where the translation tools see their plural forms."""

    def no_contact(self, n: int) -> str:
        return self.tr("No contact with %1 for %n day(s)", "", n)

    def never_contacted(self, n: int) -> str:
        return self.tr("No contact with %1 yet; added %n day(s) ago", "", n)

    def rhythm(self, n: int) -> str:
        return self.tr("Grade %1 clients: about every %n day(s)", "", n)

    def due_today(self, n: int) -> str:
        return self.tr("%n follow-up(s) for today", "", n)

    def still_open(self, n: int) -> str:
        return self.tr("%n still open from before", "", n)


_PLURALS: FollowupPlurals | None = None


def plurals() -> FollowupPlurals:
    global _PLURALS
    if _PLURALS is None:
        _PLURALS = FollowupPlurals()
    return _PLURALS


def keep_in_touch_words(item: KeepInTouch) -> str:
    words = plurals()
    text = words.never_contacted(item.days) if item.never else words.no_contact(item.days)
    return text.replace("%1", item.client_name)


def rhythm_words(item: KeepInTouch) -> str:
    return plurals().rhythm(item.rhythm_days).replace("%1", item.grade)


def summary_words(waiting: int, today: int) -> str:
    """The start-up summary, kind and short."""
    if not waiting and not today:
        return QCoreApplication.translate("Followups", "Nothing is due today.")
    parts = []
    if today:
        parts.append(plurals().due_today(today))
    if waiting:
        parts.append(plurals().still_open(waiting))
    joined = parts[0] if len(parts) == 1 else (
        QCoreApplication.translate("Followups", "%1 and %2")
        .replace("%1", parts[0]).replace("%2", parts[1]))
    return QCoreApplication.translate("Followups", "%1.").replace("%1", joined)


def error_words(error: ServiceError) -> str:
    """A refused follow-up or activity in the user's language; nothing was changed."""
    if isinstance(error, ValidationError):
        reasons = {
            ("text", "empty"): QCoreApplication.translate(
                "Followups", "Please write a few words about what happened."),
            ("title", "empty"): QCoreApplication.translate(
                "Followups", "Please say what there is to do."),
            ("due_at", "past"): QCoreApplication.translate(
                "Followups", "That time has already passed. Choose another day or time."),
            ("happened_at", "future"): QCoreApplication.translate(
                "Followups", "That is still in the future. Please check the date."),
        }
        found = reasons.get((error.field, error.reason))
        if found:
            return found
        return QCoreApplication.translate(
            "Followups", "Something in the answers is not right, and nothing was saved. "
            "Please check them and try again.")
    if error.code == "not_found":
        return QCoreApplication.translate(
            "Followups", "This client or follow-up is not there any more, or it is not yours to "
            "open. Nothing was saved.")
    if error.code == "permission_denied":
        return QCoreApplication.translate(
            "Followups", "This belongs to someone else, so it cannot be changed here.")
    return QCoreApplication.translate(
        "Followups", "This could not be saved. Nothing was changed. Please try again.")
