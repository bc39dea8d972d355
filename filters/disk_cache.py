"""Arrays built once per machine and kept on local disk, memory-mapped by every process that
needs them.

Some indexes cost seconds to build from files that never change between runs (UT1's 4.6 million
domains take ~2.5 CPU-seconds to hash). Building them once per run, on the launcher, was the
largest single item of a small run's start-up; here they are built once per machine and content:
the file's name carries a digest of everything the array is derived from, so a changed input or a
changed rule gives a new name and a stale array is never read. Files are written to a temporary
name in the same directory and renamed (readers see the whole file or none), and read with
``mmap``: the pages belong to the OS page cache, shared by every worker on the machine instead of
copied into each.

Where: ``$CORPUS_PREP_CACHE_DIR``, else ``$XDG_CACHE_HOME/corpus-prep``, else
``~/.cache/corpus-prep``. When that directory cannot be written, callers build the array in
memory as before (nothing fails for want of a cache).
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import numpy as np

CACHE_ENV = "CORPUS_PREP_CACHE_DIR"


def cache_dir() -> Path:
    """The directory the cached arrays live in (not created here)."""
    if explicit := os.environ.get(CACHE_ENV):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "corpus-prep"


def array_bytes(array: np.ndarray) -> bytes:
    """``array`` as the bytes of a ``.npy`` file (what ``store`` writes and ``load`` maps)."""
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def load(name: str) -> np.ndarray | None:
    """The cached array ``name``, memory-mapped read-only; None if absent or unreadable."""
    path = cache_dir() / name
    try:
        return np.load(path, mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError):
        return None


def store(name: str, data: bytes, *, replaces: str = "") -> Path | None:
    """Write ``.npy`` bytes as ``name``, atomically; the path, or None if it cannot be written.

    ``replaces``: a name prefix; the other cached files with that prefix (indexes of an older
    list or older code) are deleted. A process that maps one keeps its pages until it unmaps.
    """
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
    except OSError:
        return None
    try:
        os.chmod(temporary, 0o644)  # readable like any cache file (mkstemp makes it 0600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, directory / name)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return None
    if replaces:
        for old in directory.glob(f"{replaces}*.npy"):
            if old.name != name:
                old.unlink(missing_ok=True)
    return directory / name
