"""Trainer accounts: name, PIN hash, and the wrong-try counter behind the lock."""

from __future__ import annotations

from dataclasses import dataclass

from dtlearn.store.database import Store, new_id, now


@dataclass(frozen=True)
class TrainerRow:
    id: str
    name: str
    pin_salt: str
    pin_digest: str
    pin_params: str
    failed_tries: int
    locked_until: str | None


_COLUMNS = "id, name, pin_salt, pin_digest, pin_params, failed_tries, locked_until"


def insert_trainer(store: Store, name: str, salt: str, digest: str, params: str) -> str:
    trainer_id, stamp = new_id(), now()
    with store.write() as db:
        db.execute(
            "INSERT INTO trainers (id, name, pin_salt, pin_digest, pin_params, failed_tries, "
            "locked_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, NULL, ?, ?)",
            [trainer_id, name, salt, digest, params, stamp, stamp])
    return trainer_id


def all_trainers(store: Store) -> list[TrainerRow]:
    return [TrainerRow(**row) for row in store.read(
        f"SELECT {_COLUMNS} FROM trainers ORDER BY name COLLATE NOCASE")]


def get_trainer(store: Store, trainer_id: str) -> TrainerRow | None:
    row = store.read_one(f"SELECT {_COLUMNS} FROM trainers WHERE id = ?", [trainer_id])
    return TrainerRow(**row) if row else None


def record_try(store: Store, trainer_id: str, failed_tries: int,
               locked_until: str | None) -> None:
    with store.write() as db:
        db.execute("UPDATE trainers SET failed_tries = ?, locked_until = ?, updated_at = ? "
                   "WHERE id = ?", [failed_tries, locked_until, now(), trainer_id])


def set_pin(store: Store, trainer_id: str, salt: str, digest: str, params: str) -> None:
    with store.write() as db:
        db.execute("UPDATE trainers SET pin_salt = ?, pin_digest = ?, pin_params = ?, "
                   "failed_tries = 0, locked_until = NULL, updated_at = ? WHERE id = ?",
                   [salt, digest, params, now(), trainer_id])
