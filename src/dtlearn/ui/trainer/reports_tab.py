"""Reports (trainer mode): completion and pass rates, and one learner's record.

The Rates page: group by course, unit, commune/ward, province, group session or learner;
optionally one course and a period (From and To, calendar days, each can be left open). The
figures come from reports/build.py on a worker thread with its own database connection (a
hub's million statements take about a second); the table can be sorted by any column, and
the bar chart shows each group's completion and pass rate, with the numbers written out. A
period that ends before it starts is refused in words and nothing is computed.

The Learner record page (transcript_page.py) shows one person's courses and attempts.
Both save what they show as CSV, XLSX or PDF in the background (report_export.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dtlearn.errors import UserError
from dtlearn.reports.build import build_report
from dtlearn.reports.export import write_csv, write_xlsx
from dtlearn.reports.model import (
    Filters,
    Grouping,
    Report,
    ReportError,
    ReportProblem,
    course_infos,
)
from dtlearn.reports.tables import Kind, Table, report_table
from dtlearn.reports.words import Words
from dtlearn.services.context import Services
from dtlearn.services.trainers import Trainer
from dtlearn.store.database import Store
from dtlearn.ui.tasks import Progress, ShouldStop, Task, run_in_background
from dtlearn.ui.trainer.report_export import ExportBar, Writer
from dtlearn.ui.trainer.report_words import report_words
from dtlearn.ui.trainer.transcript_page import TranscriptPage
from dtlearn.ui.widgets.bar_chart import BarChart, BarGroup
from dtlearn.ui.widgets.scroll import page_scroll

CHART_GROUPS = 30  # more bars than this are unreadable; the table has every group
SORT_ROLE = Qt.ItemDataRole.UserRole
NO_VALUE = "—"

_Index = QModelIndex | QPersistentModelIndex


class ReportModel(QAbstractTableModel):
    """The typed table of a report; shows words and percentages, sorts on the values."""

    def __init__(self, words: Words) -> None:
        super().__init__()
        self.words = words
        self.table = Table((), [])

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        kind = self.table.columns[index.column()].kind
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return NO_VALUE
            if kind is Kind.PERCENT and isinstance(value, float | int):
                return self.words.percent(float(value))
            return str(value)
        if role == SORT_ROLE:
            if value is None:
                return -1.0 if kind is not Kind.TEXT else ""
            return value
        if role == Qt.ItemDataRole.ToolTipRole and kind is Kind.TEXT and value:
            return str(value)  # the whole name or place where the column cuts it short
        if role == Qt.ItemDataRole.TextAlignmentRole and kind is not Kind.TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.table.columns[section].title
            return str(section + 1)
        return None


class ReportsTab(QWidget):
    def __init__(self, services: Services, trainer: Trainer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.trainer = trainer
        self.words = report_words()
        self.rates = RatesPage(services, self.words)
        self.transcripts = TranscriptPage(services, self.words)
        self.pages = QTabWidget()
        self.pages.addTab(self.rates, self.tr("Completion and pass rates"))
        self.pages.addTab(self.transcripts, self.tr("Learner record"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.pages)


class RatesPage(QWidget):
    """Filters, totals, the table and the chart, and the export buttons."""

    def __init__(self, services: Services, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.words = words
        self.report: Report | None = None
        self.task: Task | None = None
        self._asked = 0  # the newest request; older answers are dropped

        self.group_combo = QComboBox()
        for grouping in Grouping:
            self.group_combo.addItem(words.group_title(grouping), grouping.value)
        self.group_combo.setAccessibleName(self.tr("Group by"))
        self.course_combo = QComboBox()
        self.course_combo.setAccessibleName(self.tr("Course"))
        self.from_check = QCheckBox(self.tr("From"))
        self.to_check = QCheckBox(self.tr("To"))
        today = QDate.currentDate()
        self.from_edit = self._date_edit(today.addDays(-30), self.tr("First day"))
        self.to_edit = self._date_edit(today, self.tr("Last day (included)"))
        filters = QHBoxLayout()
        group_label = QLabel(self.tr("Group by:"))
        group_label.setBuddy(self.group_combo)
        course_label = QLabel(self.tr("Course:"))
        course_label.setBuddy(self.course_combo)
        widgets: tuple[QWidget, ...] = (group_label, self.group_combo, course_label,
                                        self.course_combo)
        for widget in widgets:
            filters.addWidget(widget)
        filters.addSpacing(12)
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = ReportModel(words)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.sorted.setSortLocaleAware(True)
        self.table = QTableView()
        self.table.setModel(self.sorted)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's own order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Report table"))
        self.chart = BarChart()
        self.chart.setAccessibleName(self.tr("Completion and pass rate per group"))
        self.chart_note = QLabel()
        self.chart_note.setObjectName("muted")
        self.chart_note.setWordWrap(True)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self.chart)
        chart_layout.addWidget(self.chart_note)
        chart_layout.addStretch(1)
        chart_scroll = page_scroll(chart_box)
        # The table above, full width (nine columns need it), the chart below it.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(chart_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.exports = ExportBar(self._file_name, self._writer)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(self.totals)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.exports)

        self._fill_courses()
        self.group_combo.currentIndexChanged.connect(self.refresh)
        self.course_combo.currentIndexChanged.connect(self.refresh)
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self._dates_toggled)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.refresh)
        self._dates_toggled()

    def _date_edit(self, day: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        edit.setEnabled(False)
        return edit

    def _fill_courses(self) -> None:
        language = self.services.settings.get("language")
        self.course_combo.addItem(self.words.all_courses, "")
        for course in self.services.catalog.usable():
            self.course_combo.addItem(course.title_in(language), course.id)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """Results arrive while the app runs (a session, an imported bundle): reread."""
        super().showEvent(event)
        self.refresh()

    def _dates_toggled(self) -> None:
        self.from_edit.setEnabled(self.from_check.isChecked())
        self.to_edit.setEnabled(self.to_check.isChecked())
        self.refresh()

    # --- the report ------------------------------------------------------------------------
    def filters(self) -> Filters:
        return Filters(Grouping(self.group_combo.currentData()),
                       self.course_combo.currentData() or "",
                       _day(self.from_edit.date()) if self.from_check.isChecked() else None,
                       _day(self.to_edit.date()) if self.to_check.isChecked() else None)

    def refresh(self) -> None:
        if not self.isVisible():
            return
        filters = self.filters()
        try:
            filters.check()
        except ReportError as error:
            self._refused(error)
            return
        self.problem.hide()
        self._asked += 1
        asked = self._asked
        database = self.services.store.path
        language = self.services.settings.get("language")
        courses = course_infos(self.services.catalog.usable(), language)

        def work(progress: Progress, should_stop: ShouldStop) -> Report:
            store = Store(database)  # its own connection: this runs on a worker thread
            try:
                return build_report(store, filters, courses)
            finally:
                store.close()

        self.totals.setText(self.tr("Counting…"))
        task = run_in_background(work, self)
        self.task = task
        task.succeeded.connect(lambda report: self._show(report, asked))
        task.failed.connect(self._failed)
        task.ended.connect(lambda: self._ended(task))

    def _ended(self, task: Task) -> None:
        if self.task is task:
            self.task = None

    def _refused(self, error: ReportError) -> None:
        """Say what is wrong with the filters, and show no figures until it is put right."""
        if error.problem is ReportProblem.RANGE_REVERSED:
            text = self.tr("The period ends ({to}) before it starts ({start}). Change one of "
                           "the dates; nothing is shown until then.").format(
                to=self.words.day(self.filters().date_to),
                start=self.words.day(self.filters().date_from))
        else:
            text = str(error)
        self._asked += 1  # an answer still on its way is for other filters: drop it
        self.problem.setText("⚠ " + text)
        self.problem.show()
        self.report = None
        self.model.set_table(Table((), []))
        self.chart.set_data([], ("", ""), self.words.percent, lambda group: "")
        self.chart_note.clear()
        self.totals.clear()
        self.exports.set_available(False)

    def _failed(self, error: Exception) -> None:
        """A locked or unreadable database is said where the figures would be; anything
        else is a bug and goes to the one crash handler."""
        if not isinstance(error, UserError):
            raise error
        self.problem.setText("⚠ " + str(error))
        self.problem.show()
        self.totals.clear()

    def _show(self, report: Report, asked: int) -> None:
        if asked != self._asked:
            return
        self.report = report
        self.model.set_table(report_table(report, self.words))
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self._fit_columns()
        self._show_totals(report)
        self._show_chart(report)
        self.exports.set_available(True)

    def _fit_columns(self) -> None:
        """Columns as wide as their contents; when that is wider than the table, the text
        columns (names, places, titles) give way in proportion, so every figure stays in
        view. Each can still be widened by hand; long text ends in "…"."""
        self.table.resizeColumnsToContents()
        columns = self.model.table.columns
        widths = [self.table.columnWidth(column) for column in range(len(columns))]
        text = [i for i, spec in enumerate(columns) if spec.kind is Kind.TEXT]
        room = self.table.viewport().width() - sum(
            width for i, width in enumerate(widths) if i not in text)
        wanted = sum(widths[i] for i in text)
        if wanted > room > 0:
            for i in text:
                self.table.setColumnWidth(i, max(120, widths[i] * room // wanted))

    def _show_totals(self, report: Report) -> None:
        totals, words = report.totals, self.words
        if not report.rows:
            self.totals.setText(words.no_results)
            return
        self.totals.setText(self.tr(
            "{learners} learner(s), in {enrolments} course(s) between them: {completed} "
            "completed ({completion}), {passed} passed ({passing}); average best score "
            "{average}.").format(
            learners=totals.learners, enrolments=totals.enrolments, completed=totals.completed,
            completion=words.percent(totals.completion_rate), passed=totals.passed,
            passing=words.percent(totals.pass_rate),
            average=words.percent(totals.average_best) if totals.average_best is not None
            else NO_VALUE))

    def _show_chart(self, report: Report) -> None:
        """One pair of bars per group; with several courses, a group's rates are over all
        its learners' courses together."""
        sums: dict[tuple[str, str], list[int]] = {}
        for row in report.rows:
            key = (row.group, self.words.group_name(report.filters.by, row.group_label)
                   + (f" ({row.group_detail})" if row.group_detail and report.filters.by in (
                       Grouping.UNIT, Grouping.COMMUNE) else ""))
            if report.filters.by is Grouping.COURSE:
                key = (row.group, row.course_title)
            figures = sums.setdefault(key, [0, 0, 0])
            figures[0] += row.learners
            figures[1] += row.completed
            figures[2] += row.passed
        groups = [BarGroup(label, completed / learners, passed / learners)
                  for (_key, label), (learners, completed, passed) in sums.items() if learners]
        words = self.words
        self.chart.set_data(
            groups[:CHART_GROUPS], (words.completion_rate, words.pass_rate), words.percent,
            lambda group: self.tr("{group}: {completed} completed, {passed} passed").format(
                group=group.label, completed=words.percent(group.first),
                passed=words.percent(group.second)))
        if len(groups) > CHART_GROUPS:
            self.chart_note.setText(self.tr(
                "The chart shows the first {shown} of {count} groups; the table has them "
                "all.").format(shown=CHART_GROUPS, count=len(groups)))
        else:
            self.chart_note.clear()

    # --- exports ---------------------------------------------------------------------------
    def _file_name(self) -> str:
        report = self.report
        by = report.filters.by.value if report else "report"
        return self.tr("report") + f"-{by}-{dt.date.today().isoformat()}"

    def _writer(self) -> Writer | None:
        report, words = self.report, self.words
        if report is None:
            return None

        def write(kind: str, target: Any, progress: Progress, should_stop: ShouldStop) -> None:
            writers: dict[str, Callable[..., object]] = {"csv": write_csv, "xlsx": write_xlsx}
            if kind == "pdf":
                from dtlearn.ui.printing.report_pdf import write_report_pdf

                writers["pdf"] = write_report_pdf
            writers[kind](report, target, words, progress, should_stop)

        return write


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
