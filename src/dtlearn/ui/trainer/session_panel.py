"""One group session: register people fast, tick attendance, see who completed and passed.

Typing a name lists people already on this laptop whose names match (diacritics ignored);
choosing one registers that person instead of making a duplicate.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dtlearn.errors import UserError
from dtlearn.services.context import Services
from dtlearn.services.learners import ProfileError
from dtlearn.services.sessions import AttendeeStatus, GroupSession, SessionError
from dtlearn.ui.texts import percent

GENDERS = ("", "female", "male", "other")


class SessionPanel(QWidget):
    handover_requested = Signal(str)
    group_quiz_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.session: GroupSession | None = None
        self.people: list[AttendeeStatus] = []
        self.header = QLabel()
        self.header.setObjectName("cardTitle")
        self.header.setWordWrap(True)
        self.summary = QLabel()

        register_box = QGroupBox(self.tr("Register a person"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Full name"))
        self.name_edit.textEdited.connect(self._suggest)
        self.name_edit.returnPressed.connect(self.register)
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("People already known with this name"))
        self.suggestions.setMinimumHeight(80)
        self.suggestions.setMaximumHeight(160)
        self.suggestions.setWordWrap(True)
        self.suggestions.itemActivated.connect(self._register_known)
        self.suggestions.hide()
        self.suggest_hint = QLabel(self.tr("Already known — choose to register that person:"))
        self.suggest_hint.setObjectName("muted")
        self.suggest_hint.hide()
        self.year_edit = QLineEdit()
        self.year_edit.setMaxLength(4)
        self.year_edit.setPlaceholderText(self.tr("e.g. 1962"))
        self.gender_combo = QComboBox()
        for code, text in zip(GENDERS, ("", self.tr("Female"), self.tr("Male"),
                                        self.tr("Other")), strict=True):
            self.gender_combo.addItem(text, code)
        self.phone_edit = QLineEdit()
        self.village_edit = QLineEdit()
        for widget, name in ((self.year_edit, self.tr("Birth year")),
                             (self.gender_combo, self.tr("Gender")),
                             (self.phone_edit, self.tr("Phone")),
                             (self.village_edit, self.tr("Village"))):
            widget.setAccessibleName(name)
        for edit in (self.year_edit, self.phone_edit, self.village_edit):
            edit.returnPressed.connect(self.register)
        self.register_button = QPushButton(self.tr("Register"))
        self.register_button.setObjectName("primary")
        self.register_button.clicked.connect(self.register)
        self.message = QLabel()
        self.message.setObjectName("problem")
        self.message.setWordWrap(True)
        self.message.hide()
        box_layout = QVBoxLayout(register_box)
        form = QFormLayout()
        box_layout.addLayout(form)
        box_layout.addStretch(1)
        form.addRow(self.tr("Full name *"), self.name_edit)
        form.addRow(self.suggest_hint)
        form.addRow(self.suggestions)
        details = QHBoxLayout()
        details.addWidget(QLabel(self.tr("Birth year")))
        details.addWidget(self.year_edit)
        details.addWidget(QLabel(self.tr("Gender")))
        details.addWidget(self.gender_combo)
        form.addRow(details)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Village"), self.village_edit)
        form.addRow(self.message)
        form.addRow(self.register_button)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Birth year"), self.tr("Attended"),
            self.tr("Completed"), self.tr("Passed"), self.tr("Best score")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("People in this session"))
        self.table.setMinimumHeight(200)
        self.table.itemChanged.connect(self._attendance_changed)

        self.handover_button = QPushButton(self.tr("Hand the laptop to the attendees"))
        self.handover_button.clicked.connect(
            lambda: self.session and self.handover_requested.emit(self.session.id))
        self.group_quiz_button = QPushButton(self.tr("Run the quiz for the group"))
        self.group_quiz_button.clicked.connect(
            lambda: self.session and self.group_quiz_requested.emit(self.session.id))
        actions = QVBoxLayout()
        actions.addWidget(self.handover_button)
        actions.addWidget(self.group_quiz_button)

        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.table, 1)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addWidget(register_box, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)

    def show_session(self, session: GroupSession) -> None:
        self.session = session
        course = self._services.catalog.course(session.course_id)
        language = self._services.settings.get("language")
        place = ", ".join(part for part in (session.village, session.commune, session.province)
                          if part)
        self.header.setText(self.tr("{title} — {course} · {place} · {date}").format(
            title=session.title or self.tr("Session"),
            course=course.title_in(language) if course else session.course_id,
            place=place, date=_date_text(session.date)))
        self.refresh()

    def refresh(self) -> None:
        if self.session is None:
            return
        self.people = self._services.sessions.attendees(self.session)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            name = QTableWidgetItem(person.name)
            name.setData(Qt.ItemDataRole.UserRole, person.learner_id)
            attended = QTableWidgetItem(self.tr("present") if person.attended
                                        else self.tr("absent"))
            attended.setFlags(attended.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            attended.setCheckState(Qt.CheckState.Checked if person.attended
                                   else Qt.CheckState.Unchecked)
            cells = [name, QTableWidgetItem(str(person.birth_year or "")), attended,
                     QTableWidgetItem(self.tr("✓ yes") if person.completed else self.tr("no")),
                     QTableWidgetItem(self.tr("✓ yes") if person.passed else self.tr("no")),
                     QTableWidgetItem(percent(person.best_score)
                                      if person.best_score is not None else "—")]
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        present = sum(1 for p in self.people if p.attended)
        self.summary.setText(self.tr("{present} of {total} present · {completed} completed · "
                                     "{passed} passed").format(
            present=present, total=len(self.people),
            completed=sum(1 for p in self.people if p.completed),
            passed=sum(1 for p in self.people if p.passed)))
        has_present = present > 0
        self.handover_button.setEnabled(has_present)
        self.group_quiz_button.setEnabled(has_present)

    def _attendance_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 2 or self.session is None:
            return
        name_item = self.table.item(item.row(), 0)
        if name_item is None:
            return
        learner_id = name_item.data(Qt.ItemDataRole.UserRole)
        self._services.sessions.set_attended(self.session, learner_id,
                                             item.checkState() == Qt.CheckState.Checked)
        self.refresh()

    def _suggest(self, text: str) -> None:
        known = self._services.sessions.suggest(text)
        self.suggestions.clear()
        for learner in known:
            details = ", ".join(str(part) for part in (learner.birth_year, learner.village,
                                                       learner.commune) if part)
            item = QListWidgetItem(f"{learner.name} ({details})" if details else learner.name)
            item.setData(Qt.ItemDataRole.UserRole, learner.id)
            self.suggestions.addItem(item)
        self.suggestions.setVisible(bool(known))
        self.suggest_hint.setVisible(bool(known))

    def _register_known(self, item: QListWidgetItem) -> None:
        if self.session is None:
            return
        self._services.sessions.register_existing(self.session,
                                                  item.data(Qt.ItemDataRole.UserRole))
        self._clear_form()
        self.refresh()

    def register(self) -> None:
        if self.session is None:
            return
        year_text = self.year_edit.text().strip()
        if year_text and not year_text.isdigit():
            self._say(self.tr("The birth year must be a year like 1962."))
            return
        try:
            self._services.sessions.register_new(
                self.session, self.name_edit.text(),
                int(year_text) if year_text else None, self.gender_combo.currentData(),
                self.phone_edit.text().strip(), self.village_edit.text())
        except ProfileError:
            self._say(self.tr("Please type the person's name."))
            return
        except SessionError:
            self._say(self.tr("The birth year must be between 1900 and this year."))
            return
        except UserError as error:
            self._say(str(error))
            return
        self._clear_form()
        self.refresh()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.name_edit.setFocus()

    def _clear_form(self) -> None:
        for edit in (self.name_edit, self.year_edit, self.phone_edit, self.village_edit):
            edit.clear()
        self.gender_combo.setCurrentIndex(0)
        self.message.hide()
        self.suggestions.clear()
        self.suggestions.hide()
        self.suggest_hint.hide()
        self.name_edit.setFocus()


def _date_text(iso: str) -> str:
    """Day/month/year, as dates are written in Vietnam."""
    from PySide6.QtCore import QDate

    date = QDate.fromString(iso, "yyyy-MM-dd")
    return date.toString("dd/MM/yyyy") if date.isValid() else iso
