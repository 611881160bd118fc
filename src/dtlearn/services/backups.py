"""Backups of the database as the app uses them: taken, scheduled, restored, and offered
when the database is found damaged.

What other code calls:

- ``backup(paths, reason)``: take one now (pack install calls it with ``"pack-install"``
  just before it swaps a course folder). Returns the new ``BackupFile``, or None when
  there is no database yet; raises ``BackupFailed`` (a ``UserError`` with a plain message)
  when it cannot be made, and then nothing else should proceed.
- ``open_store(database)``: the one way the window and the commands open the database
  (``build_services`` uses it). It runs SQLite's quick_check (for the window, just after
  it shows) and raises ``DatabaseDamaged`` naming the newest good backup.
- ``BackupService``: the list, "Back up now", the daily backup and restore, for Settings →
  Backups and ``dtlearn backups``.

Files, names, checks and rotation are ``store.backup``'s; the database's own hook there
backs up before any migration. Nothing here knows about Qt.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dtlearn.errors import DatabaseDamaged, UserError
from dtlearn.paths import Paths
from dtlearn.services.opening import CHECK_AT_OPEN_BYTES, open_store
from dtlearn.store import backup as files
from dtlearn.store.backup import KEEP, BackupFailed, BackupFile, Reason

__all__ = ["CHECK_AT_OPEN_BYTES", "BackupFailed", "BackupFile", "BackupService", "Reason",
           "RestoreOutcome", "backup", "open_store"]

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]



def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class RestoreOutcome:
    """What a restore did, for the words shown afterwards."""

    restored: BackupFile
    saved_first: BackupFile | None  # the database as it was, backed up "before-restore"
    damaged_aside: Path | None  # a damaged database, kept for a specialist


@dataclass(frozen=True)
class StartCheck:
    """What the background work after start-up found and did."""

    problems: list[str]  # quick_check's findings; empty when sound or not re-checked
    daily: BackupFile | None  # the day's backup, when one was due and made


class BackupService:
    """Backups of one database. Each call opens its own short-lived connections, so it can
    run on a background thread beside the window's connection."""

    def __init__(self, database: Path, clock: Clock = utc_now, keep: int = KEEP) -> None:
        self.database = database
        self.folder = files.backup_folder(database)
        self._clock = clock
        self._keep = keep

    def newest_first(self) -> list[BackupFile]:
        """Newest first."""
        return files.list_backups(self.folder)

    def backup(self, reason: Reason | str = Reason.MANUAL,
               protect: tuple[Path, ...] = ()) -> BackupFile:
        """Take a checked backup now and rotate the old ones out (``protect`` is never
        removed by that rotation). Raises BackupFailed with a plain reason."""
        if not self.database.is_file():
            raise BackupFailed(f"There is no database at {self.database} to back up yet.",
                               "no-database", self.database)
        return files.make_backup(self.database, self.folder, Reason(reason), self._clock(),
                                 self._keep, protect)

    def daily_if_due(self) -> BackupFile | None:
        """At most one "daily" backup per calendar day (the person's own day, not UTC's)."""
        today = self._clock().astimezone().date()
        if any(b.reason is Reason.DAILY and b.created.astimezone().date() == today
               for b in self.newest_first()):
            return None
        return self.backup(Reason.DAILY)

    def after_start(self, already_checked: bool) -> StartCheck:
        """The work start-up leaves for after the window shows: quick_check when the
        database was too big to check before, then the day's backup if the database is
        sound. A failed backup is logged, never shown: the next start tries again."""
        problems = [] if already_checked else self.check_database()
        if problems:
            return StartCheck(problems, None)
        try:
            return StartCheck([], self.daily_if_due())
        except BackupFailed as error:
            log.warning("daily backup not made: %s", error)
            return StartCheck([], None)

    def check_database(self) -> list[str]:
        """quick_check of the live database: empty when sound."""
        return files.check_file(self.database, quick=True)

    def newest_good(self) -> BackupFile | None:
        """The newest backup that still passes quick_check (each was checked when made;
        this catches one damaged since, say by a failing disk)."""
        for candidate in self.newest_first():
            if not files.check_file(candidate.path, quick=True):
                return candidate
            log.warning("backup %s fails quick_check; skipped", candidate.name)
        return None

    def find(self, name: str) -> BackupFile:
        """A backup by its file name (as listed); UserError when there is none."""
        for candidate in self.newest_first():
            if candidate.name == name or candidate.path == Path(name):
                return candidate
        raise UserError(f"There is no backup called {name} in {self.folder}.")

    def restore(self, chosen: BackupFile) -> RestoreOutcome:
        """Make the database what it was when ``chosen`` was taken.

        In order: check the chosen backup in full (a bad one changes nothing); back up the
        database as it is now ("before-restore"), or, if it is damaged, move it aside as
        ``dtlearn.sqlite3.damaged-<time>``; then copy the backup in with SQLite's backup
        API, which keeps the live file's WAL consistent. Whoever holds connections to the
        database must rebuild what they read from it (the window restarts its screens).
        """
        problems = files.check_file(chosen.path)
        if problems:
            raise BackupFailed(f"The backup {chosen.name} is damaged ({problems[0]}); choose "
                               "another. Nothing was changed.", "backup-damaged", chosen.path)
        saved: BackupFile | None = None
        aside: Path | None = None
        if self.database.is_file():
            if self.check_database():
                aside = files.move_aside(self.database, self._clock())
            else:
                saved = self.backup(Reason.BEFORE_RESTORE, protect=(chosen.path,))
        if self.database.is_file():
            files.restore_into(chosen.path, self.database)
        else:
            files.copy_to_new(chosen.path, self.database)
        log.info("restored %s (saved first: %s; damaged kept as: %s)", chosen.name,
                 saved.name if saved else None, aside)
        return RestoreOutcome(chosen, saved, aside)

    def set_damaged_aside(self) -> Path | None:
        """Keep a damaged database for a specialist and let the next start make a new, empty
        one: the way on when there is no backup to restore."""
        if not self.database.is_file():
            return None
        return files.move_aside(self.database, self._clock())

    # The name course packs' test and ``dtlearn backups list`` know it by; kept last in the
    # class so ``list`` still means the built-in in the annotations above.
    list = newest_first


def backup(paths: Paths, reason: str) -> BackupFile | None:
    """Take a backup now, for another service about to change things (pack install passes
    ``"pack-install"``). None when there is no database yet: nothing to lose. Raises
    BackupFailed (a UserError) when one cannot be made; the caller should then stop."""
    service = BackupService(paths.database)
    if not paths.database.is_file():
        return None
    return service.backup(reason)


def damaged(database: Path, finding: str) -> DatabaseDamaged:
    """The plain words for a damaged database, with the newest good backup if any."""
    newest = BackupService(database).newest_good()
    if newest is None:
        advice = (f"There is no good backup in {files.backup_folder(database)}. Keep the file "
                  "for a specialist; to start again with an empty database, open dtlearn and "
                  "choose to set it aside.")
    else:
        when = newest.created.astimezone().strftime("%Y-%m-%d %H:%M")
        advice = (f"The newest good backup is from {when} ({newest.reason.value}): restore it "
                  "with `dtlearn backups restore --newest`, or open dtlearn and choose "
                  "Restore. The damaged file is kept beside it for a specialist.")
    return DatabaseDamaged(f"{finding.rstrip('.')}. {advice}", database,
                           newest.path if newest else None)
