"""Learner profiles: create, edit, list.

Only a name is required; unit, commune/ward and province help reports but a villager who
does not know their unit must still be able to start. Text is stored NFC so the same name
typed on two keyboards is the same name. Birth year, gender, phone and village are what
community sessions and rosters add; the rules for them live here so a roster import and
the edit form refuse the same things.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import NamedTuple

from dtlearn.errors import UserError
from dtlearn.store import learners as rows
from dtlearn.store.database import Store
from dtlearn.store.learners import LearnerRow

MAX_FIELD = 120
FIRST_BIRTH_YEAR = 1900
# Stored codes; the interface shows them in words ("" means not given).
GENDERS = ("female", "male", "other")
_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
# Vietnamese mobile numbers are 0 + 9 digits starting 3, 5, 7, 8 or 9; a spreadsheet that
# stored one as a number has dropped the leading 0.
_MOBILE_WITHOUT_ZERO = re.compile(r"^[35789]\d{8}$")


class ProfileProblem(StrEnum):
    NAME_REQUIRED = "name_required"
    TOO_LONG = "too_long"
    BAD_BIRTH_YEAR = "bad_birth_year"
    BAD_PHONE = "bad_phone"
    BAD_GENDER = "bad_gender"


class ProfileError(UserError):
    """A profile field is not acceptable; ``field`` and ``problem`` let the UI say why."""

    def __init__(self, field: str, problem: ProfileProblem) -> None:
        super().__init__(f"{field}: {problem.value}")
        self.field = field
        self.problem = problem


class Profile(NamedTuple):
    """Every field a trainer can give a learner; only ``name`` is required."""

    name: str
    unit: str = ""
    commune: str = ""
    province: str = ""
    birth_year: int | None = None
    gender: str = ""
    phone: str = ""
    village: str = ""


def clean(text: str) -> str:
    import unicodedata  # a megabyte of tables: loaded when a name is typed, not at start

    return " ".join(unicodedata.normalize("NFC", text).split())


def birth_year_ok(year: int, today: dt.date | None = None) -> bool:
    """A four-digit year from 1900 to this year."""
    return FIRST_BIRTH_YEAR <= year <= (today or dt.date.today()).year


def clean_phone(text: str) -> str | None:
    """The number as digits (a leading + kept), or None if it is not a phone number.

    Spaces, dots, dashes and brackets are how people group digits, not part of the number,
    so they are dropped; a mobile number whose leading 0 a spreadsheet swallowed gets it
    back.
    """
    import unicodedata

    compact = _PHONE_SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    if not compact:
        return ""
    plus = compact.startswith("+")
    digits = compact[1:] if plus else compact
    if not (digits.isascii() and digits.isdigit()) or not 8 <= len(digits) <= 15:
        return None
    if not plus and _MOBILE_WITHOUT_ZERO.match(digits):
        digits = "0" + digits
    return ("+" if plus else "") + digits


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

    def cleaned_profile(self, profile: Profile, today: dt.date | None = None) -> Profile:
        """Every field checked and tidied as it will be stored; raises ProfileError."""
        name, unit, commune, province = self.cleaned(profile.name, profile.unit,
                                                     profile.commune, profile.province)
        village = clean(profile.village)
        if len(village) > MAX_FIELD:
            raise ProfileError("village", ProfileProblem.TOO_LONG)
        if profile.birth_year is not None and not birth_year_ok(profile.birth_year, today):
            raise ProfileError("birth_year", ProfileProblem.BAD_BIRTH_YEAR)
        if profile.gender and profile.gender not in GENDERS:
            raise ProfileError("gender", ProfileProblem.BAD_GENDER)
        phone = clean_phone(profile.phone)
        if phone is None:
            raise ProfileError("phone", ProfileProblem.BAD_PHONE)
        return Profile(name, unit, commune, province, profile.birth_year, profile.gender, phone,
                       village)

    def create(self, name: str, unit: str = "", commune: str = "", province: str = "", *,
               birth_year: int | None = None, gender: str = "", phone: str = "",
               village: str = "") -> LearnerRow:
        profile = self.cleaned_profile(Profile(name, unit, commune, province, birth_year,
                                               gender, phone, village))
        return rows.insert_learner(self._store, profile.name, profile.unit, profile.commune,
                                   profile.province, birth_year=profile.birth_year,
                                   gender=profile.gender, phone=profile.phone,
                                   village=profile.village)

    def update(self, learner_id: str, name: str, unit: str = "", commune: str = "",
               province: str = "") -> None:
        """Name and place only; the other profile fields are left as they are."""
        rows.update_learner(self._store, learner_id,
                            *self.cleaned(name, unit, commune, province))

    def update_profile(self, learner_id: str, profile: Profile) -> None:
        """Every field, as the trainer's edit form gives them."""
        checked = self.cleaned_profile(profile)
        rows.update_profile(self._store, learner_id, checked.name, checked.unit,
                            checked.commune, checked.province, checked.birth_year,
                            checked.gender, checked.phone, checked.village)

    def all(self) -> list[LearnerRow]:
        return rows.all_learners(self._store)

    def get(self, learner_id: str) -> LearnerRow | None:
        return rows.get_learner(self._store, learner_id)
