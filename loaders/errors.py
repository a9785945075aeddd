"""The one exception the loaders raise."""
from __future__ import annotations

# Office's binary files (the compound file of .doc, .xls, .ppt): no pure-Python reader keeps
# their text in order, so they are refused with what to do, in a folder walk as when named.
OFFICE_BINARY_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
OFFICE_BINARY = "is a Word 97-2003 (.doc) or other Office binary file, which luocdo does not read: save it as .docx or PDF"


class LoadError(Exception):
    """A file that cannot be turned into text; the message names the file and the problem."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
