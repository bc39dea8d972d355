"""One language-ID model per machine: the server gives the same predictions as a model in the
worker, is started once however many workers ask at the same time, goes away when idle, is
started again after a crash, and reports a model that cannot load."""

from __future__ import annotations

import contextlib
import json
import lzma
import multiprocessing
import os
import stat
from pathlib import Path

import psutil
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from filters.compact_malloc import SETTING, compact_malloc, server_environment
from filters.langid import LanguageId
from filters.langid_backends import FastTextBackend, HeliportBackend, SharedBackend
from filters.shared_model import SharedModel, SharedModelError, runtime_dir
from pipelines.build import several_local_workers
from pipelines.config import LangIdConfig
from pipelines.filter_stages import make_filter
from pipelines.stages import FilterStage

TEXTS = [
    "Das ist ein kurzer deutscher Satz über das Wetter von morgen.",
    "This is an English sentence about the weather tomorrow.",
    "Ceci est une phrase française sur le temps qu'il fera demain.",
    "Dobar dan, kako ste danas? Vrijeme je lijepo.",
    "",
]
# Bounds on waiting for another process, not timings: generous so a busy machine cannot fail them.
WAIT_S = 120


@pytest.fixture(autouse=True)
def private_runtime_dir(tmp_path, monkeypatch):
    """Each test's servers in a directory of its own (short path: sockets are length-limited)."""
    path = tmp_path / "rt"
    monkeypatch.setenv("CORPUS_PREP_RUNTIME_DIR", str(path))
    return path


def wait_gone(pid: int) -> None:
    with contextlib.suppress(psutil.NoSuchProcess):
        psutil.Process(pid).wait(timeout=WAIT_S)


def test_same_predictions_as_the_model_in_process():
    local = FastTextBackend()
    shared = SharedBackend(FastTextBackend())
    shared.load()
    try:
        assert shared.predict(TEXTS, 3) == local.predict(TEXTS, 3)
        assert shared.languages() == local.languages()
    finally:
        shared._server.close()


def test_heliport_stage_gives_the_same_documents_through_the_server():
    def run(shared: bool) -> list[tuple[str, float]]:
        stage = LanguageId(languages=["en", "de"], shared_model=shared)
        docs = stage.annotate_batch([{"text": text} for text in TEXTS])
        return [(doc["language"], doc["language_score"]) for doc in docs]

    assert run(shared=True) == run(shared=False)


def test_workers_see_no_model_memory():
    """The point of it: a client holds no model (heliport builds ~0.87 GB per process)."""
    stage = LanguageId(shared_model=True)
    stage.setup()
    assert isinstance(stage.backend, SharedBackend)
    assert stage.backend.backend._identifier is None  # the worker's copy was never loaded
    assert isinstance(stage.backend.backend, HeliportBackend)
    stage.backend._server.close()


def _ask_pid(queue, done) -> None:
    """A worker: connect, report the server's pid, stay connected until the test is done."""
    client = SharedModel(FastTextBackend(), idle_exit_s=2)
    queue.put(client.server_pid())
    done.wait(WAIT_S)
    client.close()


def test_workers_starting_together_share_one_server():
    context = multiprocessing.get_context("spawn")
    queue, done = context.Queue(), context.Event()
    workers = [context.Process(target=_ask_pid, args=(queue, done)) for _ in range(4)]
    for worker in workers:
        worker.start()
    pids = {queue.get(timeout=WAIT_S) for _ in workers}
    done.set()
    for worker in workers:
        worker.join(WAIT_S)
    assert len(pids) == 1
    wait_gone(pids.pop())


def test_server_exits_when_idle_and_removes_its_socket(private_runtime_dir):
    client = SharedModel(FastTextBackend(), idle_exit_s=0.2)
    pid = client.server_pid()
    assert list(private_runtime_dir.glob("*.sock"))
    client.close()
    wait_gone(pid)
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    assert not list(private_runtime_dir.glob("*.sock"))


def test_connected_client_keeps_an_idle_server():
    """Idle means no client connected, not no call: a worker between two bundles keeps it."""
    client = SharedModel(FastTextBackend(), idle_exit_s=0.2)
    pid = client.server_pid()
    second = SharedModel(FastTextBackend(), idle_exit_s=0.2)
    try:
        # A second client connecting after the first sat idle still finds the same server.
        with pytest.raises(psutil.TimeoutExpired):
            psutil.Process(pid).wait(timeout=1.0)
        assert second.server_pid() == pid
    finally:
        client.close()
        second.close()
    wait_gone(pid)


def test_a_killed_server_is_started_again():
    client = SharedModel(FastTextBackend(), idle_exit_s=2)
    first = client.server_pid()
    psutil.Process(first).kill()
    wait_gone(first)
    expected = FastTextBackend().predict(TEXTS, 1)
    assert client.call("predict", TEXTS, 1) == expected
    second = client.server_pid()
    assert second != first
    client.close()
    wait_gone(second)


def test_a_model_that_cannot_load_is_reported(tmp_path):
    missing = tmp_path / "no-such-model.bin"
    client = SharedModel(FastTextBackend(str(missing)))
    with pytest.raises(SharedModelError, match="did not start") as error:
        client.connect()
    assert "no-such-model.bin" in str(error.value)


def test_runtime_dir_must_be_private(private_runtime_dir):
    runtime_dir()
    assert stat.S_IMODE(private_runtime_dir.stat().st_mode) == 0o700
    os.chmod(private_runtime_dir, 0o755)
    with pytest.raises(SharedModelError, match="mode 700"):
        runtime_dir()


@pytest.mark.parametrize(
    ("flags", "several"),
    [
        ([], False),
        (["--direct_running_mode=multi_processing", "--direct_num_workers=2"], True),
        (["--direct_running_mode=multi_processing", "--direct_num_workers=1"], False),
        (["--direct_running_mode=in_memory", "--direct_num_workers=4"], False),
        (["--runner=DataflowRunner", "--direct_num_workers=2"], False),
    ],
)
def test_auto_is_on_where_several_local_workers_run(flags, several):
    options = PipelineOptions(flags)
    assert several_local_workers(options) is several
    stage = make_filter("langid", LangIdConfig(), "filter", several_workers=several)
    assert isinstance(stage.backend, SharedBackend) is several


def test_explicit_setting_wins_over_auto():
    section = LangIdConfig(shared_model=False)
    assert not isinstance(
        make_filter("langid", section, "filter", several_workers=True).backend, SharedBackend
    )
    section = LangIdConfig(shared_model=True)
    assert isinstance(make_filter("langid", section, "filter").backend, SharedBackend)


def test_without_a_server_the_worker_loads_the_model_itself(private_runtime_dir, caplog):
    """A runtime directory others can read is refused; the stage still runs, with a warning."""
    private_runtime_dir.mkdir(mode=0o755)
    os.chmod(private_runtime_dir, 0o755)
    backend = SharedBackend(FastTextBackend())
    backend.load()
    assert backend.predict(TEXTS, 3) == FastTextBackend().predict(TEXTS, 3)
    assert backend.languages() == FastTextBackend().languages()
    assert "no shared model server" in caplog.text and "mode 700" in caplog.text
    assert not list(private_runtime_dir.glob("*.sock"))


def test_a_runtime_dir_too_long_for_a_socket_falls_back(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("CORPUS_PREP_RUNTIME_DIR", str(tmp_path / ("d" * 120)))
    backend = SharedBackend(FastTextBackend())
    backend.load()
    assert backend.predict(TEXTS, 1) == FastTextBackend().predict(TEXTS, 1)
    assert "too long for a Unix socket" in caplog.text


def test_the_compact_malloc_is_preloaded_before_any_other(monkeypatch):
    monkeypatch.setenv(SETTING, "/opt/lib/libjemalloc.so.2")
    monkeypatch.setenv("LD_PRELOAD", "libother.so")
    assert server_environment()["LD_PRELOAD"] == "/opt/lib/libjemalloc.so.2 libother.so"
    monkeypatch.delenv("LD_PRELOAD")
    assert server_environment()["LD_PRELOAD"] == "/opt/lib/libjemalloc.so.2"
    monkeypatch.setenv(SETTING, "")  # empty: the system's malloc
    assert "LD_PRELOAD" not in server_environment()


def test_the_server_is_started_with_the_compact_malloc(monkeypatch):
    """A library the dynamic linker cannot find is ignored with a warning (in the server's log),
    so any name shows that the server's environment carries the setting."""
    monkeypatch.setenv(SETTING, "libcorpus-prep-no-such-malloc.so")
    client = SharedModel(FastTextBackend(), idle_exit_s=0.2)
    pid = client.server_pid()
    try:
        assert psutil.Process(pid).environ()["LD_PRELOAD"] == "libcorpus-prep-no-such-malloc.so"
        assert client.call("predict", TEXTS, 3) == FastTextBackend().predict(TEXTS, 3)
    finally:
        client.close()
    wait_gone(pid)


def _udhr_paragraphs(limit: int) -> list[str]:
    path = Path(__file__).parent / "data" / "langid" / "eval" / "udhr.jsonl.xz"
    texts: list[str] = []
    with lzma.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            texts += json.loads(line)["paragraphs"][:3]
            if len(texts) >= limit:
                return texts[:limit]
    return texts


@pytest.mark.skipif(compact_malloc() is None, reason="no jemalloc installed (libjemalloc2)")
def test_heliport_under_the_compact_malloc_ranks_exactly_as_in_process():
    """heliport's raw top 10 (labels and float scores) on 1,500 UDHR paragraphs in ~500
    languages, from a server on jemalloc and from glibc's malloc in this process: identical."""
    texts = _udhr_paragraphs(1500)
    local = HeliportBackend()
    local.load()
    expected = [local.ranked(text) for text in texts]
    client = SharedModel(HeliportBackend())
    pid = client.server_pid()
    try:
        maps = {m.path for m in psutil.Process(pid).memory_maps()}
        assert any("jemalloc" in path for path in maps)
        assert [client.call("ranked", text) for text in texts] == expected
    finally:
        client.close()


def test_a_torn_down_langid_stage_releases_the_server():
    """Beam tears a stage down once its worker is done with it: the langid stage then releases
    the server, which exits at once (not after its idle time, here an hour) instead of holding
    the model through the later stages; a later call starts it again."""
    stage = FilterStage(LanguageId(backend="fasttext", min_score=0.0, shared_model=True), "filter")
    server = stage._filter.backend._server
    server.idle_exit_s = 3600
    docs = [{"text": text} for text in TEXTS[:2]]
    for _ in range(2):
        stage.setup()
        assert [doc["language"] for doc in stage.process(docs)] == ["de", "en"]
        pid = server.server_pid()
        stage.teardown()
        wait_gone(pid)
        assert not list(runtime_dir().glob("*.sock"))


def test_the_server_exits_when_its_last_client_releases_it():
    """A client done with the model does not end it for another one still connected."""
    first = SharedModel(FastTextBackend(), idle_exit_s=3600)
    second = SharedModel(FastTextBackend(), idle_exit_s=3600)
    pid = first.server_pid()
    assert second.server_pid() == pid
    first.release()
    assert second.call("predict", TEXTS, 1) == FastTextBackend().predict(TEXTS, 1)
    assert second.server_pid() == pid
    second.release()
    wait_gone(pid)
    assert not list(runtime_dir().glob("*.sock"))
