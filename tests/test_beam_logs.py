"""Beam's own logs go to OUT/logs/beam.log; ``--verbose`` puts them on the terminal instead.

The multi-process run (worker subprocesses writing on the stderr they inherit) is checked in
test_end_to_end, which runs it anyway; these are the in-process runner's cases, on a tiny input.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest
import yaml

from pipelines.beam_logs import beam_logs_to_file
from pipelines.cli import main

OFF = {"enabled": False}


@pytest.fixture
def config(tmp_path: Path) -> Path:
    (tmp_path / "docs.jsonl").write_text(
        "".join(
            json.dumps({"id": f"d{i}", "text": f"document number {i}"}) + "\n" for i in range(3)
        )
    )
    stages = ("langid", "quality", "toxicity", "pii", "exact_dedup", "minhash")
    data = {
        "inputs": [{"path": str(tmp_path / "docs.jsonl"), "format": "jsonl", "source": "js"}],
        "output": str(tmp_path / "out"),
        "stages": dict.fromkeys(stages, OFF),
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def _beam_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if " apache_beam." in line]


def test_beam_lines_go_to_the_log_file(config, capsys):
    assert main(["run", str(config)]) == 0
    captured = capsys.readouterr()
    assert _beam_lines(captured.err) == [] and "records in" in captured.out
    assert "corpus_prep.read read " in captured.err  # progress lines stay on the terminal
    beam_log = (config.parent / "out" / "logs" / "beam.log").read_text()
    assert _beam_lines(beam_log)


def test_verbose_puts_beam_lines_on_the_terminal(config, capsys):
    assert main(["run", str(config), "--verbose"]) == 0
    captured = capsys.readouterr()
    assert _beam_lines(captured.err) and "records in" in captured.out
    assert not (config.parent / "out" / "logs").exists()


def test_descriptor_2_and_loggers_are_restored_after_a_failure(tmp_path, capfd, caplog):
    """Whatever the pipeline raises, the terminal gets its stderr back and learns where to look."""
    before = os.fstat(2).st_ino
    beam = logging.getLogger("apache_beam")
    level, handlers = beam.level, list(beam.handlers)
    with pytest.raises(RuntimeError, match="boom"), beam_logs_to_file(str(tmp_path)):
        os.write(2, b"a worker's line\n")
        raise RuntimeError("boom")
    assert os.fstat(2).st_ino == before
    assert (beam.level, beam.handlers) == (level, handlers)
    assert "a worker's line" in (tmp_path / "logs" / "beam.log").read_text()
    assert "a worker's line" not in capfd.readouterr().err
    assert f"the run failed; Beam's log: {tmp_path / 'logs' / 'beam.log'}" in caplog.text
