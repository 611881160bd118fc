"""Pictures of every screen and main dialog in Vietnamese and English at 1366×768, for people
to look at: clipped labels, awkward wording and English left over show here first.

They go to ./screenshots/LANGUAGE/ (not committed), or to DTLEARN_SCREENSHOTS_DIR.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from dtlearn.services.context import Services
from dtlearn.ui import i18n

from .screens import SIZE, walk_screens


def screenshots_dir() -> Path:
    return Path(os.environ.get("DTLEARN_SCREENSHOTS_DIR") or Path.cwd() / "screenshots")


def distinct_colours(image: QImage, step: int = 7) -> int:
    """Colours in a grid of sampled pixels: a blank or single-colour picture has one or two."""
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


@pytest.fixture
def language(request: pytest.FixtureRequest, languages: None, services: Services) -> str:
    services.settings.set("language", request.param)
    assert i18n.install_language(request.param)
    return str(request.param)


@pytest.mark.parametrize("language", ["vi", "en"], indirect=True)
def test_every_screen_is_saved_as_a_picture(qtbot: QtBot, services: Services,
                                            language: str) -> None:
    folder = screenshots_dir() / language
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    saved = []
    for number, (name, widget) in enumerate(walk_screens(qtbot, services), start=1):
        path = folder / f"{number:02d}-{name}.png"
        image = widget.grab().toImage()
        assert image.save(str(path)), path
        saved.append(path)
        written = QImage(str(path))
        assert not written.isNull(), path
        if not name.startswith("dialog-"):
            assert (written.width(), written.height()) == SIZE, path
        assert distinct_colours(written) > 8, f"{path} looks blank"
    assert len(saved) >= 25
    assert sorted(folder.glob("*.png")) == sorted(saved)
