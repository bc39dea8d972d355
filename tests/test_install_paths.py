"""Install corpus-prep the ways users and cluster workers do, then run one smoke config in each.

The paths (issue 24):
- editable, with the pip that ``python -m venv`` ships, not upgraded (23.2 with Python 3.11):
  the venv ``make`` builds, which runs these tests;
- the wheel ``python -m build`` makes, into a fresh venv with the newest pip;
- the sdist Beam stages for workers with ``--setup_file`` (built by Beam's own stager code),
  into a fresh venv with the bundled pip, as a worker image's older pip installs it.

Each then runs the same config through every HTML extractor, every input format and every stage
with its installed ``corpus-prep`` console script, from a directory outside the source tree,
and the outputs must be identical. Then the installed environments are broken the ways users
break them (a library missing, a clashing ``filters`` distribution installed) and the start-up
check must name the problem.

Slow (each fresh venv installs ~1 GB of wheels), so marked ``install`` and left out of the
default run; ``.ci/run`` runs them. ``CORPUS_PREP_WHEELHOUSE=DIR`` (a directory of wheels of
every dependency, which ``.ci/run`` fills once) makes every install resolve offline from it
without downloading anything again; each pip still resolves the tree itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import sysconfig
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pyarrow.json as pa_json
import pyarrow.parquet as pq
import pytest
import yaml

from filters.extract import EXTRACTORS
from tests.conftest import ROOT, SAMPLES

pytestmark = pytest.mark.install

WHEELHOUSE = os.environ.get("CORPUS_PREP_WHEELHOUSE")
BUNDLED_PIP = "23.2.1"  # ensurepip's pip for the Python 3.11 CI uses (python -m venv ships it)
TIMES: dict[str, tuple[float, float]] = {}  # step -> (wall s, CPU s)


def _env() -> dict[str, str]:
    """The environment of every install and run: no PYTHONPATH (only what is installed counts)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if WHEELHOUSE:
        env.update(PIP_NO_INDEX="1", PIP_FIND_LINKS=WHEELHOUSE)
    return env


def _run(
    args: list, cwd: Path | None = None, check: bool = True, timed: str = ""
) -> subprocess.CompletedProcess:
    """Run a command; with ``timed``, record its wall and CPU time (children's rusage)."""
    started, cpu = time.perf_counter(), _children_cpu()
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, env=_env(), cwd=cwd
    )
    if timed:
        TIMES[timed] = (time.perf_counter() - started, _children_cpu() - cpu)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} failed ({result.returncode}):\n{result.stderr[-4000:]}")
    return result


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _pip_version(venv: Path) -> str:
    out = _run([venv / "bin" / "python", "-m", "pip", "--version"]).stdout
    return out.split()[1]


class _Install:
    """A fresh venv installing ``target`` in the background (the two fresh installs overlap)."""

    def __init__(self, name: str, venv: Path, target: Path, upgrade_pip: bool):
        self.name, self.venv = name, venv
        self.log = venv.parent / f"{venv.name}.log"
        self.started = time.perf_counter()
        self.status: int | None = None
        python = venv / "bin" / "python"
        steps = [f"{sys.executable} -m venv {venv}"]
        if upgrade_pip:
            steps.append(f"{python} -m pip install --quiet --upgrade pip")
        steps.append(f"{python} -m pip install --quiet {target}")
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                ["bash", "-c", " && ".join(steps)], stdout=log, stderr=log, env=_env()
            )

    def wait(self) -> Path:
        """The venv, once installed; records wall and CPU time (wait4 sums the whole tree)."""
        if self.status is None:
            _, status, usage = os.wait4(self.process.pid, 0)
            self.status = self.process.returncode = os.waitstatus_to_exitcode(status)
            cpu = usage.ru_utime + usage.ru_stime
            TIMES[f"install {self.name}"] = (time.perf_counter() - self.started, cpu)
        assert self.status == 0, f"{self.name} install failed:\n{self.log.read_text()[-4000:]}"
        return self.venv


@pytest.fixture(scope="module")
def work(tmp_path_factory, request) -> Iterator[Path]:
    """The module's scratch directory; afterwards, how long each step took (.ci/run shows it)."""
    path = tmp_path_factory.mktemp("install")
    yield path
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    width = max(map(len, TIMES), default=0)
    with capture.global_and_fixture_disabled():
        reporter.write_line("\ninstall paths, per step: wall s, CPU s")
        for name, (wall, cpu) in TIMES.items():
            reporter.write_line(f"  {name:<{width}}  {wall:6.1f}  {cpu:6.1f}")
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def installs(work: Path) -> dict[str, _Install]:
    """Build the wheel and the worker sdist, then start both fresh installs at once."""
    # sdist, then the wheel from it
    _run([sys.executable, "-m", "build", "--outdir", work / "dist", ROOT], timed="python -m build")
    (wheel,) = (work / "dist").glob("corpus_prep-*.whl")
    stage = work / "stage"
    stage.mkdir()
    code = (
        "import sys; from apache_beam.runners.portability.stager import Stager; "
        "print(Stager._build_setup_package(sys.argv[1], sys.argv[2]))"
    )
    sdist = _run(
        [sys.executable, "-c", code, ROOT / "setup.py", stage], timed="Beam's --setup_file sdist"
    ).stdout.strip()
    return {
        "wheel": _Install("wheel (newest pip)", work / "v-wheel", wheel, upgrade_pip=True),
        "sdist": _Install("sdist (bundled pip)", work / "v-sdist", Path(sdist), upgrade_pip=False),
    }


def _smoke_config(work: Path, output: Path) -> Path:
    """Every extractor on the same pages, every other input format, every stage enabled."""
    parquet = work / "smoke.parquet"
    if not parquet.exists():
        table = pa_json.read_json(
            _gunzip(SAMPLES / "jsonl" / "dolma_cc_en_head-0091.jsonl.gz", work)
        )
        pq.write_table(table.select(["id", "text"]), parquet)
    inputs = [
        {
            "path": str(SAMPLES / "cc" / "pages.warc.gz"),
            "format": "warc",
            "source": f"warc-{name}",
            "extractor": name,
        }
        for name in EXTRACTORS
    ]
    inputs += [
        {"path": str(SAMPLES / "cc" / "*.warc.wet.gz"), "format": "wet", "source": "wet"},
        {
            "path": str(SAMPLES / "wiki" / "elwiki-slice-truncated.xml.xz"),
            "format": "wikipedia",
            "source": "wiki",
        },
        {"path": str(SAMPLES / "jsonl" / "*.jsonl.gz"), "format": "jsonl", "source": "jsonl"},
        {"path": str(parquet), "format": "parquet", "source": "parquet"},
    ]
    config = {
        "inputs": inputs,
        "output": str(output),
        "stages": {"langid": {"languages": ["en", "de", "el"]}, "balance": {"enabled": True}},
    }
    path = output.parent / f"{output.name}.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


def _gunzip(path: Path, work: Path) -> Path:
    import gzip

    target = work / path.name.removesuffix(".gz")
    target.write_bytes(gzip.decompress(path.read_bytes()))
    return target


def _smoke(bin_dir: Path, work: Path, name: str) -> dict:
    """Run the smoke config with ``bin_dir/corpus-prep`` from ``work``; what must not vary."""
    output = work / f"out-{name}"
    config = _smoke_config(work, output)
    result = _run(
        [bin_dir / "corpus-prep", "run", config, "--quiet"],
        cwd=work,
        check=False,
        timed=f"smoke run {name}",
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads((output / "report.json").read_text())
    assert (output / "_SUCCESS").exists()
    stages = [row["stage"] for row in report["funnel"]]
    assert stages == [
        "read",
        "url_filter",
        "langid",
        "quality",
        "toxicity",
        "pii",
        "url_dedup",
        "exact_dedup",
        "minhash",
        "paragraph_dedup",
        "balance",
    ]
    assert all(row["remaining_docs"] > 0 for row in report["funnel"])
    rejects = pq.read_table(output / "rejects").to_pylist()
    for extractor in EXTRACTORS:
        source = f"warc-{extractor}"
        assert report["by_source"][source]["input"] == 12
        failed = [r for r in rejects if r["source"] == source and r["stage"] == "read"]
        assert failed == [], f"{extractor}: pages the extractor could not handle: {failed}"
    for source in ("wet", "wiki", "jsonl", "parquet"):
        assert report["by_source"][source]["input"] > 0
    data = sorted((output / "data").rglob("*.parquet"))
    return {
        "funnel": report["funnel"],
        "by_source": report["by_source"],
        "rejects": sorted((r["id"], r["stage"], r["reason"]) for r in rejects),
        "data": {
            str(p.relative_to(output)): hashlib.sha256(p.read_bytes()).hexdigest() for p in data
        },
    }


def _imported_from(venv: Path, work: Path) -> list[str]:
    code = "import filters, pipelines; print(filters.__file__); print(pipelines.__file__)"
    return _run([venv / "bin" / "python", "-c", code], cwd=work).stdout.split()


@pytest.fixture(scope="module")
def editable_smoke(work: Path, installs: dict[str, _Install]) -> dict:
    """The smoke run in the venv running these tests: ``make``'s editable install.

    ``installs`` first, so the two fresh venvs install in the background during this run."""
    venv = Path(sys.prefix)
    assert metadata.version("pip") == BUNDLED_PIP, (
        "run these tests in a venv made by `python3.11 -m venv` whose pip was not upgraded "
        "(make test does that; .ci/run runs them)"
    )
    # the venv's record of the install, not the corpus_prep.egg-info in the tree on sys.path
    (installed,) = metadata.distributions(name="corpus-prep", path=[sysconfig.get_path("purelib")])
    direct_url = json.loads(installed.read_text("direct_url.json"))
    assert direct_url["dir_info"].get("editable") is True
    assert direct_url["url"] == ROOT.as_uri()
    assert all(path.startswith(str(ROOT)) for path in _imported_from(venv, work))
    return _smoke(venv / "bin", work, "editable")


def test_editable_install_with_the_bundled_pip_runs_the_smoke_config(editable_smoke: dict):
    assert editable_smoke["data"]


def test_built_wheel_with_the_newest_pip_gives_the_same_output(installs, editable_smoke, work):
    venv = installs["wheel"].wait()
    assert int(_pip_version(venv).split(".")[0]) >= 24
    assert all(p.startswith(str(venv)) for p in _imported_from(venv, work))
    assert _smoke(venv / "bin", work, "wheel") == editable_smoke


def test_worker_sdist_with_the_bundled_pip_gives_the_same_output(installs, editable_smoke, work):
    venv = installs["sdist"].wait()
    assert _pip_version(venv) == BUNDLED_PIP
    assert all(p.startswith(str(venv)) for p in _imported_from(venv, work))
    assert _smoke(venv / "bin", work, "sdist") == editable_smoke


def _validate(venv: Path, work: Path, extractor: str = "learned") -> subprocess.CompletedProcess:
    config = work / f"validate-{extractor}.yaml"
    off = {"enabled": False}
    stages = ("langid", "quality", "toxicity", "pii", "exact_dedup", "minhash")
    config.write_text(
        yaml.safe_dump(
            {
                "inputs": [
                    {
                        "path": str(SAMPLES / "cc" / "pages.warc.gz"),
                        "format": "warc",
                        "source": "w",
                        "extractor": extractor,
                    }
                ],
                "output": str(work / "out-validate"),
                "stages": {name: off for name in stages},
            }
        )
    )
    return _run([venv / "bin" / "corpus-prep", "validate", config], cwd=work, check=False)


def test_a_missing_library_is_one_error_naming_it(installs, work):
    """What pip 23.2 did before lxml_html_clean was a direct dependency, done by hand."""
    venv = installs["sdist"].wait()
    pip = [venv / "bin" / "python", "-m", "pip"]
    _run([*pip, "uninstall", "--yes", "lxml_html_clean"])
    result = _validate(venv, work, "cascade")
    assert result.returncode == 2, result.stderr
    assert "inputs[0] (extractor cascade)" in result.stderr
    assert "lxml_html_clean is not installed" in result.stderr
    assert "python -m pip install 'lxml_html_clean" in result.stderr
    assert _validate(venv, work, "resiliparse").returncode == 0  # what does not need it runs
    _run([*pip, "install", "--quiet", "lxml_html_clean"])
    assert _validate(venv, work, "cascade").returncode == 0


def _clash_wheel(work: Path) -> Path:
    """A real distribution, ``filters-clash-test``, that installs a top-level ``filters``."""
    project = work / "filters-clash-test"
    (project / "filters").mkdir(parents=True)
    (project / "filters" / "__init__.py").write_text("from filters.base import *\n")
    (project / "filters" / "base.py").write_text("class BaseFilter:\n    pass\n")
    (project / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools>=77"]\nbuild-backend = "setuptools.build_meta"\n'
        '[project]\nname = "filters-clash-test"\nversion = "0.1"\n'
        '[tool.setuptools]\npackages = ["filters"]\n'
    )
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            work / "clash",
            project,
        ]
    )
    (wheel,) = (work / "clash").glob("filters_clash_test-*.whl")
    return wheel


def test_a_clashing_filters_distribution_is_named(installs, work):
    venv = installs["wheel"].wait()
    pip = [venv / "bin" / "python", "-m", "pip"]
    (ours,) = (work / "dist").glob("corpus_prep-*.whl")
    _run([*pip, "install", "--quiet", "--no-deps", _clash_wheel(work)])
    # theirs overwrote filters/__init__.py and filters/base.py: `import pipelines` says so
    result = _validate(venv, work)
    assert result.returncode != 0
    assert "'import filters' finds" in result.stderr and "not corpus-prep's" in result.stderr
    assert "filters-clash-test 0.1" in result.stderr
    # ours reinstalled over theirs: ours imports, but both claim the files
    _run([*pip, "install", "--quiet", "--no-deps", "--force-reinstall", ours])
    result = _validate(venv, work)
    assert result.returncode == 2
    assert "and so does filters-clash-test 0.1" in result.stderr
    # uninstalling theirs removed the files both claimed: ours is broken until reinstalled
    _run([*pip, "uninstall", "--yes", "filters-clash-test"])
    result = _validate(venv, work)
    assert result.returncode != 0
    assert "without corpus-prep's __init__.py" in result.stderr
    _run([*pip, "install", "--quiet", "--no-deps", "--force-reinstall", ours])
    assert _validate(venv, work).returncode == 0
