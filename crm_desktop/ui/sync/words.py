"""The status bar's words about where the data is, in the user's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QObject

translate = QCoreApplication.translate


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


class SyncWords(QObject):
    """Words with a count (lupdate marks plurals only in a QObject's tr())."""

    def ago(self, last_ok: datetime, now: datetime) -> str:
        minutes = max(0, int((now - last_ok).total_seconds() // 60))
        hours, days = minutes // 60, minutes // (60 * 24)
        if minutes < 1:
            return self.tr("Saved on this PC · shared with the office just now")
        if minutes < 60:
            return self.tr(
                "Saved on this PC · shared with the office %n minute(s) ago", "", minutes)
        if hours < 24:
            return self.tr(
                "Saved on this PC · shared with the office %n hour(s) ago", "", hours)
        return self.tr(
            "Saved on this PC · shared with the office %n day(s) ago", "", days)


def ago_text(last_ok: datetime, now: datetime) -> str:
    return SyncWords().ago(last_ok, now)


def status_text(state: SyncState, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    if not state.configured:
        return translate("SyncWords", "Saved on this PC")
    if state.running:
        if state.total > 0:
            return (translate("SyncWords", "Sharing… %1 of %2")
                    .replace("%1", count_text(state.done)).replace("%2", count_text(state.total)))
        return translate("SyncWords", "Sharing with the office…")
    if state.failed:
        return translate("SyncWords", "Not connected — your work is safe on this PC")
    if state.last_ok is None:
        return translate("SyncWords", "Saved on this PC · not shared with the office yet")
    return ago_text(state.last_ok, now)


def problem_text(code: str) -> str:
    """A plain sentence for a sync that did not finish (the worker's error code)."""
    if code == "not_connected":
        return translate(
            "SyncWords", "Could not reach the office server. Your work is safe on this PC; "
            "it will be shared when the connection is back.")
    if code == "connection_lost":
        return translate(
            "SyncWords", "The connection to the office server was lost. Nothing is lost; "
            "the next sharing finishes the job.")
    if code == "password_required":
        return translate(
            "SyncWords", "Please type your password for the office server in Settings.")
    if code == "cancelled":
        return translate(
            "SyncWords", "Sharing was stopped. What was shared so far is kept; "
            "the rest goes next time.")
    if code == "server_too_new":
        return translate(
            "SyncWords", "Please update CRM Desktop on this computer: the office server is "
            "newer.")
    return translate(
        "SyncWords", "Sharing with the office did not work this time. Your work is safe on "
        "this PC.")
