"""Group sessions (trainer mode): the list of sessions and the one being worked on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dtlearn.services.context import Services
from dtlearn.services.trainers import Trainer
from dtlearn.ui.trainer.session_panel import SessionPanel
from dtlearn.ui.widgets.scroll import page_scroll


class SessionsTab(QWidget):
    handover_requested = Signal(str)
    group_quiz_requested = Signal(str)

    def __init__(self, services: Services, trainer: Trainer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.trainer = trainer
        self.new_button = QPushButton(self.tr("New session…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_session)
        self.session_list = QListWidget()
        self.session_list.setAccessibleName(self.tr("Group sessions"))
        self.session_list.setWordWrap(True)
        self.session_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.session_list.currentItemChanged.connect(self._selected)
        self.empty = QLabel(self.tr("No sessions yet. Make one with “New session…”."))
        self.empty.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.session_list, 1)
        self.panel = SessionPanel(services)
        self.panel.handover_requested.connect(self.handover_requested)
        self.panel.group_quiz_requested.connect(self.group_quiz_requested)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty)
        # Scrolls rather than widening the window when text is large or the screen small.
        self.panel_scroll = page_scroll(self.panel)
        right_layout.addWidget(self.panel_scroll, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        sessions = self.services.sessions.all()
        current = select or (self.panel.session.id if self.panel.session else None)
        self.session_list.blockSignals(True)
        self.session_list.clear()
        for session in sessions:
            label = session.title or session.commune
            item = QListWidgetItem(f"{_short_date(session.date)}\n{label}")
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            self.session_list.addItem(item)
            if session.id == current:
                self.session_list.setCurrentItem(item)
        self.session_list.blockSignals(False)
        self.empty.setVisible(not sessions)
        self.panel_scroll.setVisible(bool(sessions))
        if sessions and self.session_list.currentItem() is None:
            self.session_list.setCurrentRow(0)
        self._selected(self.session_list.currentItem())

    def _selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        session = self.services.sessions.get(item.data(Qt.ItemDataRole.UserRole))
        if session is not None:
            self.panel.show_session(session)

    def new_session(self) -> None:
        from dtlearn.ui.dialogs.new_session_dialog import NewSessionDialog

        dialog = NewSessionDialog(self.services, self.trainer, self)
        if dialog.exec() and dialog.session is not None:
            self.refresh(select=dialog.session.id)


def _short_date(iso: str) -> str:
    parts = iso.split("-")
    return "/".join(reversed(parts)) if len(parts) == 3 else iso
