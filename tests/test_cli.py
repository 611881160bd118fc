"""The command line: every command is documented, and `courses` lists what is installed."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from dtlearn.app import main
from dtlearn.cli import build_parser, only_global_options, parse

README = Path(__file__).parents[1] / "README.md"


def commands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(action.choices)


def test_every_command_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [name for name in commands() if f"`dtlearn {name}" not in text]
    assert missing == []


def test_courses_lists_usable_and_broken(courses_dir: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    broken = courses_dir / "broken"
    broken.mkdir()
    (broken / "course.toml").write_text("id = ", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "d"), "--courses-dir", str(courses_dir),
                 "courses"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("broken\tbroken\t") and "invalid TOML" in lines[0]
    assert lines[1].split("\t")[:4] == ["sample-course", "1.0.0", "2 lessons", "10 questions"]


def test_courses_with_unusable_data_folder_exits_1(courses_dir: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["--data-dir", str(blocker / "d"), "--courses-dir", str(courses_dir),
                 "courses"]) == 1
    assert "Cannot create the data folder" in capsys.readouterr().err


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["frobnicate"])
    assert stop.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    [], ["--data-dir", "d"], ["--data-dir=d", "--courses-dir", "c"], ["--self-test"]])
def test_the_window_s_options_parse_without_the_commands(argv: list[str]) -> None:
    """Opening the window must not build every command's arguments (which imports the
    report and validation modules): only the window's own options are read."""
    assert only_global_options(argv)
    args = parse(argv)
    assert args.command is None
    assert args.data_dir in (None, "d")


@pytest.mark.parametrize("argv", [["courses"], ["--data-dir"], ["--data-dir", "d", "-h"],
                                  ["--version"], ["--data-dir", "d", "sync", "status"]])
def test_anything_else_gets_the_whole_command_line(argv: list[str]) -> None:
    assert not only_global_options(argv)


def test_a_missing_option_value_is_still_a_usage_error(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--courses-dir"])
    assert stop.value.code == 2
    assert "expected one argument" in capsys.readouterr().err


def test_the_log_rotates_at_start_once_it_is_full(tmp_path: Path) -> None:
    """The log file is checked when dtlearn starts; past LOG_BYTES it moves to .1 and a new
    one begins, LOG_FILES old ones kept."""
    import logging

    from dtlearn import app
    from dtlearn.paths import Paths

    paths = Paths(tmp_path / "data", tmp_path / "courses")
    paths.log_dir.mkdir(parents=True)
    log = paths.log_dir / "dtlearn.log"
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        log.write_text("small\n", encoding="utf-8")
        app.setup_logging(paths)
        logging.getLogger("dtlearn.test").warning("kept in the same file")
        assert "kept in the same file" in log.read_text(encoding="utf-8")
        assert not (paths.log_dir / "dtlearn.log.1").exists()
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()
        log.write_text("x" * app.LOG_BYTES, encoding="utf-8")
        app.setup_logging(paths)
        logging.getLogger("dtlearn.test").warning("a new file")
        assert (paths.log_dir / "dtlearn.log.1").stat().st_size == app.LOG_BYTES
        assert "a new file" in log.read_text(encoding="utf-8")
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()
