"""Every screen and main dialog of dtlearn, filled with realistic data, one after another.

    from .screens import walk_screens

    def test_something(qtbot, services):
        for name, widget in walk_screens(qtbot, services):
            ...  # read its texts, save a picture, check its accessibility

The walk makes what a real day makes: learners on the computer, one who read the lessons and
took the quiz (some answers right, one partly, one wrong) and got a certificate, a search,
a trainer account with a PIN, a group session with people registered and present, and a
roster to import. It then shows each screen in the main window at 1366×768 (the smallest
screen we support) and opens each dialog beside it.

- ``name`` is stable and fit for a file name: "catalog", "quiz-matching", "trainer-roster",
  "dialog-sync". ``widget`` is the top-level window to look at: the main window (menus and
  status bar included) for a screen, the dialog itself for a dialog.
- A pair is valid only until the loop asks for the next one: the walk then moves on and
  closes the dialog it showed. Stopping the loop early is fine.
- The interface shows whatever language is installed (``ui.i18n.install_language``); the
  course content follows ``services.settings`` "language", so set both alike.
- Pass a set as ``content`` to receive every text the walk typed or made: names, places, the
  session title, the certificate code, the roster's file name and cells, the search hits. A
  screen showing those shows data, not interface words.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from dtlearn.core.questions import Kind, Question, Response
from dtlearn.reports.certificates import CertificateIssuer
from dtlearn.services.context import Services
from dtlearn.services.group_quiz import GroupQuiz, Participant
from dtlearn.sync.keys import load_or_create_device_key
from dtlearn.ui.main_window import MainWindow
from dtlearn.ui.style import apply_style

from ..test_services import right_response

SIZE = (1366, 768)
COURSE = "sample-course"
SEARCH = "mã OTP"
PIN = "480913"
TRAINER = "Đặng Thu Hà"
UNIT = "Đoàn Thanh niên xã Tân Lập, tỉnh Phú Thọ"
# The learner who takes the course, then others already on the computer.
LEARNER = ("Nguyễn Thị Hồng Nhung", "Hội Phụ nữ xã Tân Lập", "Xã Tân Lập", "Phú Thọ")
OTHERS = (("Lò Văn Pó", "", "Xã Tân Lập", "Phú Thọ"),
          ("Hoàng Thị Ánh Tuyết", "UBND xã Tân Lập", "Xã Tân Lập", "Phú Thọ"))
NEWCOMER = ("Vi Thị Mỵ", 1962, "female", "0912 345 678", "Thôn Đồng Tâm")
SESSION = ("Lớp tối nhà văn hóa", "Phú Thọ", "Xã Tân Lập", "Thôn Đồng Tâm", "2026-11-22")
ROSTER = ("Họ và tên;Năm sinh;Giới tính;Số điện thoại;Thôn\n"
          "Hà Văn Thắng;1958;Nam;0987 654 321;Thôn Đồng Tâm\n"
          "Bùi Thị Thu;1971;Nữ;;Thôn Đồng Tâm\n"
          "Triệu Văn Sinh;19x0;Nam;;Thôn Gò Chè\n")


def walk_screens(qtbot: QtBot, services: Services,
                 content: set[str] | None = None) -> Iterator[tuple[str, QWidget]]:
    """Yield (name, window) for each screen and dialog in turn; see the module's notes."""
    made = content if content is not None else set()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = app.font(), app.palette(), app.styleSheet()
    settings = services.settings
    apply_style(app, settings.get("text_scale"), settings.get("high_contrast"))
    try:
        yield from _walk(qtbot, services, made)
    finally:
        app.setFont(saved[0])
        app.setPalette(saved[1])
        app.setStyleSheet(saved[2])


def _walk(qtbot: QtBot, services: Services, made: set[str]) -> Iterator[tuple[str, QWidget]]:
    from dtlearn.ui.dialogs.language_dialog import LanguageDialog

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    yield from _dialog(qtbot, "dialog-language", LanguageDialog("vi", window))
    yield _settle(qtbot, "learners-first-start", window)

    learner = services.learners.create(*LEARNER)
    for other in OTHERS:
        services.learners.create(*other)
    made.update(part for person in (LEARNER, *OTHERS) for part in person if part)
    window.show_learners()
    yield _settle(qtbot, "learners", window)

    window.choose_learner(learner.id)
    qtbot.waitUntil(lambda: window.catalog.complete)
    yield _settle(qtbot, "catalog", window)
    window.open_course(COURSE)
    yield _settle(qtbot, "course", window)
    course = window.course
    assert course is not None
    window.open_lesson(course.lessons[0].id)
    yield _settle(qtbot, "lesson", window)
    window.open_lesson(course.lessons[-1].id)
    yield _settle(qtbot, "lesson-last", window)
    for lesson in course.lessons:
        services.progress.lesson_completed(learner.id, course, lesson.id,
                                           settings_language(services))

    yield from _quiz(qtbot, window)
    window.show_course()
    yield _settle(qtbot, "course-after-quiz", window)
    window.show_search(SEARCH)
    made.update(text for hit in window.search_screen.hits for text in (hit.title, hit.snippet))
    yield _settle(qtbot, "search", window)
    window.show_search("xyzzy plugh")
    yield _settle(qtbot, "search-nothing-found", window)

    issuer = CertificateIssuer(services.store, load_or_create_device_key(services.paths), UNIT)
    certificate, = issuer.issue_many([(learner.id, course)]).certificates
    services.settings.set("issuing_unit", UNIT)
    made.update((UNIT, certificate.code))
    yield from _learner_dialogs(qtbot, services, window, certificate.code)
    yield from _trainer(qtbot, services, window, learner.id, made)


def settings_language(services: Services) -> str:
    return str(services.settings.get("language"))


def _settle(qtbot: QtBot, name: str, widget: QWidget) -> tuple[str, QWidget]:
    """Let layouts, deferred deletions and queued work finish before anyone looks."""
    QApplication.processEvents()
    qtbot.wait(20)
    return name, widget


def _dialog(qtbot: QtBot, name: str, dialog: QDialog) -> Iterator[tuple[str, QWidget]]:
    """Show a dialog as ``exec`` would (without blocking), offer it, then close it."""
    dialog.show()
    qtbot.waitExposed(dialog)
    yield _settle(qtbot, name, dialog)
    dialog.done(QDialog.DialogCode.Rejected)
    dialog.deleteLater()


def _answer(question: Question, number: int) -> Response:
    """Mostly right, so the learner passes; one multiple choice half right and one true or
    false wrong, so the review shows all three verdicts."""
    right = right_response(question)
    if question.kind is Kind.NUMERICAL:
        return f"{question.numeric[0].low:g}"  # "12", as a person types it
    if question.kind is Kind.MULTIPLE and isinstance(right, list):
        return right[:1]
    if question.kind is Kind.TRUE_FALSE and number == 1 and isinstance(right, int):
        return 1 - right
    return right


def _quiz(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    window.start_quiz()
    session = window.quiz.session
    assert session is not None
    kinds = [item.question.kind for item in session.questions]
    for kind in Kind:  # each kind once, unanswered, in a fixed order
        if kind in kinds:
            session.go_to(kinds.index(kind))
            window.quiz._show()
            yield _settle(qtbot, f"quiz-{kind.value}", window)
    true_false = 0
    for index, item in enumerate(session.questions):
        session.go_to(index)
        true_false += item.question.kind is Kind.TRUE_FALSE
        session.answer(_answer(item.question, true_false))
    window.quiz._show()
    yield _settle(qtbot, "quiz-last-question", window)
    window.show_result(session.finish())
    window.quiz.session = None
    yield _settle(qtbot, "results", window)


def _learner_dialogs(qtbot: QtBot, services: Services, window: MainWindow,
                     code: str) -> Iterator[tuple[str, QWidget]]:
    from dtlearn.ui.dialogs.sync_dialog import SyncDialog
    from dtlearn.ui.dialogs.verify_dialog import VerifyDialog

    yield from _dialog(qtbot, "dialog-sync", SyncDialog(services, window))
    yield from _dialog(qtbot, "dialog-verify", VerifyDialog(services, window, code))
    yield from _install_pack(qtbot, services, window)
    yield from _backups(qtbot, services, window)


def _trainer(qtbot: QtBot, services: Services, window: MainWindow, learner_id: str,
             made: set[str]) -> Iterator[tuple[str, QWidget]]:
    from dtlearn.ui.dialogs.learner_dialog import LearnerDialog
    from dtlearn.ui.dialogs.new_session_dialog import NewSessionDialog
    from dtlearn.ui.dialogs.pin_dialog import PinDialog
    from dtlearn.ui.trainer.roster_tab import DemoDialog

    first = PinDialog(services.trainers, window)
    yield from _dialog(qtbot, "dialog-pin-first-trainer", first)
    trainer = services.trainers.create(TRAINER, PIN)
    made.add(TRAINER)
    door = PinDialog(services.trainers, window)
    door.show()
    qtbot.waitExposed(door)
    yield _settle(qtbot, "dialog-pin", door)
    door.pin_edit.setText(PIN)
    door.try_accept()
    assert door.trainer is not None and door.trainer.id == trainer.id
    door.deleteLater()

    session = services.sessions.create("sample-course", *SESSION[:4], SESSION[4], trainer)
    made.update(part for part in SESSION if part)
    services.sessions.register_existing(session, learner_id)
    newcomer = services.sessions.register_new(session, *NEWCOMER)
    made.update((NEWCOMER[0], NEWCOMER[3], NEWCOMER[4]))
    for attendee in (learner_id, newcomer):
        services.sessions.set_attended(session, attendee, True)

    window.show_trainer(trainer)
    screen = window.trainer_screen
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        tab = screen.tabs.widget(index)
        assert tab is not None
        name = f"trainer-{_slug(tab, 'Tab')}"
        yield _settle(qtbot, name, window)
        for inner in tab.findChildren(QTabWidget):  # a tab with pages of its own: each page
            for page in range(1, inner.count()):
                inner.setCurrentIndex(page)
                yield _settle(qtbot, f"{name}-{_slug(inner.widget(page), 'Page')}", window)
            inner.setCurrentIndex(0)

    yield from _dialog(qtbot, "dialog-new-session", NewSessionDialog(services, trainer, window))
    person = services.learners.get(learner_id)
    assert person is not None
    yield from _dialog(qtbot, "dialog-edit-learner",
                       LearnerDialog(services.learners, person, window))
    yield from _dialog(qtbot, "dialog-demo-data", DemoDialog(window))
    yield from _roster_import(qtbot, services, window, made)
    yield from _group_quiz(qtbot, services, window, session.id)

    window.start_handover(session.id)
    yield _settle(qtbot, "handover", window)
    window.end_handover()


def _slug(widget: QWidget | None, suffix: str) -> str:
    """RosterTab -> "roster", TranscriptPage -> "transcript": a name that stays put."""
    return type(widget).__name__.removesuffix(suffix).lower()


def _install_pack(qtbot: QtBot, services: Services,
                  window: QWidget) -> Iterator[tuple[str, QWidget]]:
    """File → Install a course pack, given a file that is not one: the refusal in words."""
    from dtlearn.ui.dialogs.install_pack_dialog import InstallPackDialog

    folder = services.paths.data_dir.parent / "walk"
    folder.mkdir(exist_ok=True)
    pack = folder / "ky-nang-so.dtcourse"
    pack.write_bytes(b"not a zip file at all")
    dialog = InstallPackDialog(services, pack, window)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.busy)
    yield from _dialog(qtbot, "dialog-install-pack", dialog)


def _backups(qtbot: QtBot, services: Services,
             window: QWidget) -> Iterator[tuple[str, QWidget]]:
    """File → Backups with a daily and a hand-made backup, and the message a damaged
    database would bring at start (offering the newest backup)."""
    from dtlearn.store.backup import Reason
    from dtlearn.ui.dialogs.backups_dialog import BackupsDialog, DamagedDialog

    services.backups.daily_if_due()
    newest = services.backups.backup(Reason.MANUAL)
    yield from _dialog(qtbot, "dialog-backups", BackupsDialog(services.backups, window))
    yield from _dialog(qtbot, "dialog-database-damaged", DamagedDialog(newest, window))


def _roster_import(qtbot: QtBot, services: Services, window: QWidget,
                   made: set[str]) -> Iterator[tuple[str, QWidget]]:
    from dtlearn.ui.dialogs.roster_import_dialog import RosterImportDialog

    folder = services.paths.data_dir.parent / "walk"
    folder.mkdir(exist_ok=True)
    path = Path(folder / "danh-sach-hoc-vien.csv")
    path.write_text(ROSTER, encoding="utf-8")
    made.add(str(path))
    made.update(cell for line in ROSTER.splitlines() for cell in line.split(";") if cell)
    dialog = RosterImportDialog(services.paths, window)
    dialog.show()
    # As on a 1366×768 screen (the test screen is smaller): what the dialog asks for there.
    dialog.resize(min(1200, SIZE[0] - 40), min(760, SIZE[1] - 40))
    qtbot.waitExposed(dialog)
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.roster is not None)
    dialog.start_check()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.check is not None)
    yield from _dialog(qtbot, "dialog-roster-import", dialog)


def _group_quiz(qtbot: QtBot, services: Services, window: QWidget,
                session_id: str) -> Iterator[tuple[str, QWidget]]:
    from dtlearn.ui.trainer.group_quiz_dialog import GroupQuizDialog

    session = services.sessions.get(session_id)
    course = services.catalog.course(COURSE)
    assert session is not None and course is not None
    present = [Participant(p.learner_id, p.name)
               for p in services.sessions.attendees(session) if p.attended]
    quiz = GroupQuiz(services.quiz, course, present, settings_language(services), session_id)
    dialog = GroupQuizDialog(quiz, window)
    yield from _dialog(qtbot, "dialog-group-quiz", dialog)

