"""The lesson reader: rendered Markdown with pictures, previous/next, marked read.

A lesson counts as read when the learner scrolls to its end or presses the button; time
spent on the page is added to the lesson's record when the learner leaves it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dtlearn.core.course import Course, Lesson
from dtlearn.errors import DatabaseUnavailable
from dtlearn.services.context import Services
from dtlearn.ui.fonts import load_bundled_fonts
from dtlearn.ui.speech import Reader
from dtlearn.ui.texts import problem_text
from dtlearn.ui.widgets.lesson_browser import LessonBrowser

# Time beyond this on one page is most likely a learner who walked away.
MAX_COUNTED_SECONDS = 30 * 60


class LessonScreen(QWidget):
    back = Signal()
    quiz_requested = Signal()
    not_saved = Signal(str)  # progress could not be written; the lesson stays readable

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_bundled_fonts()  # the italic face, left out of start-up, is needed from here
        self._services = services
        self.course: Course | None = None
        self.lesson: Lesson | None = None
        self.learner_id = ""
        self.is_read = False
        self._timer = QElapsedTimer()

        self.back_button = QPushButton(self.tr("← Course"))
        self.back_button.clicked.connect(self._leave)
        self.position_label = QLabel()
        self.position_label.setObjectName("muted")
        self.fallback_label = QLabel(
            self.tr("This lesson is not translated yet; it is shown in Vietnamese."))
        self.fallback_label.setObjectName("muted")
        self.fallback_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.position_label)
        top.addStretch(1)
        top.addWidget(self.fallback_label)

        self.browser = LessonBrowser()
        self.browser.setAccessibleName(self.tr("Lesson text"))
        self.browser.verticalScrollBar().valueChanged.connect(self._scrolled)

        self.previous_button = QPushButton(self.tr("← Previous lesson"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.speak_button = QPushButton(self.tr("🔊 Read aloud"))
        self.speak_button.setAccessibleName(self.tr("Read the lesson aloud"))
        self.speak_button.setCheckable(True)
        self.speak_button.toggled.connect(self._speak)
        self.speak_button.hide()
        self._reader: Reader | None = None
        self._reader_language = ""
        self.read_button = QPushButton(self.tr("Mark as read"))
        self.read_button.clicked.connect(self.mark_read)
        self.next_button = QPushButton(self.tr("Next lesson →"))
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(lambda: self._step(1))
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.speak_button)
        bottom.addStretch(1)
        bottom.addWidget(self.read_button)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bottom)

    def show_lesson(self, course: Course, lesson_id: str, learner_id: str,
                    find: str = "") -> None:
        lesson = course.lesson(lesson_id)
        if lesson is None:
            return
        self.save_time()
        self.course, self.lesson, self.learner_id = course, lesson, learner_id
        language = self._services.settings.get("language")
        html, used = self._services.catalog.lesson_html(lesson, language)
        self.fallback_label.setVisible(used != language)
        self._prepare_reader(used)
        self.browser.show_html(html, str(course.folder))
        index = course.lessons.index(lesson)
        self.position_label.setText(self.tr("Lesson {number} of {total}").format(
            number=index + 1, total=len(course.lessons)))
        self.previous_button.setEnabled(index > 0)
        last = index == len(course.lessons) - 1
        self.next_button.setText(self.tr("Go to the quiz →") if last
                                 else self.tr("Next lesson →"))
        self._record(lambda: self._services.progress.lesson_opened(
            learner_id, course, lesson.id, used))
        row = self._services.progress.lessons(learner_id, course).get(lesson.id)
        self._set_read(row is not None and row.completed_at is not None)
        self._timer.start()
        self.browser.setFocus()
        if find:
            self.browser.show_words(find)

    def _prepare_reader(self, language: str) -> None:
        """Offer read-aloud only when this PC has a voice for the lesson's language."""
        from dtlearn.ui import speech

        if self.speak_button.isChecked():
            self.speak_button.setChecked(False)
        if language != self._reader_language:
            self._reader = speech.make_reader(language, self)
            self._reader_language = language
        self.speak_button.setVisible(self._reader is not None)

    def _speak(self, on: bool) -> None:
        if self._reader is None:
            return
        if on:
            self._reader.say(self.browser.toPlainText())
            self.speak_button.setText(self.tr("■ Stop reading"))
        else:
            self._reader.stop()
            self.speak_button.setText(self.tr("🔊 Read aloud"))

    def _set_read(self, read: bool) -> None:
        self.is_read = read
        self.read_button.setText(self.tr("✓ Read") if read else self.tr("Mark as read"))
        self.read_button.setEnabled(not read)

    def mark_read(self) -> None:
        if self.is_read or self.course is None or self.lesson is None:
            return
        language = self._services.settings.get("language")
        course, lesson = self.course, self.lesson
        if self._record(lambda: self._services.progress.lesson_completed(
                self.learner_id, course, lesson.id, language)):
            self._set_read(True)

    def _record(self, write: Callable[[], object]) -> bool:
        """Reading goes on when progress cannot be saved (read-only folder, full disk):
        nothing is half-written, and the window's banner says results are not saved."""
        try:
            write()
        except DatabaseUnavailable as error:
            self.not_saved.emit(problem_text(error))
            return False
        return True

    def _scrolled(self, value: int) -> None:
        bar = self.browser.verticalScrollBar()
        if bar.maximum() > 0 and value >= bar.maximum():
            self.mark_read()

    def save_time(self) -> None:
        """Add the time on this page to the lesson's record (once per visit)."""
        if self.course is None or self.lesson is None or not self._timer.isValid():
            return
        seconds = min(MAX_COUNTED_SECONDS, self._timer.elapsed() // 1000)
        self._timer.invalidate()
        course, lesson = self.course, self.lesson
        self._record(lambda: self._services.progress.time_spent(
            self.learner_id, course, lesson.id, int(seconds)))

    def _step(self, delta: int) -> None:
        if self.course is None or self.lesson is None:
            return
        index = self.course.lessons.index(self.lesson) + delta
        if delta > 0:
            self.mark_read()
        if index >= len(self.course.lessons):
            self.save_time()
            self.quiz_requested.emit()
        elif index >= 0:
            self.show_lesson(self.course, self.course.lessons[index].id, self.learner_id)

    def _leave(self) -> None:
        self.speak_button.setChecked(False)
        self.save_time()
        self.back.emit()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self._leave()
            return
        super().keyPressEvent(event)
