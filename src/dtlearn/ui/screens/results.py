"""The result of a quiz: score, pass or not (in words, not only colour), and a review of
every question with the learner's answer, the right answer and why."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from dtlearn.core.questions import Kind, Question, Response
from dtlearn.services.quiz import QuestionResult, QuizResult
from dtlearn.ui.texts import percent, question_html


class ResultScreen(QWidget):
    retry = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score_label = QLabel()
        self.score_label.setObjectName("screenTitle")
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.review = QTextBrowser()
        self.review.setAccessibleName(self.tr("Review of your answers"))
        self.back_button = QPushButton(self.tr("← Back to the course"))
        self.back_button.clicked.connect(self.back)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("primary")
        self.retry_button.clicked.connect(self.retry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.score_label)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.review, 1)
        layout.addLayout(buttons)

    def show_result(self, result: QuizResult) -> None:
        self.score_label.setText(self.tr("Your score: {score}").format(
            score=percent(result.score)))
        if result.passed:
            self.verdict_label.setText(self.tr("✓ Passed — well done! (pass mark {mark})")
                                       .format(mark=percent(result.pass_mark)))
            self._set_verdict_style("verdictPass")
        else:
            self.verdict_label.setText(
                self.tr("✗ Not passed yet — you need {mark}. Read the explanations below "
                        "and try again.").format(mark=percent(result.pass_mark)))
            self._set_verdict_style("verdictFail")
        right = sum(1 for item in result.questions if item.correct)
        partly = sum(1 for item in result.questions if not item.correct and item.fraction > 0)
        summary = self.tr("{right} of {total} answers right").format(
            right=right, total=len(result.questions))
        if partly:
            summary += " · " + self.tr("{count} partly right").format(count=partly)
        self.summary_label.setText(summary)
        self.review.setHtml(self._review_html(result))
        self.retry_button.setFocus()

    def _set_verdict_style(self, name: str) -> None:
        self.verdict_label.setObjectName(name)
        self.verdict_label.style().unpolish(self.verdict_label)
        self.verdict_label.style().polish(self.verdict_label)

    def _review_html(self, result: QuizResult) -> str:
        parts = []
        for number, item in enumerate(result.questions, start=1):
            parts.append(self._question_html(number, item))
        return "".join(parts)

    def _question_html(self, number: int, item: QuestionResult) -> str:
        if item.correct:
            mark, colour = self.tr("✓ Right"), "#1d6b2f"
        elif item.fraction > 0:
            mark, colour = self.tr("◐ Partly right"), "#7a5a00"
        else:
            mark, colour = self.tr("✗ Not right"), "#8a1c1c"
        rows = [
            f"<h3>{number}.</h3>{question_html(item.question)}",
            f"<p><b style='color:{colour}'>{html.escape(mark)}</b></p>",
            "<p>" + html.escape(self.tr("Your answer: {answer}").format(
                answer=self._response_text(item.question, item.response))) + "</p>",
        ]
        if not item.correct:
            rows.append("<p>" + html.escape(self.tr("Right answer: {answer}").format(
                answer="; ".join(self._answer_words(item.question, item.right_answers))))
                        + "</p>")
        for text in item.feedback:
            if text:
                rows.append(f"<p><i>{html.escape(text)}</i></p>")
        if item.question.general_feedback:
            rows.append(f"<p>{html.escape(item.question.general_feedback)}</p>")
        return "".join(rows) + "<hr/>"

    def _answer_words(self, question: Question, answers: list[str]) -> list[str]:
        if question.kind is Kind.TRUE_FALSE:
            return [self.tr("True") if answer == "true" else self.tr("False")
                    for answer in answers]
        return answers

    def _response_text(self, question: Question, response: Response | None) -> str:
        if response is None:
            return self.tr("(no answer)")
        if question.kind is Kind.TRUE_FALSE and isinstance(response, int):
            return self.tr("True") if response == 0 else self.tr("False")
        if question.kind is Kind.SINGLE and isinstance(response, int):
            return question.choices[response].text
        if question.kind is Kind.MULTIPLE and isinstance(response, list):
            return "; ".join(question.choices[i].text for i in response if isinstance(i, int))
        if question.kind is Kind.MATCHING and isinstance(response, list):
            none = self.tr("(none)")  # outside the f-string, where lupdate can find it
            return "; ".join(f"{pair.left} → {chosen or none}"
                             for pair, chosen in zip(question.pairs, response, strict=False))
        return str(response)
