"""Install a course pack: progress while it is checked and unpacked, then the outcome.

File → Install a course pack… opens this after the person picked a ``.dtcourse`` file.
The work runs in the background (``ui/tasks.py``); the dialog shows how far it got and
then, in words, either what was installed or why nothing was. A pack older than (or the
same as) the installed course is refused with the choice to install it anyway.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dtlearn.errors import UserError
from dtlearn.services.context import Services
from dtlearn.services.pack_install import InstallReport, install_pack
from dtlearn.services.packs import PackProblem, PackRefused
from dtlearn.ui.tasks import Progress, ShouldStop, Task, show_progress
from dtlearn.ui.texts import problem_text
from dtlearn.ui.translate import tr

_ASK_TO_FORCE = (PackProblem.DOWNGRADE, PackProblem.SAME_VERSION)


def refusal_text(error: PackRefused) -> str:
    """Why a pack was not installed, in the interface language, with what to do."""
    words = {
        PackProblem.NOT_FOUND: tr("The file does not exist any more."),
        PackProblem.UNREADABLE: tr("The file cannot be read ({error})."),
        PackProblem.EMPTY: tr("The file is empty. Copy it again from where it came from."),
        PackProblem.NOT_ZIP: tr("This file is not a course pack. Course packs end in "
                                ".dtcourse."),
        PackProblem.TRUNCATED: tr("The file is incomplete: the copy or download was cut "
                                  "short. Copy it again."),
        PackProblem.DAMAGED: tr("The file is damaged ({name} cannot be read). Copy it "
                                "again, if you can from another USB stick."),
        PackProblem.NOT_A_PACK: tr("This file is not a dtlearn course pack."),
        PackProblem.NO_SIGNATURE: tr("This pack is not signed, so it cannot be trusted."),
        PackProblem.UNSAFE_PATH: tr("This pack tries to put a file outside its course folder "
                                    "({name}). It was refused to protect this computer."),
        PackProblem.LINK: tr("This pack contains a link ({name}), which real course packs "
                             "never do. It was refused to protect this computer."),
        PackProblem.DUPLICATE: tr("This pack holds {name} twice: dtlearn did not make it."),
        PackProblem.ENCRYPTED: tr("This pack contains an encrypted file ({name}): dtlearn "
                                  "did not make it."),
        PackProblem.BAD_MANIFEST: tr("This pack's list of files is not valid ({detail})."),
        PackProblem.NEWER_FORMAT: tr("This pack was made by a newer dtlearn. Update dtlearn "
                                     "on this computer first."),
        PackProblem.UNKNOWN_PUBLISHER: tr(
            "This pack is signed by a publisher this computer does not trust (key "
            "{key_id}). If you know the publisher, a trainer can add their key with the "
            "command: dtlearn keys trust FILE.pub"),
        PackProblem.BAD_SIGNATURE: tr("The signature does not match: the pack was changed "
                                      "after it was signed, or it is forged. Do not use it."),
        PackProblem.MISSING_FILE: tr("The file {name} is missing from the pack. Ask for the "
                                     "pack again."),
        PackProblem.EXTRA_FILE: tr("The pack contains {name}, which its publisher did not "
                                   "sign: someone added it. Ask for the pack again."),
        PackProblem.CHANGED_FILE: tr("{name} in the pack was changed or damaged after the "
                                     "pack was signed. Ask for the pack again."),
        PackProblem.TOO_LARGE: tr("The pack unpacks to far more than any course."),
        PackProblem.INVALID_COURSE: tr("The course in the pack has {count} problem(s); the "
                                       "first: {detail}"),
        PackProblem.DOWNGRADE: tr("Version {installed} of this course is installed, newer "
                                  "than the pack's version {version}."),
        PackProblem.SAME_VERSION: tr("Version {version} of this course is already "
                                     "installed."),
        PackProblem.BUNDLED_NEWER: tr("This copy of dtlearn has version {installed} of the "
                                      "course built in, newer than the pack's {version}."),
        PackProblem.DISK_FULL: tr("There is not enough free space on the disk ({folder}). "
                                  "Free some space and try again."),
        PackProblem.CANNOT_WRITE: tr("dtlearn cannot write in {folder} ({error}). Ask for "
                                     "permission to write in the data folder."),
    }
    detail = {"name": "", "error": "", "detail": "", "key_id": "", "count": "",
              "installed": "", "version": "", "folder": "", **error.detail}
    return words[error.problem].format(**detail)


class InstallPackDialog(QDialog):
    """Installs one pack; ``installed`` is emitted with the report when a course changed."""

    installed = Signal(object)

    def __init__(self, services: Services, pack: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.pack = pack
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Install a course pack"))
        self.setMinimumWidth(560)
        self.heading = QLabel(self.tr("Checking {file}…").format(file=pack.name))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Installation progress"))
        self.progress.setRange(0, 0)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.force_button = QPushButton(self.tr("Install &anyway"))
        self.force_button.setToolTip(self.tr("Replace the installed version with the pack's. "
                                             "Learners keep their progress."))
        self.force_button.clicked.connect(lambda: self.start(force=True))
        self.force_button.hide()
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        self.buttons.addButton(self.force_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def start(self, force: bool = False) -> None:
        """Check and install in the background; the window stays responsive meanwhile."""
        paths = self._services.paths
        pack = self.pack

        def work(progress: Progress, _stop: ShouldStop) -> InstallReport:
            return install_pack(pack, paths, force=force, progress=progress)

        self.force_button.hide()
        self.message.hide()
        self.close_button.setEnabled(False)
        self.heading.setText(self.tr("Checking and installing {file}…").format(file=pack.name))
        task = show_progress(Task(work, self), self.progress)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.ended.connect(self._ended)
        self.task = task
        task.start()

    def _succeeded(self, report: InstallReport) -> None:
        language = self._services.settings.get("language")
        title = report.title.get(language) or report.title.get("vi") or report.course_id
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.heading.setText(self.tr("✔ Installed: {title}").format(title=title))
        if report.previous_version:
            text = self.tr("Version {version} replaces version {previous}. Learners keep "
                           "their progress in the lessons and questions it still has.").format(
                version=report.version, previous=report.previous_version)
        else:
            text = self.tr("Version {version} is new on this computer and is now in the "
                           "list of courses.").format(version=report.version)
        publisher = report.publisher or self.tr("an unnamed publisher")
        self._say(text + "\n" + self.tr("Signed by {publisher}.").format(publisher=publisher))
        self.installed.emit(report)

    def _failed(self, error: object) -> None:
        self.progress.hide()
        if isinstance(error, PackRefused):
            self.heading.setText(self.tr("✘ Not installed: {file}").format(file=self.pack.name))
            text = refusal_text(error)
            if error.problem in _ASK_TO_FORCE:
                text += "\n\n" + self.tr("Install the pack's version anyway?")
                self.force_button.show()
            else:
                text += "\n\n" + self.tr("Nothing was installed; the courses are as they were.")
            self._say(text)
        elif isinstance(error, UserError):
            self.heading.setText(self.tr("✘ Not installed: {file}").format(file=self.pack.name))
            self._say(problem_text(error))
        elif isinstance(error, BaseException):
            self.heading.setText(self.tr("✘ Not installed: {file}").format(file=self.pack.name))
            raise error  # a bug: the crash handler logs it and shows the log's path

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.adjustSize()

    def _ended(self) -> None:
        self.close_button.setEnabled(True)
        self.close_button.setFocus()

    def reject(self) -> None:
        """Escape does not leave a half-finished install behind a closed dialog."""
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)
