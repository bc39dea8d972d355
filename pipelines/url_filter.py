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
    installed_ut1_index_name,
    user_lists,
    ut1_from_launcher,
    ut1_lists,
    ut1_to_bytes,
)
from pipelines.config import ConfigError
from pipelines.sources.fields import file_label
from pipelines.sources.files import open_input
from pipelines.stage_data import read_file, stage_file, write_file

UT1_FILE = "ut1.npy"
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

    UT1's hashed index comes from the launcher machine's cache (``filters.disk_cache``: hashed
    once per machine and list, ~2.5 CPU-seconds, then memory-mapped in ~0.03 s). The launcher
    names it in the job (``ut1_index``) and copies it to ``OUT/_stage_data/url_filter/ut1.npy``;
    a worker maps its own machine's copy of that name (on the launcher's machine, the same
    file, shared by every worker) and reads the stage copy only where its machine has none.
    """

    def __init__(
        self, *, ut1_path: str | None = None, ut1_index: str | None = None, **section: Any
    ):
        self.files = tuple((kind, tuple(section.pop(kind, ()))) for kind in LIST_KEYS)
        self.ut1_path = ut1_path
        self.ut1_index = ut1_index
        super().__init__(**section)

    @classmethod
    def run_kwargs(cls, kwargs: dict[str, Any], *, output: str | None, mode: str) -> dict[str, Any]:
        if output is None or not kwargs.get("ut1", True):
            return kwargs
        path = stage_file(output, STAGE, UT1_FILE)
        write_file(path, ut1_to_bytes(ut1_lists()))
        return dict(kwargs, ut1_path=path, ut1_index=installed_ut1_index_name())

    def load_ut1(self) -> tuple[HashedList, HashedList]:
        if self.ut1_path is None or self.ut1_index is None:
            return ut1_lists()
        return ut1_from_launcher(self.ut1_index, functools.partial(read_file, self.ut1_path))

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
