"""One learner's record (trainer mode): pick a person, see every course they touched.

For each course: lessons read, each finished quiz with its date and score, the best score,
passed, completed and the certificate code if one was issued; saved as CSV, XLSX or PDF
like the rates. Finding the person forgives missing diacritics (``nguyen van an``), since a
hub may hold thousands of names.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dtlearn.core.textfold import fold
from dtlearn.reports.build import build_transcript
from dtlearn.reports.export import write_transcript_csv, write_transcript_xlsx
from dtlearn.reports.model import Transcript, course_infos
from dtlearn.reports.words import Words
from dtlearn.services.context import Services
from dtlearn.store.learners import LearnerRow
from dtlearn.ui.printing.report_pdf import transcript_html
from dtlearn.ui.tasks import Progress, ShouldStop
from dtlearn.ui.trainer.report_export import ExportBar, Writer

MAX_LISTED = 200


class TranscriptPage(QWidget):
    def __init__(self, services: Services, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.words = words
        self.transcript: Transcript | None = None
        self._people: list[tuple[str, LearnerRow]] = []

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name"))
        self.search.setAccessibleName(self.tr("Find a learner"))
        self.search.textChanged.connect(self._fill_list)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Learners"))
        self.people.currentItemChanged.connect(self._chosen)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.count.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        find_label = QLabel(self.tr("Find a learner:"))
        find_label.setBuddy(self.search)
        left_layout.addWidget(find_label)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.people, 1)
        left_layout.addWidget(self.count)

        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Learning record"))
        self.view.setPlaceholderText(self.tr("Choose a learner on the left to see their "
                                             "courses, lessons and quiz attempts."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 980])  # room for a name and its place on one line
        self.exports = ExportBar(self._file_name, self._writer)
        self.exports.set_available(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.exports)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._people = [(fold(person.name), person) for person in self.services.learners.all()]
        self._fill_list()

    def _fill_list(self) -> None:
        wanted = fold(self.search.text())
        chosen = self.transcript.learner_id if self.transcript else None
        matches = [person for key, person in self._people if wanted in key]
        self.people.blockSignals(True)
        self.people.clear()
        for person in matches[:MAX_LISTED]:
            place = ", ".join(part for part in (person.unit, person.commune, person.province)
                              if part)
            item = QListWidgetItem(f"{person.name}\n{place}" if place else person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
            if person.id == chosen:
                self.people.setCurrentItem(item)
        self.people.blockSignals(False)
        if len(matches) > MAX_LISTED:
            self.count.setText(self.tr("{shown} of {count} learners shown; type more of the "
                                       "name to find others.").format(shown=MAX_LISTED,
                                                                      count=len(matches)))
        else:
            self.count.setText(self.tr("{count} learner(s)").format(count=len(matches)))

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.show_learner(str(item.data(Qt.ItemDataRole.UserRole)))

    def show_learner(self, learner_id: str) -> None:
        """One person's statements only: quick enough to read on this thread."""
        language = self.services.settings.get("language")
        courses = course_infos(self.services.catalog.usable(), language)
        self.transcript = build_transcript(self.services.store, learner_id, courses=courses)
        self.view.setHtml(transcript_html(self.transcript, self.words, on_screen=True))
        self.exports.set_available(True)

    def _file_name(self) -> str:
        name = self.transcript.name if self.transcript else ""
        return self.tr("record") + f"-{name}".replace(" ", "-")

    def _writer(self) -> Writer | None:
        transcript, words = self.transcript, self.words
        if transcript is None:
            return None

        def write(kind: str, target: Any, progress: Progress, should_stop: ShouldStop) -> None:
            if kind == "pdf":
                from dtlearn.ui.printing.report_pdf import write_transcript_pdf

                write_transcript_pdf(transcript, target, words, progress, should_stop)
            elif kind == "xlsx":
                write_transcript_xlsx(transcript, target, words, progress, should_stop)
            else:
                write_transcript_csv(transcript, target, words, progress, should_stop)

        return write
