"""Certificates (trainer mode): who completed, issue and print, and check a certificate.

The list shows, for a course (or all courses) or for one group session, everyone who
completed and the code of their certificate once issued. Printing issues what is missing
first (quick, on this thread), then paints the PDF in the background with a progress bar
and a Cancel button; cancelling leaves no file, and the certificates stay issued, so
printing again gives the same codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dtlearn.core.course import Course
from dtlearn.errors import UserError
from dtlearn.reports.certificates import (
    CertificateIssuer,
    CertificateRefused,
    IssueProblem,
    SignedCertificate,
    candidates,
    clean_text,
    local_date,
)
from dtlearn.services.context import Services
from dtlearn.services.trainers import Trainer
from dtlearn.store.certificates import Completion
from dtlearn.sync.keys import load_or_create_device_key
from dtlearn.ui.dialogs.verify_dialog import VerifyDialog
from dtlearn.ui.errors import show_user_error
from dtlearn.ui.fonts import load_bundled_fonts
from dtlearn.ui.printing.certificate_pdf import day_month_year, write_certificates
from dtlearn.ui.tasks import Progress, ShouldStop, Task, run_in_background
from dtlearn.ui.texts import percent
from dtlearn.ui.translate import tr

ALL = ""


@dataclass(frozen=True)
class Row:
    """One line of the list: a learner and a course, completed or not (session view)."""

    learner_id: str
    name: str
    course: Course
    completion: Completion | None
    certificate: SignedCertificate | None


class CertificatesTab(QWidget):
    def __init__(self, services: Services, trainer: Trainer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.trainer = trainer
        self.rows: list[Row] = []
        self.task: Task | None = None
        self._session_labels: dict[str, str] = {}  # printed at the foot of each page

        self.unit_edit = QLineEdit(services.settings.get("issuing_unit"))
        self.unit_edit.setPlaceholderText(self.tr("e.g. UBND xã Tân Lập, tỉnh Phú Thọ"))
        self.unit_edit.setAccessibleName(self.tr("Issuing unit"))
        self.unit_edit.editingFinished.connect(self._save_unit)
        self.course_combo = QComboBox()
        self.course_combo.setAccessibleName(self.tr("Course"))
        self.course_combo.addItem(self.tr("All courses"), ALL)
        language = services.settings.get("language")
        for course in services.catalog.usable():
            self.course_combo.addItem(course.title_in(language), course.id)
        self.course_combo.currentIndexChanged.connect(lambda: self._course_changed())
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(self.tr("Learners"))
        self.session_combo.currentIndexChanged.connect(self.refresh)
        form = QFormLayout()
        form.addRow(self.tr("Issuing unit (printed on every certificate)"), self.unit_edit)
        # Course and learners side by side: at large text sizes the list keeps its height.
        choose = QHBoxLayout()
        for text, combo in ((self.tr("&Course"), self.course_combo),
                            (self.tr("&Learners"), self.session_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            choose.addWidget(label)
            choose.addWidget(combo, 1)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Course"),
                                              self.tr("Completed on"), self.tr("Best score"),
                                              self.tr("Certificate")])
        self.table.setAccessibleName(self.tr("Learners and their certificates"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)

        self.print_selected_button = QPushButton(self.tr("Issue and print &selected…"))
        self.print_selected_button.setObjectName("primary")
        self.print_selected_button.clicked.connect(self.print_selected)
        self.print_all_button = QPushButton(self.tr("Issue and print &all…"))
        self.print_all_button.clicked.connect(self.print_all)
        self.check_button = QPushButton(self.tr("C&heck a certificate…"))
        self.check_button.clicked.connect(self.check_certificate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_selected_button)
        buttons.addWidget(self.print_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Printing progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open the PDF"))
        self.open_button.clicked.connect(self.open_pdf)
        self.open_button.hide()
        self.saved: Path | None = None
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.open_button)
        layout.addLayout(status_row)
        self._set_busy(False)
        self._course_changed()

    # --- what is listed ------------------------------------------------------------------
    def _course(self) -> Course | None:
        course_id = self.course_combo.currentData()
        return self.services.catalog.course(course_id) if course_id else None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """Results may have arrived since (a group quiz, an imported bundle): list afresh,
        keeping the course and session chosen."""
        super().showEvent(event)
        self._course_changed(keep_session=True)

    def _course_changed(self, keep_session: bool = False) -> None:
        """The second list offers everyone who completed, or one of the course's sessions."""
        chosen = self.session_combo.currentData() if keep_session else None
        course = self._course()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self._session_labels.clear()
        self.session_combo.addItem(self.tr("Everyone who completed the course"), ALL)
        if course is not None:
            for session in self.services.sessions.all():
                if session.course_id == course.id:
                    place = ", ".join(part for part in (session.village, session.commune)
                                      if part)
                    label = " – ".join(part for part in (
                        day_month_year(session.date), session.title, place) if part)
                    self._session_labels[session.id] = label
                    self.session_combo.addItem(self.tr("Session: {label}").format(label=label),
                                               session.id)
        self.session_combo.setEnabled(course is not None)
        if chosen:
            self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(chosen)))
        self.session_combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        course = self._course()
        session_id = self.session_combo.currentData() or ALL
        if course is None:
            rows = [row for each in self.services.catalog.usable()
                    for row in self._completed_rows(each)]
        elif session_id:
            rows = self._session_rows(course, session_id)
        else:
            rows = self._completed_rows(course)
        self.rows = rows
        self._fill_table()

    def _completed_rows(self, course: Course) -> list[Row]:
        return [Row(found.completion.learner_id, found.completion.name, course,
                    found.completion, found.certificate)
                for found in candidates(self.services.store, course.id)]

    def _session_rows(self, course: Course, session_id: str) -> list[Row]:
        """Every attendee, so the trainer sees who has not completed yet and why they get
        no certificate."""
        session = self.services.sessions.get(session_id)
        if session is None:
            return []
        attendees = self.services.sessions.attendees(session)
        found = {item.completion.learner_id: item for item in candidates(
            self.services.store, course.id, [person.learner_id for person in attendees])}
        rows = []
        for person in attendees:
            item = found.get(person.learner_id)
            rows.append(Row(person.learner_id, person.name, course,
                            item.completion if item else None,
                            item.certificate if item else None))
        return rows

    def _fill_table(self) -> None:
        language = self.services.settings.get("language")
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            completion = row.completion
            if completion is None:
                completed, score = self.tr("Not completed yet"), ""
            else:
                completed = day_month_year(local_date(completion.completed_at))
                score = ("—" if completion.best_score is None
                         else percent(round(completion.best_score * 100, 1)))
            certificate = (row.certificate.code if row.certificate
                           else self.tr("Not issued") if completion else "—")
            for column, text in enumerate((row.name, row.course.title_in(language), completed,
                                           score, certificate)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, index)
                self.table.setItem(index, column, item)
        self.table.setColumnHidden(1, self.course_combo.currentData() != ALL)
        eligible = sum(1 for row in self.rows if row.completion)
        issued = sum(1 for row in self.rows if row.certificate)
        if not self.rows:
            self.summary.setText(self.tr("Nobody has completed this yet. Results from other "
                                         "laptops appear after File → Add results from "
                                         "files."))
        else:
            self.summary.setText(self.tr("Completed: {eligible} · certificates issued: {issued}")
                                 .format(eligible=eligible, issued=issued))
        self.print_all_button.setEnabled(eligible > 0 and not self._busy())
        self.print_selected_button.setEnabled(bool(self.rows) and not self._busy())

    # --- issuing and printing ------------------------------------------------------------
    def _save_unit(self) -> None:
        self.services.settings.set("issuing_unit", clean_text(self.unit_edit.text()))

    def selected_rows(self) -> list[Row]:
        indexes = sorted({item.row() for item in self.table.selectedItems()})
        return [self.rows[index] for index in indexes]

    def print_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            QMessageBox.information(self, self.tr("Certificates"),
                                    self.tr("Select one or more learners in the list first."))
            return
        self._issue_and_print(rows)

    def print_all(self) -> None:
        self._issue_and_print([row for row in self.rows if row.completion])

    def _issue_and_print(self, rows: list[Row]) -> None:
        """Check, ask where to save, issue what is missing, then print in the background."""
        not_done = [row for row in rows if row.completion is None]
        rows = [row for row in rows if row.completion is not None]
        if not_done:
            names = ", ".join(row.name for row in not_done)
            text = self.tr("Not completed yet, so no certificate: {names}").format(names=names)
            if not rows:
                QMessageBox.warning(self, self.tr("No certificate"), text)
                return
            self.status.setText(text)
        self._save_unit()
        unit = self.services.settings.get("issuing_unit")
        if not unit:
            QMessageBox.warning(self, self.tr("Issuing unit missing"),
                                self.tr("Type the issuing unit first: it is printed on every "
                                        "certificate."))
            self.unit_edit.setFocus()
            return
        target = self._ask_target()
        if target is None:
            return
        try:
            key = load_or_create_device_key(self.services.paths)
            issuer = CertificateIssuer(self.services.store, key, unit)
            result = issuer.issue_many([(row.learner_id, row.course) for row in rows])
        except CertificateRefused as error:
            QMessageBox.warning(self, self.tr("No certificate"), refusal_text(error))
            return
        except UserError as error:
            show_user_error(self, error)
            return
        self.refresh()
        self._start_printing(target, result.certificates)

    def _ask_target(self) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        course = self._course()
        name = self.tr("certificates") + (f"-{course.id}" if course else "") + ".pdf"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save certificates as PDF"),
                                                str(Path(folder) / name),
                                                self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def _session_label(self) -> str:
        return self._session_labels.get(self.session_combo.currentData() or ALL, "")

    def _start_printing(self, target: Path, certificates: list[SignedCertificate]) -> None:
        language = self.services.settings.get("language")
        titles = {course.id: course.title_in(language)
                  for course in self.services.catalog.usable()}
        label = self._session_label()
        load_bundled_fonts()  # registering fonts belongs on this thread, not the worker's

        def work(progress: Progress, should_stop: ShouldStop) -> bool:
            return write_certificates(target, certificates, language, titles=titles,
                                      session_label=label, progress=progress,
                                      should_stop=should_stop)

        self.open_button.hide()
        self.progress.setRange(0, len(certificates))
        self.progress.setValue(0)
        self.status.setText(self.tr("Printing {count} certificate(s)…").format(
            count=len(certificates)))
        task = run_in_background(work, self)
        self.task = task
        self._set_busy(True)
        task.progressed.connect(lambda done, total: self.progress.setValue(done))
        task.succeeded.connect(lambda finished: self._printed(bool(finished), target,
                                                             len(certificates)))
        task.failed.connect(self._print_failed)
        task.ended.connect(lambda: self._set_busy(False))

    def _printed(self, finished: bool, target: Path, count: int) -> None:
        if finished:
            self.status.setText(self.tr("Saved {count} certificate(s) to {path}").format(
                count=count, path=target))
            self.saved = target
            self.open_button.show()
        else:
            self.status.setText(self.tr("Printing cancelled; no file was saved. The "
                                        "certificates stay issued: printing again gives the "
                                        "same codes."))

    def open_pdf(self) -> None:
        """Open the saved PDF in the computer's viewer, from where it goes to the printer."""
        if self.saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved)))

    def _print_failed(self, error: Exception) -> None:
        if isinstance(error, UserError):
            self.status.setText(str(error))
            show_user_error(self, error)
        else:
            raise error

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _busy(self) -> bool:
        return self.task is not None and self.task.running

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.task = None
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for button in (self.print_selected_button, self.print_all_button):
            button.setEnabled(not busy)
        if not busy and self.rows is not None:
            self.print_all_button.setEnabled(any(row.completion for row in self.rows))

    def check_certificate(self) -> None:
        VerifyDialog(self.services, self).exec()


def refusal_text(error: CertificateRefused) -> str:
    if error.problem is IssueProblem.NO_ISSUING_UNIT:
        return tr("Type the issuing unit first: it is printed on every certificate.")
    return tr("This learner has not completed the course yet, so no certificate is issued.")
