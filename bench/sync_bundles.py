"""Bundle export and import benchmark (prints figures; not a test).

Builds realistic statements from the bundled courses (Vietnamese question text, answers,
lessons, quiz results, course completions, learners with units and communes) straight into
a temporary store, then times ``export_bundle`` and ``import_bundle`` into a second, empty
store. Targets for 100,000 statements: export under 5 s, import under 10 s.

    python bench/sync_bundles.py [--count 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dtlearn.core.course import Course
from dtlearn.core.gift import parse_gift_file
from dtlearn.core.loader import load_course
from dtlearn.core.questions import Kind, Question, Response
from dtlearn.core.xapi import LearnerInfo, StatementFactory, XapiConfig
from dtlearn.store import outbox
from dtlearn.store.database import Store
from dtlearn.store.learners import insert_learner
from dtlearn.sync.bundle import export_bundle, import_bundle

ROOT = Path(__file__).resolve().parents[1]
COURSES = ROOT / "courses"

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Văn", "Thị", "Đức", "Thu", "Minh", "Ngọc", "Quang", "Thanh"]
GIVEN = ["An", "Bình", "Cường", "Dung", "Giang", "Hoa", "Khánh", "Lan", "Phúc", "Yến"]
PLACES = [("Tân Lập", "Phú Thọ"), ("Phường Ba Đình", "Hà Nội"), ("Xã Đông Hưng", "Hưng Yên"),
          ("Phường Hải Châu", "Đà Nẵng"), ("Xã Mường Khương", "Lào Cai"),
          ("Phường Sài Gòn", "Thành phố Hồ Chí Minh")]
STATEMENTS_PER_LEARNER = 50


@dataclass(frozen=True)
class CourseQuiz:
    course: Course
    questions: tuple[Question, ...]


def load_quizzes() -> list[CourseQuiz]:
    quizzes = []
    for folder in sorted(COURSES.iterdir()):
        course = load_course(folder).course
        if course is None:
            continue
        questions = tuple(q for q in parse_gift_file(course.quiz_path("vi")).questions
                          if q.gradable)
        if questions:
            quizzes.append(CourseQuiz(course, questions))
    return quizzes


def some_response(question: Question, rng: random.Random) -> Response:
    """A plausible response of the right shape, right or wrong at random."""
    if question.kind in (Kind.SINGLE, Kind.TRUE_FALSE):
        return rng.randrange(max(1, len(question.choices)))
    if question.kind is Kind.MULTIPLE:
        picks = range(len(question.choices))
        return sorted(rng.sample(picks, rng.randint(1, len(question.choices))))
    if question.kind is Kind.SHORT:
        return rng.choice([question.choices[0].text if question.choices else "", "không biết"])
    if question.kind is Kind.NUMERICAL:
        return str(question.numeric[0].low if question.numeric else rng.randint(0, 100))
    if question.kind is Kind.MATCHING:
        rights = [pair.right for pair in question.pairs]
        rng.shuffle(rights)
        return rights
    return "Tôi sẽ gọi lại cho người thân để hỏi trước khi làm theo."


def realistic_statements(learners: list[LearnerInfo], count: int, seed: int = 7
                         ) -> Iterator[dict[str, Any]]:
    """``count`` statements as learners really make them: open and finish lessons, answer
    ten questions, pass or fail, complete the course."""
    rng = random.Random(seed)
    quizzes = load_quizzes()
    factory = StatementFactory(XapiConfig())
    moment = dt.datetime(2026, 9, 1, 1, 0, tzinfo=dt.UTC)
    made = 0
    while True:
        learner = rng.choice(learners)
        quiz = rng.choice(quizzes)
        course = quiz.course
        registration = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        events: list[dict[str, Any]] = []
        for lesson in course.lessons:
            title = lesson.title("vi")
            events.append(factory.lesson("experienced", learner, course, lesson.id, title,
                                         "vi", moment))
            events.append(factory.lesson("completed", learner, course, lesson.id, title, "vi",
                                         moment, seconds=rng.uniform(60, 600)))
        questions = rng.sample(quiz.questions, min(10, len(quiz.questions)))
        raw = 0.0
        for question in questions:
            fraction = rng.choice([0.0, 0.5, 1.0, 1.0, 1.0])
            raw += fraction
            events.append(factory.answered(learner, course, registration, question,
                                           some_response(question, rng), fraction,
                                           fraction == 1.0, "vi", moment))
        passed = raw / len(questions) >= 0.7
        events.append(factory.quiz_finished(learner, course, registration, raw,
                                            float(len(questions)), passed, "vi",
                                            rng.uniform(120, 900), moment))
        if passed:
            events.append(factory.course_completed(learner, course, "vi", moment))
        for event in events:
            yield event
            made += 1
            if made >= count:
                return
        moment += dt.timedelta(minutes=rng.randint(1, 30))


def fill_store(store: Store, count: int, seed: int = 7) -> list[LearnerInfo]:
    """Learners and their statements in one transaction, as fast as the store allows."""
    rng = random.Random(seed)
    learners: list[LearnerInfo] = []
    with store.write() as db:
        for _ in range(max(1, count // STATEMENTS_PER_LEARNER)):
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            commune, province = rng.choice(PLACES)
            row = insert_learner(store, name, f"UBND {commune}", commune, province)
            learners.append(LearnerInfo(row.id, name, row.unit, commune, province))
        outbox.add(db, realistic_statements(learners, count, seed), store.device_id)
    return learners


def bundle_figures(count: int) -> dict[str, float]:
    """Seconds for export and import of ``count`` statements, bundle size, statements/s."""
    with tempfile.TemporaryDirectory(prefix="dtlearn-bench-") as folder:
        base = Path(folder)
        device = Store(base / "device.sqlite3")
        hub = Store(base / "hub.sqlite3")
        try:
            started = time.perf_counter()
            fill_store(device, count)
            filled = time.perf_counter() - started
            key = Ed25519PrivateKey.generate()
            target = base / "results.dtsync"
            # Each phase starts with the disk quiet: on a real trainer's laptop the export
            # and the import run on different machines, not while the other's writes drain.
            os.sync()
            started = time.perf_counter()
            exported = export_bundle(device, key, target)
            export_seconds = time.perf_counter() - started
            os.sync()
            started = time.perf_counter()
            imported = import_bundle(hub, target)
            import_seconds = time.perf_counter() - started
        finally:
            device.close()
            hub.close()
    assert exported.statements == count and imported.new == count
    return {
        "statements": count,
        "learners": exported.learners,
        "fill_seconds": round(filled, 2),
        "export_seconds": round(export_seconds, 2),
        "import_seconds": round(import_seconds, 2),
        "bundle_bytes": exported.size,
        "bytes_per_statement": round(exported.size / count, 1),
        "export_statements_per_second": round(count / export_seconds),
        "import_statements_per_second": round(count / import_seconds),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3,
                        help="repeat and report the median (a shared machine is noisy)")
    args = parser.parse_args()
    runs = [bundle_figures(args.count) for _ in range(args.runs)]
    figures = {name: statistics.median(run[name] for run in runs) for name in runs[0]}
    width = max(len(name) for name in figures)
    print(f"median of {len(runs)} run(s)")
    for name, value in figures.items():
        print(f"{name:<{width}}  {value:g}   ({', '.join(f'{run[name]:g}' for run in runs)})")
    print(f"targets: export < 5 s ({'met' if figures['export_seconds'] < 5 else 'MISSED'}), "
          f"import < 10 s ({'met' if figures['import_seconds'] < 10 else 'MISSED'})")


if __name__ == "__main__":
    main()
