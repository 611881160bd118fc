"""The question model shared by the GIFT parser, grading, quiz sessions and the quiz screen.

Everything here is immutable and holds finished text (escapes resolved, NFC-normalised), so
code that shows or grades a question never needs to know GIFT syntax.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias


class Kind(StrEnum):
    """How a question is answered; the values are stored, so never rename them."""

    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    SHORT = "short"
    MATCHING = "matching"
    NUMERICAL = "numerical"
    ESSAY = "essay"
    DESCRIPTION = "description"


@dataclass(frozen=True)
class Choice:
    """An answer to pick (or, for short answers, to type) with its share of the mark."""

    text: str
    fraction: float  # -1.0..1.0; negative only takes marks away in multiple choice
    feedback: str = ""


@dataclass(frozen=True)
class MatchPair:
    """A left-hand item and the right-hand text that belongs to it."""

    left: str
    right: str


@dataclass(frozen=True)
class NumericAnswer:
    """An accepted range; both ends are included, and an exact answer has low == high."""

    low: float
    high: float
    fraction: float = 1.0
    feedback: str = ""


@dataclass(frozen=True)
class Question:
    """One quiz question as the author wrote it, ready to show and to grade."""

    id: str
    kind: Kind
    text: str
    text_format: str  # "moodle", "markdown", "html" or "plain"
    line: int
    choices: tuple[Choice, ...] = ()
    pairs: tuple[MatchPair, ...] = ()
    numeric: tuple[NumericAnswer, ...] = ()
    general_feedback: str = ""
    category: str = ""
    comments: tuple[str, ...] = ()
    # Extra wrong right-hand texts for matching, written "= -> text" (Moodle's way of
    # offering more answers than there are items to match).
    distractors: tuple[str, ...] = ()

    @property
    def gradable(self) -> bool:
        return self.kind not in (Kind.ESSAY, Kind.DESCRIPTION)

    @property
    def match_options(self) -> tuple[str, ...]:
        """Every right-hand text a learner may pick for a matching question, each once."""
        return tuple(dict.fromkeys([pair.right for pair in self.pairs] + list(self.distractors)))


# What a learner gave, as stored (JSON) in the database:
#   SINGLE, TRUE_FALSE: index into question.choices (original order)
#   MULTIPLE: indices into question.choices
#   SHORT, NUMERICAL, ESSAY: the text as typed
#   MATCHING: for each pair in original order, the right-hand text chosen (None = no choice)
Response: TypeAlias = int | str | list[int] | list[str | None]
