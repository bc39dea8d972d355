"""A start-up check that passed is remembered per machine (pipelines/check_verdicts.py): the next
run in an unchanged environment loads nothing, and any change its outcome depends on (a model
file, a config value, an installed distribution) runs it again. A failed check is never kept."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from filters.toxicity import MODELS_DIR
from pipelines import check_verdicts, preflight
from pipelines.config import ConfigError, parse_config
from pipelines.preflight import check_environment, start_environment_check
from tests.conftest import SAMPLES

OFF = {"enabled": False}
STAGES_OFF = {
    s: OFF for s in ("url_filter", "langid", "quality", "toxicity", "pii", "exact_dedup", "minhash")
}


@pytest.fixture
def fresh(tmp_path, monkeypatch) -> None:
    """A fresh cache and process memory of checks, the record in use."""
    monkeypatch.setenv("CORPUS_PREP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv(check_verdicts.RECHECK_ENV, raising=False)
    monkeypatch.setattr(preflight, "_passed", set())


@pytest.fixture
def checks(fresh, monkeypatch) -> list[int]:
    """Counts the check runs that load components in this process."""
    loads: list[int] = []
    real = preflight._check_results

    def counted(config, skip):
        loads.append(1)
        return real(config, skip)

    monkeypatch.setattr(preflight, "_check_results", counted)
    return loads


def _new_process() -> None:
    preflight._passed.clear()  # what a new ``corpus-prep run`` starts with


def _model(tmp_path: Path) -> Path:
    model = tmp_path / "toxicity.ftz"
    shutil.copyfile(MODELS_DIR / "toxicity_multi.ftz", model)
    return model


def _config(tmp_path: Path, model: Path, threshold: float = 0.5):
    return parse_config(
        {
            "inputs": [
                {"path": str(SAMPLES / "jsonl" / "*.jsonl.gz"), "format": "jsonl", "source": "j"}
            ],
            "output": str(tmp_path / "out"),
            "stages": {**STAGES_OFF, "toxicity": {"model": str(model), "threshold": threshold}},
        }
    )


def _run_check(config) -> bool:
    """One run's start-up check; whether it was skipped as passed before."""
    _new_process()
    check = start_environment_check(config)
    check.wait()
    return check.cached


def test_a_second_run_skips_the_check_and_its_child(tmp_path, monkeypatch, fresh):
    config = _config(tmp_path, _model(tmp_path))
    children: list[int] = []
    real = preflight._start_in_child
    monkeypatch.setattr(preflight, "_start_in_child", lambda *a: children.append(1) or real(*a))
    assert start_environment_check(config, in_child=True).wait() is None
    assert children == [1]
    _new_process()
    check = start_environment_check(config, in_child=True)
    assert check.cached and not check.loading
    check.wait()
    assert children == [1]


def test_recheck_runs_it_again(tmp_path, monkeypatch, checks):
    config = _config(tmp_path, _model(tmp_path))
    assert [_run_check(config), _run_check(config)] == [False, True]
    monkeypatch.setenv(check_verdicts.RECHECK_ENV, "1")
    assert _run_check(config) is False
    assert len(checks) == 2


def test_a_changed_model_file_runs_it_again(tmp_path, checks):
    model = _model(tmp_path)
    config = _config(tmp_path, model)
    assert [_run_check(config), _run_check(config)] == [False, True]
    info = model.stat()
    os.utime(model, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
    assert _run_check(config) is False
    with model.open("ab") as handle:
        handle.write(b"\0")  # size changes too; fastText ignores trailing bytes
    os.utime(model, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))  # same mtime
    assert _run_check(config) is False
    assert _run_check(config) is True
    assert len(checks) == 3


def test_a_changed_config_value_runs_it_again(tmp_path, checks):
    model = _model(tmp_path)
    assert _run_check(_config(tmp_path, model)) is False
    assert _run_check(_config(tmp_path, model, threshold=0.7)) is False
    assert _run_check(_config(tmp_path, model, threshold=0.7)) is True


def test_a_changed_installed_distribution_runs_it_again(tmp_path, monkeypatch, checks):
    site = tmp_path / "site"
    info = site / "somelib-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: somelib\nVersion: 1.0\n")
    monkeypatch.syspath_prepend(str(site))
    config = _config(tmp_path, _model(tmp_path))
    assert [_run_check(config), _run_check(config)] == [False, True]
    info.rename(site / "somelib-1.1.dist-info")  # what pip's upgrade leaves
    assert _run_check(config) is False
    assert _run_check(config) is True


def test_a_failed_check_is_not_kept_and_fails_again_the_same_way(tmp_path, checks):
    model = tmp_path / "bad.bin"
    model.write_bytes(b"not a fastText model")
    config = _config(tmp_path, model)
    errors = []
    for _ in range(2):
        _new_process()
        with pytest.raises(ConfigError, match="stages.toxicity: cannot load") as raised:
            check_environment(config)
        errors.append(str(raised.value))
    assert errors[0] == errors[1] and len(checks) == 2
    assert not list((tmp_path / "cache").glob(f"{check_verdicts.PREFIX}*"))


def test_concurrent_writers_leave_one_whole_record(tmp_path, checks):
    keys = ["stage:toxicity:x", "stage:quality:y"]
    key = check_verdicts.verdict_key(keys, [])
    threads = [
        threading.Thread(target=check_verdicts.record_pass, args=(key, keys)) for _ in range(16)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert check_verdicts.passed_before(key)
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [f"startup-check-{key}.json"]
