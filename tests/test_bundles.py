"""Signed bundles: a round trip between two installs, and every kind of damaged or forged file
refused whole with its own reason and the database left exactly as it was."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dtlearn.app import main
from dtlearn.errors import UserError
from dtlearn.paths import Paths
from dtlearn.services.context import Services, build_services
from dtlearn.store import hub
from dtlearn.store.database import Store
from dtlearn.sync.bundle import (
    BundleRefused,
    export_bundle,
    import_bundle,
    read_bundle,
)
from dtlearn.sync.keys import (
    DeviceKeyUnavailable,
    load_or_create_device_key,
    public_key_text,
)

from .test_xapi import learn_and_pass
from .xapi_checks import check_statement

STATEMENTS = "statements.jsonl"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\nIDATx\x9cc\x00\x01\x00\x00\x05\x00\x01\r\n-\xb4"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


# --- helpers --------------------------------------------------------------------------

@pytest.fixture
def make_device(tmp_path: Path, courses_dir: Path) -> Iterator[Callable[[str], Services]]:
    """Separate installs (own data folder, database, device id and key), same courses."""
    opened: list[Services] = []

    def make(name: str) -> Services:
        services = build_services(Paths(data_dir=tmp_path / name, courses_dir=courses_dir))
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def device_a(make_device: Callable[[str], Services]) -> Services:
    """A device whose two learners took the sample course: one passed, one read a lesson."""
    services = make_device("device-a")
    first = services.learners.create("Nguyễn Văn An", "UBND xã Tân Lập", "Tân Lập", "Phú Thọ")
    learn_and_pass(services, first.id)
    second = services.learners.create("Trần Thị Bình", "", "Phường Ba Đình", "Hà Nội")
    course = services.catalog.course("sample-course")
    assert course is not None
    services.progress.lesson_opened(second.id, course, course.lessons[0].id, "vi")
    return services


@pytest.fixture
def hub_b(make_device: Callable[[str], Services]) -> Services:
    """The trainer's install, with a learner and a result of its own."""
    services = make_device("hub-b")
    learner = services.learners.create("Lê Văn Cường", "UBND xã Đông Hưng", "Đông Hưng",
                                       "Hưng Yên")
    learn_and_pass(services, learner.id)
    return services


def export(services: Services, path: Path, everything: bool = False) -> Path:
    export_bundle(services.store, load_or_create_device_key(services.paths), path,
                  everything=everything)
    return path


def checksum(store: Store) -> str:
    """SHA-256 over every row of every table, in a fixed order."""
    digest = hashlib.sha256()
    tables = [row["name"] for row in store.read(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        digest.update(table.encode())
        for line in sorted(repr(sorted(row.items()))
                           for row in store.read(f'SELECT * FROM "{table}"')):
            digest.update(line.encode())
    return digest.hexdigest()


def outbox_bodies(store: Store) -> dict[str, str]:
    return {row["id"]: row["body"] for row in store.read("SELECT id, body FROM outbox")}


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write_zip(path: Path, content: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in content.items():
            zf.writestr(name, data)
    return path


def signed(manifest: dict[str, object], key: Ed25519PrivateKey) -> dict[str, bytes]:
    data = json.dumps(manifest, indent=2).encode()
    return {"manifest.json": data, "manifest.sig": key.sign(data)}


def manifest_of(path: Path) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(members(path)["manifest.json"])
    return loaded


# --- round trip -----------------------------------------------------------------------

def test_round_trip_between_two_devices(device_a: Services, hub_b: Services,
                                        tmp_path: Path) -> None:
    bundle = export(device_a, tmp_path / "a.dtsync")
    sent = outbox_bodies(device_a.store)
    report = import_bundle(hub_b.store, bundle)

    assert (report.new, report.already, report.refused) == (len(sent), 0, 0)
    assert report.device_id == device_a.store.device_id
    held = outbox_bodies(hub_b.store)
    assert {key: held[key] for key in sent} == sent
    for body in sent.values():
        check_statement(json.loads(body))
    imported = hub_b.store.read(
        "SELECT origin_device, sent_at, exported_at FROM outbox WHERE origin_device != ?",
        [hub_b.store.device_id])
    assert len(imported) == len(sent)
    assert {(r["origin_device"], r["sent_at"], r["exported_at"]) for r in imported} == {
        (device_a.store.device_id, None, None)}
    profile = "SELECT id, name, unit, commune, province, created_at, updated_at FROM learners"
    on_a = device_a.store.read(profile)
    assert all(row in hub_b.store.read(profile) for row in on_a)
    assert len(hub_b.learners.all()) == 3
    devices = hub.known_devices(hub_b.store)
    assert [(d.id, d.bundles, d.statements, d.learners) for d in devices] == [
        (device_a.store.device_id, 1, len(sent), 2)]
    assert devices[0].public_key == public_key_text(
        load_or_create_device_key(device_a.paths))


def test_second_import_adds_nothing(device_a: Services, hub_b: Services,
                                    tmp_path: Path) -> None:
    bundle = export(device_a, tmp_path / "a.dtsync")
    first = import_bundle(hub_b.store, bundle)
    before = checksum(hub_b.store)
    again = import_bundle(hub_b.store, bundle)
    assert (again.new, again.already, again.refused) == (0, first.new, 0)
    assert checksum(hub_b.store) == before


def test_a_device_may_import_its_own_bundle(device_a: Services, tmp_path: Path) -> None:
    bundle = export(device_a, tmp_path / "a.dtsync")
    count = len(outbox_bodies(device_a.store))
    report = import_bundle(device_a.store, bundle)
    assert (report.new, report.already, report.refused) == (0, count, 0)
    assert hub.known_devices(device_a.store) == []


def test_same_id_with_other_content_is_refused_not_overwritten(
        device_a: Services, hub_b: Services, tmp_path: Path) -> None:
    bundle = export(device_a, tmp_path / "a.dtsync")
    victim = next(iter(outbox_bodies(device_a.store)))
    changed = json.loads(outbox_bodies(device_a.store)[victim])
    changed["verb"]["display"]["en-US"] = "changed"
    hub_b.store.db.execute("INSERT INTO outbox (id, body, learner_id, verb, object_id, "
                           "timestamp, origin_device, recorded_at) "
                           "VALUES (?, ?, 'x', 'x', 'x', 'x', 'elsewhere', 'x')",
                           [victim, json.dumps(changed)])
    report = import_bundle(hub_b.store, bundle)
    assert report.refused == 1
    assert report.new == len(outbox_bodies(device_a.store)) - 1
    assert outbox_bodies(hub_b.store)[victim] == json.dumps(changed)


def test_same_statement_spelt_differently_is_already_had(
        device_a: Services, hub_b: Services, tmp_path: Path) -> None:
    bundle = export(device_a, tmp_path / "a.dtsync")
    victim, body = next(iter(outbox_bodies(device_a.store).items()))
    hub_b.store.db.execute("INSERT INTO outbox (id, body, learner_id, verb, object_id, "
                           "timestamp, origin_device, recorded_at) "
                           "VALUES (?, ?, 'x', 'x', 'x', 'x', 'elsewhere', 'x')",
                           [victim, json.dumps(json.loads(body), indent=1)])
    report = import_bundle(hub_b.store, bundle)
    assert (report.already, report.refused) == (1, 0)


# --- export bookkeeping ---------------------------------------------------------------

def test_export_marks_rows_and_only_new_ones_go_next(device_a: Services,
                                                    tmp_path: Path) -> None:
    store = device_a.store
    total = len(outbox_bodies(store))
    first = export_bundle(store, load_or_create_device_key(device_a.paths),
                          tmp_path / "1.dtsync")
    assert (first.statements, first.learners, first.sessions) == (total, 2, 0)
    assert store.read("SELECT COUNT(*) AS n FROM outbox WHERE exported_at IS NULL") == [
        {"n": 0}]
    second = export_bundle(store, load_or_create_device_key(device_a.paths),
                           tmp_path / "2.dtsync")
    assert (second.statements, second.learners, second.sessions) == (0, 0, 0)
    assert read_bundle(tmp_path / "2.dtsync").content.statements == []
    everything = export_bundle(store, load_or_create_device_key(device_a.paths),
                               tmp_path / "3.dtsync", everything=True)
    assert (everything.statements, everything.learners) == (total, 2)


def test_new_results_after_an_export_go_in_the_next(device_a: Services,
                                                   tmp_path: Path) -> None:
    export(device_a, tmp_path / "1.dtsync")
    learner = device_a.learners.all()[0]
    course = device_a.catalog.course("sample-course")
    assert course is not None
    device_a.progress.lesson_opened(learner.id, course, course.lessons[1].id, "en")
    bundle = read_bundle(export(device_a, tmp_path / "2.dtsync"))
    assert len(bundle.content.statements) == 1
    assert [row["id"] for row in bundle.content.learners] == [learner.id]


def test_a_profile_edit_travels_without_new_results(device_a: Services, hub_b: Services,
                                                    tmp_path: Path) -> None:
    import_bundle(hub_b.store, export(device_a, tmp_path / "1.dtsync"))
    learner = next(row for row in device_a.learners.all() if row.name == "Trần Thị Bình")
    device_a.learners.update(learner.id, "Trần Thị Bình", "UBND phường Ba Đình",
                             "Phường Ba Đình", "Hà Nội")
    bundle = export(device_a, tmp_path / "2.dtsync")
    content = read_bundle(bundle).content
    assert (len(content.statements), [row["id"] for row in content.learners]) == (
        0, [learner.id])
    import_bundle(hub_b.store, bundle)
    merged = hub_b.learners.get(learner.id)
    assert merged is not None and merged.unit == "UBND phường Ba Đình"


def test_learners_without_results_stay_on_the_device(device_a: Services,
                                                     tmp_path: Path) -> None:
    device_a.learners.create("Phạm Thị Dung")
    content = read_bundle(export(device_a, tmp_path / "a.dtsync", everything=True)).content
    assert "Phạm Thị Dung" not in {row["name"] for row in content.learners}


def test_a_hub_passes_on_what_it_imported(device_a: Services, hub_b: Services,
                                          make_device: Callable[[str], Services],
                                          tmp_path: Path) -> None:
    import_bundle(hub_b.store, export(device_a, tmp_path / "a.dtsync"))
    onward = export(hub_b, tmp_path / "b.dtsync")
    province = make_device("province")
    report = import_bundle(province.store, onward)
    assert report.new == len(outbox_bodies(hub_b.store))
    assert set(outbox_bodies(device_a.store)) <= set(outbox_bodies(province.store))
    assert len(province.learners.all()) == 3


def test_export_to_a_missing_folder_is_a_plain_error(device_a: Services,
                                                     tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist") as error:
        export(device_a, tmp_path / "no-such-folder" / "a.dtsync")
    assert "Traceback" not in str(error.value)
    assert device_a.store.read("SELECT COUNT(*) AS n FROM outbox WHERE exported_at IS NOT NULL"
                               ) == [{"n": 0}]
    assert list(tmp_path.glob("**/*.part")) == []


def test_demo_data_never_leaves_the_device(device_a: Services, tmp_path: Path) -> None:
    demo = next(row for row in device_a.learners.all() if row.name == "Trần Thị Bình")
    with device_a.store.write() as db:
        db.execute("UPDATE learners SET demo = 1 WHERE id = ?", [demo.id])
        db.execute("UPDATE outbox SET demo = 1 WHERE learner_id = ?", [demo.id])
        db.execute("INSERT INTO group_sessions (id, data, updated_at, demo) VALUES "
                   "('6f1c1a52-8d6e-4a53-a1a4-0d5f3c1b2a11', '{}', "
                   "'2026-11-20T01:00:00.000+00:00', 1)")
    content = read_bundle(export(device_a, tmp_path / "a.dtsync", everything=True)).content
    assert demo.id not in {row["id"] for row in content.learners}
    assert demo.id not in {s.columns[0] for s in content.statements}
    assert len(content.statements) == 16 and content.sessions == []


SESSION = "0c7e6a4b-5a1d-4c2e-9f3b-2d1e0f9a8b7c"


def add_session(services: Services, data: dict[str, str], updated_at: str) -> None:
    with services.store.write() as db:
        db.execute("INSERT INTO group_sessions (id, data, updated_at) VALUES (?, ?, ?) "
                   "ON CONFLICT (id) DO UPDATE SET data = excluded.data, "
                   "updated_at = excluded.updated_at",
                   [SESSION, json.dumps(data, ensure_ascii=False), updated_at])


def test_group_sessions_travel_and_merge_by_last_change(
        device_a: Services, hub_b: Services, make_device: Callable[[str], Services],
        tmp_path: Path) -> None:
    add_session(device_a, {"village": "Thôn Đồng"}, "2026-11-20T02:00:00.000+00:00")
    first = export(device_a, tmp_path / "1.dtsync")
    assert read_bundle(first).content.sessions == [
        {"id": SESSION, "data": '{"village": "Thôn Đồng"}',
         "updated_at": "2026-11-20T02:00:00.000+00:00"}]
    assert read_bundle(export(device_a, tmp_path / "2.dtsync")).content.sessions == []
    add_session(device_a, {"village": "Thôn Đoài"}, "2026-11-20T03:00:00.000+07:00")
    older = export(device_a, tmp_path / "3.dtsync")  # 03:00+07 is before 02:00 UTC
    for order in ((first, older), (older, first)):
        trainer = make_device(f"trainer-{order[0].stem}")
        reports = [import_bundle(trainer.store, path) for path in order]
        assert reports[0].sessions_changed == 1
        assert trainer.store.read("SELECT data FROM group_sessions") == [
            {"data": '{"village": "Thôn Đồng"}'}]


# --- refusals -------------------------------------------------------------------------

def flipped_byte(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    """One byte changed inside the compressed data of statements.jsonl."""
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo(STATEMENTS)
    data = bytearray(good.read_bytes())
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    data[start + info.compress_size // 2] ^= 0x55
    target.write_bytes(bytes(data))
    return target


def changed_character(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    """Re-zipped cleanly, with one character of the statements changed."""
    content = members(good)
    text = content[STATEMENTS].decode()
    position = text.index('"passed"') + 1
    content[STATEMENTS] = (text[:position] + "P" + text[position + 1:]).encode()
    return write_zip(target, content)


def removed_member(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    content = members(good)
    del content["learners.jsonl"]
    return write_zip(target, content)


def extra_member(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    return write_zip(target, {**members(good), "readme.txt": b"hello"})


def _more_statements(good: Path) -> dict[str, object]:
    manifest = manifest_of(good)
    counts = manifest["counts"]
    assert isinstance(counts, dict)
    counts["statements"] += 1
    return manifest


def count_changed_signature_kept(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    content = members(good)
    content["manifest.json"] = json.dumps(_more_statements(good), indent=2).encode()
    return write_zip(target, content)


def count_changed_resigned_other_key(good: Path, target: Path,
                                     key: Ed25519PrivateKey) -> Path:
    """Re-signed by someone else, who left the device's public key in the manifest."""
    return write_zip(target, {**members(good),
                              **signed(_more_statements(good), Ed25519PrivateKey.generate())})


def count_changed_with_own_key(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    """Re-signed by someone else who also put their public key in: the signature holds,
    the count does not."""
    forger = Ed25519PrivateKey.generate()
    manifest = _more_statements(good)
    manifest["public_key"] = public_key_text(forger)
    return write_zip(target, {**members(good), **signed(manifest, forger)})


def wrong_signature(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    return write_zip(target, {**members(good), "manifest.sig": os.urandom(64)})


def future_version(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    manifest = manifest_of(good)
    manifest["format_version"] = 2
    return write_zip(target, {**members(good), **signed(manifest, key)})


def other_format(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    manifest = manifest_of(good)
    manifest["format"] = "something-else"
    return write_zip(target, {**members(good), **signed(manifest, key)})


def truncated(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    data = good.read_bytes()
    target.write_bytes(data[:len(data) // 2])
    return target


def png(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    target.write_bytes(PNG)
    return target


def text_file(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    target.write_text("Kết quả lớp học ngày 22/11\n", encoding="utf-8")
    return target


def empty_file(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    target.write_bytes(b"")
    return target


def foreign_zip(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    return write_zip(target, {"word/document.xml": b"<w:document/>"})


def broken_statement(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    """Signed and summed correctly by the device itself, but a line lacks its verb."""
    content = members(good)
    lines = content[STATEMENTS].decode().splitlines()
    statement = json.loads(lines[0])
    del statement["verb"]
    lines[0] = json.dumps(statement)
    content[STATEMENTS] = ("\n".join(lines) + "\n").encode()
    manifest = manifest_of(good)
    sums = manifest["sha256"]
    assert isinstance(sums, dict)
    sums[STATEMENTS] = hashlib.sha256(content[STATEMENTS]).hexdigest()
    return write_zip(target, {**content, **signed(manifest, key)})


def resigned_lines(good: Path, target: Path, key: Ed25519PrivateKey,
                   first_line: str) -> Path:
    """The device's own key, correct sums and counts, but the first statement replaced."""
    content = members(good)
    lines = content[STATEMENTS].decode().splitlines()
    lines[0] = first_line
    content[STATEMENTS] = ("\n".join(lines) + "\n").encode()
    manifest = manifest_of(good)
    sums = manifest["sha256"]
    assert isinstance(sums, dict)
    sums[STATEMENTS] = hashlib.sha256(content[STATEMENTS]).hexdigest()
    return write_zip(target, {**content, **signed(manifest, key)})


def nan_score(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    line = members(good)[STATEMENTS].decode().splitlines()[0]
    statement = json.loads(line)
    statement["result"] = {"score": {"scaled": float("nan")}}
    return resigned_lines(good, target, key, json.dumps(statement))


def deeply_nested(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    return resigned_lines(good, target, key, "[" * 100_000 + "]" * 100_000)


def upper_case_braces_id(good: Path, target: Path, key: Ed25519PrivateKey) -> Path:
    statement = json.loads(members(good)[STATEMENTS].decode().splitlines()[0])
    statement["id"] = "{" + statement["id"] + "}"
    return resigned_lines(good, target, key, json.dumps(statement))


REFUSALS: dict[str, tuple[Callable[[Path, Path, Ed25519PrivateKey], Path], str]] = {
    "flipped byte": (flipped_byte, "statements.jsonl is damaged and cannot be unpacked"),
    "changed character": (changed_character,
                          "statements.jsonl does not match the checksum in the manifest"),
    "removed member": (removed_member, "learners.jsonl is missing from the bundle"),
    "extra member": (extra_member, "not a dtlearn bundle (unexpected member readme.txt)"),
    "count changed, signature kept": (count_changed_signature_kept,
                                      "the signature does not match"),
    "count changed, re-signed": (count_changed_resigned_other_key,
                                 "the signature does not match"),
    "count changed, forger's key": (count_changed_with_own_key,
                                    "the manifest says 18 statements but statements.jsonl "
                                    "has 17"),
    "wrong signature": (wrong_signature, "the signature does not match"),
    "future version": (future_version, "made by a newer dtlearn (bundle format 2); update "
                                       "dtlearn to import it"),
    "other format": (other_format, "not a dtlearn bundle (format 'something-else')"),
    "truncated": (truncated, "the file is incomplete: it starts like a bundle but its end "
                             "is missing"),
    "png": (png, "not a dtlearn bundle (not a zip file)"),
    "text file": (text_file, "not a dtlearn bundle (not a zip file)"),
    "empty file": (empty_file, "the file is empty"),
    "foreign zip": (foreign_zip, "not a dtlearn bundle (a zip file without a dtlearn "
                                 "manifest)"),
    "broken statement": (broken_statement, "statements.jsonl line 1 is not a complete "
                                           "statement"),
    "NaN score": (nan_score, "statements.jsonl line 1 is not valid JSON"),
    "deeply nested": (deeply_nested, "statements.jsonl line 1 is not valid JSON"),
    "id not a UUID": (upper_case_braces_id, "statements.jsonl line 1 has no valid statement "
                                            "id"),
}


# What the window words each refusal as (ui/sync_actions.refusal_text); "damaged" unless said.
REFUSAL_KINDS = {"extra member": "not-bundle", "count changed, signature kept": "forged",
                 "count changed, re-signed": "forged", "wrong signature": "forged",
                 "future version": "newer", "other format": "not-bundle",
                 "truncated": "truncated", "png": "not-bundle", "text file": "not-bundle",
                 "empty file": "empty", "foreign zip": "not-bundle"}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_bad_bundles_are_refused_whole(case: str, device_a: Services, hub_b: Services,
                                       tmp_path: Path) -> None:
    make, reason = REFUSALS[case]
    good = export(device_a, tmp_path / "good.dtsync")
    assert manifest_of(good)["counts"] == {"statements": 17, "learners": 2, "sessions": 0}
    bad = make(good, tmp_path / "bad.dtsync", load_or_create_device_key(device_a.paths))
    before = checksum(hub_b.store)
    with pytest.raises(BundleRefused) as refused:
        import_bundle(hub_b.store, bad)
    assert refused.value.reason.startswith(reason), refused.value.reason
    assert refused.value.kind == REFUSAL_KINDS.get(case, "damaged")
    assert str(refused.value).startswith("bad.dtsync: ")
    assert checksum(hub_b.store) == before
    # The intact bundle still imports afterwards: nothing half-done is in the way.
    assert import_bundle(hub_b.store, good).new == 17


def test_refusal_reasons_are_distinct() -> None:
    by_reason: dict[str, list[str]] = {}
    for case, (_make, reason) in REFUSALS.items():
        by_reason.setdefault(reason, []).append(case)
    shared = {reason: cases for reason, cases in by_reason.items() if len(cases) > 1}
    # Only a forged signature, however it was forged, the two non-zip files, and two lines
    # that are not JSON share a reason.
    assert sorted(map(sorted, shared.values())) == [
        ["NaN score", "deeply nested"],
        ["count changed, re-signed", "count changed, signature kept", "wrong signature"],
        ["png", "text file"]]


def test_a_known_device_signing_with_another_key_is_refused(
        device_a: Services, hub_b: Services, tmp_path: Path) -> None:
    import_bundle(hub_b.store, export(device_a, tmp_path / "first.dtsync"))
    good = export(device_a, tmp_path / "all.dtsync", everything=True)
    forger = Ed25519PrivateKey.generate()
    manifest = manifest_of(good)
    manifest["public_key"] = public_key_text(forger)
    manifest["bundle_id"] = "0b6f8a4e-2f0c-4d4e-9d7e-1c2b3a4d5e6f"
    forged = write_zip(tmp_path / "forged.dtsync", {**members(good), **signed(manifest, forger)})
    read_bundle(forged)  # in itself a well-formed, correctly signed bundle
    before = checksum(hub_b.store)
    with pytest.raises(BundleRefused, match="signed by a different key than earlier bundles "
                                            f"from device {device_a.store.device_id}") as refused:
        import_bundle(hub_b.store, forged)
    assert refused.value.kind == "other-key"
    assert checksum(hub_b.store) == before


def test_a_missing_file_is_refused_plainly(hub_b: Services, tmp_path: Path) -> None:
    with pytest.raises(BundleRefused, match="the file does not exist") as refused:
        import_bundle(hub_b.store, tmp_path / "nowhere.dtsync")
    assert refused.value.kind == "missing"


# --- the device key -------------------------------------------------------------------

def test_device_key_is_private_and_reused(tmp_path: Path, courses_dir: Path) -> None:
    paths = Paths(data_dir=tmp_path / "fresh" / "data", courses_dir=courses_dir)
    key = load_or_create_device_key(paths)
    assert stat.S_IMODE(paths.device_key.stat().st_mode) == 0o600
    written = paths.device_key.read_bytes()
    again = load_or_create_device_key(paths)
    assert public_key_text(again) == public_key_text(key)
    assert paths.device_key.read_bytes() == written
    assert len(base64.b64decode(public_key_text(key))) == 32
    assert [p.name for p in paths.data_dir.iterdir()] == [paths.device_key.name]


def test_every_bundle_of_a_device_carries_its_key(device_a: Services, tmp_path: Path) -> None:
    first = manifest_of(export(device_a, tmp_path / "1.dtsync"))
    second = manifest_of(export(device_a, tmp_path / "2.dtsync"))
    assert first["public_key"] == second["public_key"] == public_key_text(
        load_or_create_device_key(device_a.paths))
    assert first["bundle_id"] != second["bundle_id"]


def test_a_damaged_key_is_reported_not_replaced(paths: Paths) -> None:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    paths.device_key.write_text("not a key")
    with pytest.raises(DeviceKeyUnavailable, match="damaged"):
        load_or_create_device_key(paths)
    assert paths.device_key.read_text() == "not a key"


# --- the command line -----------------------------------------------------------------

def test_cli_export_and_import(device_a: Services, hub_b: Services, courses_dir: Path,
                               tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a_dir, b_dir = str(device_a.paths.data_dir), str(hub_b.paths.data_dir)
    bundle = tmp_path / "lop-tan-lap.dtsync"
    assert main(["--data-dir", a_dir, "--courses-dir", str(courses_dir), "sync", "export",
                 "-o", str(bundle)]) == 0
    out = capsys.readouterr().out
    size = bundle.stat().st_size
    assert out == (f"Exported 17 statements, 2 learners, 0 sessions to {bundle} "
                   f"({round(size / 1024)} KB)\n")
    assert main(["--data-dir", a_dir, "sync", "export", "-o", str(tmp_path / "2.dtsync")]) == 0
    assert capsys.readouterr().out.startswith("Exported 0 statements, 0 learners")
    assert main(["--data-dir", a_dir, "sync", "export", "--all",
                 "-o", str(tmp_path / "3.dtsync")]) == 0
    assert capsys.readouterr().out.startswith("Exported 17 statements, 2 learners")

    assert main(["--data-dir", b_dir, "sync", "import", str(bundle)]) == 0
    assert capsys.readouterr().out == f"{bundle}: 17 new, 0 already had, 0 refused\n"

    junk = tmp_path / "anh.dtsync"
    junk.write_bytes(PNG)
    before = checksum(hub_b.store)
    assert main(["--data-dir", b_dir, "sync", "import", str(junk), str(bundle)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{junk}: refused: not a dtlearn bundle (not a zip file)",
        f"{bundle}: 0 new, 17 already had, 0 refused"]
    assert checksum(hub_b.store) == before


def test_cli_export_to_a_missing_folder_exits_1(device_a: Services, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing" / "a.dtsync"
    assert main(["--data-dir", str(device_a.paths.data_dir), "sync", "export",
                 "-o", str(target)]) == 1
    assert "does not exist" in capsys.readouterr().err


# --- size -----------------------------------------------------------------------------

@pytest.mark.slow
def test_ten_thousand_statements_fit_in_a_message(tmp_path: Path) -> None:
    """Answers with Vietnamese question text from the real courses, as a class makes them."""
    from bench.sync_bundles import fill_store

    device = Store(tmp_path / "device.sqlite3")
    other = Store(tmp_path / "hub.sqlite3")
    try:
        fill_store(device, 10_000)
        report = export_bundle(device, Ed25519PrivateKey.generate(), tmp_path / "10k.dtsync")
        assert report.statements == 10_000
        assert report.size < 1_000_000, report.size  # messaging apps allow 2 MB and more
        assert import_bundle(other, report.path).new == 10_000
        verbs = {row["verb"] for row in other.read("SELECT DISTINCT verb FROM outbox")}
        assert {"answered", "passed", "completed", "experienced"} <= verbs
    finally:
        device.close()
        other.close()
