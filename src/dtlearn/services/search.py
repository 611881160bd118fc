"""Search courses, lessons and the glossary, forgiving case, diacritics and Telex.

``chuyen doi so``, ``CHUYỂN ĐỔI SỐ``, ``chuyển đổi số`` and ``chuyeenr ddooir soos`` all find
the same lessons: text is indexed folded (see core.textfold.fold_chars) and a query is tried
both as typed and with Telex keys undone. Because folding keeps every character's position,
a hit's snippet is cut from the original text with its marks, and the reader can be opened
at the matched words.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from dtlearn.core.course import LANGUAGES, Course
from dtlearn.core.telex import untelex
from dtlearn.core.textfold import fold, fold_chars
from dtlearn.services.catalog import Catalog, fingerprint
from dtlearn.store import search as index
from dtlearn.store.database import Store

SNIPPET_RADIUS = 60
# Block elements end a run of text; inline ones (strong, em, a) sit inside words' flow.
_BLOCK_TAGS = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|table|tr|td|th|div|br|hr|img)\b[^>]*>")
_TAGS = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Hit:
    kind: str
    course_id: str
    lesson_id: str
    language: str
    title: str
    snippet: str  # original text around the match
    match: str  # the matched words as they appear in the original text, to find them again
    match_start: int  # offset of ``match`` inside ``snippet``

    @property
    def key(self) -> str:
        if self.kind == "glossary":
            return f"glossary/{self.lesson_id}"
        return f"{self.course_id}/{self.lesson_id}" if self.lesson_id else self.course_id


def plain_text(markdown_text: str) -> str:
    from dtlearn.core.lesson_render import render_markdown

    rendered = _BLOCK_TAGS.sub(" ", render_markdown(markdown_text))
    return _SPACES.sub(" ", html.unescape(_TAGS.sub("", rendered))).strip()


def query_tokens(text: str) -> list[list[str]]:
    """The token lists to try: as typed (folded) and, if different, with Telex undone."""
    typed = _TOKEN.findall(fold(text))
    untyped = _TOKEN.findall(untelex(" ".join(typed)))
    return [typed] if untyped == typed else [typed, untyped]


def fts_query(alternatives: list[list[str]], *, phrase: bool = False) -> str:
    """All the words (anywhere), or with ``phrase`` the words together in order."""
    if phrase:
        groups = ['"' + " ".join(tokens) + '"' for tokens in alternatives if tokens]
    else:
        groups = [" AND ".join(f'"{token}"' for token in tokens)
                  for tokens in alternatives if tokens]
    return " OR ".join(f"({group})" for group in groups)


def snippet(body: str, alternatives: list[list[str]]) -> tuple[str, str, int]:
    """Text around the best place in ``body``: the whole phrase if it occurs, else the first
    token found. Returns (snippet, matched original text, its offset in the snippet)."""
    folded = fold_chars(body)
    start = end = -1
    for tokens in alternatives:
        phrase = " ".join(tokens)
        found = _word_find(folded, phrase)
        if found >= 0:
            start, end = found, found + len(phrase)
            break
    if start < 0:
        for tokens in alternatives:
            for token in tokens:
                found = _word_find(folded, token)
                if found >= 0 and (start < 0 or found < start):
                    start, end = found, found + len(token)
    if start < 0:
        return body[: 2 * SNIPPET_RADIUS], "", -1
    left = body.rfind(" ", 0, max(0, start - SNIPPET_RADIUS)) + 1
    right = body.find(" ", min(len(body), end + SNIPPET_RADIUS))
    right = len(body) if right < 0 else right
    text = ("…" if left > 0 else "") + body[left:right] + ("…" if right < len(body) else "")
    offset = start - left + (1 if left > 0 else 0)
    return text, body[start:end], offset


def _word_find(folded: str, phrase: str) -> int:
    match = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded)
    return match.start() if match else -1


def load_glossary(path: Path) -> list[tuple[str, str]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return []
    return [(term["vi"], term["en"]) for term in data.get("term", [])
            if isinstance(term, dict) and "vi" in term and "en" in term]


class SearchService:
    def __init__(self, store: Store, catalog: Catalog, glossary: Path) -> None:
        self._store = store
        self._catalog = catalog
        self._glossary = glossary

    def _fingerprint(self) -> str:
        digest = hashlib.sha256()
        for course in self._catalog.usable():
            digest.update(f"{course.id}:{fingerprint(course.folder)}\n".encode())
        with contextlib.suppress(OSError):  # no glossary: search the courses alone
            digest.update(self._glossary.read_bytes())
        return digest.hexdigest()

    def ensure_index(self) -> bool:
        """Rebuild the index if the courses or glossary changed; True if it was rebuilt."""
        current = self._fingerprint()
        if index.indexed_fingerprint(self._store) == current:
            return False
        index.rebuild(self._store, self._documents(), current)
        return True

    def _documents(self) -> list[index.SearchDoc]:
        docs: list[index.SearchDoc] = []
        for course in self._catalog.usable():
            docs.extend(self._course_docs(course))
        for number, (vi, en) in enumerate(load_glossary(self._glossary), start=1):
            body = f"{vi} — {en}"
            for language in LANGUAGES:
                docs.append(_doc("glossary", "", f"term-{number}", language, vi, body))
        return docs

    def _course_docs(self, course: Course) -> list[index.SearchDoc]:
        docs = []
        for language in LANGUAGES:
            docs.append(_doc("course", course.id, "", language, course.title_in(language),
                             course.description_in(language)))
            for lesson in course.lessons:
                path, used = lesson.available_path(language)
                if used != language:
                    continue  # the Vietnamese copy is indexed under "vi" already
                try:
                    text = plain_text(path.read_text(encoding="utf-8-sig"))
                except (OSError, UnicodeDecodeError):
                    continue
                docs.append(_doc("lesson", course.id, lesson.id, language,
                                 lesson.title(language), text))
        return docs

    def search(self, text: str, language: str = "vi", limit: int = 20) -> list[Hit]:
        """Hits in ``language``; lessons not translated are searched in Vietnamese too."""
        alternatives = query_tokens(text)
        if not any(alternatives):
            return []
        self.ensure_index()
        found: list[index.StoredDoc] = []
        seen: set[int] = set()
        # The words together first, then pages that have them all apart; Vietnamese pages
        # stand in for lessons not translated into ``language``.
        for phrase in (True, False):
            query = fts_query(alternatives, phrase=phrase)
            for wanted in dict.fromkeys((language, "vi")):
                for doc in index.matches(self._store, query, wanted, limit):
                    if doc.rowid in seen or (wanted != language
                                             and not self._untranslated(doc, language)):
                        continue
                    seen.add(doc.rowid)
                    found.append(doc)
        hits = []
        for doc in found[:limit]:
            text_, match, offset = snippet(doc.body, alternatives)
            if offset < 0:
                text_, match, offset = snippet(doc.title, alternatives)
            hits.append(Hit(doc.kind, doc.course_id, doc.lesson_id, doc.language, doc.title,
                            text_, match, offset))
        return hits

    def _untranslated(self, doc: index.StoredDoc, language: str) -> bool:
        course = self._catalog.course(doc.course_id)
        lesson = course.lesson(doc.lesson_id) if course and doc.lesson_id else None
        return lesson is not None and not lesson.path(language).is_file()


def _doc(kind: str, course_id: str, lesson_id: str, language: str, title: str,
         body: str) -> index.SearchDoc:
    return index.SearchDoc(kind, course_id, lesson_id, language, title, body,
                           fold_chars(title), fold_chars(body))
