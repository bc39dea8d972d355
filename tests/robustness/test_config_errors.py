"""Config mistakes fail fast through the CLI: exit code 2 and one line naming the problem.

Everything goes through ``pipelines.cli.main`` as a user's command would; none of these cases may
start Beam or print a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipelines.cli import main
from tests.conftest import SAMPLES

JSONL = str(SAMPLES / "jsonl" / "*.jsonl.gz")


def _config(tmp_path: Path, **changes) -> Path:
    data = {
        "inputs": [{"path": JSONL, "format": "jsonl", "source": "s"}],
        "output": str(tmp_path / "out"),
        "stages": {"langid": {"enabled": False}},
    }
    data.update(changes)
    path = tmp_path / "job.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def _fails(capsys, argv: list[str], *needles: str) -> str:
    """Run the CLI; it must exit 2 with one stderr line holding every needle."""
    code = main(argv)
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2, err
    assert "Traceback" not in err
    assert len(lines) == 1 and lines[0].startswith("corpus-prep: error: "), err
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("command", ["run", "validate"])
def test_missing_input_path(tmp_path, capsys, command):
    missing = str(tmp_path / "nowhere" / "*.jsonl")
    config = _config(tmp_path, inputs=[{"path": missing, "format": "jsonl", "source": "s"}])
    _fails(capsys, [command, str(config)], "inputs[0].path", "no file matches", missing)
    assert not (tmp_path / "out").exists()


def test_unknown_key_names_it_and_suggests(tmp_path, capsys):
    config = _config(tmp_path, stages={"langid": {"enabled": False, "min_scor": 0.5}})
    _fails(capsys, ["run", str(config)], "stages.langid.min_scor", "min_score")


def test_unknown_top_level_key(tmp_path, capsys):
    config = _config(tmp_path, outptu="x")
    _fails(capsys, ["validate", str(config)], "outptu", "output")


@pytest.mark.parametrize(
    ("override", "needle"),
    [
        ("stages.toxicity.threshold=high", "stages.toxicity.threshold"),
        ("stages.toxicity.threshold=1.5", "stages.toxicity.threshold"),
        ("stages.langid.min_score=[0.5]", "stages.langid.min_score"),
        ("inputs.0.format=warcs", "inputs[0].format"),
        ("shards.num_shards=-1", "shards.num_shards"),
    ],
)
def test_bad_value_type_or_range(tmp_path, capsys, override, needle):
    _fails(capsys, ["run", str(_config(tmp_path)), "--set", override], needle)


def test_missing_config_file(tmp_path, capsys):
    missing = tmp_path / "nope.yaml"
    _fails(capsys, ["run", str(missing)], "config file not found", str(missing))


def test_config_that_is_not_a_mapping(tmp_path, capsys):
    path = tmp_path / "list.yaml"
    path.write_text("- a\n- b\n")
    _fails(capsys, ["run", str(path)], "mapping")


def test_override_without_equals(tmp_path, capsys):
    _fails(capsys, ["run", str(_config(tmp_path)), "--set", "stages.pii"], "--set")


def test_invalid_yaml_is_one_line_with_its_position(tmp_path, capsys):
    path = tmp_path / "bad.yaml"
    path.write_text("inputs: [\n  - path: x\n")
    _fails(capsys, ["run", str(path)], str(path), "invalid YAML", "line 2")


@pytest.mark.parametrize("override", ["inputs.5.path=x", "stages.langid.enabled.x=1"])
def test_override_on_a_path_that_does_not_exist(tmp_path, capsys, override):
    _fails(capsys, ["run", str(_config(tmp_path)), "--set", override], override.split("=")[0])


def test_empty_output_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _fails(capsys, ["validate", str(_config(tmp_path)), "--set", "output="], "output")


def test_output_that_is_a_file_is_refused_before_running(tmp_path, capsys):
    afile = tmp_path / "afile"
    afile.write_text("mine")
    _fails(capsys, ["run", str(_config(tmp_path, output=str(afile)))], str(afile))
    assert afile.read_text() == "mine"


def test_missing_model_file_fails_fast_and_keeps_the_previous_run(tmp_path, capsys):
    config = _config(tmp_path, stages={"langid": {"model": str(tmp_path / "lid.bin")}})
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "_SUCCESS").write_text("")
    _fails(capsys, ["run", str(config), "--overwrite"], "stages.langid.model")
    assert (tmp_path / "out" / "_SUCCESS").exists()
