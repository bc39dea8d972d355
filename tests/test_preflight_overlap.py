"""When the start-up check loads the stages in a child (multi_processing, a cluster), the
launcher goes on meanwhile, building the graph, and the check still decides: its error wins,
and a run that cannot start deletes nothing of the previous run and leaves no run files.

A hook's ``requires`` module (imported by the check, in its child) waits for a file: the check
passes only if the launcher does its part while the check runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from apache_beam.options.pipeline_options import PipelineOptions

from pipelines.config import ConfigError, parse_config
from pipelines.preflight import environment_checked, start_environment_check
from pipelines.run import checked_graph
from tests.conftest import ROOT, SAMPLES

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
    pipeline, build_s, _ = checked_graph(PipelineOptions(MULTI_PROCESSING), config, overwrite=False)
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


def test_the_cli_starts_the_check_before_it_imports_beam(tmp_path):
    """The launcher's import of Beam waits until the check's child has imported a hook's
    required module: it passes only if the child was started before that import."""
    started = tmp_path / "child_started"
    (tmp_path / "early_gate.py").write_text(
        f"import pathlib\npathlib.Path({str(started)!r}).touch()\n"
    )
    (tmp_path / "early_hook.py").write_text(
        "from pipelines.hooks import Hook\n\n\n"
        "class GateHook(Hook):\n    requires = ('early_gate',)\n"
    )
    config = tmp_path / "c.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "inputs": [
                    {"path": str(tmp_path / "none-*.jsonl"), "format": "jsonl", "source": "j"}
                ],
                "output": str(tmp_path / "out"),
                "stages": STAGES_OFF,
                "hooks": ["early_hook:GateHook"],
            }
        )
    )
    code = textwrap.dedent(
        f"""
        import pathlib, sys, time

        class WaitForTheChild:
            def find_spec(self, name, path=None, target=None):
                if name == "apache_beam":
                    sys.meta_path.remove(self)
                    for _ in range(1200):
                        if pathlib.Path({str(started)!r}).exists():
                            return None
                        time.sleep(0.1)
                    raise ImportError("Beam was imported before the check's child started")
                return None

        sys.meta_path.insert(0, WaitForTheChild())
        from pipelines.cli import main
        sys.exit(main(["run", {str(config)!r}, *{MULTI_PROCESSING!r}]))
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    # The check passed (the hook's module imported); the run then stops at the empty input glob.
    assert result.returncode == 2, result.stderr
    assert "inputs[0].path: no file matches" in result.stderr


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--direct_running_mode=multi_processing"],
        ["--direct_running_mode", "multi_threading"],
        ["--direct_running_mode=multi_processing", "--direct_running_mode=in_memory"],
        ["--runner=DataflowRunner", "--project=p"],
        ["--runner", "apache_beam.runners.direct.direct_runner.DirectRunner"],
        ["--runner=BundleBasedDirectRunner", "--direct_running_mode=multi_processing"],
        ["--direct_num_workers=2", "--unknown_flag=1"],
    ],
)
def test_the_early_reading_of_the_flags_agrees_with_beams(argv):
    from pipelines.build import stages_in_this_process
    from pipelines.preflight import stages_elsewhere_in

    assert stages_elsewhere_in(argv) == (not stages_in_this_process(PipelineOptions(argv)))
