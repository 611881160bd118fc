"""Open the one database of an install: WAL, durable commits, schema brought up to date.

Every answer and progress change is its own committed transaction with
``synchronous=FULL``: in WAL mode that fsyncs the log on each commit, which is what makes
"pulling the plug loses nothing already answered" true, at about a millisecond a write.
Failures to open are turned into ``DatabaseUnavailable`` with words a trainer can act on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from dtlearn.errors import DatabaseUnavailable
from dtlearn.store.migrations import migrations

BUSY_TIMEOUT_MS = 3000


def now() -> str:
    """Timestamps are UTC ISO 8601 with the offset, so records from many devices sort."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def new_id() -> str:
    return str(uuid.uuid4())


def open_database(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """Open (creating if needed) and migrate; raises DatabaseUnavailable, never a traceback."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseUnavailable(
            f"Cannot create the data folder {path.parent}: {error.strerror}. "
            "Choose another folder with --data-dir or ask for write permission."
        ) from error
    try:
        conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000,
                               check_same_thread=False)
        db = Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        db.execute("PRAGMA foreign_keys = ON")
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.enable_wal()
        db.execute("PRAGMA synchronous = FULL")
        migrations.apply(db)
        _ensure_device(db)
    except sqlite3.DatabaseError as error:
        raise _explain(path, error) from error
    return db


def _explain(path: Path, error: sqlite3.DatabaseError) -> DatabaseUnavailable:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseUnavailable(
            f"The database {path} is in use by another program (perhaps dtlearn is already "
            "open). Close the other copy and try again.")
    if ("readonly" in text or "read-only" in text or "unable to open" in text
            or "disk i/o" in text):
        return DatabaseUnavailable(
            f"Cannot write to the database {path}: the file or its folder is read-only. "
            "Choose another folder with --data-dir or ask for write permission.")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseUnavailable(
            f"The database {path} is damaged and cannot be opened ({error}).")
    if "full" in text:
        return DatabaseUnavailable(
            f"The disk holding {path} is full. Free some space; nothing was lost.")
    return DatabaseUnavailable(f"Cannot use the database {path}: {error}")


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
    """

    def __init__(self, path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = path
        self.db = open_database(path, busy_timeout_ms)

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as error:
            raise _explain(self.path, error) from error

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
