"""Read-aloud shows only where a voice for the lesson's language exists, and reads the
lesson's text; without a voice there is no button at all."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from dtlearn.services.context import Services
from dtlearn.ui import speech

from .test_flow import click, create_learner, open_window


class FakeReader:
    def __init__(self) -> None:
        self.said: list[str] = []
        self.stopped = 0

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        self.stopped += 1


def open_lesson(qtbot: QtBot, services: Services):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, services)
    create_learner(qtbot, window, "Nguyễn Văn An")
    click(qtbot, window.catalog.card("sample-course").open_button)
    click(qtbot, window.course_screen.read_button)
    return window


def test_read_aloud_with_a_vietnamese_voice(qtbot: QtBot, services: Services,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    reader = FakeReader()
    asked: list[str] = []

    def make(language: str, parent: object) -> FakeReader:
        asked.append(language)
        return reader

    monkeypatch.setattr(speech, "make_reader", make)
    window = open_lesson(qtbot, services)
    lesson = window.lesson
    assert asked == ["vi"]
    assert lesson.speak_button.isVisible()
    click(qtbot, lesson.speak_button)
    assert reader.said and reader.said[0].startswith("Mật khẩu mạnh")
    assert lesson.speak_button.text() == "■ Stop reading"
    click(qtbot, lesson.speak_button)
    assert reader.stopped == 1
    click(qtbot, lesson.speak_button)
    click(qtbot, lesson.back_button)  # leaving stops the voice
    assert reader.stopped == 2


def test_no_voice_no_button(qtbot: QtBot, services: Services,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech, "make_reader", lambda language, parent: None)
    window = open_lesson(qtbot, services)
    assert not window.lesson.speak_button.isVisible()


def test_real_backend_degrades_cleanly() -> None:
    """Without PySide6-Addons (or without a voice) the real factory says "cannot"."""
    result = speech.qt_reader("vi")
    assert result is None or hasattr(result, "say")
