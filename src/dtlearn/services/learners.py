"""Learner profiles: create, edit, list.

Only a name is required; unit, commune/ward and province help reports but a villager who
does not know their unit must still be able to start. Text is stored NFC so the same name
typed on two keyboards is the same name.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from dtlearn.errors import UserError
from dtlearn.store import learners as rows
from dtlearn.store.database import Store
from dtlearn.store.learners import LearnerRow

MAX_FIELD = 120


class ProfileProblem(StrEnum):
    NAME_REQUIRED = "name_required"
    TOO_LONG = "too_long"


class ProfileError(UserError):
    """A profile field is not acceptable; ``field`` and ``problem`` let the UI say why."""

    def __init__(self, field: str, problem: ProfileProblem) -> None:
        super().__init__(f"{field}: {problem.value}")
        self.field = field
        self.problem = problem


def clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


class LearnerService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def cleaned(self, name: str, unit: str, commune: str,
                province: str) -> tuple[str, str, str, str]:
        """The profile as it will be stored (NFC, spaces tidied); raises ProfileError."""
        values = {"name": clean(name), "unit": clean(unit), "commune": clean(commune),
                  "province": clean(province)}
        if not values["name"]:
            raise ProfileError("name", ProfileProblem.NAME_REQUIRED)
        for field, value in values.items():
            if len(value) > MAX_FIELD:
                raise ProfileError(field, ProfileProblem.TOO_LONG)
        return values["name"], values["unit"], values["commune"], values["province"]

    def create(self, name: str, unit: str = "", commune: str = "",
               province: str = "") -> LearnerRow:
        return rows.insert_learner(self._store, *self.cleaned(name, unit, commune, province))

    def update(self, learner_id: str, name: str, unit: str = "", commune: str = "",
               province: str = "") -> None:
        rows.update_learner(self._store, learner_id,
                            *self.cleaned(name, unit, commune, province))

    def all(self) -> list[LearnerRow]:
        return rows.all_learners(self._store)

    def get(self, learner_id: str) -> LearnerRow | None:
        return rows.get_learner(self._store, learner_id)
