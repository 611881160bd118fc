"""Learners and roster import (trainer mode)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dtlearn.services.context import Services
from dtlearn.services.trainers import Trainer


class RosterTab(QWidget):
    def __init__(self, services: Services, trainer: Trainer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.trainer = trainer
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Learners and roster import")))
