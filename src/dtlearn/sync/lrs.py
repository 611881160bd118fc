"""An xAPI client for one Learning Record Store, with every failure sorted into two kinds.

The push loop only has to know whether to try again later (``TransientError``: the link or
the server failed, not the request) or to stop and show the person what the LRS said
(``LrsRefused``: a wrong key, a bad address, a statement the LRS will not take). 409 is
neither: it is returned, because only the caller can tell a resend from a real conflict.

Standard library only (``http.client``), so a frozen build carries no HTTP stack of its
own. One connection is kept open between requests: on a weak rural link a TLS handshake
per batch costs more round trips than the batch itself. Proxies named in the usual
environment variables are honoured, since office networks often allow nothing else.
"""

from __future__ import annotations

import base64
import http.client
import json
import select
import socket
import ssl
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import SplitResult, unquote, urlencode, urlsplit

from dtlearn import __version__
from dtlearn.errors import UserError

XAPI_VERSION = "1.0.3"
_MESSAGE_CHARS = 300


class LrsError(UserError):
    """Anything that kept statements from reaching the LRS; the text is for a person."""


class TransientError(LrsError):
    """The link or the LRS failed (refused, dropped, timed out, 5xx): worth retrying."""


class LrsRefused(LrsError):
    """The LRS understood and said no (bad key, bad request): retrying will not help.

    ``status`` is the HTTP status, or 0 when the refusal came before HTTP (an untrusted
    certificate, an address that is not http(s)). ``message`` is the LRS's own words.
    """

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
        prefix = f"HTTP {status}: " if status else ""
        super().__init__(f"{prefix}{message}")


@dataclass(frozen=True)
class Response:
    """A 2xx or 409 answer; ``data`` is the parsed JSON body, or None if there was none."""

    status: int
    data: Any

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


class LrsClient:
    """The statements resource of one LRS, authenticated with a Basic-auth key and secret.

    Not thread-safe: one push uses one client.
    """

    def __init__(self, endpoint: str, key: str, secret: str, timeout: float = 15.0) -> None:
        parts = urlsplit(endpoint.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise LrsRefused(0, f"The LRS address must start with https:// (or http:// on a "
                                f"local network): {endpoint!r}")
        self.endpoint = endpoint
        self.timeout = timeout
        self._scheme = parts.scheme
        self._host = parts.hostname
        self._port = parts.port or (443 if parts.scheme == "https" else 80)
        self._path = parts.path.rstrip("/") + "/statements"
        token = base64.b64encode(f"{key}:{secret}".encode()).decode("ascii")
        self._headers = {
            "X-Experience-API-Version": XAPI_VERSION,
            "Authorization": f"Basic {token}",
            "Accept": "application/json",
            "User-Agent": f"dtlearn/{__version__}",
        }
        self._proxy = _proxy_for(parts.scheme, self._host)
        self._tunnel_headers: dict[str, str] = {}
        if self._proxy and self._proxy.username:
            credentials = f"{unquote(self._proxy.username)}:{unquote(self._proxy.password or '')}"
            auth = "Basic " + base64.b64encode(credentials.encode()).decode("ascii")
            if self._scheme == "https":
                self._tunnel_headers["Proxy-Authorization"] = auth
            else:
                self._headers["Proxy-Authorization"] = auth
        self._conn: http.client.HTTPConnection | None = None

    # --- the three requests a push needs -------------------------------------------------
    def post_statements(self, statements: Sequence[Mapping[str, Any]]) -> Response:
        """POST a list: 2xx when all are stored, or a 409 for the caller to sort out."""
        return self._send("POST", {}, list(statements))

    def put_statement(self, statement: Mapping[str, Any]) -> Response:
        """PUT one statement under its own id: the resend that is idempotent on every LRS."""
        return self._send("PUT", {"statementId": statement["id"]}, statement)

    def get_statement(self, statement_id: str) -> dict[str, Any] | None:
        """The LRS's copy of one statement, or None if it does not have it."""
        status, body = self._request("GET", {"statementId": statement_id})
        if status == 404:
            return None
        data = _checked(status, body)
        if isinstance(data, dict) and "actor" not in data and isinstance(
                data.get("statements"), list):
            # Ralph answers a lookup by id with a StatementResult ({"statements": [...]},
            # empty when missing) instead of the bare statement or a 404.
            return next((s for s in data["statements"]
                         if isinstance(s, dict) and s.get("id") == statement_id), None)
        if not isinstance(data, dict):
            raise TransientError("The LRS answered a statement lookup with something that "
                                 "is not a statement.")
        return data

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> LrsClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing ------------------------------------------------------------------------
    def _send(self, method: str, query: dict[str, str], payload: object) -> Response:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        status, raw = self._request(method, query, body)
        if status == 409:
            return Response(409, _parse(raw))
        return Response(status, _checked(status, raw))

    def _request(self, method: str, query: dict[str, str],
                 body: bytes | None = None) -> tuple[int, bytes]:
        target = self._path + ("?" + urlencode(query) if query else "")
        if self._proxy and self._scheme == "http":
            target = f"http://{self._host}:{self._port}{target}"  # absolute form via a proxy
        headers = dict(self._headers)
        if body is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        try:
            return self._exchange(method, target, body, headers)
        except ssl.SSLCertVerificationError as error:
            self.close()
            raise LrsRefused(0, f"The LRS's certificate cannot be trusted "
                                f"({error.verify_message}).") from error
        except TimeoutError as error:
            self.close()
            raise TransientError(f"The LRS did not answer within {self.timeout:g} s.") from error
        except (OSError, http.client.HTTPException) as error:
            self.close()
            raise TransientError(f"Could not reach the LRS at {self._host}: "
                                 f"{_describe(error)}") from error

    def _exchange(self, method: str, target: str, body: bytes | None,
                  headers: dict[str, str]) -> tuple[int, bytes]:
        conn = self._connection()
        conn.request(method, target, body=body, headers=headers)
        response = conn.getresponse()
        raw = response.read()
        if response.will_close:
            self.close()
        return response.status, raw

    def _connection(self) -> http.client.HTTPConnection:
        """The open connection, unless the server closed it while it sat idle.

        Checked before sending (as urllib3 does), not by resending after a failure: a
        request that failed after it left may have been stored, and that is for the push
        loop to settle, not for a silent retry here.
        """
        if self._conn is not None and _closed_by_peer(self._conn):
            self.close()
        if self._conn is None:
            self._conn = self._connect()
        return self._conn

    def _connect(self) -> http.client.HTTPConnection:
        host, port = self._host, self._port
        if self._proxy:
            host, port = self._proxy.hostname or host, self._proxy.port or 8080
        conn: http.client.HTTPConnection
        if self._scheme == "https":
            conn = http.client.HTTPSConnection(host, port, timeout=self.timeout,
                                               context=ssl.create_default_context())
            if self._proxy:
                conn.set_tunnel(self._host, self._port, headers=self._tunnel_headers)
        else:
            conn = http.client.HTTPConnection(host, port, timeout=self.timeout)
        return conn


def _closed_by_peer(conn: http.client.HTTPConnection) -> bool:
    """An idle kept-alive socket that is readable has been closed (or sent junk): drop it."""
    sock = conn.sock
    if sock is None:
        return False
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


def _proxy_for(scheme: str, host: str) -> SplitResult | None:
    """The proxy the environment names for this host (``https_proxy``, ``no_proxy``).

    Loopback never goes through a proxy: no proxy can reach this machine's own LRS.
    """
    if host in ("localhost", "::1") or host.startswith("127."):
        return None
    if urllib.request.proxy_bypass(host):
        return None
    proxy = urllib.request.getproxies().get(scheme)
    if not proxy:
        return None
    return urlsplit(proxy if "://" in proxy else f"http://{proxy}")


def _checked(status: int, raw: bytes) -> Any:
    """The parsed body of a success; raises the right error for anything else."""
    if 200 <= status < 300:
        return _parse(raw)
    message = lrs_message(raw) or http.client.responses.get(status, "unknown status")
    if status >= 500 or status in (408, 429):
        raise TransientError(f"The LRS is having trouble (HTTP {status}): {message}")
    if 300 <= status < 400:
        message = f"The LRS address answers with a redirect ({message}); check the address."
    raise LrsRefused(status, message)


def _parse(raw: bytes) -> Any:
    if not raw.strip():
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def lrs_message(raw: bytes) -> str:
    """What the LRS said, trimmed: its JSON "message"/"error"/"detail" or the body text."""
    data = _parse(raw)
    text: object = None
    if isinstance(data, dict):
        text = next((data[k] for k in ("message", "error", "detail") if data.get(k)), None)
        if isinstance(text, list):  # FastAPI's validation errors: a list of {"msg": ...}
            text = "; ".join(str(item.get("msg", item)) if isinstance(item, dict) else str(item)
                             for item in text)
    if text is None:
        text = raw.decode("utf-8", errors="replace")
    words = " ".join(str(text).split())
    return words if len(words) <= _MESSAGE_CHARS else words[:_MESSAGE_CHARS - 1] + "…"


def _describe(error: BaseException) -> str:
    if isinstance(error, ConnectionRefusedError):
        return "connection refused (is the address right and the LRS running?)"
    if isinstance(error, http.client.RemoteDisconnected | ConnectionResetError |
                  http.client.IncompleteRead | BrokenPipeError):
        return "the connection was dropped"
    if isinstance(error, socket.gaierror):
        return "the name could not be looked up (no connection, or a wrong address)"
    return str(error) or type(error).__name__
