"""Learner profiles.

A learner is one UUID on every device; ``updated_at`` is what merging bundles compares, so
every change to a profile sets it.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from dtlearn.store.database import Store, new_id, now


class LearnerRow(NamedTuple):
    id: str
    name: str
    unit: str
    commune: str
    province: str
    created_at: str
    birth_year: int | None = None
    gender: str = ""
    phone: str = ""
    village: str = ""
    demo: bool = False
    updated_at: str = ""


_COLUMNS = ("id, name, unit, commune, province, created_at, birth_year, gender, phone, "
            "village, demo, updated_at")


def _row(row: dict[str, Any]) -> LearnerRow:
    return LearnerRow(**{**row, "demo": bool(row["demo"])})


def insert_learner(store: Store, name: str, unit: str, commune: str, province: str, *,
                   birth_year: int | None = None, gender: str = "", phone: str = "",
                   village: str = "") -> LearnerRow:
    stamp = now()
    row = LearnerRow(new_id(), name, unit, commune, province, stamp, birth_year, gender, phone,
                     village, False, stamp)
    with store.write() as db:
        db.execute(
            "INSERT INTO learners (id, name, unit, commune, province, birth_year, gender, "
            "phone, village, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [row.id, name, unit, commune, province, birth_year, gender, phone, village, stamp,
             stamp],
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


def update_profile(store: Store, learner_id: str, name: str, unit: str, commune: str,
                   province: str, birth_year: int | None, gender: str, phone: str,
                   village: str) -> None:
    """Every profile field at once (the trainer's edit form shows them all)."""
    with store.write() as db:
        db.execute(
            "UPDATE learners SET name = ?, unit = ?, commune = ?, province = ?, birth_year = ?, "
            "gender = ?, phone = ?, village = ?, updated_at = ? WHERE id = ?",
            [name, unit, commune, province, birth_year, gender, phone, village, now(),
             learner_id],
        )


def all_learners(store: Store) -> list[LearnerRow]:
    rows = store.read(f"SELECT {_COLUMNS} FROM learners "
                      "ORDER BY name COLLATE NOCASE, created_at")
    return [_row(row) for row in rows]


def get_learner(store: Store, learner_id: str) -> LearnerRow | None:
    row = store.read_one(f"SELECT {_COLUMNS} FROM learners WHERE id = ?", [learner_id])
    return _row(row) if row else None
