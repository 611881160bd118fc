"""``tr`` for code outside a Qt class (module functions, plain objects).

pyside6-lupdate files a bare ``tr("…")`` call under the empty context, so the lookup at run
time must use the empty context too; a private context here would make every such string
silently untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)
