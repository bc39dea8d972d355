"""Shared fixtures: paths to the bundled sample and the optional ../shared data."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TEST_DATA = ROOT / "tests" / "data"
SHARED_DATA = ROOT.parent / "shared" / "data"


class _DropGcpClientNotice(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "apitools not found" not in record.getMessage()


logging.getLogger().addFilter(_DropGcpClientNotice())

# Test files that share the session-scoped ``local_run``: under ``pytest -n`` (xdist, ``make
# test``) they go to one worker together, so the default job still runs once per session.
SHARED_RUN_GROUP = {"test_end_to_end.py": "local_run", "test_notebook.py": "local_run"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under ``--dist loadgroup``, one xdist group per test file (the ``local_run`` files
    together): a module-scoped fixture, often a whole pipeline run, then runs once, on the
    worker that runs its file, instead of once per worker that gets one of its tests."""
    for item in items:
        name = item.path.name
        group = SHARED_RUN_GROUP.get(name, str(item.path.relative_to(ROOT)))
        item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(scope="session")
def local_run(tmp_path_factory) -> Path:
    """The default job (configs/local.yaml on the bundled sample), run once per test session.

    Several test files inspect the same run; tests must treat it as read-only.
    """
    from pipelines.config import load_config
    from pipelines.run import run

    out = tmp_path_factory.mktemp("local_run") / "out"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        run(load_config("configs/local.yaml", [f"output={out}"]), [])
    return out


@pytest.fixture
def shared_data() -> Path:
    """The real data beside the project; tests that need all of it skip where it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA
