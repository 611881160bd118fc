"""Look and feel: large readable type, big click targets, a visible focus ring, and a
high-contrast theme, for older eyes, bright commune halls and old office screens.

Every size derives from one text scale, so A−/A+ changes the whole interface at once
(headings stay larger than body text; click targets grow with the text).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from dtlearn.ui.fonts import load_interface_fonts

BASE_POINT_SIZE = 12
MIN_TARGET = 36  # px at scale 1.0; never below 32 px, the accessibility floor
SCALES = (0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0)


class Colours(NamedTuple):
    """A NamedTuple rather than a dataclass: start-up builds it, and a frozen dataclass
    takes seven times as long to create (it compiles its methods)."""

    text: str
    muted: str
    problem: str
    passed: str
    window: str
    card: str
    border: str
    focus: str
    base: str
    highlight: str
    highlight_text: str


NORMAL = Colours(text="#1a1a1a", muted="#4d4d4d", problem="#8a1c1c", passed="#1d6b2f",
                 window="#efefef", card="#ffffff", border="#b8b8b8", focus="#1a5fb4",
                 base="#ffffff", highlight="#1a5fb4", highlight_text="#ffffff")
# Black and white with yellow focus: well above 7:1 contrast everywhere.
HIGH_CONTRAST = Colours(text="#ffffff", muted="#ffffff", problem="#ffd75e", passed="#8fff8f",
                        window="#000000", card="#000000", border="#ffffff", focus="#ffd700",
                        base="#000000", highlight="#ffd700", highlight_text="#000000")

STYLESHEET = """
QPushButton {{ min-height: {target}px; padding: 4px 16px; }}
QPushButton#primary {{ font-weight: bold; }}
QPushButton:focus, QToolButton:focus {{ border: 3px solid {focus}; border-radius: 4px; }}
QLineEdit, QComboBox, QSpinBox, QDateEdit {{ min-height: {field}px; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QListWidget:focus,
QTableWidget:focus, QTableView:focus, QTextBrowser:focus, QTabBar::tab:focus
    {{ border: 3px solid {focus}; }}
QRadioButton, QCheckBox {{ min-height: {target}px; spacing: 10px; }}
QRadioButton:focus, QCheckBox:focus {{ background: {focus_soft}; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: {box}px; height: {box}px; }}
QLabel#screenTitle {{ font-size: {title}pt; font-weight: bold; }}
QLabel#cardTitle {{ font-size: {subtitle}pt; font-weight: bold; }}
QLabel#question {{ font-size: {question}pt; }}
QLabel#verdictPass {{ font-size: {question}pt; color: {passed}; }}
QLabel#verdictFail {{ font-size: {question}pt; color: {problem}; }}
QLabel#muted {{ color: {muted}; }}
QLabel#problem {{ color: {problem}; }}
QFrame#card {{ border: 1px solid {border}; border-radius: 6px; background: {card}; }}
QListWidget::item {{ min-height: {target}px; padding: 4px 6px; }}
QProgressBar {{ min-height: 14px; max-height: 14px; text-align: center;
                border: 1px solid {border}; }}
QProgressBar::chunk {{ background: {highlight}; }}
"""


def stylesheet(scale: float, colours: Colours = NORMAL) -> str:
    base = BASE_POINT_SIZE * scale
    soft = "#3a3a00" if colours is HIGH_CONTRAST else "#dce8f7"
    return STYLESHEET.format(
        target=max(32, round(MIN_TARGET * scale)), field=max(32, round((MIN_TARGET - 4) * scale)),
        box=round(20 * scale), title=round(base * 1.6, 1), subtitle=round(base * 1.2, 1),
        question=round(base * 1.25, 1), focus=colours.focus, focus_soft=soft,
        passed=colours.passed, problem=colours.problem, muted=colours.muted,
        border=colours.border, card=colours.card, highlight=colours.highlight)


def palette(colours: Colours) -> QPalette:
    result = QPalette()
    for role, value in ((QPalette.ColorRole.Window, colours.window),
                        (QPalette.ColorRole.WindowText, colours.text),
                        (QPalette.ColorRole.Base, colours.base),
                        (QPalette.ColorRole.AlternateBase, colours.window),
                        (QPalette.ColorRole.Text, colours.text),
                        (QPalette.ColorRole.Button, colours.window),
                        (QPalette.ColorRole.ButtonText, colours.text),
                        (QPalette.ColorRole.ToolTipBase, colours.base),
                        (QPalette.ColorRole.ToolTipText, colours.text),
                        (QPalette.ColorRole.PlaceholderText, colours.muted),
                        (QPalette.ColorRole.Highlight, colours.highlight),
                        (QPalette.ColorRole.HighlightedText, colours.highlight_text),
                        (QPalette.ColorRole.Link, colours.focus)):
        result.setColor(role, QColor(value))
    return result


def apply_style(app: QApplication, scale: float = 1.0, high_contrast: bool = False) -> None:
    """Apply (or re-apply, live) the text size and theme to the whole application."""
    colours = HIGH_CONTRAST if high_contrast else NORMAL
    font = QFont(load_interface_fonts())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setPalette(palette(colours))
    app.setStyleSheet(stylesheet(scale, colours))


def next_scale(current: float, step: int) -> float:
    """The next text size up (step 1) or down (step -1), staying within SCALES."""
    nearest = min(range(len(SCALES)), key=lambda i: abs(SCALES[i] - current))
    return SCALES[max(0, min(len(SCALES) - 1, nearest + step))]
