"""Marks for a learner's response, computed the same way for every screen and report.

Grading is pure and total: any response, including a damaged one read back from the
database, yields a Grade; a response that does not fit the question simply earns nothing.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from dtlearn.core.gift_answers import FULL_MARKS
from dtlearn.core.questions import Kind, Question, Response
from dtlearn.core.textfold import normalize_answer

# Learners type "2,5" (Vietnamese) or "2.5"; a lone separator is the decimal mark. A number
# with both ("1.000,5") is ambiguous, so it is not accepted rather than guessed.
_LEARNER_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")
# Moodle widens every range by a hair so that 0.1 + 0.2 style rounding never fails a learner.
_RELATIVE_EPSILON = 1e-12
_LITERAL_STAR = "\ufdef"


@dataclass(frozen=True)
class Grade:
    """The mark for one response and the per-answer feedback that applies to it."""

    fraction: float  # 0.0..1.0
    correct: bool  # fraction >= 0.999
    feedback: tuple[str, ...]  # per-answer feedback, not the general feedback


_NOTHING = Grade(0.0, False, ())


def grade(question: Question, response: Response | None, *, fold_diacritics: bool = True) -> Grade:
    """Mark a response; None, an invalid response or an ungradable question gets 0."""
    if response is None or not question.gradable or not is_valid_response(question, response):
        return _NOTHING
    kind = question.kind
    if kind in (Kind.SINGLE, Kind.TRUE_FALSE) and isinstance(response, int):
        chosen = question.choices[response]
        return _grade(chosen.fraction, [chosen.feedback])
    if kind is Kind.MULTIPLE and isinstance(response, list | tuple):
        indices = sorted({index for index in response if isinstance(index, int)})
        ticked = [question.choices[index] for index in indices]
        return _grade(sum(choice.fraction for choice in ticked), [c.feedback for c in ticked])
    if kind is Kind.SHORT and isinstance(response, str):
        return _grade_short(question, response, fold_diacritics)
    if kind is Kind.NUMERICAL and isinstance(response, str):
        return _grade_numerical(question, response)
    if kind is Kind.MATCHING and isinstance(response, list | tuple):
        right = sum(
            chosen == pair.right for chosen, pair in zip(response, question.pairs, strict=True)
        )
        return _grade(right / len(question.pairs), [])
    return _NOTHING


def _grade(fraction: float, feedback: Iterable[str]) -> Grade:
    # Rounding removes float noise (0.1 + 0.2), which would otherwise show on results.
    fraction = round(min(1.0, max(0.0, fraction)), 9)
    return Grade(fraction, fraction >= FULL_MARKS, tuple(text for text in feedback if text))


def _grade_short(question: Question, response: str, fold_diacritics: bool) -> Grade:
    key = normalize_answer(response, fold_diacritics=fold_diacritics)
    matching = [
        choice
        for choice in question.choices
        if _pattern(choice.text, fold_diacritics).fullmatch(key) is not None
    ]
    if not matching:
        return _NOTHING
    best = max(matching, key=lambda choice: choice.fraction)  # first of equals wins
    return _grade(best.fraction, [best.feedback])


def _pattern(answer: str, fold_diacritics: bool) -> re.Pattern[str]:
    """An accepted answer as a pattern: "*" matches any text and "\\*" is a star, as in
    Moodle's short answers (authors use "=%0%*#feedback" as a catch-all)."""
    key = normalize_answer(answer.replace("\\*", _LITERAL_STAR), fold_diacritics=fold_diacritics)
    parts = [re.escape(part.replace(_LITERAL_STAR, "*")) for part in key.split("*")]
    return re.compile(".*".join(parts), re.DOTALL)


def parse_learner_number(text: str) -> float | None:
    """A typed number with a comma or dot decimal mark; None when it is not one."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace("\u2212", "-")
    if not _LEARNER_NUMBER.fullmatch(cleaned):
        return None
    return float(cleaned.replace(",", "."))


def _grade_numerical(question: Question, response: str) -> Grade:
    value = parse_learner_number(response)
    if value is None:
        return _NOTHING
    best = None
    for answer in question.numeric:
        slack = _RELATIVE_EPSILON * max(1.0, abs(answer.low), abs(answer.high))
        if math.isinf(slack):
            slack = 0.0
        inside = answer.low - slack <= value <= answer.high + slack
        if inside and (best is None or answer.fraction > best.fraction):
            best = answer
    if best is None:
        return _NOTHING
    return _grade(best.fraction, [best.feedback])


def _is_index(value: object, count: int) -> bool:
    return type(value) is int and 0 <= value < count


def is_valid_response(question: Question, response: object) -> bool:
    """Whether a response fits the question's kind and answers, so it is safe to store."""
    kind = question.kind
    if kind in (Kind.SINGLE, Kind.TRUE_FALSE):
        return _is_index(response, len(question.choices))
    if kind is Kind.MULTIPLE:
        return (
            isinstance(response, list | tuple)
            and all(_is_index(index, len(question.choices)) for index in response)
            and len(set(response)) == len(response)
        )
    if kind in (Kind.SHORT, Kind.NUMERICAL, Kind.ESSAY):
        return isinstance(response, str)
    if kind is Kind.MATCHING:
        options = set(question.match_options)
        return (
            isinstance(response, list | tuple)
            and len(response) == len(question.pairs) > 0
            and all(
                chosen is None or (isinstance(chosen, str) and chosen in options)
                for chosen in response
            )
        )
    return False


def _number_text(value: float) -> str:
    return f"{value + 0.0:.10g}"  # + 0.0 turns -0.0 into 0.0


def correct_answer_text(question: Question) -> list[str]:
    """The right answer(s) in words for the results screen; empty for essays and descriptions.

    True/false gives the codes "true" or "false" for the UI to translate. A numerical range is
    shown as "48 – 52" whether the author wrote 50:2 or 48..52.
    """
    kind = question.kind
    if kind is Kind.TRUE_FALSE:
        return ["true" if question.choices and question.choices[0].fraction > 0 else "false"]
    if kind is Kind.MULTIPLE:
        return [choice.text for choice in question.choices if choice.fraction > 0]
    if kind in (Kind.SINGLE, Kind.SHORT):
        texts = [choice.text for choice in _best(question.choices)]
        return [text.replace("\\*", "*") for text in texts] if kind is Kind.SHORT else texts
    if kind is Kind.NUMERICAL:
        ranges = [answer for answer in question.numeric if math.isfinite(answer.low)]
        return [
            _number_text(answer.low)
            if answer.low == answer.high
            else f"{_number_text(answer.low)} – {_number_text(answer.high)}"
            for answer in _best(ranges)
        ]
    if kind is Kind.MATCHING:
        return [f"{pair.left} → {pair.right}" for pair in question.pairs]
    return []


class _Weighted(Protocol):
    @property
    def fraction(self) -> float: ...


_W = TypeVar("_W", bound=_Weighted)


def _best(answers: Sequence[_W]) -> list[_W]:
    """The full-mark answers or, when none gives full marks, the best-marked ones."""
    full = [answer for answer in answers if answer.fraction >= FULL_MARKS]
    if full:
        return full
    top = max((answer.fraction for answer in answers), default=0.0)
    return [answer for answer in answers if top > 0 and answer.fraction == top]
