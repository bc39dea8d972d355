"""A compact malloc for the model server, whose memory is millions of tiny allocations.

Why: heliport's model is hash maps of millions of n-grams, each entry a heap string of a few bytes
and a heap vector of a few (language, probability) pairs. glibc rounds each of those to at least
32 bytes with a header; jemalloc packs them in 8- and 16-byte size classes with none. Loaded
under jemalloc the same model is 0.61 GB resident instead of 0.86 GB (and loads in a fifth of
the CPU time). Where the bytes live changes no result: the predictions are identical
(tests/test_shared_model.py). heliport itself has no smaller load: its Python API loads every
language and n-gram order, and a language subset both needs the text models (not shipped) and
changes the ranking.

The server is started with jemalloc preloaded (``LD_PRELOAD``) where the dynamic linker knows
it (Debian: ``apt-get install libjemalloc2``); elsewhere it runs on the system's malloc, as
before. ``CORPUS_PREP_SERVER_MALLOC`` overrides: a library's path or name, or empty for the
system's malloc.
"""

from __future__ import annotations

import ctypes.util
import functools
import os
import sys

SETTING = "CORPUS_PREP_SERVER_MALLOC"


@functools.cache
def _found() -> str | None:
    """jemalloc's shared library as the dynamic linker names it, if installed (Linux only:
    elsewhere ``LD_PRELOAD`` is not how a malloc is replaced)."""
    return ctypes.util.find_library("jemalloc") if sys.platform.startswith("linux") else None


def compact_malloc() -> str | None:
    """The malloc library to preload into a model server, or None for the system's."""
    setting = os.environ.get(SETTING)
    if setting is not None:
        return setting.strip() or None
    return _found()


def server_environment() -> dict[str, str]:
    """This process's environment with the compact malloc, if any, preloaded first."""
    env = dict(os.environ)
    library = compact_malloc()
    if library:
        env["LD_PRELOAD"] = " ".join(filter(None, (library, env.get("LD_PRELOAD"))))
    return env
