"""When the start-up check loads the stages in a child (multi_processing, a cluster), the
launcher goes on meanwhile, building the graph, and the check still decides: its error wins,
and a run that cannot start deletes nothing of the previous run and leaves no run files.

A hook's ``requires`` module (imported by the check, in its child) waits for a file: the check
passes only if the launcher does its part while the check runs.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipelines.config import ConfigError, parse_config
from pipelines.preflight import environment_checked, start_environment_check
from pipelines.run import checked_graph
from tests.conftest import SAMPLES

OFF = {"enabled": False}
STAGES_OFF = {
    s: OFF for s in ("url_filter", "langid", "quality", "toxicity", "pii", "exact_dedup", "minhash")
}
MULTI_PROCESSING = ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]


def gate_hook(site: Path, name: str, released_by: Path) -> str:
    """A hook whose required module imports once ``released_by`` exists (or fails after 120 s)."""
    (site / f"{name}_gate.py").write_text(
        textwrap.dedent(
            f"""
            import pathlib, time
            for _ in range(1200):
                if pathlib.Path({str(released_by)!r}).exists():
                    break
                time.sleep(0.1)
            else:
                raise ImportError("the launcher did not go on while the check ran")
            """
        )
    )
    (site / f"{name}.py").write_text(
        textwrap.dedent(
            f"""
            from pipelines.hooks import Hook

            class GateHook(Hook):
                name = {name!r}
                requires = ({name + "_gate"!r},)

                def run(self, output, options, workdir):
                    return {{}}
            """
        )
    )
    return f"{name}:GateHook"


def _config(out: Path, hooks: list[str], **stages):
    return parse_config(
        {
            "inputs": [
                {"path": str(SAMPLES / "jsonl" / "*.jsonl.gz"), "format": "jsonl", "source": "j"}
            ],
            "output": str(out),
            "stages": {**STAGES_OFF, **stages},
            "hooks": hooks,
        }
    )


def test_the_launcher_goes_on_while_the_child_checks(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))  # the spawned child gets this sys.path too
    released = tmp_path / "released"
    config = _config(tmp_path / "out", [gate_hook(tmp_path, "overlap_a", released)])
    check = start_environment_check(config, in_child=True)
    released.touch()  # only reached if starting the check did not wait for it
    check.wait()


def test_the_checks_error_wins_over_the_launchers(tmp_path):
    config = _config(tmp_path / "out", [], toxicity={"model": str(tmp_path / "bad.bin")})
    (tmp_path / "bad.bin").write_bytes(b"not a fastText model")
    with (
        pytest.raises(ConfigError, match="stages.toxicity: cannot load"),
        environment_checked(config, in_child=True),
    ):
        raise RuntimeError("building the graph failed for want of the model")


def test_the_graph_is_built_while_the_child_checks(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    out = tmp_path / "out"
    # Building the graph writes the url_filter stage's run file (UT1) under OUT/_stage_data.
    hook = gate_hook(tmp_path, "overlap_b", released_by=out / "_stage_data")
    config = _config(out, [hook], url_filter={"enabled": True})
    pipeline, build_s = checked_graph(PipelineOptions(MULTI_PROCESSING), config, overwrite=False)
    assert pipeline is not None and build_s > 0


def test_a_run_that_cannot_start_keeps_the_previous_run_and_leaves_no_run_files(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text("{}")  # an earlier run that --overwrite would delete
    (tmp_path / "bad.bin").write_bytes(b"not a fastText model")
    config = _config(
        out, [], url_filter={"enabled": True}, toxicity={"model": str(tmp_path / "bad.bin")}
    )
    with pytest.raises(ConfigError, match="stages.toxicity: cannot load"):
        checked_graph(PipelineOptions(MULTI_PROCESSING), config, overwrite=True)
    assert sorted(p.name for p in out.iterdir()) == ["report.json"]
    assert (out / "report.json").read_text() == "{}"
