"""Where dtlearn keeps its files.

One data folder per install, from platformdirs, so an office PC and a shared laptop both
get the OS's usual place. ``--data-dir`` and ``DTLEARN_DATA_DIR`` override it (tests always
do), and everything else (database, logs, settings) lives under that one folder so a trainer
can back up or move an install by copying a single directory.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "DTLEARN_DATA_DIR"
ENV_COURSES_DIR = "DTLEARN_COURSES_DIR"


@dataclass(frozen=True)
class Paths:
    """The folders one running dtlearn uses."""

    data_dir: Path
    courses_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "dtlearn.sqlite3"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def device_key(self) -> Path:
        """This install's Ed25519 private key (PEM, owner-only), which signs its bundles."""
        return self.data_dir / "device-key.pem"

    @property
    def credentials_file(self) -> Path:
        """The LRS secret when the OS has no keyring (owner-only, said plainly in the UI)."""
        return self.data_dir / "lrs-credentials.json"

    @property
    def installed_courses_dir(self) -> Path:
        """Courses installed from packs. In the data folder, not beside the app, so they
        survive an app update and need no write access to the program folder."""
        return self.data_dir / "courses"

    @property
    def publisher_keys_dir(self) -> Path:
        """Public keys of the course publishers a trainer chose to trust (``*.pub``)."""
        return self.data_dir / "publisher-keys"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("dtlearn", appauthor=False))


def bundled_courses_dir() -> Path:
    """The courses shipped with the app: next to the package when installed from source,
    inside the bundle when frozen by PyInstaller."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "courses"
    return Path(__file__).resolve().parents[2] / "courses"


def resources_dir() -> Path:
    """Fonts, glossary, translations: beside the package from source, inside the bundle
    when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return root / "resources"


def bundled_publisher_keys_dir() -> Path:
    """The publisher keys every install trusts (the dtlearn project's own)."""
    return resources_dir() / "publisher-keys"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None,
                  courses_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Pick the folders: explicit argument, then environment, then the OS default."""
    chosen_data = data_dir or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    chosen_courses = courses_dir or os.environ.get(ENV_COURSES_DIR) or bundled_courses_dir()
    return Paths(data_dir=Path(chosen_data).expanduser(),
                 courses_dir=Path(chosen_courses).expanduser())
