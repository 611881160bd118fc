"""Comfort features: search from the catalog to the matched words in a lesson; text size,
high contrast and language change live without losing the current screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dtlearn.services.context import Services

from .test_flow import click, create_learner, open_window, type_into


def test_search_opens_the_lesson_at_the_match(qtbot: QtBot, services: Services) -> None:
    window = open_window(qtbot, services)
    create_learner(qtbot, window, "Nguyễn Văn An")
    type_into(qtbot, window.catalog.search_field, "ma otp")
    qtbot.keyClick(window.catalog.search_field, Qt.Key.Key_Return)
    screen = window.search_screen
    assert window.stack.currentWidget() is screen
    keys = [hit.key for hit in screen.hits]
    assert "sample-course/otp" in keys
    assert screen.summary.text() == f"{len(keys)} results for “ma otp”"
    screen.results.setCurrentRow(keys.index("sample-course/otp"))
    screen.results.itemActivated.emit(screen.results.currentItem())
    assert window.stack.currentWidget() is window.lesson
    assert window.lesson.browser.textCursor().selectedText() == "Mã OTP"


def test_search_with_nothing_found_says_so(qtbot: QtBot, services: Services) -> None:
    window = open_window(qtbot, services)
    create_learner(qtbot, window, "Nguyễn Văn An")
    window.show_search("xyzzy plugh")
    assert window.search_screen.summary.text() == (
        "Nothing found for “xyzzy plugh”. Try fewer words.")
    assert window.search_screen.results.count() == 0


def test_text_size_changes_and_the_lesson_stays(qtbot: QtBot, services: Services) -> None:
    window = open_window(qtbot, services)
    create_learner(qtbot, window, "Nguyễn Văn An")
    click(qtbot, window.catalog.card("sample-course").open_button)
    click(qtbot, window.course_screen.read_button)
    old_lesson = window.lesson
    assert window.lesson.lesson is not None and window.lesson.lesson.id == "passwords"
    click(qtbot, window.larger_button)
    assert services.settings.get("text_scale") == 1.2
    assert window.lesson is not old_lesson  # rebuilt with the new size…
    assert window.stack.currentWidget() is window.lesson  # …and still on the same lesson
    assert window.lesson.lesson is not None and window.lesson.lesson.id == "passwords"
    for _ in range(10):
        window.larger_action.trigger()
    assert services.settings.get("text_scale") == 2.0  # capped
    for _ in range(10):
        window.smaller_action.trigger()
    assert services.settings.get("text_scale") == 0.8


def test_high_contrast_and_language_keep_the_quiz_question(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, services)
    create_learner(qtbot, window, "Nguyễn Văn An")
    click(qtbot, window.catalog.card("sample-course").open_button)
    click(qtbot, window.course_screen.quiz_button)
    assert window.quiz.session is not None
    window.quiz.session.go_to(3)
    window.quiz._show()
    question = window.quiz.session.current.question.id
    window.contrast_action.trigger()
    assert services.settings.get("high_contrast") is True
    assert window.palette().color(window.backgroundRole()).name() == "#000000"
    assert window.quiz.session is not None and window.quiz.session.current.question.id == question
    window.set_language("en")
    assert services.settings.get("language") == "en"
    assert window.stack.currentWidget() is window.quiz
    assert window.quiz.counter.text() == "Question 4 of 10"
    assert window.quiz.question_label.text().startswith(
        window.quiz.session.current.question.text[:10])
    window.contrast_action.trigger()
    assert window.palette().color(window.backgroundRole()).name() == "#efefef"
