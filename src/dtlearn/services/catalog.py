"""The installed courses, each either usable or broken with its reasons.

Start-up cost must not grow with the number of courses, so the catalog reads only
``course.toml`` for each course and re-checks a course in full (lessons and quizzes) only
when a fingerprint of its files differs from the cached one. Quizzes and lesson HTML are
built on first use and kept for the session.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dtlearn.core.course import Course, Lesson, course_from_dict, course_to_dict
from dtlearn.core.loader import is_course_folder, load_course
from dtlearn.store.course_cache import CachedCheck, cached_checks, save_check
from dtlearn.store.database import Store

if TYPE_CHECKING:
    import markdown

    from dtlearn.core.questions import Question


def validate_course(folder: Path) -> list[object]:
    """Full check of one course. Imported on demand: the parser and Markdown are not needed
    to show a catalog whose courses are unchanged, and start-up time is a target."""
    from dtlearn.core.validate import validate_course as full_check

    return list(full_check(folder))


@dataclass(frozen=True)
class CatalogEntry:
    folder: Path
    course: Course | None
    problems: tuple[str, ...]
    question_count: int

    @property
    def broken(self) -> bool:
        return self.course is None or bool(self.problems)

    @property
    def course_id(self) -> str:
        return self.course.id if self.course else self.folder.name


def fingerprint(folder: Path) -> str:
    """Names, sizes and modification times of every file in the course folder.

    Uses os.scandir rather than Path.rglob: this runs for every course on every start.
    """
    digest = hashlib.sha256()
    pending = [str(folder)]
    entries: list[str] = []
    while pending:
        with os.scandir(pending.pop()) as listing:
            for entry in listing:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                elif entry.is_file():
                    stat = entry.stat()
                    entries.append(f"{entry.path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    for line in sorted(entries):
        digest.update(line.encode("utf-8", "surrogateescape") + b"\n")
    return digest.hexdigest()


class Catalog:
    """Courses found in one folder, checked once per change."""

    def __init__(self, courses_dir: Path, store: Store) -> None:
        self.courses_dir = courses_dir
        self._store = store
        self._entries: list[CatalogEntry] | None = None
        self._quizzes: dict[tuple[str, str], tuple[tuple[Question, ...], str]] = {}
        self._renderer: markdown.Markdown | None = None

    def entries(self) -> list[CatalogEntry]:
        if self._entries is None:
            self._entries = self._scan()
        return self._entries

    def refresh(self) -> list[CatalogEntry]:
        self._entries = None
        self._quizzes.clear()
        return self.entries()

    def usable(self) -> list[Course]:
        return [entry.course for entry in self.entries()
                if not entry.broken and entry.course is not None]

    def course(self, course_id: str) -> Course | None:
        return next((c for c in self.usable() if c.id == course_id), None)

    def _scan(self) -> list[CatalogEntry]:
        if not self.courses_dir.is_dir():
            return []
        folders = sorted(p for p in self.courses_dir.iterdir() if p.is_dir()
                         and is_course_folder(p))
        cache = cached_checks(self._store)
        return [self._entry(folder, cache.get(str(folder.resolve()))) for folder in folders]

    def _entry(self, folder: Path, cached: CachedCheck | None) -> CatalogEntry:
        current = fingerprint(folder)
        if cached is not None and cached.fingerprint == current and cached.metadata:
            course = course_from_dict(cached.metadata, folder)
            return CatalogEntry(folder, course, tuple(cached.problems), cached.question_count)
        loaded = load_course(folder)
        if loaded.course is None:
            return CatalogEntry(folder, None, tuple(map(str, loaded.problems)), 0)
        problems = [str(problem) for problem in validate_course(folder)]
        checked = CachedCheck(current, problems, self._count_questions(loaded.course),
                              course_to_dict(loaded.course))
        save_check(self._store, str(folder.resolve()), checked)
        return CatalogEntry(folder, loaded.course, tuple(problems), checked.question_count)

    def _count_questions(self, course: Course) -> int:
        questions, _ = self.quiz(course, "vi")
        return len(questions)

    def quiz(self, course: Course, language: str) -> tuple[tuple[Question, ...], str]:
        """The course's questions in ``language`` (or Vietnamese) and the language used."""
        from dtlearn.core.gift import parse_gift_file

        key = (course.id, language)
        if key not in self._quizzes:
            path, used = course.available_quiz_path(language)
            self._quizzes[key] = (parse_gift_file(path).questions, used)
        return self._quizzes[key]

    def lesson_html(self, lesson: Lesson, language: str) -> tuple[str, str]:
        """Rendered lesson in ``language`` (or Vietnamese) and the language actually used."""
        from dtlearn.core.lesson_render import make_renderer, render_markdown

        if self._renderer is None:
            self._renderer = make_renderer()
        path, used = lesson.available_path(language)
        return render_markdown(path.read_text(encoding="utf-8-sig"), self._renderer), used
