"""The interface in Vietnamese, checked on every screen: no English left over, every message
translated with its placeholders, English complete, the language switched live, numbers and
dates in the Vietnamese style, and course content that says when it falls back."""

from __future__ import annotations

import html
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dtlearn.services.context import Services
from dtlearn.ui import i18n

from .conftest import TS_DIR
from .screens import COURSE, walk_screens

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
ACCELERATOR = re.compile(r"&(?!&)")
URL = re.compile(r"[a-z]+://\S+")  # an example address: the same in every language
MAX_ROWS = 40  # rows of a list or table read; the rest repeat the same columns


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            assert element is not None
            messages.append(Message(name, message.findtext("source") or "",
                                    element.text or "",
                                    element.get("type") not in ("unfinished", "obsolete",
                                                                "vanished")))
    return messages


@pytest.fixture
def vietnamese(languages: None, services: Services) -> None:
    services.settings.set("language", "vi")
    assert i18n.install_language("vi")


# --- what the catalogue says ----------------------------------------------------------------

def plain(text: str) -> str:
    return ACCELERATOR.sub("", unicodedata.normalize("NFC", text)).strip()


@cache
def vietnamese_words() -> tuple[frozenset[str], re.Pattern[str], frozenset[str]]:
    """Exact translations, one pattern for those with placeholders (any text fills a
    placeholder), and the English sources whose translation differs from them."""
    messages = read_ts(TS_DIR / "dtlearn_vi.ts")
    exact = frozenset(plain(m.translation) for m in messages if m.translation)
    templates = sorted({plain(m.translation) for m in messages
                        if PLACEHOLDER.search(m.translation)}, key=len, reverse=True)
    pattern = re.compile("|".join("(?:.+?)".join(map(re.escape, PLACEHOLDER.split(template)))
                                  for template in templates), re.S)
    english = frozenset(plain(m.source) for m in messages
                        if plain(m.source) != plain(m.translation))
    return exact, pattern, english


def unexplained(text: str, content: list[str]) -> str:
    """What is left of ``text`` once translations and content are taken out: "" if it is
    all Vietnamese interface words, course content, or data the walk typed."""
    exact, pattern, english = vietnamese_words()
    text = plain(text)
    if text in english:
        return text
    if text in exact or pattern.fullmatch(text):
        return ""
    rest = text
    for fragment in content:  # longest first
        rest = rest.replace(fragment, "\n")
    left = []
    for piece in rest.split("\n"):
        bare = piece.strip(" \t\u00a0\ufffc—–-·:;,.()[]“”\"'→←/")
        if not any(char.isalpha() for char in bare) or URL.fullmatch(bare):
            continue
        if bare in exact or pattern.fullmatch(bare) or pattern.fullmatch(piece.strip()):
            continue
        for fragment in sorted(exact, key=len, reverse=True):  # sentences joined in one text
            if len(fragment) > 1 and fragment in piece:
                piece = piece.replace(fragment, "\n")
        if any(char.isalpha() for char in piece):
            left.append(bare)
    return " | ".join(left)


def course_content(services: Services, language: str) -> set[str]:
    """Every text of the course as shown in ``language``: titles, lessons, questions."""
    course = services.catalog.course(COURSE)
    assert course is not None
    found = {course.title_in(language), course.description_in(language)}
    document = QTextDocument()
    for lesson in course.lessons:
        found.add(lesson.title(language))
        rendered, _ = services.catalog.lesson_html(lesson, language)
        document.setHtml(rendered)
        found.update(document.toPlainText().splitlines())
    questions, _ = services.catalog.quiz(course, language)
    for question in questions:
        document.setHtml(question.text if question.text_format == "html"
                         else html.escape(question.text))
        found.update((question.text, document.toPlainText(), question.general_feedback))
        for choice in question.choices:
            found.update((choice.text, choice.feedback))
        for pair in question.pairs:
            found.update((pair.left, pair.right))
        found.update(question.match_options)
    return found


# --- what a screen shows --------------------------------------------------------------------

def label_text(label: QLabel) -> str:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui_Qt.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_texts(action.menu())  # type: ignore[arg-type]
        elif not action.isSeparator():
            yield action.text()


def item_view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    rows = min(model.rowCount(root), MAX_ROWS)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    display = Qt.ItemDataRole.DisplayRole
    if isinstance(view, QTableView):
        for header, orientation, count in (
                (view.horizontalHeader(), Qt.Orientation.Horizontal, columns),
                (view.verticalHeader(), Qt.Orientation.Vertical, rows)):
            if header.isVisibleTo(view):
                for section in range(count):
                    value = model.headerData(section, orientation, display)
                    if isinstance(value, str):
                        yield value
    for row in range(rows):
        for column in range(columns):
            value = model.data(model.index(row, column, root), display)
            if isinstance(value, str):
                yield value


def widget_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel):
        yield label_text(widget)
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(index) for index in range(widget.count()))
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(index) for index in range(widget.count()))
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        yield widget.placeholderText()
    elif isinstance(widget, QTextEdit):
        yield widget.placeholderText()
        yield from widget.toPlainText().splitlines()
    if isinstance(widget, QAbstractItemView):
        yield from item_view_texts(widget)
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.toolTip()


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) for every piece of text a person can see or hear on ``window``:
    labels, buttons, titles, tabs, list and table cells and headers, placeholders, menus,
    accessible names and tooltips."""
    found = [("window title", window.windowTitle())]
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.menu() is not None:
                found += [("menu", text) for text in menu_texts(action.menu())]  # type: ignore[arg-type]
    for widget in window.findChildren(QWidget):
        if widget.isVisibleTo(window) and not widget.objectName().startswith("qt_"):
            found += [(type(widget).__name__, text) for text in widget_texts(widget)]
    return [(kind, text) for kind, text in found if text.strip()]


def untranslated(window: QWidget, content: set[str]) -> list[str]:
    fragments = sorted((plain(text) for text in content if len(plain(text)) > 1),
                       key=len, reverse=True)
    problems = []
    for kind, text in visible_texts(window):
        left = unexplained(text, fragments)
        if left:
            problems.append(f"{kind}: {text!r} (not Vietnamese: {left!r})")
    return problems


# --- the tests ------------------------------------------------------------------------------

def test_every_screen_shows_only_vietnamese(qtbot: QtBot, services: Services,
                                            vietnamese: None) -> None:
    made: set[str] = set()
    problems: dict[str, list[str]] = {}
    names = []
    for name, window in walk_screens(qtbot, services, made):
        names.append(name)
        found = untranslated(window, made | course_content(services, "vi"))
        if found:
            problems[name] = found
    assert len(names) >= 25 and {"catalog", "results", "trainer-certificates"} <= set(names)
    assert not problems, "\n".join(f"{name}:\n  " + "\n  ".join(found)
                                   for name, found in problems.items())


def test_every_vietnamese_message_is_finished_and_keeps_its_placeholders() -> None:
    messages = read_ts(TS_DIR / "dtlearn_vi.ts")
    assert len(messages) > 400
    problems = []
    for message in messages:
        where = f"{message.context or '(no context)'}: {message.source!r}"
        if not message.finished or not message.translation.strip():
            problems.append(f"{where} is not translated")
            continue
        if sorted(PLACEHOLDER.findall(message.translation)) != sorted(
                PLACEHOLDER.findall(message.source)):
            problems.append(f"{where} has placeholders {PLACEHOLDER.findall(message.source)} "
                            f"but its translation {message.translation!r} does not")
        if unicodedata.normalize("NFC", message.translation) != message.translation:
            problems.append(f"{where}: translation is not NFC")
        if message.source.count("&") - message.source.count("&&") and "&" not in \
                message.translation:
            problems.append(f"{where}: translation lost its keyboard accelerator (&)")
    assert not problems, "\n".join(problems)


def test_vietnamese_menus_have_one_accelerator_letter_each(
        qtbot: QtBot, services: Services, vietnamese: None) -> None:
    from dtlearn.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    menus = [window.menuBar()] + [action.menu() for action in window.menuBar().actions()
                                  if action.menu() is not None]
    for menu in menus:
        keys = [match.group(1).lower() for action in menu.actions()  # type: ignore[union-attr]
                if (match := re.search(r"&([^&])", action.text()))]
        assert len(keys) == len(set(keys)), f"{keys} in {menu.title()!r}"  # type: ignore[union-attr]
        assert all(key.isascii() for key in keys), keys  # typed with Alt on any keyboard


def test_english_is_complete() -> None:
    messages = read_ts(TS_DIR / "dtlearn_en.ts")
    vietnamese = read_ts(TS_DIR / "dtlearn_vi.ts")
    assert {(m.context, m.source) for m in messages} == {(m.context, m.source)
                                                         for m in vietnamese}
    problems = [f"{m.context}: {m.source!r}" for m in messages
                if not m.finished or not m.translation.strip()
                or sorted(PLACEHOLDER.findall(m.translation))
                != sorted(PLACEHOLDER.findall(m.source))]
    assert not problems, "not finished in English:\n" + "\n".join(problems)


def test_switching_language_keeps_the_screen(qtbot: QtBot, services: Services,
                                            languages: None) -> None:
    from .test_flow import create_learner, open_window

    services.settings.set("language", "en")
    i18n.install_language("en")
    window = open_window(qtbot, services)
    create_learner(qtbot, window, "Nguyễn Văn An")
    window.open_course(COURSE)
    assert window.course_screen.back_button.text() == "← All courses"

    window.set_language("vi")
    assert window.stack.currentWidget() is window.course_screen
    assert window.course_screen.back_button.text() == "← Tất cả khóa học"
    assert window.menuBar().actions()[0].text() == "&Tệp"
    assert window.course_screen.title.text() == "Khóa học mẫu: Mật khẩu và mã OTP"
    assert untranslated(window, {"Nguyễn Văn An"} | course_content(services, "vi")) == []

    window.set_language("en")
    assert window.stack.currentWidget() is window.course_screen
    assert window.course_screen.back_button.text() == "← All courses"
    assert window.course_screen.title.text() == "Sample course: Passwords and one-time passwords"
    messages = read_ts(TS_DIR / "dtlearn_vi.ts")
    vietnamese_only = ({plain(m.translation) for m in messages}
                       - {plain(m.source) for m in messages})
    shown = {plain(text) for _, text in visible_texts(window)}
    assert not shown & vietnamese_only, "Vietnamese left after switching to English"


def test_numbers_and_dates_follow_the_vietnamese_style(qtbot: QtBot, services: Services,
                                                      vietnamese: None) -> None:
    from dtlearn.ui.texts import date_text, local_time, percent
    from dtlearn.ui.trainer.session_panel import SessionPanel

    assert percent(85.5) == "85,5 %"
    assert percent(70) == "70 %"
    assert date_text(QDate(2026, 3, 2)) == "02/03/2026"  # Qt's own short format: 2/3/26
    assert local_time("2026-11-22T12:00:00.000Z").startswith("22/11/2026 ")
    from PySide6.QtCore import QDateTime, QTimeZone

    utc = QDateTime.fromString("2026-11-22T12:00:00.000Z", "yyyy-MM-ddTHH:mm:ss.zzzZ")
    utc.setTimeZone(QTimeZone.utc())
    local = utc.toLocalTime().time().toString("HH:mm")
    assert local_time("2026-11-22T12:00:00.000+00:00").endswith(local)  # in local time
    assert local_time("2026-11-22T12:00:00.000") == local_time("2026-11-22T12:00:00.000Z")
    assert local_time("not a time") == "not a time"
    assert local_time(None) == "chưa lần nào"
    trainer = services.trainers.create("Đặng Thu Hà", "480913")
    session = services.sessions.create(COURSE, "Lớp tối", "Phú Thọ", "Xã Tân Lập", "",
                                       "2026-11-22", trainer)
    panel = SessionPanel(services)
    qtbot.addWidget(panel)
    panel.show_session(session)
    assert panel.header.text().endswith("· 22/11/2026")


def test_english_percentages_have_no_space(services: Services, languages: None) -> None:
    from dtlearn.ui.texts import percent

    i18n.install_language("en")
    assert percent(85.5) == "85.5%"


def test_a_quiz_without_a_translation_says_it_is_in_vietnamese(
        qtbot: QtBot, services: Services, sample_course_dir: Path) -> None:
    from .test_flow import click, create_learner, open_window

    window = open_window(qtbot, services)
    create_learner(qtbot, window, "Nguyễn Văn An")
    window.open_course(COURSE)
    services.settings.set("language", "en")
    click(qtbot, window.course_screen.quiz_button)
    assert not window.quiz.fallback_label.isVisible()  # there is an English quiz
    window.quiz._leave()

    (sample_course_dir / "quiz.en.gift").unlink()
    services.catalog.refresh()
    window.open_course(COURSE)
    click(qtbot, window.course_screen.quiz_button)
    session = window.quiz.session
    assert session is not None and session.content_language == "vi"
    assert window.quiz.fallback_label.isVisible()
    assert window.quiz.fallback_label.text() == (
        "This quiz is not translated yet; its questions are shown in Vietnamese.")
    assert window.quiz.question_label.text() == session.current.question.text


def test_qt_own_buttons_and_menus_speak_vietnamese(qtbot: QtBot, vietnamese: None) -> None:
    """PySide6 has no Vietnamese catalogue for Qt; ui/qt_words puts Qt's words in ours."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert {button.text() for button in buttons.buttons()} <= {
        "Đồng ý", "Hủy", "Lưu", "Đóng", "Đồn&g ý", "&Hủy", "&Lưu", "Đó&ng"}
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert {button.text() for button in box.buttons()} == {"&Có", "&Không"}
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert menu is not None
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert "&Dán" in texts and "Chọn tất cả" in texts, texts


def test_database_problems_are_said_in_vietnamese(qtbot: QtBot, services: Services,
                                                  vietnamese: None, tmp_path: Path) -> None:
    """The store raises English for the log and a code; the window says it in the
    person's language, with the folder in it, for every code."""
    from dtlearn.errors import DatabaseDamaged, DatabaseUnavailable
    from dtlearn.store.database import WriteBlocked
    from dtlearn.ui.texts import problem_text

    database = tmp_path / "data" / "dtlearn.sqlite3"
    said = {kind: problem_text(DatabaseUnavailable("English words", kind, database))
            for kind in DatabaseUnavailable.KINDS if kind != "other"}
    assert said["read-only"].startswith("Kết quả đang không được lưu")
    assert said["locked"].startswith("Cơ sở dữ liệu kết quả đang được một chương trình khác")
    for kind, text in said.items():
        assert "English" not in text and "{" not in text, kind
        if kind not in ("locked", "damaged"):
            assert str(database.parent) in text, kind
    assert str(database) in problem_text(DatabaseDamaged("English", database))
    assert "ổ đĩa" in problem_text(WriteBlocked("English", "full", database))
    assert problem_text(DatabaseUnavailable("As it came")) == "As it came"
    from dtlearn.store.backup import BackupFailed

    backups = tmp_path / "data" / "backups"
    for kind in BackupFailed.KINDS:
        text = problem_text(BackupFailed("English words", kind, backups / "x.sqlite3"))
        assert ("English" in text) == (kind == "other"), kind
    assert problem_text(BackupFailed("English", "full", backups)).startswith(
        f"Chưa sao lưu được: ổ đĩa chứa {backups} đã đầy.")


def test_refused_results_files_are_explained_in_vietnamese(
        qtbot: QtBot, services: Services, vietnamese: None, tmp_path: Path) -> None:
    from dtlearn.sync.bundle import BundleRefused, import_bundle
    from dtlearn.ui.sync_actions import describe_imports, refusal_text

    empty = tmp_path / "trống.dtsync"
    empty.write_bytes(b"")
    with pytest.raises(BundleRefused) as refused:
        import_bundle(services.store, empty)
    said = describe_imports([(empty, refused.value)])
    assert said == "trống.dtsync: bị từ chối — tệp trống"
    for kind in BundleRefused.KINDS:
        words = refusal_text(BundleRefused(empty, "English words", kind))
        assert words and "English" not in words, kind
