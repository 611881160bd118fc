"""The trainer's hub: bundles from three devices, imported in every order, give one report."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path

import pytest

from dtlearn.paths import Paths
from dtlearn.reports.summary import CourseSummary, course_summary, learner_rows
from dtlearn.services.context import Services, build_services
from dtlearn.store import hub, outbox
from dtlearn.sync.bundle import export_bundle, import_bundle
from dtlearn.sync.keys import load_or_create_device_key

from .conftest import SAMPLE, copy_course
from .test_services import right_response
from .test_xapi import learn_and_pass

# Statements device A had made when B imported A's first bundle: 16 for An, 1 for Hoa.
A_FIRST = 17


@pytest.fixture
def make_device(tmp_path: Path, courses_dir: Path) -> Iterator[Callable[[str], Services]]:
    copy_course(SAMPLE, courses_dir, "second-course")
    opened: list[Services] = []

    def make(name: str) -> Services:
        services = build_services(Paths(data_dir=tmp_path / name, courses_dir=courses_dir))
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()


def export(services: Services, path: Path, everything: bool = False) -> Path:
    export_bundle(services.store, load_or_create_device_key(services.paths), path,
                  everything=everything)
    return path


def fail_quiz(services: Services, learner_id: str, course_id: str) -> None:
    course = services.catalog.course(course_id)
    assert course is not None
    session = services.quiz.start_new(learner_id, course, "vi")
    session.answer(right_response(session.current.question))
    session.finish()


def learn_and_pass_course(services: Services, learner_id: str, course_id: str) -> None:
    course = services.catalog.course(course_id)
    assert course is not None
    for lesson in course.lessons:
        services.progress.lesson_completed(learner_id, course, lesson.id, "vi")
    session = services.quiz.start_new(learner_id, course, "vi")
    for index in range(len(session.questions)):
        session.go_to(index)
        session.answer(right_response(session.current.question))
    session.finish()


def later() -> None:
    """Profile edits on different devices must carry different times (ms resolution)."""
    time.sleep(0.01)


@pytest.fixture
def bundles(make_device: Callable[[str], Services], tmp_path: Path) -> dict[str, object]:
    """Three devices' bundles, and who should win the shared learner's profile.

    Hoa is registered on device A; her profile reaches device B in A's first bundle. B
    edits her unit and she passes the course there; later A edits her commune. Device B's
    bundle therefore also carries A's first statements (a device passes on what it
    imported), so bundles overlap, as they do in the field.
    """
    a, b, c = make_device("a"), make_device("b"), make_device("c")
    an = a.learners.create("Nguyễn Văn An", "UBND xã Tân Lập", "Tân Lập", "Phú Thọ")
    learn_and_pass(a, an.id)
    hoa = a.learners.create("Đỗ Thị Hoa", "Trường Tiểu học Tân Lập", "Tân Lập", "Phú Thọ")
    course = a.catalog.course("sample-course")
    assert course is not None
    a.progress.lesson_opened(hoa.id, course, course.lessons[0].id, "vi")
    import_bundle(b.store, export(a, tmp_path / "a-first.dtsync"))

    later()
    b.learners.update(hoa.id, "Đỗ Thị Hoa", "Hội Phụ nữ xã Tân Lập", "Tân Lập", "Phú Thọ")
    learn_and_pass(b, hoa.id)
    binh = b.learners.create("Trần Văn Bình", "", "Phường Việt Trì", "Phú Thọ")
    learn_and_pass(b, binh.id)
    later()
    a.learners.update(hoa.id, "Đỗ Thị Hoa", "Trường Tiểu học Tân Lập", "Xã Tân Lập mới",
                      "Phú Thọ")

    cuong = c.learners.create("Lê Văn Cường", "UBND xã Đông Hưng", "Đông Hưng", "Hưng Yên")
    learn_and_pass_course(c, cuong.id, "second-course")
    dung = c.learners.create("Phạm Thị Dung", "", "Đông Hưng", "Hưng Yên")
    fail_quiz(c, dung.id, "sample-course")

    return {
        "files": {"a": export(a, tmp_path / "a.dtsync", everything=True),
                  "b": export(b, tmp_path / "b.dtsync"),
                  "c": export(c, tmp_path / "c.dtsync")},
        "devices": {name: s.store.device_id for name, s in zip("abc", (a, b, c), strict=True)},
        "hoa": hoa.id,
        "statements": {name: len(s.store.read("SELECT id FROM outbox"))
                       for name, s in zip("abc", (a, b, c), strict=True)},
    }


def test_any_order_gives_the_same_report(bundles: dict[str, object],
                                         make_device: Callable[[str], Services]) -> None:
    files = bundles["files"]
    devices = bundles["devices"]
    assert isinstance(files, dict) and isinstance(devices, dict)
    outcomes = []
    for number, order in enumerate(itertools.permutations("abc")):
        trainer = make_device(f"hub-{number}")
        for name in order:
            import_bundle(trainer.store, files[name])
        known = [(d.id, d.bundles, d.statements, d.learners, d.sessions, d.last_bundle_id)
                 for d in hub.known_devices(trainer.store)]
        statements = {row["id"]: row["body"] for row in trainer.store.read(
            "SELECT id, body FROM outbox")}
        outcomes.append((course_summary(trainer.store),
                         [asdict(row) for row in learner_rows(trainer.store)],
                         known, statements, outbox.pending_count(trainer.store)))

    first = outcomes[0]
    for other in outcomes[1:]:
        assert other == first

    summary, learners, known, statements, pending = first
    assert summary == [CourseSummary("sample-course", learners=4, completed=3, passed=3),
                       CourseSummary("second-course", learners=1, completed=1, passed=1)]
    hoa = next(row for row in learners if row["id"] == bundles["hoa"])
    # B's edit (unit) came before A's later edit, so A's whole profile wins.
    assert (hoa["unit"], hoa["commune"]) == ("Trường Tiểu học Tân Lập", "Xã Tân Lập mới")
    assert len(learners) == 5
    counts = bundles["statements"]
    assert isinstance(counts, dict)
    # B holds A's first statements as well; every statement is held once.
    assert len(statements) == counts["a"] + counts["b"] - A_FIRST + counts["c"]
    assert pending == len(statements)  # the hub can push all of it on to the LRS
    assert sorted(device for device, *_ in known) == sorted(devices.values())
    assert all(bundles_seen == 1 for _, bundles_seen, *_ in known)


def test_known_devices_count_what_their_bundles_carried(
        bundles: dict[str, object], make_device: Callable[[str], Services]) -> None:
    files = bundles["files"]
    devices = bundles["devices"]
    assert isinstance(files, dict) and isinstance(devices, dict)
    trainer = make_device("trainer")
    reports = {name: import_bundle(trainer.store, files[name]) for name in "cab"}
    assert reports["b"].already == A_FIRST
    known = {d.id: d for d in hub.known_devices(trainer.store)}
    counts = bundles["statements"]
    assert isinstance(counts, dict)
    assert known[devices["a"]].statements == counts["a"]
    assert known[devices["b"]].statements == counts["b"]
    assert known[devices["c"]].statements == counts["c"]
    assert (known[devices["a"]].learners, known[devices["b"]].learners,
            known[devices["c"]].learners) == (2, 3, 2)
    import_bundle(trainer.store, files["a"])  # the same bundle again is not counted twice
    assert hub.known_devices(trainer.store) == sorted(known.values(), key=lambda d: d.id)
