"""dtlearn: an offline course player for digital-skills training in Vietnam."""

__version__ = "0.1.0"
