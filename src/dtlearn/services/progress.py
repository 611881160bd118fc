"""Where a learner is in each course: lessons read, best quiz score, overall status."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from dtlearn.core.course import Course
from dtlearn.store import attempts, progress
from dtlearn.store.database import Store
from dtlearn.store.learners import get_learner

if TYPE_CHECKING:
    from dtlearn.core.xapi import LearnerInfo, StatementFactory


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class CourseProgress(NamedTuple):
    lessons_done: frozenset[str]
    lessons_total: int
    best_score: float | None
    passed: bool

    @property
    def fraction(self) -> float:
        """Lessons and the quiz count as equal steps towards completing the course."""
        steps = self.lessons_total + 1
        return (len(self.lessons_done) + (1 if self.passed else 0)) / steps

    def completes_with(self, lesson_id: str | None = None, passing: bool = False) -> bool:
        """Whether this event (a lesson read, or a passing quiz) completes the course now."""
        if self.status is Status.COMPLETED:
            return False
        done = self.lessons_done | ({lesson_id} if lesson_id else set())
        return (self.passed or passing) and len(done) >= self.lessons_total

    @property
    def status(self) -> Status:
        if self.passed and len(self.lessons_done) >= self.lessons_total:
            return Status.COMPLETED
        if self.lessons_done or self.best_score is not None:
            return Status.IN_PROGRESS
        return Status.NOT_STARTED


def learner_info(store: Store, learner_id: str) -> LearnerInfo:
    from dtlearn.core.xapi import LearnerInfo  # statements are made on events, not at start

    row = get_learner(store, learner_id)
    if row is None:
        return LearnerInfo(learner_id, "")
    return LearnerInfo(row.id, row.name, row.unit, row.commune, row.province)


class ProgressService:
    """Lesson progress; each change is recorded together with its xAPI statement."""

    def __init__(self, store: Store, statements: Callable[[], StatementFactory]) -> None:
        self._store = store
        self._statements = statements

    def lesson_opened(self, learner_id: str, course: Course, lesson_id: str,
                      language: str = "vi") -> None:
        lesson = course.lesson(lesson_id)
        title = lesson.title(language) if lesson else lesson_id
        statement = self._statements().lesson("experienced", learner_info(
            self._store, learner_id), course, lesson_id, title, language)
        progress.record_opened(self._store, learner_id, course.id, lesson_id, [statement])

    def lesson_completed(self, learner_id: str, course: Course, lesson_id: str,
                         language: str = "vi") -> bool:
        """Mark a lesson read; returns False if it already was (nothing is recorded)."""
        learner = learner_info(self._store, learner_id)
        lesson = course.lesson(lesson_id)
        title = lesson.title(language) if lesson else lesson_id
        factory = self._statements()
        statements = [factory.lesson("completed", learner, course, lesson_id, title, language)]
        before = self.course_progress(learner_id, course)
        if before.completes_with(lesson_id=lesson_id):
            statements.append(factory.course_completed(learner, course, language))
        return progress.record_completed(self._store, learner_id, course.id, lesson_id,
                                         statements)

    def time_spent(self, learner_id: str, course: Course, lesson_id: str, seconds: int) -> None:
        if seconds > 0:
            progress.add_time(self._store, learner_id, course.id, lesson_id, seconds)

    def lessons(self, learner_id: str, course: Course) -> dict[str, progress.LessonProgressRow]:
        return progress.course_lessons(self._store, learner_id, course.id)

    def course_progress(self, learner_id: str, course: Course) -> CourseProgress:
        return self.all_courses(learner_id, [course])[course.id]

    def all_courses(self, learner_id: str, courses: list[Course]) -> dict[str, CourseProgress]:
        """Progress for every course in two queries, however many courses there are."""
        done = progress.completed_by_course(self._store, learner_id)
        best = attempts.best_scores(self._store, learner_id)
        result: dict[str, CourseProgress] = {}
        for course in courses:
            lesson_ids = {lesson.id for lesson in course.lessons}
            score, passed = best.get(course.id, (None, False))
            result[course.id] = CourseProgress(
                frozenset(done.get(course.id, set()) & lesson_ids), len(course.lessons),
                score, passed)
        return result
