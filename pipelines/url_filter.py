"""URL filtering in the pipeline: user lists read through Beam's filesystems, the reader's hook.

The same filter runs in two places. In filter mode the WARC reader asks it before extracting a
page (``pipelines.sources.warc``), so a blocked page costs a header parse instead of an HTML
extraction; the per-document stage then covers every other format that carries URLs (WET,
JSONL, Parquet). In annotate mode only the stage runs, so every page is extracted and carries
the verdict. Lists are loaded in each worker's ``setup`` (UT1 from datatrove's installed package,
the user's files from wherever they are), so the job graph carries only their paths.
"""

from __future__ import annotations

import functools
import io
from typing import Any

from filters.url_filter import (
    STAGE,
    HashedList,
    UrlFilter,
    UserLists,
    user_lists,
    ut1_from_bytes,
    ut1_lists,
    ut1_to_bytes,
)
from pipelines.config import ConfigError
from pipelines.sources.fields import file_label
from pipelines.sources.files import open_input
from pipelines.stage_data import read_file, stage_file, write_file

UT1_FILE = "ut1.npz"
LIST_KEYS = (
    "block_domains",
    "block_urls",
    "block_regexes",
    "allow_domains",
    "allow_urls",
    "allow_regexes",
)


def _read_lines(path: str) -> list[str]:
    with open_input(path) as stream:
        return io.TextIOWrapper(stream, encoding="utf-8", errors="replace").read().splitlines()


@functools.cache
def _load(files: tuple[tuple[str, tuple[str, ...]], ...]) -> UserLists:
    """The user's lists, read and hashed once per process."""
    named = {}
    for kind, paths in files:
        named[kind] = [(file_label(path), _read_lines(path)) for path in paths]
    return user_lists(named)


class UrlFilterStage(UrlFilter):
    """The filter built from ``stages.url_filter``: list keys are files (local, gs://, ...).

    UT1 is hashed once per run, on the launcher (~2 CPU-seconds: 124 MB of domains to
    decompress and hash), into ``OUT/_stage_data/url_filter/ut1.npz``; each worker loads that
    in a few milliseconds instead of hashing it again.
    """

    def __init__(self, *, ut1_path: str | None = None, **section: Any):
        self.files = tuple((kind, tuple(section.pop(kind, ()))) for kind in LIST_KEYS)
        self.ut1_path = ut1_path
        super().__init__(**section)

    @classmethod
    def run_kwargs(cls, kwargs: dict[str, Any], *, output: str | None, mode: str) -> dict[str, Any]:
        if output is None or not kwargs.get("ut1", True):
            return kwargs
        path = stage_file(output, STAGE, UT1_FILE)
        write_file(path, ut1_to_bytes(ut1_lists()))
        return dict(kwargs, ut1_path=path)

    def load_ut1(self) -> tuple[HashedList, HashedList]:
        if self.ut1_path is None:
            return ut1_lists()
        return ut1_from_bytes(read_file(self.ut1_path))

    @classmethod
    def check_run(cls, section: dict[str, Any]) -> None:
        """Every list file must exist and parse (a bad regex names its file and line)."""
        stage = cls(**section)
        try:
            _load(stage.files)
        except (OSError, ValueError) as exc:
            raise ConfigError(f"stages.url_filter: {exc}") from None

    def load_lists(self) -> UserLists:
        return _load(self.files)
