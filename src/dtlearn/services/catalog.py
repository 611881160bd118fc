"""The installed courses, each either usable or broken with its reasons.

Courses come from two folders: the ones built into the app, and the ones installed from
course packs in the data folder (``services.packs``). A course installed from a pack
replaces the built-in course with the same id, unless the built-in one is newer (an app
update can ship a newer course than a pack installed long ago).

Start-up cost must not grow with the number of courses, so the catalog reads only
``course.toml`` for each course and re-checks a course in full (lessons and quizzes) only
when a fingerprint of its files differs from the cached one. Even the fingerprints (a
directory walk per course) wait for the window: ``start_from_cache`` gives the first screen
the courses as last checked, and ``check_for_changes`` walks the folders once it shows.
Quizzes and lesson HTML are built on first use and kept for the session.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from dtlearn.core.course import (
    Course,
    Lesson,
    course_from_dict,
    course_to_dict,
    is_course_folder,
)
from dtlearn.store.course_cache import CachedCheck, cached_checks, save_check
from dtlearn.store.database import Store

if TYPE_CHECKING:
    import markdown

    from dtlearn.core.questions import Question

log = logging.getLogger(__name__)

# Folders an install in progress (or an interrupted one) leaves in the installed-courses
# folder; hidden, so neither the catalog nor a person browsing takes them for courses.
STAGING_PREFIX = ".installing-"
PREVIOUS_PREFIX = ".previous."


def parse_version(version: str) -> tuple[int, ...]:
    """``"1.10.0"`` -> ``(1, 10, 0)``, so 1.10 sorts after 1.9; the loader has already
    required MAJOR.MINOR.PATCH, anything else sorts first."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return ()


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
    installed: bool = False  # from a course pack, not built into the app

    @property
    def broken(self) -> bool:
        return self.course is None or bool(self.problems)

    @property
    def course_id(self) -> str:
        return self.course.id if self.course else self.folder.name


def _newer(bundled: CatalogEntry | None, installed: CatalogEntry) -> CatalogEntry:
    """Which of two copies of a course to show: the installed one, unless it is broken
    while the built-in one works, or the built-in one is newer (the app was updated)."""
    if bundled is None or bundled.broken:
        return installed
    if installed.broken or installed.course is None or bundled.course is None:
        log.warning("installed course %s is broken (%s); showing the built-in copy",
                    installed.folder, installed.problems[0] if installed.problems else "")
        return bundled
    if parse_version(bundled.course.version) > parse_version(installed.course.version):
        return bundled
    return installed


def fingerprint(folder: Path) -> str:
    """Names, sizes and modification times of every file in the course folder.

    Uses os.scandir rather than Path.rglob: this runs for every course on every start.
    """
    import hashlib  # not needed by a start that trusts the cache

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
    """Courses found in the built-in folder and the installed one, checked once per change."""

    def __init__(self, courses_dir: Path, store: Store,
                 installed_dir: Path | None = None) -> None:
        self.courses_dir = courses_dir
        self.installed_dir = installed_dir
        self._store = store
        self._entries: list[CatalogEntry] | None = None
        self._unchecked = False  # entries taken from the cache without fingerprints
        self._quizzes: dict[tuple[str, str], tuple[tuple[Question, ...], str]] = {}
        self._renderer: markdown.Markdown | None = None

    def entries(self) -> list[CatalogEntry]:
        if self._entries is None:
            self._entries = self._scan()
        return self._entries

    def refresh(self) -> list[CatalogEntry]:
        self._entries = None
        self._unchecked = False
        self._quizzes.clear()
        return self.entries()

    def start_from_cache(self) -> None:
        """The courses as last checked, for a window's first screen: a course with a cached
        check is taken as it was, without walking its files. Courses new since then are
        checked now. Call ``check_for_changes`` once the window is up."""
        self._entries = self._scan(trust_cache=True)
        self._quizzes.clear()

    def check_for_changes(self) -> bool:
        """Walk the course folders that ``start_from_cache`` trusted; True (and the
        entries read again) if any course changed on disk since its cached check."""
        if not self._unchecked:
            return False
        before = self._entries
        self._entries = self._scan()
        self._unchecked = False
        if self._entries == before:
            return False
        self._quizzes.clear()
        return True

    def usable(self) -> list[Course]:
        return [entry.course for entry in self.entries()
                if not entry.broken and entry.course is not None]

    def course(self, course_id: str) -> Course | None:
        return next((c for c in self.usable() if c.id == course_id), None)

    def _scan(self, trust_cache: bool = False) -> list[CatalogEntry]:
        cache = cached_checks(self._store)
        bundled = self._scan_folder(self.courses_dir, cache, False, trust_cache)
        if self.installed_dir is None:
            return bundled
        chosen = {entry.course_id: entry for entry in bundled}
        for entry in self._scan_folder(self.installed_dir, cache, True, trust_cache):
            chosen[entry.course_id] = _newer(chosen.get(entry.course_id), entry)
        return sorted(chosen.values(), key=lambda entry: entry.folder.name)

    def _scan_folder(self, root: Path, cache: dict[str, CachedCheck], installed: bool,
                     trust_cache: bool) -> list[CatalogEntry]:
        if not root.is_dir():
            return []
        with os.scandir(root) as listing:  # the directory entries know which are folders
            folders = sorted(root / item.name for item in listing
                             if not item.name.startswith(".") and item.is_dir()
                             and is_course_folder(Path(item.path)))
        # The cache is keyed by the real path; resolving the root once, not every folder,
        # keeps a start with many courses from paying a path walk per course.
        real_root = root.resolve()
        entries = [self._entry(folder, str(real_root / folder.name), cache, trust_cache)
                   for folder in folders]
        if installed:
            entries = [replace(entry, installed=True) for entry in entries]
        return entries

    def _entry(self, folder: Path, key: str, cache: dict[str, CachedCheck],
               trust_cache: bool = False) -> CatalogEntry:
        cached = cache.get(key)
        if trust_cache and cached is not None and cached.metadata:
            self._unchecked = True
            return self._cached_entry(folder, cached)
        current = fingerprint(folder)
        if cached is not None and cached.fingerprint == current and cached.metadata:
            return self._cached_entry(folder, cached)
        from dtlearn.core.loader import load_course  # tomllib and the checks: on change only

        loaded = load_course(folder)
        if loaded.course is None:
            return CatalogEntry(folder, None, tuple(map(str, loaded.problems)), 0)
        problems = [str(problem) for problem in validate_course(folder)]
        checked = CachedCheck(current, problems, self._count_questions(loaded.course),
                              course_to_dict(loaded.course))
        save_check(self._store, key, checked)
        return CatalogEntry(folder, loaded.course, tuple(problems), checked.question_count)

    @staticmethod
    def _cached_entry(folder: Path, cached: CachedCheck) -> CatalogEntry:
        course = course_from_dict(cached.metadata, folder)
        return CatalogEntry(folder, course, tuple(cached.problems), cached.question_count)

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
