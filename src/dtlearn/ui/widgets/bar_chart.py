"""Paired horizontal bars (e.g. completion and pass rate per commune), painted with QPainter.

PySide6-Essentials has no Qt Charts, and two rates per group need nothing more than
rectangles and text. Each group gets a row: its name on the left (long Vietnamese place
names fit better beside a bar than under it), then two bars from 0 to 100 %, each with its
percentage written at its end. The two series differ by fill as well as colour (solid and
hatched), the legend says which is which, and the whole chart is also given in words as the
accessible description, so nothing depends on seeing colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class BarGroup:
    """One row: what it is, and the two values (fractions 0..1)."""

    label: str
    first: float
    second: float


class BarChart(QWidget):
    """Two series of rates per group, as horizontal bars with their numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: tuple[BarGroup, ...] = ()
        self._names = ("", "")
        self._percent: Callable[[float], str] = lambda value: f"{value * 100:.0f} %"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)

    def set_data(self, groups: Sequence[BarGroup], names: tuple[str, str],
                 percent: Callable[[float], str], describe: Callable[[BarGroup], str]) -> None:
        """Show ``groups``; ``names`` are the two series' names for the legend, ``percent``
        writes a value, ``describe`` says one group in words for the accessible text."""
        self._groups = tuple(groups)
        self._names = names
        self._percent = percent
        self.setAccessibleDescription("\n".join(describe(group) for group in self._groups))
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    @property
    def groups(self) -> tuple[BarGroup, ...]:
        return self._groups

    # --- geometry ------------------------------------------------------------------------
    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _row_height(self) -> float:
        return self._line() * 2.6  # two bars and the gap to the next group

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        line = self._line()
        height = line * 2.2 + len(self._groups) * self._row_height() + line
        return QSize(640, int(height))

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        first_brush = QBrush(palette.color(QPalette.ColorRole.Highlight))
        second_brush = QBrush(text, Qt.BrushStyle.BDiagPattern)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        width = float(self.width())

        # Legend: a swatch of each fill and its name.
        x = 0.0
        for brush, name in ((first_brush, self._names[0]), (second_brush, self._names[1])):
            swatch = QRectF(x, line * 0.2, line * 1.4, line * 0.8)
            painter.setPen(QPen(text, 1))
            painter.setBrush(brush)
            painter.drawRect(swatch)
            painter.setPen(text)
            label = QRectF(swatch.right() + line * 0.4, 0, metrics.horizontalAdvance(name) + 4,
                           line * 1.2)
            painter.drawText(label, int(Qt.AlignmentFlag.AlignVCenter), name)
            x = label.right() + line * 1.5

        top = line * 2.2
        label_width = min(width * 0.38, max((metrics.horizontalAdvance(group.label)
                                             for group in self._groups), default=0) + line)
        number_width = metrics.horizontalAdvance("100,0 %") + line * 0.5
        bar_left = label_width + line * 0.5
        bar_span = max(10.0, width - bar_left - number_width)
        bar_height = line * 0.95
        grid = QColor(text)
        grid.setAlpha(60)
        for step in range(0, 11, 5):
            gx = bar_left + bar_span * step / 10
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            painter.drawLine(int(gx), int(top - line * 0.3),
                             int(gx), int(top + len(self._groups) * self._row_height()))
        for index, group in enumerate(self._groups):
            y = top + index * self._row_height()
            painter.setPen(text)
            name = metrics.elidedText(group.label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(QRectF(0, y, label_width, bar_height * 2 + 2),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             name)
            for row, (value, brush) in enumerate(((group.first, first_brush),
                                                  (group.second, second_brush))):
                bar_top = y + row * (bar_height + 2)
                length = bar_span * max(0.0, min(1.0, value))
                painter.setPen(QPen(text, 1))
                painter.setBrush(brush)
                painter.drawRect(QRectF(bar_left, bar_top, max(length, 1.0), bar_height))
                painter.setPen(text)
                painter.drawText(QRectF(bar_left + length + line * 0.3, bar_top,
                                        number_width, bar_height),
                                 int(Qt.AlignmentFlag.AlignVCenter), self._percent(value))
        painter.end()
