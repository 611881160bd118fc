"""Settings: typed, saved atomically, and not rewritten when nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from dtlearn.settings import Settings


def test_a_changed_value_is_saved_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(path).set("text_scale", 1.4)
    assert Settings(path).get("text_scale") == 1.4


def test_setting_the_same_value_again_leaves_the_file_alone(tmp_path: Path) -> None:
    """The window sets the last learner at every start; the file is rewritten (a new
    inode, by temp file and rename) only when the learner differs."""
    path = tmp_path / "settings.json"
    settings = Settings(path)
    settings.set("last_learner", "an")
    written = path.stat().st_ino
    Settings(path).set("last_learner", "an")
    assert path.stat().st_ino == written
    Settings(path).set("last_learner", "binh")
    assert path.stat().st_ino != written
    assert Settings(path).get("last_learner") == "binh"


def test_a_value_of_the_wrong_type_is_refused_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    with pytest.raises(TypeError, match="text_scale must be float"):
        Settings(path).set("text_scale", "big")
    assert not path.exists()
