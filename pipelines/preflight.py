"""Start-up checks: everything a config uses imports and loads, and the packages are ours.

Run before any work and before ``--overwrite`` removes the previous run. Without them an
environment that lacks a library fails late and piecemeal: an extractor whose library cannot be
imported turned every page into a reject, a hook's missing PyTorch showed only after the whole
pipeline had run. Here each component the config enables is built the way a worker builds it
(extractors construct, filters run ``setup`` and so load their models, hooks import what they
declare in ``requires``), and every failure is reported at once, each naming what to install.

corpus-prep installs the top-level import packages ``filters`` and ``pipelines``, and PyPI has
unrelated distributions with the same names (``filters``, ``pipelines``). Installed side by side
they overwrite each other's files, or the other one shadows ours on ``sys.path``.
``check_own_packages`` tells that cheaply at ``import pipelines`` (our ``__init__`` files carry a
marker) and ``other_claimants`` names the distributions that claim the same names.

Checks that passed are remembered per process, so ``validate`` then ``run`` (or a test suite
running many configs) loads each component once, and per machine (``check_verdicts``), so a run
in an unchanged environment loads nothing for the check.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib.util
import logging
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipelines.check_verdicts import passed_before, record_pass, verdict_key
from pipelines.torch_guard import let_torch_in, torch_kept_out

if TYPE_CHECKING:
    from pipelines.config import Config

PROJECT = "corpus-prep"
OWN_PACKAGES = ("filters", "pipelines")
# The line each of our packages' __init__.py carries; another distribution's never does.
MARKER = f'__distribution__ = "{PROJECT}"'

# Extras that provide a filesystem scheme or a runner, and a module each one installs.
_SCHEMES = {"gs": ("gcp", "google.cloud.storage"), "s3": ("aws", "boto3")}
_RUNNER_EXTRAS = {"DataflowRunner": ("gcp", "google.cloud.storage")}
# The oldest setuptools that reads our pyproject.toml (SPDX ``license`` string); Beam builds the
# workers' package with the launcher's own setuptools when ``setup_file`` is set.
MIN_SETUPTOOLS = (77, 0)

_passed: set[str] = set()
_log = logging.getLogger(__name__)


class ForeignPackage(ImportError):
    """``filters`` or ``pipelines`` on ``sys.path`` is another distribution's package."""


def _package_file(name: str) -> str | None:
    """What ``import name`` runs (or ran), without importing it: its ``__init__.py``, "" for a
    directory without one (a namespace package), None when nothing of that name is found."""
    module = sys.modules.get(name)
    if module is not None:
        return getattr(module, "__file__", None) or ""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    return spec.origin if spec.origin and spec.origin != "namespace" else ""


def _is_ours(init_file: str) -> bool:
    if not init_file.endswith("__init__.py"):
        return False
    try:
        return MARKER in Path(init_file).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def other_claimants(names: tuple[str, ...] = OWN_PACKAGES) -> dict[str, list[str]]:
    """Installed distributions other than corpus-prep that install any of ``names``.

    From each distribution's ``top_level.txt``, else the first path component of its ``RECORD``
    entries (wheels not built by setuptools have no ``top_level.txt``).
    """
    from importlib import metadata

    claims: dict[str, list[str]] = {}
    for dist in metadata.distributions():
        top_level = dist.read_text("top_level.txt")
        if top_level is not None:
            tops = set(top_level.split())
        else:
            record = dist.read_text("RECORD") or ""
            tops = {line.split("/", 1)[0] for line in record.splitlines() if "/" in line}
        if not tops.intersection(names):
            continue  # the common case; reading a distribution's name parses its METADATA
        name = dist.metadata["Name"] or "?"
        if name.lower().replace("_", "-") == PROJECT:
            continue
        label = f"{name} {dist.version}"
        for package in sorted(tops.intersection(names)):
            if label not in claims.get(package, []):
                claims.setdefault(package, []).append(label)
    return claims


def _clash_advice(name: str, others: list[str]) -> str:
    who = ", ".join(others) if others else "another distribution"
    first = others[0].split()[0] if others else "<that distribution>"
    return (
        f"corpus-prep installs the top-level package '{name}', and so does {who}: in one "
        f"environment they overwrite or shadow each other. Use a separate virtual environment "
        f"for corpus-prep, or remove the other one and repair corpus-prep's files: "
        f"python -m pip uninstall {first} && python -m pip install --force-reinstall --no-deps "
        f"corpus-prep (see docs/install.md, Troubleshooting)"
    )


def check_own_packages() -> None:
    """Raise ``ForeignPackage`` if ``import filters``/``pipelines`` would not run corpus-prep's.

    Cheap (a path lookup and one small file read per package), so ``import pipelines`` runs it;
    the distribution names are looked up only when there is something to report.
    """
    for name in OWN_PACKAGES:
        init_file = _package_file(name)
        if init_file is None or _is_ours(init_file):
            continue  # not found: the import itself will say so
        others = other_claimants((name,)).get(name, [])
        if init_file:
            found = f"'import {name}' finds {init_file}, which is not corpus-prep's. "
        else:
            found = (
                f"'import {name}' finds a directory without corpus-prep's __init__.py (removed "
                f"with a distribution that shared it?); reinstall corpus-prep: python -m pip "
                f"install --force-reinstall --no-deps corpus-prep. "
            )
        raise ForeignPackage(found + _clash_advice(name, others))


def _error_text(exc: BaseException) -> str:
    return " ".join(f"{type(exc).__name__}: {exc}".split())


def _extractor_problem(index: int, cfg: Any) -> str | None:
    from filters.dependencies import MissingDependency
    from filters.extract import HtmlExtractor

    where = f"inputs[{index}] (extractor {cfg.extractor})"
    try:
        HtmlExtractor(extractor=cfg.extractor, **cfg.extraction.model_dump())
    except MissingDependency as exc:
        return f"{where}: {exc}"
    except Exception as exc:  # noqa: BLE001 - every failure is reported, each with its component
        return f"{where}: {_error_text(exc)}"
    return None


def _stage_problem(name: str, section: Any, mode: str) -> str | None:
    from filters.dependencies import explain
    from pipelines.filter_stages import make_filter

    try:
        make_filter(name, section, mode).setup()
    except ImportError as exc:
        return f"stages.{name}: {explain(f'the {name} stage', exc)}"
    except Exception as exc:  # noqa: BLE001 - a model that does not load, a bad label, ...
        return f"stages.{name}: cannot load: {_error_text(exc)}"
    return None


def _extra_problem(where: str, module: str, extra: str) -> str | None:
    """``module`` comes with corpus-prep's ``extra``: name the extra, not its dozens of packages."""
    let_torch_in()  # a hook's own requirement (torch) is imported for real
    try:
        importlib.import_module(module)
    except ImportError as exc:
        return (
            f"{where}: need corpus-prep's '{extra}' extra ({_error_text(exc)}); install it: "
            f"python -m pip install 'corpus-prep[{extra}]' (from a source tree: "
            f"python -m pip install -e '.[{extra}]')"
        )
    return None


def _setuptools_problem() -> str | None:
    from importlib import metadata

    try:
        version = metadata.version("setuptools")
    except metadata.PackageNotFoundError:
        version = "0"
    parts = tuple(int(p) for p in version.split(".")[:2] if p.isdigit())
    if parts >= MIN_SETUPTOOLS:
        return None
    return (
        f"beam_options.setup_file: Beam builds the workers' package with this environment's "
        f"setuptools {version}, which cannot read corpus-prep's pyproject.toml; "
        f"python -m pip install 'setuptools>={MIN_SETUPTOOLS[0]}'"
    )


def _checks(config: Config) -> Iterator[tuple[str, Callable[[], str | None]]]:
    """(key, check) for each component ``config`` uses; a check returns its problem or None."""
    from pipelines.filter_stages import FILTER_STAGES
    from pipelines.hooks import resolve_hook

    for index, cfg in enumerate(config.inputs):
        if cfg.format == "warc":
            key = f"extractor:{cfg.extractor}:{cfg.extraction.model_dump_json()}"
            yield key, functools.partial(_extractor_problem, index, cfg)
    for name in FILTER_STAGES:
        section = getattr(config.stages, name)
        if section.enabled:
            key = f"stage:{name}:{config.mode}:{section.model_dump_json()}"
            yield key, functools.partial(_stage_problem, name, section, config.mode)
    for hook in config.hooks:
        for module in getattr(resolve_hook(hook.name), "requires", ()):
            where = f"hooks.{hook.name}"
            yield f"module:{module}", functools.partial(_extra_problem, where, module, "train")
    for path in [item.path for item in config.inputs] + [config.output]:
        scheme = path.split("://", 1)[0] if "://" in path else ""
        if scheme in _SCHEMES:
            extra, module = _SCHEMES[scheme]
            where = f"{scheme}:// paths ({path})"
            yield f"module:{module}", functools.partial(_extra_problem, where, module, extra)
    runner = str(config.beam_options.get("runner") or "")
    if runner in _RUNNER_EXTRAS:
        extra, module = _RUNNER_EXTRAS[runner]
        where = f"beam_options.runner {runner}"
        yield f"module:{module}", functools.partial(_extra_problem, where, module, extra)
    if config.beam_options.get("setup_file"):
        yield "setuptools", _setuptools_problem


def _check_results(config: Config, skip: frozenset[str]) -> list[tuple[str, str | None]]:
    """(key, problem or None) for each component of ``config`` not in ``skip``."""
    results: list[tuple[str, str | None]] = []
    done = set(skip)
    # As in the workers: spaCy and Presidio would import torch here only to look for a GPU
    # (~2 CPU-s and ~250 MB in the launcher, which never uses it before the hooks).
    with torch_kept_out():
        for key, check in _checks(config):
            if key not in done:
                done.add(key)
                results.append((key, check()))
    return results


def _start_in_child(config: Config, skip: frozenset[str]) -> tuple[Any, Future]:
    """``_check_results`` started in a spawned interpreter, whose memory goes when it exits.

    What a check loads stays in its process for good: heliport keeps its model (~0.83 GB) in
    the process that first built one, whatever is deleted after, and imported libraries are
    never unloaded. When the stages run in other processes (Beam's multi_processing mode, a
    cluster), the launcher keeps none of it: it runs for the whole job beside the workers.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(1, mp_context=context, initializer=_child_logging)
    return pool, pool.submit(_check_results, config, skip)


def _child_logging() -> None:
    """The CLI's logging in the child too, before Beam's import logs its GCP-client notice."""
    from pipelines.log_setup import configure_logging

    configure_logging(quiet=True, verbose=False)


class EnvironmentCheck:
    """A started ``check_environment``: ``wait`` ends it, raising its ``ConfigError``.

    ``verdict``: the key under which a pass is recorded for the next run (``check_verdicts``);
    ``cached``: nothing was loaded because that key passed before.
    """

    def __init__(
        self,
        problems: list[str],
        results: list | None,
        child: tuple | None = None,
        *,
        verdict: tuple[str, list[str]] | None = None,
        cached: bool = False,
    ):
        self._problems = problems
        self._results = results
        self._child = child  # (pool, future) while the components load in a child
        self._verdict = verdict  # (key, the check's keys)
        self.in_child = child is not None
        self.cached = cached

    @property
    def loading(self) -> bool:
        """Whether a child is (or may still be) loading the components."""
        return self._child is not None

    def wait(self) -> None:
        """Wait for the components' checks; raise ``ConfigError`` naming every problem."""
        from pipelines.config import ConfigError

        results = self._results or []
        if self._child is not None:
            pool, future = self._child
            try:
                results = future.result()
            finally:
                pool.shutdown()
                self._child = None
        problems = list(self._problems)
        for key, problem in results:
            if problem is None:
                _passed.add(key)
            else:
                problems.append(problem)
        if problems:
            raise ConfigError("this environment cannot run the config:\n  " + "\n  ".join(problems))
        if self._verdict is not None and not self.cached:
            record_pass(*self._verdict)
            self._verdict = None

    def abandon(self) -> None:
        """Stop waiting (the run is interrupted): the child finishes its current check alone."""
        if self._child is not None:
            self._child[0].shutdown(wait=False, cancel_futures=True)
            self._child = None


def start_environment_check(config: Config, *, in_child: bool = False) -> EnvironmentCheck:
    """``check_environment`` started: in a child (``in_child``) the components load while this
    process goes on, and ``wait`` on the result raises what ``check_environment`` would.

    Problems found without loading anything (our packages shadowed) raise here at once.
    """
    from pipelines.config import ConfigError

    try:
        check_own_packages()
    except ForeignPackage as exc:
        raise ConfigError(str(exc)) from None
    problems = [_clash_advice(name, others) for name, others in other_claimants().items()]
    keys = [key for key, _ in _checks(config)]
    verdict = (verdict_key(keys, _checked_sections(config)), keys)
    skip = frozenset(_passed)
    pending = [key for key in keys if key not in skip]
    cached = bool(pending) and passed_before(verdict[0])
    if cached:
        _log.debug("start-up check skipped: it passed before with key %s", verdict[0])
    if cached or not pending:
        check = EnvironmentCheck(problems, [], verdict=verdict, cached=cached)
        check.in_child = in_child
        return check
    if in_child:
        return EnvironmentCheck(problems, None, _start_in_child(config, skip), verdict=verdict)
    return EnvironmentCheck(problems, _check_results(config, skip), verdict=verdict)


def _checked_sections(config: Config) -> list[dict]:
    """The config sections ``_checks`` loads components from, for ``verdict_key``."""
    from pipelines.filter_stages import FILTER_STAGES

    sections = [cfg.extraction.model_dump(mode="json") for cfg in config.inputs]
    for name in FILTER_STAGES:
        section = getattr(config.stages, name)
        if section.enabled:
            sections.append(section.model_dump(mode="json"))
    return sections


def stages_elsewhere_in(beam_argv: list[str]) -> bool:
    """Whether Beam flags ``beam_argv`` run the stages in other processes (the DirectRunner's
    multi_processing mode, any other runner), read without importing Beam, so that ``run`` can
    start the check's child before Beam's import. ``run`` compares it with Beam's own reading
    (``build.stages_in_this_process``) and starts the check again where they differ."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--runner")
    parser.add_argument("--direct_running_mode")
    known, _ = parser.parse_known_args(beam_argv)
    runner = str(known.runner or "DirectRunner").rsplit(".", 1)[-1]
    if runner not in ("DirectRunner", "BundleBasedDirectRunner"):
        return True
    return (known.direct_running_mode or "in_memory") not in ("in_memory", "multi_threading")


def check_environment(config: Config, *, in_child: bool = False) -> None:
    """Raise ``ConfigError`` naming every component of ``config`` that cannot import or load.

    ``in_child``: load the components in a child process (the run's stages will not run in
    this one), so that this process does not keep their models and libraries.
    """
    start_environment_check(config, in_child=in_child).wait()


@contextlib.contextmanager
def environment_checked(
    config: Config, *, in_child: bool = False, started: EnvironmentCheck | None = None
) -> Iterator[EnvironmentCheck]:
    """``check_environment`` around a with-block that runs while the child loads the components
    (``in_child``; otherwise the check ends before the block starts). ``started``: the check,
    started earlier by the caller; used if it loads where ``in_child`` says, else abandoned.

    The check's error wins over the block's: work done before the check ends (building the
    graph) may fail only because a component is missing, and the check's message says why.
    Yields the check (``cached``: it loaded nothing, having passed before).
    """
    check = started
    if check is not None and check.in_child != in_child:
        check.abandon()
        check = None
    if check is None:
        check = start_environment_check(config, in_child=in_child)
    if not check.loading:
        check.wait()  # loaded in this process already: nothing to do meanwhile
    try:
        yield check
    except Exception:
        check.wait()
        raise
    except BaseException:
        check.abandon()
        raise
    check.wait()
