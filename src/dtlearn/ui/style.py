"""Look and feel: large readable type and big click targets for older eyes and old screens."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12
MIN_TARGET = 36

STYLESHEET = f"""
QPushButton {{ min-height: {MIN_TARGET}px; padding: 4px 16px; }}
QPushButton#primary {{ font-weight: bold; }}
QLineEdit, QComboBox {{ min-height: {MIN_TARGET - 4}px; }}
QRadioButton, QCheckBox {{ min-height: {MIN_TARGET}px; spacing: 10px; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: 20px; height: 20px; }}
QLabel#screenTitle {{ font-size: 20pt; font-weight: bold; }}
QLabel#muted {{ color: #555555; }}
QLabel#problem {{ color: #8a1c1c; }}
QFrame#card {{ border: 1px solid #c8c8c8; border-radius: 6px; background: #ffffff; }}
QListWidget::item {{ min-height: {MIN_TARGET}px; padding: 2px 6px; }}
QProgressBar {{ min-height: 14px; max-height: 14px; text-align: center; }}
"""


def apply_style(app: QApplication, scale: float = 1.0) -> None:
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
