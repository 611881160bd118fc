"""Trainer accounts and unlocking trainer mode with a PIN."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from dtlearn.errors import UserError
from dtlearn.services.learners import clean
from dtlearn.services.pins import PinHash, PinProblem, lock_seconds, locked_for, pin_problem
from dtlearn.store import trainers as rows
from dtlearn.store.database import Store


class PinRefused(UserError):
    """A new PIN does not meet the rules; ``problem`` says which."""

    def __init__(self, problem: PinProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


class TrainerLocked(UserError):
    """Too many wrong PINs: wait ``seconds`` before trying again."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"locked for {seconds} s")
        self.seconds = seconds


class WrongPin(UserError):
    """The PIN did not match; ``tries_left`` before the lock starts (0 once locking)."""

    def __init__(self, tries_left: int) -> None:
        super().__init__(f"wrong PIN, {tries_left} tries left")
        self.tries_left = tries_left


@dataclass(frozen=True)
class Trainer:
    id: str
    name: str


class TrainerService:
    def __init__(self, store: Store,
                 clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)) -> None:
        self._store = store
        self._clock = clock

    def all(self) -> list[Trainer]:
        return [Trainer(row.id, row.name) for row in rows.all_trainers(self._store)]

    def create(self, name: str, pin: str) -> Trainer:
        from dtlearn.services.learners import ProfileError, ProfileProblem

        cleaned = clean(name)
        if not cleaned:
            raise ProfileError("name", ProfileProblem.NAME_REQUIRED)
        problem = pin_problem(pin)
        if problem is not None:
            raise PinRefused(problem)
        hashed = PinHash.make(pin)
        trainer_id = rows.insert_trainer(self._store, cleaned, hashed.salt, hashed.digest,
                                         hashed.params)
        return Trainer(trainer_id, cleaned)

    def unlock(self, trainer_id: str, pin: str) -> Trainer:
        """Check a PIN; raises TrainerLocked or WrongPin, and counts wrong tries."""
        row = rows.get_trainer(self._store, trainer_id)
        if row is None:
            raise UserError("unknown trainer")
        now = self._clock()
        waiting = locked_for(row.locked_until, now)
        if waiting:
            raise TrainerLocked(waiting)
        if PinHash(row.pin_salt, row.pin_digest, row.pin_params).matches(pin):
            rows.record_try(self._store, trainer_id, 0, None)
            return Trainer(row.id, row.name)
        failed = row.failed_tries + 1
        seconds = lock_seconds(failed)
        until = (now + dt.timedelta(seconds=seconds)).isoformat() if seconds else None
        rows.record_try(self._store, trainer_id, failed, until)
        if seconds:
            raise TrainerLocked(seconds)
        raise WrongPin(max(0, 5 - failed))

    def change_pin(self, trainer_id: str, old_pin: str, new_pin: str) -> None:
        self.unlock(trainer_id, old_pin)
        problem = pin_problem(new_pin)
        if problem is not None:
            raise PinRefused(problem)
        hashed = PinHash.make(new_pin)
        rows.set_pin(self._store, trainer_id, hashed.salt, hashed.digest, hashed.params)
