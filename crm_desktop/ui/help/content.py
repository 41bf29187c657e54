"""The help pages on disk: resources/help/<language>/<help id>.md, one page per screen.

A page is Markdown. Its first line is ``# Title``. A heading may end in ``{#anchor}``
so that "Why?" links can jump to it whatever the language. A picture of a real
screen is written ``![what it shows](screen:page_settings)``; it is drawn by
scripts/make_help_pictures.py into resources/help/images/<language>/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from crm_desktop.config import LANGUAGES, RESOURCES_DIR

HELP_DIR = RESOURCES_DIR / "help"
IMAGES_DIR = HELP_DIR / "images"
#: Pages that come first in the table of contents, in this order; the rest follow by title.
FIRST_PAGES = ("welcome", "practice", "keyboard")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{#([\w-]+)\})?\s*$")
_PICTURE = re.compile(r"!\[([^\]]*)\]\(screen:([\w-]+)\)")


@dataclass(frozen=True)
class Section:
    """A part of a page under one heading: what search finds and jumps to."""

    anchor: str
    heading: str
    level: int
    text: str


@dataclass(frozen=True)
class HelpPage:
    help_id: str
    language: str
    title: str
    markdown: str
    sections: tuple[Section, ...] = field(default_factory=tuple)

    @property
    def pictures(self) -> list[str]:
        """Screen names whose pictures this page shows."""
        return [m.group(2) for m in _PICTURE.finditer(self.markdown)]

    def heading_for(self, anchor: str) -> str:
        for section in self.sections:
            if section.anchor == anchor:
                return section.heading
        return ""

    def display_markdown(self, images_dir: Path = IMAGES_DIR) -> str:
        """The Markdown Qt shows: anchors taken out, pictures pointing at real files."""
        lines = []
        for line in self.markdown.splitlines():
            match = _HEADING.match(line)
            if match:
                line = f"{match.group(1)} {match.group(2)}"
            lines.append(line)
        folder = images_dir / self.language

        def picture(match: re.Match[str]) -> str:
            path = (folder / f"{match.group(2)}.png").resolve().as_uri()
            return f"![{match.group(1)}]({path})"

        return _PICTURE.sub(picture, "\n".join(lines))


def parse_page(help_id: str, language: str, markdown: str) -> HelpPage:
    title = help_id
    sections: list[Section] = []
    anchor, heading, level, body = "", "", 1, []  # text before the first heading
    for line in markdown.splitlines():
        match = _HEADING.match(line)
        if match:
            if heading or body:
                sections.append(Section(anchor, heading, level, _plain("\n".join(body))))
            level = len(match.group(1))
            heading = match.group(2)
            anchor = match.group(3) or _slug(heading, len(sections))
            body = []
            if level == 1 and title == help_id:
                title = heading
                anchor = ""
        else:
            body.append(line)
    if heading or body:
        sections.append(Section(anchor, heading, level, _plain("\n".join(body))))
    return HelpPage(help_id, language, title, markdown, tuple(sections))


def _slug(heading: str, index: int) -> str:
    ascii_words = re.findall(r"[a-z0-9]+", heading.lower())
    return "-".join(ascii_words) or f"section-{index}"


def _plain(markdown: str) -> str:
    """The words of a piece of Markdown, without pictures, links and markup."""
    text = _PICTURE.sub(lambda m: m.group(1), markdown)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"[*_`>#|]", " ", text)
    return " ".join(text.split())


def page_path(help_id: str, language: str) -> Path:
    return HELP_DIR / language / f"{help_id}.md"


@lru_cache(maxsize=8)
def load_pages(language: str, root: Path = HELP_DIR) -> dict[str, HelpPage]:
    """Every help page of one language, by help id."""
    language = language if language in LANGUAGES else "en"
    pages: dict[str, HelpPage] = {}
    folder = root / language
    if not folder.is_dir():
        return pages
    for path in sorted(folder.glob("*.md")):
        pages[path.stem] = parse_page(path.stem, language, path.read_text(encoding="utf-8"))
    return pages


def find_page(help_id: str, language: str) -> HelpPage | None:
    """The page in the user's language; English if that language lacks it; else None."""
    page = load_pages(language).get(help_id)
    if page is None and language != "en":
        page = load_pages("en").get(help_id)
    return page


def contents_order(pages: dict[str, HelpPage]) -> list[HelpPage]:
    first = [pages[p] for p in FIRST_PAGES if p in pages]
    rest = sorted((p for p in pages.values() if p.help_id not in FIRST_PAGES),
                  key=lambda p: p.title.casefold())
    return first + rest
