"""The on-screen half of ``dtlearn --self-test``: real widgets, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dtlearn.app import main
from dtlearn.core.gift import parse_gift_file
from dtlearn.core.grading import is_valid_response
from dtlearn.core.questions import Kind
from dtlearn.services.quiz import present
from dtlearn.ui.selftest_qt import QtDisplay


def test_self_test_passes_on_the_bundled_install(qtbot: QtBot,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    output = capsys.readouterr().out
    assert output.startswith("dtlearn self-test passed (8 courses, ")
    assert "font Noto Sans, translations: en, vi" in output


def test_every_question_kind_is_answered_through_its_widgets(qtbot: QtBot,
                                                             sample_course_dir: Path) -> None:
    questions = parse_gift_file(sample_course_dir / "quiz.vi.gift").questions
    kinds = {question.kind for question in questions}
    assert {Kind.SINGLE, Kind.MULTIPLE, Kind.TRUE_FALSE, Kind.SHORT, Kind.NUMERICAL,
            Kind.MATCHING} <= kinds
    display = QtDisplay()
    for question in questions:
        response = display.answer(present(question, seed=7))
        assert response is not None, question.id
        assert is_valid_response(question, response), (question.id, response)


def test_the_bundled_lesson_lays_out_with_its_pictures(qtbot: QtBot) -> None:
    course = Path(__file__).parents[2] / "courses" / "a1-vneid"
    pictures = sorted((course / "media").glob("*.svg"))
    html = "<h1>Định danh điện tử</h1><p>Mức độ 2 — tài khoản VNeID.</p>"
    assert QtDisplay().lesson_problems(html, course, pictures) == []


def test_a_picture_qt_cannot_read_is_named(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg this is not", encoding="utf-8")
    problems = QtDisplay().lesson_problems("<p>Xin chào</p>", tmp_path, [broken])
    assert len(problems) == 1
    assert problems[0].startswith("picture broken.svg cannot be shown: ")


def test_text_the_font_cannot_draw_is_named(qtbot: QtBot, tmp_path: Path) -> None:
    problems = QtDisplay().lesson_problems("<p>Tiếng Việt và 漢字</p>", tmp_path, [])
    assert problems == ["the font has no glyph for '字漢'"]


def test_a_damaged_translation_is_named(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "dtlearn_vi.qm").write_bytes(b"not a catalogue")
    assert QtDisplay().translation_problems(tmp_path) == [
        f"translations: {tmp_path / 'dtlearn_vi.qm'} cannot be loaded"]


def test_the_bundled_font_is_the_one_drawn(qtbot: QtBot) -> None:
    assert QtDisplay().font_problems() == []
