"""Clear errors for a library that cannot be imported: which component needs it, what to install.

An ``ImportError`` from deep inside a library ("lxml.html.clean module is now a separate project")
says neither which part of a run needs it nor which distribution went missing. The usual cause is
an installer that skipped part of the dependency tree: pip older than 23.3 does not match a
requirement's extra spelled ``lxml[html_clean]`` (justext, under trafilatura) with the
``html-clean`` extra lxml declares, and installs lxml without its HTML cleaner. Walking the
installed distributions' metadata from the failing one finds the requirement that is not
installed, so the message can name it and the command that installs it.

Pure standard library plus ``packaging`` (which pip, setuptools and Beam need anyway); no Beam.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from types import ModuleType

from packaging.markers import default_environment
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

PROJECT = "corpus-prep"
TROUBLESHOOTING = "docs/install.md, Troubleshooting"


class MissingDependency(ImportError):
    """A library that a configured component needs cannot be imported; the message says why."""


@dataclass(frozen=True)
class Unmet:
    """A requirement of an installed distribution that the environment does not satisfy."""

    missing: str  # the distribution to install, e.g. "lxml_html_clean"
    why: str  # who requires it: "justext requires lxml[html_clean]>=4.4.2, whose extra ..."
    install: str  # what to hand pip: the name with the required versions, e.g. "torch==2.13.0"
    installed: str | None = None  # the version found, when it is the wrong one

    def __str__(self) -> str:
        if self.installed is not None:
            return f"{self.missing} {self.installed} is installed but {self.why}"
        return f"{self.missing} is not installed ({self.why})"


def installed_distributions(path: list[str] | None = None) -> dict[str, metadata.Distribution]:
    """Installed distributions by canonical name (the first found on ``path`` wins, like import)."""
    found: dict[str, metadata.Distribution] = {}
    for dist in metadata.distributions(**({"path": path} if path is not None else {})):
        name = dist.metadata["Name"]
        if name:
            found.setdefault(canonicalize_name(name), dist)
    return found


def _applies(requirement: Requirement, extras: Iterable[str]) -> bool:
    if requirement.marker is None:
        return True
    environment = default_environment()
    return any(requirement.marker.evaluate({**environment, "extra": e}) for e in ("", *extras))


@dataclass(frozen=True)
class Edge:
    """One applicable requirement in an installed dependency tree."""

    requirement: Requirement
    required_by: metadata.Distribution
    target: metadata.Distribution | None  # None: not installed
    why: str  # "app requires lib>=1", or for what an extra adds, who asked for the extra


def requirement_tree(
    distribution: str, extras: Iterable[str] = (), path: list[str] | None = None
) -> Iterator[Edge]:
    """Every requirement that applies under ``distribution[extras]``, transitively, once each.

    Extras are compared normalised (PEP 685), as current pip does, so ``lxml[html_clean]`` brings
    what lxml declares under ``html-clean``. Nothing when ``distribution`` is not installed (e.g.
    corpus-prep run from a source tree through PYTHONPATH). ``path``: where to look (default
    ``sys.path``).
    """
    dists = installed_distributions(path)
    start = canonicalize_name(distribution)
    if start not in dists:
        return
    seen: set[tuple[str, frozenset[str]]] = set()
    # (distribution, extras asked of it, who asked for those extras)
    todo = [(start, frozenset(canonicalize_name(e) for e in extras), "")]
    while todo:
        name, wanted, asked_by = todo.pop()
        if (name, wanted) in seen:
            continue
        seen.add((name, wanted))
        dist = dists[name]
        by = dist.metadata["Name"]
        for raw in dist.requires or []:
            try:
                requirement = Requirement(raw)
            except InvalidRequirement:
                continue
            if not _applies(requirement, wanted):
                continue
            plain = str(requirement).split(";")[0].strip()
            only_for_extra = asked_by and not _applies(requirement, ())
            target = canonicalize_name(requirement.name)
            why = asked_by if only_for_extra else f"{by} requires {plain}"
            yield Edge(requirement, dist, dists.get(target), why)
            if target in dists:
                asked = frozenset(canonicalize_name(e) for e in requirement.extras)
                extra_names = ", ".join(sorted(asked))
                note = f"{by} requires {plain}, whose extra {extra_names} needs it" if asked else ""
                todo.append((target, asked, note))


def unmet_requirements(
    distribution: str, extras: Iterable[str] = (), path: list[str] | None = None
) -> list[Unmet]:
    """Every requirement under ``distribution[extras]`` that is missing or at a wrong version."""
    unmet: set[Unmet] = set()
    for edge in requirement_tree(distribution, extras, path):
        requirement = edge.requirement
        install = f"{requirement.name}{requirement.specifier}"
        if edge.target is None:
            unmet.add(Unmet(requirement.name, edge.why, install))
        elif not requirement.specifier.contains(edge.target.version, prereleases=True):
            unmet.add(Unmet(requirement.name, edge.why, install, edge.target.version))
    return sorted(unmet, key=str)


def install_command(unmet: list[Unmet]) -> str:
    """A pip command line that installs what ``unmet`` lists."""
    return "python -m pip install " + " ".join(sorted({f"'{u.install}'" for u in unmet}))


def explain(needed_for: str, error: ImportError, extras: Iterable[str] = ()) -> str:
    """One message: what needs the library, the import error, and what to install.

    The distributions to install come from corpus-prep's own requirement tree (with ``extras``,
    e.g. ``train`` for the hooks' PyTorch); without an installed corpus-prep, from the module.
    """
    module = f" {error.name!r}" if error.name else ""
    message = f"{needed_for} cannot import{module}: {' '.join(str(error).split())}".rstrip(".")
    unmet = unmet_requirements(PROJECT, extras)
    if unmet:
        listed = "; ".join(str(u) for u in unmet)
        return (
            f"{message}. {listed}. Install with: {install_command(unmet)} (see {TROUBLESHOOTING})"
        )
    return f"{message}. Reinstall corpus-prep with its dependencies (see {TROUBLESHOOTING})"


def require(module: str, needed_for: str, extras: Iterable[str] = ()) -> ModuleType:
    """Import ``module`` or raise ``MissingDependency`` with ``explain``'s message."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependency(explain(needed_for, exc, extras)) from exc
