"""Every option dtlearn remembers, declared once with its type, default and meaning.

Settings live in a small JSON file beside the database rather than in the database, so a
damaged database never hides them and a damaged settings file never touches learner data:
a missing, unreadable or wrong-typed value falls back to its default with a logged warning.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any, NamedTuple

log = logging.getLogger(__name__)


class Option(NamedTuple):  # not a dataclass: seven times quicker to create at start-up
    name: str
    type: type
    default: Any
    doc: str


OPTIONS: tuple[Option, ...] = (
    Option("language", str, "vi", "Interface and course language: 'vi' or 'en'."),
    Option("last_learner", str, "", "Learner id chosen last, preselected on the next start."),
    Option("text_scale", float, 1.0, "Text size multiplier for the whole interface."),
    Option("high_contrast", bool, False, "White on black with a yellow focus ring."),
    Option("language_chosen", bool, False,
           "Whether the person has picked the language (asked once, on first start)."),
    Option("fold_short_answers", bool, True,
           "Accept short answers typed without Vietnamese diacritics."),
    Option("xapi_base", str, "https://dtlearn.invalid/xapi",
           "IRI base for xAPI activity ids and the learner account's homePage."),
    Option("xapi_names", bool, False,
           "Put learners' names in statements (off: only their UUID leaves the device)."),
    Option("lrs_endpoint", str, "", "The LRS's xAPI endpoint, e.g. https://lrs.example/xAPI/."),
    Option("lrs_key", str, "", "The LRS's Basic-auth key (the secret is kept in the keyring)."),
    Option("lrs_batch", int, 200, "Statements per POST when pushing to the LRS."),
    Option("issuing_unit", str, "",
           "The unit named on certificates as their issuer, e.g. 'UBND xã Tân Lập'."),
)
_BY_NAME = {option.name: option for option in OPTIONS}


class Settings:
    """Typed access to the settings file; every write is atomic (temp file + rename)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as error:
            log.warning("settings file %s unreadable (%s); using defaults", self._path, error)
            return
        if not isinstance(raw, dict):
            log.warning("settings file %s is not an object; using defaults", self._path)
            return
        for name, value in raw.items():
            option = _BY_NAME.get(name)
            if option is None:
                continue
            if option.type is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if isinstance(value, option.type):
                self._values[name] = value
            else:
                log.warning("setting %s has the wrong type; using its default", name)

    def get(self, name: str) -> Any:
        return self._values.get(name, _BY_NAME[name].default)

    def set(self, name: str, value: Any) -> None:
        option = _BY_NAME[name]
        if not isinstance(value, option.type):
            raise TypeError(f"setting {name} must be {option.type.__name__}")
        if name in self._values and self._values[name] == value:
            return  # choosing the same learner at every start need not rewrite the file
        self._values[name] = value
        self._save()

    def _save(self) -> None:
        import tempfile  # with random and shutil behind it: only when something changed

        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=self._path.parent, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(self._values, stream, ensure_ascii=False, indent=1)
            os.replace(temp, self._path)
        except OSError as error:
            # Losing a preference must never stop a lesson.
            log.warning("could not save settings to %s: %s", self._path, error)
