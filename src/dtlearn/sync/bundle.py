"""Signed bundle files (``.dtsync``): results carried on a USB stick or in a messaging app.

A bundle is a zip of ``statements.jsonl`` (one canonical xAPI statement per line),
``learners.jsonl`` and ``sessions.jsonl`` (the profiles and group sessions those statements
need), ``manifest.json`` (ids, counts and the SHA-256 of each of those three) and
``manifest.sig`` (the device's Ed25519 signature over the exact manifest bytes). The
signature covers the sums and the sums cover the data, so one check of each proves the
whole file is what the device wrote.

Import checks everything before it writes anything, then merges in one transaction: a
truncated, tampered or foreign file is refused whole with a reason a trainer can act on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import json
import logging
import operator
import os
import re
import time
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, NoReturn, TypeGuard

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dtlearn.errors import UserError
from dtlearn.store import hub, outbox
from dtlearn.store.database import Store, now
from dtlearn.sync.keys import public_key_from_text, public_key_text

log = logging.getLogger(__name__)

FORMAT = "dtlearn-bundle"
FORMAT_VERSION = 1
SUFFIX = ".dtsync"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
STATEMENTS = "statements.jsonl"
LEARNERS = "learners.jsonl"
SESSIONS = "sessions.jsonl"
DATA_MEMBERS = {STATEMENTS: "statements", LEARNERS: "learners", SESSIONS: "sessions"}
MEMBERS = frozenset({MANIFEST, SIGNATURE, *DATA_MEMBERS})

# Far above any real bundle (100,000 statements unpack to about 150 MB), low enough that a
# "zip bomb" cannot fill the trainer's memory.
MAX_MEMBER_BYTES = 1 << 30
MAX_MANIFEST_BYTES = 1 << 20
SIGNATURE_BYTES = 64
_CHUNK_LINES = 2000
_READ_BYTES = 1 << 20
_HEX = frozenset("0123456789abcdef")
_ZIP_START = b"PK\x03\x04"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                   re.IGNORECASE)


class BundleRefused(UserError):
    """A bundle that will not be imported; nothing from it was written.

    ``reason`` says why in English without the file name (the command line and the log);
    ``kind`` (one of KINDS) is what the window words in the person's language.
    """

    KINDS = ("missing", "unreadable", "empty", "truncated", "not-bundle", "newer", "forged",
             "other-key", "too-large", "damaged")

    def __init__(self, path: Path, reason: str, kind: str = "damaged") -> None:
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason
        self.kind = kind if kind in self.KINDS else "damaged"


@dataclass(frozen=True)
class ExportReport:
    path: Path
    bundle_id: str
    statements: int
    learners: int
    sessions: int
    size: int


@dataclass(frozen=True)
class ImportReport:
    bundle_id: str
    device_id: str
    new: int
    already: int
    refused: int
    learners_changed: int = 0
    sessions_changed: int = 0


@dataclass(frozen=True)
class Bundle:
    """A bundle that passed every check, ready to merge."""

    path: Path
    manifest: dict[str, Any]
    content: hub.IncomingBundle


# --- export ---------------------------------------------------------------------------

def export_bundle(store: Store, key: Ed25519PrivateKey, path: Path, *,
                  everything: bool = False) -> ExportReport:
    """Write the statements not yet exported (all with ``everything``) to a signed bundle.

    The file appears only when complete (written beside the target, then renamed), and
    rows are marked exported only after that, so a crash at any point at worst exports the
    same statements again, which an import counts as already had.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise UserError(f"Cannot write {path}: the folder {folder} does not exist.")
    bundle_id = str(uuid.uuid4())
    temporary = folder / f".{path.name}.{bundle_id}.part"
    try:
        with open(temporary, "wb") as raw:
            rows, counts = _write_bundle(raw, store, key, bundle_id, everything)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temporary, path)
        size = path.stat().st_size
    except OSError as error:
        raise UserError(f"Cannot write {path}: {error.strerror or error}.") from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    hub.mark_exported(store, rows)
    return ExportReport(path, bundle_id, counts["statements"], counts["learners"],
                        counts["sessions"], size)


def _write_bundle(raw: BinaryIO, store: Store, key: Ed25519PrivateKey, bundle_id: str,
                  everything: bool) -> tuple[hub.ExportRows, dict[str, int]]:
    sums: dict[str, str] = {}
    counts: dict[str, int] = {}
    rowids: list[int] = []
    learner_ids: set[str] = set()
    session_ids: set[str] = set()
    # zlib's default level (6): within 2% of level 9's size at two thirds of its time.
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:

        def bodies() -> Iterator[bytes]:
            for rowid, _id, body, learner_id, session_id in hub.statements_to_export(
                    store, everything):
                rowids.append(rowid)
                learner_ids.add(learner_id)
                if session_id:
                    session_ids.add(session_id)
                yield body

        sums[STATEMENTS], counts["statements"] = _write_lines(zf, STATEMENTS, bodies())
        rows = hub.export_rows(store, rowids, learner_ids, session_ids, everything)
        sums[LEARNERS], counts["learners"] = _write_lines(
            zf, LEARNERS, (outbox.canonical(row).encode("utf-8") for row in rows.learners))
        sums[SESSIONS], counts["sessions"] = _write_lines(
            zf, SESSIONS, (outbox.canonical(row).encode("utf-8") for row in rows.sessions))
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "bundle_id": bundle_id,
            "device_id": store.device_id,
            "public_key": public_key_text(key),
            "created": now(),
            "counts": counts,
            "sha256": sums,
        }
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True,
                                    indent=2).encode("utf-8")
        zf.writestr(MANIFEST, manifest_bytes)
        zf.writestr(SIGNATURE, key.sign(manifest_bytes))
    return rows, counts


def _write_lines(zf: zipfile.ZipFile, name: str, lines: Iterator[bytes]) -> tuple[str, int]:
    """Stream lines into a member in large pieces; returns its SHA-256 and line count."""
    digest = hashlib.sha256()
    count = 0
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    with zf.open(info, "w") as member:
        batch: list[bytes] = []
        for line in lines:
            batch.append(line)
            count += 1
            if len(batch) >= _CHUNK_LINES:
                _write_batch(member, digest, batch)
                batch = []
        _write_batch(member, digest, batch)
    return digest.hexdigest(), count


def _write_batch(member: IO[bytes], digest: hashlib._Hash, batch: list[bytes]) -> None:
    if batch:
        data = b"\n".join(batch) + b"\n"
        digest.update(data)
        member.write(data)


# --- reading and checking -------------------------------------------------------------

def read_bundle(path: Path) -> Bundle:
    """Check a bundle completely and return its content; raises BundleRefused.

    The checks run from the outside in, so the reason names the first thing wrong: not a
    zip, cut short, wrong members, unreadable or foreign manifest, newer format, signature,
    sums, counts, then every line.
    """
    path = Path(path)

    def refuse(reason: str, kind: str = "damaged") -> NoReturn:
        raise BundleRefused(path, reason, kind)

    _check_container(path, refuse)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        refuse(f"the zip structure is damaged ({error}); ask for the file again")
    with zf:
        _check_members(zf, refuse)
        manifest_bytes = _member_bytes(zf, MANIFEST, MAX_MANIFEST_BYTES, refuse)
        signature = _member_bytes(zf, SIGNATURE, SIGNATURE_BYTES, refuse)
        manifest = _check_manifest(manifest_bytes, signature, refuse)
        members: dict[str, list[bytes]] = {}
        for name, count_key in DATA_MEMBERS.items():
            digest, lines = _read_member(zf, name, refuse)
            if digest != manifest["sha256"][name]:
                refuse(f"{name} does not match the checksum in the manifest: it was changed "
                       "or damaged after it was exported")
            expected = manifest["counts"][count_key]
            if len(lines) != expected:
                refuse(f"the manifest says {expected} {count_key} but {name} has "
                       f"{len(lines)}")
            members[name] = lines
    statements = _statements(members.pop(STATEMENTS), refuse)
    learners = _rows(members[LEARNERS], LEARNERS, hub.LEARNER_FIELDS,
                     ("created_at", "updated_at"), refuse)
    sessions = _rows(members[SESSIONS], SESSIONS, hub.SESSION_FIELDS, ("updated_at",), refuse)
    content = hub.IncomingBundle(
        bundle_id=manifest["bundle_id"], device_id=manifest["device_id"],
        public_key=manifest["public_key"], created=manifest["created"],
        statements=statements, learners=learners, sessions=sessions)
    return Bundle(path, manifest, content)


Refuse = Callable[..., NoReturn]  # (reason, kind="damaged")


def _check_container(path: Path, refuse: Refuse) -> None:
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(_ZIP_START))
        is_zip = zipfile.is_zipfile(path)
    except FileNotFoundError:
        refuse("the file does not exist", "missing")
    except OSError as error:
        refuse(f"the file cannot be read ({error.strerror or error})", "unreadable")
    if not start:
        refuse("the file is empty", "empty")
    if not is_zip:
        if start == _ZIP_START:
            refuse("the file is incomplete: it starts like a bundle but its end is missing "
                   "(was the copy or download cut short?)", "truncated")
        refuse("not a dtlearn bundle (not a zip file)", "not-bundle")


def _check_members(zf: zipfile.ZipFile, refuse: Refuse) -> None:
    names = zf.namelist()
    if len(names) != len(set(names)):
        refuse("a member appears twice in the zip: not a bundle dtlearn wrote")
    if not set(names) & MEMBERS:
        refuse("not a dtlearn bundle (a zip file without a dtlearn manifest)", "not-bundle")
    missing = sorted(MEMBERS - set(names))
    if missing:
        refuse(f"{missing[0]} is missing from the bundle")
    extra = sorted(set(names) - MEMBERS)
    if extra:
        refuse(f"not a dtlearn bundle (unexpected member {extra[0]})", "not-bundle")
    for info in zf.infolist():
        if info.flag_bits & 0x1:
            refuse(f"{info.filename} is encrypted: not a bundle dtlearn wrote")


def _member_bytes(zf: zipfile.ZipFile, name: str, limit: int, refuse: Refuse) -> bytes:
    try:
        with zf.open(name) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
            ValueError) as error:
        refuse(f"{name} is damaged and cannot be unpacked ({error}); ask for the file again")
    if len(data) > limit:
        refuse(f"{name} is larger than any bundle dtlearn writes", "too-large")
    return data


def _read_member(zf: zipfile.ZipFile, name: str, refuse: Refuse) -> tuple[str, list[bytes]]:
    """The member's SHA-256 and its lines (as bytes, newline removed), in one streaming
    pass; nothing is parsed until the sum has matched."""
    digest = hashlib.sha256()
    lines: list[bytes] = []
    size = 0
    rest = b""
    try:
        with zf.open(name) as member:
            while block := member.read(_READ_BYTES):
                size += len(block)
                if size > MAX_MEMBER_BYTES:
                    refuse(f"{name} is larger than any bundle dtlearn writes", "too-large")
                digest.update(block)
                pieces = (rest + block).split(b"\n")
                rest = pieces.pop()
                lines += pieces
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
            ValueError) as error:
        refuse(f"{name} is damaged and cannot be unpacked ({error}); ask for the file again")
    if rest:
        lines.append(rest)
    return digest.hexdigest(), lines


def _check_manifest(data: bytes, signature: bytes, refuse: Refuse) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or absurdly nested
        refuse("manifest.json is not valid JSON: not a dtlearn bundle or a damaged one")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        refuse(f"not a dtlearn bundle (format {found!r})" if found is not None
               else "not a dtlearn bundle (its manifest names no dtlearn format)", "not-bundle")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        refuse(f"the manifest has no valid format version ({version!r})")
    if version > FORMAT_VERSION:
        refuse(f"made by a newer dtlearn (bundle format {version}); update dtlearn to "
               "import it", "newer")
    try:
        public_key = public_key_from_text(str(manifest.get("public_key", "")))
    except ValueError:
        refuse("the manifest has no valid public key, so its signature cannot be checked")
    try:
        public_key.verify(signature, data)
    except InvalidSignature:
        refuse("the signature does not match: the bundle was changed after it was signed, "
               "or it is forged", "forged")
    for name in ("bundle_id", "device_id"):
        if not _is_uuid(manifest.get(name)):
            refuse(f"the manifest has no valid {name.replace('_', ' ')}")
    if not _is_timestamp(manifest.get("created")):
        refuse("the manifest has no valid creation time")
    counts = manifest.get("counts")
    sums = manifest.get("sha256")
    if not isinstance(counts, dict) or not isinstance(sums, dict):
        refuse("the manifest lacks its counts or checksums")
    for name, count_key in DATA_MEMBERS.items():
        count = counts.get(count_key)
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            refuse(f"the manifest has no valid count of {count_key}")
        digest = sums.get(name)
        if not isinstance(digest, str) or len(digest) != 64 or not set(digest) <= _HEX:
            refuse(f"the manifest has no valid checksum for {name}")
    return manifest


def _no_constants(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


# NaN and Infinity are Python's extension, not JSON: an LRS would refuse such a statement.
_JSON = json.JSONDecoder(parse_constant=_no_constants)


class _BadLine(Exception):
    """Why one line cannot be imported; the caller adds the member and line number."""


def _statements(lines: list[bytes], refuse: Refuse) -> list[hub.IncomingStatement]:
    """Every line must be a statement the outbox can hold. The line itself is kept as the
    body: dtlearn writes canonical JSON, so re-encoding 100,000 statements would only
    spend time to produce the same bytes."""
    statements: list[hub.IncomingStatement] = []
    append = statements.append
    with _collector_paused():
        for number, raw in enumerate(lines, start=1):
            try:
                append(_statement(raw))
            except _BadLine as problem:
                refuse(f"{STATEMENTS} line {number} {problem}")
    lines.clear()
    return statements


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Parsing keeps every statement and makes no reference cycles, so Python's cyclic
    collector would only walk the growing list again and again: a fifth of the parse time
    at 100,000 statements."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_pick_columns = operator.itemgetter(*hub.STATEMENT_COLUMNS)


def _statement(raw: bytes) -> hub.IncomingStatement:
    try:
        statement = _JSON.decode(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _BadLine("is not UTF-8 text") from None
    except (ValueError, RecursionError):
        raise _BadLine("is not valid JSON") from None
    if not isinstance(statement, dict):
        raise _BadLine("is not a statement")
    statement_id = statement.get("id")
    if not _is_uuid(statement_id):
        raise _BadLine("has no valid statement id (a UUID)")
    try:
        columns = outbox.columns(statement)
    except (KeyError, TypeError, AttributeError, IndexError) as error:
        raise _BadLine(f"is not a complete statement (missing or wrong {error})") from None
    problem = _column_problem(columns)
    if problem:
        raise _BadLine(f"is not a complete statement ({problem})")
    return hub.IncomingStatement(statement_id, raw, _pick_columns(columns))


_TEXT_COLUMNS = ("learner_id", "verb", "object_id", "course_id")
_OPTIONAL_TEXT = ("registration", "session_id")


def _column_problem(columns: dict[str, Any]) -> str:
    """What the database would choke on, found before the transaction starts."""
    for name in _TEXT_COLUMNS:
        if type(columns[name]) is not str:
            return f"{name} is not text"
    for name in _OPTIONAL_TEXT:
        if columns[name] is not None and type(columns[name]) is not str:
            return f"{name} is not text"
    score = columns["score"]
    if score is not None and type(score) not in (int, float):
        return "score is not a number"
    if not _is_timestamp(columns["timestamp"]):
        return "timestamp is not a time with a time zone"
    return ""


def _rows(lines: list[bytes], name: str, fields: tuple[str, ...], stamps: tuple[str, ...],
          refuse: Refuse) -> list[dict[str, str]]:
    rows = []
    for number, raw in enumerate(lines, start=1):
        where = f"{name} line {number}"
        try:
            row = _JSON.decode(raw.decode("utf-8"))
        except UnicodeDecodeError:
            refuse(f"{where} is not UTF-8 text")
        except (ValueError, RecursionError):
            refuse(f"{where} is not valid JSON")
        if not isinstance(row, dict):
            refuse(f"{where} is not a record")
        for field in fields:
            if not isinstance(row.get(field), str):
                refuse(f"{where} has no {field}")
        if not _is_uuid(row["id"]):
            refuse(f"{where} has no valid id (a UUID)")
        for field in stamps:
            if not _is_timestamp(row[field]):
                refuse(f"{where}: {field} is not a time with a time zone")
        rows.append({field: row[field] for field in fields})
    return rows


def _is_uuid(value: object) -> TypeGuard[str]:
    """The hyphenated 8-4-4-4-12 form that xAPI requires for statement ids."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def _is_timestamp(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return dt.datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


# --- import ---------------------------------------------------------------------------

def import_bundle(store: Store, path: Path) -> ImportReport:
    """Check, then merge in one transaction; raises BundleRefused with nothing written."""
    path = Path(path)
    bundle = read_bundle(path)
    try:
        result = hub.merge_bundle(store, bundle.content)
    except hub.KeyMismatch as error:
        raise BundleRefused(
            path, f"it is signed by a different key than earlier bundles from device "
                  f"{error.device_id}; it may be forged, or that device was reinstalled",
            "other-key") from None
    if result.refused:
        log.warning("%s: %d statement(s) differ from the ones held under the same id and "
                    "were not imported, e.g. %s", path, result.refused,
                    ", ".join(result.refused_ids[:5]))
    return ImportReport(bundle.content.bundle_id, bundle.content.device_id, result.new,
                        result.already, result.refused, result.learners_changed,
                        result.sessions_changed)
