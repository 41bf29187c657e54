"""Cyrillic → Latin transliteration for name matching (simple, GOST-like).

Chosen so that the common English spellings of Russian names match:
Иванов → ivanov, Юрий → yuriy, Щукин → shchukin.
"""

from __future__ import annotations

_TABLE: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip

_TRANS = str.maketrans(_TABLE)


def cyrillic_to_latin(text: str) -> str:
    """Transliterate lower-case Cyrillic letters; other characters pass through."""
    return text.translate(_TRANS)
