"""The inspection notebook runs top to bottom on a real output directory, so it never rots.

The kernel is this interpreter, declared by a kernelspec written to a temporary JUPYTER_PATH
entry: no ``ipykernel install`` is needed, and a user's own ``python3`` kernel (another Python,
another venv) cannot be picked up by mistake. Needs nbclient, nbformat, ipykernel, matplotlib.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell

from tests.conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "inspect_output.ipynb"
KERNEL = "corpus-prep-test"
CELL_TIMEOUT_S = 120

# Runs in the executed notebook's kernel: the map columns of the bundled run are empty (quality
# and PII are off in configs/local.yaml), so feed the notebook's helper a real Parquet map column.
MAP_CHECK = """
import pyarrow as pa, pyarrow.parquet as pq, tempfile
from pipelines.schema import DATA_FILE_SCHEMA
column = pa.array([[("word_count", 3.0), ("stop_words", 1.0)], []],
                  type=DATA_FILE_SCHEMA.field("quality_signals").type)
path = tempfile.mkdtemp() + "/maps.parquet"
pq.write_table(pa.table({"quality_signals": column}), path)
wide = expand_map(pd.read_parquet(path)["quality_signals"], "q_")
print(sorted(wide.columns), wide["q_word_count"].tolist())
"""


@pytest.fixture
def output(local_run) -> Path:
    """The default job (configs/local.yaml, bundled sample), shared with other test files."""
    return local_run


@pytest.fixture
def kernel(tmp_path, monkeypatch) -> str:
    """A kernelspec for the running interpreter, visible only to this test."""
    spec = tmp_path / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    spec.joinpath("kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": KERNEL, "language": "python"})
    )
    paths = [str(tmp_path), os.environ.get("JUPYTER_PATH", "")]
    monkeypatch.setenv("JUPYTER_PATH", os.pathsep.join(p for p in paths if p))
    return KERNEL


def _outputs(notebook: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]


def _stdout(notebook: nbformat.NotebookNode) -> str:
    return "".join(o.text for o in _outputs(notebook) if o.output_type == "stream")


def test_saved_without_outputs():
    """Outputs would put one run's data (and megabytes of PNG) into git and into every diff."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(not cell.outputs and cell.execution_count is None for cell in code)


def test_executes_on_a_real_run(output, kernel, monkeypatch):
    # Relative to the project root while the kernel starts in notebooks/, as under Jupyter.
    monkeypatch.setenv("CORPUS_PREP_OUTPUT", os.path.relpath(output, ROOT))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name=kernel,
        timeout=CELL_TIMEOUT_S,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    with client.setup_kernel():
        for index, cell in enumerate(notebook.cells):
            client.execute_cell(cell, index)
        check = new_code_cell(MAP_CHECK)
        notebook.cells.append(check)
        client.execute_cell(check, len(notebook.cells) - 1)

    outputs = _outputs(notebook)
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)
    report = json.loads((output / "report.json").read_text())
    stdout = _stdout(notebook)
    assert f"{report['totals']['kept_docs']} kept rows" in stdout
    assert f"{sum(r['docs'] for r in report['rejects'])} rejects" in stdout
    assert "['q_stop_words', 'q_word_count'] [3.0, nan]" in check.outputs[-1].text
    side_by_side = next(c for c in notebook.cells if "side_by_side =" in c.source)
    html = side_by_side.outputs[-1]["data"]["text/html"]
    assert all(reason in html for reason in {r["reason"] for r in report["rejects"]})
