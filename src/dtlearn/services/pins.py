"""Trainer PINs: a slow salted hash, and a lock that grows after repeated wrong tries.

A PIN is short, so its hash must be slow to guess offline (scrypt, about a tenth of a
second per try here) and the app must refuse rapid guessing: after five wrong tries the
account locks for 30 seconds, doubling with each further wrong try.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from enum import StrEnum

SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
MIN_DIGITS = 6
FREE_TRIES = 5
FIRST_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 3600
_WEAK = {"123456", "654321", "123123", "112233", "121212", "123321", "012345", "234567"}


class PinProblem(StrEnum):
    TOO_SHORT = "too_short"
    NOT_DIGITS = "not_digits"
    TOO_SIMPLE = "too_simple"


@dataclass(frozen=True)
class PinHash:
    """What is stored: never the PIN, only this."""

    salt: str
    digest: str
    params: str

    @classmethod
    def make(cls, pin: str) -> PinHash:
        salt = os.urandom(SALT_BYTES)
        return cls(salt.hex(), _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P).hex(),
                   f"scrypt:{SCRYPT_N}:{SCRYPT_R}:{SCRYPT_P}")

    def matches(self, pin: str) -> bool:
        import hmac

        _, n, r, p = self.params.split(":")
        candidate = _derive(pin, bytes.fromhex(self.salt), int(n), int(r), int(p))
        return hmac.compare_digest(candidate, bytes.fromhex(self.digest))


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib  # OpenSSL's bindings load when a PIN is used, not at every start

    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * 1024 * 1024, dklen=32)


def pin_problem(pin: str) -> PinProblem | None:
    """Why a new PIN is not acceptable, or None."""
    if not pin.isdigit() or not pin.isascii():
        return PinProblem.NOT_DIGITS
    if len(pin) < MIN_DIGITS:
        return PinProblem.TOO_SHORT
    if len(set(pin)) == 1 or pin in _WEAK:
        return PinProblem.TOO_SIMPLE
    return None


def lock_seconds(failed_tries: int) -> int:
    """How long to lock after this many wrong tries in a row (0 while tries are free)."""
    if failed_tries < FREE_TRIES:
        return 0
    return min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failed_tries - FREE_TRIES))


def locked_for(locked_until: str | None, now: dt.datetime) -> int:
    """Seconds still locked (0 if not)."""
    if not locked_until:
        return 0
    remaining = (dt.datetime.fromisoformat(locked_until) - now).total_seconds()
    return max(0, int(remaining + 0.999))
