"""Where a learner is in each course: lessons read, best quiz score, overall status."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dtlearn.core.course import Course
from dtlearn.store import attempts, progress
from dtlearn.store.database import Store


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


@dataclass(frozen=True)
class CourseProgress:
    lessons_done: frozenset[str]
    lessons_total: int
    best_score: float | None
    passed: bool

    @property
    def fraction(self) -> float:
        """Lessons and the quiz count as equal steps towards completing the course."""
        steps = self.lessons_total + 1
        return (len(self.lessons_done) + (1 if self.passed else 0)) / steps

    @property
    def status(self) -> Status:
        if self.passed and len(self.lessons_done) >= self.lessons_total:
            return Status.COMPLETED
        if self.lessons_done or self.best_score is not None:
            return Status.IN_PROGRESS
        return Status.NOT_STARTED


class ProgressService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def lesson_opened(self, learner_id: str, course: Course, lesson_id: str) -> None:
        progress.record_opened(self._store, learner_id, course.id, lesson_id)

    def lesson_completed(self, learner_id: str, course: Course, lesson_id: str) -> None:
        progress.record_completed(self._store, learner_id, course.id, lesson_id)

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
