"""Checking what a person typed for a client or contact, field by field.

Each problem is a ValidationError(field, reason, message) with a stable reason
the interface turns into words in the user's language:
``empty``, ``too_long`` (params ``max``), ``emoji``, ``mixed_scripts``,
``control_characters``, ``too_many`` (params ``max``), ``choice``, and for
phones and e-mails the reasons of PhoneError / EmailError (params ``index``,
``value``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from crm_desktop.domain.emails import EmailError, normalize_email
from crm_desktop.domain.phones import Phone, PhoneError, normalize_phone
from crm_desktop.services.errors import ValidationError

MAX_LENGTH = {
    "name": 200,
    "company": 200,
    "title": 120,
    "address": 500,
    "website": 255,
    "notes": 5000,
    "source": 120,
    "tag": 40,
}
MAX_PHONES = 10
MAX_EMAILS = 10
MAX_TAGS = 20

_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_EMOJI_RANGES = (
    (0x1F000, 0x1FAFF),
    (0x2600, 0x27BF),
    (0x1F900, 0x1F9FF),
    (0xFE0F, 0xFE0F),
    (0x200D, 0x200D),
    (0x2B00, 0x2BFF),
)


def has_emoji(text: str) -> bool:
    for ch in text:
        code = ord(ch)
        if any(lo <= code <= hi for lo, hi in _EMOJI_RANGES):
            return True
        if unicodedata.category(ch) == "So" and code > 0x2100:
            return True
    return False


def _script(ch: str) -> str | None:
    if _HAN.match(ch):
        return "han"
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(script):
            return script.lower()
    return "other"


def has_mixed_scripts(text: str) -> bool:
    """Cyrillic next to Han anywhere, or Latin and Cyrillic letters inside one word.

    "Zhang Wei 张伟" and "ООО Ромашка Ltd" are fine; "Иvanов" (a keyboard
    layout slip or a look-alike letter) and "张Иван" are not.
    """
    scripts = {_script(ch) for ch in text} - {None}
    if "han" in scripts and ("cyrillic" in scripts or "greek" in scripts):
        return True
    for word in re.findall(r"[^\W\d_]+", text):
        inner = {_script(ch) for ch in word} - {None, "han"}
        if len(inner) > 1:
            return True
    return False


def _has_control(text: str, multiline: bool) -> bool:
    for ch in text:
        if multiline and ch in "\n\t":
            continue
        if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200d":
            return True
    return False


def clean_text(
    field: str,
    value: str,
    *,
    required: bool = False,
    limit: str | None = None,
    allow_emoji: bool = False,
    check_scripts: bool = False,
    multiline: bool = False,
) -> str:
    """Trimmed text (inner runs of spaces collapsed unless multiline), or a ValidationError."""
    text = unicodedata.normalize("NFC", value or "")
    text = "\n".join(line.strip() for line in text.strip().splitlines()) if multiline else (
        " ".join(text.split())
    )
    if not text:
        if required:
            raise ValidationError(field, "empty", f"Please fill in the {field}.")
        return ""
    maximum = MAX_LENGTH[limit or field]
    if len(text) > maximum:
        raise ValidationError(
            field, "too_long", f"The {field} is too long: at most {maximum} characters.",
            max=maximum, length=len(text),
        )
    if not allow_emoji and has_emoji(text):
        raise ValidationError(field, "emoji", f"The {field} cannot contain emoji or pictures.")
    if _has_control(text, multiline):
        raise ValidationError(
            field, "control_characters", f"The {field} contains invisible control characters."
        )
    if check_scripts and has_mixed_scripts(text):
        raise ValidationError(
            field, "mixed_scripts",
            f"The {field} mixes alphabets in one word (for example Latin and Cyrillic letters).",
        )
    return text


def stored_phone(phone: Phone) -> str:
    """How a phone is kept: E.164, with ";ext=N" when there is an extension."""
    return f"{phone.e164};ext={phone.extension}" if phone.extension else phone.e164


def display_phone(stored: str) -> str:
    """A stored phone in international format for showing."""
    e164, _, ext = stored.partition(";ext=")
    try:
        text = normalize_phone(e164).display()
    except PhoneError:
        text = e164
    return f"{text} ext. {ext}" if ext else text


def clean_phones(field: str, values: Iterable[str], region: str = "CN") -> list[str]:
    found: dict[str, None] = {}
    items = [v for v in values if v and v.strip()]
    if len(items) > MAX_PHONES:
        raise ValidationError(field, "too_many", f"At most {MAX_PHONES} phone numbers.",
                              max=MAX_PHONES)
    for index, raw in enumerate(items):
        try:
            phone = normalize_phone(raw, region)
        except PhoneError as exc:
            raise ValidationError(
                field, f"phone_{exc.reason}", f"{raw!r} is not a phone number ({exc.reason}).",
                index=index, value=raw,
            ) from None
        found.setdefault(stored_phone(phone), None)
    return list(found)


def clean_emails(field: str, values: Iterable[str]) -> list[str]:
    found: dict[str, None] = {}
    items = [v for v in values if v and v.strip()]
    if len(items) > MAX_EMAILS:
        raise ValidationError(field, "too_many", f"At most {MAX_EMAILS} e-mail addresses.",
                              max=MAX_EMAILS)
    for index, raw in enumerate(items):
        try:
            found.setdefault(normalize_email(raw), None)
        except EmailError as exc:
            raise ValidationError(
                field, f"email_{exc.reason}", f"{raw!r} is not an e-mail address ({exc.reason}).",
                index=index, value=raw,
            ) from None
    return list(found)


def clean_tags(values: Iterable[str]) -> list[str]:
    found: dict[str, None] = {}
    for raw in values:
        tag = clean_text("tags", raw, limit="tag")
        if tag:
            found.setdefault(tag, None)
    if len(found) > MAX_TAGS:
        raise ValidationError("tags", "too_many", f"At most {MAX_TAGS} tags.", max=MAX_TAGS)
    return list(found)


def clean_choice(field: str, value: str, choices: Iterable[str]) -> str:
    options = tuple(choices)
    if value not in options:
        raise ValidationError(field, "choice", f"Choose one of {', '.join(options)}.",
                              choices=options)
    return value


def split_list(text: str) -> list[str]:
    """A typed list ("a, b; c" or one per line) as items."""
    return [part.strip() for part in re.split(r"[,;，；、\n]+", text) if part.strip()]
