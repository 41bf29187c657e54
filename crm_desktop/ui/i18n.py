"""Loads the program's and Qt's own translations and the matching locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from crm_desktop.config import LANGUAGES, RESOURCES_DIR

I18N_DIR = RESOURCES_DIR / "i18n"
LANGUAGE_NAMES = {"zh_CN": "中文", "ru": "Русский", "en": "English"}


#: Translators are installed on the one application, so whoever installs a language
#: must be able to take out what an earlier Translations object put in.
_INSTALLED: list[QTranslator] = []


class Translations:
    """Swaps every installed translator at once; Qt then sends LanguageChange to each widget."""

    def __init__(self) -> None:
        self.language = "en"

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        language = language if language in LANGUAGES else "en"
        while _INSTALLED:
            app.removeTranslator(_INSTALLED.pop())
        self.language = language
        QLocale.setDefault(QLocale(language))
        self._load(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _load(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        if language != "en":  # English needs only our plural forms, not Qt's catalogue
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt_base = QTranslator(app)
            if qt_base.load(f"qtbase_{language}", qt_dir):
                self._install(qt_base)
        for qm in sorted(I18N_DIR.glob(f"*_{language}.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                self._install(translator)

    def _install(self, translator: QTranslator) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        app.installTranslator(translator)
        _INSTALLED.append(translator)


def locale() -> QLocale:
    return QLocale()
