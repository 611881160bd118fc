"""``dtlearn backups list|create|restore``: Settings → Backups for scripts and for a damaged
database that keeps the window from starting.

None of these opens the database through ``build_services``: restore must work when the
database is damaged, and listing needs no database at all.
"""

from __future__ import annotations

import argparse
import sys

from dtlearn.paths import resolve_paths
from dtlearn.services.backups import BackupService, Reason, RestoreOutcome
from dtlearn.store.backup import BackupFile


def _service(args: argparse.Namespace) -> BackupService:
    return BackupService(resolve_paths(args.data_dir, args.courses_dir).database)


def _line(backup: BackupFile) -> str:
    when = backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{backup.name}\t{when}\t{backup.reason.value}\t{_size(backup.size)}"


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def cmd_list(args: argparse.Namespace) -> int:
    service = _service(args)
    backups = service.newest_first()
    for backup in backups:
        print(_line(backup))
    if not backups:
        print(f"No backups in {service.folder}.", file=sys.stderr)
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    made = _service(args).backup(Reason.MANUAL)
    print(f"Backed up as {made.path} ({_size(made.size)}).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    service = _service(args)
    if args.newest:
        chosen = service.newest_good()
        if chosen is None:
            print(f"dtlearn: there is no good backup in {service.folder}.", file=sys.stderr)
            return 1
    elif args.name:
        chosen = service.find(args.name)
    else:
        print("dtlearn backups restore: error: give a backup's NAME or --newest",
              file=sys.stderr)
        return 2
    print("\n".join(outcome_lines(service.restore(chosen))))
    return 0


def outcome_lines(outcome: RestoreOutcome) -> list[str]:
    lines = []
    if outcome.damaged_aside is not None:
        lines.append(f"The damaged database was kept as {outcome.damaged_aside}.")
    if outcome.saved_first is not None:
        lines.append(f"The database as it was is saved as {outcome.saved_first.name}.")
    when = outcome.restored.created.astimezone().strftime("%Y-%m-%d %H:%M")
    lines.append(f"Restored {outcome.restored.name} (from {when}).")
    return lines
