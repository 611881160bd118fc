"""The Learners tab, clicked through: import a roster (preview, column choices, the row
report, import), refused files with their message and nothing written, editing a
profile, and demo data filled and removed."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from dtlearn.services.context import Services
from dtlearn.services.roster import MAX_BYTES
from dtlearn.ui.dialogs.roster_import_dialog import RosterImportDialog
from dtlearn.ui.main_window import MainWindow
from dtlearn.ui.trainer.roster_tab import RosterTab

from .test_flow import click, open_window, type_into
from .test_sessions_ui import unlock

ROSTER = [
    ["DANH SÁCH HỌC VIÊN LỚP BÌNH DÂN HỌC VỤ SỐ"],
    [],
    ["STT", "Họ và tên", "Năm sinh", "Giới tính", "SĐT", "Thôn/Bản", "Xã", "Tỉnh", "Ghi chú"],
    [1, "Lò Văn Păng", 1978, "Nam", 912345678, "Bản Nả Háng", "Xã Mù Cang Chải", "Lào Cai",
     ""],
    [2, "Giàng Thị Mỷ", 1990, "Nữ", "0388 123 456", "Bản Mồ Dề", "Xã Mù Cang Chải",
     "Lào Cai", "Trưởng bản"],
    [3, "   ", 1985, "Nữ", "", "Bản Mồ Dề", "Xã Mù Cang Chải", "Lào Cai", ""],
    [4, "Sùng A Chứ", 85, "Nam", "", "Bản Chế Cu Nha", "Xã Mù Cang Chải", "Lào Cai", ""],
    [5, "Lò Văn Păng", 1978, "Nam", "", "Bản Nả Háng", "Xã Mù Cang Chải", "Lào Cai", ""],
    [6, "Hờ Thị Dua", 2001, "nữ", "09x1234567", "Bản Nả Háng", "Xã Mù Cang Chải", "Lào Cai",
     ""],
    [7, "Nguyễn Thị Ánh", 1969, "Nữ", "", "Bản Mồ Dề", "Xã Mù Cang Chải", "Lào Cai", ""],
]


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def sparse(path: Path, size: int) -> None:
    """A file of ``size`` bytes that takes no disk space."""
    path.touch()
    os.truncate(path, size)


def learners_tab(qtbot: QtBot, services: Services,
                 monkeypatch: pytest.MonkeyPatch) -> tuple[MainWindow, RosterTab]:
    window = open_window(qtbot, services)
    unlock(qtbot, window, monkeypatch)
    screen = window.trainer_screen
    screen.tabs.setCurrentWidget(screen.roster)
    return window, screen.roster


def open_import(qtbot: QtBot, tab: RosterTab, path: Path,
                monkeypatch: pytest.MonkeyPatch) -> RosterImportDialog:
    """Click "Import roster…" and pick ``path`` in the file dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))
    click(qtbot, tab.import_button)
    dialog = tab.import_dialog
    assert isinstance(dialog, RosterImportDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    return dialog


def check_rows(qtbot: QtBot, dialog: RosterImportDialog) -> None:
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)


def test_import_a_roster_through_the_dialog(qtbot: QtBot, services: Services, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    services.learners.create("Nguyễn Thị Ánh", "", "Xã Mù Cang Chải", "Lào Cai",
                             birth_year=1969)
    path = write_xlsx(tmp_path / "danh-sach.xlsx", ROSTER)
    _, tab = learners_tab(qtbot, services, monkeypatch)
    assert tab.count_label.text() == "1 learners"
    dialog = open_import(qtbot, tab, path, monkeypatch)

    preview = dialog.preview
    assert preview.horizontalHeaderItem(1).text() == "Họ và tên"
    assert preview.item(1, 1).text() == "Lò Văn Păng"
    assert preview.item(2, 5).text() == "Bản Mồ Dề"
    assert preview.verticalHeaderItem(1).text() == "4"  # the spreadsheet's own row number
    assert [combo.currentText() for combo in dialog.combos] == [
        "— not used —", "Full name", "Birth year", "Gender", "Phone", "Village",
        "Commune or ward", "Province or city", "— not used —"]
    assert dialog.preview_label.text().startswith("7 rows below the header (row 3)")
    assert not dialog.import_button.isEnabled()

    check_rows(qtbot, dialog)
    assert dialog.summary.text() == ("2 learners can be imported. "
                                     "5 rows will not be imported:")
    report = {dialog.report.item(r, 0).text(): dialog.report.item(r, 2).text()
              for r in range(dialog.report.rowCount())}
    year = dt.date.today().year
    assert report == {
        "6": "No name",
        "7": f"Birth year “85” is not a year from 1900 to {year}",
        "8": "The same person as row 4",
        "9": "Phone “09x1234567” is not a phone number (digits only)",
        "10": "Already on this computer as “Nguyễn Thị Ánh”",
    }
    assert dialog.import_button.text() == "Import 2 learners"
    assert len(services.learners.all()) == 1  # checking writes nothing

    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.result_count is not None, timeout=10_000)
    assert dialog.summary.text() == "2 learners imported."
    assert dialog.close_button.text() == "Close"
    names = {row.name: row for row in services.learners.all()}
    assert set(names) == {"Nguyễn Thị Ánh", "Lò Văn Păng", "Giàng Thị Mỷ"}
    assert names["Lò Văn Păng"].phone == "0912345678"
    assert names["Giàng Thị Mỷ"].village == "Bản Mồ Dề"
    qtbot.waitUntil(dialog.close_button.isEnabled)  # as soon as the work has ended
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()

    assert tab.count_label.text() == "3 learners"
    assert tab.status.text() == "2 learners imported from the roster."
    type_into(qtbot, tab.search_edit, "lo van pang")
    assert tab.count_label.text() == "1 of 3 learners"
    assert tab.model.learner(0).name == "Lò Văn Păng"
    tab.search_edit.clear()
    type_into(qtbot, tab.search_edit, "giafng")  # Telex keys typed without an input method
    assert [tab.model.learner(r).name for r in range(tab.model.rowCount())] == ["Giàng Thị Mỷ"]


@pytest.mark.parametrize("name, make, message", [
    ("empty.xlsx", lambda p: write_xlsx(p, [["Họ và tên", "Năm sinh"]]),
     "This roster has no learners in it: there are no rows below the header. "
     "Nothing was imported."),
    ("scan.xlsx", lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"),
     "This file is not a roster. Choose a CSV file or an Excel workbook (.xlsx). "
     "Nothing was imported."),
    ("huge.xlsx", lambda p: sparse(p, MAX_BYTES + 1),
     "This file is too large: a roster may be at most 50 MB. Split it into smaller files. "
     "Nothing was imported."),
])
def test_a_refused_file_says_why_and_writes_nothing(
        qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        name: str, make: object, message: str) -> None:
    services.learners.create("Người Có Sẵn")
    path = tmp_path / name
    assert callable(make)
    make(path)
    _, tab = learners_tab(qtbot, services, monkeypatch)
    dialog = open_import(qtbot, tab, path, monkeypatch)
    assert dialog.problem.isVisible() and dialog.problem.text() == message
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.preview.rowCount() == 0
    assert [row.name for row in services.learners.all()] == ["Người Có Sẵn"]


def test_no_name_column_is_asked_for(qtbot: QtBot, services: Services, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "ds.xlsx", ROSTER)
    _, tab = learners_tab(qtbot, services, monkeypatch)
    dialog = open_import(qtbot, tab, path, monkeypatch)
    dialog.combos[1].setCurrentIndex(0)  # "Họ và tên" → not used
    check_rows(qtbot, dialog)
    assert dialog.problem.text() == ("Choose which column holds the learners' names "
                                     "(“Use as: Full name”).")
    assert not dialog.import_button.isEnabled()
    # Choosing "Ghi chú" as the name takes it; choosing the name column again frees it.
    dialog.combos[8].setCurrentIndex(dialog.combos[8].findData("name"))
    dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("name"))
    assert dialog.combos[8].currentData() is None
    assert not dialog.problem.isVisible()
    check_rows(qtbot, dialog)
    assert dialog.import_button.text() == "Import 3 learners"
    assert services.learners.all() == []


def test_edit_a_learner_profile(qtbot: QtBot, services: Services,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    learner = services.learners.create("Trần Văn Bình", "", "Xã Tân Lập", "Phú Thọ")
    _, tab = learners_tab(qtbot, services, monkeypatch)
    tab.table.selectRow(0)
    click(qtbot, tab.edit_button)
    dialog = tab.edit_dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.year_edit, "85")
    dialog.save()
    assert dialog.error_label.text() == (
        "The birth year must be a year from 1900 to this year, like 1985.")
    unchanged = services.learners.get(learner.id)
    assert unchanged is not None and unchanged.birth_year is None
    dialog.year_edit.clear()
    type_into(qtbot, dialog.year_edit, "1985")
    type_into(qtbot, dialog.village_edit, "Thôn Đoài")
    dialog.gender_combo.setCurrentIndex(
        dialog.gender_combo.findData("male"))
    dialog.save()
    assert not dialog.isVisible()
    row = services.learners.get(learner.id)
    assert row is not None
    assert (row.birth_year, row.village, row.gender) == (1985, "Thôn Đoài", "male")
    assert row.updated_at > row.created_at
    assert tab.model.data(tab.model.index(0, 1)) == "1985"


def test_fill_and_remove_demo_data(qtbot: QtBot, services: Services,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    services.learners.create("Đỗ Văn Em")
    _, tab = learners_tab(qtbot, services, monkeypatch)
    assert not tab.remove_demo_button.isEnabled()
    click(qtbot, tab.demo_button)
    dialog = tab.demo_dialog
    assert dialog is not None and dialog.isVisible()
    assert "[mẫu]" in dialog.findChildren(QLabel)[0].text()
    dialog.count.setValue(30)
    click(qtbot, dialog.add_button)
    assert tab.progress.isVisible()
    qtbot.waitUntil(lambda: tab.task is None, timeout=20_000)
    assert tab.status.text().startswith("Added 30 demo learners, ")
    assert tab.count_label.text() == "31 learners"
    assert tab.remove_demo_button.isEnabled()

    click(qtbot, tab.remove_demo_button)
    box = tab.confirm_box
    assert box is not None and box.isVisible()
    assert "30 demo learners" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: tab.task is None, timeout=20_000)
    assert tab.status.text().startswith("Removed 30 demo learners, ")
    assert [row.name for row in services.learners.all()] == ["Đỗ Văn Em"]
    assert tab.count_label.text() == "1 learners"
    assert not tab.remove_demo_button.isEnabled()
