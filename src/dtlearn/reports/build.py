"""Build reports and transcripts from what the store holds.

The rules, in one place:

- A learner counts in a course (``learners``) if they have any statement about it in the
  date range: a lesson opened, a question answered, a quiz finished.
- ``completed``: a statement that the course itself was completed (all lessons read and the
  quiz passed), in the range. ``passed``: at least one passed quiz in the range.
- The best attempt counts: each learner's highest quiz score in the range, so a retry that
  did better replaces the earlier one; ``average_best`` is the mean of those bests over the
  learners who finished at least one quiz.
- Rates are over ``learners``: of the people who started the course, how many completed,
  how many passed.
- Places are the learner's merged profile; sessions are the sessions a learner's statements
  about the course were made in (a learner who attended two sessions of a course counts in
  both).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from dtlearn.core.textfold import fold
from dtlearn.errors import DatabaseUnavailable
from dtlearn.reports.model import (
    CourseInfo,
    Filters,
    Grouping,
    Report,
    ReportError,
    ReportProblem,
    ReportRow,
    Totals,
    Transcript,
    TranscriptAttempt,
    TranscriptCourse,
    local_date,
)
from dtlearn.store import reports as sql
from dtlearn.store.database import Store

log = logging.getLogger(__name__)

# Commune and unit names repeat across provinces (there is a Tân Lập in many of them), so
# both are grouped with their province: the key is province, this separator, then the name
# (store.reports.place_keys makes the keys).
PLACE_SEPARATOR = "\x1f"


def _scope(filters: Filters, zone: dt.tzinfo | None) -> sql.Scope:
    filters.check()
    start, end = filters.instants(zone)
    return sql.Scope(start, end, filters.course_id)


def build_report(store: Store, filters: Filters,
                 courses: Mapping[str, CourseInfo] | None = None,
                 zone: dt.tzinfo | None = None) -> Report:
    """The report for ``filters``; raises ReportError (reading nothing) for a reversed range.

    ``courses`` gives titles (a course no longer installed shows its id); ``zone`` is the
    zone whose calendar days the dates mean, the computer's own by default.
    """
    scope = _scope(filters, zone)
    courses = courses or {}
    groups, totals = _sum_groups(store, filters.by, scope)
    labels = _labels(store, filters.by, [key for key, _course in groups], courses)
    rows = [ReportRow(key, labels[key][0], labels[key][1], course_id,
                      _title(courses, course_id), *_figures(sums))
            for (key, course_id), sums in groups.items()]
    rows.sort(key=_row_order())
    return Report(filters, tuple(rows), totals, dt.datetime.now().astimezone(),
                  _title(courses, filters.course_id) if filters.course_id else "")


# Running figures for one group and course: learners, completed, passed, the sum and the
# count of best scores. Plain lists, not objects: this loop runs once per learner and
# course, 100,000 times for the benchmark's hub, and attribute access would double it.
_LEARNERS, _COMPLETED, _PASSED, _BEST_SUM, _BEST_COUNT = range(5)


def _figures(sums: list[float]) -> tuple[int, int, int, float | None]:
    count = int(sums[_BEST_COUNT])
    return (int(sums[_LEARNERS]), int(sums[_COMPLETED]), int(sums[_PASSED]),
            sums[_BEST_SUM] / count if count else None)


def _sum_groups(store: Store, by: Grouping, scope: sql.Scope
                ) -> tuple[dict[tuple[str, str], list[float]], Totals]:
    """Figures per (group key, course), and for the whole scope.

    The store streams one row per learner and course (and session, for sessions); summing
    them here, with the learners' places in a dict, measured faster than having SQLite
    join and sort them (SQLite's part is the one pass over the statements).
    """
    rows, done = _outcomes(store, scope, by is Grouping.SESSION)
    seen: set[str] = set()
    if by is Grouping.SESSION:
        rows = list(rows)
        pairs = _pair_outcomes(rows)
        groups = _add_up(rows, done, by, {}, pairs, seen)
        # A learner in two sessions of a course is in both rows, but once in the totals.
        whole = _add_up([(course_id, learner_id, "", *outcome)
                         for (course_id, learner_id), outcome in pairs.items()],
                        done, Grouping.COURSE, {}, None, seen)
    else:
        groups = whole = _add_up(rows, done, by, _place_keys(store, by), None, seen)
    enrolments, completed, passed, average = _figures(
        [sum(sums[column] for sums in whole.values()) for column in range(5)])
    return groups, Totals(len(seen), enrolments, completed, passed, average)


def _outcomes(store: Store, scope: sql.Scope, by_session: bool
              ) -> tuple[Iterable[sql.Outcome], set[tuple[str, str]] | None]:
    """The outcome rows, and the completions when the rows do not carry them.

    Over the whole history the kept summary answers (report_pairs: measured 0.2 s instead
    of 0.8 s for a million statements); for a date range, or when the summary cannot be
    written (a read-only database), the statements themselves.
    """
    if not scope.start and not scope.end:
        try:
            return list(sql.kept_outcomes(store, scope.course_id, by_session)), None
        except DatabaseUnavailable:
            log.info("report summary not writable; reading the statements", exc_info=True)
    return sql.outcomes(store, scope, by_session), sql.completions(store, scope)


def _add_up(rows: Iterable[sql.Outcome], done: set[tuple[str, str]] | None, by: Grouping,
            places: dict[str, str], pairs: dict[tuple[str, str], _Outcome] | None,
            seen: set[str]) -> dict[tuple[str, str], list[float]]:
    """Sum outcome rows per group key and course. ``done`` holds the completions when the
    rows do not; ``pairs`` replaces a row's own outcome with the learner's outcome in the
    course as a whole; ``seen`` collects learner ids.

    Kept per course, then per key, inside: a dict keyed by a string whose hash Python
    keeps is a quarter faster here than one keyed by a fresh (key, course) pair per row.
    """
    by_course: dict[str, dict[str, list[float]]] = {}
    remember = seen.add
    place = places.get
    for course_id, learner_id, session_id, passed, best, completed in rows:
        if pairs is not None:
            passed, best, completed = pairs[course_id, learner_id]
        if by is Grouping.COURSE:
            key = course_id
        elif by is Grouping.SESSION:
            key = session_id
        elif by is Grouping.LEARNER:
            key = learner_id
        else:
            key = place(learner_id, "")
        groups = by_course.get(course_id)
        if groups is None:
            groups = by_course[course_id] = {}
        sums = groups.get(key)
        if sums is None:
            sums = groups[key] = [0, 0, 0, 0.0, 0]
        sums[_LEARNERS] += 1
        if completed or (done is not None and (course_id, learner_id) in done):
            sums[_COMPLETED] += 1
        if passed:
            sums[_PASSED] += 1
        if best is not None:
            sums[_BEST_SUM] += best
            sums[_BEST_COUNT] += 1
        remember(learner_id)
    return {(key, course_id): sums for course_id, groups in by_course.items()
            for key, sums in groups.items()}


# A learner's result in a course: passed, best score, completed.
_Outcome = tuple[int, "float | None", int]


def _pair_outcomes(rows: list[sql.Outcome]) -> dict[tuple[str, str], _Outcome]:
    """A learner's result in a course over all the sessions it was spread across."""
    pairs: dict[tuple[str, str], _Outcome] = {}
    for course_id, learner_id, _session, passed, best, completed in rows:
        held = pairs.get((course_id, learner_id))
        if held is not None:
            passed = max(passed, held[0])
            if held[1] is not None and (best is None or held[1] > best):
                best = held[1]
            completed = max(completed, held[2])
        pairs[course_id, learner_id] = (passed, best, completed)
    return pairs


def _place_keys(store: Store, by: Grouping) -> dict[str, str]:
    """Learner id → group key, for groupings by place (empty for the others)."""
    if by not in (Grouping.UNIT, Grouping.COMMUNE, Grouping.PROVINCE):
        return {}
    return sql.place_keys(store, by.value)


def _title(courses: Mapping[str, CourseInfo], course_id: str) -> str:
    info = courses.get(course_id)
    return info.title if info else course_id


def _row_order() -> Callable[[ReportRow], tuple[object, ...]]:
    """Groups by what people read (name, place, title) in Vietnamese alphabetical order as
    near as folding gets (Đ beside D, not after Z), unnamed ones last; then course.

    Folding is remembered per text: 20,000 rows repeat a few thousand names and places.
    """
    folded = functools.cache(fold)

    def key(row: ReportRow) -> tuple[object, ...]:
        return (row.group_label == "", folded(row.group_label), row.group_label,
                folded(row.group_detail), row.group, folded(row.course_title), row.course_id)

    return key


def _labels(store: Store, by: Grouping, keys: list[str],
            courses: Mapping[str, CourseInfo]) -> dict[str, tuple[str, str]]:
    """What to show for each group key: a label and a detail line."""
    unique = sorted(set(keys))
    if by is Grouping.COURSE:
        return {key: (_title(courses, key), "") for key in unique}
    if by is Grouping.LEARNER:
        people = sql.learner_places(store, unique)
        labels: dict[str, tuple[str, str]] = {}
        for key in unique:
            person = people.get(key)
            if person is None:
                labels[key] = (key, "")
            else:
                labels[key] = (person["name"], _joined(person["unit"], person["commune"],
                                                       person["province"]))
        return labels
    if by is Grouping.SESSION:
        found = sql.session_data(store, [key for key in unique if key])
        return {key: session_label(key, found.get(key)) for key in unique}
    if by in (Grouping.UNIT, Grouping.COMMUNE):
        return {key: _place_label(key) for key in unique}
    return {key: (key, "") for key in unique}


def _place_label(key: str) -> tuple[str, str]:
    """A unit or commune keyed with its province: the name, and the province as detail."""
    province, _, name = key.partition(PLACE_SEPARATOR)
    return name, province


def session_label(session_id: str, data: str | None) -> tuple[str, str]:
    """A session's title, and its date and place; the id if its record has not arrived."""
    if not session_id:
        return "", ""
    try:
        fields: dict[str, Any] = json.loads(data) if data else {}
    except ValueError:
        fields = {}
    if not isinstance(fields, dict):
        fields = {}
    title = str(fields.get("title") or "").strip() or session_id
    day = str(fields.get("date") or "")
    try:
        shown_day = dt.date.fromisoformat(day).strftime("%d/%m/%Y") if day else ""
    except ValueError:
        shown_day = day
    place = _joined(*(str(fields.get(name) or "") for name in ("village", "commune",
                                                                 "province")))
    return title, " · ".join(part for part in (shown_day, place) if part)


def _joined(*parts: str) -> str:
    return ", ".join(part for part in parts if part)


# --- transcripts ---------------------------------------------------------------------

def build_transcript(store: Store, learner_id: str, filters: Filters | None = None,
                     courses: Mapping[str, CourseInfo] | None = None,
                     zone: dt.tzinfo | None = None) -> Transcript:
    """One learner's record per course: lessons read, every finished quiz with its date and
    score, the best score, passed, completed, and the certificate code if one was issued."""
    filters = filters or Filters()
    scope = _scope(filters, zone)
    courses = courses or {}
    profile = sql.learner_profile(store, learner_id)
    if profile is None:
        raise ReportError(ReportProblem.UNKNOWN_LEARNER,
                          f"No learner with the id {learner_id} on this install.")
    lessons: dict[str, set[str]] = {}
    attempts: dict[str, list[TranscriptAttempt]] = {}
    completed: dict[str, str] = {}
    for row in sql.learner_statements(store, learner_id, scope):
        course_id = row["course_id"]
        lessons.setdefault(course_id, set())
        attempts.setdefault(course_id, [])
        verb, object_id = row["verb"], row["object_id"]
        if verb == "completed" and "/lessons/" in object_id:
            lessons[course_id].add(object_id)
        elif verb == "completed" and object_id.endswith(f"/courses/{course_id}"):
            completed.setdefault(course_id, row["timestamp"])
        elif verb in ("passed", "failed"):
            attempts[course_id].append(TranscriptAttempt(
                row["registration"] or "", row["timestamp"],
                local_date(row["timestamp"], zone), float(row["score"] or 0.0),
                _number(row["raw"]), _number(row["max"]), verb == "passed"))
    codes = sql.certificate_codes(store, learner_id)
    records = tuple(
        TranscriptCourse(
            course_id=course_id, title=_title(courses, course_id),
            lessons_read=len(lessons[course_id]),
            lessons_total=courses[course_id].lessons if course_id in courses else None,
            attempts=tuple(attempts[course_id]), completed=course_id in completed,
            completed_on=(local_date(completed[course_id], zone) if course_id in completed
                          else None),
            certificate_code=codes.get(course_id, ""))
        for course_id in sorted(lessons, key=lambda c: (fold(_title(courses, c)), c)))
    return Transcript(profile["id"], profile["name"], profile["unit"], profile["commune"],
                      profile["province"], records, filters, dt.datetime.now().astimezone())


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None
