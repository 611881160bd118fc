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


def test_an_installed_build_registers_its_fixed_fonts_as_files(
        qtbot: QtBot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """build_installer fixes the tab in each font once, and notes it; the app then hands
    Qt the files themselves instead of reading and fixing them at every start."""
    import shutil
    import sys

    from PySide6.QtGui import QFontDatabase

    from dtlearn.ui import fonts
    from dtlearn.ui.font_cmap import give_tab_its_own_glyph

    root = fonts_dir().parents[1]
    sys.path.insert(0, str(root))
    import build_installer

    folder = tmp_path / "fonts"
    shutil.copytree(fonts_dir(), folder)
    build_installer.fix_fonts(folder)
    assert (folder / fonts.CMAP_NOTE).is_file()
    for name in fonts.FILES:
        fixed = (folder / name).read_bytes()
        assert fixed != (fonts_dir() / name).read_bytes()
        assert give_tab_its_own_glyph(fixed) == fixed  # the tab is mapped already
    from PySide6.QtGui import QRawFont

    tab, space = QRawFont(str(folder / fonts.FILES[0]), 12).glyphIndexesForString("\t ")
    assert tab != space  # as Qt reads the file itself: spaces stay spaces in PDF text
    from_file = []
    monkeypatch.setattr(QFontDatabase, "addApplicationFont",
                        lambda path: from_file.append(path) or 0)
    monkeypatch.setattr(QFontDatabase, "addApplicationFontFromData",
                        lambda data: (_ for _ in ()).throw(AssertionError("read whole")))
    assert fonts._register(folder / fonts.FILES[0]) == 0
    assert from_file == [str(folder / fonts.FILES[0])]
