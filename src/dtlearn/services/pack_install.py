"""Installing a course pack: check, unpack, validate, then one rename into place.

Everything about the pack is checked first (``packs.open_pack``); then the files are
unpacked into a staging folder inside the installed-courses folder (the same file system,
so the final step is a rename), each checked against its signed size and SHA-256 as it
streams. The unpacked course gets the same full check as ``dtlearn validate``; a database
backup is taken; and the folder is swapped in, the previous version kept aside until the
swap has succeeded. A refusal at any point leaves the installed courses and the database
exactly as they were.

Learners' progress is keyed by course, lesson and question ids, which survive an update:
the database does not change when a course does. No Qt and no SQL here; the caller
refreshes the catalog.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import shutil
import time
import uuid
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, NoReturn

from dtlearn.core.loader import is_course_folder, load_course
from dtlearn.core.validate import validate_course
from dtlearn.keyfiles import sync_folder
from dtlearn.paths import Paths
from dtlearn.services.catalog import PREVIOUS_PREFIX, STAGING_PREFIX, parse_version
from dtlearn.services.packs import (
    COURSE_ID,
    COURSE_PREFIX,
    Manifest,
    PackProblem,
    Refuse,
    open_pack,
    refuser,
)
from dtlearn.services.publisher_keys import trusted_keys

log = logging.getLogger(__name__)

_READ_BYTES = 1 << 20
_STALE_STAGING_SECONDS = 3600

Progress = Callable[[int, int], None]
Backup = Callable[[Paths, str], None]


@dataclass(frozen=True)
class InstallReport:
    course_id: str
    version: str
    previous_version: str | None  # the version shown before (installed or built in)
    title: dict[str, str]
    publisher: str
    folder: Path
    forced: bool = False


def backup_before_install(paths: Paths, reason: str) -> None:
    """A database backup once the pack has passed every check, just before the course
    folder is swapped (``install_pack`` calls this with reason ``"pack-install"``).

    Installing writes nothing to the database, but an update changes what learners'
    progress rows refer to, so a backup is taken first. A backup that fails raises
    ``BackupFailed`` (a ``UserError``) and the install stops with nothing changed.
    Imported here: only an install needs it.
    """
    from dtlearn.services.backups import backup

    backup(paths, reason)


def install_pack(pack: Path, paths: Paths, *, force: bool = False,
                 progress: Progress | None = None,
                 backup: Backup | None = backup_before_install) -> InstallReport:
    """Check, unpack, validate and swap a course pack into the installed-courses folder.

    Raises PackRefused with nothing installed and the folder as it was. ``progress`` gets
    (KiB unpacked, KiB in all) as files are written.
    """
    pack = Path(pack)
    refuse = refuser(pack)
    root = paths.installed_courses_dir
    with open_pack(pack, trusted_keys(paths)) as (zf, manifest, publisher):
        previous, bundled = _shown_versions(paths, manifest.course_id)
        _check_version(manifest, previous, bundled, force, refuse)
        try:
            root.mkdir(parents=True, exist_ok=True)
            recover_interrupted(root)
            _check_space(root, manifest.total_size, refuse)
            staging = root / f"{STAGING_PREFIX}{uuid.uuid4().hex}"
            staging.mkdir()
        except OSError as error:
            _refuse_os_error(error, root, refuse)
        try:
            unpacked = staging / manifest.course_id
            _unpack(zf, manifest, unpacked, progress, refuse)
            title = _validate_unpacked(unpacked, manifest, refuse)
            if backup is not None:
                backup(paths, "pack-install")
            folder = _swap_into_place(staging, unpacked, root / manifest.course_id, refuse)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    forced = force and previous is not None and \
        parse_version(manifest.version) <= parse_version(previous)
    return InstallReport(manifest.course_id, manifest.version, previous, title, publisher.name,
                         folder, forced)


def _shown_versions(paths: Paths, course_id: str) -> tuple[str | None, str | None]:
    """The version the catalog shows now (the higher of installed and built in), and the
    built-in one. Only course.toml is read: a broken copy counts as absent."""
    versions: list[str] = []
    bundled = None
    for folder, is_bundled in ((paths.courses_dir / course_id, True),
                               (paths.installed_courses_dir / course_id, False)):
        if is_course_folder(folder):
            loaded = load_course(folder)
            if loaded.course is not None:
                versions.append(loaded.course.version)
                if is_bundled:
                    bundled = loaded.course.version
    shown = max(versions, key=parse_version) if versions else None
    return shown, bundled


def _check_version(manifest: Manifest, shown: str | None, bundled: str | None, force: bool,
                   refuse: Refuse) -> None:
    new = parse_version(manifest.version)
    words = {"course_id": manifest.course_id, "version": manifest.version}
    if bundled is not None and new < parse_version(bundled):
        refuse(PackProblem.BUNDLED_NEWER, installed=bundled, **words)
    if shown is None or force:
        return
    if new < parse_version(shown):
        refuse(PackProblem.DOWNGRADE, installed=shown, **words)
    if new == parse_version(shown):
        refuse(PackProblem.SAME_VERSION, installed=shown, **words)


def _check_space(root: Path, size: int, refuse: Refuse) -> None:
    free = shutil.disk_usage(root).free
    if free < size + size // 10 + (1 << 20):
        refuse(PackProblem.DISK_FULL, folder=str(root))


def _refuse_os_error(error: OSError, folder: Path, refuse: Refuse) -> NoReturn:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        refuse(PackProblem.DISK_FULL, folder=str(folder))
    refuse(PackProblem.CANNOT_WRITE, folder=str(folder), error=str(error.strerror or error))


def _unpack(zf: zipfile.ZipFile, manifest: Manifest, target: Path,
            progress: Progress | None, refuse: Refuse) -> None:
    """Write each file, checking its size and sum as it streams; nothing outside target."""
    total_kib = max(1, manifest.total_size // 1024)
    done = 0
    inside = target.resolve(strict=False)
    for name, (size, digest_expected) in sorted(manifest.files.items()):
        destination = target / name
        if inside not in destination.resolve(strict=False).parents:  # path_problem's twin
            refuse(PackProblem.UNSAFE_PATH, name=name)
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(COURSE_PREFIX + name) as member, open(destination, "xb") as out:
                digest = _copy_checked(member, out, size, name, refuse)
                out.flush()
                os.fsync(out.fileno())
        except OSError as error:
            _refuse_os_error(error, target.parent.parent, refuse)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError,
                ValueError) as error:
            log.info("pack member %s unreadable: %s", name, error)
            refuse(PackProblem.DAMAGED, name=name)
        if digest != digest_expected:
            refuse(PackProblem.CHANGED_FILE, name=name)
        done += size
        if progress is not None:
            progress(min(done // 1024, total_kib), total_kib)
    for folder in {target, *(p.parent for p in target.rglob("*"))}:
        sync_folder(folder)


def _copy_checked(member: IO[bytes], out: IO[bytes], size: int, name: str,
                  refuse: Refuse) -> str:
    digest = hashlib.sha256()
    written = 0
    while block := member.read(_READ_BYTES):
        written += len(block)
        if written > size:
            refuse(PackProblem.CHANGED_FILE, name=name)
        digest.update(block)
        out.write(block)
    if written != size:
        refuse(PackProblem.CHANGED_FILE, name=name)
    return digest.hexdigest()


def _validate_unpacked(folder: Path, manifest: Manifest, refuse: Refuse) -> dict[str, str]:
    """The same full check as ``dtlearn validate``, on the files as they will be used; and
    the manifest must describe the course it carries. Returns the course's titles."""
    problems = validate_course(folder)
    if problems:
        first = problems[0]
        with contextlib.suppress(ValueError):
            first = type(first)(Path(first.path).relative_to(folder).as_posix(), first.line,
                                first.message)
        refuse(PackProblem.INVALID_COURSE, count=str(len(problems)), detail=str(first))
    loaded = load_course(folder)
    course = loaded.course
    assert course is not None  # validation passed
    if (course.id, course.version) != (manifest.course_id, manifest.version):
        refuse(PackProblem.BAD_MANIFEST,
               detail=f"it names {manifest.course_id} {manifest.version} but course.toml "
                      f"says {course.id} {course.version}")
    return dict(course.title)


def _swap_into_place(staging: Path, unpacked: Path, final: Path, refuse: Refuse) -> Path:
    """Two renames on one file system: the old folder aside, the new one in. A directory
    cannot be renamed over a non-empty one, hence the aside; if the second rename fails,
    the first is undone, and if the process dies between them, ``recover_interrupted``
    puts the old one back next time."""
    aside = final.with_name(f"{PREVIOUS_PREFIX}{final.name}.{uuid.uuid4().hex[:8]}")
    try:
        if final.exists():
            os.replace(final, aside)
        try:
            os.replace(unpacked, final)
        except OSError:
            if aside.exists():
                os.replace(aside, final)
            raise
        sync_folder(final.parent)
    except OSError as error:
        _refuse_os_error(error, final.parent, refuse)
    shutil.rmtree(aside, ignore_errors=True)
    return final


def recover_interrupted(root: Path) -> None:
    """Undo what a crash mid-install left: an old version set aside but not replaced goes
    back; a leftover aside copy or stale staging folder is removed."""
    if not root.is_dir():
        return
    now = time.time()
    for entry in root.iterdir():
        if entry.name.startswith(PREVIOUS_PREFIX) and entry.is_dir():
            course_id = entry.name[len(PREVIOUS_PREFIX):].rsplit(".", 1)[0]
            target = root / course_id
            if COURSE_ID.match(course_id) and not target.exists():
                os.replace(entry, target)
                log.warning("restored %s after an interrupted install", target)
            else:
                shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.startswith(STAGING_PREFIX) and entry.is_dir():
            # Another install may be running right now; only old leftovers go.
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime > _STALE_STAGING_SECONDS:
                    shutil.rmtree(entry, ignore_errors=True)
