"""Lesson progress: when a lesson was first opened, when completed, and time spent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from dtlearn.store import outbox
from dtlearn.store.database import Store, now

Statements = Sequence[Mapping[str, Any]]


class LessonProgressRow(NamedTuple):
    lesson_id: str
    first_opened_at: str
    completed_at: str | None
    seconds_spent: int


def record_opened(store: Store, learner_id: str, course_id: str, lesson_id: str,
                  statements: Statements = ()) -> None:
    stamp = now()
    with store.write() as db:
        outbox.add(db, statements, store.device_id)
        db.execute(
            "INSERT INTO lesson_progress (learner_id, course_id, lesson_id, first_opened_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (learner_id, course_id, lesson_id) DO NOTHING",
            [learner_id, course_id, lesson_id, stamp, stamp],
        )


def add_time(store: Store, learner_id: str, course_id: str, lesson_id: str,
             seconds: int) -> None:
    with store.write() as db:
        db.execute(
            "UPDATE lesson_progress SET seconds_spent = seconds_spent + ?, updated_at = ? "
            "WHERE learner_id = ? AND course_id = ? AND lesson_id = ?",
            [max(0, seconds), now(), learner_id, course_id, lesson_id],
        )


def record_completed(store: Store, learner_id: str, course_id: str, lesson_id: str,
                     statements: Statements = ()) -> bool:
    """Completion is kept from the first time; reading a lesson again does not move it.

    The statements describe the completion, so they are written only when it is new.
    Returns whether it was new.
    """
    stamp = now()
    with store.write() as db:
        done = db.execute(
            "SELECT completed_at FROM lesson_progress WHERE learner_id = ? AND course_id = ? "
            "AND lesson_id = ?", [learner_id, course_id, lesson_id]).fetchone()
        if done is not None and done[0] is not None:
            return False
        outbox.add(db, statements, store.device_id)
        db.execute(
            "INSERT INTO lesson_progress (learner_id, course_id, lesson_id, first_opened_at, "
            "completed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (learner_id, course_id, lesson_id) DO UPDATE SET "
            "completed_at = COALESCE(completed_at, excluded.completed_at), "
            "updated_at = excluded.updated_at",
            [learner_id, course_id, lesson_id, stamp, stamp, stamp],
        )
    return True


def course_lessons(store: Store, learner_id: str, course_id: str) -> dict[str, LessonProgressRow]:
    rows = store.read(
        "SELECT lesson_id, first_opened_at, completed_at, seconds_spent FROM lesson_progress "
        "WHERE learner_id = ? AND course_id = ?", [learner_id, course_id])
    return {row["lesson_id"]: LessonProgressRow(**row) for row in rows}


def completed_by_course(store: Store, learner_id: str) -> dict[str, set[str]]:
    """Completed lesson ids per course, in one query for the whole catalog."""
    rows = store.read(
        "SELECT course_id, lesson_id FROM lesson_progress "
        "WHERE learner_id = ? AND completed_at IS NOT NULL", [learner_id])
    result: dict[str, set[str]] = {}
    for row in rows:
        result.setdefault(row["course_id"], set()).add(row["lesson_id"])
    return result
