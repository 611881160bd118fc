"""The one place that wires dtlearn together: arguments, logging, then CLI or window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Sequence

from dtlearn.cli import parse, run_command
from dtlearn.paths import Paths, resolve_paths

LOG_BYTES = 1_000_000
LOG_FILES = 3


def setup_logging(paths: Paths) -> None:
    """A rotating log in the data folder; if it cannot be written, log to stderr only."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_dir / "dtlearn.log", maxBytes=LOG_BYTES, backupCount=LOG_FILES,
            encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    if args.command:
        return run_command(args)
    paths = resolve_paths(args.data_dir, args.courses_dir)
    setup_logging(paths)
    from dtlearn.ui.launch import run_gui

    return run_gui(paths, sys.argv[:1])


def main_gui() -> int:
    return main()
