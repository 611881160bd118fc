"""The words ``dtlearn verify`` prints for each verdict.

Kept apart from ``cli.py`` so the command's wording sits beside the codes it explains; the
command itself lives in ``cli.py`` because it needs this install's public key from
``sync.keys``, and the layers keep ``reports`` and ``sync`` apart.
"""

from __future__ import annotations

from dtlearn.reports.certificates import CertificatePayload, Flaw, Verdict, Verification

FRAMEWORKS = {"circular02": "Circular 02/2025/TT-BGDĐT", "digcomp": "DigComp 2.2"}

_FLAWS = {
    Flaw.SIGNATURE: "its content was changed after it was issued (a name, score or date "
                    "edited), or it was not signed by the install it names.",
    Flaw.DAMAGED: "the text is damaged or incomplete. Copy the whole QR text again, or "
                  "type the code printed under the QR code.",
    Flaw.CODE_MISMATCH: "the certificate recorded under this code names another code: the "
                        "record on this computer was altered.",
}


def competence_text(competences: dict[str, tuple[str, ...]]) -> str:
    return "; ".join(f"{FRAMEWORKS.get(key, key)} {', '.join(codes)}"
                     for key, codes in competences.items() if codes)


def day_month_year(iso_date: str) -> str:
    year, month, day = iso_date.split("-")
    return f"{day}/{month}/{year}"


def details(payload: CertificatePayload) -> list[str]:
    score = "—" if payload.score is None else f"{payload.score:g} %"
    lines = [f"  Name:          {payload.learner_name}",
             f"  Course:        {payload.course_title}",
             f"  Completed on:  {day_month_year(payload.completed_on)}",
             f"  Score:         {score}",
             f"  Issued by:     {payload.issuing_unit}",
             f"  Code:          {payload.code}"]
    competences = competence_text(dict(payload.competences))
    if competences:
        lines.append(f"  Competences:   {competences}")
    return lines


def verification_lines(result: Verification) -> list[str]:
    """What to print, first line the verdict in capitals so a glance is enough."""
    if result.verdict is Verdict.VALID and result.payload is not None:
        return ["VALID: this certificate is genuine and unchanged.", *details(result.payload)]
    if result.verdict is Verdict.NOT_VALID:
        flaw = _FLAWS[result.flaw or Flaw.SIGNATURE]
        return [f"NOT VALID: do not accept this certificate: {flaw}"]
    if result.verdict is Verdict.UNKNOWN_ISSUER and result.payload is not None:
        return ["UNKNOWN ISSUER: this computer does not know the public key of the install "
                "that issued this certificate, so it cannot say whether it is genuine.",
                f"It names the issuing unit \"{result.payload.issuing_unit}\" (not confirmed). "
                "Import a results bundle (.dtsync) from that install first: "
                "dtlearn sync import FILE.dtsync"]
    if result.verdict is Verdict.UNKNOWN_CODE:
        return [f"NOT FOUND: no certificate with the code {result.code} was issued on this "
                "computer. Check the code, or give the text of its QR code instead, which "
                "carries the whole certificate."]
    return ["NOT A CERTIFICATE: give the 10-character code printed on the certificate "
            "(like ABCD-EFGH-JK) or the text of its QR code (it starts with DTC1.)."]
