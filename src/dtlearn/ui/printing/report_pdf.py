"""Reports and transcripts as PDF: the same typed tables as the CSV and XLSX, set as HTML
for ``pdf.write_pdf``.

A title, the filters and totals (so a printed page says what it covers and when it was
made), then the table, its header row repeated on every page. Wide tables (a detail column
and a course column beside the figures) go landscape.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path

from dtlearn.reports.model import Report, Transcript
from dtlearn.reports.tables import (
    Cell,
    Fact,
    Kind,
    Table,
    report_table,
    summary_facts,
    transcript_attempts,
    transcript_courses,
    transcript_facts,
)
from dtlearn.reports.words import Words
from dtlearn.ui.printing.pdf import Progress, ShouldStop, write_pdf

HEADER_BACKGROUND = "#dde6f0"
STRIPE = "#f4f6f9"
WIDE = 8  # columns from which a table is printed landscape


def report_html(report: Report, words: Words) -> str:
    """The report as the rich-text HTML that is printed."""
    table = report_table(report, words)
    facts = summary_facts(report, words)
    return _page(_heading(words.report_title, facts[:4], words)
                 + _facts(words.totals, facts[4:], words)
                 + f"<p>{_text(words.rates_note)}</p>"
                 + (_table(table, words) if table.rows
                    else f"<p>{_text(words.no_results)}</p>"))


def transcript_html(transcript: Transcript, words: Words, on_screen: bool = False) -> str:
    """A learner's record as rich-text HTML: printed, and shown on the Reports tab
    (``on_screen``: in the interface's own, larger, text size)."""
    courses = transcript_courses(transcript, words)
    attempts = transcript_attempts(transcript, words)
    body = _heading(f"{words.transcript_title}: {transcript.name}",
                    transcript_facts(transcript, words), words)
    if courses.rows:
        body += _table(courses, words)
        if attempts.rows:
            body += f"<h3>{_text(words.attempts_sheet)}</h3>" + _table(attempts, words)
    else:
        body += f"<p>{_text(words.no_results)}</p>"
    return _page(body, on_screen)


def write_report_pdf(report: Report, path: Path, words: Words,
                     progress: Progress | None = None,
                     should_stop: ShouldStop | None = None) -> int:
    columns = len(report_table(report, words).columns)
    return write_pdf(report_html(report, words), path,
                     f"{words.report_title} — {words.group_title(report.filters.by)}",
                     footer=words.page_of, landscape=columns >= WIDE, progress=progress,
                     should_stop=should_stop)


def write_transcript_pdf(transcript: Transcript, path: Path, words: Words,
                         progress: Progress | None = None,
                         should_stop: ShouldStop | None = None) -> int:
    return write_pdf(transcript_html(transcript, words), path,
                     f"{words.transcript_title} — {transcript.name}", footer=words.page_of,
                     progress=progress, should_stop=should_stop)


def _page(body: str, on_screen: bool = False) -> str:
    # Qt's rich text takes CSS on tags; the font itself is the document's default font. On
    # paper the table is set small to fit a page; on screen it keeps the interface's size.
    sizes = ("" if on_screen else
             "h1 { font-size: 15pt; } h3 { font-size: 10pt; } td, th { font-size: 8.5pt; }")
    return ("<html><head><style>"
            "h1 { font-weight: bold; margin-bottom: 4px; }"
            "h3 { font-weight: bold; margin-top: 12px; }"
            "th { font-weight: bold; }"
            f"{sizes}</style></head><body>{body}</body></html>")


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _heading(title: str, facts: Sequence[Fact], words: Words) -> str:
    return f"<h1>{_text(title)}</h1>" + _fact_rows(facts, words)


def _facts(title: str, facts: Sequence[Fact], words: Words) -> str:
    return f"<h3>{_text(title)}</h3>" + _fact_rows(facts, words)


def _fact_rows(facts: Sequence[Fact], words: Words) -> str:
    rows = "".join(f"<tr><td class='fact'>{_text(fact.label)}:</td>"
                   f"<td><b>{_text(_shown(fact.value, fact.kind, words))}</b></td></tr>"
                   for fact in facts if fact.value not in ("", None))
    return f"<table cellspacing='0' cellpadding='2'>{rows}</table>"


def _shown(value: Cell, kind: Kind, words: Words) -> str:
    if value is None:
        return "—" if kind is Kind.PERCENT else ""  # no score at all, which is not 0 %
    if kind is Kind.PERCENT and isinstance(value, float | int):
        return words.percent(float(value))
    if isinstance(value, dt.date):
        return words.day(value)
    return str(value)


def _table(table: Table, words: Words) -> str:
    numeric = [column.kind in (Kind.COUNT, Kind.PERCENT) for column in table.columns]
    head = "".join(
        f"<th align='{'right' if is_number else 'left'}' bgcolor='{HEADER_BACKGROUND}'>"
        f"{_text(column.title)}</th>"
        for column, is_number in zip(table.columns, numeric, strict=True))
    parts = [f"<table width='100%' cellspacing='0' cellpadding='4' border='0.5' "
             f"style='border-collapse: collapse; border-color: #999999;'>"
             f"<thead><tr>{head}</tr></thead><tbody>"]
    for index, row in enumerate(table.rows):
        shade = f" bgcolor='{STRIPE}'" if index % 2 else ""
        cells = "".join(
            f"<td{' align=right' if is_number else ''}>"
            f"{_text(_shown(value, column.kind, words))}</td>"
            for value, column, is_number in zip(row, table.columns, numeric, strict=True))
        parts.append(f"<tr{shade}>{cells}</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)
