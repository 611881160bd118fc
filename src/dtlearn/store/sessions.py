"""Group sessions and their attendees.

A session's own fields are one JSON document (``group_sessions.data``) because that is the
form in which sessions travel between devices in bundles; attendance is a row per person so
ticking one name is one small write.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from dtlearn.store.database import Store, new_id, now


@dataclass(frozen=True)
class SessionRow:
    id: str
    data: dict[str, Any]
    updated_at: str


@dataclass(frozen=True)
class KnownPerson:
    id: str
    name: str
    birth_year: int | None
    village: str
    commune: str


@dataclass(frozen=True)
class AttendeeRow:
    learner_id: str
    name: str
    birth_year: int | None
    village: str
    attended: bool


def insert_session(store: Store, data: dict[str, Any]) -> SessionRow:
    session_id, stamp = new_id(), now()
    with store.write() as db:
        db.execute("INSERT INTO group_sessions (id, data, updated_at) VALUES (?, ?, ?)",
                   [session_id, json.dumps(data, ensure_ascii=False), stamp])
    return SessionRow(session_id, data, stamp)


def all_sessions(store: Store) -> list[SessionRow]:
    rows = store.read("SELECT id, data, updated_at FROM group_sessions "
                      "ORDER BY json_extract(data, '$.date') DESC, updated_at DESC")
    return [SessionRow(row["id"], json.loads(row["data"]), row["updated_at"]) for row in rows]


def get_session(store: Store, session_id: str) -> SessionRow | None:
    row = store.read_one("SELECT id, data, updated_at FROM group_sessions WHERE id = ?",
                         [session_id])
    return SessionRow(row["id"], json.loads(row["data"]), row["updated_at"]) if row else None


def add_attendee(store: Store, session_id: str, learner_id: str) -> None:
    stamp = now()
    with store.write() as db:
        db.execute(
            "INSERT INTO session_attendees (session_id, learner_id, attended, registered_at, "
            "updated_at) VALUES (?, ?, 1, ?, ?) ON CONFLICT (session_id, learner_id) DO NOTHING",
            [session_id, learner_id, stamp, stamp])
        db.execute("UPDATE group_sessions SET updated_at = ? WHERE id = ?", [stamp, session_id])


def set_attended(store: Store, session_id: str, learner_id: str, attended: bool) -> None:
    stamp = now()
    with store.write() as db:
        db.execute("UPDATE session_attendees SET attended = ?, updated_at = ? "
                   "WHERE session_id = ? AND learner_id = ?",
                   [int(attended), stamp, session_id, learner_id])
        db.execute("UPDATE group_sessions SET updated_at = ? WHERE id = ?", [stamp, session_id])


def attendees(store: Store, session_id: str) -> list[AttendeeRow]:
    rows = store.read(
        "SELECT l.id AS learner_id, l.name, l.birth_year, l.village, a.attended "
        "FROM session_attendees a JOIN learners l ON l.id = a.learner_id "
        "WHERE a.session_id = ? ORDER BY a.registered_at, l.name", [session_id])
    return [AttendeeRow(row["learner_id"], row["name"], row["birth_year"], row["village"],
                        bool(row["attended"])) for row in rows]


def known_people(store: Store) -> list[KnownPerson]:
    rows = store.read("SELECT id, name, birth_year, village, commune FROM learners "
                      "ORDER BY name COLLATE NOCASE")
    return [KnownPerson(**row) for row in rows]


def register_newcomer(store: Store, session_id: str, name: str, commune: str, province: str,
                      birth_year: int | None, gender: str, phone: str, village: str) -> str:
    """A new person's profile and their place in the session, in one transaction, so a
    crash never leaves a profile that belongs to no session or half its details."""
    learner_id, stamp = new_id(), now()
    with store.write() as db:
        db.execute(
            "INSERT INTO learners (id, name, unit, commune, province, birth_year, gender, phone, "
            "village, created_at, updated_at) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?)",
            [learner_id, name, commune, province, birth_year, gender, phone, village, stamp,
             stamp])
        db.execute(
            "INSERT INTO session_attendees (session_id, learner_id, attended, registered_at, "
            "updated_at) VALUES (?, ?, 1, ?, ?)", [session_id, learner_id, stamp, stamp])
        db.execute("UPDATE group_sessions SET updated_at = ? WHERE id = ?", [stamp, session_id])
    return learner_id
