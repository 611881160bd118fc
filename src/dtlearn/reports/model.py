"""What a report is: its filters, its rows and totals, and the mistakes it refuses.

Plain data with no Qt and no SQL, shared by the report builder, the exporters, the CLI and
the Reports screen. Rates are fractions (0..1) so a spreadsheet can format them as
percentages; scores are xAPI's scaled score (0..1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from dtlearn.core.course import Course
from dtlearn.errors import UserError


class Grouping(StrEnum):
    """What a report's rows are per; always also per course."""

    COURSE = "course"
    UNIT = "unit"
    COMMUNE = "commune"
    PROVINCE = "province"
    SESSION = "session"
    LEARNER = "learner"


class ReportProblem(StrEnum):
    BAD_DATE = "bad_date"
    RANGE_REVERSED = "range_reversed"
    UNKNOWN_LEARNER = "unknown_learner"


class ReportError(UserError):
    """A report that cannot be made as asked; ``problem`` lets the screen say it in words,
    ``str()`` is the English message the command line prints."""

    def __init__(self, problem: ReportProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")


def parse_date(text: str) -> dt.date:
    """YYYY-MM-DD, or DD/MM/YYYY as Vietnamese forms write it."""
    for pattern in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise ReportError(ReportProblem.BAD_DATE,
                      f"{text!r} is not a date: write YYYY-MM-DD or DD/MM/YYYY.")


@dataclass(frozen=True)
class Filters:
    """Which results a report covers. Dates are local calendar days, both inclusive; None
    means no limit on that side."""

    by: Grouping = Grouping.COURSE
    course_id: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def check(self) -> None:
        """Refuse a range that ends before it starts, before anything is read or written."""
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ReportError(
                ReportProblem.RANGE_REVERSED,
                f"The date range ends ({self.date_to.isoformat()}) before it starts "
                f"({self.date_from.isoformat()}). Swap the dates or correct one of them.")

    def instants(self, zone: dt.tzinfo | None = None) -> tuple[str, str]:
        """The range as UTC instants in the outbox's timestamp format, end exclusive.

        A trainer's "1 October" is a local day: in Vietnam (UTC+7) it starts at 17:00 UTC
        on 30 September, so the local midnights are converted, not the dates.
        """
        return _local_midnight(self.date_from, zone), _local_midnight(
            self.date_to + dt.timedelta(days=1) if self.date_to else None, zone)


def _local_midnight(day: dt.date | None, zone: dt.tzinfo | None) -> str:
    if day is None:
        return ""
    midnight = dt.datetime.combine(day, dt.time.min)
    local = midnight.replace(tzinfo=zone) if zone else midnight.astimezone()
    return local.astimezone(dt.UTC).isoformat(timespec="milliseconds")


def local_date(stamp: str, zone: dt.tzinfo | None = None) -> dt.date:
    """The local calendar day of a statement's UTC timestamp."""
    moment = dt.datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(zone).date()


@dataclass(frozen=True)
class CourseInfo:
    """What a report shows of a course it cannot open itself (the catalog lives above)."""

    title: str
    lessons: int


def course_infos(courses: Iterable[Course], language: str = "vi") -> dict[str, CourseInfo]:
    return {course.id: CourseInfo(course.title_in(language), len(course.lessons))
            for course in courses}


def _rate(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


class ReportRow(NamedTuple):
    """One group and course. ``group`` is the key (a course id, the place as typed, a
    session or learner id; '' when the profile leaves it empty or the results were made
    outside any session); ``group_label`` is what to show for it, ``group_detail`` more
    about it (a session's date and place, a learner's unit and commune).

    A named tuple: a by-learner report makes 100,000 of them, and a frozen dataclass takes
    several times as long to build."""

    group: str
    group_label: str
    group_detail: str
    course_id: str
    course_title: str
    learners: int
    completed: int
    passed: int
    average_best: float | None

    @property
    def completion_rate(self) -> float:
        return _rate(self.completed, self.learners)

    @property
    def pass_rate(self) -> float:
        return _rate(self.passed, self.learners)


@dataclass(frozen=True)
class Totals:
    """The whole report once: ``enrolments`` are learner-and-course pairs, the base of the
    rates; a learner in two groups (two sessions) is counted once."""

    learners: int
    enrolments: int
    completed: int
    passed: int
    average_best: float | None

    @property
    def completion_rate(self) -> float:
        return _rate(self.completed, self.enrolments)

    @property
    def pass_rate(self) -> float:
        return _rate(self.passed, self.enrolments)


@dataclass(frozen=True)
class Report:
    filters: Filters
    rows: tuple[ReportRow, ...]
    totals: Totals
    generated_at: dt.datetime
    course_title: str = ""  # the title of filters.course_id, if any


@dataclass(frozen=True)
class TranscriptAttempt:
    """A finished quiz: when (UTC ISO, and the local day), the scaled score, raw points of
    a maximum."""

    attempt_id: str
    finished_at: str
    day: dt.date
    score: float
    raw: float | None
    maximum: float | None
    passed: bool


@dataclass(frozen=True)
class TranscriptCourse:
    course_id: str
    title: str
    lessons_read: int
    lessons_total: int | None
    attempts: tuple[TranscriptAttempt, ...]
    completed: bool
    completed_on: dt.date | None
    certificate_code: str

    @property
    def best_score(self) -> float | None:
        return max((attempt.score for attempt in self.attempts), default=None)

    @property
    def passed(self) -> bool:
        return any(attempt.passed for attempt in self.attempts)


@dataclass(frozen=True)
class Transcript:
    learner_id: str
    name: str
    unit: str
    commune: str
    province: str
    courses: tuple[TranscriptCourse, ...]
    filters: Filters
    generated_at: dt.datetime
