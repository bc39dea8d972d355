"""The per-stage CPU counters (``<stage>:cpu_msecs``) and the report's ``stage_cpu_s``."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions

from pipelines.cpu_clock import CpuMsecs
from pipelines.report import stage_times


class _AddSeconds(beam.DoFn):
    """Adds each element's seconds to ``quality:cpu_msecs``, one element per call."""

    def setup(self) -> None:
        self._clock = CpuMsecs("quality")

    def process(self, seconds: float):
        self._clock.add(seconds)
        yield seconds


def _counted(increments: list[float]) -> int:
    options = PipelineOptions(["--direct_running_mode=in_memory", "--direct_num_workers=1"])
    pipeline = beam.Pipeline(options=options)
    _ = pipeline | beam.Create(increments, reshuffle=False) | beam.ParDo(_AddSeconds())
    result = pipeline.run()
    result.wait_until_finish()
    found = result.metrics().query(MetricsFilter().with_name("cpu_msecs"))["counters"]
    return sum(counter.committed for counter in found)


def test_fractions_of_a_millisecond_are_carried_not_dropped():
    # 1,000 batches of 0.4 ms each: 400 ms, where whole milliseconds per batch would count 0
    assert _counted([0.0004] * 1000) in (399, 400)


def test_report_keeps_wall_and_cpu_times_apart():
    metrics = {
        "read:msecs": 6700,
        "read:cpu_msecs": 4100,
        "quality:msecs": 900,
        "quality:cpu_msecs": 850,
        "quality:setup_msecs": 2000,
        "quality:rejected:too_short": 3,
    }
    assert stage_times(metrics) == {"quality": 0.9, "read": 6.7}
    assert stage_times(metrics, "cpu_msecs") == {"quality": 0.85, "read": 4.1}
