"""A trainer-led quiz: the trainer reads each question to the room and records every
attendee's answer on the one laptop.

Each attendee has an attempt of their own (their results are theirs, on their transcript
and certificate), all drawn with one seed so the whole room sees the same question at the
same time. Every recorded answer is committed at once, like a learner's own.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from dtlearn.core.course import Course
from dtlearn.core.questions import Response
from dtlearn.services.quiz import PresentedQuestion, QuizResult, QuizService, QuizSession


@dataclass(frozen=True)
class Participant:
    learner_id: str
    name: str


class GroupQuiz:
    def __init__(self, quiz: QuizService, course: Course, participants: list[Participant],
                 language: str, session_id: str = "", fold_diacritics: bool = True) -> None:
        if not participants:
            raise ValueError("a group quiz needs at least one attendee")
        seed = secrets.randbelow(2**31)
        self.course = course
        self.participants = participants
        self.attempts: dict[str, QuizSession] = {
            person.learner_id: quiz.start_new(person.learner_id, course, language,
                                              fold_diacritics, seed=seed,
                                              session_id=session_id)
            for person in participants}
        self.index = 0

    @property
    def _first(self) -> QuizSession:
        return self.attempts[self.participants[0].learner_id]

    @property
    def questions(self) -> list[PresentedQuestion]:
        return self._first.questions

    @property
    def current(self) -> PresentedQuestion:
        return self.questions[self.index]

    def go_to(self, index: int) -> None:
        self.index = max(0, min(index, len(self.questions) - 1))
        for attempt in self.attempts.values():
            attempt.go_to(self.index)

    def record(self, learner_id: str, response: Response) -> None:
        attempt = self.attempts[learner_id]
        attempt.go_to(self.index)
        attempt.answer(response)

    def response_of(self, learner_id: str) -> Response | None:
        return self.attempts[learner_id].response_for(self.index)

    def unanswered(self) -> list[Participant]:
        """Who has no answer recorded for the current question."""
        return [person for person in self.participants
                if self.response_of(person.learner_id) is None]

    def finish(self) -> dict[str, QuizResult]:
        return {learner_id: attempt.finish() for learner_id, attempt in self.attempts.items()}
