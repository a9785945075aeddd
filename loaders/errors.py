"""The one exception the loaders raise."""
from __future__ import annotations


class LoadError(Exception):
    """A file that cannot be turned into text; the message names the file and the problem."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
