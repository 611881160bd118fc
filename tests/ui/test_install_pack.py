"""File → Install a course pack…: pick a file, watch it install, read the outcome in words;
the catalog shows the new version, and a refused pack leaves everything as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from dtlearn.paths import Paths
from dtlearn.services.context import Services
from dtlearn.services.pack_install import install_pack
from dtlearn.ui.dialogs.install_pack_dialog import InstallPackDialog
from dtlearn.ui.main_window import MainWindow

from ..test_packs import COURSE, key, make_pack, rewrite, swap_question, tree

__all__ = ["key"]  # the fixture, shared with the service tests


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    learner = services.learners.create("Lê Thị Hoa", "UBND phường Nam Định", "Nam Định",
                                       "Ninh Bình")
    services.settings.set("last_learner", learner.id)
    shown = MainWindow(services)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def choose(monkeypatch: pytest.MonkeyPatch, pack: Path | None) -> list[str]:
    """Answer the file dialog as a person would; returns the filters it offered."""
    offered: list[str] = []

    def pick(_parent: object, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        offered.append(filters)
        return (str(pack) if pack else "", filters if pack else "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    return offered


def install_from_menu(qtbot: QtBot, window: MainWindow) -> InstallPackDialog:
    window.install_pack_action.trigger()
    dialog = window.findChild(InstallPackDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message.isVisible(), timeout=10000)
    return dialog


def test_install_from_the_menu_updates_the_catalog(qtbot: QtBot, window: MainWindow,
                                                   services: Services, key: Path,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.stack.currentWidget() is window.catalog
    pack = make_pack(tmp_path, key, "1.1.0", edit=swap_question)
    offered = choose(monkeypatch, pack)
    dialog = install_from_menu(qtbot, window)
    assert offered == ["dtlearn course packs (*.dtcourse)"]
    assert dialog.heading.text() == "✔ Installed: Khóa học mẫu: Mật khẩu và mã OTP"
    assert "Version 1.1.0 replaces version 1.0.0" in dialog.message.text()
    assert "Signed by Test publisher." in dialog.message.text()
    assert dialog.progress.value() == dialog.progress.maximum()
    assert not dialog.force_button.isVisible() and dialog.close_button.isEnabled()
    course = services.catalog.course(COURSE)
    assert course is not None and course.version == "1.1.0"
    assert course.folder == services.paths.installed_courses_dir / COURSE
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.open_course(COURSE)
    assert window.course is not None and window.course.version == "1.1.0"


def test_a_tampered_pack_is_refused_in_words(qtbot: QtBot, window: MainWindow, paths: Paths,
                                             key: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    install_pack(make_pack(tmp_path, key, "1.1.0"), paths)
    window.services.catalog.refresh()
    good = make_pack(tmp_path, key, "1.2.0")
    bad = rewrite(good, tmp_path / "bad.dtcourse", add={"course/media/extra.svg": b"<svg/>"})
    before = tree(paths.installed_courses_dir)
    choose(monkeypatch, bad)
    dialog = install_from_menu(qtbot, window)
    assert dialog.heading.text() == "✘ Not installed: bad.dtcourse"
    assert dialog.message.text() == (
        "The pack contains media/extra.svg, which its publisher did not sign: someone added "
        "it. Ask for the pack again.\n\nNothing was installed; the courses are as they were.")
    assert not dialog.force_button.isVisible() and not dialog.progress.isVisible()
    assert tree(paths.installed_courses_dir) == before
    assert window.services.catalog.course(COURSE).version == "1.1.0"  # type: ignore[union-attr]


def test_an_older_pack_can_be_installed_anyway(qtbot: QtBot, window: MainWindow, paths: Paths,
                                               key: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    install_pack(make_pack(tmp_path, key, "1.3.0"), paths)
    window.services.catalog.refresh()
    choose(monkeypatch, make_pack(tmp_path, key, "1.2.0"))
    dialog = install_from_menu(qtbot, window)
    assert dialog.message.text() == (
        "Version 1.3.0 of this course is installed, newer than the pack's version 1.2.0."
        "\n\nInstall the pack's version anyway?")
    assert dialog.force_button.isVisible()
    qtbot.mouseClick(dialog.force_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message.isVisible(), timeout=10000)
    assert "Version 1.2.0 replaces version 1.3.0" in dialog.message.text()
    assert window.services.catalog.course(COURSE).version == "1.2.0"  # type: ignore[union-attr]


def test_cancelling_the_file_choice_does_nothing(qtbot: QtBot, window: MainWindow,
                                                 paths: Paths,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    choose(monkeypatch, None)
    window.install_pack_action.trigger()
    assert window.findChild(InstallPackDialog) is None
    assert not paths.installed_courses_dir.exists()
