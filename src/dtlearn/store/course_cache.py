"""What checking a course found, keyed by a fingerprint of its files.

Parsing every quiz on every start would make start-up grow with the number of courses;
stat-ing the files is cheap, so a course is parsed again only when one of its files changed.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from typing import Any

from dtlearn.store.database import Store, WriteBlocked


@dataclass(frozen=True)
class CachedCheck:
    fingerprint: str
    problems: list[str]
    question_count: int
    metadata: dict[str, Any] = field(default_factory=dict)


def cached_checks(store: Store) -> dict[str, CachedCheck]:
    rows = store.read("SELECT folder, fingerprint, problems, question_count, metadata "
                      "FROM course_cache")
    return {row["folder"]: CachedCheck(row["fingerprint"], json.loads(row["problems"]),
                                       row["question_count"],
                                       json.loads(row["metadata"]) if row["metadata"] else {})
            for row in rows}


def save_check(store: Store, folder: str, check: CachedCheck) -> None:
    """Only a cache: when the database cannot be written (read-only, disk full) the course
    is checked again next time, and the catalog still shows it now."""
    if store.read_only:
        return
    with contextlib.suppress(WriteBlocked), store.write() as db:
        db.execute(
            "INSERT INTO course_cache (folder, fingerprint, problems, question_count, metadata) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (folder) DO UPDATE SET "
            "fingerprint = excluded.fingerprint, problems = excluded.problems, "
            "question_count = excluded.question_count, metadata = excluded.metadata",
            [folder, check.fingerprint, json.dumps(check.problems, ensure_ascii=False),
             check.question_count, json.dumps(check.metadata, ensure_ascii=False)],
        )
