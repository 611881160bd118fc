"""The inside of a GIFT answer block ``{...}``: which kind of question it makes, and its answers.

The kind is decided as Moodle's importer decides it, so a quiz behaves the same in Moodle and
in dtlearn: "#" first means numerical, any "~" means a choice question (single if an answer
starts with "=", multiple otherwise), "=" with "->" means matching, T/TRUE/F/FALSE means
true/false, and anything else is a short answer.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from dtlearn.core.gift_source import Source, plain, reveal
from dtlearn.core.questions import Choice, Kind, MatchPair, NumericAnswer

_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_WEIGHT = re.compile(r"%([^%\n]*)%")
FULL_MARKS = 0.999  # three answers of %33.33333% must still add up to a right answer


@dataclass(frozen=True)
class Answers:
    """What an answer block contributes to a Question."""

    kind: Kind
    choices: tuple[Choice, ...] = ()
    pairs: tuple[MatchPair, ...] = ()
    numeric: tuple[NumericAnswer, ...] = ()
    distractors: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Piece:
    marker: str  # "=", "~", or "" for text written before the first marker
    index: int  # where the piece starts in the source, for problem lines
    text: str  # everything after the marker, escapes still hidden


def parse_decimal(text: str) -> float | None:
    """A number as Moodle accepts it in a file: dot decimals only, no "inf" or "1_000"."""
    text = text.strip()
    return float(text) if _DECIMAL.fullmatch(text) else None


def percent(fraction: float) -> str:
    return f"{fraction * 100:.10g}"


def _quote(hidden: str) -> str:
    text = " ".join(reveal(hidden).split())
    return text if len(text) <= 40 else text[:39] + "…"


def detect_kind(answers: str) -> Kind:
    stripped = answers.strip()
    if not stripped:
        return Kind.ESSAY
    if stripped.startswith("#"):
        return Kind.NUMERICAL
    if "~" in stripped:
        return Kind.SINGLE if "=" in stripped else Kind.MULTIPLE
    if "=" in stripped and "->" in stripped:
        return Kind.MATCHING
    if stripped.split("#", 1)[0].strip().upper() in _TRUE_FALSE:
        return Kind.TRUE_FALSE
    return Kind.SHORT


def parse_answers(source: Source, start: int, end: int) -> Answers:
    """Answers between source.text[start:end], reporting problems on the source."""
    kind = detect_kind(source.text[start:end])
    if kind is Kind.ESSAY:
        return Answers(kind)
    if kind is Kind.TRUE_FALSE:
        return _true_false(source, start, end)
    if kind is Kind.NUMERICAL:
        return _numerical(source, start, end)
    if kind is Kind.MATCHING:
        return _matching(source, start, end)
    return _choices(source, start, end, kind)


def _pieces(source: Source, start: int, end: int, markers: str) -> list[_Piece]:
    """Split at every marker character: like Moodle, "~" and "=" start a new answer anywhere,
    not only at the start of a line."""
    pieces: list[_Piece] = []
    marker, piece_start, text_start = "", start, start
    for index in range(start, end + 1):
        if index < end and source.text[index] not in markers:
            continue
        text = source.text[text_start:index]
        if marker or text.strip():
            pieces.append(_Piece(marker, piece_start, text))
        if index < end:
            marker, piece_start, text_start = source.text[index], index, index + 1
    return pieces


def _unmarked(source: Source, piece: _Piece, markers: str) -> None:
    if not piece.marker:
        source.warn(
            piece.index,
            f"answer '{_quote(piece.text)}' must start with {markers}",
        )


def _weight(source: Source, piece: _Piece) -> tuple[float | None, str]:
    """An optional leading ``%N%`` weight as a fraction, and the text after it."""
    text = piece.text.lstrip()
    if not text.startswith("%"):
        return None, piece.text
    match = _WEIGHT.match(text)
    if match is None:
        source.warn(piece.index, "weight has no closing '%': write it like ~%50%")
        return None, text
    value = parse_decimal(match.group(1))
    if value is None:
        source.warn(piece.index, f"weight '%{_quote(match.group(1))}%' is not a number")
        return None, text[match.end() :]
    if not -100 <= value <= 100:
        clamped = max(-100.0, min(100.0, value))
        source.warn(
            piece.index,
            f"weight {percent(value / 100)}% is outside -100%..100%; "
            f"it counts as {percent(clamped / 100)}%",
        )
        value = clamped
    # Rounding keeps the author's decimals: 33.33333 / 100 would be 0.33333329999999994.
    return round(value / 100, 10), text[match.end() :]


def _choices(source: Source, start: int, end: int, kind: Kind) -> Answers:
    choices: list[Choice] = []
    right_marker = "'=' (right answer)" if kind is Kind.SHORT else "'=' (right) or '~' (wrong)"
    for piece in _pieces(source, start, end, "=" if kind is Kind.SHORT else "=~"):
        _unmarked(source, piece, right_marker)
        weight, rest = _weight(source, piece)
        body, _, feedback = rest.partition("#")
        text = plain(body)
        if not text:
            source.warn(piece.index, "empty answer: write the answer after the '=' or '~'")
            continue
        default = 1.0 if piece.marker == "=" or kind is Kind.SHORT else 0.0
        fraction = default if weight is None else weight
        choices.append(Choice(text, fraction, plain(feedback)))
    if kind is Kind.SHORT:
        if not choices:
            source.error(start - 1, "short-answer question has no answer: write it like {=answer}")
    elif len(choices) < 2:
        source.error(start - 1, f"a choice question needs at least 2 answers, found {len(choices)}")
    if choices and kind is not Kind.MULTIPLE and max(c.fraction for c in choices) < FULL_MARKS:
        source.warn(start - 1, "no answer gives full marks: mark a right answer with '='")
    if kind is Kind.MULTIPLE:
        positive = sum(choice.fraction for choice in choices if choice.fraction > 0)
        # No positive weight at all is "question has no right answer", which validate reports.
        if positive > 0 and abs(positive - 1.0) > 0.001:
            source.warn(
                start - 1,
                f"the positive weights add up to {percent(positive)}%, not 100%",
            )
    return Answers(kind, choices=tuple(choices))


def _true_false(source: Source, start: int, end: int) -> Answers:
    head, *feedback = source.text[start:end].split("#", 2)
    value = head.strip()
    if value not in _TRUE_FALSE:
        source.warn(start, f"write '{value}' in capitals: {{T}}, {{TRUE}}, {{F}} or {{FALSE}}")
    is_true = _TRUE_FALSE[value.upper()]
    # Moodle's order: the first feedback is for a wrong answer, the second for a right one.
    wrong, right = (plain(text) for text in (feedback + ["", ""])[:2])
    true_choice = Choice("true", 1.0 if is_true else 0.0, right if is_true else wrong)
    false_choice = Choice("false", 0.0 if is_true else 1.0, wrong if is_true else right)
    return Answers(Kind.TRUE_FALSE, choices=(true_choice, false_choice))


def _matching(source: Source, start: int, end: int) -> Answers:
    pairs: list[MatchPair] = []
    distractors: list[str] = []
    for piece in _pieces(source, start, end, "="):
        _unmarked(source, piece, "'=' and have the form '=left -> right'")
        arrow = piece.text.find("->")
        if arrow == -1:
            source.error(piece.index, f"matching pair '{_quote(piece.text)}' has no '->'")
            continue
        left, right = piece.text[:arrow], piece.text[arrow + 2 :]
        if "#" in piece.text:
            source.warn(
                piece.index,
                "a matching pair cannot have feedback; write \\# for a '#' in its text",
            )
            left, right = left.partition("#")[0], right.partition("#")[0]
        if not reveal(right):
            source.warn(piece.index, f"matching pair '{_quote(left)} ->' has nothing after '->'")
        elif plain(left):
            pairs.append(MatchPair(plain(left), reveal(right)))
        else:
            distractors.append(reveal(right))
    if not source.broken and len(pairs) < 2:
        source.error(start - 1, f"a matching question needs at least 2 pairs, found {len(pairs)}")
    elif not source.broken and len(pairs) + len(distractors) < 3:
        source.warn(
            start - 1,
            "a matching question needs at least 3 answers to choose from: add a pair, "
            "or an extra wrong answer written '= -> answer'",
        )
    return Answers(Kind.MATCHING, pairs=tuple(pairs), distractors=tuple(distractors))


def _numerical(source: Source, start: int, end: int) -> Answers:
    hash_at = source.text.index("#", start, end)
    tilde = source.text.find("~", hash_at, end)
    answers_end = end if tilde == -1 else tilde
    numeric: list[NumericAnswer] = []
    for piece in _pieces(source, hash_at + 1, answers_end, "="):
        weight, rest = _weight(source, piece)
        body, _, feedback = rest.partition("#")
        bounds = _bounds(source, piece, body)
        if bounds is not None:
            fraction = 1.0 if weight is None else weight
            numeric.append(NumericAnswer(bounds[0], bounds[1], fraction, plain(feedback)))
    if tilde != -1:
        # Moodle's "~#feedback": shown for any answer no range above accepts.
        feedback = source.text[tilde + 1 : end].partition("#")[2]
        numeric.append(NumericAnswer(-math.inf, math.inf, 0.0, plain(feedback)))
    if not source.broken and not any(math.isfinite(a.low) for a in numeric):
        source.error(start - 1, "numerical question has no answer: write it like {#50}")
    elif numeric and max(answer.fraction for answer in numeric) < FULL_MARKS:
        source.warn(start - 1, "no answer gives full marks: give one answer without a weight")
    return Answers(Kind.NUMERICAL, numeric=tuple(numeric))


def _bounds(source: Source, piece: _Piece, body: str) -> tuple[float, float] | None:
    """value, value:tolerance or low..high, as Moodle reads them."""
    text = body.strip()
    if not text:
        source.error(piece.index, "empty numerical answer: write a number after the '='")
        return None
    dots, colon = text.find(".."), text.find(":")
    if dots > 0:
        parts = [parse_decimal(text[:dots]), parse_decimal(text[dots + 2 :])]
    elif colon > 0:
        parts = [parse_decimal(text[:colon]), parse_decimal(text[colon + 1 :])]
    else:
        parts = [parse_decimal(text)]
    numbers = [part for part in parts if part is not None]
    if len(numbers) != len(parts) or not all(math.isfinite(n) for n in numbers):
        hint = "write decimals with a dot, like 2.5" if "," in text else "write 50, 50:2 or 40..60"
        source.error(piece.index, f"numerical answer '{_quote(text)}' is not a number ({hint})")
        return None
    if dots > 0:
        low, high = numbers
        if low > high:
            source.warn(piece.index, f"range '{_quote(text)}' is written high..low; use low..high")
            low, high = high, low
        return low, high
    if colon > 0:
        value, tolerance = numbers[0], abs(numbers[1])
        return value - tolerance, value + tolerance
    return numbers[0], numbers[0]
