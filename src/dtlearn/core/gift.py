"""Read a quiz written in Moodle's GIFT format into Questions, with every problem found.

Authors write quizzes by hand, so a mistake must be reported as ``file:line: message`` and
must never stop the rest of the file from loading: each question is read on its own, a
broken one is left out, and reading carries on with the next.

Questions are separated by blank lines and whole lines starting with "//" are comments, as in
Moodle's importer, which this parser follows wherever Moodle defines the behaviour.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dtlearn.core.gift_answers import Answers, parse_answers
from dtlearn.core.gift_source import Source, hide_escapes, plain, reveal, split_format
from dtlearn.core.gift_source import unknown_format as find_unknown_format
from dtlearn.core.problems import Problem
from dtlearn.core.questions import Kind, Question

BLANK = "_____"  # stands in for the answer block in a "missing word" question
_CATEGORY = "$CATEGORY:"


@dataclass(frozen=True)
class GiftResult:
    """The questions that could be read, in file order, and every problem, by line."""

    questions: tuple[Question, ...]
    problems: tuple[Problem, ...]


def parse_gift_file(path: Path) -> GiftResult:
    """Read a UTF-8 GIFT file (a BOM is fine); a file that cannot be read is one problem."""
    shown = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return GiftResult((), (Problem(shown, 0, f"cannot read quiz file: {error.strerror}"),))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = f"quiz file is not UTF-8 text (first bad byte on line {line}); save it as UTF-8"
        return GiftResult((), (Problem(shown, 0, message),))
    return parse_gift(text, shown)


def parse_gift(text: str, path: str = "<gift>") -> GiftResult:
    """Parse GIFT text; never raises, whatever the input."""
    questions: list[Question] = []
    problems: list[Problem] = []
    category = ""
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for block in _blocks(lines):
        try:
            category = _read_block(block, path, category, questions, problems)
        except Exception as error:  # noqa: BLE001 - a parser bug must not hide the whole quiz
            problems.append(
                Problem(
                    path,
                    block[0][0],
                    f"could not read this question ({error!r}); "
                    "please report this to the dtlearn developers",
                )
            )
    problems.sort(key=lambda problem: problem.line)
    return GiftResult(tuple(questions), tuple(problems))


def _blocks(lines: list[str]) -> Iterator[list[tuple[int, str]]]:
    """Runs of non-blank lines, numbered from 1 and trimmed (Moodle trims every line too)."""
    block: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            block.append((number, line.strip()))
        elif block:
            yield block
            block = []
    if block:
        yield block


def _read_block(
    block: list[tuple[int, str]],
    path: str,
    category: str,
    questions: list[Question],
    problems: list[Problem],
) -> str:
    """Read one blank-line separated block; returns the category in force after it."""
    comments: list[str] = []
    body: list[tuple[int, str]] = []
    category_line = 0
    for number, line in block:
        if line.startswith("//"):
            if not body:
                comments.append(unicodedata.normalize("NFC", line[2:].strip()))
        elif not body and line.startswith(_CATEGORY):
            category = reveal(hide_escapes(line[len(_CATEGORY) :]))
            category_line = number
            comments = []  # comments above $CATEGORY describe the category, not a question
        else:
            body.append((number, line))
    if body and category_line:
        # Moodle would read the question as part of the category name.
        problems.append(
            Problem(path, category_line, "put a blank line between $CATEGORY and the question")
        )
    if body:
        question, source = _read_question(body, path, category, tuple(comments))
        problems.extend(source.problems)
        if question is not None:
            questions.append(question)
    return category


def _read_question(
    body: list[tuple[int, str]], path: str, category: str, comments: tuple[str, ...]
) -> tuple[Question | None, Source]:
    source = Source.from_lines(path, body)
    text = source.text
    question_id, start = _read_name(source)
    braces = _find_block(source, start)
    if source.broken:
        return None, source
    general_feedback = ""
    if braces is None:
        question_text = text[start:]
        answers = Answers(Kind.DESCRIPTION)
    else:
        opening, closing = braces
        after = text[closing + 1 :]
        question_text = text[start:opening] + (BLANK + after if after.strip() else "")
        answers_end = text.rfind("####", opening + 1, closing)
        if answers_end == -1:
            answers_end = closing
        else:
            general_feedback = plain(text[answers_end + 4 : closing])
        answers = parse_answers(source, opening + 1, answers_end)
    text_format, question_text = _read_format(source, start, question_text)
    if not question_text:
        source.warn(start, "question has no text")
    if source.broken:
        return None, source
    question = Question(
        id=question_id,
        kind=answers.kind,
        text=question_text,
        text_format=text_format,
        line=source.line_at(0),
        choices=answers.choices,
        pairs=answers.pairs,
        numeric=answers.numeric,
        general_feedback=general_feedback,
        category=category,
        comments=comments,
        distractors=answers.distractors,
    )
    return question, source


def _read_name(source: Source) -> tuple[str, int]:
    """The ``::id::`` at the start, and where the question text begins after it."""
    text = source.text
    if not text.startswith("::"):
        return "", 0
    closing = text.find("::", 2)
    line_end = text.find("\n")
    if closing == -1 or (line_end != -1 and line_end < closing):
        source.warn(0, "question name '::' is not closed: write it as ::name:: on one line")
        return "", 2
    return reveal(text[2:closing]), closing + 2


def _find_block(source: Source, start: int) -> tuple[int, int] | None:
    """Where the one answer block opens and closes; None for a description."""
    text = source.text
    braces = [index for index in range(start, len(text)) if text[index] in "{}"]
    if not braces:
        return None
    opening = braces[0]
    if text[opening] == "}":
        source.error(opening, "unexpected '}' with no '{' before it (write \\} for a '}' in text)")
        return None
    if len(braces) == 1:
        source.error(opening, "unclosed answer block '{' (opened here)")
        return None
    closing = braces[1]
    if text[closing] == "{":
        source.error(
            opening,
            f"unclosed answer block '{{' (opened here): another '{{' follows on line "
            f"{source.line_at(closing)} before any '}}'",
        )
        return None
    if len(braces) > 2:
        extra = braces[2]
        if text[extra] == "{":
            message = (
                "a second answer block in the same question: separate questions by a blank line"
            )
        else:
            message = "unexpected '}' with no '{' before it (write \\} for a '}' in text)"
        source.error(extra, message)
        return None
    return opening, closing


def _read_format(source: Source, start: int, question_text: str) -> tuple[str, str]:
    text_format, rest = split_format(question_text)
    if text_format is None:
        unknown = find_unknown_format(question_text)
        if unknown is not None:
            source.warn(
                start,
                f"unknown text format '[{unknown}]': use [moodle], [html], [markdown] or "
                "[plain] (the text is kept as it is)",
            )
        text_format = "moodle"
    return text_format, reveal(rest)
