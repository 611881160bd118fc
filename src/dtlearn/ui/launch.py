"""Start the window: application, style, services, main window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from dtlearn.errors import UserError
from dtlearn.paths import Paths
from dtlearn.services.context import build_services
from dtlearn.ui.errors import install_excepthook
from dtlearn.ui.main_window import MainWindow
from dtlearn.ui.style import apply_style


def run_gui(paths: Paths, argv: Sequence[str]) -> int:
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("dtlearn")
    app.setApplicationDisplayName("dtlearn")
    try:
        services = build_services(paths)
    except UserError as error:
        QMessageBox.critical(None, QCoreApplication.translate("Launch", "dtlearn cannot start"),
                             str(error))
        return 1
    apply_style(app, services.settings.get("text_scale"))
    install_excepthook(paths.log_dir)
    window = MainWindow(services)
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
