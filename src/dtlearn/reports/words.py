"""The words an exported report is written with.

Exports are made both by the window (in the interface language, through Qt's translations)
and by the command line (which has no Qt): so the exporters take their words as data. These
English defaults are what ``dtlearn report`` writes; ``ui/trainer/report_words.py`` builds
the same object from ``tr()``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dtlearn.reports.model import Grouping


@dataclass(frozen=True)
class Words:
    # what a report is grouped by (the first column's title)
    by_course: str = "Course"
    by_unit: str = "Unit / organisation"
    by_commune: str = "Commune / ward"
    by_province: str = "Province"
    by_session: str = "Group session"
    by_learner: str = "Learner"
    # the second column: more about the group
    detail_place: str = "Province"
    detail_session: str = "Date and place"
    detail_learner: str = "Unit and place"
    # figures
    course: str = "Course"
    learners: str = "Learners"
    completed: str = "Completed"
    completion_rate: str = "Completion rate"
    passed: str = "Passed"
    pass_rate: str = "Pass rate"
    average_best: str = "Average best score"
    not_given: str = "(not given)"
    outside_sessions: str = "(outside group sessions)"
    # summary
    report_sheet: str = "Report"
    summary_sheet: str = "Summary"
    report_title: str = "Completion and pass rates"
    grouped_by: str = "Grouped by"
    course_filter: str = "Course"
    all_courses: str = "All courses"
    date_from: str = "From"
    date_to: str = "To"
    no_limit: str = "no limit"
    period: str = "Period"
    whole_history: str = "All results"
    made_on: str = "Made on"
    total_learners: str = "Learners (each counted once)"
    enrolments: str = "Learners in courses (a learner in two courses counts twice)"
    totals: str = "Totals"
    rates_note: str = ("Rates are out of the learners who did anything in the course in "
                       "the period; the average is of each learner's best quiz score.")
    # transcripts
    transcript_title: str = "Learning record"
    name: str = "Name"
    unit: str = "Unit / organisation"
    commune: str = "Commune / ward"
    province: str = "Province"
    lessons_read: str = "Lessons read"
    attempts: str = "Quiz attempts"
    best_score: str = "Best score"
    certificate: str = "Certificate code"
    courses_sheet: str = "Courses"
    attempts_sheet: str = "Attempts"
    date: str = "Date"
    score: str = "Score"
    points: str = "Points"
    result: str = "Result"
    yes: str = "Yes"
    no: str = "No"
    result_passed: str = "Passed"
    result_failed: str = "Not passed"
    lessons_of: str = "{read} of {total}"
    no_results: str = "No results in this period."
    # numbers
    percent_pattern: str = "{number} %"
    decimal_separator: str = "."
    page_of: str = "Page {page} of {pages}"

    def group_title(self, by: Grouping) -> str:
        return {Grouping.COURSE: self.by_course, Grouping.UNIT: self.by_unit,
                Grouping.COMMUNE: self.by_commune, Grouping.PROVINCE: self.by_province,
                Grouping.SESSION: self.by_session, Grouping.LEARNER: self.by_learner}[by]

    def detail_title(self, by: Grouping) -> str:
        """The second column's title; empty when the grouping has nothing more to say."""
        return {Grouping.UNIT: self.detail_place, Grouping.COMMUNE: self.detail_place,
                Grouping.SESSION: self.detail_session,
                Grouping.LEARNER: self.detail_learner}.get(by, "")

    def group_name(self, by: Grouping, label: str) -> str:
        """A group's label, or words for an empty one."""
        if label:
            return label
        return self.outside_sessions if by is Grouping.SESSION else self.not_given

    def percent(self, fraction: float | None) -> str:
        """85.5 % (or 85,5 % with a decimal comma); '' for no value."""
        if fraction is None:
            return ""
        value = round(fraction * 100, 1)
        number = f"{value:.0f}" if value.is_integer() else f"{value:.1f}"
        return self.percent_pattern.format(number=number.replace(".", self.decimal_separator))

    def number(self, value: float) -> str:
        """7, 7.5 (or 7,5 with a decimal comma)."""
        return f"{value:g}".replace(".", self.decimal_separator)

    def day(self, day: dt.date | None) -> str:
        """Dates as Vietnamese forms write them, whatever the language."""
        return day.strftime("%d/%m/%Y") if day else ""

    def yes_no(self, value: bool) -> str:
        return self.yes if value else self.no
