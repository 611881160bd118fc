"""Accessibility on every screen: each control has a name a screen reader can say, Tab
reaches every control, targets are at least 32 px, and at 200 % text nothing is cut off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dtlearn.services.context import Services
from dtlearn.ui.style import apply_style

from .screens import walk_screens

MIN_TARGET = 32


def focusable(top: QWidget) -> Iterator[QWidget]:
    """Controls a keyboard user lands on: visible, enabled, taking Tab focus; not the inner
    parts of a compound control (a spin box's or combo box's own line edit)."""
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(widget, QScrollBar):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or widget.focusProxy():
            continue
        in_viewport = (parent is not None
                       and isinstance(parent.parentWidget(), QAbstractScrollArea)
                       and parent is parent.parentWidget().viewport())  # type: ignore[union-attr]
        if in_viewport and not isinstance(widget, (QAbstractButton, QComboBox)):
            continue
        yield widget


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({widget.objectName() or text or '?'})"


def test_every_control_has_a_name_and_is_reachable_by_tab(qtbot: QtBot,
                                                          services: Services) -> None:
    unnamed: list[str] = []
    unreachable: list[str] = []
    small: list[str] = []
    for name, top in walk_screens(qtbot, services):
        controls = list(focusable(top))
        chain: set[QWidget] = set()
        widget = top.nextInFocusChain()
        while widget is not top and widget not in chain:
            chain.add(widget)
            widget = widget.nextInFocusChain()
        for control in controls:
            if not spoken_name(control):
                unnamed.append(f"{name}: {describe(control)}")
            if control not in chain:
                unreachable.append(f"{name}: {describe(control)}")
            if isinstance(control, QAbstractButton) and control.height() < MIN_TARGET \
                    and not control.inherits("QTabBar"):
                small.append(f"{name}: {describe(control)} {control.height()} px")
    assert unnamed == [], "\n".join(unnamed)
    assert unreachable == [], "\n".join(unreachable)
    assert small == [], "\n".join(small)


@pytest.fixture
def double_text(services: Services) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    services.settings.set("text_scale", 2.0)
    apply_style(app, 2.0)
    yield
    apply_style(app, 1.0)


def test_nothing_is_cut_off_at_double_text_size(qtbot: QtBot, services: Services,
                                                double_text: None) -> None:
    cut: list[str] = []
    for name, top in walk_screens(qtbot, services):
        for label in top.findChildren(QLabel):
            if not label.isVisibleTo(top) or not label.text().strip():
                continue
            if label.wordWrap():
                needed = label.heightForWidth(label.width())
                if needed > label.height() + 2:
                    cut.append(f"{name}: {label.text()[:40]!r} needs {needed} px high, "
                               f"has {label.height()}")
            elif label.sizeHint().width() > label.width() + 2:
                cut.append(f"{name}: {label.text()[:40]!r} needs {label.sizeHint().width()} "
                           f"px wide, has {label.width()}")
        for button in top.findChildren(QAbstractButton):
            if button.isVisibleTo(top) and button.text() \
                    and button.sizeHint().width() > button.width() + 2:
                cut.append(f"{name}: button {button.text()!r} needs "
                           f"{button.sizeHint().width()} px, has {button.width()}")
    assert cut == [], "\n".join(cut)
