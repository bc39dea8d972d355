"""The same pipeline on other Beam runners and as a worker package (issue: runs unchanged).

What runs here: DirectRunner (in-memory and multi_processing: see test_end_to_end), the portable
runner protocol against Beam's embedded Python job service (the path Flink and Spark job servers
use), and DataflowRunner graph construction with ``--dry_run`` (no submission).
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
import yaml

from pipelines.config import parse_config
from pipelines.run import run
from tests.conftest import ROOT

JSONL = str(ROOT / "samples" / "jsonl" / "*.jsonl.gz")
OFF = {"enabled": False}


def _config(out: Path, **extra):
    stages = {s: OFF for s in ("quality", "toxicity", "pii", "exact_dedup", "minhash")}
    return parse_config(
        {
            "inputs": [{"path": JSONL, "format": "jsonl", "source": "dolma"}],
            "output": str(out),
            "stages": {"langid": {"languages": ["en"]}, **stages},
            **extra,
        }
    )


def _files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.parquet"))}


def test_portable_runner_gives_the_direct_runner_output(tmp_path):
    run(_config(tmp_path / "direct"), [])
    portable = ["--runner=PortableRunner", "--job_endpoint=embed", "--environment_type=LOOPBACK"]
    report = run(_config(tmp_path / "portable"), portable)
    assert report["runner"] == "PortableRunner"
    assert _files(tmp_path / "direct") == _files(tmp_path / "portable")
    assert report["totals"]["input_records"] == 10


def test_beam_options_from_config_and_command_line(tmp_path):
    config = _config(tmp_path / "o", beam_options={"runner": "BogusRunner"})
    with pytest.raises(ValueError, match="BogusRunner"):
        run(config, [])
    report = run(config, ["--runner=DirectRunner"], overwrite=True)
    assert report["runner"] == "DirectRunner"


def test_dataflow_graph_builds_and_pickles_with_dry_run(tmp_path):
    pytest.importorskip("apache_beam.runners.dataflow.internal.apiclient")
    import apache_beam as beam
    from apache_beam.options.pipeline_options import PipelineOptions

    from pipelines.build import build_pipeline

    options = PipelineOptions(
        [
            "--runner=DataflowRunner",
            "--project=corpus-prep-test",
            "--region=europe-west4",
            "--temp_location=gs://corpus-prep-test/tmp",
            f"--setup_file={ROOT / 'setup.py'}",
            "--dry_run=True",
            "--no_auth",
        ]
    )
    pipeline = beam.Pipeline(options=options)
    build_pipeline(pipeline, _config(tmp_path / "df"))
    result = pipeline.run()
    assert result is not None
    proto = pipeline.to_runner_api()
    names = {t.unique_name for t in proto.components.transforms.values()}
    assert any("ReadInputs" in name for name in names)
    assert any("WriteOutputs" in name for name in names)


def test_shipped_cluster_configs_name_their_runner():
    for name, runner in [
        ("dataflow", "DataflowRunner"),
        ("spark", "PortableRunner"),
        ("flink", "PortableRunner"),
    ]:
        data = yaml.safe_load((ROOT / "configs" / f"{name}.yaml").read_text())
        local = yaml.safe_load((ROOT / "configs" / "local.yaml").read_text())
        assert data["beam_options"]["runner"] == runner
        assert set(data["stages"]) == set(local["stages"])
        parse_config(data)


def test_wheel_and_sdist_carry_what_workers_need(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("corpus_prep-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    models = {
        str(p.relative_to(ROOT)) for p in (ROOT / "filters" / "models").rglob("*") if p.is_file()
    }
    assert "filters/models/lid.176.ftz" in models
    assert models <= names
    assert {"pipelines/cli.py", "pipelines/sources/read.py", "filters/base.py"} <= names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    declared = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "corpus-prep = pipelines.cli:console_main" in declared
    subprocess.run(
        [sys.executable, "setup.py", "-q", "sdist", "-d", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (sdist,) = tmp_path.glob("corpus_prep-*.tar.gz")
    members = {m.split("/", 1)[1] for m in tarfile.open(sdist).getnames() if "/" in m}
    assert {"configs/local.yaml", "configs/dataflow.yaml", "setup.py", "pyproject.toml"} <= members
    assert "filters/models/lid.176.ftz" in members


def test_direct_runner_run_never_goes_to_prism(tmp_path, monkeypatch):
    """Beam's DirectRunner offers the run to Prism first (a binary it downloads); ours never."""
    from apache_beam.runners.portability import prism_runner

    offered = []

    def refuse(self, pipeline, options):
        offered.append(pipeline)
        raise RuntimeError("Prism is not this project's runner")

    monkeypatch.setattr(prism_runner.PrismRunner, "run_pipeline", refuse)
    report = run(_config(tmp_path / "direct"), [])
    assert offered == []
    assert report["totals"]["input_records"] == 10
