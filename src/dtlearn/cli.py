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
from typing import TYPE_CHECKING

from dtlearn import __version__
from dtlearn.errors import UserError
from dtlearn.paths import resolve_paths

if TYPE_CHECKING:
    from dtlearn.reports.model import Report, Transcript

Command = Callable[[argparse.Namespace], int]

# Options that take a value and may come before a command (or alone, to open the window).
GLOBAL_VALUE_OPTIONS = ("--data-dir", "--courses-dir")
GLOBAL_FLAGS = ("--self-test",)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line, or (``with_commands`` False) only the options that open the
    window: building every command's arguments imports the report and validation modules,
    which every start of the window would otherwise pay for."""
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
    parser.add_argument("--self-test", action="store_true",
                        help="check this install (database, courses, lessons, a quiz answer, "
                             "font, translations) in a temporary folder, without opening the "
                             "window; exit 0 if healthy, 1 with each problem otherwise")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
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
    add_backups_command(commands)
    add_demo_command(commands)
    add_roster_command(commands)
    add_sync_commands(commands)
    add_search_command(commands)
    add_verify_command(commands)
    add_pack_commands(commands)
    add_report_command(commands)
    return parser


def add_report_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``dtlearn report``: completion and pass rates, or one learner's record, to a file."""
    from dtlearn.reports.cli import add_arguments

    report = commands.add_parser(
        "report", help="completion and pass rates (or a learner's record) as CSV, XLSX or PDF",
        description="Write completion and pass rates per course, unit, commune, province, "
                    "group session or learner (and per course), for a date range, to a CSV, "
                    "XLSX or PDF file; with --learner, that learner's record instead. A date "
                    "range that ends before it starts is refused and nothing is written.")
    add_arguments(report)
    report.set_defaults(run=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from dtlearn.reports.cli import PdfWriters, check_request, run_report
    from dtlearn.services.context import build_services

    request = check_request(args)  # before the database is opened: a mistake writes nothing
    services = build_services(resolve_paths(args.data_dir, args.courses_dir))
    try:
        courses = [entry.course for entry in services.catalog.entries() if entry.course]
        return run_report(request, services.store, courses,
                          PdfWriters(_report_pdf, _transcript_pdf))
    finally:
        services.close()


# PDF is drawn by Qt. ui.printing is a Qt-free wrapper that starts an offscreen Qt only when
# called; these two calls are the command line's one way into ui/ (see pyproject.toml).
def _report_pdf(report: Report, path: Path) -> int:
    from dtlearn.ui import printing

    return printing.write_report_pdf(report, path)


def _transcript_pdf(transcript: Transcript, path: Path) -> int:
    from dtlearn.ui import printing

    return printing.write_transcript_pdf(transcript, path)


def add_pack_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``dtlearn pack``, ``install`` and ``keys``: signed course packs (``.dtcourse``)."""
    pack = commands.add_parser(
        "pack", help="make a signed course pack (.dtcourse) from a course folder",
        description="Validate a course folder and, if it has no problems, write it with a "
                    "manifest of SHA-256 sums to a .dtcourse file signed with a publisher's "
                    "private key (made by 'dtlearn keys new'). A course with problems is "
                    "not packed; they are printed as file:line: message.")
    pack.add_argument("folder", type=Path, metavar="COURSE_DIR")
    pack.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.dtcourse")
    pack.add_argument("--key", type=Path, required=True, metavar="PUBLISHER_KEY",
                      help="the publisher's private key file")
    pack.set_defaults(run=_lazy("dtlearn.services.packs_cli", "cmd_pack"))

    install = commands.add_parser(
        "install", help="install or update a course from a .dtcourse pack",
        description="Check a course pack (signed by a trusted publisher, complete, "
                    "unchanged, nothing outside its folder, a valid course, newer than the "
                    "installed version) and install it. Learners keep their progress in "
                    "lessons and questions the new version still has. A refused pack "
                    "changes nothing.")
    install.add_argument("file", type=Path, metavar="FILE.dtcourse")
    install.add_argument("--force", action="store_true",
                         help="install even if the same or a newer version is installed")
    install.set_defaults(run=_lazy("dtlearn.services.packs_cli", "cmd_install"))

    keys = commands.add_parser(
        "keys", help="make a publisher key pair, or trust and list publisher keys",
        description="Publisher keys sign course packs; this install installs packs only "
                    "from the built-in dtlearn key and keys trusted here.")
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    new = actions.add_parser(
        "new", help="make a key pair: PREFIX (private) and PREFIX.pub (public)",
        description="Make an Ed25519 key pair for signing course packs: PREFIX holds the "
                    "private key (owner-only; keep it secret and backed up) and PREFIX.pub "
                    "the public key to give to trainers. Existing files are never replaced.")
    new.add_argument("-o", "--output", type=Path, required=True, metavar="PREFIX")
    new.add_argument("--name", default="", help="whose key this is, e.g. your organisation")
    new.set_defaults(run=_lazy("dtlearn.services.packs_cli", "cmd_keys_new"))
    trust = actions.add_parser(
        "trust", help="trust a publisher's public key (PREFIX.pub)",
        description="Add a publisher's public key to this install's trusted keys (kept in "
                    "the data folder), so packs it signed can be installed.")
    trust.add_argument("file", type=Path, metavar="PREFIX.pub")
    trust.set_defaults(run=_lazy("dtlearn.services.packs_cli", "cmd_keys_trust"))
    list_ = actions.add_parser(
        "list", help="list the trusted publisher keys with their fingerprints",
        description="One line per trusted key: key id, SHA-256 fingerprint, built-in or "
                    "added, and the publisher's name.")
    list_.set_defaults(run=_lazy("dtlearn.services.packs_cli", "cmd_keys_list"))


def add_sync_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``dtlearn sync push|export|import|status``: the same work as Settings → Sync."""
    sync = commands.add_parser(
        "sync", help="send results to an LRS, or move them as signed bundle files",
        description="Send results to a Learning Record Store, or export and import signed "
                    "bundle files for places with no connection.")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    push = actions.add_parser(
        "push", help="send pending statements to the configured LRS",
        description="Send every pending statement to the LRS set in Settings → Sync (or "
                    "given here). Safe to repeat: nothing is sent twice.")
    push.add_argument("--endpoint", help="the LRS's xAPI endpoint (saved for next time)")
    push.add_argument("--key", help="Basic-auth key (saved for next time)")
    push.add_argument("--secret-stdin", action="store_true",
                      help="read the Basic-auth secret from standard input and save it")
    push.add_argument("--batch", type=int, help="statements per request (default 200)")
    push.set_defaults(run=_lazy("dtlearn.sync.push_cli", "cmd_push"))

    status = actions.add_parser("status", help="show pending statements and the last push",
                                description="Show how many statements wait to be sent, the "
                                            "last successful push, and known devices.")
    status.set_defaults(run=_lazy("dtlearn.sync.push_cli", "cmd_status"))

    export = actions.add_parser(
        "export", help="write new results to a signed .dtsync bundle",
        description="Write the statements not yet exported (or all with --all), with the "
                    "learners and group sessions they need, to a signed bundle file.")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.dtsync")
    export.add_argument("--all", action="store_true", help="export everything, not only new")
    export.set_defaults(run=_lazy("dtlearn.sync.bundle_cli", "cmd_export"))

    import_ = actions.add_parser(
        "import", help="merge .dtsync bundles from other devices",
        description="Check and merge bundle files. A damaged or forged bundle is refused "
                    "whole. Prints new / already had / refused counts for each file.")
    import_.add_argument("files", type=Path, nargs="+", metavar="FILE.dtsync")
    import_.set_defaults(run=_lazy("dtlearn.sync.bundle_cli", "cmd_import"))


def add_verify_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``dtlearn verify``: check a certificate offline, as the "Check a certificate" screen."""
    verify = commands.add_parser(
        "verify", help="check a certificate by its code or its QR text",
        description="Check a certificate offline. Give the code printed on it (checked "
                    "against the certificates issued on this computer) or the text of its "
                    "QR code (checked with the issuing install's public key, learnt from its "
                    "results bundle). Exit 0 when valid, 1 when not valid, unknown or from an "
                    "unknown issuer, 2 when the text is neither a code nor a QR text.")
    verify.add_argument("text", metavar="CODE_OR_QR_TEXT",
                        help="the code (ABCD-EFGH-JK) or the QR text (DTC1.…); - reads it "
                             "from standard input, e.g. from a QR scanner program")
    verify.set_defaults(run=cmd_verify)


def cmd_verify(args: argparse.Namespace) -> int:
    """Here rather than in ``reports``: it needs this install's public key (``sync.keys``),
    and the layers keep ``reports`` and ``sync`` apart."""
    from dtlearn.reports.certificates import Verdict, verify_text
    from dtlearn.reports.certificates_cli import verification_lines
    from dtlearn.store.database import Store
    from dtlearn.sync.keys import load_or_create_device_key

    text = sys.stdin.read() if args.text == "-" else args.text
    paths = resolve_paths(args.data_dir, args.courses_dir)
    store = Store(paths.database)
    try:
        result = verify_text(store, load_or_create_device_key(paths).public_key(), text)
    finally:
        store.close()
    if result.verdict is Verdict.UNREADABLE:
        # Neither a code nor a QR text: a wrong argument, so argparse's usage exit status.
        print(f"dtlearn verify: error: {verification_lines(result)[0]}", file=sys.stderr)
        return 2
    print("\n".join(verification_lines(result)))
    return 0 if result.valid else 1


def add_search_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    search = commands.add_parser(
        "search", help="find lessons, courses and glossary terms",
        description="Search course titles, lessons and the glossary, ignoring case and "
                    "diacritics (chuyen doi so finds chuyển đổi số; Telex typing like "
                    "chuyeenr ddooir soos works too). Prints one hit per line as "
                    "course-id/lesson-id: snippet.")
    search.add_argument("query", nargs="+", help="words to find")
    search.add_argument("--lang", choices=("vi", "en"), default="vi",
                        help="language of the lessons to search (default vi)")
    search.add_argument("--limit", type=int, default=20, help="at most this many hits")
    search.set_defaults(run=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    from dtlearn.services.context import build_services

    services = build_services(resolve_paths(args.data_dir, args.courses_dir))
    try:
        hits = services.search.search(" ".join(args.query), args.lang, args.limit)
    finally:
        services.close()
    for hit in hits:
        print(f"{hit.key}: {hit.snippet}")
    if not hits:
        print("No results.", file=sys.stderr)
        return 1
    return 0


def add_demo_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``dtlearn demo``: marked demo data to try every report before a real session."""
    demo = commands.add_parser(
        "demo", help="fill this install with marked demo data, or remove it",
        description="Add demo learners with group sessions and results across several "
                    "provinces and communes, so every report can be tried before a real "
                    "session. Demo records are flagged in the database and marked in their "
                    "names, units and session titles (resources/demo.toml); they are never "
                    "sent to an LRS or exported. "
                    "--remove takes out exactly the demo data and nothing else.")
    action = demo.add_mutually_exclusive_group()
    action.add_argument("--learners", type=int, default=200, metavar="N",
                        help="how many demo learners to add (default 200)")
    action.add_argument("--remove", action="store_true", help="remove all demo data")
    demo.add_argument("--seed", type=int, help="the same seed makes the same demo data")
    demo.set_defaults(run=_lazy("dtlearn.services.demo_cli", "cmd_demo"))


def add_roster_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``dtlearn roster import``: the Learners tab's roster import, for scripts."""
    roster = commands.add_parser(
        "roster", help="import learners from a CSV or Excel roster",
        description="Import learners from a roster file.")
    actions = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    import_ = actions.add_parser(
        "import", help="import learners from a CSV or XLSX file",
        description="Read a CSV (UTF-8, Windows-1258 or UTF-16; comma, semicolon or tab) or "
                    "an XLSX workbook (first sheet), guess which column holds what from the "
                    "headers, and add every valid row as a learner in one step. Refused rows "
                    "are listed with their reasons; a file that cannot be a roster is refused "
                    "whole and nothing is written.")
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument("--map", action="append", metavar="COLUMN=FIELD",
                         help="use COLUMN (a header or a number from 1) for FIELD (name, "
                              "birth_year, gender, phone, unit, commune, village, province; "
                              "- to ignore the column); may be repeated")
    import_.add_argument("--dry-run", action="store_true",
                         help="check and report, write nothing")
    import_.set_defaults(run=_lazy("dtlearn.services.roster_cli", "cmd_roster_import"))


def add_backups_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``dtlearn backups``: Settings → Backups, and the way back from a damaged database."""
    backups = commands.add_parser(
        "backups", help="list, make or restore backups of the database",
        description="The app keeps the last 7 backups of its database in the backups folder "
                    "of the data folder: one a day, and one before every upgrade, course "
                    "install and restore. Each is checked with SQLite's integrity_check when "
                    "made.")
    actions = backups.add_subparsers(dest="backups_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the backups, newest first",
                                 description="Print one backup per line: file name, local "
                                             "time, reason and size.")
    listing.set_defaults(run=_lazy("dtlearn.services.backups_cli", "cmd_list"))
    create = actions.add_parser("create", help="back up the database now",
                                description="Make a checked backup now (reason: manual).")
    create.set_defaults(run=_lazy("dtlearn.services.backups_cli", "cmd_create"))
    restore = actions.add_parser(
        "restore", help="replace the database with a backup",
        description="Replace the database with a backup. The database as it is now is "
                    "backed up first (reason: before-restore); a damaged one is instead kept "
                    "beside it as dtlearn.sqlite3.damaged-TIME for a specialist. Close the "
                    "window first.")
    restore.add_argument("name", nargs="?", metavar="NAME",
                         help="the backup's file name, as 'dtlearn backups list' prints it")
    restore.add_argument("--newest", action="store_true",
                         help="the newest backup that passes SQLite's check")
    restore.set_defaults(run=_lazy("dtlearn.services.backups_cli", "cmd_restore"))


def _lazy(module: str, function: str) -> Command:
    """Import a command's module only when it runs, so `dtlearn --help` stays quick."""

    def run(args: argparse.Namespace) -> int:
        import importlib

        command: Command = getattr(importlib.import_module(module), function)
        return command(args)

    return run


def cmd_validate(args: argparse.Namespace) -> int:
    from dtlearn.core.validate import validate_path

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


def only_global_options(argv: Sequence[str]) -> bool:
    """Whether the arguments are at most the window's options (each value present)."""
    wants_value = False
    for argument in argv:
        if wants_value:
            wants_value = False
        elif argument in GLOBAL_VALUE_OPTIONS:
            wants_value = True
        elif not (argument in GLOBAL_FLAGS
                  or argument.startswith(tuple(f"{o}=" for o in GLOBAL_VALUE_OPTIONS))):
            return False
    return not wants_value


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_commands=not only_global_options(arguments))
    args = parser.parse_args(arguments)
    if args.self_test and args.command:
        parser.error("--self-test checks the whole install; give it without a command")
    return args
