"""Valid statements in bulk, written to an outbox, for the push tests and the push benchmark.

Built by the real ``StatementFactory`` (lessons, answers, quiz results, course completions,
in the proportions a class produces), so what we push is what the app pushes; only the
course and learners are made up, which keeps 100,000 statements a matter of seconds.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from pathlib import Path
from typing import Any

from dtlearn.core.course import Course
from dtlearn.core.questions import Choice, Kind, Question
from dtlearn.core.xapi import LearnerInfo, Place, StatementFactory, XapiConfig
from dtlearn.store import outbox
from dtlearn.store.database import Store

COURSE = Course(id="an-toan-so", version="1", audience="community", minutes=30, pass_mark=0.8,
                lessons=(), folder=Path("."), title={"vi": "An toàn số", "en": "Digital safety"})
QUESTION = Question(id="otp-share", kind=Kind.SINGLE, line=1, text_format="plain",
                    text="Ai được phép biết mã OTP của bạn?",
                    choices=(Choice("Không ai cả", 1.0), Choice("Nhân viên ngân hàng", 0.0),
                             Choice("Người thân", 0.0)))


def statements(count: int, seed: int = 0) -> list[dict[str, Any]]:
    """``count`` statements from a few dozen learners, a day's events apiece."""
    rng = random.Random(seed)
    factory = StatementFactory(XapiConfig())
    learners = [LearnerInfo(str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                            f"Học viên {n}", "UBND xã Tân Lập", "Tân Lập", "Phú Thọ")
                for n in range(max(1, count // 20))]
    start = dt.datetime(2026, 11, 2, 1, 0, tzinfo=dt.UTC)
    made: list[dict[str, Any]] = []
    place = Place(session_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    while len(made) < count:
        learner = rng.choice(learners)
        when = start + dt.timedelta(seconds=len(made) * 7)
        attempt = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        roll = rng.random()
        if roll < 0.3:
            statement = factory.lesson(rng.choice(["experienced", "completed"]), learner,
                                       COURSE, "otp", "Mã OTP", "vi", when, 95.5, place)
        elif roll < 0.85:
            right = rng.random() < 0.7
            statement = factory.answered(learner, COURSE, attempt, QUESTION,
                                         0 if right else 1, 1.0 if right else 0.0, right,
                                         "vi", when, place)
        elif roll < 0.95:
            raw = float(rng.randint(4, 10))
            statement = factory.quiz_finished(learner, COURSE, attempt, raw, 10.0, raw >= 8,
                                              "vi", 312.0, when, place)
        else:
            statement = factory.course_completed(learner, COURSE, "vi", when, place)
        # Seeded ids, so a seed always gives the same statements.
        statement["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        made.append(statement)
    return made


def fill(store: Store, count: int, seed: int = 0, chunk: int = 5000) -> list[str]:
    """Write ``count`` statements to the outbox in large transactions; returns their ids."""
    ids: list[str] = []
    for first in range(0, count, chunk):
        batch = statements(min(chunk, count - first), seed + first)
        with store.write() as db:
            outbox.add(db, batch, store.device_id)
        ids.extend(s["id"] for s in batch)
    return ids
