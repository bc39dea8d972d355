"""Start-up checks (issue 24): a missing library is one clear error naming what to install,
raised before any work, never a failure per page; another distribution's ``filters``/``pipelines``
is detected and named.

Libraries are made unimportable the way Python documents (``sys.modules[name] = None``) in a
child interpreter, and clashing or incomplete distributions are real ``.dist-info`` directories on
a temporary ``sys.path`` entry, so the real import system and ``importlib.metadata`` answer.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from filters.dependencies import PROJECT, Unmet, requirement_tree, unmet_requirements
from filters.extract import ExtractorUnavailable, HtmlExtractor
from tests.conftest import ROOT, SAMPLES

PAGE = (ROOT / "tests" / "data" / "html" / "flowfx.de.tmux.html").read_bytes()
OFF = {"enabled": False}


def fail_to_import(page: str, url: str | None, options: dict) -> str:
    """A child's function whose library is missing (raises at warm-up, as the real import did)."""
    raise ImportError("No module named 'lxml_html_clean'", name="lxml_html_clean")


def die_at_start(page: str, url: str | None, options: dict) -> str:
    """A child that exits without a word, as one killed while importing."""
    os._exit(3)


@pytest.mark.parametrize(
    ("function", "expected"),
    [(fail_to_import, "ImportError: No module named 'lxml_html_clean'"), (die_at_start, "code 3")],
)
def test_extractor_child_reports_why_it_cannot_start(function, expected: str):
    extractor = HtmlExtractor("trafilatura", timeout_s=30)
    extractor._slow = function
    with pytest.raises(ExtractorUnavailable, match="child process cannot start") as info:
        extractor.extract(PAGE)
    assert expected in str(info.value)
    extractor.close()


def _dist(site: Path, name: str, version: str, *, requires=(), extras=(), top_level=None):
    """A real (if minimal) installed distribution's metadata directory under ``site``."""
    info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    lines = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    lines += [f"Provides-Extra: {e}" for e in extras]
    lines += [f"Requires-Dist: {r}" for r in requires]
    (info / "METADATA").write_text("\n".join(lines) + "\n")
    (info / "RECORD").write_text(
        "".join(f"{t}/__init__.py,,\n" for t in (top_level or [])) + f"{info.name}/METADATA,,\n"
    )
    if top_level is not None:
        (info / "top_level.txt").write_text("\n".join(top_level) + "\n")


def test_unmet_requirements_follows_extras_whatever_their_spelling(tmp_path: Path):
    # justext → lxml[html_clean]; lxml declares the extra as html-clean (PEP 685 spelling)
    _dist(tmp_path, "app", "1.0", requires=["mid[html_clean]>=1", "old>=2"])
    _dist(
        tmp_path, "mid", "1.5", extras=["html-clean"], requires=['cleaner; extra == "html-clean"']
    )
    _dist(tmp_path, "old", "1.0")
    unmet = unmet_requirements("app", path=[str(tmp_path)])
    assert unmet == [
        Unmet(
            "cleaner", "app requires mid[html_clean]>=1, whose extra html-clean needs it", "cleaner"
        ),
        Unmet("old", "app requires old>=2", "old>=2", installed="1.0"),
    ]
    assert unmet_requirements("not-installed", path=[str(tmp_path)]) == []


def test_installed_tree_is_complete():
    if not _installed_project():
        pytest.skip("corpus-prep is not installed here (source tree on PYTHONPATH only)")
    extras = [e for e in _project().metadata.get_all("Provides-Extra") or [] if _extra_installed(e)]
    assert unmet_requirements(PROJECT, extras) == []


def _project() -> metadata.Distribution:
    return metadata.distribution(PROJECT)


def _installed_project() -> bool:
    try:
        _project()
    except metadata.PackageNotFoundError:
        return False
    return True


def _extra_installed(extra: str) -> bool:
    return not any(u.installed is None for u in unmet_requirements(PROJECT, [extra]))


def test_no_dependency_relies_on_how_pip_spells_an_extra():
    """pip < 23.3 matches ``pkg[extra]`` only when spelled exactly as ``pkg`` declares it.

    Wherever a requirement in the installed tree asks for an extra under another spelling, what
    that extra adds must be a direct dependency of corpus-prep, or old pips drop it (as they
    dropped lxml_html_clean, and with it ``import trafilatura``). Run with every extra installed
    (CI's venv has them all), it covers apache-beam[gcp], datatrove[processing] etc. too.
    """
    if not _installed_project():
        pytest.skip("corpus-prep is not installed here (source tree on PYTHONPATH only)")
    extras = [e for e in _project().metadata.get_all("Provides-Extra") or [] if _extra_installed(e)]
    # what this tree declares (the installed metadata may be older than pyproject.toml)
    declared_here = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    direct = {
        canonicalize_name(Requirement(r).name)
        for r in declared_here["dependencies"]
        + [r for group in declared_here["optional-dependencies"].values() for r in group]
    }
    missed = []
    for edge in requirement_tree(PROJECT, extras):
        if edge.target is None:
            continue
        declared = set(edge.target.metadata.get_all("Provides-Extra") or [])
        for extra in edge.requirement.extras - declared:
            added = [Requirement(r) for r in edge.target.requires or []]
            missed += [
                f"{edge.why} -> {a}"
                for a in added
                if _only_for_extras(a)
                and a.marker.evaluate({"extra": canonicalize_name(extra)})
                and canonicalize_name(a.name) not in direct
            ]
    assert missed == []


def _only_for_extras(requirement: Requirement) -> bool:
    return requirement.marker is not None and not requirement.marker.evaluate({"extra": ""})


def _write_config(path: Path, output: Path, **extra) -> Path:
    stages = {s: OFF for s in ("langid", "quality", "toxicity", "pii", "exact_dedup", "minhash")}
    config = {
        "inputs": [
            {"path": str(SAMPLES / "jsonl" / "*.jsonl.gz"), "format": "jsonl", "source": "j"}
        ],
        "output": str(output),
        "stages": stages,
        **extra,
    }
    path.write_text(yaml.safe_dump(config))
    return path


def _cli(args: list[str], *, blocked=(), pythonpath=(), cwd: Path | None = None):
    """``corpus-prep ARGS`` in a child interpreter with ``blocked`` modules unimportable."""
    code = textwrap.dedent(
        f"""
        import sys
        for name in {list(blocked)!r}:
            sys.modules[name] = None
        from pipelines.cli import main
        sys.exit(main({args!r}))
        """
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([*map(str, pythonpath), str(ROOT)])
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=cwd or ROOT
    )


def test_every_missing_component_is_named_before_overwrite_removes_anything(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text("{}")  # an earlier run that --overwrite would delete
    (tmp_path / "old_setuptools").mkdir()
    _dist(tmp_path / "old_setuptools", "setuptools", "65.5.0")
    config = _write_config(
        tmp_path / "c.yaml",
        out,
        hooks=["train_proxy_lm"],
        beam_options={"setup_file": str(ROOT / "setup.py")},
    )
    data = yaml.safe_load(config.read_text())
    data["inputs"].append(
        {
            "path": str(SAMPLES / "cc" / "pages.warc.gz"),
            "format": "warc",
            "source": "w",
            "extractor": "cascade",
        }
    )
    data["inputs"].append({"path": "gs://bucket/x/*.jsonl", "format": "jsonl", "source": "g"})
    data["stages"]["toxicity"] = {"enabled": True}
    config.write_text(yaml.safe_dump(data))
    result = _cli(
        ["run", str(config), "--overwrite"],
        blocked=["trafilatura", "torch", "fasttext", "google.cloud", "google.cloud.storage"],
        pythonpath=[tmp_path / "old_setuptools"],
    )
    assert result.returncode == 2, result.stderr
    message = result.stderr
    assert "corpus-prep: error: this environment cannot run the config" in message
    assert "inputs[1] (extractor cascade): the 'cascade' HTML extractor cannot import" in message
    assert "stages.toxicity: the toxicity stage cannot import 'fasttext'" in message
    assert "hooks.train_proxy_lm: need corpus-prep's 'train' extra" in message
    assert "pip install 'corpus-prep[gcp]'" in message
    assert "setuptools 65.5.0" in message and "'setuptools>=77'" in message
    assert "Traceback" not in message
    assert (out / "report.json").read_text() == "{}"


def test_a_config_this_environment_runs_validates(tmp_path: Path):
    config = _write_config(tmp_path / "c.yaml", tmp_path / "out")
    data = yaml.safe_load(config.read_text())
    data["inputs"] += [
        {
            "path": str(SAMPLES / "cc" / "pages.warc.gz"),
            "format": "warc",
            "source": e,
            "extractor": e,
        }
        for e in ("trafilatura", "resiliparse", "cascade", "learned", "learned_cascade")
    ]
    data["stages"] = {"balance": {"enabled": True}}
    config.write_text(yaml.safe_dump(data))
    result = _cli(["validate", str(config)])
    assert result.returncode == 0, result.stderr


def _foreign_filters(site: Path, name: str = "filters-clash-test") -> None:
    """What PyPI's ``filters`` 1.3.2 installs, in miniature: a top-level ``filters`` package."""
    (site / "filters").mkdir(parents=True)
    (site / "filters" / "__init__.py").write_text("from .base import *\n")
    (site / "filters" / "base.py").write_text("class BaseFilter: pass\n")
    _dist(site, name, "0.1", top_level=["filters"])


def test_another_distributions_filters_first_on_the_path_is_named(tmp_path: Path):
    _foreign_filters(tmp_path)
    result = _cli(["validate", "x.yaml"], pythonpath=[tmp_path], cwd=tmp_path)
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert "ForeignPackage: 'import filters' finds" in last
    assert str(tmp_path / "filters" / "__init__.py") in last
    assert "filters-clash-test 0.1" in last
    assert "python -m pip uninstall filters-clash-test" in last


def test_another_distribution_claiming_our_package_names_fails_the_start(tmp_path: Path):
    """Ours still imports, but the two share files: uninstalling either breaks the other."""
    site = tmp_path / "site"
    _foreign_filters(site)
    config = _write_config(tmp_path / "c.yaml", tmp_path / "out")
    env_path = [ROOT, site]  # ours first: the other one is installed but shadowed
    code = textwrap.dedent(
        f"""
        import sys
        sys.path[:0] = {list(map(str, env_path))!r}
        from pipelines.cli import main
        sys.exit(main(["validate", {str(config)!r}]))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 2, result.stderr
    assert (
        "corpus-prep installs the top-level package 'filters', and so does filters-clash-test"
        in result.stderr
    )


def test_our_packages_carry_the_marker_the_check_looks_for():
    from pipelines.preflight import MARKER, OWN_PACKAGES

    for name in OWN_PACKAGES:
        assert MARKER in (ROOT / name / "__init__.py").read_text()
