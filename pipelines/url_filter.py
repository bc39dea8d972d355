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

from filters.url_filter import UrlFilter, UserLists, user_lists
from pipelines.config import ConfigError
from pipelines.sources.fields import file_label
from pipelines.sources.files import open_input

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
    """The filter built from ``stages.url_filter``: list keys are files (local, gs://, ...)."""

    def __init__(self, **section: Any):
        self.files = tuple((kind, tuple(section.pop(kind, ()))) for kind in LIST_KEYS)
        super().__init__(**section)

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
