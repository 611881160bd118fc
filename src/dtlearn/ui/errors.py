"""One place that shows failures: a plain message for UserError, a crash dialog for bugs."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QWidget

from dtlearn.errors import UserError
from dtlearn.ui.translate import tr

log = logging.getLogger(__name__)


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    from PySide6.QtWidgets import QMessageBox  # message boxes load when needed, not at start

    from dtlearn.ui.texts import problem_text

    QMessageBox.warning(parent, tr("dtlearn"), problem_text(error))


def install_excepthook(log_dir: Path) -> None:
    """Unexpected errors are logged and shown with the log's path, never swallowed."""

    def hook(kind: type[BaseException], error: BaseException,
             tb: TracebackType | None) -> None:
        if isinstance(error, UserError):
            show_user_error(None, error)
            return
        import traceback

        from PySide6.QtWidgets import QMessageBox

        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        QMessageBox.critical(
            None, tr("Something went wrong"),
            tr("dtlearn met an unexpected problem. Your answers so far are saved.\n\n"
               "Please send this log file to your trainer:\n{path}").format(
                path=log_dir / "dtlearn.log"))

    sys.excepthook = hook
