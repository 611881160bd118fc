"""Failures a person can meet: the database cannot be opened or written. Each shows a plain
message, not a traceback, and nothing already saved is lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dtlearn.errors import DatabaseUnavailable
from dtlearn.paths import Paths
from dtlearn.services.context import Services
from dtlearn.ui import errors as ui_errors
from dtlearn.ui.launch import run_gui


def test_launch_with_unusable_data_folder_says_why(tmp_path: Path, courses_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   qtbot: QtBot) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text))
    assert run_gui(Paths(blocker / "data", courses_dir), ["dtlearn"]) == 1
    assert len(shown) == 1
    # No settings can be read: said in the computer's language (Vietnamese here).
    assert shown[0].startswith(f"dtlearn không tạo được thư mục dữ liệu {blocker / 'data'}.")


def test_write_failure_during_use_is_shown_plainly(services: Services,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   qtbot: QtBot) -> None:
    from dtlearn.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    ui_errors.install_excepthook(services.paths.log_dir)

    def locked(*args: object, **kwargs: object) -> None:
        raise DatabaseUnavailable("The database is in use by another program.")

    monkeypatch.setattr("dtlearn.store.learners.insert_learner", locked)
    window.learners.name_edit.setText("Ngô Thị Hằng")
    with qtbot.capture_exceptions() as raised:
        window.learners.create_button.click()
    assert len(raised) == 1
    kind, error, tb = raised[0]
    # The app's own hook turns it into a message (pytest-qt captured it first).
    sys.excepthook(kind, error, tb)
    assert shown == ["The database is in use by another program."]
    assert window.stack.currentWidget() is window.learners  # still usable, nothing half-done
    assert window.learners.name_edit.text() == "Ngô Thị Hằng"  # the typing is not lost


def test_unexpected_error_points_to_the_log(services: Services, monkeypatch: pytest.MonkeyPatch,
                                            qtbot: QtBot) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    ui_errors.install_excepthook(services.paths.log_dir)
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        sys.excepthook(RuntimeError, error, error.__traceback__)
    assert len(shown) == 1
    assert str(services.paths.log_dir / "dtlearn.log") in shown[0]


def test_first_start_makes_the_device_key(paths: Paths) -> None:
    from dtlearn.ui.launch import ensure_device_key

    assert not paths.device_key.exists()
    ensure_device_key(paths)
    assert paths.device_key.is_file()
    assert paths.device_key.stat().st_mode & 0o777 == 0o600
