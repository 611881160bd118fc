"""A scroll area for a page of controls.

The area itself takes no keyboard focus: its controls do, and QScrollArea brings the focused
one into view. A focusable area would be an extra, nameless Tab stop for keyboard and
screen-reader users.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Qt.FocusPolicy.NoFocus, set through the property system by its number: the first use of
# any enum of the Qt namespace from Python makes all 93 of them (25 ms), and the catalog,
# the first screen, sits on one of these pages.
NO_FOCUS = 0


def page_scroll(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setProperty("focusPolicy", NO_FOCUS)
    area.setWidget(content)
    return area
