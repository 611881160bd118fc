"""Settings → Sync: where results go, and sending or carrying them now.

Everything slow runs in the background with a progress bar and a Stop button; the window
stays usable, and closing the dialog does not lose results (they stay in the outbox).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dtlearn.services.context import Services
from dtlearn.sync.status import sync_status
from dtlearn.ui.sync_actions import (
    BUNDLE_SUFFIX,
    describe_imports,
    describe_push,
    refusal_text,
    start_export,
    start_import,
    start_push,
)
from dtlearn.ui.tasks import Task, show_progress
from dtlearn.ui.texts import local_time
from dtlearn.ui.widgets.option_row import OptionRow
from dtlearn.ui.widgets.scroll import page_scroll


class SyncDialog(QDialog):
    data_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Sync results"))
        self.setMinimumWidth(640)
        settings = services.settings

        lrs_box = QGroupBox(self.tr("Learning Record Store (LRS)"))
        self.endpoint_edit = QLineEdit(settings.get("lrs_endpoint"))
        self.endpoint_edit.setPlaceholderText("https://lrs.example/xAPI/")
        self.key_edit = QLineEdit(settings.get("lrs_key"))
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(self.tr("unchanged"))
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 1000)
        self.batch_spin.setValue(settings.get("lrs_batch"))
        self.storage_label = QLabel()
        self.storage_label.setWordWrap(True)
        self.storage_label.setObjectName("muted")
        for widget, name in ((self.endpoint_edit, self.tr("LRS address")),
                             (self.key_edit, self.tr("Key")),
                             (self.secret_edit, self.tr("Secret")),
                             (self.batch_spin, self.tr("Statements per request"))):
            widget.setAccessibleName(name)
        lrs_layout = QVBoxLayout(lrs_box)
        lrs_form = QFormLayout()
        lrs_form.addRow(self.tr("LRS address"), self.endpoint_edit)
        lrs_form.addRow(self.tr("Key"), self.key_edit)
        lrs_form.addRow(self.tr("Secret"), self.secret_edit)
        lrs_form.addRow(self.tr("Statements per request"), self.batch_spin)
        lrs_layout.addLayout(lrs_form)
        # Outside the form: a wrapped label in a form row gets too little height.
        lrs_layout.addWidget(self.storage_label)

        privacy_box = QGroupBox(self.tr("What is sent"))
        self.names_check = QCheckBox()
        self.names_check.setChecked(settings.get("xapi_names"))
        names_row = OptionRow(self.names_check, self.tr(
            "Include learners' names (otherwise only an anonymous ID is sent)"))
        self.base_edit = QLineEdit(settings.get("xapi_base"))
        self.base_edit.setAccessibleName(self.tr("Address prefix for activities"))
        privacy_form = QFormLayout(privacy_box)
        privacy_form.addRow(names_row)
        privacy_form.addRow(self.tr("Address prefix for activities"), self.base_edit)

        self.pending_label = QLabel()
        self.last_label = QLabel()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.hide()

        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        self.push_button = QPushButton(self.tr("Send now"))
        self.push_button.setObjectName("primary")
        self.push_button.clicked.connect(self.push)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.export_button = QPushButton(self.tr("Save results to a file…"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("Add results from files…"))
        self.import_button.clicked.connect(self.import_files)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)

        # Two columns of buttons, so each keeps its whole label at large text sizes.
        buttons = QGridLayout()
        buttons.addWidget(self.save_button, 0, 0)
        buttons.addWidget(self.push_button, 0, 1)
        buttons.addWidget(self.stop_button, 1, 1)
        buttons.addWidget(self.export_button, 2, 0)
        buttons.addWidget(self.import_button, 2, 1)
        buttons.addWidget(self.close_button, 3, 1)
        content = QWidget()
        page = QVBoxLayout(content)
        page.addWidget(lrs_box)
        page.addWidget(privacy_box)
        page.addWidget(self.pending_label)
        page.addWidget(self.last_label)
        page.addWidget(self.progress)
        page.addWidget(self.result_label)
        page.addLayout(buttons)
        page.addStretch(1)
        # A page that scrolls: at large text the dialog is taller than a 768-pixel screen.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page_scroll(content))
        self.refresh()

    # --- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        from dtlearn.sync.credentials import Storage, storage_kind

        status = sync_status(self._services.store)
        self.pending_label.setText(self.tr("Results waiting to be sent: {count}").format(
            count=status.pending))
        text = self.tr("Last sent: {time}").format(time=local_time(status.last_success))
        if status.last_error:
            text += " · " + self.tr("last problem: {error}").format(error=status.last_error)
        self.last_label.setText(text)
        if storage_kind(self._services.paths) is Storage.KEYRING:
            self.storage_label.setText(self.tr("The secret is kept in this computer's keyring."))
        else:
            self.storage_label.setText(self.tr(
                "This computer has no keyring: the secret is kept in a file only your user "
                "account can read: {path}").format(path=self._services.paths.credentials_file))

    def _busy(self, busy: bool) -> None:
        for button in (self.push_button, self.export_button, self.import_button,
                       self.save_button):
            button.setEnabled(not busy)
        self.stop_button.setVisible(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _follow(self, task: Task, describe: object) -> None:
        self.task = task
        self._busy(True)
        show_progress(task, self.progress)
        task.succeeded.connect(lambda result: self.result_label.setText(describe(result)))  # type: ignore[operator]
        task.failed.connect(lambda error: self.result_label.setText(refusal_text(error)))
        task.ended.connect(self._ended)

    def _ended(self) -> None:
        self._busy(False)
        self.refresh()
        self.data_changed.emit()

    # --- actions --------------------------------------------------------------------------
    def save(self) -> bool:
        from dtlearn.sync.credentials import save_secret

        endpoint = self.endpoint_edit.text().strip()
        if endpoint and not endpoint.startswith(("http://", "https://")):
            self.result_label.setText(self.tr("The LRS address must start with https:// "
                                              "(or http:// on a local network)."))
            self.endpoint_edit.setFocus()
            return False
        base = self.base_edit.text().strip()
        if not base.startswith(("http://", "https://")):
            self.result_label.setText(self.tr("The address prefix must start with https://."))
            self.base_edit.setFocus()
            return False
        settings = self._services.settings
        settings.set("lrs_endpoint", endpoint)
        settings.set("lrs_key", self.key_edit.text().strip())
        settings.set("lrs_batch", self.batch_spin.value())
        settings.set("xapi_names", self.names_check.isChecked())
        settings.set("xapi_base", base)
        if self.secret_edit.text():
            save_secret(self._services.paths, self.key_edit.text().strip(),
                        self.secret_edit.text())
            self.secret_edit.clear()
        self.result_label.setText(self.tr("Settings saved."))
        self.refresh()
        return True

    def push(self) -> None:
        from dtlearn.sync.credentials import load_secret

        if not self.save():
            return
        endpoint = self._services.settings.get("lrs_endpoint")
        if not endpoint:
            self.result_label.setText(self.tr("Type the LRS address first."))
            self.endpoint_edit.setFocus()
            return
        key = self._services.settings.get("lrs_key")
        secret = load_secret(self._services.paths, key) or ""
        self.result_label.setText(self.tr("Sending…"))
        self._follow(start_push(self._services.paths, endpoint, key, secret,
                                self._services.settings.get("lrs_batch"), self), describe_push)

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def export(self) -> None:
        suggested = Path.home() / "dtlearn-{device}-{date}{suffix}".format(
            device=self._services.store.device_id[:8],
            date=QDate.currentDate().toString("yyyy-MM-dd"), suffix=BUNDLE_SUFFIX)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save results to a file"), str(suggested),
            self.tr("dtlearn results (*.dtsync)"))
        if not name:
            return
        target = Path(name) if name.endswith(BUNDLE_SUFFIX) else Path(name + BUNDLE_SUFFIX)
        self._follow(start_export(self._services.paths, target, False, self),
                     lambda report: self.tr("Saved {count} results to {file}.").format(
                         count=getattr(report, "statements", 0), file=target))

    def import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add results from files"), str(Path.home()),
            self.tr("dtlearn results (*.dtsync)"))
        if names:
            self._follow(start_import(self._services.paths, [Path(n) for n in names], self),
                         describe_imports)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """Closing while sending stops after the current batch; nothing is lost."""
        self.stop()
        super().closeEvent(event)
