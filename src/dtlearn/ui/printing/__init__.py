"""Printable documents (PDF): certificates and reports, painted with Qt and the bundled font.

This package's own module imports no Qt, so the command line can reach report PDFs through
it: ``write_report_pdf`` and ``write_transcript_pdf`` load Qt when called, starting an
offscreen QGuiApplication first if the process has none (``dtlearn report --format pdf``
runs without a window; fonts and text layout need an application object).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dtlearn.reports.model import Report, Transcript
from dtlearn.reports.words import Words

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]

_application: list[Any] = []  # the QGuiApplication started here, kept alive


def ensure_gui() -> None:
    """Make sure a Qt application exists (offscreen when started here) and the bundled
    font is registered; call it on the main thread before printing."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window: none is needed
        _application.append(QGuiApplication(["dtlearn"]))
    from dtlearn.ui.fonts import load_bundled_fonts

    load_bundled_fonts()


def write_report_pdf(report: Report, path: Path, words: Words | None = None,
                     progress: Progress | None = None,
                     should_stop: ShouldStop | None = None) -> int:
    """An A4 PDF of the report; returns the number of pages."""
    ensure_gui()
    from dtlearn.ui.printing import report_pdf

    return report_pdf.write_report_pdf(report, path, words or Words(), progress, should_stop)


def write_transcript_pdf(transcript: Transcript, path: Path, words: Words | None = None,
                         progress: Progress | None = None,
                         should_stop: ShouldStop | None = None) -> int:
    """An A4 PDF of one learner's record; returns the number of pages."""
    ensure_gui()
    from dtlearn.ui.printing import report_pdf

    return report_pdf.write_transcript_pdf(transcript, path, words or Words(), progress,
                                           should_stop)
