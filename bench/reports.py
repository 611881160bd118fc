"""Reports benchmark (prints figures; not a test).

Fills a temporary store with 20,000 learners in 34 provinces, 8 courses and 1,000,000 quiz
attempts (one passed or failed statement each, scores that improve with retries, plus a
course-completed statement for most learners who passed), then, in a fresh process so its
memory is the report's own, times:

- building the kept per-learner summary (report_pairs), done once after the statements
  arrive;
- the report by commune over the whole history (from that summary), and over one quarter
  (from the statements themselves);
- the XLSX export of the by-learner report for the course everyone takes (20,000 rows);

and prints the process's peak RSS. Targets: report under 1 s, XLSX under 10 s, memory
under 500 MB.

    python bench/reports.py [--attempts 1000000] [--learners 20000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from dtlearn.core.course import Course
from dtlearn.core.loader import load_course
from dtlearn.core.xapi import LearnerInfo, Place, StatementFactory, XapiConfig
from dtlearn.reports.build import build_report
from dtlearn.reports.export import write_xlsx
from dtlearn.reports.model import Filters, Grouping, course_infos
from dtlearn.store import reports as store_reports
from dtlearn.store.database import Store
from dtlearn.store.outbox import canonical

ROOT = Path(__file__).resolve().parents[1]
COURSES = ROOT / "courses"
EVERYONE_TAKES = "a1-vneid"

PROVINCES = ["Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Thành phố Hồ Chí Minh",
             "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
             "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên",
             "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi",
             "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh",
             "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang"]
COMMUNE_FIRST = ["Tân", "Đông", "Hòa", "Phú", "Bình", "An", "Vĩnh", "Thạnh", "Mỹ", "Long"]
COMMUNE_SECOND = ["Lập", "Hưng", "Thành", "Lợi", "Phước", "Sơn", "Hải", "Xuân", "Điền"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Đức", "Thu", "Minh", "Ngọc", "Quang", "Thanh", "Hữu", "Kim"]
GIVEN = ["An", "Bình", "Cường", "Dung", "Giang", "Hoa", "Khánh", "Lan", "Phúc", "Yến",
         "Tuấn", "Hương", "Nga", "Quý", "Sơn", "Thảo"]
START = dt.datetime(2025, 7, 1, 1, 0, tzinfo=dt.UTC)
DAYS = 330
PASS_MARK = 0.7


def load_courses() -> list[Course]:
    courses = [load_course(folder).course for folder in sorted(COURSES.iterdir())]
    return [course for course in courses if course is not None]


def _template(statement: dict[str, Any], tokens: dict[str, str]) -> str:
    """A statement's canonical JSON with its varying values turned into %-fields."""
    text = canonical(statement).replace("%", "%%")
    for token, name in tokens.items():
        text = text.replace(token, f"%({name})s")
    return text


def templates(courses: list[Course]) -> dict[tuple[str, str], str]:
    """Real statement bodies per course and verb, with slots for what changes per row."""
    factory = StatementFactory(XapiConfig(), Place(session_id="@SESSION@"))
    learner = LearnerInfo("@LEARNER@", "", "@UNIT@", "@COMMUNE@", "@PROVINCE@")
    tokens = {"@ID@": "id", "@LEARNER@": "learner", "@UNIT@": "unit", "@COMMUNE@": "commune",
              "@PROVINCE@": "province", "@SESSION@": "session", "@REG@": "registration",
              "@TS@": "timestamp", '"@SCALED@"': "scaled", '"@RAW@"': "raw",
              "@DURATION@": "duration"}
    made: dict[tuple[str, str], str] = {}
    for course in courses:
        for verb in ("passed", "failed"):
            statement = factory.quiz_finished(learner, course, "@REG@", 7, 10, verb == "passed",
                                              "vi", 300)
            statement["result"]["score"].update(scaled="@SCALED@", raw="@RAW@")
            statement["result"]["duration"] = "@DURATION@"
            statement.update(id="@ID@", timestamp="@TS@")
            made[course.id, verb] = _template(statement, tokens)
        statement = factory.course_completed(learner, course, "vi")
        statement.update(id="@ID@", timestamp="@TS@")
        made[course.id, "completed"] = _template(statement, tokens)
    return made


def people(count: int, rng: random.Random) -> list[tuple[str, ...]]:
    """(id, name, unit, commune, province, created_at, updated_at) rows."""
    rows = []
    stamp = START.isoformat(timespec="milliseconds")
    for _ in range(count):
        province = rng.choice(PROVINCES)
        commune = f"Xã {rng.choice(COMMUNE_FIRST)} {rng.choice(COMMUNE_SECOND)}"
        unit = rng.choice([f"UBND {commune}", f"Đoàn thanh niên {commune}",
                           f"Trường THCS {commune}", ""])
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        rows.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), name, unit,
                     commune, province, stamp, stamp))
    return rows


def group_sessions(count: int, rng: random.Random,
                   learners: list[tuple[str, ...]]) -> list[tuple[str, str, str]]:
    rows = []
    for number in range(count):
        place = rng.choice(learners)
        day = (START + dt.timedelta(days=rng.randrange(DAYS))).date().isoformat()
        data = {"course_id": EVERYONE_TAKES, "title": f"Buổi học số {number + 1}",
                "province": place[4], "commune": place[3], "village": "Thôn 3", "date": day,
                "trainer_id": "", "trainer_name": "Tổ công nghệ số cộng đồng"}
        rows.append((str(uuid.uuid4()), json.dumps(data, ensure_ascii=False),
                     START.isoformat(timespec="milliseconds")))
    return rows


def statements(learners: list[tuple[str, ...]], courses: list[Course], attempts: int,
               sessions: list[tuple[str, str, str]], device: str, rng: random.Random
               ) -> Iterator[tuple[Any, ...]]:
    """Outbox rows: ``attempts`` finished quizzes spread over learner-and-course pairs (each
    pair at least one), scores rising with retries, a completion for 9 in 10 who pass."""
    bodies = templates(courses)
    others = [course.id for course in courses if course.id != EVERYONE_TAKES]
    pairs = []
    for learner in learners:
        pairs.append((learner, EVERYONE_TAKES))
        pairs += [(learner, course_id) for course_id in rng.sample(others, rng.randint(1, 7))]
    counts = [1] * len(pairs)
    for index in rng.choices(range(len(pairs)), k=attempts - len(pairs)):
        counts[index] += 1
    session_ids = [row[0] for row in sessions]
    recorded = START.isoformat(timespec="milliseconds")
    for (learner, course_id), count in zip(pairs, counts, strict=True):
        learner_id, _name, unit, commune, province = learner[:5]
        ability = rng.betavariate(5, 3)
        moment = START + dt.timedelta(days=rng.randrange(DAYS), minutes=rng.randrange(1440))
        session = rng.choice(session_ids) if rng.random() < 0.25 else None
        completed = False
        for number in range(count):
            score = round(min(1.0, max(0.0, rng.gauss(ability + 0.04 * number, 0.12))), 1)
            passed = score >= PASS_MARK
            verb = "passed" if passed else "failed"
            stamp = moment.isoformat(timespec="milliseconds")
            registration = str(uuid.uuid4())
            fields = {"id": str(uuid.uuid4()), "learner": learner_id, "unit": unit,
                      "commune": commune, "province": province, "session": session or "",
                      "registration": registration, "timestamp": stamp, "scaled": score,
                      "raw": score * 10, "duration": f"PT{rng.randint(120, 900)}S"}
            yield (fields["id"], bodies[course_id, verb] % fields, learner_id, verb,
                   f"https://dtlearn.invalid/xapi/courses/{course_id}/quiz", course_id,
                   registration, session, int(passed), score, stamp, device, recorded, 0)
            if passed and not completed and rng.random() < 0.9:
                completed = True
                fields["id"] = str(uuid.uuid4())
                yield (fields["id"], bodies[course_id, "completed"] % fields, learner_id,
                       "completed", f"https://dtlearn.invalid/xapi/courses/{course_id}",
                       course_id, None, session, 1, None, stamp, device, recorded, 0)
            moment += dt.timedelta(days=rng.randint(0, 6), minutes=rng.randrange(1440))


def fill(database: Path, learner_count: int, attempts: int) -> dict[str, float]:
    rng = random.Random(5)
    store = Store(database)
    try:
        started = time.perf_counter()
        learners = people(learner_count, rng)
        sessions = group_sessions(1500, rng, learners)
        rows = statements(learners, load_courses(), attempts, sessions, store.device_id, rng)
        store_reports.bulk_insert(store, rows, learners, sessions)
        seconds = time.perf_counter() - started
        total = store.read_one("SELECT COUNT(*) AS n FROM outbox")
    finally:
        store.close()
    return {"fill_seconds": round(seconds, 1), "outbox_rows": total["n"] if total else 0,
            "database_mb": round(database.stat().st_size / 2**20)}


def _timed(work: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """Best wall-clock and best CPU seconds of ``runs`` runs, and the last result. CPU time
    is printed too because a shared machine's other work lengthens the wall clock."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return round(min(walls), 3), round(min(cpus), 3), result


def measure(database: Path, output: Path) -> dict[str, float]:
    """Runs in its own process: report and export times, and this process's peak memory."""
    store = Store(database)
    try:
        courses = course_infos(load_courses())
        figures: dict[str, float] = {"load_average_1min": round(os.getloadavg()[0], 2)}
        # The first report after the statements arrived builds the kept summary
        # (report_pairs); later ones only add what is new.
        store.db.execute("UPDATE report_pairs_state SET stale = 1")
        wall, cpu, _ = _timed(lambda: store_reports.refresh_pairs(store), 1)
        figures.update({"summary_build_s": wall, "summary_build_cpu_s": cpu})
        for label, filters in (
                ("report_by_commune", Filters(Grouping.COMMUNE)),
                ("report_by_commune_one_quarter",
                 Filters(Grouping.COMMUNE, date_from=dt.date(2025, 10, 1),
                         date_to=dt.date(2025, 12, 31))),
                ("report_by_course", Filters(Grouping.COURSE)),
                ("report_by_session", Filters(Grouping.SESSION))):
            wall, cpu, report = _timed(lambda f=filters: build_report(store, f, courses), 5)
            figures.update({f"{label}_s": wall, f"{label}_cpu_s": cpu,
                            f"{label}_rows": len(report.rows)})
        wall, cpu, report = _timed(lambda: build_report(
            store, Filters(Grouping.LEARNER, course_id=EVERYONE_TAKES), courses), 3)
        figures.update({"report_by_learner_one_course_s": wall,
                        "report_by_learner_one_course_cpu_s": cpu})
        wall, cpu, _ = _timed(lambda: write_xlsx(report, output), 3)
        figures.update({"xlsx_s": wall, "xlsx_cpu_s": cpu, "xlsx_rows": len(report.rows),
                        "xlsx_mb": round(output.stat().st_size / 2**20, 1)})
    finally:
        store.close()
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return figures


def _child(*args: str) -> dict[str, float]:
    """Run this script with ``args`` in a new process and read the JSON it prints.

    Filling and measuring each run in a process of their own: Linux carries a process's
    peak memory across fork and exec, so a measuring child of the parent that filled the
    database would report the filler's peak (with its 256 MB write cache), not its own.
    """
    done = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True,
                          text=True)
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=20_000)
    parser.add_argument("--attempts", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database in DIR")
    parser.add_argument("--fill", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill:
        print(json.dumps(fill(args.fill, args.learners, args.attempts)))
        return
    if args.measure:
        print(json.dumps(measure(args.measure, args.measure.with_suffix(".xlsx"))))
        return
    with tempfile.TemporaryDirectory(prefix="dtlearn-bench-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        database = folder / "reports.sqlite3"
        figures: dict[str, float] = {}
        if not database.exists():
            figures.update(_child("--fill", str(database), "--learners", str(args.learners),
                                  "--attempts", str(args.attempts)))
        figures.update(_child("--measure", str(database)))
    width = max(len(name) for name in figures)
    for name, value in figures.items():
        print(f"{name:<{width}}  {value:g}")
    report_s = figures["report_by_commune_s"]
    print(f"targets: report < 1 s ({'met' if report_s < 1 else 'MISSED'}), "
          f"XLSX < 10 s ({'met' if figures['xlsx_s'] < 10 else 'MISSED'}), "
          f"memory < 500 MB ({'met' if figures['peak_rss_mb'] < 500 else 'MISSED'})")


if __name__ == "__main__":
    main()
