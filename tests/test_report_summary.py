"""The terminal summary at the end of a run: a table a user can read."""

from __future__ import annotations

from pipelines.report import format_summary


def _report(stages: list[str]) -> dict:
    return {
        "totals": {
            "input_records": 10,
            "input_bytes": 10_000,
            "kept_docs": 4,
            "kept_bytes": 4_000,
            "replica_docs": 0,
        },
        "wall_time_s": 1.0,
        "runner": "DirectRunner",
        "funnel": [
            {
                "stage": stage,
                "rejected_docs": 1_234 if stage == "paragraph_dedup" else 1,
                "remaining_docs": 10 - i,
                "top_reasons": {},
            }
            for i, stage in enumerate(stages)
        ],
        "languages_before": {"en": {"docs": 10, "bytes": 10_000}},
        "languages_after": {"en": {"docs": 4, "bytes": 4_000}},
        "output": "out",
    }


def test_funnel_numbers_stay_in_columns_with_long_stage_names():
    """paragraph_dedup (15 characters) used to push its numbers out of their columns."""
    stages = ["read", "url_filter", "paragraph_dedup", "balance"]
    lines = format_summary(_report(stages)).splitlines()
    header = next(line for line in lines if line.startswith("stage"))
    rows = [line for line in lines if line.split()[:1] and line.split()[0] in stages]
    assert [row.split()[0] for row in rows] == stages
    rejected_end = header.index("rejected") + len("rejected")
    remaining_end = header.index("remaining") + len("remaining")
    for row in rows:
        _, rejected, remaining = row.split()[:3]
        assert row[:rejected_end].endswith(rejected)  # right-aligned under its header
        assert row[:remaining_end].endswith(remaining)
