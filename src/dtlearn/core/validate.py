"""``dtlearn validate``: every problem in a course, as ``file:line: message``.

The catalog only needs to know *whether* a course is usable; an author needs to know
*everything* that is wrong at once, so this walks the whole course and never stops early.
"""

from __future__ import annotations

from pathlib import Path

import markdown

from dtlearn.core.course import LANGUAGES, Course
from dtlearn.core.gift import parse_gift_file
from dtlearn.core.lesson_render import (
    image_refs,
    is_local,
    make_renderer,
    render_markdown,
    resolve_media,
)
from dtlearn.core.loader import is_course_folder, load_course
from dtlearn.core.problems import Problem
from dtlearn.core.questions import Kind, Question

_MEDIA_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg", ".gif", ".webp"}


def course_folders(path: Path) -> list[Path]:
    """A course folder itself, or the course folders directly inside a folder of courses."""
    if is_course_folder(path):
        return [path]
    return sorted(child for child in path.iterdir() if child.is_dir() and is_course_folder(child))


def validate_path(path: Path) -> list[Problem]:
    """Problems in a course or a folder of courses; a folder without courses is one problem."""
    if not path.exists():
        return [Problem(str(path), 0, "no such file or folder")]
    if not path.is_dir():
        return [Problem(str(path), 0, "not a folder: give a course folder or a folder of courses")]
    folders = course_folders(path)
    if not folders:
        return [Problem(str(path), 0, "no course.toml here or in any folder directly inside")]
    problems: list[Problem] = []
    for folder in folders:
        problems.extend(validate_course(folder))
    return problems


def validate_course(folder: Path) -> list[Problem]:
    loaded = load_course(folder)
    if loaded.course is None:
        return list(loaded.problems)
    course = loaded.course
    problems = _lesson_problems(course)
    problems.extend(quiz_problems(course))
    return problems


def _lesson_problems(course: Course) -> list[Problem]:
    problems: list[Problem] = []
    renderer = make_renderer()
    for lesson in course.lessons:
        for language in LANGUAGES:
            path = lesson.path(language)
            if not path.is_file():
                continue  # a missing vi lesson is reported by the loader; en is optional
            problems.extend(_one_lesson(course, path, renderer))
    return problems


def _one_lesson(course: Course, path: Path, renderer: markdown.Markdown) -> list[Problem]:
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        return [Problem(shown, 0, f"cannot read lesson: {error}")]
    problems: list[Problem] = []
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.startswith("# "):
        problems.append(Problem(shown, 1, "a lesson must start with its title as '# Title'"))
    try:
        render_markdown(text, renderer)
    except Exception as error:  # noqa: BLE001 - any renderer failure is the author's to fix
        problems.append(Problem(shown, 0, f"Markdown does not render: {error}"))
    for ref in image_refs(text):
        if not ref.alt:
            problems.append(
                Problem(shown, ref.line, f"picture {ref.src} needs a description in ![...]")
            )
        if not is_local(ref.src):
            problems.append(
                Problem(shown, ref.line, f"picture {ref.src} is on the internet; put it in media/")
            )
            continue
        target = resolve_media(course.folder, ref.src)
        if course.folder.resolve() not in target.parents:
            problems.append(Problem(shown, ref.line, f"picture {ref.src} is outside the course"))
        elif not target.is_file():
            problems.append(Problem(shown, ref.line, f"picture {ref.src} not found"))
        elif target.suffix.lower() not in _MEDIA_SUFFIXES:
            problems.append(
                Problem(shown, ref.line, f"picture {ref.src} is not PNG, JPG, GIF, WebP or SVG")
            )
    return problems


def quiz_problems(course: Course) -> list[Problem]:
    """Parse both quizzes, check each question, and check the languages agree on ids."""
    problems: list[Problem] = []
    ids_by_language: dict[str, dict[str, Question]] = {}
    for language in LANGUAGES:
        path = course.quiz_path(language)
        if not path.is_file():
            if language == "vi":
                problems.append(Problem(str(path), 0, "quiz file is missing"))
            continue
        result = parse_gift_file(path)
        problems.extend(result.problems)
        ids_by_language[language] = _question_problems(str(path), result.questions, problems)
        count = len(result.questions)
        if course.quiz_size is not None and count < course.quiz_size:
            problems.append(
                Problem(
                    str(path),
                    0,
                    f"quiz_size is {course.quiz_size} but the quiz has only {count} questions",
                )
            )
    if "vi" in ids_by_language and "en" in ids_by_language:
        problems.extend(_compare_ids(course, ids_by_language["vi"], ids_by_language["en"]))
    return problems


def _question_problems(
    shown: str, questions: tuple[Question, ...], problems: list[Problem]
) -> dict[str, Question]:
    by_id: dict[str, Question] = {}
    for question in questions:
        if not question.id:
            problems.append(
                Problem(shown, question.line, "question has no id: start it with ::some-id::")
            )
        elif question.id in by_id:
            problems.append(
                Problem(
                    shown,
                    question.line,
                    f"question id '{question.id}' is "
                    f"already used on line {by_id[question.id].line}",
                )
            )
        else:
            by_id[question.id] = question
        if not question.gradable:
            problems.append(
                Problem(
                    shown,
                    question.line,
                    f"{question.kind.value} questions cannot be marked by dtlearn; give it answers",
                )
            )
        elif not _has_right_answer(question):
            problems.append(Problem(shown, question.line, "question has no right answer"))
    return by_id


def _has_right_answer(question: Question) -> bool:
    if question.kind is Kind.MATCHING:
        return bool(question.pairs)
    if question.kind is Kind.NUMERICAL:
        return any(answer.fraction > 0 for answer in question.numeric)
    return any(choice.fraction > 0 for choice in question.choices)


def _compare_ids(course: Course, vi: dict[str, Question], en: dict[str, Question]) -> list[Problem]:
    problems: list[Problem] = []
    en_path = str(course.quiz_path("en"))
    vi_path = str(course.quiz_path("vi"))
    for question_id in sorted(vi.keys() - en.keys()):
        problems.append(
            Problem(
                en_path,
                0,
                f"question '{question_id}' (line "
                f"{vi[question_id].line} of quiz.vi.gift) has no English version",
            )
        )
    for question_id in sorted(en.keys() - vi.keys()):
        problems.append(
            Problem(
                vi_path,
                0,
                f"question '{question_id}' (line "
                f"{en[question_id].line} of quiz.en.gift) has no Vietnamese version",
            )
        )
    for question_id in sorted(vi.keys() & en.keys()):
        if vi[question_id].kind is not en[question_id].kind:
            problems.append(
                Problem(
                    en_path,
                    en[question_id].line,
                    f"question '{question_id}' is "
                    f"{en[question_id].kind.value} here but "
                    f"{vi[question_id].kind.value} in Vietnamese",
                )
            )
    return problems
