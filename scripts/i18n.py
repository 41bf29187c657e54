"""Translation workflow: update .ts from the sources, list and fill unfinished strings, build .qm.

    python scripts/i18n.py update              # pyside6-lupdate every area
    python scripts/i18n.py todo AREA LANG      # unfinished strings as JSON
    python scripts/i18n.py fill AREA LANG FILE # {source: translation | [plural forms]}
    python scripts/i18n.py release             # pyside6-lrelease every .ts into .qm
    python scripts/i18n.py check               # exit 1 if anything is unfinished or stale
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from i18n_areas import AREAS  # noqa: E402

I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "ru")
#: English needs only its plural forms ("1 client", "3 clients"): the sources are English.
PLURAL_ONLY = ("en",)
ALL_LANGS = LANGS + PLURAL_ONLY


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def sources(area: str) -> list[str]:
    files: list[str] = []
    for pattern in AREAS[area]:
        files += sorted(str(p.relative_to(ROOT)) for p in ROOT.glob(pattern) if p.is_file())
    return files


def ts_path(area: str, lang: str) -> Path:
    return I18N / f"{area}_{lang}.ts"


def lupdate(area: str, lang: str, target: Path) -> None:
    plural_only = ["-pluralonly"] if lang in PLURAL_ONLY else []
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", *plural_only,
         "-target-language", lang, *sources(area), "-ts", str(target)],
        cwd=ROOT, check=True,
    )


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for area in AREAS:
        for lang in ALL_LANGS:
            lupdate(area, lang, ts_path(area, lang))


def unfinished(ts: Path) -> list[dict[str, object]]:
    tree = ET.parse(ts)
    todo: list[dict[str, object]] = []
    for context in tree.getroot().iter("context"):
        ctx_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            plural = message.get("numerus") == "yes"
            texts = [n.text or "" for n in translation.iter("numerusform")] if plural else [
                translation.text or ""]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not any(texts):
                if translation.get("type") in ("vanished", "obsolete"):
                    continue
                todo.append({"context": ctx_name, "source": message.findtext("source") or "",
                             "plural": plural})
    return todo


def fill(area: str, lang: str, mapping_file: Path) -> int:
    mapping: dict[str, object] = json.loads(mapping_file.read_text(encoding="utf-8"))
    ts = ts_path(area, lang)
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source not in mapping:
            continue
        value = mapping[source]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = str(form)
        else:
            translation.text = str(value)
        filled += 1
    ET.indent(tree, space="    ")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(header + body + "\n", encoding="utf-8")
    return filled


def release_one(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def release() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        release_one(ts, ts.with_suffix(".qm"))


def problems() -> list[str]:
    """Everything that makes a translation incomplete or out of date."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for area in AREAS:
            for lang in ALL_LANGS:
                ts = ts_path(area, lang)
                if not ts.exists():
                    found.append(f"{ts.name} is missing")
                    continue
                fresh = Path(tmp) / ts.name
                shutil.copy(ts, fresh)
                lupdate(area, lang, fresh)
                for item in unfinished(fresh):
                    found.append(f"{ts.name}: not translated: {item['source']!r}")
                qm = ts.with_suffix(".qm")
                built = Path(tmp) / qm.name
                release_one(ts, built)
                if not qm.exists() or qm.read_bytes() != built.read_bytes():
                    found.append(f"{qm.name} is missing or older than {ts.name}")
    return found


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd = argv[0]
    if cmd == "update":
        update()
    elif cmd == "todo":
        print(json.dumps(unfinished(ts_path(argv[1], argv[2])), ensure_ascii=False, indent=1))
    elif cmd == "fill":
        print(f"filled {fill(argv[1], argv[2], Path(argv[3]))}")
    elif cmd == "release":
        release()
    elif cmd == "check":
        found = problems()
        print("\n".join(found) or "translations complete")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
