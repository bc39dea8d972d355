"""The launcher starts the workers' model servers early (pipelines.model_prestart): the server it
starts is the one the workers' stages connect to, it waits for them once handed over, it goes
away when the run ends before its workers, and nothing is started where the stages share none."""

from __future__ import annotations

import pickle
import time
from pathlib import Path

import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from filters.langid_backends import SharedBackend
from filters.shared_model import model_key, runtime_dir
from pipelines.build import several_local_workers
from pipelines.config import load_config
from pipelines.filter_stages import make_filter
from pipelines.model_prestart import (
    prestart_model_servers,
    several_local_workers_in,
    shared_models,
)
from tests.test_shared_model import WAIT_S, wait_gone

LOCAL = ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]


@pytest.fixture(autouse=True)
def private_runtime_dir(tmp_path, monkeypatch):
    path = tmp_path / "rt"
    monkeypatch.setenv("CORPUS_PREP_RUNTIME_DIR", str(path))
    return path


def _config(tmp_path: Path, *overrides: str):
    return load_config("configs/local.yaml", [f"output={tmp_path / 'out'}", *overrides])


def _worker_stage(config):
    """The langid filter as a worker gets it: built for the graph, pickled, unpickled."""
    section = config.stages.langid
    built = make_filter("langid", section, config.mode, config.output, several_workers=True)
    return pickle.loads(pickle.dumps(built))


def _sockets() -> list[Path]:
    return list(runtime_dir().glob("*.sock"))


@pytest.mark.parametrize(
    "flags",
    [
        [],
        LOCAL,
        ["--direct_running_mode=multi_processing", "--direct_num_workers=1"],
        ["--direct_running_mode=multi_processing", "--direct_num_workers=0"],
        ["--direct_running_mode=multi_processing"],
        ["--direct_running_mode=in_memory", "--direct_num_workers=4"],
        ["--direct_running_mode=multi_threading", "--direct_num_workers=4"],
        ["--runner=DataflowRunner", *LOCAL],
        ["--runner=apache_beam.runners.direct.direct_runner.DirectRunner", *LOCAL],
    ],
)
def test_read_without_beam_as_beam_reads_it(flags):
    assert several_local_workers_in(flags) is several_local_workers(PipelineOptions(flags))


def test_the_launchers_heliport_server_has_the_workers_key(tmp_path):
    """Same key, so the same server: nothing is loaded here, only the unloaded models pickled."""
    config = _config(tmp_path)
    (client,) = shared_models(config)
    worker = _worker_stage(config)
    assert isinstance(worker.backend, SharedBackend)
    assert model_key(client.model) == model_key(worker.backend.server.model)


def test_the_workers_connect_to_the_prestarted_server_which_waits_for_them(tmp_path):
    config = _config(tmp_path, "stages.langid.backend=fasttext")
    servers = prestart_model_servers(config, LOCAL)
    assert servers is not None and len(servers) == 1
    worker = _worker_stage(config)
    worker.setup()  # waits on the server's lock while the launcher's thread starts it
    pid = worker.backend.server.server_pid()
    assert len(_sockets()) == 1  # one server: the worker found the launcher's
    servers.hand_over()
    for thread in servers._threads:
        thread.join(WAIT_S)
    late = _worker_stage(config)  # a worker that connects after the launcher let go
    late.setup()
    assert late.backend.server.server_pid() == pid
    late.teardown()
    worker.teardown()  # the last client releases it
    wait_gone(pid)
    assert not _sockets()


def test_a_run_that_ends_before_its_workers_stops_the_server(tmp_path):
    config = _config(tmp_path, "stages.langid.backend=fasttext")
    servers = prestart_model_servers(config, LOCAL)
    assert servers is not None
    servers.abandon()  # waits for the server's start, then releases it
    deadline = time.monotonic() + WAIT_S  # a bound on waiting for another process, not a timing
    while _sockets() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _sockets()


@pytest.mark.parametrize(
    ("flags", "overrides"),
    [
        ([], ()),  # in_memory: the stages run in the launcher
        (["--direct_running_mode=multi_processing", "--direct_num_workers=1"], ()),
        (["--runner=DataflowRunner", *LOCAL], ()),
        (LOCAL, ("stages.langid.enabled=false",)),
        (LOCAL, ("stages.langid.shared_model=false",)),
    ],
)
def test_nothing_is_started_where_the_workers_share_no_server(tmp_path, flags, overrides):
    assert prestart_model_servers(_config(tmp_path, *overrides), flags) is None
    assert not _sockets()
