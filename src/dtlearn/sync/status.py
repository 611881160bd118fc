"""What the window shows about sync: how much waits to be sent, and how the last push went."""

from __future__ import annotations

from typing import NamedTuple

from dtlearn.store import outbox
from dtlearn.store.database import Store

LAST_SUCCESS = "last_push_success"
LAST_ERROR = "last_push_error"


class SyncStatus(NamedTuple):  # not a dataclass: the status bar builds it at start-up
    pending: int
    last_success: str | None
    last_error: str | None


def sync_status(store: Store) -> SyncStatus:
    return SyncStatus(outbox.pending_count(store), outbox.get_state(store, LAST_SUCCESS),
                      outbox.get_state(store, LAST_ERROR) or None)
