"""``OUT/report.json`` and the summary printed at the end of every run.

The counts come from the pipeline's own stats file (exact, computed from the records that were
written), not from runner metrics, which some runners report only approximately. Metrics add what
only they know: per-stage processing time.
"""

from __future__ import annotations

import platform
from collections import defaultdict
from importlib import metadata
from typing import Any

from apache_beam.io.filesystems import FileSystems

from pipelines.balance import PLAN_FILE
from pipelines.filesystem import join, read_json
from pipelines.quality_select import PLAN_FILE as QUALITY_PLAN_FILE
from pipelines.stats import STATS_FILE
from pipelines.summaries import read_summaries

REPORT_FILE = "report.json"
_VERSIONED = (
    "corpus-prep",
    "apache-beam",
    "pyarrow",
    "datatrove",
    "datasketch",
    "presidio-analyzer",
    "fasttext-numpy2-wheel",
    "trafilatura",
    "resiliparse",
)


def versions() -> dict[str, str]:
    """Versions of the packages that decide the output, for reproducing a run."""
    found = {"python": platform.python_version()}
    for name in _VERSIONED:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return found


def _read_if_exists(path: str) -> Any:
    return read_json(path) if FileSystems.exists(path) else None


def _nested_counts() -> defaultdict:
    return defaultdict(lambda: {"docs": 0, "bytes": 0})


def summarise(stats: list[dict[str, Any]], stage_order: tuple[str, ...]) -> dict[str, Any]:
    """Funnel, per-source and per-language tables from the stats rows.

    Rows of kind ``replica`` (up-sampled copies) are counted apart from the funnel, which is
    about original records; rows of kind ``unledgered`` are drops counted but not written to the
    rejects (down-sampling, unless ``ledger_downsampled``).
    """
    totals = {
        "input_records": 0,
        "input_bytes": 0,
        "kept_docs": 0,
        "kept_bytes": 0,
        "replica_docs": 0,
        "replica_bytes": 0,
    }
    by_source: defaultdict = defaultdict(lambda: {"input": 0, "kept": 0, "rejected": 0})
    languages_kept = _nested_counts()
    languages_in = _nested_counts()
    rejected_at = _nested_counts()
    reasons = _nested_counts()
    pii: defaultdict = defaultdict(int)
    for row in stats:
        docs, nbytes = row["docs"], row["bytes"]
        if row["kind"] == "pii":
            pii[row["reason"]] += docs
            continue
        if row["kind"] == "replica":
            totals["replica_docs"] += docs
            totals["replica_bytes"] += nbytes
            continue
        totals["input_records"] += docs
        totals["input_bytes"] += nbytes
        if row["kind"] != "unledgered":
            by_source[row["source"]]["input"] += docs
        if row["language"]:
            languages_in[row["language"]]["docs"] += docs
            languages_in[row["language"]]["bytes"] += nbytes
        if row["kind"] == "kept":
            totals["kept_docs"] += docs
            totals["kept_bytes"] += nbytes
            by_source[row["source"]]["kept"] += docs
            languages_kept[row["language"]]["docs"] += docs
            languages_kept[row["language"]]["bytes"] += nbytes
        else:
            if row["kind"] != "unledgered":
                by_source[row["source"]]["rejected"] += docs
            rejected_at[row["stage"]]["docs"] += docs
            rejected_at[row["stage"]]["bytes"] += nbytes
            reasons[(row["stage"], row["reason"])]["docs"] += docs
            reasons[(row["stage"], row["reason"])]["bytes"] += nbytes
    funnel = []
    remaining_docs, remaining_bytes = totals["input_records"], totals["input_bytes"]
    # Every stage that ran is a funnel step, even when it dropped nothing.
    for stage in list(stage_order) + sorted(set(rejected_at) - set(stage_order)):
        dropped = rejected_at[stage]
        remaining_docs -= dropped["docs"]
        remaining_bytes -= dropped["bytes"]
        top = sorted(
            ((reason, c["docs"]) for (s, reason), c in reasons.items() if s == stage),
            key=lambda item: (-item[1], item[0]),
        )
        funnel.append(
            {
                "stage": stage,
                "rejected_docs": dropped["docs"],
                "rejected_bytes": dropped["bytes"],
                "remaining_docs": remaining_docs,
                "remaining_bytes": remaining_bytes,
                "top_reasons": dict(top[:5]),
            }
        )
    return {
        "totals": totals,
        "funnel": funnel,
        "by_source": dict(sorted(by_source.items())),
        "languages_before": dict(sorted(languages_in.items())),
        "languages_after": dict(sorted(languages_kept.items())),
        "pii_hits": dict(sorted(pii.items())),
        "rejects": [
            {"stage": stage, "reason": reason, **counts}
            for (stage, reason), counts in sorted(reasons.items())
        ],
    }


def stage_times(metrics: dict[str, int], counter: str = "msecs") -> dict[str, float]:
    """Seconds per stage from the ``<stage>:<counter>`` counters: ``msecs`` (wall time of the
    stage's work) or ``cpu_msecs`` (its CPU time, ``pipelines.cpu_clock``)."""
    return {
        key.split(":", 1)[0]: value / 1000.0
        for key, value in sorted(metrics.items())
        if key.endswith(f":{counter}")
    }


def _stages_run(config: dict[str, Any], stage_order: tuple[str, ...]) -> tuple[str, ...]:
    """The stages of ``stage_order`` that this run's config enabled (``read`` always runs)."""
    stages = config.get("stages", {})
    return tuple(s for s in stage_order if s == "read" or stages.get(s, {}).get("enabled"))


def build_report(
    output: str,
    config: dict[str, Any],
    stage_order: tuple[str, ...],
    metrics: dict[str, int],
    wall_time_s: float,
    runner: str,
    startup_check: str | None = None,
) -> dict[str, Any]:
    """Everything a person or a notebook needs to judge a run, as one JSON document.

    ``startup_check``: "ran", or "cached" when the environment check passed before on this
    machine and loaded nothing (``pipelines.check_verdicts``).
    """
    stats = read_json(join(output, STATS_FILE))
    plan_path = join(output, PLAN_FILE)
    balance = read_json(plan_path) if FileSystems.exists(plan_path) else None
    if balance:
        dropped = balance["downsampled_not_ledgered"]
        if dropped["docs"]:
            stats.append(
                {
                    "kind": "unledgered",
                    "source": "*",
                    "language": "",
                    "stage": "balance",
                    "reason": "downsampled",
                    **dropped,
                }
            )
    summaries = read_summaries(output, FileSystems.exists)
    return {
        "output": output,
        "runner": runner,
        "wall_time_s": round(wall_time_s, 2),
        "startup_check": startup_check,
        "versions": versions(),
        **summarise(stats, _stages_run(config, stage_order)),
        "balance": balance,
        "quality_model": _read_if_exists(join(output, QUALITY_PLAN_FILE)),
        "decontamination": summaries.pop("decontamination", None),
        **summaries,
        "stage_time_s": stage_times(metrics),
        "stage_cpu_s": stage_times(metrics, "cpu_msecs"),
        "metrics": metrics,
        "config": config,
    }


def format_summary(report: dict[str, Any]) -> str:
    """A short table for the terminal at the end of a run."""
    totals = report["totals"]
    # as wide as the longest stage name (paragraph_dedup), so the numbers stay in columns
    width = max([len("stage"), *(len(row["stage"]) for row in report["funnel"])]) + 1
    lines = [
        f"corpus-prep: {totals['input_records']:,} records in "
        f"({totals['input_bytes'] / 1e6:.1f} MB), {totals['kept_docs']:,} kept "
        f"({totals['kept_bytes'] / 1e6:.1f} MB) in {report['wall_time_s']:.1f}s "
        f"on {report['runner']}"
        + (f"; +{totals['replica_docs']:,} up-sampled copies" if totals["replica_docs"] else ""),
        "",
        f"{'stage':<{width}}{'rejected':>10}{'remaining':>11}  top reasons",
    ]
    for row in report["funnel"]:
        reasons = ", ".join(f"{r} {n}" for r, n in row["top_reasons"].items())
        lines.append(
            f"{row['stage']:<{width}}{row['rejected_docs']:>10,}{row['remaining_docs']:>11,}"
            f"  {reasons}"
        )
    lines += ["", f"{'language':<10}{'docs in':>9}{'kept':>9}{'MB kept':>10}"]
    before, after = report["languages_before"], report["languages_after"]
    ranked = sorted(before, key=lambda lang: (-before[lang]["docs"], lang))
    for lang in ranked[:12]:
        kept = after.get(lang, {"docs": 0, "bytes": 0})
        lines.append(
            f"{lang:<10}{before[lang]['docs']:>9,}{kept['docs']:>9,}{kept['bytes'] / 1e6:>10.2f}"
        )
    if len(ranked) > 12:
        lines.append(f"... and {len(ranked) - 12} more languages")
    if report.get("pii_hits"):
        hits = ", ".join(f"{entity} {n:,}" for entity, n in report["pii_hits"].items())
        lines += ["", f"PII rewritten in kept documents: {hits}"]
    lines += ["", f"output: {report['output']}"]
    return "\n".join(lines)
