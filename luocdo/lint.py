"""Check Cypher with Neo4j's own parser and linter, without a Neo4j server.

No server can run where luocdo is developed and tested, so the statements that `push` sends,
the script that `export --format cypher` writes and the named queries are all checked by
`@neo4j-cypher/language-support` (tools/cypher-lint, run under Node) in the normal test run.

    >>> [d.message for d in lint_cypher(["MATCH (n:Instrument) RETRN n"])][0][:19]
    "Invalid input 'RETR"

Set it up once with `npm ci --prefix tools/cypher-lint`.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from luocdo.graph.schema import NODES, PROVENANCE, RELS

LINTER_DIR = Path(__file__).resolve().parent.parent / "tools" / "cypher-lint"
LINTER_SCRIPT = LINTER_DIR / "lint.cjs"
SETUP_HINT = "run `npm ci --prefix tools/cypher-lint` in the repository"

# Keys of the row maps that `push` sends as $rows (see luocdo.graph.neo4j_export): they are
# read as `row.from`, `row.props`, so the linter must know them as property keys.
ROW_KEYS = ("id", "from", "to", "props")


class LintSetupError(RuntimeError):
    """The linter cannot run here: Node or its node_modules are missing."""


@dataclass(frozen=True)
class Diagnostic:
    """One finding; `statement` indexes the list given to lint_cypher, line/column count from 1."""

    statement: int
    severity: str  # error, warning, information, hint
    message: str
    line: int
    column: int
    start: int
    end: int
    deprecated: bool = False
    source: str = "neo4j"  # "neo4j" (the library) or "luocdo-schema" (closed-schema check)

    @property
    def fails(self) -> bool:
        """Errors fail, and so do deprecations: a deprecated construct stops working on a
        later Neo4j. Other warnings (performance notices) are reported but do not fail; an
        unknown label, type or property is already an error of the closed-schema check."""
        return self.severity == "error" or self.deprecated

    def describe(self, statements: list[str]) -> str:
        text = statements[self.statement]
        return f"{self.severity} at {self.line}:{self.column} ({self.source}): {self.message}\n" \
               f"    near: {text[self.start:self.end + 40]!r}"


def schema_for_linter(parameters: Mapping[str, object] | None = None) -> dict:
    """The DbSchema the linter checks against: every label, relationship type and property key
    declared in graph/schema.py, plus the row keys, and the parameters a statement may use."""
    keys = {p.name for n in NODES for p in n.props} | {p.name for r in RELS for p in r.props}
    keys |= {p.name for p in PROVENANCE} | set(ROW_KEYS)
    return {
        "labels": [n.name for n in NODES],
        "relationshipTypes": [r.name for r in RELS],
        "propertyKeys": sorted(keys),
        "parameters": dict(parameters or {}),
    }


def node_executable() -> str:
    node = shutil.which("node")
    if not node:
        raise LintSetupError("the Cypher linter needs Node.js (`node` is not on PATH)")
    if not (LINTER_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        raise LintSetupError(f"the Cypher linter is not installed in {LINTER_DIR}: {SETUP_HINT}")
    return node


def lint_cypher(statements: Iterable[str],
                parameters: Mapping[str, object] | None = None) -> list[Diagnostic]:
    """Every diagnostic for `statements` (each string may hold several `;`-separated
    statements). `parameters` names the $parameters they may use; any other is an error."""
    statements = list(statements)
    if not statements:
        return []
    proc = subprocess.run(
        [node_executable(), str(LINTER_SCRIPT), json.dumps(schema_for_linter(parameters))],
        input=json.dumps(statements), capture_output=True, text=True, encoding="utf-8",
        cwd=LINTER_DIR, check=False,
    )
    if proc.returncode != 0:
        raise LintSetupError(f"the Cypher linter failed ({SETUP_HINT} if it cannot load its "
                             f"package):\n{proc.stderr.strip()}")
    return [Diagnostic(**d) for d in json.loads(proc.stdout)]


def failures(statements: list[str], parameters: Mapping[str, object] | None = None) -> list[str]:
    """Readable descriptions of the diagnostics that fail, empty when the statements pass."""
    return [d.describe(statements) for d in lint_cypher(statements, parameters) if d.fails]
