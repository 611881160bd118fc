"""Against a real LRS: statements made by real learning flows, pushed to Ralph on loopback,
read back through Ralph's own GET /xAPI/statements, each there exactly once.

The fake LRS proves the push loop against every fault; this proves that what we send is
what a real, independent xAPI implementation accepts, stores and returns (headers, auth,
statement shape, its 204-on-resend dialect). Ralph comes from ``.venv-lrs``, which
``make test`` creates; without it these tests fail rather than skip, so a green run always
means a real LRS was involved.
"""

from __future__ import annotations

import collections
import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from dtlearn.services.context import Services
from dtlearn.store import outbox
from dtlearn.store.database import Store
from dtlearn.sync.lrs import LrsClient
from dtlearn.sync.push import PushReport, push_pending, same_statement

from .ralph_server import LrsVenvMissing, RalphServer
from .test_xapi import learn_and_pass

pytestmark = pytest.mark.lrs

LEARNERS = 20  # 16 statements each: 320 in all


@pytest.fixture(scope="module")
def ralph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RalphServer]:
    try:
        server = RalphServer(tmp_path_factory.mktemp("ralph"))
    except LrsVenvMissing as missing:
        problem = str(missing)
    else:
        problem = ""
    if problem:
        pytest.fail(problem, pytrace=False)  # fail, not skip: make test always makes it
    with server:
        yield server


def client(ralph: RalphServer) -> LrsClient:
    return LrsClient(ralph.endpoint, ralph.key, ralph.secret, timeout=30)


def test_a_class_of_results_reaches_ralph_exactly_once(services: Services, ralph: RalphServer,
                                                       tmp_path: Path) -> None:
    for n in range(LEARNERS):
        services.settings.set("xapi_names", n % 2 == 0)  # names on for half of them
        learner = services.learners.create(f"Học viên {n}", "UBND phường Ba Đình", "Ba Đình",
                                           "Hà Nội")
        learn_and_pass(services, learner.id)
    ours = {s["id"]: s for s in (json.loads(r["body"]) for r in services.store.read(
        "SELECT body FROM outbox"))}
    assert len(ours) == 16 * LEARNERS
    # A second install holding the same results (a hub that also got them by bundle).
    hub_path = tmp_path / "hub.sqlite3"
    with contextlib.closing(sqlite3.connect(hub_path)) as copy:
        services.store.db.backup(copy)  # WAL-aware, unlike copying the file
    already_there = len(ralph.stored_ids())

    report = push_pending(services.store, client(ralph), batch_size=50)
    assert report == PushReport(sent=len(ours))
    assert outbox.pending_count(services.store) == 0

    read_back = [s for s in ralph.read_all() if s["id"] in ours]
    counts = collections.Counter(s["id"] for s in read_back)
    assert set(counts) == set(ours) and set(counts.values()) == {1}
    for statement in read_back:
        assert same_statement(ours[statement["id"]], statement)
        assert statement["stored"] and statement["authority"]  # Ralph's own additions
    assert len(ralph.stored_ids()) == already_there + len(ours)

    hub = Store(hub_path)
    try:
        assert outbox.pending_count(hub) == len(ours)
        again = push_pending(hub, client(ralph), batch_size=64)
        assert again == PushReport(already=len(ours))  # Ralph answers 204: had them all
        assert outbox.pending_count(hub) == 0
    finally:
        hub.close()
    stored = ralph.stored_ids()
    assert len(stored) == already_there + len(ours) and len(set(stored)) == len(stored)


def test_ralph_refusals_and_conflicts_come_back_in_its_words(ralph: RalphServer,
                                                             tmp_path: Path) -> None:
    from . import outbox_fill

    store = Store(tmp_path / "device.sqlite3")
    try:
        ids = outbox_fill.fill(store, 30, seed=42)
        wrong = LrsClient(ralph.endpoint, ralph.key, "not the secret", timeout=30)
        refused = push_pending(store, wrong)
        assert refused.error is not None and "401" in refused.error
        assert "Invalid authentication credentials" in refused.error
        assert refused.pending == 30

        # Another device already stored a different statement under one of our ids.
        row = store.read_one("SELECT body FROM outbox WHERE id = ?", [ids[5]])
        assert row is not None
        theirs = dict(json.loads(row["body"]), timestamp="2020-01-01T00:00:00.000+00:00")
        with client(ralph) as first:
            assert first.put_statement(theirs).ok
        report = push_pending(store, client(ralph), batch_size=10)
        assert report == PushReport(sent=29, conflicts=1)
        row = store.read_one("SELECT conflict FROM outbox WHERE id = ?", [ids[5]])
        assert row is not None and "timestamp" in row["conflict"]
        with client(ralph) as check:
            kept = check.get_statement(ids[5])
        assert kept is not None and same_statement(theirs, kept)  # not overwritten
        assert ralph.stored_ids().count(ids[5]) == 1
    finally:
        store.close()
