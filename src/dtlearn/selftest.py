"""``dtlearn --self-test``: tell a trainer in a few seconds whether an install is healthy.

A trainer who copied dtlearn from a USB stick onto a commune-hall PC cannot read a
traceback; they need "passed" or a list of plain reasons. The self-test walks the path a
learner takes — database, catalog, a lesson on screen, a quiz answer saved and read back —
using only what the install itself carries (bundled courses, font, translations, Qt
plugins), so a build that forgot a Markdown extension, the SVG plugin or the font fails
here rather than in front of a class.

It never touches the person's data: everything is written to a temporary folder that is
removed afterwards. This module holds no Qt; the on-screen steps go through a ``Display``
that ``app.py`` builds from ``ui/selftest_qt.py``, so the logic is tested without a window.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from dtlearn.core.course import Course
from dtlearn.core.questions import Kind, Response
from dtlearn.paths import Paths, resources_dir
from dtlearn.services.catalog import Catalog
from dtlearn.services.context import Services, build_services
from dtlearn.services.quiz import PresentedQuestion
from dtlearn.store.attempts import attempt_answers
from dtlearn.store.database import Store

FONT_FAMILY = "Noto Sans"
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")
MAIN_TRANSLATION = "dtlearn_vi.qm"
LEARNER_NAME = "Kiểm tra cài đặt"  # stays in the temporary database

# Every extension lessons use, so a frozen build that lost one is caught even if no bundled
# lesson happens to use it yet.
MARKDOWN_PROBE = """# Tiêu đề

!!! remember "Ghi nhớ"
    Nội dung.

| a | b |
|---|---|
| 1 | 2 |

Chữ
{: .note }

```
mã
```
"""
MARKDOWN_EXPECTED = ("<h1", 'class="box remember"', "<th>", 'class="note"', "<code>")


class Display(Protocol):
    """The steps that need Qt: implemented by ``dtlearn.ui.selftest_qt.QtDisplay``."""

    def font_problems(self) -> list[str]:
        """Problems loading the bundled font (empty when it is in use)."""
        ...

    def translation_problems(self, folder: Path) -> list[str]:
        """Problems loading the compiled interface translations in ``folder``."""
        ...

    def lesson_problems(self, html: str, folder: Path, pictures: list[Path]) -> list[str]:
        """Lay out ``html`` as the lesson screen does and read its ``pictures``."""
        ...

    def answer(self, item: PresentedQuestion) -> Response | None:
        """Build the question's answer widgets, answer as a person would, return the
        response the widgets give."""
        ...


@dataclass
class SelfTestResult:
    """What the self-test found: ``failures`` empty means the install is healthy."""

    failures: list[str] = field(default_factory=list)
    courses: int = 0
    lessons: int = 0
    questions: int = 0
    answered_kind: str = ""
    translations: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        if not self.passed:
            lines = [f"dtlearn self-test FAILED ({len(self.failures)} problem(s)):"]
            return "\n".join([*lines, *(f"  - {failure}" for failure in self.failures)])
        languages = ", ".join(self.translations) or "none"
        return (f"dtlearn self-test passed ({self.courses} courses, {self.lessons} lessons "
                f"rendered, {self.questions} questions, a {self.answered_kind} answer saved "
                f"and read back, font {FONT_FAMILY}, translations: {languages}) "
                f"in {self.seconds:.1f} s")


def run_self_test(courses_dir: Path, display: Callable[[], Display] | None) -> SelfTestResult:
    """Check the install against ``courses_dir`` in a throwaway data folder.

    ``display`` builds the Qt side lazily (Qt starts only if the earlier steps got that
    far); ``None`` skips the on-screen checks, for tests of this module alone.
    """
    started = time.perf_counter()
    result = SelfTestResult()
    _check_files(result)
    screen = _start_display(display, result)
    if screen is not None:
        result.failures += screen.font_problems()
        if (resources_dir() / "translations").is_dir():
            result.failures += screen.translation_problems(resources_dir() / "translations")
    try:
        with tempfile.TemporaryDirectory(prefix="dtlearn-selftest-",
                                         ignore_cleanup_errors=True) as temporary:
            _check_learning_path(Paths(Path(temporary), courses_dir), screen, result)
    except OSError as error:  # no writable temporary folder: the database cannot be tried
        result.failures.append(f"database: cannot make a temporary folder: {_describe(error)}")
    result.seconds = time.perf_counter() - started
    return result


def _check_files(result: SelfTestResult) -> None:
    """The bundled font and translations: a build step that skipped them shows here."""
    fonts = resources_dir() / "fonts"
    for name in FONT_FILES:
        if not (fonts / name).is_file():
            result.failures.append(f"font: {fonts / name} is missing")
    translations = resources_dir() / "translations"
    if not translations.is_dir():
        result.failures.append(f"translations: the folder {translations} is missing")
    elif not (translations / MAIN_TRANSLATION).is_file():
        result.failures.append(f"translations: {translations / MAIN_TRANSLATION} is missing "
                               "(the interface would show English only)")
    else:
        result.translations = sorted(path.stem.removeprefix("dtlearn_")
                                     for path in translations.glob("dtlearn_*.qm"))


def _start_display(display: Callable[[], Display] | None,
                   result: SelfTestResult) -> Display | None:
    if display is None:
        return None
    try:
        return display()
    except Exception as error:  # a missing Qt plugin or library: say which, keep going
        result.failures.append(f"display: Qt could not start: {_describe(error)}")
        return None


def _check_learning_path(paths: Paths, screen: Display | None, result: SelfTestResult) -> None:
    try:
        services = build_services(paths)
    except Exception as error:
        result.failures.append(f"database: cannot create a database in {paths.data_dir}: "
                               f"{_describe(error)}")
        return
    try:
        courses = _check_courses(services.catalog, result)
        _check_markdown(result)
        if courses:
            _check_lessons(services.catalog, courses, screen, result)
            _check_quiz(services, courses, screen, result)
    finally:
        services.close()


def _check_courses(catalog: Catalog, result: SelfTestResult) -> list[Course]:
    try:
        entries = catalog.entries()
    except Exception as error:
        result.failures.append(f"courses: cannot read {catalog.courses_dir}: "
                               f"{_describe(error)}")
        return []
    if not entries:
        result.failures.append(f"courses: no courses found in {catalog.courses_dir}")
    for entry in entries:
        if entry.broken:
            reason = entry.problems[0] if entry.problems else "cannot be read"
            more = f" (and {len(entry.problems) - 1} more)" if len(entry.problems) > 1 else ""
            result.failures.append(f"course {entry.course_id} is broken: {reason}{more}")
        else:
            result.questions += entry.question_count
    courses = catalog.usable()
    result.courses = len(courses)
    return courses


def _check_markdown(result: SelfTestResult) -> None:
    from dtlearn.core.lesson_render import render_markdown

    try:
        html = render_markdown(MARKDOWN_PROBE)
    except Exception as error:
        result.failures.append(f"lessons: Markdown cannot be rendered: {_describe(error)}")
        return
    missing = [mark for mark in MARKDOWN_EXPECTED if mark not in html]
    if missing:
        result.failures.append("lessons: Markdown extensions are missing (no "
                               + ", ".join(missing) + " in the rendered probe)")


def _check_lessons(catalog: Catalog, courses: list[Course], screen: Display | None,
                   result: SelfTestResult) -> None:
    """Render every lesson to HTML; lay out on screen one that has pictures."""
    from dtlearn.core.lesson_render import image_refs, is_local, resolve_media

    shown: tuple[str, Path, list[Path]] | None = None
    for course in courses:
        for lesson in course.lessons:
            try:
                html, _ = catalog.lesson_html(lesson, "vi")
                source = lesson.available_path("vi")[0].read_text(encoding="utf-8-sig")
            except Exception as error:
                result.failures.append(f"lesson {course.id}/{lesson.id}: cannot be rendered: "
                                       f"{_describe(error)}")
                continue
            result.lessons += 1
            pictures = [resolve_media(course.folder, ref.src) for ref in image_refs(source)
                        if is_local(ref.src)]
            if shown is None or (pictures and not shown[2]):
                shown = (html, course.folder, pictures)
    if screen is not None and shown is not None:
        result.failures += [f"lesson on screen: {problem}"
                            for problem in screen.lesson_problems(*shown)]


def _check_quiz(services: Services, courses: list[Course], screen: Display | None,
                result: SelfTestResult) -> None:
    """Start an attempt, answer its first question through the widgets, and read the
    answer back through a second connection, as the next start of the app would."""
    course = next((c for c in courses if _gradable_count(services, c)), None)
    if course is None:
        result.failures.append("quiz: no course has a question to answer")
        return
    try:
        learner = services.learners.create(LEARNER_NAME)
        session = services.quiz.start_new(learner.id, course, "vi")
        item = session.current
        response = screen.answer(item) if screen is not None else _plain_answer(item)
        if response is None:
            result.failures.append(f"quiz: the answer widgets of {course.id}/"
                                   f"{item.question.id} ({item.question.kind}) gave no answer")
            return
        session.answer(response)
        reader = Store(services.paths.database)
        try:
            saved = attempt_answers(reader, session.attempt.id).get(item.question.id)
        finally:
            reader.close()
    except Exception as error:
        result.failures.append(f"quiz: answering {course.id} failed: {_describe(error)}")
        return
    if saved is None or saved.response != response:
        result.failures.append(f"quiz: the answer to {course.id}/{item.question.id} was not "
                               f"read back as saved ({response!r} → "
                               f"{saved.response if saved else None!r})")
        return
    result.answered_kind = str(item.question.kind).replace("_", "/")


def _gradable_count(services: Services, course: Course) -> int:
    try:
        questions, _ = services.catalog.quiz(course, "vi")
    except Exception:
        return 0
    return sum(1 for question in questions if question.gradable)


def _plain_answer(item: PresentedQuestion) -> Response | None:
    """The answer a person would give, without widgets (when the display is skipped)."""
    kind = item.question.kind
    if kind in (Kind.SINGLE, Kind.TRUE_FALSE):
        return item.choice_order[0]
    if kind is Kind.MULTIPLE:
        return [item.choice_order[0]]
    if kind is Kind.SHORT:
        return "kiểm tra"
    if kind is Kind.NUMERICAL:
        return "1"
    if kind is Kind.MATCHING:
        chosen: list[str | None] = [item.match_options[0] for _ in item.question.pairs]
        return chosen
    return None


def _describe(error: BaseException) -> str:
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
