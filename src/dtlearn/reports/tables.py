"""Reports and transcripts as typed tables, the one shape every exporter and the screen read.

Cells keep their type (a count, a fraction to show as a percentage, a date) so a
spreadsheet gets numbers it can sum and sort, while CSV and PDF turn them into text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from dtlearn.reports.model import Filters, Grouping, Report, Transcript
from dtlearn.reports.words import Words

Cell = str | int | float | dt.date | None


class Kind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    PERCENT = "percent"  # a fraction 0..1, shown as a percentage
    DATE = "date"


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: Sequence[tuple[Cell, ...]]


@dataclass(frozen=True)
class Fact:
    """One line of a summary: a label and a value."""

    label: str
    value: Cell
    kind: Kind = Kind.TEXT


def report_table(report: Report, words: Words) -> Table:
    by = report.filters.by
    columns = [Column(words.group_title(by))]
    detail = words.detail_title(by)
    if detail:
        columns.append(Column(detail))
    if by is not Grouping.COURSE:
        columns.append(Column(words.course))
    columns += [Column(words.learners, Kind.COUNT), Column(words.completed, Kind.COUNT),
                Column(words.completion_rate, Kind.PERCENT), Column(words.passed, Kind.COUNT),
                Column(words.pass_rate, Kind.PERCENT),
                Column(words.average_best, Kind.PERCENT)]
    rows: list[tuple[Cell, ...]] = []
    for row in report.rows:
        cells: list[Cell] = [words.group_name(by, row.group_label)]
        if detail:
            cells.append(row.group_detail)
        if by is not Grouping.COURSE:
            cells.append(row.course_title)
        cells += [row.learners, row.completed, row.completion_rate, row.passed, row.pass_rate,
                  row.average_best]
        rows.append(tuple(cells))
    return Table(tuple(columns), rows)


def filter_facts(filters: Filters, course_title: str, words: Words,
                 generated_at: dt.datetime) -> list[Fact]:
    facts = [Fact(words.grouped_by, words.group_title(filters.by))]
    facts.append(Fact(words.course_filter, course_title or filters.course_id
                      or words.all_courses))
    facts.append(Fact(words.period, period_text(filters, words)))
    facts.append(Fact(words.made_on, generated_at.strftime("%d/%m/%Y %H:%M")))
    return facts


def period_text(filters: Filters, words: Words) -> str:
    if not filters.date_from and not filters.date_to:
        return words.whole_history
    return (f"{words.date_from} {words.day(filters.date_from) or words.no_limit} "
            f"{words.date_to.lower()} {words.day(filters.date_to) or words.no_limit}")


def summary_facts(report: Report, words: Words) -> list[Fact]:
    """Filters used and totals, for the Summary sheet and the PDF's heading."""
    totals = report.totals
    return [*filter_facts(report.filters, report.course_title, words, report.generated_at),
            Fact(words.total_learners, totals.learners, Kind.COUNT),
            Fact(words.enrolments, totals.enrolments, Kind.COUNT),
            Fact(words.completed, totals.completed, Kind.COUNT),
            Fact(words.completion_rate, totals.completion_rate, Kind.PERCENT),
            Fact(words.passed, totals.passed, Kind.COUNT),
            Fact(words.pass_rate, totals.pass_rate, Kind.PERCENT),
            Fact(words.average_best, totals.average_best, Kind.PERCENT)]


def transcript_facts(transcript: Transcript, words: Words) -> list[Fact]:
    return [Fact(words.name, transcript.name), Fact(words.unit, transcript.unit),
            Fact(words.commune, transcript.commune), Fact(words.province, transcript.province),
            Fact(words.period, period_text(transcript.filters, words)),
            Fact(words.made_on, transcript.generated_at.strftime("%d/%m/%Y %H:%M"))]


def transcript_courses(transcript: Transcript, words: Words) -> Table:
    columns = (Column(words.course), Column(words.lessons_read),
               Column(words.attempts, Kind.COUNT), Column(words.best_score, Kind.PERCENT),
               Column(words.passed), Column(words.completed), Column(words.certificate))
    rows: list[tuple[Cell, ...]] = []
    for course in transcript.courses:
        read = (words.lessons_of.format(read=course.lessons_read, total=course.lessons_total)
                if course.lessons_total is not None else str(course.lessons_read))
        done = words.yes_no(course.completed)
        if course.completed_on:
            done += f" ({words.day(course.completed_on)})"
        rows.append((course.title, read, len(course.attempts), course.best_score,
                     words.yes_no(course.passed), done, course.certificate_code))
    return Table(columns, rows)


def transcript_attempts(transcript: Transcript, words: Words) -> Table:
    columns = (Column(words.course), Column(words.date, Kind.DATE),
               Column(words.score, Kind.PERCENT), Column(words.points),
               Column(words.result))
    rows: list[tuple[Cell, ...]] = []
    for course in transcript.courses:
        for attempt in course.attempts:
            points = ""
            if attempt.raw is not None and attempt.maximum:
                points = f"{words.number(attempt.raw)} / {words.number(attempt.maximum)}"
            rows.append((course.title, attempt.day, attempt.score, points,
                         words.result_passed if attempt.passed else words.result_failed))
    return Table(columns, rows)
