"""``dtlearn sync push`` and ``dtlearn sync status``: the Sync settings, from a terminal.

For trainers and scripts on machines where the window is not at hand (a hub PC pushing on
a schedule). Options given here are saved exactly as the Sync dialog saves them, so the
window and the command line always agree on the LRS. (They open the store and settings
themselves rather than through ``services``: sync sits beside services, not above it, and a
push needs neither the catalog nor the quiz machinery.) The secret is only ever read from
standard input, never from an argument, where it would show in the process list and in
the shell's history.
"""

from __future__ import annotations

import argparse
import sys

from dtlearn.errors import UserError
from dtlearn.paths import resolve_paths
from dtlearn.settings import Settings
from dtlearn.store import hub, outbox
from dtlearn.store.database import Store
from dtlearn.sync.credentials import Storage, load_secret, save_secret
from dtlearn.sync.status import sync_status


def cmd_push(args: argparse.Namespace) -> int:
    """Exit 0 when nothing is left to send (conflicts are reported, not retried), else 1."""
    from dtlearn.sync.lrs import LrsClient
    from dtlearn.sync.push import push_pending

    paths = resolve_paths(args.data_dir, args.courses_dir)
    settings = Settings(paths.settings_file)
    store = Store(paths.database)
    try:
        if args.endpoint is not None:
            settings.set("lrs_endpoint", args.endpoint.strip())
        if args.key is not None:
            settings.set("lrs_key", args.key.strip())
        if args.batch is not None:
            if args.batch < 1:
                raise UserError("--batch must be at least 1.")
            settings.set("lrs_batch", args.batch)
        key = settings.get("lrs_key")
        if args.secret_stdin:
            secret = sys.stdin.readline().rstrip("\r\n")
            if not secret:
                raise UserError("--secret-stdin was given but standard input was empty.")
            where = save_secret(paths, key, secret)
            if where is Storage.KEYRING:
                print("Secret saved in this computer's keyring.")
            else:
                print("This computer has no keyring: the secret is stored in a file only "
                      f"your user account can read: {paths.credentials_file}")
        endpoint = settings.get("lrs_endpoint")
        if not endpoint:
            raise UserError("No LRS address is set. Give it once with --endpoint "
                            "https://lrs.example/xAPI/ (it is remembered), or set it in "
                            "Settings → Sync.")
        secret = load_secret(paths, key) or ""
        client = LrsClient(endpoint, key, secret)
        print(f"Sending to {endpoint}")
        progress = _ProgressLine()
        report = push_pending(store, client, batch_size=settings.get("lrs_batch"),
                              progress=progress)
        progress.end()
        print(f"Sent {report.sent}, already on the LRS {report.already}, "
              f"conflicts {report.conflicts}, still pending {report.pending}")
        if report.conflicts:
            print("Conflicts are statements the LRS holds with different content under the "
                  "same id; they are kept here and not sent again.")
        if report.error:
            print(f"dtlearn: {report.error}", file=sys.stderr)
            return 1
        return 0 if report.pending == 0 else 1
    finally:
        store.close()


def cmd_status(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.data_dir, args.courses_dir)
    store = Store(paths.database)
    try:
        status = sync_status(store)
        endpoint = Settings(paths.settings_file).get("lrs_endpoint")
        print(f"LRS: {endpoint or 'not set'}")
        print(f"Pending statements: {status.pending}")
        conflicts = outbox.conflict_count(store)
        if conflicts:
            print(f"Conflicts (kept, not sent again): {conflicts}")
        print(f"Last successful push: {status.last_success or 'never'}")
        if status.last_error:
            print(f"Last error: {status.last_error}")
        devices = hub.known_devices(store)
        if devices:
            print(f"Devices heard from (by bundle): {len(devices)}")
            for device in devices:
                print(f"  {device.id}  last bundle {device.last_bundle_at}  "
                      f"{device.bundles} bundle(s), {device.statements} statements, "
                      f"{device.learners} learners")
    finally:
        store.close()
    return 0


class _ProgressLine:
    """One line rewritten in place; on stderr, so stdout stays the summary a script reads."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        self.shown = True
        print(f"\r{done}/{total} statements", end="", file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.shown:
            print(file=sys.stderr)
