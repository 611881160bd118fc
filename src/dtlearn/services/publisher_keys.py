"""Course publishers' Ed25519 keys: making a key pair, trusting a public key, listing them.

A course pack is installed only when it is signed by a key this install trusts: the
dtlearn project's own key, shipped in ``resources/publisher-keys/``, and any public key a
trainer added with ``dtlearn keys trust`` (kept in the data folder's ``publisher-keys/``,
so it survives an app update). Keys are named by an id derived from the key itself, so a
pack can say which key signed it and a renamed file still matches.

A ``.pub`` file is a standard PEM public key (OpenSSL reads it) with an optional
``# name: ...`` line above it that says whose key it is.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from dtlearn.errors import UserError
from dtlearn.keyfiles import PRIVATE_MODE, PUBLIC_MODE, write_new_file
from dtlearn.paths import Paths, bundled_publisher_keys_dir

log = logging.getLogger(__name__)

PUBLIC_SUFFIX = ".pub"
KEY_ID_HEX = 16  # 64 bits: only tells trusted keys apart; the signature does the proving
_NAME_LINE = re.compile(r"^#\s*name:\s*(.*?)\s*$", re.MULTILINE)
_MAX_KEY_FILE = 64 * 1024


class KeyFileError(UserError):
    """A key file that cannot be made, read or used; the message says which and why."""


@dataclass(frozen=True)
class PublisherKey:
    """One trusted publisher key and where it came from."""

    public_key: Ed25519PublicKey
    name: str
    path: Path
    bundled: bool = False

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def _raw(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public_key: Ed25519PublicKey) -> str:
    """Short hex id written into a pack's manifest to say which key signed it."""
    return hashlib.sha256(_raw(public_key)).hexdigest()[:KEY_ID_HEX]


def fingerprint(public_key: Ed25519PublicKey) -> str:
    """The whole key's SHA-256 in OpenSSH's style, for comparing keys by eye or phone."""
    digest = hashlib.sha256(_raw(public_key)).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def public_key_file_text(public_key: Ed25519PublicKey, name: str) -> bytes:
    pem = public_key.public_bytes(serialization.Encoding.PEM,
                                  serialization.PublicFormat.SubjectPublicKeyInfo)
    one_line = " ".join(name.split())
    header = f"# dtlearn course publisher key\n# name: {one_line}\n" if one_line else ""
    return header.encode("utf-8") + pem


def new_key_pair(prefix: Path, name: str = "") -> PublisherKey:
    """Write ``PREFIX`` (private key, PEM, owner-only) and ``PREFIX.pub`` (public key).

    Refuses when either file exists: overwriting a publisher's key would make every
    install that trusts it refuse that publisher's next packs.
    """
    private_path = Path(prefix)
    public_path = private_path.with_name(private_path.name + PUBLIC_SUFFIX)
    for path in (private_path, public_path):
        if path.exists() or path.is_symlink():
            raise KeyFileError(f"{path} already exists; it was left as it is. Choose another "
                               "name, or move the old key away if you really mean to "
                               "replace it.")
    if not private_path.parent.is_dir():
        raise KeyFileError(f"Cannot write {private_path}: the folder {private_path.parent} "
                           "does not exist.")
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    try:
        write_new_file(private_path, private_pem, PRIVATE_MODE)
        try:
            write_new_file(public_path, public_key_file_text(key.public_key(), name),
                           PUBLIC_MODE)
        except BaseException:
            private_path.unlink()  # half a pair is no use and would block the next try
            raise
    except FileExistsError as error:
        raise KeyFileError(f"{error.filename or error} appeared while the key was being "
                           "written; nothing was replaced.") from error
    except OSError as error:
        raise KeyFileError(f"Cannot write {private_path}: {error.strerror or error}.") \
            from error
    return PublisherKey(key.public_key(), name, public_path)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """A publisher's private key from a PEM file, for signing packs."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise KeyFileError(f"Cannot read the key {path}: {error.strerror or error}.") \
            from error
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError as error:
        raise KeyFileError(f"{path} is protected by a passphrase; dtlearn needs a key "
                           "made by 'dtlearn keys new'.") from error
    except (ValueError, UnsupportedAlgorithm) as error:
        hint = (" (that is the public half; give the file without .pub)"
                if b"PUBLIC KEY" in data else "")
        raise KeyFileError(f"{path} is not a private key{hint}.") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path} is not an Ed25519 key; make one with 'dtlearn keys new'.")
    return key


def read_public_key(path: Path, *, bundled: bool = False) -> PublisherKey:
    """A ``.pub`` file as a PublisherKey; raises KeyFileError saying what is wrong."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(_MAX_KEY_FILE + 1)
    except OSError as error:
        raise KeyFileError(f"Cannot read {path}: {error.strerror or error}.") from error
    if len(data) > _MAX_KEY_FILE:
        raise KeyFileError(f"{path} is not a public key (far too large).")
    if b"PRIVATE KEY" in data:
        raise KeyFileError(f"{path} is a PRIVATE key. Never hand it out; give the .pub file "
                           "beside it instead.")
    try:
        public_key = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm) as error:
        raise KeyFileError(f"{path} is not a public key file.") from error
    if not isinstance(public_key, Ed25519PublicKey):
        raise KeyFileError(f"{path} is not an Ed25519 public key.")
    match = _NAME_LINE.search(data.decode("utf-8", "replace"))
    return PublisherKey(public_key, match.group(1) if match else "", Path(path), bundled)


def trusted_keys(paths: Paths) -> list[PublisherKey]:
    """The bundled keys, then the ones a trainer added. An unreadable file in either folder
    is logged and skipped: one bad file must not stop every pack from installing."""
    keys: list[PublisherKey] = []
    seen: set[str] = set()
    for folder, bundled in ((bundled_publisher_keys_dir(), True),
                            (paths.publisher_keys_dir, False)):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob(f"*{PUBLIC_SUFFIX}")):
            try:
                key = read_public_key(path, bundled=bundled)
            except KeyFileError as error:
                log.warning("publisher key skipped: %s", error)
                continue
            if key.key_id not in seen:
                seen.add(key.key_id)
                keys.append(key)
    return keys


@dataclass(frozen=True)
class TrustResult:
    key: PublisherKey
    added: bool  # False: it was already trusted (bundled or added before)


def trust_key(paths: Paths, public_key_path: Path) -> TrustResult:
    """Copy a publisher's public key into this install's trusted keys."""
    key = read_public_key(public_key_path)
    for known in trusted_keys(paths):
        if known.key_id == key.key_id:
            return TrustResult(known, added=False)
    folder = paths.publisher_keys_dir
    target = folder / f"{key.key_id}{PUBLIC_SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_new_file(target, public_key_file_text(key.public_key, key.name), PUBLIC_MODE)
    except FileExistsError:
        # Named by the key id: either another process trusted the same key just now, or
        # the file is damaged (trusted_keys skipped it), which the person must sort out.
        try:
            existing = read_public_key(target)
        except KeyFileError:
            existing = None
        if existing is None or existing.key_id != key.key_id:
            raise KeyFileError(f"{target} is in the way and is not this key; delete it and "
                               "trust the key again.") from None
        return TrustResult(existing, added=False)
    except OSError as error:
        raise KeyFileError(f"Cannot save the key in {folder}: {error.strerror or error}. "
                           "Choose another data folder with --data-dir or ask for write "
                           "permission.") from error
    return TrustResult(PublisherKey(key.public_key, key.name, target), added=True)
