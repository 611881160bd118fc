"""A real LRS on loopback: Ralph (ralph-malph 5.x) with its file-system backend.

Shared by the integration test and ``bench/sync_push.py``. Ralph runs from its own
virtualenv, ``.venv-lrs`` (``make lrs-venv``, part of ``make test``), because its pins
(FastAPI, pydantic, uvicorn) would fight ours in one environment. Everything it writes —
statements, its auth file, its read history — goes to a folder the caller owns; the
process listens on 127.0.0.1 only and is stopped when the context ends.

Two things about starting it, found by reading ralph 5.1.0:

- ``ralph runserver`` runs uvicorn with ``reload=True``: a file-watching supervisor that
  spawns the real server in a child process. We start uvicorn on ``ralph.api:app``
  ourselves instead (the same app, configured by the same ``RALPH_*`` variables that
  ``runserver`` writes to its env file), so there is one process to stop, and so the
  fix below runs in the process that serves.
- The file-system backend writes each request's statements with the CREATE operation,
  which refuses a file that already exists: the first POST creates ``fs_lrs.jsonl`` and
  every later one fails with HTTP 500 "already exists and overwrite is not allowed".
  Every statement goes to that one file, so the launcher switches the backend's default
  operation to APPEND before the app is imported. Nothing else changes: Ralph still
  validates, de-duplicates by id (a resent identical statement is a 204, a different one
  a 409) and serves GET /xAPI/statements from that file.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LRS_VENV = ROOT / ".venv-lrs"
LRS_PYTHON = LRS_VENV / "bin" / "python"
USER = "dtlearn-tests"
PASSWORD = "ralph-test-secret"  # ASCII: FastAPI's Basic auth decodes credentials as ASCII
START_TIMEOUT = 60.0

LAUNCHER = """
import sys
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

# CREATE refuses the existing fs_lrs.jsonl from the second write on; append instead.
FSLRSBackend.default_operation_type = BaseOperationType.APPEND

import uvicorn

uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


class LrsVenvMissing(RuntimeError):
    """``.venv-lrs`` has not been made; the message says how."""


class RalphServer:
    """One Ralph process with its data in ``folder``; a context manager."""

    def __init__(self, folder: Path) -> None:
        if not LRS_PYTHON.exists():
            raise LrsVenvMissing(
                f"The real-LRS tests need Ralph in {LRS_VENV}, which is missing. "
                "Run `make lrs-venv` (`make test` does it) to create it.")
        self.folder = folder
        self.port = _free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}/xAPI/"
        self.key, self.secret = USER, PASSWORD
        self.statements_file = folder / "lrs" / "fs_lrs.jsonl"
        self.log = folder / "ralph.log"
        self._process: subprocess.Popen[bytes] | None = None

    def _environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("RALPH_")}
        env.update({
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "lrs"),
            "RALPH_APP_DIR": str(self.folder / "app"),
            "RALPH_AUTH_FILE": str(self.folder / "auth.json"),
            "RALPH_HISTORY_FILE": str(self.folder / "history.json"),
        })
        return env

    def start(self) -> RalphServer:
        self.folder.mkdir(parents=True, exist_ok=True)
        env = self._environment()
        # Ralph's own command makes the Basic-auth user (bcrypt hash, scopes, agent).
        subprocess.run(
            [str(LRS_VENV / "bin" / "ralph"), "auth", "-u", USER, "-p", PASSWORD, "-s", "all",
             "-A", "dtlearn-tests", "https://dtlearn.invalid", "-w"],
            cwd=self.folder, env=env, check=True, capture_output=True, timeout=60)
        with self.log.open("wb") as log:
            self._process = subprocess.Popen(
                [str(LRS_PYTHON), "-c", LAUNCHER, str(self.port)], cwd=self.folder, env=env,
                stdout=log, stderr=subprocess.STDOUT)
        self._wait_until_up()
        return self

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        url = f"http://127.0.0.1:{self.port}/__heartbeat__"
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise RuntimeError(f"Ralph exited at start:\n{self.log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(url, timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (OSError, urllib.error.URLError):
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"Ralph did not answer within {START_TIMEOUT:g} s:\n"
                           f"{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=10)
        self._process = None

    def __enter__(self) -> RalphServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()

    # --- reading back ----------------------------------------------------------------------
    def read_all(self, limit: int = 100) -> list[dict[str, Any]]:
        """Every statement, through Ralph's own GET /xAPI/statements, following "more"."""
        token = base64.b64encode(f"{self.key}:{self.secret}".encode()).decode()
        headers = {"Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3"}
        found: list[dict[str, Any]] = []
        path: str | None = f"/xAPI/statements?limit={limit}"
        while path:
            request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}",
                                             headers=headers)
            with urllib.request.urlopen(request, timeout=30) as answer:
                page = json.load(answer)
            found.extend(page["statements"])
            path = page.get("more") or None
        return found

    def stored_ids(self) -> list[str]:
        """The ids in Ralph's statements file, one per stored statement, duplicates kept."""
        if not self.statements_file.exists():
            return []
        with self.statements_file.open(encoding="utf-8") as lines:
            return [json.loads(line)["id"] for line in lines if line.strip()]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
