"""The malloc settings of a run reach the processes it starts and are undone after it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pipelines.malloc_limits import ENVIRONMENT, bounded_heaps

KEYS = list(ENVIRONMENT)
SHOW = f"import json, os; print(json.dumps({{k: os.environ.get(k) for k in {KEYS!r}}}))"


def _child_environment() -> dict[str, str | None]:
    """What a process started now (as Beam starts its workers) finds in its environment."""
    shown = subprocess.run([sys.executable, "-c", SHOW], capture_output=True, text=True, check=True)
    return json.loads(shown.stdout)


def test_processes_started_during_the_run_get_the_settings(monkeypatch: pytest.MonkeyPatch):
    for key in ENVIRONMENT:
        monkeypatch.delenv(key, raising=False)
    with bounded_heaps():
        during = _child_environment()
    assert during == ENVIRONMENT
    assert _child_environment() == dict.fromkeys(ENVIRONMENT)


def test_a_users_own_setting_is_kept(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    with bounded_heaps():
        during = _child_environment()
    assert during == {**ENVIRONMENT, "MALLOC_ARENA_MAX": "4"}
    assert os.environ["MALLOC_ARENA_MAX"] == "4"
    assert "MALLOC_MMAP_THRESHOLD_" not in os.environ


def test_settings_are_undone_when_the_run_fails(monkeypatch: pytest.MonkeyPatch):
    for key in ENVIRONMENT:
        monkeypatch.delenv(key, raising=False)
    with pytest.raises(RuntimeError), bounded_heaps():
        raise RuntimeError("a failed run")
    assert not set(ENVIRONMENT) & set(os.environ)


_KEEPCOST = """
import ctypes
from pipelines.malloc_limits import bounded_heaps

class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]

libc = ctypes.CDLL(None)
libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
libc.mallinfo2.restype = MallInfo2
with bounded_heaps():
    blocks = [libc.malloc(128 << 10) for _ in range(32)]  # 4 MB, each below the mmap threshold
    for block in reversed(blocks):
        libc.free(block)
    print(libc.mallinfo2().keepcost)
"""


def test_a_pages_freed_buffers_stay_at_the_top_of_the_heap():
    """4 MB of freed small buffers stay for the next page instead of going back to the system
    (glibc's 128 KB trim threshold would return them, and the next page would fault them in)."""
    env = {key: value for key, value in os.environ.items() if key not in ENVIRONMENT}
    shown = subprocess.run(
        [sys.executable, "-c", _KEEPCOST], capture_output=True, text=True, env=env, check=False
    )
    if shown.returncode != 0 and "mallinfo2" in shown.stderr:
        pytest.skip("not glibc >= 2.33")
    assert shown.returncode == 0, shown.stderr
    assert int(shown.stdout) >= 2 << 20  # glibc's default trim would leave under 256 KB
