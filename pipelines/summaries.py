"""Report-only outputs of decision stages: one small JSON file per stage, read into report.json.

A decision stage may compute figures that are neither a document's fate nor a count of rows
(paragraph dedup: paragraphs and bytes removed, the most repeated paragraphs). The run writes
each as ``OUT/_<stage>.json``; ``pipelines.report`` puts it in ``report.json`` under the stage's
name and deletes the file, as it does with the stats file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import apache_beam as beam

from pipelines.filesystem import join, read_json, write_json

# The stages that write a summary, in stage order.
SUMMARY_STAGES = ("paragraph_dedup",)


def summary_file(stage: str) -> str:
    return f"_{stage}.json"


class _Write(beam.DoFn):
    def __init__(self, output: str, stage: str):
        self._output = output
        self._stage = stage

    def process(self, summary: dict[str, Any]) -> Iterator[str]:
        path = join(self._output, summary_file(self._stage))
        write_json(path, summary)
        yield path


class WriteSummary(beam.PTransform):
    """A stage's summary (one dict) → ``OUT/_<stage>.json``; emits the path."""

    def __init__(self, output: str, stage: str):
        super().__init__()
        if stage not in SUMMARY_STAGES:
            raise ValueError(f"no summary file for stage {stage!r}: add it to SUMMARY_STAGES")
        self._output = output
        self._stage = stage

    def expand(self, summary: beam.PCollection) -> beam.PCollection:
        return summary | "WriteSummary" >> beam.ParDo(_Write(self._output, self._stage))


def read_summaries(output: str, exists) -> dict[str, Any]:
    """``{stage: summary}`` of the summary files a run wrote (``exists(path)`` checks one)."""
    found = {}
    for stage in SUMMARY_STAGES:
        path = join(output, summary_file(stage))
        if exists(path):
            found[stage] = read_json(path)
    return found
