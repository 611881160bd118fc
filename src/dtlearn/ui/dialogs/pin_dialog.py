"""Trainer mode's door: choose your trainer account and type its PIN; or, on a new install,
make the first trainer account."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from dtlearn.services.learners import ProfileError
from dtlearn.services.pins import MIN_DIGITS, PinProblem
from dtlearn.services.trainers import PinRefused, Trainer, TrainerLocked, TrainerService, WrongPin


def _pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    edit.setMaxLength(32)
    edit.setAccessibleName(name)
    return edit


class PinDialog(QDialog):
    """``exec()`` accepts with ``self.trainer`` set once a PIN matched or an account was made."""

    def __init__(self, trainers: TrainerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trainers = trainers
        self.trainer: Trainer | None = None
        self.accounts = trainers.all()
        self.creating = not self.accounts
        self.setWindowTitle(self.tr("Trainer mode"))
        # Room for the PIN fields beside long labels ("Mã PIN mới (ít nhất 6 chữ số)").
        self.setMinimumWidth(480)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("problem")
        self.message.hide()
        form = QFormLayout()
        if self.creating:
            intro = QLabel(self.tr("No trainer account yet. Make one: results of all learners "
                                   "and all exports are behind its PIN."))
            intro.setWordWrap(True)
            intro.setMinimumWidth(intro.fontMetrics().averageCharWidth() * 40)
            form.addRow(intro)
            self.name_edit = QLineEdit()
            self.name_edit.setAccessibleName(self.tr("Trainer's name"))
            self.pin_edit = _pin_edit(self.tr("New PIN"))
            self.repeat_edit = _pin_edit(self.tr("New PIN again"))
            form.addRow(self.tr("Trainer's name"), self.name_edit)
            form.addRow(self.tr("New PIN ({count}+ digits)").format(count=MIN_DIGITS),
                        self.pin_edit)
            form.addRow(self.tr("New PIN again"), self.repeat_edit)
        else:
            self.account_combo = QComboBox()
            self.account_combo.setAccessibleName(self.tr("Trainer"))
            for trainer in self.accounts:
                self.account_combo.addItem(trainer.name, trainer.id)
            self.pin_edit = _pin_edit(self.tr("PIN"))
            form.addRow(self.tr("Trainer"), self.account_combo)
            form.addRow(self.tr("PIN"), self.pin_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.name_edit if self.creating else self.pin_edit).setFocus()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """Size to the wrapped text once shown, when the text size is known."""
        super().showEvent(event)
        self.adjustSize()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def try_accept(self) -> None:
        try:
            self.trainer = self._create() if self.creating else self._unlock()
        except PinRefused as error:
            self._say(self._pin_rule(error.problem))
        except WrongPin as error:
            self._say(self.tr("Wrong PIN. {count} tries left before a pause.").format(
                count=error.tries_left))
        except TrainerLocked as error:
            self._say(self.tr("Too many wrong PINs. Try again in {seconds} seconds.").format(
                seconds=error.seconds))
        except ProfileError:
            self._say(self.tr("Please type the trainer's name."))
        if self.trainer is None:
            self.pin_edit.clear()
            self.pin_edit.setFocus()
            return
        self.accept()

    def _create(self) -> Trainer | None:
        if self.pin_edit.text() != self.repeat_edit.text():
            self._say(self.tr("The two PINs are not the same."))
            return None
        return self._trainers.create(self.name_edit.text(), self.pin_edit.text())

    def _unlock(self) -> Trainer:
        return self._trainers.unlock(self.account_combo.currentData(), self.pin_edit.text())

    def _pin_rule(self, problem: PinProblem) -> str:
        if problem is PinProblem.TOO_SHORT:
            return self.tr("The PIN needs at least {count} digits.").format(count=MIN_DIGITS)
        if problem is PinProblem.NOT_DIGITS:
            return self.tr("The PIN may only have digits 0–9.")
        return self.tr("This PIN is too easy to guess; choose another.")
