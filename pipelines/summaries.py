"""Report-only outputs of stages: one small JSON file per stage, read into report.json.

A stage may compute figures that are neither a document's fate nor a count of rows (paragraph
dedup: paragraphs and bytes removed, the most repeated paragraphs; decontamination: what matched
which benchmark, with examples). The run writes each as
``OUT/_stage_data/<stage>/summary.json``; ``pipelines.report`` puts it in ``report.json`` under
the stage's report key, and the run deletes ``_stage_data`` with its other scratch files.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from pipelines.filesystem import ensure_directory, read_json, write_json
from pipelines.stage_data import stage_file

# The stages that write a summary, in stage order, and the report.json key each goes under.
REPORT_KEYS = {"decontaminate": "decontamination", "paragraph_dedup": "paragraph_dedup"}
SUMMARY_FILE = "summary.json"


def summary_path(output: str, stage: str) -> str:
    return stage_file(output, stage, SUMMARY_FILE)


class _Write(beam.DoFn):
    def __init__(self, output: str, stage: str):
        self._output = output
        self._stage = stage

    def process(self, summary: dict[str, Any]) -> Iterator[str]:
        path = summary_path(self._output, self._stage)
        ensure_directory(FileSystems.split(path)[0])
        write_json(path, summary)
        yield path


class WriteSummary(beam.PTransform):
    """A stage's summary (one dict) → ``OUT/_stage_data/<stage>/summary.json``; emits the path."""

    def __init__(self, output: str, stage: str):
        super().__init__()
        if stage not in REPORT_KEYS:
            raise ValueError(f"no report key for stage {stage!r}: add it to REPORT_KEYS")
        self._output = output
        self._stage = stage

    def expand(self, summary: beam.PCollection) -> beam.PCollection:
        return summary | "WriteSummary" >> beam.ParDo(_Write(self._output, self._stage))


def read_summaries(output: str, exists) -> dict[str, Any]:
    """``{report key: summary}`` of the summary files a run wrote (``exists(path)`` checks one)."""
    found = {}
    for stage, key in REPORT_KEYS.items():
        path = summary_path(output, stage)
        if exists(path):
            found[key] = read_json(path)
    return found
