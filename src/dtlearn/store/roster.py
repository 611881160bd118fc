"""Roster import's SQL: who is already here, and the one transaction that adds everyone."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from dtlearn.store.database import Store, new_id, now

CHUNK = 500


class NewLearner(Protocol):
    """The profile fields a roster row gives (services.learners.Profile has them)."""

    @property
    def name(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def commune(self) -> str: ...
    @property
    def province(self) -> str: ...
    @property
    def birth_year(self) -> int | None: ...
    @property
    def gender(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def village(self) -> str: ...


@dataclass(frozen=True)
class ExistingLearner:
    id: str
    name: str
    birth_year: int | None
    commune: str


class InsertStopped(Exception):
    """The person cancelled; the transaction was rolled back and nothing was written."""


def existing_learners(store: Store) -> list[ExistingLearner]:
    """What duplicate detection compares against: every learner on this install."""
    return [ExistingLearner(**row) for row in store.read(
        "SELECT id, name, birth_year, commune FROM learners")]


def learner_count(store: Store) -> int:
    row = store.read_one("SELECT COUNT(*) AS n FROM learners")
    return int(row["n"]) if row else 0


def insert_learners(store: Store, learners: Sequence[NewLearner],
                    progress: Callable[[int, int], None] | None = None,
                    should_stop: Callable[[], bool] = lambda: False) -> int:
    """Add every learner in one transaction, reporting progress between chunks.

    A failure or a stop part-way rolls the whole transaction back, so a roster is either
    imported whole or not at all. Each learner gets a new UUID, and ``updated_at`` equal to
    ``created_at`` so a later edit on any device wins a merge.
    """
    total = len(learners)
    stamp = now()
    with store.write() as db:
        for start in range(0, total, CHUNK):
            if should_stop():
                raise InsertStopped
            if progress is not None:
                progress(start, total)
            db.executemany(
                "INSERT INTO learners (id, name, unit, commune, province, birth_year, gender, "
                "phone, village, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(new_id(), person.name, person.unit, person.commune, person.province,
                  person.birth_year, person.gender, person.phone, person.village, stamp, stamp)
                 for person in learners[start:start + CHUNK]])
    if progress is not None:
        progress(total, total)
    return total
