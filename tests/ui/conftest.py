"""Fixtures for interface tests: the translation catalogues, compiled fresh from the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from dtlearn.paths import resources_dir

TS_DIR = resources_dir() / "translations"


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease is not installed (make install)"
    return found


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues compiled from the .ts sources now, so a test never reads a stale .qm
    (a clean clone has none until `make translations`)."""
    folder = tmp_path_factory.mktemp("translations")
    for source in sorted(TS_DIR.glob("dtlearn_*.ts")):
        subprocess.run([lrelease(), "-silent", str(source), "-qm",
                        str(folder / source.with_suffix(".qm").name)], check=True)
    return folder


@pytest.fixture
def languages(compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Languages install from ``compiled``; afterwards English (the source) and the old
    locale are back, so later tests read the words they expect."""
    from dtlearn.ui import i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    locale = QLocale()
    yield
    i18n.clear_language()
    QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """Whatever a test installs (a language chosen at start, a switch in the View menu),
    the next test starts in English, the source language its assertions are written in."""
    locale = QLocale()
    yield
    from dtlearn.ui import i18n

    i18n.clear_language()
    QLocale.setDefault(locale)
