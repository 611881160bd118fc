"""A text browser for lessons that fits pictures to the page width.

Qt's rich-text engine shows images at their natural size; an 800-pixel diagram would push
the text sideways on a 1366×768 screen, so pictures are scaled down to the view's width
when loaded (SVG is rendered at that size, so it stays sharp).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QImage, QImageReader, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

_MARGIN = 40
# Lines longer than about 80 characters are hard to follow; keep a reading column.
# Heading sizes are keywords, relative to the text size the learner chose.
READING_WIDTH_EM = 46
LESSON_CSS = """
p, li { line-height: 145%; }
h1 { font-size: xx-large; }
h2 { font-size: x-large; margin-top: 18px; }
h3 { font-size: large; }
td, th { padding: 4px 8px; }
"""


class LessonBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.setOpenLinks(True)
        self.document().setDefaultStyleSheet(LESSON_CSS)
        self.document().setDocumentMargin(16)
        self.setStyleSheet("QTextBrowser { background-color: #ffffff; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._html = ""
        self._found = ""
        self._loaded_limit = 0
        self._reload_pending = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        column = self.fontMetrics().averageCharWidth() * 2 * READING_WIDTH_EM
        side = max(0, (self.width() - column) // 2)
        self.setViewportMargins(side, 0, side, 0)
        super().resizeEvent(event)
        if self._html and abs(self._image_limit() - self._loaded_limit) > _MARGIN // 2 \
                and not self._reload_pending:
            # Pictures were fitted to another width (e.g. before the window was laid out).
            # Re-render on the next loop turn: doing it inside a resize (which may come
            # from a style change in progress) re-enters Qt's layout and can crash.
            self._reload_pending = True
            QTimer.singleShot(0, self, self._reload)

    def _image_limit(self) -> int:
        return max(200, self.viewport().width() - _MARGIN)

    def _reload(self) -> None:
        self._reload_pending = False
        if abs(self._image_limit() - self._loaded_limit) <= _MARGIN // 2:
            return
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.document().clear()
        self.setHtml(self._html)
        if not (self._found and self.show_words(self._found)):
            bar.setValue(round(fraction * bar.maximum()))

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 (Qt API)
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return super().loadResource(kind, url)
        qurl = url if isinstance(url, QUrl) else QUrl(url)
        resolved = self.document().baseUrl().resolved(qurl) if qurl.isRelative() else qurl
        reader = QImageReader(resolved.toLocalFile())
        size = reader.size()
        limit = self._loaded_limit = self._image_limit()
        if size.isValid() and size.width() > limit:
            reader.setScaledSize(QSize(limit, int(size.height() * limit / size.width())))
        image: QImage = reader.read()
        if image.isNull():
            return super().loadResource(kind, url)
        return image

    def show_html(self, html: str, base_folder: str) -> None:
        self._html = html
        self._found = ""
        self.document().setBaseUrl(QUrl.fromLocalFile(base_folder.rstrip("/") + "/"))
        self.setHtml(html)
        self.verticalScrollBar().setValue(0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_words(self, words: str) -> bool:
        """Select the first occurrence of ``words`` and scroll it into view (a search hit)."""
        self._found = words  # kept, so a re-render for a new width selects them again
        cursor = self.document().find(words)
        if cursor.isNull():
            return False
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True
