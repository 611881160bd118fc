"""Open the one database of an install: WAL, durable commits, schema brought up to date.

Every answer and progress change is its own committed transaction with
``synchronous=FULL``: in WAL mode that fsyncs the log on each commit, which is what makes
"pulling the plug loses nothing already answered" true, at about a millisecond a write.
Failures to open are turned into ``DatabaseUnavailable`` with words a trainer can act on.

A database that can be read but not written (a write-protected USB stick, a folder without
permission, a full disk) is opened read-only rather than refused: lessons still open, and
``Store.write()`` refuses with the plain reason before anything is half-written. Before
migrating a database that already holds data, it is backed up (``store.backup``).

The connection is a plain ``sqlite3`` one in autocommit mode, with transactions only where
``atomic`` opens them. sqlite-utils' ``Database`` would give the same, but importing it
costs about a tenth of a second (it brings click, pluggy and dateutil along), which start-up
cannot afford for the three calls the store makes; it is imported only when a migration
is pending (``store.migrations``), which sqlite-utils' migration machinery then runs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from dtlearn.errors import DatabaseDamaged, DatabaseUnavailable
from dtlearn.store.schema import MIGRATION_SET, NEWEST_MIGRATION

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 3000

READ_ONLY_MESSAGE = (
    "Results are not being saved: the data folder {folder} is read-only or its disk is full. "
    "Free some disk space or fix the folder's permissions, then start dtlearn again.")


class WriteBlocked(DatabaseUnavailable):
    """The database can perhaps be read but not written: read-only file or folder, or a
    full disk. Opening falls back to read-only on this; a write that meets it raises it."""


# What every store function takes: the open connection, autocommit outside ``atomic``.
Database = sqlite3.Connection

_savepoints = itertools.count()


def connect(target: str, busy_timeout_ms: int = BUSY_TIMEOUT_MS, *,
            uri: bool = False) -> Database:
    """Autocommit mode (``isolation_level=None``): a statement outside ``atomic`` is its own
    transaction, and no statement opens one behind our back."""
    return sqlite3.connect(target, uri=uri, timeout=busy_timeout_ms / 1000,
                           isolation_level=None, check_same_thread=False)


@contextlib.contextmanager
def atomic(db: Database) -> Iterator[Database]:
    """One transaction, committed on leaving and rolled back on any error. A block inside
    another becomes a savepoint, so a service can call another that writes."""
    if db.in_transaction:
        name = f"dtlearn_{next(_savepoints)}"
        db.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if db.in_transaction:  # an error may have ended the transaction already
                db.execute(f"ROLLBACK TO SAVEPOINT {name}")
                db.execute(f"RELEASE SAVEPOINT {name}")
            raise
        db.execute(f"RELEASE SAVEPOINT {name}")
        return
    db.execute("BEGIN")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def migrations_pending(db: Database) -> bool:
    """Whether the newest migration has yet to run: answered with one query, so a start on
    an up-to-date database never imports the migration machinery."""
    table = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                       "AND name = '_sqlite_migrations'").fetchone()
    if table is None:
        return True
    done = db.execute("SELECT 1 FROM _sqlite_migrations WHERE migration_set = ? AND name = ?",
                      [MIGRATION_SET, NEWEST_MIGRATION]).fetchone()
    return done is None


def now() -> str:
    """Timestamps are UTC ISO 8601 with the offset, so records from many devices sort."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def new_id() -> str:
    import uuid  # with the platform module behind it: not needed to show the first screen

    return str(uuid.uuid4())


def open_database(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                  check: bool = False) -> Database:
    """Open (creating if needed) for writing and migrate; raises DatabaseUnavailable, never a
    traceback. ``check`` runs SQLite's quick_check first and raises DatabaseDamaged on
    damage, before anything (a migration) writes to it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseUnavailable(
            f"Cannot create the data folder {path.parent}: {error.strerror}. "
            "Choose another folder with --data-dir or ask for write permission.",
            "no-folder", path) from error
    existed = path.is_file() and path.stat().st_size > 0
    db: Database | None = None
    try:
        db = connect(str(path), busy_timeout_ms)
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        db.execute("PRAGMA foreign_keys = ON")
        if check and existed:
            _raise_if_damaged(db, path)
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        _migrate(db, path)
        _ensure_device(db)
        _probe_write(db)
    except sqlite3.DatabaseError as error:
        if db is not None:
            db.close()
        raise _explain(path, error) from error
    except DatabaseUnavailable:
        if db is not None:
            db.close()
        raise
    return db


def open_read_only(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                   check: bool = False) -> Database:
    """Open an up-to-date database that cannot be written, for reading only.

    A WAL database needs its shared-memory file even to be read; in a read-only folder
    where that file cannot be made, only ``immutable=1`` opens it (SQLite then reads the
    main file alone, which a clean close leaves complete).
    """
    uri = path.resolve().as_uri()
    last: sqlite3.DatabaseError | None = None
    for options in ("mode=ro", "mode=ro&immutable=1"):
        db = connect(f"{uri}?{options}", busy_timeout_ms, uri=True)
        try:
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            if check:
                _raise_if_damaged(db, path)
            if migrations_pending(db):
                raise DatabaseUnavailable(
                    f"The database {path} must be upgraded for this version of dtlearn, and "
                    "it cannot be written: its folder is read-only or its disk is full. Free "
                    "some disk space or fix the folder's permissions, then try again.",
                    "must-upgrade", path)
            if db.execute("SELECT COUNT(*) FROM device").fetchone()[0] == 0:
                raise DatabaseUnavailable(READ_ONLY_MESSAGE.format(folder=path.parent),
                                          "read-only", path)
        except sqlite3.DatabaseError as error:
            db.close()
            last = error
            continue
        except DatabaseUnavailable:
            db.close()
            raise
        if "immutable" in options and path.with_name(path.name + "-wal").is_file():
            log.warning("%s opened without its -wal file; the newest changes may not show",
                        path)
        return db
    assert last is not None
    raise _explain(path, last) from last


def _raise_if_damaged(db: Database, path: Path) -> None:
    from dtlearn.store import backup

    problems = backup.check(db, quick=True)
    if problems:
        raise DatabaseDamaged(
            f"The database {path} is damaged: SQLite's check found "
            f"{len(problems)} problem(s), the first: {problems[0]}", path)


def _migrate(db: Database, path: Path) -> None:
    """Back up a database that holds data before any migration changes it (a new, empty
    database has nothing to lose); no backup, no upgrade."""
    if not migrations_pending(db):
        return
    from dtlearn.store import backup
    from dtlearn.store.migrations import apply_pending, pending_names

    pending = pending_names(db)
    if pending and db.execute("SELECT COUNT(*) FROM sqlite_master "
                              "WHERE type = 'table'").fetchone()[0]:
        try:
            made = backup.make_backup(db, backup.backup_folder(path),
                                      backup.Reason.MIGRATION, dt.datetime.now(dt.UTC))
        except backup.BackupFailed as error:
            raise DatabaseUnavailable(
                f"This version of dtlearn must upgrade the database {path}, and backs it up "
                f"first; the backup failed, so nothing was changed. {error}",
                "backup-failed", path) from error
        log.info("backed up as %s before migrations %s", made.name, ", ".join(pending))
    apply_pending(db)


def _probe_write(db: Database) -> None:
    """A write-protected file opens and reads fine; only a write shows it. Setting
    user_version to itself in a rolled-back transaction asks for a page write and changes
    nothing. A lock held elsewhere means someone can write: not a reason to go read-only."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    timeout = int(db.execute("PRAGMA busy_timeout").fetchone()[0])
    db.execute("PRAGMA busy_timeout = 0")
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute(f"PRAGMA user_version = {version}")
    except sqlite3.OperationalError as error:
        if _kind(error) != "locked":
            raise
    finally:
        if db.in_transaction:
            db.execute("ROLLBACK")
        db.execute(f"PRAGMA busy_timeout = {timeout}")


def _kind(error: sqlite3.DatabaseError) -> str:
    """Which plain reason an SQLite error is: by its code where Python gives one, else by
    its words (the codes arrived in Python 3.11 and not every error carries one)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return "locked"
    if name.startswith("SQLITE_FULL") or "full" in text:
        return "full"
    if (name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM"))
            or "readonly" in text or "read-only" in text or "unable to open" in text
            or "disk i/o" in text):
        return "read-only"
    from dtlearn.store.backup import is_damage

    if is_damage(error):
        return "damaged"
    return "other"


def _explain(path: Path, error: sqlite3.DatabaseError) -> DatabaseUnavailable:
    kind = _kind(error)
    if kind == "locked":
        return DatabaseUnavailable(
            f"The database {path} is in use by another program (perhaps dtlearn is already "
            "open). Close the other copy and try again.", kind, path)
    if kind == "read-only":
        return WriteBlocked(
            f"Cannot write to the database {path}: the file or its folder is read-only. "
            "Choose another folder with --data-dir or ask for write permission.", kind, path)
    if kind == "damaged":
        return DatabaseDamaged(
            f"The database {path} is damaged and cannot be opened ({error}).", path)
    if kind == "full":
        return WriteBlocked(
            f"The disk holding {path} is full. Free some space; nothing was lost.", kind, path)
    return DatabaseUnavailable(f"Cannot use the database {path}: {error}", "other", path)


def _ensure_device(db: Database) -> None:
    """Each install gets one UUID, made on first start, to tell devices apart when merging."""
    if db.execute("SELECT COUNT(*) FROM device").fetchone()[0] == 0:
        db.execute("INSERT INTO device (id, created_at) VALUES (?, ?)", [new_id(), now()])


def device_id(db: Database) -> str:
    return str(db.execute("SELECT id FROM device LIMIT 1").fetchone()[0])


class Store:
    """The open database plus the one way to write to it.

    ``write()`` is a transaction that commits on exit and turns SQLite's lock, read-only
    and disk errors into ``DatabaseUnavailable``, so the screens never see ``sqlite3``.
    ``read_only`` is set when the database could only be opened for reading;
    ``writes_failing`` while the last write met a read-only file or a full disk (the
    window shows a banner for either).
    """

    read_only = False
    writes_failing = False
    checked = False

    def __init__(self, path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS, *,
                 check: bool = False, read_only: bool = False) -> None:
        self.path = path
        self.checked = check
        self.read_only = read_only
        self.writes_failing = False
        if read_only:
            self.db = open_read_only(path, busy_timeout_ms, check)
            return
        try:
            self.db = open_database(path, busy_timeout_ms, check)
        except WriteBlocked as blocked:
            if not path.is_file():
                raise
            try:
                self.db = open_read_only(path, busy_timeout_ms, check)
            except WriteBlocked:
                raise blocked from None
            log.warning("opened %s read-only: %s", path, blocked)
            self.read_only = True

    @property
    def writable(self) -> bool:
        return not self.read_only and not self.writes_failing

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        if self.read_only:
            raise WriteBlocked(READ_ONLY_MESSAGE.format(folder=self.path.parent), "read-only",
                               self.path)
        try:
            with atomic(self.db):
                yield self.db
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as error:
            problem = _explain(self.path, error)
            if isinstance(problem, WriteBlocked):
                self.writes_failing = True
            raise problem from error
        self.writes_failing = False

    def read(self, sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def read_one(self, sql: str, params: Sequence[object] = ()) -> dict[str, Any] | None:
        rows = self.read(sql, params)
        return rows[0] if rows else None

    @functools.cached_property
    def device_id(self) -> str:
        return device_id(self.db)

    def close(self) -> None:
        self.db.close()
