"""Sync from the window: Settings → Sync sends to an LRS in the background, saves and adds
bundle files, and a bundle dropped on the window is merged — each with a plain report."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dtlearn.services.context import Services
from dtlearn.store import outbox
from dtlearn.ui.dialogs.sync_dialog import SyncDialog
from dtlearn.ui.main_window import MainWindow

from ..lrs_fake import KEY, SECRET, FakeLrs
from ..test_xapi import learn_and_pass


@pytest.fixture
def lrs() -> Iterator[FakeLrs]:
    with FakeLrs() as server:
        yield server


@pytest.fixture
def with_results(services: Services) -> int:
    learner = services.learners.create("Nguyễn Văn An", "UBND xã Tân Lập", "Tân Lập", "Phú Thọ")
    learn_and_pass(services, learner.id)
    return outbox.pending_count(services.store)


def dialog_for(qtbot: QtBot, services: Services) -> SyncDialog:
    dialog = SyncDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_done(qtbot: QtBot, dialog: SyncDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=10000)


def test_send_now_pushes_everything_and_shows_it(qtbot: QtBot, services: Services,
                                                 with_results: int, lrs: FakeLrs) -> None:
    dialog = dialog_for(qtbot, services)
    assert dialog.pending_label.text() == f"Results waiting to be sent: {with_results}"
    assert "file only your user account can read" in dialog.storage_label.text()
    dialog.endpoint_edit.setText(lrs.endpoint)
    dialog.key_edit.setText(KEY)
    dialog.secret_edit.setText(SECRET)
    qtbot.mouseClick(dialog.push_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert dialog.result_label.text().startswith(f"Sent {with_results},")
    assert dialog.pending_label.text() == "Results waiting to be sent: 0"
    assert len(lrs.stored) == with_results
    assert services.settings.get("lrs_endpoint") == lrs.endpoint
    assert dialog.secret_edit.text() == ""  # saved away, not left on screen
    assert dialog.push_button.isEnabled() and not dialog.progress.isVisible()


def test_lrs_refusal_is_shown_and_nothing_marked_sent(qtbot: QtBot, services: Services,
                                                      with_results: int,
                                                      lrs: FakeLrs) -> None:
    dialog = dialog_for(qtbot, services)
    dialog.endpoint_edit.setText(lrs.endpoint)
    dialog.key_edit.setText(KEY)
    dialog.secret_edit.setText("wrong secret")
    qtbot.mouseClick(dialog.push_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert "The LRS said:" in dialog.result_label.text()
    assert outbox.pending_count(services.store) == with_results
    assert lrs.stored == {}


def test_bad_address_is_refused_before_saving(qtbot: QtBot, services: Services) -> None:
    dialog = dialog_for(qtbot, services)
    dialog.endpoint_edit.setText("ftp://lrs.example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "must start with https://" in dialog.result_label.text()
    assert services.settings.get("lrs_endpoint") == ""


def test_save_to_file_then_drop_it_on_another_install(
        qtbot: QtBot, services: Services, with_results: int, tmp_path: Path, paths,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "xa-tan-lap"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    dialog = dialog_for(qtbot, services)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    bundle = tmp_path / "xa-tan-lap.dtsync"
    assert bundle.is_file()
    assert dialog.result_label.text() == f"Saved {with_results} results to {bundle}."

    from dtlearn.paths import Paths
    from dtlearn.services.context import build_services

    hub = build_services(Paths(tmp_path / "hub", paths.courses_dir))
    window = MainWindow(hub)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: shown.append(text))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(bundle))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == [f"xa-tan-lap.dtsync: {with_results} new, 0 already had, 0 refused"]
    assert outbox.pending_count(hub.store) == with_results
    assert f"{with_results} results waiting to be sent" in window.sync_label.text()
    hub.close()


def test_a_damaged_file_is_refused_whole(qtbot: QtBot, services: Services, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = tmp_path / "hong.dtsync"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    window = MainWindow(services)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: shown.append(text))
    window.import_bundles([damaged])
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].startswith("hong.dtsync: refused — ")
    assert shown[0].count("hong.dtsync") == 1
    assert services.store.read("SELECT COUNT(*) AS n FROM outbox")[0]["n"] == 0
