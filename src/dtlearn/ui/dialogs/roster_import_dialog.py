"""Import a roster: choose the file, see its first rows, say what each column holds, check,
then add everyone valid in one step.

Reading, checking and importing run as background tasks with a progress bar (a big
workbook takes seconds); each opens its own database connection. The service returns
codes; the words for them are here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dtlearn.paths import Paths
from dtlearn.services.roster import (
    Field,
    ImportResult,
    Reason,
    Roster,
    RosterCheck,
    RosterProblem,
    RosterRefused,
    RosterService,
    RowProblem,
    column_letter,
    guess_mapping,
    read_roster,
)
from dtlearn.store.database import Store
from dtlearn.ui.tasks import Progress, RunsOneTask, ShouldStop
from dtlearn.ui.translate import tr

# Where the last roster came from, so the next one (often beside it) is one click away.
_last_folder: Path | None = None


def field_label(field: Field) -> str:
    labels = {
        Field.NAME: tr("Full name"),
        Field.BIRTH_YEAR: tr("Birth year"),
        Field.GENDER: tr("Gender"),
        Field.PHONE: tr("Phone"),
        Field.UNIT: tr("Unit or organisation"),
        Field.COMMUNE: tr("Commune or ward"),
        Field.VILLAGE: tr("Village"),
        Field.PROVINCE: tr("Province or city"),
    }
    return labels[field]


def problem_text(problem: RosterProblem) -> str:
    """Why a whole file was refused, and what to do about it."""
    texts = {
        RosterProblem.EMPTY: tr("This roster has no learners in it: there are no rows below "
                                "the header. Nothing was imported."),
        RosterProblem.WRONG_TYPE: tr("This file is not a roster. Choose a CSV file or an "
                                     "Excel workbook (.xlsx). Nothing was imported."),
        RosterProblem.OLD_EXCEL: tr("This is an old Excel file (.xls). Open it in Excel, save "
                                    "it as .xlsx or CSV, and choose that file. Nothing was "
                                    "imported."),
        RosterProblem.TOO_LARGE: tr("This file is too large: a roster may be at most 50 MB. "
                                    "Split it into smaller files. Nothing was imported."),
        RosterProblem.UNREADABLE: tr("This file is damaged or cannot be read. Nothing was "
                                     "imported."),
        RosterProblem.NO_NAME_COLUMN: tr("Choose which column holds the learners' names "
                                         "(“Use as: Full name”)."),
        RosterProblem.FIELD_TWICE: tr("Two columns are used for the same thing; choose one."),
    }
    return texts[problem]


def reason_text(reason: Reason, today: dt.date | None = None) -> str:
    """Why one row was refused, in a sentence a trainer can act on."""
    value = reason.value
    if reason.problem is RowProblem.NAME_MISSING:
        return tr("No name")
    if reason.problem is RowProblem.BAD_BIRTH_YEAR:
        return tr("Birth year “{value}” is not a year from 1900 to {year}").format(
            value=value, year=(today or dt.date.today()).year)
    if reason.problem is RowProblem.BAD_GENDER:
        return tr("Gender “{value}” is not Nam, Nữ or Khác").format(value=value)
    if reason.problem is RowProblem.BAD_PHONE:
        return tr("Phone “{value}” is not a phone number (digits only)").format(value=value)
    if reason.problem is RowProblem.TOO_LONG:
        field = field_label(reason.field) if reason.field else ""
        return tr("{field} is longer than 120 letters").format(field=field)
    if reason.problem is RowProblem.DUPLICATE_IN_FILE:
        return tr("The same person as row {row}").format(row=reason.other)
    return tr("Already on this computer as “{name}”").format(name=reason.other)


class RosterImportDialog(RunsOneTask, QDialog):
    """File → preview with a “Use as” choice per column → Check → Import N learners."""

    imported = Signal(int)

    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a roster"))
        self._paths = paths
        self.roster: Roster | None = None
        self.check: RosterCheck | None = None
        self.result_count: int | None = None

        intro = QLabel(self.tr(
            "Choose a CSV file or an Excel workbook (.xlsx) with one learner per row and a "
            "header row. Only a name is required."))
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setObjectName("muted")
        self.file_label.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("First rows of the roster"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.combos: list[QComboBox] = []

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report = QTableWidget(0, 3)
        self.report.setAccessibleName(self.tr("Rows that will not be imported"))
        self.report.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Name"), self.tr("Why it is refused")])
        self.report.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.report.verticalHeader().hide()
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report.hide()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.preview_label)
        top_layout.addWidget(self.preview, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.report, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop_task)
        self.stop_button.hide()
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self.start_check)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(0)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        # As large as the screen allows, up to what a wide roster needs.
        room = self.screen().availableGeometry()
        self.resize(min(1200, room.width() - 40), min(760, room.height() - 40))

    # --- choosing and reading the file --------------------------------------------------
    def choose_file(self) -> None:
        global _last_folder
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a roster"), str(_last_folder or Path.home()),
            self.tr("Rosters (*.csv *.xlsx *.txt);;All files (*)"))
        if name:
            _last_folder = Path(name).parent
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the file in the background; its rows appear when it is read."""
        self.roster = None
        self._set_check(None)
        self.file_label.setText(str(path))
        self._show_problem("")
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.preview_label.setText(self.tr("Reading…"))

        def work(progress: Progress, should_stop: ShouldStop) -> Roster:
            return read_roster(path)

        self.run_task(work, self._loaded, busy=True)

    def _loaded(self, roster: object) -> None:
        assert isinstance(roster, Roster)
        self.roster = roster
        self._fill_preview(roster)
        self._set_check(None)

    def _fill_preview(self, roster: Roster) -> None:
        shown = roster.preview()
        if roster.kind == "csv":
            kind = self.tr("CSV, {encoding}, separated by “{sep}”").format(
                encoding=_encoding_name(roster.encoding),
                sep=self.tr("tab") if roster.delimiter == "\t" else roster.delimiter)
        else:
            kind = self.tr("Excel workbook, first sheet")
        self.preview_label.setText(self.tr(
            "{rows} rows below the header (row {header}); the first {shown} are shown. "
            "{kind}. Under each column, choose what it holds.").format(
            rows=len(roster.rows), header=roster.header_row, shown=len(shown), kind=kind))
        guessed = guess_mapping(roster.headers)
        columns = len(roster.headers)
        self.preview.setColumnCount(columns)
        self.preview.setRowCount(len(shown) + 1)
        self.preview.setHorizontalHeaderLabels(
            [header or self.tr("Column {letter}").format(letter=column_letter(index))
             for index, header in enumerate(roster.headers)])
        self.preview.setVerticalHeaderLabels(
            [self.tr("Use as")] + [str(row.number) for row in shown])
        self.combos = []
        for column in range(columns):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Use column {name} as").format(
                name=roster.headers[column] or column_letter(column)))
            combo.addItem(self.tr("— not used —"), None)
            for field in Field:
                combo.addItem(field_label(field), field.value)
            chosen = guessed.get(column)
            if chosen is not None:
                combo.setCurrentIndex(combo.findData(chosen.value))
            combo.currentIndexChanged.connect(
                lambda _index, column=column: self._mapping_changed(column))
            self.preview.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row_index, row in enumerate(shown, start=1):
            for column in range(columns):
                self.preview.setItem(row_index, column, QTableWidgetItem(row.cell(column)))
        self.preview.resizeColumnsToContents()
        self.preview.setRowHeight(0, max(self.preview.rowHeight(0),
                                         self.combos[0].sizeHint().height() + 4
                                         if self.combos else 0))
        # The header, the "Use as" row and two rows of data always stay in sight.
        self.preview.setMinimumHeight(
            self.preview.horizontalHeader().sizeHint().height() + self.preview.rowHeight(0)
            + 2 * self.preview.verticalHeader().defaultSectionSize()
            + self.preview.horizontalScrollBar().sizeHint().height() + 4)
        for column in range(columns):
            width = max(self.preview.columnWidth(column),
                        self.combos[column].sizeHint().width())
            self.preview.setColumnWidth(column, min(width, 320))
        self._update_buttons()

    def mapping(self) -> dict[int, Field]:
        return {column: Field(combo.currentData()) for column, combo in enumerate(self.combos)
                if combo.currentData() is not None}

    def _mapping_changed(self, column: int) -> None:
        """One column per field: choosing a field here frees it elsewhere."""
        chosen = self.combos[column].currentData()
        if chosen is not None:
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._set_check(None)
        self._show_problem("")

    # --- checking -----------------------------------------------------------------------
    def start_check(self) -> None:
        roster = self.roster
        if roster is None:
            return
        mapping = self.mapping()
        database = self._paths.database

        def work(progress: Progress, should_stop: ShouldStop) -> RosterCheck:
            store = Store(database)
            try:
                return RosterService(store).check(roster, mapping, progress=progress)
            finally:
                store.close()

        self.run_task(work, self._checked)

    def _checked(self, check: object) -> None:
        assert isinstance(check, RosterCheck)
        self._set_check(check)

    def _set_check(self, check: RosterCheck | None) -> None:
        self.check = check
        if check is None:
            self.summary.setText(self.tr("Press “Check” to see which rows can be imported.")
                                 if self.roster is not None else "")
            self.report.hide()
            self.report.setRowCount(0)
        else:
            if check.refused:
                self.summary.setText(self.tr(
                    "{ok} learners can be imported. {bad} rows will not be imported:").format(
                    ok=len(check.accepted), bad=len(check.refused)))
            else:
                self.summary.setText(self.tr(
                    "All {ok} learners can be imported.").format(ok=len(check.accepted)))
            self.report.setRowCount(len(check.refused))
            for index, refusal in enumerate(check.refused):
                number = QTableWidgetItem(str(refusal.row))
                number.setData(Qt.ItemDataRole.UserRole, refusal.row)
                self.report.setItem(index, 0, number)
                self.report.setItem(index, 1, QTableWidgetItem(refusal.name))
                self.report.setItem(index, 2, QTableWidgetItem(
                    "; ".join(reason_text(reason) for reason in refusal.reasons)))
            self.report.resizeColumnToContents(0)
            self.report.setColumnWidth(1, 240)
            self.report.setVisible(bool(check.refused))
            if check.refused:
                # Room for the report: it is what the trainer reads now.
                total = sum(self.splitter.sizes())
                self.splitter.setSizes([total * 2 // 5, total - total * 2 // 5])
        self._update_buttons()

    # --- importing ----------------------------------------------------------------------
    def start_import(self) -> None:
        check = self.check
        if check is None or not check.accepted:
            return
        database = self._paths.database

        def work(progress: Progress, should_stop: ShouldStop) -> ImportResult:
            store = Store(database)
            try:
                return RosterService(store).import_checked(check, progress, should_stop)
            finally:
                store.close()

        self.run_task(work, self._imported)

    def _imported(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        if result.stopped:
            self.summary.setText(self.tr("Import stopped. Nothing was imported."))
            return
        self.result_count = result.imported
        self.summary.setText(self.tr("{count} learners imported.").format(
            count=result.imported))
        self.report.hide()
        self.imported.emit(result.imported)
        self.check = None
        self.roster = None
        self._update_buttons()

    # --- running work -------------------------------------------------------------------
    def _failed(self, error: object) -> None:
        if isinstance(error, RosterRefused):
            if error.problem not in (RosterProblem.NO_NAME_COLUMN, RosterProblem.FIELD_TWICE):
                self.roster = None
                self.preview.setRowCount(0)
                self.preview.setColumnCount(0)
                self.preview_label.clear()
                self.combos = []
            self._show_problem(problem_text(error.problem))
        elif isinstance(error, Exception):
            self._show_problem(self.tr("The import failed: {error}. Nothing was imported.")
                               .format(error=error))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _update_buttons(self) -> None:
        idle = self.task is None
        self.choose_button.setEnabled(idle)
        self.check_button.setEnabled(idle and self.roster is not None)
        can_import = idle and self.check is not None and bool(self.check.accepted)
        self.import_button.setEnabled(can_import)
        count = len(self.check.accepted) if self.check is not None else 0
        self.import_button.setText(self.tr("Import {count} learners").format(count=count)
                                   if count else self.tr("Import"))
        self.close_button.setText(self.tr("Close") if self.result_count is not None
                                  else self.tr("Cancel"))
        self.close_button.setEnabled(idle)

    def reject(self) -> None:
        """Not while work is running: an import must finish or be stopped first."""
        if self.task is None:
            super().reject()


def _encoding_name(encoding: str) -> str:
    names = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "cp1258": "Windows-1258",
             "utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}
    return names.get(encoding, encoding)
