"""Who is learning? Pick a profile or make one; only a name is required."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dtlearn.services.context import Services
from dtlearn.services.learners import ProfileError, ProfileProblem
from dtlearn.store.learners import LearnerRow


class LearnerScreen(QWidget):
    learner_chosen = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        title = QLabel(self.tr("Who is learning today?"))
        title.setObjectName("screenTitle")

        self.existing_box = QGroupBox(self.tr("Choose your name"))
        self.learner_list = QListWidget()
        self.learner_list.setAccessibleName(self.tr("Learners on this computer"))
        self.learner_list.itemActivated.connect(self._choose_item)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setObjectName("primary")
        self.continue_button.clicked.connect(self._choose_selected)
        self.learner_list.currentRowChanged.connect(
            lambda row: self.continue_button.setEnabled(row >= 0))
        existing_layout = QVBoxLayout(self.existing_box)
        existing_layout.addWidget(self.learner_list)
        existing_layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)

        self.new_box = QGroupBox(self.tr("New learner"))
        self.name_edit = QLineEdit()
        self.unit_edit = QLineEdit()
        self.commune_edit = QLineEdit()
        self.province_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Full name"))
        self.unit_edit.setAccessibleName(self.tr("Unit or organisation"))
        self.commune_edit.setAccessibleName(self.tr("Commune or ward"))
        self.province_edit.setAccessibleName(self.tr("Province or city"))
        self.unit_edit.setPlaceholderText(self.tr("optional"))
        self.commune_edit.setPlaceholderText(self.tr("optional"))
        self.province_edit.setPlaceholderText(self.tr("optional"))
        self.error_label = QLabel()
        self.error_label.setObjectName("problem")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.create_button = QPushButton(self.tr("Create profile and start"))
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self._create)
        for edit in (self.name_edit, self.unit_edit, self.commune_edit, self.province_edit):
            edit.returnPressed.connect(self._create)
        form = QFormLayout(self.new_box)
        form.addRow(self.tr("Full name *"), self.name_edit)
        form.addRow(self.tr("Unit or organisation"), self.unit_edit)
        form.addRow(self.tr("Commune or ward"), self.commune_edit)
        form.addRow(self.tr("Province or city"), self.province_edit)
        form.addRow(self.error_label)
        form.addRow(self.create_button)

        self.new_box.setMaximumWidth(640)
        boxes = QHBoxLayout()
        boxes.addWidget(self.existing_box, 1)
        boxes.addWidget(self.new_box, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addLayout(boxes, 1)

    def refresh(self) -> None:
        learners = self._services.learners.all()
        self.learner_list.clear()
        for learner in learners:
            item = QListWidgetItem(self._describe(learner))
            item.setData(Qt.ItemDataRole.UserRole, learner.id)
            self.learner_list.addItem(item)
        self.existing_box.setVisible(bool(learners))
        last = self._services.settings.get("last_learner")
        for row in range(self.learner_list.count()):
            if self.learner_list.item(row).data(Qt.ItemDataRole.UserRole) == last:
                self.learner_list.setCurrentRow(row)
        if self.learner_list.currentRow() < 0 and learners:
            self.learner_list.setCurrentRow(0)
        self.continue_button.setEnabled(self.learner_list.currentRow() >= 0)
        (self.learner_list if learners else self.name_edit).setFocus()

    @staticmethod
    def _describe(learner: LearnerRow) -> str:
        place = ", ".join(part for part in (learner.unit, learner.commune, learner.province)
                          if part)
        return f"{learner.name} — {place}" if place else learner.name

    def _choose_item(self, item: QListWidgetItem) -> None:
        self.learner_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _choose_selected(self) -> None:
        item = self.learner_list.currentItem()
        if item is not None:
            self._choose_item(item)

    def _create(self) -> None:
        try:
            learner = self._services.learners.create(
                self.name_edit.text(), self.unit_edit.text(), self.commune_edit.text(),
                self.province_edit.text())
        except ProfileError as error:
            self._show_error(error)
            return
        for edit in (self.name_edit, self.unit_edit, self.commune_edit, self.province_edit):
            edit.clear()
        self.error_label.hide()
        self.learner_chosen.emit(learner.id)

    def _show_error(self, error: ProfileError) -> None:
        if error.problem is ProfileProblem.NAME_REQUIRED:
            message = self.tr("Please type your name.")
        else:
            message = self.tr("This is too long: at most 120 letters.")
        self.error_label.setText(message)
        self.error_label.show()
        edits = {"name": self.name_edit, "unit": self.unit_edit,
                 "commune": self.commune_edit, "province": self.province_edit}
        edits.get(error.field, self.name_edit).setFocus()
