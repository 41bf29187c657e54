"""The screen renderer: draws every screen of crm_desktop/ui/screens.py to PNG.

    python scripts/render_screens.py OUT_DIR                     # every screen, 100 % and 200 %,
                                                                  # in zh_CN, ru and en
    python scripts/render_screens.py OUT_DIR --zoom 100 --language ru --only page_settings
    python scripts/render_screens.py OUT_DIR --high-contrast --practice

Pictures land in OUT_DIR/<language>/<zoom>/<screen name>.png, and OUT_DIR/index.json lists
every picture with its screen, help id, language, zoom and size (and any screen that failed
to build, with the reason). The same code is imported by scripts/make_help_pictures.py and
the interface tests, so what the help shows is what the program draws.

Runs headless (QT_QPA_PLATFORM=offscreen unless already set). Each language and zoom gets
its own fresh data folder in a temporary directory, so nothing touches real data.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LANGUAGES = ("zh_CN", "ru", "en")
ZOOMS = (100, 200)
#: The main window's size at 100 %; it grows with the zoom so pages are not squeezed.
BASE_SIZE = (1100, 720)


@dataclass(frozen=True)
class Rendered:
    screen: str
    help_id: str
    language: str
    zoom: int
    file: str
    width: int
    height: int
    error: str = ""


#: Called with (context, window) after the window is built and before any screen is drawn;
#: make_help_pictures uses it to fill the data folder with demo data.
Prepare = Callable[[object, object], None]


def ensure_translations_built() -> None:
    """Build any missing .qm (a fresh checkout of a branch), so the pictures are translated."""
    i18n = ROOT / "resources" / "i18n"
    stale = [ts for ts in i18n.glob("*.ts") if not ts.with_suffix(".qm").exists()]
    if not stale:
        return
    sys.path.insert(0, str(ROOT / "scripts"))
    import i18n as i18n_tool  # the script next to this one

    for ts in stale:
        i18n_tool.release_one(ts, ts.with_suffix(".qm"))


def render(
    out_dir: Path,
    *,
    languages: Iterable[str] = LANGUAGES,
    zooms: Iterable[int] = ZOOMS,
    only: Sequence[str] = (),
    high_contrast: bool = False,
    practice: bool = False,
    prepare: Prepare | None = None,
    flat: bool = False,
) -> list[Rendered]:
    """Draw the screens; returns one Rendered per picture (or per failure, with .error)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from crm_desktop.app import ensure_application, start
    from crm_desktop.config import Paths, Preferences, save_preferences
    from crm_desktop.ui.screens import screens

    ensure_translations_built()
    app = ensure_application()
    results: list[Rendered] = []
    out_dir.mkdir(parents=True, exist_ok=True)
    for language in languages:
        for zoom in zooms:
            with tempfile.TemporaryDirectory(prefix="crm-render-") as tmp:
                paths = Paths(Path(tmp) / "data").ensure()
                save_preferences(paths, replace(Preferences(), language=language,
                                                zoom_percent=zoom, high_contrast=high_contrast,
                                                setup_done=True))
                started = start(paths, practice=practice)
                context, window = started.context, started.window
                if prepare is not None:
                    prepare(context, window)
                    context.data_changed.emit("*")
                window.resize(BASE_SIZE[0] * zoom // 100, BASE_SIZE[1] * zoom // 100)
                window.show()
                app.processEvents()
                folder = out_dir if flat else out_dir / language / str(zoom)
                folder.mkdir(parents=True, exist_ok=True)
                for screen in screens():
                    if only and screen.name not in only:
                        continue
                    results.append(_render_one(app, screen, context, window, folder,
                                               language, zoom, flat))
                window.close()
                window.deleteLater()
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                app.processEvents()
                context.workspace.close()
    return results


def _render_one(app: object, screen: object, context: object, window: object, folder: Path,
                language: str, zoom: int, flat: bool) -> Rendered:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    assert isinstance(app, QApplication) and isinstance(window, QWidget)
    name = screen.name  # type: ignore[attr-defined]
    help_id = screen.help_id  # type: ignore[attr-defined]
    file_name = f"{name}_{language}_{zoom}.png" if flat else f"{name}.png"
    target = folder / file_name
    try:
        widget = screen.build(context, window)  # type: ignore[attr-defined]
        if widget is not window:
            hint = widget.sizeHint()
            if widget.testAttribute(Qt.WidgetAttribute.WA_Resized):  # the screen chose its size
                widget.resize(max(hint.width(), widget.width()),
                              max(hint.height(), widget.height()))
            else:
                widget.adjustSize()
                width = max(widget.sizeHint().width(), 560 * zoom // 100)
                widget.resize(min(width, window.width()), max(hint.height(), widget.height()))
            widget.show()
        for _ in range(3):
            app.processEvents()
        picture = widget.grab()
        if picture.isNull() or not picture.save(str(target), "PNG"):
            raise RuntimeError(f"could not save {target}")
        size = (picture.width(), picture.height())
        if widget is not window:
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()
            widget.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
        return Rendered(name, help_id, language, zoom, str(target), *size)
    except Exception as error:  # one broken screen must not stop the rest
        return Rendered(name, help_id, language, zoom, str(target), 0, 0,
                        error=f"{type(error).__name__}: {error}\n{traceback.format_exc()}")


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--language", action="append", choices=LANGUAGES,
                        help="only this language (repeat for several); default: all three")
    parser.add_argument("--zoom", action="append", type=int, choices=(100, 125, 150, 175, 200),
                        help="only this text size (repeat for several); default: 100 and 200")
    parser.add_argument("--only", action="append", default=[],
                        help="only the screen with this name (repeat for several)")
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--practice", action="store_true",
                        help="draw with the practice banner and accent")
    args = parser.parse_args(list(argv))
    results = render(args.out_dir, languages=args.language or LANGUAGES,
                     zooms=args.zoom or ZOOMS, only=args.only,
                     high_contrast=args.high_contrast, practice=args.practice)
    index = args.out_dir / "index.json"
    index.write_text(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=1),
                     encoding="utf-8")
    failed = [r for r in results if r.error]
    for r in failed:
        print(f"FAILED {r.screen} [{r.language} {r.zoom} %]: {r.error}", file=sys.stderr)
    print(f"{len(results) - len(failed)} pictures in {args.out_dir}, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
