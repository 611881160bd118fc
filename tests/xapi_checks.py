"""Checks every statement must pass: ralph's xAPI models, plus what they let through."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

from ralph.models.xapi.base.statements import BaseXapiStatement

_DURATION = re.compile(r"^PT\d+(\.\d{1,2})?S$")


def check_statement(statement: dict[str, Any]) -> None:
    BaseXapiStatement(**statement)
    uuid.UUID(statement["id"])
    stamp = dt.datetime.fromisoformat(statement["timestamp"])
    assert stamp.tzinfo is not None, f"timestamp without a time zone: {statement['timestamp']}"
    duration = (statement.get("result") or {}).get("duration")
    if duration is not None:
        assert _DURATION.match(duration), f"duration not in PT…S form: {duration}"
    assert statement["context"]["platform"] == "dtlearn"
    assert statement["actor"]["account"]["homePage"].startswith("https://")
