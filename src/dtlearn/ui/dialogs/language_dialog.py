"""Asked once, on first start: which language the learner reads."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class LanguageDialog(QDialog):
    """Each language is named in itself, so a person who reads only one can find it."""

    def __init__(self, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = default
        self.setWindowTitle("dtlearn")
        prompt = QLabel(self.tr("Chọn ngôn ngữ / Choose your language"))
        prompt.setObjectName("cardTitle")
        self.vietnamese = QPushButton(self.tr("Tiếng Việt"))
        self.english = QPushButton(self.tr("English"))
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        for button, code in ((self.vietnamese, "vi"), (self.english, "en")):
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
            layout.addWidget(button)
        (self.vietnamese if default == "vi" else self.english).setDefault(True)
        (self.vietnamese if default == "vi" else self.english).setFocus()

    def _choose(self, language: str) -> None:
        self.language = language
        self.accept()
