"""The main window: a stack of screens and the routes between them.

Screens only emit what the person asked for; this window decides which screen comes next,
so each screen stays small and testable on its own.
"""

from __future__ import annotations

import contextlib
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dtlearn.core.course import Course
from dtlearn.errors import UserError
from dtlearn.services.context import Services
from dtlearn.ui.errors import show_user_error

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from dtlearn.services.backups import RestoreOutcome
    from dtlearn.services.quiz import QuizResult
    from dtlearn.services.trainers import Trainer
    from dtlearn.ui.screens.catalog import CatalogScreen
    from dtlearn.ui.screens.course import CourseScreen
    from dtlearn.ui.screens.handover import HandoverScreen
    from dtlearn.ui.screens.learners import LearnerScreen
    from dtlearn.ui.screens.lesson import LessonScreen
    from dtlearn.ui.screens.quiz import QuizScreen
    from dtlearn.ui.screens.results import ResultScreen
    from dtlearn.ui.screens.search import SearchScreen

DEFAULT_SIZE = (1280, 720)


class MainWindow(QMainWindow):
    """Screens are built the first time they are needed (each property below), so start-up
    pays only for the first screen a person sees."""

    # A backup was restored: ui.database_care rebuilds the services and this window; the
    # text is shown in the new window's status bar.
    restart_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.learner_id = ""
        self.learner_name = ""
        self.course: Course | None = None
        self._last_result: QuizResult | None = None
        self._last_search = ""
        self.setWindowTitle(self.tr("dtlearn — digital skills"))
        self.resize(*DEFAULT_SIZE)
        self.stack = QStackedWidget()
        # Shown while results cannot be saved (read-only folder, full disk).
        self.write_banner = QLabel()
        self.write_banner.setObjectName("problem")
        self.write_banner.setFrameShape(QFrame.Shape.Box)
        self.write_banner.setWordWrap(True)
        self.write_banner.setMargin(8)
        self.write_banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.write_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sync_label = QLabel()
        self.next_person_button = QPushButton(self.tr("Pass to the next person"))
        self.next_person_button.clicked.connect(self.show_handover)
        self.next_person_button.hide()
        self.statusBar().addWidget(self.next_person_button)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.setAcceptDrops(True)
        self._tasks: list[object] = []
        self._build_menu()

        last = services.settings.get("last_learner")
        if last and services.learners.get(last) is not None:
            self.choose_learner(last)
        else:
            self.show_learners()

    def _add(self, screen: QWidget) -> None:
        self.stack.addWidget(screen)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.sync_action = QAction(self.tr("&Sync results…"), self)
        self.sync_action.setShortcuts([QKeySequence("Ctrl+Shift+S")])
        self.sync_action.triggered.connect(self.open_sync)
        self.import_action = QAction(self.tr("&Add results from files…"), self)
        self.import_action.setShortcuts([QKeySequence("Ctrl+I")])
        self.import_action.triggered.connect(self.choose_bundles)
        self.verify_action = QAction(self.tr("&Check a certificate…"), self)
        self.verify_action.triggered.connect(self.check_certificate)
        self.install_pack_action = QAction(self.tr("&Install a course pack…"), self)
        self.install_pack_action.triggered.connect(self.choose_course_pack)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.sync_action, self.import_action, self.install_pack_action,
                       self.verify_action):
            menu.addAction(action)
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.triggered.connect(self.open_backups)
        menu.addAction(self.backups_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        self._build_view_menu()
        trainer_menu = self.menuBar().addMenu(self.tr("&Trainer"))
        self.trainer_action = QAction(self.tr("&Trainer mode…"), self)
        self.trainer_action.setShortcuts([QKeySequence("Ctrl+T")])
        self.trainer_action.triggered.connect(self.enter_trainer_mode)
        trainer_menu.addAction(self.trainer_action)

    def choose_course_pack(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs load when used, not at start

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Install a course pack"), "",
                                              self.tr("dtlearn course packs (*.dtcourse)"))
        if name:
            self.install_course_pack(Path(name))

    def install_course_pack(self, pack: Path) -> None:
        """The dialog checks and unpacks in the background and shows the outcome; the
        catalog is read again once a course changed."""
        from dtlearn.ui.dialogs.install_pack_dialog import InstallPackDialog

        dialog = InstallPackDialog(self.services, pack, self)
        dialog.installed.connect(self._course_installed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.start()

    def _course_installed(self, report: object) -> None:
        self.services.catalog.refresh()
        self.courses_changed(getattr(report, "course_id", ""))

    def courses_changed(self, course_id: str = "") -> None:
        """The catalog was read again (one course, or any when ``course_id`` is empty):
        show the new title, lessons and state where they are on screen."""
        if self.course is not None and course_id in ("", self.course.id):
            changed = self.services.catalog.course(self.course.id)
            if changed is not None:
                self.course = changed
                if self.stack.currentWidget() is self.__dict__.get("course_screen"):
                    self.show_course()
        self._refresh_current()

    def check_certificate(self) -> None:
        """Open to everyone, learners too: checking a certificate shows only what it says."""
        from dtlearn.ui.dialogs.verify_dialog import VerifyDialog

        VerifyDialog(self.services, self).exec()

    def _build_view_menu(self) -> None:
        view = self.menuBar().addMenu(self.tr("&View"))
        self.larger_action = QAction(self.tr("&Larger text"), self)
        self.larger_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn),
                                         QKeySequence("Ctrl+=")])
        self.larger_action.triggered.connect(lambda: self.change_text_size(1))
        self.smaller_action = QAction(self.tr("&Smaller text"), self)
        self.smaller_action.setShortcuts(QKeySequence.StandardKey.ZoomOut)
        self.smaller_action.triggered.connect(lambda: self.change_text_size(-1))
        self.contrast_action = QAction(self.tr("&High contrast"), self)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.services.settings.get("high_contrast"))
        self.contrast_action.toggled.connect(self.set_high_contrast)
        for action in (self.larger_action, self.smaller_action, self.contrast_action):
            view.addAction(action)
        language_menu = view.addMenu(self.tr("&Language"))
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(self.services.settings.get("language") == code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            language_menu.addAction(action)
        # Always-visible buttons too: older learners look for them, not for menus.
        self.smaller_button = QPushButton(self.tr("A−"))
        self.smaller_button.setAccessibleName(self.tr("Smaller text"))
        self.smaller_button.setToolTip(self.tr("Smaller text (Ctrl+−)"))
        self.smaller_button.clicked.connect(lambda: self.change_text_size(-1))
        self.larger_button = QPushButton(self.tr("A+"))
        self.larger_button.setAccessibleName(self.tr("Larger text"))
        self.larger_button.setToolTip(self.tr("Larger text (Ctrl++)"))
        self.larger_button.clicked.connect(lambda: self.change_text_size(1))
        self.statusBar().addPermanentWidget(self.smaller_button)
        self.statusBar().addPermanentWidget(self.larger_button)

    def change_text_size(self, step: int) -> None:
        from dtlearn.ui.style import next_scale

        settings = self.services.settings
        scale = next_scale(settings.get("text_scale"), step)
        if scale != settings.get("text_scale"):
            settings.set("text_scale", scale)
            self.restyle()

    def set_high_contrast(self, on: bool) -> None:
        self.services.settings.set("high_contrast", on)
        self.restyle()

    def restyle(self) -> None:
        from PySide6.QtWidgets import QApplication

        from dtlearn.ui.style import apply_style

        app = QApplication.instance()
        if isinstance(app, QApplication):
            settings = self.services.settings
            apply_style(app, settings.get("text_scale"), settings.get("high_contrast"))
        self.rebuild()

    def set_language(self, language: str) -> None:
        """Switch language in place: the screens are rebuilt where the person was."""
        from dtlearn.ui.i18n import install_language

        self.services.settings.set("language", language)
        install_language(language)
        self.menuBar().clear()
        self.statusBar().removeWidget(self.smaller_button)
        self.statusBar().removeWidget(self.larger_button)
        self.setWindowTitle(self.tr("dtlearn — digital skills"))
        self._build_menu()
        self.next_person_button.setText(self.tr("Pass to the next person"))
        self.rebuild()

    _SCREENS = ("learners", "catalog", "course_screen", "lesson", "quiz", "results",
                "handover", "search_screen")

    def rebuild(self) -> None:
        """Make every screen again (new words, new sizes) and return to the same place:
        the same lesson and scroll position, the same quiz question, the same trainer tab."""
        current = self.stack.currentWidget()
        where = next((name for name in (*self._SCREENS, "trainer_screen")
                      if self.__dict__.get(name) is current), "")
        lesson_id = scroll = tab = None
        if where == "lesson":
            lesson_id = self.lesson.lesson.id if self.lesson.lesson else None
            bar = self.lesson.browser.verticalScrollBar()
            scroll = bar.value() / bar.maximum() if bar.maximum() else 0.0
            self.lesson.save_time()
        elif where == "quiz":
            self.quiz._save_current()
        trainer = None
        if where == "trainer_screen":
            trainer = self.trainer_screen.trainer
            tab = self.trainer_screen.tabs.currentIndex()
        for name in self._SCREENS:
            screen = self.__dict__.pop(name, None)
            if screen is not None:
                self.stack.removeWidget(screen)
                screen.hide()
                screen.setParent(None)  # out of the style and resize passes at once
                screen.deleteLater()
        self.lock_trainer_mode()
        self._restore(where, lesson_id, scroll, trainer, tab)

    def _restore(self, where: str, lesson_id: str | None, scroll: float | None,
                 trainer: Trainer | None, tab: int | None) -> None:
        if where == "trainer_screen" and trainer is not None:
            self.show_trainer(trainer)
            self.trainer_screen.tabs.setCurrentIndex(tab or 0)
        elif where == "handover":
            self.show_handover()
        elif where == "search_screen":
            self.show_search(self._last_search)
        elif where in ("course_screen", "lesson", "quiz", "results") and self.course:
            if where == "lesson" and lesson_id:
                self.open_lesson(lesson_id)
                bar = self.lesson.browser.verticalScrollBar()
                bar.setValue(round((scroll or 0.0) * bar.maximum()))
            elif where == "quiz":
                self.start_quiz()
            elif where == "results" and self._last_result is not None:
                self.show_result(self._last_result)
            else:
                self.show_course()
        elif where == "learners" or not self.learner_id:
            self.show_learners()
        else:
            self.show_catalog()

    def enter_trainer_mode(self) -> None:
        from dtlearn.ui.dialogs.pin_dialog import PinDialog

        dialog = PinDialog(self.services.trainers, self)
        if dialog.exec() and dialog.trainer is not None:
            self.show_trainer(dialog.trainer)

    def show_trainer(self, trainer: Trainer) -> None:
        from dtlearn.ui.screens.trainer import TrainerScreen

        self.lock_trainer_mode()
        screen = TrainerScreen(self.services, trainer)
        screen.locked.connect(self.leave_trainer_mode)
        screen.handover_requested.connect(self.start_handover)
        self.trainer_screen = screen
        self._add(screen)
        self._show(screen)

    def lock_trainer_mode(self) -> None:
        """Drop the trainer screen entirely: nothing of it stays reachable without the PIN."""
        screen = self.__dict__.pop("trainer_screen", None)
        if screen is not None:
            self.stack.removeWidget(screen)
            screen.deleteLater()

    @cached_property
    def handover(self) -> HandoverScreen:
        from dtlearn.ui.screens.handover import HandoverScreen

        screen = HandoverScreen(self.services)
        screen.person_chosen.connect(self.handover_to)
        screen.ended.connect(self.end_handover)
        self._add(screen)
        return screen

    def start_handover(self, session_id: str) -> None:
        """Trainer mode locks; only this session's attendees are offered, without a PIN."""
        self.lock_trainer_mode()
        self.services.active_session_id = session_id
        self.next_person_button.show()
        self.show_handover()

    def show_handover(self) -> None:
        if not self.services.active_session_id:
            return
        self.lock_trainer_mode()
        self.handover.show_session(self.services.active_session_id)
        self._show(self.handover)

    def handover_to(self, learner_id: str) -> None:
        session = self.services.sessions.get(self.services.active_session_id)
        self.choose_learner(learner_id)
        if session is not None and self.services.catalog.course(session.course_id):
            self.open_course(session.course_id)

    def end_handover(self) -> None:
        self.services.active_session_id = ""
        self.next_person_button.hide()
        self.show_learners()

    def leave_trainer_mode(self) -> None:
        self.lock_trainer_mode()
        if self.learner_id:
            self.show_catalog()
        else:
            self.show_learners()

    def refresh_sync_status(self) -> None:
        from dtlearn.sync.status import sync_status
        from dtlearn.ui.texts import local_time

        status = sync_status(self.services.store)
        self.sync_label.setText(self.tr("{count} results waiting to be sent · last sent: {time}")
                                .format(count=status.pending,
                                        time=local_time(status.last_success)))

    def open_sync(self) -> None:
        from dtlearn.ui.dialogs.sync_dialog import SyncDialog

        dialog = SyncDialog(self.services, self)
        dialog.data_changed.connect(self.refresh_sync_status)
        dialog.data_changed.connect(self._refresh_current)
        dialog.exec()
        self.refresh_sync_status()

    def choose_bundles(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add results from files"), "",
                                                self.tr("dtlearn results (*.dtsync)"))
        if names:
            self.import_bundles([Path(name) for name in names])

    def import_bundles(self, files: list[Path]) -> None:
        """Merge bundles in the background; the window stays usable meanwhile."""
        from PySide6.QtWidgets import QMessageBox

        from dtlearn.ui.sync_actions import describe_imports, refusal_text, start_import

        self.statusBar().showMessage(self.tr("Adding results from {count} file(s)…").format(
            count=len(files)))
        task = start_import(self.services.paths, files, self)
        self._tasks.append(task)

        def done(outcomes: list[tuple[Path, object]]) -> None:
            self.statusBar().clearMessage()
            self.refresh_sync_status()
            self._refresh_current()
            QMessageBox.information(self, self.tr("Results added"), describe_imports(outcomes))

        task.succeeded.connect(done)
        task.failed.connect(lambda error: QMessageBox.warning(self, self.tr("Results not added"),
                                                              refusal_text(error)))
        task.ended.connect(lambda: self._tasks.remove(task))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if _bundle_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        files = _bundle_paths(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.import_bundles(files)

    def _refresh_current(self) -> None:
        if self.stack.currentWidget() is self.__dict__.get("catalog") and self.learner_id:
            self.catalog.refresh(self.learner_id, self.learner_name)

    @cached_property
    def learners(self) -> LearnerScreen:
        from dtlearn.ui.screens.learners import LearnerScreen

        screen = LearnerScreen(self.services)
        screen.learner_chosen.connect(self.choose_learner)
        self._add(screen)
        return screen

    @cached_property
    def catalog(self) -> CatalogScreen:
        from dtlearn.ui.screens.catalog import CatalogScreen

        screen = CatalogScreen(self.services)
        screen.course_opened.connect(self.open_course)
        screen.search_requested.connect(self.show_search)
        screen.switch_learner.connect(self.show_learners)
        self._add(screen)
        return screen

    @cached_property
    def search_screen(self) -> SearchScreen:
        from dtlearn.ui.screens.search import SearchScreen

        screen = SearchScreen(self.services)
        screen.back.connect(self.show_catalog)
        screen.lesson_chosen.connect(self.open_found_lesson)
        screen.course_chosen.connect(self.open_course)
        self._add(screen)
        return screen

    def show_search(self, text: str) -> None:
        self._last_search = text
        self.search_screen.search(text)
        self._show(self.search_screen)

    def open_found_lesson(self, course_id: str, lesson_id: str, words: str) -> None:
        course = self.services.catalog.course(course_id)
        if course is None:
            return
        self.course = course
        self.lesson.show_lesson(course, lesson_id, self.learner_id, find=words)
        self._show(self.lesson)

    @cached_property
    def course_screen(self) -> CourseScreen:
        from dtlearn.ui.screens.course import CourseScreen

        screen = CourseScreen(self.services)
        screen.back.connect(self.show_catalog)
        screen.lesson_opened.connect(self.open_lesson)
        screen.quiz_started.connect(self.start_quiz)
        self._add(screen)
        return screen

    @cached_property
    def lesson(self) -> LessonScreen:
        from dtlearn.ui.screens.lesson import LessonScreen

        screen = LessonScreen(self.services)
        screen.back.connect(self.show_course)
        screen.quiz_requested.connect(self.show_course_then_quiz)
        screen.not_saved.connect(self.not_saved)
        self._add(screen)
        return screen

    @cached_property
    def quiz(self) -> QuizScreen:
        from dtlearn.ui.screens.quiz import QuizScreen

        screen = QuizScreen()
        screen.finished.connect(self.show_result)
        screen.left.connect(self.show_course)
        screen.not_saved.connect(self.not_saved)
        self._add(screen)
        return screen

    @cached_property
    def results(self) -> ResultScreen:
        from dtlearn.ui.screens.results import ResultScreen

        screen = ResultScreen()
        screen.back.connect(self.show_course)
        screen.retry.connect(self.retry_quiz)
        self._add(screen)
        return screen

    def _show(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        self.refresh_sync_status()
        self.refresh_write_status()

    def refresh_write_status(self) -> None:
        store = self.services.store
        self.write_banner.setText(self.tr("Read-only: results are not being saved — free disk "
                                          "space or fix folder permissions"))
        self.write_banner.setVisible(not store.writable)

    def not_saved(self, message: str) -> None:
        """A screen could not save progress but carries on: the banner stays up, and the
        reason shows in the status bar."""
        self.refresh_write_status()
        self.statusBar().showMessage(message, 15000)

    def open_backups(self) -> None:
        from dtlearn.ui.dialogs.backups_dialog import BackupsDialog, restored_words

        outcomes: list[RestoreOutcome] = []
        self.backups_dialog = BackupsDialog(self.services.backups, self,
                                            may_restore=self._trainer_present)
        self.backups_dialog.restored.connect(outcomes.append)
        self.backups_dialog.exec()
        del self.backups_dialog
        if outcomes:  # after the dialog has closed: the restart replaces this window
            self.restart_requested.emit(restored_words(outcomes[0]))

    def _trainer_present(self) -> bool:
        """True in trainer mode; otherwise a trainer's PIN is asked for (or, on a laptop
        without a trainer yet, a trainer account made) first."""
        if "trainer_screen" in self.__dict__:
            return True
        from dtlearn.ui.dialogs.pin_dialog import PinDialog

        dialog = PinDialog(self.services.trainers, self.__dict__.get("backups_dialog", self))
        return bool(dialog.exec()) and dialog.trainer is not None

    def show_learners(self) -> None:
        self.lock_trainer_mode()
        self.learners.refresh()
        self._show(self.learners)

    def choose_learner(self, learner_id: str) -> None:
        learner = self.services.learners.get(learner_id)
        if learner is None:
            self.show_learners()
            return
        self.learner_id = learner_id
        self.learner_name = learner.name
        self.services.settings.set("last_learner", learner_id)
        self.show_catalog()

    def show_catalog(self) -> None:
        self.lock_trainer_mode()
        self.catalog.refresh(self.learner_id, self.learner_name)
        self._show(self.catalog)

    def open_course(self, course_id: str) -> None:
        course = self.services.catalog.course(course_id)
        if course is None:
            return
        self.course = course
        self.show_course()

    def show_course(self) -> None:
        if self.course is None:
            self.show_catalog()
            return
        self.course_screen.show_course(self.course, self.learner_id)
        self._show(self.course_screen)

    def open_lesson(self, lesson_id: str) -> None:
        if self.course is None:
            return
        self.lesson.show_lesson(self.course, lesson_id, self.learner_id)
        self._show(self.lesson)

    def show_course_then_quiz(self) -> None:
        self.show_course()
        self.start_quiz()

    def _fold(self) -> bool:
        return bool(self.services.settings.get("fold_short_answers"))

    @staticmethod
    def _quiz_unavailable() -> type[Exception]:
        from dtlearn.services.quiz import QuizUnavailable

        return QuizUnavailable

    def start_quiz(self) -> None:
        if self.course is None:
            return
        language = self.services.settings.get("language")
        try:
            session = self.services.quiz.start_or_resume(self.learner_id, self.course,
                                                         language, self._fold())
        except self._quiz_unavailable():
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("No quiz"),
                                self.tr("This course has no questions to answer."))
            return
        self.quiz.start(session)
        self._show(self.quiz)

    def retry_quiz(self) -> None:
        if self.course is None:
            return
        language = self.services.settings.get("language")
        session = self.services.quiz.start_new(self.learner_id, self.course, language,
                                               self._fold())
        self.quiz.start(session)
        self._show(self.quiz)

    def show_result(self, result: QuizResult) -> None:
        self._last_result = result
        self.results.show_result(result)
        self._show(self.results)

    def event(self, event: QEvent) -> bool:
        try:
            return super().event(event)
        except UserError as error:
            show_user_error(self, error)
            return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        """Keep the time spent on an open lesson; answers are already on disk."""
        lesson = self.__dict__.get("lesson")
        if lesson is not None:
            with contextlib.suppress(UserError):
                lesson.save_time()
        super().closeEvent(event)


def _bundle_paths(urls: list[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".dtsync")]
