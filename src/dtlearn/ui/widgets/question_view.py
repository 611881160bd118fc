"""The answer area for one question, built for its kind.

It shows answers in the attempt's shuffled order but reports responses in the question's
original order (what grading and the database expect), so shuffling stays a display matter.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dtlearn.core.questions import Kind, Response
from dtlearn.services.quiz import PresentedQuestion
from dtlearn.ui.widgets.option_row import OptionRow


class QuestionView(QWidget):
    """Answer widgets for one question; emits ``submitted`` when Enter is pressed in a field."""

    submitted = Signal()

    def __init__(self, item: PresentedQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.kind = item.question.kind
        self._buttons: list[QRadioButton | QCheckBox] = []
        self._group: QButtonGroup | None = None
        self._field: QLineEdit | None = None
        self._combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.kind in (Kind.SINGLE, Kind.TRUE_FALSE, Kind.MULTIPLE):
            self._build_options(layout)
        elif self.kind in (Kind.SHORT, Kind.NUMERICAL):
            self._build_field(layout)
        elif self.kind is Kind.MATCHING:
            self._build_matching(layout)

    def _choice_text(self, index: int) -> str:
        if self.kind is Kind.TRUE_FALSE:
            return self.tr("True") if index == 0 else self.tr("False")
        return self.item.question.choices[index].text

    def _build_options(self, layout: QVBoxLayout) -> None:
        if self.kind is Kind.MULTIPLE:
            hint = QLabel(self.tr("Choose all answers that are right."))
            hint.setObjectName("muted")
            layout.addWidget(hint)
        else:
            self._group = QButtonGroup(self)
        for number, original in enumerate(self.item.choice_order, start=1):
            text = f"{number}. {self._choice_text(original)}"
            button: QRadioButton | QCheckBox = (
                QCheckBox() if self.kind is Kind.MULTIPLE else QRadioButton())
            if self._group is not None:
                self._group.addButton(button, original)
            row = OptionRow(button, text)
            self._buttons.append(button)
            layout.addWidget(row)
        layout.addStretch(1)

    def _build_field(self, layout: QVBoxLayout) -> None:
        self._field = QLineEdit()
        if self.kind is Kind.NUMERICAL:
            self._field.setPlaceholderText(self.tr("Type a number"))
            self._field.setAccessibleName(self.tr("Your answer (a number)"))
        else:
            self._field.setPlaceholderText(self.tr("Type your answer"))
            self._field.setAccessibleName(self.tr("Your answer"))
        self._field.returnPressed.connect(self.submitted)
        layout.addWidget(self._field)
        layout.addStretch(1)

    def _build_matching(self, layout: QVBoxLayout) -> None:
        hint = QLabel(self.tr("For each item on the left, choose the one that matches."))
        hint.setObjectName("muted")
        layout.addWidget(hint)
        form = QFormLayout()
        for pair in self.item.question.pairs:
            combo = QComboBox()
            combo.addItem(self.tr("— choose —"), None)
            for option in self.item.match_options:
                combo.addItem(option, option)
            combo.setAccessibleName(pair.left)
            label = QLabel(pair.left)
            label.setWordWrap(True)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self._combos.append(combo)
        layout.addLayout(form)
        layout.addStretch(1)

    @property
    def uses_number_keys(self) -> bool:
        return bool(self._buttons)

    def focus_first(self) -> None:
        target: QWidget | None = (self._buttons[0] if self._buttons else self._field
                                  or (self._combos[0] if self._combos else None))
        if target is not None:
            target.setFocus()

    def choose_number(self, number: int) -> bool:
        """Keys 1–9: pick (or toggle, for multiple choice) the numbered answer."""
        if not 1 <= number <= len(self._buttons):
            return False
        button = self._buttons[number - 1]
        if isinstance(button, QCheckBox):
            button.toggle()
        else:
            button.setChecked(True)
        button.setFocus()
        return True

    def response(self) -> Response | None:
        if self.kind in (Kind.SINGLE, Kind.TRUE_FALSE):
            assert self._group is not None
            checked = self._group.checkedId()
            return None if checked < 0 else checked
        if self.kind is Kind.MULTIPLE:
            picked = sorted(original for original, button
                            in zip(self.item.choice_order, self._buttons, strict=True)
                            if button.isChecked())
            return picked or None
        if self._field is not None:
            text = self._field.text().strip()
            return text or None
        if self._combos:
            chosen: list[str | None] = [combo.currentData() for combo in self._combos]
            return None if all(value is None for value in chosen) else chosen
        return None

    def set_response(self, response: Response | None) -> None:
        if response is None:
            return
        if self.kind in (Kind.SINGLE, Kind.TRUE_FALSE) and isinstance(response, int):
            assert self._group is not None
            button = self._group.button(response)
            if button is not None:
                button.setChecked(True)
        elif self.kind is Kind.MULTIPLE and isinstance(response, list):
            for original, button in zip(self.item.choice_order, self._buttons, strict=True):
                button.setChecked(original in response)
        elif self._field is not None and isinstance(response, str):
            self._field.setText(response)
        elif self._combos and isinstance(response, list):
            for combo, value in zip(self._combos, response, strict=False):
                index = combo.findData(value)
                combo.setCurrentIndex(max(0, index))
