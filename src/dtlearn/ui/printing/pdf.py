"""Flowing documents (reports, transcripts) as A4 PDF, with the bundled font and page numbers.

The one public function is ``write_pdf(html, path, title)``: Qt's rich-text engine
(QTextDocument) lays out the HTML on A4 pages and QPdfWriter writes them, each page with a
footer saying "Page n of N". Text is set in the bundled Noto Sans (call
``fonts.load_bundled_fonts()`` on the GUI thread first, as the window and
``printing.ensure_gui()`` do), so Vietnamese marks print right on any PC, and the PDF carries
the font's Unicode map, so names copy out exactly.

What the HTML may use is Qt's rich-text subset: tables (a ``<thead>`` row repeats at the
top of every page), ``bgcolor``, ``cellpadding``, ``align``, font sizes and weights, and
simple CSS on tags. It is not a browser.

Safe to call on a worker thread (ui/tasks.py): it paints onto the PDF only, never on a
widget. The file is written beside ``path`` and renamed when complete, so a cancelled or
failed export leaves no half file.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from dtlearn.errors import UserError
from dtlearn.reports.export import ExportCancelled
from dtlearn.ui.fonts import bundled_font

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGIN_MM = 15.0
BODY_POINTS = 9.0
FOOTER_POINTS = 8.0
FOOTER_MM = 8.0


def write_pdf(html: str, path: Path, title: str, *, footer: str = "{page} / {pages}",
              landscape: bool = False, progress: Progress | None = None,
              should_stop: ShouldStop | None = None) -> int:
    """Lay out ``html`` on A4 pages and write them to ``path``; returns the page count.

    ``title`` goes into the PDF's properties (shown by viewers and search); ``footer`` is
    the page-number line, with ``{page}`` and ``{pages}`` (pass it translated, e.g.
    "Trang {page}/{pages}"). ``progress(done, total)`` is called after each page and
    ``should_stop()`` before it: when it answers True, ExportCancelled is raised and no
    file is left. Raises UserError when the file cannot be written.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(f"Cannot write {path}: the folder {path.parent} does not exist.")
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        pages = _paint(html, partial, title, footer, landscape, progress, should_stop)
        try:
            os.replace(partial, path)
        except OSError as error:
            raise UserError(f"Cannot write {path}: {error.strerror or error}.") from error
        return pages
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()


def _paint(html: str, target: Path, title: str, footer: str, landscape: bool,
           progress: Progress | None, should_stop: ShouldStop | None) -> int:
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    orientation = (QPageLayout.Orientation.Landscape if landscape
                   else QPageLayout.Orientation.Portrait)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, margins,
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("dtlearn")

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # lay out in the PDF's own units
    document.setDefaultFont(bundled_font(BODY_POINTS))
    document.setDocumentMargin(0)
    document.setHtml(html)
    footer_height = FOOTER_MM / 25.4 * RESOLUTION
    body = QSizeF(writer.width(), writer.height() - footer_height)
    document.setPageSize(body)
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise UserError(f"Cannot write {target.name.strip('.')}: the file cannot be created.")
    try:
        footer_font = bundled_font(FOOTER_POINTS)
        grey = QColor("#555555")
        for index in range(pages):
            if should_stop is not None and should_stop():
                raise ExportCancelled()
            with _none_references_kept():  # page by page, so no length of report runs out
                if index:
                    writer.newPage()
                top = index * body.height()
                painter.save()
                painter.translate(0, -top)
                document.drawContents(painter, QRectF(0, top, body.width(), body.height()))
                painter.restore()
                painter.setFont(footer_font)
                painter.setPen(grey)
                painter.drawText(QRectF(0, body.height(), body.width(), footer_height),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                                 footer.format(page=index + 1, pages=pages))
            if progress is not None:
                progress(index + 1, pages)
    finally:
        painter.end()
    return pages


@contextlib.contextmanager
def _none_references_kept() -> Iterator[None]:
    """Hold again the references to None that some PySide6 builds drop on Python 3.11.

    PySide6 6.12 (see certificate_pdf) loses a reference to None on nearly every call of a
    method returning nothing (painter.save, translate, drawContents ...); a long report
    makes thousands of such calls, and when None's count reaches zero the interpreter
    aborts. What was lost is measured and held here, page by page (the same repair as
    certificate_pdf); with Python 3.12, where None is immortal, or a fixed PySide6, nothing
    is lost and nothing is held.
    """
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        lost = before - sys.getrefcount(None)
        if lost > 0:
            _HELD.extend([None] * lost)


_HELD: list[None] = []
