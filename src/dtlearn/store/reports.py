"""The SQL behind reports: completion and pass figures straight from the outbox.

Reports read the outbox rather than ``attempts`` and ``lesson_progress``: a hub holds other
devices' results only as statements, so reading statements gives one answer for a single
laptop and for a hub that merged a hundred of them. Learner places come from the merged
``learners`` profiles (the latest edit wins), group-session labels from
``group_sessions.data``.

The database does the one pass over the statements (per learner and course: passed, best
score) and hands back about one row per learner and course; reports/build.py sums those
per group in Python, which measured faster than SQLite's joins and sorts for the same work.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from dtlearn.store.database import Store

# (course id, learner id, session id or '', passed 0/1, best scaled score or None)
Outcome = tuple[str, str, str, int, "float | None"]

# A course completion is a 'completed' statement about the course itself; lesson
# completions carry the same verb with an object ending in /lessons/<id>. This must stay
# word for word the WHERE of the partial index outbox_course_completions (migration 0008),
# or SQLite stops using that index and reads every completed statement's row instead.
COURSE_COMPLETED = ("verb = 'completed' "
                    "AND substr(object_id, -length(course_id) - 9) = '/courses/' || course_id")


@dataclass(frozen=True)
class Scope:
    """Which statements a report reads: instants as UTC ISO text (``end`` exclusive), and an
    optional course. Empty means no limit."""

    start: str = ""
    end: str = ""
    course_id: str = ""

    def where(self) -> tuple[str, list[object]]:
        clauses = ["course_id != ''"]
        params: list[object] = []
        # Statements' timestamps are UTC ISO 8601 text written by xapi.timestamp, so text
        # order is time order.
        if self.start:
            clauses.append("timestamp >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("timestamp < ?")
            params.append(self.end)
        if self.course_id:
            clauses.append("course_id = ?")
            params.append(self.course_id)
        return " AND ".join(clauses), params


def outcomes(store: Store, scope: Scope, by_session: bool = False) -> Iterator[Outcome]:
    """One row per course and learner with any statement in scope (and per session they
    were made in, with ``by_session``; '' outside sessions): passed (0/1) and best quiz
    score (None if they finished no quiz).

    A single pass over the index outbox_for_reports in its own order, grouped as it
    streams: every column read is in the index, so statement bodies are never touched.
    Streamed, so a hub's million statements are never all in memory.
    """
    where, params = scope.where()
    session = "COALESCE(session_id, '')" if by_session else "''"
    group = "course_id, learner_id, session_id" if by_session else "course_id, learner_id"
    cursor = store.db.execute(
        f"SELECT course_id, learner_id, {session}, MAX(verb = 'passed'), "
        "MAX(CASE WHEN verb IN ('passed', 'failed') THEN score END) "
        f"FROM outbox WHERE {where} GROUP BY {group}", params)
    yield from cursor


def completions(store: Store, scope: Scope) -> set[tuple[str, str]]:
    """(course, learner) pairs with a course completion in scope, from the partial index.

    Kept apart from ``outcomes``: telling a course completion from a lesson completion
    needs the object id, which the main index does not carry (measured: reading it there
    cost 1.3 s instead of 0.5 s over a million statements).
    """
    where, params = scope.where()
    return set(store.db.execute(
        f"SELECT DISTINCT course_id, learner_id FROM outbox WHERE {COURSE_COMPLETED} "
        f"AND {where}", params))


def places(store: Store) -> dict[str, tuple[str, str, str]]:
    """Every learner's merged unit, commune and province, by id."""
    cursor = store.db.execute("SELECT id, unit, commune, province FROM learners")
    return {row[0]: (row[1], row[2], row[3]) for row in cursor}


def learner_places(store: Store, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Merged profiles of the given learners: name, unit, commune, province."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        for row in store.read(
                "SELECT id, name, unit, commune, province FROM learners "
                "WHERE id IN (SELECT value FROM json_each(?))", [_json_list(chunk)]):
            found[row["id"]] = row
    return found


def session_data(store: Store, ids: Sequence[str]) -> dict[str, str]:
    """The JSON ``data`` of the given group sessions, for their title, place and date."""
    rows = store.read("SELECT id, data FROM group_sessions "
                      "WHERE id IN (SELECT value FROM json_each(?))", [_json_list(ids)])
    return {row["id"]: row["data"] for row in rows}


def _json_list(values: Iterable[str]) -> str:
    import json

    return json.dumps(list(values))


# --- transcripts -----------------------------------------------------------------------

def learner_statements(store: Store, learner_id: str, scope: Scope) -> list[dict[str, Any]]:
    """What a transcript needs of one learner's statements, oldest first: lesson and course
    completions, and finished quizzes with their raw score and maximum."""
    where, params = scope.where()
    return store.read(
        "SELECT course_id, verb, object_id, registration, score, timestamp, "
        "json_extract(body, '$.result.score.raw') AS raw, "
        "json_extract(body, '$.result.score.max') AS max "
        f"FROM outbox WHERE learner_id = ? AND {where} "
        "AND verb IN ('completed', 'passed', 'failed', 'experienced', 'answered') "
        "ORDER BY timestamp, rowid", [learner_id, *params])


def learner_profile(store: Store, learner_id: str) -> dict[str, Any] | None:
    return store.read_one("SELECT id, name, unit, commune, province, birth_year, village "
                          "FROM learners WHERE id = ?", [learner_id])


def certificate_codes(store: Store, learner_id: str) -> dict[str, str]:
    """Course id → the newest certificate code issued to the learner for it."""
    rows = store.read("SELECT course_id, code FROM certificates WHERE learner_id = ? "
                      "ORDER BY issued_at", [learner_id])
    return {row["course_id"]: row["code"] for row in rows}


def learners_with_results(store: Store) -> list[dict[str, Any]]:
    """Everyone a transcript can be shown for: profiles, by name, then id."""
    return store.read("SELECT id, name, unit, commune, province FROM learners "
                      "ORDER BY name COLLATE NOCASE, id")


# --- benchmark -------------------------------------------------------------------------

OUTBOX_BULK_COLUMNS = ("id", "body", "learner_id", "verb", "object_id", "course_id",
                       "registration", "session_id", "success", "score", "timestamp",
                       "origin_device", "recorded_at", "demo")


def bulk_insert(store: Store, outbox_rows: Iterable[Sequence[Any]],
                learners: Iterable[Sequence[Any]] = (),
                sessions: Iterable[Sequence[Any]] = ()) -> None:
    """For bench/reports.py only: a million statements in one transaction with executemany.

    ``outbox_rows`` follow OUTBOX_BULK_COLUMNS; learners are (id, name, unit, commune,
    province, created_at, updated_at); sessions (id, data, updated_at). The normal path
    (outbox.add) builds and parses each statement, which would make the benchmark's set-up
    take longer than anything it measures.
    """
    columns = ", ".join(OUTBOX_BULK_COLUMNS)
    marks = ", ".join("?" * len(OUTBOX_BULK_COLUMNS))
    previous = int(store.db.execute("PRAGMA cache_size").fetchone()[0])
    store.db.execute("PRAGMA cache_size = -262144")
    try:
        with store.write() as db:
            db.conn.executemany(
                "INSERT INTO learners (id, name, unit, commune, province, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", learners)
            db.conn.executemany(
                "INSERT INTO group_sessions (id, data, updated_at) VALUES (?, ?, ?)", sessions)
            db.conn.executemany(f"INSERT INTO outbox ({columns}) VALUES ({marks})",
                                outbox_rows)
    finally:
        store.db.execute(f"PRAGMA cache_size = {previous}")
