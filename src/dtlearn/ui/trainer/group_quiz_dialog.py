"""The trainer-led quiz: one question at a time for the whole room; the trainer records
each attendee's answer beside their name. Answers are saved as they are recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dtlearn.services.group_quiz import GroupQuiz
from dtlearn.services.quiz import QuizResult
from dtlearn.ui.texts import percent, question_text_format
from dtlearn.ui.widgets.question_view import QuestionView
from dtlearn.ui.widgets.scroll import page_scroll


class GroupQuizDialog(QDialog):
    def __init__(self, quiz: GroupQuiz, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quiz = quiz
        self.results: dict[str, QuizResult] = {}
        self.views: dict[str, QuestionView] = {}
        self.setWindowTitle(self.tr("Quiz for the group"))
        self.resize(1200, 700)
        self.counter = QLabel()
        self.counter.setObjectName("cardTitle")
        self.question = QLabel()
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        self._rows = QVBoxLayout()
        host = QWidget()
        host.setLayout(self._rows)
        scroll = page_scroll(host)
        self.missing = QLabel()
        self.missing.setObjectName("muted")
        self.previous_button = QPushButton(self.tr("← Previous question"))
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(lambda: self._move(1))
        self.results_table = QTableWidget(0, 3)
        self.results_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Score"),
                                                      self.tr("Result")])
        self.results_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.results_table.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.missing, 1)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.question)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.results_table, 1)
        layout.addLayout(buttons)
        self._scroll = scroll
        self._show()

    @property
    def is_last(self) -> bool:
        return self.quiz.index == len(self.quiz.questions) - 1

    def _show(self) -> None:
        item = self.quiz.current
        total = len(self.quiz.questions)
        self.counter.setText(self.tr("Question {number} of {total}").format(
            number=self.quiz.index + 1, total=total))
        self.question.setTextFormat(question_text_format(item.question))
        self.question.setText(item.question.text)
        while self._rows.count():
            child = self._rows.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.views = {}
        for person in self.quiz.participants:
            row = QFrame()
            row.setObjectName("card")
            row_layout = QHBoxLayout(row)
            name = QLabel(person.name)
            name.setMinimumWidth(220)
            name.setWordWrap(True)
            view = QuestionView(item)
            view.set_response(self.quiz.response_of(person.learner_id))
            view.setAccessibleName(self.tr("Answer of {name}").format(name=person.name))
            row_layout.addWidget(name, 0, Qt.AlignmentFlag.AlignTop)
            row_layout.addWidget(view, 1)
            self._rows.addWidget(row)
            self.views[person.learner_id] = view
        self._rows.addStretch(1)
        self.previous_button.setEnabled(self.quiz.index > 0)
        self.next_button.setText(self.tr("Finish and show results") if self.is_last
                                 else self.tr("Next question →"))
        self._update_missing()

    def _update_missing(self) -> None:
        missing = [p.name for p in self.quiz.participants
                   if self.views[p.learner_id].response() is None]
        self.missing.setText(self.tr("No answer yet: {names}").format(names=", ".join(missing))
                             if missing else self.tr("Everyone has an answer."))

    def record(self) -> None:
        """Save what is ticked for each person (only what changed)."""
        for person in self.quiz.participants:
            response = self.views[person.learner_id].response()
            if response is not None and response != self.quiz.response_of(person.learner_id):
                self.quiz.record(person.learner_id, response)

    def _move(self, step: int) -> None:
        if self.results:
            self.accept()
            return
        self.record()
        if step > 0 and self.is_last:
            self.finish()
            return
        self.quiz.go_to(self.quiz.index + step)
        self._show()

    def finish(self) -> None:
        self.results = self.quiz.finish()
        self.question.setText(self.tr("Results"))
        self._scroll.hide()
        self.previous_button.hide()
        self.missing.hide()
        self.results_table.setRowCount(len(self.quiz.participants))
        for row, person in enumerate(self.quiz.participants):
            result = self.results[person.learner_id]
            verdict = self.tr("✓ passed") if result.passed else self.tr("✗ not passed yet")
            for column, text in enumerate((person.name, percent(result.score), verdict)):
                self.results_table.setItem(row, column, QTableWidgetItem(text))
        self.results_table.show()
        self.counter.setText(self.tr("Quiz finished"))
        self.next_button.setText(self.tr("Close"))
