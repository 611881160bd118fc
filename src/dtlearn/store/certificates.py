"""Certificates issued on this install, and the facts a certificate is issued on.

A certificate is issued for a completed course; "completed" is read from the outbox (a
``completed`` statement whose object is the course itself) rather than from the local
progress tables, so a hub issues certificates for results merged from other devices'
bundles exactly as for its own. The issuer's public keys come from ``peer_devices``,
recorded when their bundles were imported.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from dtlearn.store.database import Store

# Far below SQLite's limit on bound parameters.
_CHUNK = 500


@dataclass(frozen=True)
class CertificateRow:
    code: str
    learner_id: str
    course_id: str
    issued_at: str
    payload: str
    signature: str
    demo: bool


@dataclass(frozen=True)
class Completion:
    """A learner who completed a course: when first, their best quiz score (0..1, or None
    if no quiz result reached this install), and the profile the certificate names."""

    learner_id: str
    course_id: str
    completed_at: str
    best_score: float | None
    name: str
    demo: bool


_COLUMNS = "code, learner_id, course_id, issued_at, payload, signature, demo"


def _row(row: dict[str, object]) -> CertificateRow:
    return CertificateRow(str(row["code"]), str(row["learner_id"]), str(row["course_id"]),
                          str(row["issued_at"]), str(row["payload"]), str(row["signature"]),
                          bool(row["demo"]))


def insert_certificate(store: Store, row: CertificateRow) -> bool:
    """Store one certificate; False (nothing written) if its code is already taken."""
    try:
        with store.write() as db:
            db.execute(f"INSERT INTO certificates ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [row.code, row.learner_id, row.course_id, row.issued_at, row.payload,
                        row.signature, int(row.demo)])
    except sqlite3.IntegrityError:
        return False
    return True


def by_code(store: Store, code: str) -> CertificateRow | None:
    row = store.read_one(f"SELECT {_COLUMNS} FROM certificates WHERE code = ?", [code])
    return _row(row) if row else None


def for_learner(store: Store, learner_id: str, course_id: str) -> CertificateRow | None:
    """The first certificate issued to this learner for this course: printing again reuses
    it, so one completion never has two codes."""
    row = store.read_one(f"SELECT {_COLUMNS} FROM certificates WHERE learner_id = ? "
                         "AND course_id = ? ORDER BY issued_at, code LIMIT 1",
                         [learner_id, course_id])
    return _row(row) if row else None


def all_certificates(store: Store, course_id: str | None = None) -> list[CertificateRow]:
    """Newest first, optionally for one course."""
    where, params = ("WHERE course_id = ? ", [course_id]) if course_id else ("", [])
    rows = store.read(f"SELECT {_COLUMNS} FROM certificates {where}"
                      "ORDER BY issued_at DESC, code", params)
    return [_row(row) for row in rows]


def completions(store: Store, course_id: str,
                learner_ids: Sequence[str] | None = None) -> list[Completion]:
    """Learners with a course-completed statement for ``course_id`` (all of them, or those
    among ``learner_ids``), with their best quiz score, in order of name.

    A completion is the statement whose object id ends in ``/courses/<id>``; lesson
    completions end in ``/lessons/<id>`` and are not enough. Learners whose profile never
    reached this install are left out: a certificate must name its holder.
    """
    suffix = f"/courses/{course_id}"
    query = (
        "SELECT c.learner_id, c.completed_at, l.name, l.demo, "
        "(SELECT MAX(s.score) FROM outbox s WHERE s.learner_id = c.learner_id "
        " AND s.course_id = ? AND s.verb IN ('passed', 'failed')) AS best_score "
        "FROM (SELECT learner_id, MIN(timestamp) AS completed_at FROM outbox "
        "      WHERE verb = 'completed' AND course_id = ? "
        "      AND substr(object_id, -length(?)) = ? {only} "
        "      GROUP BY learner_id) c "
        "JOIN learners l ON l.id = c.learner_id")
    params: list[object] = [course_id, course_id, suffix, suffix]
    if learner_ids is None:
        rows = store.read(query.format(only=""), params)
    else:
        rows = []
        wanted = list(dict.fromkeys(learner_ids))
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            only = f"AND learner_id IN ({', '.join('?' * len(chunk))})"
            rows += store.read(query.format(only=only), [*params, *chunk])
    found = [Completion(str(row["learner_id"]), course_id, str(row["completed_at"]),
                        None if row["best_score"] is None else float(row["best_score"]),
                        str(row["name"]), bool(row["demo"])) for row in rows]
    # Sorted here, not in SQL: NOCASE folds only ASCII, and chunks must come out as one list.
    return sorted(found, key=lambda item: (item.name.casefold(), item.learner_id))


def learner_name(store: Store, learner_id: str) -> str | None:
    row = store.read_one("SELECT name FROM learners WHERE id = ?", [learner_id])
    return str(row["name"]) if row else None


def peer_public_key(store: Store, device_id: str) -> str | None:
    """The public key (base64) a bundle from ``device_id`` brought, if one was imported."""
    row = store.read_one("SELECT public_key FROM peer_devices WHERE id = ?", [device_id])
    return str(row["public_key"]) if row else None
