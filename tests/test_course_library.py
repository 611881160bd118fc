"""The bundled course library meets the curriculum's rules, so an edit that breaks one
(a missing Remember box, a quiz too short, an untagged question) fails CI."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from dtlearn.core.course import Course
from dtlearn.core.gift import parse_gift_file
from dtlearn.core.lesson_render import image_refs
from dtlearn.core.loader import load_course
from dtlearn.core.questions import Kind

COURSES = Path(__file__).parents[1] / "courses"
EXPECTED = {
    "a1-vneid": "community", "a2-qr-payments": "community", "a3-online-scams": "community",
    "a4-personal-data": "community", "a5-ai-for-everyone": "community",
    "b1-digital-transformation": "civil-servant", "b2-digital-government": "civil-servant",
    "b3-information-security": "civil-servant",
}
SOURCE_TAG = re.compile(r"\[S\d+\]")


def load(course_id: str) -> Course:
    course = load_course(COURSES / course_id).course
    assert course is not None
    return course


def test_the_eight_courses_are_there() -> None:
    found = {p.name for p in COURSES.iterdir() if (p / "course.toml").is_file()}
    assert found == set(EXPECTED)


@pytest.mark.parametrize("course_id", sorted(EXPECTED))
def test_course_metadata(course_id: str) -> None:
    course = load(course_id)
    assert course.audience == EXPECTED[course_id]
    assert course.pass_mark == 70 and course.quiz_size == 10
    assert course.title.get("en") and course.description.get("en")
    assert course.competences.get("circular02") and course.competences.get("digcomp")
    assert 3 <= len(course.lessons) <= 5


@pytest.mark.parametrize("course_id", sorted(EXPECTED))
def test_lessons_follow_the_rules(course_id: str) -> None:
    course = load(course_id)
    pictures = 0
    for lesson in course.lessons:
        for language in ("vi", "en"):
            path = lesson.path(language)
            text = path.read_text(encoding="utf-8")
            assert text == unicodedata.normalize("NFC", text), path
            remember = re.search(r"^!!! remember .*\n((?:    .*\n|\n)+)", text, re.M)
            assert remember, f"{path}: no Remember box"
            points = [line for line in remember.group(1).splitlines()
                      if line.strip().startswith("- ")]
            assert 3 <= len(points) <= 5, f"{path}: Remember box has {len(points)} points"
            heading = "## Nguồn" if language == "vi" else "## Sources"
            assert heading in text, f"{path}: no {heading}"
            assert SOURCE_TAG.search(text.split(heading)[1]), f"{path}: sources not tagged"
            pictures += len(image_refs(text))
        words = len(lesson.path("vi").read_text(encoding="utf-8").split())
        assert 400 <= words <= 900, f"{lesson.path('vi')}: {words} words"
    assert pictures >= 1
    assert any((course.folder / "media").iterdir())


@pytest.mark.parametrize("course_id", sorted(EXPECTED))
@pytest.mark.parametrize("language", ["vi", "en"])
def test_quiz_follows_the_rules(course_id: str, language: str) -> None:
    course = load(course_id)
    result = parse_gift_file(course.quiz_path(language))
    assert result.problems == ()
    questions = result.questions
    assert len(questions) >= 15
    kinds = {q.kind for q in questions}
    assert {Kind.SINGLE, Kind.MULTIPLE, Kind.TRUE_FALSE, Kind.MATCHING} <= kinds
    scenarios = [q for q in questions if any(c.strip().startswith("scenario")
                                             for c in q.comments)]
    assert len(scenarios) >= 3
    for question in questions:
        assert any(SOURCE_TAG.search(c) for c in question.comments), question.id
        if question.kind is Kind.MATCHING:
            assert question.general_feedback, question.id
        else:
            assert all(choice.feedback for choice in question.choices), question.id
