"""xAPI 1.0.3 statements for every learning event, built as plain dicts.

Pure functions of the event: the statement id is made here (a UUID), so the same record
always travels under the same id, and an LRS or a hub can tell a resend from a new event.
Learners are pseudonymous accounts (homePage + learner UUID) unless names are turned on.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from dtlearn.core.course import Course
from dtlearn.core.questions import Kind, Question, Response

PLATFORM = "dtlearn"
DEFAULT_BASE = "https://dtlearn.invalid/xapi"

ADL = "http://adlnet.gov/expapi"
VERBS = {
    "experienced": f"{ADL}/verbs/experienced",
    "completed": f"{ADL}/verbs/completed",
    "answered": f"{ADL}/verbs/answered",
    "passed": f"{ADL}/verbs/passed",
    "failed": f"{ADL}/verbs/failed",
}
ACTIVITY_TYPES = {
    "course": f"{ADL}/activities/course",
    "lesson": f"{ADL}/activities/lesson",
    "assessment": f"{ADL}/activities/assessment",
    "interaction": f"{ADL}/activities/cmi.interaction",
}
_INTERACTION = {
    Kind.SINGLE: "choice", Kind.MULTIPLE: "choice", Kind.TRUE_FALSE: "true-false",
    Kind.SHORT: "fill-in", Kind.MATCHING: "matching", Kind.NUMERICAL: "numeric",
    Kind.ESSAY: "long-fill-in",
}


@dataclass(frozen=True)
class XapiConfig:
    """What a trainer can set: the IRI base for ids and whether names leave the device."""

    base: str = DEFAULT_BASE
    include_names: bool = False


@dataclass(frozen=True)
class LearnerInfo:
    id: str
    name: str
    unit: str = ""
    commune: str = ""
    province: str = ""


@dataclass(frozen=True)
class Place:
    """Where the learning happened, for the context extensions reports group by."""

    session_id: str = ""


def timestamp(moment: dt.datetime | None = None) -> str:
    """UTC, with milliseconds and an explicit offset: an LRS must never have to guess."""
    moment = moment or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        raise ValueError("xAPI timestamps need a time zone")
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds")


def duration(seconds: float) -> str:
    """ISO 8601 duration as xAPI expects it: PT…S with at most two decimals."""
    return f"PT{max(0.0, round(seconds, 2)):g}S"


class StatementFactory:
    """Builds the statements of one install; ``config`` is read on each call so a trainer's
    change (names on or off, another IRI base) applies to the next event."""

    def __init__(self, config: XapiConfig, place: Place | None = None) -> None:
        self.config = config
        self.place = place or Place()

    # --- shared parts -------------------------------------------------------------------
    def _iri(self, *parts: str) -> str:
        return "/".join([self.config.base.rstrip("/"), *parts])

    def course_iri(self, course_id: str) -> str:
        return self._iri("courses", course_id)

    def actor(self, learner: LearnerInfo) -> dict[str, Any]:
        actor: dict[str, Any] = {
            "objectType": "Agent",
            "account": {"homePage": self.config.base.rstrip("/"), "name": learner.id},
        }
        if self.config.include_names and learner.name:
            actor["name"] = learner.name
        return actor

    def _context(self, learner: LearnerInfo, course: Course, language: str,
                 registration: str | None, place: Place) -> dict[str, Any]:
        place = place if place.session_id else self.place
        extensions = {self._iri("extensions", key): value for key, value in (
            ("unit", learner.unit), ("commune", learner.commune),
            ("province", learner.province), ("session", place.session_id)) if value}
        context: dict[str, Any] = {
            "platform": PLATFORM,
            "language": language,
            "contextActivities": {"parent": [self._course_activity(course, language)]},
        }
        if registration:
            context["registration"] = registration
        if extensions:
            context["extensions"] = extensions
        return context

    def _course_activity(self, course: Course, language: str) -> dict[str, Any]:
        return {"objectType": "Activity", "id": self.course_iri(course.id),
                "definition": {"type": ACTIVITY_TYPES["course"],
                               "name": {language: course.title_in(language)}}}

    def _statement(self, learner: LearnerInfo, verb: str, obj: dict[str, Any],
                   context: dict[str, Any], when: dt.datetime | None,
                   result: dict[str, Any] | None = None) -> dict[str, Any]:
        statement: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "actor": self.actor(learner),
            "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
            "object": obj,
            "context": context,
            "timestamp": timestamp(when),
        }
        if result is not None:
            statement["result"] = result
        return statement

    # --- events ---------------------------------------------------------------------------
    def lesson(self, verb: str, learner: LearnerInfo, course: Course, lesson_id: str,
               lesson_title: str, language: str, when: dt.datetime | None = None,
               seconds: float | None = None, place: Place = Place()) -> dict[str, Any]:
        """A lesson ``experienced`` (opened) or ``completed`` (read to the end)."""
        obj = {"objectType": "Activity", "id": self._iri("courses", course.id, "lessons",
                                                         lesson_id),
               "definition": {"type": ACTIVITY_TYPES["lesson"],
                              "name": {language: lesson_title}}}
        result: dict[str, Any] | None = None
        if verb == "completed":
            result = {"completion": True}
            if seconds is not None:
                result["duration"] = duration(seconds)
        return self._statement(learner, verb, obj,
                               self._context(learner, course, language, None, place),
                               when, result)

    def answered(self, learner: LearnerInfo, course: Course, attempt_id: str,
                 question: Question, response: Response, fraction: float, correct: bool,
                 language: str, when: dt.datetime | None = None,
                 place: Place = Place()) -> dict[str, Any]:
        obj = {"objectType": "Activity",
               "id": self._iri("courses", course.id, "questions", question.id),
               "definition": interaction_definition(question, language)}
        result = {"response": response_text(question, response), "success": correct,
                  "score": {"scaled": round(fraction, 4)}}
        return self._statement(learner, "answered", obj,
                               self._context(learner, course, language, attempt_id, place),
                               when, result)

    def quiz_finished(self, learner: LearnerInfo, course: Course, attempt_id: str,
                      raw: float, maximum: float, passed: bool, language: str,
                      seconds: float, when: dt.datetime | None = None,
                      place: Place = Place()) -> dict[str, Any]:
        """``passed`` or ``failed``, with the score as xAPI wants it (scaled, raw, min, max)."""
        obj = {"objectType": "Activity", "id": self._iri("courses", course.id, "quiz"),
               "definition": {"type": ACTIVITY_TYPES["assessment"],
                              "name": {language: course.title_in(language)}}}
        scaled = raw / maximum if maximum else 0.0
        result = {"score": {"scaled": round(scaled, 4), "raw": round(raw, 4), "min": 0,
                            "max": maximum},
                  "success": passed, "completion": True, "duration": duration(seconds)}
        return self._statement(learner, "passed" if passed else "failed", obj,
                               self._context(learner, course, language, attempt_id, place),
                               when, result)

    def course_completed(self, learner: LearnerInfo, course: Course, language: str,
                         when: dt.datetime | None = None,
                         place: Place = Place()) -> dict[str, Any]:
        context = self._context(learner, course, language, None, place)
        context.pop("contextActivities")  # the course is the object itself
        return self._statement(learner, "completed", self._course_activity(course, language),
                               context, when, {"completion": True, "success": True})


def interaction_definition(question: Question, language: str) -> dict[str, Any]:
    definition: dict[str, Any] = {
        "type": ACTIVITY_TYPES["interaction"],
        "name": {language: question.id},
        "description": {language: question.text[:500]},
        "interactionType": _INTERACTION.get(question.kind, "other"),
    }
    if question.kind in (Kind.SINGLE, Kind.MULTIPLE):
        definition["choices"] = [{"id": str(index), "description": {language: choice.text}}
                                 for index, choice in enumerate(question.choices)]
        right = [str(i) for i, choice in enumerate(question.choices) if choice.fraction > 0]
        definition["correctResponsesPattern"] = (
            ["[,]".join(right)] if question.kind is Kind.MULTIPLE else right)
    elif question.kind is Kind.TRUE_FALSE:
        definition["correctResponsesPattern"] = [
            "true" if question.choices[0].fraction > 0 else "false"]
    elif question.kind is Kind.MATCHING:
        definition["source"] = [{"id": str(i), "description": {language: pair.left}}
                                for i, pair in enumerate(question.pairs)]
        targets = list(question.match_options)
        definition["target"] = [{"id": str(i), "description": {language: text}}
                                for i, text in enumerate(targets)]
        definition["correctResponsesPattern"] = ["[,]".join(
            f"{i}[.]{targets.index(pair.right)}" for i, pair in enumerate(question.pairs))]
    return definition


def response_text(question: Question, response: Response) -> str:
    """The learner's response in xAPI's response-string format for the interaction type."""
    if question.kind is Kind.TRUE_FALSE and isinstance(response, int):
        return "true" if response == 0 else "false"
    if question.kind is Kind.SINGLE and isinstance(response, int):
        return str(response)
    if question.kind is Kind.MULTIPLE and isinstance(response, list):
        return "[,]".join(str(i) for i in response)
    if question.kind is Kind.MATCHING and isinstance(response, list):
        targets = list(question.match_options)
        return "[,]".join(f"{i}[.]{targets.index(choice)}"
                          for i, choice in enumerate(response)
                          if isinstance(choice, str) and choice in targets)
    return str(response)
