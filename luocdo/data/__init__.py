"""Gazetteers and phrase lists live here as JSON data, not code.

Users extend them by pointing LUOCDO_DATA_DIR at a folder holding files of the same names:
its entries are added to the bundled ones (lists are concatenated, mappings updated).
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path


@lru_cache(maxsize=None)
def load(name: str):
    """The bundled data file `name` (e.g. "doc_types.json") merged with the user's copy."""
    data = json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))
    extra_dir = os.environ.get("LUOCDO_DATA_DIR")
    if extra_dir and (Path(extra_dir) / name).is_file():
        extra = json.loads((Path(extra_dir) / name).read_text(encoding="utf-8"))
        if isinstance(data, list):
            data = data + list(extra)
        else:
            data = {**data, **extra}
    return data
