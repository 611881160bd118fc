"""The on-screen half of ``dtlearn --self-test``, run offscreen.

It uses the real widgets (the lesson browser, the question view) rather than imitations, so
a frozen build missing a Qt plugin, the bundled font or the translations fails the same way
the window would. Nothing is shown: unless a platform is chosen already, Qt runs on the
offscreen platform, so the check works over a remote shell or with the screen locked.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFontInfo, QFontMetrics, QImageReader
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from dtlearn.core.questions import Kind, Response
from dtlearn.services.quiz import PresentedQuestion
from dtlearn.ui.fonts import FAMILY, bundled_font, fonts_dir, load_bundled_fonts
from dtlearn.ui.widgets.lesson_browser import LessonBrowser
from dtlearn.ui.widgets.question_view import QuestionView

# Page size of the smallest screens we support; the lesson is laid out at that width.
PAGE_WIDTH, PAGE_HEIGHT = 1366, 768
SHORT_ANSWER = "kiểm tra"


class QtDisplay:
    """``selftest.Display`` over Qt; creating it starts Qt (offscreen unless set)."""

    def __init__(self) -> None:
        existing = QApplication.instance()
        if existing is None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            existing = QApplication(["dtlearn"])
        assert isinstance(existing, QApplication)
        self.app = existing

    def font_problems(self) -> list[str]:
        family = load_bundled_fonts()
        if family != FAMILY:
            return [f"font: the bundled font {FAMILY} could not be loaded from {fonts_dir()}"]
        used = QFontInfo(bundled_font(12)).family()
        if used != FAMILY:
            return [f"font: {FAMILY} is registered but Qt draws with {used}"]
        return []

    def translation_problems(self, folder: Path) -> list[str]:
        problems = []
        for path in sorted(folder.glob("dtlearn_*.qm")):
            translator = QTranslator()
            if not translator.load(str(path)):
                problems.append(f"translations: {path} cannot be loaded")
        return problems

    def lesson_problems(self, html: str, folder: Path, pictures: list[Path]) -> list[str]:
        problems = []
        browser = LessonBrowser()
        browser.setFont(bundled_font(12))
        browser.resize(PAGE_WIDTH, PAGE_HEIGHT)
        browser.show_html(html, str(folder))
        document = browser.document()
        document.setTextWidth(PAGE_WIDTH)
        text = document.toPlainText()
        if not text.strip() or document.size().height() <= 0:
            problems.append("the lesson laid out empty")
        metrics = QFontMetrics(bundled_font(12))
        # Letters are what matters: a font without the stacked Vietnamese marks (ệ, ở)
        # falls back glyph by glyph and misplaces them.
        missing = sorted({ch for ch in text if ch.isalnum() and not metrics.inFontUcs4(ord(ch))})
        if missing:
            problems.append(f"the font has no glyph for {''.join(missing[:20])!r}")
        for picture in pictures:
            reader = QImageReader(str(picture))
            if reader.read().isNull():
                problems.append(f"picture {picture.name} cannot be shown: "
                                f"{reader.errorString()}")
        browser.deleteLater()
        return problems

    def answer(self, item: PresentedQuestion) -> Response | None:
        """Pick the first answer, type into the field, or choose in every list — the way
        a learner would with the mouse or keyboard."""
        view = QuestionView(item)
        kind = item.question.kind
        if kind in (Kind.SINGLE, Kind.TRUE_FALSE, Kind.MULTIPLE):
            view.choose_number(1)
        elif kind in (Kind.SHORT, Kind.NUMERICAL):
            field = view.findChild(QLineEdit)
            if field is not None:
                field.setText("1" if kind is Kind.NUMERICAL else SHORT_ANSWER)
        elif kind is Kind.MATCHING:
            for combo in view.findChildren(QComboBox):
                combo.setCurrentIndex(1)
        response = view.response()
        view.deleteLater()
        return response
