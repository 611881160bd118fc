"""Every learning event becomes a valid xAPI statement, written with its record."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dtlearn.core.course import Course
from dtlearn.core.xapi import duration, timestamp
from dtlearn.services.context import Services
from dtlearn.store import outbox

from .test_services import right_response
from .xapi_checks import check_statement


def bodies(services: Services) -> list[dict[str, Any]]:
    rows = services.store.read("SELECT body FROM outbox ORDER BY recorded_at, rowid")
    return [json.loads(row["body"]) for row in rows]


def verbs(services: Services) -> list[str]:
    return [row["verb"] for row in services.store.read(
        "SELECT verb FROM outbox ORDER BY recorded_at, rowid")]


def sample(services: Services) -> Course:
    course = services.catalog.course("sample-course")
    assert course is not None
    return course


def learn_and_pass(services: Services, learner_id: str) -> str:
    course = sample(services)
    for lesson in course.lessons:
        services.progress.lesson_opened(learner_id, course, lesson.id, "vi")
        services.progress.lesson_completed(learner_id, course, lesson.id, "vi")
    session = services.quiz.start_new(learner_id, course, "vi")
    for index in range(len(session.questions)):
        session.go_to(index)
        session.answer(right_response(session.current.question))
    session.finish()
    return session.attempt.id


def test_a_course_taken_end_to_end_gives_the_right_statements(services: Services) -> None:
    learner = services.learners.create("Nguyễn Văn An", "UBND xã Tân Lập", "Tân Lập", "Phú Thọ")
    attempt_id = learn_and_pass(services, learner.id)
    assert verbs(services) == (["experienced", "completed"] * 2 + ["answered"] * 10
                               + ["passed", "completed"])
    statements = bodies(services)
    for statement in statements:
        check_statement(statement)
        assert statement["actor"]["account"]["name"] == learner.id
        assert "Nguyễn Văn An" not in json.dumps(statement, ensure_ascii=False)
        extensions = statement["context"]["extensions"]
        assert extensions["https://dtlearn.invalid/xapi/extensions/unit"] == "UBND xã Tân Lập"
        assert extensions["https://dtlearn.invalid/xapi/extensions/commune"] == "Tân Lập"
    answered = [s for s in statements if s["verb"]["id"].endswith("/answered")]
    assert all(s["context"]["registration"] == attempt_id for s in answered)
    assert all(s["result"]["success"] is True for s in answered)
    passed = statements[-2]
    assert passed["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed"
    assert passed["result"]["score"] == {"scaled": 1.0, "raw": 10.0, "min": 0, "max": 10.0}
    assert passed["context"]["registration"] == attempt_id
    course_done = statements[-1]
    assert course_done["object"]["id"] == "https://dtlearn.invalid/xapi/courses/sample-course"
    assert len({s["id"] for s in statements}) == len(statements)


def test_names_only_when_turned_on(services: Services) -> None:
    services.settings.set("xapi_names", True)
    services.settings.set("xapi_base", "https://lrs.tinh.example/xapi")
    learner = services.learners.create("Trần Thị Bình")
    course = sample(services)
    services.progress.lesson_opened(learner.id, course, "otp", "en")
    statement = bodies(services)[0]
    check_statement(statement)
    assert statement["actor"]["name"] == "Trần Thị Bình"
    assert statement["object"]["id"] == (
        "https://lrs.tinh.example/xapi/courses/sample-course/lessons/otp")
    assert statement["context"]["language"] == "en"


def test_failed_quiz_and_partial_answers(services: Services) -> None:
    learner = services.learners.create("Lê Văn Cường")
    course = sample(services)
    session = services.quiz.start_new(learner.id, course, "vi")
    index = next(i for i, p in enumerate(session.questions) if p.question.id == "good-habits")
    session.go_to(index)
    session.answer([0])
    session.finish()
    statements = bodies(services)
    for statement in statements:
        check_statement(statement)
    answered, failed = statements
    assert answered["result"]["response"] == "0"
    assert answered["result"]["score"]["scaled"] == 0.5
    assert answered["result"]["success"] is False
    assert answered["object"]["definition"]["interactionType"] == "choice"
    assert failed["verb"]["id"].endswith("/failed")
    assert failed["result"]["success"] is False
    assert verbs(services).count("completed") == 0


def test_reading_a_lesson_twice_completes_it_once(services: Services) -> None:
    learner = services.learners.create("Phạm Thị Dung")
    course = sample(services)
    assert services.progress.lesson_completed(learner.id, course, "otp") is True
    assert services.progress.lesson_completed(learner.id, course, "otp") is False
    assert verbs(services) == ["completed"]


def test_statement_and_record_are_one_transaction(services: Services,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    learner = services.learners.create("Hoàng Văn Em")
    course = sample(services)
    session = services.quiz.start_new(learner.id, course, "vi")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk gave up")

    monkeypatch.setattr(outbox, "columns", broken)
    with pytest.raises(RuntimeError):
        session.answer(right_response(session.current.question))
    assert services.store.read("SELECT * FROM answers") == []
    assert services.store.read("SELECT * FROM outbox") == []
    with pytest.raises(RuntimeError):
        services.progress.lesson_completed(learner.id, course, "otp")
    assert services.progress.lessons(learner.id, course) == {}


def test_every_question_kind_makes_a_valid_statement(services: Services) -> None:
    learner = services.learners.create("Vũ Thị Giang")
    course = sample(services)
    session = services.quiz.start_new(learner.id, course, "vi")
    kinds = set()
    for index in range(len(session.questions)):
        session.go_to(index)
        kinds.add(session.current.question.kind)
        session.answer(right_response(session.current.question))
    types = set()
    for statement in bodies(services):
        check_statement(statement)
        types.add(statement["object"]["definition"]["interactionType"])
    assert types == {"choice", "true-false", "fill-in", "matching", "numeric"}
    assert len(kinds) == 6


def test_time_helpers() -> None:
    import datetime as dt

    assert duration(12.345) == "PT12.35S"
    assert duration(-1) == "PT0S"
    assert timestamp(dt.datetime(2026, 11, 22, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
                     ) == "2026-11-22T00:00:00.000+00:00"
    with pytest.raises(ValueError):
        timestamp(dt.datetime(2026, 11, 22))
