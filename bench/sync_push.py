"""Push benchmark: statements/s into a real LRS (Ralph on loopback), split by who spends it.

The target is a push limited by the LRS rather than by dtlearn. So the time of one push is
split in two: waiting on the LRS (from sending a request to having read its answer, timed
inside the client's socket exchange) and everything else, which is dtlearn's own work
(paging the outbox, building and encoding requests, marking rows sent with a durable
commit per batch). Each side is reported as statements per second of its own time.

Ralph's file-system backend reads its whole statements file on every POST to find
duplicates, so its cost per batch grows with what it already holds. With ``--budget`` a
run stops cleanly between batches when the time is up and says how far it got.

    python bench/sync_push.py [--count 100000] [--batch 200] [--budget 300]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import outbox_fill  # noqa: E402
from tests.ralph_server import RalphServer  # noqa: E402

from dtlearn.store import outbox  # noqa: E402
from dtlearn.store.database import Store  # noqa: E402
from dtlearn.sync.lrs import LrsClient  # noqa: E402
from dtlearn.sync.push import push_pending  # noqa: E402


class TimedClient(LrsClient):
    """The real client, with a stopwatch around each exchange on the socket."""

    waiting = 0.0
    requests = 0

    def _exchange(self, method: str, target: str, body: bytes | None,
                  headers: dict[str, str]) -> tuple[int, bytes]:
        start = time.perf_counter()
        try:
            return super()._exchange(method, target, body, headers)
        finally:
            self.waiting += time.perf_counter() - start
            self.requests += 1


def push_figures(count: int, batch: int = 200, budget: float | None = None) -> dict[str, Any]:
    """Push ``count`` fresh statements to a fresh Ralph; figures for each side."""
    with tempfile.TemporaryDirectory(prefix="dtlearn-bench-push-") as folder:
        store = Store(Path(folder) / "bench.sqlite3")
        try:
            start = time.perf_counter()
            outbox_fill.fill(store, count)
            fill_seconds = time.perf_counter() - start
            with RalphServer(Path(folder) / "ralph") as ralph:
                client = TimedClient(ralph.endpoint, ralph.key, ralph.secret, timeout=600)
                began = time.perf_counter()
                report = push_pending(
                    store, client, batch_size=batch,
                    should_stop=lambda: budget is not None
                    and time.perf_counter() - began > budget)
                total = time.perf_counter() - began
                stored = len(ralph.stored_ids())
            pushed = count - outbox.pending_count(store)
        finally:
            store.close()
    own = total - client.waiting
    return {
        "statements": count,
        "pushed": pushed,
        "stored_by_lrs": stored,
        "finished": not report.stopped and report.error is None,
        "error": report.error,
        "batch": batch,
        "requests": client.requests,
        "fill_seconds": round(fill_seconds, 2),
        "push_seconds": round(total, 2),
        "lrs_seconds": round(client.waiting, 2),
        "dtlearn_seconds": round(own, 2),
        "lrs_statements_per_s": round(pushed / client.waiting) if client.waiting else None,
        "dtlearn_statements_per_s": round(pushed / own) if own > 0 else None,
        "overall_statements_per_s": round(pushed / total) if total else None,
        "lrs_share": round(client.waiting / total, 3) if total else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--budget", type=float, default=300.0,
                        help="seconds of pushing before stopping between batches (0: none)")
    args = parser.parse_args()
    figures = push_figures(args.count, args.batch, args.budget or None)
    for name, value in figures.items():
        print(f"{name:26} {value}")
    if not figures["finished"]:
        print(f"\nStopped after {args.budget:g} s: {figures['pushed']:,} of "
              f"{args.count:,} statements pushed. Ralph's file-system backend rereads its "
              "whole statements file on every POST, so each batch costs more than the last; "
              "the rest would be sent by the next push.")
    print(f"\nThe LRS took {figures['lrs_share']:.0%} of the push time; dtlearn's own work "
          f"runs at {figures['dtlearn_statements_per_s']:,} statements/s against the LRS's "
          f"{figures['lrs_statements_per_s']:,}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
