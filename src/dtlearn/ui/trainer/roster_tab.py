"""Learners (trainer mode): everyone on this computer, found by name with or without
diacritics; roster import, profile editing, and demo data to try the reports with.

Only a trainer sees this list: learners never see each other's details.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dtlearn.core.telex import untelex
from dtlearn.core.textfold import fold
from dtlearn.errors import UserError
from dtlearn.services.catalog import Catalog
from dtlearn.services.context import Services
from dtlearn.services.demo import (
    DEFAULT_LEARNERS,
    DemoReport,
    DemoService,
    DemoUnavailable,
    demo_courses,
    load_settings,
)
from dtlearn.services.trainers import Trainer
from dtlearn.store.database import Store
from dtlearn.store.demo import DemoCounts
from dtlearn.store.learners import LearnerRow
from dtlearn.ui.tasks import Progress, RunsOneTask, ShouldStop

if TYPE_CHECKING:
    from dtlearn.ui.dialogs.learner_dialog import LearnerDialog
    from dtlearn.ui.dialogs.roster_import_dialog import RosterImportDialog

ModelIndex = QModelIndex | QPersistentModelIndex
DEMO_MAX_FROM_WINDOW = 5000
TEXT_WIDTH = 560
DEMO_COLOUR = "#6b6b6b"  # demo rows in grey, so real people stand out


class LearnerTableModel(QAbstractTableModel):
    """Learners as rows; ``set_filter`` keeps those whose name contains the words typed,
    compared folded (and with Telex keys undone), so "nguyen thi anh" finds Nguyễn Thị Ánh."""

    COLUMNS = ("name", "birth_year", "gender", "phone", "village", "commune", "province",
               "unit")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[LearnerRow] = []
        self._folded: list[str] = []
        self._shown: list[int] = []
        self._headers = (self.tr("Name"), self.tr("Born"), self.tr("Gender"), self.tr("Phone"),
                         self.tr("Village"), self.tr("Commune or ward"), self.tr("Province"),
                         self.tr("Unit"))
        self._genders = {"female": self.tr("Female"), "male": self.tr("Male"),
                         "other": self.tr("Other")}
        self._query = ""

    def set_learners(self, learners: list[LearnerRow]) -> None:
        self.beginResetModel()
        # By name as a person reads it: SQLite's NOCASE order puts "Ánh" after "Trang".
        folded = sorted(((fold(learner.name), learner.name, learner) for learner in learners),
                        key=lambda entry: (entry[0], entry[1]))
        self._all = [learner for _, _, learner in folded]
        self._folded = [key for key, _, _ in folded]
        self._shown = self._matching(self._query)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._query = text
        self._shown = self._matching(text)
        self.endResetModel()

    def _matching(self, text: str) -> list[int]:
        wanted = fold(text)
        if not wanted:
            return list(range(len(self._all)))
        plain = untelex(wanted)
        return [index for index, name in enumerate(self._folded)
                if wanted in name or plain in name]

    def learner(self, row: int) -> LearnerRow:
        return self._all[self._shown[row]]

    @property
    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        learner = self.learner(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(DEMO_COLOUR)) if learner.demo else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = self.COLUMNS[index.column()]
        if column == "birth_year":
            return "" if learner.birth_year is None else str(learner.birth_year)
        if column == "gender":
            return self._genders.get(learner.gender, "")
        return str(getattr(learner, column))


class DemoDialog(QDialog):
    """How many demo learners, with what demo data is and how it goes away again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fill with demo data"))
        marks = load_settings()
        text = QLabel(self.tr(
            "Demo data adds made-up learners with group sessions and quiz results in several "
            "provinces and communes, so you can try every report before a real session.\n\n"
            "Demo names end in “{suffix}”, and demo units and session titles start with "
            "“{prefix}”. Demo results are never sent to an LRS or exported, and “Remove demo "
            "data” takes all of it out again without touching real learners.").format(
            suffix=marks.name_suffix.strip(), prefix=marks.unit_prefix))
        text.setWordWrap(True)
        # A wrapped label does not tell the dialog how tall it needs to be: say it here.
        text.setMinimumWidth(TEXT_WIDTH)
        text.setMinimumHeight(text.heightForWidth(TEXT_WIDTH))
        self.count = QSpinBox()
        self.count.setRange(1, DEMO_MAX_FROM_WINDOW)
        self.count.setValue(DEFAULT_LEARNERS)
        self.count.setAccessibleName(self.tr("Number of demo learners"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Demo learners:")))
        row.addWidget(self.count)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("Add demo data"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.buttons)


class RosterTab(RunsOneTask, QWidget):
    """The learner list with its actions; long work runs with a progress bar and Stop."""

    data_changed = Signal()

    def __init__(self, services: Services, trainer: Trainer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.trainer = trainer
        self.import_dialog: RosterImportDialog | None = None
        self.demo_dialog: DemoDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.edit_dialog: LearnerDialog | None = None
        self._has_demo = False

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by name (diacritics optional)"))
        self.search_edit.setAccessibleName(self.tr("Search learners by name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.import_button = QPushButton(self.tr("Import roster…"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.open_import)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.edit_button)
        top.addWidget(self.import_button)

        self.model = LearnerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Learners"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.demo_button = QPushButton(self.tr("Fill with demo data…"))
        self.demo_button.clicked.connect(self.fill_demo)
        self.remove_demo_button = QPushButton(self.tr("Remove demo data"))
        self.remove_demo_button.clicked.connect(self.remove_demo)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop_task)
        self.stop_button.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.stop_button)
        bottom.addWidget(self.demo_button)
        bottom.addWidget(self.remove_demo_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.refresh()

    # --- the list -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """People registered in a session meanwhile are listed when the tab is shown."""
        if self.task is None:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.model.set_learners(self.services.learners.all())
        self._has_demo = DemoService(self.services.store, self.services.statements).has_data()
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 280))
        self._update_count()
        self._update_buttons()

    def _search(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count_label.setText(
            self.tr("{total} learners").format(total=total) if shown == total
            else self.tr("{shown} of {total} learners").format(shown=shown, total=total))

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        idle = self.task is None
        self.edit_button.setEnabled(idle and self.selected_row() is not None)
        self.import_button.setEnabled(idle)
        self.demo_button.setEnabled(idle)
        self.remove_demo_button.setEnabled(idle and self._has_demo)

    # --- editing ------------------------------------------------------------------------
    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.edit_row(row)

    def edit_row(self, row: int) -> None:
        from dtlearn.ui.dialogs.learner_dialog import LearnerDialog

        dialog = LearnerDialog(self.services.learners, self.model.learner(row), self)
        self.edit_dialog = dialog
        dialog.accepted.connect(self._edited)
        dialog.open()

    def _edited(self) -> None:
        self.refresh()
        self.data_changed.emit()

    # --- import -------------------------------------------------------------------------
    def open_import(self) -> None:
        from dtlearn.ui.dialogs.roster_import_dialog import RosterImportDialog

        dialog = RosterImportDialog(self.services.paths, self)
        dialog.imported.connect(self._imported)
        self.import_dialog = dialog
        dialog.open()
        dialog.choose_file()

    def _imported(self, count: int) -> None:
        self.refresh()
        self.status.setText(self.tr("{count} learners imported from the roster.").format(
            count=count))
        self.data_changed.emit()

    # --- demo data ----------------------------------------------------------------------
    def fill_demo(self) -> None:
        dialog = DemoDialog(self)
        dialog.accepted.connect(lambda: self._start_demo(dialog.count.value()))
        self.demo_dialog = dialog
        dialog.open()

    def _start_demo(self, learners: int) -> None:
        paths = self.services.paths
        factory = self.services.statements()

        def work(progress: Progress, should_stop: ShouldStop) -> DemoReport:
            store = Store(paths.database)
            try:
                courses = demo_courses(Catalog(paths.courses_dir, store,
                                               paths.installed_courses_dir))
                return DemoService(store, lambda: factory).add(
                    courses, learners, progress=progress, should_stop=should_stop)
            finally:
                store.close()

        self.status.setText(self.tr("Adding demo data…"))
        self.run_task(work, self._demo_added)

    def _demo_added(self, report: object) -> None:
        assert isinstance(report, DemoReport)
        if report.stopped:
            self.status.setText(self.tr("Stopped. No demo data was added."))
            return
        self.status.setText(self.tr(
            "Added {learners} demo learners, {sessions} group sessions and {attempts} quiz "
            "attempts.").format(learners=report.learners, sessions=report.sessions,
                                attempts=report.attempts))
        self.refresh()
        self.data_changed.emit()

    def remove_demo(self) -> None:
        counts = DemoService(self.services.store, self.services.statements).counts()
        if counts.empty:
            self.status.setText(self.tr("There is no demo data on this computer."))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove demo data"), self.tr(
            "Remove all demo data: {learners} demo learners, {sessions} group sessions and "
            "{attempts} quiz attempts? Real learners and their results are not touched.")
            .format(learners=counts.learners, sessions=counts.sessions,
                    attempts=counts.attempts),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove demo data"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(self._start_removal)
        self.confirm_box = box
        box.open()

    def _start_removal(self) -> None:
        database = self.services.paths.database
        factory = self.services.statements

        def work(progress: Progress, should_stop: ShouldStop) -> DemoCounts:
            store = Store(database)
            try:
                return DemoService(store, factory).remove()
            finally:
                store.close()

        self.status.setText(self.tr("Removing demo data…"))
        self.run_task(work, self._demo_removed, busy=True)

    def _demo_removed(self, counts: object) -> None:
        assert isinstance(counts, DemoCounts)
        self.status.setText(self.tr(
            "Removed {learners} demo learners, {sessions} group sessions and {attempts} quiz "
            "attempts.").format(learners=counts.learners, sessions=counts.sessions,
                                attempts=counts.attempts))
        self.refresh()
        self.data_changed.emit()

    # --- running work -------------------------------------------------------------------
    def _failed(self, error: object) -> None:
        if isinstance(error, DemoUnavailable):
            self.status.setText(self.tr("Demo data needs at least one course that works; "
                                        "none was found."))
        elif isinstance(error, UserError):
            self.status.setText(str(error))
        else:
            self.status.setText(self.tr("That did not work: {error}").format(error=error))

