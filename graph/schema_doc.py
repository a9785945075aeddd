"""docs/schema.md, generated from graph/schema.py so that the documentation cannot drift.

    python -m luocdo.graph.schema_doc > docs/schema.md

tests/test_store.py fails when the committed file differs from what this prints.
"""
from __future__ import annotations

from luocdo.graph.ladybug_store import ddl
from luocdo.graph.schema import NODES, PROVENANCE, RELS, STATED_BY_TASK, Prop


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _props(props: tuple[Prop, ...]) -> str:
    return "<br>".join(f"`{p.name}` {p.type}" + (f": {_cell(p.doc)}" if p.doc else "") for p in props) or "—"


def schema_markdown() -> str:
    lines = [
        "# The graph's schema",
        "",
        "Generated from `graph/schema.py` by `python -m luocdo.graph.schema_doc > docs/schema.md`; do not edit.",
        "",
        "Every node and every relationship also carries provenance: "
        + ", ".join(f"`{p.name}` ({p.type}: {p.doc})" for p in PROVENANCE) + ". "
        + "The edges a task states (" + ", ".join(f"`{r}`" for r in sorted(STATED_BY_TASK)) + ") carry none of "
        "their own (both lists empty): theirs is the task's, which one document states. "
        "In networkx a node's `label` attribute names its label; an edge's key and `type` name its type.",
        "",
        "## Node labels",
        "",
        "| label | what it is | properties (key `id`) |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {n.name} | {_cell(n.doc)} | {_props(n.props)} |" for n in NODES]
    lines += ["", "## Relationship types", "", "| type | what it says | from → to | properties |", "| --- | --- | --- | --- |"]
    lines += [f"| {r.name} | {_cell(r.doc)} | {'<br>'.join(f'{a} → {b}' for a, b in r.ends)} | {_props(r.props)} |"
              for r in RELS]
    lines += ["", "## LadybugDB DDL", "", "```cypher", *(s + ";" for s in ddl()), "```", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(schema_markdown(), end="")
