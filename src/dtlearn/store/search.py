"""The search index: folded text in an FTS5 table, original text beside it for snippets."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dtlearn.store.database import Store

FINGERPRINT_KEY = "search_index_fingerprint"


@dataclass(frozen=True)
class SearchDoc:
    kind: str  # "course", "lesson" or "glossary"
    course_id: str
    lesson_id: str
    language: str
    title: str
    body: str
    folded_title: str
    folded_body: str


@dataclass(frozen=True)
class StoredDoc:
    rowid: int
    kind: str
    course_id: str
    lesson_id: str
    language: str
    title: str
    body: str


def indexed_fingerprint(store: Store) -> str | None:
    row = store.read_one("SELECT value FROM sync_state WHERE key = ?", [FINGERPRINT_KEY])
    return str(row["value"]) if row else None


def rebuild(store: Store, docs: Iterable[SearchDoc], fingerprint: str) -> int:
    """Replace the whole index in one transaction; a search meanwhile sees old or new."""
    count = 0
    with store.write() as db:
        db.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
        db.execute("DELETE FROM search_docs")
        for rowid, doc in enumerate(docs, start=1):
            db.execute("INSERT INTO search_docs (rowid, kind, course_id, lesson_id, language, "
                       "title, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [rowid, doc.kind, doc.course_id, doc.lesson_id, doc.language,
                        doc.title, doc.body])
            db.execute("INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)",
                       [rowid, doc.folded_title, doc.folded_body])
            count += 1
        db.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                   [FINGERPRINT_KEY, fingerprint])
    return count


def matches(store: Store, fts_query: str, language: str, limit: int) -> list[StoredDoc]:
    """Documents matching an FTS5 query in one language, best first (bm25, titles weigh
    more than bodies)."""
    rows = store.read(
        "SELECT d.rowid AS rowid, d.kind, d.course_id, d.lesson_id, d.language, d.title, "
        "d.body FROM search_index JOIN search_docs d ON d.rowid = search_index.rowid "
        "WHERE search_index MATCH ? AND d.language = ? "
        "ORDER BY bm25(search_index, 5.0, 1.0) LIMIT ?", [fts_query, language, limit])
    return [StoredDoc(**row) for row in rows]
