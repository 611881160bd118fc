"""Look and feel: large readable type and big click targets for older eyes and old screens."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from dtlearn.ui.fonts import load_bundled_fonts

BASE_POINT_SIZE = 12
MIN_TARGET = 36

STYLESHEET = """
QPushButton {{ min-height: {target}px; padding: 4px 16px; }}
QPushButton#primary {{ font-weight: bold; }}
QLineEdit, QComboBox {{ min-height: {field}px; }}
QRadioButton, QCheckBox {{ min-height: {target}px; spacing: 10px; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: {box}px; height: {box}px; }}
QLabel#screenTitle {{ font-size: {title}pt; font-weight: bold; }}
QLabel#cardTitle {{ font-size: {subtitle}pt; font-weight: bold; }}
QLabel#question {{ font-size: {question}pt; }}
QLabel#verdictPass {{ font-size: {question}pt; color: #1d6b2f; }}
QLabel#verdictFail {{ font-size: {question}pt; color: #8a1c1c; }}
QLabel#muted {{ color: #555555; }}
QLabel#problem {{ color: #8a1c1c; }}
QFrame#card {{ border: 1px solid #c8c8c8; border-radius: 6px; background: #ffffff; }}
QListWidget::item {{ min-height: {target}px; padding: 4px 6px; }}
QProgressBar {{ min-height: 14px; max-height: 14px; text-align: center; }}
"""


def stylesheet(scale: float) -> str:
    """Every size is derived from the text scale, so headings stay larger than body text and
    click targets grow with the text."""
    base = BASE_POINT_SIZE * scale
    return STYLESHEET.format(
        target=round(MIN_TARGET * scale), field=round((MIN_TARGET - 4) * scale),
        box=round(20 * scale), title=round(base * 1.6, 1), subtitle=round(base * 1.2, 1),
        question=round(base * 1.25, 1))


def apply_style(app: QApplication, scale: float = 1.0) -> None:
    font = QFont(load_bundled_fonts())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setStyleSheet(stylesheet(scale))
