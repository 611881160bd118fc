"""A trainer's session, clicked through: unlock trainer mode, create a session, register
attendees (a known name is offered), mark attendance, run the quiz for two attendees, and
hand the laptop round without a PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from dtlearn.core.questions import Kind
from dtlearn.services.context import Services
from dtlearn.ui.dialogs.new_session_dialog import NewSessionDialog
from dtlearn.ui.dialogs.pin_dialog import PinDialog
from dtlearn.ui.main_window import MainWindow
from dtlearn.ui.trainer.group_quiz_dialog import GroupQuizDialog

from .test_flow import click, open_window, type_into

PIN = "480913"


def unlock(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
           pin: str = PIN) -> PinDialog:
    """Open the PIN dialog as the menu would and type into it (exec() is replaced)."""
    opened: list[PinDialog] = []

    def fake_exec(dialog: PinDialog) -> int:
        opened.append(dialog)
        if dialog.creating:
            type_into(qtbot, dialog.name_edit, "Đặng Thu Hà")
            type_into(qtbot, dialog.repeat_edit, pin)
        type_into(qtbot, dialog.pin_edit, pin)
        dialog.try_accept()
        return int(dialog.result() == QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PinDialog, "exec", fake_exec)
    window.trainer_action.trigger()
    return opened[0]


def test_first_trainer_then_wrong_pin(qtbot: QtBot, services: Services,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, services)
    first = unlock(qtbot, window, monkeypatch)
    assert first.creating
    assert window.stack.currentWidget() is window.trainer_screen
    click(qtbot, window.trainer_screen.lock_button)
    assert "trainer_screen" not in window.__dict__
    second = unlock(qtbot, window, monkeypatch, pin="000001")
    assert not second.creating
    assert second.message.text() == "Wrong PIN. 4 tries left before a pause."
    assert "trainer_screen" not in window.__dict__


def test_session_registration_attendance_and_group_quiz(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    known = services.learners.create("Nguyễn Văn Ánh", "", "Xã Tân Lập", "Phú Thọ")
    window = open_window(qtbot, services)
    unlock(qtbot, window, monkeypatch)
    tab = window.trainer_screen.sessions

    def fill_session(dialog: NewSessionDialog) -> int:
        type_into(qtbot, dialog.title_edit, "Lớp tối nhà văn hóa")
        type_into(qtbot, dialog.commune_edit, "Xã Tân Lập")
        type_into(qtbot, dialog.province_edit, "Phú Thọ")
        dialog.date_edit.setDate(QDate(2026, 11, 20))
        dialog.try_accept()
        return int(dialog.session is not None)

    monkeypatch.setattr(NewSessionDialog, "exec", fill_session)
    click(qtbot, tab.new_button)
    panel = tab.panel
    assert panel.session is not None and panel.session.title == "Lớp tối nhà văn hóa"
    assert tab.session_list.count() == 1

    type_into(qtbot, panel.name_edit, "Lò Thị Mai")
    type_into(qtbot, panel.year_edit, "1962")
    click(qtbot, panel.register_button)
    type_into(qtbot, panel.name_edit, "Sầm Văn Pó")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    type_into(qtbot, panel.name_edit, "nguyen van a")  # typed without diacritics
    assert panel.suggestions.isVisible() and panel.suggestions.count() == 1
    panel.suggestions.itemActivated.emit(panel.suggestions.item(0))
    assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())] == [
        "Lò Thị Mai", "Sầm Văn Pó", "Nguyễn Văn Ánh"]
    assert len(services.learners.all()) == 3  # the known person was not added twice

    type_into(qtbot, panel.name_edit, "Bà Bảy")
    type_into(qtbot, panel.year_edit, "1850")
    click(qtbot, panel.register_button)
    assert panel.message.text() == "The birth year must be between 1900 and this year."
    assert len(services.learners.all()) == 3
    panel.name_edit.clear()
    panel.year_edit.clear()

    panel.table.item(2, 2).setCheckState(Qt.CheckState.Unchecked)  # Ánh did not come
    assert panel.summary.text() == "2 of 3 present · 0 completed · 0 passed"
    present = {p.learner_id for p in services.sessions.attendees(panel.session) if p.attended}
    assert known.id not in present

    ran: list[GroupQuizDialog] = []

    def run_quiz(dialog: GroupQuizDialog) -> int:
        ran.append(dialog)
        assert [p.name for p in dialog.quiz.participants] == ["Lò Thị Mai", "Sầm Văn Pó"]
        while not dialog.results:
            item = dialog.quiz.current
            for person, view in dialog.views.items():
                if item.question.kind in (Kind.SINGLE, Kind.TRUE_FALSE, Kind.MULTIPLE):
                    right = [i for i, c in enumerate(item.question.choices) if c.fraction > 0]
                    picks = right[:1] if item.question.kind is not Kind.MULTIPLE else right
                    for original in picks:
                        view.choose_number(item.choice_order.index(original) + 1)
                elif person != dialog.quiz.participants[0].learner_id:
                    continue  # Pó leaves matching and typed answers blank: 6 of 10
                elif item.question.kind is Kind.MATCHING:
                    for combo, pair in zip(view._combos, item.question.pairs, strict=True):
                        combo.setCurrentIndex(combo.findData(pair.right))
                else:
                    text = (item.question.choices[0].text if item.question.kind is Kind.SHORT
                            else f"{item.question.numeric[0].low:g}")
                    type_into(qtbot, view._field, text)  # type: ignore[arg-type]
            dialog._update_missing()
            click(qtbot, dialog.next_button)
        return 1

    monkeypatch.setattr(GroupQuizDialog, "exec", run_quiz)
    click(qtbot, panel.group_quiz_button)
    dialog = ran[0]
    scores = {dialog.results_table.item(r, 0).text(): dialog.results_table.item(r, 1).text()
              for r in range(dialog.results_table.rowCount())}
    assert scores["Lò Thị Mai"] == "100 %"
    assert scores["Sầm Văn Pó"] == "60 %"
    assert panel.summary.text().endswith("1 passed")


def test_hand_the_laptop_round(qtbot: QtBot, services: Services,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    trainer = services.trainers.create("Đặng Thu Hà", PIN)
    session = services.sessions.create("sample-course", "Lớp sáng", "", "Xã Tân Lập", "",
                                       "2026-11-20", trainer)
    mai = services.sessions.register_new(session, "Lò Thị Mai")
    po = services.sessions.register_new(session, "Sầm Văn Pó")
    services.sessions.set_attended(session, po, False)
    window = open_window(qtbot, services)
    unlock(qtbot, window, monkeypatch)
    click(qtbot, window.trainer_screen.sessions.panel.handover_button)
    assert "trainer_screen" not in window.__dict__  # trainer mode locked for the room
    handover = window.handover
    assert window.stack.currentWidget() is handover
    assert [b.accessibleName() for b in handover.person_buttons] == ["Lò Thị Mai"]
    click(qtbot, handover.person_buttons[0])
    assert window.learner_id == mai
    assert window.stack.currentWidget() is window.course_screen
    assert window.next_person_button.isVisible()
    click(qtbot, window.next_person_button)
    assert window.stack.currentWidget() is handover
    click(qtbot, handover.end_button)
    assert services.active_session_id == ""
    assert not window.next_person_button.isVisible()
