"""Quiz attempts: draw, present, answer (each answer committed), resume, finish, history.

The draw and every shuffle come from one stored seed, so an attempt resumed after a crash
or in the other language shows the same questions with the same answer order. Responses
are stored in the question's original answer order; only presentation is shuffled.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dtlearn.core.course import Course
from dtlearn.core.grading import Grade, correct_answer_text, grade, is_valid_response
from dtlearn.core.questions import Kind, Question, Response
from dtlearn.core.xapi import StatementFactory, XapiConfig
from dtlearn.services.catalog import Catalog
from dtlearn.services.progress import ProgressService, learner_info
from dtlearn.store import attempts as rows
from dtlearn.store.attempts import AnswerRow, AttemptRow
from dtlearn.store.database import Store

_SHUFFLED = (Kind.SINGLE, Kind.MULTIPLE)


class QuizUnavailable(Exception):
    """The course has no usable questions (it should have been shown as broken)."""


@dataclass(frozen=True)
class PresentedQuestion:
    """A question as this attempt shows it: the answer order and matching options."""

    question: Question
    choice_order: tuple[int, ...]
    match_options: tuple[str, ...]


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    response: Response | None
    fraction: float
    correct: bool
    feedback: tuple[str, ...]
    right_answers: list[str]


@dataclass(frozen=True)
class QuizResult:
    attempt: AttemptRow
    score: float
    passed: bool
    pass_mark: float
    questions: list[QuestionResult] = field(default_factory=list)


def draw(question_ids: list[str], size: int | None, seed: int) -> list[str]:
    rng = random.Random(seed)
    count = len(question_ids) if size is None else min(size, len(question_ids))
    return rng.sample(question_ids, count)


def present(question: Question, seed: int) -> PresentedQuestion:
    rng = random.Random(f"{seed}:{question.id}")
    order = list(range(len(question.choices)))
    if question.kind in _SHUFFLED:
        rng.shuffle(order)
    options: list[str] = []
    if question.kind is Kind.MATCHING:
        options = list(question.match_options)
        rng.shuffle(options)
    return PresentedQuestion(question, tuple(order), tuple(options))


class QuizSession:
    """One attempt in progress; every ``answer`` is on disk before it returns."""

    def __init__(self, store: Store, course: Course, attempt: AttemptRow,
                 questions: list[PresentedQuestion], answers: dict[str, AnswerRow],
                 fold_diacritics: bool, language: str = "vi",
                 statements: Callable[[], StatementFactory] | None = None,
                 progress: ProgressService | None = None, content_language: str = "") -> None:
        self._store = store
        self.language = language
        # The language the questions are written in: Vietnamese when the course has no
        # quiz in ``language``, which the screen then says.
        self.content_language = content_language or language
        self._statements = statements or (lambda: StatementFactory(XapiConfig()))
        self._progress = progress
        self.course = course
        self.attempt = attempt
        self.questions = questions
        self.answers = answers
        self.index = min(attempt.current_index, max(0, len(questions) - 1))
        self._fold = fold_diacritics

    @property
    def current(self) -> PresentedQuestion:
        return self.questions[self.index]

    @property
    def answered_count(self) -> int:
        return sum(1 for item in self.questions if item.question.id in self.answers)

    def response_for(self, index: int) -> Response | None:
        row = self.answers.get(self.questions[index].question.id)
        return row.response if row else None

    def answer(self, response: Response) -> Grade:
        question = self.current.question
        if not is_valid_response(question, response):
            raise ValueError(f"invalid response for question {question.id}: {response!r}")
        result = grade(question, response, fold_diacritics=self._fold)
        next_index = min(self.index + 1, len(self.questions) - 1)
        statement = self._statements().answered(
            learner_info(self._store, self.attempt.learner_id), self.course, self.attempt.id,
            question, response, result.fraction, result.correct, self.language)
        rows.save_answer(self._store, self.attempt.id, question.id, response,
                         result.fraction, result.correct, next_index, [statement])
        self.answers[question.id] = AnswerRow(question.id, response, result.fraction,
                                              result.correct, "")
        return result

    def go_to(self, index: int) -> None:
        self.index = max(0, min(index, len(self.questions) - 1))
        rows.set_position(self._store, self.attempt.id, self.index)

    def finish(self) -> QuizResult:
        total = sum(self.answers[item.question.id].fraction for item in self.questions
                    if item.question.id in self.answers)
        score = round(100 * total / len(self.questions), 1) if self.questions else 0.0
        passed = score >= self.course.pass_mark
        rows.finish_attempt(self._store, self.attempt.id, score, passed,
                            self._finish_statements(total, passed))
        finished = rows.get_attempt(self._store, self.attempt.id)
        assert finished is not None
        return build_result(finished, self.course, [p.question for p in self.questions],
                            self.answers, self._fold)


    def _finish_statements(self, total: float, passed: bool) -> list[dict[str, Any]]:
        learner = learner_info(self._store, self.attempt.learner_id)
        factory = self._statements()
        started = dt.datetime.fromisoformat(self.attempt.started_at)
        seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
        statements = [factory.quiz_finished(learner, self.course, self.attempt.id, total,
                                            float(len(self.questions)), passed, self.language,
                                            seconds)]
        if self._progress is not None and passed:
            before = self._progress.course_progress(self.attempt.learner_id, self.course)
            if before.completes_with(passing=True):
                statements.append(factory.course_completed(learner, self.course,
                                                           self.language))
        return statements


def build_result(attempt: AttemptRow, course: Course, questions: list[Question],
                 answers: dict[str, AnswerRow], fold: bool) -> QuizResult:
    results = []
    for question in questions:
        row = answers.get(question.id)
        response = row.response if row else None
        graded = grade(question, response, fold_diacritics=fold)
        results.append(QuestionResult(question, response, graded.fraction, graded.correct,
                                      graded.feedback, correct_answer_text(question)))
    return QuizResult(attempt, attempt.score or 0.0, bool(attempt.passed), course.pass_mark,
                      results)


class QuizService:
    def __init__(self, store: Store, catalog: Catalog, progress: ProgressService,
                 statements: Callable[[], StatementFactory],
                 active_session: Callable[[], str] = lambda: "") -> None:
        self._store = store
        self._catalog = catalog
        self._progress = progress
        self._statements = statements
        self._active_session = active_session

    def _questions(self, course: Course, language: str) -> tuple[dict[str, Question], str]:
        """The gradable questions by id, and the language they are in (after fallback)."""
        questions, used = self._catalog.quiz(course, language)
        return {q.id: q for q in questions if q.id and q.gradable}, used

    def start_or_resume(self, learner_id: str, course: Course, language: str,
                        fold_diacritics: bool = True) -> QuizSession:
        attempt = rows.open_attempt(self._store, learner_id, course.id)
        if attempt is None:
            return self.start_new(learner_id, course, language, fold_diacritics)
        return self._session(attempt, course, language, fold_diacritics)

    def start_new(self, learner_id: str, course: Course, language: str,
                  fold_diacritics: bool = True, *, seed: int | None = None,
                  session_id: str = "") -> QuizSession:
        """A fresh attempt; a group quiz passes one ``seed`` so everyone gets the same
        questions in the same order."""
        available, _ = self._questions(course, language)
        if not available:
            raise QuizUnavailable(course.id)
        seed = secrets.randbelow(2**31) if seed is None else seed
        drawn = draw(sorted(available), course.quiz_size, seed)
        attempt = rows.insert_attempt(self._store, learner_id, course.id, course.version,
                                      seed, drawn, session_id or self._active_session())
        return self._session(attempt, course, language, fold_diacritics)

    def _session(self, attempt: AttemptRow, course: Course, language: str,
                 fold: bool) -> QuizSession:
        available, used = self._questions(course, language)
        # Questions removed by a course update since the attempt began are skipped.
        presented = [present(available[qid], attempt.seed) for qid in attempt.question_ids
                     if qid in available]
        if not presented:
            raise QuizUnavailable(course.id)
        return QuizSession(self._store, course, attempt, presented,
                           rows.attempt_answers(self._store, attempt.id), fold, language,
                           self._statements, self._progress, content_language=used)

    def result(self, attempt_id: str, course: Course, language: str,
               fold_diacritics: bool = True) -> QuizResult | None:
        attempt = rows.get_attempt(self._store, attempt_id)
        if attempt is None or attempt.finished_at is None:
            return None
        available, _ = self._questions(course, language)
        questions = [available[qid] for qid in attempt.question_ids if qid in available]
        return build_result(attempt, course, questions,
                            rows.attempt_answers(self._store, attempt.id), fold_diacritics)

    def history(self, learner_id: str, course: Course) -> list[AttemptRow]:
        return rows.finished_attempts(self._store, learner_id, course.id)

    def has_open_attempt(self, learner_id: str, course: Course) -> bool:
        return rows.open_attempt(self._store, learner_id, course.id) is not None
