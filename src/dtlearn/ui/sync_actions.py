"""Sync work the window starts: push, export, import. Each runs as a background task on its
own database connection and reports back in words a trainer understands."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from dtlearn.errors import UserError
from dtlearn.paths import Paths
from dtlearn.store.database import Store
from dtlearn.ui.tasks import Progress, ShouldStop, Task, run_in_background
from dtlearn.ui.translate import tr

BUNDLE_SUFFIX = ".dtsync"




def start_push(paths: Paths, endpoint: str, key: str, secret: str, batch_size: int,
               parent: QObject) -> Task:
    from dtlearn.sync.lrs import LrsClient
    from dtlearn.sync.push import push_pending

    def work(progress: Progress, should_stop: ShouldStop) -> object:
        store = Store(paths.database)
        try:
            return push_pending(store, LrsClient(endpoint, key, secret),
                                batch_size=batch_size, progress=progress,
                                should_stop=should_stop)
        finally:
            store.close()

    return run_in_background(work, parent)


def start_export(paths: Paths, target: Path, everything: bool, parent: QObject) -> Task:
    from dtlearn.sync.bundle import export_bundle
    from dtlearn.sync.keys import load_or_create_device_key

    def work(progress: Progress, should_stop: ShouldStop) -> object:
        store = Store(paths.database)
        try:
            return export_bundle(store, load_or_create_device_key(paths), target,
                                 everything=everything)
        finally:
            store.close()

    return run_in_background(work, parent)


def start_import(paths: Paths, files: Sequence[Path], parent: QObject) -> Task:
    """Import each file on its own: a refused file is reported and the others still merge."""
    from dtlearn.sync.bundle import import_bundle

    def work(progress: Progress, should_stop: ShouldStop) -> list[tuple[Path, object]]:
        store = Store(paths.database)
        outcomes: list[tuple[Path, object]] = []
        try:
            for done, path in enumerate(files):
                if should_stop():
                    break
                progress(done, len(files))
                try:
                    outcomes.append((path, import_bundle(store, path)))
                except UserError as error:
                    outcomes.append((path, error))
            progress(len(files), len(files))
        finally:
            store.close()
        return outcomes

    return run_in_background(work, parent)


def describe_imports(outcomes: list[tuple[Path, object]]) -> str:
    lines = []
    for path, outcome in outcomes:
        if isinstance(outcome, Exception):
            reason = getattr(outcome, "reason", None) or str(outcome)
            lines.append(tr("{file}: refused — {reason}").format(file=path.name,
                                                                 reason=reason))
        else:
            lines.append(tr("{file}: {new} new, {already} already had, {refused} refused")
                         .format(file=path.name, new=getattr(outcome, "new", 0),
                                 already=getattr(outcome, "already", 0),
                                 refused=getattr(outcome, "refused", 0)))
    return "\n".join(lines)


def describe_push(report: object) -> str:
    text = tr("Sent {sent}, already on the LRS {already}, conflicts {conflicts}, "
              "still waiting {pending}.").format(
        sent=getattr(report, "sent", 0), already=getattr(report, "already", 0),
        conflicts=getattr(report, "conflicts", 0), pending=getattr(report, "pending", 0))
    error = getattr(report, "error", None)
    if error:
        text += "\n" + tr("The LRS said: {error}").format(error=error)
    if getattr(report, "stopped", False):
        text += "\n" + tr("Stopped; the rest will be sent next time.")
    return text
