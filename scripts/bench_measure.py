"""Run a command and measure it the same way whatever it is: wall time and peak memory of its
whole process tree, plus the machine facts that make a figure comparable.

Memory is sampled, not taken from ``ru_maxrss``: Beam's multi_processing workers and datatrove's
pool are children whose peaks do not coincide, and ``ru_maxrss`` only gives the largest single
process. The sum over the tree of PSS (proportional set size) counts pages shared by forked
workers once; RSS would count them once per worker.
"""

from __future__ import annotations

import contextlib
import os
import platform
import resource
import shutil
import subprocess
import tempfile
import threading
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import psutil

SAMPLE_S = 0.2


def process_cpu_s() -> float:
    """CPU seconds (user + system) of this process and its reaped children so far: the whole
    tree's, for a job that runs in this process or in children it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _label(proc: psutil.Process) -> str:
    """What a process of the tree is, in a few words (Beam worker, spawned child, ...)."""
    args = " ".join(proc.cmdline())
    for needle, label in (
        ("sdk_worker_main", "beam worker"),
        ("filters.extract_child", "extractor child"),
        ("multiprocessing", "spawned child"),
        ("pipelines.cli", "corpus-prep runner"),
        ("filters.shared_model", "model server"),
    ):
        if needle in args:
            return label
    return proc.name()


def tree_memory(proc: psutil.Process) -> tuple[tuple[int, int, int, int], list]:
    """(PSS, RSS) summed over a process and all its descendants, then the RSS of the process
    itself (the runner, on DirectRunner) and the largest RSS of one descendant (a worker), in
    bytes: what grows with the corpus shows in one of the last two. Also each process's
    (label, RSS MB), for the breakdown at the peak."""
    pss = rss = own = largest = 0
    parts = []
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return (0, 0, 0, 0), []
    for item in procs:
        try:
            info = item.memory_full_info()
            label = _label(item)
        except psutil.Error:
            continue
        rss += info.rss
        pss += getattr(info, "pss", info.rss)
        parts.append((label, round(info.rss / 1e6)))
        if item.pid == proc.pid:
            own = info.rss
        else:
            largest = max(largest, info.rss)
    return (pss, rss, own, largest), sorted(parts)


def _model_servers(proc: psutil.Process) -> dict[int, psutil.Process]:
    """The language-ID model servers (``filters.shared_model``) in ``proc``'s tree, by pid."""
    found = {}
    try:
        for item in proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                if _label(item) == "model server":
                    found[item.pid] = item
    except psutil.Error:
        pass
    return found


def _cpu_s(proc: psutil.Process) -> float:
    times = proc.cpu_times()
    return times.user + times.system


def run_measured(
    cmd: list[str], cwd: Path, log: Path, env: dict[str, str] | None = None
) -> dict[str, Any]:
    """Run ``cmd`` to completion (output to ``log``); wall seconds and peak tree memory in MB.

    The run gets a runtime directory of its own, so it starts its own model server (langid's
    ``shared_model``) instead of finding one another run left: the server is then in the tree
    and its memory counted. Its CPU, sampled while it runs, is added to the tree's: nobody in
    the tree waits for it (it outlives the workers, or exits before them, unreaped, once the
    langid stages release it). It is stopped after the run.
    """
    peak = {"pss": 0, "rss": 0, "main": 0, "child": 0}
    breakdown: list = []
    servers: dict[int, psutil.Process] = {}
    server_cpu: dict[int, float] = {}  # last seen, by pid: a server may exit before the run ends
    done = threading.Event()
    log.parent.mkdir(parents=True, exist_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_before = before.ru_utime + before.ru_stime
    started = time.perf_counter()
    runtime = tempfile.mkdtemp(prefix="cp-rt-")
    env = {**os.environ, **(env or {}), "CORPUS_PREP_RUNTIME_DIR": runtime}
    with log.open("wb") as out:
        popen = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env)
        proc = psutil.Process(popen.pid)

        def sample() -> None:
            while not done.is_set():
                values, parts = tree_memory(proc)
                if values[1] > peak["rss"]:
                    breakdown[:] = parts
                for key, value in zip(peak, values, strict=True):
                    peak[key] = max(peak[key], value)
                servers.update(_model_servers(proc))
                for pid, server in servers.items():
                    with contextlib.suppress(psutil.Error):
                        server_cpu[pid] = _cpu_s(server)
                done.wait(SAMPLE_S)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        rc = popen.wait()
        done.set()
        sampler.join()
    wall = time.perf_counter() - started
    for pid, server in servers.items():
        with contextlib.suppress(psutil.Error):
            server_cpu[pid] = _cpu_s(server)
            server.terminate()
    shutil.rmtree(runtime, ignore_errors=True)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    if rc != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"command failed (rc={rc}): {' '.join(cmd)}\n{tail}")
    return {
        "wall_s": wall,
        "peak_pss_mb": peak["pss"] / 1e6,
        "peak_rss_mb": peak["rss"] / 1e6,
        "peak_main_rss_mb": peak["main"] / 1e6,
        "peak_child_rss_mb": peak["child"] / 1e6,
        "cpu_s": children.ru_utime + children.ru_stime - cpu_before + sum(server_cpu.values()),
        "model_server_cpu_s": sum(server_cpu.values()),
        "rss_mb_at_peak": breakdown,
        "load_1min": os.getloadavg()[0],
    }


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def machine() -> dict[str, Any]:
    """What a reader needs to compare a figure with theirs."""
    versions = {"python": platform.python_version()}
    for name in ("corpus-prep", "apache-beam", "datatrove", "trafilatura", "pyarrow", "numpy"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return {
        "cpu": cpu_model(),
        "nproc": os.cpu_count(),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "kernel": platform.release(),
        "load_avg": [round(x, 2) for x in os.getloadavg()],
        "versions": versions,
    }
