"""Toneless pinyin syllables, with surname readings for the start of a name.

pypinyin 0.55 has no surname mode, so characters that read differently as a
surname (曾 zeng, not ceng) come from a small table applied to the first
character (or two-character compound surname) of a person's name only.
"""

from __future__ import annotations

from functools import lru_cache

# pypinyin is imported on the first Chinese text (its dictionaries take a third of a second
# to load), not when the program starts.

COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "尉迟": ("yu", "chi"),
    "万俟": ("mo", "qi"),
}

SURNAMES: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "查": "zha",
    "区": "ou",
    "乐": "yue",
    "盖": "ge",
    "缪": "miao",
    "覃": "qin",
    "召": "shao",
    "种": "chong",
    "秘": "bi",
    "折": "she",
    "翟": "zhai",
}


def _plain(han: str) -> list[str]:
    return list(_plain_cached(han))


@lru_cache(maxsize=65536)
def _plain_cached(han: str) -> tuple[str, ...]:
    """Remembered: the same name is read for the search index and the duplicate keys."""
    if not han:
        return ()
    from pypinyin import Style, lazy_pinyin

    return tuple(s.lower() for s in lazy_pinyin(han, style=Style.NORMAL, errors="default"))


def syllables(han: str, surname_first: bool = False) -> list[str]:
    """Pinyin syllables of a run of (simplified) Han characters."""
    if surname_first:
        head = COMPOUND_SURNAMES.get(han[:2])
        if head is not None:
            return [*head, *_plain(han[2:])]
        reading = SURNAMES.get(han[:1])
        if reading is not None:
            return [reading, *_plain(han[1:])]
    return _plain(han)
