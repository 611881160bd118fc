"""Build dtlearn for the OS this runs on: a PyInstaller one-folder app and a zip of it.

    python build_installer.py [--check] [--dist DIR] [--work DIR]

writes DIST/dtlearn/ (the app), DIST/dtlearn-<version>-<os>-<arch>.zip (what goes on the
USB stick) and, on Windows, DIST/dtlearn-<version>.iss, the Inno Setup script that makes
a setup.exe (see README.md). ``--check`` then runs the frozen app's ``--self-test`` in a
temporary data folder and fails loudly if it fails: a build is never handed out unstarted.

What goes in, and why, is decided here; installer/dtlearn.spec applies it:

- the Qt modules dtlearn's source imports (found by reading it) and no others;
- the Qt plugins a person needs (a platform to draw on, and offscreen for the self-test;
  picture formats a course may use; on Linux the input methods Vietnamese is typed with);
- Qt's own translations only for our languages;
- courses/ and resources/ (fonts, glossary, publisher keys, .qm translations compiled
  here from the .ts sources), never the .ts sources themselves.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent
SPEC = ROOT / "installer" / "dtlearn.spec"
ENTRY = ROOT / "installer" / "dtlearn_main.py"
APP_NAME = "dtlearn"
LANGUAGES = ("vi", "en")
SELF_TEST_SECONDS = 120

ALL = frozenset({"*"})
_PICTURES = frozenset({"qsvg", "qjpeg", "qgif", "qwebp"})  # PNG is built into Qt
# Plugin type -> plugin names to keep; types not listed are left out entirely (tls and
# network information: dtlearn's HTTP is Python's; sqldrivers: SQLite is Python's;
# platformthemes: GTK's would drag GTK into the bundle; wayland: Qt falls back to xcb).
QT_PLUGINS: dict[str, dict[str, frozenset[str]]] = {
    "linux": {
        "platforms": frozenset({"qxcb", "qoffscreen"}),
        "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
        "platforminputcontexts": frozenset({"composeplatforminputcontextplugin",
                                            "ibusplatforminputcontextplugin"}),
        "imageformats": _PICTURES,
        "iconengines": frozenset({"qsvgicon"}),
        "texttospeech": ALL,  # read-aloud, when PySide6-Addons is installed
    },
    "windows": {
        "platforms": frozenset({"qwindows", "qoffscreen"}),
        "styles": ALL,  # the native Windows look
        "imageformats": _PICTURES,
        "iconengines": frozenset({"qsvgicon"}),
        "texttospeech": ALL,  # read-aloud, when PySide6-Addons is installed
    },
    "macos": {
        "platforms": frozenset({"qcocoa", "qoffscreen"}),
        "styles": ALL,
        "imageformats": _PICTURES,
        "iconengines": frozenset({"qsvgicon"}),
        "texttospeech": ALL,  # read-aloud, when PySide6-Addons is installed
    },
}
ALWAYS_QT = frozenset({"QtCore", "QtGui", "QtWidgets"})
# Python modules nothing in the app needs but that analysis finds through optional imports.
# multiprocessing arrives through asyncio's concurrent.futures; with it, PyInstaller adds a
# runtime hook that imports it (and sockets, pickle, subprocess) before every start.
EXCLUDED = ("tkinter", "_tkinter", "test", "idlelib", "lib2to3", "ensurepip", "pydoc_data",
            "distutils", "setuptools", "pkg_resources", "pip", "pytest", "_pytest",
            "pygments", "IPython", "numpy", "multiprocessing")


def os_name() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)


def arch_name() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def version() -> str:
    text = (ROOT / "src" / "dtlearn" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if found is None:
        raise SystemExit("build_installer: no __version__ in src/dtlearn/__init__.py")
    return found.group(1)


def archive_name(app_version: str) -> str:
    return f"{APP_NAME}-{app_version}-{os_name()}-{arch_name()}.zip"


# --- What goes in (used by installer/dtlearn.spec inside PyInstaller) -----------------

def used_qt_modules() -> set[str]:
    """The PySide6 modules dtlearn's source imports: a new import is bundled without
    anyone having to remember this list."""
    used = set(ALWAYS_QT)
    for path in (ROOT / "src" / "dtlearn").rglob("*.py"):
        used.update(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return used


def excluded_modules() -> list[str]:
    import PySide6

    package = Path(PySide6.__file__).parent
    available = {path.name.split(".")[0] for path in package.iterdir()
                 if path.name.startswith("Qt") and path.suffix in (".so", ".pyd", ".py")}
    unused = sorted(f"PySide6.{name}" for name in available - used_qt_modules())
    return [*unused, *EXCLUDED]


def plugin_name(path: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` / ``libqcocoa.dylib`` -> ``qxcb`` / ... ."""
    stem = PurePath(path).name.split(".")[0]
    return stem.removeprefix("lib") if sys.platform != "win32" else stem


def plugins_kept() -> dict[str, frozenset[str]]:
    return QT_PLUGINS.get(os_name(), QT_PLUGINS["linux"])  # other Unixes draw like Linux


def keep_plugin(plugin_type: str, path: str) -> bool:
    wanted = plugins_kept().get(plugin_type)
    return wanted is not None and (wanted is ALL or plugin_name(path) in wanted)


def limit_qt_plugins() -> None:
    """Make PyInstaller's Qt hooks collect only the plugins we keep.

    Filtering the finished file list would be too late: a left-out plugin's libraries
    (GTK for the GTK theme, Wayland, OpenSSL for TLS) would already be in it. So the
    collection itself is narrowed, before any hook runs.
    """
    from PyInstaller.utils.hooks import qt

    original = qt.QtLibraryInfo.collect_plugins
    if getattr(original, "dtlearn_limited", False):
        return

    def collect_plugins(self: object, plugin_type: str) -> list[tuple[str, str]]:
        if plugin_type not in plugins_kept():
            return []
        return [(source, target) for source, target in original(self, plugin_type)
                if keep_plugin(plugin_type, source)]

    collect_plugins.dtlearn_limited = True  # type: ignore[attr-defined]
    qt.QtLibraryInfo.collect_plugins = collect_plugins


def keep_data(destination: str) -> bool:
    """Qt's own translations only for our languages (qtbase: the standard buttons)."""
    parts = PurePath(destination).parts
    if "translations" in parts and parts[0] == "PySide6":
        return parts[-1] in {f"qtbase_{language}.qm" for language in LANGUAGES}
    return True


# --- Building -------------------------------------------------------------------------

def missing_build_tools() -> dict[str, str]:
    """What PyInstaller needs from the system and is absent: {what: Debian package}."""
    if sys.platform != "linux":
        return {}
    missing = {tool: "binutils" for tool in ("objdump", "objcopy") if not shutil.which(tool)}
    if not shutil.which("ldd"):
        missing["ldd"] = "libc-bin"
    try:
        from PyInstaller.depend.bindepend import get_python_library_path
    except ImportError:  # not installed yet: pip's business, not the system's
        return missing
    try:
        found = get_python_library_path()
    except Exception:  # PyInstaller's own "Python library not found"
        found = None
    if not found:
        short = f"{sys.version_info.major}.{sys.version_info.minor}"
        missing[f"libpython{short}.so"] = f"libpython{short}"
    return missing


def lrelease() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32"
                                            else "lrelease")


def stage_resources(work: Path) -> Path:
    """A copy of resources/ with every .ts compiled to .qm and the .ts left out, and the
    fonts' tab fix made here rather than at every start (``fix_fonts``)."""
    staged = work / "stage" / "resources"
    if staged.exists():
        shutil.rmtree(staged)
    shutil.copytree(ROOT / "resources", staged,
                    ignore=shutil.ignore_patterns("*.ts", "__pycache__", ".*"))
    for source in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        target = staged / "translations" / f"{source.stem}.qm"
        done = subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(target)],
                              capture_output=True, text=True)
        if done.returncode != 0 or not target.is_file():
            raise SystemExit(f"build_installer: cannot compile {source.name}:\n"
                             f"{done.stdout}{done.stderr}")
    fix_fonts(staged / "fonts")
    return staged


def fix_fonts(folder: Path) -> None:
    """Give each bundled font's tab its own glyph (see dtlearn/ui/font_cmap.py) and say so
    beside them, as the font licence asks of a modified copy; the app then registers the
    files as they are (dtlearn/ui/fonts.py)."""
    sys.path.insert(0, str(ROOT / "src"))
    from dtlearn.ui.font_cmap import give_tab_its_own_glyph
    from dtlearn.ui.fonts import CMAP_NOTE, FILES

    for name in FILES:
        path = folder / name
        path.write_bytes(give_tab_its_own_glyph(path.read_bytes()))
    (folder / CMAP_NOTE).write_text(
        "The font files in this folder are Noto Sans as described in OFL.txt, changed in one\n"
        "place: the character map entry for U+0000 is moved to U+0009 (tab), so that text\n"
        "copied out of dtlearn's PDFs keeps its spaces. Nothing else differs.\n",
        encoding="utf-8")


def run_pyinstaller(entry: Path, name: str, dist: Path, work: Path,
                    app: Sequence[str] = ()) -> Path:
    """Freeze ``entry`` with our spec into DIST/NAME; ``app`` adds dtlearn's data."""
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
               "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work / name),
               "--", "--name", name, "--entry", str(entry), *app]
    done = subprocess.run(command, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"build_installer: PyInstaller failed (exit {done.returncode})")
    return dist / name


def build_app(dist: Path, work: Path) -> Path:
    resources = stage_resources(work)
    return run_pyinstaller(ENTRY, APP_NAME, dist, work,
                           ["--app", "--resources", str(resources),
                            "--courses", str(ROOT / "courses")])


def write_zip(folder: Path, target: Path) -> Path:
    """Zip the app folder under its own name. Symbolic links (PyInstaller links Qt's
    libraries into place on Linux and macOS) stay links, and executables stay executable,
    so ``unzip`` gives back a working app at its real size."""
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder.parent).as_posix()
            if path.is_symlink():
                info = zipfile.ZipInfo(name, time.localtime(path.lstat().st_mtime)[:6])
                info.create_system = 3  # Unix, so the mode bits below are honoured
                info.external_attr = (0o120777 << 16)
                archive.writestr(info, os.readlink(path))
            elif path.is_dir():
                archive.write(path, name + "/")
            else:
                archive.write(path, name)
    partial.replace(target)
    return target


def folder_size(folder: Path) -> int:
    """Bytes on disk after unpacking: links count as links, not as what they point to."""
    return sum(path.lstat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def frozen_command(folder: Path) -> Path:
    """The executable that prints: the console one on Windows."""
    if sys.platform == "win32":
        return folder / f"{APP_NAME}-cli.exe"
    return folder / APP_NAME


def frozen_environment(data_dir: Path) -> dict[str, str]:
    """Only what a person's PC would have: no development paths, a throwaway data folder."""
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("DTLEARN_", "PYTHON", "QT_"))}
    environment["DTLEARN_DATA_DIR"] = str(data_dir)
    return environment


def run_self_test(folder: Path) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="dtlearn-check-") as temporary:
        return subprocess.run([str(frozen_command(folder)), "--self-test"], cwd=temporary,
                              env=frozen_environment(Path(temporary) / "data"),
                              capture_output=True, text=True, timeout=SELF_TEST_SECONDS)


def inno_setup_script(app_version: str, folder: Path) -> str:
    """installer/dtlearn.iss.in with this build's version and folder filled in."""
    template = (ROOT / "installer" / "dtlearn.iss.in").read_text(encoding="utf-8")
    source = str(folder.resolve()).replace("/", "\\")
    return template.replace("@VERSION@", app_version).replace("@SOURCE@", source)


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def build(dist: Path, work: Path, check: bool,
          say: Callable[[str], None] = print) -> tuple[Path, Path]:
    """Build the app and its zip into ``dist``; with ``check``, run the frozen self-test.
    Returns the folder and the zip."""
    missing = missing_build_tools()
    if missing:
        raise SystemExit("build_installer: PyInstaller needs " + ", ".join(missing) +
                         ". Run:\n  sudo apt-get install -y " +
                         " ".join(sorted(set(missing.values()))))
    app_version = version()
    dist.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    folder = build_app(dist, work)
    archive = write_zip(folder, dist / archive_name(app_version))
    say(f"built {folder} in {time.perf_counter() - started:.0f} s")
    if sys.platform == "win32":
        script = dist / f"{APP_NAME}-{app_version}.iss"
        script.write_text(inno_setup_script(app_version, folder), encoding="utf-8")
        say(f"Inno Setup script: {script} (compile it with iscc to get a setup.exe)")
    say(f"folder {folder}: {megabytes(folder_size(folder))}")
    say(f"zip    {archive}: {megabytes(archive.stat().st_size)}")
    if check:
        done = run_self_test(folder)
        output = (done.stdout + done.stderr).strip()
        if done.returncode != 0:
            raise SystemExit(f"build_installer: THE FROZEN APP FAILED ITS SELF-TEST "
                             f"(exit {done.returncode}):\n{output}")
        say(output)
    return folder, archive


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="run the frozen app's --self-test after building")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the app folder and zip go (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build",
                        help="PyInstaller's working folder (default: build/)")
    parser.add_argument("--missing-debs", action="store_true",
                        help="print the Debian packages the build needs and lacks, and exit")
    args = parser.parse_args(argv)
    if args.missing_debs:
        print(" ".join(sorted(set(missing_build_tools().values()))))
        return 0
    build(args.dist.resolve(), args.work.resolve(), args.check)
    return 0


if __name__ == "__main__":
    sys.exit(main())
