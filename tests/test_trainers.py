"""Trainer PINs: rules for new PINs, wrong tries, a growing lock, and no PIN on disk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dtlearn.services.pins import PinProblem, lock_seconds, pin_problem
from dtlearn.services.trainers import PinRefused, TrainerLocked, TrainerService, WrongPin
from dtlearn.store.database import Store


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 22, 8, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "t.sqlite3")


def test_pin_rules() -> None:
    assert pin_problem("12345") is PinProblem.TOO_SHORT
    assert pin_problem("12a456") is PinProblem.NOT_DIGITS
    assert pin_problem("１２３４５６７") is PinProblem.NOT_DIGITS  # full-width digits
    assert pin_problem("000000") is PinProblem.TOO_SIMPLE
    assert pin_problem("123456") is PinProblem.TOO_SIMPLE
    assert pin_problem("480913") is None


def test_create_refuses_weak_pin_and_blank_name(store: Store) -> None:
    service = TrainerService(store)
    with pytest.raises(PinRefused) as refused:
        service.create("Đặng Thu Hà", "1111")
    assert refused.value.problem is PinProblem.TOO_SHORT
    from dtlearn.services.learners import ProfileError

    with pytest.raises(ProfileError):
        service.create("   ", "480913")
    assert service.all() == []


def test_right_pin_unlocks_wrong_pin_is_refused(store: Store) -> None:
    service = TrainerService(store)
    trainer = service.create("Đặng Thu Hà", "480913")
    assert service.unlock(trainer.id, "480913").name == "Đặng Thu Hà"
    with pytest.raises(WrongPin) as wrong:
        service.unlock(trainer.id, "480914")
    assert wrong.value.tries_left == 4


def test_five_wrong_tries_lock_for_a_growing_time(store: Store) -> None:
    clock = Clock()
    service = TrainerService(store, clock)
    trainer = service.create("Đặng Thu Hà", "480913")
    for _ in range(4):
        with pytest.raises(WrongPin):
            service.unlock(trainer.id, "000001")
    with pytest.raises(TrainerLocked) as locked:
        service.unlock(trainer.id, "000001")
    assert locked.value.seconds == 30
    with pytest.raises(TrainerLocked):  # even the right PIN waits
        service.unlock(trainer.id, "480913")
    clock.advance(31)
    with pytest.raises(TrainerLocked) as longer:
        service.unlock(trainer.id, "000001")
    assert longer.value.seconds == 60
    clock.advance(61)
    assert service.unlock(trainer.id, "480913").id == trainer.id
    with pytest.raises(WrongPin) as reset:
        service.unlock(trainer.id, "000001")
    assert reset.value.tries_left == 4
    assert [lock_seconds(n) for n in (4, 5, 6, 7, 20)] == [0, 30, 60, 120, 3600]


def test_no_pin_in_the_database_file(store: Store, tmp_path: Path) -> None:
    service = TrainerService(store)
    service.create("Đặng Thu Hà", "480913")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = b"".join(path.read_bytes() for path in tmp_path.iterdir() if path.is_file())
    assert b"480913" not in data
    assert "480913".encode("utf-16-le") not in data


def test_change_pin(store: Store) -> None:
    service = TrainerService(store)
    trainer = service.create("Đặng Thu Hà", "480913")
    with pytest.raises(PinRefused):
        service.change_pin(trainer.id, "480913", "111111")
    service.change_pin(trainer.id, "480913", "715302")
    with pytest.raises(WrongPin):
        service.unlock(trainer.id, "480913")
    assert service.unlock(trainer.id, "715302").id == trainer.id
