"""Records moving between installs: what a bundle carries out, how one merges in, and what a
hub knows about the devices it has heard from.

The merge rule is the one every transport shares: a statement's id is its identity, so a
statement already held is counted, never written again, and one held with other content is
refused, never overwritten. Profiles and group sessions are merged by their last change.
Everything a bundle brings is merged in one transaction, so a failure leaves no trace.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from dtlearn.store.database import Database, Store, now
from dtlearn.store.outbox import canonical

# SQLite allows 32766 host parameters; stay far below it and keep queries small.
_CHUNK = 500
BULK_CACHE_KIB = 64 * 1024

LEARNER_FIELDS = ("id", "name", "unit", "commune", "province", "created_at", "updated_at")
SESSION_FIELDS = ("id", "data", "updated_at")


# The outbox columns copied out of a statement, in the order IncomingStatement holds them.
STATEMENT_COLUMNS = ("learner_id", "verb", "object_id", "course_id", "registration",
                     "session_id", "success", "score", "timestamp")


@dataclass(frozen=True, slots=True)
class IncomingStatement:
    """A statement checked and ready to store.

    ``body`` is the statement's canonical JSON as UTF-8 bytes, exactly as the bundle holds
    it: the database turns it into text itself, so 100,000 statements are never decoded
    into Python strings and encoded again. ``columns`` follow STATEMENT_COLUMNS.
    """

    id: str
    body: bytes
    columns: tuple[Any, ...]


@dataclass(frozen=True)
class IncomingBundle:
    """A bundle's content after every check has passed, in plain rows."""

    bundle_id: str
    device_id: str
    public_key: str
    created: str
    statements: Sequence[IncomingStatement]
    learners: Sequence[dict[str, str]]
    sessions: Sequence[dict[str, str]]


@dataclass(frozen=True)
class MergeResult:
    new: int
    already: int
    refused: int
    learners_changed: int
    sessions_changed: int
    repeated: bool
    refused_ids: tuple[str, ...] = field(default=())


class KeyMismatch(Exception):
    """A bundle names a device this hub knows, but is signed by another key."""

    def __init__(self, device_id: str) -> None:
        super().__init__(device_id)
        self.device_id = device_id


@dataclass(frozen=True)
class KnownDevice:
    """A device this install has imported bundles from, with running totals of what its
    bundles carried (repeats of the same bundle are not counted twice)."""

    id: str
    public_key: str
    first_seen: str
    last_bundle_id: str
    last_bundle_at: str
    bundles: int
    statements: int
    learners: int
    sessions: int


@dataclass(frozen=True)
class ExportRows:
    """What one bundle will carry, and the versions to mark as exported once it is written."""

    statement_rowids: list[int]
    learners: list[dict[str, str]]
    sessions: list[dict[str, str]]


@contextlib.contextmanager
def _big_cache(store: Store) -> Iterator[None]:
    """A 64 MB page cache for one bulk write, then back to SQLite's 2 MB default.

    100,000 statements touch seven indexes in random order; with the default cache their
    pages are written to the WAL again and again as they are evicted (measured: a quarter
    less system time with all of them in memory).
    """
    previous = int(store.db.execute("PRAGMA cache_size").fetchone()[0])
    store.db.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        store.db.execute(f"PRAGMA cache_size = {previous}")


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def _marks(count: int) -> str:
    return ",".join("?" * count)


def _instant(stamp: str) -> dt.datetime:
    """Compare times as instants, so offsets written by different devices still order."""
    moment = dt.datetime.fromisoformat(stamp)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


# --- export ---------------------------------------------------------------------------

def statements_to_export(store: Store, everything: bool) -> Iterator[tuple[int, str, bytes,
                                                                           str, str | None]]:
    """(rowid, id, body as UTF-8 bytes, learner_id, session_id), streamed so a big outbox is
    never held in memory; the body comes out as bytes because it goes straight into a file.

    Grouped by activity rather than by time: statements about the same question repeat its
    whole definition (text, choices), and deflate only finds repeats within 32 KB, so this
    order makes bundles about 40% smaller. Import does not care about order.

    Demo data (``dtlearn demo``) never leaves the device: a hub could not take it out again.
    """
    where = "WHERE demo = 0 " + ("" if everything else "AND exported_at IS NULL ")
    cursor = store.db.execute(
        "SELECT rowid, id, CAST(body AS BLOB), learner_id, session_id FROM outbox " + where
        + "ORDER BY object_id, recorded_at, rowid")
    yield from cursor


def export_rows(store: Store, statement_rowids: list[int], learner_ids: Iterable[str],
                session_ids: Iterable[str], everything: bool) -> ExportRows:
    """The profiles the exported statements need, plus any profile edited since it last
    left (if its learner has results at all: people who never learnt stay on the device);
    group sessions the same way, and all of them with ``everything``."""
    wanted = sorted(set(learner_ids))
    columns = ", ".join(LEARNER_FIELDS)
    learners: dict[str, dict[str, str]] = {}
    for chunk in _chunks(wanted):
        for row in store.read(f"SELECT {columns} FROM learners WHERE demo = 0 "
                              f"AND id IN ({_marks(len(chunk))})", chunk):
            learners[row["id"]] = row
    for row in store.read(
            f"SELECT {columns} FROM learners WHERE demo = 0 "
            "AND exported_updated_at IS NOT updated_at AND EXISTS "
            "(SELECT 1 FROM outbox WHERE outbox.learner_id = learners.id AND outbox.demo = 0)"):
        learners.setdefault(row["id"], row)

    session_columns = ", ".join(SESSION_FIELDS)
    sessions: dict[str, dict[str, str]] = {}
    if everything:
        rows = store.read(f"SELECT {session_columns} FROM group_sessions WHERE demo = 0")
    else:
        wanted_sessions = sorted(set(session_ids))
        rows = []
        for chunk in _chunks(wanted_sessions):
            rows += store.read(f"SELECT {session_columns} FROM group_sessions "
                               f"WHERE demo = 0 AND id IN ({_marks(len(chunk))})", chunk)
        rows += store.read(f"SELECT {session_columns} FROM group_sessions "
                           "WHERE demo = 0 AND exported_updated_at IS NOT updated_at")
    for row in rows:
        sessions.setdefault(row["id"], row)
    return ExportRows(statement_rowids, sorted(learners.values(), key=lambda r: r["id"]),
                      sorted(sessions.values(), key=lambda r: r["id"]))


def mark_exported(store: Store, rows: ExportRows) -> None:
    """Once the bundle file is complete: statements, and the profile and session versions it
    carried. A version edited meanwhile stays unmarked and leaves in the next bundle."""
    stamp = now()
    with _big_cache(store), store.write() as db:
        # One statement over a JSON list of rowids rather than 100,000 bound updates: a
        # quarter faster, and each table page is still rewritten once, in rowid order.
        db.execute("UPDATE outbox SET exported_at = ? WHERE rowid IN "
                   "(SELECT value FROM json_each(?)) AND exported_at IS NULL",
                   [stamp, json.dumps(rows.statement_rowids)])
        db.executemany("UPDATE learners SET exported_updated_at = ? WHERE id = ?",
                       [(row["updated_at"], row["id"]) for row in rows.learners])
        db.executemany("UPDATE group_sessions SET exported_updated_at = ? WHERE id = ?",
                       [(row["updated_at"], row["id"]) for row in rows.sessions])


# --- import ---------------------------------------------------------------------------

def merge_bundle(store: Store, bundle: IncomingBundle) -> MergeResult:
    """Merge a checked bundle in one transaction; raises KeyMismatch (writing nothing) if a
    known device's bundle is signed by another key."""
    this_device = store.device_id
    with _big_cache(store), store.write() as db:
        own = bundle.device_id == this_device
        if not own:
            known = db.execute("SELECT public_key FROM peer_devices WHERE id = ?",
                               [bundle.device_id]).fetchone()
            if known is not None and known[0] != bundle.public_key:
                raise KeyMismatch(bundle.device_id)
        new, already, refused = _merge_statements(db, bundle)
        learners_changed = _merge_learners(db, bundle.learners)
        sessions_changed = _merge_sessions(db, bundle.sessions)
        repeated = db.execute("SELECT 1 FROM bundle_imports WHERE bundle_id = ?",
                              [bundle.bundle_id]).fetchone() is not None
        if not repeated:
            stamp = now()
            db.execute("INSERT INTO bundle_imports (bundle_id, device_id, created, imported_at, "
                       "new, already, refused) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [bundle.bundle_id, bundle.device_id, bundle.created, stamp, new,
                        already, len(refused)])
            if not own:
                _record_peer(db, bundle, stamp)
    return MergeResult(new, already, len(refused), learners_changed, sessions_changed,
                       repeated, tuple(refused))


def _merge_statements(db: Database, bundle: IncomingBundle) -> tuple[int, int, list[str]]:
    ids = json.dumps([statement.id for statement in bundle.statements])
    held: dict[str, bytes] = dict(db.execute(
        "SELECT id, CAST(body AS BLOB) FROM outbox WHERE id IN "
        "(SELECT value FROM json_each(?))", [ids]).fetchall())
    stamp = now()
    rows: list[tuple[Any, ...]] = []
    already = 0
    refused: list[str] = []
    for statement in bundle.statements:
        body = held.get(statement.id)
        if body is None:
            held[statement.id] = statement.body
            rows.append((statement.id, statement.body, *statement.columns, bundle.device_id,
                         stamp))
        elif body == statement.body or _same_statement(body, statement.body):
            already += 1
        else:
            refused.append(statement.id)
    # In id order the primary-key index grows in sequence instead of at random pages.
    rows.sort(key=lambda row: row[0])
    # Imported statements keep sent_at and exported_at empty: a hub pushes them on to the
    # LRS and passes them on in its own bundles.
    db.executemany(
        "INSERT INTO outbox (id, body, learner_id, verb, object_id, course_id, registration, "
        "session_id, success, score, timestamp, origin_device, recorded_at) "
        "VALUES (?, CAST(? AS TEXT), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows), already, refused


def _same_statement(held: bytes, incoming: bytes) -> bool:
    """Equal content spelt differently (another producer's JSON layout) is still the same
    statement; only reached when the bytes differ, which dtlearn's own bundles never do."""
    try:
        return canonical(json.loads(held)) == canonical(json.loads(incoming))
    except ValueError:
        return False


def _merge_learners(db: Database, learners: Sequence[dict[str, str]]) -> int:
    """Later ``updated_at`` wins the profile fields (a tie keeps what is here); the earliest
    ``created_at`` is kept, so the result does not depend on the order of imports."""
    columns = ", ".join(LEARNER_FIELDS)
    ids = [learner["id"] for learner in learners]
    held: dict[str, dict[str, str]] = {}
    for chunk in _chunks(ids):
        cursor = db.execute(f"SELECT {columns} FROM learners WHERE id IN ({_marks(len(chunk))})",
                            list(chunk))
        for row in cursor.fetchall():
            held[row[0]] = dict(zip(LEARNER_FIELDS, row, strict=True))
    changed = 0
    for learner in learners:
        current = held.get(learner["id"])
        if current is None:
            db.execute(f"INSERT INTO learners ({columns}) VALUES ({_marks(len(LEARNER_FIELDS))})",
                       [learner[name] for name in LEARNER_FIELDS])
            held[learner["id"]] = dict(learner)
            changed += 1
            continue
        merged = dict(current)
        if _instant(learner["updated_at"]) > _instant(current["updated_at"]):
            merged.update({name: learner[name] for name in LEARNER_FIELDS
                           if name != "created_at"})
        if _instant(learner["created_at"]) < _instant(current["created_at"]):
            merged["created_at"] = learner["created_at"]
        if merged != current:
            db.execute("UPDATE learners SET name = ?, unit = ?, commune = ?, province = ?, "
                       "created_at = ?, updated_at = ? WHERE id = ?",
                       [merged["name"], merged["unit"], merged["commune"], merged["province"],
                        merged["created_at"], merged["updated_at"], merged["id"]])
            held[learner["id"]] = merged
            changed += 1
    return changed


def _merge_sessions(db: Database, sessions: Sequence[dict[str, str]]) -> int:
    changed = 0
    for session in sessions:
        row = db.execute("SELECT updated_at FROM group_sessions WHERE id = ?",
                         [session["id"]]).fetchone()
        if row is None:
            db.execute("INSERT INTO group_sessions (id, data, updated_at) VALUES (?, ?, ?)",
                       [session["id"], session["data"], session["updated_at"]])
        elif _instant(session["updated_at"]) > _instant(row[0]):
            db.execute("UPDATE group_sessions SET data = ?, updated_at = ? WHERE id = ?",
                       [session["data"], session["updated_at"], session["id"]])
        else:
            continue
        changed += 1
    return changed


def _record_peer(db: Database, bundle: IncomingBundle, stamp: str) -> None:
    db.execute(
        "INSERT INTO peer_devices (id, public_key, first_seen, last_bundle_id, last_bundle_at, "
        "statements, learners, sessions) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET "
        "last_bundle_id = CASE WHEN excluded.last_bundle_at >= peer_devices.last_bundle_at "
        "  THEN excluded.last_bundle_id ELSE peer_devices.last_bundle_id END, "
        "last_bundle_at = MAX(excluded.last_bundle_at, peer_devices.last_bundle_at), "
        "statements = peer_devices.statements + excluded.statements, "
        "learners = peer_devices.learners + excluded.learners, "
        "sessions = peer_devices.sessions + excluded.sessions",
        [bundle.device_id, bundle.public_key, stamp, bundle.bundle_id, bundle.created,
         len(bundle.statements), len(bundle.learners), len(bundle.sessions)])


# --- what a hub knows -----------------------------------------------------------------

def known_devices(store: Store) -> list[KnownDevice]:
    rows = store.read(
        "SELECT p.id, p.public_key, p.first_seen, p.last_bundle_id, p.last_bundle_at, "
        "(SELECT COUNT(*) FROM bundle_imports b WHERE b.device_id = p.id) AS bundles, "
        "p.statements, p.learners, p.sessions FROM peer_devices p ORDER BY p.id")
    return [KnownDevice(**row) for row in rows]


def course_counts(store: Store) -> list[dict[str, Any]]:
    """Per course: learners with any statement, learners who completed the course itself
    (not just a lesson of it) and learners who passed its quiz."""
    return store.read(
        "SELECT course_id, COUNT(DISTINCT learner_id) AS learners, "
        "COUNT(DISTINCT CASE WHEN verb = 'completed' "
        "  AND substr(object_id, -length('/courses/' || course_id)) = '/courses/' || course_id "
        "  THEN learner_id END) AS completed, "
        "COUNT(DISTINCT CASE WHEN verb = 'passed' THEN learner_id END) AS passed "
        "FROM outbox WHERE course_id != '' GROUP BY course_id ORDER BY course_id")


def merged_learners(store: Store) -> list[dict[str, str]]:
    columns = ", ".join(LEARNER_FIELDS)
    return store.read(f"SELECT {columns} FROM learners ORDER BY id")
