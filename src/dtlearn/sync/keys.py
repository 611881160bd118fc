"""This install's Ed25519 signing key, which vouches for the bundles it exports.

A hub trusts a device's key the first time it sees it and refuses later bundles signed by
any other, so the key must survive for the life of the install: it is made once, written
atomically and never silently replaced. A damaged key file is reported, not regenerated,
because a new key would make every hub refuse this device's bundles without saying why.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from dtlearn.errors import UserError
from dtlearn.keyfiles import PRIVATE_MODE, write_new_file
from dtlearn.paths import Paths

KEY_MODE = PRIVATE_MODE


class DeviceKeyUnavailable(UserError):
    """The key file exists but cannot be read or is not an Ed25519 key."""


def load_or_create_device_key(paths: Paths) -> Ed25519PrivateKey:
    """The install's key, made on first use; the UI calls this at start-up.

    Two processes starting together must end up with one key, so the new file is linked
    into place (which fails if the other won) rather than renamed over the other's key.
    """
    path = paths.device_key
    if path.exists():
        return _read_key(path)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_new_file(path, pem, KEY_MODE)
    except FileExistsError:
        return _read_key(path)
    except OSError as error:
        raise DeviceKeyUnavailable(
            f"Cannot save this device's signing key in {path.parent}: {error.strerror}. "
            "Choose another data folder with --data-dir or ask for write permission."
        ) from error
    return _read_key(path)


def _read_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as error:
        raise DeviceKeyUnavailable(
            f"Cannot read this device's signing key {path}: {error.strerror}.") from error
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        raise DeviceKeyUnavailable(
            f"This device's signing key {path} is damaged. Restore it from a backup; "
            "deleting it makes a new key, and hubs that know this device will then refuse "
            "its bundles.") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise DeviceKeyUnavailable(f"{path} is not an Ed25519 key.")
    return key


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """Base64 of the 32 raw public-key bytes: short enough to read out over the phone."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_key_from_text(text: str) -> Ed25519PublicKey:
    """Raises ValueError for anything that is not a base64 Ed25519 public key."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise ValueError("public key is not base64") from error
    if len(raw) != 32:
        raise ValueError("public key is not 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)
