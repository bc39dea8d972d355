"""report.html: self-contained, every plot present, and it renders in a real browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from pipelines.cli import main
from pipelines.config import parse_config
from pipelines.run import run
from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    out = tmp_path_factory.mktemp("html") / "out"
    off = {"enabled": False}
    config = parse_config(
        {
            "inputs": [
                {
                    "path": str(ROOT / "samples" / "jsonl" / "*.jsonl.gz"),
                    "format": "jsonl",
                    "source": "dolma",
                }
            ],
            "output": str(out),
            "stages": {
                "langid": {"languages": ["en"], "min_score": 0.9},
                "toxicity": {"threshold": 0.5},
                "quality": off,
                "pii": off,
                "exact_dedup": off,
                "minhash": off,
                "balance": {"enabled": True, "weights": {"en": 1.0}, "max_repeats": 2},
            },
        }
    )
    run(config, [])
    return out


def test_page_has_every_section_and_no_external_resource(output):
    page = (output / "report.html").read_text()
    for heading in ("Funnel", "Mix before and after", "Distributions", "Balancing", "Config"):
        assert f"<h2>{heading}</h2>" in page
    plots = re.findall(r'data-plot="([^"]+)"', page)
    assert {"Language score", "Toxicity score", "Document length", "Languages"} <= set(plots)
    assert page.count("<svg") == len(plots)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<script" not in page


def test_report_command_regenerates_the_page(output, capsys):
    (output / "report.html").unlink()
    assert main(["report", str(output)]) == 0
    assert "records in" in capsys.readouterr().out
    assert (output / "report.html").stat().st_size > 10_000
    assert main(["report", str(output / "nothing")]) == 2


def test_renders_in_headless_chromium(output, tmp_path):
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (CI installs it in .ci/run)")
    url = (output / "report.html").as_uri()
    base = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(
        [*base, "--enable-logging=stderr", "--v=0", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert dom.stdout.count("<svg") >= 5
    console = [line for line in dom.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console == []
    assert "Failed to load resource" not in dom.stderr
    shot = tmp_path / "page.png"
    subprocess.run(
        [*base, f"--screenshot={shot}", "--window-size=1200,2400", url],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.stat().st_size > 50_000  # a blank page is a few KB


def test_report_json_lists_the_balance_plan(output):
    report = json.loads((output / "report.json").read_text())
    assert report["balance"]["groups"]["en"]["rate"] <= 2
