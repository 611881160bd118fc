"""Read ``course.toml`` into a ``Course``, reporting each problem as ``file:line: message``.

The loader is the single reader of course metadata, used by the catalog (where a problem
marks the course broken) and by ``dtlearn validate`` (where every problem is printed).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dtlearn.core.course import (
    AUDIENCES,
    COURSE_FILE,
    Course,
    Lesson,
    is_course_folder,
    lesson_id_from_stem,
)
from dtlearn.core.problems import Problem

__all__ = ["COURSE_FILE", "CourseLoad", "is_course_folder", "load_course"]

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")
_TOML_LINE = re.compile(r"at line (\d+)")


@dataclass(frozen=True)
class CourseLoad:
    """A course and what is wrong with its metadata; ``course`` is None when unusable."""

    course: Course | None
    problems: tuple[Problem, ...]


def _key_lines(text: str) -> dict[str, int]:
    """Line of each top-level key and table header, so problems point at the right line."""
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        match = re.match(r"^\[\s*([A-Za-z0-9_.-]+)\s*\]", stripped)
        if match:
            lines.setdefault(match.group(1), number)
            continue
        match = re.match(r"^([A-Za-z0-9_.-]+)\s*=", stripped)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def load_course(folder: Path) -> CourseLoad:
    """Read a course folder's metadata; never raises for a bad course."""
    toml_path = folder / COURSE_FILE
    shown = str(toml_path)
    try:
        text = toml_path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return CourseLoad(None, (Problem(shown, 0, "course.toml is missing"),))
    except (OSError, UnicodeDecodeError) as error:
        return CourseLoad(None, (Problem(shown, 0, f"cannot read course.toml: {error}"),))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _TOML_LINE.search(str(error))
        # tomllib says "at end of document" instead of a line when the file stops short.
        line = int(match.group(1)) if match else len(text.splitlines())
        return CourseLoad(None, (Problem(shown, line, f"invalid TOML: {error}"),))
    return _build(folder, shown, data, _key_lines(text))


def _build(folder: Path, shown: str, data: dict[str, Any],
           lines: dict[str, int]) -> CourseLoad:
    problems: list[Problem] = []

    def problem(key: str, message: str) -> None:
        problems.append(Problem(shown, lines.get(key, lines.get(key.split(".")[0], 0)), message))

    def required(key: str, kind: type | tuple[type, ...], what: str) -> Any:
        if key not in data:
            problem(key, f"missing required field '{key}'")
            return None
        value = data[key]
        if not isinstance(value, kind) or isinstance(value, bool):
            problem(key, f"'{key}' must be {what}")
            return None
        return value

    course_id = required("id", str, "a text")
    if course_id is not None:
        if not _ID.match(course_id):
            problem("id", f"id '{course_id}' may use only lowercase letters, digits and hyphens")
        elif course_id != folder.name:
            problem("id", f"id '{course_id}' differs from the folder name '{folder.name}'")
    version = required("version", str, "a text like \"1.0.0\"")
    if version is not None and not _VERSION.match(version):
        problem("version", f"version '{version}' must look like 1.0.0")
    audience = required("audience", str, "a text")
    if audience is not None and audience not in AUDIENCES:
        problem("audience", f"audience must be one of {', '.join(AUDIENCES)}")
    minutes = required("minutes", int, "a whole number of minutes")
    if minutes is not None and minutes <= 0:
        problem("minutes", "minutes must be more than 0")
    pass_mark = required("pass_mark", (int, float), "a percentage")
    if pass_mark is not None and not 0 < pass_mark <= 100:
        problem("pass_mark", "pass_mark must be between 1 and 100")
    quiz_size = data.get("quiz_size")
    if quiz_size is not None and (not isinstance(quiz_size, int) or isinstance(quiz_size, bool)
                                  or quiz_size < 1):
        problem("quiz_size", "quiz_size must be a whole number of at least 1")
        quiz_size = None
    title = _language_table(data, "title", problem, required_vi=True)
    description = _language_table(data, "description", problem, required_vi=True)
    competences = _competences(data, problem)
    lessons = _lessons(folder, data, problem)

    if problems:
        return CourseLoad(None, tuple(problems))
    course = Course(
        id=course_id, version=version, audience=audience, minutes=minutes,
        pass_mark=float(pass_mark), lessons=lessons, folder=folder, title=title,
        description=description, competences=competences, quiz_size=quiz_size,
    )
    return CourseLoad(course, ())


def _language_table(data: dict[str, Any], key: str, problem: Any,
                    required_vi: bool) -> dict[str, str]:
    table = data.get(key)
    if table is None:
        if required_vi:
            problem(key, f"missing required table [{key}] with at least '{key}.vi'")
        return {}
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        problem(key, f"[{key}] must map language codes to texts, like vi = \"...\"")
        return {}
    if required_vi and not table.get("vi", "").strip():
        problem(key, f"missing required field '{key}.vi'")
    return {language: text.strip() for language, text in table.items()}


def _competences(data: dict[str, Any], problem: Any) -> dict[str, tuple[str, ...]]:
    table = data.get("competences", {})
    if not isinstance(table, dict):
        problem("competences", "[competences] must map a framework to a list of codes")
        return {}
    result: dict[str, tuple[str, ...]] = {}
    for framework, codes in table.items():
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            problem("competences", f"competences.{framework} must be a list of codes as texts")
            continue
        result[framework] = tuple(codes)
    return result


def _lessons(folder: Path, data: dict[str, Any], problem: Any) -> tuple[Lesson, ...]:
    stems = data.get("lessons")
    if stems is None:
        problem("lessons", "missing required field 'lessons'")
        return ()
    if not isinstance(stems, list) or not all(isinstance(s, str) for s in stems) or not stems:
        problem("lessons", "'lessons' must be a non-empty list of lesson file names")
        return ()
    lessons: list[Lesson] = []
    seen: set[str] = set()
    for stem in stems:
        lesson = Lesson(id=lesson_id_from_stem(stem), stem=stem, folder=folder)
        if lesson.id in seen:
            problem("lessons", f"lesson id '{lesson.id}' is used twice")
        seen.add(lesson.id)
        if not lesson.path("vi").is_file():
            problem("lessons", f"lesson file {lesson.path('vi').name} is missing")
        lessons.append(lesson)
    return tuple(lessons)
