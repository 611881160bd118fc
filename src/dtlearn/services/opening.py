"""Opening the database for the window or a command: the one way both do it.

Apart from ``services.backups`` (which re-exports it) so that a start does not load the
backup machinery: only a damaged database needs it, to name the newest good backup.
"""

from __future__ import annotations

from pathlib import Path

from dtlearn.errors import DatabaseDamaged
from dtlearn.store.database import Store

# quick_check reads every page (2 to 7 ms a megabyte when cached, more from a slow disk).
# A command checks a database up to this size before it runs; a bigger one (a hub's) is
# left unchecked rather than make every command wait seconds.
CHECK_AT_OPEN_BYTES = 64 * 1024 * 1024


def open_store(database: Path, check: bool | None = None) -> Store:
    """Open the database for the window or a command, checking it first.

    Damage found by quick_check (or met while opening) raises DatabaseDamaged whose
    message names the newest good backup and how to restore it, and whose
    ``newest_backup`` lets the window offer it. ``check`` None (the commands) checks a
    database up to CHECK_AT_OPEN_BYTES; the window passes False and runs the same check in
    the background as soon as it shows (``BackupService.after_start``), so start-up does
    not grow with the database. ``store.checked`` says whether it ran here.
    """
    if check is None:
        try:
            size = database.stat().st_size
        except OSError:
            size = 0
        check = size <= CHECK_AT_OPEN_BYTES
    try:
        return Store(database, check=check)
    except DatabaseDamaged as error:
        from dtlearn.services.backups import damaged

        raise damaged(database, str(error)) from error
