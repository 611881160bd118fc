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
            lines.append(tr("{file}: refused — {reason}").format(
                file=path.name, reason=refusal_text(outcome)))
        else:
            lines.append(tr("{file}: {new} new, {already} already had, {refused} refused")
                         .format(file=path.name, new=getattr(outcome, "new", 0),
                                 already=getattr(outcome, "already", 0),
                                 refused=getattr(outcome, "refused", 0)))
    return "\n".join(lines)


def refusal_text(error: Exception) -> str:
    """Why a results file was refused, in the person's language (the bundle reader says it
    in English for the command line, with a code for these words)."""
    from dtlearn.sync.bundle import BundleRefused
    from dtlearn.ui.texts import problem_text

    if not isinstance(error, BundleRefused):
        return problem_text(error) if isinstance(error, UserError) else str(error)
    words = {
        "missing": tr("the file does not exist"),
        "unreadable": tr("the file cannot be read"),
        "empty": tr("the file is empty"),
        "truncated": tr("the file is incomplete (was the copy cut short?); copy it again"),
        "not-bundle": tr("this is not a dtlearn results file"),
        "newer": tr("it was made by a newer dtlearn; update dtlearn to add it"),
        "forged": tr("it was changed after it was made, or it is forged"),
        "other-key": tr("it is signed by a different key than earlier files from that "
                        "computer: it may be forged, or dtlearn was reinstalled there"),
        "too-large": tr("it is larger than any results file dtlearn makes"),
        "damaged": tr("the file is damaged; ask for it again"),
    }
    return words[error.kind]


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
