"""Where the data lives and the few preferences kept between runs."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "CRM Desktop"
APP_SLUG = "crm-desktop"
DATA_DIR_ENV = "CRM_DESKTOP_DATA_DIR"
LANGUAGES = ("zh_CN", "ru", "en")
ZOOM_STEPS = (100, 125, 150, 175, 200)
BASE_POINT_SIZE = 14.0


@dataclass(frozen=True)
class Paths:
    """Every file the program keeps, all inside one data folder."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "crm.sqlite"

    @property
    def practice_database(self) -> Path:
        return self.data_dir / "practice" / "practice.sqlite"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "crm-desktop.log"

    @property
    def preferences(self) -> Path:
        return self.data_dir / "preferences.json"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "crm.lock"

    def ensure(self) -> Paths:
        for folder in (self.data_dir, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The --data-dir argument wins, then CRM_DESKTOP_DATA_DIR, then the user's data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(user_data_dir(APP_SLUG, appauthor=False))


@dataclass(frozen=True)
class Preferences:
    """Per-PC choices that must survive a restart (not company data, so not synced)."""

    language: str = "en"
    zoom_percent: int = 100
    high_contrast: bool = False
    setup_done: bool = False

    def with_zoom(self, percent: int) -> Preferences:
        return replace(self, zoom_percent=clamp_zoom(percent))

    def with_language(self, language: str) -> Preferences:
        return replace(self, language=language if language in LANGUAGES else "en")


def clamp_zoom(percent: int) -> int:
    return max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], int(percent)))


def load_preferences(paths: Paths) -> Preferences:
    try:
        raw = json.loads(paths.preferences.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    known = {k: v for k, v in raw.items() if k in Preferences.__dataclass_fields__}
    try:
        prefs = Preferences(**known)
    except TypeError:
        return Preferences()
    return prefs.with_zoom(prefs.zoom_percent).with_language(prefs.language)


def save_preferences(paths: Paths, prefs: Preferences) -> None:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    tmp = paths.preferences.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(asdict(prefs), indent=2), encoding="utf-8")
    tmp.replace(paths.preferences)


RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
