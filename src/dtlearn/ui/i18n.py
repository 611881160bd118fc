"""Interface language: Qt translators for our strings and Qt's own, and the locale that
formats dates, numbers and percentages (22/11/2026 and 85,5 % in Vietnamese).

Compiled catalogues (.qm) are built from the .ts sources in resources/translations by the
build step (make, build_installer.py); English is the source language, so a missing .qm
only means English text, never a crash. Qt ships no catalogue of its own words in
Vietnamese (no qtbase_vi); ours carries the few that show (see ``qt_words``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dtlearn.paths import resources_dir

log = logging.getLogger(__name__)
LANGUAGES = ("vi", "en")
_LOCALES = {"vi": QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def default_language() -> str:
    """English if the computer is set to English, Vietnamese otherwise."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "vi"


def clear_language() -> None:
    """Remove the installed catalogues: every tr() answers in English, the source."""
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()


def install_language(language: str) -> bool:
    """Switch every later tr() to ``language``; True if our catalogue was found."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    clear_language()
    QLocale.setDefault(_LOCALES.get(language, _LOCALES["vi"]))
    found = False
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"dtlearn_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        found = True
    elif language != "en":
        log.warning("no compiled translation for %s in %s", language, translations_dir())
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return found
