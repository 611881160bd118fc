"""The services one running dtlearn uses, built once and handed to the CLI or the UI."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from dtlearn.paths import Paths, resources_dir
from dtlearn.services.catalog import Catalog
from dtlearn.services.learners import LearnerService
from dtlearn.services.progress import ProgressService
from dtlearn.settings import Settings
from dtlearn.store.database import Store

if TYPE_CHECKING:
    from dtlearn.core.xapi import StatementFactory
    from dtlearn.services.backups import BackupService
    from dtlearn.services.quiz import QuizService
    from dtlearn.services.search import SearchService
    from dtlearn.services.sessions import SessionService
    from dtlearn.services.trainers import TrainerService


class Services:
    """Everything a screen or a command needs, sharing one open database."""

    def __init__(self, paths: Paths, store: Store) -> None:
        self.paths = paths
        self.store = store
        self.settings = Settings(paths.settings_file)
        self.catalog = Catalog(paths.courses_dir, store, paths.installed_courses_dir)
        self.learners = LearnerService(store)
        self.progress = ProgressService(store, self.statements)
        # The group session the laptop is being used in, if any; statements and attempts
        # made meanwhile are tagged with it so session reports can find them.
        self.active_session_id = ""

    def statements(self) -> StatementFactory:
        """Read the settings at each event, so a changed IRI base or names switch applies
        from the next statement on. (xAPI is imported here: no statement is made at start.)"""
        from dtlearn.core.xapi import Place, StatementFactory, XapiConfig

        return StatementFactory(XapiConfig(base=self.settings.get("xapi_base"),
                                           include_names=self.settings.get("xapi_names")),
                                place=Place(session_id=self.active_session_id))

    @cached_property
    def quiz(self) -> QuizService:
        """Built on first use: grading is not needed to show the first screen."""
        from dtlearn.services.quiz import QuizService

        return QuizService(self.store, self.catalog, self.progress, self.statements,
                           lambda: self.active_session_id)

    @cached_property
    def trainers(self) -> TrainerService:
        """Built on first use: trainer mode is not part of the first screen."""
        from dtlearn.services.trainers import TrainerService

        return TrainerService(self.store)

    @cached_property
    def sessions(self) -> SessionService:
        from dtlearn.services.sessions import SessionService

        return SessionService(self.store, self.catalog, self.learners, self.progress)

    @cached_property
    def search(self) -> SearchService:
        from dtlearn.services.search import SearchService

        return SearchService(self.store, self.catalog, resources_dir() / "glossary.toml")

    @cached_property
    def backups(self) -> BackupService:
        from dtlearn.services.backups import BackupService

        return BackupService(self.paths.database)

    def close(self) -> None:
        self.store.close()


def build_services(paths: Paths, check: bool | None = None) -> Services:
    """Open the database (raising DatabaseUnavailable with a plain reason, DatabaseDamaged
    naming the newest good backup) and wire services. ``check``: see ``open_store``."""
    from dtlearn.services.opening import open_store

    return Services(paths, open_store(paths.database, check))
