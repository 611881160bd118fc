"""Hand the laptop round a group session: each attendee taps their own name, learns, and
passes the laptop on. No PIN for learners; only the people present in the session show."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dtlearn.services.context import Services
from dtlearn.ui.widgets.scroll import page_scroll

COLUMNS = 3


class HandoverScreen(QWidget):
    person_chosen = Signal(str)
    ended = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)
        hint = QLabel(self.tr("Tap your name to start. When you finish, press "
                              "“Pass to the next person”."))
        hint.setWordWrap(True)
        self.end_button = QPushButton(self.tr("End the session"))
        self.end_button.clicked.connect(self.ended)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = page_scroll(self._grid_host)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        self.person_buttons: list[QPushButton] = []

    def show_session(self, session_id: str) -> None:
        session = self._services.sessions.get(session_id)
        if session is None:
            return
        self.title.setText(self.tr("{title}: who is next?").format(
            title=session.title or session.commune))
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.person_buttons = []
        present = [p for p in self._services.sessions.attendees(session) if p.attended]
        for index, person in enumerate(present):
            label = person.name + (f"\n{person.village}" if person.village else "")
            button = QPushButton(label)
            button.setMinimumHeight(72)
            button.setAccessibleName(person.name)
            button.clicked.connect(lambda _=False, lid=person.learner_id:
                                   self.person_chosen.emit(lid))
            self._grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.person_buttons.append(button)
        if self.person_buttons:
            self.person_buttons[0].setFocus()
