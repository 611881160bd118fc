"""Plain-Python services the UI and the CLI share: catalog, learners, progress, quizzes."""
