"""The SQL behind reports: completion and pass figures straight from the outbox.

Reports read the outbox rather than ``attempts`` and ``lesson_progress``: a hub holds other
devices' results only as statements, so reading statements gives one answer for a single
laptop and for a hub that merged a hundred of them. Learner places come from the merged
``learners`` profiles (the latest edit wins), group-session labels from
``group_sessions.data``.

The database does the one pass over the statements (per learner and course: passed, best
score) and hands back about one row per learner and course; reports/build.py sums those
per group in Python, which measured faster than SQLite's joins and sorts for the same work.
Over the whole history that pass is replaced by a kept summary (``report_pairs``,
``report_sessions``), brought up to date with the statements added since the last report.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from dtlearn.store.database import Database, Store

# (course id, learner id, session id or '', passed 0/1, best scaled score or None,
#  completed 0/1 -- always 0 from ``outcomes``, whose completions come from ``completions``)
Outcome = tuple[str, str, str, int, "float | None", int]

# A course completion is a 'completed' statement about the course itself; lesson
# completions carry the same verb with an object ending in /lessons/<id>. This must stay
# word for word the WHERE of the partial index outbox_course_completions (migration 0008),
# or SQLite stops using that index and reads every completed statement's row instead.
COURSE_COMPLETED = ("verb = 'completed' "
                    "AND substr(object_id, -length(course_id) - 9) = '/courses/' || course_id")
_PASSED = "MAX(verb = 'passed')"
_BEST = "MAX(CASE WHEN verb IN ('passed', 'failed') THEN score END)"


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
        f"SELECT course_id, learner_id, {session}, {_PASSED}, {_BEST}, 0 "
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


# --- the kept summary (report_sessions and report_pairs, migration 0009) ---------------

def kept_outcomes(store: Store, course_id: str = "", by_session: bool = False
                  ) -> Iterator[Outcome]:
    """``outcomes`` over the whole history, completions included, from the kept summary
    (brought up to date first): a tenth of the rows to read, and no statement bodies.

    Raises DatabaseUnavailable if the summary cannot be written (a read-only database):
    the caller then reads the statements themselves.
    """
    refresh_pairs(store)
    where, params = ("WHERE course_id = ?", [course_id]) if course_id else ("", [])
    if by_session:
        sql = ("SELECT course_id, learner_id, session_id, passed, best, completed "
               f"FROM report_sessions {where}")
    else:
        sql = ("SELECT course_id, learner_id, '', passed, best, completed "
               f"FROM report_pairs {where}")
    yield from store.db.execute(sql, params)


def refresh_pairs(store: Store) -> None:
    """Bring the summary up to date: nothing to do, add the statements written since, or
    (the first time, or after a deletion) rebuild it from every statement."""
    top = store.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM outbox").fetchone()[0]
    state = store.db.execute("SELECT last_rowid, stale FROM report_pairs_state").fetchone()
    if state is not None and state[1] == 0 and state[0] == top:
        return
    with store.write() as db:
        state = db.execute("SELECT last_rowid, stale FROM report_pairs_state").fetchone()
        top = db.execute("SELECT COALESCE(MAX(rowid), 0) FROM outbox").fetchone()[0]
        if state is None or state[1]:
            _rebuild_pairs(db)
        elif state[0] < top:
            _add_new_pairs(db, state[0])
        db.execute("INSERT INTO report_pairs_state (id, last_rowid, stale) VALUES (1, ?, 0) "
                   "ON CONFLICT (id) DO UPDATE SET last_rowid = excluded.last_rowid, "
                   "stale = 0", [top])


_KEEP_BEST = ("best = CASE WHEN best IS NULL THEN excluded.best "
              "WHEN excluded.best IS NULL THEN best ELSE MAX(best, excluded.best) END")


def _rebuild_pairs(db: Database) -> None:
    db.execute("DELETE FROM report_sessions")
    db.execute("DELETE FROM report_pairs")
    db.execute(
        "INSERT INTO report_sessions (course_id, learner_id, session_id, passed, best, "
        f"completed) SELECT course_id, learner_id, COALESCE(session_id, ''), {_PASSED}, "
        f"{_BEST}, 0 FROM outbox WHERE course_id != '' "
        "GROUP BY course_id, learner_id, session_id")
    db.execute(
        "UPDATE report_sessions SET completed = 1 WHERE (course_id, learner_id, session_id) "
        "IN (SELECT course_id, learner_id, COALESCE(session_id, '') FROM outbox "
        f"WHERE {COURSE_COMPLETED} AND course_id != '')")
    _sessions_to_pairs(db, "")


def _add_new_pairs(db: Database, after: int) -> None:
    """Fold the statements with rowid above ``after`` into the summary (read from the
    table itself: they are the newest rows, at its end)."""
    db.execute(
        "INSERT INTO report_sessions (course_id, learner_id, session_id, passed, best, "
        f"completed) SELECT course_id, learner_id, COALESCE(session_id, ''), {_PASSED}, "
        f"{_BEST}, MAX({COURSE_COMPLETED}) FROM outbox WHERE rowid > ? AND course_id != '' "
        "GROUP BY course_id, learner_id, COALESCE(session_id, '') "
        "ON CONFLICT (course_id, learner_id, session_id) DO UPDATE SET "
        f"passed = MAX(passed, excluded.passed), {_KEEP_BEST}, "
        "completed = MAX(completed, excluded.completed)", [after])
    _sessions_to_pairs(db, "WHERE (course_id, learner_id) IN (SELECT course_id, learner_id "
                           "FROM outbox WHERE rowid > ? AND course_id != '')", [after])


def _sessions_to_pairs(db: Database, where: str, params: Sequence[object] = ()) -> None:
    """report_pairs from report_sessions (for the pairs ``where`` picks)."""
    db.execute(
        "INSERT INTO report_pairs (course_id, learner_id, passed, best, completed) "
        "SELECT course_id, learner_id, MAX(passed), MAX(best), MAX(completed) "
        f"FROM report_sessions {where or 'WHERE true'} GROUP BY course_id, learner_id "
        "ON CONFLICT (course_id, learner_id) DO UPDATE SET passed = excluded.passed, "
        "best = excluded.best, completed = excluded.completed", list(params))


def place_keys(store: Store, column: str) -> dict[str, str]:
    """Learner id → the group key of their place for grouping by ``column`` (unit,
    commune or province): units and communes keyed with their province (see
    reports.build.PLACE_SEPARATOR), '' when the profile gives no place at all."""
    if column not in ("unit", "commune", "province"):
        raise ValueError(f"not a place column: {column!r}")
    if column == "province":
        key = "province"
    else:
        key = (f"CASE WHEN {column} = '' AND province = '' THEN '' "
               f"ELSE province || char(31) || {column} END")
    return dict(store.db.execute(f"SELECT id, {key} FROM learners"))


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


def learner_names(store: Store) -> list[dict[str, Any]]:
    """Every profile's id, name and place (to find a learner by name), by name, then id."""
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
            db.executemany(
                "INSERT INTO learners (id, name, unit, commune, province, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", learners)
            db.executemany(
                "INSERT INTO group_sessions (id, data, updated_at) VALUES (?, ?, ?)", sessions)
            db.executemany(f"INSERT INTO outbox ({columns}) VALUES ({marks})",
                           outbox_rows)
    finally:
        store.db.execute(f"PRAGMA cache_size = {previous}")
