"""All courses, with the learner's progress in each; broken courses say why."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dtlearn.core.course import Course
from dtlearn.services.catalog import CatalogEntry
from dtlearn.services.context import Services
from dtlearn.services.progress import CourseProgress, Status
from dtlearn.ui.texts import audience_text, status_text
from dtlearn.ui.widgets.scroll import page_scroll

# Cards built before the first paint (about a screenful), then this many at a time, with a
# pause between batches in which the window answers keys and clicks: the cards below the
# first screen never hold up a person (or make start-up grow with the number of courses).
FIRST_CARDS = 6
LATER_CARDS = 8
LATER_PAUSE_MS = 10


class CourseCard(QFrame):
    opened = Signal(str)

    def __init__(self, course: Course, progress: CourseProgress, language: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.course_id = course.id
        title = QLabel(course.title_in(language))
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        description = QLabel(course.description_in(language))
        description.setWordWrap(True)
        facts = QLabel(self.tr("{audience} · about {minutes} minutes · {lessons} lessons").format(
            audience=audience_text(course.audience), minutes=course.minutes,
            lessons=len(course.lessons)))
        facts.setObjectName("muted")
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(round(progress.fraction * 100))
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Progress in {title}").format(
            title=course.title_in(language)))
        self.status = QLabel(status_text(progress))
        self.open_button = QPushButton(
            self.tr("Continue") if progress.status is Status.IN_PROGRESS else self.tr("Open"))
        self.open_button.setObjectName("primary")
        self.open_button.setAccessibleName(self.tr("Open {title}").format(
            title=course.title_in(language)))
        self.open_button.clicked.connect(lambda: self.opened.emit(self.course_id))
        bottom = QHBoxLayout()
        bottom.addWidget(self.bar, 1)
        bottom.addWidget(self.status)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(description)
        layout.addWidget(facts)
        layout.addLayout(bottom)


class BrokenCard(QFrame):
    def __init__(self, entry: CatalogEntry) -> None:
        from PySide6.QtCore import Qt  # its enums cost start-up 25 ms; a broken course is rare

        super().__init__()
        self.setObjectName("card")
        title = QLabel(self.tr("{name} (cannot be opened)").format(name=entry.course_id))
        title.setObjectName("cardTitle")
        reason = entry.problems[0] if entry.problems else self.tr("unknown problem")
        more = len(entry.problems) - 1
        text = self.tr("This course has a problem and was skipped: {reason}").format(
            reason=reason)
        if more > 0:
            text += " " + self.tr("(and {count} more)").format(count=more)
        self.reason = QLabel(text)
        self.reason.setObjectName("problem")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.reason)


class CatalogScreen(QWidget):
    course_opened = Signal(str)
    switch_learner = Signal()
    search_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        title = QLabel(self.tr("Courses"))
        title.setObjectName("screenTitle")
        self.learner_label = QLabel()
        self.switch_button = QPushButton(self.tr("Change learner"))
        self.switch_button.clicked.connect(self.switch_learner)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search lessons…"))
        self.search_field.setAccessibleName(self.tr("Search lessons"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(
            lambda: self.search_requested.emit(self.search_field.text()))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.search_field, 1)
        header.addWidget(self.learner_label)
        header.addWidget(self.switch_button)
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setSpacing(12)
        scroll = page_scroll(self._list)
        self.empty_label = QLabel(self.tr("No courses are installed yet."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(header)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)
        self.cards: list[CourseCard] = []
        self.broken_cards: list[BrokenCard] = []
        self._pending: list[tuple[CatalogEntry, dict[str, CourseProgress], str]] = []
        self._generation = 0

    def refresh(self, learner_id: str, learner_name: str) -> None:
        """Show the catalog: the first screenful of cards now, the rest right after.

        Building a card costs a few widgets; with many courses, building them all before
        the first paint would make start-up grow with the number of courses.
        """
        language = self._services.settings.get("language")
        self.learner_label.setText(self.tr("Learner: {name}").format(name=learner_name))
        while self._list_layout.count():
            item = self._list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._list_layout.addStretch(1)
        entries = self._services.catalog.entries()
        courses = self._services.catalog.usable()
        progress = self._services.progress.all_courses(learner_id, courses)
        self.cards, self.broken_cards = [], []
        self._generation += 1
        self._pending = [(entry, progress, language) for entry in entries]
        self._add_cards(FIRST_CARDS)
        self.empty_label.setVisible(not entries)
        if self.cards:
            self.cards[0].open_button.setFocus()
        if self._pending:
            generation = self._generation
            QTimer.singleShot(LATER_PAUSE_MS, lambda: self._add_rest(generation))

    def _add_rest(self, generation: int) -> None:
        if generation != self._generation:
            return  # a newer refresh replaced these cards
        self._add_cards(LATER_CARDS)
        if self._pending:
            QTimer.singleShot(LATER_PAUSE_MS, lambda: self._add_rest(generation))

    @property
    def complete(self) -> bool:
        return not self._pending

    def _add_cards(self, count: int) -> None:
        batch, self._pending = self._pending[:count], self._pending[count:]
        for entry, progress, language in batch:
            at = self._list_layout.count() - 1  # before the closing stretch
            if entry.broken or entry.course is None:
                broken = BrokenCard(entry)
                self.broken_cards.append(broken)
                self._list_layout.insertWidget(at, broken)
                continue
            card = CourseCard(entry.course, progress[entry.course.id], language)
            card.opened.connect(self.course_opened)
            self.cards.append(card)
            self._list_layout.insertWidget(at, card)

    def card(self, course_id: str) -> CourseCard:
        return next(card for card in self.cards if card.course_id == course_id)

