"""Trainer mode: group sessions, learners, reports and certificates, behind the PIN.

Leaving trainer mode (or any learner action) locks it again, so a learner handed the
laptop cannot see other learners' results.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from dtlearn.services.context import Services
from dtlearn.services.trainers import Trainer


class TrainerScreen(QWidget):
    locked = Signal()
    handover_requested = Signal(str)

    def __init__(self, services: Services, trainer: Trainer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from dtlearn.ui.trainer.certificates_tab import CertificatesTab
        from dtlearn.ui.trainer.reports_tab import ReportsTab
        from dtlearn.ui.trainer.roster_tab import RosterTab
        from dtlearn.ui.trainer.sessions_tab import SessionsTab

        self.trainer = trainer
        title = QLabel(self.tr("Trainer mode — {name}").format(name=trainer.name))
        title.setObjectName("screenTitle")
        self.lock_button = QPushButton(self.tr("Lock trainer mode"))
        self.lock_button.clicked.connect(self.locked)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.lock_button)
        self.tabs = QTabWidget()
        self.sessions = SessionsTab(services, trainer)
        self.sessions.handover_requested.connect(self.handover_requested)
        self.sessions.group_quiz_requested.connect(self.run_group_quiz)
        self._services = services
        self.roster = RosterTab(services, trainer)
        self.roster.data_changed.connect(self.sessions.refresh)
        self.reports = ReportsTab(services, trainer)
        self.certificates = CertificatesTab(services, trainer)
        self.tabs.addTab(self.sessions, self.tr("Group sessions"))
        self.tabs.addTab(self.roster, self.tr("Learners"))
        self.tabs.addTab(self.reports, self.tr("Reports"))
        self.tabs.addTab(self.certificates, self.tr("Certificates"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def run_group_quiz(self, session_id: str) -> None:
        from dtlearn.services.group_quiz import GroupQuiz, Participant
        from dtlearn.ui.trainer.group_quiz_dialog import GroupQuizDialog

        services = self._services
        session = services.sessions.get(session_id)
        course = services.catalog.course(session.course_id) if session else None
        if session is None or course is None:
            return
        present = [Participant(p.learner_id, p.name)
                   for p in services.sessions.attendees(session) if p.attended]
        if not present:
            return
        quiz = GroupQuiz(services.quiz, course, present, services.settings.get("language"),
                         session_id, bool(services.settings.get("fold_short_answers")))
        self.group_quiz = GroupQuizDialog(quiz, self)
        self.group_quiz.exec()
        self.sessions.panel.refresh()
