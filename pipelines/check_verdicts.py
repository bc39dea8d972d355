"""Start-up checks that passed, remembered per machine, so an unchanged environment is not
loaded again on the next run.

The start-up check (``pipelines.preflight``) loads every model the config's stages use (~5
CPU-seconds), and where the stages run in other processes the launcher waits for it (~3 s of
wall time per run) before the workers load the same models again. Its outcome depends only on
what is installed and configured, so a pass is recorded under a digest of all of that:

- the check's own keys: each enabled stage's whole config section and the mode, each WARC
  input's extraction options, the modules hooks and paths need, the runner;
- the stat (path, size, mtime_ns) of every model the stages load: corpus-prep's bundled models,
  the packages that carry model data (heliport's n-gram tables, datatrove's UT1 list, a spaCy
  model named in the config), and every local path a checked config section names;
- every installed distribution (its ``.dist-info`` name, which carries the version, and its
  mtime, which a reinstall changes) on ``sys.path``, and ``sys.path`` itself;
- the Python version and interpreter, and modules this interpreter has made unimportable;
- the source of corpus-prep's own packages (stages and check).

A changed input gives a new key, so a stale verdict is never read; a failed check is never
recorded. Files live beside the UT1 index (``filters.disk_cache``), written atomically.
``CORPUS_PREP_RECHECK=1`` (``corpus-prep run --recheck``) runs the check whatever is recorded.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

RECHECK_ENV = "CORPUS_PREP_RECHECK"
PREFIX = "startup-check-"
# Installed packages whose files are the models some stage loads (not our own filters/models).
MODEL_PACKAGES = ("heliport", "datatrove")
_OWN_CODE = ("filters", "pipelines")

_log = logging.getLogger(__name__)


def recheck_forced() -> bool:
    """Whether the check must run whatever is recorded (``CORPUS_PREP_RECHECK`` set, not 0)."""
    return os.environ.get(RECHECK_ENV, "") not in ("", "0")


def _package_dir(name: str) -> Path | None:
    """Where package ``name`` is installed, found without importing it."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _stats(path: Path) -> Iterator[str]:
    """(path, size, mtime_ns) of ``path`` and, for a directory, of every file below it."""
    try:
        info = path.stat()
    except OSError:
        yield f"{path} missing"
        return
    yield f"{path} {info.st_size} {info.st_mtime_ns}"
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                yield from _stats(Path(root, name))


def _local_paths(value: Any) -> Iterator[Path]:
    """Every string in a config section's values that names an existing local path."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _local_paths(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _local_paths(item)
    elif isinstance(value, str) and value and "://" not in value and os.path.exists(value):
        yield Path(value).resolve()


def _model_files(sections: Iterable[dict]) -> Iterator[str]:
    own = _package_dir("filters")
    roots = [own / "models"] if own else []
    packages = list(MODEL_PACKAGES)
    for section in sections:
        roots.extend(_local_paths(section))
        if isinstance(section.get("nlp_model"), str):
            packages.append(section["nlp_model"])  # a spaCy model is a package
    for name in packages:
        if (directory := _package_dir(name)) is not None:
            roots.append(directory)
    for root in roots:
        yield from _stats(root)


def _distributions() -> Iterator[str]:
    """Each ``.dist-info``/``.egg-info`` on ``sys.path``, with its mtime (reinstall changes it)."""
    for entry in sys.path:
        try:
            found = sorted(os.scandir(entry or "."), key=lambda e: e.name)
        except OSError:
            continue
        for item in found:
            if item.name.endswith((".dist-info", ".egg-info")):
                try:
                    yield f"{entry}/{item.name} {item.stat().st_mtime_ns}"
                except OSError:
                    continue


def _own_code() -> Iterator[str]:
    for package in _OWN_CODE:
        directory = _package_dir(package)
        if directory is None:
            continue
        for path in sorted(directory.rglob("*.py")):
            yield f"{path} {hashlib.sha256(path.read_bytes()).hexdigest()}"


def verdict_key(check_keys: Iterable[str], sections: Iterable[dict]) -> str:
    """Digest of everything a start-up check's outcome depends on.

    ``check_keys``: the check's keys (``preflight._checks``); ``sections``: the config sections
    the check loads components from, as dicts (their local paths are stat'ed).
    """
    digest = hashlib.sha256()
    parts = [
        "python " + sys.version,
        "executable " + sys.executable,
        *(f"key {key}" for key in sorted(check_keys)),
        *(f"path {entry}" for entry in sys.path),
        *(f"blocked {name}" for name, mod in sorted(sys.modules.items()) if mod is None),
        *_model_files(sections),
        *_distributions(),
        *_own_code(),
    ]
    for part in parts:
        digest.update(part.encode("utf-8", "surrogateescape") + b"\n")
    return digest.hexdigest()[:32]


def _file_name(key: str) -> str:
    return f"{PREFIX}{key}.json"


def passed_before(key: str) -> bool:
    """Whether a check with ``key`` passed on this machine before (and no recheck is forced)."""
    if recheck_forced():
        return False
    from filters import disk_cache  # imports numpy: not at ``import pipelines``

    try:
        record = json.loads((disk_cache.cache_dir() / _file_name(key)).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(record, dict) and record.get("key") == key and record.get("passed") is True


def record_pass(key: str, check_keys: Iterable[str]) -> None:
    """Remember that the check with ``key`` passed; silently nothing if the cache is read-only."""
    from filters import disk_cache

    data = json.dumps({"key": key, "passed": True, "checks": sorted(check_keys)}, indent=1)
    if disk_cache.store(_file_name(key), data.encode("utf-8")) is None:
        _log.debug("start-up check %s passed; cannot record it in %s", key, disk_cache.cache_dir())
