"""The two kinds of failure: ones to explain to a person, and bugs.

A ``UserError`` is expected (a locked database, a file that is not a course) and carries a
message a trainer can act on; the UI shows it in a plain dialog and the CLI prints it and
exits 1. Anything else is a bug: logged with its traceback and shown with the log's path.
"""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """Something the person can fix; ``str(error)`` is the message to show them."""


class DatabaseUnavailable(UserError):
    """The database cannot be opened or written: read-only folder, locked, or damaged.

    ``str()`` is the English sentence for the command line and the log; ``kind`` (one of
    KINDS) and ``path`` let the window say it in the person's language.
    """

    KINDS = ("no-folder", "locked", "read-only", "full", "damaged", "must-upgrade",
             "backup-failed", "other")

    def __init__(self, message: str, kind: str = "other", path: Path | None = None) -> None:
        super().__init__(message)
        self.kind = kind if kind in self.KINDS else "other"
        self.path = path


class DatabaseDamaged(DatabaseUnavailable):
    """SQLite's own check found the database file damaged. Separate from the other reasons
    because the answer differs: not "try again" but "restore a backup". ``newest_backup`` is
    the newest good backup, when whoever raised this looked for one."""

    def __init__(self, message: str, database: Path, newest_backup: Path | None = None) -> None:
        super().__init__(message, "damaged", database)
        self.database = database
        self.newest_backup = newest_backup
