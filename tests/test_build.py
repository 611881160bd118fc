"""The installer build: build_installer.py --check into a temporary folder, once per session,
then the frozen app is started the ways a person would start it.

The tests using the build are ``slow`` (about a minute on two cores, nearly all of it
PyInstaller), and still run by ``make test``: a build that does not start must never reach
a USB stick. The rest check build_installer.py's choices without building.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))
import build_installer  # noqa: E402


@dataclass(frozen=True)
class Build:
    folder: Path
    archive: Path
    output: str


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    base = tmp_path_factory.mktemp("build")
    done = subprocess.run(
        [sys.executable, str(ROOT / "build_installer.py"), "--check",
         "--dist", str(base / "dist"), "--work", str(base / "work")],
        capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout + done.stderr
    archive = base / "dist" / build_installer.archive_name(build_installer.version())
    yield Build(base / "dist" / "dtlearn", archive, done.stdout)
    shutil.rmtree(base, ignore_errors=True)


def frozen(build: Build, *args: str, data: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = build_installer.frozen_environment(data)
    environment.update(env)
    return subprocess.run([str(build_installer.frozen_command(build.folder)), *args],
                          cwd=data.parent, env=environment, capture_output=True, text=True,
                          timeout=120)


def unpack(archive: Path, target: Path) -> None:
    """What ``unzip`` does: links come back as links, modes as they were."""
    with zipfile.ZipFile(archive) as source:
        for info in source.infolist():
            mode = info.external_attr >> 16
            path = target / info.filename
            if stat.S_ISLNK(mode):
                path.parent.mkdir(parents=True, exist_ok=True)
                path.symlink_to(source.read(info).decode())
            elif info.is_dir():
                path.mkdir(parents=True, exist_ok=True)
            else:
                source.extract(info, target)
                if mode:
                    path.chmod(mode & 0o777)


@pytest.mark.slow
def test_build_check_passes_and_prints_sizes(build: Build) -> None:
    assert build.folder.is_dir() and build.archive.is_file()
    assert re.search(rf"folder {re.escape(str(build.folder))}: \d+\.\d MB", build.output)
    assert re.search(rf"zip    {re.escape(str(build.archive))}: \d+\.\d MB", build.output)
    assert "dtlearn self-test passed (8 courses, " in build.output
    assert build.archive.name == (f"dtlearn-{build_installer.version()}-"
                                  f"{build_installer.os_name()}-{build_installer.arch_name()}.zip")


@pytest.mark.slow
def test_the_bundle_carries_the_data_and_no_sources(build: Build) -> None:
    internal = build.folder / "_internal"
    assert len(list((internal / "courses").glob("*/course.toml"))) == 8
    resources = internal / "resources"
    for name in ("fonts/NotoSans-Regular.ttf", "glossary.toml", "translations/dtlearn_vi.qm",
                 "translations/dtlearn_en.qm"):
        assert (resources / name).is_file(), name
    for name in ("publisher-keys", "icons"):
        if (ROOT / "resources" / name).is_dir():
            assert (resources / name).is_dir(), name
    assert list(resources.rglob("*.ts")) == []


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="plugin and library names are Linux's")
def test_only_the_qt_we_use_is_bundled(build: Build) -> None:
    internal = build.folder / "_internal"
    modules = sorted(path.name.split(".")[0] for path in (internal / "PySide6").glob("Qt*.so"))
    assert set(modules) == build_installer.used_qt_modules() & set(modules)
    assert {"QtCore", "QtGui", "QtWidgets"} <= set(modules)
    libraries = {path.name.split(".")[0] for path in internal.rglob("libQt6*")}
    for unwanted in ("libQt6Network", "libQt6Qml", "libQt6Quick", "libQt6WebEngineCore",
                     "libQt6Multimedia", "libQt6Charts", "libQt6WaylandClient",
                     "libQt6Pdf", "libQt6EglFSDeviceIntegration"):
        assert unwanted not in libraries
    plugins = internal / "PySide6" / "Qt" / "plugins"
    found = {folder.name: {build_installer.plugin_name(path.name) for path in folder.iterdir()}
             for folder in plugins.iterdir()}
    assert found == {kind: set(names) for kind, names
                     in build_installer.QT_PLUGINS["linux"].items() if kind in found}
    assert {"platforms", "imageformats", "iconengines"} <= set(found)
    translations = internal / "PySide6" / "Qt" / "translations"
    assert {path.name for path in translations.iterdir()} <= {"qtbase_vi.qm", "qtbase_en.qm"}


@pytest.mark.slow
def test_the_zip_unpacks_to_an_app_that_passes_its_self_test(build: Build,
                                                             tmp_path: Path) -> None:
    unpack(build.archive, tmp_path / "stick")
    unpacked = build_installer.frozen_command(tmp_path / "stick" / "dtlearn")
    assert os.access(unpacked, os.X_OK)
    size = build_installer.folder_size(tmp_path / "stick" / "dtlearn")
    assert size == build_installer.folder_size(build.folder)  # links stayed links
    done = subprocess.run([str(unpacked), "--self-test"], capture_output=True, text=True,
                          env=build_installer.frozen_environment(tmp_path / "data"),
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("dtlearn self-test passed")


@pytest.mark.slow
def test_the_frozen_self_test_names_a_broken_course(build: Build, tmp_path: Path) -> None:
    courses = tmp_path / "courses"
    shutil.copytree(ROOT / "courses", courses)
    (courses / "a3-online-scams" / "course.toml").write_text("id = ", encoding="utf-8")
    done = frozen(build, "--self-test", data=tmp_path / "data",
                  DTLEARN_COURSES_DIR=str(courses))
    assert done.returncode == 1
    assert "course a3-online-scams is broken: " in done.stdout
    assert "invalid TOML" in done.stdout
    assert not (tmp_path / "data").exists()


@pytest.mark.slow
def test_the_frozen_window_starts_to_the_catalog(build: Build, tmp_path: Path) -> None:
    """A person's second start: a learner chosen, the catalog first. The app quits itself
    once idle (DTLEARN_BENCH_QUIT_WHEN_IDLE), exit 0 only if the catalog is showing."""
    from dtlearn.paths import Paths
    from dtlearn.services.context import build_services

    data = tmp_path / "data"
    services = build_services(Paths(data, ROOT / "courses"))
    learner = services.learners.create("Nguyễn Thị Hoa")
    services.settings.set("last_learner", learner.id)
    services.settings.set("language_chosen", True)
    services.close()
    done = frozen(build, data=data, QT_QPA_PLATFORM="offscreen",
                  DTLEARN_BENCH_QUIT_WHEN_IDLE="1")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_commands_imported_by_name_are_frozen_too(build: Build, tmp_path: Path) -> None:
    """cli._lazy imports command modules by name, which PyInstaller cannot follow."""
    data = tmp_path / "data"
    listed = frozen(build, "courses", data=data)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 8
    status = frozen(build, "sync", "status", data=data)
    assert status.returncode == 0, status.stderr
    found = frozen(build, "search", "chuyen doi so", data=data)
    assert found.returncode == 0, found.stderr
    assert "b1-digital-transformation/" in found.stdout


def test_qt_modules_are_the_ones_the_source_imports() -> None:
    used = build_installer.used_qt_modules()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    excluded = build_installer.excluded_modules()
    assert not any(name.removeprefix("PySide6.") in used for name in excluded)
    assert "PySide6.QtNetwork" in excluded and "tkinter" in excluded


def test_plugins_and_qt_translations_kept() -> None:
    assert build_installer.plugin_name("/x/plugins/platforms/libqxcb.so") == (
        "qxcb" if sys.platform != "win32" else "libqxcb")
    kept = build_installer.plugins_kept()
    assert "qoffscreen" in kept["platforms"]  # the self-test runs offscreen
    assert {"qsvg", "qjpeg"} <= kept["imageformats"]
    for unwanted in ("tls", "sqldrivers", "platformthemes", "networkinformation", "generic"):
        assert unwanted not in kept
    assert build_installer.keep_data("PySide6/Qt/translations/qtbase_en.qm")
    assert not build_installer.keep_data("PySide6/Qt/translations/qt_de.qm")
    assert not build_installer.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert build_installer.keep_data("resources/translations/dtlearn_de.qm")


def test_zip_keeps_links_and_modes(tmp_path: Path) -> None:
    folder = tmp_path / "app"
    (folder / "lib").mkdir(parents=True)
    (folder / "lib" / "libbig.so.1").write_bytes(b"x" * 1000)
    (folder / "libbig.so.1").symlink_to("lib/libbig.so.1")
    (folder / "app").write_text("#!/bin/sh\n", encoding="utf-8")
    (folder / "app").chmod(0o755)
    archive = build_installer.write_zip(folder, tmp_path / "app.zip")
    assert not (tmp_path / "app.zip.part").exists()
    unpack(archive, tmp_path / "out")
    assert (tmp_path / "out" / "app" / "libbig.so.1").is_symlink()
    assert (tmp_path / "out" / "app" / "libbig.so.1").read_bytes() == b"x" * 1000
    assert os.access(tmp_path / "out" / "app" / "app", os.X_OK)
    assert build_installer.folder_size(folder) == 1000 + len("#!/bin/sh\n")


def test_inno_setup_script_names_the_version_and_the_build(tmp_path: Path) -> None:
    script = build_installer.inno_setup_script("1.2.3", tmp_path / "dist" / "dtlearn")
    assert "AppVersion=1.2.3\n" in script
    assert "OutputBaseFilename=dtlearn-1.2.3-setup\n" in script
    assert "@" not in script.replace("{app}", "")
    source = str((tmp_path / "dist" / "dtlearn").resolve()).replace("/", "\\")
    assert f'Source: "{source}\\*"' in script
    assert "dtlearn-cli.exe\"\" --self-test" in script
    assert "PrivilegesRequired=lowest" in script


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in app is a shell script")
def test_check_fails_loudly_when_the_frozen_self_test_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--check must stop the build with the app's own words, never print sizes and pass."""
    folder = tmp_path / "dist" / "dtlearn"
    folder.mkdir(parents=True)
    stand_in = folder / "dtlearn"
    stand_in.write_text("#!/bin/sh\necho 'dtlearn self-test FAILED (1 problem(s)):'\n"
                        "echo '  - font: NotoSans-Regular.ttf is missing'\nexit 1\n",
                        encoding="utf-8")
    stand_in.chmod(0o755)
    monkeypatch.setattr(build_installer, "missing_build_tools", dict)
    monkeypatch.setattr(build_installer, "build_app", lambda dist, work: folder)
    said: list[str] = []
    with pytest.raises(SystemExit) as stop:
        build_installer.build(tmp_path / "dist", tmp_path / "work", check=True, say=said.append)
    message = str(stop.value)
    assert "THE FROZEN APP FAILED ITS SELF-TEST (exit 1)" in message
    assert "font: NotoSans-Regular.ttf is missing" in message
    assert any(line.startswith("zip ") for line in said)


def test_missing_build_tools_are_named_with_their_package(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_installer, "missing_build_tools",
                        lambda: {"objdump": "binutils", "libpython3.11.so": "libpython3.11"})
    with pytest.raises(SystemExit) as stop:
        build_installer.build(tmp_path / "dist", tmp_path / "work", check=False)
    assert str(stop.value) == ("build_installer: PyInstaller needs objdump, libpython3.11.so. "
                               "Run:\n  sudo apt-get install -y binutils libpython3.11")
    assert not (tmp_path / "dist").exists()
