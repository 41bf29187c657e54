"""E-mail address normalising for storage and duplicate matching."""

from __future__ import annotations

import re
import unicodedata

MAX_LENGTH = 254
MAX_LOCAL_LENGTH = 64
MAX_LABEL_LENGTH = 63

_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")
# Characters that need quoting in a local part; quoted local parts are not accepted.
_LOCAL_FORBIDDEN = set('()<>[]:;,"\\')


class EmailError(ValueError):
    """Text that is not a usable e-mail address; ``reason`` is a stable code for the UI."""

    REASONS = ("empty", "no_at", "bad_domain", "too_long", "bad_local")

    def __init__(self, reason: str, raw: str = "") -> None:
        super().__init__(f"{reason}: {raw!r}")
        self.reason = reason
        self.raw = raw


def _normalize_domain(domain: str, raw: str) -> str:
    if not domain or any(ch.isspace() for ch in domain):
        raise EmailError("bad_domain", raw)
    try:
        ascii_domain = domain.lower().encode("idna").decode("ascii").lower()
    except UnicodeError as exc:
        raise EmailError("bad_domain", raw) from exc
    labels = ascii_domain.split(".")
    if len(labels) < 2:
        raise EmailError("bad_domain", raw)
    for label in labels:
        if len(label) > MAX_LABEL_LENGTH or not _LABEL.fullmatch(label):
            raise EmailError("bad_domain", raw)
    if labels[-1].isdigit():
        raise EmailError("bad_domain", raw)
    return ascii_domain


def _check_local(local: str, raw: str) -> None:
    if not local or local.startswith(".") or local.endswith(".") or ".." in local:
        raise EmailError("bad_local", raw)
    for ch in local:
        if ch.isspace() or ch in _LOCAL_FORBIDDEN or unicodedata.category(ch).startswith("C"):
            raise EmailError("bad_local", raw)
    if len(local.encode("utf-8")) > MAX_LOCAL_LENGTH:
        raise EmailError("too_long", raw)


def normalize_email(raw: str) -> str:
    """Canonical form: NFKC, whole address lower-cased, domain IDNA-encoded.

    The local part is lower-cased too although RFC 5321 lets it be case
    sensitive: no real mail provider treats it so, and duplicate matching must
    see ``Ivan@Mail.ru`` and ``ivan@mail.ru`` as the same person.
    Raises :class:`EmailError`.
    """
    text = unicodedata.normalize("NFKC", raw).strip()
    if text[:7].lower() == "mailto:":
        text = text[7:].strip()
    if not text:
        raise EmailError("empty", raw)
    if len(text) > MAX_LENGTH:
        raise EmailError("too_long", raw)
    count = text.count("@")
    if count == 0:
        raise EmailError("no_at", raw)
    if count > 1:
        raise EmailError("bad_local", raw)
    local, domain = text.split("@")
    _check_local(local, raw)
    address = f"{local.lower()}@{_normalize_domain(domain, raw)}"
    if len(address) > MAX_LENGTH:
        raise EmailError("too_long", raw)
    return address
