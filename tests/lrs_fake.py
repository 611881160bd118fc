"""A loopback xAPI statements endpoint that misbehaves on purpose.

Real LRSs fail in ways a unit test cannot fake with a mock: a socket closed after the batch
was stored, an answer that arrives after the client gave up, a 409 whose meaning depends on
the product. This server does all of them on 127.0.0.1, from a scripted or a seeded random
fault plan, and counts how many times each id was stored, which must never exceed one.

Conflict modes (what a POST does when some ids are already stored):
- ``lenient``: identical resends are ignored (200/204), like Ralph and many others;
- ``per-statement``: stores the new ones but answers 409 because some were there;
- ``whole-batch``: answers 409 and stores none of the batch.
A stored statement resent with different content is a 409 in every mode. Stored copies come
back the way LRSs return them: with ``stored``, ``authority`` and ``version`` added and the
timestamp spelt with ``Z``. ``ralph_lookups`` answers a lookup by id the way Ralph does.
"""

from __future__ import annotations

import base64
import collections
import datetime as dt
import json
import random
import socket
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

KEY = "dtlearn-test"
SECRET = "mật-khẩu-bí-mật"

Fault = Literal["ok", "drop_before", "drop_after", "500", "503", "stall", "400", "401"]
TRANSIENT: tuple[Fault, ...] = ("drop_before", "drop_after", "500", "503", "stall")
ConflictMode = Literal["lenient", "per-statement", "whole-batch"]


class FakeLrs:
    """The server and its state; use as a context manager, or ``start()``/``stop()``."""

    def __init__(self, *, conflict_mode: ConflictMode = "lenient", stall: float = 0.4,
                 key: str = KEY, secret: str = SECRET, ralph_lookups: bool = False) -> None:
        self.conflict_mode: ConflictMode = conflict_mode
        self.ralph_lookups = ralph_lookups
        self.stall = stall
        self._auth = "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()
        self.lock = threading.Lock()
        self.received: dict[str, dict[str, Any]] = {}  # exactly as sent to us
        self.stored: dict[str, dict[str, Any]] = {}  # as we give it back
        self.store_counts: collections.Counter[str] = collections.Counter()
        self.write_counts: collections.Counter[str] = collections.Counter()  # arrivals
        self.requests: list[tuple[str, int, Fault]] = []  # method, statements, fault
        self._script: collections.deque[Fault] = collections.deque()
        self._random: random.Random | None = None
        self._rates: dict[str, float] = {}
        self._server = _Server(("127.0.0.1", 0), self._handler_class())
        self._server.errors = []
        self._busy = 0
        self._thread: threading.Thread | None = None

    # --- life ----------------------------------------------------------------------------
    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/xAPI/"

    def start(self) -> FakeLrs:
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,),
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread:
            self._thread.join(timeout=5)
        if self._server.errors:
            raise AssertionError(f"the fake LRS failed: {self._server.errors!r}")

    def wait_idle(self, timeout: float = 5.0) -> None:
        """Let stalled requests finish (they may still store) before reading the state."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if not self._busy:
                    return
            time.sleep(0.01)
        raise AssertionError("fake LRS still busy")

    def __enter__(self) -> FakeLrs:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- fault plans ---------------------------------------------------------------------
    def script(self, faults: Iterable[Fault]) -> None:
        """The next requests, in order, get these faults ("ok" for none); then all are ok."""
        with self.lock:
            self._script.extend(faults)

    def random_faults(self, seed: int, rates: dict[str, float],
                      kinds: Sequence[Fault] = TRANSIENT) -> None:
        """Each request of a method gets one of ``kinds`` with that method's rate."""
        with self.lock:
            self._random = random.Random(seed)
            self._rates = dict(rates)
            self._kinds = tuple(kinds)

    def quiet(self) -> None:
        with self.lock:
            self._script.clear()
            self._random = None

    def _next_fault(self, method: str) -> Fault:
        with self.lock:
            if self._script:
                return self._script.popleft()
            if self._random and self._random.random() < self._rates.get(method, 0.0):
                return self._random.choice(self._kinds)
            return "ok"

    # --- state ---------------------------------------------------------------------------
    def put_directly(self, statement: dict[str, Any]) -> None:
        """Store a statement as if another device had sent it first."""
        with self.lock:
            self._store(statement)

    def _store(self, statement: dict[str, Any]) -> None:
        sid = statement["id"]
        assert sid not in self.stored, f"{sid} stored twice"
        self.received[sid] = json.loads(json.dumps(statement))
        copy = json.loads(json.dumps(statement))
        stamp = dt.datetime.fromisoformat(copy["timestamp"]).astimezone(dt.UTC)
        copy["timestamp"] = stamp.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        copy["stored"] = dt.datetime.now(dt.UTC).isoformat()
        copy["authority"] = {"objectType": "Agent", "name": "fake",
                             "account": {"homePage": "https://fake.invalid", "name": KEY}}
        copy["version"] = "1.0.3"
        self.stored[sid] = copy
        self.store_counts[sid] += 1

    def _differs(self, statement: dict[str, Any]) -> bool:
        return self.received[statement["id"]] != statement

    def _post(self, statements: list[dict[str, Any]]) -> tuple[int, object]:
        with self.lock:
            ids = [s.get("id") for s in statements]
            self.write_counts.update(str(i) for i in ids)
            if None in ids or len(set(ids)) != len(ids):
                return 400, {"message": "Every statement needs its own id in this test LRS."}
            known = [s for s in statements if s["id"] in self.stored]
            if any(self._differs(s) for s in known):
                return 409, {"message": "A different statement already has this id."}
            new = [s for s in statements if s["id"] not in self.stored]
            if known and self.conflict_mode == "whole-batch":
                return 409, {"message": f"{len(known)} statement(s) already stored; "
                                        "nothing stored."}
            for statement in new:
                self._store(statement)
            if known and self.conflict_mode == "per-statement":
                return 409, {"message": f"{len(known)} statement(s) already stored."}
            # Like Ralph: the ids it stored, or 204 when it had them all.
            return (200, [s["id"] for s in new]) if new else (204, None)

    def _put(self, statement_id: str, statement: dict[str, Any]) -> tuple[int, object]:
        with self.lock:
            self.write_counts[statement_id] += 1
            if statement.get("id", statement_id) != statement_id:
                return 400, {"message": "statementId does not match the statement's id"}
            if statement_id in self.stored:
                return (409, {"message": "different"}) if self._differs(statement) else (
                    204, None)
            self._store(statement)
            return 204, None

    def _get(self, statement_id: str) -> tuple[int, object]:
        with self.lock:
            found = self.stored.get(statement_id)
            if self.ralph_lookups:  # a StatementResult, empty when missing, never a 404
                return 200, {"statements": [found] if found else []}
            if found:
                return 200, found
            return 404, {"message": f"No statement with id {statement_id}"}

    # --- HTTP ----------------------------------------------------------------------------
    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        lrs = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real LRSs do

            def setup(self) -> None:
                super().setup()
                # Headers and body leave in two writes; without this, Nagle and delayed
                # ACKs add 40 ms to every answer.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self._serve("GET")

            def do_POST(self) -> None:
                self._serve("POST")

            def do_PUT(self) -> None:
                self._serve("PUT")

            def _serve(self, method: str) -> None:
                with lrs.lock:
                    lrs._busy += 1
                try:
                    self._serve_one(method)
                finally:
                    with lrs.lock:
                        lrs._busy -= 1

            def _serve_one(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                fault = lrs._next_fault(method)
                try:
                    body = json.loads(raw) if raw else None
                except ValueError:
                    body = None
                count = len(body) if isinstance(body, list) else int(body is not None)
                with lrs.lock:
                    lrs.requests.append((method, count, fault))
                if fault == "drop_before":
                    self.close_connection = True
                    return
                if fault in ("500", "503"):
                    self._answer(int(fault), {"error": "Service temporarily unavailable"})
                    return
                if fault == "400":
                    self._answer(400, {"message": "Statement rejected: actor is invalid"})
                    return
                if fault == "401" or self.headers.get("Authorization") != lrs._auth:
                    self._answer(401, {"message": "Unauthorized: bad key or secret"})
                    return
                if self.headers.get("X-Experience-API-Version") != "1.0.3":
                    self._answer(400, {"message": "X-Experience-API-Version 1.0.3 required"})
                    return
                if fault == "stall":
                    time.sleep(lrs.stall)  # the client has given up; we carry on and store
                status, payload = self._route(method, body)
                if fault == "drop_after":
                    self.close_connection = True
                    return
                self._answer(status, payload)

            def _route(self, method: str, body: object) -> tuple[int, object]:
                url = urlsplit(self.path)
                if not url.path.rstrip("/").endswith("/xAPI/statements"):
                    return 404, {"message": f"no resource {url.path}"}
                statement_id = (parse_qs(url.query).get("statementId") or [""])[0]
                if method == "GET" and statement_id:
                    return lrs._get(statement_id)
                if method == "PUT" and statement_id and isinstance(body, dict):
                    return lrs._put(statement_id, body)
                if method == "POST" and isinstance(body, list | dict):
                    return lrs._post(body if isinstance(body, list) else [body])
                return 400, {"message": "unsupported request"}

            def _answer(self, status: int, payload: object) -> None:
                data = b"" if payload is None else json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    self.close_connection = True  # the client left (it timed out)

        return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    errors: list[BaseException]

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that timed out and left is part of the test; anything else is a bug in
        the fake, kept so that ``stop()`` fails the test instead of printing it."""
        error = sys.exc_info()[1]
        if error is not None and not isinstance(error, ConnectionError | TimeoutError):
            self.errors.append(error)


@contextmanager
def running(**options: Any) -> Iterator[FakeLrs]:
    with FakeLrs(**options) as lrs:
        yield lrs
