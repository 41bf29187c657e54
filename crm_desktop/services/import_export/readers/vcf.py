"""vCard address books (2.1, 3.0 and 4.0), one row per card.

Phones export vCard 2.1 with quirks a general vCard library trips over (we
tried vobject on the samples: it fails on quoted-printable soft breaks whose
continuation lines are not indented, on unindented base64 photos and on raw
8-bit text), so the cards are tokenised here, streaming, line by line:

- folded lines (a leading space or tab) and quoted-printable soft breaks
  (a value ending in "=") are joined;
- quoted-printable is decoded to bytes first, then through the property's
  CHARSET; without a CHARSET, UTF-8 is tried and then the file's guessed (or
  the chosen) encoding;
- 2.1 bare parameters (``TEL;CELL;PREF``), 4.0 quoted lists, groups
  (``item1.``), escapes (``\\,`` ``\\;`` ``\\n`` ``\\:``) and ``tel:`` URIs with
  ``;ext=`` are understood; photos, sounds and keys are skipped.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.services.import_export.readers.base import Row, SourceInfo, clean_row
from crm_desktop.services.import_export.sniff import SAMPLE_BYTES, detect_encoding

COLUMNS = (
    "Name",
    "Given Name",
    "Family Name",
    "Company",
    "Title",
    "Phone",
    "E-mail",
    "Address",
    "Notes",
    "Website",
    "Categories",
)
_PROPERTY = re.compile(rb"^[A-Za-z0-9_.-]+(?:;[^:]*)?:")
_SKIPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":", '"': '"'}


@dataclass
class Property:
    name: str
    params: dict[str, list[str]]
    raw: bytes
    types: list[str] = field(default_factory=list)

    @property
    def is_qp(self) -> bool:
        enc = [v.upper() for v in self.params.get("ENCODING", [])]
        return "QUOTED-PRINTABLE" in enc or "QUOTED-PRINTABLE" in self.types


def _split_outside_quotes(text: bytes, sep: bytes) -> list[bytes]:
    parts: list[bytes] = []
    current = bytearray()
    quoted = False
    for byte in text:
        ch = bytes((byte,))
        if ch == b'"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append(bytes(current))
            current = bytearray()
        else:
            current.extend(ch)
    parts.append(bytes(current))
    return parts


def parse_property(line: bytes) -> Property | None:
    quoted = False
    colon = -1
    for index, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            colon = index
            break
    if colon < 0:
        return None
    head, raw = line[:colon], line[colon + 1 :]
    pieces = _split_outside_quotes(head, b";")
    name = pieces[0].decode("ascii", "replace").rsplit(".", 1)[-1].upper()
    params: dict[str, list[str]] = {}
    types: list[str] = []
    for piece in pieces[1:]:
        text = piece.decode("ascii", "replace")
        if "=" in text:
            key, value = text.split("=", 1)
            values = [v.strip().strip('"') for v in value.strip('"').split(",")]
            params.setdefault(key.strip().upper(), []).extend(values)
        elif text:
            types.append(text.strip().upper())
    for value in params.get("TYPE", []):
        types.append(value.upper())
    return Property(name, params, raw, types)


def _unescape(text: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text):
            nxt = text[index + 1]
            out.append(_ESCAPES.get(nxt, "\\" + nxt))
            index += 2
            continue
        out.append(ch)
        index += 1
    return "".join(out)


def _split_structured(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        if ch == ";":
            parts.append(_unescape("".join(current)))
            current = []
        else:
            current.append(ch)
        index += 1
    parts.append(_unescape("".join(current)))
    return parts


def logical_lines(lines: Iterator[bytes]) -> Iterator[bytes]:
    """Join folded lines, quoted-printable soft breaks and unindented base64 blocks."""
    pending: bytearray | None = None
    pending_qp = False
    for raw in lines:
        line = raw.rstrip(b"\r\n")
        if pending is not None:
            if pending_qp and pending.endswith(b"="):
                del pending[-1]
                pending.extend(line)
                continue
            if line[:1] in (b" ", b"\t"):
                pending.extend(line[1:])
                continue
            if line and not _PROPERTY.match(line):
                pending.extend(line)
                continue
            yield bytes(pending)
            pending = None
        if not line.strip():
            continue
        pending = bytearray(line)
        head = line.split(b":", 1)[0].upper()
        pending_qp = b"QUOTED-PRINTABLE" in head
    if pending is not None:
        yield bytes(pending)


def _cards(path: Path) -> Iterator[list[Property]]:
    with path.open("rb") as handle:
        card: list[Property] | None = None
        for line in logical_lines(iter(handle)):
            prop = parse_property(line.lstrip(b"\xef\xbb\xbf"))
            if prop is None:
                continue
            value = prop.raw.strip().upper()
            if prop.name == "BEGIN" and value == b"VCARD":
                card = []
            elif prop.name == "END" and value == b"VCARD":
                if card is not None:
                    yield card
                card = None
            elif card is not None and prop.name not in _SKIPPED:
                card.append(prop)


def _undeclared_8bit(path: Path) -> bytes:
    """Bytes of values with no CHARSET that are not plain ASCII (to guess their encoding)."""
    sample = bytearray()
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_BYTES)
    for line in logical_lines(iter(head.splitlines(keepends=True))):
        prop = parse_property(line)
        if prop is None or "CHARSET" in prop.params or prop.name in _SKIPPED:
            continue
        value = quopri.decodestring(prop.raw) if prop.is_qp else prop.raw
        if any(b > 127 for b in value):
            try:
                value.decode("utf-8")
            except UnicodeDecodeError:
                sample.extend(value + b"\n")
    return bytes(sample)


class VcfReader:
    def __init__(self, path: Path, head: bytes, encoding: str | None = None) -> None:
        self.path = path
        undeclared = _undeclared_8bit(path)
        if encoding:
            self.fallback = encoding
        elif undeclared:
            self.fallback = detect_encoding(undeclared, complete=True)
        else:
            self.fallback = "utf-8"
        self.info = SourceInfo(str(path), "vcf", (), "", encoding=self.fallback)

    def _text(self, prop: Property) -> str:
        value = quopri.decodestring(prop.raw) if prop.is_qp else prop.raw
        charsets = prop.params.get("CHARSET", [])
        for name in [*charsets, "utf-8"]:
            try:
                return value.decode(codecs.lookup(name).name)
            except (LookupError, ValueError):
                continue
        return value.decode(self.fallback, errors="replace")

    def rows(self) -> Iterator[Row]:
        yield list(COLUMNS)
        for card in _cards(self.path):
            yield self._row(card)

    def _row(self, card: list[Property]) -> Row:
        values: dict[str, list[str]] = {column: [] for column in COLUMNS}
        labels: list[str] = []
        for prop in card:
            text = self._text(prop)
            name = prop.name
            if name == "FN":
                values["Name"].append(_unescape(text))
            elif name == "N":
                parts = [*_split_structured(text), "", ""]
                values["Family Name"].append(parts[0])
                values["Given Name"].append(" ".join(p for p in (parts[1], parts[2]) if p))
            elif name == "ORG":
                values["Company"].append(_split_structured(text)[0])
            elif name == "TITLE":
                values["Title"].append(_unescape(text))
            elif name == "TEL" or name.endswith("-TEL"):
                if "FAX" not in prop.types:
                    values["Phone"].append(_phone_text(text))
            elif name == "EMAIL":
                values["E-mail"].append(_unescape(text).strip())
            elif name == "ADR":
                values["Address"].append(_address(text))
            elif name == "LABEL":
                labels.append(_unescape(text).replace("\r\n", "\n"))
            elif name == "NOTE":
                values["Notes"].append(_unescape(text).replace("\r\n", "\n").strip())
            elif name == "URL":
                values["Website"].append(_unescape(text))
            elif name == "CATEGORIES":
                values["Categories"].extend(_unescape(text).split(","))
        if not values["Address"] and labels:
            values["Address"] = [", ".join(x.strip() for x in lab.splitlines() if x.strip())
                                 for lab in labels]
        return clean_row(
            "\n".join(dict.fromkeys(v.strip() for v in values[column] if v.strip())) or None
            for column in COLUMNS
        )

    def close(self) -> None:
        return None


def _phone_text(text: str) -> str:
    value = text.strip()
    if value.lower().startswith("tel:"):
        number, _, rest = value[4:].partition(";")
        extension = ""
        for param in rest.split(";"):
            key, _, val = param.partition("=")
            if key.lower() == "ext" and val:
                extension = val
        return f"{number} ext. {extension}" if extension else number
    return value


def _address(text: str) -> str:
    parts = _split_structured(text)
    pieces: list[str] = []
    for part in parts:
        for line in part.replace("\r\n", "\n").split("\n"):
            if line.strip():
                pieces.append(line.strip().rstrip(","))
    return ", ".join(pieces)
