"""The outbox: every xAPI statement this database holds, with its push and export state.

``add`` runs inside the caller's transaction, so a statement is committed together with the
record it describes or not at all. Columns beside the JSON body are copies of the fields
reports filter on, extracted once here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from dtlearn.store.database import Database, Store, now

_COURSE = re.compile(r"/courses/([^/]+)")
_VERB = re.compile(r"/verbs/([^/]+)$")


class OutboxRow(NamedTuple):
    """A statement waiting to be sent; ``seq`` is its place in the outbox (oldest first)."""

    id: str
    body: dict[str, Any]
    seq: int = 0


def columns(statement: Mapping[str, Any]) -> dict[str, Any]:
    """The indexed copies of a statement's fields; raises KeyError/TypeError if malformed."""
    obj_id = statement["object"]["id"]
    context = statement.get("context") or {}
    parents = (context.get("contextActivities") or {}).get("parent") or []
    course = _COURSE.search(obj_id) or next(
        (m for p in parents if (m := _COURSE.search(p.get("id", "")))), None)
    verb = _VERB.search(statement["verb"]["id"])
    result = statement.get("result") or {}
    extensions = context.get("extensions") or {}
    session = next((v for k, v in extensions.items() if k.endswith("/extensions/session")), None)
    success = result.get("success")
    return {
        "learner_id": statement["actor"]["account"]["name"],
        "verb": verb.group(1) if verb else statement["verb"]["id"],
        "object_id": obj_id,
        "course_id": course.group(1) if course else "",
        "registration": context.get("registration"),
        "session_id": session,
        "success": None if success is None else int(bool(success)),
        "score": (result.get("score") or {}).get("scaled"),
        "timestamp": statement["timestamp"],
    }


def add(db: Database, statements: Iterable[Mapping[str, Any]], origin_device: str,
        *, exported: bool = False) -> None:
    """Insert inside an open transaction; an id already present is left as it is."""
    stamp = now()
    for statement in statements:
        row = columns(statement)
        # A demo learner's statement is demo too (someone tried the app as a demo
        # learner): it must never be pushed or exported, and `dtlearn demo --remove`
        # takes it out with the rest.
        db.execute(
            "INSERT INTO outbox (id, body, learner_id, verb, object_id, course_id, registration, "
            "session_id, success, score, timestamp, origin_device, recorded_at, exported_at, "
            "demo) "
            "VALUES (:id, :body, :learner_id, :verb, :object_id, :course_id, :registration, "
            ":session_id, :success, :score, :timestamp, :origin, :recorded, :exported, "
            "COALESCE((SELECT demo FROM learners WHERE id = :learner_id), 0)) "
            "ON CONFLICT (id) DO NOTHING",
            {**row, "id": statement["id"], "body": canonical(statement),
             "origin": origin_device, "recorded": stamp, "exported": stamp if exported else None},
        )


def canonical(statement: Mapping[str, Any]) -> str:
    """One spelling of a statement's JSON, so equal statements are equal text."""
    return json.dumps(statement, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record(store: Store, statements: Sequence[Mapping[str, Any]]) -> None:
    """Add statements on their own (events with no other record, like opening a lesson)."""
    with store.write() as db:
        add(db, statements, store.device_id)


def pending_count(store: Store) -> int:
    row = store.read_one("SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL "
                         "AND conflict IS NULL AND demo = 0")
    return int(row["n"]) if row else 0


def pending(store: Store, limit: int, after: int = 0) -> list[OutboxRow]:
    """The next statements to push, oldest first, resuming after the ``seq`` last handled;
    never demo data.

    Pages by rowid (the order rows were written, which a wrong clock cannot reorder): each
    page is an index seek, so walking 100,000 pending rows costs well under a second, where
    sorting on a computed key re-sorted every remaining row for every page.
    """
    rows = store.read(
        "SELECT rowid AS seq, id, body FROM outbox WHERE rowid > ? AND sent_at IS NULL "
        "AND conflict IS NULL AND demo = 0 ORDER BY rowid LIMIT ?", [after, limit])
    return [OutboxRow(row["id"], json.loads(row["body"]), row["seq"]) for row in rows]


def mark_sent(store: Store, ids: Sequence[str]) -> None:
    stamp = now()
    with store.write() as db:
        db.executemany("UPDATE outbox SET sent_at = ? WHERE id = ? AND sent_at IS NULL",
                       [(stamp, statement_id) for statement_id in ids])


def mark_conflict(store: Store, statement_id: str, reason: str) -> None:
    with store.write() as db:
        db.execute("UPDATE outbox SET conflict = ? WHERE id = ?", [reason, statement_id])


def conflict_count(store: Store) -> int:
    """Statements the LRS holds differently under the same id: reported, never resent."""
    row = store.read_one("SELECT COUNT(*) AS n FROM outbox WHERE conflict IS NOT NULL")
    return int(row["n"]) if row else 0


def get_state(store: Store, key: str) -> str | None:
    row = store.read_one("SELECT value FROM sync_state WHERE key = ?", [key])
    return str(row["value"]) if row else None


def set_state(store: Store, key: str, value: str) -> None:
    with store.write() as db:
        db.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])
