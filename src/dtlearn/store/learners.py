"""Learner profiles."""

from __future__ import annotations

from dataclasses import dataclass

from dtlearn.store.database import Store, new_id, now


@dataclass(frozen=True)
class LearnerRow:
    id: str
    name: str
    unit: str
    commune: str
    province: str
    created_at: str


def insert_learner(store: Store, name: str, unit: str, commune: str, province: str) -> LearnerRow:
    row = LearnerRow(new_id(), name, unit, commune, province, now())
    with store.write() as db:
        db.execute(
            "INSERT INTO learners (id, name, unit, commune, province, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [row.id, name, unit, commune, province, row.created_at, row.created_at],
        )
    return row


def update_learner(store: Store, learner_id: str, name: str, unit: str, commune: str,
                   province: str) -> None:
    with store.write() as db:
        db.execute(
            "UPDATE learners SET name = ?, unit = ?, commune = ?, province = ?, updated_at = ? "
            "WHERE id = ?",
            [name, unit, commune, province, now(), learner_id],
        )


def all_learners(store: Store) -> list[LearnerRow]:
    rows = store.read("SELECT id, name, unit, commune, province, created_at FROM learners "
                      "ORDER BY name COLLATE NOCASE, created_at")
    return [LearnerRow(**row) for row in rows]


def get_learner(store: Store, learner_id: str) -> LearnerRow | None:
    row = store.read_one("SELECT id, name, unit, commune, province, created_at FROM learners "
                         "WHERE id = ?", [learner_id])
    return LearnerRow(**row) if row else None
