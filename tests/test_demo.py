"""Demo data: realistic and clearly marked, never pushed or exported, and removed exactly."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from pathlib import Path

import pytest

from dtlearn.app import main
from dtlearn.paths import Paths
from dtlearn.services.context import Services
from dtlearn.services.demo import (
    DemoService,
    DemoUnavailable,
    demo_courses,
    load_settings,
)
from dtlearn.services.trainers import Trainer
from dtlearn.store import outbox
from dtlearn.sync.bundle import export_bundle, read_bundle
from dtlearn.sync.keys import load_or_create_device_key
from dtlearn.sync.lrs import LrsClient
from dtlearn.sync.push import push_pending

from .lrs_fake import KEY, SECRET, FakeLrs
from .test_xapi import learn_and_pass
from .xapi_checks import check_statement

TODAY = dt.date(2026, 5, 1)


def add_demo(services: Services, learners: int = 60, seed: int = 7) -> DemoService:
    demo = DemoService(services.store, services.statements)
    demo.add(demo_courses(services.catalog), learners, seed=seed, today=TODAY)
    return demo


def real_data(services: Services, name: str) -> str:
    """A real learner who learnt and passed, in a real group session."""
    learner = services.learners.create(name, "UBND xã Tân Lập", "Xã Tân Lập", "Phú Thọ",
                                       birth_year=1980, phone="0912345678")
    learn_and_pass(services, learner.id)
    session = services.sessions.create("sample-course", "Lớp kỹ năng số", "Phú Thọ",
                                       "Xã Tân Lập", "Thôn Đông", "2026-04-20",
                                       Trainer("t-1", "Hà Văn Tập"))
    services.sessions.register_existing(session, learner.id)
    return learner.id


def checksum(services: Services) -> dict[str, str]:
    """A digest of every row of every table, table by table."""
    digests = {}
    tables = [row["name"] for row in services.store.read(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name")]
    for table in tables:
        rows = sorted(json.dumps(row, sort_keys=True, ensure_ascii=False, default=repr)
                      for row in services.store.read(f'SELECT * FROM "{table}"'))
        digests[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return digests


def count(services: Services, sql: str) -> int:
    row = services.store.read_one(sql)
    assert row is not None
    return int(next(iter(row.values())))


def test_demo_data_is_realistic_and_marked(services: Services) -> None:
    add_demo(services, 60)
    marks = load_settings()
    learners = [row for row in services.learners.all() if row.demo]
    assert len(learners) == 60
    provinces = {place.province for place in marks.places}
    communes = {place.commune for place in marks.places}
    for learner in learners:
        assert learner.name.endswith(" [mẫu]") and len(learner.name.split()) >= 4
        assert learner.unit.startswith("[Dữ liệu mẫu]")
        assert learner.province in provinces and learner.commune in communes
        assert learner.gender in ("female", "male")
        assert learner.birth_year is not None and 1950 <= learner.birth_year <= 2010
        assert learner.phone == "" or (len(learner.phone) == 10 and learner.phone[0] == "0")
        assert learner.village
    assert len({learner.province for learner in learners}) >= 3
    assert any("ễ" in learner.name or "ầ" in learner.name or "ơ" in learner.name
               or "ị" in learner.name for learner in learners)

    sessions = [json.loads(row["data"]) for row in services.store.read(
        "SELECT data FROM group_sessions WHERE demo = 1")]
    assert len(sessions) == 4
    for data in sessions:
        assert set(data) == {"course_id", "title", "province", "commune", "village", "date",
                             "trainer_id", "trainer_name"}
        assert data["title"].startswith("[Dữ liệu mẫu] ")
        assert TODAY - dt.timedelta(days=120) <= dt.date.fromisoformat(data["date"]) < TODAY
    assert count(services, "SELECT COUNT(*) FROM session_attendees") > 20

    attempts = services.store.read("SELECT learner_id, course_id, score, passed, demo "
                                   "FROM attempts")
    assert attempts and all(row["demo"] == 1 for row in attempts)
    assert any(row["passed"] for row in attempts) and not all(row["passed"] for row in attempts)
    retried = {(row["learner_id"], row["course_id"]) for row in attempts}
    assert len(retried) < len(attempts)  # some retries

    statements = services.store.read("SELECT body, verb, demo, sent_at, exported_at, "
                                     "timestamp FROM outbox")
    assert all(row["demo"] == 1 and row["sent_at"] and row["exported_at"]
               for row in statements)
    verbs = {row["verb"] for row in statements}
    assert verbs == {"experienced", "completed", "passed", "failed"}
    for row in statements[:200]:
        check_statement(json.loads(row["body"]))
    stamps = sorted(row["timestamp"][:10] for row in statements)
    assert stamps[0] >= (TODAY - dt.timedelta(days=121)).isoformat()
    assert stamps[-1] <= TODAY.isoformat()
    course_done = [json.loads(row["body"]) for row in statements if row["verb"] == "completed"
                   and json.loads(row["body"])["object"]["id"].endswith("/courses/sample-course")]
    assert course_done


def test_the_same_seed_makes_the_same_people(services: Services) -> None:
    add_demo(services, 20, seed=3)
    first = sorted(row.name for row in services.learners.all())
    DemoService(services.store, services.statements).remove()
    add_demo(services, 20, seed=3)
    assert sorted(row.name for row in services.learners.all()) == first


def test_remove_takes_out_exactly_the_demo_data(services: Services) -> None:
    real_data(services, "Nguyễn Văn An")
    services.catalog.entries()
    before = checksum(services)
    demo = add_demo(services, 80)
    assert checksum(services) != before
    added = demo.counts()
    removed = demo.remove()
    assert removed == added and removed.learners == 80
    assert demo.counts().empty
    assert checksum(services) == before


def test_real_data_added_meanwhile_stays(services: Services) -> None:
    demo = add_demo(services, 40)
    real = real_data(services, "Trần Thị Bình")
    demo_learner = next(row for row in services.learners.all() if row.demo)
    # Someone tries the app as a demo learner: that is demo too.
    course = services.catalog.course("sample-course")
    assert course is not None
    services.progress.lesson_opened(demo_learner.id, course, "otp")
    real_rows = {table: services.store.read(
        f"SELECT * FROM {table} WHERE learner_id = ?", [real])
        for table in ("outbox", "attempts", "lesson_progress", "session_attendees")}
    assert all(real_rows.values())
    demo.remove()
    assert {table: services.store.read(f"SELECT * FROM {table} WHERE learner_id = ?", [real])
            for table in real_rows} == real_rows
    assert count(services, "SELECT COUNT(*) FROM outbox WHERE learner_id NOT IN "
                           "(SELECT id FROM learners)") == 0
    assert [row.name for row in services.learners.all()] == ["Trần Thị Bình"]
    assert count(services, "SELECT COUNT(*) FROM group_sessions") == 1
    assert count(services, "SELECT COUNT(*) FROM answers") == 10


def test_demo_statements_are_never_pushed(services: Services) -> None:
    add_demo(services, 40)
    real = services.learners.create("Lê Văn Cường")
    learn_and_pass(services, real.id)
    demo_learner = next(row for row in services.learners.all() if row.demo)
    course = services.catalog.course("sample-course")
    assert course is not None
    services.progress.lesson_opened(demo_learner.id, course, "otp")  # demo, made by the app
    real_ids = {row["id"] for row in services.store.read(
        "SELECT id FROM outbox WHERE learner_id = ?", [real.id])}
    assert outbox.pending_count(services.store) == len(real_ids) == 16
    with FakeLrs() as lrs:
        report = push_pending(services.store, LrsClient(lrs.endpoint, KEY, SECRET))
        assert report.sent == 16 and report.pending == 0
        assert set(lrs.received) == real_ids
    assert count(services, "SELECT COUNT(*) FROM outbox WHERE demo = 0 AND sent_at IS NULL") \
        == 0


def test_demo_data_is_never_exported(services: Services, paths: Paths, tmp_path: Path) -> None:
    add_demo(services, 40)
    real = services.learners.create("Phạm Thị Dung")
    learn_and_pass(services, real.id)
    demo_ids = {row["id"] for row in services.store.read("SELECT id FROM learners "
                                                         "WHERE demo = 1")}
    key = load_or_create_device_key(paths)
    for everything in (False, True):
        target = tmp_path / f"out-{everything}.dtsync"
        export_bundle(services.store, key, target, everything=everything)
        content = read_bundle(target).content
        assert len(content.statements) == 16
        assert {s.columns[0] for s in content.statements} == {real.id}
        assert not demo_ids & {row["id"] for row in content.learners}
        assert content.sessions == []


def test_demo_needs_a_course(tmp_path: Path, services: Services) -> None:
    demo = DemoService(services.store, services.statements)
    with pytest.raises(DemoUnavailable, match="at least one usable course"):
        demo.add([], 10)
    with pytest.raises(ValueError):
        demo.add(demo_courses(services.catalog), 0)
    assert demo.counts().empty


def test_stopping_writes_nothing(services: Services) -> None:
    demo = DemoService(services.store, services.statements)
    steps: list[int] = []
    report = demo.add(demo_courses(services.catalog), 300, today=TODAY,
                      progress=lambda done, total: steps.append(done),
                      should_stop=lambda: len(steps) >= 3)
    assert report.stopped
    assert demo.counts().empty and count(services, "SELECT COUNT(*) FROM learners") == 0


def test_a_thousand_learners_in_a_few_seconds(services: Services) -> None:
    courses = demo_courses(services.catalog)
    demo = DemoService(services.store, services.statements)
    started = time.perf_counter()
    report = demo.add(courses, 1000, seed=1, today=TODAY)
    seconds = time.perf_counter() - started
    assert report.learners == 1000 and report.statements > 5000
    assert seconds < 15, f"1,000 demo learners took {seconds:.1f} s"
    started = time.perf_counter()
    demo.remove()
    assert time.perf_counter() - started < 5


def test_places_are_data_with_the_two_level_units() -> None:
    settings = load_settings()
    provinces = {place.province for place in settings.places}
    assert len(provinces) >= 5
    for province in provinces:
        assert sum(1 for place in settings.places if place.province == province) >= 4
    for place in settings.places:
        assert place.commune.split()[0] in ("Xã", "Phường", "Đặc"), place.commune
        assert place.villages
    assert "huyện" not in json.dumps([p.commune for p in settings.places], ensure_ascii=False)


def test_cli_demo_add_and_remove(services: Services, paths: Paths,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    real_data(services, "Đỗ Văn Em")
    before = checksum(services)
    args = ["--data-dir", str(paths.data_dir), "--courses-dir", str(paths.courses_dir), "demo"]
    assert main([*args, "--learners", "25", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Added 25 demo learners, ")
    assert 'Demo names end in "[mẫu]"' in out and "dtlearn demo --remove" in out
    assert count(services, "SELECT COUNT(*) FROM learners WHERE demo = 1") == 25
    assert main([*args, "--remove"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Removed 25 demo learners, ")
    assert "Real data was not touched." in out
    assert checksum(services) == before
    assert main([*args, "--learners", "0"]) == 2
    assert "--learners must be from 1 to" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*args, "--learners", "5", "--remove"])
