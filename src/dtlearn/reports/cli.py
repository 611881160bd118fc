"""``dtlearn report``: the Reports screen's tables and files from the command line.

The dates, the file type and the output folder are checked before the database is opened
or a file is made, so such a mistake writes nothing. PDF is drawn by Qt, which this package may
not import: dtlearn/cli.py hands in the PDF writers (``PdfWriters``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from dtlearn.core.course import Course
from dtlearn.core.textfold import fold
from dtlearn.errors import UserError
from dtlearn.reports.build import build_report, build_transcript
from dtlearn.reports.export import (
    FORMATS,
    write_csv,
    write_transcript_csv,
    write_transcript_xlsx,
    write_xlsx,
)
from dtlearn.reports.model import (
    Filters,
    Grouping,
    Report,
    ReportError,
    Transcript,
    course_infos,
    parse_date,
)
from dtlearn.store import reports as store_reports
from dtlearn.store.database import Store


@dataclass(frozen=True)
class PdfWriters:
    """How to draw a report and a learner's record as PDF (Qt's work, passed in)."""

    report: Callable[[Report, Path], object]
    transcript: Callable[[Transcript, Path], object]


def date_argument(text: str) -> str:
    """An argparse type: refuse a malformed date as a usage error, keep the text."""
    try:
        parse_date(text)
    except ReportError as error:
        raise argparse.ArgumentTypeError(str(error)) from error
    return text


def add_arguments(report: argparse.ArgumentParser) -> None:
    report.add_argument("--by", choices=[grouping.value for grouping in Grouping],
                        default=Grouping.COURSE.value,
                        help="one row per course (default), unit, commune, province, group "
                             "session or learner; always also per course")
    report.add_argument("--from", dest="date_from", type=date_argument, metavar="DATE",
                        help="first day (YYYY-MM-DD or DD/MM/YYYY; default: the beginning)")
    report.add_argument("--to", dest="date_to", type=date_argument, metavar="DATE",
                        help="last day, included (default: today and everything before)")
    report.add_argument("--course", default="", metavar="COURSE_ID",
                        help="only this course (default: every course)")
    report.add_argument("--learner", metavar="ID_OR_NAME",
                        help="a learner's record instead: every course, lesson and quiz "
                             "attempt (an id, or a name that matches one learner)")
    report.add_argument("--format", choices=FORMATS,
                        help="file type (default: from the file name's extension)")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")


def output_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise UserError(f"Say which file type to write: --format csv, xlsx or pdf "
                    f"({args.output.name} has no such extension).")


@dataclass(frozen=True)
class Request:
    """A report asked for on the command line, checked before anything is opened."""

    filters: Filters
    kind: str
    output: Path
    learner: str


def check_request(args: argparse.Namespace) -> Request:
    """Everything that can be wrong without the database: raises UserError (a reversed
    range, no file type, a missing folder) before a database or a file is opened."""
    filters = Filters(Grouping(args.by), args.course,
                      parse_date(args.date_from) if args.date_from else None,
                      parse_date(args.date_to) if args.date_to else None)
    filters.check()
    kind = output_format(args)
    if not args.output.parent.is_dir():
        raise UserError(f"Cannot write {args.output}: the folder {args.output.parent} "
                        "does not exist.")
    return Request(filters, kind, args.output, args.learner or "")


def run_report(request: Request, store: Store, courses: Iterable[Course],
               pdf: PdfWriters) -> int:
    """Build and write; print what was written. ``courses`` are the installed courses,
    for titles and lesson counts."""
    infos = course_infos(courses)
    if request.learner:
        transcript = build_transcript(store, find_learner(store, request.learner),
                                      request.filters, infos)
        transcript_writers: dict[str, Callable[[Transcript, Path], object]] = {
            "csv": write_transcript_csv, "xlsx": write_transcript_xlsx,
            "pdf": pdf.transcript}
        transcript_writers[request.kind](transcript, request.output)
        print(f"Wrote the record of {transcript.name} ({len(transcript.courses)} course(s)) "
              f"to {request.output}")
        return 0
    report = build_report(store, request.filters, infos)
    writers: dict[str, Callable[[Report, Path], object]] = {
        "csv": write_csv, "xlsx": write_xlsx, "pdf": pdf.report}
    writers[request.kind](report, request.output)
    totals = report.totals
    print(f"Wrote {len(report.rows)} row(s) to {request.output}: {totals.learners} "
          f"learner(s) in {totals.enrolments} course enrolment(s), {totals.completed} "
          f"completed, {totals.passed} passed")
    return 0


def find_learner(store: Store, wanted: str) -> str:
    """An id as given, or the one learner whose name matches (diacritics ignored)."""
    everyone = store_reports.learner_names(store)
    if any(person["id"] == wanted for person in everyone):
        return wanted
    key = fold(wanted)
    exact = [person for person in everyone if fold(person["name"]) == key]
    matches = exact or [person for person in everyone if key and key in fold(person["name"])]
    if len(matches) == 1:
        return str(matches[0]["id"])
    if not matches:
        raise UserError(f"No learner with the id or name {wanted!r}.")
    for person in matches[:20]:
        places = ", ".join(p for p in (person["unit"], person["commune"], person["province"])
                           if p)
        print(f"{person['id']}\t{person['name']}\t{places}", file=sys.stderr)
    raise UserError(f"{len(matches)} learners match {wanted!r}; give one of the ids above.")
