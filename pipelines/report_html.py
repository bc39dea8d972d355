"""``OUT/report.html``: one self-contained page a person opens after a run.

Plots are SVG written by ``pipelines.svg_charts`` (no script, no network: the page opens from a
bucket download or an air-gapped laptop). Counts come from ``report.json``; score distributions
are read from the output Parquet, projected to a few columns and capped at ``MAX_ROWS`` rows so
the page stays cheap for a terabyte run (the cap is stated on the page when it applies).
"""

from __future__ import annotations

import html
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import yaml
from apache_beam.io.filesystems import FileSystems

from pipelines.filesystem import join
from pipelines.svg_charts import bar_chart, histogram, line_chart

HTML_FILE = "report.html"
MAX_ROWS = 200_000
_COLUMNS = ("language_score", "toxicity_score", "n_bytes", "dup_cluster_size", "pii", "replica")
_STYLE = """
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1{font-size:1.6em}
h2{font-size:1.25em;border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0}
td,th{border:1px solid #ddd;padding:.25em .6em;text-align:right}
th{background:#f4f4f4}td:first-child,th:first-child{text-align:left}
.grid{display:flex;flex-wrap:wrap;gap:1em}.figure{flex:1 1 480px}
pre{background:#f7f7f7;padding:1em;overflow:auto;font-size:.85em}.note{color:#666;font-size:.9em}
"""


def _figure(title: str, svg: str) -> str:
    name = html.escape(title)
    return f'<div class="figure" data-plot="{name}"><h3>{name}</h3>{svg}</div>'


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_fmt(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def _hook_table(result: Any) -> str:
    """A hook's ``table`` (a list of rows with the same keys, e.g. ``distill``'s size vs
    quality) as an HTML table; empty when the hook returned none."""
    rows = result.get("table") if isinstance(result, dict) else None
    if not rows or not isinstance(rows, list) or not isinstance(rows[0], dict):
        return ""
    headers = list(rows[0])
    return _table(headers, [[row.get(h, "") for h in headers] for row in rows])


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _funnel_plot(report: dict[str, Any]) -> str:
    stages = ["input"] + [row["stage"] for row in report["funnel"]]
    docs = [report["totals"]["input_records"]] + [row["remaining_docs"] for row in report["funnel"]]
    return bar_chart(
        stages,
        [("documents", docs)],
        ylabel="documents remaining",
        colors=["#4c72b0"],
        annotate=True,
    )


def _mix_plot(before: dict[str, Any], after: dict[str, Any], label: str, top: int = 15) -> str:
    keys = sorted(before, key=lambda k: (-before[k]["docs"], k))[:top]
    return bar_chart(
        keys,
        [
            ("before", [before[k]["docs"] for k in keys]),
            ("after", [after.get(k, {"docs": 0})["docs"] for k in keys]),
        ],
        title=label,
        ylabel="documents",
    )


def _hist(values: list[float], title: str, xlabel: str, log: bool = False) -> str:
    return histogram(values, title=title, xlabel=xlabel, log=log)


def _bar(counts: dict[str, float], title: str, ylabel: str) -> str:
    return bar_chart(
        list(counts),
        [(ylabel, list(counts.values()))],
        title=title,
        ylabel=ylabel,
        colors=["#c44e52"],
        size=(500, 300),
    )


def _score_histograms(groups: dict[str, dict[str, Any]], top: int = 6) -> str:
    """Score histogram of the largest groups, one line each, with each group's cut marked."""
    ranked = sorted(groups, key=lambda g: (-groups[g]["docs"], g))[:top]
    lines, marks = [], []
    for number, group in enumerate(ranked):
        counts = groups[group]["histogram"]
        total = sum(counts) or 1
        edges = [(i + 0.5) / len(counts) for i in range(len(counts))]
        lines.append((group, edges, [c / total for c in counts]))
        if "cut" in groups[group]:
            marks.append((number, groups[group]["cut"]))
    return line_chart(
        lines,
        xlabel="quality_model_score (dotted: cut)",
        ylabel="share of the group's documents",
        marks=marks,
    )


def _quality_model_section(plan: dict[str, Any]) -> list[str]:
    """The quality_model stage: per-group score histogram, cut, and expected kept share."""
    groups = plan["groups"]
    rows = [
        [
            group,
            g["docs"],
            g["mean_score"],
            g.get("cut", ""),
            g["expected_kept"] / g["docs"] if "expected_kept" in g else "",
            g.get("tied_docs", ""),
        ]
        for group, g in groups.items()
    ]
    note = (
        f"keep_top_fraction {plan['keep_top_fraction']} per {plan['by']}; "
        f"min_score {plan['min_score']}; cut resolution {plan['score_resolution']:.1e}."
    )
    return [
        "<h2>Quality model</h2>",
        f'<p class="note">{html.escape(note)}</p>',
        '<div class="grid">'
        + (_figure("Quality model score by group", _score_histograms(groups)) if groups else "")
        + "</div>",
        _table(["group", "docs scored", "mean score", "cut", "kept share", "tied at cut"], rows),
    ]


def _decontamination(summary: dict[str, Any] | None) -> list[str]:
    """Per benchmark: examples indexed, documents matched by outcome, and matched documents."""
    if not summary:
        return []
    matched = summary.get("matched", {})
    rows = []
    for name, stats in summary["benchmarks"].items():
        found = matched.get(name, {"documents": 0, "outcomes": {}})
        outcomes = ", ".join(f"{k} {v:,}" for k, v in sorted(found["outcomes"].items()))
        rows.append([name, stats["examples"], stats["too_short"], found["documents"], outcomes])
    parts = [
        "<h2>Benchmark decontamination</h2>",
        f'<p class="note">action: {html.escape(summary["action"])}; '
        + html.escape(", ".join(f"{k} {v}" for k, v in summary["options"].items()))
        + "</p>",
        _table(["benchmark", "examples", "too short to index", "documents", "outcome"], rows),
    ]
    for name, found in matched.items():
        parts.append(f"<h3>{html.escape(name)}: matched documents (smallest ids)</h3>")
        parts.append(
            _table(
                ["id", "source", "url", "match"],
                [[e["id"], e["source"], e["url"] or "", e["match"]] for e in found["examples"]],
            )
        )
    return parts


def _paragraph_dedup_section(summary: dict[str, Any], report: dict[str, Any]) -> list[str]:
    """Paragraph dedup: what it removed, and the paragraphs most documents repeated."""
    kept = report["totals"]["kept_bytes"]
    share = summary["bytes_removed"] / (kept + summary["bytes_removed"]) if kept else 0.0
    note = (
        f"{summary['paragraphs_removed']:,} repeated paragraphs removed from "
        f"{summary['docs_changed']:,} documents: {summary['bytes_removed']:,} bytes "
        f"({share:.2%} of the kept documents' text before removal); "
        f"{summary['docs_too_short']:,} documents dropped as too short afterwards."
    )
    rows = [[t["documents"], t["text"]] for t in summary["top"]]
    return [
        "<h2>Paragraph dedup</h2>",
        f'<p class="note">{html.escape(note)}</p>',
        _table(["documents", "paragraph (first 80 characters)"], rows) if rows else "",
    ]


def _curve(points: list[dict[str, float]], title: str) -> str:
    xs = [p.get("tokens", p.get("step")) for p in points]
    lines = []
    for key in ("train_bpb", "heldout_bpb", "train_loss"):
        ys = [p.get(key) for p in points]
        if any(y is not None for y in ys):
            kept = [(x, y) for x, y in zip(xs, ys, strict=True) if y is not None]
            lines.append((key, [x for x, _ in kept], [y for _, y in kept]))
    return line_chart(
        lines, title=title, xlabel="tokens" if "tokens" in points[0] else "step", size=(500, 300)
    )


def read_columns(output: str) -> tuple[dict[str, list[Any]], bool]:
    """A capped sample of the score columns of the kept documents; True when capped."""
    data_dir = join(output, "data")
    if not FileSystems.exists(data_dir):
        return {}, False
    dataset = ds.dataset(data_dir, format="parquet", partitioning="hive")
    columns = [c for c in _COLUMNS if c in dataset.schema.names]
    table = dataset.head(MAX_ROWS + 1, columns=columns) if columns else pa.table({})
    capped = table.num_rows > MAX_ROWS
    return {name: table.column(name).to_pylist()[:MAX_ROWS] for name in columns}, capped


def render(report: dict[str, Any], columns: dict[str, list[Any]], capped: bool) -> str:
    """The page, from a report dict and sampled columns."""
    totals = report["totals"]
    parts = [
        f"<h1>corpus-prep run: {html.escape(report['output'])}</h1>",
        f"<p>{totals['input_records']:,} records in ({totals['input_bytes'] / 1e6:,.1f} MB) → "
        f"{totals['kept_docs']:,} kept ({totals['kept_bytes'] / 1e6:,.1f} MB) in "
        f"{report['wall_time_s']:,.1f} s on {html.escape(report['runner'])}.</p>",
        "<h2>Funnel</h2>",
        '<div class="grid">'
        + _figure("Documents remaining after each stage", _funnel_plot(report))
        + "</div>",
        _table(
            [
                "stage",
                "rejected docs",
                "rejected MB",
                "remaining docs",
                "remaining MB",
                "top reasons",
            ],
            [
                [
                    row["stage"],
                    row["rejected_docs"],
                    row["rejected_bytes"] / 1e6,
                    row["remaining_docs"],
                    row["remaining_bytes"] / 1e6,
                    ", ".join(f"{r} ({n:,})" for r, n in row["top_reasons"].items()),
                ]
                for row in report["funnel"]
            ],
        ),
        "<h2>Mix before and after</h2>",
        '<div class="grid">'
        + _figure(
            "Languages",
            _mix_plot(report["languages_before"], report["languages_after"], "languages"),
        )
        + _figure(
            "Sources",
            _mix_plot(
                {s: {"docs": v["input"]} for s, v in report["by_source"].items()},
                {s: {"docs": v["kept"]} for s, v in report["by_source"].items()},
                "sources",
            ),
        )
        + "</div>",
    ]
    figures = []
    if any(v is not None for v in columns.get("language_score", [])):
        values = [v for v in columns["language_score"] if v is not None]
        figures.append(_figure("Language score", _hist(values, "language score", "score")))
    if any(v is not None for v in columns.get("toxicity_score", [])):
        values = [v for v in columns["toxicity_score"] if v is not None]
        figures.append(_figure("Toxicity score", _hist(values, "toxicity score", "score")))
    if columns.get("n_bytes"):
        figures.append(
            _figure(
                "Document length",
                _hist(columns["n_bytes"], "document length", "bytes (log)", log=True),
            )
        )
    if any(v for v in columns.get("dup_cluster_size", []) if v):
        values = [v for v in columns["dup_cluster_size"] if v]
        figures.append(
            _figure(
                "Dedup cluster sizes",
                _hist(values, "near-duplicate cluster size", "documents in cluster", log=True),
            )
        )
    pii_totals: dict[str, int] = {}
    for counts in columns.get("pii", []):
        for entity, count in counts or []:
            pii_totals[entity] = pii_totals.get(entity, 0) + count
    if pii_totals:
        figures.append(
            _figure(
                "PII found", _bar(dict(sorted(pii_totals.items())), "PII replaced, by type", "hits")
            )
        )
    if report.get("stage_time_s"):
        figures.append(
            _figure(
                "Time per stage",
                _bar(
                    report["stage_time_s"],
                    "processing time per stage",
                    "seconds (summed over workers)",
                ),
            )
        )
    if figures:
        parts += ["<h2>Distributions</h2>", '<div class="grid">' + "".join(figures) + "</div>"]
        if capped:
            parts.append(
                f'<p class="note">Distributions use the first {MAX_ROWS:,} kept documents.</p>'
            )
    if report.get("quality_model"):
        parts += _quality_model_section(report["quality_model"])
    parts += _decontamination(report.get("decontamination"))
    if report.get("paragraph_dedup"):
        parts += _paragraph_dedup_section(report["paragraph_dedup"], report)
    balance = report.get("balance")
    if balance:
        parts += [
            "<h2>Balancing</h2>",
            _table(
                [
                    "group",
                    f"size ({balance['unit']})",
                    "target share",
                    "rate",
                    "expected",
                    "cap hit",
                ],
                [
                    [
                        g,
                        p["size"],
                        p["share"],
                        p["rate"],
                        p["expected"],
                        "yes" if p["capped"] else "",
                    ]
                    for g, p in balance["groups"].items()
                ],
            ),
        ]
    hooks = report.get("hooks") or {}
    if hooks:
        parts.append("<h2>Hooks</h2>")
        for name, result in hooks.items():
            curve = result.get("curve") if isinstance(result, dict) else None
            if curve:
                parts.append(
                    '<div class="grid">'
                    + _figure(f"{name}: training curve", _curve(curve, name))
                    + "</div>"
                )
            summary = (
                {k: v for k, v in result.items() if k not in ("curve", "table")}
                if isinstance(result, dict)
                else result
            )
            dumped = html.escape(yaml.safe_dump(summary, sort_keys=False))
            parts.append(f"<h3>{html.escape(name)}</h3>{_hook_table(result)}<pre>{dumped}</pre>")
    parts += [
        "<h2>Rejects by reason</h2>",
        _table(
            ["stage", "reason", "docs", "MB"],
            [[r["stage"], r["reason"], r["docs"], r["bytes"] / 1e6] for r in report["rejects"]],
        ),
        "<h2>Versions</h2>",
        _table(["package", "version"], [[k, v] for k, v in report["versions"].items()]),
        "<h2>Config</h2>",
        f"<pre>{html.escape(yaml.safe_dump(report['config'], sort_keys=False))}</pre>",
    ]
    body = "\n".join(parts)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>corpus-prep report</title><style>{_STYLE}</style></head><body>{body}</body></html>"
    )


def write_html(output: str, report: dict[str, Any]) -> str:
    """Render ``OUT/report.html`` from a report and the output's Parquet; returns its path."""
    columns, capped = read_columns(output)
    path = join(output, HTML_FILE)
    page = render(report, columns, capped)
    with FileSystems.create(path) as handle:
        handle.write(page.encode("utf-8"))
    return path
