"""Keys for search-as-you-type and duplicate matching.

Everything is folded the same way (NFKC, case, ё/е, traditional/simplified
Chinese) so that what a user types matches however the data was written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from crm_desktop.domain.pinyin_reading import syllables
from crm_desktop.domain.transliterate import cyrillic_to_latin

HAN_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAN_CHAR = re.compile(f"[{HAN_RANGES}]")
_HAN_OR_OTHER = re.compile(f"([{HAN_RANGES}]+)|([^{HAN_RANGES}]+)")
_WORD_RUN = re.compile(r"[^\W_]+")
_NON_WORD = re.compile(r"[\W_]+")

# Legal forms dropped from either end of a company name (already folded).
LEGAL_WORDS = frozenset(
    {
        "股份有限公司", "有限责任公司", "有限公司", "公司", "集团",
        "ооо", "оао", "зао", "пао", "ао", "ип",
        "ltd", "llc", "inc", "co", "gmbh", "corp", "limited",
    }
)  # fmt: skip
# Chinese legal forms also stripped when written without a space, longest first.
HAN_LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "公司", "集团")


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def _to_simplified(text: str) -> str:
    if not _HAN_CHAR.search(text):
        return text
    return str(_t2s().convert(text))


def _fold_once(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("ё", "е")
    text = _to_simplified(text)
    return " ".join(text.split())


def fold_text(text: str) -> str:
    """Case-, width-, ё- and script-variant-insensitive form of the text.

    Repeated until stable (a few rounds at most) so folding stays idempotent
    where NFKC, case folding and t2s conversion interact.
    """
    folded = _fold_once(text)
    for _ in range(3):
        again = _fold_once(folded)
        if again == folded:
            break
        folded = again
    return folded


def _romanize(text: str, *, initials: bool, surname_first: bool) -> str:
    parts: list[str] = []
    for match in _HAN_OR_OTHER.finditer(fold_text(text)):
        han, other = match.group(1), match.group(2)
        if han:
            # The surname reading applies only when the name starts with Han.
            at_start = surname_first and not any(parts)
            parts.extend(s[:1] if initials else s for s in syllables(han, at_start))
        else:
            parts.append("".join(ch for ch in other if ch.isalnum()))
    return "".join(parts)


def pinyin_full(text: str, surname_first: bool = False) -> str:
    """Toneless pinyin of the Han characters (张伟 → "zhangwei"); other letters kept folded."""
    return _romanize(text, initials=False, surname_first=surname_first)


def pinyin_initials(text: str, surname_first: bool = False) -> str:
    """First letters of the pinyin syllables (张伟 → "zw"); other letters kept folded."""
    return _romanize(text, initials=True, surname_first=surname_first)


def _han_tokens(run: str, surname_first: bool) -> Iterable[str]:
    yield run
    if len(run) > 1:
        yield from run
    reading = syllables(run, surname_first)
    yield "".join(reading)
    yield "".join(s[:1] for s in reading)
    yield from reading


def _text_tokens(text: str, person_name: bool) -> Iterable[str]:
    folded = fold_text(text)
    first_run = True
    for word in folded.split(" "):
        runs = _WORD_RUN.findall(word)
        for run in runs:
            for match in _HAN_OR_OTHER.finditer(run):
                han, other = match.group(1), match.group(2)
                if han:
                    yield from _han_tokens(han, person_name and first_run)
                else:
                    yield other
                first_run = False
        if len(runs) > 1:
            yield "".join(runs)  # "138-0013-8000" → "13800138000", "o'brien" → "obrien"
    if person_name and " " in folded and _HAN_CHAR.search(folded):
        yield pinyin_full(folded, surname_first=True)
        yield pinyin_initials(folded, surname_first=True)


def search_tokens(*texts: str, person_name: bool = False) -> str:
    """Space-separated tokens for a full-text index over ``texts``.

    Per text: folded words (split at punctuation, plus the word with its
    punctuation removed), each Han run as a whole and character by character,
    and its pinyin in full, as initials and syllable by syllable. With
    ``person_name`` the first character of each text is read as a surname.
    Duplicates are dropped; the order is deterministic.
    """
    seen: dict[str, None] = {}
    for text in texts:
        for token in _text_tokens(text, person_name):
            if token:
                seen.setdefault(token, None)
    return " ".join(seen)


def _strip_legal_forms(words: list[str]) -> list[str]:
    words = list(words)
    changed = True
    while changed and words:
        changed = False
        if len(words) > 1 and words[0] in LEGAL_WORDS:
            words.pop(0)
            changed = True
        if len(words) > 1 and words[-1] in LEGAL_WORDS:
            words.pop()
            changed = True
        last = words[-1]
        for suffix in HAN_LEGAL_SUFFIXES:
            if last.endswith(suffix) and len(last) > len(suffix):
                words[-1] = last[: -len(suffix)]
                changed = True
                break
    return words


def _latin_alnum(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", cyrillic_to_latin(text))
    return "".join(ch for ch in decomposed if ch.isalnum())


def name_match_key(name: str) -> str:
    """Key under which similar person or company names collide.

    Folded, legal forms (有限公司, ООО, Ltd, …) dropped from the ends,
    punctuation removed, Han read as pinyin, Cyrillic transliterated,
    diacritics and spaces removed: "ООО «Ромашка»" == "Ромашка",
    "华东贸易有限公司" == "华东贸易", "Иванов" == "Ivanov".
    """
    words = _NON_WORD.sub(" ", fold_text(name)).split()
    if not words:
        return ""
    stripped = _strip_legal_forms(words)
    return "".join(_latin_alnum(pinyin_full(word)) for word in stripped)
