"""Certificates of completion: what one says, its code, and how anyone can check it offline.

A certificate is a small JSON payload signed with the issuing install's Ed25519 device key
(the same key that signs its result bundles). Its QR code carries the payload and the
signature as one line of text, ``DTC1.<payload>.<signature>`` (both base64url), so another
install checks it with no network and no copy of the issuer's database: it needs only the
issuer's public key, which arrived with that install's results bundle. The printed code
(``ABCD-EFGH-JK``) is for typing; it finds the certificate only on the install that issued
it, which keeps every certificate it signed.

This module returns verdicts and problems as codes; the window and the command line turn
them into words.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import secrets
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from dtlearn.core.course import Course
from dtlearn.errors import UserError
from dtlearn.store import certificates as rows
from dtlearn.store.database import Store, now

PAYLOAD_VERSION = 1
QR_PREFIX = "DTC1."
# A real payload is about 400 bytes; anything far longer was pasted by mistake or made to
# hurt, and is refused before it is parsed.
MAX_PAYLOAD_BYTES = 4096

# Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand from paper
# is not misread; when typed, O is taken as 0 and I or L as 1. Ten symbols are 50 bits:
# guessing a valid code is hopeless, and the code is still short enough to type.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10
_CODE_GROUPS = (4, 4, 2)
_TYPED_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_CODE_TRIES = 20


class Verdict(StrEnum):
    VALID = "valid"
    NOT_VALID = "not_valid"
    UNKNOWN_ISSUER = "unknown_issuer"
    # The text is a well-formed code, but no certificate with it was issued here.
    UNKNOWN_CODE = "unknown_code"
    # Neither a code nor a certificate's QR text.
    UNREADABLE = "unreadable"


class Flaw(StrEnum):
    """Why a certificate is not valid."""

    # The signature does not match: something was changed after signing, or it was signed
    # by another key than the issuing install's.
    SIGNATURE = "signature"
    # The QR text is cut short or garbled (not base64, not JSON, wrong shape).
    DAMAGED = "damaged"
    # The certificate stored under a code names another code: the local record was edited.
    CODE_MISMATCH = "code_mismatch"


class IssueProblem(StrEnum):
    NOT_COMPLETED = "not_completed"
    NO_ISSUING_UNIT = "no_issuing_unit"


class CertificateRefused(UserError):
    """A certificate cannot be issued; nothing was written. ``problem`` says why."""

    def __init__(self, problem: IssueProblem, learner_id: str = "", course_id: str = "") -> None:
        super().__init__(f"{problem.value}: learner {learner_id}, course {course_id}")
        self.problem = problem
        self.learner_id = learner_id
        self.course_id = course_id


class PayloadError(ValueError):
    """Bytes that are not a certificate payload of a version this install understands."""


# --- codes -----------------------------------------------------------------------------

def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return format_code(raw)


def format_code(raw: str) -> str:
    parts, start = [], 0
    for size in _CODE_GROUPS:
        parts.append(raw[start:start + size])
        start += size
    return "-".join(parts)


def normalise_code(text: str) -> str | None:
    """The code as printed, from what a person typed (any case, spaces or dashes anywhere,
    O for 0, I or L for 1); None if it cannot be a certificate code."""
    raw = "".join(ch for ch in text.upper() if ch not in " -\t\r\n").translate(_TYPED_AS)
    if len(raw) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in raw):
        return None
    return format_code(raw)


# --- the payload -----------------------------------------------------------------------

@dataclass(frozen=True)
class CertificatePayload:
    """What a certificate asserts. ``score`` is the best quiz score in percent (None when no
    quiz result reached the issuing install); ``completed_on`` is YYYY-MM-DD."""

    code: str
    learner_name: str
    learner_id: str
    course_id: str
    course_title: str
    completed_on: str
    score: float | None
    issuing_unit: str
    issuer_device: str
    competences: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    version: int = PAYLOAD_VERSION

    def to_bytes(self) -> bytes:
        """Compact UTF-8 JSON in a fixed key order: these exact bytes are what is signed,
        and they travel inside the QR code, so every byte saved makes the code smaller."""
        data: dict[str, Any] = {
            "v": self.version, "code": self.code, "name": self.learner_name,
            "learner": self.learner_id, "course": self.course_id, "title": self.course_title,
            "date": self.completed_on, "score": self.score, "unit": self.issuing_unit,
            "device": self.issuer_device,
            "competences": {key: list(values) for key, values in self.competences.items()},
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> CertificatePayload:
        if len(data) > MAX_PAYLOAD_BYTES:
            raise PayloadError("too long to be a certificate")
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as error:
            raise PayloadError("not JSON") from error
        if not isinstance(raw, dict) or raw.get("v") != PAYLOAD_VERSION:
            raise PayloadError("not a certificate of a known version")
        texts = ("code", "name", "learner", "course", "title", "date", "unit", "device")
        if any(not isinstance(raw.get(key), str) for key in texts):
            raise PayloadError("a field is missing")
        score = raw.get("score")
        if score is not None and (isinstance(score, bool)
                                  or not isinstance(score, int | float)):
            raise PayloadError("score is not a number")
        competences = raw.get("competences", {})
        if not isinstance(competences, dict) or not all(
                isinstance(values, list) and all(isinstance(v, str) for v in values)
                for values in competences.values()):
            raise PayloadError("competences are not lists of codes")
        return cls(raw["code"], raw["name"], raw["learner"], raw["course"], raw["title"],
                   raw["date"], None if score is None else float(score), raw["unit"],
                   raw["device"], {str(k): tuple(v) for k, v in competences.items()})


@dataclass(frozen=True)
class SignedCertificate:
    """A payload with its signature, as stored, printed and scanned."""

    payload: CertificatePayload
    payload_bytes: bytes
    signature: bytes
    issued_at: str = ""
    demo: bool = False

    @property
    def code(self) -> str:
        return self.payload.code

    def qr_text(self) -> str:
        """The one line the QR code carries; ``dtlearn verify`` accepts it as it is."""
        return f"{QR_PREFIX}{_b64(self.payload_bytes)}.{_b64(self.signature)}"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    """Strict base64url without padding; raises ValueError on anything else."""
    if not text or any(ch not in _B64URL for ch in text):
        raise ValueError("not base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error as error:
        raise ValueError("not base64url") from error


_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def sign(payload: CertificatePayload, key: Ed25519PrivateKey, issued_at: str = "",
         demo: bool = False) -> SignedCertificate:
    data = payload.to_bytes()
    return SignedCertificate(payload, data, key.sign(data), issued_at, demo)


def parse_qr_text(text: str) -> tuple[bytes, bytes]:
    """(payload bytes, signature) from a QR text; ValueError if damaged. Whitespace is
    ignored, because a text pasted from a chat or an e-mail often arrives wrapped."""
    compact = "".join(text.split())
    if not compact.startswith(QR_PREFIX):
        raise ValueError("not a certificate text")
    parts = compact[len(QR_PREFIX):].split(".")
    if len(parts) != 2:
        raise ValueError("not two parts")
    payload, signature = _unb64(parts[0]), _unb64(parts[1])
    if len(signature) != 64:
        raise ValueError("signature has the wrong length")
    return payload, signature


def _stored(row: rows.CertificateRow) -> SignedCertificate:
    data = row.payload.encode("utf-8")
    return SignedCertificate(CertificatePayload.from_bytes(data), data,
                             _unb64(row.signature), row.issued_at, row.demo)


# --- issuing ---------------------------------------------------------------------------

def clean_text(text: str) -> str:
    """NFC, single spaces: the unit is printed exactly as typed, minus stray spacing."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def local_date(timestamp: str) -> str:
    """The calendar date of a UTC timestamp where this install is (a lesson finished at
    01:00 in Hà Nội was finished that day, not the day before in UTC)."""
    return dt.datetime.fromisoformat(timestamp).astimezone().date().isoformat()


@dataclass(frozen=True)
class Candidate:
    """A learner who completed a course, with their certificate if one was issued."""

    completion: rows.Completion
    certificate: SignedCertificate | None


@dataclass(frozen=True)
class IssueResult:
    """What a batch produced: every certificate to print (new and already issued, in the
    order asked), how many were new, and who was refused with why."""

    certificates: list[SignedCertificate]
    new: int
    refused: list[CertificateRefused]


class CertificateIssuer:
    """Issues certificates on this install, signed with its device key.

    A learner gets one certificate per course: asking again returns the one already issued,
    so a reprint carries the same code and a lost sheet is simply printed again.
    """

    def __init__(self, store: Store, key: Ed25519PrivateKey, issuing_unit: str,
                 code_maker: Callable[[], str] = new_code) -> None:
        self._store = store
        self._key = key
        self._unit = clean_text(issuing_unit)
        self._new_code = code_maker

    def issue(self, learner_id: str, course: Course) -> SignedCertificate:
        """Raises CertificateRefused, writing nothing, unless the learner completed it."""
        result = self.issue_many([(learner_id, course)])
        if result.refused:
            raise result.refused[0]
        return result.certificates[0]

    def issue_many(self, wanted: Sequence[tuple[str, Course]]) -> IssueResult:
        """Issue for each (learner, course) that completed; the rest are listed as refused.

        Signing is a fraction of a millisecond, so a whole session's batch is quick; each
        certificate is its own small write, committed as it is made.
        """
        if not self._unit:
            raise CertificateRefused(IssueProblem.NO_ISSUING_UNIT)
        by_course: dict[str, list[str]] = {}
        courses: dict[str, Course] = {}
        for learner_id, course in wanted:
            by_course.setdefault(course.id, []).append(learner_id)
            courses[course.id] = course
        done = {(item.learner_id, course_id): item
                for course_id, learner_ids in by_course.items()
                for item in rows.completions(self._store, course_id, learner_ids)}
        certificates: list[SignedCertificate] = []
        refused: list[CertificateRefused] = []
        new = 0
        for learner_id, course in wanted:
            existing = rows.for_learner(self._store, learner_id, course.id)
            if existing is not None:
                certificates.append(_stored(existing))
                continue
            completion = done.get((learner_id, course.id))
            if completion is None:
                refused.append(CertificateRefused(IssueProblem.NOT_COMPLETED, learner_id,
                                                  course.id))
                continue
            certificates.append(self._issue(completion, courses[course.id]))
            new += 1
        return IssueResult(certificates, new, refused)

    def _issue(self, completion: rows.Completion, course: Course) -> SignedCertificate:
        score = (None if completion.best_score is None
                 else round(completion.best_score * 100, 1))
        for _ in range(_CODE_TRIES):
            payload = CertificatePayload(
                code=self._new_code(), learner_name=completion.name,
                learner_id=completion.learner_id, course_id=course.id,
                course_title=course.title_in("vi"),
                completed_on=local_date(completion.completed_at), score=score,
                issuing_unit=self._unit, issuer_device=self._store.device_id,
                competences={key: tuple(values) for key, values in course.competences.items()})
            certificate = sign(payload, self._key, now(), completion.demo)
            row = rows.CertificateRow(payload.code, completion.learner_id, course.id,
                                      certificate.issued_at,
                                      certificate.payload_bytes.decode("utf-8"),
                                      _b64(certificate.signature), completion.demo)
            if rows.insert_certificate(self._store, row):
                return certificate
        raise RuntimeError("could not find a free certificate code")  # 2**50 codes: a bug


def candidates(store: Store, course_id: str,
               learner_ids: Sequence[str] | None = None) -> list[Candidate]:
    """Everyone who completed the course (or those of ``learner_ids``), with certificates."""
    found = []
    for completion in rows.completions(store, course_id, learner_ids):
        row = rows.for_learner(store, completion.learner_id, course_id)
        found.append(Candidate(completion, _stored(row) if row else None))
    return found


def issued(store: Store, course_id: str | None = None) -> list[SignedCertificate]:
    """Certificates issued on this install, newest first (one course, or all)."""
    return [_stored(row) for row in rows.all_certificates(store, course_id)]


# --- verifying -------------------------------------------------------------------------

@dataclass(frozen=True)
class Verification:
    """The answer to "is this certificate genuine?".

    ``payload`` is set when VALID (what the certificate proves) and when UNKNOWN_ISSUER
    (what it claims, which nothing here can confirm); never for NOT_VALID, whose content
    must not be shown as if it meant something. ``code`` is the code looked up, if any.
    """

    verdict: Verdict
    payload: CertificatePayload | None = None
    flaw: Flaw | None = None
    code: str = ""

    @property
    def valid(self) -> bool:
        return self.verdict is Verdict.VALID


def verify_text(store: Store, own_key: Ed25519PublicKey, text: str) -> Verification:
    """Check a pasted QR text, or a typed code looked up among this install's certificates.

    ``own_key`` is this install's public key: certificates it issued itself are checked
    against it; others against the key a bundle from their issuing install brought.
    """
    compact = "".join(text.split())
    # Longer than any code: a QR text, perhaps damaged (a code may itself start "DTC1").
    if compact.upper().startswith(QR_PREFIX[:-1]) and len(compact) > CODE_LENGTH + 2:
        try:
            payload_bytes, signature = parse_qr_text(compact)
        except ValueError:
            return Verification(Verdict.NOT_VALID, flaw=Flaw.DAMAGED)
        return verify_signed(store, own_key, payload_bytes, signature)
    code = normalise_code(text)
    if code is None:
        return Verification(Verdict.UNREADABLE)
    row = rows.by_code(store, code)
    if row is None:
        return Verification(Verdict.UNKNOWN_CODE, code=code)
    try:
        signature = _unb64(row.signature)
    except ValueError:
        return Verification(Verdict.NOT_VALID, flaw=Flaw.DAMAGED, code=code)
    return verify_signed(store, own_key, row.payload.encode("utf-8"), signature,
                         expected_code=code)


def verify_signed(store: Store, own_key: Ed25519PublicKey, payload_bytes: bytes,
                  signature: bytes, expected_code: str = "") -> Verification:
    try:
        claimed = CertificatePayload.from_bytes(payload_bytes)
    except PayloadError:
        # Unreadable content cannot have been signed by dtlearn; whatever its signature
        # says, it proves nothing.
        return Verification(Verdict.NOT_VALID, flaw=Flaw.DAMAGED, code=expected_code)
    key = issuer_key(store, own_key, claimed.issuer_device)
    if key is None:
        return Verification(Verdict.UNKNOWN_ISSUER, payload=claimed, code=expected_code)
    try:
        key.verify(signature, payload_bytes)
    except InvalidSignature:
        return Verification(Verdict.NOT_VALID, flaw=Flaw.SIGNATURE, code=expected_code)
    if expected_code and claimed.code != expected_code:
        return Verification(Verdict.NOT_VALID, flaw=Flaw.CODE_MISMATCH, code=expected_code)
    return Verification(Verdict.VALID, payload=claimed, code=claimed.code)


def issuer_key(store: Store, own_key: Ed25519PublicKey,
               device_id: str) -> Ed25519PublicKey | None:
    """This install's own key, or the one learnt from an imported bundle of that device."""
    if device_id == store.device_id:
        return own_key
    text = rows.peer_public_key(store, device_id)
    if text is None:
        return None
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        # A peer key that does not decode cannot confirm anything: as good as unknown.
        return None
