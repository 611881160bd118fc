"""Demo data's SQL: write a whole demo set in one transaction, count it, remove it.

Removal finds demo rows by their flag rather than by a list kept somewhere, so it also
takes out what a later version of dtlearn flags, and anything that belongs to a demo
learner, attempt or session (lesson progress, answers, attendance) even where the table
has no flag of its own. Real rows are never matched: every condition names a demo flag.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dtlearn.store.database import Store, now
from dtlearn.store.outbox import canonical, columns


@dataclass
class DemoRows:
    """Rows in the column order of the INSERTs below."""

    learners: list[tuple[Any, ...]] = field(default_factory=list)
    sessions: list[tuple[Any, ...]] = field(default_factory=list)
    attendees: list[tuple[Any, ...]] = field(default_factory=list)
    progress: list[tuple[Any, ...]] = field(default_factory=list)
    attempts: list[tuple[Any, ...]] = field(default_factory=list)
    statements: list[Mapping[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class DemoCounts:
    learners: int = 0
    sessions: int = 0
    attempts: int = 0
    statements: int = 0

    @property
    def empty(self) -> bool:
        return not (self.learners or self.sessions or self.attempts or self.statements)


def insert_demo(store: Store, rows: DemoRows) -> None:
    """Everything in one transaction. Statements are stamped sent and exported as they
    are written: demo results must never reach an LRS or leave in a bundle."""
    stamp = now()
    origin = store.device_id
    statements = []
    for statement in rows.statements:
        extracted = columns(statement)
        statements.append((statement["id"], canonical(statement), extracted["learner_id"],
                           extracted["verb"], extracted["object_id"], extracted["course_id"],
                           extracted["registration"], extracted["session_id"],
                           extracted["success"], extracted["score"], extracted["timestamp"],
                           origin, stamp, stamp, stamp))
    with store.write() as db:
        db.executemany(
            "INSERT INTO learners (id, name, unit, commune, province, birth_year, gender, "
            "phone, village, created_at, updated_at, demo) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", rows.learners)
        db.executemany("INSERT INTO group_sessions (id, data, updated_at, demo) "
                       "VALUES (?, ?, ?, 1)", rows.sessions)
        db.executemany("INSERT INTO session_attendees (session_id, learner_id, attended, "
                       "registered_at, updated_at) VALUES (?, ?, ?, ?, ?)", rows.attendees)
        db.executemany(
            "INSERT INTO lesson_progress (learner_id, course_id, lesson_id, first_opened_at, "
            "completed_at, seconds_spent, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING", rows.progress)
        db.executemany(
            "INSERT INTO attempts (id, learner_id, course_id, course_version, seed, "
            "question_ids, current_index, started_at, finished_at, score, passed, session_id, "
            "demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", rows.attempts)
        db.executemany(
            "INSERT INTO outbox (id, body, learner_id, verb, object_id, course_id, "
            "registration, session_id, success, score, timestamp, origin_device, recorded_at, "
            "sent_at, exported_at, demo) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", statements)


def demo_counts(store: Store) -> DemoCounts:
    row = store.read_one(
        "SELECT (SELECT COUNT(*) FROM learners WHERE demo = 1) AS learners, "
        "(SELECT COUNT(*) FROM group_sessions WHERE demo = 1) AS sessions, "
        "(SELECT COUNT(*) FROM attempts WHERE demo = 1) AS attempts, "
        "(SELECT COUNT(*) FROM outbox WHERE demo = 1) AS statements")
    return DemoCounts(**row) if row else DemoCounts()


def has_demo(store: Store) -> bool:
    row = store.read_one("SELECT EXISTS (SELECT 1 FROM learners WHERE demo = 1) "
                         "OR EXISTS (SELECT 1 FROM group_sessions WHERE demo = 1) AS found")
    return bool(row and row["found"])


def _tables(store: Store) -> dict[str, set[str]]:
    """Each table of the database and its column names."""
    names = [row["name"] for row in store.read(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '\\_%' ESCAPE '\\'")]
    return {name: {row["name"] for row in store.read(f'PRAGMA table_info("{name}")')}
            for name in names}


def remove_demo(store: Store) -> DemoCounts:
    """Delete every demo row, in one transaction; returns what there was."""
    counts = demo_counts(store)
    tables = _tables(store)
    with store.write() as db:
        # The order of the deletes below does not matter to the foreign keys: they are
        # checked once, at commit, when every demo row is gone.
        db.execute("PRAGMA defer_foreign_keys = ON")
        db.execute("CREATE TEMP TABLE demo_learners (id TEXT PRIMARY KEY)")
        db.execute("CREATE TEMP TABLE demo_attempts (id TEXT PRIMARY KEY)")
        db.execute("CREATE TEMP TABLE demo_sessions (id TEXT PRIMARY KEY)")
        try:
            db.execute("INSERT INTO demo_learners SELECT id FROM learners WHERE demo = 1")
            db.execute("INSERT INTO demo_sessions SELECT id FROM group_sessions WHERE demo = 1")
            db.execute("INSERT INTO demo_attempts SELECT id FROM attempts WHERE demo = 1 "
                       "OR learner_id IN (SELECT id FROM demo_learners)")
            for table, names in tables.items():
                conditions = []
                if "demo" in names:
                    conditions.append("demo = 1")
                if "learner_id" in names:
                    conditions.append("learner_id IN (SELECT id FROM demo_learners)")
                if "attempt_id" in names:
                    conditions.append("attempt_id IN (SELECT id FROM demo_attempts)")
                if "session_id" in names and table != "attempts" and table != "outbox":
                    # Attendance and the like; a real learner's attempt or statement made
                    # in a demo session stays (it is real), only its session goes.
                    conditions.append("session_id IN (SELECT id FROM demo_sessions)")
                if conditions:
                    db.execute(f'DELETE FROM "{table}" WHERE ' + " OR ".join(conditions))
        finally:
            db.execute("DROP TABLE temp.demo_learners")
            db.execute("DROP TABLE temp.demo_attempts")
            db.execute("DROP TABLE temp.demo_sessions")
    return counts
