"""Course packs (``.dtcourse``): the format, making one, and checking one before install.

A pack is a zip of the course's files under ``course/``, ``manifest.json`` (format and
version, course id and version, the signing key's id, and each file's size and SHA-256)
and ``manifest.sig``, the publisher's Ed25519 signature over the exact manifest bytes. The
signature covers the sums and the sums cover the files, so one check of each proves the
pack is what the publisher made.

``pack_course`` refuses a course that ``dtlearn validate`` finds any problem in.
``open_pack`` checks from the outside in and names the first thing wrong: not a zip, cut
short, a member path that would land outside the course folder, a link, an unknown
publisher, a bad signature, a file missing or slipped in. ``pack_install`` then checks
each file's sum while unpacking. Refusals are ``PackRefused`` with a ``PackProblem`` code,
which the window words in the person's language.

No Qt and no SQL here: the CLI (``packs_cli``) and the window call the same functions.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import stat
import time
import unicodedata
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn

from cryptography.exceptions import InvalidSignature

from dtlearn.core.loader import COURSE_FILE, is_course_folder, load_course
from dtlearn.core.validate import validate_course
from dtlearn.errors import UserError
from dtlearn.services.publisher_keys import (
    PublisherKey,
    key_id,
    load_private_key,
)

log = logging.getLogger(__name__)

FORMAT = "dtlearn-course-pack"
FORMAT_VERSION = 1
SUFFIX = ".dtcourse"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
COURSE_PREFIX = "course/"

# Far above any real course (the eight bundled ones are under 1 MB each), low enough that
# a "zip bomb" cannot fill the disk or the memory of a commune hall's laptop.
MAX_TOTAL_BYTES = 2 << 30
MAX_FILES = 10_000
MAX_MANIFEST_BYTES = 4 << 20
SIGNATURE_BYTES = 64
_READ_BYTES = 1 << 20
_ZIP_START = b"PK\x03\x04"
_HEX = frozenset("0123456789abcdef")
COURSE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")
# Names Windows gives to devices: a file called "con.md" cannot exist there.
_DEVICE_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
                           *(f"lpt{n}" for n in range(1, 10))})



class PackProblem(StrEnum):
    """Why a pack was refused (or a course not packed); the UI turns each into words."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    NOT_ZIP = "not_zip"
    TRUNCATED = "truncated"
    DAMAGED = "damaged"
    NOT_A_PACK = "not_a_pack"
    NO_SIGNATURE = "no_signature"
    UNSAFE_PATH = "unsafe_path"
    LINK = "link"
    DUPLICATE = "duplicate"
    ENCRYPTED = "encrypted"
    BAD_MANIFEST = "bad_manifest"
    NEWER_FORMAT = "newer_format"
    UNKNOWN_PUBLISHER = "unknown_publisher"
    BAD_SIGNATURE = "bad_signature"
    MISSING_FILE = "missing_file"
    EXTRA_FILE = "extra_file"
    CHANGED_FILE = "changed_file"
    TOO_LARGE = "too_large"
    INVALID_COURSE = "invalid_course"
    DOWNGRADE = "downgrade"
    SAME_VERSION = "same_version"
    BUNDLED_NEWER = "bundled_newer"
    DISK_FULL = "disk_full"
    CANNOT_WRITE = "cannot_write"


# English for the command line and the log; ui/ has its own translated words per code.
_PROBLEM_TEXT = {
    PackProblem.NOT_FOUND: "the file does not exist",
    PackProblem.UNREADABLE: "the file cannot be read ({error})",
    PackProblem.EMPTY: "the file is empty",
    PackProblem.NOT_ZIP: "not a dtlearn course pack (not a zip file)",
    PackProblem.TRUNCATED: "the file is incomplete: it starts like a course pack but its end "
                           "is missing (was the copy or download cut short?)",
    PackProblem.DAMAGED: "the file is damaged ({name} cannot be unpacked); ask for it again",
    PackProblem.NOT_A_PACK: "not a dtlearn course pack (a zip file without a course "
                            "manifest)",
    PackProblem.NO_SIGNATURE: "the pack is not signed ({name} is missing)",
    PackProblem.UNSAFE_PATH: "the pack contains a path that would write outside the course "
                             "folder: {name}",
    PackProblem.LINK: "the pack contains a link, which packs never carry: {name}",
    PackProblem.DUPLICATE: "the pack holds {name} twice",
    PackProblem.ENCRYPTED: "{name} is encrypted: not a pack dtlearn made",
    PackProblem.BAD_MANIFEST: "the pack's manifest is not valid: {detail}",
    PackProblem.NEWER_FORMAT: "made by a newer dtlearn (pack format {version}); update "
                              "dtlearn to install it",
    PackProblem.UNKNOWN_PUBLISHER: "signed by an unknown publisher (key {key_id}); a trainer "
                                   "can trust that publisher's key with 'dtlearn keys trust'",
    PackProblem.BAD_SIGNATURE: "the signature does not match: the pack was changed after it "
                               "was signed, or it is forged",
    PackProblem.MISSING_FILE: "{name} is listed in the manifest but missing from the pack",
    PackProblem.EXTRA_FILE: "{name} is in the pack but not in its signed manifest",
    PackProblem.CHANGED_FILE: "{name} does not match the checksum in the signed manifest: "
                              "it was changed or damaged after the pack was signed",
    PackProblem.TOO_LARGE: "the pack unpacks to more than any course dtlearn installs",
    PackProblem.INVALID_COURSE: "the course in the pack has {count} problem(s), the first: "
                                "{detail}",
    PackProblem.DOWNGRADE: "{course_id} {installed} is installed, newer than the pack's "
                           "{version}; use --force to install the older version anyway",
    PackProblem.SAME_VERSION: "{course_id} {version} is already installed; use --force to "
                              "install it again",
    PackProblem.BUNDLED_NEWER: "this copy of dtlearn has {course_id} {installed} built in, "
                               "newer than the pack's {version}, so the pack would never be "
                               "shown",
    PackProblem.DISK_FULL: "not enough free disk space in {folder}; free some space and try "
                           "again",
    PackProblem.CANNOT_WRITE: "cannot write in {folder} ({error}); choose another data "
                              "folder with --data-dir or ask for write permission",
}


class PackRefused(UserError):
    """A pack that was not installed, or a course that was not packed; nothing changed.

    ``problem`` is the code the UI words; ``detail`` holds the names and numbers that go
    into those words; ``str()`` is the English sentence for the command line.
    """

    def __init__(self, path: Path, problem: PackProblem, **detail: str) -> None:
        self.path = path
        self.problem = problem
        self.detail = detail
        self.reason = _PROBLEM_TEXT[problem].format_map(_Blank(detail))
        super().__init__(f"{path.name}: {self.reason}")


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


class CourseNotPackable(UserError):
    """The course folder fails validation (or cannot be packed); ``problems`` lists why."""

    def __init__(self, folder: Path, problems: list[str]) -> None:
        self.folder = folder
        self.problems = problems
        super().__init__(f"{folder} cannot be packed: {len(problems)} problem(s); fix them "
                         f"first (dtlearn validate {folder}). The first: {problems[0]}")


@dataclass(frozen=True)
class PackReport:
    path: Path
    course_id: str
    version: str
    files: int
    size: int
    key_id: str


@dataclass(frozen=True)
class Manifest:
    """The signed facts about a pack, after every field was checked."""

    course_id: str
    version: str
    key_id: str
    files: dict[str, tuple[int, str]] = field(default_factory=dict)  # path: (size, sha256)

    @property
    def total_size(self) -> int:
        return sum(size for size, _ in self.files.values())


# --- paths inside a pack ----------------------------------------------------------------

def path_problem(name: str) -> PackProblem | None:
    """Why a relative path may not be unpacked, or None when it is safe on every OS.

    Zip names are plain text chosen by whoever made the file: "../../x", "/etc/x",
    "C:\\x" and "media\\..\\..\\x" would all land outside the folder somewhere, and a name
    Windows cannot hold ("con.md", "a:b", "x.") would fail or alias another file there.
    """
    if not name or "\\" in name or ":" in name or name.startswith("/"):
        return PackProblem.UNSAFE_PATH
    if any(ord(char) < 32 or char in '<>"|?*' for char in name):
        return PackProblem.UNSAFE_PATH
    for part in name.split("/"):
        if part in ("", ".", ".."):
            return PackProblem.UNSAFE_PATH
        if part != part.rstrip(" .") or part.split(".")[0].lower() in _DEVICE_NAMES:
            return PackProblem.UNSAFE_PATH
    return None


def _folded(name: str) -> str:
    """Windows and macOS treat these as one name; two of them would overwrite each other."""
    return unicodedata.normalize("NFC", name).casefold()


# --- packing ------------------------------------------------------------------------------

def course_files(folder: Path) -> list[str]:
    """Every file of a course as a relative ``/`` path, sorted. Hidden files and folders
    (``.git``, ``.DS_Store``) stay behind; a link is refused, since a pack carries files."""
    files: list[str] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        with os.scandir(current) as listing:
            for entry in listing:
                if entry.name.startswith("."):
                    continue
                relative = Path(entry.path).relative_to(folder).as_posix()
                if entry.is_symlink():
                    raise CourseNotPackable(folder, [f"{relative} is a link; put the file "
                                                     "itself in the course folder"])
                if entry.is_dir():
                    pending.append(Path(entry.path))
                elif entry.is_file():
                    if path_problem(relative):
                        raise CourseNotPackable(folder, [
                            f"{relative}: this file name cannot be used on every computer; "
                            "rename it (no \\ : < > \" | ? *, no trailing dot or space)"])
                    files.append(relative)
    files.sort()
    seen: dict[str, str] = {}
    for relative in files:
        other = seen.setdefault(_folded(relative), relative)
        if other != relative:
            raise CourseNotPackable(folder, [f"{other} and {relative} differ only in case; "
                                             "Windows would see one file"])
    return files


def pack_course(folder: Path, output: Path, key_path: Path) -> PackReport:
    """Validate the course, then write a signed pack; refuses a course with any problem."""
    folder = Path(folder)
    output = Path(output)
    if not folder.is_dir() or not is_course_folder(folder):
        raise CourseNotPackable(folder, [f"{folder}: no course.toml here; give a course "
                                         "folder"])
    problems = [str(problem) for problem in validate_course(folder)]
    if problems:
        raise CourseNotPackable(folder, problems)
    loaded = load_course(folder)
    assert loaded.course is not None  # validation passed
    course = loaded.course
    key = load_private_key(key_path)
    files = course_files(folder)
    if not output.parent.is_dir():
        raise UserError(f"Cannot write {output}: the folder {output.parent} does not exist.")
    entries: dict[str, dict[str, Any]] = {}
    for relative in files:
        digest, size = _file_sum(folder / relative)
        entries[relative] = {"sha256": digest, "size": size}
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "course_id": course.id,
        "course_version": course.version,
        "title": course.title,
        "publisher_key_id": key_id(key.public_key()),
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "files": entries,
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True,
                                indent=2).encode("utf-8")
    temporary = output.with_name(f".{output.name}.{uuid.uuid4().hex}.part")
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(_member_info(MANIFEST), manifest_bytes)
            zf.writestr(_member_info(SIGNATURE), key.sign(manifest_bytes))
            for relative in files:
                with open(folder / relative, "rb") as source, \
                        zf.open(_member_info(COURSE_PREFIX + relative), "w") as target:
                    shutil.copyfileobj(source, target, _READ_BYTES)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, output)
    except OSError as error:
        raise UserError(f"Cannot write {output}: {error.strerror or error}.") from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    return PackReport(output, course.id, course.version, len(files), output.stat().st_size,
                      key_id(key.public_key()))


def _member_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _file_sum(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while block := handle.read(_READ_BYTES):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


# --- reading and checking -------------------------------------------------------------------

Refuse = Callable[..., NoReturn]


def refuser(path: Path) -> Refuse:
    def refuse(problem: PackProblem, **detail: str) -> NoReturn:
        raise PackRefused(path, problem, **detail)

    return refuse


@contextlib.contextmanager
def open_pack(path: Path, keys: list[PublisherKey]) -> Iterator[
        tuple[zipfile.ZipFile, Manifest, PublisherKey]]:
    """Check everything that can be checked without unpacking, and yield the open zip.

    File contents are checked against their sums while they are unpacked (one read, not
    two); a mismatch there refuses the pack just the same.
    """
    refuse = refuser(path)
    _check_container(path, refuse)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        refuse(PackProblem.DAMAGED, name=f"the zip directory: {error}")
    with zf:
        _check_member_names(zf, refuse)
        names = set(zf.namelist())
        if MANIFEST not in names:
            refuse(PackProblem.NOT_A_PACK)
        if SIGNATURE not in names:
            refuse(PackProblem.NO_SIGNATURE, name=SIGNATURE)
        manifest_bytes = _small_member(zf, MANIFEST, MAX_MANIFEST_BYTES, refuse)
        signature = _small_member(zf, SIGNATURE, SIGNATURE_BYTES, refuse)
        manifest, publisher = _check_manifest(manifest_bytes, signature, keys, refuse)
        _check_member_set(zf, manifest, refuse)
        yield zf, manifest, publisher


def _check_container(path: Path, refuse: Refuse) -> None:
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(_ZIP_START))
        is_zip = zipfile.is_zipfile(path)
    except FileNotFoundError:
        refuse(PackProblem.NOT_FOUND)
    except IsADirectoryError:
        refuse(PackProblem.NOT_ZIP)
    except OSError as error:
        refuse(PackProblem.UNREADABLE, error=str(error.strerror or error))
    if not start:
        refuse(PackProblem.EMPTY)
    if not is_zip:
        refuse(PackProblem.TRUNCATED if start == _ZIP_START else PackProblem.NOT_ZIP)


def _check_member_names(zf: zipfile.ZipFile, refuse: Refuse) -> None:
    """Every member, before anything is read: paths that escape, links, duplicates."""
    seen: set[str] = set()
    for info in zf.infolist():
        name = info.filename
        if path_problem(name.rstrip("/") if info.is_dir() else name):
            refuse(PackProblem.UNSAFE_PATH, name=name)
        if stat.S_ISLNK(info.external_attr >> 16):
            refuse(PackProblem.LINK, name=name)
        folded = _folded(name)
        if folded in seen:
            refuse(PackProblem.DUPLICATE, name=name)
        seen.add(folded)
        if info.flag_bits & 0x1:
            refuse(PackProblem.ENCRYPTED, name=name)


def _small_member(zf: zipfile.ZipFile, name: str, limit: int, refuse: Refuse) -> bytes:
    try:
        with zf.open(name) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
            ValueError) as error:
        log.info("pack member %s unreadable: %s", name, error)
        refuse(PackProblem.DAMAGED, name=name)
    if len(data) > limit:
        refuse(PackProblem.BAD_MANIFEST, detail=f"{name} is far larger than any pack's")
    return data


def _check_manifest(data: bytes, signature: bytes, keys: list[PublisherKey],
                    refuse: Refuse) -> tuple[Manifest, PublisherKey]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        refuse(PackProblem.BAD_MANIFEST, detail="manifest.json is not JSON")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        refuse(PackProblem.NOT_A_PACK)
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        refuse(PackProblem.BAD_MANIFEST, detail=f"format version {version!r}")
    if version > FORMAT_VERSION:
        refuse(PackProblem.NEWER_FORMAT, version=str(version))
    signer = manifest.get("publisher_key_id")
    if not isinstance(signer, str) or len(signer) > 64:
        refuse(PackProblem.BAD_MANIFEST, detail="no publisher key id")
    publisher = next((key for key in keys if key.key_id == signer), None)
    if publisher is None:
        refuse(PackProblem.UNKNOWN_PUBLISHER, key_id=signer)
    if len(signature) != SIGNATURE_BYTES:
        refuse(PackProblem.BAD_SIGNATURE)
    try:
        publisher.public_key.verify(signature, data)
    except InvalidSignature:
        refuse(PackProblem.BAD_SIGNATURE)
    # Signed by a trusted publisher from here on; still checked, since a bug in a future
    # packer must not become a crash or a write outside the folder here.
    course_id = manifest.get("course_id")
    course_version = manifest.get("course_version")
    if not isinstance(course_id, str) or not COURSE_ID.match(course_id):
        refuse(PackProblem.BAD_MANIFEST, detail=f"course id {course_id!r}")
    if not isinstance(course_version, str) or not _VERSION.match(course_version):
        refuse(PackProblem.BAD_MANIFEST, detail=f"course version {course_version!r}")
    entries = manifest.get("files")
    if not isinstance(entries, dict) or COURSE_FILE not in entries:
        refuse(PackProblem.BAD_MANIFEST, detail="no list of files with course.toml")
    if len(entries) > MAX_FILES:
        refuse(PackProblem.TOO_LARGE)
    files: dict[str, tuple[int, str]] = {}
    for name, entry in entries.items():
        if path_problem(name):
            refuse(PackProblem.UNSAFE_PATH, name=name)
        size = entry.get("size") if isinstance(entry, dict) else None
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            refuse(PackProblem.BAD_MANIFEST, detail=f"no valid size for {name}")
        if not isinstance(digest, str) or len(digest) != 64 or not set(digest) <= _HEX:
            refuse(PackProblem.BAD_MANIFEST, detail=f"no valid checksum for {name}")
        files[name] = (size, digest)
    checked = Manifest(course_id, course_version, signer, files)
    if checked.total_size > MAX_TOTAL_BYTES:
        refuse(PackProblem.TOO_LARGE)
    return checked, publisher


def _check_member_set(zf: zipfile.ZipFile, manifest: Manifest, refuse: Refuse) -> None:
    """Exactly the manifest's files: one missing or one slipped in refuses the pack."""
    expected = {COURSE_PREFIX + name for name in manifest.files} | {MANIFEST, SIGNATURE}
    present = set(zf.namelist())
    missing = sorted(expected - present)
    if missing:
        refuse(PackProblem.MISSING_FILE, name=missing[0].removeprefix(COURSE_PREFIX))
    extra = sorted(present - expected)
    if extra:
        refuse(PackProblem.EXTRA_FILE, name=extra[0].removeprefix(COURSE_PREFIX))
    for name, (size, _) in manifest.files.items():
        if zf.getinfo(COURSE_PREFIX + name).file_size != size:
            refuse(PackProblem.CHANGED_FILE, name=name)
