"""The one place that wires dtlearn together: arguments, logging, then CLI or window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dtlearn.paths import Paths, resolve_paths

if TYPE_CHECKING:
    from dtlearn.selftest import Display

LOG_BYTES = 1_000_000
LOG_FILES = 3


def setup_logging(paths: Paths) -> None:
    """A log in the data folder; if it cannot be written, log to stderr only.

    The log rotates (LOG_FILES kept) once it has passed LOG_BYTES, checked when dtlearn
    starts: a session writes a few kilobytes, and the rotating handler's module imports
    sockets and pickle, which every start would pay for.
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    log_file = paths.log_dir / "dtlearn.log"
    handler: logging.Handler
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        if log_file.is_file() and log_file.stat().st_size >= LOG_BYTES:
            from logging.handlers import RotatingFileHandler

            handler = RotatingFileHandler(log_file, maxBytes=LOG_BYTES, backupCount=LOG_FILES,
                                          encoding="utf-8")
        else:
            handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:  # started from an icon: no command line to read
        return open_window(resolve_paths())
    from dtlearn.cli import parse, run_command

    args = parse(arguments)
    if args.self_test:
        return self_test(args.courses_dir)
    if args.command:
        return run_command(args)
    return open_window(resolve_paths(args.data_dir, args.courses_dir))


def open_window(paths: Paths) -> int:
    setup_logging(paths)
    from dtlearn.ui.launch import run_gui

    return run_gui(paths, sys.argv[:1])


def self_test(courses_dir: str | None) -> int:
    """``dtlearn --self-test``: wired here because it hands the Qt half (``ui/selftest_qt``)
    to the Qt-free check. No logging set up: it must not write into the data folder."""
    from dtlearn.selftest import run_self_test

    def display() -> Display:
        from dtlearn.ui.selftest_qt import QtDisplay

        return QtDisplay()

    result = run_self_test(resolve_paths(None, courses_dir).courses_dir, display)
    print(result.summary())
    return 0 if result.passed else 1


def main_gui() -> int:
    return main()
