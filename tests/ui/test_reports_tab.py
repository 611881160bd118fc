"""The Reports tab clicked through as a trainer would, and the PDFs read back.

The world is report_world.py's: every figure below is worked out there by hand.
"""

from __future__ import annotations

import datetime as dt
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from dtlearn.paths import Paths
from dtlearn.reports.build import build_report, build_transcript
from dtlearn.reports.export import ExportCancelled
from dtlearn.reports.model import Filters, Grouping, course_infos
from dtlearn.services.context import build_services
from dtlearn.ui.main_window import MainWindow
from dtlearn.ui.printing import write_report_pdf, write_transcript_pdf
from dtlearn.ui.trainer import reports_tab
from dtlearn.ui.trainer.reports_tab import RatesPage
from dtlearn.ui.trainer.transcript_page import TranscriptPage

from ..report_world import B_TITLE, PEOPLE, World, add_course_b, build_world
from .test_flow import click, open_window, type_into
from .test_sessions_ui import unlock

A_TITLE = "Khóa học mẫu: Mật khẩu và mã OTP"
NAMES = [person[0] for person in PEOPLE.values()]


@pytest.fixture
def world(paths: Paths, courses_dir: Path) -> Iterator[World]:
    add_course_b(courses_dir)
    services = build_services(paths)
    try:
        yield build_world(services)
    finally:
        services.close()


def pdf_text(path: Path, normalise: bool = True) -> str:
    """The PDF's text as pypdf extracts it, normalised to NFC: a reader may hand back a
    letter and its tone mark apart. (pypdf 7 gives Qt's PDFs back in NFC already, which
    the names test checks without normalising.)"""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return unicodedata.normalize("NFC", text) if normalise else text


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(path), ""))


def open_reports(qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
                 ) -> tuple[MainWindow, RatesPage]:
    window = open_window(qtbot, world.services)
    unlock(qtbot, window, monkeypatch)
    screen = window.trainer_screen
    screen.tabs.setCurrentWidget(screen.reports)
    rates = screen.reports.rates
    qtbot.waitUntil(lambda: rates.report is not None)
    return window, rates


def shown(page: RatesPage) -> list[list[str]]:
    model = page.table.model()
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def choose(page: RatesPage, qtbot: QtBot, grouping: Grouping) -> None:
    page.group_combo.setCurrentIndex(page.group_combo.findData(grouping.value))
    qtbot.waitUntil(lambda: page.report is not None and page.report.filters.by is grouping
                    and page.task is None)


def test_group_by_commune_see_rows_chart_and_export_xlsx(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _window, rates = open_reports(qtbot, world, monkeypatch)
    assert [row[0] for row in shown(rates)] == [B_TITLE, A_TITLE]  # by course at first

    choose(rates, qtbot, Grouping.COMMUNE)
    assert shown(rates) == [
        ["Ba Đình", "Hà Nội", B_TITLE, "1", "0", "0 %", "0", "0 %", "—"],
        ["Ba Đình", "Hà Nội", A_TITLE, "1", "1", "100 %", "1", "100 %", "100 %"],
        ["Hòa Bình", "Phú Thọ", A_TITLE, "1", "0", "0 %", "0", "0 %", "60 %"],
        ["Tân Lập", "Phú Thọ", B_TITLE, "1", "0", "0 %", "0", "0 %", "60 %"],
        ["Tân Lập", "Phú Thọ", A_TITLE, "2", "1", "50 %", "2", "100 %", "85 %"],
        ["Tân Lập", "Tuyên Quang", A_TITLE, "1", "1", "100 %", "1", "100 %", "80 %"],
        ["(not given)", "", B_TITLE, "1", "1", "100 %", "1", "100 %", "90 %"],
    ]
    assert rates.totals.text() == (
        "6 learner(s), in 8 course(s) between them: 4 completed (50 %), 5 passed (62.5 %); "
        "average best score 80 %.")
    # The chart: one group per commune, its courses together (Tân Lập, Phú Thọ: An in
    # A and B, Bình in A: 1 of 3 completed, 2 of 3 passed); the numbers are in words too.
    assert [(group.label, round(group.first, 3), round(group.second, 3))
            for group in rates.chart.groups] == [
        ("Ba Đình (Hà Nội)", 0.5, 0.5), ("Hòa Bình (Phú Thọ)", 0.0, 0.0),
        ("Tân Lập (Phú Thọ)", 0.333, 0.667), ("Tân Lập (Tuyên Quang)", 1.0, 1.0),
        ("(not given)", 1.0, 1.0)]
    assert "Tân Lập (Phú Thọ): 33.3 % completed, 66.7 % passed" in (
        rates.chart.accessibleDescription())

    # Sorting by a column, as a click on its header does: by pass rate, highest first.
    header = rates.table.horizontalHeader()
    pass_rate = QPoint(header.sectionViewportPosition(7) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pass_rate)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pass_rate)
    assert [row[7] for row in shown(rates)][:2] == ["100 %", "100 %"]
    assert [row[7] for row in shown(rates)][-1] == "0 %"

    target = tmp_path / "xã và phường.xlsx"
    save_to(monkeypatch, target)
    with qtbot.waitSignal(rates.exports.saved, timeout=20000):
        click(qtbot, rates.exports.buttons["xlsx"])
    qtbot.waitUntil(lambda: rates.exports.task is None)
    assert rates.exports.status.text() == f"Saved to {target}"
    book = load_workbook(target)
    sheet = book["Report"]
    assert [cell.value for cell in sheet[1]][:3] == ["Commune / ward", "Province", "Course"]
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == [
        "Ba Đình", "Ba Đình", "Hòa Bình", "Tân Lập", "Tân Lập", "Tân Lập", "(not given)"]
    assert sheet.freeze_panes == "A2"
    assert book["Summary"]["B3"].value == "Commune / ward"


def test_a_period_ending_before_it_starts_shows_nothing_until_put_right(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    _window, rates = open_reports(qtbot, world, monkeypatch)
    reports_built: list[Filters] = []
    real_build = reports_tab.build_report
    monkeypatch.setattr(reports_tab, "build_report",
                        lambda store, filters, courses: reports_built.append(filters)
                        or real_build(store, filters, courses))
    click(qtbot, rates.from_check)
    rates.from_edit.setDate(QDate(2025, 10, 31))
    click(qtbot, rates.to_check)
    rates.to_edit.setDate(QDate(2025, 10, 1))
    qtbot.waitUntil(lambda: rates.problem.isVisible())
    assert rates.problem.text() == ("⚠ The period ends (01/10/2025) before it starts "
                                    "(31/10/2025). Change one of the dates; nothing is shown "
                                    "until then.")
    assert rates.table.model().rowCount() == 0 and rates.chart.groups == ()
    assert not any(button.isEnabled() for button in rates.exports.buttons.values())
    assert all(f.date_to is None or f.date_from is None or f.date_to >= f.date_from
               for f in reports_built)  # the reversed range was never computed

    rates.to_edit.setDate(QDate(2025, 11, 30))
    qtbot.waitUntil(lambda: not rates.problem.isVisible() and rates.report is not None
                    and rates.task is None)
    assert rates.report is not None and rates.report.filters.date_to == dt.date(2025, 11, 30)
    assert rates.from_edit.calendarPopup()


def test_cancel_an_export(qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch,
                          tmp_path: Path) -> None:
    _window, rates = open_reports(qtbot, world, monkeypatch)
    started = threading.Event()

    def slow_csv(report: object, target: Path, words: object, progress, should_stop) -> None:
        for done in range(1, 10_000):
            started.set()
            progress(done, 10_000)
            if should_stop():
                raise ExportCancelled()
            threading.Event().wait(0.01)

    monkeypatch.setattr(reports_tab, "write_csv", slow_csv)
    save_to(monkeypatch, tmp_path / "big.csv")
    click(qtbot, rates.exports.buttons["csv"])
    qtbot.waitUntil(lambda: started.is_set() and rates.exports.progress.value() > 0)
    assert rates.exports.progress.isVisible() and rates.exports.cancel_button.isVisible()
    click(qtbot, rates.exports.cancel_button)
    qtbot.waitUntil(lambda: rates.exports.task is None)
    assert rates.exports.status.text() == "Export cancelled; no file was saved."
    assert not rates.exports.progress.isVisible()
    assert not (tmp_path / "big.csv").exists()


def test_learner_record_found_without_diacritics_and_saved_as_pdf(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, _rates = open_reports(qtbot, world, monkeypatch)
    reports = window.trainer_screen.reports
    reports.pages.setCurrentWidget(reports.transcripts)
    page: TranscriptPage = reports.transcripts
    type_into(qtbot, page.search, "nguyen van an")
    assert page.people.count() == 1
    item = page.people.item(0)
    assert item.text() == "Nguyễn Văn An\nUBND xã Tân Lập, Tân Lập, Phú Thọ"
    qtbot.mouseClick(page.people.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.people.visualItemRect(item).center())
    text = page.view.toPlainText()
    assert "Learning record: Nguyễn Văn An" in text
    assert "2 of 2" in text and "Not passed" in text and B_TITLE in text

    target = tmp_path / "an.pdf"
    save_to(monkeypatch, target)
    with qtbot.waitSignal(page.exports.saved, timeout=20000):
        click(qtbot, page.exports.buttons["pdf"])
    extracted = pdf_text(target)
    for expected in ("Nguyễn Văn An", "Tân Lập", "Phú Thọ", A_TITLE, B_TITLE, "2 of 2",
                     "Page 1 of 1"):
        assert expected in extracted


# --- PDFs ----------------------------------------------------------------------------------

def test_report_pdf_has_the_vietnamese_names_exactly(qapp: object, world: World,
                                                     tmp_path: Path) -> None:
    courses = course_infos([world.a, world.b])
    report = build_report(world.services.store, Filters(Grouping.LEARNER), courses)
    target = tmp_path / "learners.pdf"
    pages = write_report_pdf(report, target)
    reader = PdfReader(target)
    assert len(reader.pages) == pages == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    assert reader.metadata is not None and reader.metadata.title == (
        "Completion and pass rates — Learner")
    text = pdf_text(target, normalise=False)
    for name in NAMES:
        assert name in text  # exactly as typed, without any normalising
    text = " ".join(text.split())  # table cells come out a line each
    for words in ("Grouped by: Learner", "Period: All results", "Page 1 of 1",
                  "Learners (each counted once): 6", "Average best score: 80 %"):
        assert words in text


def test_a_long_report_pdf_numbers_its_pages_and_can_be_cancelled(
        qapp: object, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = build_report(world.services.store, Filters(Grouping.LEARNER))
    many = replace(report, rows=report.rows * 40)  # 320 rows
    target = tmp_path / "long.pdf"
    seen: list[tuple[int, int]] = []
    pages = write_report_pdf(many, target, progress=lambda d, t: seen.append((d, t)))
    assert pages > 3 and seen[-1] == (pages, pages)
    text = pdf_text(target)
    assert f"Page {pages} of {pages}" in text
    # Every page repeats the table's header row.
    reader = PdfReader(target)
    assert all("Average best score" in page.extract_text() for page in reader.pages[1:])

    stopped = tmp_path / "stopped.pdf"
    with pytest.raises(ExportCancelled):
        write_report_pdf(many, stopped, should_stop=lambda: True)
    assert not stopped.exists() and not list(tmp_path.glob(".stopped*"))


def test_transcript_pdf(qapp: object, world: World, tmp_path: Path) -> None:
    transcript = build_transcript(world.services.store, world.ids["binh"],
                                  courses=course_infos([world.a, world.b]))
    target = tmp_path / "binh.pdf"
    write_transcript_pdf(transcript, target)
    text = pdf_text(target)
    assert "Learning record: Trần Thị Bình" in text
    assert "1 of 2" in text and A_TITLE in text
