"""Undo Telex typing for search: ``chuyeenr ddooir soos`` → ``chuyen doi so``.

Someone on a PC without a Vietnamese input method still types the Telex keys out of habit;
the letters that would have become marks (double vowels, w, dd, and a trailing tone key)
are removed so the word can be matched on its folded form. The result is meant only for
matching against folded text, so the marks themselves are not rebuilt.
"""

from __future__ import annotations

import re

_VOWELS = set("aeiouy")
_TONE_KEYS = set("sfrxjz")
_DOUBLE = re.compile(r"(aa|ee|oo|dd)")
_HORN_BREVE = re.compile(r"([aou])w")
# A tone key typed after the vowel but before the final consonant: "bifnh" → bình.
_INNER_TONE = re.compile(r"([aeiouy])[sfrxjz](c|ch|m|n|ng|nh|p|t)$")


def untelex_word(word: str) -> str:
    """Strip Telex mark keys from one lower-case word; words without them come back as is."""
    if not word.isascii() or not word.isalpha():
        return word
    base = word
    if len(base) > 2 and base[-1] in _TONE_KEYS and any(c in _VOWELS for c in base[:-1]):
        base = base[:-1]
    else:
        base = _INNER_TONE.sub(r"\1\2", base)
    base = _DOUBLE.sub(lambda m: m.group(0)[0], base)
    base = _HORN_BREVE.sub(r"\1", base)
    if base.startswith("w"):  # "w" alone types ư
        base = "u" + base[1:]
    return base


def untelex(text: str) -> str:
    return " ".join(untelex_word(word) for word in text.lower().split())
