"""Offset-tracking text: every stage builds its output from slices of its input.

A `Text` pairs a string with `offsets` (len(text) + 1 ints) into the decoded source. A stage
never re-aligns text after the fact: it appends slices of its input (whose offsets are copied
as array slices, at C speed) or inserts a few synthetic characters mapped to a nearby input
position. Chaining stages therefore composes the maps by construction.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass

import numpy

_IDENTITY = array("i")


def identity(length: int) -> array:
    """0, 1, ..., length as an array; built once by numpy and sliced, so it costs a memcpy."""
    global _IDENTITY
    if length + 1 > len(_IDENTITY):
        _IDENTITY = array("i", numpy.arange(max(length + 1, 2 * len(_IDENTITY)), dtype=numpy.int32).tobytes())
    return _IDENTITY[: length + 1]


@dataclass
class Text:
    """A string and, for each of its characters, the offset of its origin in the source."""

    text: str
    offsets: array

    @classmethod
    def source(cls, text: str) -> "Text":
        return cls(text, identity(len(text)))


class TextBuilder:
    """Appends pieces of `src` (or synthetic characters) and keeps their source offsets."""

    def __init__(self, src: Text):
        self.src = src
        self.parts: list[str] = []
        self.offsets = array("i")
        self._close = 0

    def copy(self, start: int, end: int) -> None:
        """Append src.text[start:end] unchanged."""
        if end > start:
            self.parts.append(self.src.text[start:end])
            self.offsets.extend(self.src.offsets[start:end])
            self._close = self.src.offsets[end]

    def replace(self, start: int, end: int, text: str) -> None:
        """Append `text` for src[start:end]: one-to-one when lengths match, else all at `start`."""
        if len(text) == end - start:
            self.parts.append(text)
            self.offsets.extend(self.src.offsets[start:end])
            self._close = self.src.offsets[end]
        else:
            self.insert(text, start)
            self._close = self.src.offsets[end]

    def insert(self, text: str, at: int) -> None:
        """Append synthetic `text` (a newline, a space) mapped to src position `at`."""
        if text:
            self.parts.append(text)
            self.offsets.extend([self.src.offsets[at]] * len(text))

    def ends_with(self, suffix: str) -> bool:
        return bool(self.parts) and self.parts[-1].endswith(suffix)

    def build(self) -> Text:
        text = "".join(self.parts)
        offsets = array("i", self.offsets)
        offsets.append(self._close)
        return Text(text, offsets)
