"""The answers of the import wizard and the service calls made from them (no widgets here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.services.actor import Actor
from crm_desktop.services.import_export.batch import (
    ImportOptions,
    Layout,
    open_layout,
    saved_presets,
)
from crm_desktop.services.import_export.fields import header_key

DUPLICATE_CHOICES = ("skip", "update", "create")


@dataclass
class ImportAnswers:
    """Everything the person chose; Back, Cancel and reopening keep it."""

    path: str = ""
    #: "" means: as the program found it.
    encoding: str = ""
    sheet: str = ""
    #: 0 means: the row the program found.
    header_row: int = 0
    #: Column name -> client field ("" leaves the column out), for the columns on screen.
    mapping: dict[str, str] = field(default_factory=dict)
    #: The layout (built-in or saved) the mapping started from; "" = guessed.
    preset: str = ""
    #: One of DUPLICATE_CHOICES, or "" not chosen yet.
    on_duplicate: str = ""
    #: The finished import (to take it back).
    batch: str = ""

    @property
    def file_name(self) -> str:
        return Path(self.path).name if self.path else ""

    def reset_file(self, path: str) -> None:
        """A new file: every choice about the old one goes."""
        self.path = path
        self.encoding = ""
        self.sheet = ""
        self.header_row = 0
        self.mapping = {}
        self.preset = ""
        self.batch = ""

    def options(self, headers: list[str] | None = None, *, with_mapping: bool = True,
                preset: str | None = None) -> ImportOptions:
        """The service's options; the mapping only for columns the file has."""
        mapping: dict[str, str] = {}
        if with_mapping and headers is not None:
            known = {header_key(h) for h in headers}
            mapping = {h: f for h, f in self.mapping.items() if header_key(h) in known}
        return ImportOptions(
            encoding=self.encoding or None,
            sheet=self.sheet or None,
            header_row=self.header_row or None,
            preset=preset or None,
            mapping=mapping,
            on_duplicate=self.on_duplicate or "skip",
        )


def read_layout(session: Any, _actor: Actor, path: str, options: ImportOptions) -> Layout:
    """How the file will be read (sheet, header row, columns, first rows); the file is closed."""
    table, layout = open_layout(session, path, options)
    table.reader.close()
    return layout


def saved_layout_names(session: Any, _actor: Actor) -> list[str]:
    """The names of the layouts people saved on this PC, in order."""
    return sorted(saved_presets(session))
