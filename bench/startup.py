"""Start-up and answer-save benchmark (prints figures; not a test).

Start-up: time of a fresh process from launch until the catalog is shown and the event loop
is idle, against a baseline run alternately in the same session: a bare PySide6 window that
also imports markdown and sqlite_utils and opens a SQLite file. dtlearn starts through its
real entry point (``dtlearn --data-dir D --courses-dir C``) with DTLEARN_BENCH_QUIT_WHEN_IDLE=1;
each program prints the moment it was idle (CLOCK_MONOTONIC, shared by every process) and
quits, so closing down is not timed (the whole run is shown apart). Reported as medians,
their ratio, and the peak RSS of each. Run again with ten times the courses and thousands of
learners to show start-up does not grow with them.

Answer save: median and 99th percentile of committing one answer durably.

    python bench/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COURSES = ROOT / "courses"

# The installed ``dtlearn`` command does the same; exit 0 only if the catalog showed.
APP_PROBE = textwrap.dedent("""
    import sys
    from dtlearn.app import main
    sys.exit(main(["--data-dir", sys.argv[1], "--courses-dir", sys.argv[2]]))
""")

BASELINE_PROBE = textwrap.dedent("""
    import sys, time
    import markdown, sqlite_utils
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    app = QApplication(sys.argv[:1])
    db = sqlite_utils.Database(sys.argv[1] + "/baseline.sqlite3")
    db.execute("CREATE TABLE IF NOT EXISTS t (x)")
    window = QMainWindow()
    window.setCentralWidget(QLabel("baseline"))
    window.resize(1280, 720)
    window.show()
    def idle():
        app.processEvents()
        print(f"idle {time.monotonic():.6f}", flush=True)
        app.quit()
    QTimer.singleShot(0, idle)
    sys.exit(app.exec())
""")


def run_once(script: str, args: list[str]) -> tuple[float, float, int]:
    """Seconds from launch to idle, seconds of the whole run, and peak RSS (MB) of one
    fresh process. Bytecode may be cached, as in
    any installed program (pip compiles the libraries; a frozen app carries bytecode):
    with PYTHONDONTWRITEBYTECODE set, dtlearn alone would be compiled from source on every
    run while the baseline's libraries were not."""
    env = {key: value for key, value in os.environ.items()
           if key != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    env["DTLEARN_BENCH_QUIT_WHEN_IDLE"] = "1"
    start = time.monotonic()
    process = subprocess.Popen([sys.executable, "-c", script, *args], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    whole = time.monotonic() - start
    output = process.stdout.read().decode() if process.stdout else ""
    idle = [float(line.split()[1]) for line in output.splitlines() if line.startswith("idle ")]
    if status != 0 or not idle:
        errors = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"probe failed (status {status}): {errors}")
    return idle[0] - start, whole, usage.ru_maxrss // 1024


def prepare(data: Path, courses: Path, learners: int) -> None:
    """An existing install: a database with learners, a chosen learner, a warm course cache."""
    sys.path.insert(0, str(ROOT / "src"))
    from dtlearn.paths import Paths
    from dtlearn.services.context import build_services
    from dtlearn.store.learners import insert_learner

    services = build_services(Paths(data, courses))
    first = services.learners.create("Nguyễn Văn An", "UBND xã", "Tân Lập", "Phú Thọ")
    for number in range(learners - 1):
        insert_learner(services.store, f"Học viên {number}", "", "", "")
    services.settings.set("last_learner", first.id)
    services.settings.set("language_chosen", True)
    services.catalog.entries()
    services.close()


def many_courses(target: Path, copies: int) -> Path:
    for source in sorted(p for p in COURSES.iterdir() if (p / "course.toml").is_file()):
        for number in range(copies):
            course_id = f"{source.name}-{number}"
            shutil.copytree(source, target / course_id)
            toml = target / course_id / "course.toml"
            text = toml.read_text(encoding="utf-8")
            toml.write_text(text.replace(f'id = "{source.name}"', f'id = "{course_id}"', 1),
                            encoding="utf-8")
    return target


def startup(label: str, courses: Path, learners: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        prepare(data, courses, learners)
        app_times, base_times, app_rss, base_rss = [], [], [], []
        app_whole, base_whole = [], []
        run_once(APP_PROBE, [str(data), str(courses)])  # warm the OS file cache once
        for _ in range(runs):
            seconds, whole, rss = run_once(APP_PROBE, [str(data), str(courses)])
            app_times.append(seconds)
            app_whole.append(whole)
            app_rss.append(rss)
            seconds, whole, rss = run_once(BASELINE_PROBE, [tmp])
            base_times.append(seconds)
            base_whole.append(whole)
            base_rss.append(rss)
    app, base = statistics.median(app_times), statistics.median(base_times)
    count = sum(1 for p in courses.iterdir() if (p / "course.toml").is_file())
    print(f"start-up [{label}: {count} courses, {learners} learners, {runs} runs]")
    print(f"  dtlearn   median {app:.3f} s   (whole run {statistics.median(app_whole):.3f} s)"
          f"   peak RSS {max(app_rss)} MB")
    print(f"  baseline  median {base:.3f} s   (whole run {statistics.median(base_whole):.3f} s)"
          f"   peak RSS {max(base_rss)} MB")
    print(f"  ratio     {app / base:.2f}x   (target <= 1.5x; RSS target < 100 MB)")


def answer_latency(samples: int) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from dtlearn.store import attempts, learners
    from dtlearn.store.database import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite3")
        learner = learners.insert_learner(store, "An", "", "", "")
        ids = [f"q{n}" for n in range(samples)]
        attempt = attempts.insert_attempt(store, learner.id, "c", "1.0.0", 1, ids)
        times = []
        for number, question_id in enumerate(ids):
            start = time.perf_counter()
            attempts.save_answer(store, attempt.id, question_id, [0, 2], 0.5, False, number)
            times.append((time.perf_counter() - start) * 1000)
        store.close()
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"answer save [{samples} durable commits, synchronous=FULL, WAL]")
    print(f"  median {statistics.median(times):.2f} ms   p99 {p99:.2f} ms   (target median < 5 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--samples", type=int, default=1000)
    args = parser.parse_args()
    startup("bundled", COURSES, 1, args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        startup("10x courses", many_courses(Path(tmp), 10), 5000, args.runs)
    answer_latency(args.samples)


if __name__ == "__main__":
    main()
