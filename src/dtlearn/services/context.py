"""The services one running dtlearn uses, built once and handed to the CLI or the UI."""

from __future__ import annotations

from dataclasses import dataclass

from dtlearn.paths import Paths
from dtlearn.services.catalog import Catalog
from dtlearn.services.learners import LearnerService
from dtlearn.services.progress import ProgressService
from dtlearn.services.quiz import QuizService
from dtlearn.settings import Settings
from dtlearn.store.database import Store


@dataclass
class Services:
    paths: Paths
    settings: Settings
    store: Store
    catalog: Catalog
    learners: LearnerService
    progress: ProgressService
    quiz: QuizService

    def close(self) -> None:
        self.store.close()


def build_services(paths: Paths) -> Services:
    """Open the database (raising DatabaseUnavailable with a plain reason) and wire services."""
    store = Store(paths.database)
    catalog = Catalog(paths.courses_dir, store)
    return Services(
        paths=paths,
        settings=Settings(paths.settings_file),
        store=store,
        catalog=catalog,
        learners=LearnerService(store),
        progress=ProgressService(store),
        quiz=QuizService(store, catalog),
    )
