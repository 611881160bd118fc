"""``dtlearn --self-test`` without Qt: each failure a trainer could meet is named plainly,
and the check never writes outside its own temporary folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from dtlearn import selftest
from dtlearn.app import main
from dtlearn.core.questions import Response
from dtlearn.paths import resources_dir
from dtlearn.selftest import run_self_test
from dtlearn.services.quiz import PresentedQuestion

ROOT = Path(__file__).parents[1]
COURSES = ROOT / "courses"


class FakeDisplay:
    """A display that finds nothing wrong and answers like a person would."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, Path, list[Path]]] = []
        self.answered: list[PresentedQuestion] = []

    def font_problems(self) -> list[str]:
        return []

    def translation_problems(self, folder: Path) -> list[str]:
        return []

    def lesson_problems(self, html: str, folder: Path, pictures: list[Path]) -> list[str]:
        self.shown.append((html, folder, pictures))
        return []

    def answer(self, item: PresentedQuestion) -> Response | None:
        self.answered.append(item)
        return selftest._plain_answer(item)


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    """A copy of the bundled courses, safe to break."""
    target = tmp_path / "bundled"
    shutil.copytree(COURSES, target)
    return target


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the self-test's temporary folder goes, so a test can see it is cleaned up."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_the_bundled_install_passes(private_temp: Path) -> None:
    display = FakeDisplay()
    result = run_self_test(COURSES, lambda: display)
    assert result.failures == []
    assert result.passed
    assert result.courses == 8 and result.lessons >= 8 and result.questions > 0
    summary = result.summary()
    assert summary.startswith("dtlearn self-test passed (8 courses, ")
    assert "translations: en, vi" in summary and "font Noto Sans" in summary
    # The lesson laid out on screen is one with pictures, and they exist.
    _, folder, pictures = display.shown[0]
    assert pictures and all(picture.is_file() for picture in pictures)
    assert folder.parent == COURSES
    assert len(display.answered) == 1
    assert list(private_temp.iterdir()) == []  # the temporary database is gone


def test_a_broken_course_fails_with_its_reason(bundled_copy: Path) -> None:
    (bundled_copy / "a2-qr-payments" / "course.toml").write_text("id = ", encoding="utf-8")
    result = run_self_test(bundled_copy, FakeDisplay)
    assert not result.passed
    assert len(result.failures) == 1
    assert result.failures[0].startswith("course a2-qr-payments is broken: ")
    assert "course.toml:1: invalid TOML" in result.failures[0]
    assert result.courses == 7  # the others are still checked
    assert "FAILED (1 problem(s)):\n  - course a2-qr-payments is broken" in result.summary()


def test_a_missing_picture_names_the_file_and_counts_the_rest(bundled_copy: Path) -> None:
    for picture in (bundled_copy / "a1-vneid" / "media").glob("*.svg"):
        picture.unlink()
    result = run_self_test(bundled_copy, FakeDisplay)
    assert len(result.failures) == 1
    assert "course a1-vneid is broken: " in result.failures[0]
    assert "not found (and " in result.failures[0] and " more)" in result.failures[0]


def test_no_courses_at_all(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_self_test(empty, FakeDisplay)
    assert result.failures == [f"courses: no courses found in {empty}"]


def test_a_lost_markdown_extension_is_caught(courses_dir: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """What a frozen build that dropped an extension would show."""
    from dtlearn.core import lesson_render

    kept = tuple(name for name in lesson_render.EXTENSIONS if not name.endswith("tables"))
    monkeypatch.setattr(lesson_render, "EXTENSIONS", kept)
    result = run_self_test(courses_dir, FakeDisplay)
    assert result.failures == ["lessons: Markdown extensions are missing (no <th> in the "
                               "rendered probe)"]


def test_missing_font_and_translations_are_named(courses_dir: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    (resources / "fonts" / "NotoSans-Bold.ttf").unlink()
    shutil.rmtree(resources / "translations")
    monkeypatch.setattr(selftest, "resources_dir", lambda: resources)
    result = run_self_test(courses_dir, FakeDisplay)
    assert result.failures == [
        f"font: {resources / 'fonts' / 'NotoSans-Bold.ttf'} is missing",
        f"translations: the folder {resources / 'translations'} is missing",
    ]


def test_missing_vietnamese_translation_is_named(courses_dir: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    (resources / "translations" / "dtlearn_vi.qm").unlink()
    monkeypatch.setattr(selftest, "resources_dir", lambda: resources)
    result = run_self_test(courses_dir, FakeDisplay)
    assert result.failures == [
        f"translations: {resources / 'translations' / 'dtlearn_vi.qm'} is missing "
        "(the interface would show English only)"]


def test_an_answer_not_read_back_fails(courses_dir: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "attempt_answers", lambda store, attempt_id: {})
    result = run_self_test(courses_dir, FakeDisplay)
    assert len(result.failures) == 1
    assert result.failures[0].startswith("quiz: the answer to ")
    assert "was not read back as saved" in result.failures[0]


def test_widgets_that_give_no_answer_fail(courses_dir: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    display = FakeDisplay()
    monkeypatch.setattr(display, "answer", lambda item: None)
    result = run_self_test(courses_dir, lambda: display)
    assert len(result.failures) == 1 and "gave no answer" in result.failures[0]


def test_qt_that_cannot_start_is_reported_and_the_rest_still_checked(courses_dir: Path) -> None:
    def no_platform() -> FakeDisplay:
        raise RuntimeError("could not load the Qt platform plugin \"xcb\"")

    result = run_self_test(courses_dir, no_platform)
    assert result.failures == ['display: Qt could not start: RuntimeError: could not load '
                               'the Qt platform plugin "xcb"']
    assert result.courses == 1 and result.answered_kind


def test_an_unusable_database_is_reported(courses_dir: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from dtlearn.errors import DatabaseUnavailable

    def refuse(paths: object) -> None:
        raise DatabaseUnavailable("The disk is full.")

    monkeypatch.setattr(selftest, "build_services", refuse)
    result = run_self_test(courses_dir, FakeDisplay)
    assert len(result.failures) == 1
    assert result.failures[0].startswith("database: cannot create a database in ")
    assert result.failures[0].endswith("DatabaseUnavailable: The disk is full.")


def test_no_temporary_folder_is_reported(courses_dir: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "gone"))
    result = run_self_test(courses_dir, FakeDisplay)
    assert len(result.failures) == 1
    assert result.failures[0].startswith("database: cannot make a temporary folder: "
                                         "FileNotFoundError")


def test_self_test_with_a_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--self-test", "courses"])
    assert stop.value.code == 2
    assert "give it without a command" in capsys.readouterr().err


def test_command_line_with_a_broken_bundled_course(bundled_copy: Path, tmp_path: Path) -> None:
    """The whole path a trainer takes: ``dtlearn --self-test`` in a fresh process with no
    Qt platform set (it must choose offscreen itself and open no window), courses from
    DTLEARN_COURSES_DIR; exit 1 with the reason, and the data folder left untouched."""
    (bundled_copy / "b1-digital-transformation" / "quiz.vi.gift").write_text(
        "::q1:: Câu hỏi {=Đúng ~Sai\n", encoding="utf-8")
    data = tmp_path / "user-data"
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("QT_", "DISPLAY", "WAYLAND"))}
    environment.update(DTLEARN_COURSES_DIR=str(bundled_copy), DTLEARN_DATA_DIR=str(data))
    done = subprocess.run([sys.executable, "-m", "dtlearn", "--self-test"], env=environment,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "dtlearn self-test FAILED (1 problem(s)):"
    assert lines[1].startswith("  - course b1-digital-transformation is broken: ")
    assert "quiz.vi.gift:1:" in lines[1]
    assert done.stderr == ""
    assert not data.exists()
