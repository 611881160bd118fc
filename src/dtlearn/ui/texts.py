"""Words for the codes and numbers the services return, in one place for translation."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale

from dtlearn.errors import DatabaseUnavailable, UserError
from dtlearn.services.progress import CourseProgress, Status
from dtlearn.ui.translate import tr

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from dtlearn.core.questions import Question
    from dtlearn.store.backup import BackupFailed


def audience_text(audience: str) -> str:
    if audience == "civil-servant":
        return tr("For civil servants")
    return tr("For everyone in the community")


def percent(value: float) -> str:
    """A percentage in the interface language's own style (85,5 % in Vietnamese)."""
    number = QLocale().toString(float(value), "f", 0 if float(value).is_integer() else 1)
    return tr("{number} %").format(number=number)


def _numeric_date_format() -> str:
    """The interface language's short date with two-digit day and month and a four-digit
    year: Qt's Vietnamese short format is d/M/yy, but 22/11/2026 is how dates are written."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    pattern = re.sub(r"y+", "yyyy", pattern)
    return re.sub(r"(?<![dM])([dM])(?![dM])", r"\1\1", pattern)


def date_text(date: QDate) -> str:
    """22/11/2026 in Vietnamese (and British English)."""
    return QLocale().toString(date, _numeric_date_format())


def date_time_text(moment: QDateTime) -> str:
    """22/11/2026 14:05 in Vietnamese: the date as ``date_text``, then the short time."""
    time = QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    return f"{date_text(moment.date())} {time}"


def local_time(iso: str | None) -> str:
    """An ISO timestamp from the database in the person's own time and date style.

    Read by Python rather than by QDateTime.fromString: that needs Qt.DateFormat, and the
    first use of any enum of the Qt namespace makes all 93 of them (25 ms), which the
    status bar would otherwise charge to every start.
    """
    if not iso:
        return tr("never")
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:  # the database writes UTC; an old row may lack the offset
        moment = moment.replace(tzinfo=dt.UTC)
    return date_time_text(QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000)))


def status_text(progress: CourseProgress) -> str:
    if progress.status is Status.COMPLETED:
        return tr("✓ Completed")
    if progress.status is Status.IN_PROGRESS:
        return tr("{done} of {total} lessons read").format(
            done=len(progress.lessons_done), total=progress.lessons_total)
    return tr("Not started")


def question_text_format(question: Question) -> Qt.TextFormat:
    """How GIFT's [markdown], [html] and [plain] markers map onto a QLabel's formats;
    unmarked (Moodle auto-format) text is shown as written."""
    from PySide6.QtCore import Qt  # see local_time

    if question.text_format == "html":
        return Qt.TextFormat.RichText
    if question.text_format == "markdown":
        return Qt.TextFormat.MarkdownText
    return Qt.TextFormat.PlainText


def question_html(question: Question) -> str:
    """The question text as HTML, for the review on the results screen."""
    if question.text_format == "html":
        return question.text
    if question.text_format == "markdown":
        from dtlearn.core.lesson_render import render_markdown

        return render_markdown(question.text)
    import html  # its entity table is large; only the results review needs it

    return html.escape(question.text)


def problem_text(error: UserError) -> str:
    """A problem in the person's language. The services raise errors with English words
    for the command line and the log, and a code for the words here; an error without one
    is shown as it came."""
    if isinstance(error, DatabaseUnavailable) and error.kind != "other":
        path = error.path
        folder = str(path.parent) if path else ""
        words = {
            "no-folder": tr("dtlearn cannot create its data folder {folder}. Ask for "
                            "permission to write there, or start dtlearn with another data "
                            "folder."),
            "locked": tr("The results database is in use by another program; perhaps "
                         "dtlearn is already open. Close the other copy and try again."),
            "read-only": tr("Results are not being saved: the data folder {folder} is "
                            "read-only. Fix the folder's permissions, or use another data "
                            "folder, then start dtlearn again."),
            "full": tr("Results are not being saved: the disk holding {folder} is full. "
                       "Free some space; nothing already saved was lost."),
            "damaged": tr("The results database {path} is damaged. Restore a backup (File → "
                          "Backups…) or ask a trainer for help."),
            "must-upgrade": tr("This version of dtlearn must upgrade the results database, "
                               "but its folder {folder} cannot be written. Free some disk "
                               "space or fix the folder's permissions, then try again."),
            "backup-failed": tr("This version of dtlearn must upgrade the results database "
                                "and backs it up first, but the backup failed, so nothing "
                                "was changed. Free some disk space in {folder} and try "
                                "again."),
        }
        return words[error.kind].format(folder=folder, path=str(path or ""))
    from dtlearn.store.backup import BackupFailed  # only when something went wrong

    if isinstance(error, BackupFailed) and error.kind != "other":
        return backup_problem_text(error)
    return str(error)


def backup_problem_text(error: BackupFailed) -> str:
    place = str(error.path or "")
    name = error.path.name if error.path else ""
    words = {
        "no-database": tr("There is no results database to back up yet."),
        "full": tr("No backup was made: the disk holding {folder} is full. Free some space; "
                   "the results database itself is unchanged."),
        "cannot-write": tr("No backup was made: the folder {folder} cannot be written to. Fix "
                           "the folder's permissions; the results database itself is "
                           "unchanged."),
        "copy-failed-check": tr("The new backup failed its check and was discarded; the "
                                "results database itself is unchanged. Try again."),
        "backup-damaged": tr("The backup {name} is damaged; choose another. Nothing was "
                             "changed."),
        "restore-failed-check": tr("The restored database failed its check. Choose another "
                                   "backup."),
    }
    return words[error.kind].format(folder=place, name=name)
