"""The course model, GIFT quizzes and grading: plain Python, no Qt, no I/O beyond course files."""
