"""Pushing the outbox to an LRS: exactly once through faults, and each rule on its own."""

from __future__ import annotations

import io
import json
import random
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dtlearn.app import main
from dtlearn.paths import Paths
from dtlearn.services.context import Services
from dtlearn.settings import Settings
from dtlearn.store import outbox
from dtlearn.store.database import Store
from dtlearn.sync import credentials
from dtlearn.sync.credentials import Storage, load_secret, save_secret, storage_kind
from dtlearn.sync.lrs import LrsClient, LrsRefused, TransientError, lrs_message
from dtlearn.sync.push import (
    BASE_DELAY,
    MAX_DELAY,
    PushReport,
    backoff_delay,
    differing_fields,
    push_pending,
    same_statement,
)
from dtlearn.sync.status import LAST_ERROR, LAST_SUCCESS

from . import outbox_fill
from .lrs_fake import KEY, SECRET, ConflictMode, FakeLrs, Fault
from .test_xapi import learn_and_pass

TIMEOUT = 0.3  # the client's; the fake stalls 0.4 s, just past it


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "push.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def lrs() -> Iterator[FakeLrs]:
    with FakeLrs() as server:
        yield server


class Sleeps(list[float]):
    """Stands in for time.sleep: records each delay and returns at once."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class Highest(random.Random):
    """Jitter that always picks the top of its range, to see the bound itself grow."""

    def uniform(self, a: float, b: float) -> float:
        return b


def client(lrs: FakeLrs, secret: str = SECRET) -> LrsClient:
    return LrsClient(lrs.endpoint, KEY, secret, timeout=TIMEOUT)


def push(store: Store, lrs: FakeLrs, **options: Any) -> PushReport:
    options.setdefault("sleep", Sleeps())
    options.setdefault("rng", random.Random(7))
    return push_pending(store, client(lrs, options.pop("secret", SECRET)), **options)


def body(store: Store, statement_id: str) -> dict[str, Any]:
    row = store.read_one("SELECT body FROM outbox WHERE id = ?", [statement_id])
    assert row is not None
    return dict(json.loads(row["body"]))


def unsent(store: Store) -> set[str]:
    return {row["id"] for row in store.read("SELECT id FROM outbox WHERE sent_at IS NULL")}


# --- exactly once ------------------------------------------------------------------------
@pytest.mark.parametrize(("seed", "mode"), [(1, "lenient"), (2, "per-statement"),
                                            (3, "whole-batch"), (6, "whole-batch")])
def test_exactly_once_through_random_faults(store: Store, seed: int,
                                            mode: ConflictMode) -> None:
    ids = outbox_fill.fill(store, 1000, seed=seed)
    sleeps = Sleeps()
    with FakeLrs(conflict_mode=mode) as lrs:
        lrs.random_faults(seed, {"POST": 0.35, "PUT": 0.35, "GET": 0.05})
        report = push(store, lrs, batch_size=50, sleep=sleeps, rng=random.Random(seed))
        lrs.wait_idle()
    assert report.error is None
    assert report.pending == 0 and outbox.pending_count(store) == 0
    assert report.sent + report.already == 1000 and report.conflicts == 0
    assert set(lrs.stored) == set(ids)  # none lost, nothing foreign
    assert set(lrs.store_counts.values()) == {1}  # none twice
    faults = {fault for _, _, fault in lrs.requests}
    assert {"drop_after", "stall"} & faults, "the faults that store and then fail happened"
    assert max(lrs.write_counts.values()) > 1, "some statements really were sent again"
    if mode != "lenient":
        assert report.already > 0, "a 409 was settled by looking statements up"
    assert sleeps and all(0 <= s <= MAX_DELAY for s in sleeps)


# --- each behaviour ----------------------------------------------------------------------
def test_2xx_marks_every_statement_sent_batch_by_batch(store: Store, lrs: FakeLrs) -> None:
    ids = outbox_fill.fill(store, 450)
    seen: list[tuple[int, int]] = []
    report = push(store, lrs, batch_size=200, progress=lambda d, t: seen.append((d, t)))
    assert report == PushReport(sent=450, pending=0)
    assert [count for method, count, _ in lrs.requests] == [200, 200, 50]
    assert seen == [(0, 450), (200, 450), (400, 450), (450, 450)]
    assert set(lrs.stored) == set(ids) and unsent(store) == set()
    assert outbox.get_state(store, LAST_SUCCESS) and outbox.get_state(store, LAST_ERROR) == ""
    again = push(store, lrs)
    assert again == PushReport() and len(lrs.requests) == 3


def test_statements_made_by_the_app_arrive_intact(services: Services, lrs: FakeLrs) -> None:
    learner = services.learners.create("Nguyễn Thị Hoa", "UBND xã Tân Lập")
    learn_and_pass(services, learner.id)
    mine = [json.loads(r["body"]) for r in services.store.read("SELECT body FROM outbox")]
    report = push(services.store, lrs)
    assert report.sent == len(mine) == 16
    for statement in mine:
        assert lrs.received[statement["id"]] == statement
        assert same_statement(statement, lrs.stored[statement["id"]])


def test_an_lrs_that_ignores_resent_statements_says_which_were_new(store: Store,
                                                                     lrs: FakeLrs) -> None:
    ids = outbox_fill.fill(store, 10)
    for statement_id in ids[:3]:
        lrs.put_directly(body(store, statement_id))
    assert push(store, lrs) == PushReport(sent=7, already=3)
    assert unsent(store) == set() and set(lrs.store_counts.values()) == {1}


def test_409_per_statement_confirms_and_resends_nothing_stored(store: Store) -> None:
    ids = outbox_fill.fill(store, 10)
    with FakeLrs(conflict_mode="per-statement") as lrs:
        for statement_id in ids[:3]:  # another sender (the hub) got there first
            lrs.put_directly(body(store, statement_id))
        report = push(store, lrs)
    # The 409 stored the seven new ones; every id is confirmed by GET, none sent again.
    assert report == PushReport(already=10)
    assert [(m, n) for m, n, _ in lrs.requests] == [("POST", 10)] + [("GET", 0)] * 10
    assert set(lrs.store_counts.values()) == {1} and set(lrs.stored) == set(ids)
    assert unsent(store) == set()


def test_409_whole_batch_resends_only_the_missing(store: Store) -> None:
    ids = outbox_fill.fill(store, 10)
    with FakeLrs(conflict_mode="whole-batch") as lrs:
        for statement_id in ids[:3]:
            lrs.put_directly(body(store, statement_id))
        report = push(store, lrs)
    assert report == PushReport(sent=7, already=3)
    assert [(m, n) for m, n, _ in lrs.requests] == (
        [("POST", 10)] + [("GET", 0)] * 10 + [("POST", 7)])
    assert all(lrs.write_counts[i] == 1 for i in ids[:3])
    assert all(lrs.write_counts[i] == 2 for i in ids[3:])
    assert set(lrs.store_counts.values()) == {1} and unsent(store) == set()


def test_a_409_that_keeps_coming_is_settled_one_statement_at_a_time(store: Store) -> None:
    ids = outbox_fill.fill(store, 6)
    with FakeLrs(conflict_mode="whole-batch") as lrs:
        lrs.put_directly(body(store, ids[0]))
        # Each POST of the rest is refused too, as if a second sender raced us twice.
        original = lrs._post

        def racing(statements: list[dict[str, Any]]) -> tuple[int, object]:
            if len(statements) < 6:
                return 409, {"message": "raced"}
            return original(statements)

        lrs._post = racing  # type: ignore[method-assign]
        report = push(store, lrs)
    assert report == PushReport(sent=5, already=1)
    methods = [m for m, _, _ in lrs.requests]
    assert methods.count("PUT") == 5 and methods[-5:] == ["PUT"] * 5
    assert unsent(store) == set()


def test_a_different_statement_under_our_id_is_a_conflict_never_overwritten(
        store: Store, lrs: FakeLrs) -> None:
    ids = outbox_fill.fill(store, 8)
    theirs = body(store, ids[2])
    theirs["timestamp"] = "2020-01-01T00:00:00.000+00:00"
    lrs.put_directly(theirs)
    before = json.dumps(lrs.stored[ids[2]], sort_keys=True)
    report = push(store, lrs)
    assert report == PushReport(sent=7, conflicts=1)
    assert json.dumps(lrs.stored[ids[2]], sort_keys=True) == before
    row = store.read_one("SELECT conflict, sent_at FROM outbox WHERE id = ?", [ids[2]])
    assert row is not None and row["sent_at"] is None
    assert "different statement" in row["conflict"] and "timestamp" in row["conflict"]
    assert outbox.conflict_count(store) == 1 and outbox.pending_count(store) == 0
    requests = len(lrs.requests)
    assert push(store, lrs) == PushReport() and len(lrs.requests) == requests  # not retried


@pytest.mark.parametrize("fault", ["500", "503", "drop_before", "drop_after", "stall"])
def test_each_transient_fault_is_retried_after_a_pause(store: Store, lrs: FakeLrs,
                                                       fault: Any) -> None:
    ids = outbox_fill.fill(store, 20)
    lrs.script([fault])
    sleeps = Sleeps()
    report = push(store, lrs, sleep=sleeps)
    lrs.wait_idle()
    assert report.error is None and report.sent + report.already == 20
    assert len(sleeps) == 1 and 0 <= sleeps[0] <= BASE_DELAY
    assert set(lrs.stored) == set(ids) and set(lrs.store_counts.values()) == {1}


def test_backoff_grows_exponentially_with_full_jitter(store: Store, lrs: FakeLrs) -> None:
    outbox_fill.fill(store, 20)
    lrs.script(["503", "500", "drop_before", "503", "stall", "503", "503", "503"])
    sleeps = Sleeps()
    report = push(store, lrs, sleep=sleeps, rng=Highest(), max_retries=8)
    assert report.error is None and report.pending == 0
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    rng = random.Random(3)
    jittered = [backoff_delay(n, rng) for n in range(1, 2001)]
    bounds = [min(MAX_DELAY, BASE_DELAY * 2 ** min(n - 1, 64)) for n in range(1, 2001)]
    assert all(0 <= d <= b for d, b in zip(jittered, bounds, strict=True))
    assert len({round(d, 6) for d in jittered}) > 1900  # really random, not the bound


def test_failures_in_a_row_reset_after_a_success(store: Store, lrs: FakeLrs) -> None:
    outbox_fill.fill(store, 20)
    lrs.script(["503", "503", "ok", "503"])
    sleeps = Sleeps()
    push(store, lrs, batch_size=10, sleep=sleeps, rng=Highest())
    assert sleeps == [0.5, 1.0, 0.5]


def test_after_max_retries_it_stops_unreachable_and_loses_nothing(store: Store,
                                                                 lrs: FakeLrs) -> None:
    ids = outbox_fill.fill(store, 30)
    down: list[Fault] = ["503"] * 10
    lrs.script(["ok", *down])
    sleeps = Sleeps()
    report = push(store, lrs, batch_size=10, sleep=sleeps, max_retries=3)
    assert report.error is not None and "LRS unreachable" in report.error
    assert "tried 4 times" in report.error
    assert report.sent == 10 and report.pending == 20 and len(sleeps) == 3
    assert unsent(store) == set(ids[10:])
    assert outbox.get_state(store, LAST_ERROR) == report.error
    lrs.quiet()
    assert push(store, lrs) == PushReport(sent=20)
    assert set(lrs.stored) == set(ids)


def test_connection_refused_is_unreachable(store: Store) -> None:
    outbox_fill.fill(store, 5)
    with FakeLrs() as lrs:
        endpoint = lrs.endpoint
    report = push_pending(store, LrsClient(endpoint, KEY, SECRET, timeout=TIMEOUT),
                          sleep=Sleeps(), max_retries=2)
    assert report.error is not None and "LRS unreachable" in report.error
    assert "connection refused" in report.error and report.pending == 5


def test_bad_credentials_stop_at_once_with_the_lrs_message(store: Store,
                                                          lrs: FakeLrs) -> None:
    outbox_fill.fill(store, 5)
    sleeps = Sleeps()
    report = push(store, lrs, secret="wrong", sleep=sleeps)
    assert report.error is not None and "Unauthorized: bad key or secret" in report.error
    assert "401" in report.error
    assert report.sent == 0 and report.pending == 5 and sleeps == []
    assert len(lrs.requests) == 1 and lrs.stored == {}
    assert outbox.get_state(store, LAST_SUCCESS) is None


def test_a_rejected_batch_stops_the_push_with_nothing_of_it_marked(store: Store,
                                                                  lrs: FakeLrs) -> None:
    ids = outbox_fill.fill(store, 30)
    lrs.script(["ok", "400"])
    report = push(store, lrs, batch_size=10)
    assert report.error is not None and "Statement rejected: actor is invalid" in report.error
    assert report.sent == 10 and report.pending == 20
    assert unsent(store) == set(ids[10:]) and len(lrs.requests) == 2


def test_should_stop_ends_between_batches_and_a_later_push_resumes(store: Store,
                                                                   lrs: FakeLrs) -> None:
    ids = outbox_fill.fill(store, 50)
    batches: list[int] = []
    report = push(store, lrs, batch_size=10, progress=lambda d, t: batches.append(d),
                  should_stop=lambda: len(batches) >= 3)
    assert report.stopped and report.error is None
    assert report.sent == 20 and report.pending == 30
    assert unsent(store) == set(ids[20:])
    resumed = push(store, lrs, batch_size=10)
    assert resumed == PushReport(sent=30)
    assert set(lrs.stored) == set(ids) and set(lrs.store_counts.values()) == {1}


def test_statements_recorded_during_a_push_are_sent_too(store: Store, lrs: FakeLrs) -> None:
    outbox_fill.fill(store, 20)
    extra = outbox_fill.statements(5, seed=99)
    added: list[bool] = []

    def record_more(done: int, total: int) -> None:
        if done and not added:
            added.append(True)
            outbox.record(store, extra)

    report = push(store, lrs, batch_size=10, progress=record_more)
    assert report.sent == 25 and report.pending == 0


# --- comparing statements ----------------------------------------------------------------
def test_same_statement_ignores_what_an_lrs_may_change() -> None:
    ours = outbox_fill.statements(1, seed=5)[0]
    ours["context"]["registration"] = "1D5A2B3C-0000-4000-8000-00000000000A"
    theirs = json.loads(json.dumps(ours))
    theirs = dict(reversed(list(theirs.items())))  # key order
    theirs["timestamp"] = ours["timestamp"].replace("+00:00", "Z")
    theirs["stored"] = "2026-11-22T10:00:00.123456Z"
    theirs["authority"] = {"objectType": "Agent", "account": {"homePage": "x", "name": "y"}}
    theirs["version"] = "1.0.0"
    theirs["context"]["registration"] = ours["context"]["registration"].lower()
    del theirs["actor"]["objectType"]
    parent = theirs["context"]["contextActivities"]["parent"][0]
    del parent["objectType"]
    assert same_statement(ours, theirs)
    local = dict(theirs, timestamp="2026-11-02T08:00:00.000+07:00")
    assert same_statement(dict(ours, timestamp="2026-11-02T01:00:00Z"), local)
    assert same_statement(dict(ours, timestamp="2026-11-02T01:00:00.000123Z"), local)


def test_same_statement_sees_real_differences() -> None:
    ours = outbox_fill.statements(1, seed=6)[0]
    changed = json.loads(json.dumps(ours))
    changed["verb"]["id"] = "http://adlnet.gov/expapi/verbs/failed"
    assert not same_statement(ours, changed)
    assert differing_fields(ours, changed) == ["verb"]
    later = dict(ours, timestamp="2026-11-02T01:00:01.000Z")
    assert not same_statement(dict(ours, timestamp="2026-11-02T01:00:00.000Z"), later)


# --- the client ----------------------------------------------------------------------------
def test_client_headers_lookup_and_put(lrs: FakeLrs) -> None:
    statement = outbox_fill.statements(1)[0]
    lrs_client = client(lrs)
    assert lrs_client.get_statement(statement["id"]) is None  # 404
    assert lrs_client.put_statement(statement).status == 204
    assert lrs_client.put_statement(statement).status == 204  # identical resend
    assert lrs_client.put_statement(dict(statement, timestamp="2020-01-01T00:00:00Z")
                                    ).status == 409
    stored = lrs_client.get_statement(statement["id"])
    assert stored is not None and stored["version"] == "1.0.3"
    lrs_client.close()


def test_client_reuses_its_connection(lrs: FakeLrs) -> None:
    lrs_client = client(lrs)
    lrs_client.get_statement("00000000-0000-4000-8000-000000000000")
    first = lrs_client._conn
    lrs_client.get_statement("00000000-0000-4000-8000-000000000001")
    assert first is not None and lrs_client._conn is first
    lrs.script(["drop_before"])
    with pytest.raises(TransientError, match="dropped"):
        lrs_client.get_statement("00000000-0000-4000-8000-000000000002")
    assert lrs_client.get_statement("00000000-0000-4000-8000-000000000003") is None
    lrs_client.close()


def test_client_reads_lookups_answered_the_way_ralph_does() -> None:
    statement = outbox_fill.statements(1)[0]
    with FakeLrs(ralph_lookups=True) as lrs:
        lrs_client = client(lrs)
        assert lrs_client.get_statement(statement["id"]) is None
        lrs.put_directly(statement)
        stored = lrs_client.get_statement(statement["id"])
        lrs_client.close()
    assert stored is not None and same_statement(statement, stored)


def test_client_goes_through_an_http_proxy(lrs: FakeLrs,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("http_proxy", lrs.endpoint.split("/xAPI")[0])
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    statement = outbox_fill.statements(1)[0]
    with LrsClient("http://lrs.tinh.invalid/xAPI/", KEY, SECRET, timeout=TIMEOUT) as proxied:
        assert proxied.post_statements([statement]).status == 200
    assert statement["id"] in lrs.stored


def test_client_refuses_an_address_that_is_not_http() -> None:
    with pytest.raises(LrsRefused, match="must start with https://"):
        LrsClient("lrs.example/xAPI", KEY, SECRET)


@pytest.mark.parametrize(("raw", "message"), [
    (b'{"message": "Bad key"}', "Bad key"),
    (b'{"error": true, "message": "  Invalid\\n statement  "}', "Invalid statement"),
    (b'{"detail": "Invalid authentication credentials"}', "Invalid authentication credentials"),
    (b'{"detail": [{"msg": "field required"}, {"msg": "not a UUID"}]}',
     "field required; not a UUID"),
    (b"<html><body>Bad Gateway</body></html>", "<html><body>Bad Gateway</body></html>"),
    (b"x" * 1000, "x" * 299 + "\u2026"),
])
def test_the_lrs_message_is_taken_from_its_answer(raw: bytes, message: str) -> None:
    assert lrs_message(raw) == message


# --- credentials ---------------------------------------------------------------------------
def test_without_a_keyring_the_secret_is_in_an_owner_only_file(paths: Paths) -> None:
    assert save_secret(paths, "key-1", "bí mật") is Storage.FILE
    assert save_secret(paths, "key-2", "other") is Storage.FILE
    mode = stat.S_IMODE(paths.credentials_file.stat().st_mode)
    assert mode == 0o600
    assert storage_kind(paths) is Storage.FILE
    assert load_secret(paths, "key-1") == "bí mật" and load_secret(paths, "key-2") == "other"
    assert load_secret(paths, "nobody") is None
    assert not list(paths.credentials_file.parent.glob(".lrs-*"))  # no temp file left


def test_a_damaged_credentials_file_reads_as_no_secret(paths: Paths) -> None:
    paths.credentials_file.parent.mkdir(parents=True, exist_ok=True)
    paths.credentials_file.write_text("{not json", encoding="utf-8")
    assert load_secret(paths, "key") is None
    save_secret(paths, "key", "new")
    assert load_secret(paths, "key") == "new"


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[tuple[str, str], str]]:
    """A keyring backend living in a dict: the code path of a real one, touching none."""
    import keyring
    from keyring.backend import KeyringBackend

    saved: dict[tuple[str, str], str] = {}

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return saved.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            saved[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            saved.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    monkeypatch.delenv(credentials.ENV_NO_KEYRING)
    yield saved
    keyring.set_keyring(previous)


def test_a_usable_keyring_holds_the_secret_and_the_plain_copy_goes(
        paths: Paths, memory_keyring: dict[tuple[str, str], str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(credentials.ENV_NO_KEYRING, "1")
    save_secret(paths, "key", "in a file first")
    monkeypatch.delenv(credentials.ENV_NO_KEYRING)
    assert storage_kind(paths) is Storage.FILE  # still in the file until saved again
    assert save_secret(paths, "key", "kept safe") is Storage.KEYRING
    assert memory_keyring == {("dtlearn-lrs", "key"): "kept safe"}
    assert not paths.credentials_file.exists()
    assert storage_kind(paths) is Storage.KEYRING
    assert load_secret(paths, "key") == "kept safe"


def test_a_failing_keyring_falls_back_to_the_file(
        paths: Paths, memory_keyring: dict[tuple[str, str], str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    def broken(*args: object) -> None:
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(keyring, "set_password", broken)
    assert save_secret(paths, "key", "still saved") is Storage.FILE
    assert load_secret(paths, "key") == "still saved"


# --- the command line ----------------------------------------------------------------------
def test_cli_push_and_status(services: Services, lrs: FakeLrs,
                             capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    learner = services.learners.create("Trần Văn Nam")
    learn_and_pass(services, learner.id)

    assert main(["sync", "push"]) == 1
    assert "No LRS address is set" in capsys.readouterr().err

    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    assert main(["sync", "push", "--endpoint", lrs.endpoint, "--key", KEY,
                 "--secret-stdin", "--batch", "5"]) == 1
    out, err = capsys.readouterr()
    assert "stored in a file only your user account can read" in out
    assert str(services.paths.credentials_file) in out
    assert "Sent 0, already on the LRS 0, conflicts 0, still pending 16" in out
    assert "Unauthorized: bad key or secret" in err

    assert main(["sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "Pending statements: 16" in out and "Last successful push: never" in out
    assert "Last error:" in out and "Unauthorized" in out

    monkeypatch.setattr("sys.stdin", io.StringIO(SECRET + "\n"))
    assert main(["sync", "push", "--secret-stdin"]) == 0  # endpoint, key, batch remembered
    out, err = capsys.readouterr()
    assert "Sent 16, already on the LRS 0, conflicts 0, still pending 0" in out
    assert "16/16 statements" in err
    assert [n for _, n, _ in lrs.requests[1:]] == [5, 5, 5, 1]
    saved = Settings(services.paths.settings_file)  # what the window reads on its next start
    assert saved.get("lrs_endpoint") == lrs.endpoint and saved.get("lrs_batch") == 5

    assert main(["sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "Pending statements: 0" in out and "Last successful push: 20" in out
    assert "Last error" not in out
    assert main(["sync", "push"]) == 0  # nothing left: still a success
    assert "still pending 0" in capsys.readouterr().out


def test_cli_status_lists_the_devices_a_hub_heard_from(services: Services, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    learner = services.learners.create("Đỗ Thị Lan")
    learn_and_pass(services, learner.id)
    bundle = tmp_path / "lan.dtsync"
    assert main(["sync", "export", "-o", str(bundle)]) == 0
    hub_dir = str(tmp_path / "hub")
    assert main(["--data-dir", hub_dir, "sync", "import", str(bundle)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", hub_dir, "sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "Pending statements: 16" in out  # the hub can push them on
    assert "Devices heard from (by bundle): 1" in out
    assert services.store.device_id in out and "16 statements" in out
