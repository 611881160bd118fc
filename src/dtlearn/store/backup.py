"""Backup files of the database: copied with SQLite's online backup API, checked, rotated.

A backup is one self-contained SQLite file in ``<data folder>/backups``, named for the UTC
time it was taken and why (``dtlearn-20250701-093000Z-daily.sqlite3``), so a person looking
in the folder, and the code listing it, both read the same facts from the name. Copies are
made with ``sqlite3.Connection.backup``, which reads a consistent snapshot while the window
goes on writing (WAL); copying the file with the OS could catch it half-written. Each copy
is written under a hidden partial name, switched out of WAL mode (one file, nothing beside
it), checked with ``PRAGMA integrity_check`` and only then renamed into place: a bad copy
is discarded, so every file the listing shows was good when it was made.

This module is the only place that touches backup files and runs their SQL. The schedule
(one a day), restore's order of steps, and what to tell a person live in
``services.backups``. ``store.database`` calls ``make_backup`` itself before migrating an
existing database, so no path that opens the database can upgrade it unbacked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import logging
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dtlearn.errors import UserError

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
KEEP = 7
PARTIAL_PREFIX = ".partial-"
_NAME = re.compile(r"^dtlearn-(\d{8})-(\d{6})Z-([a-z-]+?)(?:-(\d+))?\.sqlite3$")


class Reason(enum.StrEnum):
    """Why a backup was taken; the value is what its file name carries."""

    DAILY = "daily"
    MIGRATION = "migration"
    PACK_INSTALL = "pack-install"
    BEFORE_RESTORE = "before-restore"
    MANUAL = "manual"


class BackupFailed(UserError):
    """A backup could not be made (disk full, read-only folder) or failed its check; any
    partial copy has been removed and the database itself is untouched.

    ``str()`` is English for the command line and the log; ``kind`` (one of KINDS) and
    ``path`` (the backup or its folder) let the window say it in the person's language.
    """

    KINDS = ("no-database", "full", "cannot-write", "copy-failed-check", "backup-damaged",
             "restore-failed-check", "other")

    def __init__(self, message: str, kind: str = "other", path: Path | None = None) -> None:
        super().__init__(message)
        self.kind = kind if kind in self.KINDS else "other"
        self.path = path


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk. ``created`` is UTC; the UI shows it in local time."""

    path: Path
    created: dt.datetime
    reason: Reason
    size: int
    sequence: int = 1  # second and later backups in the same second

    @property
    def name(self) -> str:
        return self.path.name


def backup_folder(database: Path) -> Path:
    """Backups sit in the data folder beside the database, so copying that one folder
    (what paths.py promises a trainer) takes them along."""
    return database.parent / BACKUP_FOLDER


def parse_name(path: Path) -> BackupFile | None:
    """A backup's facts from its file name; None for anything else in the folder."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    day, clock, reason, sequence = match.groups()
    try:
        created = dt.datetime.strptime(day + clock, "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
        kind = Reason(reason)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, created, kind, size, int(sequence or 1))


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in the folder, newest first."""
    try:
        names = list(folder.iterdir())
    except OSError:
        return []
    found = [backup for backup in map(parse_name, names) if backup is not None]
    return sorted(found, key=lambda b: (b.created, b.sequence), reverse=True)


def _target(folder: Path, when: dt.datetime, reason: Reason) -> Path:
    """The name for a new backup; a second one in the same second gets ``-2`` (whatever
    its reason), so names sort in the order the backups were made."""
    stamp = when.astimezone(dt.UTC).strftime("%Y%m%d-%H%M%S")
    taken = [b.sequence for b in list_backups(folder) if b.name.startswith(f"dtlearn-{stamp}Z-")]
    sequence = max(taken, default=0) + 1
    suffix = f"-{sequence}" if sequence > 1 else ""
    return folder / f"dtlearn-{stamp}Z-{reason.value}{suffix}.sqlite3"


def check(conn: sqlite3.Connection, quick: bool = False) -> list[str]:
    """SQLite's own check of a whole database: an empty list when it is sound.

    ``quick_check`` skips comparing indexes with their tables; it reads every page once
    (about 2 ms a megabyte) and is what start-up can afford. ``integrity_check`` is for
    backups, checked in the background.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return [str(error)]
        raise  # locked, read-only, no space: a reason of its own, not damage
    return [] if rows == ["ok"] else rows


def is_damage(error: sqlite3.DatabaseError) -> bool:
    """Whether an SQLite error says the file itself is damaged (or is no database)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    return (name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
            or "not a database" in text or "malformed" in text or "corrupt" in text)


def check_file(path: Path, quick: bool = False) -> list[str]:
    """Check a database file without writing to it (backups are not in WAL mode, so a
    read-only connection leaves nothing beside them)."""
    if not path.is_file():
        return [f"{path} does not exist"]
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        return check(conn, quick)
    except sqlite3.Error as error:  # cannot be read at all: no use as a backup either
        return [str(error)]
    finally:
        conn.close()


def _connect_source(database: Path) -> sqlite3.Connection:
    """A connection of its own for copying, so a backup can run on any thread beside the
    window's connection; WAL gives it a consistent snapshot without blocking writers."""
    return sqlite3.connect(str(database), timeout=10)


def make_backup(source: sqlite3.Connection | Path, folder: Path, reason: Reason,
                when: dt.datetime, keep: int = KEEP,
                protect: Iterable[Path] = ()) -> BackupFile:
    """Copy the database into a new checked backup, then keep only the newest ``keep``.

    ``source`` is an open connection (the migration hook, which already holds one) or the
    database's path. Raises BackupFailed, leaving no partial file, when the copy cannot be
    written or fails its check; rotation runs only after a good copy exists, so it never
    removes the last good backup.
    """
    final: Path | None = None
    partial: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        final = _target(folder, when, reason)
        partial = folder / f"{PARTIAL_PREFIX}{final.name}"
        partial.unlink(missing_ok=True)
        own = isinstance(source, Path)
        conn = _connect_source(source) if isinstance(source, Path) else source
        try:
            copy = sqlite3.connect(str(partial))
            try:
                conn.backup(copy)
                # One file with nothing beside it: the copy would otherwise keep the live
                # database's WAL mode and grow -wal/-shm files whenever it is opened.
                copy.execute("PRAGMA journal_mode = DELETE")
                problems = check(copy)
            finally:
                copy.close()
        finally:
            if own:
                conn.close()
        if problems:
            raise BackupFailed(f"The backup copy failed SQLite's check ({problems[0]}); "
                               "it was discarded.", "copy-failed-check", folder)
        os.replace(partial, final)
    except (sqlite3.Error, OSError) as error:
        if partial is not None:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
        raise _plain(folder, error) from error
    except BackupFailed:
        if partial is not None:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
        raise
    made = parse_name(final)
    assert made is not None
    rotate(folder, keep, protect=(final, *protect))
    log.info("backup %s made (%d bytes)", final.name, made.size)
    return made


def _plain(folder: Path, error: BaseException) -> BackupFailed:
    text = str(error).lower()
    if "full" in text or getattr(error, "errno", None) == 28:  # ENOSPC
        return BackupFailed(f"No backup was made: the disk holding {folder} is full. Free "
                            "some space; the database itself is unchanged.", "full", folder)
    if "readonly" in text or "read-only" in text or "permission" in text:
        return BackupFailed(f"No backup was made: the folder {folder} cannot be written to. "
                            "Fix the folder's permissions; the database itself is "
                            "unchanged.", "cannot-write", folder)
    return BackupFailed(f"No backup was made in {folder}: {error}. The database itself is "
                        "unchanged.", "other", folder)


def rotate(folder: Path, keep: int = KEEP, protect: Iterable[Path] = ()) -> list[Path]:
    """Remove all but the newest ``keep`` backups (at least one is always kept), and
    partial copies an interrupted backup left behind. Returns what was removed."""
    protected = {path.resolve() for path in protect}
    removed: list[Path] = []
    for old in list_backups(folder)[max(1, keep):]:
        if old.path.resolve() in protected:
            continue
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError as error:
            log.warning("could not remove old backup %s: %s", old.path, error)
    with contextlib.suppress(OSError):
        for stale in folder.glob(f"{PARTIAL_PREFIX}*"):
            stale.unlink(missing_ok=True)
    return removed


def restore_into(backup: Path, database: Path, busy_timeout_s: float = 10) -> None:
    """Replace the live database's content with the backup's, in place.

    The backup API writes through SQLite's own pager under a write lock, so the live file's
    WAL and shared-memory index stay consistent, any other connection reads the restored
    content next, and the database stays in WAL mode. The result is quick-checked.
    """
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(str(database), timeout=busy_timeout_s)
        try:
            source.backup(target)
            problems = check(target, quick=True)
        finally:
            target.close()
    finally:
        source.close()
    if problems:
        raise BackupFailed(f"The restored database failed SQLite's check ({problems[0]}).",
                           "restore-failed-check", backup)


def copy_to_new(backup: Path, database: Path) -> None:
    """Make ``database`` (which must not exist) a checked copy of the backup: written under
    a partial name and renamed, so a crash leaves either no database or a whole one."""
    partial = database.with_name(f"{PARTIAL_PREFIX}{database.name}")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(str(partial))
        try:
            source.backup(target)
            problems = check(target, quick=True)
        finally:
            target.close()
    finally:
        source.close()
    if problems:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"The restored database failed SQLite's check ({problems[0]}).",
                           "restore-failed-check", backup)
    os.replace(partial, database)


def move_aside(database: Path, when: dt.datetime) -> Path:
    """Keep a damaged database for a specialist as ``<name>.damaged-<UTC time>``, with its
    -wal and -shm files beside it under the same new name (the log may hold the newest
    changes, and replaying it onto another file would corrupt that file)."""
    stamp = when.astimezone(dt.UTC).strftime("%Y%m%d-%H%M%SZ")
    aside = database.with_name(f"{database.name}.damaged-{stamp}")
    os.replace(database, aside)
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    return aside
