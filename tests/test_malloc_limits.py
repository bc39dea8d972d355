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
