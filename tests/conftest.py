"""Shared fixtures: paths to the bundled sample and the optional ../shared data."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from filters.pii import PiiFilter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TEST_DATA = ROOT / "tests" / "data"
SHARED_DATA = ROOT.parent / "shared" / "data"


class _DropGcpClientNotice(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "apitools not found" not in record.getMessage()


logging.getLogger().addFilter(_DropGcpClientNotice())
# Every test's start-up check loads its components, as each test expects, whatever an earlier
# test (or run on this machine) recorded; tests of the record unset it (test_check_verdicts.py).
os.environ.setdefault("CORPUS_PREP_RECHECK", "1")


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


@pytest.fixture(scope="module")
def stage() -> PiiFilter:
    """The PII stage (tests/pii_stage.py), built once per test module that uses it."""
    from tests.pii_stage import built_stage

    return built_stage()


@pytest.fixture(scope="module")
def plain_stage() -> PiiFilter:
    """The same PII stage without its pre-scan: Presidio sees every window."""
    from tests.pii_stage import built_stage

    return built_stage(prescan=False)
