"""The main window: a stack of screens and the routes between them.

Screens only emit what the person asked for; this window decides which screen comes next,
so each screen stays small and testable on its own.
"""

from __future__ import annotations

import contextlib
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from dtlearn.core.course import Course
from dtlearn.errors import UserError
from dtlearn.services.context import Services
from dtlearn.ui.errors import show_user_error

if TYPE_CHECKING:
    from dtlearn.services.quiz import QuizResult
    from dtlearn.services.trainers import Trainer
    from dtlearn.ui.screens.catalog import CatalogScreen
    from dtlearn.ui.screens.course import CourseScreen
    from dtlearn.ui.screens.handover import HandoverScreen
    from dtlearn.ui.screens.learners import LearnerScreen
    from dtlearn.ui.screens.lesson import LessonScreen
    from dtlearn.ui.screens.quiz import QuizScreen
    from dtlearn.ui.screens.results import ResultScreen

DEFAULT_SIZE = (1280, 720)


class MainWindow(QMainWindow):
    """Screens are built the first time they are needed (each property below), so start-up
    pays only for the first screen a person sees."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.learner_id = ""
        self.learner_name = ""
        self.course: Course | None = None
        self.setWindowTitle(self.tr("dtlearn — digital skills"))
        self.resize(*DEFAULT_SIZE)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
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
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.triggered.connect(self.open_sync)
        self.import_action = QAction(self.tr("&Add results from files…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.choose_bundles)
        self.verify_action = QAction(self.tr("&Check a certificate…"), self)
        self.verify_action.triggered.connect(self.check_certificate)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.sync_action, self.import_action, self.verify_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(quit_action)
        trainer_menu = self.menuBar().addMenu(self.tr("&Trainer"))
        self.trainer_action = QAction(self.tr("&Trainer mode…"), self)
        self.trainer_action.setShortcut(QKeySequence("Ctrl+T"))
        self.trainer_action.triggered.connect(self.enter_trainer_mode)
        trainer_menu.addAction(self.trainer_action)

    def check_certificate(self) -> None:
        """Open to everyone, learners too: checking a certificate shows only what it says."""
        from dtlearn.ui.dialogs.verify_dialog import VerifyDialog

        VerifyDialog(self.services, self).exec()

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
        from dtlearn.ui.sync_actions import local_time

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
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add results from files"), "",
                                                self.tr("dtlearn results (*.dtsync)"))
        if names:
            self.import_bundles([Path(name) for name in names])

    def import_bundles(self, files: list[Path]) -> None:
        """Merge bundles in the background; the window stays usable meanwhile."""
        from dtlearn.ui.sync_actions import describe_imports, start_import

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
                                                              str(error)))
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
        screen.switch_learner.connect(self.show_learners)
        self._add(screen)
        return screen

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
        self._add(screen)
        return screen

    @cached_property
    def quiz(self) -> QuizScreen:
        from dtlearn.ui.screens.quiz import QuizScreen

        screen = QuizScreen()
        screen.finished.connect(self.show_result)
        screen.left.connect(self.show_course)
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
