"""Group sessions for community teams: create, register people fast, mark attendance, and
see who attended, completed and passed.

Registering must be quick in a commune hall: typing a name offers people already known on
this laptop (matched ignoring case and diacritics), so the same villager is not entered
twice; a new person needs only a name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from dtlearn.core.textfold import fold
from dtlearn.errors import UserError
from dtlearn.services.catalog import Catalog
from dtlearn.services.learners import LearnerService, clean
from dtlearn.services.progress import ProgressService
from dtlearn.services.trainers import Trainer
from dtlearn.store import sessions as rows
from dtlearn.store.database import Store

MAX_SUGGESTIONS = 8


class SessionProblem(StrEnum):
    NO_COURSE = "no_course"
    NO_PLACE = "no_place"
    BAD_DATE = "bad_date"
    BAD_BIRTH_YEAR = "bad_birth_year"


class SessionError(UserError):
    def __init__(self, problem: SessionProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class GroupSession:
    id: str
    course_id: str
    title: str
    province: str
    commune: str
    village: str
    date: str
    trainer_id: str
    trainer_name: str

    @classmethod
    def from_row(cls, row: rows.SessionRow) -> GroupSession:
        data = row.data
        return cls(row.id, data.get("course_id", ""), data.get("title", ""),
                   data.get("province", ""), data.get("commune", ""), data.get("village", ""),
                   data.get("date", ""), data.get("trainer_id", ""),
                   data.get("trainer_name", ""))


@dataclass(frozen=True)
class AttendeeStatus:
    learner_id: str
    name: str
    birth_year: int | None
    village: str
    attended: bool
    completed: bool
    passed: bool
    best_score: float | None


def check_birth_year(year: int | None, today: dt.date | None = None) -> None:
    if year is None:
        return
    current = (today or dt.date.today()).year
    if not 1900 <= year <= current:
        raise SessionError(SessionProblem.BAD_BIRTH_YEAR)


class SessionService:
    def __init__(self, store: Store, catalog: Catalog, learners: LearnerService,
                 progress: ProgressService) -> None:
        self._store = store
        self._catalog = catalog
        self._learners = learners
        self._progress = progress

    def create(self, course_id: str, title: str, province: str, commune: str, village: str,
               date: str, trainer: Trainer) -> GroupSession:
        if self._catalog.course(course_id) is None:
            raise SessionError(SessionProblem.NO_COURSE)
        if not clean(commune):
            raise SessionError(SessionProblem.NO_PLACE)
        try:
            dt.date.fromisoformat(date)
        except ValueError as error:
            raise SessionError(SessionProblem.BAD_DATE) from error
        data: dict[str, Any] = {
            "course_id": course_id, "title": clean(title), "province": clean(province),
            "commune": clean(commune), "village": clean(village), "date": date,
            "trainer_id": trainer.id, "trainer_name": trainer.name,
        }
        return GroupSession.from_row(rows.insert_session(self._store, data))

    def all(self) -> list[GroupSession]:
        return [GroupSession.from_row(row) for row in rows.all_sessions(self._store)]

    def get(self, session_id: str) -> GroupSession | None:
        row = rows.get_session(self._store, session_id)
        return GroupSession.from_row(row) if row else None

    def suggest(self, typed: str) -> list[rows.KnownPerson]:
        """People already known whose name contains what was typed, diacritics ignored."""
        wanted = fold(typed)
        if len(wanted) < 2:
            return []
        matches = [person for person in rows.known_people(self._store)
                   if wanted in fold(person.name)]
        matches.sort(key=lambda person: (not fold(person.name).startswith(wanted), person.name))
        return matches[:MAX_SUGGESTIONS]

    def register_new(self, session: GroupSession, name: str, birth_year: int | None = None,
                     gender: str = "", phone: str = "", village: str = "") -> str:
        """Make a profile for a newcomer (place taken from the session) and register them."""
        check_birth_year(birth_year)
        name, _, commune, province = self._learners.cleaned(name, "", session.commune,
                                                            session.province)
        return rows.register_newcomer(self._store, session.id, name, commune, province,
                                      birth_year, gender, clean(phone),
                                      clean(village) or session.village)

    def register_existing(self, session: GroupSession, learner_id: str) -> None:
        rows.add_attendee(self._store, session.id, learner_id)

    def set_attended(self, session: GroupSession, learner_id: str, attended: bool) -> None:
        rows.set_attended(self._store, session.id, learner_id, attended)

    def attendees(self, session: GroupSession) -> list[AttendeeStatus]:
        course = self._catalog.course(session.course_id)
        people = rows.attendees(self._store, session.id)
        result = []
        for person in people:
            progress = (self._progress.course_progress(person.learner_id, course)
                        if course else None)
            result.append(AttendeeStatus(
                person.learner_id, person.name, person.birth_year, person.village,
                person.attended,
                completed=bool(progress and progress.status.value == "completed"),
                passed=bool(progress and progress.passed),
                best_score=progress.best_score if progress else None))
        return result
