"""Backups of the database: on schedule, before a migration and a pack install, rotation,
restore; a damaged database found and restored; a full disk and a read-only folder give the
plain message and leave nothing half-written."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from dtlearn.app import main
from dtlearn.errors import DatabaseDamaged, DatabaseUnavailable
from dtlearn.paths import Paths
from dtlearn.services import opening
from dtlearn.services.backups import (
    BackupFailed,
    BackupService,
    Reason,
    backup,
    open_store,
)
from dtlearn.store import attempts, learners
from dtlearn.store import backup as files
from dtlearn.store import database as database_module
from dtlearn.store.database import READ_ONLY_MESSAGE, Store, WriteBlocked
from dtlearn.store.migrations import migrations

OLD_SCHEMA_STOP = "0004_sync"  # a database made before sync arrived
OLD_MIGRATIONS = ["0001_learning_records", "0002_course_cache_and_indexes",
                  "0003_course_cache_metadata"]


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "data" / "dtlearn.sqlite3"


@pytest.fixture
def store(database: Path) -> Iterator[Store]:
    opened = Store(database)
    yield opened
    opened.close()


def names(store: Store) -> list[str]:
    return sorted(learner.name for learner in learners.all_learners(store))


def names_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM learners"))
    finally:
        conn.close()


def applied_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def corrupt_middle(path: Path) -> None:
    """Overwrite a few pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    pages = size // 4096
    assert pages >= 8, "too small a database to damage in the middle"
    with path.open("r+b") as handle:
        handle.seek((pages // 2) * 4096)
        handle.write(bytes(range(256)) * 16 * 3)


def old_database(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    old = Database(path)
    migrations.apply(old, stop_before=OLD_SCHEMA_STOP)
    old.execute("INSERT INTO learners (id, name, created_at, updated_at) "
                "VALUES ('l1', 'Nguyễn Văn An', 't', 't')")
    old.close()


def fill(store: Store, count: int, prefix: str = "Học viên") -> None:
    for number in range(count):
        learners.insert_learner(store, f"{prefix} {number}", "UBND xã Tân Lập", "Tân Lập",
                                "Phú Thọ")


# --- on schedule ------------------------------------------------------------------------

def test_one_daily_backup_per_day(store: Store, database: Path) -> None:
    clock = Clock(dt.datetime(2025, 7, 1, 2, 0, tzinfo=dt.UTC))
    service = BackupService(database, clock)
    first = service.daily_if_due()
    assert first is not None and first.reason is Reason.DAILY
    assert first.name == "dtlearn-20250701-020000Z-daily.sqlite3"
    clock.advance(hours=1)
    assert service.daily_if_due() is None  # the same day: no second one
    clock.advance(days=1)
    second = service.daily_if_due()
    assert second is not None and second.created == clock.now
    assert [b.reason for b in service.newest_first()] == [Reason.DAILY, Reason.DAILY]
    assert files.check_file(second.path) == []


def test_a_backup_is_one_checked_file_outside_wal(store: Store, database: Path) -> None:
    fill(store, 3)
    made = BackupService(database).backup("manual")
    assert made.reason is Reason.MANUAL
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.name]
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert names_in(made.path) == names(store)


def test_rotation_keeps_the_newest_seven(store: Store, database: Path) -> None:
    clock = Clock(dt.datetime(2025, 7, 1, 8, 0, tzinfo=dt.UTC))
    service = BackupService(database, clock)
    made = []
    for _ in range(10):
        made.append(service.backup(Reason.MANUAL))
        clock.advance(minutes=5)
    kept = service.newest_first()
    assert [b.name for b in kept] == [b.name for b in reversed(made[-7:])]
    assert not any(b.path.exists() for b in made[:3])


def test_backups_in_the_same_second_get_their_own_names(store: Store, database: Path) -> None:
    clock = Clock(dt.datetime(2025, 7, 1, 8, 0, tzinfo=dt.UTC))
    service = BackupService(database, clock)
    first = service.backup(Reason.MANUAL)
    second = service.backup(Reason.PACK_INSTALL)
    third = service.backup(Reason.PACK_INSTALL)
    assert third.name == "dtlearn-20250701-080000Z-pack-install-3.sqlite3"
    assert [b.name for b in service.newest_first()] == [third.name, second.name, first.name]


def test_a_copy_that_fails_its_check_is_discarded(store: Store, database: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    service = BackupService(database)
    good = service.backup(Reason.MANUAL)
    real_check = files.check
    monkeypatch.setattr(files, "check", lambda conn, quick=False: ["*** page 7: bad"])
    with pytest.raises(BackupFailed, match="failed SQLite's check.*discarded") as failed:
        service.backup(Reason.MANUAL)
    assert failed.value.kind == "copy-failed-check"
    monkeypatch.setattr(files, "check", real_check)
    assert [p.name for p in service.folder.iterdir()] == [good.name]  # no partial left


# --- before a migration, before a pack install ------------------------------------------

def test_migration_backs_up_the_old_schema_first(database: Path) -> None:
    old_database(database)
    store = open_store(database)
    try:
        assert names(store) == ["Nguyễn Văn An"]
        assert "outbox" in Database(store.db).table_names()
    finally:
        store.close()
    made = BackupService(database).newest_first()
    assert [b.reason for b in made] == [Reason.MIGRATION]
    assert applied_in(made[0].path) == OLD_MIGRATIONS  # taken before any migration ran
    assert "outbox" not in Database(made[0].path).table_names()
    assert names_in(made[0].path) == ["Nguyễn Văn An"]
    assert applied_in(database) == [m.name for m in migrations._migrations]


def test_new_or_current_databases_are_not_backed_up_on_open(database: Path) -> None:
    Store(database).close()  # new: nothing to lose
    Store(database).close()  # up to date: nothing to migrate
    assert BackupService(database).newest_first() == []


def test_no_migration_without_its_backup(database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old_database(database)
    files.backup_folder(database).write_text("a file where the folder should be")
    with pytest.raises(DatabaseUnavailable, match="backs it up first; the backup failed, so "
                                                  "nothing was changed"):
        Store(database)
    assert applied_in(database) == OLD_MIGRATIONS


def test_pack_install_calls_backup(paths: Paths, store: Store) -> None:
    assert paths.database == store.path
    fill(store, 2)
    made = backup(paths, "pack-install")
    assert made is not None and made.reason is Reason.PACK_INSTALL
    assert "-pack-install.sqlite3" in made.name
    assert names_in(made.path) == names(store)


def test_pack_install_before_any_database_needs_no_backup(paths: Paths) -> None:
    assert backup(paths, "pack-install") is None
    assert not files.backup_folder(paths.database).exists()


# --- restore ----------------------------------------------------------------------------

def test_restore_brings_back_the_earlier_state(store: Store, database: Path) -> None:
    clock = Clock(dt.datetime(2025, 7, 1, 8, 0, tzinfo=dt.UTC))
    service = BackupService(database, clock)
    learners.insert_learner(store, "Trần Thị Bình", "", "", "")
    earlier = service.backup(Reason.MANUAL)
    clock.advance(hours=2)
    learners.insert_learner(store, "Lê Văn Cường", "", "", "")

    outcome = service.restore(earlier)

    assert outcome.damaged_aside is None
    assert outcome.saved_first is not None
    assert outcome.saved_first.reason is Reason.BEFORE_RESTORE
    assert names_in(outcome.saved_first.path) == ["Lê Văn Cường", "Trần Thị Bình"]
    assert names(store) == ["Trần Thị Bình"]  # the open connection reads the restored data
    reopened = Store(database)
    try:
        assert names(reopened) == ["Trần Thị Bình"]
        assert reopened.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        reopened.close()


def test_restore_never_rotates_away_the_backup_it_restores(store: Store,
                                                           database: Path) -> None:
    clock = Clock(dt.datetime(2025, 7, 1, 8, 0, tzinfo=dt.UTC))
    service = BackupService(database, clock)
    learners.insert_learner(store, "An", "", "", "")
    oldest = service.backup(Reason.MANUAL)
    learners.insert_learner(store, "Bình", "", "", "")
    for _ in range(6):
        clock.advance(minutes=1)
        service.backup(Reason.DAILY)
    clock.advance(minutes=1)
    service.restore(oldest)
    assert oldest.path.exists()
    assert names(store) == ["An"]


def test_a_damaged_backup_is_refused_and_nothing_changes(store: Store, database: Path) -> None:
    service = BackupService(database)
    fill(store, 200)
    chosen = service.backup(Reason.MANUAL)
    learners.insert_learner(store, "Sau", "", "", "")
    corrupt_middle(chosen.path)
    with pytest.raises(BackupFailed, match="is damaged.*Nothing was changed") as failed:
        service.restore(chosen)
    assert (failed.value.kind, failed.value.path) == ("backup-damaged", chosen.path)
    assert "Sau" in names(store)
    assert [b.reason for b in service.newest_first()] == [Reason.MANUAL]


def test_restore_from_the_command_line(database: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DTLEARN_DATA_DIR", str(database.parent))
    store = Store(database)
    learners.insert_learner(store, "Trước", "", "", "")
    store.close()
    assert main(["backups", "create"]) == 0
    assert "Backed up as " in capsys.readouterr().out
    store = Store(database)
    learners.insert_learner(store, "Sau", "", "", "")
    store.close()
    assert main(["backups", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and "\tmanual\t" in listed[0]
    name = listed[0].split("\t")[0]
    assert main(["backups", "restore", name]) == 0
    out = capsys.readouterr().out
    assert "saved as dtlearn-" in out and f"Restored {name}" in out
    assert names_in(database) == ["Trước"]
    assert main(["backups", "restore", "nonsense.sqlite3"]) == 1
    assert "There is no backup called nonsense.sqlite3" in capsys.readouterr().err


# --- a damaged database -----------------------------------------------------------------

def damaged_install(database: Path) -> Path:
    """A database with a good backup, more written after it, then damaged in the middle."""
    store = Store(database)
    fill(store, 300)
    good = BackupService(database).backup(Reason.DAILY)
    learners.insert_learner(store, "Sau sao lưu", "", "", "")
    store.close()
    corrupt_middle(database)
    return good.path


def test_damage_is_found_on_open_and_the_newest_good_backup_named(database: Path) -> None:
    good = damaged_install(database)
    with pytest.raises(DatabaseDamaged) as raised:
        open_store(database)
    error = raised.value
    assert error.newest_backup == good
    message = str(error)
    assert message.startswith(f"The database {database} is damaged")
    assert "The newest good backup is from" in message
    assert "dtlearn backups restore --newest" in message


def test_the_command_line_says_the_same_and_exits_1(
        database: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    damaged_install(database)
    monkeypatch.setenv("DTLEARN_DATA_DIR", str(database.parent))
    assert main(["courses"]) == 1
    error = capsys.readouterr().err
    assert "is damaged" in error and "dtlearn backups restore --newest" in error

    assert main(["backups", "restore", "--newest"]) == 0
    out = capsys.readouterr().out
    assert "The damaged database was kept as" in out
    aside = [p.name for p in database.parent.iterdir() if ".damaged-" in p.name]
    kept = [name for name in aside if not name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and kept[0].startswith("dtlearn.sqlite3.damaged-")
    assert set(aside) <= {kept[0], kept[0] + "-wal", kept[0] + "-shm"}
    store = open_store(database)
    try:
        assert len(names(store)) == 300 and "Sau sao lưu" not in names(store)
    finally:
        store.close()


def test_restore_over_a_damaged_database_keeps_it_aside(database: Path) -> None:
    good = damaged_install(database)
    damaged_bytes = database.read_bytes()
    service = BackupService(database)
    newest = service.newest_good()
    assert newest is not None and newest.path == good
    outcome = service.restore(newest)
    assert outcome.saved_first is None  # a damaged database is not worth a backup
    assert outcome.damaged_aside is not None
    assert outcome.damaged_aside.read_bytes() == damaged_bytes
    assert files.check_file(database) == []


def test_no_good_backup_says_so(database: Path) -> None:
    store = Store(database)
    fill(store, 300)
    store.close()
    corrupt_middle(database)
    with pytest.raises(DatabaseDamaged, match="There is no good backup") as raised:
        open_store(database)
    assert raised.value.newest_backup is None
    aside = BackupService(database).set_damaged_aside()
    assert aside is not None and aside.exists() and not database.exists()
    fresh = open_store(database)
    fresh.close()


def test_a_big_database_is_checked_after_start_instead(database: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    damaged_install(database)
    monkeypatch.setattr(opening, "CHECK_AT_OPEN_BYTES", 1024)
    store = open_store(database)  # opens: the damage is in pages opening does not read
    assert store.checked is False
    store.close()
    found = BackupService(database).after_start(already_checked=False)
    assert found.problems and found.daily is None  # no backup of a damaged database


def test_after_start_makes_the_daily_backup(store: Store, database: Path) -> None:
    found = BackupService(database).after_start(already_checked=True)
    assert found.problems == [] and found.daily is not None
    assert BackupService(database).after_start(already_checked=True).daily is None


# --- disk full, read-only ---------------------------------------------------------------

def limit_to_current_size(store: Store) -> None:
    """A disk with no room left: no free pages, and the file may not grow."""
    store.db.execute("VACUUM")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {table: sorted(store.db.execute(f"SELECT * FROM [{table}]").fetchall(), key=repr)
            for table in ("answers", "attempts", "outbox", "learners")}


def test_a_full_disk_gives_the_plain_message_and_writes_nothing(store: Store) -> None:
    learner = learners.insert_learner(store, "An", "", "", "")
    attempt = attempts.insert_attempt(store, learner.id, "c", "1.0.0", 7, ["q1", "q2"])
    limit_to_current_size(store)
    before = snapshot(store)
    statement = {"id": "5b0c6a8e-0000-4000-8000-000000000001", "verb": {"id": "answered"},
                 "actor": {"account": {"name": learner.id}}, "object": {"id": "q1"},
                 "timestamp": "2025-07-01T08:00:00+00:00", "padding": "x" * 9000}
    with pytest.raises(WriteBlocked, match="is full. Free some space; nothing was lost"):
        attempts.save_answer(store, attempt.id, "q1", [0, 2], 0.5, False, 1, [statement])
    assert snapshot(store) == before  # the answer, its statement, the position: none
    assert not store.writable and not store.read_only
    store.db.execute("PRAGMA max_page_count = 1000000")  # space freed
    attempts.save_answer(store, attempt.id, "q1", [0, 2], 0.5, False, 1, [statement])
    assert store.writable
    assert attempts.attempt_answers(store, attempt.id)["q1"].response == [0, 2]


def test_read_only_database_reads_and_refuses_writes(database: Path) -> None:
    store = Store(database)
    learners.insert_learner(store, "An", "", "", "")
    store.close()
    reader = Store(database, read_only=True)
    try:
        assert names(reader) == ["An"] and reader.read_only and not reader.writable
        with pytest.raises(WriteBlocked) as raised:
            learners.insert_learner(reader, "Bình", "", "", "")
        assert str(raised.value) == READ_ONLY_MESSAGE.format(folder=database.parent)
        assert names(reader) == ["An"]
    finally:
        reader.close()


def pretend_unwritable(monkeypatch: pytest.MonkeyPatch) -> None:
    """What SQLite says when the file or its folder is write-protected (root, who runs
    the tests here, is never refused by permission bits)."""
    def refuse(db: Database) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(database_module, "_probe_write", refuse)


def test_an_unwritable_database_opens_read_only(database: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    Store(database).close()
    pretend_unwritable(monkeypatch)
    store = open_store(database)
    try:
        assert store.read_only
        assert store.read("SELECT COUNT(*) AS n FROM device")[0]["n"] == 1
        with pytest.raises(WriteBlocked, match="Results are not being saved"):
            learners.insert_learner(store, "An", "", "", "")
    finally:
        store.close()


def test_an_old_read_only_database_cannot_be_used(database: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    old_database(database)
    monkeypatch.setattr(files, "make_backup", _refuse_backup)
    with pytest.raises(DatabaseUnavailable, match="must be upgraded for this version"):
        Store(database, read_only=True)
    assert applied_in(database) == OLD_MIGRATIONS


def _refuse_backup(*args: object, **kwargs: object) -> None:
    raise AssertionError("no backup expected")


def test_a_write_protected_folder_opens_read_only(database: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Root ignores permission bits, so as root the OS's refusal to write is simulated at
    the one place the store meets it: opening the database for writing."""
    from dtlearn.store import database as database_module

    store = Store(database)
    learners.insert_learner(store, "An", "", "", "")
    store.close()
    folder = database.parent
    database.chmod(0o444)
    folder.chmod(0o555)
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if as_root:
        def refused(*args: object, **kwargs: object) -> None:
            raise WriteBlocked(f"Cannot write to the database {database}: the file or its "
                               "folder is read-only.")

        monkeypatch.setattr(database_module, "open_database", refused)
    try:
        reader = open_store(database)
        try:
            assert reader.read_only and names(reader) == ["An"]
            with pytest.raises(WriteBlocked):
                learners.insert_learner(reader, "Bình", "", "", "")
        finally:
            reader.close()
        if not as_root:  # root could still write the backup folder
            with pytest.raises(BackupFailed) as failed:
                BackupService(database).backup(Reason.MANUAL)
            assert failed.value.kind == "cannot-write"
    finally:
        folder.chmod(0o755)
        database.chmod(0o644)


def test_every_reason_makes_a_name_the_listing_reads(store: Store, database: Path) -> None:
    service = BackupService(database, keep=10)
    for reason in Reason:
        assert service.backup(reason.value).reason is reason
    assert {b.reason for b in service.newest_first()} == set(Reason)
