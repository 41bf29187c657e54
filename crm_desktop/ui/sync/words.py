"""The status bar's words about where the data is, in the user's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SyncWords", text, None, n)


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows: set up or not, running, last success, last failure."""

    configured: bool = False
    running: bool = False
    done: int = 0
    total: int = 0
    last_ok: datetime | None = None
    failed: bool = False


def count_text(value: int) -> str:
    """A count as the language writes it ("1 200" in Russian, "1,200" in English)."""
    return QLocale().toString(value)


def ago_text(last_ok: datetime, now: datetime) -> str:
    minutes = max(0, int((now - last_ok).total_seconds() // 60))
    if minutes < 1:
        return _tr("Saved on this PC · shared with the office just now")
    if minutes < 60:
        return _tr("Saved on this PC · shared with the office %n minute(s) ago", minutes)
    hours = minutes // 60
    if hours < 24:
        return _tr("Saved on this PC · shared with the office %n hour(s) ago", hours)
    return _tr("Saved on this PC · shared with the office %n day(s) ago", hours // 24)


def status_text(state: SyncState, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    if not state.configured:
        return _tr("Saved on this PC")
    if state.running:
        if state.total > 0:
            return (_tr("Sharing… %1 of %2")
                    .replace("%1", count_text(state.done)).replace("%2", count_text(state.total)))
        return _tr("Sharing with the office…")
    if state.failed:
        return _tr("Not connected — your work is safe on this PC")
    if state.last_ok is None:
        return _tr("Saved on this PC · not shared with the office yet")
    return ago_text(state.last_ok, now)


def problem_text(code: str) -> str:
    """A plain sentence for a sync that did not finish (the worker's error code)."""
    texts = {
        "not_connected": _tr("Could not reach the office server. Your work is safe on this PC; "
                             "it will be shared when the connection is back."),
        "connection_lost": _tr("The connection to the office server was lost. Nothing is lost; "
                               "the next sharing finishes the job."),
        "password_required": _tr("Please type your password for the office server in "
                                 "Settings."),
        "cancelled": _tr("Sharing was stopped. What was shared so far is kept; the rest goes "
                         "next time."),
        "server_too_new": _tr("Please update CRM Desktop on this computer: the office server "
                              "is newer."),
    }
    return texts.get(code, _tr("Sharing with the office did not work this time. Your work is "
                               "safe on this PC."))
