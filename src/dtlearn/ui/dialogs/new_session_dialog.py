"""Create a group session: which course, where (commune/ward and village), when."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dtlearn.services.context import Services
from dtlearn.services.sessions import GroupSession, SessionError, SessionProblem
from dtlearn.services.trainers import Trainer


class NewSessionDialog(QDialog):
    def __init__(self, services: Services, trainer: Trainer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._trainer = trainer
        self.session: GroupSession | None = None
        self.setWindowTitle(self.tr("New group session"))
        language = services.settings.get("language")
        self.course_combo = QComboBox()
        for course in services.catalog.usable():
            self.course_combo.addItem(course.title_in(language), course.id)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Evening class at the cultural house"))
        self.province_edit = QLineEdit()
        self.commune_edit = QLineEdit()
        self.village_edit = QLineEdit()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.message = QLabel()
        self.message.setObjectName("problem")
        self.message.hide()
        form = QFormLayout()
        for label, widget in ((self.tr("Course"), self.course_combo),
                              (self.tr("Name of the session"), self.title_edit),
                              (self.tr("Province or city"), self.province_edit),
                              (self.tr("Commune or ward *"), self.commune_edit),
                              (self.tr("Village"), self.village_edit),
                              (self.tr("Date"), self.date_edit)):
            widget.setAccessibleName(label.rstrip(" *"))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        try:
            self.session = self._services.sessions.create(
                self.course_combo.currentData() or "", self.title_edit.text(),
                self.province_edit.text(), self.commune_edit.text(), self.village_edit.text(),
                self.date_edit.date().toString("yyyy-MM-dd"), self._trainer)
        except SessionError as error:
            self.message.setText({
                SessionProblem.NO_COURSE: self.tr("Choose a course."),
                SessionProblem.NO_PLACE: self.tr("Type the commune or ward."),
            }.get(error.problem, self.tr("Check the date.")))
            self.message.show()
            return
        self.accept()
