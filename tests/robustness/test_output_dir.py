"""The output directory: refuse to mix runs, replace cleanly, never leave a file that looks whole.

Runs are tiny (a few JSONL lines, a hand-made French Wikipedia dump) with every stage off: what
is under test is the directory, not the filtering.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

import pipelines.sinks
from pipelines.cli import main
from pipelines.config import load_config
from pipelines.run import run
from tests.conftest import ROOT
from tests.robustness.corpus import ENGLISH

STAGES_OFF = {
    name: {"enabled": False}
    for name in ("langid", "quality", "toxicity", "pii", "exact_dedup", "minhash")
}
FRWIKI = """<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" xml:lang="fr">
<page><title>Pont</title><ns>0</ns><id>1</id><revision><id>11</id>
<text bytes="60">Un '''pont''' est un ouvrage d'art qui franchit une rivière.</text>
</revision></page>
</mediawiki>
"""


def _inputs(root: Path, n_docs: int = 3) -> Path:
    (root / "js").mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"id": f"d{i}", "text": f"{i} {ENGLISH}"}) for i in range(n_docs)]
    (root / "js" / "docs.jsonl").write_text("\n".join(lines) + "\n")
    (root / "wiki").mkdir(exist_ok=True)
    (root / "wiki" / "frwiki-test.xml").write_text(FRWIKI)
    return root


def _config(tmp_path: Path, out: Path, with_wiki: bool) -> Path:
    inputs = [{"path": str(tmp_path / "in" / "js" / "*.jsonl"), "format": "jsonl", "source": "js"}]
    if with_wiki:
        wiki = str(tmp_path / "in" / "wiki" / "*.xml")
        inputs.append({"path": wiki, "format": "wikipedia", "source": "wiki"})
    data = {"inputs": inputs, "output": str(out), "stages": STAGES_OFF}
    path = tmp_path / ("with-wiki.yaml" if with_wiki else "jsonl-only.yaml")
    path.write_text(yaml.safe_dump(data))
    return path


def _snapshot(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _assert_no_partial_files(out: Path) -> None:
    """Every final-named shard reads whole; leftovers are hidden names that readers skip."""
    for shard in out.rglob("part-*.parquet"):
        pq.read_table(shard)  # raises on a truncated file
    for directory in ("data", "rejects"):
        if (out / directory).exists():
            pq.read_table(out / directory)  # a dataset read must not trip over leftovers


@pytest.fixture(scope="module")
def first_run(tmp_path_factory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("outdir")
    _inputs(tmp / "in")
    out = tmp / "out"
    assert main(["run", str(_config(tmp, out, with_wiki=True)), "--quiet"]) == 0
    assert (out / "data" / "language=fr").is_dir() and (out / "data" / "language=und").is_dir()
    (out / "notes.txt").write_text("the user's own file")
    return tmp, out


def test_rerun_into_existing_output_refuses_and_touches_nothing(first_run, capsys):
    tmp, out = first_run
    before = _snapshot(out)
    code = main(["run", str(_config(tmp, out, with_wiki=False)), "--quiet"])
    err = capsys.readouterr().err.strip()
    assert code == 2 and "Traceback" not in err
    assert len(err.splitlines()) == 1 and "--overwrite" in err and str(out) in err
    assert _snapshot(out) == before


def test_overwrite_replaces_cleanly(first_run, capsys):
    tmp, out = first_run
    assert main(["run", str(_config(tmp, out, with_wiki=False)), "--overwrite", "--quiet"]) == 0
    assert not (out / "data" / "language=fr").exists(), "stale shards of the earlier run"
    assert sorted(p.name for p in (out / "data").iterdir()) == ["language=und"]
    assert (out / "notes.txt").read_text() == "the user's own file"
    assert (out / "_SUCCESS").exists()
    ids = pq.read_table(out / "data", columns=["id"]).column("id").to_pylist()
    assert sorted(ids) == ["js/d0", "js/d1", "js/d2"]
    report = json.loads((out / "report.json").read_text())
    assert report["totals"]["input_records"] == 3 and list(report["by_source"]) == ["js"]
    _assert_no_partial_files(out)


def test_writer_failing_mid_shard_leaves_nothing_that_looks_complete(tmp_path, monkeypatch):
    """A shard write that dies half-way (disk full) must not leave a final-named file."""
    _inputs(tmp_path / "in", n_docs=40)
    out = tmp_path / "out"
    config = load_config(_config(tmp_path, out, with_wiki=True))
    config.shards.num_shards = 4
    real_writer = pipelines.sinks.pq.ParquetWriter
    calls = []

    class DyingWriter(real_writer):
        """Writes two row groups, then half of the third and junk, and dies (disk full)."""

        def write_table(self, table, row_group_size=None):
            calls.append(1)
            if len(calls) < 3:
                return super().write_table(table, row_group_size=row_group_size)
            super().write_table(table.slice(0, max(1, table.num_rows // 2)))
            self.where.write(b"\0" * 100)
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(pipelines.sinks.pq, "ParquetWriter", DyingWriter)
    with pytest.raises(Exception, match="No space left on device"):
        run(config, [])
    assert len(calls) >= 3
    assert not (out / "_SUCCESS").exists() and not (out / "report.json").exists()
    _assert_no_partial_files(out)
    monkeypatch.setattr(pipelines.sinks.pq, "ParquetWriter", real_writer)
    run(config, [], overwrite=True)
    assert not [p for p in out.rglob("*") if p.name.startswith(".tmp-")], "leftovers kept"
    assert (out / "_SUCCESS").exists()


# A child whose first shard write stops half-way: it writes some bytes to the temporary file,
# tells the test through a pipe that it is inside the write, and waits there to be killed. The
# kill therefore always lands mid-write, however busy the machine is.
_STALLING_CHILD = """
import os, sys, threading
import pipelines.sinks as sinks
real = sinks.pq.ParquetWriter
signal_fd = int(os.environ["CORPUS_PREP_TEST_SIGNAL_FD"])
class Stall:
    def __init__(self, raw): self.raw = raw
    def write(self, data):
        self.raw.write(data[: max(1, len(data) // 2)]); self.raw.flush()
        os.write(signal_fd, b"in-write"); os.close(signal_fd)
        threading.Event().wait()
    def __getattr__(self, name): return getattr(self.raw, name)
sinks.pq.ParquetWriter = lambda where, schema, **kw: real(Stall(where), schema, **kw)
from pipelines.cli import main
sys.exit(main(sys.argv[1:]))
"""
# Only a guard against a hung child: the handshake, not this, decides when the kill lands.
_HANG_GUARD_S = 600


def test_killed_run_leaves_no_complete_looking_file(tmp_path):
    _inputs(tmp_path / "in", n_docs=200)
    out = tmp_path / "out"
    config = _config(tmp_path, out, with_wiki=True)
    read_end, write_end = os.pipe()
    child = subprocess.Popen(
        [sys.executable, "-c", _STALLING_CHILD, "run", str(config), "--quiet"],
        cwd=ROOT,
        env={**os.environ, "CORPUS_PREP_TEST_SIGNAL_FD": str(write_end)},
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)  # the child holds the only write end: EOF means it ended unsignalled
    try:
        ready, _, _ = select.select([read_end], [], [], _HANG_GUARD_S)
        assert ready, "the child neither began a shard write nor ended"
        assert os.read(read_end, 64) == b"in-write", "the run ended before a shard write began"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        os.close(read_end)
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert not (out / "_SUCCESS").exists() and not (out / "report.json").exists()
    assert [p for p in out.rglob("*") if p.name.startswith(".tmp-")], "killed mid-write"
    _assert_no_partial_files(out)
