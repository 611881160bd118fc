"""Command-line interface: the same services as the window, for scripts and trainers.

``dtlearn`` with no command starts the window; ``dtlearn COMMAND`` runs one task and exits
0 on success, 1 when the task found problems or failed for a reason the person can fix,
and 2 for a usage error (argparse's convention).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from dtlearn import __version__
from dtlearn.core.validate import validate_path
from dtlearn.errors import UserError
from dtlearn.paths import resolve_paths

Command = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dtlearn",
        description="Offline digital-skills courses. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"dtlearn {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder for the database, settings and logs "
                             "(default: the OS data folder; or DTLEARN_DATA_DIR)")
    parser.add_argument("--courses-dir", metavar="DIR",
                        help="folder of courses to show (default: the bundled courses; "
                             "or DTLEARN_COURSES_DIR)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser(
        "validate", help="check a course or a folder of courses",
        description="Check a course folder, or every course in a folder. Prints each "
                    "problem as file:line: message. Exit 0 when clean, 1 when there are "
                    "problems.")
    validate.add_argument("path", type=Path, help="a course folder or a folder of courses")
    validate.set_defaults(run=cmd_validate)

    courses = commands.add_parser(
        "courses", help="list installed courses and whether they are usable",
        description="List the courses in the courses folder, one per line: id, version, "
                    "number of lessons and questions, and 'broken' with the reason if a "
                    "course cannot be used.")
    courses.set_defaults(run=cmd_courses)
    return parser


def cmd_validate(args: argparse.Namespace) -> int:
    problems = validate_path(args.path)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    return 0


def cmd_courses(args: argparse.Namespace) -> int:
    from dtlearn.services.context import build_services

    services = build_services(resolve_paths(args.data_dir, args.courses_dir))
    try:
        for entry in services.catalog.entries():
            if entry.broken or entry.course is None:
                print(f"{entry.course_id}\tbroken\t{entry.problems[0] if entry.problems else ''}")
            else:
                course = entry.course
                print(f"{course.id}\t{course.version}\t{len(course.lessons)} lessons\t"
                      f"{entry.question_count} questions\t{course.title_in('vi')}")
    finally:
        services.close()
    return 0


def run_command(args: argparse.Namespace) -> int:
    run: Command = args.run
    try:
        return run(args)
    except UserError as error:
        print(f"dtlearn: {error}", file=sys.stderr)
        return 1


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
