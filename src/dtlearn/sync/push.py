"""Send the outbox to an LRS exactly once, whatever the link does on the way.

Every statement carries an id made on this device, so sending it again is harmless: that is
what lets a batch whose answer never arrived (a dropped connection, a timeout) simply be
sent again. A statement is marked sent only after the LRS said it has it, so a crash or a
pulled cable at any moment leaves it pending, never lost.

A 409 needs care because LRSs disagree about what it means for a batch: some answer 204 to
a resent identical statement, some 409, and some refuse the whole batch with 409 when one
statement in it is already stored, storing none of the others. So after a 409 we ask for
each statement of the batch by id, count the ones already there, report the ones stored
with different content (a conflict: never overwritten, never retried) and resend only the
ones missing.

Failures of the link back off exponentially with full jitter (AWS's "Exponential Backoff
and Jitter"), so fifty laptops reconnecting after a village power cut do not hammer the
LRS in step; an LRS that keeps failing ends the run with the rest still pending. A refusal
(bad key, bad request) stops at once with the LRS's own words, since retrying cannot help.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import random
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from dtlearn.store import outbox
from dtlearn.store.database import Store, now
from dtlearn.store.outbox import OutboxRow
from dtlearn.sync.lrs import LrsClient, LrsRefused, Response, TransientError
from dtlearn.sync.status import LAST_ERROR, LAST_SUCCESS

log = logging.getLogger(__name__)

BASE_DELAY = 0.5
MAX_DELAY = 30.0
# Set by the LRS on the way in (xAPI 1.0.3 Data 2.3.1, "Statement Immutability"), so
# absent from what we sent: never a reason to call two statements different.
LRS_FIELDS = frozenset({"stored", "authority", "version"})
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12}$")
_T = TypeVar("_T")


@dataclass(frozen=True)
class PushReport:
    """What one push did: ``sent`` newly stored, ``already`` found on the LRS after a 409,
    ``conflicts`` found stored differently, ``pending`` still waiting at the end."""

    sent: int = 0
    already: int = 0
    conflicts: int = 0
    pending: int = 0
    error: str | None = None
    stopped: bool = False


def push_pending(store: Store, client: LrsClient, *, batch_size: int = 200,
                 progress: Callable[[int, int], None] | None = None,
                 should_stop: Callable[[], bool] = lambda: False,
                 sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | None = None, max_retries: int = 8) -> PushReport:
    """Push every pending statement, oldest first, one batch at a time.

    Pages through the outbox instead of loading it, so a hub holding a province's results
    needs no more memory than one batch. ``should_stop`` is asked between batches (a batch
    in flight finishes, so nothing is left half-known); the next push resumes from there.
    Run it on its own ``Store`` when off the UI thread.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    pusher = _Pusher(store, client, sleep, rng or random.Random(), max_retries)
    total = outbox.pending_count(store)
    done = 0
    after = 0
    error: str | None = None
    stopped = False
    if progress and total:
        progress(0, total)
    try:
        while rows := outbox.pending(store, batch_size, after):
            if should_stop():
                stopped = True
                break
            pusher.deliver(rows)
            after = rows[-1].seq
            done += len(rows)
            total = max(total, done)  # statements recorded while we were pushing
            if progress:
                progress(done, total)
    except _Stop as stop:
        error = str(stop)
        log.warning("push stopped: %s", error)
    finally:
        client.close()
    if error:
        outbox.set_state(store, LAST_ERROR, error)
    elif done:
        outbox.set_state(store, LAST_SUCCESS, now())
        outbox.set_state(store, LAST_ERROR, "")
    return PushReport(sent=pusher.sent, already=pusher.already, conflicts=pusher.conflicts,
                      pending=outbox.pending_count(store), error=error, stopped=stopped)


def backoff_delay(failures: int, rng: random.Random, base: float = BASE_DELAY,
                  cap: float = MAX_DELAY) -> float:
    """Anywhere between 0 and base·2^(n-1), capped: the randomness (full jitter) keeps the
    devices that lost the link at the same moment from retrying at the same moment."""
    return rng.uniform(0.0, min(cap, base * 2.0 ** min(failures - 1, 64)))


def same_statement(ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> bool:
    """Whether the LRS's copy is the statement we sent, by xAPI's comparison rules.

    Ignored: fields the LRS adds (stored, authority, version), key order, timestamp
    spelling (compared as instants, to the millisecond), the case of UUIDs, and the
    ``objectType`` an LRS may add or drop where it is the default.
    """
    return _comparable(ours) == _comparable(theirs)


def differing_fields(ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> list[str]:
    """The top-level fields that differ, for the conflict note a trainer reads."""
    mine, other = _comparable(ours), _comparable(theirs)
    return sorted(k for k in mine.keys() | other.keys() if mine.get(k) != other.get(k))


class _Stop(Exception):
    """Ends the run: the LRS refused, or stayed unreachable through every retry."""


class _Pusher:
    """One run's counters and its retry state (failures in a row, across requests)."""

    def __init__(self, store: Store, client: LrsClient, sleep: Callable[[float], None],
                 rng: random.Random, max_retries: int) -> None:
        self.store = store
        self.client = client
        self.sleep = sleep
        self.rng = rng
        self.max_retries = max_retries
        self.failures = 0
        self.sent = 0
        self.already = 0
        self.conflicts = 0

    def call(self, request: Callable[[], _T]) -> _T:
        """One request, repeated through link failures with backoff; raises _Stop."""
        while True:
            try:
                result = request()
            except TransientError as error:
                self.failures += 1
                if self.failures > self.max_retries:
                    raise _Stop(f"LRS unreachable: {error} (tried {self.failures} times; "
                                "everything not sent is still pending)") from error
                delay = backoff_delay(self.failures, self.rng)
                log.info("LRS request failed (%s); retry %d in %.1f s", error,
                         self.failures, delay)
                self.sleep(delay)
            except LrsRefused as error:
                raise _Stop(f"The LRS refused the statements — {error}") from error
            else:
                self.failures = 0
                return result

    def deliver(self, rows: Sequence[OutboxRow]) -> None:
        """Get one batch onto the LRS, or raise _Stop with the batch still pending."""
        todo = list(rows)
        refusals = 0
        while todo:
            if refusals == 2:
                # The LRS keeps refusing a set it says it lacks (a race with another
                # sender, or an odd LRS): settle each statement on its own.
                self.one_by_one(todo)
                return
            response = self.call(functools.partial(self.client.post_statements,
                                                   [row.body for row in todo]))
            if response.ok:
                outbox.mark_sent(self.store, [row.id for row in todo])
                new = _newly_stored(response, todo)
                self.sent += new
                self.already += len(todo) - new
                return
            refusals += 1
            todo = self.confirm(todo)

    def confirm(self, rows: Sequence[OutboxRow]) -> list[OutboxRow]:
        """After a 409, look each statement up by id; returns those the LRS lacks."""
        missing: list[OutboxRow] = []
        confirmed: list[str] = []
        try:
            for row in rows:
                theirs = self.call(functools.partial(self.client.get_statement, row.id))
                if theirs is None:
                    missing.append(row)
                elif same_statement(row.body, theirs):
                    confirmed.append(row.id)
                else:
                    fields = ", ".join(differing_fields(row.body, theirs))
                    self.conflict(row.id, f"the LRS holds a different statement with this "
                                          f"id (differs in: {fields})")
        finally:
            # Even when the lookups are cut short, what was confirmed is on the LRS.
            if confirmed:
                outbox.mark_sent(self.store, confirmed)
                self.already += len(confirmed)
        return missing

    def one_by_one(self, rows: Sequence[OutboxRow]) -> None:
        for row in rows:
            response = self.call(functools.partial(self.client.put_statement, row.body))
            if response.ok:
                outbox.mark_sent(self.store, [row.id])
                self.sent += 1
            elif self.confirm([row]):
                self.conflict(row.id, "the LRS answers 409 for this id but does not "
                                      "return a statement for it")

    def conflict(self, statement_id: str, reason: str) -> None:
        log.warning("conflict on statement %s: %s", statement_id, reason)
        outbox.mark_conflict(self.store, statement_id, reason)
        self.conflicts += 1


def _newly_stored(response: Response, rows: Sequence[OutboxRow]) -> int:
    """How many of a stored batch were new to the LRS, when its answer tells.

    xAPI's POST answers with the ids of the batch, but Ralph, for one, lists only those it
    stored and answers 204 when it had them all; anything else counts as all new.
    """
    if response.status == 204:
        return 0
    ids = {row.id for row in rows}
    answered = response.data
    if (isinstance(answered, list) and all(isinstance(i, str) for i in answered)
            and set(answered) <= ids):
        return len(set(answered))
    return len(rows)


def _comparable(statement: Mapping[str, Any]) -> dict[str, Any]:
    canonical: dict[str, Any] = {k: _normal(v, k) for k, v in statement.items()
                                 if k not in LRS_FIELDS}
    for key, default in (("actor", "Agent"), ("object", "Activity")):
        if isinstance(canonical.get(key), dict):
            canonical[key].setdefault("objectType", default)
    context = canonical.get("context")
    activities = context.get("contextActivities") if isinstance(context, dict) else None
    if isinstance(activities, dict):
        for kind, value in activities.items():
            # An LRS returns each context activity kind as a list, even if sent as one.
            listed = value if isinstance(value, list) else [value]
            for activity in listed:
                if isinstance(activity, dict):
                    activity.setdefault("objectType", "Activity")
            activities[kind] = listed
    return canonical


def _normal(value: Any, key: str = "") -> Any:
    """A copy with timestamps as instants and UUIDs in lower case."""
    if isinstance(value, dict):
        return {k: _normal(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_normal(item) for item in value]
    if isinstance(value, str):
        if key == "timestamp":
            return _instant(value)
        if _UUID.match(value):
            return value.lower()
    return value


def _instant(text: str) -> dt.datetime | str:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)  # xAPI reads a bare timestamp as UTC
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)
