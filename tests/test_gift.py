"""The GIFT parser: every feature authors rely on, and a clear, well-placed problem for every
mistake they are likely to make, without losing the rest of the quiz."""

from __future__ import annotations

import math
import random
import unicodedata
from pathlib import Path

import pytest

from dtlearn.core.gift import GiftResult, parse_gift, parse_gift_file
from dtlearn.core.problems import Problem
from dtlearn.core.questions import Choice, Kind, MatchPair, NumericAnswer, Question


def parse(text: str) -> GiftResult:
    return parse_gift(text, "quiz.gift")


def one(text: str) -> Question:
    """The only question in text, which must parse without any problem."""
    result = parse(text)
    assert result.problems == ()
    assert len(result.questions) == 1
    return result.questions[0]


def messages(text: str) -> list[str]:
    return [str(problem) for problem in parse(text).problems]


# --- The example from docs/course-format.md ---------------------------------------------------

DOC_EXAMPLE = """\
$CATEGORY: a2-qr-payments

// [S32] Decision 2345/QĐ-NHNN
::biometric-limit:: Từ 1/7/2024, chuyển một lần trên bao nhiêu tiền thì phải xác thực sinh trắc học? {
  =10 triệu đồng#Đúng. Quyết định 2345/QĐ-NHNN đặt mức 10 triệu đồng cho một lần chuyển.
  ~1 triệu đồng#Chưa đúng. Mức này thấp hơn quy định.
  ~50 triệu đồng#Chưa đúng. Mức này cao hơn quy định.
  ####Quyết định 2345/QĐ-NHNN có hiệu lực từ 1/7/2024.
}

// [S28]
::otp-share:: Nhân viên ngân hàng có thể hỏi mã OTP của bạn qua điện thoại. {F#Chưa đúng: không ai có quyền hỏi mã OTP của bạn.#Đúng: không ai có quyền hỏi mã OTP của bạn.}

// [S30] [S31]
::qr-checks:: Trước khi trả tiền bằng mã QR, bạn nên làm gì? (chọn mọi câu đúng) {
  ~%50%Đọc tên người nhận hiện trên ứng dụng#Đúng, đây là bước quan trọng nhất.
  ~%50%Hỏi lại người bán nếu tên không khớp#Đúng, hỏi lại trước khi chuyển.
  ~%-100%Quét bất kỳ mã nào dán trên quầy#Sai: mã có thể bị dán đè.
}

::match-terms:: Nối mỗi thuật ngữ với nghĩa của nó. {
  =OTP -> mật khẩu dùng một lần
  =2FA -> xác thực hai yếu tố
  =QR -> mã vạch hai chiều
  ####OTP, 2FA và QR là ba thuật ngữ thường gặp khi thanh toán.
}

::short-name:: Tên hệ thống mã QR chung của các ngân hàng Việt Nam là gì? {=VietQR =Viet QR#Đúng.}

::percent:: Một món hàng giá 200 nghìn đồng, bạn đã trả 150 nghìn. Còn thiếu bao nhiêu nghìn? {#50:0}
"""  # noqa: E501 - authors write long lines


def test_documented_example_parses_without_problems() -> None:
    result = parse(DOC_EXAMPLE)
    assert result.problems == ()
    assert [(q.id, q.kind, q.line) for q in result.questions] == [
        ("biometric-limit", Kind.SINGLE, 4),
        ("otp-share", Kind.TRUE_FALSE, 12),
        ("qr-checks", Kind.MULTIPLE, 15),
        ("match-terms", Kind.MATCHING, 21),
        ("short-name", Kind.SHORT, 28),
        ("percent", Kind.NUMERICAL, 30),
    ]
    assert {q.category for q in result.questions} == {"a2-qr-payments"}


def test_documented_single_choice() -> None:
    question = parse(DOC_EXAMPLE).questions[0]
    assert question.text == (
        "Từ 1/7/2024, chuyển một lần trên bao nhiêu tiền thì phải xác thực sinh trắc học?"
    )
    assert question.text_format == "moodle"
    assert question.comments == ("[S32] Decision 2345/QĐ-NHNN",)
    assert question.choices == (
        Choice(
            "10 triệu đồng",
            1.0,
            "Đúng. Quyết định 2345/QĐ-NHNN đặt mức 10 triệu đồng cho một lần chuyển.",
        ),
        Choice("1 triệu đồng", 0.0, "Chưa đúng. Mức này thấp hơn quy định."),
        Choice("50 triệu đồng", 0.0, "Chưa đúng. Mức này cao hơn quy định."),
    )
    assert question.general_feedback == "Quyết định 2345/QĐ-NHNN có hiệu lực từ 1/7/2024."
    assert question.gradable


def test_documented_true_false_gives_first_feedback_to_wrong_answer() -> None:
    question = parse(DOC_EXAMPLE).questions[1]
    assert question.choices == (
        Choice("true", 0.0, "Chưa đúng: không ai có quyền hỏi mã OTP của bạn."),
        Choice("false", 1.0, "Đúng: không ai có quyền hỏi mã OTP của bạn."),
    )


def test_documented_multiple_choice() -> None:
    question = parse(DOC_EXAMPLE).questions[2]
    assert [(c.text, c.fraction) for c in question.choices] == [
        ("Đọc tên người nhận hiện trên ứng dụng", 0.5),
        ("Hỏi lại người bán nếu tên không khớp", 0.5),
        ("Quét bất kỳ mã nào dán trên quầy", -1.0),
    ]
    assert question.choices[2].feedback == "Sai: mã có thể bị dán đè."
    assert question.comments == ("[S30] [S31]",)


def test_documented_matching_and_short_and_numerical() -> None:
    matching, short, numerical = parse(DOC_EXAMPLE).questions[3:]
    assert matching.pairs == (
        MatchPair("OTP", "mật khẩu dùng một lần"),
        MatchPair("2FA", "xác thực hai yếu tố"),
        MatchPair("QR", "mã vạch hai chiều"),
    )
    assert matching.general_feedback == "OTP, 2FA và QR là ba thuật ngữ thường gặp khi thanh toán."
    assert matching.comments == ()
    assert short.choices == (Choice("VietQR", 1.0), Choice("Viet QR", 1.0, "Đúng."))
    assert numerical.numeric == (NumericAnswer(50.0, 50.0, 1.0, ""),)


# --- Single and multiple choice ---------------------------------------------------------------


def test_single_choice_on_one_line() -> None:
    question = one("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}")
    assert question.kind is Kind.SINGLE
    assert question.text == "Who's buried in Grant's tomb?"
    assert question.choices == (
        Choice("Grant", 0.0),
        Choice("Jefferson", 0.0),
        Choice("no one", 1.0),
    )


def test_single_choice_with_partial_credit_wrong_answer() -> None:
    question = one("Q {=right ~%50%half right#Almost. ~wrong}")
    assert question.kind is Kind.SINGLE
    assert question.choices == (
        Choice("right", 1.0),
        Choice("half right", 0.5, "Almost."),
        Choice("wrong", 0.0),
    )


def test_weight_on_equals_answer_counts() -> None:
    result = parse("Q {=%50%half ~wrong}")
    assert result.questions[0].choices[0] == Choice("half", 0.5)
    assert [str(p) for p in result.problems] == [
        "quiz.gift:1: no answer gives full marks: mark a right answer with '='"
    ]


def test_multiple_choice_with_weights() -> None:
    question = one("Pick two {~%50%a ~%50%b ~%-50%c ~d}")
    assert question.kind is Kind.MULTIPLE
    assert [c.fraction for c in question.choices] == [0.5, 0.5, -0.5, 0.0]


def test_multiple_choice_with_decimal_weights() -> None:
    question = one("Pick three {~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d}")
    assert [c.fraction for c in question.choices] == [0.3333333, 0.3333333, 0.3333334, -1.0]


def test_one_positive_weight_without_equals_is_multiple_as_in_moodle() -> None:
    # Moodle makes any "~" block without a "=" answer a multiple-answer question.
    question = one("Q {~%100%a ~b ~c}")
    assert question.kind is Kind.MULTIPLE


def test_choice_feedback_and_general_feedback_on_their_own_lines() -> None:
    question = one("Q {\n=a#Yes\n~b#No\n####Because.\n}")
    assert question.choices == (Choice("a", 1.0, "Yes"), Choice("b", 0.0, "No"))
    assert question.general_feedback == "Because."


def test_feedback_keeps_later_hashes_as_text() -> None:
    # Moodle splits an answer at its first "#" only.
    question = one("Q {=a#one#two ~b}")
    assert question.choices[0].feedback == "one#two"


# --- True/false -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marker", "right_index"),
    [("T", 0), ("TRUE", 0), ("F", 1), ("FALSE", 1)],
)
def test_true_false_markers(marker: str, right_index: int) -> None:
    question = one(f"Hanoi is the capital. {{{marker}}}")
    assert question.kind is Kind.TRUE_FALSE
    assert question.text == "Hanoi is the capital."
    assert [c.text for c in question.choices] == ["true", "false"]
    assert [c.fraction for c in question.choices] == [
        1.0 if index == right_index else 0.0 for index in range(2)
    ]


def test_true_false_feedback_order_for_true() -> None:
    # {T#feedback for a wrong answer#feedback for a right answer}, as in Moodle.
    question = one("Q {T#You said false: wrong.#You said true: right.}")
    assert question.choices == (
        Choice("true", 1.0, "You said true: right."),
        Choice("false", 0.0, "You said false: wrong."),
    )


def test_true_false_feedback_order_for_false() -> None:
    question = one("Q {FALSE#You said true: wrong.#You said false: right.}")
    assert question.choices == (
        Choice("true", 0.0, "You said true: wrong."),
        Choice("false", 1.0, "You said false: right."),
    )


def test_true_false_with_only_wrong_feedback_and_general_feedback() -> None:
    question = one("Q {T#Not so.####Always true.}")
    assert question.choices == (Choice("true", 1.0, ""), Choice("false", 0.0, "Not so."))
    assert question.general_feedback == "Always true."


# --- Short answer -----------------------------------------------------------------------------


def test_short_answer_with_several_accepted_answers() -> None:
    question = one("Thủ đô của Việt Nam? {=Hà Nội =Ha Noi#Nhớ viết dấu. =%50%Hanoi#Gần đúng.}")
    assert question.kind is Kind.SHORT
    assert question.choices == (
        Choice("Hà Nội", 1.0),
        Choice("Ha Noi", 1.0, "Nhớ viết dấu."),
        Choice("Hanoi", 0.5, "Gần đúng."),
    )


def test_short_answer_on_several_lines() -> None:
    question = one("Q {\n  =one\n  =two\n}")
    assert [c.text for c in question.choices] == ["one", "two"]


# --- Matching ---------------------------------------------------------------------------------


def test_matching_on_one_line_without_spaces() -> None:
    question = one("Match {=Canada->Ottawa =Italy->Rome =Japan->Tokyo}")
    assert question.kind is Kind.MATCHING
    assert question.pairs == (
        MatchPair("Canada", "Ottawa"),
        MatchPair("Italy", "Rome"),
        MatchPair("Japan", "Tokyo"),
    )
    assert question.match_options == ("Ottawa", "Rome", "Tokyo")


def test_matching_extra_wrong_answer_written_with_empty_left_side() -> None:
    question = one("Match {=a -> 1 =b -> 2 = -> 3}")
    assert question.pairs == (MatchPair("a", "1"), MatchPair("b", "2"))
    assert question.distractors == ("3",)
    assert question.match_options == ("1", "2", "3")


def test_matching_right_side_may_repeat() -> None:
    question = one("Match {=cat -> animal =dog -> animal =rose -> plant}")
    assert question.match_options == ("animal", "plant")


# --- Numerical --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "low", "high"),
    [
        ("{#50}", 50.0, 50.0),
        ("{#50:2}", 48.0, 52.0),
        ("{#40..60}", 40.0, 60.0),
        ("{#-5..5}", -5.0, 5.0),
        ("{#-3:0.5}", -3.5, -2.5),
        ("{#2.5}", 2.5, 2.5),
        ("{# 1822 : 5 }", 1817.0, 1827.0),
        ("{#1e3}", 1000.0, 1000.0),
        ("{#=50}", 50.0, 50.0),
        ("{#50:-2}", 48.0, 52.0),  # Moodle uses the size of the tolerance
    ],
)
def test_numerical_forms(block: str, low: float, high: float) -> None:
    question = one(f"How many? {block}")
    assert question.kind is Kind.NUMERICAL
    assert question.text == "How many?"
    assert question.numeric == (NumericAnswer(low, high, 1.0, ""),)


def test_numerical_with_several_weighted_answers_and_feedback() -> None:
    question = one(
        "When was Ulysses S. Grant born? {#\n"
        "    =1822:0      #Correct! Full credit.\n"
        "    =%50%1822:2  #He was born in 1822. Half credit for being close.\n"
        "    ~#Sorry, no.\n"
        "}"
    )
    assert question.numeric == (
        NumericAnswer(1822.0, 1822.0, 1.0, "Correct! Full credit."),
        NumericAnswer(1820.0, 1824.0, 0.5, "He was born in 1822. Half credit for being close."),
        NumericAnswer(-math.inf, math.inf, 0.0, "Sorry, no."),
    )


def test_numerical_general_feedback() -> None:
    question = one("Q {#5####Five.}")
    assert question.numeric == (NumericAnswer(5.0, 5.0),)
    assert question.general_feedback == "Five."


# --- Essay and description --------------------------------------------------------------------


def test_essay() -> None:
    question = one("::e:: Write about your village. {}")
    assert question.kind is Kind.ESSAY
    assert question.text == "Write about your village."
    assert not question.gradable


def test_essay_with_general_feedback() -> None:
    question = one("Write. {####Thanks.}")
    assert question.kind is Kind.ESSAY
    assert question.general_feedback == "Thanks."


def test_description_has_no_answer_block() -> None:
    question = one("::intro:: Các câu sau nói về mã QR.")
    assert question.kind is Kind.DESCRIPTION
    assert question.id == "intro"
    assert question.text == "Các câu sau nói về mã QR."
    assert not question.gradable


# --- Names, categories, comments --------------------------------------------------------------


def test_question_name_and_no_name() -> None:
    result = parse("::q1:: First {T}\n\nSecond {F}")
    assert [q.id for q in result.questions] == ["q1", ""]


def test_question_name_with_escaped_colon_and_text_on_next_line() -> None:
    question = one("::a\\:b::\nText {T}")
    assert question.id == "a:b"
    assert question.text == "Text"


def test_category_applies_to_following_questions_until_changed() -> None:
    result = parse("A {T}\n\n$CATEGORY: one\n\nB {T}\n\nC {T}\n\n$CATEGORY:   two  \n\nD {T}")
    assert [(q.text, q.category) for q in result.questions] == [
        ("A", ""),
        ("B", "one"),
        ("C", "one"),
        ("D", "two"),
    ]


def test_comments_directly_above_are_kept_in_order() -> None:
    question = one("// [S32] Decision 2345\n//second line\n::q:: Q {T}")
    assert question.comments == ("[S32] Decision 2345", "second line")
    assert question.line == 3


def test_comment_separated_by_blank_line_is_not_attached() -> None:
    result = parse("// file header\n\n// [S28]\n::q:: Q {T}")
    assert result.problems == ()
    assert result.questions[0].comments == ("[S28]",)


def test_comments_inside_a_question_are_ignored() -> None:
    question = one("::q:: Q {\n  =a\n  // not an answer ~z\n  ~b\n}")
    assert question.choices == (Choice("a", 1.0), Choice("b", 0.0))
    assert question.comments == ()


def test_comments_above_category_do_not_go_to_the_next_question() -> None:
    result = parse("// about the category\n$CATEGORY: c\n// [S1]\n::q:: Q {T}")
    assert result.questions[0].comments == ("[S1]",)
    assert result.questions[0].category == "c"


def test_url_with_double_slash_is_not_a_comment() -> None:
    question = one("See https://vietqr.net now {T}")
    assert question.text == "See https://vietqr.net now"


def test_file_of_only_comments_has_no_questions() -> None:
    assert parse("// one\n// two\n\n// three\n") == GiftResult((), ())


# --- Escapes ----------------------------------------------------------------------------------


def test_escaped_special_characters_in_question_and_answers() -> None:
    question = one(
        "Write \\{x\\} \\= \\~ \\# \\: in GIFT. {=a \\= b#feedback \\# \\~ \\{\\} ~c\\:d}"
    )
    assert question.text == "Write {x} = ~ # : in GIFT."
    assert question.choices == (Choice("a = b", 1.0, "feedback # ~ {}"), Choice("c:d", 0.0))


def test_escaped_backslash_does_not_escape_what_follows() -> None:
    question = one("Path C:\\\\ here {=a\\\\ ~b}")
    assert question.text == "Path C:\\ here"
    assert question.choices[0].text == "a\\"


def test_other_backslashes_are_kept() -> None:
    question = one("Regex \\d+ {T}")
    assert question.text == "Regex \\d+"


def test_escaped_newline() -> None:
    question = one("Line one\\nLine two {=a\\nb ~c}")
    assert question.text == "Line one\nLine two"
    assert question.choices[0].text == "a\nb"


def test_escaped_hash_keeps_short_answer_intact() -> None:
    question = one("USSD code? {=\\*101\\#}")
    assert question.choices == (Choice("\\*101#", 1.0),)


# --- Layout: lines, blank lines, formats, missing word ----------------------------------------


def test_multi_line_question_text_keeps_line_breaks() -> None:
    question = one("::q::\n  First line\n  second line\n{\n=a\n~b\n}")
    assert question.text == "First line\nsecond line"
    assert question.line == 1


def test_multi_line_answer_text() -> None:
    question = one("Q {\n=first part\nsecond part#fb\n~b\n}")
    assert question.choices[0] == Choice("first part\nsecond part", 1.0, "fb")


def test_blank_lines_separate_questions_and_lines_are_counted() -> None:
    result = parse("\n\n// c\nA {T}\n\n\n\nB\ncontinued {F}\n   \t\nC {T}\n")
    assert result.problems == ()
    assert [(q.text, q.line) for q in result.questions] == [
        ("A", 4),
        ("B\ncontinued", 8),
        ("C", 11),
    ]


@pytest.mark.parametrize("name", ["markdown", "html", "plain", "moodle"])
def test_format_markers(name: str) -> None:
    question = one(f"::q::[{name}]The **text** {{T}}")
    assert question.text_format == name
    assert question.text == "The **text**"


def test_format_marker_without_name_and_with_space() -> None:
    question = one("  [html] <b>Bold</b> {T}")
    assert question.text_format == "html"
    assert question.text == "<b>Bold</b>"


def test_format_markers_in_answers_and_feedback_are_dropped() -> None:
    question = one("[markdown]Q {=[markdown]**a**#[html]<i>yes</i> ~b####[plain]why}")
    assert question.choices[0] == Choice("**a**", 1.0, "<i>yes</i>")
    assert question.general_feedback == "why"


def test_bracketed_text_that_is_not_a_format_is_plain_text() -> None:
    question = one("[S32] Theo quyết định 2345 {T}")
    assert question.text_format == "moodle"
    assert question.text == "[S32] Theo quyết định 2345"


def test_missing_word_question() -> None:
    question = one("Grant is {~buried =entombed ~living} in Grant's tomb.")
    assert question.text == "Grant is _____ in Grant's tomb."
    assert question.kind is Kind.SINGLE


def test_missing_word_at_start_and_with_only_punctuation_after() -> None:
    assert one("{=Hà Nội} là thủ đô.").text == "_____ là thủ đô."
    assert one("Thủ đô là {=Hà Nội}.").text == "Thủ đô là _____."


def test_answer_block_at_the_end_leaves_no_blank() -> None:
    assert one("Thủ đô là gì? {=Hà Nội}  ").text == "Thủ đô là gì?"


def test_crlf_and_cr_line_endings() -> None:
    crlf = parse("::a:: A {\r\n=x\r\n~y\r\n}\r\n\r\n::b:: B {T}\r\n")
    cr = parse("::a:: A {\r=x\r~y\r}\r\r::b:: B {T}\r")
    for result in (crlf, cr):
        assert result.problems == ()
        assert [(q.id, q.line) for q in result.questions] == [("a", 1), ("b", 6)]
        assert result.questions[0].choices == (Choice("x", 1.0), Choice("y", 0.0))


def test_byte_order_mark_is_ignored() -> None:
    question = one("\ufeff::q:: Q {T}")
    assert question.id == "q"


def test_text_is_returned_nfc_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", "::câu-1:: Hà Nội? {=Đà Nẵng#Đúng ~Huế}")
    question = one(decomposed)
    assert question.id == "câu-1"
    assert question.text == "Hà Nội?"
    assert question.choices[0] == Choice("Đà Nẵng", 1.0, "Đúng")
    for text in (question.id, question.text, question.choices[0].text):
        assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize("text", ["", "\n\n", "   \n\t\n", "\ufeff"])
def test_empty_file_has_no_questions_and_no_problems(text: str) -> None:
    assert parse(text) == GiftResult((), ())


# --- Malformed input --------------------------------------------------------------------------


def test_unclosed_answer_block_reports_where_it_opened_and_parsing_continues() -> None:
    result = parse("::a:: A {T}\n\n::b:: B\nstill B {\n=x\n~y\n\n::c:: C {F}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:4: unclosed answer block '{' (opened here)"
    ]
    assert [q.id for q in result.questions] == ["a", "c"]


def test_brace_inside_an_answer_block() -> None:
    assert messages("Q {=a\n{~b}") == [
        "quiz.gift:1: unclosed answer block '{' (opened here): another '{' follows on line 2 "
        "before any '}'"
    ]


def test_unexpected_closing_brace() -> None:
    result = parse("::a:: A {T}\n\nB =x ~y\n}\n\n::c:: C {T}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:4: unexpected '}' with no '{' before it (write \\} for a '}' in text)"
    ]
    assert [q.id for q in result.questions] == ["a", "c"]


def test_closing_brace_after_the_block() -> None:
    assert messages("Q {=a ~b} and }") == [
        "quiz.gift:1: unexpected '}' with no '{' before it (write \\} for a '}' in text)"
    ]


def test_blank_line_inside_an_answer_block_breaks_the_question() -> None:
    # As in Moodle, a blank line always ends a question.
    assert messages("Q {\n=a\n\n~b\n}") == [
        "quiz.gift:1: unclosed answer block '{' (opened here)",
        "quiz.gift:5: unexpected '}' with no '{' before it (write \\} for a '}' in text)",
    ]


def test_missing_blank_line_between_questions() -> None:
    result = parse("::a:: A {=x ~y}\n::b:: B {=x ~y}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:2: a second answer block in the same question: "
        "separate questions by a blank line"
    ]
    assert result.questions == ()


def test_matching_with_one_pair_is_left_out() -> None:
    result = parse("::m:: Match {\n=a -> 1\n}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:1: a matching question needs at least 2 pairs, found 1"
    ]
    assert result.questions == ()


def test_matching_with_two_pairs_needs_a_third_answer() -> None:
    result = parse("Match {=a -> 1 =b -> 2}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:1: a matching question needs at least 3 answers to choose from: add a pair, "
        "or an extra wrong answer written '= -> answer'"
    ]
    assert result.questions[0].pairs == (MatchPair("a", "1"), MatchPair("b", "2"))


def test_matching_pair_without_arrow() -> None:
    result = parse("Match {\n=a -> 1\n=b -> 2\n=c 3\n}")
    assert [str(p) for p in result.problems] == ["quiz.gift:4: matching pair 'c 3' has no '->'"]
    assert result.questions == ()


def test_matching_pair_with_nothing_after_the_arrow() -> None:
    result = parse("Match {\n=a -> 1\n=b -> 2\n=c -> 3\n=d ->\n}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:5: matching pair 'd ->' has nothing after '->'"
    ]
    assert len(result.questions[0].pairs) == 3


def test_matching_pair_cannot_have_feedback() -> None:
    result = parse("Match {\n=a -> 1#yes\n=b -> 2\n=c -> 3\n}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:2: a matching pair cannot have feedback; write \\# for a '#' in its text"
    ]
    assert result.questions[0].pairs[0] == MatchPair("a", "1")


def test_multiple_choice_weights_not_adding_up_to_100() -> None:
    result = parse("::m::\nPick {\n~%50%a\n~%40%b\n~c\n}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:2: the positive weights add up to 90%, not 100%"
    ]
    assert result.questions[0].kind is Kind.MULTIPLE


def test_multiple_choice_without_any_right_answer_is_left_to_validate() -> None:
    # dtlearn validate reports "question has no right answer"; the parser does not repeat it.
    result = parse("Q {~a ~b}")
    assert result.problems == ()
    assert all(choice.fraction == 0 for choice in result.questions[0].choices)


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ("{#abc}", "numerical answer 'abc' is not a number (write 50, 50:2 or 40..60)"),
        ("{#2,5}", "numerical answer '2,5' is not a number (write decimals with a dot, like 2.5)"),
        ("{#5:x}", "numerical answer '5:x' is not a number (write 50, 50:2 or 40..60)"),
        ("{#1..}", "numerical answer '1..' is not a number (write 50, 50:2 or 40..60)"),
        ("{#inf}", "numerical answer 'inf' is not a number (write 50, 50:2 or 40..60)"),
        ("{#1e999}", "numerical answer '1e999' is not a number (write 50, 50:2 or 40..60)"),
        ("{#}", "numerical question has no answer: write it like {#50}"),
        ("{#~#no}", "numerical question has no answer: write it like {#50}"),
        ("{#=}", "empty numerical answer: write a number after the '='"),
    ],
)
def test_bad_numerical_answers(block: str, message: str) -> None:
    result = parse(f"::n:: N {block}")
    assert [str(p) for p in result.problems] == [f"quiz.gift:1: {message}"]
    assert result.questions == ()


def test_bad_numerical_answer_line_in_a_multi_line_block() -> None:
    result = parse("N {#\n=5\n=%50%five\n}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:3: numerical answer 'five' is not a number (write 50, 50:2 or 40..60)"
    ]


def test_numerical_range_written_backwards() -> None:
    result = parse("N {#60..40}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:1: range '60..40' is written high..low; use low..high"
    ]
    assert result.questions[0].numeric == (NumericAnswer(40.0, 60.0),)


def test_numerical_without_full_marks() -> None:
    assert messages("N {#=%50%5}") == [
        "quiz.gift:1: no answer gives full marks: give one answer without a weight"
    ]


def test_unknown_format_is_reported_and_text_kept() -> None:
    result = parse("\n::q:: [markdwon]**Q** {T}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:2: unknown text format '[markdwon]': use [moodle], [html], [markdown] or "
        "[plain] (the text is kept as it is)"
    ]
    assert result.questions[0].text == "[markdwon]**Q**"
    assert result.questions[0].text_format == "moodle"


def test_format_names_are_lowercase() -> None:
    assert messages("[HTML]Q {T}") == [
        "quiz.gift:1: unknown text format '[HTML]': use [moodle], [html], [markdown] or "
        "[plain] (the text is kept as it is)"
    ]


@pytest.mark.parametrize(
    ("answers", "fraction", "message"),
    [
        ("~a\n~%150%b", 1.0, "weight 150% is outside -100%..100%; it counts as 100%"),
        ("~%100%a\n~%-120%b", -1.0, "weight -120% is outside -100%..100%; it counts as -100%"),
    ],
)
def test_weight_outside_range_is_clamped(answers: str, fraction: float, message: str) -> None:
    result = parse(f"Q {{\n{answers}\n~c\n}}")
    assert [str(p) for p in result.problems] == [f"quiz.gift:3: {message}"]
    assert result.questions[0].choices[1].fraction == fraction


def test_weight_that_is_not_a_number() -> None:
    result = parse("Q {~%half%a ~%100%b}")
    assert [str(p) for p in result.problems] == ["quiz.gift:1: weight '%half%' is not a number"]
    assert result.questions[0].choices[0] == Choice("a", 0.0)


def test_weight_without_closing_percent() -> None:
    result = parse("Q {~%50 a ~%100%b}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:1: weight has no closing '%': write it like ~%50%"
    ]


def test_choice_answer_without_marker_is_reported_and_kept_as_moodle_does() -> None:
    result = parse("::q:: Q {\n  forgot marker\n  =right\n  ~wrong\n}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:2: answer 'forgot marker' must start with '=' (right) or '~' (wrong)"
    ]
    assert result.questions[0].choices == (
        Choice("forgot marker", 0.0),
        Choice("right", 1.0),
        Choice("wrong", 0.0),
    )


def test_short_answer_without_marker() -> None:
    result = parse("Thủ đô? {Hà Nội}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:1: answer 'Hà Nội' must start with '=' (right answer)"
    ]
    assert result.questions[0].choices == (Choice("Hà Nội", 1.0),)


def test_lowercase_true_false() -> None:
    result = parse("Q {false#no#yes}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:1: write 'false' in capitals: {T}, {TRUE}, {F} or {FALSE}"
    ]
    assert result.questions[0].choices[1] == Choice("false", 1.0, "yes")


def test_unclosed_question_name() -> None:
    result = parse("::q1 Which is right? {=a ~b}\n\n::q2:: Next {T}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:1: question name '::' is not closed: write it as ::name:: on one line"
    ]
    assert [(q.id, q.text) for q in result.questions] == [
        ("", "q1 Which is right?"),
        ("q2", "Next"),
    ]


def test_question_name_must_close_on_its_own_line() -> None:
    assert messages("::q1 Which\n:: {T}") == [
        "quiz.gift:1: question name '::' is not closed: write it as ::name:: on one line"
    ]


def test_empty_answers_are_reported_and_dropped() -> None:
    result = parse("Q {\n=a\n~\n~#feedback only\n~c\n}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:3: empty answer: write the answer after the '=' or '~'",
        "quiz.gift:4: empty answer: write the answer after the '=' or '~'",
    ]
    assert [c.text for c in result.questions[0].choices] == ["a", "c"]


def test_choice_question_with_a_single_answer() -> None:
    result = parse("Q {~%100%only}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:1: a choice question needs at least 2 answers, found 1"
    ]
    assert result.questions == ()


def test_short_answer_with_no_usable_answer() -> None:
    assert messages("Q {=}") == [
        "quiz.gift:1: empty answer: write the answer after the '=' or '~'",
        "quiz.gift:1: short-answer question has no answer: write it like {=answer}",
    ]


def test_category_needs_a_blank_line_before_the_question() -> None:
    result = parse("$CATEGORY: c\n::q:: Q {T}")
    assert [str(p) for p in result.problems] == [
        "quiz.gift:1: put a blank line between $CATEGORY and the question"
    ]
    assert (result.questions[0].id, result.questions[0].category) == ("q", "c")


def test_question_without_text() -> None:
    result = parse("::q:: {T}")
    assert [str(p) for p in result.problems] == ["quiz.gift:1: question has no text"]
    assert result.questions[0].text == ""


def test_problems_are_sorted_by_line() -> None:
    lines = [p.line for p in parse("A {\n\nB {~%50%a ~b}\n\nC }\n\n[foo] D {T}").problems]
    assert lines == sorted(lines) == [1, 3, 5, 7]


VIETNAMESE_QUIZ = """\
$CATEGORY: an-toan-so

// [S1] Bộ Công an
::otp-1:: Ngân hàng có bao giờ gọi điện hỏi mã OTP không? {
  =Không bao giờ#Đúng. Ngân hàng không bao giờ hỏi mã OTP.
  ~Có, khi cần xác minh#Chưa đúng. Đây là thủ đoạn lừa đảo.
}

// [S2]
::qr-2:: Mã QR dán đè lên mã của cửa hàng là dấu hiệu gì? {
  =Lừa đảo
  ~Khuyến mãi
  ~%50%Cần kiểm tra lại

::mk-3:: Mật khẩu mạnh nên có ít nhất bao nhiêu ký tự? {#12:4}

::thu-do:: Thủ đô của Việt Nam là {=Hà Nội =Ha Noi} phải không?
"""


def test_vietnamese_quiz_with_a_broken_question_in_the_middle() -> None:
    result = parse_gift(VIETNAMESE_QUIZ, "quiz.vi.gift")
    assert [str(p) for p in result.problems] == [
        "quiz.vi.gift:10: unclosed answer block '{' (opened here)"
    ]
    assert [(q.id, q.kind, q.line) for q in result.questions] == [
        ("otp-1", Kind.SINGLE, 4),
        ("mk-3", Kind.NUMERICAL, 15),
        ("thu-do", Kind.SHORT, 17),
    ]
    first, numerical, short = result.questions
    assert first.comments == ("[S1] Bộ Công an",)
    assert first.category == "an-toan-so"
    assert first.choices[0] == Choice(
        "Không bao giờ", 1.0, "Đúng. Ngân hàng không bao giờ hỏi mã OTP."
    )
    assert numerical.numeric == (NumericAnswer(8.0, 16.0),)
    assert numerical.comments == ()
    assert short.text == "Thủ đô của Việt Nam là _____ phải không?"
    assert [c.text for c in short.choices] == ["Hà Nội", "Ha Noi"]


def test_never_raises_on_random_input() -> None:
    alphabet = list("{}~=#:%->\\/\n \t$[]abcT.0123456789đĐ") + ["::", "//", "####", "->", "\r\n"]
    generator = random.Random(20250101)
    for _ in range(3000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 60)))
        result = parse(text)
        line_count = text.count("\n") + text.count("\r") + 1
        for problem in result.problems:
            assert 1 <= problem.line <= line_count, (text, problem)
        for question in result.questions:
            assert 1 <= question.line <= line_count


@pytest.mark.parametrize(
    "text",
    ["\ufdd0{=a ~b}", "\x00{T}", "{" * 500, "}" * 500, "::" * 100, "{#" + "9" * 400 + "}"],
)
def test_never_raises_on_odd_input(text: str) -> None:
    assert isinstance(parse(text), GiftResult)


# --- Files ------------------------------------------------------------------------------------


def test_parse_gift_file_reads_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "quiz.vi.gift"
    path.write_bytes("\ufeff::q:: Hà Nội? {T}\r\n".encode())
    result = parse_gift_file(path)
    assert result.problems == ()
    assert result.questions[0].id == "q"
    assert result.questions[0].text == "Hà Nội?"


def test_parse_gift_file_reports_problems_with_the_path(tmp_path: Path) -> None:
    path = tmp_path / "quiz.vi.gift"
    path.write_text("Q {\n", encoding="utf-8")
    assert [str(p) for p in parse_gift_file(path).problems] == [
        f"{path}:1: unclosed answer block '{{' (opened here)"
    ]


def test_parse_gift_file_missing(tmp_path: Path) -> None:
    path = tmp_path / "nope.gift"
    result = parse_gift_file(path)
    assert result.questions == ()
    assert result.problems == (
        Problem(str(path), 0, "cannot read quiz file: No such file or directory"),
    )


def test_parse_gift_file_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "quiz.gift"
    path.write_bytes(b"::a:: A {T}\n\n::b:: H\xe0 N\xf4i {T}\n")  # a legacy 8-bit encoding
    result = parse_gift_file(path)
    assert result.questions == ()
    assert result.problems == (
        Problem(
            str(path),
            0,
            "quiz file is not UTF-8 text (first bad byte on line 3); save it as UTF-8",
        ),
    )


def test_parse_gift_file_on_a_folder(tmp_path: Path) -> None:
    result = parse_gift_file(tmp_path)
    assert result.questions == ()
    assert len(result.problems) == 1
    assert result.problems[0].line == 0
    assert result.problems[0].message.startswith("cannot read quiz file: ")


def test_problem_is_shown_as_file_line_message() -> None:
    assert str(Problem("quiz.gift", 7, "oops")) == "quiz.gift:7: oops"
    assert sorted([Problem("b", 1, "x"), Problem("a", 2, "y"), Problem("a", 1, "z")]) == [
        Problem("a", 1, "z"),
        Problem("a", 2, "y"),
        Problem("b", 1, "x"),
    ]
