"""Text comparison that forgives what learners cannot control: case, spacing and diacritics.

Vietnamese keyboards (Telex, VNI) and phones produce the same word in several Unicode
spellings, and many learners type without diacritics at all, so short answers are compared
on a normalised key rather than on the raw text.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Vietnamese tone and vowel marks all live in the Combining Diacritical Marks block. Stripping
# only this block, not every combining mark, keeps scripts whose vowels are marks (Khmer, Thai)
# intact.
_DIACRITICS = re.compile("[\u0300-\u036f]")
# The five tone marks: grave (huyền), acute (sắc), tilde (ngã), hook above (hỏi), dot below
# (nặng). Circumflex, breve and horn change the vowel itself and are not tones.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"[\w\u0300-\u036f]+")
_TRAILING_PUNCTUATION = re.compile(r"[\s.!?]+$")


def normalize(text: str) -> str:
    """NFC, casefold, collapse runs of whitespace to one space, strip."""
    folded_case = unicodedata.normalize("NFC", text).casefold()
    # casefold can leave decomposed sequences (e.g. for "İ"), so normalise once more.
    return _SPACES.sub(" ", unicodedata.normalize("NFC", folded_case)).strip()


def fold(text: str) -> str:
    """normalize() and then drop Vietnamese diacritics, so "Đà Nẵng" and "da nang" agree.

    NFD decomposition alone leaves "đ" alone (it is a letter of its own, not d + a mark), so it
    is mapped by hand; "Đ" has already become "đ" through casefolding.
    """
    decomposed = unicodedata.normalize("NFD", normalize(text))
    return unicodedata.normalize("NFC", _DIACRITICS.sub("", decomposed).replace("đ", "d"))


def _tone_last(match: re.Match[str]) -> str:
    word = match.group(0)
    tones = [char for char in word if char in _TONES]
    if len(tones) != 1:
        return word
    return word.replace(tones[0], "") + tones[0]


def _canonical_tone_position(text: str) -> str:
    """Put each word's tone mark in one agreed place.

    Vietnamese has two accepted placements ("hoà"/"hòa", "thuỷ"/"thủy", "khoẻ"/"khỏe") and
    keyboards offer both, so a learner who keeps diacritics must not be marked wrong for
    using the other style. The key is only compared, never shown.
    """
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _WORD.sub(_tone_last, decomposed))


def normalize_answer(text: str, *, fold_diacritics: bool) -> str:
    """The key a typed short answer is compared on: normalized (or folded), with trailing
    ". ! ?" dropped because learners type a sentence's full stop out of habit."""
    key = fold(text) if fold_diacritics else _canonical_tone_position(normalize(text))
    return _TRAILING_PUNCTUATION.sub("", key)


def fold_chars(text: str) -> str:
    """Fold each character on its own, keeping the length: character i of the result is
    character i of ``text`` lower-cased and without diacritics (đ → d).

    Search matches on this folded copy, and because positions line up one to one, the
    snippet shown to the learner can be cut from the original text, marks and all.
    """
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0].lower()
        out.append("d" if base == "đ" else base[:1] or char)
    return "".join(out)
