"""Start the window: application, style, services, main window."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from dtlearn.errors import UserError
from dtlearn.paths import Paths
from dtlearn.services.context import Services
from dtlearn.ui.database_care import WindowHost, open_services
from dtlearn.ui.errors import install_excepthook
from dtlearn.ui.fonts import load_bundled_fonts
from dtlearn.ui.main_window import MainWindow
from dtlearn.ui.style import apply_style
from dtlearn.ui.texts import problem_text
from dtlearn.ui.translate import tr

KEY_DELAY_MS = 300
# bench/build.py times a frozen start, and a frozen app cannot be handed a probe script.
BENCH_QUIT_WHEN_IDLE = "DTLEARN_BENCH_QUIT_WHEN_IDLE"


def ensure_device_key(paths: Paths) -> None:
    from dtlearn.sync.keys import load_or_create_device_key

    try:
        load_or_create_device_key(paths)
    except UserError as error:  # a read-only data folder: bundles will say so when used
        logging.getLogger(__name__).warning("no device key: %s", error)


def choose_language(services: Services) -> None:
    """Install the chosen language; on first start, ask (defaulting from the OS locale)."""
    from dtlearn.ui.i18n import default_language, install_language

    settings = services.settings
    if not settings.get("language_chosen"):
        from dtlearn.ui.dialogs.language_dialog import LanguageDialog

        dialog = LanguageDialog(default_language())
        dialog.exec()
        settings.set("language", dialog.language)
        settings.set("language_chosen", True)
    install_language(settings.get("language"))


def quit_when_idle(app: QApplication, window: MainWindow) -> None:
    """With DTLEARN_BENCH_QUIT_WHEN_IDLE=1, quit once the queue is empty: exit 0 if the
    catalog is showing, 3 if another screen is (so a benchmark never times the wrong thing).
    The moment it became idle is printed as ``idle <CLOCK_MONOTONIC seconds>``, so the
    benchmark times the start itself, not the closing down after it."""
    import time

    from dtlearn.ui.screens.catalog import CatalogScreen

    app.processEvents()
    print(f"idle {time.monotonic():.6f}", flush=True)
    app.exit(0 if isinstance(window.stack.currentWidget(), CatalogScreen) else 3)


def run_gui(paths: Paths, argv: Sequence[str]) -> int:
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("dtlearn")
    app.setApplicationDisplayName("dtlearn")
    notes: list[str] = []  # what recovering a damaged database did, for the status bar
    try:
        services = open_services(paths, notes)
    except UserError as error:
        # No settings to read the chosen language from: use the computer's.
        from PySide6.QtWidgets import QMessageBox

        from dtlearn.ui.i18n import default_language, install_language

        install_language(default_language())
        QMessageBox.critical(None, tr("dtlearn cannot start"), problem_text(error))
        return 1
    if services is None:  # the database is damaged and the person chose to quit
        return 1
    # The first screen shows the courses as last checked; the host looks for changed course
    # files once the window is up (walking every course folder grows with their number).
    services.catalog.start_from_cache()
    apply_style(app, services.settings.get("text_scale"), services.settings.get("high_contrast"))
    choose_language(services)
    install_excepthook(paths.log_dir)
    # The host shows the window, takes the day's backup in the background once it is up,
    # and rebuilds window and services after a restore.
    host = WindowHost(paths, services)
    window: MainWindow = host.window
    window.show()
    host.start(notes)
    # The signing key is made on first start, once the window is up: it is not needed to
    # show the first screen, and cryptography's import would slow every start.
    QTimer.singleShot(KEY_DELAY_MS, lambda: ensure_device_key(paths))
    QTimer.singleShot(KEY_DELAY_MS, load_bundled_fonts)  # the faces start-up left out
    if os.environ.get(BENCH_QUIT_WHEN_IDLE) == "1":
        QTimer.singleShot(0, lambda: quit_when_idle(app, window))
    try:
        return app.exec()
    finally:
        host.close()
