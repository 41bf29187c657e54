"""What kind of file this is, which encoding its text uses and which delimiter splits it."""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections import Counter
from pathlib import Path

from charset_normalizer import from_bytes

#: Encodings a person may pick; the guesser chooses among these.
ENCODINGS = (
    "utf-8",
    "utf-16",
    "gb18030",
    "big5",
    "windows-1251",
    "koi8-r",
    "shift_jis",
    "windows-1252",
    "iso-8859-2",
)
_GUESS_ORDER = ("gb18030", "big5", "shift_jis", "windows-1251", "koi8-r", "windows-1252",
                "iso-8859-2")
DELIMITERS = (",", ";", "\t", "|")
SAMPLE_BYTES = 256 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_head(path: Path, size: int = SAMPLE_BYTES) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)


def detect_kind(head: bytes, suffix: str) -> str:
    """"xlsx", "xls", "ole" (an encrypted Office file), "vcf" or "text", by content first."""
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if "EncryptedPackage".encode("utf-16-le") in head or suffix == ".xlsx":
            return "ole"
        return "xls"
    text_start = head[:64].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").replace(b"\x00", b"")
    if text_start[:11].upper() == b"BEGIN:VCARD":
        return "vcf"
    return "text"


def bom_encoding(head: bytes) -> str | None:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def _looks_utf16_without_bom(head: bytes) -> str | None:
    sample = head[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _trim_partial(sample: bytes, complete: bool) -> bytes:
    """Cut the sample after its last line break so a split character does not count."""
    if complete:
        return sample
    cut = sample.rfind(b"\n")
    return sample[: cut + 1] if cut > 0 else sample


def _letter_share(text: str) -> float:
    """Share of non-ASCII characters that are letters: mojibake is mostly symbols."""
    wide = [ch for ch in text if ord(ch) > 127]
    if not wide:
        return 1.0
    letters = sum(1 for ch in wide if unicodedata.category(ch).startswith("L"))
    return letters / len(wide)


def detect_encoding(head: bytes, complete: bool = False) -> str:
    """The encoding this text most likely uses (BOM, then UTF-8, then the best guess)."""
    by_bom = bom_encoding(head)
    if by_bom:
        return by_bom
    wide = _looks_utf16_without_bom(head)
    if wide:
        return wide
    sample = _trim_partial(head, complete)
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    shares: dict[str, float] = {}
    for name in _GUESS_ORDER:
        try:
            shares[name] = _letter_share(sample.decode(name))
        except UnicodeDecodeError:
            continue
    if not shares:
        return "gb18030"
    best_share = max(shares.values())
    ranked = [m.encoding for m in from_bytes(sample, cp_isolation=list(shares))]
    for found in ranked:
        name = codecs.lookup(found).name
        for candidate, share in shares.items():
            if codecs.lookup(candidate).name == name and share >= best_share - 0.05:
                return candidate
    return max(shares, key=lambda k: shares[k])


def check_text(text: str) -> bool:
    """True when decoded text looks like text (few control characters), not a binary file."""
    if not text:
        return True
    controls = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t\f\v\x1a"
    )
    return controls / len(text) < 0.01


def sniff_delimiter(sample_text: str) -> str:
    """The delimiter that splits the most lines into the same number of columns."""
    lines = sample_text.splitlines()[:200]
    best, best_score = ",", -1
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
        widths = Counter(len(row) for row in reader if len(row) > 1)
        if not widths:
            continue
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
        score = count * 1000 + width
        if score > best_score:
            best, best_score = delimiter, score
    return best
