"""Course and learner figures over everything this install holds, its own results and those
merged from other devices' bundles alike: imported statements land in the same outbox, so
a hub's report needs no special case."""

from __future__ import annotations

from dataclasses import dataclass

from dtlearn.store import hub
from dtlearn.store.database import Store


@dataclass(frozen=True)
class CourseSummary:
    """Distinct learners per course: any statement, completed the course, passed its quiz."""

    course_id: str
    learners: int
    completed: int
    passed: int


@dataclass(frozen=True)
class LearnerRecord:
    """One merged profile: the latest edit from whichever device made it."""

    id: str
    name: str
    unit: str
    commune: str
    province: str
    created_at: str
    updated_at: str


def course_summary(store: Store) -> list[CourseSummary]:
    return [CourseSummary(**row) for row in hub.course_counts(store)]


def learner_rows(store: Store) -> list[LearnerRecord]:
    """Ordered by id, so two hubs holding the same records give the same list."""
    return [LearnerRecord(**row) for row in hub.merged_learners(store)]
