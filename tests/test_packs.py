"""Course packs: pack, install, update keeping progress, and every refusal changing nothing."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dtlearn.app import main
from dtlearn.errors import UserError
from dtlearn.paths import Paths, bundled_publisher_keys_dir
from dtlearn.services import pack_install
from dtlearn.services.backups import BackupService
from dtlearn.services.catalog import PREVIOUS_PREFIX, STAGING_PREFIX, Catalog
from dtlearn.services.context import Services, build_services
from dtlearn.services.pack_install import install_pack, recover_interrupted
from dtlearn.services.packs import (
    MANIFEST,
    SIGNATURE,
    CourseNotPackable,
    PackProblem,
    PackRefused,
    pack_course,
    path_problem,
)
from dtlearn.services.publisher_keys import (
    KeyFileError,
    key_id,
    load_private_key,
    new_key_pair,
    trust_key,
    trusted_keys,
)
from dtlearn.store.database import Store

from .conftest import SAMPLE
from .test_services import right_response

COURSE = "sample-course"
NEW_QUESTION = ("::two-factor:: {text} {{T#{fb}#{fb}}}\n")


# --- helpers ------------------------------------------------------------------------------

@pytest.fixture
def key(tmp_path: Path, paths: Paths) -> Path:
    """A publisher key pair made for this test and trusted by the test's install."""
    prefix = tmp_path / "keys" / "publisher"
    prefix.parent.mkdir()
    new_key_pair(prefix, "Test publisher")
    trust_key(paths, prefix.with_name("publisher.pub"))
    return prefix


def source_course(tmp_path: Path, version: str, course_id: str = COURSE) -> Path:
    """A copy of the sample course to pack, with its version raised."""
    folder = tmp_path / "src" / version / course_id
    shutil.copytree(SAMPLE, folder)
    toml = folder / "course.toml"
    text = re.sub(r'^version = ".*"$', f'version = "{version}"', toml.read_text("utf-8"),
                  count=1, flags=re.M)
    toml.write_text(re.sub(r'^id = ".*"$', f'id = "{course_id}"', text, count=1, flags=re.M),
                    encoding="utf-8")
    return folder


def swap_question(folder: Path) -> None:
    """The update of the issue: 'birthday' removed, 'two-factor' added, in both languages."""
    texts = {"vi": ("Nên bật xác thực hai yếu tố.", "Đúng vậy."),
             "en": ("Turn on two-factor authentication.", "Yes.")}
    for language, (text, feedback) in texts.items():
        quiz = folder / f"quiz.{language}.gift"
        lines = quiz.read_text("utf-8").splitlines(keepends=True)
        kept = [line for line in lines if not line.startswith("::birthday::")]
        assert len(kept) == len(lines) - 1
        kept.append("\n" + NEW_QUESTION.format(text=text, fb=feedback))
        quiz.write_text("".join(kept), encoding="utf-8")


def make_pack(tmp_path: Path, key: Path, version: str = "1.1.0", course_id: str = COURSE,
              edit: Callable[[Path], None] | None = None) -> Path:
    folder = source_course(tmp_path, version, course_id)
    if edit is not None:
        edit(folder)
    output = tmp_path / f"{course_id}-{version}.dtcourse"
    pack_course(folder, output, key)
    return output


def rewrite(pack: Path, target: Path, *, drop: tuple[str, ...] = (),
            add: dict[str, bytes] | None = None, change: dict[str, bytes] | None = None,
            manifest: Callable[[dict], None] | None = None,
            sign_with: Path | Ed25519PrivateKey | None = None,
            links: tuple[str, ...] = ()) -> Path:
    """A copy of a pack with members dropped, added or changed; the manifest edited and
    re-signed (with ``sign_with``) or left with its old signature."""
    with zipfile.ZipFile(pack) as source:
        members = {name: source.read(name) for name in source.namelist()}
    for name in drop:
        del members[name]
    members.update(change or {})
    if manifest is not None:
        data = json.loads(members[MANIFEST])
        manifest(data)
        members[MANIFEST] = json.dumps(data, indent=2).encode()
    if sign_with is not None:
        signer = (sign_with if isinstance(sign_with, Ed25519PrivateKey)
                  else load_private_key(sign_with))
        members[SIGNATURE] = signer.sign(members[MANIFEST])
    members.update(add or {})
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
        for name in links:
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            out.writestr(info, "../../../etc/passwd")
    return target


def tree(folder: Path) -> dict[str, bytes]:
    """Every file and folder under ``folder`` with its bytes: what 'unchanged' means."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"<dir>")
            for p in sorted(folder.rglob("*"))}


def database_dump(paths: Paths) -> str:
    if not paths.database.exists():
        return ""
    with contextlib.closing(sqlite3.connect(paths.database)) as db:
        return "\n".join(db.iterdump())


def learner_with_history(services: Services) -> tuple[str, float, str]:
    """A learner who read the first lesson, passed the quiz once and is half-way through
    a second attempt that includes 'birthday'. Returns (id, best score, open attempt id)."""
    course = services.catalog.course(COURSE)
    assert course is not None
    learner = services.learners.create("Trần Thị Bình", "UBND xã Tân Lập", "Tân Lập", "Phú Thọ")
    first = course.lessons[0].id
    services.progress.lesson_opened(learner.id, course, first)
    services.progress.lesson_completed(learner.id, course, first)
    done = services.quiz.start_new(learner.id, course, "vi")
    for index in range(len(done.questions)):
        done.go_to(index)
        done.answer(right_response(done.current.question))
    best = done.finish().score
    open_attempt = services.quiz.start_new(learner.id, course, "vi")
    ids = [item.question.id for item in open_attempt.questions]
    assert "birthday" in ids
    for index, question_id in enumerate(ids):
        if question_id != "birthday" and index % 2 == 0:
            open_attempt.go_to(index)
            open_attempt.answer(right_response(open_attempt.current.question))
    open_attempt.go_to(ids.index("birthday"))
    open_attempt.answer(right_response(open_attempt.current.question))
    return learner.id, best, open_attempt.attempt.id


# --- the round trip --------------------------------------------------------------------------

def test_pack_install_and_update_keep_progress(services: Services, paths: Paths, key: Path,
                                               tmp_path: Path) -> None:
    learner, best, attempt_id = learner_with_history(services)
    old_course = services.catalog.course(COURSE)
    assert old_course is not None
    before_answers = dict(services.quiz.start_or_resume(learner, old_course, "vi").answers)
    lessons_before = services.progress.course_progress(learner, old_course).lessons_done

    first = install_pack(make_pack(tmp_path, key, "1.1.0"), paths)
    assert (first.course_id, first.version, first.previous_version) == (COURSE, "1.1.0", "1.0.0")
    assert first.publisher == "Test publisher"
    update = make_pack(tmp_path, key, "1.2.0", edit=swap_question)
    report = install_pack(update, paths)
    assert (report.version, report.previous_version) == ("1.2.0", "1.1.0")
    assert report.folder == paths.installed_courses_dir / COURSE
    assert sorted(p.name for p in paths.installed_courses_dir.iterdir()) == [COURSE]

    services.catalog.refresh()
    entry = next(e for e in services.catalog.entries() if e.course_id == COURSE)
    assert entry.installed and entry.folder == paths.installed_courses_dir / COURSE
    course = services.catalog.course(COURSE)
    assert course is not None and course.version == "1.2.0"
    questions, _ = services.catalog.quiz(course, "vi")
    ids = {question.id for question in questions}
    assert "birthday" not in ids and "two-factor" in ids

    progress = services.progress.course_progress(learner, course)
    assert progress.lessons_done == lessons_before and progress.best_score == best
    resumed = services.quiz.start_or_resume(learner, course, "vi")
    assert resumed.attempt.id == attempt_id
    shown = [item.question.id for item in resumed.questions]
    assert "birthday" not in shown and "two-factor" not in shown and len(shown) == 9
    kept = {qid: row for qid, row in before_answers.items() if qid != "birthday"}
    assert {qid: resumed.answers[qid].response for qid in kept} == \
        {qid: row.response for qid, row in kept.items()}
    result = resumed.finish()
    assert len(result.questions) == 9


def test_a_new_course_from_a_pack_joins_the_catalog(services: Services, paths: Paths, key: Path,
                                                    tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    pack = make_pack(tmp_path, key, "1.0.0", course_id="extra-course")
    assert main(["--courses-dir", str(paths.courses_dir), "install", str(pack)]) == 0
    assert "Installed extra-course 1.0.0 (new on this computer)" in capsys.readouterr().out
    services.catalog.refresh()
    assert [c.id for c in services.catalog.usable()] == ["extra-course", COURSE]
    assert main(["--courses-dir", str(paths.courses_dir), "courses"]) == 0
    assert "extra-course\t1.0.0\t2 lessons\t10 questions" in capsys.readouterr().out


def test_pack_command_writes_a_signed_manifest(tmp_path: Path, key: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = source_course(tmp_path, "2.0.0")
    (folder / ".DS_Store").write_bytes(b"junk")
    output = tmp_path / "out.dtcourse"
    assert main(["pack", str(folder), "-o", str(output), "--key", str(key)]) == 0
    assert "Packed sample-course 2.0.0" in capsys.readouterr().out
    with zipfile.ZipFile(output) as zf:
        names = zf.namelist()
        manifest_bytes = zf.read(MANIFEST)
        signature = zf.read(SIGNATURE)
    manifest = json.loads(manifest_bytes)
    public = load_private_key(key).public_key()
    public.verify(signature, manifest_bytes)
    assert manifest["format"] == "dtlearn-course-pack" and manifest["format_version"] == 1
    assert (manifest["course_id"], manifest["course_version"]) == (COURSE, "2.0.0")
    assert manifest["publisher_key_id"] == key_id(public)
    expected = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                      if p.is_file() and p.name != ".DS_Store")
    assert sorted(manifest["files"]) == expected
    assert sorted(names) == sorted([MANIFEST, SIGNATURE, *(f"course/{n}" for n in expected)])
    toml = (folder / "course.toml").read_bytes()
    assert manifest["files"]["course.toml"] == {"sha256": hashlib.sha256(toml).hexdigest(),
                                                "size": len(toml)}


def test_a_broken_course_is_not_packed(tmp_path: Path, key: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    folder = source_course(tmp_path, "1.1.0")
    quiz = folder / "quiz.vi.gift"
    quiz.write_text(quiz.read_text("utf-8") + "\n::broken:: Câu hỏi không có đáp án {\n",
                    encoding="utf-8")
    output = tmp_path / "broken.dtcourse"
    with pytest.raises(CourseNotPackable) as refused:
        pack_course(folder, output, key)
    assert refused.value.problems and "quiz.vi.gift" in refused.value.problems[0]
    assert main(["pack", str(folder), "-o", str(output), "--key", str(key)]) == 1
    captured = capsys.readouterr()
    assert "quiz.vi.gift:" in captured.out and "was not packed" in captured.err
    assert not output.exists() and list(tmp_path.glob("*.part")) == []


def test_pack_refuses_a_public_key_as_signing_key(tmp_path: Path, key: Path) -> None:
    with pytest.raises(KeyFileError, match="public half"):
        pack_course(source_course(tmp_path, "1.1.0"), tmp_path / "x.dtcourse",
                    key.with_name("publisher.pub"))


# --- refusals: each names the problem and changes nothing -----------------------------------

def _changed_byte(pack: Path, target: Path, key: Path) -> Path:
    with zipfile.ZipFile(pack) as zf:
        lesson = zf.read("course/01-passwords.vi.md")
    changed = lesson.replace("mật khẩu".encode(), "mật khẩU".encode(), 1)
    assert len(changed) == len(lesson) and changed != lesson
    return rewrite(pack, target, change={"course/01-passwords.vi.md": changed})


def _damaged_byte(pack: Path, target: Path, key: Path) -> Path:
    """One byte flipped inside a member's compressed data, as a bad USB stick would."""
    data = bytearray(pack.read_bytes())
    with zipfile.ZipFile(pack) as zf:
        info = zf.getinfo("course/quiz.vi.gift")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x55
    target.write_bytes(bytes(data))
    return target


def _truncated(pack: Path, target: Path, key: Path) -> Path:
    target.write_bytes(pack.read_bytes()[: pack.stat().st_size * 2 // 3])
    return target


def _manifest_edited(pack: Path, target: Path, key: Path) -> Path:
    return rewrite(pack, target, manifest=lambda m: m.update(course_version="9.9.9"))


def _unknown_key(pack: Path, target: Path, key: Path) -> Path:
    stranger = Ed25519PrivateKey.generate()
    return rewrite(pack, target, sign_with=stranger,
                   manifest=lambda m: m.update(publisher_key_id=key_id(stranger.public_key())))


def _listed_escape(pack: Path, target: Path, key: Path) -> Path:
    """Even a trusted publisher's manifest may not name a path outside the folder."""
    payload = b"owned"
    entry = {"sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)}
    return rewrite(pack, target, sign_with=key,
                   manifest=lambda m: m["files"].update({"../../x": entry}))


def _invalid_course(pack: Path, target: Path, key: Path) -> Path:
    """Properly signed, but the course inside does not validate (its quiz is cut)."""
    with zipfile.ZipFile(pack) as zf:
        quiz = zf.read("course/quiz.vi.gift")
    broken = quiz + "\n::broken:: Không có đáp án {\n".encode()
    entry = {"sha256": hashlib.sha256(broken).hexdigest(), "size": len(broken)}
    return rewrite(pack, target, change={"course/quiz.vi.gift": broken}, sign_with=key,
                   manifest=lambda m: m["files"].update({"quiz.vi.gift": entry}))


def _foreign_zip(pack: Path, target: Path, key: Path) -> Path:
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    return target


def _bundle_zip(pack: Path, target: Path, key: Path) -> Path:
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr(MANIFEST, json.dumps({"format": "dtlearn-bundle", "format_version": 1}))
        zf.writestr(SIGNATURE, b"x" * 64)
    return target


def _text_file(pack: Path, target: Path, key: Path) -> Path:
    target.write_text("Xin chào", encoding="utf-8")
    return target


def _empty(pack: Path, target: Path, key: Path) -> Path:
    target.write_bytes(b"")
    return target


def _newer_format(pack: Path, target: Path, key: Path) -> Path:
    return rewrite(pack, target, sign_with=key, manifest=lambda m: m.update(format_version=2))


def _mismatched_manifest(pack: Path, target: Path, key: Path) -> Path:
    return rewrite(pack, target, sign_with=key,
                   manifest=lambda m: m.update(course_version="1.5.0"))


REFUSALS: dict[str, tuple[Callable[[Path, Path, Path], Path], PackProblem, str]] = {
    "one changed byte": (_changed_byte, PackProblem.CHANGED_FILE,
                         "01-passwords.vi.md does not match the checksum"),
    "one damaged byte": (_damaged_byte, PackProblem.DAMAGED, "quiz.vi.gift cannot be unpacked"),
    "one missing file": (lambda p, t, k: rewrite(p, t, drop=("course/02-otp.en.md",)),
                         PackProblem.MISSING_FILE, "02-otp.en.md is listed in the manifest"),
    "one extra file": (lambda p, t, k: rewrite(p, t, add={"course/media/extra.png": b"x"}),
                       PackProblem.EXTRA_FILE, "media/extra.png is in the pack but not in"),
    "unknown key": (_unknown_key, PackProblem.UNKNOWN_PUBLISHER, "unknown publisher"),
    "tampered manifest": (_manifest_edited, PackProblem.BAD_SIGNATURE,
                          "the signature does not match"),
    "../../x": (lambda p, t, k: rewrite(p, t, add={"../../x": b"owned"}),
                PackProblem.UNSAFE_PATH, "outside the course folder: ../../x"),
    "course/../../x": (lambda p, t, k: rewrite(p, t, add={"course/../../x": b"owned"}),
                       PackProblem.UNSAFE_PATH, "course/../../x"),
    "absolute path": (lambda p, t, k: rewrite(p, t, add={"/tmp/owned": b"owned"}),
                      PackProblem.UNSAFE_PATH, "/tmp/owned"),
    "backslashes": (lambda p, t, k: rewrite(p, t, add={"course\\..\\..\\x": b"owned"}),
                    PackProblem.UNSAFE_PATH, "course\\..\\..\\x"),
    "drive letter": (lambda p, t, k: rewrite(p, t, add={"C:/x": b"owned"}),
                     PackProblem.UNSAFE_PATH, "C:/x"),
    "symlink entry": (lambda p, t, k: rewrite(p, t, links=("course/media/link.svg",)),
                      PackProblem.LINK, "a link"),
    "escape in the signed manifest": (_listed_escape, PackProblem.UNSAFE_PATH, "../../x"),
    "case twins": (lambda p, t, k: rewrite(p, t, add={"course/Course.toml": b"x"}),
                   PackProblem.DUPLICATE, "Course.toml twice"),
    "no signature": (lambda p, t, k: rewrite(p, t, drop=(SIGNATURE,)),
                     PackProblem.NO_SIGNATURE, "not signed"),
    "truncated": (_truncated, PackProblem.TRUNCATED, "incomplete"),
    "foreign zip": (_foreign_zip, PackProblem.NOT_A_PACK, "not a dtlearn course pack"),
    "results bundle": (_bundle_zip, PackProblem.NOT_A_PACK, "not a dtlearn course pack"),
    "text file": (_text_file, PackProblem.NOT_ZIP, "not a zip file"),
    "empty file": (_empty, PackProblem.EMPTY, "the file is empty"),
    "newer format": (_newer_format, PackProblem.NEWER_FORMAT, "made by a newer dtlearn"),
    "invalid course": (_invalid_course, PackProblem.INVALID_COURSE, "quiz.vi.gift:"),
    "manifest and course disagree": (_mismatched_manifest, PackProblem.BAD_MANIFEST,
                                     "course.toml says sample-course 1.2.0"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_bad_pack_is_refused_and_nothing_changes(case: str, services: Services, paths: Paths,
                                                   key: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    build, problem, words = REFUSALS[case]
    installed = install_pack(make_pack(tmp_path, key, "1.1.0"), paths)  # an earlier version
    learner_with_history(services)
    bad = build(make_pack(tmp_path, key, "1.2.0"), tmp_path / "bad.dtcourse", key)
    courses_before, database_before = tree(paths.data_dir / "courses"), database_dump(paths)
    backups: list[str] = []
    with pytest.raises(PackRefused) as refused:
        install_pack(bad, paths, backup=lambda _paths, reason: backups.append(reason))
    assert refused.value.problem is problem
    assert words in str(refused.value) and str(refused.value).startswith("bad.dtcourse: ")
    assert tree(paths.data_dir / "courses") == courses_before
    assert database_dump(paths) == database_before
    assert backups == []
    assert installed.folder.is_dir()
    assert main(["--courses-dir", str(paths.courses_dir), "install", str(bad)]) == 1
    assert words in capsys.readouterr().err
    assert tree(paths.data_dir / "courses") == courses_before


def test_a_missing_pack_file_is_named(paths: Paths, tmp_path: Path) -> None:
    with pytest.raises(PackRefused) as refused:
        install_pack(tmp_path / "nowhere.dtcourse", paths)
    assert refused.value.problem is PackProblem.NOT_FOUND
    assert not paths.installed_courses_dir.exists()


@pytest.mark.parametrize("name", ["../x", "/x", "a\\b", "C:x", "a//b", "./a", "a/./b", "",
                                  "media/con.svg", "x.", "x ", "a\x00b", "a|b"])
def test_unsafe_names(name: str) -> None:
    assert path_problem(name) is PackProblem.UNSAFE_PATH


@pytest.mark.parametrize("name", ["course.toml", "media/lock.svg", "01-otp.vi.md",
                                  "media/ảnh đẹp.png", "console.md"])
def test_safe_names(name: str) -> None:
    assert path_problem(name) is None


# --- versions ------------------------------------------------------------------------------

def test_downgrade_and_same_version_need_force(paths: Paths, key: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    newer = make_pack(tmp_path, key, "1.3.0")
    older = make_pack(tmp_path, key, "1.2.0")
    install_pack(newer, paths)
    before = tree(paths.installed_courses_dir)
    with pytest.raises(PackRefused) as refused:
        install_pack(older, paths)
    assert refused.value.problem is PackProblem.DOWNGRADE
    assert "sample-course 1.3.0 is installed, newer than the pack's 1.2.0" in str(refused.value)
    with pytest.raises(PackRefused) as same:
        install_pack(newer, paths)
    assert same.value.problem is PackProblem.SAME_VERSION
    assert tree(paths.installed_courses_dir) == before
    args = ["--courses-dir", str(paths.courses_dir), "install"]
    assert main([*args, str(older)]) == 1
    assert "use --force" in capsys.readouterr().err
    assert main([*args, "--force", str(older)]) == 0
    assert "Installed sample-course 1.2.0 (replacing 1.3.0)" in capsys.readouterr().out
    assert 'version = "1.2.0"' in (paths.installed_courses_dir / COURSE / "course.toml"
                                   ).read_text("utf-8")
    report = install_pack(older, paths, force=True)
    assert report.forced and report.previous_version == "1.2.0"


def test_a_pack_older_than_the_built_in_course_is_refused_even_forced(
        paths: Paths, key: Path, tmp_path: Path) -> None:
    toml = paths.courses_dir / COURSE / "course.toml"
    toml.write_text(toml.read_text("utf-8").replace('version = "1.0.0"', 'version = "2.0.0"'),
                    encoding="utf-8")
    with pytest.raises(PackRefused) as refused:
        install_pack(make_pack(tmp_path, key, "1.5.0"), paths, force=True)
    assert refused.value.problem is PackProblem.BUNDLED_NEWER
    assert not paths.installed_courses_dir.exists()


def test_versions_compare_as_numbers(paths: Paths, key: Path, tmp_path: Path) -> None:
    install_pack(make_pack(tmp_path, key, "1.9.0"), paths)
    assert install_pack(make_pack(tmp_path, key, "1.10.0"), paths).version == "1.10.0"


# --- installing safely ------------------------------------------------------------------------

def test_backup_runs_before_the_swap(paths: Paths, key: Path, tmp_path: Path) -> None:
    pack = make_pack(tmp_path, key, "1.1.0")
    seen: list[tuple[str, bool]] = []

    def backup(given: Paths, reason: str) -> None:
        assert given == paths
        seen.append((reason, (paths.installed_courses_dir / COURSE).exists()))

    install_pack(pack, paths, backup=backup)
    assert seen == [("pack-install", False)]


def test_a_failed_backup_stops_the_install(paths: Paths, key: Path, tmp_path: Path) -> None:
    install_pack(make_pack(tmp_path, key, "1.1.0"), paths)
    before = tree(paths.installed_courses_dir)

    def disk_full(_paths: Paths, _reason: str) -> None:
        raise UserError("Cannot make a backup: the disk is full.")

    with pytest.raises(UserError, match="disk is full"):
        install_pack(make_pack(tmp_path, key, "1.2.0"), paths, backup=disk_full)
    assert tree(paths.installed_courses_dir) == before


def test_the_default_backup_is_taken_before_an_install(services: Services, paths: Paths,
                                                       key: Path, tmp_path: Path) -> None:
    """The real backup service: an install leaves a "pack-install" backup."""
    install_pack(make_pack(tmp_path, key, "1.1.0"), paths)
    made = BackupService(paths.database).list()
    assert [str(b.reason) for b in made] == ["pack-install"]


def test_progress_reaches_the_total(paths: Paths, key: Path, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    install_pack(make_pack(tmp_path, key, "1.1.0"), paths,
                 progress=lambda done, total: steps.append((done, total)))
    assert steps and steps[-1][0] == steps[-1][1] > 0
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)


def test_a_failed_swap_keeps_the_previous_version(paths: Paths, key: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    install_pack(make_pack(tmp_path, key, "1.1.0"), paths)
    before = tree(paths.installed_courses_dir)
    real_replace = os.replace

    def failing(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if Path(source).parent.name.startswith(STAGING_PREFIX):
            raise PermissionError(13, "Permission denied")
        real_replace(source, target)

    monkeypatch.setattr(pack_install.os, "replace", failing)
    with pytest.raises(PackRefused) as refused:
        install_pack(make_pack(tmp_path, key, "1.2.0"), paths)
    assert refused.value.problem is PackProblem.CANNOT_WRITE
    assert "Permission denied" in str(refused.value)
    assert tree(paths.installed_courses_dir) == before


def test_not_enough_space_is_refused_before_unpacking(paths: Paths, key: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    pack = make_pack(tmp_path, key, "1.1.0")
    monkeypatch.setattr(pack_install.shutil, "disk_usage",
                        lambda _: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))  # type: ignore[attr-defined]
    with pytest.raises(PackRefused) as refused:
        install_pack(pack, paths)
    assert refused.value.problem is PackProblem.DISK_FULL
    assert "not enough free disk space" in str(refused.value)
    assert [p.name for p in paths.installed_courses_dir.iterdir()] == []


def test_read_only_data_folder_is_refused_plainly(paths: Paths, key: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated, since the tests may run as root, who may write anywhere."""
    pack = make_pack(tmp_path, key, "1.1.0")
    real_mkdir = Path.mkdir

    def read_only(self: Path, *args: object, **kwargs: object) -> None:
        if self.name.startswith(STAGING_PREFIX):
            raise OSError(errno.EROFS, "Read-only file system")
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", read_only)
    with pytest.raises(PackRefused) as refused:
        install_pack(pack, paths)
    assert refused.value.problem is PackProblem.CANNOT_WRITE
    assert "Read-only file system" in str(refused.value)
    assert [p.name for p in paths.installed_courses_dir.iterdir()] == []


def test_an_interrupted_swap_is_undone_next_time(paths: Paths, key: Path,
                                                 tmp_path: Path) -> None:
    install_pack(make_pack(tmp_path, key, "1.1.0"), paths)
    root = paths.installed_courses_dir
    aside = root / f"{PREVIOUS_PREFIX}{COURSE}.1234abcd"
    os.replace(root / COURSE, aside)  # the process died between the two renames
    stale = root / f"{STAGING_PREFIX}old"
    (stale / COURSE).mkdir(parents=True)
    os.utime(stale, (0, 0))
    services = build_services(paths)
    try:
        # Hidden folders are never courses: the built-in copy shows meanwhile.
        assert [e.folder for e in services.catalog.entries()] == [paths.courses_dir / COURSE]
    finally:
        services.close()
    recover_interrupted(root)
    assert sorted(p.name for p in root.iterdir()) == [COURSE]
    assert 'version = "1.1.0"' in (root / COURSE / "course.toml").read_text("utf-8")


# --- the catalog over two folders ----------------------------------------------------------

def test_catalog_prefers_installed_unless_broken_or_older(paths: Paths, key: Path,
                                                          tmp_path: Path) -> None:
    install_pack(make_pack(tmp_path, key, "1.1.0"), paths)
    store = Store(paths.database)
    try:
        catalog = Catalog(paths.courses_dir, store, paths.installed_courses_dir)
        assert [(e.course_id, e.installed) for e in catalog.entries()] == [(COURSE, True)]
        toml = paths.courses_dir / COURSE / "course.toml"
        toml.write_text(toml.read_text("utf-8").replace('"1.0.0"', '"1.2.0"'), "utf-8")
        chosen = catalog.refresh()[0]
        assert not chosen.installed and chosen.course and chosen.course.version == "1.2.0"
        toml.write_text(toml.read_text("utf-8").replace('"1.2.0"', '"1.0.0"'), "utf-8")
        (paths.installed_courses_dir / COURSE / "quiz.vi.gift").unlink()
        chosen = catalog.refresh()[0]
        assert not chosen.installed and not chosen.broken
    finally:
        store.close()


def test_catalog_cache_covers_installed_courses(paths: Paths, key: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    install_pack(make_pack(tmp_path, key, "1.0.0", course_id="extra-course"), paths)
    store = Store(paths.database)
    try:
        Catalog(paths.courses_dir, store, paths.installed_courses_dir).entries()
        from dtlearn.core import loader
        from dtlearn.services import catalog as catalog_module

        def no_parsing(folder: Path) -> list[object]:
            raise AssertionError(f"{folder} was parsed again")

        monkeypatch.setattr(catalog_module, "validate_course", no_parsing)
        monkeypatch.setattr(loader, "load_course", no_parsing)
        entries = Catalog(paths.courses_dir, store, paths.installed_courses_dir).entries()
        assert [(e.course_id, e.installed, e.question_count) for e in entries] == [
            ("extra-course", True, 10), (COURSE, False, 10)]
    finally:
        store.close()


# --- keys ------------------------------------------------------------------------------------

def test_keys_new_trust_and_list(tmp_path: Path, paths: Paths,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    prefix = tmp_path / "org"
    assert main(["keys", "new", "-o", str(prefix), "--name", "Sở TT&TT Phú Thọ"]) == 0
    out = capsys.readouterr().out
    assert "Private key:" in out and "org.pub" in out
    if os.name != "nt":
        assert stat.S_IMODE(prefix.stat().st_mode) == 0o600
    assert b"PRIVATE KEY" in prefix.read_bytes()
    assert b"PRIVATE" not in prefix.with_name("org.pub").read_bytes()
    before = (prefix.read_bytes(), prefix.with_name("org.pub").read_bytes())
    assert main(["keys", "new", "-o", str(prefix)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert (prefix.read_bytes(), prefix.with_name("org.pub").read_bytes()) == before

    assert main(["keys", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[2:] for line in listed] == [["built-in", "dtlearn project"]]

    assert main(["keys", "trust", str(prefix.with_name("org.pub"))]) == 0
    assert "Trusted publisher key \"Sở TT&TT Phú Thọ\"" in capsys.readouterr().out
    assert main(["keys", "trust", str(prefix.with_name("org.pub"))]) == 0
    assert "Already trusted" in capsys.readouterr().out
    assert main(["keys", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    public = load_private_key(prefix).public_key()
    assert lines[1].split("\t") == [key_id(public),
                                    trusted_keys(paths)[1].fingerprint, "added",
                                    "Sở TT&TT Phú Thọ"]
    assert lines[1].split("\t")[1].startswith("SHA256:")
    assert [p.name for p in paths.publisher_keys_dir.iterdir()] == [f"{key_id(public)}.pub"]


def test_trusting_a_private_key_or_junk_is_refused(tmp_path: Path, paths: Paths,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    prefix = tmp_path / "org"
    new_key_pair(prefix)
    assert main(["keys", "trust", str(prefix)]) == 1
    assert "is a PRIVATE key" in capsys.readouterr().err
    junk = tmp_path / "junk.pub"
    junk.write_text("ssh-rsa AAAA", encoding="utf-8")
    assert main(["keys", "trust", str(junk)]) == 1
    assert "is not a public key file" in capsys.readouterr().err
    assert not paths.publisher_keys_dir.exists()


def test_the_bundled_key_is_public_and_trusted(paths: Paths) -> None:
    files = sorted(bundled_publisher_keys_dir().iterdir())
    assert [f.name for f in files] == ["dtlearn.pub"]
    assert all(b"PRIVATE" not in f.read_bytes() for f in files)
    keys = trusted_keys(paths)
    assert [(k.name, k.bundled) for k in keys] == [("dtlearn project", True)]


def test_a_damaged_trusted_key_file_is_skipped(paths: Paths, key: Path) -> None:
    (paths.publisher_keys_dir / "broken.pub").write_text("not a key", encoding="utf-8")
    assert [k.name for k in trusted_keys(paths)] == ["dtlearn project", "Test publisher"]


def test_a_damaged_file_in_the_way_of_a_trusted_key_is_named(tmp_path: Path,
                                                             paths: Paths) -> None:
    prefix = tmp_path / "org"
    made = new_key_pair(prefix)
    paths.publisher_keys_dir.mkdir(parents=True)
    in_the_way = paths.publisher_keys_dir / f"{made.key_id}.pub"
    in_the_way.write_text("damaged", encoding="utf-8")
    with pytest.raises(KeyFileError, match="is in the way"):
        trust_key(paths, prefix.with_name("org.pub"))
    assert in_the_way.read_text(encoding="utf-8") == "damaged"
