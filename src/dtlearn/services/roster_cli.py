"""``dtlearn roster import FILE``: the roster import of the Learners tab, from a terminal.

Prints the columns it will use, then each refused row with its reasons, then the count.
``--dry-run`` stops before writing. Exit 0 when the import ran (refused rows are reported,
not fatal), 1 when the file itself was refused, 2 for a bad ``--map``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from dtlearn.paths import resolve_paths
from dtlearn.services.roster import (
    Field,
    Reason,
    Refusal,
    RosterService,
    RowProblem,
    column_letter,
    parse_mapping,
)
from dtlearn.store.database import Store


def reason_text(reason: Reason, today: dt.date | None = None) -> str:
    """A row problem in English words (the window has its own, translated)."""
    year = (today or dt.date.today()).year
    texts = {
        RowProblem.NAME_MISSING: "no name",
        RowProblem.BAD_BIRTH_YEAR: f'birth year "{reason.value}" is not a year from 1900 '
                                   f"to {year}",
        RowProblem.BAD_GENDER: f'gender "{reason.value}" is not Nam, Nữ or Khác',
        RowProblem.BAD_PHONE: f'phone "{reason.value}" is not a phone number (digits only)',
        RowProblem.TOO_LONG: f"{reason.field} is longer than 120 characters",
        RowProblem.DUPLICATE_IN_FILE: f"the same person as row {reason.other}",
        RowProblem.ALREADY_EXISTS: f'already on this computer as "{reason.other}"',
    }
    return texts[reason.problem]


def refusal_text(refusal: Refusal) -> str:
    who = f' "{refusal.name}"' if refusal.name else ""
    reasons = "; ".join(reason_text(reason) for reason in refusal.reasons)
    return f"row {refusal.row}{who}: {reasons}"


def cmd_roster_import(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.data_dir, args.courses_dir)
    store = Store(paths.database)
    try:
        service = RosterService(store)
        roster = service.read(args.file)
        try:
            mapping = parse_mapping(roster.headers, args.map or [])
        except ValueError as error:
            fields = ", ".join(f.value for f in Field)
            print(f"dtlearn: --map {error}: use COLUMN=FIELD, where COLUMN is a header or "
                  f"a column number and FIELD is one of {fields} or -", file=sys.stderr)
            return 2
        used = ", ".join(f'"{roster.headers[column] or column_letter(column)}" → {fld}'
                         for column, fld in sorted(mapping.items()))
        print(f"{args.file.name}: {len(roster.rows)} rows; columns: {used or 'none'}")
        check = service.check(roster, mapping)
        for refusal in check.refused:
            print(refusal_text(refusal))
        if args.dry_run:
            print(f"{len(check.accepted)} learners would be imported, "
                  f"{len(check.refused)} rows refused (dry run: nothing written).")
            return 0
        result = service.import_checked(check)
        print(f"Imported {result.imported} learners, {len(check.refused)} rows refused.")
        return 0
    finally:
        store.close()
