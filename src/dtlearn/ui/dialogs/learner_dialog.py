"""Edit one learner's profile (trainer mode): every field, checked by the same rules as a
roster import."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dtlearn.services.learners import GENDERS, LearnerService, Profile, ProfileError, ProfileProblem
from dtlearn.store.learners import LearnerRow


class LearnerDialog(QDialog):
    def __init__(self, learners: LearnerService, learner: LearnerRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit learner"))
        self._learners = learners
        self.learner = learner
        self.name_edit = QLineEdit(learner.name)
        self.year_edit = QLineEdit("" if learner.birth_year is None else str(learner.birth_year))
        self.year_edit.setMaxLength(4)
        self.gender_combo = QComboBox()
        labels = {"": self.tr("Not given"), "female": self.tr("Female"),
                  "male": self.tr("Male"), "other": self.tr("Other")}
        for code in ("", *GENDERS):
            self.gender_combo.addItem(labels[code], code)
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(learner.gender)))
        self.phone_edit = QLineEdit(learner.phone)
        self.village_edit = QLineEdit(learner.village)
        self.commune_edit = QLineEdit(learner.commune)
        self.province_edit = QLineEdit(learner.province)
        self.unit_edit = QLineEdit(learner.unit)
        self.error_label = QLabel()
        self.error_label.setObjectName("problem")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        rows = ((self.tr("Full name *"), self.name_edit), (self.tr("Birth year"), self.year_edit),
                (self.tr("Gender"), self.gender_combo), (self.tr("Phone"), self.phone_edit),
                (self.tr("Village"), self.village_edit),
                (self.tr("Commune or ward"), self.commune_edit),
                (self.tr("Province or city"), self.province_edit),
                (self.tr("Unit or organisation"), self.unit_edit))
        for label, widget in rows:
            widget.setAccessibleName(label.rstrip(" *"))
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def save(self) -> None:
        year_text = self.year_edit.text().strip()
        if year_text and not (year_text.isascii() and year_text.isdigit()):
            self._show(ProfileError("birth_year", ProfileProblem.BAD_BIRTH_YEAR))
            return
        profile = Profile(self.name_edit.text(), self.unit_edit.text(), self.commune_edit.text(),
                          self.province_edit.text(), int(year_text) if year_text else None,
                          self.gender_combo.currentData() or "", self.phone_edit.text(),
                          self.village_edit.text())
        try:
            self._learners.update_profile(self.learner.id, profile)
        except ProfileError as error:
            self._show(error)
            return
        self.accept()

    def _show(self, error: ProfileError) -> None:
        messages = {
            ProfileProblem.NAME_REQUIRED: self.tr("Please type the learner's name."),
            ProfileProblem.TOO_LONG: self.tr("This is too long: at most 120 letters."),
            ProfileProblem.BAD_BIRTH_YEAR: self.tr("The birth year must be a year from 1900 "
                                                   "to this year, like 1985."),
            ProfileProblem.BAD_PHONE: self.tr("The phone number may only have digits "
                                              "(spaces and dots are fine)."),
            ProfileProblem.BAD_GENDER: self.tr("Choose a gender from the list."),
        }
        self.error_label.setText(messages[error.problem])
        self.error_label.show()
        fields = {"name": self.name_edit, "birth_year": self.year_edit,
                  "phone": self.phone_edit, "village": self.village_edit,
                  "commune": self.commune_edit, "province": self.province_edit,
                  "unit": self.unit_edit, "gender": self.gender_combo}
        fields.get(error.field, self.name_edit).setFocus()
