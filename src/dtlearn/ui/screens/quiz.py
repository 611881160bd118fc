"""The quiz runner: one question per screen, answered by mouse or by keys 1–9 and Enter.

Every answer is written to the database as the learner moves on, so closing the window or
losing power mid-quiz loses nothing; the course screen then offers to continue.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dtlearn.errors import DatabaseUnavailable
from dtlearn.services.quiz import QuizResult, QuizSession
from dtlearn.ui.errors import show_user_error
from dtlearn.ui.texts import problem_text, question_text_format
from dtlearn.ui.widgets.question_view import QuestionView
from dtlearn.ui.widgets.scroll import page_scroll


class QuizScreen(QWidget):
    finished = Signal(object)  # QuizResult
    left = Signal()
    not_saved = Signal(str)  # an answer could not be written; the person was told

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: QuizSession | None = None
        self.view: QuestionView | None = None

        self.leave_button = QPushButton(self.tr("← Leave the quiz (answers are kept)"))
        self.leave_button.clicked.connect(self._leave)
        self.counter = QLabel()
        self.counter.setStyleSheet("font-weight: bold;")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Quiz progress"))
        top = QHBoxLayout()
        top.addWidget(self.leave_button)
        top.addStretch(1)
        top.addWidget(self.counter)
        top.addWidget(self.bar)
        self.fallback_label = QLabel(
            self.tr("This quiz is not translated yet; its questions are shown in Vietnamese."))
        self.fallback_label.setObjectName("muted")
        self.fallback_label.setWordWrap(True)
        self.fallback_label.hide()

        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setObjectName("question")
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._answer_holder = QVBoxLayout()
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.question_label)
        body_layout.addSpacing(12)
        body_layout.addLayout(self._answer_holder, 1)
        scroll = page_scroll(body)

        self.hint = QLabel(self.tr("Keys: 1–9 choose an answer · Enter goes on"))
        self.hint.setObjectName("muted")
        self.previous_button = QPushButton(self.tr("← Previous"))
        self.previous_button.clicked.connect(self.previous)
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint)
        bottom.addStretch(1)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 16)
        layout.addLayout(top)
        layout.addWidget(self.fallback_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def start(self, session: QuizSession) -> None:
        self.session = session
        self.fallback_label.setVisible(session.content_language != session.language)
        self._show()

    @property
    def is_last(self) -> bool:
        return self.session is not None and self.session.index == len(self.session.questions) - 1

    def _show(self) -> None:
        session = self.session
        assert session is not None
        total = len(session.questions)
        self.counter.setText(self.tr("Question {number} of {total}").format(
            number=session.index + 1, total=total))
        self.bar.setRange(0, total)
        self.bar.setValue(session.answered_count)
        item = session.current
        self.question_label.setTextFormat(question_text_format(item.question))
        self.question_label.setText(item.question.text)
        if self.view is not None:
            # Detach now: deleteLater alone leaves the old answers visible until the loop runs.
            self._answer_holder.removeWidget(self.view)
            self.view.hide()
            self.view.setParent(None)
            self.view.deleteLater()
        self.view = QuestionView(item)
        self.view.set_response(session.response_for(session.index))
        self.view.submitted.connect(self.next)
        self._answer_holder.addWidget(self.view)
        self.hint.setVisible(self.view.uses_number_keys)
        self.previous_button.setEnabled(session.index > 0)
        self.next_button.setText(self.tr("Finish the quiz") if self.is_last
                                 else self.tr("Next →"))
        self.view.focus_first()

    def _save_current(self) -> None:
        """Store the shown answer, if any; nothing is stored for an untouched question."""
        session, view = self.session, self.view
        if session is None or view is None:
            return
        response = view.response()
        if response is not None and response != session.response_for(session.index):
            session.answer(response)

    def next(self) -> None:
        session = self.session
        if session is None or not self._saved():
            return
        if self.is_last:
            self._finish()
            return
        session.go_to(session.index + 1)
        self._show()

    def previous(self) -> None:
        session = self.session
        if session is None or session.index == 0 or not self._saved():
            return
        session.go_to(session.index - 1)
        self._show()

    def _finish(self) -> None:
        session = self.session
        assert session is not None
        missing = len(session.questions) - session.answered_count
        if missing:
            answer = QMessageBox.question(
                self, self.tr("Finish the quiz?"),
                self.tr("{count} question(s) have no answer and will count as wrong. "
                        "Finish anyway?").format(count=missing),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        result: QuizResult = session.finish()
        self.session = None
        self.finished.emit(result)

    def _saved(self) -> bool:
        """Save the shown answer, or say plainly why it could not be (a full disk, a
        read-only folder) and stay on the question: the answer is saved whole or not at all,
        and the ones before it are kept."""
        try:
            self._save_current()
        except DatabaseUnavailable as error:
            self.not_saved.emit(problem_text(error))
            show_user_error(self, error)
            return False
        return True

    def _leave(self) -> None:
        self._saved()  # leaving never depends on saving: nobody is trapped in the quiz
        self.session = None
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        view = self.view
        is_digit = Qt.Key.Key_1 <= key <= Qt.Key.Key_9
        if view is not None and is_digit and view.choose_number(key - Qt.Key.Key_0):
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # A text field has already sent its Enter as ``submitted``; when the answer could
            # not be saved the field stays and passes the key on: one press, one attempt.
            if not isinstance(self.focusWidget(), QLineEdit):
                self.next()
            return
        if key == Qt.Key.Key_Escape:
            self._leave()
            return
        super().keyPressEvent(event)
