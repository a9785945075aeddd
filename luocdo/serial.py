"""Dataclasses as JSON and back, driven by their type hints: the extraction cache's format.

JSON rather than pickle because a cache file is data found on disk: reading one must never run
code, whoever wrote it. Values are rebuilt by the declared field types (`Optional[Span]`,
`list[TaskMention]`, `dict[Span, Evidence]` ...), so a file that does not fit the declared
shape raises ValueError instead of yielding a half-typed object. A dict whose keys are not
strings is written as a list of [key, value] pairs.

msgspec writes the JSON (dataclasses natively, in C: a sixth of `to_data` plus `json.dumps`)
and zstd compresses it (seven times faster than zlib's level 6, the same size); the bytes of
the JSON are those `to_data` makes.
"""
from __future__ import annotations

import dataclasses
import typing
from array import array
from functools import lru_cache
from collections import abc
from typing import Any, Callable, Optional, Union

import msgspec
import zstandard

_NONE = type(None)
# A cache entry is a few MB at most; one claiming more is not one of ours (and would be allocated whole).
MAX_ENTRY_BYTES = 1 << 30


def to_data(value: Any) -> Any:
    """Plain JSON data (dicts, lists, str, int, float, bool, None) for a dataclass tree."""
    return _ENCODERS.get(type(value), _encode_other)(value)


def _encode_other(value: Any) -> Any:
    """The first value of its type: find how to encode that type (once), then encode."""
    kind = type(value)
    if dataclasses.is_dataclass(kind):
        names = tuple(f.name for f in dataclasses.fields(kind))
        _ENCODERS[kind] = lambda v: {name: to_data(getattr(v, name)) for name in names}
    elif issubclass(kind, (list, tuple, array)):
        _ENCODERS[kind] = lambda v: [to_data(item) for item in v]
    elif issubclass(kind, dict):
        _ENCODERS[kind] = _encode_dict
    else:
        return value
    return _ENCODERS[kind](value)


def _encode_dict(value: dict) -> Any:
    if all(type(k) is str for k in value):
        return {k: to_data(v) for k, v in value.items()}
    return [[to_data(k), to_data(v)] for k, v in value.items()]


def _same(value: Any) -> Any:
    return value


# type -> its encoder; scalars are themselves. Filled in as types are met.
_ENCODERS: dict[type, Callable[[Any], Any]] = {t: _same for t in (str, int, float, bool, _NONE)}


# Classes that annotations name only under TYPE_CHECKING (to avoid an import cycle); see `forward`.
_FORWARD: dict[str, type] = {}


def forward(cls: type) -> type:
    """Let annotations that name `cls` as a string resolve (`parts: Optional[DocumentParts]`)."""
    if _FORWARD.get(cls.__name__) is not cls:
        _FORWARD[cls.__name__] = cls
        _decoder.cache_clear()
        _pair_fields.cache_clear()
        _typed_decoder.cache_clear()
    return cls


def from_data(kind: Any, data: Any) -> Any:
    """The value of type `kind` that `to_data` made `data` from."""
    return _decoder(kind)(data)


@lru_cache(maxsize=None)
def _decoder(kind: Any) -> Callable[[Any], Any]:
    """A function rebuilding values of `kind`, worked out once per type: a cache read rebuilds
    hundreds of thousands of objects, so no type is inspected per value."""
    if dataclasses.is_dataclass(kind):
        return _dataclass_decoder(kind)
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is Union:
        inner = [a for a in args if a is not _NONE]
        if len(inner) != 1:
            return _checked(object)
        decode = _decoder(inner[0])
        return lambda data: None if data is None else decode(data)
    if origin in (list, abc.Sequence):
        decode = _decoder(args[0]) if args else _checked(object)
        return lambda data: [decode(v) for v in _list(kind, data)]
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            decode = _decoder(args[0])
            return lambda data: tuple(decode(v) for v in _list(kind, data))
        decoders = [_decoder(a) for a in args]
        return lambda data: tuple(d(v) for d, v in zip(decoders, _list(kind, data)))
    if origin is dict:
        key, val = (_decoder(a) for a in (args or (Any, Any)))
        return lambda data: {key(k): val(v) for k, v in (data.items() if isinstance(data, dict) else _list(kind, data))}
    return _checked(kind if kind in (str, int, float, bool) else object)


def _dataclass_decoder(cls: type) -> Callable[[Any], Any]:
    hints = typing.get_type_hints(cls, localns=_FORWARD)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls) if f.init]

    def decode(data):
        if not isinstance(data, dict):
            raise ValueError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
        return cls(**{name: d(data[name]) for name, d in fields if name in data})
    return decode


def _checked(kind: type) -> Callable[[Any], Any]:
    """Scalars are taken as they are, once they are of the declared type (an int for a float too)."""
    if kind is object:
        return lambda data: data
    allowed = (int, float) if kind is float else (kind,)

    def decode(data):
        if data is not None and (not isinstance(data, allowed) or (kind is int and isinstance(data, bool))):
            raise ValueError(f"expected {kind.__name__}, got {type(data).__name__}")
        return data
    return decode


def _list(kind: Any, data: Any) -> list:
    if not isinstance(data, list):
        raise ValueError(f"{kind}: expected a list, got {type(data).__name__}")
    return data


def dumps(value: Any) -> bytes:
    """Compressed JSON of a dataclass tree."""
    try:
        data = msgspec.json.encode(_with_pairs(value), enc_hook=_unsupported)
    except TypeError:  # a dict with non-string keys below the top: written by to_data instead
        data = msgspec.json.encode(to_data(value))
    return _COMPRESSOR.compress(data)


def _with_pairs(value: Any) -> Any:
    """`value` with its dict fields whose keys are not strings as [key, value] pairs, as
    `to_data` writes them: msgspec writes only string or number keys."""
    names = _pair_fields(type(value)) if dataclasses.is_dataclass(value) else ()
    if not names:
        return value
    return dataclasses.replace(value, **{n: [[k, v] for k, v in getattr(value, n).items()] for n in names})


@lru_cache(maxsize=None)
def _pair_fields(cls: type) -> tuple[str, ...]:
    hints = typing.get_type_hints(cls, localns=_FORWARD)
    return tuple(f.name for f in dataclasses.fields(cls) if f.init and _keyed_by_non_strings(hints[f.name]))


def _keyed_by_non_strings(kind: Any) -> bool:
    """Is `kind` a dict whose keys are not strings (written as [key, value] pairs)?"""
    args = typing.get_args(kind)
    return typing.get_origin(kind) is dict and bool(args) and args[0] is not str


def _unsupported(value: Any) -> Any:
    if isinstance(value, array):
        return value.tolist()
    raise TypeError(f"cannot write a {type(value).__name__}")


_COMPRESSOR = zstandard.ZstdCompressor(level=3, write_checksum=True)
_DECOMPRESSOR = zstandard.ZstdDecompressor()
_FIELDS = msgspec.json.Decoder(dict[str, msgspec.Raw])


def loads(kind: type, blob: bytes, skip: Optional[dict[str, Any]] = None) -> Any:
    """The `kind` that `dumps` wrote, with the fields in `skip` not rebuilt but given the
    (JSON) value it maps them to, and not even parsed; ValueError for anything else (corrupt,
    truncated, foreign)."""
    try:
        size = zstandard.frame_content_size(blob)
        if not 0 <= size <= MAX_ENTRY_BYTES:
            raise ValueError(f"a frame of {size} bytes")
        raw = _DECOMPRESSOR.decompress(blob)
        typed = None if skip else _typed_decoder(kind)
        if typed is not None:
            return typed(raw)
        if skip:
            fields = _FIELDS.decode(raw)
            data = {name: skip[name] if name in skip else msgspec.json.decode(field) for name, field in fields.items()}
        else:
            data = msgspec.json.decode(raw)
    except (zstandard.ZstdError, msgspec.MsgspecError, ValueError, TypeError) as exc:
        raise ValueError(f"not a luocdo cache entry: {exc}") from exc
    try:
        return from_data(kind, data)
    except (TypeError, KeyError, IndexError) as exc:
        raise ValueError(f"not a {kind.__name__}: {exc}") from exc


def _string_keys_only(kind: Any, seen: set) -> bool:
    """Does every dict in values of type `kind`, at any depth, have string keys (as msgspec reads
    JSON objects)?"""
    if dataclasses.is_dataclass(kind):
        if kind in seen:
            return True
        seen.add(kind)
        return all(_string_keys_only(t, seen) for t in typing.get_type_hints(kind, localns=_FORWARD).values())
    if _keyed_by_non_strings(kind):
        return False
    return all(_string_keys_only(t, seen) for t in typing.get_args(kind) if t is not Ellipsis)


@lru_cache(maxsize=None)
def _typed_decoder(kind: type) -> Optional[Callable[[bytes], Any]]:
    """A reader that rebuilds a `kind` from its JSON in C (msgspec validates every field by its
    type, as `from_data` does, at twice its speed), through a twin dataclass whose dict fields
    with keys that are not strings are lists of pairs, as they are written; None when msgspec
    cannot read `kind` (a type it does not know), and `from_data` does."""
    if not dataclasses.is_dataclass(kind):
        return None
    hints = typing.get_type_hints(kind, localns=_FORWARD)
    pairs = _pair_fields(kind)
    inner = [typing.get_args(hints[name]) if name in pairs else (hints[name],) for name in hints]
    if not all(_string_keys_only(t, set()) for types in inner for t in types):
        return None
    fields = []
    for f in dataclasses.fields(kind):
        if f.name in pairs:
            fields.append((f.name, list[tuple[typing.get_args(hints[f.name])]], dataclasses.field(default_factory=list)))
        elif f.init:
            default = {"default": f.default} if f.default is not dataclasses.MISSING else \
                {"default_factory": f.default_factory} if f.default_factory is not dataclasses.MISSING else None
            fields.append((f.name, hints[f.name], dataclasses.field(**default)) if default else (f.name, hints[f.name]))
    names = [f[0] for f in fields]
    twin = dataclasses.make_dataclass(f"{kind.__name__}AsWritten", sorted(fields, key=len))  # defaults last
    try:
        decoder = msgspec.json.Decoder(twin)
    except (TypeError, NameError):
        return None

    def decode(raw: bytes) -> Any:
        written = decoder.decode(raw)
        values = {name: getattr(written, name) for name in names}
        for name in pairs:
            values[name] = dict(values[name])
        return kind(**values)
    return decode
