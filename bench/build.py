"""Installer build benchmark: size and cold start of the frozen app (prints figures; not a
test).

Builds dtlearn with build_installer.py and, with the very same PyInstaller spec and
options, a bare PySide6 window (QApplication, QMainWindow, QLabel) — the yardstick of the
targets — and the same window that also imports markdown and sqlite_utils and opens a
SQLite file (bench/startup.py's baseline), which shows how much of the difference is the
libraries dtlearn is built on rather than dtlearn itself; then reports

- the size of each one-folder build (as unpacked: links counted once) and of each zip;
- the start of each frozen program, from launch until its first window is shown and the
  event loop is idle, median of alternating runs. Each program prints the moment it was
  idle (CLOCK_MONOTONIC, which every process shares) and quits; the time to close down
  after that is not part of the start, and is shown apart ("whole run"). dtlearn starts as
  a person's second start does (a learner chosen, so the catalog is the first screen) and
  quits itself through DTLEARN_BENCH_QUIT_WHEN_IDLE=1 (ui/launch.py; a frozen app cannot be
  handed a probe script), exiting 0 only if the catalog is showing. "Cold" drops the OS
  file cache before every run (root on Linux only); "warm" does not.

Targets: folder no more than 1.3x the bare window's, start no more than 1.5x.

    python bench/build.py [--runs 11] [--work DIR] [--reuse]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))
import build_installer  # noqa: E402

BARE_WINDOW = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(1280, 720)
    window.show()
    def idle():
        app.processEvents()
        print(f"idle {time.monotonic():.6f}", flush=True)
        app.quit()
    QTimer.singleShot(0, idle)
    sys.exit(app.exec())
""")
# The bare window plus the libraries dtlearn cannot start without.
WINDOW_WITH_LIBRARIES = BARE_WINDOW.replace(
    "import sys, time\n",
    "import sys, time\nimport markdown, sqlite_utils\n"
    "db = sqlite_utils.Database('baseline.sqlite3')  # in the bench's work folder\n"
    "db.execute('CREATE TABLE IF NOT EXISTS t (x)')\n", 1)
BASELINES = {"bare": BARE_WINDOW, "libraries": WINDOW_WITH_LIBRARIES}
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def build_all(work: Path, reuse: bool) -> tuple[dict[str, tuple[Path, Path]], float]:
    """{"dtlearn" | "bare" | "libraries": (folder, zip)} and dtlearn's build seconds."""
    dist, scratch = work / "dist", work / "work"
    built: dict[str, tuple[Path, Path]] = {}
    app = dist / build_installer.APP_NAME
    archive = dist / build_installer.archive_name(build_installer.version())
    seconds = 0.0
    if not (reuse and app.is_dir() and archive.is_file()):
        started = time.perf_counter()
        app, archive = build_installer.build(dist, scratch, check=True, say=lambda _: None)
        seconds = time.perf_counter() - started
    built["dtlearn"] = (app, archive)
    for name, script_text in BASELINES.items():
        folder, zipped = dist / name, dist / f"{name}.zip"
        if not (reuse and folder.is_dir() and zipped.is_file()):
            script = work / f"{name}.py"
            script.write_text(script_text, encoding="utf-8")
            folder = build_installer.run_pyinstaller(script, name, dist, scratch)
            build_installer.write_zip(folder, zipped)
        built[name] = (folder, zipped)
    return built, seconds


def prepare(data: Path, courses: Path) -> None:
    """An existing install: a learner chosen last, the language chosen, and the frozen
    app's own courses checked and cached (the cache is keyed by the courses' folder)."""
    from dtlearn.paths import Paths
    from dtlearn.services.context import build_services

    services = build_services(Paths(data, courses))
    learner = services.learners.create("Nguyễn Văn An", "UBND xã", "Tân Lập", "Phú Thọ")
    services.settings.set("last_learner", learner.id)
    services.settings.set("language_chosen", True)
    services.catalog.entries()
    services.close()


def can_drop_caches() -> bool:
    return sys.platform == "linux" and os.geteuid() == 0 and DROP_CACHES.exists()


def drop_caches() -> None:
    os.sync()
    DROP_CACHES.write_text("3\n")


def start_once(program: Path, data: Path, cold: bool) -> tuple[float, float, int]:
    """Seconds from launch to idle, seconds of the whole run, and peak RSS (MB) of one
    start of a frozen program."""
    environment = build_installer.frozen_environment(data)
    environment.update(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                       DTLEARN_BENCH_QUIT_WHEN_IDLE="1")
    if cold:
        drop_caches()
    started = time.monotonic()
    process = subprocess.Popen([str(program)], env=environment, cwd=data.parent,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    whole = time.monotonic() - started
    output = process.stdout.read().decode() if process.stdout else ""
    errors = process.stderr.read().decode() if process.stderr else ""
    idle = [float(line.split()[1]) for line in output.splitlines() if line.startswith("idle ")]
    if status != 0 or not idle:
        raise SystemExit(f"{program} did not reach its first screen (status {status}):\n"
                         f"{errors}")
    return idle[0] - started, whole, usage.ru_maxrss // 1024


def program(name: str, folder: Path) -> Path:
    if name == "dtlearn":
        return build_installer.frozen_command(folder)
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def starts(built: dict[str, tuple[Path, Path]], data: Path, runs: int, cold: bool) -> None:
    programs = {name: program(name, folder) for name, (folder, _) in built.items()}
    if not cold:  # one start each to fill the OS file cache
        for path in programs.values():
            start_once(path, data, cold=False)
    times: dict[str, list[float]] = {name: [] for name in programs}
    wholes: dict[str, list[float]] = {name: [] for name in programs}
    rss: dict[str, list[int]] = {name: [] for name in programs}
    for _ in range(runs):  # alternating, so a slow moment of the machine hits all alike
        for name, path in programs.items():
            seconds, whole, peak = start_once(path, data, cold)
            times[name].append(seconds)
            wholes[name].append(whole)
            rss[name].append(peak)
    median = {name: statistics.median(values) for name, values in times.items()}
    whole_median = {name: statistics.median(values) for name, values in wholes.items()}
    label = "cold: OS file cache dropped before each run" if cold else "warm OS file cache"
    print(f"start to the first screen [{runs} runs each, {label}]")
    labels = {"dtlearn": "dtlearn (catalog)", "bare": "bare window",
              "libraries": "window + libraries"}
    for name in programs:
        print(f"  {labels[name]:19} median {median[name]:.3f} s   "
              f"(whole run {whole_median[name]:.3f} s)   peak RSS {max(rss[name])} MB")
    print(f"  ratio to bare       {median['dtlearn'] / median['bare']:.2f}x   "
          f"(target <= 1.5x)")
    print(f"  ratio to libraries  {median['dtlearn'] / median['libraries']:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--work", type=Path, help="keep the builds here (default: temporary)")
    parser.add_argument("--reuse", action="store_true",
                        help="use builds already in --work instead of building again")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dtlearn-bench-build-") as temporary:
        work = (args.work or Path(temporary)).resolve()
        built, seconds = build_all(work, args.reuse)
        import PyInstaller
        import PySide6

        mb = build_installer.megabytes
        sizes = {name: (build_installer.folder_size(folder), zipped.stat().st_size)
                 for name, (folder, zipped) in built.items()}
        print(f"build [{build_installer.os_name()} {build_installer.arch_name()}, "
              f"PyInstaller {PyInstaller.__version__}, PySide6 {PySide6.__version__}"
              + (f", dtlearn built and checked in {seconds:.0f} s" if seconds else "") + "]")
        for name, label in (("dtlearn", "dtlearn"), ("bare", "bare window"),
                            ("libraries", "window + libraries")):
            folder_size, zip_size = sizes[name]
            print(f"  {label:19} folder {mb(folder_size):>9}   zip {mb(zip_size):>9}")
        (app_folder, app_zip), (bare_folder, bare_zip) = sizes["dtlearn"], sizes["bare"]
        print(f"  ratio to bare       folder {app_folder / bare_folder:8.2f}x   zip "
              f"{app_zip / bare_zip:8.2f}x   (target <= 1.3x)")
        data = work / "data"
        if not data.is_dir():
            prepare(data, built["dtlearn"][0] / "_internal" / "courses")
        starts(built, data, args.runs, cold=False)
        if can_drop_caches():
            starts(built, data, args.runs, cold=True)
        else:
            print("(cold start needs root on Linux to drop the OS file cache; skipped)")


if __name__ == "__main__":
    main()
