"""The one way to run slow work off the UI thread: sync, import, export, big reports.

A task is a plain function taking ``progress(done, total)`` and ``should_stop()``. It runs on
Qt's thread pool; its result, error and progress come back to the UI thread as signals, so
workers never touch widgets. Work that needs the database opens its own connection (WAL
lets it read and write beside the window's). Every error goes to one handler.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar, QPushButton

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]
Work = Callable[[Progress, ShouldStop], Any]


class Task(QObject):
    """A handle on one running job: connect to its signals, call ``cancel()`` to stop it."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self.running = False

    def cancel(self) -> None:
        self._stop.set()

    def start(self) -> Task:
        """Start on the next turn of the event loop, not now: callers connect to the
        signals after ``run_in_background`` returns, and a quick job started at once could
        finish first and signal nobody (seen as an occasional hang in the tests)."""
        self.running = True
        self.ended.connect(self._mark_ended)
        QTimer.singleShot(0, self, lambda: QThreadPool.globalInstance().start(_Runner(self)))
        return self

    def _mark_ended(self) -> None:
        self.running = False

    def _run(self) -> None:
        try:
            result = self._work(self._progress, self._stop.is_set)
        except Exception as error:  # noqa: BLE001 - handed to the UI thread's one handler
            log.info("background task failed: %s", error, exc_info=True)
            self._say("failed", error)
        else:
            self._say("succeeded", result)
        finally:
            self._say("ended")

    def _progress(self, done: int, total: int) -> None:
        self._say("progressed", done, total)

    def _say(self, signal: str, *args: object) -> None:
        """Signal the UI thread, unless the window that asked has been closed meanwhile:
        the work is done (and saved); there is just nobody left to tell."""
        if not shiboken6.isValid(self):
            return
        try:
            getattr(self, signal).emit(*args)
        except RuntimeError:  # deleted between the check and the emit
            log.info("background task finished after its window closed")


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


def run_in_background(work: Work, parent: QObject | None = None) -> Task:
    return Task(work, parent).start()


def show_progress(task: Task, bar: QProgressBar, busy: bool = False) -> Task:
    """Show ``task`` on ``bar``: moving (a busy bar) until the task says how far it is, or
    throughout when ``busy``; connected before the task starts, so no count is missed."""
    bar.setRange(0, 0)
    bar.setValue(0)
    bar.show()
    if not busy:
        task.progressed.connect(lambda done, total: _advance(bar, done, total))
    return task


def _advance(bar: QProgressBar, done: int, total: int) -> None:
    bar.setRange(0, max(total, 1))
    bar.setValue(done)


class RunsOneTask:
    """For a dialog or tab (list it before the Qt class) that runs one task at a time on
    ``self.progress`` with ``self.stop_button``; it provides ``run_task``, ``stop_task``
    and ``task``, and calls the class's ``_failed(error)`` and ``_update_buttons()``."""

    progress: QProgressBar
    stop_button: QPushButton
    task: Task | None = None

    def run_task(self, work: Work, done: Callable[[object], None], busy: bool = False) -> None:
        """``busy``: the work cannot count its steps (or be stopped), so the bar only moves."""
        assert isinstance(self, QObject)
        self.stop_button.setVisible(not busy)
        # Connected before it starts: a quick task could otherwise finish first and its
        # signals would reach nobody.
        task = show_progress(Task(work, self), self.progress, busy)
        task.succeeded.connect(done)
        task.failed.connect(self._failed)
        task.ended.connect(self._task_ended)
        self.task = task
        self._update_buttons()
        task.start()

    def stop_task(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _task_ended(self) -> None:
        self.task = None
        self.progress.hide()
        self.stop_button.hide()
        self._update_buttons()

    def _failed(self, error: object) -> None:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        raise NotImplementedError
