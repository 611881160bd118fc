"""Certificates without a window: issuing only for a completed course, signing, and checking
offline by QR text or by code, on the issuing install and on another one that imported the
issuer's results bundle; every forgery and bad input gets its own verdict."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest
import segno
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dtlearn.app import main
from dtlearn.core.course import Course
from dtlearn.paths import Paths
from dtlearn.reports.certificates import (
    CODE_ALPHABET,
    QR_PREFIX,
    CertificateIssuer,
    CertificatePayload,
    CertificateRefused,
    Flaw,
    IssueProblem,
    SignedCertificate,
    Verdict,
    candidates,
    normalise_code,
    parse_qr_text,
    sign,
    verify_text,
)
from dtlearn.services.context import Services, build_services
from dtlearn.store import certificates as rows
from dtlearn.sync.bundle import export_bundle, import_bundle
from dtlearn.sync.keys import load_or_create_device_key

from .test_services import right_response
from .test_xapi import learn_and_pass

UNIT = "Đoàn Thanh niên xã Tân Lập, tỉnh Phú Thọ"
NAME = "Nguyễn Thị Hồng Nhung"


def sample(services: Services) -> Course:
    course = services.catalog.course("sample-course")
    assert course is not None
    return course


def issuer(services: Services, unit: str = UNIT) -> CertificateIssuer:
    return CertificateIssuer(services.store, load_or_create_device_key(services.paths), unit)


def own_key(services: Services):  # type: ignore[no-untyped-def]
    return load_or_create_device_key(services.paths).public_key()


def completed_learner(services: Services, name: str = NAME) -> str:
    learner = services.learners.create(name, "UBND xã Tân Lập", "Tân Lập", "Phú Thọ")
    learn_and_pass(services, learner.id)
    return learner.id


def certificate_count(services: Services) -> int:
    return len(rows.all_certificates(services.store))


def forged_text(certificate: SignedCertificate, change: dict[str, object],
                key: Ed25519PrivateKey | None = None) -> str:
    """The QR text with one field of the payload changed; re-signed only if ``key`` is given,
    else the original signature is kept (a plain edit)."""
    payload, signature = parse_qr_text(certificate.qr_text())
    data = json.loads(payload)
    data.update(change)
    edited = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if key is not None:
        signature = key.sign(edited)
    return (QR_PREFIX + base64.urlsafe_b64encode(edited).rstrip(b"=").decode() + "."
            + base64.urlsafe_b64encode(signature).rstrip(b"=").decode())


# --- issuing ---------------------------------------------------------------------------

def test_a_completed_course_gets_a_signed_certificate_with_everything_it_says(
        services: Services) -> None:
    learner_id = completed_learner(services)
    certificate = issuer(services).issue(learner_id, sample(services))
    payload = certificate.payload
    assert payload.learner_name == NAME
    assert payload.learner_id == learner_id
    assert payload.course_id == "sample-course"
    assert payload.course_title == "Khóa học mẫu: Mật khẩu và mã OTP"
    assert payload.score == 100.0
    assert payload.issuing_unit == UNIT
    assert payload.issuer_device == services.store.device_id
    assert dict(payload.competences) == {"circular02": ("4.2",), "digcomp": ("4.2",)}
    assert len(payload.completed_on) == 10 and payload.completed_on[4] == "-"
    code = payload.code
    assert len(code) == 12 and code[4] == code[9] == "-"
    assert all(ch in CODE_ALPHABET for ch in code.replace("-", ""))
    stored = rows.by_code(services.store, code)
    assert stored is not None and stored.learner_id == learner_id
    assert stored.payload.encode("utf-8") == certificate.payload_bytes


def test_asking_again_gives_the_same_certificate(services: Services) -> None:
    learner_id = completed_learner(services)
    first = issuer(services).issue(learner_id, sample(services))
    again = issuer(services, "Another unit").issue(learner_id, sample(services))
    assert again.code == first.code
    assert again.payload_bytes == first.payload_bytes
    assert certificate_count(services) == 1


def test_a_learner_who_has_not_completed_gets_no_certificate(services: Services) -> None:
    course = sample(services)
    nobody = services.learners.create("Phạm Văn Bình")
    reader = services.learners.create("Lê Thị Ánh Tuyết")
    for lesson in course.lessons:  # every lesson read, but no quiz passed
        services.progress.lesson_completed(reader.id, course, lesson.id)
    for learner_id in (nobody.id, reader.id):
        with pytest.raises(CertificateRefused) as refused:
            issuer(services).issue(learner_id, course)
        assert refused.value.problem is IssueProblem.NOT_COMPLETED
        assert refused.value.learner_id == learner_id
    assert certificate_count(services) == 0


def test_a_failed_quiz_does_not_complete_the_course(services: Services) -> None:
    course = sample(services)
    learner = services.learners.create("Trần Văn Đức")
    for lesson in course.lessons:
        services.progress.lesson_completed(learner.id, course, lesson.id)
    session = services.quiz.start_new(learner.id, course, "vi")
    session.finish()  # nothing answered: failed
    with pytest.raises(CertificateRefused):
        issuer(services).issue(learner.id, course)
    assert certificate_count(services) == 0


@pytest.mark.parametrize("unit", ["", "   "])
def test_no_issuing_unit_means_no_certificate(services: Services, unit: str) -> None:
    learner_id = completed_learner(services)
    with pytest.raises(CertificateRefused) as refused:
        issuer(services, unit).issue(learner_id, sample(services))
    assert refused.value.problem is IssueProblem.NO_ISSUING_UNIT
    assert certificate_count(services) == 0


def test_a_batch_issues_for_those_who_completed_and_lists_the_others(
        services: Services) -> None:
    course = sample(services)
    done = [completed_learner(services, name) for name in ("An", "Bình", "Chi")]
    waiting = services.learners.create("Dũng").id
    result = issuer(services).issue_many([(learner_id, course)
                                          for learner_id in [*done, waiting]])
    assert result.new == 3
    assert [c.payload.learner_id for c in result.certificates] == done
    assert [r.learner_id for r in result.refused] == [waiting]
    assert certificate_count(services) == 3
    found = candidates(services.store, course.id)
    assert sorted(c.completion.learner_id for c in found) == sorted(done)
    assert all(c.certificate is not None for c in found)


def test_the_best_attempt_is_the_score(services: Services) -> None:
    course = sample(services)
    learner_id = completed_learner(services)
    session = services.quiz.start_new(learner_id, course, "vi")  # a later, worse retry
    session.answer(right_response(session.current.question))
    session.finish()
    assert issuer(services).issue(learner_id, course).payload.score == 100.0


# --- verifying -------------------------------------------------------------------------

def test_sign_and_verify_round_trip(services: Services) -> None:
    certificate = issuer(services).issue(completed_learner(services), sample(services))
    result = verify_text(services.store, own_key(services), certificate.qr_text())
    assert result.verdict is Verdict.VALID
    assert result.payload == certificate.payload


@pytest.mark.parametrize("change", [{"name": "Nguyễn Thị Hồng Nhunh"}, {"score": 100.1},
                                    {"date": "2020-01-01"}, {"unit": "UBND tỉnh"}])
def test_a_changed_payload_is_not_valid(services: Services, change: dict[str, object]) -> None:
    certificate = issuer(services).issue(completed_learner(services), sample(services))
    result = verify_text(services.store, own_key(services), forged_text(certificate, change))
    assert result.verdict is Verdict.NOT_VALID
    assert result.flaw is Flaw.SIGNATURE
    assert result.payload is None  # a forgery's claims are never shown as facts


def test_a_signature_by_another_key_is_not_valid(services: Services) -> None:
    certificate = issuer(services).issue(completed_learner(services), sample(services))
    forged = forged_text(certificate, {"score": 95.0}, key=Ed25519PrivateKey.generate())
    result = verify_text(services.store, own_key(services), forged)
    assert result.verdict is Verdict.NOT_VALID
    assert result.flaw is Flaw.SIGNATURE


def test_an_install_never_heard_of_is_an_unknown_issuer(services: Services) -> None:
    stranger = Ed25519PrivateKey.generate()
    payload = CertificatePayload("ABCD-EFGH-JK", NAME, "0d3c8f0e-8a55-4d1c-9c1c-2b0d5b2f0a11",
                                 "sample-course", "Khóa học mẫu", "2025-07-14", 90.0, UNIT,
                                 "5a1f7a42-9f55-4a0e-a8a3-5b6f43e5c1aa")
    result = verify_text(services.store, own_key(services), sign(payload, stranger).qr_text())
    assert result.verdict is Verdict.UNKNOWN_ISSUER
    assert result.payload is not None and result.payload.issuing_unit == UNIT


def test_by_code_from_the_local_table(services: Services) -> None:
    certificate = issuer(services).issue(completed_learner(services), sample(services))
    typed = certificate.code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    for text in (certificate.code, typed):
        result = verify_text(services.store, own_key(services), text)
        assert result.verdict is Verdict.VALID
        assert result.payload == certificate.payload


def test_a_record_edited_in_the_database_is_not_valid(services: Services) -> None:
    certificate = issuer(services).issue(completed_learner(services), sample(services))
    edited = certificate.payload_bytes.decode().replace('"score":100.0', '"score":10.0')
    with services.store.write() as db:
        db.execute("UPDATE certificates SET payload = ? WHERE code = ?",
                   [edited, certificate.code])
    result = verify_text(services.store, own_key(services), certificate.code)
    assert result.verdict is Verdict.NOT_VALID and result.flaw is Flaw.SIGNATURE


def test_unknown_code_unreadable_text_and_damaged_qr_text(services: Services) -> None:
    certificate = issuer(services).issue(completed_learner(services), sample(services))
    key = own_key(services)
    assert verify_text(services.store, key, "ABCD-EFGH-JK").verdict is Verdict.UNKNOWN_CODE
    for text in ("", "hello", "ABCD-EFGH", "ABCD-EFGH-JKU"):
        assert verify_text(services.store, key, text).verdict is Verdict.UNREADABLE
    text = certificate.qr_text()
    for damaged in (text[:-10], text[:80], text + ".x", text.replace(".", "!", 2),
                    QR_PREFIX + "!!!." + text.split(".")[2]):
        result = verify_text(services.store, key, damaged)
        assert result.verdict is Verdict.NOT_VALID, damaged
    wrapped = "\n".join(text[i:i + 60] for i in range(0, len(text), 60))
    assert verify_text(services.store, key, f"  {wrapped}\n").verdict is Verdict.VALID


def test_code_normalisation() -> None:
    assert normalise_code("abcd efgh jk") == "ABCD-EFGH-JK"
    assert normalise_code("OOOO-IIII-LL") == "0000-1111-11"
    assert normalise_code("ABCD-EFGH-JU") is None  # U is not in the alphabet
    assert normalise_code("ABCD-EFGH-J") is None


def test_the_qr_code_decodes_to_a_valid_certificate(services: Services) -> None:
    """Render the QR with segno, read it back with zxing-cpp, verify what was read."""
    certificate = issuer(services).issue(completed_learner(services), sample(services))
    qr = segno.make(certificate.qr_text(), error="m", micro=False)
    pixels = bytearray()
    width = 0
    for row in qr.matrix_iter(scale=4, border=4):
        line = bytes(0 if dark else 255 for dark in row)
        width = len(line)
        pixels += line
    height = len(pixels) // width
    found = zxingcpp.read_barcodes(memoryview(bytes(pixels)).cast("B", (height, width)))
    assert [barcode.format for barcode in found] == [zxingcpp.BarcodeFormat.QRCode]
    result = verify_text(services.store, own_key(services), found[0].text)
    assert result.verdict is Verdict.VALID
    assert result.payload is not None and result.payload.learner_name == NAME


def test_another_install_verifies_after_importing_the_issuers_bundle(
        tmp_path: Path, courses_dir: Path) -> None:
    """Two data folders: the first issues, the second knows nothing until it imports the
    first's results bundle, then checks the certificate from its QR text alone; as a hub
    it can then issue certificates for the first install's learners too."""
    first_paths = Paths(tmp_path / "first", courses_dir)
    second_paths = Paths(tmp_path / "second", courses_dir)
    first, second = build_services(first_paths), build_services(second_paths)
    try:
        certificate = issuer(first).issue(completed_learner(first), sample(first))
        text = certificate.qr_text()
        assert verify_text(second.store, own_key(second), text).verdict \
            is Verdict.UNKNOWN_ISSUER
        bundle = tmp_path / "first.dtsync"
        export_bundle(first.store, load_or_create_device_key(first_paths), bundle)
        import_bundle(second.store, bundle)
        result = verify_text(second.store, own_key(second), text)
        assert result.verdict is Verdict.VALID
        assert result.payload is not None and result.payload.learner_name == NAME
        # The code alone finds it only where it was issued: certificates do not travel.
        assert verify_text(second.store, own_key(second), certificate.code).verdict \
            is Verdict.UNKNOWN_CODE
        forged = forged_text(certificate, {"name": "Nguyễn Thị Hồng"})
        assert verify_text(second.store, own_key(second), forged).verdict is Verdict.NOT_VALID
        hub_certificate = issuer(second, "Hub").issue(certificate.payload.learner_id,
                                                      sample(second))
        assert hub_certificate.payload.learner_name == NAME
        assert hub_certificate.payload.issuer_device == second.store.device_id
    finally:
        first.close()
        second.close()


# --- the command line ------------------------------------------------------------------

def cli(paths: Paths, *args: str) -> int:
    return main(["--data-dir", str(paths.data_dir), "--courses-dir", str(paths.courses_dir),
                 "verify", *args])


def test_verify_command_exit_codes(services: Services, paths: Paths, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    certificate = issuer(services).issue(completed_learner(services), sample(services))
    services.close()
    assert cli(paths, certificate.qr_text()) == 0
    out = capsys.readouterr().out
    assert out.startswith("VALID") and NAME in out and certificate.code in out
    assert cli(paths, certificate.code.lower()) == 0
    assert capsys.readouterr().out.startswith("VALID")
    assert cli(paths, forged_text(certificate, {"score": 99.0})) == 1
    assert capsys.readouterr().out.startswith("NOT VALID")
    stranger = sign(CertificatePayload("ABCD-EFGH-JK", NAME, "l", "c", "t", "2025-07-14", 90.0,
                                       UNIT, "some-other-device"),
                    Ed25519PrivateKey.generate())
    assert cli(paths, stranger.qr_text()) == 1
    assert capsys.readouterr().out.startswith("UNKNOWN ISSUER")
    assert cli(paths, "ZZZZ-ZZZZ-ZZ") == 1
    assert capsys.readouterr().out.startswith("NOT FOUND")
    assert cli(paths, "hello") == 2
    assert "NOT A CERTIFICATE" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        cli(paths)
    assert usage.value.code == 2


def test_verify_command_on_a_second_install(tmp_path: Path, courses_dir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    first_paths = Paths(tmp_path / "first", courses_dir)
    first = build_services(first_paths)
    certificate = issuer(first).issue(completed_learner(first), sample(first))
    bundle = tmp_path / "first.dtsync"
    export_bundle(first.store, load_or_create_device_key(first_paths), bundle)
    first.close()
    second_paths = Paths(tmp_path / "second", courses_dir)
    assert cli(second_paths, certificate.qr_text()) == 1
    assert "UNKNOWN ISSUER" in capsys.readouterr().out
    assert main(["--data-dir", str(second_paths.data_dir), "sync", "import", str(bundle)]) == 0
    assert cli(second_paths, certificate.qr_text()) == 0
    assert NAME in capsys.readouterr().out


def test_courses_folder_copy_is_not_needed_to_verify(tmp_path: Path, courses_dir: Path) -> None:
    """Checking reads only the database and the key: a verifying install may have other
    courses or none."""
    paths = Paths(tmp_path / "d", courses_dir)
    services = build_services(paths)
    certificate = issuer(services).issue(completed_learner(services), sample(services))
    services.close()
    shutil.rmtree(courses_dir)
    assert cli(paths, certificate.code) == 0
