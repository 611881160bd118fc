"""A small, fully known world for report tests; every figure in the tests is worked out by
hand from the table below.

Two courses: A is the sample course (2 lessons), B a copy with its own title. Six learners
in four communes and three provinces (one commune name, Tân Lập, in two provinces), and one
with no place at all. Two group sessions of course A. Times are UTC; "local" in comments is
Vietnam (UTC+7).

| learner | course | session | what happened                                  | best | pass | done |
|---------|--------|---------|------------------------------------------------|------|------|------|
| An      | A      | S1      | both lessons; 5/10 failed, retry 9/10 passed   | 0.9  | yes  | yes  |
| An      | B      | -       | 6/10 failed (2025-11-02)                       | 0.6  | no   | no   |
| Bình    | A      | S1      | one lesson of two; 8/10 passed                 | 0.8  | yes  | no   |
| Cường   | A      | S1, -   | 3/10 failed in S1; 6/10 failed at home 10-20   | 0.6  | no   | no   |
| Dung    | A      | S2      | both lessons; 7/10 passed, then 10/10 passed   | 1.0  | yes  | yes  |
| Dung    | B      | -       | opened a lesson only (2025-12-01)              | -    | no   | no   |
| Giang   | A      | -       | both lessons, 8/10 passed, 2025-09-30 18:00    | 0.8  | yes  | yes  |
|         |        |         | UTC (= 1 October 01:00 in Vietnam)             |      |      |      |
| Hoa     | B      | -       | both lessons; 4/10 failed 11-10, 9/10 11-11    | 0.9  | yes  | yes  |
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dtlearn.core.course import Course
from dtlearn.core.xapi import LearnerInfo, Place, StatementFactory, XapiConfig
from dtlearn.services.context import Services
from dtlearn.services.trainers import Trainer
from dtlearn.store import outbox

from .conftest import SAMPLE, copy_course

B_TITLE = "Khóa B: Lừa đảo trực tuyến"
TRAINER = Trainer("t1", "Đặng Thu Hà")
VIETNAM = dt.timezone(dt.timedelta(hours=7))

PEOPLE = {
    "an": ("Nguyễn Văn An", "UBND xã Tân Lập", "Tân Lập", "Phú Thọ"),
    "binh": ("Trần Thị Bình", "UBND xã Tân Lập", "Tân Lập", "Phú Thọ"),
    "cuong": ("Lê Văn Cường", "Trường THCS Hòa Bình", "Hòa Bình", "Phú Thọ"),
    "dung": ("Phạm Thị Dung", "UBND phường Ba Đình", "Ba Đình", "Hà Nội"),
    "giang": ("Hoàng Văn Giang", "UBND xã Tân Lập", "Tân Lập", "Tuyên Quang"),
    "hoa": ("Đặng Thị Hoa", "", "", ""),
}


def add_course_b(courses_dir: Path) -> None:
    """Course B: the sample course under another id and title (before services start)."""
    target = copy_course(SAMPLE, courses_dir, "course-b")
    toml = target / "course.toml"
    text = re.sub(r'^vi = "Khóa học mẫu.*"$', f'vi = "{B_TITLE}"',
                  toml.read_text(encoding="utf-8"), count=1, flags=re.M)
    toml.write_text(text, encoding="utf-8")


@dataclass
class World:
    services: Services
    a: Course
    b: Course
    ids: dict[str, str]
    s1: str
    s2: str

    def name(self, key: str) -> str:
        return PEOPLE[key][0]


def build_world(services: Services) -> World:
    a = services.catalog.course("sample-course")
    b = services.catalog.course("course-b")
    assert a is not None and b is not None and b.title_in("vi") == B_TITLE
    ids = {key: services.learners.create(*person).id for key, person in PEOPLE.items()}
    s1 = services.sessions.create("sample-course", "Buổi học xã Tân Lập", "Phú Thọ", "Tân Lập",
                                  "Thôn Đồng", "2025-10-05", TRAINER).id
    s2 = services.sessions.create("sample-course", "Lớp học phường Ba Đình", "Hà Nội",
                                  "Ba Đình", "", "2025-10-12", TRAINER).id
    world = World(services, a, b, ids, s1, s2)
    statements: list[dict[str, Any]] = []
    add = statements.extend

    def who(key: str) -> LearnerInfo:
        return LearnerInfo(ids[key], *PEOPLE[key])

    def factory(session: str = "") -> StatementFactory:
        return StatementFactory(XapiConfig(), Place(session_id=session))

    def read(key: str, course: Course, lesson_ids: list[str], when: str,
             session: str = "") -> None:
        f = factory(session)
        for lesson_id in lesson_ids:
            add([f.lesson("experienced", who(key), course, lesson_id, lesson_id, "vi", at(when)),
                 f.lesson("completed", who(key), course, lesson_id, lesson_id, "vi", at(when))])

    def quiz(key: str, course: Course, raw: float, when: str, session: str = "") -> None:
        add([factory(session).quiz_finished(who(key), course, str(uuid.uuid4()), raw, 10.0,
                                            raw >= 7, "vi", 300, at(when))])

    def done(key: str, course: Course, when: str, session: str = "") -> None:
        add([factory(session).course_completed(who(key), course, "vi", at(when))])

    read("an", a, ["passwords", "otp"], "2025-10-05T02:00:00", s1)
    quiz("an", a, 5, "2025-10-05T03:00:00", s1)
    quiz("an", a, 9, "2025-10-05T04:00:00", s1)
    done("an", a, "2025-10-05T04:00:00", s1)
    quiz("an", b, 6, "2025-11-02T08:00:00")

    read("binh", a, ["passwords"], "2025-10-05T02:00:00", s1)
    quiz("binh", a, 8, "2025-10-05T03:30:00", s1)

    quiz("cuong", a, 3, "2025-10-05T03:00:00", s1)
    quiz("cuong", a, 6, "2025-10-20T12:00:00")

    read("dung", a, ["passwords", "otp"], "2025-10-12T02:00:00", s2)
    quiz("dung", a, 7, "2025-10-12T03:00:00", s2)
    done("dung", a, "2025-10-12T03:00:00", s2)
    quiz("dung", a, 10, "2025-10-12T03:30:00", s2)
    add([factory().lesson("experienced", who("dung"), b, "passwords", "passwords", "vi",
                          at("2025-12-01T01:00:00"))])

    read("giang", a, ["passwords", "otp"], "2025-09-30T17:30:00")
    quiz("giang", a, 8, "2025-09-30T18:00:00")
    done("giang", a, "2025-09-30T18:00:00")

    read("hoa", b, ["passwords", "otp"], "2025-11-10T02:00:00")
    quiz("hoa", b, 4, "2025-11-10T03:00:00")
    quiz("hoa", b, 9, "2025-11-11T03:00:00")
    done("hoa", b, "2025-11-11T03:00:00")

    outbox.record(services.store, statements)
    return world


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)
