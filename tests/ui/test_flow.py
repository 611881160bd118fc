"""The whole learner journey, clicked and typed as a person would, checked on screen and in
the database: create a profile, read both lessons, take the quiz, see and keep the result."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dtlearn.core.questions import Kind
from dtlearn.paths import Paths
from dtlearn.services.context import Services, build_services
from dtlearn.services.quiz import PresentedQuestion
from dtlearn.store import attempts
from dtlearn.ui.main_window import MainWindow
from dtlearn.ui.screens.quiz import QuizScreen

from ..conftest import copy_course


def open_window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type text key by key. QTest only knows ASCII keys, so each character is sent as a
    key event carrying its text, the way a Vietnamese input method delivers it."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
    qtbot.wait(1)


def press(qtbot: QtBot, screen: QWidget, key: Qt.Key) -> None:
    """Send a key where a person's keystroke would go: the focused widget inside ``screen``."""
    focused = QApplication.focusWidget()
    target = focused if focused is not None and screen.isAncestorOf(focused) else screen
    qtbot.keyClick(target, key)


def answer_right(qtbot: QtBot, quiz: QuizScreen, item: PresentedQuestion) -> None:
    question = item.question
    view = quiz.view
    assert view is not None
    if question.kind in (Kind.SINGLE, Kind.TRUE_FALSE):
        best = max(range(len(question.choices)), key=lambda i: question.choices[i].fraction)
        press(qtbot, quiz, Qt.Key(Qt.Key.Key_1 + item.choice_order.index(best)))
        press(qtbot, quiz, Qt.Key.Key_Return)
    elif question.kind is Kind.MULTIPLE:
        for original, choice in enumerate(question.choices):
            if choice.fraction > 0:
                press(qtbot, quiz, Qt.Key(Qt.Key.Key_1 + item.choice_order.index(original)))
        press(qtbot, quiz, Qt.Key.Key_Return)
    elif question.kind in (Kind.SHORT, Kind.NUMERICAL):
        text = (question.choices[0].text if question.kind is Kind.SHORT
                else f"{question.numeric[0].low:g}".replace(".", ","))
        field = QApplication.focusWidget()
        assert field is not None
        type_into(qtbot, field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    else:
        for combo, pair in zip(view._combos, question.pairs, strict=True):
            combo.setCurrentIndex(combo.findData(pair.right))
        qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def create_learner(qtbot: QtBot, window: MainWindow, name: str) -> None:
    assert window.stack.currentWidget() is window.learners
    type_into(qtbot, window.learners.name_edit, name)
    type_into(qtbot, window.learners.commune_edit, "Xã Tân Lập")
    click(qtbot, window.learners.create_button)


def open_quiz_as(qtbot: QtBot, window: MainWindow, name: str) -> QuizScreen:
    create_learner(qtbot, window, name)
    click(qtbot, window.catalog.card("sample-course").open_button)
    click(qtbot, window.course_screen.quiz_button)
    assert window.quiz.session is not None
    return window.quiz


def read_course_and_pass(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window.catalog.card("sample-course").open_button)
    assert window.stack.currentWidget() is window.course_screen
    click(qtbot, window.course_screen.read_button)
    lesson = window.lesson
    assert window.stack.currentWidget() is lesson
    assert "Mật khẩu mạnh" in lesson.browser.toPlainText()
    bar = lesson.browser.verticalScrollBar()
    bar.setValue(bar.maximum())  # reading to the end marks the lesson read
    assert lesson.is_read
    click(qtbot, lesson.next_button)
    assert "Mã OTP" in lesson.browser.toPlainText()
    click(qtbot, lesson.read_button)
    assert lesson.read_button.text() == "✓ Read"
    click(qtbot, lesson.next_button)  # "Go to the quiz"
    quiz = window.quiz
    assert window.stack.currentWidget() is quiz
    assert quiz.counter.text() == "Question 1 of 10"
    while window.stack.currentWidget() is quiz:
        session = quiz.session
        assert session is not None
        answer_right(qtbot, quiz, session.current)


def test_learner_reads_takes_quiz_and_keeps_result(qtbot: QtBot, services: Services,
                                                   paths: Paths) -> None:
    window = open_window(qtbot, services)
    create_learner(qtbot, window, "Nguyễn Văn An")
    assert window.stack.currentWidget() is window.catalog
    assert window.catalog.learner_label.text() == "Learner: Nguyễn Văn An"
    read_course_and_pass(qtbot, window)

    results = window.results
    assert window.stack.currentWidget() is results
    assert results.score_label.text() == "Your score: 100 %"
    assert results.verdict_label.text().startswith("✓ Passed")
    learner_id = window.learner_id
    sample = services.catalog.course("sample-course")
    assert sample is not None
    history = attempts.finished_attempts(services.store, learner_id, "sample-course")
    assert [(a.score, a.passed) for a in history] == [(100.0, True)]
    assert set(services.progress.lessons(learner_id, sample)) == {"passwords", "otp"}
    window.close()
    services.close()

    # Reopen on the same data folder: the learner, progress and best score are there.
    again = build_services(paths)
    window2 = open_window(qtbot, again)
    assert window2.stack.currentWidget() is window2.catalog
    card = window2.catalog.card("sample-course")
    assert card.status.text() == "✓ Completed"
    assert card.bar.value() == 100
    click(qtbot, card.open_button)
    assert window2.course_screen.best_label.text() == "Best score: 100 % — passed ✓"
    assert "✓ read" in window2.course_screen.lesson_list.item(0).text()
    assert window2.course_screen.quiz_button.text() == "Take the quiz again"
    window2.close()
    again.close()


def test_interrupted_quiz_resumes_where_it_stopped(qtbot: QtBot, services: Services,
                                                   paths: Paths) -> None:
    window = open_window(qtbot, services)
    quiz = open_quiz_as(qtbot, window, "Trần Thị Bình")
    answered = []
    for _ in range(3):
        assert quiz.session is not None
        item = quiz.session.current
        answered.append(item.question.id)
        answer_right(qtbot, quiz, item)
    window.close()  # as if the window were closed mid-quiz
    services.close()

    again = build_services(paths)
    window2 = open_window(qtbot, again)
    click(qtbot, window2.catalog.card("sample-course").open_button)
    assert window2.course_screen.quiz_button.text() == "Continue the quiz"
    click(qtbot, window2.course_screen.quiz_button)
    session = window2.quiz.session
    assert session is not None
    assert session.index == 3
    assert window2.quiz.counter.text() == "Question 4 of 10"
    assert [p.question.id for p in session.questions[:3]] == answered
    click(qtbot, window2.quiz.previous_button)
    view = window2.quiz.view
    assert view is not None and view.response() is not None  # the earlier answer is shown
    window2.close()
    again.close()


def test_blank_name_is_refused_with_a_message(qtbot: QtBot, services: Services) -> None:
    window = open_window(qtbot, services)
    type_into(qtbot, window.learners.name_edit, "    ")
    click(qtbot, window.learners.create_button)
    assert window.stack.currentWidget() is window.learners
    assert window.learners.error_label.isVisible()
    assert window.learners.error_label.text() == "Please type your name."
    assert services.learners.all() == []


def test_existing_learner_is_picked_from_the_list(qtbot: QtBot, services: Services) -> None:
    services.learners.create("Lê Thị Cúc")
    services.learners.create("Phạm Văn Dũng")
    window = open_window(qtbot, services)
    screen = window.learners
    assert screen.learner_list.count() == 2
    screen.learner_list.setCurrentRow(1)
    click(qtbot, screen.continue_button)
    assert window.stack.currentWidget() is window.catalog
    assert window.catalog.learner_label.text() == "Learner: Phạm Văn Dũng"
    click(qtbot, window.catalog.switch_button)
    assert window.stack.currentWidget() is screen


def test_broken_course_is_shown_with_its_reason(qtbot: QtBot, services: Services,
                                                courses_dir: Path) -> None:
    broken = courses_dir / "broken"
    broken.mkdir()
    (broken / "course.toml").write_text('id = "broken"\nversion = ', encoding="utf-8")
    services.catalog.refresh()
    services.learners.create("Đỗ Văn Em")
    window = open_window(qtbot, services)
    click(qtbot, window.learners.continue_button)
    assert len(window.catalog.cards) == 1
    assert len(window.catalog.broken_cards) == 1
    reason = window.catalog.broken_cards[0].reason.text()
    assert "invalid TOML" in reason and "course.toml:2" in reason


def test_finishing_with_unanswered_questions_asks_first(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, services)
    quiz = open_quiz_as(qtbot, window, "Hoàng Văn Phúc")
    assert quiz.session is not None
    quiz.session.go_to(9)
    quiz._show()
    asked: list[str] = []

    def say(answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return answer
        return question

    monkeypatch.setattr(QMessageBox, "question", say(QMessageBox.StandardButton.No))
    click(qtbot, quiz.next_button)
    assert window.stack.currentWidget() is quiz
    assert "10 question(s) have no answer" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", say(QMessageBox.StandardButton.Yes))
    click(qtbot, quiz.next_button)
    assert window.stack.currentWidget() is window.results
    assert window.results.score_label.text() == "Your score: 0 %"
    assert window.results.verdict_label.text().startswith("✗ Not passed yet")


def test_many_courses_show_a_screenful_first_then_all(qtbot: QtBot, services: Services,
                                                      courses_dir: Path,
                                                      sample_course_dir: Path) -> None:
    for number in range(20):
        copy_course(sample_course_dir, courses_dir, f"copy-{number:02d}")
    services.catalog.refresh()
    services.learners.create("Vũ Thị Giang")
    window = open_window(qtbot, services)
    click(qtbot, window.learners.continue_button)
    catalog = window.catalog
    assert 0 < len(catalog.cards) < 21  # the first screenful, before the event loop runs
    qtbot.waitUntil(lambda: catalog.complete)
    assert len(catalog.cards) == 21
    assert [card.course_id for card in catalog.cards][:2] == ["copy-00", "copy-01"]


def test_retry_starts_a_fresh_attempt(qtbot: QtBot, services: Services) -> None:
    window = open_window(qtbot, services)
    create_learner(qtbot, window, "Bùi Văn Hải")
    read_course_and_pass(qtbot, window)
    first = attempts.finished_attempts(services.store, window.learner_id, "sample-course")
    click(qtbot, window.results.retry_button)
    assert window.stack.currentWidget() is window.quiz
    session = window.quiz.session
    assert session is not None
    assert session.attempt.id != first[0].id
    assert session.answered_count == 0 and window.quiz.counter.text() == "Question 1 of 10"


def test_markdown_and_html_questions_are_formatted(qtbot: QtBot, services: Services,
                                                   sample_course_dir: Path) -> None:
    for name in ("quiz.vi.gift", "quiz.en.gift"):
        quiz = sample_course_dir / name
        text = quiz.read_text(encoding="utf-8")
        text = text.replace("::reuse:: ", "::reuse:: [markdown]**Một** mật khẩu ")
        text = text.replace("::birthday:: ", "::birthday:: [html]<b>Ngày sinh</b> ")
        quiz.write_text(text, encoding="utf-8")
    services.catalog.refresh()
    window = open_window(qtbot, services)
    quiz = open_quiz_as(qtbot, window, "Lý Thị Kim")
    assert quiz.session is not None
    formats = {}
    for index, item in enumerate(quiz.session.questions):
        quiz.session.go_to(index)
        quiz._show()
        formats[item.question.id] = quiz.question_label.textFormat()
    assert formats["reuse"] == Qt.TextFormat.MarkdownText
    assert formats["birthday"] == Qt.TextFormat.RichText
    assert formats["caller"] == Qt.TextFormat.PlainText
