"""The language the app speaks, chosen once before any widget is built.

The app's catalogues (`resources/translations/hailuo_desktop_<language>.qm`, compiled from the
`.ts` sources by `make translations`) and Qt's own (`qtbase_<language>.qm` from the PySide6
wheel: the buttons of standard dialogs, the file chooser) are installed on the application;
the layers without Qt translate through the same catalogues (`domain.i18n`). English has a
catalogue too, for its plural forms ("1 video", "2 videos"). Switching in Settings takes effect
at the next start, so a window is never half in one language and half in another.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...domain import i18n
from ...domain.language import ENGLISH, LANGUAGES, choose_language
from .assets import resource_path

log = logging.getLogger(__name__)

CATALOGUE = "hailuo_desktop"
_installed: list[QTranslator] = []


def _qt_folders() -> list[str]:
    """Where Qt's own catalogues may be: the wheel's (or bundle's) folder, then ours."""
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(resource_path("translations"))]


def _load(name: str, folders: list[str]) -> QTranslator | None:
    translator = QTranslator(QCoreApplication.instance())
    for folder in folders:
        if translator.load(name, folder):
            return translator
    return None


def _catalogues(language: str) -> list[tuple[str, list[str]]]:
    """(name, folders) of each catalogue `language` is spoken with."""
    wanted = [(f"{CATALOGUE}_{language}", [str(resource_path("translations"))])]
    if language != ENGLISH:
        wanted.append((f"qtbase_{language}", _qt_folders()))
    return wanted


def missing_catalogues() -> list[str]:
    """The catalogues of the languages Settings offers that can't be loaded (the self-test's
    check that a bundle or a checkout has them all)."""
    return [name for language in LANGUAGES for name, folders in _catalogues(language)
            if _load(name, folders) is None]


def install_language(setting: str) -> str:
    """Speak the language `setting` names ("" for the system's); returns the one chosen.
    Called again, it replaces what an earlier call installed (tests start many windows)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = choose_language(setting, QLocale.system().uiLanguages())
    for name, folders in _catalogues(language):
        translator = _load(name, folders)
        if translator is None:
            log.warning("no %s.qm found in %s: that text stays in English", name, folders)
            continue
        app.installTranslator(translator)
        _installed.append(translator)
    # Numbers and dates the widgets format follow the language too.
    QLocale.setDefault(QLocale(language))
    i18n.use(QCoreApplication.translate, language)
    return language
