"""The course model: what a course folder says about itself, without its lesson bodies.

Only ``course.toml`` and the first line of each lesson are read to build a ``Course``;
lesson bodies and quizzes are read when a person opens them, so the catalog stays fast
however many courses are installed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
AUDIENCES = ("community", "civil-servant")
QUIZ_NAME = "quiz"
COURSE_FILE = "course.toml"

_NUMBER_PREFIX = re.compile(r"^\d+[-_]")


def is_course_folder(path: Path) -> bool:
    return (path / COURSE_FILE).is_file()


def lesson_id_from_stem(stem: str) -> str:
    """``01-scale`` -> ``scale``: the number orders lessons, the rest names them for good."""
    return _NUMBER_PREFIX.sub("", stem)


def with_fallback(path_for: Callable[[str], Path], language: str) -> tuple[Path, str]:
    """A file in ``language`` if it exists, else the Vietnamese one; and the language used."""
    wanted = path_for(language)
    if wanted.is_file() or language == DEFAULT_LANGUAGE:
        return wanted, language
    return path_for(DEFAULT_LANGUAGE), DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Lesson:
    id: str
    stem: str
    folder: Path

    def path(self, language: str) -> Path:
        return self.folder / f"{self.stem}.{language}.md"

    def available_path(self, language: str) -> tuple[Path, str]:
        """The file to show in ``language``, falling back to Vietnamese; and its language."""
        return with_fallback(self.path, language)

    def title(self, language: str) -> str:
        """The lesson's first heading; read one line only, so listing lessons stays cheap."""
        path, _ = self.available_path(language)
        try:
            with path.open(encoding="utf-8-sig") as stream:
                for line in stream:
                    if line.strip():
                        return line.lstrip("#").strip() or self.id
                    continue
        except (OSError, UnicodeDecodeError):
            pass
        return self.id


@dataclass(frozen=True)
class Course:
    id: str
    version: str
    audience: str
    minutes: int
    pass_mark: float
    lessons: tuple[Lesson, ...]
    folder: Path
    title: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    competences: dict[str, tuple[str, ...]] = field(default_factory=dict)
    quiz_size: int | None = None

    def title_in(self, language: str) -> str:
        return self.title.get(language) or self.title.get(DEFAULT_LANGUAGE) or self.id

    def description_in(self, language: str) -> str:
        return self.description.get(language) or self.description.get(DEFAULT_LANGUAGE, "")

    def quiz_path(self, language: str) -> Path:
        return self.folder / f"{QUIZ_NAME}.{language}.gift"

    def available_quiz_path(self, language: str) -> tuple[Path, str]:
        return with_fallback(self.quiz_path, language)

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)


def course_to_dict(course: Course) -> dict[str, Any]:
    """Plain data for caching; the folder is not included (it is the cache key)."""
    return {
        "id": course.id, "version": course.version, "audience": course.audience,
        "minutes": course.minutes, "pass_mark": course.pass_mark,
        "lessons": [lesson.stem for lesson in course.lessons],
        "title": course.title, "description": course.description,
        "competences": {k: list(v) for k, v in course.competences.items()},
        "quiz_size": course.quiz_size,
    }


def course_from_dict(data: dict[str, Any], folder: Path) -> Course:
    return Course(
        id=data["id"], version=data["version"], audience=data["audience"],
        minutes=data["minutes"], pass_mark=data["pass_mark"],
        lessons=tuple(Lesson(lesson_id_from_stem(stem), stem, folder)
                      for stem in data["lessons"]),
        folder=folder, title=data["title"], description=data["description"],
        competences={k: tuple(v) for k, v in data["competences"].items()},
        quiz_size=data["quiz_size"],
    )
