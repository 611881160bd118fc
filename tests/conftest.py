"""Shared fixtures: every test gets its own data folder and its own copy of the courses."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "sample-course"


def copy_course(source: Path, courses_dir: Path, course_id: str) -> Path:
    """A copy of a course under another id (folder name and course.toml id agree)."""
    target = courses_dir / course_id
    shutil.copytree(source, target)
    toml = target / "course.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(re.sub(r'^id = ".*"$', f'id = "{course_id}"', text, count=1, flags=re.M),
                    encoding="utf-8")
    return target


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch a real user's data folder."""
    monkeypatch.setenv("DTLEARN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("DTLEARN_NO_KEYRING", "1")  # never the developer's real keyring


@pytest.fixture
def courses_dir(tmp_path: Path) -> Path:
    """A courses folder holding a copy of the sample course, safe to modify."""
    folder = tmp_path / "courses"
    folder.mkdir()
    shutil.copytree(SAMPLE, folder / "sample-course")
    return folder


@pytest.fixture
def sample_course_dir(courses_dir: Path) -> Path:
    return courses_dir / "sample-course"


@pytest.fixture
def paths(tmp_path: Path, courses_dir: Path):  # type: ignore[no-untyped-def]
    from dtlearn.paths import Paths

    return Paths(data_dir=tmp_path / "data", courses_dir=courses_dir)


@pytest.fixture
def services(paths) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from dtlearn.services.context import build_services

    built = build_services(paths)
    yield built
    built.close()
