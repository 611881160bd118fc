"""Looking after the database around the window: opening it with the damage check, the work
left for after start-up, and restarting the window on a restored database.

- ``open_services`` opens through ``build_services`` (so through ``services.backups.open_store``,
  the same function the commands use). A damaged database gets a plain dialog offering the
  newest good backup, or a fresh start with the damaged file kept, or quitting.
- ``WindowHost`` holds the services and the main window. Half a second after the window
  shows it runs, in the background, SQLite's quick_check (deferred from opening: it reads
  every page, and start-up must not grow with the database) and then the day's backup;
  damage found then gets the same dialog. After a
  restore it throws away the window and the services and builds both again from the
  restored database: nothing read from the replaced one (a chosen learner, a quiz on
  screen, cached ids) carries over, and the old window is not closed normally, so it
  writes nothing (such as lesson time) into the restored database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject
from PySide6.QtWidgets import QApplication, QWidget

from dtlearn.errors import DatabaseDamaged, UserError
from dtlearn.paths import Paths
from dtlearn.services.context import Services, build_services
from dtlearn.ui.main_window import MainWindow
from dtlearn.ui.texts import problem_text
from dtlearn.ui.translate import tr

if TYPE_CHECKING:
    from dtlearn.services.backups import BackupFile, BackupService, StartCheck
    from dtlearn.ui.tasks import Task

log = logging.getLogger(__name__)

# After the first paint: changed course files, the catalog's remaining cards and the
# device key (300 ms), then the database check and backup.
COURSE_CHECK_DELAY_MS = 200
CARE_DELAY_MS = 500
OPEN_ATTEMPTS = 3
STATUS_MS = 20000


def wait_for(text: str, work: Callable[[], Any], parent: QWidget | None = None) -> Any:
    """Run ``work`` in the background behind a busy bar and return its result (or raise its
    error): for a restore before any window exists, when there is nothing else to do."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog  # only a damaged start needs it

    from dtlearn.ui.tasks import Progress, ShouldStop, run_in_background

    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # type: ignore[arg-type]  # Qt takes None: no button
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def run(progress: Progress, should_stop: ShouldStop) -> Any:
        return work()

    task = run_in_background(run, dialog)
    task.succeeded.connect(lambda result: outcome.__setitem__("result", result))
    task.failed.connect(lambda error: outcome.__setitem__("error", error))
    task.ended.connect(loop.quit)
    dialog.show()
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def recover(service: BackupService, newest: BackupFile | None,
            parent: QWidget | None = None) -> str | None:
    """Ask what to do with a damaged database and do it. Returns the words to show once the
    window is up, or None when the person chose to quit (or recovery failed)."""
    # Imported here: only a damaged database needs these, and every start would pay for them.
    from dtlearn.ui.dialogs.backups_dialog import DamagedDialog, restored_words

    if not DamagedDialog(newest, parent).choose():
        return None
    try:
        if newest is None:
            aside = wait_for(tr("Setting the damaged database aside…"),
                             service.set_damaged_aside, parent)
            return tr("The damaged database is kept as {name}; this is a new, empty "
                      "one.").format(name=aside.name if aside else "")
        outcome = wait_for(tr("Restoring the backup…"), lambda: service.restore(newest),
                           parent)
    except UserError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(parent, tr("dtlearn cannot start"), problem_text(error))
        return None
    return restored_words(outcome)


def open_services(paths: Paths, notes: list[str] | None = None,
                  parent: QWidget | None = None) -> Services | None:
    """Open the database and build the services; on damage, offer recovery and try again.

    None when the person chose to quit. Other UserErrors (locked, unusable folder) are
    raised for the caller to show. ``notes`` collects what recovery did, for the window.
    """
    for _ in range(OPEN_ATTEMPTS):
        try:
            return build_services(paths, check=False)  # checked once the window shows
        except DatabaseDamaged as error:  # met while opening: too damaged to wait
            log.error("damaged database: %s", error)
            _use_computer_language()
            from dtlearn.services.backups import BackupService

            service = BackupService(paths.database)
            newest = service.find(str(error.newest_backup)) if error.newest_backup else None
            note = recover(service, newest, parent)
            if note is None:
                return None
            if notes is not None:
                notes.append(note)
    return None


def _use_computer_language() -> None:
    """No settings are read yet when the database cannot be opened: speak the computer's
    language (as the start-up error does)."""
    from dtlearn.ui.i18n import default_language, install_language

    install_language(default_language())


class WindowHost(QObject):
    """The services and the main window over them; rebuilds both after a restore."""

    def __init__(self, paths: Paths, services: Services) -> None:
        super().__init__()
        self.paths = paths
        self.services = services
        self.care_task: Task | None = None
        self.window = self._build()

    def _build(self) -> MainWindow:
        window = MainWindow(self.services)
        window.restart_requested.connect(self.restart)
        return window

    def start(self, notes: list[str] | None = None, care_delay_ms: int = CARE_DELAY_MS) -> None:
        """Once the window shows: what recovery did, and the background care a little later."""
        from PySide6.QtCore import QTimer

        if notes:
            self.window.statusBar().showMessage(" ".join(notes), STATUS_MS)
        QTimer.singleShot(COURSE_CHECK_DELAY_MS, self.check_courses)
        QTimer.singleShot(care_delay_ms, self.look_after_database)

    def check_courses(self) -> None:
        """The first screen trusted the cached course checks; now compare the files."""
        if self.services.catalog.check_for_changes():
            self.window.courses_changed()

    def look_after_database(self) -> None:
        """In the background: quick_check, then the day's backup. A database that cannot
        be written gets neither (nothing there can be restored or backed up)."""
        from dtlearn.ui.tasks import Progress, ShouldStop, run_in_background

        store = self.services.store
        if store.read_only or self.care_task is not None:
            return
        backups = self.services.backups
        checked = store.checked

        def work(progress: Progress, should_stop: ShouldStop) -> StartCheck:
            return backups.after_start(checked)

        self.care_task = run_in_background(work, self)
        self.care_task.succeeded.connect(self._looked)

    def _looked(self, found: StartCheck) -> None:
        if found.daily is not None:
            log.info("daily backup %s", found.daily.name)
        if not found.problems:
            return
        log.error("database damaged (found after start): %s", found.problems[0])
        service = self.services.backups
        newest = service.newest_good()
        self._tear_down()
        note = recover(service, newest)
        if note is None:
            QApplication.quit()
            return
        self._bring_up(note)

    def restart(self, note: str = "") -> None:
        """The database was replaced (a restore): start the screens again on it."""
        self._tear_down()
        self._bring_up(note)

    def _tear_down(self) -> None:
        old = self.window
        self._geometry = old.saveGeometry()
        old.hide()
        old.deleteLater()
        self.services.close()

    def _bring_up(self, note: str) -> None:
        notes = [note] if note else []
        try:
            services = open_services(self.paths, notes)
        except UserError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, tr("dtlearn cannot start"), problem_text(error))
            services = None
        if services is None:
            QApplication.quit()
            return
        self.services = services
        self.care_task = None
        self.window = self._build()
        self.window.restoreGeometry(self._geometry)
        self.window.show()
        if notes:
            self.window.statusBar().showMessage(" ".join(notes), STATUS_MS)

    def close(self) -> None:
        self.services.close()
