"""Every example that `luocdo --help`, `luocdo COMMAND --help` and `luocdo query --list` print
runs, as a person would paste it into a shell, on a store built from the bundled examples."""
from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from luocdo.cli import EPILOG
from luocdo.commands import COMMANDS, EXIT_FAILURE
from luocdo.queries import named_queries

REPO = Path(__file__).resolve().parent.parent

# Inputs that examples name but the repository does not bundle: folders stand in as the bundled
# examples, PDFs are written (test_loaders.make_pdf).
STAND_IN_FOLDERS = ("notices", "news/2025", "corpus")
STAND_IN_PDFS = ("extra.pdf", "notice.pdf")

# The documented exit code of examples that cannot succeed here: `push` needs a Neo4j server,
# and without one it says it cannot reach it and exits 1 (push --help).
EXPECTED_EXIT = {"push": EXIT_FAILURE}


def help_examples(text: str) -> list[str]:
    """The command lines of the `examples:` block of a help text (indented lines up to a blank one)."""
    _, found, block = text.partition("examples:\n")
    assert found, "no `examples:` block"
    lines = []
    for line in block.splitlines():
        if not line.strip():
            break
        lines.append(line.strip())
    return lines


def all_examples() -> list[str]:
    examples = help_examples(EPILOG)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"luocdo.commands.{name}")
        except ModuleNotFoundError as exc:  # a command still being written is absent, as in cli
            if exc.name != f"luocdo.commands.{name}":
                raise
            continue
        examples += help_examples(module.DESCRIPTION)
    examples += [e for q in named_queries().values() for e in q.examples]
    return list(dict.fromkeys(examples))


def subcommand(example: str) -> str:
    return re.search(r"\bluocdo\s+(\S+)", example)[1]


def workspace(path: Path) -> Path:
    """A folder holding what the examples name: examples/, the stand-ins and out/."""
    from test_loaders import PDF_LINES, make_pdf

    path.mkdir(parents=True, exist_ok=True)
    (path / "examples").symlink_to(REPO / "examples")
    for folder in STAND_IN_FOLDERS:
        (path / folder).parent.mkdir(parents=True, exist_ok=True)
        (path / folder).symlink_to(REPO / "examples")
    for name in STAND_IN_PDFS:
        (path / name).write_bytes(make_pdf([PDF_LINES]))
    (path / "out").mkdir()
    return path


def run(example: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(["bash", "-o", "pipefail", "-c", example], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def store_folder(tmp_path_factory):
    """A workspace whose out/db holds the bundled examples; builds run elsewhere, so that one
    that reads other inputs cannot change what the query examples see."""
    folder = workspace(tmp_path_factory.mktemp("help") / "store")
    done = run("luocdo build examples --db out/db --quiet", folder)
    assert done.returncode == 0, done.stderr
    return folder


EXAMPLES = all_examples()


def test_every_help_text_and_named_query_has_examples():
    commands = {subcommand(e) for e in EXAMPLES}
    assert {c for c in COMMANDS if importlib.util.find_spec(f"luocdo.commands.{c}")} <= commands
    assert all(q.examples for q in named_queries().values())


@pytest.mark.parametrize("example", EXAMPLES)
def test_help_example_runs(example, store_folder, tmp_path):
    command = subcommand(example)
    folder = workspace(tmp_path / "build") if command == "build" else store_folder
    done = run(example, folder)
    assert done.returncode == EXPECTED_EXIT.get(command, 0), f"{example}\n{done.stderr[-2000:]}"
    if command == "push":
        assert "cannot reach Neo4j" in done.stderr
