"""Certificates as a PDF: one designed A4 landscape page per certificate.

A certificate is a composed page (a name in large type, a QR code in a corner, a place to
sign and stamp), not flowing text, so it is painted with QPainter on a QPdfWriter rather
than laid out as a QTextDocument. The same painting goes onto a QImage for previews and
tests. Text uses the bundled Noto Sans, so stacked Vietnamese marks (ệ, ở, ữ) print right
on any PC, and the PDF embeds it with a Unicode map, so the name copies out exactly.

The QR code is drawn as vector squares straight from segno's module matrix: it stays
sharp at any printer resolution and needs no image decoder or Qt SVG module.

The page's words follow the app's language setting. They are the certificate's content in
a chosen language (like a course's lessons), not interface text, so they are kept here in
both languages rather than left to the interface translation, which may not be loaded.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from dtlearn.errors import UserError
from dtlearn.reports.certificates import SignedCertificate
from dtlearn.ui.fonts import bundled_font

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]

PAGE_MM = QSizeF(297.0, 210.0)  # A4 landscape
RESOLUTION = 300  # dots per inch of the PDF's coordinate system
QR_ERROR = "m"  # 15% of the code may be stained or folded and it still reads

NAVY = QColor("#1f3a68")
GOLD = QColor("#b8862b")
RED = QColor("#8a1c1c")
INK = QColor("#222222")
MUTED = QColor("#555555")


@dataclass(frozen=True)
class Words:
    title: str
    certifies: str
    completed: str
    completed_on: str
    score: str
    competences: str
    frameworks: Mapping[str, str]
    code: str
    how_to_check: str
    issued: str
    sign_here: str
    session: str
    decimal: str


WORDS: dict[str, Words] = {
    "vi": Words(
        title="CHỨNG NHẬN HOÀN THÀNH",
        certifies="Chứng nhận Ông/Bà",
        completed="đã hoàn thành khóa học",
        completed_on="Ngày hoàn thành",
        score="Điểm bài kiểm tra",
        competences="Năng lực số",
        frameworks={"circular02": "Thông tư 02/2025/TT-BGDĐT", "digcomp": "DigComp 2.2"},
        code="Mã xác minh",
        how_to_check="Quét mã QR hoặc nhập mã trong dtlearn (Tệp → Kiểm tra chứng nhận) "
                     "để xác minh chứng nhận này.",
        issued="Ngày {day} tháng {month} năm {year}",
        sign_here="(Ký, ghi rõ họ tên và đóng dấu)",
        session="Buổi học",
        decimal=",",
    ),
    "en": Words(
        title="CERTIFICATE OF COMPLETION",
        certifies="This is to certify that",
        completed="has completed the course",
        completed_on="Completed on",
        score="Quiz score",
        competences="Digital competences",
        frameworks={"circular02": "Circular 02/2025/TT-BGDĐT", "digcomp": "DigComp 2.2"},
        code="Verification code",
        how_to_check="Scan the QR code or type the code in dtlearn (File → Check a "
                     "certificate) to verify this certificate.",
        issued="{day}/{month}/{year}",
        sign_here="(Signature, full name and stamp)",
        session="Session",
        decimal=".",
    ),
}


def words_for(language: str) -> Words:
    return WORDS.get(language, WORDS["vi"])


def day_month_year(iso_date: str) -> str:
    """dd/mm/yyyy, as dates are written in Vietnam (and on both versions of the page)."""
    day = dt.date.fromisoformat(iso_date)
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def score_text(score: float | None, words: Words) -> str:
    if score is None:
        return "—"
    number = f"{score:.0f}" if float(score).is_integer() else f"{score:.1f}"
    return f"{number.replace('.', words.decimal)} %"


def competence_text(competences: Mapping[str, Sequence[str]], words: Words) -> str:
    return " · ".join(f"{words.frameworks.get(key, key)}: {', '.join(codes)}"
                      for key, codes in competences.items() if codes)


def issued_date(certificate: SignedCertificate) -> dt.date:
    if not certificate.issued_at:
        return dt.date.today()
    return dt.datetime.fromisoformat(certificate.issued_at).astimezone().date()


class _NoneReferences:
    """Gives back the references to None that PySide6 6.12 takes on Python 3.11.

    That PySide6 drops a reference to None on nearly every call of a method returning
    nothing (QPainter.setFont, setPen, drawRects, ...). When None's count reaches zero the
    interpreter aborts ("deallocating None"). A page costs about forty such calls and a
    session's batch can be hundreds of pages, so what each page took is measured and held
    again here. Python 3.12 made None immortal, and a fixed PySide6 takes nothing: then
    nothing is measured as lost and nothing is held.
    """

    def __init__(self) -> None:
        self._held: list[None] = []

    @contextlib.contextmanager
    def repaid(self) -> Iterator[None]:
        before = sys.getrefcount(None)
        try:
            yield
        finally:
            lost = before - sys.getrefcount(None)
            if lost > 0:
                self._held.extend([None] * lost)


_NONE = _NoneReferences()


# --- writing ---------------------------------------------------------------------------

def write_certificates(path: Path, certificates: Sequence[SignedCertificate], language: str,
                       *, titles: Mapping[str, str] | None = None, session_label: str = "",
                       progress: Progress | None = None,
                       should_stop: ShouldStop | None = None) -> bool:
    """Write one page per certificate; False if stopped (and then no file is left).

    The PDF is written beside the target and renamed when complete, so a stopped or
    failed batch never leaves half a file where the trainer expects a whole one.
    ``titles`` maps course ids to titles in ``language`` (the payload holds the Vietnamese).
    """
    if not certificates:
        raise ValueError("no certificates to write")
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(f"Cannot write {path}: the folder {path.parent} does not exist.")
    with _NONE.repaid():
        return _write(path, certificates, words_for(language), titles or {}, session_label,
                      progress, should_stop)


def _write(path: Path, certificates: Sequence[SignedCertificate], words: Words,
           titles: Mapping[str, str], session_label: str, progress: Progress | None,
           should_stop: ShouldStop | None) -> bool:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    writer = QPdfWriter(str(temporary))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(session_label or words.title.capitalize())
    writer.setCreator("dtlearn")
    painter = QPainter()
    finished = False
    try:
        if not painter.begin(writer):
            raise UserError(f"Cannot write {path}: the file cannot be created.")
        total = len(certificates)
        for index, certificate in enumerate(certificates):
            if should_stop is not None and should_stop():
                return False
            # Each page on its own, so a batch of any length never runs None's count down.
            with _NONE.repaid():
                if index:
                    writer.newPage()
                title = titles.get(certificate.payload.course_id,
                                   certificate.payload.course_title)
                paint_certificate(painter, _page_rect(writer), float(RESOLUTION),
                                  certificate, words, title, session_label)
            if progress is not None:
                progress(index + 1, total)
        painter.end()
        try:
            os.replace(temporary, path)
        except OSError as error:
            raise UserError(f"Cannot write {path}: {error.strerror or error}.") from error
        finished = True
        return True
    finally:
        if painter.isActive():
            painter.end()
        del writer
        if not finished:
            with contextlib.suppress(OSError):
                temporary.unlink()


def _page_rect(writer: QPdfWriter) -> QRectF:
    return QRectF(0, 0, writer.width(), writer.height())


def page_image(certificate: SignedCertificate, language: str, dpi: int = 150,
               title: str | None = None, session_label: str = "") -> QImage:
    """The same page as a picture: for a preview, and for tests that read the QR code."""
    width = round(PAGE_MM.width() / 25.4 * dpi)
    height = round(PAGE_MM.height() / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        with _NONE.repaid():
            paint_certificate(painter, QRectF(0, 0, width, height), float(dpi), certificate,
                              words_for(language), title or certificate.payload.course_title,
                              session_label)
    finally:
        painter.end()
    return image


# --- painting --------------------------------------------------------------------------

class _Page:
    """Millimetres to device units, and text placed by its box, for one page."""

    def __init__(self, painter: QPainter, rect: QRectF, dpi: float) -> None:
        self.painter = painter
        self.rect = rect
        self.scale = dpi / 25.4
        self._font: QFont | None = None
        self._colour: QColor | None = None

    def mm(self, value: float) -> float:
        return value * self.scale

    def forget_pen(self) -> None:
        """Another pen is about to be set: the next text must set its colour again."""
        self._colour = None

    def box(self, x: float, y: float, width: float, height: float) -> QRectF:
        return QRectF(self.rect.left() + self.mm(x), self.rect.top() + self.mm(y),
                      self.mm(width), self.mm(height))

    def text(self, box: QRectF, text: str, font: QFont, colour: QColor,
             flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter) -> float:
        """Draw wrapped text at the top of ``box``; returns its height in millimetres."""
        # Set only what changed: see _NoneReferences for why calls are counted here.
        if font != self._font:
            self.painter.setFont(font)
            self._font = font
        if colour != self._colour:
            self.painter.setPen(QPen(colour))
            self._colour = colour
        options = int(flags | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
        used = self.painter.boundingRect(box, options, text)
        self.painter.drawText(box, options, text)
        return used.height() / self.scale


def _font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    font = bundled_font(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _fitted(page: _Page, text: str, size: float, width: float, bold: bool = True) -> QFont:
    """The largest font up to ``size`` that fits ``width`` mm on one line (long names).

    Measured on the page's own device: a PDF's units are not the screen's pixels."""
    font = _font(size, bold)
    device = page.painter.device()
    while size > 14 and QFontMetricsF(font, device).horizontalAdvance(text) > page.mm(width):
        size -= 1
        font = _font(size, bold)
    return font


def paint_certificate(painter: QPainter, rect: QRectF, dpi: float,
                      certificate: SignedCertificate, words: Words, course_title: str,
                      session_label: str = "") -> None:
    """Paint one certificate page onto any device; positions are in millimetres of A4."""
    page = _Page(painter, rect, dpi)
    payload = certificate.payload
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    _frame(page)

    page.text(page.box(30, 23, 237, 8), payload.issuing_unit.upper(), _font(11, bold=True),
              NAVY)
    page.text(page.box(20, 35, 257, 18), words.title, _font(32, bold=True), RED)
    _rule(page, PAGE_MM.width() / 2, 56, 60)
    page.text(page.box(30, 64, 237, 8), words.certifies, _font(14, italic=True), INK)
    name_font = _fitted(page, payload.learner_name, 34, 237)
    page.text(page.box(20, 73, 257, 20), payload.learner_name, name_font, NAVY)
    page.text(page.box(30, 96, 237, 8), words.completed, _font(14, italic=True), INK)
    used = page.text(page.box(35, 105, 227, 24), course_title, _font(20, bold=True), INK)
    facts_top = 105 + max(used, 9.0) + 5
    facts = (f"{words.completed_on}: {day_month_year(payload.completed_on)}"
             f"        {words.score}: {score_text(payload.score, words)}")
    page.text(page.box(30, facts_top, 237, 8), facts, _font(13), INK)
    competences = competence_text(payload.competences, words)
    if competences:
        page.text(page.box(30, facts_top + 8, 237, 8),
                  f"{words.competences} — {competences}", _font(10.5), MUTED)

    _qr(page, certificate.qr_text(), x=22, y=148, size=42)
    page.text(page.box(67, 158, 80, 6), words.code, _font(10), MUTED,
              Qt.AlignmentFlag.AlignLeft)
    page.text(page.box(67, 164, 80, 9), payload.code, _font(17, bold=True), INK,
              Qt.AlignmentFlag.AlignLeft)
    page.text(page.box(67, 174, 78, 14), words.how_to_check, _font(8), MUTED,
              Qt.AlignmentFlag.AlignLeft)

    issued = issued_date(certificate)
    page.text(page.box(170, 152, 105, 7),
              words.issued.format(day=f"{issued.day:02d}", month=f"{issued.month:02d}",
                                  year=issued.year), _font(12, italic=True), INK)
    used = page.text(page.box(170, 160, 105, 12), payload.issuing_unit.upper(),
                     _font(11, bold=True), NAVY)
    page.text(page.box(170, 161 + max(used, 10.0), 105, 6), words.sign_here,
              _font(9, italic=True), MUTED)
    if session_label:
        page.text(page.box(30, 193, 237, 5), f"{words.session}: {session_label}", _font(8),
                  MUTED)
    painter.restore()


def _frame(page: _Page) -> None:
    page.forget_pen()
    painter = page.painter
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(NAVY, page.mm(1.6)))
    painter.drawRect(page.box(9, 9, 279, 192))
    painter.setPen(QPen(GOLD, page.mm(0.5)))
    painter.drawRect(page.box(12.5, 12.5, 272, 185))


def _rule(page: _Page, x: float, y: float, width: float) -> None:
    """A short gold line under the title."""
    page.forget_pen()
    page.painter.setPen(QPen(GOLD, page.mm(0.7)))
    left = page.box(x - width / 2, y, 0, 0).topLeft()
    page.painter.drawLine(left, QPointF(left.x() + page.mm(width), left.y()))


def _qr(page: _Page, text: str, x: float, y: float, size: float) -> None:
    """The QR code, ``size`` mm square with the quiet zone the standard asks for (4 modules)
    inside it, as vector squares: runs of dark modules in a row become one rectangle, all
    drawn in one call, so the PDF fills them as one shape (no hairline seams between
    touching squares) and the code stays sharp at any printer resolution."""
    matrix = segno.make(text, error=QR_ERROR, micro=False).matrix
    count = len(matrix)
    border = 4
    module = page.mm(size) / (count + 2 * border)
    origin = page.box(x, y, 0, 0).topLeft()
    runs: list[QRectF] = []
    for row_index, row in enumerate(matrix):
        column = 0
        while column < count:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < count and row[column]:
                column += 1
            runs.append(QRectF(origin.x() + (border + start) * module,
                               origin.y() + (border + row_index) * module,
                               (column - start) * module, module))
    painter = page.painter
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(page.box(x, y, size, size), QColor("white"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    painter.drawRects(runs)
    painter.restore()
