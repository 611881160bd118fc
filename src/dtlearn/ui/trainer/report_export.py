"""Saving a report or a learner's record as CSV, XLSX or PDF, in the background.

One row of the Reports tab: three buttons, then while a file is written a progress bar and a
Cancel button, then a line saying where the file went (or that nothing was saved). The
writing runs through ui/tasks.py; the rows are those already on screen, so the file says
exactly what the trainer saw.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from dtlearn.errors import UserError
from dtlearn.reports.export import ExportCancelled
from dtlearn.ui.errors import show_user_error
from dtlearn.ui.fonts import load_bundled_fonts
from dtlearn.ui.tasks import Progress, ShouldStop, Task, run_in_background, show_progress

# What to write, given the target, a progress callback and the stop question.
Writer = Callable[[str, Path, Progress, ShouldStop], object]
KINDS = ("csv", "xlsx", "pdf")


class ExportBar(QWidget):
    """Export buttons with their progress; ``writer`` is asked what to write when clicked
    (None when there is nothing to export)."""

    saved = Signal(object)  # the Path written

    def __init__(self, suggest_name: Callable[[], str], writer: Callable[[], Writer | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggest_name = suggest_name
        self._writer = writer
        self.task: Task | None = None
        self.last_saved: Path | None = None
        self.buttons = {
            "csv": QPushButton(self.tr("Save as CSV…")),
            "xlsx": QPushButton(self.tr("Save as Excel (XLSX)…")),
            "pdf": QPushButton(self.tr("Save as PDF…")),
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for kind, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, k=kind: self.export(k))
            layout.addWidget(button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the file"))
        self.open_button.clicked.connect(self.open_file)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.status, 2)
        layout.addWidget(self.open_button)
        self._set_busy(False)
        self.open_button.hide()

    def set_available(self, available: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(available and not self.busy)

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def export(self, kind: str) -> None:
        writer = self._writer()
        if writer is None or self.busy:
            return
        target = self._ask_target(kind)
        if target is None:
            return
        if kind == "pdf":
            load_bundled_fonts()  # registering fonts belongs on this thread, not the worker's

        def work(progress: Progress, should_stop: ShouldStop) -> Path:
            writer(kind, target, progress, should_stop)
            return target

        self.open_button.hide()
        self.status.setText(self.tr("Saving {name}…").format(name=target.name))
        task = run_in_background(work, self)
        self.task = task
        self._set_busy(True)
        show_progress(task, self.progress)  # busy until the first count arrives
        task.succeeded.connect(self._saved)
        task.failed.connect(self._failed)
        task.ended.connect(lambda: self._set_busy(False))

    def _ask_target(self, kind: str) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{self._suggest_name()}.{kind}"
        filters = {"csv": self.tr("CSV files (*.csv)"),
                   "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                   "pdf": self.tr("PDF files (*.pdf)")}
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                                str(Path(folder) / name), filters[kind])
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{kind}" else path.with_name(
            f"{path.name}.{kind}")

    def _saved(self, target: Path) -> None:
        self.last_saved = target
        self.status.setText(self.tr("Saved to {path}").format(path=target))
        self.open_button.show()
        self.saved.emit(target)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ExportCancelled):
            self.status.setText(self.tr("Export cancelled; no file was saved."))
        elif isinstance(error, UserError):
            self.status.setText(str(error))
            show_user_error(self, error)
        elif isinstance(error, OSError):
            message = self.tr("The file could not be saved: {reason}").format(
                reason=error.strerror or error)
            self.status.setText(message)
            show_user_error(self, UserError(message))
        else:
            raise error

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.task = None
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for button in self.buttons.values():
            button.setEnabled(not busy and self._writer() is not None)

    def open_file(self) -> None:
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved)))
