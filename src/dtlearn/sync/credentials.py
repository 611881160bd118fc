"""Where the LRS secret is kept: the OS keyring when there is one, else an owner-only file.

Many of our machines are shared laptops and office PCs with no desktop keyring (a bare
Linux session, a locked-down Windows image). Refusing to remember the secret there would
make trainers type it at every push, so it falls back to a JSON file in the data folder
created with mode 0600, and ``storage_kind`` lets the window and the CLI say so plainly
instead of pretending it is encrypted. Keyring failures (no D-Bus, a locked or dismissed
keyring) are never fatal: they fall back to the file too.
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import os
import tempfile
from pathlib import Path

from dtlearn.paths import Paths

log = logging.getLogger(__name__)

SERVICE = "dtlearn-lrs"
# Set by the test suite, and usable by anyone who prefers the file: never touch a keyring.
ENV_NO_KEYRING = "DTLEARN_NO_KEYRING"


class Storage(enum.Enum):
    KEYRING = "keyring"
    FILE = "file"


def storage_kind(paths: Paths) -> Storage:
    """Where the secret is kept now: FILE without a usable keyring, and also while a secret
    saved before the keyring existed is still in the file."""
    if not _usable_keyring() or paths.credentials_file.exists():
        return Storage.FILE
    return Storage.KEYRING


def save_secret(paths: Paths, key: str, secret: str) -> Storage:
    """Remember ``secret`` for ``key``; returns where it went so the caller can say so."""
    if _usable_keyring():
        try:
            import keyring

            keyring.set_password(SERVICE, key, secret)
        except Exception as error:  # any backend failure: the file still works
            log.warning("keyring refused the LRS secret (%s); using %s", error,
                        paths.credentials_file)
        else:
            _forget_in_file(paths.credentials_file, key)
            return Storage.KEYRING
    secrets = _read_file(paths.credentials_file)
    secrets[key] = secret
    _write_file(paths.credentials_file, secrets)
    return Storage.FILE


def load_secret(paths: Paths, key: str) -> str | None:
    """The secret saved for ``key``: keyring first, then the file; None if neither has it."""
    if _usable_keyring():
        try:
            import keyring

            secret = keyring.get_password(SERVICE, key)
        except Exception as error:
            log.warning("keyring unreadable (%s); trying %s", error, paths.credentials_file)
        else:
            if secret is not None:
                return secret
    return _read_file(paths.credentials_file).get(key)


def _usable_keyring() -> bool:
    """A real backend: not keyring's fail/null placeholders, and one it would choose."""
    if os.environ.get(ENV_NO_KEYRING):
        return False
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring | null.Keyring):
            return False
        return float(backend.priority) > 0  # type: ignore[attr-defined]
    except Exception as error:
        log.info("no usable keyring: %s", error)
        return False


def _read_file(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("LRS credentials file %s unreadable: %s", path, error)
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, str)}


def _write_file(path: Path, secrets: dict[str, str]) -> None:
    """Atomic and owner-only from the first byte: the temp file is created 0600 (mkstemp),
    so the secret is never readable by others, not even for a moment."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".lrs-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(secrets, stream, ensure_ascii=False)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _forget_in_file(path: Path, key: str) -> None:
    """Once the keyring holds the secret, no plain copy should stay behind."""
    secrets = _read_file(path)
    if secrets.pop(key, None) is None:
        return
    if secrets:
        _write_file(path, secrets)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
