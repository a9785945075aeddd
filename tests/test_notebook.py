"""notebooks/explore.ipynb runs top to bottom in a real Jupyter kernel, and is committed clean.

The kernel is `python3` from the venv's ipykernel: its kernel.json says `python`, which
jupyter_client replaces with the interpreter that runs the tests, so no `ipykernel install`
step is needed. The test checks that the kernel ran that interpreter.
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


def test_committed_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)
    nbformat.validate(nb)


@pytest.mark.notebook
def test_notebook_runs_top_to_bottom_in_a_real_kernel():
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.executable)"))
    # Run from the notebooks folder, as Jupyter would; errors in any cell fail the test.
    NotebookClient(nb, kernel_name="python3", timeout=600,
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert Path(text.strip().splitlines()[-1]).resolve() == Path(sys.executable).resolve()
    assert "TB 381 (2024)" in text  # the reference chain from the notice to the directive
    assert "ĐA 06 is required by TB 381 (2024)" in text  # show(), as `luocdo show` gathers it
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the timeline
    assert any("srcdoc=" in o.get("data", {}).get("text/html", "") for o in outputs)  # the picture
