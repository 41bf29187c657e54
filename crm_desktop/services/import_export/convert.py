"""One row of the file, mapped, turned into a client draft plus what is wrong with it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from crm_desktop.domain.emails import EmailError, normalize_email
from crm_desktop.domain.phones import PhoneError, normalize_phone
from crm_desktop.services.import_export.dates import DateError, parse_date
from crm_desktop.services.import_export.readers import Cell, Row
from crm_desktop.services.import_export.table import cell_text

_HAN = re.compile(r"[\u3400-\u9fff]")
_PHONE_SPLIT = re.compile(r"\s*(?::::|[\n;,/、，；|]|\s{2,})\s*")
_EMAIL_SPLIT = re.compile(r"\s*(?::::|[\n;,，；\s|])\s*")
_TAG_SPLIT = re.compile(r"\s*(?::::|[\n;,，；、|])\s*")
_KIND_WORDS = {
    "company": {"company", "organization", "organisation", "business", "legal entity", "true",
                "yes", "1", "公司", "企业", "单位", "法人", "компания", "организация", "юрлицо",
                "юр. лицо", "юридическое лицо", "да"},
    "person": {"individual", "person", "private", "contact", "false", "no", "0", "个人", "自然人",
               "私人", "физлицо", "физ. лицо", "физическое лицо", "частное лицо", "нет"},
}
_STATUS_WORDS = {
    "lead": {"lead", "prospect", "potential", "new", "潜在", "潜在客户", "意向", "意向客户", "线索",
             "лид", "потенциальный", "новый"},
    "active": {"active", "customer", "client", "current", "成交", "成交客户", "正式", "活跃",
               "合作中", "активный", "клиент", "действующий"},
    "inactive": {"inactive", "lost", "former", "closed", "流失", "流失客户", "停止合作", "不活跃",
                 "неактивный", "ушёл", "ушел", "бывший", "закрыт"},
}


@dataclass(frozen=True)
class Problem:
    """What is wrong with one row and what to do; `code` lets the interface say it in words."""

    row: int
    code: str
    message: str
    column: str = ""
    value: str = ""
    blocking: bool = True


@dataclass
class ClientDraft:
    """The values one row brings, already normalised."""

    row: int
    name: str = ""
    kind: str = "person"
    company: str = ""
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    address: str = ""
    website: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    grade: str = ""
    status: str = ""
    source: str = ""
    owner: str = ""
    brought_in_by: str = ""
    brought_in_at: datetime | None = None
    last_contact_at: datetime | None = None
    match_key: str | None = None


@dataclass(frozen=True)
class Converted:
    draft: ClientDraft | None
    problems: tuple[Problem, ...] = ()
    empty: bool = False


def _person_name(given: str, middle: str, family: str) -> str:
    if _HAN.search(family + given):
        return f"{family}{given}".strip()
    return " ".join(p for p in (given, middle, family) if p)


def _values(row: Row, columns: list[int]) -> list[tuple[int, Cell]]:
    return [(c, row[c]) for c in columns if c < len(row) and row[c] is not None]


def _phone_texts(value: Cell) -> list[str]:
    if isinstance(value, float) and value.is_integer():
        return [str(int(value))]
    if isinstance(value, int):
        return [str(value)]
    text = cell_text(value).replace("\r", "\n")
    return [p for p in _PHONE_SPLIT.split(text) if p.strip()]


def convert_row(
    number: int,
    row: Row,
    columns: dict[str, list[int]],
    headers: list[str],
    *,
    region: str = "CN",
    day_first: bool = True,
    unit: str = "row",
) -> Converted:
    """Turn one row into a draft; problems say what to do about each bad cell."""
    if not any(v is not None for v in row):
        return Converted(None, empty=True)
    where = "Card" if unit == "card" else "Row"
    problems: list[Problem] = []
    draft = ClientDraft(row=number)
    kept_notes: list[str] = []

    def texts(key: str) -> list[str]:
        return [cell_text(v) for _, v in _values(row, columns.get(key, []))]

    def first(key: str) -> str:
        found = texts(key)
        return found[0] if found else ""

    for col, value in _values(row, columns.get("phone", [])):
        for raw in _phone_texts(value):
            try:
                phone = normalize_phone(raw, region)
            except PhoneError as exc:
                problems.append(Problem(
                    number, f"phone_{exc.reason}",
                    f"{where} {number}: {raw!r} in {headers[col]!r} is not a phone number; "
                    "it is kept in the notes. Correct it in the client's card later.",
                    headers[col], raw, blocking=False))
                kept_notes.append(f"{headers[col]}: {raw}")
                continue
            if phone.e164 not in draft.phones:
                draft.phones.append(phone.e164)
            if phone.extension:
                kept_notes.append(f"{headers[col]}: {phone.e164} ext. {phone.extension}")
    for col, value in _values(row, columns.get("email", [])):
        for raw in _EMAIL_SPLIT.split(cell_text(value)):
            if not raw:
                continue
            try:
                email = normalize_email(raw)
            except EmailError as exc:
                problems.append(Problem(
                    number, f"email_{exc.reason}",
                    f"{where} {number}: {raw!r} in {headers[col]!r} is not an e-mail address; "
                    "it is kept in the notes. Correct it in the client's card later.",
                    headers[col], raw, blocking=False))
                kept_notes.append(f"{headers[col]}: {raw}")
                continue
            if email not in draft.emails:
                draft.emails.append(email)

    draft.company = " ".join(first("company").split())
    person = _person_name(first("given_name"), first("middle_name"), first("family_name"))
    draft.name = " ".join(first("name").split()) or person
    kind_text = first("kind").strip().lower()
    if kind_text:
        draft.kind = next((k for k, words in _KIND_WORDS.items() if kind_text in words), "")
        if not draft.kind:
            problems.append(Problem(
                number, "bad_kind",
                f"{where} {number}: {kind_text!r} does not say whether this is a company or a "
                "person; write Company or Person.", value=kind_text))
            draft.kind = "person"
    elif not draft.name and draft.company:
        draft.kind = "company"
    if draft.kind == "company" and not draft.name:
        draft.name = draft.company
    if draft.kind == "company" and draft.company == draft.name:
        draft.company = ""
    if not draft.name:
        draft.name = draft.company or (draft.emails[0] if draft.emails else "") or (
            draft.phones[0] if draft.phones else "")
    if not draft.name:
        problems.append(Problem(
            number, "no_identity",
            f"{where} {number} has no name, company, phone or e-mail. Fill one in, or leave the "
            "row out."))

    draft.address = _address(row, columns.get("address", []), headers)
    draft.website = first("website")
    notes = texts("notes")
    draft.notes = "\n".join([*notes, *kept_notes]).strip()
    for tag_text in texts("tags"):
        for tag in _TAG_SPLIT.split(tag_text):
            tag = tag.strip().lstrip("*").strip()
            if tag and tag not in draft.tags:
                draft.tags.append(tag)
    grade = first("grade").strip().upper()
    if grade:
        grade = {"甲": "A", "乙": "B", "丙": "C", "А": "A", "В": "B", "С": "C"}.get(grade, grade)
        if grade in ("A", "B", "C"):
            draft.grade = grade
        else:
            problems.append(Problem(
                number, "bad_grade",
                f"{where} {number}: grade {first('grade')!r} is not A, B or C. Change it in the "
                "file or leave the grade column out.", value=first("grade")))
    status = first("status").strip().lower()
    if status:
        draft.status = next((s for s, words in _STATUS_WORDS.items() if status in words), "")
        if not draft.status:
            problems.append(Problem(
                number, "bad_status",
                f"{where} {number}: status {first('status')!r} is not one of lead, active, "
                "inactive. Change it in the file or leave the status column out.",
                value=first("status")))
    draft.source = first("source")
    draft.owner = first("owner")
    draft.brought_in_by = first("brought_in_by")
    for key in ("brought_in_at", "last_contact_at"):
        found = _values(row, columns.get(key, []))
        if not found:
            continue
        col, value = found[0]
        try:
            setattr(draft, key, parse_date(value, day_first))
        except DateError:
            problems.append(Problem(
                number, "bad_date",
                f"{where} {number}: {cell_text(value)!r} in {headers[col]!r} is not a date. "
                "Write it like 2024-03-31 or 31.03.2024.", headers[col], cell_text(value)))
    blocking = any(p.blocking for p in problems)
    return Converted(None if blocking else draft, tuple(problems))


def _address(row: Row, columns: list[int], headers: list[str]) -> str:
    groups: dict[str, list[str]] = {}
    for col, value in _values(row, columns):
        header = headers[col].lower()
        group = header.split(" ", 1)[0] if header.split(" ", 1)[0] in (
            "home", "work", "business", "other") else ""
        text = ", ".join(line.strip() for line in cell_text(value).splitlines() if line.strip())
        if text and text not in groups.setdefault(group, []):
            groups[group].append(text)
    return "\n".join(", ".join(parts) for parts in groups.values() if parts)
