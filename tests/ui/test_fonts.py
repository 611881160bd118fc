"""The bundled font loads and covers Vietnamese, including stacked diacritics and đ."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo, QFontMetrics
from pytestqt.qtbot import QtBot

from dtlearn.ui.fonts import FAMILY, bundled_font, fonts_dir, load_bundled_fonts

VIETNAMESE = "ệởữđĐƠơƯưắẵặẫỹỷ₫"


def test_bundled_font_covers_vietnamese(qtbot: QtBot) -> None:
    assert (fonts_dir() / "OFL.txt").is_file()
    assert load_bundled_fonts() == FAMILY
    font = bundled_font(12)
    assert QFontInfo(font).family() == FAMILY
    metrics = QFontMetrics(font)
    assert [c for c in VIETNAMESE if not metrics.inFontUcs4(ord(c))] == []


def test_start_up_registers_the_first_screen_s_faces_and_lessons_the_italic(
        qtbot: QtBot) -> None:
    from PySide6.QtGui import QFontDatabase

    from dtlearn.ui import fonts

    assert fonts.load_interface_fonts() == FAMILY
    assert "NotoSans-Italic.ttf" not in fonts.INTERFACE_FILES
    fonts.load_bundled_fonts()
    assert "Italic" in QFontDatabase.styles(FAMILY)
