"""Search across the help in one language.

Chinese is written without spaces, so Han text is indexed as overlapping pairs of
characters (and single characters, for one-character queries): "删除客户" finds a
page that says "删除的客户" too. Russian and English words are folded (case, ё/е)
and cut down to a stem by a small suffix stripper, so "клиента", "клиенту" and
"клиентов" all find "клиент"; a query word also matches words it begins.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from crm_desktop.domain.search_keys import HAN_RANGES, fold_text
from crm_desktop.ui.help.content import HelpPage

_RUNS = re.compile(f"([{HAN_RANGES}]+)|([^\\W_]+)")
_CYRILLIC = re.compile(r"[а-яе]")

# Russian endings, longest first (nouns, adjectives, verbs, participles, reflexive -ся).
_RU_ENDINGS = sorted(
    {
        "иями", "ями", "ами", "ией", "ием", "иях", "ях", "ах", "ов", "ев", "ей", "ой", "ий",
        "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
        "ых", "их", "ую", "юю", "ом", "ем", "ам", "ям", "ию", "ия", "ии", "ть", "ти", "ешь",
        "ет", "ете", "ют", "ут", "ит", "ишь", "ите", "ят", "ат", "ал", "ала", "ало",
        "али", "ил", "ила", "ило", "или", "ел", "ела", "ели", "ать", "ять", "ить", "еть",
        "уть", "ённый", "енный", "анный", "ённые", "енные", "анные", "ение", "ения", "ению",
        "ением", "ении", "ание", "ания", "анию", "анием", "ании", "ость", "ости", "остью",
        "ся", "сь", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
    },
    key=len,
    reverse=True,
)
_EN_ENDINGS = ("ingly", "ings", "ing", "edly", "ies", "ied", "ed", "es", "s")
_MIN_STEM = 3


def stem(word: str) -> str:
    """A crude but predictable stem for Russian and English words (already folded)."""
    if _CYRILLIC.search(word):
        for _ in range(2):  # "удалились" -> "удалили" -> "удал"
            for ending in _RU_ENDINGS:
                if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
                    word = word[: -len(ending)]
                    break
            else:
                break
        return word
    for ending in _EN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word


def terms(text: str) -> list[str]:
    """The index terms of a text: Han pairs and single characters, stems of other words."""
    found: list[str] = []
    for match in _RUNS.finditer(fold_text(text)):
        han, word = match.group(1), match.group(2)
        if han:
            found.extend(han)
            found.extend(han[i : i + 2] for i in range(len(han) - 1))
        else:
            found.append(stem(word))
    return found


def query_terms(text: str) -> list[str]:
    """What a query must find: Han pairs (or the lone character), word stems."""
    wanted: list[str] = []
    for match in _RUNS.finditer(fold_text(text)):
        han, word = match.group(1), match.group(2)
        if han:
            pairs = [han[i : i + 2] for i in range(len(han) - 1)]
            wanted.extend(pairs or [han])
        else:
            wanted.append(stem(word))
    return list(dict.fromkeys(wanted))


@dataclass(frozen=True)
class Hit:
    help_id: str
    anchor: str
    page_title: str
    heading: str
    snippet: str
    score: float


@dataclass(frozen=True)
class _Entry:
    page: HelpPage
    anchor: str
    heading: str
    text: str
    counts: Counter[str]


class HelpIndex:
    """An in-memory index of one language's help pages, section by section."""

    def __init__(self, pages: dict[str, HelpPage] | list[HelpPage]) -> None:
        items = pages.values() if isinstance(pages, dict) else pages
        self._entries: list[_Entry] = []
        for page in items:
            for section in page.sections:
                text = f"{page.title} {section.heading} {section.text}"
                self._entries.append(
                    _Entry(page, section.anchor, section.heading, section.text,
                           Counter(terms(text)))
                )
        self._document_frequency: Counter[str] = Counter()
        for entry in self._entries:
            self._document_frequency.update(entry.counts.keys())

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """One hit per page that has every word (Chinese: most character pairs), best first;
        the hit points at the part of the page that matches best."""
        wanted = query_terms(query)
        if not wanted:
            return []
        phrase = fold_text(query).strip()
        by_page: dict[str, list[_Entry]] = {}
        for entry in self._entries:
            by_page.setdefault(entry.page.help_id, []).append(entry)
        hits: list[Hit] = []
        for entries in by_page.values():
            page_counts: Counter[str] = Counter()
            for entry in entries:
                page_counts.update(entry.counts)
            matched = sum(1 for term in wanted if self._count(page_counts, term))
            enough = matched == len(wanted) or (
                self._is_han(query) and matched * 4 >= len(wanted) * 3
            )
            if not enough:
                continue
            best = max(entries, key=lambda e: self._score(e, wanted, phrase))
            score = self._score(best, wanted, phrase) + 0.5 * self._raw(page_counts, wanted)
            hits.append(Hit(best.page.help_id, best.anchor, best.page.title, best.heading,
                            snippet(best.text, query), score))
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]

    def _raw(self, counts: Counter[str], wanted: list[str]) -> float:
        total = max(1, len(self._entries))
        score = 0.0
        for term in wanted:
            count = self._count(counts, term)
            if count:
                rarity = math.log(1 + total / (1 + self._document_frequency.get(term, 0)))
                score += (1 + math.log(count)) * rarity
        return score

    def _score(self, entry: _Entry, wanted: list[str], phrase: str) -> float:
        score = self._raw(entry.counts, wanted)
        if phrase and phrase in fold_text(f"{entry.heading} {entry.text}"):
            score *= 2
        heading_terms = Counter(terms(f"{entry.page.title} {entry.heading}"))
        if any(self._count(heading_terms, t) for t in wanted):
            score *= 1.5
        return score

    @staticmethod
    def _is_han(query: str) -> bool:
        return bool(re.search(f"[{HAN_RANGES}]", query))

    @staticmethod
    def _count(counts: Counter[str], term: str) -> int:
        found = counts.get(term, 0)
        if found or len(term) < _MIN_STEM or re.search(f"[{HAN_RANGES}]", term):
            return found
        # A query word also finds longer words it begins: "корзин" -> "корзина".
        return sum(n for t, n in counts.items() if t.startswith(term))


def snippet(text: str, query: str, width: int = 90) -> str:
    """A short piece of the text around the first thing the query matched."""
    folded = fold_text(text)
    position = -1
    for term in query_terms(query):
        position = folded.find(term)
        if position >= 0:
            break
    start = max(0, position - width // 3) if position >= 0 else 0
    piece = text[start : start + width].strip()
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(text) else "")
