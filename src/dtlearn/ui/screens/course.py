"""One course: its lessons (read or not) and its quiz (best score, start or resume)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dtlearn.core.course import Course
from dtlearn.services.context import Services
from dtlearn.ui.texts import percent


class CourseScreen(QWidget):
    back = Signal()
    lesson_opened = Signal(str)
    quiz_started = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.course: Course | None = None
        self.back_button = QPushButton(self.tr("← All courses"))
        self.back_button.clicked.connect(self.back)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)

        lessons_box = QGroupBox(self.tr("Lessons"))
        self.lesson_list = QListWidget()
        self.lesson_list.setAccessibleName(self.tr("Lessons"))
        self.lesson_list.setWordWrap(True)
        self.lesson_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lesson_list.itemActivated.connect(self._open_item)
        self.read_button = QPushButton(self.tr("Read lesson"))
        self.read_button.clicked.connect(self._open_selected)
        lessons_layout = QVBoxLayout(lessons_box)
        lessons_layout.addWidget(self.lesson_list)
        lessons_layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignRight)

        quiz_box = QGroupBox(self.tr("Quiz"))
        self.quiz_facts = QLabel()
        self.quiz_facts.setWordWrap(True)
        self.best_label = QLabel()
        self.best_label.setWordWrap(True)
        self.history_label = QLabel()
        self.history_label.setObjectName("muted")
        self.history_label.setWordWrap(True)
        self.quiz_button = QPushButton()
        self.quiz_button.setObjectName("primary")
        self.quiz_button.clicked.connect(self.quiz_started)
        quiz_layout = QVBoxLayout(quiz_box)
        quiz_layout.addWidget(self.quiz_facts)
        quiz_layout.addWidget(self.best_label)
        quiz_layout.addWidget(self.history_label)
        quiz_layout.addStretch(1)
        quiz_layout.addWidget(self.quiz_button)

        columns = QHBoxLayout()
        columns.addWidget(lessons_box, 3)
        columns.addWidget(quiz_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 24)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addLayout(columns, 1)

    def show_course(self, course: Course, learner_id: str) -> None:
        self.course = course
        language = self._services.settings.get("language")
        self.title.setText(course.title_in(language))
        self.description.setText(course.description_in(language))
        done = self._services.progress.lessons(learner_id, course)
        current = max(0, self.lesson_list.currentRow())
        self.lesson_list.clear()
        first_unread = None
        for number, lesson in enumerate(course.lessons, start=1):
            row = done.get(lesson.id)
            read = row is not None and row.completed_at is not None
            mark = self.tr("✓ read") if read else self.tr("○ not read yet")
            item = QListWidgetItem(f"{number}. {lesson.title(language)}\n{mark}")
            item.setData(Qt.ItemDataRole.UserRole, lesson.id)
            self.lesson_list.addItem(item)
            if not read and first_unread is None:
                first_unread = number - 1
        self.lesson_list.setCurrentRow(first_unread if first_unread is not None
                                       else min(current, len(course.lessons) - 1))
        self._show_quiz(course, learner_id)
        self.lesson_list.setFocus()

    def _show_quiz(self, course: Course, learner_id: str) -> None:
        entry = next((e for e in self._services.catalog.entries()
                      if e.course is not None and e.course.id == course.id), None)
        total = entry.question_count if entry else 0
        asked = min(course.quiz_size or total, total)
        self.quiz_facts.setText(self.tr("{count} questions. You pass with {mark} or more.")
                                .format(count=asked, mark=percent(course.pass_mark)))
        history = self._services.quiz.history(learner_id, course)
        if history:
            best = max(history, key=lambda attempt: attempt.score or 0.0)
            verdict = self.tr("passed ✓") if any(a.passed for a in history) \
                else self.tr("not passed yet")
            self.best_label.setText(self.tr("Best score: {score} — {verdict}").format(
                score=percent(best.score or 0.0), verdict=verdict))
            self.history_label.setText(self.tr("Attempts so far: {count}").format(
                count=len(history)))
        else:
            self.best_label.setText(self.tr("You have not taken this quiz yet."))
            self.history_label.setText("")
        if self._services.quiz.has_open_attempt(learner_id, course):
            self.quiz_button.setText(self.tr("Continue the quiz"))
        elif history:
            self.quiz_button.setText(self.tr("Take the quiz again"))
        else:
            self.quiz_button.setText(self.tr("Start the quiz"))

    def _open_item(self, item: QListWidgetItem) -> None:
        self.lesson_opened.emit(item.data(Qt.ItemDataRole.UserRole))

    def _open_selected(self) -> None:
        item = self.lesson_list.currentItem()
        if item is not None:
            self._open_item(item)
