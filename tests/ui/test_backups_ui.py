"""Backups as a person meets them: File → Backups…, Back up now, Restore… with its plain
confirmation and the window restarting on the restored data; a damaged database at start;
a read-only folder and a full disk, where lessons still open and nothing is half-written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dtlearn.paths import Paths
from dtlearn.services.backups import BackupService, Reason
from dtlearn.services.context import Services, build_services
from dtlearn.ui.database_care import WindowHost, open_services
from dtlearn.ui.dialogs.backups_dialog import BackupsDialog, DamagedDialog, local_date
from dtlearn.ui.launch import run_gui
from dtlearn.ui.main_window import MainWindow

from ..test_backups import Clock, damaged_install, limit_to_current_size, pretend_unwritable
from .test_flow import answer_right, click, create_learner, open_window, type_into

PIN = "480913"


def later(action: Callable[[], None], ms: int = 0) -> None:
    """Act inside a modal dialog's own event loop, as a person would once it shows."""
    QTimer.singleShot(ms, action)


class Seen:
    """What a modal message box said, kept after the box is gone."""

    def __init__(self, box: QMessageBox) -> None:
        self.box = box
        self.text = box.text()
        self.informative = box.informativeText()
        self.buttons = [button.text() for button in box.buttons()]
        default = box.defaultButton()
        self.default = default.text() if default is not None else ""


def click_in_modal(kind: type[QMessageBox], button: str, seen: list[Seen]) -> None:
    """Click a button of the modal box of ``kind`` once it shows (button by attribute)."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            later(act, 20)
            return
        seen.append(Seen(dialog))
        getattr(dialog, button).click()

    later(act)


@pytest.fixture(autouse=True)
def _computer_in_english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A damaged database is explained in the computer's language (no settings can be read
    yet): make that English here, and leave no catalogue or locale behind for later tests."""
    from PySide6.QtCore import QLocale

    from dtlearn.ui import i18n

    before = QLocale()
    monkeypatch.setattr(i18n, "default_language", lambda: "en")
    yield
    i18n.clear_language()
    QLocale.setDefault(before)


@pytest.fixture
def host(qtbot: QtBot, paths: Paths) -> Iterator[WindowHost]:
    services = build_services(paths)
    made = WindowHost(paths, services)
    made.window.resize(1366, 768)
    made.window.show()
    qtbot.waitExposed(made.window)
    yield made
    made.window.close()
    made.close()


def names(services: Services) -> list[str]:
    return sorted(learner.name for learner in services.learners.all())


def test_the_list_shows_date_reason_size_and_backs_up_now(qtbot: QtBot, services: Services,
                                                          paths: Paths) -> None:
    clock = Clock(dt.datetime(2025, 7, 1, 2, 30, tzinfo=dt.UTC))
    backups = BackupService(paths.database, clock)
    daily = backups.backup(Reason.DAILY)
    clock.advance(hours=3)
    backups.backup(Reason.PACK_INSTALL)
    clock.advance(hours=1)
    dialog = BackupsDialog(backups)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert table.rowCount() == 2
    rows = [[table.item(row, column).text() for column in range(3)] for row in range(2)]
    assert rows[0][1] == "Before a course install" and rows[1][1] == "Daily"
    assert rows[1][0] == local_date(daily.created)
    assert all(row[2].endswith(" KB") for row in rows)

    click(qtbot, dialog.backup_button)
    qtbot.waitUntil(lambda: dialog.task is None and table.rowCount() == 3)
    assert table.item(0, 1).text() == "Made by hand"
    assert dialog.result_label.text().startswith("Backed up (")
    assert [b.reason for b in backups.newest_first()][0] is Reason.MANUAL


def test_restore_asks_plainly_then_restarts_on_the_earlier_state(qtbot: QtBot,
                                                                 host: WindowHost) -> None:
    window = host.window
    create_learner(qtbot, window, "Trần Thị Bình")
    earlier = host.services.backups.backup(Reason.MANUAL)
    window.show_learners()
    create_learner(qtbot, window, "Lê Văn Cường")
    assert names(host.services) == ["Lê Văn Cường", "Trần Thị Bình"]
    confirmations: list[Seen] = []

    def choose_and_restore() -> None:
        dialog = window.backups_dialog
        assert dialog.shown[0].path == earlier.path
        click_in_modal(QMessageBox, "restore_button_for_test", confirmations)
        click(qtbot, dialog.restore_button)

    in_trainer_mode(host)
    later(choose_and_restore)
    window.backups_action.trigger()  # File → Backups…; returns once the dialog closed

    box = confirmations[0]
    assert box.text == f"Restore the backup from {local_date(earlier.created)}?"
    assert box.buttons == ["Restore", "Cancel"]
    assert box.default == "Cancel"  # Enter out of habit changes nothing
    words = box.informative
    assert "saved as a new backup first" in words and "will no longer be shown" in words
    assert host.window is not window  # the screens were rebuilt on the restored database
    assert names(host.services) == ["Trần Thị Bình"]
    # The last learner was made after the backup: the restored database does not know
    # them, so the person chooses again rather than carrying on as someone who is gone.
    assert host.window.stack.currentWidget() is host.window.learners
    assert host.window.statusBar().currentMessage().startswith("Restored the backup from")
    reasons = [b.reason for b in host.services.backups.newest_first()]
    assert reasons == [Reason.BEFORE_RESTORE, Reason.MANUAL]


def in_trainer_mode(host: WindowHost) -> None:
    trainer = host.services.trainers.create("Đặng Thu Hà", PIN)
    host.window.show_trainer(trainer)


def test_only_a_trainer_may_restore(qtbot: QtBot, host: WindowHost,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside trainer mode, Restore asks for a trainer's PIN first; a wrong one (or
    Cancel) changes nothing and asks nothing more."""
    from PySide6.QtWidgets import QDialog

    from dtlearn.ui.dialogs.pin_dialog import PinDialog

    window = host.window
    create_learner(qtbot, window, "An")
    host.services.backups.backup(Reason.MANUAL)
    host.services.trainers.create("Đặng Thu Hà", PIN)
    typed: list[str] = []

    def answer(dialog: PinDialog) -> int:
        type_into(qtbot, dialog.pin_edit, typed[-1])
        dialog.try_accept()
        return int(dialog.result() == QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PinDialog, "exec", answer)
    seen: list[Seen] = []
    said: list[str] = []

    def restore_with(pin: str) -> None:
        dialog = window.backups_dialog
        typed.append(pin)
        if pin == PIN:
            click_in_modal(QMessageBox, "cancel_button_for_test", seen)
        click(qtbot, dialog.restore_button)
        said.append(dialog.result_label.text())
        later(dialog.reject, 50)

    later(lambda: restore_with("000001"))
    window.backups_action.trigger()
    assert said == ["Only a trainer can restore a backup."] and seen == []
    later(lambda: restore_with(PIN))
    window.backups_action.trigger()
    assert len(seen) == 1  # the PIN matched: the plain confirmation came next
    assert host.window is window and names(host.services) == ["An"]


def test_cancelling_the_restore_changes_nothing(qtbot: QtBot, host: WindowHost) -> None:
    window = host.window
    create_learner(qtbot, window, "An")
    host.services.backups.backup(Reason.MANUAL)
    window.show_learners()
    create_learner(qtbot, window, "Bình")
    seen: list[Seen] = []

    def cancel() -> None:
        dialog = window.backups_dialog
        click_in_modal(QMessageBox, "cancel_button_for_test", seen)
        click(qtbot, dialog.restore_button)
        later(dialog.reject, 50)

    in_trainer_mode(host)
    later(cancel)
    window.backups_action.trigger()
    assert seen and host.window is window
    assert names(host.services) == ["An", "Bình"]
    assert len(host.services.backups.newest_first()) == 1


@pytest.fixture(autouse=True)
def _name_the_message_box_buttons(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let click_in_modal find the confirmation's Restore and Cancel buttons by role."""
    def by_role(role: QMessageBox.ButtonRole) -> Callable[[QMessageBox], QWidget]:
        def find(box: QMessageBox) -> QWidget:
            return next(b for b in box.buttons() if box.buttonRole(b) == role)
        return find

    monkeypatch.setattr(QMessageBox, "restore_button_for_test",
                        property(by_role(QMessageBox.ButtonRole.AcceptRole)), raising=False)
    monkeypatch.setattr(QMessageBox, "cancel_button_for_test",
                        property(by_role(QMessageBox.ButtonRole.RejectRole)), raising=False)


# --- a damaged database at start ---------------------------------------------------------

def damage_schema(database: Path) -> None:
    """Damage the first page (the schema) too, so even opening the database meets it."""
    with database.open("r+b") as handle:
        handle.seek(100)
        handle.write(bytes(range(256)) * 15)


def test_damage_found_after_the_window_shows_is_restored_from_the_newest_backup(
        qtbot: QtBot, paths: Paths) -> None:
    good = damaged_install(paths.database)  # pages in the middle: opening does not meet them
    notes: list[str] = []
    services = open_services(paths, notes)
    assert services is not None and not services.store.checked
    host = WindowHost(paths, services)
    first = host.window
    first.show()
    seen: list[Seen] = []
    click_in_modal(DamagedDialog, "restore_button", seen)
    host.look_after_database()  # what start() schedules half a second after showing
    qtbot.waitUntil(lambda: host.window is not first, timeout=10000)
    try:
        dialog = seen[0]
        assert dialog.text == ("The database that keeps the results on this computer is "
                               "damaged and cannot be used safely.")
        assert dialog.buttons == ["Restore the backup", "Quit"]
        newest = BackupService(paths.database).find(good.name)
        assert local_date(newest.created) in dialog.informative
        assert len(host.services.learners.all()) == 300  # the backup's state, whole
        assert "Sau sao lưu" not in names(host.services)
        aside = [p.name for p in paths.data_dir.iterdir() if ".damaged-" in p.name]
        assert any(not name.endswith(("-wal", "-shm")) for name in aside)
        message = host.window.statusBar().currentMessage()
        assert message.startswith("Restored the backup from")
        assert "The damaged database is kept as dtlearn.sqlite3.damaged-" in message
        assert [b.reason for b in host.services.backups.newest_first()] == [Reason.DAILY]
    finally:
        host.window.close()
        host.close()


def test_damage_met_while_opening_is_offered_the_backup_before_any_window(
        qtbot: QtBot, paths: Paths) -> None:
    good = damaged_install(paths.database)
    damage_schema(paths.database)
    seen: list[Seen] = []
    click_in_modal(DamagedDialog, "restore_button", seen)
    notes: list[str] = []
    services = open_services(paths, notes)
    assert services is not None
    try:
        assert seen and seen[0].buttons == ["Restore the backup", "Quit"]
        assert local_date(BackupService(paths.database).find(good.name).created) in \
            seen[0].informative
        assert len(services.learners.all()) == 300
        assert notes and notes[0].startswith("Restored the backup from")
    finally:
        services.close()


def test_quitting_at_the_damage_dialog_leaves_the_file_alone(qtbot: QtBot,
                                                             paths: Paths) -> None:
    damaged_install(paths.database)
    damage_schema(paths.database)
    damaged = paths.database.read_bytes()
    seen: list[Seen] = []
    click_in_modal(DamagedDialog, "quit_button", seen)
    assert run_gui(paths, ["dtlearn"]) == 1
    assert seen
    assert paths.database.read_bytes() == damaged
    assert not [p for p in paths.data_dir.iterdir() if ".damaged-" in p.name]


def test_without_a_backup_the_damaged_file_is_set_aside(qtbot: QtBot, paths: Paths) -> None:
    damaged_install(paths.database)
    damage_schema(paths.database)
    for backup in BackupService(paths.database).newest_first():
        backup.path.unlink()
    seen: list[Seen] = []
    click_in_modal(DamagedDialog, "restore_button", seen)
    services = open_services(paths)
    assert services is not None
    try:
        assert seen[0].buttons == ["Set it aside and start again", "Quit"]
        assert services.learners.all() == []
    finally:
        services.close()


def test_the_day_s_backup_is_taken_after_the_window_shows(qtbot: QtBot,
                                                          host: WindowHost) -> None:
    assert host.services.backups.newest_first() == []
    host.look_after_database()
    task = host.care_task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running)
    assert [b.reason for b in host.services.backups.newest_first()] == [Reason.DAILY]


# --- read-only folder, full disk -----------------------------------------------------------

def make_learner(paths: Paths, name: str) -> None:
    services = build_services(paths)
    learner = services.learners.create(name, "UBND xã", "Tân Lập", "Phú Thọ")
    services.settings.set("last_learner", learner.id)
    services.close()


def lesson_rows(services: Services) -> int:
    return int(services.store.read("SELECT COUNT(*) AS n FROM lesson_progress")[0]["n"])


def test_read_only_the_window_says_so_and_lessons_still_open(
        qtbot: QtBot, paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    make_learner(paths, "Phạm Thị Dung")
    pretend_unwritable(monkeypatch)
    services = build_services(paths)
    try:
        assert services.store.read_only
        window = open_window(qtbot, services)
        assert window.stack.currentWidget() is window.catalog
        assert window.write_banner.isVisible()
        assert window.write_banner.text() == ("Read-only: results are not being saved — free "
                                              "disk space or fix folder permissions")
        click(qtbot, window.catalog.card("sample-course").open_button)
        click(qtbot, window.course_screen.read_button)
        lesson = window.lesson
        assert window.stack.currentWidget() is lesson
        assert "Mật khẩu mạnh" in lesson.browser.toPlainText()
        assert window.statusBar().currentMessage().startswith("Results are not being saved")
        click(qtbot, lesson.read_button)
        assert lesson.read_button.text() == "Mark as read"  # not claimed as saved
        click(qtbot, lesson.next_button)
        assert "Mã OTP" in lesson.browser.toPlainText()
        assert lesson_rows(services) == 0
    finally:
        services.close()


def test_a_full_disk_during_a_quiz_saves_each_answer_whole_or_not_at_all(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, services)
    create_learner(qtbot, window, "Võ Văn Em")
    click(qtbot, window.catalog.card("sample-course").open_button)
    click(qtbot, window.course_screen.quiz_button)
    quiz = window.quiz
    session = quiz.session
    assert session is not None
    limit_to_current_size(services.store)
    store = services.store

    def state() -> tuple[int, int, int]:
        row = store.read("SELECT (SELECT COUNT(*) FROM answers) AS a, "
                         "(SELECT COUNT(*) FROM outbox) AS o, "
                         "(SELECT current_index FROM attempts) AS i")[0]
        return row["a"], row["o"], row["i"]

    shown: list[str] = []  # the plain messages a person would read
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    for _ in range(len(session.questions) - 1):
        before, index = state(), session.index
        answer_right(qtbot, quiz, session.current)
        if shown:
            assert state() == before  # no answer, no statement, no move: nothing half-done
            assert session.index == index
            assert session.current.question.id not in session.answers
            break
        answers, statements, position = state()
        assert answers == before[0] + 1 and statements > before[1]  # whole
    assert len(shown) == 1, shown or "the disk never filled"  # one key press, one message
    assert shown[0].startswith(f"Results are not being saved: the disk holding "
                               f"{store.path.parent} is full.")
    assert window.write_banner.isVisible()

    click(qtbot, quiz.leave_button)  # the unsaved answer does not trap the person
    assert shown[1:] == shown[:1]
    assert window.stack.currentWidget() is window.course_screen
    click(qtbot, window.course_screen.read_button)
    assert window.stack.currentWidget() is window.lesson  # reading goes on
    assert "Mật khẩu mạnh" in window.lesson.browser.toPlainText()


def test_the_banner_is_hidden_when_all_is_well(qtbot: QtBot, services: Services) -> None:
    window: MainWindow = open_window(qtbot, services)
    assert not window.write_banner.isVisible()
    assert window.backups_action.text() == "&Backups…"
