"""Certificates on paper and on screen: the PDF's text and pages, the printed QR code read
back and verified, and the trainer's tab clicked through (issue, print with progress and
Cancel, check a certificate and see the verdict in words)."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path
from threading import Event

import pytest
import segno
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from dtlearn.core.course import Course
from dtlearn.reports.certificates import CertificateIssuer, SignedCertificate, verify_text
from dtlearn.services.context import Services
from dtlearn.services.trainers import Trainer
from dtlearn.store import certificates as rows
from dtlearn.sync.keys import load_or_create_device_key
from dtlearn.ui.dialogs.verify_dialog import VerifyDialog
from dtlearn.ui.printing import certificate_pdf
from dtlearn.ui.printing.certificate_pdf import page_image, write_certificates
from dtlearn.ui.trainer import certificates_tab
from dtlearn.ui.trainer.certificates_tab import CertificatesTab

from ..test_xapi import learn_and_pass
from .test_flow import click, open_window, type_into
from .test_sessions_ui import unlock

UNIT = "Đoàn Thanh niên xã Tân Lập, tỉnh Phú Thọ"
NAMES = ("Nguyễn Thị Hồng Nhung", "Lò Văn Pó", "Đặng Thị Ánh Tuyết")


def sample(services: Services) -> Course:
    course = services.catalog.course("sample-course")
    assert course is not None
    return course


def completed(services: Services, names: tuple[str, ...] = NAMES) -> list[str]:
    ids = []
    for name in names:
        learner = services.learners.create(name, "UBND xã Tân Lập", "Tân Lập", "Phú Thọ")
        learn_and_pass(services, learner.id)
        ids.append(learner.id)
    return ids


def issue(services: Services, learner_ids: list[str]) -> list[SignedCertificate]:
    issuer = CertificateIssuer(services.store, load_or_create_device_key(services.paths), UNIT)
    return issuer.issue_many([(i, sample(services)) for i in learner_ids]).certificates


def pdf_pages(path: Path) -> list[str]:
    return [unicodedata.normalize("NFC", page.extract_text())
            for page in PdfReader(path).pages]


def test_the_pdf_holds_the_vietnamese_name_exactly_and_the_code(
        qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    certificate, = issue(services, completed(services, NAMES[:1]))
    target = tmp_path / "chứng nhận.pdf"
    assert write_certificates(target, [certificate], "vi")
    text, = pdf_pages(target)
    assert NAMES[0] in text
    assert certificate.code in text
    assert "CHỨNG NHẬN HOÀN THÀNH" in text
    assert "Khóa học mẫu: Mật khẩu và mã OTP" in text
    assert UNIT.upper() in text
    day, month, year = (certificate.payload.completed_on.split("-")[i] for i in (2, 1, 0))
    assert f"{day}/{month}/{year}" in text
    assert "100 %" in text and "4.2" in text
    page = PdfReader(target).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width), round(height)) == (842, 595)  # A4 landscape, in points


def test_english_follows_the_language_setting(qtbot: QtBot, services: Services,
                                              tmp_path: Path) -> None:
    certificate, = issue(services, completed(services, NAMES[:1]))
    target = tmp_path / "certificate.pdf"
    write_certificates(target, [certificate], "en",
                       titles={"sample-course": sample(services).title_in("en")})
    text, = pdf_pages(target)
    assert "CERTIFICATE OF COMPLETION" in text
    assert "Sample course: Passwords and one-time passwords" in text
    assert NAMES[0] in text


def test_a_batch_has_one_page_per_certificate_in_order(qtbot: QtBot, services: Services,
                                                       tmp_path: Path) -> None:
    certificates = issue(services, completed(services))
    target = tmp_path / "batch.pdf"
    seen: list[tuple[int, int]] = []
    assert write_certificates(target, certificates, "vi", session_label="Lớp tối 20/11/2026",
                              progress=lambda done, total: seen.append((done, total)))
    pages = pdf_pages(target)
    assert len(pages) == 3
    for page, certificate in zip(pages, certificates, strict=True):
        assert certificate.payload.learner_name in page and certificate.code in page
        assert "Lớp tối 20/11/2026" in page
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_stopping_a_batch_leaves_no_file(qtbot: QtBot, services: Services,
                                         tmp_path: Path) -> None:
    certificates = issue(services, completed(services))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "batch.pdf"
    pages: list[int] = []
    assert not write_certificates(target, certificates, "vi",
                                  progress=lambda done, total: pages.append(done),
                                  should_stop=lambda: len(pages) >= 1)
    assert pages == [1]
    assert list(out.iterdir()) == []


def test_the_printed_qr_code_reads_back_and_verifies(qtbot: QtBot, services: Services) -> None:
    certificate, = issue(services, completed(services, NAMES[:1]))
    own = load_or_create_device_key(services.paths).public_key()
    buffer = io.BytesIO()
    segno.make(certificate.qr_text(), error="m", micro=False).save(buffer, kind="png",
                                                                  scale=4, border=4)
    for image in (QImage.fromData(buffer.getvalue(), "PNG"), page_image(certificate, "vi")):
        # zxing-cpp's own QImage conversion does not run on PySide6 6.12: give it grey.
        found = zxingcpp.read_barcodes(image.convertToFormat(QImage.Format.Format_Grayscale8))
        assert len(found) == 1
        result = verify_text(services.store, own, found[0].text)
        assert result.valid and result.payload is not None
        assert result.payload.learner_name == NAMES[0]


def test_printing_gives_back_what_pyside_takes_from_none(qtbot: QtBot, services: Services,
                                                        tmp_path: Path) -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on most calls returning
    nothing, about forty a page; a session's batch of a few hundred pages would abort the
    interpreter unless the writer gives them back."""
    import sys

    certificate, = issue(services, completed(services, NAMES[:1]))
    before = sys.getrefcount(None)
    assert write_certificates(tmp_path / "many.pdf", [certificate] * 20, "vi")
    assert sys.getrefcount(None) >= before - 10
    assert len(PdfReader(tmp_path / "many.pdf").pages) == 20


# --- the tab -----------------------------------------------------------------------------

def select_rows(qtbot: QtBot, table: QTableWidget, names: set[str]) -> None:
    """Ctrl-click each wanted row, as a person picks several lines."""
    table.clearSelection()
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item.text() in names:
            rect = table.visualItemRect(item)
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.ControlModifier, rect.center())


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(path), "PDF files (*.pdf)"))


def test_issue_print_and_check_from_the_tab(qtbot: QtBot, services: Services,
                                            monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    learner_ids = completed(services, NAMES[:2])
    services.learners.create("Phạm Văn Bình")  # has not started: never listed
    window = open_window(qtbot, services)
    unlock(qtbot, window, monkeypatch)
    screen = window.trainer_screen
    tab = screen.certificates
    screen.tabs.setCurrentWidget(tab)
    tab.course_combo.setCurrentIndex(tab.course_combo.findData("sample-course"))
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert sorted(names) == sorted(NAMES[:2])
    assert tab.summary.text() == "Completed: 2 · certificates issued: 0"

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: warnings.append(text))
    save_to(monkeypatch, tmp_path / "one.pdf")
    select_rows(qtbot, tab.table, {NAMES[0]})
    click(qtbot, tab.print_selected_button)  # no issuing unit yet
    assert warnings == ["Type the issuing unit first: it is printed on every certificate."]
    assert rows.all_certificates(services.store) == []

    type_into(qtbot, tab.unit_edit, UNIT)
    select_rows(qtbot, tab.table, {NAMES[0]})
    click(qtbot, tab.print_selected_button)
    qtbot.waitUntil(lambda: tab.task is None and (tmp_path / "one.pdf").exists())
    assert services.settings.get("issuing_unit") == UNIT
    issued = rows.all_certificates(services.store)
    assert [row.learner_id for row in issued] == [learner_ids[0]]
    code = issued[0].code
    assert tab.status.text() == f"Saved 1 certificate(s) to {tmp_path / 'one.pdf'}"
    text, = pdf_pages(tmp_path / "one.pdf")
    assert NAMES[0] in text and code in text
    row = names.index(NAMES[0])
    assert tab.table.item(row, 4).text() == code
    assert tab.summary.text() == "Completed: 2 · certificates issued: 1"

    seen: list[VerifyDialog] = []

    def check(dialog: VerifyDialog) -> int:
        seen.append(dialog)
        type_into(qtbot, dialog.input, code.lower())
        click(qtbot, dialog.check_button)
        return 0

    monkeypatch.setattr(VerifyDialog, "exec", check)
    click(qtbot, tab.check_button)
    dialog = seen[0]
    assert dialog.verdict.text() == "✔ Valid"
    assert dialog.explanation.text() == "This certificate is genuine and unchanged."
    assert dialog.icon.pixmap() is not None and not dialog.icon.pixmap().isNull()
    assert dialog._detail_labels["name"].text() == NAMES[0]
    assert dialog._detail_labels["unit"].text() == UNIT
    assert warnings == ["Type the issuing unit first: it is printed on every certificate."]


def test_printing_everyone_can_be_cancelled_and_reprinting_keeps_the_codes(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    completed(services)
    services.settings.set("issuing_unit", UNIT)
    tab = CertificatesTab(services, Trainer("t", "Đặng Thu Hà"))
    qtbot.addWidget(tab)
    tab.show()
    tab.course_combo.setCurrentIndex(tab.course_combo.findData("sample-course"))
    cancelled = Event()
    real = certificate_pdf.write_certificates

    def slow_write(*args, progress, **kwargs):  # type: ignore[no-untyped-def]
        def held(done: int, total: int) -> None:
            progress(done, total)
            cancelled.wait(5)  # until the test has pressed Cancel

        return real(*args, progress=held, **kwargs)

    monkeypatch.setattr(certificates_tab, "write_certificates", slow_write)
    out = tmp_path / "out"
    out.mkdir()
    save_to(monkeypatch, out / "all.pdf")
    click(qtbot, tab.print_all_button)
    qtbot.waitUntil(lambda: tab.progress.value() == 1)
    assert tab.progress.isVisible() and tab.cancel_button.isVisible()
    assert not tab.print_all_button.isEnabled()
    click(qtbot, tab.cancel_button)
    cancelled.set()
    qtbot.waitUntil(lambda: tab.task is None)
    assert tab.status.text().startswith("Printing cancelled; no file was saved.")
    assert list(out.iterdir()) == []
    assert not tab.progress.isVisible()
    codes = {row.code for row in rows.all_certificates(services.store)}
    assert len(codes) == 3

    monkeypatch.setattr(certificates_tab, "write_certificates", real)
    click(qtbot, tab.print_all_button)
    qtbot.waitUntil(lambda: tab.task is None and (out / "all.pdf").exists())
    pages = pdf_pages(out / "all.pdf")
    assert len(pages) == 3
    assert {row.code for row in rows.all_certificates(services.store)} == codes
    assert all(any(code in page for page in pages) for code in codes)


def test_a_session_prints_only_those_who_completed(qtbot: QtBot, services: Services,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    trainer = Trainer("t", "Đặng Thu Hà")
    session = services.sessions.create("sample-course", "Lớp tối nhà văn hóa", "Phú Thọ",
                                       "Xã Tân Lập", "Bản Mường", "2026-11-20", trainer)
    done = services.sessions.register_new(session, "Lò Thị Mai", 1962)
    waiting = services.sessions.register_new(session, "Sầm Văn Pó", 1958)
    learn_and_pass(services, done)
    other, = completed(services, ("Người Khác",))  # completed, but not in this session
    services.settings.set("issuing_unit", UNIT)
    tab = CertificatesTab(services, trainer)
    qtbot.addWidget(tab)
    tab.show()
    tab.course_combo.setCurrentIndex(tab.course_combo.findData("sample-course"))
    tab.session_combo.setCurrentIndex(tab.session_combo.findData(session.id))
    assert "Lớp tối nhà văn hóa" in tab.session_combo.currentText()
    shown = {tab.table.item(r, 0).text(): tab.table.item(r, 2).text()
             for r in range(tab.table.rowCount())}
    assert set(shown) == {"Lò Thị Mai", "Sầm Văn Pó"}
    assert shown["Sầm Văn Pó"] == "Not completed yet"

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: warnings.append(text))
    save_to(monkeypatch, tmp_path / "session.pdf")
    select_rows(qtbot, tab.table, {"Sầm Văn Pó"})
    click(qtbot, tab.print_selected_button)
    assert warnings == ["Not completed yet, so no certificate: Sầm Văn Pó"]
    assert rows.all_certificates(services.store) == []
    assert not (tmp_path / "session.pdf").exists()

    click(qtbot, tab.print_all_button)
    qtbot.waitUntil(lambda: tab.task is None and (tmp_path / "session.pdf").exists())
    pages = pdf_pages(tmp_path / "session.pdf")
    assert len(pages) == 1 and "Lò Thị Mai" in pages[0]
    assert "Lớp tối nhà văn hóa" in pages[0]
    assert [row.learner_id for row in rows.all_certificates(services.store)] == [done]
    assert rows.for_learner(services.store, waiting, "sample-course") is None
    assert rows.for_learner(services.store, other, "sample-course") is None


def test_learners_can_check_a_certificate_from_the_file_menu(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    certificate, = issue(services, completed(services, NAMES[:1]))
    window = open_window(qtbot, services)
    verdicts: list[str] = []

    def check(dialog: VerifyDialog) -> int:
        dialog.input.setPlainText(certificate.qr_text()[:-6] + "AAAAAA")  # pasted, damaged
        click(qtbot, dialog.check_button)
        verdicts.append(dialog.verdict.text())
        dialog.input.setPlainText("not a code")
        click(qtbot, dialog.check_button)
        verdicts.append(dialog.verdict.text())
        assert not dialog.details_box.isVisibleTo(dialog)
        return 0

    monkeypatch.setattr(VerifyDialog, "exec", check)
    assert window.verify_action in window.menuBar().actions()[0].menu().actions()
    window.verify_action.trigger()
    assert verdicts == ["✘ Not valid", "? Not a certificate"]


def test_spaces_stay_spaces_in_pdf_text(qtbot: QtBot) -> None:
    """Qt gives a font without a tab the space glyph for U+0009, so PDFs said "tab" for every
    space; the bundled font is registered with a glyph of its own for the tab."""
    from PySide6.QtGui import QRawFont

    from dtlearn.ui.font_cmap import give_tab_its_own_glyph
    from dtlearn.ui.fonts import bundled_font, fonts_dir

    tab, space = QRawFont.fromFont(bundled_font(12)).glyphIndexesForString("\t ")
    assert tab != space
    original = (fonts_dir() / "NotoSans-Regular.ttf").read_bytes()
    fixed = give_tab_its_own_glyph(original)
    assert len(fixed) == len(original)
    assert sum(a != b for a, b in zip(fixed, original, strict=True)) <= 8
    assert give_tab_its_own_glyph(fixed) == fixed  # a tab is mapped now: left alone
    assert give_tab_its_own_glyph(b"not a font") == b"not a font"
