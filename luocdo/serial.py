"""Dataclasses as JSON and back, driven by their type hints: the extraction cache's format.

JSON rather than pickle because a cache file is data found on disk: reading one must never run
code, whoever wrote it. Values are rebuilt by the declared field types (`Optional[Span]`,
`list[TaskMention]`, `dict[Span, Evidence]` ...), so a file that does not fit the declared
shape raises ValueError instead of yielding a half-typed object. A dict whose keys are not
strings is written as a list of [key, value] pairs.
"""
from __future__ import annotations

import dataclasses
import json
import typing
import zlib
from array import array
from functools import lru_cache
from typing import Any, Union

_NONE = type(None)


def to_data(value: Any) -> Any:
    """Plain JSON data (dicts, lists, str, int, float, bool, None) for a dataclass tree."""
    if dataclasses.is_dataclass(value):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple, array)):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {k: to_data(v) for k, v in value.items()}
        return [[to_data(k), to_data(v)] for k, v in value.items()]
    return value


# Classes that annotations name only under TYPE_CHECKING (to avoid an import cycle); see `forward`.
_FORWARD: dict[str, type] = {}


def forward(cls: type) -> type:
    """Let annotations that name `cls` as a string resolve (`parts: Optional[DocumentParts]`)."""
    _FORWARD[cls.__name__] = cls
    _hints.cache_clear()
    return cls


@lru_cache(maxsize=None)
def _hints(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls, localns=_FORWARD)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls) if f.init)


def from_data(kind: Any, data: Any) -> Any:
    """The value of type `kind` that `to_data` made `data` from."""
    if dataclasses.is_dataclass(kind):
        if not isinstance(data, dict):
            raise ValueError(f"{kind.__name__}: expected an object, got {type(data).__name__}")
        return kind(**{name: from_data(hint, data[name]) for name, hint in _hints(kind) if name in data})
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is Union:
        if data is None and _NONE in args:
            return None
        inner = [a for a in args if a is not _NONE]
        return from_data(inner[0], data) if len(inner) == 1 else data
    if origin in (list, typing.get_origin(typing.Sequence[int])):
        return [from_data(args[0], v) for v in _list(kind, data)] if args else list(_list(kind, data))
    if origin is tuple:
        items = _list(kind, data)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_data(args[0], v) for v in items)
        return tuple(from_data(a, v) for a, v in zip(args, items))
    if origin is dict:
        key, val = args or (Any, Any)
        pairs = data.items() if isinstance(data, dict) else _list(kind, data)
        return {from_data(key, k): from_data(val, v) for k, v in pairs}
    if kind in (str, int, float, bool) and not isinstance(data, kind) and data is not None:
        if not (kind is float and isinstance(data, int)):
            raise ValueError(f"expected {kind.__name__}, got {type(data).__name__}")
    return data


def _list(kind: Any, data: Any) -> list:
    if not isinstance(data, list):
        raise ValueError(f"{kind}: expected a list, got {type(data).__name__}")
    return data


def dumps(value: Any) -> bytes:
    """Compressed JSON of a dataclass tree (level 1: the cache is written far more than read)."""
    return zlib.compress(json.dumps(to_data(value), ensure_ascii=False, separators=(",", ":")).encode(), 1)


def loads(kind: type, blob: bytes) -> Any:
    """The `kind` that `dumps` wrote; ValueError for anything else (corrupt, truncated, foreign)."""
    try:
        data = json.loads(zlib.decompress(blob))
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a luocdo cache entry: {exc}") from exc
    try:
        return from_data(kind, data)
    except (TypeError, KeyError, IndexError) as exc:
        raise ValueError(f"not a {kind.__name__}: {exc}") from exc
