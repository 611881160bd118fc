"""Starting the window: the first screen shows the courses as last checked, and a course
changed on disk while dtlearn was closed shows its new state once the files are compared."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from dtlearn.paths import Paths
from dtlearn.services.context import build_services
from dtlearn.ui.database_care import WindowHost

NEW_TITLE = "Khóa học mẫu đã cập nhật"


def card_title(host: WindowHost) -> str:
    label = host.window.catalog.card("sample-course").findChild(QLabel, "cardTitle")
    assert label is not None
    return label.text()


def test_a_course_changed_while_closed_shows_once_the_files_are_compared(
        qtbot: QtBot, paths: Paths, sample_course_dir: Path) -> None:
    services = build_services(paths)
    services.catalog.entries()
    learner = services.learners.create("Lê Văn Cường", "", "Tân Lập", "Phú Thọ")
    services.settings.set("last_learner", learner.id)
    services.settings.set("language", "vi")
    old_title = services.catalog.course("sample-course").title_in("vi")  # type: ignore[union-attr]
    services.close()
    toml = sample_course_dir / "course.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(old_title, NEW_TITLE),
                    encoding="utf-8")

    services = build_services(paths)
    services.catalog.start_from_cache()
    host = WindowHost(paths, services)
    try:
        host.window.show()
        qtbot.waitExposed(host.window)
        assert host.window.stack.currentWidget() is host.window.catalog
        assert card_title(host) == old_title  # the first paint walks no course folder
        host.start(care_delay_ms=0)
        qtbot.waitUntil(lambda: card_title(host) == NEW_TITLE)
        qtbot.waitUntil(lambda: host.care_task is not None and not host.care_task.running)
    finally:
        host.window.close()
        host.close()


# Modules the first screen does not need; each costs start-up time (more when frozen).
NOT_AT_START = ("sqlite_utils", "markdown", "dtlearn.core.gift", "dtlearn.core.xapi",
                "dtlearn.core.loader", "dtlearn.core.validate", "dtlearn.reports",
                "dtlearn.sync.bundle", "dtlearn.services.trainers", "cryptography", "hashlib",
                "uuid", "unicodedata", "logging.handlers")


def test_starting_to_the_catalog_imports_nothing_it_does_not_show(
        paths: Paths, courses_dir: Path) -> None:
    """A fresh process (as a person starts dtlearn) through the real entry point."""
    services = build_services(paths)
    services.catalog.entries()
    learner = services.learners.create("Lê Văn Cường", "", "Tân Lập", "Phú Thọ")
    services.settings.set("last_learner", learner.id)
    services.settings.set("language_chosen", True)
    services.close()
    script = textwrap.dedent(f"""
        import sys
        from dtlearn.app import main
        status = main(["--data-dir", {str(paths.data_dir)!r},
                       "--courses-dir", {str(courses_dir)!r}])
        loaded = sorted(name for name in sys.modules
                        if name.startswith({NOT_AT_START!r}))
        import PySide6.QtCore
        # Any use of a Qt-namespace enum from Python makes all 93 of them (25 ms).
        print(status, loaded, "Qt" in vars(PySide6.QtCore))
    """)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "DTLEARN_BENCH_QUIT_WHEN_IDLE": "1"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=environment, timeout=60, check=True)
    idle, imported = result.stdout.strip().splitlines()
    assert idle.startswith("idle ")  # the moment benchmarks time the start to
    assert imported == "0 [] False", result.stderr


def test_a_page_s_scroll_area_takes_no_keyboard_focus(qtbot: QtBot) -> None:
    """Set by number through the property system (see widgets/scroll.py): still NoFocus."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from dtlearn.ui.widgets.scroll import page_scroll

    area = page_scroll(QWidget())
    qtbot.addWidget(area)
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
