"""Known layouts of other programs' exports, recognised by their column names."""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.services.import_export.fields import guess_mapping, header_key


@dataclass(frozen=True)
class Preset:
    """A layout: the columns that identify it and how its columns map (overriding guesses)."""

    key: str
    title: str
    signature: tuple[str, ...]
    overrides: dict[str, str] = field(default_factory=dict)
    region: str | None = None
    day_first: bool | None = None

    def matches(self, headers: list[str]) -> float:
        keys = {header_key(h) for h in headers}
        wanted = [header_key(s) for s in self.signature]
        return sum(1 for w in wanted if w in keys) / len(wanted)


BUILT_IN: tuple[Preset, ...] = (
    Preset(
        "google_contacts",
        "Google Contacts (CSV)",
        ("Name", "Given Name", "Family Name", "Group Membership", "E-mail 1 - Type",
         "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value"),
        {"Group Membership": "tags", "Organization 1 - Name": "company",
         "Organization 1 - Title": "", "Address 1 - Street": "", "Address 1 - City": "",
         "Address 1 - Region": "", "Address 1 - Postal Code": "", "Address 1 - Country": "",
         "Address 1 - PO Box": "", "Address 1 - Extended Address": ""},
    ),
    Preset(
        "google_contacts_2020",
        "Google Contacts (CSV, since 2020)",
        ("First Name", "Middle Name", "Last Name", "Labels", "E-mail 1 - Label",
         "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value"),
        {"Labels": "tags", "Organization Name": "company", "Organization Title": "",
         "Address 1 - Street": "", "Address 1 - City": "", "Address 1 - Region": "",
         "Address 1 - Postal Code": "", "Address 1 - Country": ""},
    ),
    Preset(
        "outlook",
        "Microsoft Outlook (CSV)",
        ("First Name", "Middle Name", "Last Name", "Company", "Business Phone", "Mobile Phone",
         "E-mail Address", "Business Street", "Home Street", "Categories"),
        {"Categories": "tags", "Department": "", "Job Title": "", "Assistant's Phone": "",
         "Callback": "", "Radio Phone": "", "TTY/TDD Phone": "", "Telex": "", "ISDN": "",
         "Pager": "", "Manager's Name": "", "Birthday": "", "Anniversary": ""},
        day_first=True,
    ),
    Preset(
        "thunderbird",
        "Thunderbird address book (CSV)",
        ("First Name", "Last Name", "Display Name", "Nickname", "Primary Email",
         "Secondary Email", "Work Phone", "Home Phone", "Mobile Number", "Organization"),
        {"Display Name": "name", "Nickname": "", "Job Title": "", "Department": "",
         "Custom 1": "", "Custom 2": "", "Custom 3": "", "Custom 4": "", "Screen Name": "",
         "Birth Year": "", "Birth Month": "", "Birth Day": ""},
    ),
    Preset(
        "odoo",
        "Odoo contacts (CSV)",
        ("ID", "Name", "Company Type", "Related Company", "Street", "City", "ZIP", "Country"),
        {"ID": "", "Customer": "", "Supplier": "", "Address Type": "", "Related Company":
         "company", "Company Type": "kind"},
    ),
    Preset(
        "vcard",
        "vCard address book",
        ("Name", "Given Name", "Family Name", "Company", "Title", "Phone", "E-mail", "Address",
         "Notes", "Website", "Categories"),
        {"Title": "", "Categories": "tags"},
    ),
)
PRESETS = {preset.key: preset for preset in BUILT_IN}


def detect_preset(headers: list[str]) -> Preset | None:
    best: tuple[float, Preset] | None = None
    for preset in BUILT_IN:
        score = preset.matches(headers)
        if score >= 0.75 and (best is None or score > best[0]):
            best = (score, preset)
    return best[1] if best else None


def mapping_for(headers: list[str], preset: Preset | None) -> list[str]:
    """Guessed fields, then the preset's own choices for its columns."""
    mapping = guess_mapping(headers)
    if preset is None:
        return mapping
    overrides = {header_key(k): v for k, v in preset.overrides.items()}
    for index, header in enumerate(headers):
        key = header_key(header)
        if key in overrides:
            mapping[index] = overrides[key]
    return mapping
