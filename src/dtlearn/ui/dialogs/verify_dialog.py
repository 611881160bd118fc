"""Check a certificate: paste its QR text or type its code, and read the verdict in words.

Reachable by anyone (File → Check a certificate), not only in trainer mode: a commune
officer handed a certificate should be able to check it on any install. The verdict is an
icon, a sentence and a colour together, never colour alone. Nothing here writes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dtlearn.reports.certificates import (
    CertificatePayload,
    Flaw,
    Verdict,
    Verification,
    verify_text,
)
from dtlearn.services.context import Services
from dtlearn.sync.keys import load_or_create_device_key
from dtlearn.ui.printing.certificate_pdf import day_month_year
from dtlearn.ui.texts import percent
from dtlearn.ui.translate import tr


def verdict_words(result: Verification) -> tuple[str, str]:
    """(headline, explanation) for a verdict, in the interface language."""
    if result.verdict is Verdict.VALID:
        return (tr("✔ Valid"), tr("This certificate is genuine and unchanged."))
    if result.verdict is Verdict.NOT_VALID:
        reasons = {
            Flaw.SIGNATURE: tr("Do not accept it: its content was changed after it was "
                               "issued (a name, score or date edited), or it was not made "
                               "by the install it names."),
            Flaw.DAMAGED: tr("The text is damaged or incomplete. Copy the whole QR text "
                             "again, or type the code printed under the QR code."),
            Flaw.CODE_MISMATCH: tr("The certificate recorded under this code names another "
                                   "code: the record on this computer was altered."),
        }
        return (tr("✘ Not valid"), reasons[result.flaw or Flaw.SIGNATURE])
    if result.verdict is Verdict.UNKNOWN_ISSUER:
        unit = result.payload.issuing_unit if result.payload else ""
        return (tr("? Unknown issuer"),
                tr("This computer does not know the install that issued this certificate "
                   "(it names “{unit}”), so it cannot say whether it is genuine. Add a "
                   "results file (.dtsync) from that install first: File → Add results "
                   "from files.").format(unit=unit))
    if result.verdict is Verdict.UNKNOWN_CODE:
        return (tr("? Code not found"),
                tr("No certificate with the code {code} was issued on this computer. Check "
                   "the code, or paste the text of its QR code, which carries the whole "
                   "certificate.").format(code=result.code))
    return (tr("? Not a certificate"),
            tr("Type the 10-character code printed on the certificate (like ABCD-EFGH-JK) "
               "or paste the text of its QR code (it starts with DTC1.)."))


def competences_text(payload: CertificatePayload) -> str:
    names = {"circular02": tr("Circular 02/2025/TT-BGDĐT"), "digcomp": tr("DigComp 2.2")}
    return "; ".join(f"{names.get(key, key)}: {', '.join(codes)}"
                     for key, codes in payload.competences.items() if codes)


class VerifyDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None,
                 text: str = "") -> None:
        super().__init__(parent)
        self._services = services
        self.verification: Verification | None = None
        self.setWindowTitle(self.tr("Check a certificate"))
        self.setMinimumWidth(640)

        prompt = QLabel(self.tr("Type the code printed on the certificate (like "
                                "ABCD-EFGH-JK), or paste the text of its QR code."))
        prompt.setWordWrap(True)
        self.input = QPlainTextEdit(text)
        self.input.setAccessibleName(self.tr("Certificate code or QR text"))
        self.input.setTabChangesFocus(True)
        margins = 2 * (self.input.document().documentMargin() + self.input.frameWidth())
        self.input.setFixedHeight(round(self.input.fontMetrics().lineSpacing() * 4 + margins))
        prompt.setBuddy(self.input)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setObjectName("primary")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)

        self.icon = QLabel()
        self.icon.setFixedSize(48, 48)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdictPass")
        self.explanation = QLabel()
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        headline = QVBoxLayout()
        headline.addWidget(self.verdict)
        headline.addWidget(self.explanation)
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        verdict_row.addLayout(headline, 1)
        self.details = QFormLayout()
        self._detail_labels: dict[str, QLabel] = {}
        for key, label in (("name", self.tr("Name")), ("course", self.tr("Course")),
                           ("date", self.tr("Completed on")), ("score", self.tr("Score")),
                           ("unit", self.tr("Issued by")), ("code", self.tr("Code")),
                           ("competences", self.tr("Competences"))):
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._detail_labels[key] = value
            self.details.addRow(label, value)
        self.details_box = QWidget()
        self.details_box.setLayout(self.details)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.input)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(verdict_row)
        layout.addWidget(self.details_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._show(None)
        if text:
            self.check()

    def check(self) -> None:
        text = self.input.toPlainText()
        if not text.strip():
            self.input.setFocus()
            return
        own = load_or_create_device_key(self._services.paths).public_key()
        self._show(verify_text(self._services.store, own, text))

    def _show(self, result: Verification | None) -> None:
        self.verification = result
        visible = result is not None
        for widget in (self.icon, self.verdict, self.explanation):
            widget.setVisible(visible)
        payload = result.payload if result is not None and result.valid else None
        self.details_box.setVisible(payload is not None)
        if result is None:
            return
        headline, explanation = verdict_words(result)
        self.verdict.setText(headline)
        # Red only for a certificate known to be bad; "unknown" is not an accusation.
        self.verdict.setObjectName(
            "verdictPass" if result.valid
            else "verdictFail" if result.verdict is Verdict.NOT_VALID else "question")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.explanation.setText(explanation)
        icon = {Verdict.VALID: QStyle.StandardPixmap.SP_DialogApplyButton,
                Verdict.NOT_VALID: QStyle.StandardPixmap.SP_MessageBoxCritical}.get(
            result.verdict, QStyle.StandardPixmap.SP_MessageBoxQuestion)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(48, 48))
        self.icon.setAccessibleName(headline)
        self.verdict.setAccessibleName(f"{headline}. {explanation}")
        if payload is not None:
            values = {
                "name": payload.learner_name, "course": payload.course_title,
                "date": day_month_year(payload.completed_on),
                "score": "—" if payload.score is None else percent(payload.score),
                "unit": payload.issuing_unit, "code": payload.code,
                "competences": competences_text(payload) or "—",
            }
            for key, value in values.items():
                self._detail_labels[key].setText(value)
        # Grow to fit the verdict's wrapped lines, never shrink under the person's hands.
        self._layout.activate()
        wanted = self._layout.totalHeightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)
