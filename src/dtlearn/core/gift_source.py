"""The text of one GIFT question with escapes hidden and a line number for every character.

Moodle's importer swaps escaped characters for placeholders before it looks for syntax and
swaps them back at the very end; we do the same, so ``\\{`` or ``\\=`` can never be taken for
syntax. Each character also keeps its line, so a problem deep inside a multi-line answer
block points at the line the author has to fix.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from dtlearn.core.problems import Problem

FORMATS = ("moodle", "html", "markdown", "plain")

# Unicode noncharacters are guaranteed never to appear in interchanged text, so they are safe
# placeholders; any that do turn up in a file are replaced before parsing.
_ESCAPABLE = "\\:#={}~n"
_HIDE = {char: chr(0xFDD0 + index) for index, char in enumerate(_ESCAPABLE)}
_REVEAL = str.maketrans(
    {placeholder: ("\n" if char == "n" else char) for char, placeholder in _HIDE.items()}
)
_PLACEHOLDERS = frozenset(_HIDE.values())
_FORMAT_MARKER = re.compile(r"\[([^\]\n]*)\]")


def hide_escapes(line: str) -> str:
    """Replace each GIFT escape by one placeholder character.

    Scanning left to right makes ``\\\\`` a literal backslash that cannot escape what follows,
    as in Moodle. A backslash before any other character stays a backslash.
    """
    out: list[str] = []
    index = 0
    while index < len(line):
        char = line[index]
        following = line[index + 1] if index + 1 < len(line) else ""
        if char == "\\" and following and following in _ESCAPABLE:
            out.append(_HIDE[following])
            index += 2
            continue
        out.append("\ufffd" if char in _PLACEHOLDERS else char)
        index += 1
    return "".join(out)


def reveal(text: str) -> str:
    """Finished text for the model: escapes resolved, NFC-normalised, trimmed."""
    return unicodedata.normalize("NFC", text.translate(_REVEAL)).strip()


def split_format(text: str) -> tuple[str | None, str]:
    """A leading ``[format]`` marker, if it names a known format, and the text after it."""
    stripped = text.lstrip()
    match = _FORMAT_MARKER.match(stripped)
    if match and match.group(1) in FORMATS:
        return match.group(1), stripped[match.end() :]
    return None, text


def unknown_format(text: str) -> str | None:
    """The name in a leading ``[word]`` that looks like a format marker but is not one.

    Only a single ASCII word counts, so a text that starts with "[S32]" or "[Tình huống]"
    is not mistaken for a misspelt format.
    """
    match = _FORMAT_MARKER.match(text.lstrip())
    if match and match.group(1) not in FORMATS and re.fullmatch(r"[A-Za-z]+", match.group(1)):
        return match.group(1)
    return None


def plain(text: str) -> str:
    """Answer or feedback text: a known format marker dropped, then revealed."""
    return reveal(split_format(text)[1])


@dataclass
class Source:
    """The non-comment lines of one question, joined with newlines, escapes hidden."""

    path: str
    text: str
    lines: list[int]  # the file line of each character of text
    problems: list[Problem] = field(default_factory=list)
    broken: bool = False  # set by error(): the question cannot be used

    @classmethod
    def from_lines(cls, path: str, numbered: list[tuple[int, str]]) -> Source:
        parts: list[str] = []
        lines: list[int] = []
        for number, line in numbered:
            hidden = hide_escapes(line) + "\n"
            parts.append(hidden)
            lines.extend([number] * len(hidden))
        return cls(path, "".join(parts)[:-1], lines[:-1])

    def line_at(self, index: int) -> int:
        """Line of the first non-blank character at or after index (a problem's best anchor)."""
        while index < len(self.text) and self.text[index].isspace():
            index += 1
        if not self.lines:
            return 0
        return self.lines[min(max(index, 0), len(self.lines) - 1)]

    def warn(self, index: int, message: str) -> None:
        """Something the author should fix, but the question can still be asked."""
        self.problems.append(Problem(self.path, self.line_at(index), message))

    def error(self, index: int, message: str) -> None:
        """Something that makes the question unusable: it is left out of the quiz."""
        self.warn(index, message)
        self.broken = True
