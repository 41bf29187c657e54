"""Regenerate the pictures of real screens that the help pages show.

    python scripts/make_help_pictures.py            # every screen the help uses, 3 languages
    python scripts/make_help_pictures.py --check    # exit 1 if a picture a page uses is missing

Draws with scripts/render_screens.py at 100 % on a data folder filled with made-up
clients in each language, then shrinks each picture (at most MAX_WIDTH pixels wide,
256 colours) into resources/help/images/<language>/<screen>.png. Never edit these
pictures by hand: run this script after a screen changes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import render_screens  # noqa: E402  (the renderer next to this script)

IMAGES = ROOT / "resources" / "help" / "images"
MAX_WIDTH = 720
DEMO_CLIENTS = 24


def used_pictures(language: str) -> set[str]:
    from crm_desktop.ui.help.content import load_pages

    return {name for page in load_pages(language).values() for name in page.pictures}


def _fill_demo(context: object, _window: object) -> None:
    from crm_desktop.services.practice import fill_practice

    language = context.translations.language  # type: ignore[attr-defined]
    context.write(fill_practice, language, DEMO_CLIENTS, 7)  # type: ignore[attr-defined]


def shrink(source: Path, target: Path) -> int:
    """Scale down and reduce to 256 colours; returns the new size in bytes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(source))
    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_Indexed8,
                                  Qt.ImageConversionFlag.ThresholdDither
                                  | Qt.ImageConversionFlag.AvoidDither)
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(target), "PNG", 0)  # quality 0 = smallest file
    return target.stat().st_size


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    languages = render_screens.LANGUAGES
    if args.check:
        missing = [f"{lang}/{name}.png" for lang in languages for name in used_pictures(lang)
                   if not (IMAGES / lang / f"{name}.png").exists()]
        print("\n".join(missing) or "every picture is there")
        return 1 if missing else 0
    total = 0
    failed = 0
    with tempfile.TemporaryDirectory(prefix="crm-help-pictures-") as tmp:
        for language in languages:
            wanted = sorted(used_pictures(language))
            if not wanted:
                continue
            results = render_screens.render(Path(tmp), languages=[language], zooms=[100],
                                            only=wanted, prepare=_fill_demo)
            for result in results:
                if result.error:
                    failed += 1
                    print(f"FAILED {result.screen} [{language}]: {result.error}",
                          file=sys.stderr)
                    continue
                total += shrink(Path(result.file), IMAGES / language / f"{result.screen}.png")
            unknown = set(wanted) - {r.screen for r in results}
            for name in sorted(unknown):
                failed += 1
                print(f"NO SUCH SCREEN {name} [{language}] (see ui/screens.py)", file=sys.stderr)
    print(f"help pictures: {total // 1024} KB in {IMAGES}, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
