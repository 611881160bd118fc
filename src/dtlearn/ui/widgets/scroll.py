"""A scroll area for a page of controls.

The area itself takes no keyboard focus: its controls do, and QScrollArea brings the focused
one into view. A focusable area would be an extra, nameless Tab stop for keyboard and
screen-reader users.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def page_scroll(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area
