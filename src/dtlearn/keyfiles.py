"""Writing key files: owner-only, complete or absent, and never over an existing key.

Both the device key (``sync.keys``) and a course publisher's key pair
(``services.publisher_keys``) are files whose loss or silent replacement breaks trust that
other installs placed in them, so they share one way of being written. It lives outside
the layers because ``sync`` and ``services`` may not import each other.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_MODE = 0o600
PUBLIC_MODE = 0o644


def write_new_file(path: Path, data: bytes, mode: int = PRIVATE_MODE) -> None:
    """Write ``data`` to ``path`` only if nothing is there; raises FileExistsError if it is.

    The data goes to a temporary file created with ``mode`` (so a private key is never
    readable by others, not even for a moment), is flushed to disk, then linked into
    place: a link fails when the name exists, so two writers cannot both win.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise
        except OSError:
            # File systems without hard links (FAT on a USB stick): a rename is still
            # atomic; only the race between two writers is lost, so check just before.
            if path.exists():
                raise FileExistsError(path) from None
            os.replace(temporary, path)
        sync_folder(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def sync_folder(folder: Path) -> None:
    """Make new directory entries durable; not possible (nor needed) on Windows."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
