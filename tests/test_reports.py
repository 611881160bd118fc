"""Reports: figures checked against the hand-worked world in report_world.py, the date
range and its refusal, CSV and XLSX read back, and the `dtlearn report` command."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dtlearn.app import main
from dtlearn.errors import DatabaseUnavailable
from dtlearn.paths import Paths
from dtlearn.reports.build import build_report, build_transcript
from dtlearn.reports.export import (
    ExportCancelled,
    write_csv,
    write_transcript_csv,
    write_transcript_xlsx,
    write_xlsx,
)
from dtlearn.reports.model import (
    CourseInfo,
    Filters,
    Grouping,
    Report,
    ReportError,
    ReportProblem,
    course_infos,
    parse_date,
)
from dtlearn.services.context import Services, build_services
from dtlearn.services.demo import DemoService, demo_courses
from dtlearn.store import reports as store_reports
from dtlearn.store.certificates import CertificateRow, insert_certificate

from .report_world import B_TITLE, VIETNAM, World, add_course_b, build_world
from .test_xapi import learn_and_pass

A_TITLE = "Khóa học mẫu: Mật khẩu và mã OTP"


@pytest.fixture
def world(paths: Paths, courses_dir: Path) -> Iterator[World]:
    add_course_b(courses_dir)
    services = build_services(paths)
    try:
        yield build_world(services)
    finally:
        services.close()


def courses(world: World) -> dict[str, CourseInfo]:
    return course_infos([world.a, world.b])


def report(world: World, by: Grouping = Grouping.COURSE, **filters: object) -> Report:
    return build_report(world.services.store, Filters(by, **filters),  # type: ignore[arg-type]
                        courses(world), zone=VIETNAM)


def figures(result: Report) -> list[tuple[object, ...]]:
    """(label, detail, course, learners, completed, passed, average best rounded)."""
    return [(row.group_label, row.group_detail, row.course_title, row.learners, row.completed,
             row.passed, None if row.average_best is None else round(row.average_best, 4))
            for row in result.rows]


# --- figures -------------------------------------------------------------------------------

def test_by_course_best_attempt_counts(world: World) -> None:
    result = report(world)
    assert figures(result) == [
        # B sorts first: "Khóa B" before "Khóa học" once folded.
        # B: An (best .6), Dung (opened a lesson only: no score), Hoa (4/10 then 9/10: .9).
        # Completed and passed: Hoa. Average of bests: (.6 + .9) / 2 = .75.
        (B_TITLE, "", B_TITLE, 3, 1, 1, 0.75),
        # A: An .9 (5 then 9), Bình .8, Cường .6 (3 then 6, failed twice), Dung 1.0 (7 then
        # 10), Giang .8. Completed: An, Dung, Giang (Bình passed but read one lesson of two).
        # Passed: An, Bình, Dung, Giang. Average: (.9 + .8 + .6 + 1.0 + .8) / 5 = .82.
        (A_TITLE, "", A_TITLE, 5, 3, 4, 0.82),
    ]
    a = result.rows[1]
    assert (a.completion_rate, a.pass_rate) == (3 / 5, 4 / 5)
    # Totals: six people, eight learner-course pairs, four completions, five passes;
    # average of the seven bests: (.6 + .9 + .9 + .8 + .6 + 1.0 + .8) / 7 = 5.6 / 7 = .8.
    totals = result.totals
    assert (totals.learners, totals.enrolments, totals.completed, totals.passed) == (6, 8, 4, 5)
    assert totals.average_best == pytest.approx(0.8)
    assert (totals.completion_rate, totals.pass_rate) == (4 / 8, 5 / 8)


def test_by_commune_keeps_same_names_in_other_provinces_apart(world: World) -> None:
    assert figures(report(world, Grouping.COMMUNE)) == [
        ("Ba Đình", "Hà Nội", B_TITLE, 1, 0, 0, None),       # Dung opened a lesson of B
        ("Ba Đình", "Hà Nội", A_TITLE, 1, 1, 1, 1.0),
        ("Hòa Bình", "Phú Thọ", A_TITLE, 1, 0, 0, 0.6),      # Cường
        ("Tân Lập", "Phú Thọ", B_TITLE, 1, 0, 0, 0.6),       # An
        ("Tân Lập", "Phú Thọ", A_TITLE, 2, 1, 2, 0.85),      # An .9 and Bình .8
        ("Tân Lập", "Tuyên Quang", A_TITLE, 1, 1, 1, 0.8),   # Giang
        ("", "", B_TITLE, 1, 1, 1, 0.9),                     # Hoa gave no place: last
    ]


def test_by_province_and_by_unit(world: World) -> None:
    assert figures(report(world, Grouping.PROVINCE)) == [
        ("Hà Nội", "", B_TITLE, 1, 0, 0, None),
        ("Hà Nội", "", A_TITLE, 1, 1, 1, 1.0),
        # An .9, Bình .8, Cường .6: (2.3) / 3
        ("Phú Thọ", "", B_TITLE, 1, 0, 0, 0.6),
        ("Phú Thọ", "", A_TITLE, 3, 1, 2, round(2.3 / 3, 4)),
        ("Tuyên Quang", "", A_TITLE, 1, 1, 1, 0.8),
        ("", "", B_TITLE, 1, 1, 1, 0.9),
    ]
    assert figures(report(world, Grouping.UNIT)) == [
        ("Trường THCS Hòa Bình", "Phú Thọ", A_TITLE, 1, 0, 0, 0.6),
        ("UBND phường Ba Đình", "Hà Nội", B_TITLE, 1, 0, 0, None),
        ("UBND phường Ba Đình", "Hà Nội", A_TITLE, 1, 1, 1, 1.0),
        ("UBND xã Tân Lập", "Phú Thọ", B_TITLE, 1, 0, 0, 0.6),
        ("UBND xã Tân Lập", "Phú Thọ", A_TITLE, 2, 1, 2, 0.85),
        ("UBND xã Tân Lập", "Tuyên Quang", A_TITLE, 1, 1, 1, 0.8),
        ("", "", B_TITLE, 1, 1, 1, 0.9),
    ]


def test_by_session_counts_whole_course_results_of_its_members(world: World) -> None:
    result = report(world, Grouping.SESSION)
    assert figures(result) == [
        # S1: An, Bình and Cường (his first attempt was in S1). Their results in course A
        # as a whole: An completed, An and Bình passed; bests .9, .8, .6 (Cường's retry at
        # home counts: the best attempt is his, wherever it was made).
        ("Buổi học xã Tân Lập", "05/10/2025 · Thôn Đồng, Tân Lập, Phú Thọ", A_TITLE,
         3, 1, 2, round(2.3 / 3, 4)),
        ("Lớp học phường Ba Đình", "12/10/2025 · Ba Đình, Hà Nội", A_TITLE, 1, 1, 1, 1.0),
        # Outside sessions: B (An, Dung, Hoa) and A (Cường at home, Giang).
        ("", "", B_TITLE, 3, 1, 1, 0.75),
        ("", "", A_TITLE, 2, 1, 1, 0.7),
    ]
    assert [row.group for row in result.rows[:2]] == [world.s1, world.s2]
    # Cường is in two rows of A, but one learner in the totals.
    assert (result.totals.learners, result.totals.enrolments) == (6, 8)


def test_by_learner_one_row_per_course(world: World) -> None:
    result = report(world, Grouping.LEARNER)
    assert [(row.group_label, row.course_title, row.completed, row.passed, row.average_best)
            for row in result.rows] == [
        ("Đặng Thị Hoa", B_TITLE, 1, 1, 0.9),        # Đ sorts with D, not after Z
        ("Hoàng Văn Giang", A_TITLE, 1, 1, 0.8),
        ("Lê Văn Cường", A_TITLE, 0, 0, 0.6),
        ("Nguyễn Văn An", B_TITLE, 0, 0, 0.6),
        ("Nguyễn Văn An", A_TITLE, 1, 1, 0.9),
        ("Phạm Thị Dung", B_TITLE, 0, 0, None),
        ("Phạm Thị Dung", A_TITLE, 1, 1, 1.0),
        ("Trần Thị Bình", A_TITLE, 0, 1, 0.8),
    ]
    assert result.rows[0].group == world.ids["hoa"]
    assert result.rows[1].group_detail == "UBND xã Tân Lập, Tân Lập, Tuyên Quang"


def test_course_filter(world: World) -> None:
    result = report(world, Grouping.COMMUNE, course_id="course-b")
    assert {row.course_id for row in result.rows} == {"course-b"}
    assert (result.totals.learners, result.totals.completed) == (3, 1)
    assert result.course_title == B_TITLE


def test_a_real_learning_flow_is_counted(services: Services) -> None:
    learner = services.learners.create("Vũ Thị Yến", "UBND xã Đông Hưng", "Đông Hưng",
                                       "Hưng Yên")
    learn_and_pass(services, learner.id)
    result = build_report(services.store, Filters(Grouping.COMMUNE))
    row = result.rows[0]
    assert (row.group_label, row.group_detail, row.learners, row.completed, row.passed,
            row.average_best) == ("Đông Hưng", "Hưng Yên", 1, 1, 1, 1.0)


# --- the kept summary ------------------------------------------------------------------

EVERYTHING = dict(date_from=dt.date(2000, 1, 1), date_to=dt.date(2099, 12, 31))


def same_as_reading_every_statement(world: World, by: Grouping) -> None:
    """A whole-history report (from report_pairs) equals one for a range holding everything
    (which reads the statements themselves)."""
    kept = report(world, by)
    read = report(world, by, **EVERYTHING)
    assert (kept.rows, kept.totals) == (read.rows, read.totals)


def test_the_kept_summary_follows_new_and_removed_statements(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    services = world.services
    rebuilt: list[bool] = []
    rebuild = store_reports._rebuild_pairs
    monkeypatch.setattr(store_reports, "_rebuild_pairs",
                        lambda db: rebuilt.append(True) or rebuild(db))
    for by in Grouping:
        same_as_reading_every_statement(world, by)
    before = report(world, Grouping.COMMUNE)
    # New results arrive (a session on this laptop, a bundle on a hub): added in.
    demo = DemoService(services.store, services.statements)
    demo.add(demo_courses(services.catalog), learners=25, seed=3)
    grown = report(world, Grouping.COMMUNE)
    assert grown.totals.learners > before.totals.learners
    assert rebuilt == [True]  # built once at the start, then only added to
    for by in Grouping:
        same_as_reading_every_statement(world, by)
    # Statements taken out (demo --remove): the summary is rebuilt, back to the start.
    demo.remove()
    after = report(world, Grouping.COMMUNE)
    assert (after.rows, after.totals) == (before.rows, before.totals)
    assert rebuilt == [True, True]
    same_as_reading_every_statement(world, Grouping.SESSION)


def test_a_read_only_summary_falls_back_to_the_statements(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(store: object) -> None:
        raise DatabaseUnavailable("read-only")

    monkeypatch.setattr(store_reports, "refresh_pairs", read_only)
    result = report(world)
    assert figures(result)[1] == (A_TITLE, "", A_TITLE, 5, 3, 4, 0.82)


# --- dates ---------------------------------------------------------------------------------

def test_date_range_is_local_days_both_included(world: World) -> None:
    october = report(world, date_from=dt.date(2025, 10, 1), date_to=dt.date(2025, 10, 31))
    # Only A happened in October (local): Giang's 30 September 18:00 UTC is 1 October in
    # Vietnam. B's results are November and December.
    assert figures(october) == [(A_TITLE, "", A_TITLE, 5, 3, 4, 0.82)]
    assert (october.totals.learners, october.totals.enrolments) == (5, 5)

    first_days = dict(date_from=dt.date(2025, 10, 1), date_to=dt.date(2025, 10, 4))
    assert figures(report(world, **first_days)) == [(A_TITLE, "", A_TITLE, 1, 1, 1, 0.8)]
    in_utc = build_report(world.services.store, Filters(**first_days),  # type: ignore[arg-type]
                          courses(world), zone=dt.UTC)
    assert in_utc.rows == ()  # in UTC, Giang's quiz was on 30 September

    # The best attempt inside the range: Cường's 3/10 on 5 October, not his later 6/10.
    early = report(world, Grouping.LEARNER, date_from=dt.date(2025, 10, 5),
                   date_to=dt.date(2025, 10, 10))
    cuong = next(row for row in early.rows if row.group_label == "Lê Văn Cường")
    assert cuong.average_best == 0.3
    # One side open.
    since = report(world, date_from=dt.date(2025, 11, 1))
    assert figures(since) == [(B_TITLE, "", B_TITLE, 3, 1, 1, 0.75)]
    until = report(world, date_to=dt.date(2025, 9, 30))
    assert until.rows == ()


def test_reversed_range_is_refused_before_anything_is_read(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("the database was read")

    monkeypatch.setattr(store_reports, "outcomes", must_not_run)
    monkeypatch.setattr(store_reports, "completions", must_not_run)
    monkeypatch.setattr(store_reports, "learner_statements", must_not_run)
    for call in (lambda filters: build_report(world.services.store, filters),
                 lambda filters: build_transcript(world.services.store, world.ids["an"],
                                                  filters)):
        with pytest.raises(ReportError) as refused:
            call(Filters(date_from=dt.date(2025, 10, 31), date_to=dt.date(2025, 10, 1)))
        assert refused.value.problem is ReportProblem.RANGE_REVERSED
        assert "ends (2025-10-01) before it starts (2025-10-31)" in str(refused.value)
    # A one-day range is fine.
    Filters(date_from=dt.date(2025, 10, 1), date_to=dt.date(2025, 10, 1)).check()


def test_dates_are_read_in_both_ways_of_writing() -> None:
    assert parse_date("2025-10-01") == parse_date("01/10/2025") == dt.date(2025, 10, 1)
    for bad in ("2025-13-01", "31/02/2025", "1.10.2025", ""):
        with pytest.raises(ReportError) as refused:
            parse_date(bad)
        assert refused.value.problem is ReportProblem.BAD_DATE


# --- transcripts ---------------------------------------------------------------------------

def test_transcript_lists_lessons_attempts_best_and_certificate(world: World) -> None:
    insert_certificate(world.services.store, CertificateRow(
        "DTL-7K3M-Q9XP", world.ids["an"], "sample-course", "2025-10-06T02:00:00.000+00:00",
        "{}", "", False))
    transcript = build_transcript(world.services.store, world.ids["an"],
                                  courses=courses(world), zone=VIETNAM)
    assert (transcript.name, transcript.commune, transcript.province) == (
        "Nguyễn Văn An", "Tân Lập", "Phú Thọ")
    b, a = transcript.courses
    assert (a.title, a.lessons_read, a.lessons_total, a.completed, a.passed, a.best_score,
            a.certificate_code) == (A_TITLE, 2, 2, True, True, 0.9, "DTL-7K3M-Q9XP")
    assert [(attempt.finished_at[:10], attempt.score, attempt.raw, attempt.maximum,
             attempt.passed) for attempt in a.attempts] == [
        ("2025-10-05", 0.5, 5.0, 10.0, False), ("2025-10-05", 0.9, 9.0, 10.0, True)]
    assert (b.title, b.lessons_read, b.completed, b.passed, b.best_score,
            b.certificate_code) == (B_TITLE, 0, False, False, 0.6, "")


def test_transcript_of_one_who_passed_without_reading_everything(world: World) -> None:
    (a,) = build_transcript(world.services.store, world.ids["binh"],
                            courses=courses(world)).courses
    assert (a.lessons_read, a.lessons_total, a.passed, a.completed) == (1, 2, True, False)


def test_transcript_of_an_unknown_learner_is_refused(world: World) -> None:
    with pytest.raises(ReportError) as refused:
        build_transcript(world.services.store, "nobody")
    assert refused.value.problem is ReportProblem.UNKNOWN_LEARNER


# --- files ---------------------------------------------------------------------------------

def test_csv_has_a_bom_and_vietnamese_exactly(world: World, tmp_path: Path) -> None:
    target = tmp_path / "báo cáo.csv"
    write_csv(report(world, Grouping.LEARNER), target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["Learner", "Unit and place", "Course", "Learners", "Completed",
                       "Completion rate (%)", "Passed", "Pass rate (%)",
                       "Average best score (%)"]
    assert rows[1] == ["Đặng Thị Hoa", "", B_TITLE, "1", "1", "100.0", "1", "100.0", "90.0"]
    assert rows[3][:3] == ["Lê Văn Cường", "Trường THCS Hòa Bình, Hòa Bình, Phú Thọ", A_TITLE]
    assert rows[6][8] == ""  # Dung never finished B's quiz: no score, not zero
    names = {row[0] for row in rows[1:]}
    assert names == {"Đặng Thị Hoa", "Hoàng Văn Giang", "Lê Văn Cường", "Nguyễn Văn An",
                     "Phạm Thị Dung", "Trần Thị Bình"}
    assert all(unicodedata.is_normalized("NFC", name) for name in names)
    assert not list(tmp_path.glob(".*part"))


def test_xlsx_header_frozen_widths_percentages_and_summary(world: World,
                                                           tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    result = report(world, Grouping.COMMUNE, date_from=dt.date(2025, 10, 1))
    write_xlsx(result, target)
    book = load_workbook(target)
    assert book.sheetnames == ["Summary", "Report"]
    sheet = book["Report"]
    header = [cell.value for cell in sheet[1]]
    assert header == ["Commune / ward", "Province", "Course", "Learners", "Completed",
                      "Completion rate", "Passed", "Pass rate", "Average best score"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:I{len(result.rows) + 1}"
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEFGHI"}
    assert widths["C"] >= len(A_TITLE)  # the course titles fit
    assert all(8 <= width <= 60 for width in widths.values())
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert rows[0] == ["Ba Đình", "Hà Nội", B_TITLE, 1, 0, 0.0, 0, 0.0, None]
    assert rows[1] == ["Ba Đình", "Hà Nội", A_TITLE, 1, 1, 1.0, 1, 1.0, 1.0]
    assert rows[4][:6] == ["Tân Lập", "Phú Thọ", A_TITLE, 2, 1, 0.5]
    assert rows[6][:3] == ["(not given)", None, B_TITLE]  # an empty cell, not ""
    assert sheet["F2"].number_format == "0.0%"
    assert sheet["I4"].number_format == "0.0%"
    assert isinstance(sheet["D2"].value, int)

    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows(min_row=3)
               if row[0].value and len(row) > 1}
    assert book["Summary"]["A1"].value == "Completion and pass rates"
    assert summary["Grouped by"] == "Commune / ward"
    assert summary["Course"] == "All courses"
    assert summary["Period"] == "From 01/10/2025 to no limit"
    # Nothing happened before 1 October (local; Giang's 30 September 18:00 UTC is 1 October
    # in Vietnam), so the totals are the whole history's.
    assert summary["Learners (each counted once)"] == 6
    assert summary["Completion rate"] == pytest.approx(4 / 8)
    assert book["Summary"]["B10"].number_format == "0.0%"


def test_transcript_files(world: World, tmp_path: Path) -> None:
    transcript = build_transcript(world.services.store, world.ids["an"],
                                  courses=courses(world), zone=VIETNAM)
    write_transcript_csv(transcript, tmp_path / "an.csv")
    text = (tmp_path / "an.csv").read_text(encoding="utf-8-sig")
    assert "Name,Nguyễn Văn An" in text
    assert f"{A_TITLE},2 of 2,2,90.0,Yes,Yes (05/10/2025)," in text
    assert f"{A_TITLE},2025-10-05,50.0,5 / 10,Not passed" in text
    write_transcript_xlsx(transcript, tmp_path / "an.xlsx")
    book = load_workbook(tmp_path / "an.xlsx")
    assert book.sheetnames == ["Summary", "Courses", "Attempts"]
    assert book["Summary"]["B3"].value == "Nguyễn Văn An"
    assert book["Summary"]["B5"].value == "Tân Lập"
    attempts = [[cell.value for cell in row] for row in book["Attempts"].iter_rows(min_row=2)]
    assert attempts[1][:3] == [A_TITLE, dt.datetime(2025, 10, 5), 0.5]
    assert book["Attempts"]["B2"].number_format == "DD/MM/YYYY"


def test_a_cancelled_export_leaves_no_file(world: World, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dtlearn.reports.export.PROGRESS_EVERY", 2)
    result = report(world, Grouping.LEARNER)
    seen: list[tuple[int, int]] = []
    folder = tmp_path / "exports"
    folder.mkdir()
    for writer, name in ((write_csv, "r.csv"), (write_xlsx, "r.xlsx")):
        with pytest.raises(ExportCancelled):
            writer(result, folder / name, progress=lambda d, t: seen.append((d, t)),
                   should_stop=lambda: True)
    assert list(folder.iterdir()) == []
    write_xlsx(result, folder / "r.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (8, 8)


def test_the_report_reads_indexes_only(world: World) -> None:
    """The one pass over statements is covered by outbox_for_reports, and completions come
    from their partial index: if either plan changes, a hub's report slows tenfold."""
    scope = store_reports.Scope("2025-01-01", "2026-01-01", "")
    where, params = scope.where()
    plans = {
        "outcomes": f"SELECT course_id, learner_id, MAX(verb = 'passed'), MAX(CASE WHEN verb "
                    f"IN ('passed', 'failed') THEN score END) FROM outbox WHERE {where} "
                    "GROUP BY course_id, learner_id",
        "completions": f"SELECT DISTINCT course_id, learner_id FROM outbox WHERE "
                       f"{store_reports.COURSE_COMPLETED} AND {where}"}
    db = world.services.store.db
    outcomes = " ".join(str(row) for row in db.execute(f"EXPLAIN QUERY PLAN {plans['outcomes']}",
                                                       params))
    assert "COVERING INDEX outbox_for_reports" in outcomes and "TEMP B-TREE" not in outcomes
    done = " ".join(str(row) for row in db.execute(f"EXPLAIN QUERY PLAN {plans['completions']}",
                                                   params))
    assert "outbox_course_completions" in done


# --- command line --------------------------------------------------------------------------

def run_cli(world: World, *args: str) -> int:
    paths = world.services.paths
    return main(["--data-dir", str(paths.data_dir), "--courses-dir", str(paths.courses_dir),
                 "report", *args])


@pytest.fixture
def in_vietnam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock set to Vietnam, as the command line reads local days."""
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_cli_writes_csv_and_xlsx(world: World, tmp_path: Path, in_vietnam: None,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(world, "--by", "commune", "--from", "01/10/2025", "--to", "2025-10-31",
                   "--format", "csv", "-o", str(tmp_path / "oct.csv")) == 0
    assert "Wrote 4 row(s)" in capsys.readouterr().out
    rows = list(csv.reader((tmp_path / "oct.csv").read_text(encoding="utf-8-sig")
                           .splitlines()))
    assert [row[:2] for row in rows[1:]] == [["Ba Đình", "Hà Nội"], ["Hòa Bình", "Phú Thọ"],
                                              ["Tân Lập", "Phú Thọ"],
                                              ["Tân Lập", "Tuyên Quang"]]
    assert run_cli(world, "--by", "session", "-o", str(tmp_path / "s.xlsx")) == 0
    book = load_workbook(tmp_path / "s.xlsx")
    assert book["Report"]["A2"].value == "Buổi học xã Tân Lập"
    assert book["Report"]["A4"].value == "(outside group sessions)"


def test_cli_transcript_by_name(world: World, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(world, "--learner", "tran thi binh", "-o", str(tmp_path / "b.csv")) == 0
    assert "Trần Thị Bình" in (tmp_path / "b.csv").read_text(encoding="utf-8-sig")
    assert run_cli(world, "--learner", "Văn", "-o", str(tmp_path / "x.csv")) == 1
    err = capsys.readouterr().err
    assert "3 learners match 'Văn'" in err and "Nguyễn Văn An" in err
    assert not (tmp_path / "x.csv").exists()


def test_cli_refuses_a_reversed_range_and_writes_nothing(
        tmp_path: Path, courses_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "fresh"
    target = tmp_path / "out.xlsx"
    code = main(["--data-dir", str(data), "--courses-dir", str(courses_dir), "report",
                 "--from", "2025-10-31", "--to", "01/10/2025", "-o", str(target)])
    assert code == 1
    assert capsys.readouterr().err.strip() == (
        "dtlearn: The date range ends (2025-10-01) before it starts (2025-10-31). Swap the "
        "dates or correct one of them.")
    assert not target.exists()
    assert not data.exists()  # not even a database was made


def test_cli_bad_date_and_unknown_type_are_usage_errors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["report", "--from", "31/02/2025", "-o", str(tmp_path / "r.csv")])
    assert stop.value.code == 2
    assert "'31/02/2025' is not a date: write YYYY-MM-DD or DD/MM/YYYY." in (
        capsys.readouterr().err)
    assert main(["--data-dir", str(tmp_path / "d"), "report", "-o",
                 str(tmp_path / "r.txt")]) == 1
    assert "--format csv, xlsx or pdf" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_cli_pdf_starts_its_own_offscreen_qt(world: World, tmp_path: Path) -> None:
    """In a fresh process with no Qt application: the printing wrapper starts one."""
    from pypdf import PdfReader

    paths = world.services.paths
    target = tmp_path / "communes.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "dtlearn", "--data-dir", str(paths.data_dir), "--courses-dir",
         str(paths.courses_dir), "report", "--by", "commune", "--format", "pdf", "-o",
         str(target)], capture_output=True, text=True, timeout=120,
        env={name: value for name, value in os.environ.items() if name != "QT_QPA_PLATFORM"})
    assert done.returncode == 0, done.stderr
    text = unicodedata.normalize("NFC", "".join(page.extract_text()
                                                for page in PdfReader(target).pages))
    for place in ("Tân Lập", "Hòa Bình", "Ba Đình", "Tuyên Quang", A_TITLE, B_TITLE):
        assert place in text

