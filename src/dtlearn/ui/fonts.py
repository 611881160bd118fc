"""The bundled font, so stacked Vietnamese diacritics (ệ, ở, ữ) look the same on every PC.

Old office PCs often lack a font with full Vietnamese coverage and fall back glyph by glyph,
which misplaces tone marks. Noto Sans (SIL OFL, resources/fonts/OFL.txt) is registered at
start and used for the interface and for every PDF.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase

from dtlearn.paths import resources_dir
from dtlearn.ui.font_cmap import give_tab_its_own_glyph

FAMILY = "Noto Sans"
FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")
# What the first screen draws with; the italic (lessons, certificates) is registered by
# load_bundled_fonts() once the window is up or a lesson or PDF needs it.
INTERFACE_FILES = FILES[:2]
# Present beside font files whose character map already has the tab fix (font_cmap).
CMAP_NOTE = "CMAP-FIX.txt"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def load_bundled_fonts() -> str:
    """Register every bundled file (each once) and return the family to use; if they are
    missing, the system's default family, so a broken install still shows text."""
    return _family(FILES)


def load_interface_fonts() -> str:
    """As ``load_bundled_fonts``, for start-up: only the faces the first screen uses."""
    return _family(INTERFACE_FILES)


def _family(names: tuple[str, ...]) -> str:
    loaded = [_registered(name) for name in names]
    if all(index < 0 for index in loaded):
        return QFont().family()
    return FAMILY


@cache
def _registered(name: str) -> int:
    return _register(fonts_dir() / name)


def _register(path: Path) -> int:
    """Register one file with the tab fix that keeps spaces as spaces in the text of our
    PDFs (see font_cmap); -1 if it cannot be read.

    An installed build carries the files already fixed (build_installer writes them, with
    CMAP_NOTE beside them): Qt then reads each file itself, only the parts it draws with,
    instead of the whole file being read and fixed in memory at every start.
    """
    if (path.parent / CMAP_NOTE).is_file():
        return QFontDatabase.addApplicationFont(str(path))
    try:
        data = path.read_bytes()
    except OSError:
        return -1
    return QFontDatabase.addApplicationFontFromData(QByteArray(give_tab_its_own_glyph(data)))


def bundled_font(point_size: float) -> QFont:
    font = QFont(load_bundled_fonts())
    font.setPointSizeF(point_size)
    return font
