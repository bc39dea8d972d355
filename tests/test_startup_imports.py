"""What the launcher imports before the pipeline runs: the start-up check loads every stage's
model, as the workers do, but not PyTorch (spaCy and Presidio import it only to look for a GPU),
and building the graph imports no model library at all. Each case runs in a fresh interpreter,
where ``sys.modules`` shows what was imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from importlib.util import find_spec

import pytest

from tests.conftest import ROOT

MODEL_LIBRARIES = ("torch", "presidio_analyzer", "spacy", "heliport", "fasttext", "matplotlib")


def imported_after(code: str) -> dict[str, bool]:
    """Which of MODEL_LIBRARIES a fresh interpreter holds after ``code``."""
    script = textwrap.dedent(code) + textwrap.dedent(
        f"""
        import json, sys
        print(json.dumps({{m: m in sys.modules for m in {MODEL_LIBRARIES!r}}}))
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_building_the_graph_imports_no_model_library(tmp_path):
    found = imported_after(
        f"""
        import apache_beam as beam
        from pipelines.build import build_pipeline
        from pipelines.config import load_config
        import pipelines.cli, pipelines.run
        config = load_config("configs/local.yaml", ["output={tmp_path / "out"}"])
        build_pipeline(beam.Pipeline(), config, checked=True)  # the check's own test is below
        """
    )
    assert not any(found.values()), found


@pytest.mark.skipif(find_spec("torch") is None, reason="torch (the train extra) not installed")
def test_start_up_check_loads_the_stages_without_torch_and_lets_it_in_after(tmp_path):
    found = imported_after(
        f"""
        import sys
        from pipelines.build import check_buildable
        from pipelines.config import load_config
        check_buildable(load_config("configs/local.yaml", ["output={tmp_path / "out"}"]))
        assert "torch" not in sys.modules
        import torch  # the hooks, after the run: the check's guard is off again
        """
    )
    assert found["presidio_analyzer"] and found["spacy"] and found["heliport"]


def test_when_the_stages_run_elsewhere_the_check_loads_them_in_a_child(tmp_path):
    found = imported_after(
        f"""
        from pipelines.build import check_buildable
        from pipelines.config import load_config
        from pipelines.preflight import _passed
        config = load_config("configs/local.yaml", ["output={tmp_path / "out"}"])
        check_buildable(config, stages_elsewhere=True)
        assert any(key.startswith("stage:langid") for key in _passed), _passed
        """
    )
    assert not any(found.values()), found


def test_a_component_that_fails_in_the_child_is_reported(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the config's inputs are relative to the project
    from pipelines.build import check_buildable
    from pipelines.config import ConfigError, load_config

    model = tmp_path / "toxicity.bin"
    model.write_bytes(b"not a fastText model")
    config = load_config(
        str(ROOT / "configs" / "local.yaml"),
        [f"output={tmp_path / 'out'}", f"stages.toxicity.model={model}"],
    )
    with pytest.raises(ConfigError, match="stages.toxicity: cannot load"):
        check_buildable(config, stages_elsewhere=True)
