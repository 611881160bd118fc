"""The store: migrations from empty and from an older schema, durable answers, and plain
messages for a database that is read-only, locked or damaged."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlite_utils import Database

from dtlearn.errors import DatabaseUnavailable
from dtlearn.store import attempts, learners
from dtlearn.store.database import Store, atomic, migrations_pending
from dtlearn.store.migrations import MIGRATION_SET, migrations
from dtlearn.store.schema import NEWEST_MIGRATION


def applied(path: Path) -> list[str]:
    db = Database(path)
    try:
        return [m.name for m in migrations.applied(db)]
    finally:
        db.close()


def test_new_database_gets_every_migration_and_wal(tmp_path: Path) -> None:
    store = Store(tmp_path / "new.sqlite3")
    try:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = set(Database(store.db).table_names())
        assert {"learners", "lesson_progress", "attempts", "answers", "course_cache",
                "device"} <= tables
        assert len(store.device_id) == 36
    finally:
        store.close()
    assert applied(tmp_path / "new.sqlite3") == [m.name for m in migrations._migrations]


def test_old_database_upgrades_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = Database(path)
    migrations.apply(old, stop_before="0002_course_cache_and_indexes")
    old.execute("INSERT INTO learners (id, name, created_at, updated_at) "
                "VALUES ('l1', 'Nguyễn Văn An', 't', 't')")
    old.close()
    assert applied(path) == ["0001_learning_records"]

    store = Store(path)
    try:
        assert "course_cache" in Database(store.db).table_names()
        assert "metadata" in Database(store.db)["course_cache"].columns_dict
        assert [row.name for row in learners.all_learners(store)] == ["Nguyễn Văn An"]
    finally:
        store.close()
    assert applied(path) == [m.name for m in migrations._migrations]
    assert applied(path)[:3] == ["0001_learning_records", "0002_course_cache_and_indexes",
                                 "0003_course_cache_metadata"]
    assert MIGRATION_SET == "dtlearn"


def test_reopening_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    store = Store(path)
    first_device = store.device_id
    store.close()
    store = Store(path)
    assert store.device_id == first_device
    store.close()


KILL_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from dtlearn.store.database import Store, atomic, migrations_pending
    from dtlearn.store import attempts, learners
    store = Store(Path(sys.argv[1]))
    learner = learners.insert_learner(store, "Trần Thị Bình", "", "", "")
    attempt = attempts.insert_attempt(store, learner.id, "c", "1.0.0", 7, ["q1", "q2"])
    attempts.save_answer(store, attempt.id, "q1", [0, 2], 0.5, False, 1)
    print(attempt.id, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_the_newest_migration_is_the_one_opening_asks_about(tmp_path: Path) -> None:
    assert [m.name for m in migrations._migrations][-1] == NEWEST_MIGRATION
    path = tmp_path / "old.sqlite3"
    old = Database(path)
    migrations.apply(old, stop_before=NEWEST_MIGRATION)
    assert migrations_pending(old.conn)
    old.close()
    store = Store(path)
    try:
        assert not migrations_pending(store.db)
    finally:
        store.close()


def test_opening_a_current_database_leaves_sqlite_utils_unimported(tmp_path: Path) -> None:
    """Start-up must not pay for sqlite-utils' import when there is nothing to migrate."""
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from dtlearn.store.database import Store
        Store(Path({str(path)!r})).close()
        print("sqlite_utils" in sys.modules)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_nested_writes_roll_back_only_the_inner_block(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    try:
        with store.write() as db:
            db.execute("INSERT INTO device (id, created_at) VALUES ('outer', 't')")
            with pytest.raises(sqlite3.IntegrityError), atomic(db):
                db.execute("INSERT INTO device (id, created_at) VALUES ('inner', 't')")
                db.execute("INSERT INTO device (id, created_at) VALUES ('inner', 't')")
        ids = {row[0] for row in store.db.execute("SELECT id FROM device")}
        assert "outer" in ids and "inner" not in ids
        with pytest.raises(RuntimeError), store.write() as db:
            db.execute("INSERT INTO device (id, created_at) VALUES ('lost', 't')")
            raise RuntimeError("a failure halfway")
        assert store.db.execute("SELECT COUNT(*) FROM device WHERE id = 'lost'").fetchone()[0] == 0
        assert not store.db.in_transaction
    finally:
        store.close()


def test_answer_survives_the_process_being_killed(tmp_path: Path) -> None:
    path = tmp_path / "kill.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    done = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(path)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == -9, done.stderr
    attempt_id = done.stdout.strip()
    store = Store(path)
    try:
        saved = attempts.attempt_answers(store, attempt_id)
        assert saved["q1"].response == [0, 2]
        assert saved["q1"].fraction == 0.5
        resumed = attempts.get_attempt(store, attempt_id)
        assert resumed is not None and resumed.current_index == 1
        assert resumed.finished_at is None
    finally:
        store.close()


def test_read_only_folder_gives_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    Store(folder / "db.sqlite3").close()
    for file in folder.iterdir():
        file.chmod(0o444)
    folder.chmod(0o555)
    try:
        with pytest.raises(DatabaseUnavailable, match="read-only"):
            if os.access(folder / "db.sqlite3", os.W_OK):
                # root ignores permission bits; use SQLite's own read-only switch instead.
                conn = sqlite3.connect(f"file:{folder / 'db.sqlite3'}?mode=ro", uri=True)
                store = Store.__new__(Store)
                store.path = folder / "db.sqlite3"
                store.db = conn
            else:
                store = Store(folder / "db.sqlite3")
            learners.insert_learner(store, "An", "", "", "")
    finally:
        folder.chmod(0o755)


def test_data_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseUnavailable, match="Cannot create the data folder"):
        Store(blocker / "data" / "db.sqlite3")


def test_locked_database_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite3"
    Store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = Store(path, busy_timeout_ms=50)
        with pytest.raises(DatabaseUnavailable, match="in use by another program"):
            learners.insert_learner(store, "An", "", "", "")
        store.close()
    except DatabaseUnavailable as error:  # opening itself may already hit the lock
        assert "in use by another program" in str(error)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store = Store(path)
    assert learners.all_learners(store) == []
    store.close()


def test_damaged_file_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseUnavailable, match="damaged"):
        Store(path)
