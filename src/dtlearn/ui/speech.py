"""Read-aloud for lessons, where the computer has a voice for the lesson's language.

QtTextToSpeech comes with PySide6-Addons (the optional ``speech`` extra) and speaks through
the OS's own voices. Many PCs have no Vietnamese voice; then there is no button at all,
rather than one that reads Vietnamese with an English voice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QLocale, QObject

log = logging.getLogger(__name__)


class Reader(Protocol):
    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...


class _QtReader:
    def __init__(self, engine: QObject) -> None:
        self._engine = engine

    def say(self, text: str) -> None:
        self._engine.say(text)  # type: ignore[attr-defined]

    def stop(self) -> None:
        self._engine.stop()  # type: ignore[attr-defined]


def qt_reader(language: str, parent: QObject | None = None) -> Reader | None:
    """A reader speaking ``language`` ("vi" or "en"), or None if this PC cannot."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    try:
        engine = QTextToSpeech(parent)
        wanted = QLocale(language).language()
        voices = [voice for voice in engine.availableVoices()
                  if voice.locale().language() == wanted]
        if not voices:
            locales = [loc for loc in engine.availableLocales() if loc.language() == wanted]
            if not locales:
                return None
            engine.setLocale(locales[0])
        else:
            engine.setLocale(voices[0].locale())
            engine.setVoice(voices[0])
    except Exception as error:  # noqa: BLE001 - a broken speech backend must not stop a lesson
        log.info("no speech: %s", error)
        return None
    return _QtReader(engine)


# Replaced in tests; the lesson screen asks it once per language.
make_reader: Callable[[str, QObject | None], Reader | None] = qt_reader
