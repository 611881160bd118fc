"""Demo data: realistic learners, group sessions and results a trainer can try reports on,
and exactly the same data taken out again.

Everything made here is flagged ``demo = 1`` in its table and visibly marked (a suffix on
names, a prefix on units and session titles; see resources/demo.toml, where the places and
names are kept as editable data). Statements are built with the real StatementFactory so
reports and transcripts read them like any other, and they are stamped sent and exported
when written, so no push or bundle ever carries them; push and export also skip anything
flagged demo.

Generation is plain Python over one seeded random source; the rows are written in one
transaction at the end, so stopping or failing part-way leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import tomllib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dtlearn.core.course import Course
from dtlearn.core.xapi import LearnerInfo, Place, StatementFactory
from dtlearn.errors import UserError
from dtlearn.paths import resources_dir
from dtlearn.services.catalog import Catalog
from dtlearn.store import demo as rows
from dtlearn.store.database import Store
from dtlearn.store.demo import DemoCounts, DemoRows

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]

MAX_LEARNERS = 100_000
DEFAULT_LEARNERS = 200
DAYS_BACK = 120
LOCAL = dt.timezone(dt.timedelta(hours=7))  # Vietnam, where sessions happen
# Prefixes of Vietnam's mobile networks, so demo numbers look like real ones.
MOBILE_PREFIXES = ("032", "033", "034", "035", "036", "037", "038", "039", "056", "058",
                   "059", "070", "076", "077", "078", "079", "081", "082", "083", "084",
                   "085", "086", "088", "089", "090", "091", "093", "094", "096", "097",
                   "098")
_TRAINER_NAMESPACE = uuid.UUID("6f1d3c1e-2b7a-4c55-9a63-0d6c2f4e8b10")


class DemoUnavailable(UserError):
    """Demo data needs at least one usable course to make results for."""


@dataclass(frozen=True)
class DemoPlace:
    province: str
    commune: str
    villages: tuple[str, ...]


@dataclass(frozen=True)
class DemoSettings:
    """The contents of resources/demo.toml."""

    name_suffix: str
    unit_prefix: str
    session_prefix: str
    family: tuple[tuple[str, int], ...]
    middle: dict[str, tuple[str, ...]]
    given: dict[str, tuple[str, ...]]
    units: tuple[str, ...]
    session_titles: tuple[str, ...]
    trainers: tuple[str, ...]
    places: tuple[DemoPlace, ...]


def load_settings(text: str | None = None) -> DemoSettings:
    """Read resources/demo.toml (or ``text``, for tests)."""
    if text is None:
        text = (resources_dir() / "demo.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    names = data["names"]
    return DemoSettings(
        name_suffix=data["marks"]["name_suffix"],
        unit_prefix=data["marks"]["unit_prefix"],
        session_prefix=data["marks"]["session_prefix"],
        family=tuple((str(name), int(weight)) for name, weight in names["family"]),
        middle={"female": tuple(names["middle_female"]), "male": tuple(names["middle_male"])},
        given={"female": tuple(names["given_female"]), "male": tuple(names["given_male"])},
        units=tuple(data["units"]["civil_servant"]),
        session_titles=tuple(data["sessions"]["titles"]),
        trainers=tuple(data["trainers"]["names"]),
        places=tuple(DemoPlace(province["name"], commune["name"], tuple(commune["villages"]))
                     for province in data["provinces"] for commune in province["communes"]),
    )


@dataclass(frozen=True)
class DemoCourse:
    """A course with what demo results need: lesson titles and the quiz's question ids."""

    course: Course
    lesson_titles: tuple[tuple[str, str], ...]
    question_ids: tuple[str, ...]

    @property
    def quiz_size(self) -> int:
        size = self.course.quiz_size
        return len(self.question_ids) if size is None else min(size, len(self.question_ids))


@dataclass(frozen=True)
class DemoReport:
    learners: int = 0
    sessions: int = 0
    attempts: int = 0
    statements: int = 0
    stopped: bool = False


@dataclass
class _Person:
    info: LearnerInfo
    place: DemoPlace
    civil_servant: bool
    ability: float
    sessions: list[tuple[str, DemoCourse, dt.date]] = field(default_factory=list)
    registered: set[str] = field(default_factory=set)  # courses of sessions signed up for


class _Builder:
    """Makes the rows for one demo run; ``rng`` decides everything but the UUIDs."""

    def __init__(self, settings: DemoSettings, courses: Sequence[DemoCourse],
                 factory: StatementFactory, rng: random.Random, today: dt.date) -> None:
        self.settings = settings
        self.courses = courses
        self.factory = factory
        self.rng = rng
        self.today = today
        self.out = DemoRows()
        self.stamp = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        self.by_audience = {audience: [c for c in courses if c.course.audience == audience]
                            for audience in ("community", "civil-servant")}
        self.places = list(settings.places)

    def choose_places(self, learners: int) -> None:
        """About 25 people per commune, as a youth team's area would have, in communes taken
        from each province in turn so even a small demo spans several provinces."""
        by_province: dict[str, list[DemoPlace]] = {}
        for place in self.settings.places:
            by_province.setdefault(place.province, []).append(place)
        for places in by_province.values():
            self.rng.shuffle(places)
        provinces = list(by_province)
        self.rng.shuffle(provinces)
        ordered = [by_province[province][index]
                   for index in range(max(len(p) for p in by_province.values()))
                   for province in provinces if index < len(by_province[province])]
        wanted = max(min(3, len(ordered)), min(len(ordered), learners // 25))
        self.places = ordered[:wanted]

    # --- people ---------------------------------------------------------------------
    def person(self) -> _Person:
        rng, settings = self.rng, self.settings
        gender = rng.choice(("female", "male"))
        family = rng.choices([name for name, _ in settings.family],
                             [weight for _, weight in settings.family])[0]
        name = " ".join((family, rng.choice(settings.middle[gender]),
                         rng.choice(settings.given[gender]))) + settings.name_suffix
        place = rng.choice(self.places)
        civil_servant = rng.random() < 0.3
        commune_in_text = _in_text(place.commune)
        unit = settings.unit_prefix
        if civil_servant:
            unit += " " + rng.choice(settings.units).format(commune=commune_in_text)
        birth_year = (rng.randint(1965, 2000) if civil_servant
                      else rng.randint(1950, self.today.year - 16))
        phone = (rng.choice(MOBILE_PREFIXES) + "".join(rng.choices("0123456789", k=7))
                 if rng.random() < 0.6 else "")
        village = rng.choice(place.villages)
        learner_id = str(uuid.uuid4())
        self.out.learners.append((learner_id, name, unit, place.commune, place.province,
                                  birth_year, gender, phone, village, self.stamp, self.stamp))
        info = LearnerInfo(learner_id, name, unit, place.commune, place.province)
        return _Person(info, place, civil_servant, rng.betavariate(5, 2.5))

    # --- sessions -------------------------------------------------------------------
    def sessions(self, people: list[_Person]) -> None:
        """About one session per fifteen people, each in one commune on one day, with
        most of that commune's people registered and most of those present."""
        community = self.by_audience["community"] or list(self.courses)
        by_commune: dict[str, list[_Person]] = {}
        for person in people:
            by_commune.setdefault(person.place.commune, []).append(person)
        count = max(1, len(people) // 15)
        communes = sorted(by_commune)
        for index in range(count):
            commune = communes[index % len(communes)]
            residents = by_commune[commune]
            place = residents[0].place
            course = self.rng.choice(community)
            day = self.today - dt.timedelta(days=self.rng.randint(1, DAYS_BACK))
            trainer = self.rng.choice(self.settings.trainers)
            session_id = str(uuid.uuid4())
            village = self.rng.choice(place.villages)
            title = self.rng.choice(self.settings.session_titles).format(
                village=village, commune=_in_text(commune))
            data = {
                "course_id": course.course.id,
                "title": f"{self.settings.session_prefix} {title}",
                "province": place.province, "commune": commune,
                "village": village, "date": day.isoformat(),
                "trainer_id": str(uuid.uuid5(_TRAINER_NAMESPACE, trainer)),
                "trainer_name": trainer + self.settings.name_suffix,
            }
            registered_at = _at(day, 7, 45).isoformat(timespec="milliseconds")
            self.out.sessions.append((session_id, json.dumps(data, ensure_ascii=False),
                                      registered_at))
            size = min(len(residents), self.rng.randint(8, 25))
            for person in self.rng.sample(residents, size):
                attended = self.rng.random() < 0.85
                self.out.attendees.append((session_id, person.info.id, int(attended),
                                           registered_at, registered_at))
                person.registered.add(course.course.id)
                if attended:
                    person.sessions.append((session_id, course, day))

    # --- learning -------------------------------------------------------------------
    def learning(self, person: _Person) -> None:
        for session_id, course, day in person.sessions:
            self.take(person, course, _at(day, self.rng.randint(8, 14), self.rng.randint(0, 59)),
                      session_id, same_day=True)
        if self.rng.random() < 0.15:
            return  # registered, never studied on their own
        pool = self.by_audience["civil-servant" if person.civil_servant else "community"]
        # Not the course of a session they signed up for: they learn that one there.
        pool = [c for c in (pool or list(self.courses)) if c.course.id not in person.registered]
        for course in self.rng.sample(pool, min(len(pool), self.rng.choice((0, 1, 1, 2, 3)))):
            day = self.today - dt.timedelta(days=self.rng.randint(0, DAYS_BACK))
            self.take(person, course, _at(day, self.rng.randint(7, 21), self.rng.randint(0, 59)),
                      None, same_day=False)

    def take(self, person: _Person, demo: DemoCourse, start: dt.datetime,
             session_id: str | None, same_day: bool) -> None:
        """Read some or all lessons, then take the quiz, retrying a failure up to twice."""
        rng, course, factory = self.rng, demo.course, self.factory
        place = Place(session_id or "")
        moment = start
        read_all = rng.random() < 0.85
        lessons = demo.lesson_titles if read_all else demo.lesson_titles[
            :rng.randint(0, max(0, len(demo.lesson_titles) - 1))]
        for lesson_id, title in lessons:
            opened = moment
            seconds = rng.randint(90, 720)
            moment += dt.timedelta(seconds=seconds + rng.randint(5, 60))
            self.statement(factory.lesson("experienced", person.info, course, lesson_id, title,
                                          "vi", when=opened, place=place))
            self.statement(factory.lesson("completed", person.info, course, lesson_id, title,
                                          "vi", when=moment, seconds=seconds, place=place))
            self.out.progress.append((person.info.id, course.id, lesson_id, _iso(opened),
                                      _iso(moment), seconds, _iso(moment)))
        # Most take the quiz after the lessons; some skip it, and some try it without
        # having read everything (they can pass, but have not completed the course).
        if not demo.question_ids or rng.random() < (0.1 if read_all else 0.7):
            return
        ability = person.ability
        for attempt_number in range(3):
            if attempt_number:
                moment += (dt.timedelta(minutes=rng.randint(3, 30)) if same_day
                           else dt.timedelta(days=rng.randint(1, 10), hours=rng.randint(0, 5)))
                if moment.date() > self.today:
                    return
            passed = self.attempt(person, demo, moment, session_id, ability)
            moment += dt.timedelta(minutes=15)
            if passed:
                if read_all:
                    self.statement(factory.course_completed(person.info, course, "vi",
                                                            when=moment, place=place))
                return
            if rng.random() < 0.3:
                return  # gave up
            ability = min(0.98, ability + rng.uniform(0.05, 0.2))

    def attempt(self, person: _Person, demo: DemoCourse, start: dt.datetime,
                session_id: str | None, ability: float) -> bool:
        rng, course = self.rng, demo.course
        size = demo.quiz_size
        drawn = rng.sample(demo.question_ids, size)
        right = sum(1 for _ in range(size) if rng.random() < ability)
        score = round(100 * right / size, 1)
        passed = score >= course.pass_mark
        seconds = rng.randint(180, 900)
        finished = start + dt.timedelta(seconds=seconds)
        attempt_id = str(uuid.uuid4())
        self.out.attempts.append((attempt_id, person.info.id, course.id, course.version,
                                  rng.randrange(2**31), json.dumps(drawn), size - 1,
                                  _iso(start), _iso(finished), score, int(passed), session_id))
        self.statement(self.factory.quiz_finished(
            person.info, course, attempt_id, float(right), float(size), passed, "vi", seconds,
            when=finished, place=Place(session_id or "")))
        return passed

    def statement(self, statement: dict[str, Any]) -> None:
        self.out.statements.append(statement)


def _in_text(commune: str) -> str:
    """"Phường Hải Châu" as it reads inside a phrase: "UBND phường Hải Châu"."""
    return commune[:1].lower() + commune[1:]


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), LOCAL)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds")


class DemoService:
    """Fill a database with demo data, count it, take it out again."""

    def __init__(self, store: Store, factory: Callable[[], StatementFactory]) -> None:
        self._store = store
        self._factory = factory

    def add(self, courses: Sequence[DemoCourse], learners: int = DEFAULT_LEARNERS,
            seed: int | None = None, today: dt.date | None = None,
            progress: Progress | None = None,
            should_stop: ShouldStop = lambda: False) -> DemoReport:
        """Make ``learners`` demo learners with sessions and results, written in one
        transaction. Stopping during generation writes nothing."""
        if not 1 <= learners <= MAX_LEARNERS:
            raise ValueError(f"learners must be between 1 and {MAX_LEARNERS}")
        if not courses:
            raise DemoUnavailable("demo data needs at least one usable course")
        builder = _Builder(load_settings(), courses, self._factory(), random.Random(seed),
                           today or dt.date.today())
        steps = learners + max(1, math.ceil(learners / 10))
        builder.choose_places(learners)
        people = [builder.person() for _ in range(learners)]
        builder.sessions(people)
        for index, person in enumerate(people):
            if index % 50 == 0:
                if should_stop():
                    return DemoReport(stopped=True)
                if progress is not None:
                    progress(index, steps)
            builder.learning(person)
        if should_stop():
            return DemoReport(stopped=True)
        if progress is not None:
            progress(learners, steps)
        rows.insert_demo(self._store, builder.out)
        if progress is not None:
            progress(steps, steps)
        out = builder.out
        return DemoReport(len(out.learners), len(out.sessions), len(out.attempts),
                          len(out.statements))

    def counts(self) -> DemoCounts:
        return rows.demo_counts(self._store)

    def has_data(self) -> bool:
        """Whether there is demo data to remove (cheaper than counting it)."""
        return rows.has_demo(self._store)

    def remove(self) -> DemoCounts:
        """Delete every demo row in every table (and what hangs off demo learners and
        sessions); real data is not touched. Returns what was removed."""
        return rows.remove_demo(self._store)


def demo_courses(catalog: Catalog) -> list[DemoCourse]:
    """The usable courses with their lesson titles (read once) and gradable question ids,
    as the real quiz would draw them."""
    result = []
    for course in catalog.usable():
        titles = tuple((lesson.id, lesson.title("vi")) for lesson in course.lessons)
        questions, _ = catalog.quiz(course, "vi")
        ids = tuple(sorted(q.id for q in questions if q.id and q.gradable))
        result.append(DemoCourse(course, titles, ids))
    return result
