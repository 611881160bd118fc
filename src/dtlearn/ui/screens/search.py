"""Search results: each hit with its snippet, the matched words in bold; choosing a lesson
hit opens the lesson scrolled to those words."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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
from dtlearn.services.search import Hit


class SearchScreen(QWidget):
    back = Signal()
    lesson_chosen = Signal(str, str, str)  # course id, lesson id, words to find
    course_chosen = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.hits: list[Hit] = []
        self.back_button = QPushButton(self.tr("← All courses"))
        self.back_button.clicked.connect(self.back)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search lessons, e.g. mã OTP"))
        self.field.setAccessibleName(self.tr("Search lessons"))
        self.field.returnPressed.connect(lambda: self.search(self.field.text()))
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(lambda: self.search(self.field.text()))
        self.summary = QLabel()
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        # Each hit is a label that keeps its own text colour: mark the chosen one with a
        # light background and a frame, not the dark highlight it would be unreadable on.
        self.results.setStyleSheet("QListWidget::item:selected { background: "
                                   "palette(alternate-base); border: 3px solid "
                                   "palette(highlight); }")
        self.results.itemActivated.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.field, 1)
        top.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)

    def search(self, text: str) -> None:
        self.field.setText(text)
        language = self._services.settings.get("language")
        self.hits = self._services.search.search(text, language) if text.strip() else []
        self.results.clear()
        for index, hit in enumerate(self.hits):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, index)
            label = QLabel(self._hit_html(hit))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(8, 6, 8, 6)
            item.setSizeHint(label.sizeHint())
            # What a screen reader reads; no display text, which a selected row would paint
            # in the highlight colour over the label.
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit.title}: {hit.snippet}")
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if not text.strip():
            self.summary.setText(self.tr("Type a word to search for."))
        elif self.hits:
            self.summary.setText(self.tr("{count} results for “{text}”").format(
                count=len(self.hits), text=text))
            self.results.setCurrentRow(0)
            self.results.setFocus()
        else:
            self.summary.setText(self.tr("Nothing found for “{text}”. Try fewer words.")
                                 .format(text=text))

    def _hit_html(self, hit: Hit) -> str:
        kind = {"lesson": self.tr("Lesson"), "course": self.tr("Course"),
                "glossary": self.tr("Glossary")}.get(hit.kind, "")
        snippet = html.escape(hit.snippet)
        if hit.match_start >= 0 and hit.match:
            start, end = hit.match_start, hit.match_start + len(hit.match)
            snippet = (html.escape(hit.snippet[:start]) + "<b>" + html.escape(hit.match)
                       + "</b>" + html.escape(hit.snippet[end:]))
        return f"<p><b>{html.escape(hit.title)}</b> — <i>{kind}</i><br/>{snippet}</p>"

    def _open(self, item: QListWidgetItem) -> None:
        hit = self.hits[item.data(Qt.ItemDataRole.UserRole)]
        if hit.kind == "lesson":
            self.lesson_chosen.emit(hit.course_id, hit.lesson_id, hit.match)
        elif hit.kind == "course":
            self.course_chosen.emit(hit.course_id)
