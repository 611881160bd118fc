"""Words for the codes and numbers the services return, in one place for translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from dtlearn.services.progress import CourseProgress, Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def audience_text(audience: str) -> str:
    if audience == "civil-servant":
        return _tr("For civil servants")
    return _tr("For everyone in the community")


def percent(value: float) -> str:
    """A percentage in the interface language's own style (85,5 % in Vietnamese)."""
    number = QLocale().toString(float(value), "f", 0 if float(value).is_integer() else 1)
    return _tr("{number} %").format(number=number)


def status_text(progress: CourseProgress) -> str:
    if progress.status is Status.COMPLETED:
        return _tr("✓ Completed")
    if progress.status is Status.IN_PROGRESS:
        return _tr("{done} of {total} lessons read").format(
            done=len(progress.lessons_done), total=progress.lessons_total)
    return _tr("Not started")
