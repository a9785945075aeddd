"""Every package the code imports is declared in pyproject.toml (or is the standard library).

A plain `pip install .` brings only what is declared; an import that some other package happens
to pull in works on the developer's machine and fails on a user's (trafilatura's lxml_html_clean
once did). Prints the undeclared ones and exits 1 if there are any.

    python scripts/check_imports.py
"""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE = ("luocdo", "loaders", "graph", "queries")


def imported(root: Path = ROOT) -> set[str]:
    """Top-level names of the absolute imports in the installed code."""
    names = set()
    for folder in CODE:
        for path in (root / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                    names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"luocdo", "__future__"}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(root: Path = ROOT) -> set[str]:
    """Distribution names in [project] dependencies, normalised."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_normal(re.match(r"[A-Za-z0-9_.-]+", spec).group()) for spec in project["dependencies"]}


def undeclared(root: Path = ROOT) -> dict[str, list[str]]:
    """Imported module -> the distributions that provide it, for each one no declared
    distribution provides (an empty list: not installed here at all)."""
    providers = packages_distributions()
    wanted = declared(root)
    return {module: providers.get(module, []) for module in sorted(imported(root))
            if not wanted & {_normal(d) for d in providers.get(module, [])}}


if __name__ == "__main__":
    missing = undeclared()
    for module, dists in missing.items():
        print(f"{module}: imported but not declared in pyproject.toml ({', '.join(dists) or 'not installed'})")
    sys.exit(1 if missing else 0)
