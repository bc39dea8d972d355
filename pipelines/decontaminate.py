"""Decontamination on Beam: one benchmark index per run, loaded by every worker; a per-benchmark
summary for the report.

The index is built once, on the machine that launches the job, from the benchmark files (read
through Beam's filesystems, so ``gs://`` works), and written to
``OUT/_stage_data/decontaminate/index.npz`` (``pipelines.stage_data``). Workers read that file
in ``setup``: the job graph carries only its path, never the index (Dataflow refuses graphs over
~10 MB, and GSM8K plus HellaSwag alone index to ~110 MB), and no element carries it either.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from typing import Any

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from filters.decontaminate import (
    META_MATCH,
    REASON_PREFIX,
    STAGE,
    BenchmarkIndex,
    Decontaminator,
    Example,
)
from filters.text import TextNormaliser
from pipelines.config import BenchmarkConfig, ConfigError
from pipelines.sources.fields import file_label, get_dotted
from pipelines.sources.files import open_input
from pipelines.sources.read import match_files
from pipelines.stage_data import read_file, stage_file, write_file

INDEX_FILE = "index.npz"
_EXTENSIONS = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".parquet")
_GLOB_CHARS = "*?["


def benchmark_files(cfg: BenchmarkConfig) -> list[str]:
    """The files of one benchmark: a file, a glob, or a directory's JSONL/Parquet files."""
    if any(char in cfg.path for char in _GLOB_CHARS):
        files = match_files(cfg.path)
    else:
        inside = [
            p for p in match_files(FileSystems.join(cfg.path, "*")) if p.endswith(_EXTENSIONS)
        ]
        files = inside or match_files(cfg.path)
    if not files:
        raise ConfigError(f"benchmark {cfg.name}: no file matches {cfg.path!r}")
    return files


def _file_format(cfg: BenchmarkConfig, path: str) -> str:
    if cfg.format:
        return cfg.format
    if path.endswith(".parquet"):
        return "parquet"
    if path.endswith((".jsonl", ".jsonl.gz", ".json", ".json.gz")):
        return "jsonl"
    raise ConfigError(f"benchmark {cfg.name}: cannot tell the format of {path}; set format")


def _rows(cfg: BenchmarkConfig, path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(1-based row number, row) of a benchmark file."""
    if _file_format(cfg, path) == "parquet":
        import pyarrow.parquet as pq

        with open_input(path) as stream:
            table = pq.read_table(stream)
        yield from enumerate(table.to_pylist(), start=1)
        return
    with open_input(path) as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise ConfigError(f"benchmark {cfg.name}: {path} line {number}: {exc}") from None
            if isinstance(row, dict):
                yield number, row


def _field_value(value: Any) -> str | tuple[str, ...] | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return tuple(str(item) for item in value if item is not None and str(item).strip())
    return None if value is None else str(value)


def read_examples(cfg: BenchmarkConfig) -> Iterator[Example]:
    """Every example of a benchmark; a field missing from a whole file is a config error."""
    for path in benchmark_files(cfg):
        seen = dict.fromkeys(cfg.fields, 0)
        rows = 0
        for number, row in _rows(cfg, path):
            rows += 1
            fields = []
            for name in cfg.fields:
                value = _field_value(get_dotted(row, name))
                if value:
                    seen[name] += 1
                    fields.append(value)
            native = get_dotted(row, cfg.id_field) if cfg.id_field else None
            ref = f"{file_label(path)}:{native if native is not None else number}"
            yield Example(cfg.name, ref, tuple(fields))
        missing = [name for name, count in seen.items() if rows and not count]
        if missing:
            raise ConfigError(
                f"benchmark {cfg.name}: {path} has no field {', '.join(map(repr, missing))}"
            )


def _normaliser(section: dict[str, Any]) -> TextNormaliser:
    return TextNormaliser(
        lowercase=section["lowercase"],
        punctuation=section["strip_punctuation"],
        digits=section["normalise_digits"],
        unicode_nfkc=section["unicode_nfkc"],
    )


@functools.cache
def _build_cached(key: str) -> BenchmarkIndex:
    section = json.loads(key)
    examples = (
        example
        for cfg in section["benchmarks"]
        for example in read_examples(BenchmarkConfig(**cfg))
    )
    return BenchmarkIndex.build(
        examples,
        ngram_size=section["ngram_size"],
        char_ngram_size=section["char_ngram_size"],
        max_edits=section["max_edits"],
        kind=section["index"],
        bloom_fp_rate=section["bloom_fp_rate"],
        normaliser=_normaliser(section),
    )


def build_index(section: dict[str, Any]) -> BenchmarkIndex:
    """The index of a config section's benchmarks (built once per process and section)."""
    return _build_cached(json.dumps(section, sort_keys=True))


class DecontaminateStage(Decontaminator):
    """The filter as the pipeline builds it: from the config section, index loaded from a file.

    ``index_path`` is set by ``run_kwargs`` (on the launcher); without it (a notebook, a bench
    script) the index is built in ``setup`` from the benchmark files.
    """

    def __init__(
        self,
        *,
        benchmarks: list[dict[str, Any]],
        action: str = "drop_document",
        rewrite_text: bool = True,
        index_path: str | None = None,
        report_examples: int = 5,
        **section: Any,
    ):
        super().__init__(None, action, rewrite_text)
        self.section = {"benchmarks": benchmarks, **section}
        self.index_path = index_path
        self.report_examples = report_examples

    @classmethod
    def check_run(cls, kwargs: dict[str, Any]) -> None:
        """Read and index the benchmarks before anything else happens: bad files fail here."""
        index = build_index(_index_section(kwargs))
        empty = [
            name for name, stats in index.stats.items() if stats["examples"] == stats["too_short"]
        ]
        if empty:
            raise ConfigError(
                f"stages.decontaminate: no example of {', '.join(empty)} is long enough to index "
                f"(ngram_size {kwargs['ngram_size']})"
            )

    @classmethod
    def run_kwargs(cls, kwargs: dict[str, Any], *, output: str | None, mode: str) -> dict[str, Any]:
        """Write the run's index under ``output``; in annotate mode, never rewrite text."""
        kwargs = dict(kwargs, rewrite_text=mode != "annotate")
        if output is not None:
            index = build_index(_index_section(kwargs))
            path = stage_file(output, STAGE, INDEX_FILE)
            write_file(path, index.to_bytes())
            kwargs["index_path"] = path
        return kwargs

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["index"] = None  # workers load it from index_path
        return state

    def setup(self) -> None:
        if self.index is not None:
            return
        if self.index_path is None:
            self.index = build_index(self.section)
            return
        self.index = BenchmarkIndex.from_bytes(read_file(self.index_path))


def _index_section(kwargs: dict[str, Any]) -> dict[str, Any]:
    skip = {"action", "rewrite_text", "index_path", "report_examples"}
    return {key: value for key, value in kwargs.items() if key not in skip}


# ----- the report's summary --------------------------------------------------------------------


def _match_row(record: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(benchmark, row) for a matched document or a decontamination reject; [] otherwise."""
    if "stage" in record:  # a reject
        if record["stage"] != STAGE or not record["reason"].startswith(REASON_PREFIX):
            return []
        detail, outcome = record.get("detail") or "", "dropped"
    else:
        detail = (record.get("metadata") or {}).get(META_MATCH)
        if not detail:
            return []
        outcome = (
            "paragraphs_removed"
            if "decontaminate.paragraphs_removed" in record["metadata"]
            else "kept"
        )
    example = {
        "id": record["id"],
        "source": record["source"],
        "url": record.get("url"),
        "match": detail,
    }
    return [(detail.split(" ", 1)[0], {"outcome": outcome, "example": example})]


class _Summary(beam.CombineFn):
    """Per benchmark: documents matched by outcome, and the ``limit`` smallest-id examples."""

    def __init__(self, limit: int):
        self._limit = limit

    def create_accumulator(self) -> dict[str, Any]:
        return {}

    def add_input(self, acc: dict[str, Any], item: tuple[str, dict[str, Any]]) -> dict[str, Any]:
        name, row = item
        entry = acc.setdefault(name, {"documents": 0, "outcomes": {}, "examples": []})
        entry["documents"] += 1
        entry["outcomes"][row["outcome"]] = entry["outcomes"].get(row["outcome"], 0) + 1
        entry["examples"] = sorted(entry["examples"] + [row["example"]], key=lambda e: e["id"])[
            : self._limit
        ]
        return acc

    def merge_accumulators(self, accumulators: Any) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for acc in accumulators:
            for name, entry in acc.items():
                into = merged.setdefault(name, {"documents": 0, "outcomes": {}, "examples": []})
                into["documents"] += entry["documents"]
                for outcome, count in entry["outcomes"].items():
                    into["outcomes"][outcome] = into["outcomes"].get(outcome, 0) + count
                into["examples"] = sorted(
                    into["examples"] + entry["examples"], key=lambda e: e["id"]
                )[: self._limit]
        return merged

    def extract_output(self, acc: dict[str, Any]) -> dict[str, Any]:
        """Keys sorted, so the summary is the same whatever order the documents came in."""
        return {
            name: dict(entry, outcomes=dict(sorted(entry["outcomes"].items())))
            for name, entry in sorted(acc.items())
        }


class SummariseMatches(beam.PTransform):
    """(documents after the stage, its rejects) → the report's summary (one dict: the index's
    figures and what matched which benchmark, with examples)."""

    def __init__(self, stage: DecontaminateStage):
        super().__init__()
        self._limit = stage.report_examples
        index = build_index(stage.section)
        self._indexed = {
            "benchmarks": index.stats,
            "options": {k: v for k, v in index.options().items() if k != "normaliser"},
            "action": stage.action,
        }

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, pcolls: tuple[beam.PCollection, beam.PCollection]) -> beam.PCollection:
        indexed = self._indexed
        # Rows before the Flatten: a runner that materialises a Flatten (the DirectRunner's)
        # would otherwise hold every document's text until the summary stage ran.
        rows = [
            pcoll | f"MatchRows{index}" >> beam.FlatMap(_match_row)
            for index, pcoll in enumerate(pcolls)
        ]
        return (
            rows
            | "AllRows" >> beam.Flatten()
            | "Summarise" >> beam.CombineGlobally(_Summary(self._limit))
            | "WithIndex" >> beam.Map(lambda matched: {**indexed, "matched": matched})
        )
