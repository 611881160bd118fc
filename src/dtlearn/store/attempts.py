"""Quiz attempts and their answers.

An attempt stores the drawn question ids and the shuffle seed, so a resumed attempt shows
the same questions in the same order; each answer is its own committed write.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from dtlearn.store import outbox
from dtlearn.store.database import Store, new_id, now
from dtlearn.store.progress import Statements


class AttemptRow(NamedTuple):
    id: str
    learner_id: str
    course_id: str
    course_version: str
    seed: int
    question_ids: tuple[str, ...]
    current_index: int
    started_at: str
    finished_at: str | None
    score: float | None
    passed: bool | None


class AnswerRow(NamedTuple):
    question_id: str
    response: Any
    fraction: float
    correct: bool
    answered_at: str


_ATTEMPT_COLUMNS = ("id, learner_id, course_id, course_version, seed, question_ids, "
                    "current_index, started_at, finished_at, score, passed")


def _attempt(row: dict[str, Any]) -> AttemptRow:
    passed = row["passed"]
    return AttemptRow(**{**row, "question_ids": tuple(json.loads(row["question_ids"])),
                         "passed": None if passed is None else bool(passed)})


def insert_attempt(store: Store, learner_id: str, course_id: str, course_version: str,
                   seed: int, question_ids: list[str],
                   session_id: str | None = None) -> AttemptRow:
    attempt_id, stamp = new_id(), now()
    with store.write() as db:
        db.execute(
            f"INSERT INTO attempts ({_ATTEMPT_COLUMNS}, session_id) "
            "VALUES (?, ?, ?, ?, ?, ?, 0, ?, NULL, NULL, NULL, ?)",
            [attempt_id, learner_id, course_id, course_version, seed,
             json.dumps(question_ids), stamp, session_id or None],
        )
    return AttemptRow(attempt_id, learner_id, course_id, course_version, seed,
                      tuple(question_ids), 0, stamp, None, None, None)


def open_attempt(store: Store, learner_id: str, course_id: str) -> AttemptRow | None:
    """The unfinished attempt to resume, if any (the newest one)."""
    row = store.read_one(
        f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE learner_id = ? AND course_id = ? "
        "AND finished_at IS NULL ORDER BY started_at DESC LIMIT 1", [learner_id, course_id])
    return _attempt(row) if row else None


def get_attempt(store: Store, attempt_id: str) -> AttemptRow | None:
    row = store.read_one(f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE id = ?", [attempt_id])
    return _attempt(row) if row else None


def finished_attempts(store: Store, learner_id: str, course_id: str) -> list[AttemptRow]:
    rows = store.read(
        f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE learner_id = ? AND course_id = ? "
        "AND finished_at IS NOT NULL ORDER BY finished_at DESC", [learner_id, course_id])
    return [_attempt(row) for row in rows]


def best_scores(store: Store, learner_id: str) -> dict[str, tuple[float, bool]]:
    """Best finished score and whether any attempt passed, per course, in one query."""
    rows = store.read(
        "SELECT course_id, MAX(score) AS best, MAX(passed) AS passed FROM attempts "
        "WHERE learner_id = ? AND finished_at IS NOT NULL GROUP BY course_id", [learner_id])
    return {row["course_id"]: (float(row["best"]), bool(row["passed"])) for row in rows}


def save_answer(store: Store, attempt_id: str, question_id: str, response: Any,
                fraction: float, correct: bool, next_index: int,
                statements: Statements = ()) -> None:
    """One answer, the attempt's place and its statement, committed together."""
    with store.write() as db:
        outbox.add(db, statements, store.device_id)
        db.execute(
            "INSERT INTO answers (id, attempt_id, question_id, response, fraction, correct, "
            "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (attempt_id, question_id) DO UPDATE SET response = excluded.response, "
            "fraction = excluded.fraction, correct = excluded.correct, "
            "answered_at = excluded.answered_at",
            [new_id(), attempt_id, question_id, json.dumps(response, ensure_ascii=False),
             fraction, int(correct), now()],
        )
        db.execute("UPDATE attempts SET current_index = MAX(current_index, ?) WHERE id = ?",
                   [next_index, attempt_id])


def set_position(store: Store, attempt_id: str, index: int) -> None:
    with store.write() as db:
        db.execute("UPDATE attempts SET current_index = ? WHERE id = ?", [index, attempt_id])


def attempt_answers(store: Store, attempt_id: str) -> dict[str, AnswerRow]:
    rows = store.read(
        "SELECT question_id, response, fraction, correct, answered_at FROM answers "
        "WHERE attempt_id = ?", [attempt_id])
    return {row["question_id"]: AnswerRow(row["question_id"], json.loads(row["response"]),
                                          row["fraction"], bool(row["correct"]),
                                          row["answered_at"]) for row in rows}


def finish_attempt(store: Store, attempt_id: str, score: float, passed: bool,
                   statements: Statements = ()) -> str:
    stamp = now()
    with store.write() as db:
        outbox.add(db, statements, store.device_id)
        db.execute("UPDATE attempts SET finished_at = ?, score = ?, passed = ? "
                   "WHERE id = ? AND finished_at IS NULL",
                   [stamp, score, int(passed), attempt_id])
    return stamp
