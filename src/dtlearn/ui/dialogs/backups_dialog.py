"""Settings → Backups (File → Backups…), and the dialog shown when the database is damaged.

The list shows each backup's local date, why it was taken and its size. "Back up now" and
"Restore…" run in the background with a busy bar; restoring asks first, saying plainly what
will happen, and when it is done the window restarts its screens on the restored database
(``restored`` is emitted; ``ui.database_care.WindowHost`` does the restart).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dtlearn.errors import UserError
from dtlearn.services.backups import BackupFile, BackupService, Reason, RestoreOutcome
from dtlearn.store.backup import KEEP
from dtlearn.ui.tasks import Progress, ShouldStop, Task, run_in_background
from dtlearn.ui.texts import date_time_text, problem_text
from dtlearn.ui.translate import tr


def local_date(moment: dt.datetime) -> str:
    """A backup's time in the person's own time zone and date style (22/11/2026 14:05)."""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return date_time_text(stamp.toLocalTime())


def reason_words(reason: Reason) -> str:
    return {
        Reason.DAILY: tr("Daily"),
        Reason.MIGRATION: tr("Before an upgrade"),
        Reason.PACK_INSTALL: tr("Before a course install"),
        Reason.BEFORE_RESTORE: tr("Before a restore"),
        Reason.MANUAL: tr("Made by hand"),
    }[reason]


def size_words(size: int) -> str:
    if size >= 1024 * 1024:
        return tr("{size} MB").format(size=QLocale().toString(size / (1024 * 1024), "f", 1))
    return tr("{size} KB").format(size=max(1, round(size / 1024)))


def restored_words(outcome: RestoreOutcome) -> str:
    """One sentence for the status bar of the restarted window."""
    text = tr("Restored the backup from {time}.").format(
        time=local_date(outcome.restored.created))
    if outcome.saved_first is not None:
        text += " " + tr("The database as it was is kept as a backup (“Before a restore”).")
    if outcome.damaged_aside is not None:
        text += " " + tr("The damaged database is kept as {name}.").format(
            name=outcome.damaged_aside.name)
    return text


class BackupsDialog(QDialog):
    """The backups list with "Back up now" and "Restore…"."""

    restored = Signal(object)  # RestoreOutcome

    def __init__(self, backups: BackupService, parent: QWidget | None = None,
                 may_restore: Callable[[], bool] | None = None) -> None:
        """``may_restore`` is asked before a restore (the window asks for a trainer's PIN):
        a restore replaces every learner's results, so it is not for anyone at the laptop."""
        super().__init__(parent)
        self._backups = backups
        self._may_restore = may_restore
        self.task: Task | None = None
        self.confirmation: QMessageBox | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumWidth(640)

        intro = QLabel(self.tr(
            "dtlearn keeps the last {keep} backups of the results database: one each day it "
            "is used, and one before every upgrade, course install and restore. They are in "
            "{folder}").format(keep=KEEP, folder=backups.folder))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Reason"),
                                              self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty_label = QLabel(self.tr("No backups yet."))
        self.empty_label.setObjectName("muted")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """A wrapped label does not tell a window how tall it must be for its width (the
        folder's path can take several lines at large text): grow to fit once shown."""
        super().showEvent(event)
        layout = self.layout()
        if layout is not None:
            layout.activate()
            wanted = layout.totalHeightForWidth(self.width())
            if wanted > self.height():
                self.resize(self.width(), wanted)

    # --- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.shown = self._backups.newest_first()
        self.table.setRowCount(len(self.shown))
        for row, backup in enumerate(self.shown):
            cells = (local_date(backup.created), reason_words(backup.reason),
                     size_words(backup.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self.shown)
        if self.shown:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.task is None and self.selected() is not None)

    def _busy(self, task: Task | None) -> None:
        self.task = task
        for button in (self.backup_button, self.close_button):
            button.setEnabled(task is None)
        self.progress.setVisible(task is not None)
        self._selection_changed()

    def reject(self) -> None:
        if self.task is None:  # a copy half-made is never abandoned by closing
            super().reject()

    # --- actions --------------------------------------------------------------------------
    def back_up_now(self) -> None:
        backups = self._backups

        def work(progress: Progress, should_stop: ShouldStop) -> BackupFile:
            return backups.backup(Reason.MANUAL)

        self.result_label.setText(self.tr("Backing up…"))
        task = run_in_background(work, self)
        self._busy(task)
        task.succeeded.connect(self._backed_up)
        task.failed.connect(self._failed)
        task.ended.connect(self._ended)

    def _backed_up(self, made: BackupFile) -> None:
        self.result_label.setText(self.tr("Backed up ({size}).").format(
            size=size_words(made.size)))

    def _failed(self, error: Exception) -> None:
        self.result_label.setText(problem_text(error) if isinstance(error, UserError)
                                  else str(error))

    def _ended(self) -> None:
        self._busy(None)
        self.refresh()

    def confirm_restore(self, backup: BackupFile) -> bool:
        when = local_date(backup.created)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore a backup"), self.tr(
            "Restore the backup from {time}?").format(time=when), parent=self)
        box.setInformativeText(self.tr(
            "1. The database as it is now is saved as a new backup first (“Before a "
            "restore”), so this can be undone.\n"
            "2. The database is then replaced by the backup from {time}. Everything recorded "
            "after that (answers, lessons read, new learners) will no longer be shown.\n"
            "3. dtlearn then restarts its screens.").format(time=when))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter, pressed out of habit, changes nothing
        box.setEscapeButton(cancel)
        self.confirmation = box
        box.exec()
        self.confirmation = None
        return box.clickedButton() is restore

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if self._may_restore is not None and not self._may_restore():
            self.result_label.setText(self.tr("Only a trainer can restore a backup."))
            return
        if not self.confirm_restore(chosen):
            return
        backups = self._backups

        def work(progress: Progress, should_stop: ShouldStop) -> RestoreOutcome:
            return backups.restore(chosen)

        self.result_label.setText(self.tr("Restoring…"))
        task = run_in_background(work, self)
        self._busy(task)
        outcomes: list[RestoreOutcome] = []
        task.succeeded.connect(outcomes.append)
        task.failed.connect(self._failed)
        # On ``ended``, the task's last word: the restart that follows deletes this dialog
        # and its task, which must not happen while the worker still has a signal to send.
        task.ended.connect(lambda: self._restored(outcomes[0]) if outcomes else self._ended())

    def _restored(self, outcome: RestoreOutcome) -> None:
        self._busy(None)
        self.restored.emit(outcome)
        self.accept()


class DamagedDialog(QMessageBox):
    """The database failed SQLite's check: say so, and offer the newest good backup (or,
    without one, a fresh start with the damaged file kept), or quitting."""

    def __init__(self, newest: BackupFile | None, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, tr("The results database is damaged"),
                         tr("The database that keeps the results on this computer is "
                            "damaged and cannot be used safely."), parent=parent)
        self.newest = newest
        if newest is not None:
            self.setInformativeText(tr(
                "The newest good backup is from {time}. Restoring it brings back everything "
                "recorded up to then; anything recorded after it is lost. The damaged file "
                "is kept beside it for a specialist.").format(time=local_date(newest.created)))
            self.restore_button = self.addButton(tr("Restore the backup"),
                                                 QMessageBox.ButtonRole.AcceptRole)
        else:
            self.setInformativeText(tr(
                "There is no backup to restore. dtlearn can set the damaged file aside for a "
                "specialist and start again with an empty database: learners and results "
                "on this computer will not be shown."))
            self.restore_button = self.addButton(tr("Set it aside and start again"),
                                                 QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = self.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button)

    def choose(self) -> bool:
        """True to restore (or start again), False to quit."""
        self.exec()
        return self.clickedButton() is self.restore_button
