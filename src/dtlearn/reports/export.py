"""CSV and XLSX files of reports and transcripts (PDF is drawn by Qt, in ui/printing).

- CSV is UTF-8 with a byte-order mark: without it Excel reads the file in the PC's ANSI code
  page and Vietnamese names come out as "Nguyá»…n". Percentages are numbers in a column
  whose title says "(%)", dates ISO, so the file also suits scripts.
- XLSX (openpyxl, write-only so 20,000 rows stay small in memory): a bold, shaded header
  row, frozen, with a filter; widths from the content; rates as real numbers formatted as
  percentages; a Summary sheet with the filters used and the totals.

Each file is written beside its target and renamed into place when complete, so a cancelled
or failed export never leaves half a file under the name the trainer chose.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

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

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]

PROGRESS_EVERY = 500
MAX_WIDTH = 60
PERCENT_FORMAT = "0.0%"
DATE_FORMAT = "DD/MM/YYYY"
FORMATS = ("csv", "xlsx", "pdf")


class ExportCancelled(Exception):
    """The person pressed Cancel; the partial file has been removed."""


def _never() -> bool:
    return False


def _ignore(done: int, total: int) -> None:
    return None


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed onto it only if the block succeeds."""
    partial = path.with_name(f".{path.name}.part")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


class _Steps:
    """Progress and cancellation for a run of rows."""

    def __init__(self, total: int, progress: Progress | None,
                 should_stop: ShouldStop | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress or _ignore
        self._stop = should_stop or _never

    def step(self) -> None:
        self.done += 1
        if self.done % PROGRESS_EVERY == 0:
            self.check()
            self._progress(self.done, self.total)

    def check(self) -> None:
        if self._stop():
            raise ExportCancelled()

    def finish(self) -> None:
        self._progress(self.total, self.total)


# --- CSV -------------------------------------------------------------------------------

def _csv_cell(value: Cell, kind: Kind) -> str | int | float:
    if value is None:
        return ""
    if kind is Kind.PERCENT and isinstance(value, float | int):
        return f"{value * 100:.1f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _csv_header(table: Table) -> list[str]:
    return [f"{column.title} (%)" if column.kind is Kind.PERCENT else column.title
            for column in table.columns]


def _csv_rows(writer: Any, table: Table, steps: _Steps) -> None:
    writer.writerow(_csv_header(table))
    kinds = [column.kind for column in table.columns]
    for row in table.rows:
        writer.writerow([_csv_cell(value, kind) for value, kind in zip(row, kinds,
                                                                        strict=True)])
        steps.step()


def _open_csv(path: Path) -> IO[str]:
    # utf-8-sig writes the BOM; newline='' lets the csv module write Excel's CRLF itself.
    return path.open("w", encoding="utf-8-sig", newline="")


def write_csv(report: Report, path: Path, words: Words | None = None,
              progress: Progress | None = None, should_stop: ShouldStop | None = None) -> None:
    table = report_table(report, words or Words())
    steps = _Steps(len(table.rows), progress, should_stop)
    with replacing(path) as partial, _open_csv(partial) as stream:
        _csv_rows(csv.writer(stream), table, steps)
        steps.check()
    steps.finish()


def write_transcript_csv(transcript: Transcript, path: Path, words: Words | None = None,
                         progress: Progress | None = None,
                         should_stop: ShouldStop | None = None) -> None:
    """The learner's details, then one table of courses, then one of quiz attempts."""
    words = words or Words()
    courses = transcript_courses(transcript, words)
    attempts = transcript_attempts(transcript, words)
    steps = _Steps(len(courses.rows) + len(attempts.rows), progress, should_stop)
    with replacing(path) as partial, _open_csv(partial) as stream:
        writer = csv.writer(stream)
        writer.writerow([words.transcript_title])
        for fact in transcript_facts(transcript, words):
            writer.writerow([fact.label, _csv_cell(fact.value, fact.kind)])
        writer.writerow([])
        _csv_rows(writer, courses, steps)
        writer.writerow([])
        _csv_rows(writer, attempts, steps)
        steps.check()
    steps.finish()


# --- XLSX ------------------------------------------------------------------------------

def _text_width(value: Cell, kind: Kind) -> int:
    if value is None:
        return 0
    if kind is Kind.PERCENT:
        return 7
    if isinstance(value, dt.date):
        return 10
    return len(str(value))


def _widths(table: Table, sample: int = 2000) -> list[float]:
    """Each column as wide as its header or its longest value among the first rows (a
    sample keeps 20,000 rows quick), in Excel's character units with a little padding."""
    widths = [len(column.title) for column in table.columns]
    for row in table.rows[:sample]:
        for index, (value, column) in enumerate(zip(row, table.columns, strict=True)):
            widths[index] = max(widths[index], _text_width(value, column.kind))
    return [min(MAX_WIDTH, max(8, width) + 2) for width in widths]


def _xlsx_table(workbook: Any, title: str, table: Table, steps: _Steps) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    for index, width in enumerate(_widths(table), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(table.columns))
    sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    bold = Font(bold=True)
    shade = PatternFill("solid", fgColor="DDE6F0")
    wrap = Alignment(wrap_text=True, vertical="top")
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, column.title)
        cell.font, cell.fill, cell.alignment = bold, shade, wrap
        header.append(cell)
    sheet.append(header)
    # Only percent and date cells need a style of their own; plain values are appended as
    # they are, which is several times faster than a cell object for each.
    styled = {index: (PERCENT_FORMAT if column.kind is Kind.PERCENT else DATE_FORMAT)
              for index, column in enumerate(table.columns)
              if column.kind in (Kind.PERCENT, Kind.DATE)}
    for row in table.rows:
        # An empty text is an empty cell, not a cell holding "" (Excel's ISBLANK agrees).
        values: list[Any] = [None if value == "" else value for value in row]
        for index, number_format in styled.items():
            if values[index] is not None:
                cell = WriteOnlyCell(sheet, values[index])
                cell.number_format = number_format
                values[index] = cell
        sheet.append(values)
        steps.step()


def _xlsx_facts(workbook: Any, title: str, heading: str, facts: Sequence[Fact],
                note: str = "") -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    sheet = workbook.create_sheet(title)
    sheet.column_dimensions["A"].width = min(MAX_WIDTH, max(len(f.label) for f in facts) + 2)
    sheet.column_dimensions["B"].width = min(MAX_WIDTH, max(
        [_text_width(f.value, f.kind) for f in facts] + [12]) + 2)
    first = WriteOnlyCell(sheet, heading)
    first.font = Font(bold=True, size=14)
    sheet.append([first])
    sheet.append([])
    for fact in facts:
        label = WriteOnlyCell(sheet, fact.label)
        label.font = Font(bold=True)
        value: Any = fact.value
        if fact.kind is Kind.PERCENT and fact.value is not None:
            value = WriteOnlyCell(sheet, fact.value)
            value.number_format = PERCENT_FORMAT
        sheet.append([label, value])
    if note:
        sheet.append([])
        sheet.append([note])


def _save(workbook: Any, path: Path, steps: _Steps) -> None:
    steps.check()
    with replacing(path) as partial:
        workbook.save(partial)
    steps.finish()


@contextlib.contextmanager
def _discarded_on_failure(workbook: Any) -> Iterator[None]:
    """A write-only sheet streams its rows to a temporary file; when the export stops
    half-way (Cancel, a full disk), close and delete those files now rather than leave
    them to the garbage collector, which complains and may leave them behind."""
    try:
        yield
    except BaseException:
        for sheet in workbook.worksheets:
            with contextlib.suppress(Exception):
                sheet.close()
            writer = getattr(sheet, "_writer", None)
            if writer is not None:
                with contextlib.suppress(Exception):
                    writer.cleanup()
        raise


def write_xlsx(report: Report, path: Path, words: Words | None = None,
               progress: Progress | None = None, should_stop: ShouldStop | None = None) -> None:
    from openpyxl import Workbook

    words = words or Words()
    table = report_table(report, words)
    steps = _Steps(len(table.rows), progress, should_stop)
    workbook = Workbook(write_only=True)
    with _discarded_on_failure(workbook):
        _xlsx_facts(workbook, words.summary_sheet, words.report_title,
                    summary_facts(report, words), words.rates_note)
        _xlsx_table(workbook, words.report_sheet, table, steps)
        _save(workbook, path, steps)


def write_transcript_xlsx(transcript: Transcript, path: Path, words: Words | None = None,
                          progress: Progress | None = None,
                          should_stop: ShouldStop | None = None) -> None:
    from openpyxl import Workbook

    words = words or Words()
    courses = transcript_courses(transcript, words)
    attempts = transcript_attempts(transcript, words)
    steps = _Steps(len(courses.rows) + len(attempts.rows), progress, should_stop)
    workbook = Workbook(write_only=True)
    with _discarded_on_failure(workbook):
        _xlsx_facts(workbook, words.summary_sheet, words.transcript_title,
                    transcript_facts(transcript, words))
        _xlsx_table(workbook, words.courses_sheet, courses, steps)
        _xlsx_table(workbook, words.attempts_sheet, attempts, steps)
        _save(workbook, path, steps)
