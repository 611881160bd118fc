"""`dtlearn validate` and the course loader: clean courses pass, each fault is reported at
its file and line, and the exit status says which."""

from __future__ import annotations

from pathlib import Path

import pytest

from dtlearn.app import main
from dtlearn.core.loader import load_course
from dtlearn.core.validate import validate_path

from .conftest import SAMPLE


def messages(path: Path) -> list[str]:
    return [str(problem) for problem in validate_path(path)]


def test_sample_course_is_clean(sample_course_dir: Path) -> None:
    assert messages(sample_course_dir) == []


def test_folder_of_courses_is_checked(courses_dir: Path) -> None:
    assert messages(courses_dir) == []


def test_bundled_courses_are_clean() -> None:
    bundled = Path(__file__).parents[1] / "courses"
    assert messages(bundled) == []


def test_loader_reads_metadata(sample_course_dir: Path) -> None:
    course = load_course(sample_course_dir).course
    assert course is not None
    assert course.id == "sample-course"
    assert [lesson.id for lesson in course.lessons] == ["passwords", "otp"]
    assert course.lessons[0].title("vi") == "Mật khẩu mạnh"
    assert course.lessons[0].title("en") == "Strong passwords"
    assert course.pass_mark == 70
    assert course.competences["circular02"] == ("4.2",)


def test_bad_toml_reports_its_line(sample_course_dir: Path) -> None:
    toml = sample_course_dir / "course.toml"
    lines = toml.read_text(encoding="utf-8").splitlines()
    lines[3] = "minutes = = 20"
    toml.write_text("\n".join(lines), encoding="utf-8")
    found = messages(sample_course_dir)
    assert len(found) == 1
    assert found[0].startswith(f"{toml}:4: invalid TOML")


def test_missing_fields_and_wrong_types(sample_course_dir: Path) -> None:
    toml = sample_course_dir / "course.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace('version = "1.0.0"\n', "").replace("pass_mark = 70", 'pass_mark = "x"')
    toml.write_text(text, encoding="utf-8")
    found = messages(sample_course_dir)
    assert f"{toml}:0: missing required field 'version'" in found
    assert any(m.startswith(f"{toml}:4: 'pass_mark' must be") for m in found)


def test_missing_lesson_file(sample_course_dir: Path) -> None:
    (sample_course_dir / "02-otp.vi.md").unlink()
    found = messages(sample_course_dir)
    assert found == [f"{sample_course_dir / 'course.toml'}:7: lesson file 02-otp.vi.md is missing"]


def test_missing_picture_and_description(sample_course_dir: Path) -> None:
    lesson = sample_course_dir / "01-passwords.en.md"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace("![A padlock standing for a password](media/lock.svg)",
                                   "![](media/missing.png)"), encoding="utf-8")
    found = messages(sample_course_dir)
    assert f"{lesson}:5: picture media/missing.png needs a description in ![...]" in found
    assert f"{lesson}:5: picture media/missing.png not found" in found


def test_picture_outside_the_course_is_refused(sample_course_dir: Path) -> None:
    lesson = sample_course_dir / "01-passwords.vi.md"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace("media/lock.svg", "../../secret.png"), encoding="utf-8")
    assert f"{lesson}:5: picture ../../secret.png is outside the course" in messages(
        sample_course_dir)


def test_lesson_without_title(sample_course_dir: Path) -> None:
    lesson = sample_course_dir / "02-otp.en.md"
    lesson.write_text("No heading here.\n", encoding="utf-8")
    assert messages(sample_course_dir) == [
        f"{lesson}:1: a lesson must start with its title as '# Title'"]


def test_gift_error_is_reported_with_line(sample_course_dir: Path) -> None:
    quiz = sample_course_dir / "quiz.vi.gift"
    text = quiz.read_text(encoding="utf-8")
    quiz.write_text(text.replace("::otp-meaning:: OTP là viết tắt của mật khẩu dùng mấy lần? {#1}",
                                 "::otp-meaning:: OTP là viết tắt của mật khẩu dùng mấy lần? {#1"),
                    encoding="utf-8")
    found = messages(sample_course_dir)
    line = next(n for n, t in enumerate(quiz.read_text(encoding="utf-8").splitlines(), 1)
                if t.startswith("::otp-meaning::"))
    assert any(m.startswith(f"{quiz}:{line}:") for m in found), found


def test_question_ids_must_match_between_languages(sample_course_dir: Path) -> None:
    quiz = sample_course_dir / "quiz.en.gift"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace("::birthday::", "::bday::"),
                    encoding="utf-8")
    found = messages(sample_course_dir)
    assert any("question 'birthday'" in m and "has no English version" in m for m in found)
    assert any("question 'bday'" in m and "has no Vietnamese version" in m for m in found)


def test_duplicate_and_missing_ids_and_no_right_answer(sample_course_dir: Path) -> None:
    quiz = sample_course_dir / "quiz.vi.gift"
    quiz.write_text(
        "::a:: Một? {=có ~không}\n\n::a:: Hai? {=có ~không}\n\nBa? {=có ~không}\n\n"
        "::d:: Bốn? {~có ~không}\n", encoding="utf-8")
    found = [m for m in messages(sample_course_dir) if m.startswith(str(quiz))]
    assert f"{quiz}:3: question id 'a' is already used on line 1" in found
    assert f"{quiz}:5: question has no id: start it with ::some-id::" in found
    assert f"{quiz}:7: question has no right answer" in found


def test_cli_validate_exit_codes(sample_course_dir: Path, capsys: pytest.CaptureFixture[str],
                                 tmp_path: Path) -> None:
    assert main(["validate", str(sample_course_dir)]) == 0
    assert capsys.readouterr().out == ""
    (sample_course_dir / "02-otp.vi.md").unlink()
    assert main(["validate", str(sample_course_dir)]) == 1
    out = capsys.readouterr().out
    assert "lesson file 02-otp.vi.md is missing" in out
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["validate", str(empty)]) == 1
    assert "no course.toml here" in capsys.readouterr().out


def test_cli_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["validate", "--frobnicate", "x"])
    assert stop.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_sample_fixture_is_pristine() -> None:
    """Guard: tests edit copies; the shipped fixture must stay valid."""
    assert validate_path(SAMPLE) == []
