"""The words of reports and their exports, in the interface language.

``reports.words.Words`` holds the English the command line writes; the screen and the files
it exports use these, through Qt's translations, with the locale's decimal separator
(85,5 % in Vietnamese).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from dtlearn.reports.words import Words
from dtlearn.ui.translate import tr


def report_words() -> Words:
    return Words(
        by_course=tr("Course"),
        by_unit=tr("Unit / organisation"),
        by_commune=tr("Commune / ward"),
        by_province=tr("Province"),
        by_session=tr("Group session"),
        by_learner=tr("Learner"),
        detail_place=tr("Province"),
        detail_session=tr("Date and place"),
        detail_learner=tr("Unit and place"),
        course=tr("Course"),
        learners=tr("Learners"),
        completed=tr("Completed"),
        completion_rate=tr("Completion rate"),
        passed=tr("Passed"),
        pass_rate=tr("Pass rate"),
        average_best=tr("Average best score"),
        not_given=tr("(not given)"),
        outside_sessions=tr("(outside group sessions)"),
        report_sheet=tr("Report"),
        summary_sheet=tr("Summary"),
        report_title=tr("Completion and pass rates"),
        grouped_by=tr("Grouped by"),
        course_filter=tr("Course"),
        all_courses=tr("All courses"),
        date_from=tr("From"),
        date_to=tr("To"),
        no_limit=tr("no limit"),
        period=tr("Period"),
        whole_history=tr("All results"),
        made_on=tr("Made on"),
        total_learners=tr("Learners (each counted once)"),
        enrolments=tr("Learners in courses (a learner in two courses counts twice)"),
        totals=tr("Totals"),
        rates_note=tr("Rates are out of the learners who did anything in the course in the "
                      "period; the average is of each learner's best quiz score."),
        transcript_title=tr("Learning record"),
        name=tr("Name"),
        unit=tr("Unit / organisation"),
        commune=tr("Commune / ward"),
        province=tr("Province"),
        lessons_read=tr("Lessons read"),
        attempts=tr("Quiz attempts"),
        best_score=tr("Best score"),
        certificate=tr("Certificate code"),
        courses_sheet=tr("Courses"),
        attempts_sheet=tr("Attempts"),
        date=tr("Date"),
        score=tr("Score"),
        points=tr("Points"),
        result=tr("Result"),
        yes=tr("Yes"),
        no=tr("No"),
        result_passed=tr("Passed"),
        result_failed=tr("Not passed"),
        lessons_of=tr("{read} of {total}"),
        no_results=tr("No results in this period."),
        percent_pattern=tr("{number} %"),
        decimal_separator=QLocale().decimalPoint(),
        page_of=tr("Page {page} of {pages}"),
    )
