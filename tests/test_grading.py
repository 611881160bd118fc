"""Grading: the mark, the feedback shown and the right answer for every kind of question,
including partial credit and the responses learners in Vietnam actually type."""

from __future__ import annotations

import pytest

from dtlearn.core.gift import parse_gift
from dtlearn.core.grading import (
    Grade,
    correct_answer_text,
    grade,
    is_valid_response,
    parse_learner_number,
)
from dtlearn.core.questions import Kind, Question


def question(text: str) -> Question:
    result = parse_gift(text)
    assert result.problems == ()
    return result.questions[0]


SINGLE = question("Q {=right#Yes! ~%50%almost#Close. ~wrong#No. ~%-50%bad#Bad.}")
TRUE = question("Q {T#wrong feedback#right feedback}")
FALSE = question("Q {F#wrong feedback#right feedback}")
MULTIPLE = question("Q {~%50%a#A is right ~%50%b#B is right ~%-100%c#C is wrong ~d}")
THIRDS = question("Q {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}")
SHORT = question("Thủ đô? {=Hà Nội#Đúng =%50%Hà Tây#Gần đúng}")
DA_NANG = question("Thành phố? {=Đà Nẵng}")
NUMERICAL = question("Q {#\n=2.5:0.1#Exactly.\n=%50%2..3#Close.\n~#Not even close.\n}")
MATCHING = question("Match {=OTP -> mật khẩu một lần =2FA -> hai yếu tố =QR -> mã vạch = -> thừa}")
ESSAY = question("Write. {}")
DESCRIPTION = question("Just read this.")


# --- Single choice and true/false -------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (0, Grade(1.0, True, ("Yes!",))),
        (1, Grade(0.5, False, ("Close.",))),
        (2, Grade(0.0, False, ("No.",))),
        (3, Grade(0.0, False, ("Bad.",))),  # a negative weight never goes below 0
    ],
)
def test_single_choice(response: int, expected: Grade) -> None:
    assert grade(SINGLE, response) == expected


@pytest.mark.parametrize(
    ("q", "response", "expected"),
    [
        (TRUE, 0, Grade(1.0, True, ("right feedback",))),
        (TRUE, 1, Grade(0.0, False, ("wrong feedback",))),
        (FALSE, 0, Grade(0.0, False, ("wrong feedback",))),
        (FALSE, 1, Grade(1.0, True, ("right feedback",))),
    ],
)
def test_true_false(q: Question, response: int, expected: Grade) -> None:
    assert grade(q, response) == expected


def test_choice_without_feedback_gives_no_feedback() -> None:
    assert grade(question("Q {=a ~b}"), 1) == Grade(0.0, False, ())


# --- Multiple choice --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "fraction", "feedback"),
    [
        ([0, 1], 1.0, ("A is right", "B is right")),
        ([1, 0], 1.0, ("A is right", "B is right")),
        ([0], 0.5, ("A is right",)),
        ([0, 3], 0.5, ("A is right",)),
        ([0, 1, 2], 0.0, ("A is right", "B is right", "C is wrong")),
        ([0, 1, 3], 1.0, ("A is right", "B is right")),
        ([2], 0.0, ("C is wrong",)),
        ([], 0.0, ()),
    ],
)
def test_multiple_choice_partial_credit(
    response: list[int], fraction: float, feedback: tuple[str, ...]
) -> None:
    assert grade(MULTIPLE, response) == Grade(fraction, fraction == 1.0, feedback)


def test_multiple_choice_thirds_add_up_to_a_right_answer() -> None:
    assert grade(THIRDS, [0, 1, 2]) == Grade(0.9999999, True, ())
    assert grade(THIRDS, [0, 1]).fraction == pytest.approx(0.6666666)
    assert grade(THIRDS, [0, 1, 2, 3]).fraction == 0.0


def test_multiple_choice_ticking_everything_is_not_rewarded() -> None:
    assert grade(MULTIPLE, [0, 1, 2, 3]).fraction == 0.0


# --- Short answer -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "fraction"),
    [
        ("Hà Nội", 1.0),
        ("ha noi", 1.0),
        ("HÀ  NỘI", 1.0),
        ("  hà nội. ", 1.0),
        ("Hà Nội!", 1.0),
        ("Ha Tay", 0.5),
        ("Hải Phòng", 0.0),
        ("", 0.0),
    ],
)
def test_short_answer_folds_diacritics_by_default(typed: str, fraction: float) -> None:
    assert grade(SHORT, typed).fraction == fraction


@pytest.mark.parametrize(
    ("typed", "fraction"),
    [("Hà Nội", 1.0), ("HÀ  NỘI", 1.0), ("hà nội?", 1.0), ("ha noi", 0.0), ("Hà Nôi", 0.0)],
)
def test_short_answer_keeping_diacritics(typed: str, fraction: float) -> None:
    assert grade(SHORT, typed, fold_diacritics=False).fraction == fraction


@pytest.mark.parametrize("typed", ["Đà Nẵng", "da nang", "DA NANG", "đà nẵng", "Da Nang."])
def test_short_answer_d_with_stroke(typed: str) -> None:
    assert grade(DA_NANG, typed) == Grade(1.0, True, ())


def test_short_answer_d_with_stroke_matters_when_keeping_diacritics() -> None:
    assert grade(DA_NANG, "da nang", fold_diacritics=False).fraction == 0.0
    assert grade(DA_NANG, "ĐÀ NẴNG", fold_diacritics=False).fraction == 1.0


def test_short_answer_accepts_either_tone_mark_placement() -> None:
    # "hoà" (old style) and "hòa" (new style) are the same word; keyboards offer both.
    q = question("Tỉnh? {=Hoà Bình}")
    assert grade(q, "Hòa Bình", fold_diacritics=False).fraction == 1.0
    assert grade(q, "Hoá Bình", fold_diacritics=False).fraction == 0.0


def test_short_answer_feedback_comes_from_the_matched_answer() -> None:
    assert grade(SHORT, "ha noi").feedback == ("Đúng",)
    assert grade(SHORT, "Hà Tây").feedback == ("Gần đúng",)
    assert grade(SHORT, "Huế").feedback == ()


def test_short_answer_best_mark_wins() -> None:
    q = question("Q {=%50%hanoi#half =Hanoi#full}")
    assert grade(q, "HANOI") == Grade(1.0, True, ("full",))


def test_short_answer_wildcards_as_in_moodle() -> None:
    q = question("USSD? {=\\*101\\##Đúng =%0%*#Thử lại: bấm *101#}")
    assert grade(q, "*101#") == Grade(1.0, True, ("Đúng",))
    assert grade(q, "101#") == Grade(0.0, False, ("Thử lại: bấm *101#",))
    assert grade(question("Q {=*QR*}"), "mã VietQR nhé").fraction == 1.0


# --- Numerical --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2.5", Grade(1.0, True, ("Exactly.",))),
        ("2,5", Grade(1.0, True, ("Exactly.",))),
        ("  2,6 ", Grade(1.0, True, ("Exactly.",))),
        ("2.4", Grade(1.0, True, ("Exactly.",))),
        ("2.7", Grade(0.5, False, ("Close.",))),
        ("3", Grade(0.5, False, ("Close.",))),
        ("2,0", Grade(0.5, False, ("Close.",))),
        ("4", Grade(0.0, False, ("Not even close.",))),
        ("-2.5", Grade(0.0, False, ("Not even close.",))),
        ("abc", Grade(0.0, False, ())),
        ("", Grade(0.0, False, ())),
        ("2.5.1", Grade(0.0, False, ())),
        ("1.000,5", Grade(0.0, False, ())),
        ("nan", Grade(0.0, False, ())),
        ("inf", Grade(0.0, False, ())),
    ],
)
def test_numerical(typed: str, expected: Grade) -> None:
    assert grade(NUMERICAL, typed) == expected


def test_numerical_tolerance_edges_survive_rounding() -> None:
    q = question("Q {#0.3:0.1}")
    assert grade(q, "0,2").correct
    assert grade(q, "0.4").correct
    assert not grade(q, "0.41").correct
    assert grade(question("Q {#40..60}"), "60").correct


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("2,5", 2.5),
        ("2.5", 2.5),
        (" -3 ", -3.0),
        ("+4", 4.0),
        (",5", 0.5),
        ("7.", 7.0),
        ("\u22121", -1.0),
        ("１２", 12.0),
    ],
)
def test_learner_numbers(typed: str, value: float) -> None:
    assert parse_learner_number(typed) == value


@pytest.mark.parametrize("typed", ["", " ", "-", ".", "1 000", "1e3", "1,000.5", "mười"])
def test_learner_numbers_that_are_not_accepted(typed: str) -> None:
    assert parse_learner_number(typed) is None


# --- Matching ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "fraction"),
    [
        (["mật khẩu một lần", "hai yếu tố", "mã vạch"], 1.0),
        (["mật khẩu một lần", "hai yếu tố", "thừa"], 2 / 3),
        (["mật khẩu một lần", None, None], 1 / 3),
        (["hai yếu tố", "mật khẩu một lần", "thừa"], 0.0),
        ([None, None, None], 0.0),
    ],
)
def test_matching_partial_credit(response: list[str | None], fraction: float) -> None:
    result = grade(MATCHING, response)
    assert result.fraction == pytest.approx(fraction)
    assert result.correct is (fraction == 1.0)
    assert result.feedback == ()


# --- Not gradable, missing and invalid responses ----------------------------------------------


def test_essay_and_description_are_not_graded() -> None:
    assert grade(ESSAY, "Tôi sống ở Hà Giang.") == Grade(0.0, False, ())
    assert grade(DESCRIPTION, 0) == Grade(0.0, False, ())


@pytest.mark.parametrize("q", [SINGLE, TRUE, MULTIPLE, SHORT, NUMERICAL, MATCHING, ESSAY])
def test_no_response_gets_nothing(q: Question) -> None:
    assert grade(q, None) == Grade(0.0, False, ())


VALIDITY = [
    (SINGLE, 0, True),
    (SINGLE, 3, True),
    (SINGLE, 4, False),
    (SINGLE, -1, False),
    (SINGLE, True, False),
    (SINGLE, "0", False),
    (SINGLE, 0.0, False),
    (SINGLE, [0], False),
    (TRUE, 1, True),
    (TRUE, 2, False),
    (MULTIPLE, [0, 1], True),
    (MULTIPLE, [], True),
    (MULTIPLE, (0, 1), True),
    (MULTIPLE, [0, 0], False),
    (MULTIPLE, [4], False),
    (MULTIPLE, [True], False),
    (MULTIPLE, 0, False),
    (MULTIPLE, "0,1", False),
    (SHORT, "Hà Nội", True),
    (SHORT, "", True),
    (SHORT, 1, False),
    (NUMERICAL, "2,5", True),
    (NUMERICAL, 2.5, False),
    (MATCHING, ["mật khẩu một lần", None, "thừa"], True),
    (MATCHING, [None, None, None], True),
    (MATCHING, ["mật khẩu một lần", None], False),
    (MATCHING, ["mật khẩu một lần", None, "không có"], False),
    (MATCHING, [1, 2, 3], False),
    (MATCHING, "mã vạch", False),
    (ESSAY, "text", True),
    (ESSAY, 0, False),
    (DESCRIPTION, "", False),
    (DESCRIPTION, None, False),
    (SINGLE, None, False),
    (MULTIPLE, {"a": 1}, False),
]


@pytest.mark.parametrize(("q", "response", "valid"), VALIDITY)
def test_is_valid_response(q: Question, response: object, valid: bool) -> None:
    assert is_valid_response(q, response) is valid


@pytest.mark.parametrize(("q", "response", "valid"), [v for v in VALIDITY if not v[2]])
def test_invalid_responses_get_nothing(q: Question, response: object, valid: bool) -> None:
    assert grade(q, response) == Grade(0.0, False, ())  # type: ignore[arg-type]


# --- Right answers for the results screen -----------------------------------------------------


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        (SINGLE, ["right"]),
        (TRUE, ["true"]),
        (FALSE, ["false"]),
        (MULTIPLE, ["a", "b"]),
        (THIRDS, ["a", "b", "c"]),
        (SHORT, ["Hà Nội"]),
        (NUMERICAL, ["2.4 – 2.6"]),
        (question("Q {#50}"), ["50"]),
        (question("Q {#-0.5:0.25}"), ["-0.75 – -0.25"]),
        (question("Q {#40..60}"), ["40 – 60"]),
        (question("Q {#=10 =10.5}"), ["10", "10.5"]),
        (MATCHING, ["OTP → mật khẩu một lần", "2FA → hai yếu tố", "QR → mã vạch"]),
        (question("USSD? {=\\*101\\#}"), ["*101#"]),
        (question("Q {=a =b =%50%c}"), ["a", "b"]),
        (ESSAY, []),
        (DESCRIPTION, []),
    ],
)
def test_correct_answer_text(q: Question, expected: list[str]) -> None:
    assert correct_answer_text(q) == expected


def test_correct_answer_text_without_full_marks_shows_the_best() -> None:
    q = parse_gift("Q {=%50%half ~%25%quarter ~none}").questions[0]
    assert correct_answer_text(q) == ["half"]


def test_gradable() -> None:
    kinds = {q.kind: q.gradable for q in (SINGLE, TRUE, MULTIPLE, SHORT, NUMERICAL, MATCHING)}
    assert all(kinds.values())
    assert set(kinds) == set(Kind) - {Kind.ESSAY, Kind.DESCRIPTION}
    assert not ESSAY.gradable
    assert not DESCRIPTION.gradable
