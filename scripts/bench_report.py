"""Render the results of ``scripts/bench.py`` as BENCHMARKS.md (Markdown tables)."""

from __future__ import annotations

from typing import Any

LOADED = 1.5


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    def cell(value: Any) -> str:
        if isinstance(value, float):
            return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
        if isinstance(value, int):
            return f"{value:,}"
        return str(value)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]


def _status(results: dict[str, Any], kind: str) -> list[str]:
    loads = [results["machine"]["load_avg"][0], results.get("load_after", [0])[0]]
    loads += [run.get("load_1min", 0) for run in _all_runs(results)]
    worst = max(loads)
    lines = []
    if kind == "quick":
        lines.append(
            "**Quick smoke run on a reduced corpus: figures show the shape only. The full "
            "measurement is `.venv/bin/python scripts/bench.py` on an idle machine (1-minute load "
            "average < 1.5 in `uptime`).**"
        )
    if worst >= LOADED:
        lines.append(
            f"1-minute load average up to {worst:.1f} on {results['machine']['nproc']} cores "
            "across the runs. The benchmark's own worker processes count towards it (each run "
            "starts right after the previous one); figures are comparable within this file, "
            "not with runs on a machine shared with other jobs."
        )
    return lines or ["Measured on an otherwise idle machine (1-minute load average < 1.5)."]


def _all_runs(results: dict[str, Any]) -> list[dict[str, Any]]:
    runs = []
    for key in ("compare", "dedup", "scale", "modes"):
        runs += list(results.get(key, {}).values())
    for row in results.get("replicas", {}).values():
        runs += list(row.values())
    return runs


def _machine(results: dict[str, Any]) -> list[str]:
    m = results["machine"]
    versions = ", ".join(f"{k} {v}" for k, v in m["versions"].items())
    commands = results.get("commands", {})
    ordered = dict.fromkeys(c for runs in commands.values() for c in runs)
    lines = [
        f"- `{c}` measured: {', '.join(s for s, runs in commands.items() if c in runs)}"
        for c in ordered
    ]
    return [
        *lines,
        f"- Last run started {m['started']}",
        f"- Machine: {m['cpu']}, nproc {m['nproc']}, {m['ram_gb']} GiB RAM, Linux {m['kernel']}; "
        f"load average at start {m['load_avg']}, at end {results.get('load_after')}",
        f"- Versions: {versions}",
        f"- Workers: {results['workers']} (corpus-prep `--direct_num_workers`, datatrove "
        f"`tasks=workers`); corpus-prep extractor: trafilatura (as datatrove) except rows "
        f"marked with another, e.g. [learned], the default; "
        f"PII stage: {'on' if results.get('pii_enabled') else 'off'}",
    ]


def _corpus(results: dict[str, Any]) -> list[str]:
    files = results["corpus"]["files"]
    groups: dict[str, list[int]] = {}
    for name, size in files.items():
        group = "web (WARC, compared)" if name.startswith("web/") else name.split("/")[1]
        groups.setdefault(group, []).append(size)
    rows = [[g, len(s), sum(s) / 1e6] for g, s in sorted(groups.items())]
    rows.append(["total", len(files), sum(files.values()) / 1e6])
    return [
        "## Corpus",
        "",
        f"Built by `scripts/bench_corpus.py` into the cache: {results['corpus']['pages']:,} real "
        "HTML pages (trafilatura's evaluation set) wrapped as WARC response records with "
        "deterministic ids and dates, split round-robin into shards, plus every real WARC, WET, "
        "Wikipedia and Dolma JSONL sample of `../shared/data` once. No replication at 1x: all of "
        f"the real data is {sum(files.values()) / 1e6:.0f} MB uncompressed (full corpus: 214 MB, "
        "close enough to the 250 MB target that copies were not worth adding). 2x and 4x read "
        "the same files again under source labels `<source>-r1...`, so every copy has its own "
        "record id.",
        "",
        *_table(["part", "files", "MB uncompressed"], rows),
    ]


def _compare(results: dict[str, Any]) -> list[str]:
    runs = results.get("compare", {})
    if not runs:
        return []
    base = runs.get("corpus-prep floor", runs.get("corpus-prep full", {})).get("docs_in")
    rows = []
    for name, run in runs.items():
        docs = base or run["docs_in"]
        rows.append(
            [
                name,
                run.get("running_mode", "LocalPipelineExecutor"),
                run["docs_in"],
                run["docs_out"],
                run["wall_s"],
                docs / run["wall_s"],
                run["input_mb"] / run["wall_s"],
                run["peak_pss_mb"],
                run["peak_rss_mb"],
            ]
        )
    lines = [
        "## corpus-prep vs datatrove, whole pipeline and floor (web WARC subset)",
        "",
        "Both read the same WARC files of `web/` (datatrove's WarcReader cannot read Wikipedia "
        "XML, WET-as-text or JSONL the same way, so the comparison is restricted to the part both "
        "read natively). docs/s uses one denominator for both: the WARC response records "
        "corpus-prep counts in the input; each side's own count is in 'docs in'. MB/s is "
        "uncompressed WARC bytes per second. datatrove: WarcReader → Trafilatura → "
        "LanguageFilter (en, de ≥ 0.65, local lid.176.ftz) → GopherRepetition → GopherQuality → "
        "C4Quality → FineWebQuality → PIIFormatter (when PII is on) → JsonlWriter, then MinHash "
        "signatures → buckets → cluster → filter → ParquetWriter (5-gram, 14 × 8). corpus-prep: "
        "configs/local.yaml's stages (it also runs toxicity and exact dedup, which datatrove's "
        "chain lacks). Floor: read + extract + write only.",
        "",
        *_table(
            [
                "run",
                "runner",
                "docs in",
                "docs out",
                "wall s",
                "docs/s",
                "MB/s",
                "peak PSS MB (tree)",
                "peak RSS MB (tree)",
            ],
            rows,
        ),
        "",
    ]
    for kind in ("full", "floor"):
        theirs = runs.get(f"datatrove {kind}")
        for name, ours in runs.items():
            if theirs and name.startswith(f"corpus-prep {kind}"):
                lines.append(
                    f"- Ratio, {name.removeprefix('corpus-prep ')}: corpus-prep docs/s ÷ "
                    f"datatrove docs/s = **{theirs['wall_s'] / ours['wall_s']:.2f}×**"
                )
    for name, full in runs.items():
        floor = runs.get(name.replace(" full", " floor"))
        if " full" in name and floor:
            lines.append(
                f"- {name}: whole pipeline runs at {floor['wall_s'] / full['wall_s']:.0%} of its "
                "floor's docs/s"
            )
    full = runs.get("corpus-prep full")
    if full:
        lines += [
            "",
            "corpus-prep per-stage processing time (Beam `<stage>:msecs` counters, "
            "summed over workers) and rejects of the whole-pipeline run:",
            "",
        ]
        stage_rows = [
            [stage, seconds, full["funnel"].get(stage, 0)]
            for stage, seconds in full["stage_time_s"].items()
        ]
        lines += _table(["stage", "seconds (all workers)", "rejected"], stage_rows)
    lines += _executor_times("datatrove wall time per executor", runs.get("datatrove full"))
    return lines


def _modes(results: dict[str, Any]) -> list[str]:
    modes = results.get("modes")
    if not modes:
        return []
    rows = [
        [m, r["wall_s"], r["docs_in"] / r["wall_s"], r["peak_pss_mb"]] for m, r in modes.items()
    ]
    return [
        "## DirectRunner running modes (floor on the web subset)",
        "",
        *_table(["--direct_running_mode", "wall s", "docs/s", "peak PSS MB"], rows),
    ]


def _scale(results: dict[str, Any]) -> list[str]:
    rows_in = results.get("scale")
    if not rows_in:
        return []
    rows = []
    stages = sorted({s for r in rows_in.values() for s in r["stage_time_s"]})
    for factor, run in rows_in.items():
        rows.append(
            [
                f"{factor}x",
                run["docs_in"],
                run["input_mb"],
                run["wall_s"],
                run["docs_in"] / run["wall_s"],
                run["input_mb"] / run["wall_s"],
                run["peak_pss_mb"],
                run["peak_rss_mb"],
                *[run["stage_time_s"].get(s, 0.0) for s in stages],
            ]
        )
    return [
        "## Cost vs size (corpus-prep, whole corpus, whole pipeline)",
        "",
        "Input MB are uncompressed file bytes. Stage columns: seconds of processing summed over "
        "workers. Replicas are exact copies under new ids, so exact dedup removes them: the "
        "per-document stages and the dedup shuffle grow with the factor, MinHash sees the 1x "
        "survivors.",
        "",
        *_table(
            [
                "scale",
                "docs",
                "input MB",
                "wall s",
                "docs/s",
                "MB/s",
                "peak PSS MB",
                "peak RSS MB",
                *[f"{s} s" for s in stages],
            ],
            rows,
        ),
    ]


def _stages(results: dict[str, Any]) -> list[str]:
    stages = results.get("stages")
    if not stages:
        return []
    rows = []
    for name in ("langid", "quality", "toxicity"):
        r = stages[name]
        rows.append([name, r["docs"], r["mb"] * 1e6 / r["docs"] / 1e3, r["docs_per_cpu_s"]])
    sig = stages["minhash_signatures"]
    rows.append(
        [
            f"MinHash signatures ({sig['num_perm']} permutations)",
            sig["docs"],
            sig["avg_bytes"] / 1e3,
            sig["docs_per_cpu_s"],
        ]
    )
    lines = [
        "## Per-stage throughput (one process, docs per CPU-second = per core)",
        "",
        "On the web documents as corpus-prep extracts them (MinHash: ~2 KB English Wikipedia "
        "documents, `scripts/eval_dedup.py signature_speed()`; target ≥ 3,000).",
        "",
        *_table(["stage", "docs", "avg KB", "docs/CPU-s"], rows),
    ]
    pii = stages.get("pii")
    if pii and "skipped" in pii:
        lines += ["", f"PII: skipped ({pii['skipped']})."]
    elif pii:
        rates = pii["docs_per_cpu_s"]
        lines += [
            "",
            f"PII on {pii['docs']} of those pages ({pii['mb']:.2f} MB), `scripts/bench_pii.py`'s "
            "runners: stock Presidio (pattern recognizers, analyze + anonymize per document) and "
            "the stage with and without its regex pre-scan (target: pre-scan ≥ 10× Presidio).",
            "",
            *_table(
                ["runner", "docs/CPU-s", "× stock Presidio"],
                [[k, v, v / rates["presidio"]] for k, v in rates.items()],
            ),
        ]
    return lines


def _dedup(results: dict[str, Any]) -> list[str]:
    runs = results.get("dedup")
    if not runs:
        return []
    info = results.get("dedup_input", {})
    rows = []
    for system in ("corpus-prep", "datatrove"):
        full, floor = runs.get(f"{system} minhash"), runs.get(f"{system} read+write")
        if not (full and floor):
            continue
        rows.append(
            [
                system,
                full["docs_in"],
                full["docs_in"] - full["docs_out"],
                full["wall_s"],
                floor["wall_s"],
                full["wall_s"] - floor["wall_s"],
                full["peak_pss_mb"],
            ]
        )
    lines = [
        "## Near-dedup: corpus-prep's MinHash stage vs datatrove's four MinHash stages",
        "",
        f"Same input for both: the {info.get('docs', 0):,} extracted web documents "
        f"({info.get('mb', 0):.1f} MB of text) as JSONL. 'dedup s' = wall time of read → MinHash "
        "→ write minus read → write alone. Same settings: 5-gram words, 14 bands × 8 rows.",
        "",
        *_table(
            ["system", "docs", "removed", "wall s", "read+write s", "dedup s", "peak PSS MB"],
            rows,
        ),
    ]
    lines += _executor_times("datatrove per stage", runs.get("datatrove minhash"))
    return lines


def _executor_times(label: str, run: dict[str, Any] | None) -> list[str]:
    """One line of a datatrove run's wall time per executor (none when the run is missing)."""
    if not run:
        return []
    times = ", ".join(f"{k} {v:.1f}s" for k, v in run["executor_s"].items())
    return ["", f"{label}: {times}"]


def _headtohead(results: dict[str, Any]) -> list[str]:
    found = results.get("headtohead")
    if not found:
        return []
    rows, ratios = [], []
    for index, pair in enumerate(found["rounds"], 1):
        ours, theirs = pair["corpus-prep"], pair["datatrove"]
        # one denominator for both: the WARC response records corpus-prep counts in the input
        ratio = theirs["wall_s"] / ours["wall_s"]
        ratios.append(ratio)
        rows.append([index, theirs["wall_s"], ours["wall_s"], f"{ratio:.2f}×"])
    median = sorted(ratios)[len(ratios) // 2]
    return [
        f"## Head to head: whole pipeline, corpus-prep [{found['extractor']}] vs datatrove, "
        "alternated",
        "",
        "Both whole pipelines on the web WARC subset, datatrove then corpus-prep, in rounds: the "
        "machine's speed drifts over minutes, so each round's ratio compares two runs made back "
        "to back. Ratio = datatrove wall ÷ corpus-prep wall (same input, same documents counted).",
        "",
        *_table(["round", "datatrove wall s", "corpus-prep wall s", "docs/s ratio"], rows),
        "",
        f"- Median ratio over {len(ratios)} rounds: **{median:.2f}×** "
        f"(range {min(ratios):.2f}–{max(ratios):.2f}×)",
    ]


def _extract(results: dict[str, Any]) -> list[str]:
    found = results.get("extract")
    if not found:
        return []
    settings = found["settings"]
    base = settings.get("trafilatura default", {}).get("pages_per_cpu_s")
    rows = [
        [
            name,
            f"{f['precision']:.3f}",
            f"{f['recall']:.3f}",
            f"{f['f1']:.3f}",
            f"{f['f1_tune']:.3f}",
            f"{f['f1_test']:.3f}",
            f["pages_per_cpu_s"],
            f"{f['pages_per_cpu_s'] / base:.1f}×" if base else "",
            f["empty"],
        ]
        for name, f in settings.items()
    ]
    return [
        "## HTML extraction per extractor and setting (labelled pages)",
        "",
        f"`scripts/eval_extract.py` on the {found['pages']} labelled pages of trafilatura's "
        "evaluation set (`../shared/data/html/trafilatura-pages.tar.gz`): snippet precision, "
        "recall and F1 as trafilatura's own evaluation scores them, over all pages and per half "
        "(pages split by a hash of the file name; thresholds were tuned on 'tune'). The learned "
        "settings are 2-fold cross-validated: each page is extracted by a boilerplate model "
        "trained on the other half only. Speed: pages per CPU-second, one process.",
        "",
        *_table(
            [
                "setting",
                "P",
                "R",
                "F1",
                "F1 tune",
                "F1 test",
                "pages/CPU-s",
                "× trafilatura default",
                "empty pages",
            ],
            rows,
        ),
    ]


def _elsewhere(results: dict[str, Any]) -> list[str]:
    return [
        "## Measured elsewhere",
        "",
        "- Language ID accuracy: docs/langid.md, `python scripts/eval_langid.py`.",
        "- PII recall/precision, and the pre-scan on the Dolma CC documents and on Wikipedia text: "
        "docs/pii.md, `python scripts/eval_pii.py`, `python scripts/bench_pii.py`.",
        "- Dedup quality: docs/dedup.md, `python scripts/eval_dedup.py`.",
    ]


def _profile(results: dict[str, Any]) -> list[str]:
    prof = results.get("profile")
    if not prof:
        return []
    total = prof["total_s"]
    return [
        "## Profile (pyinstrument, in_memory runner, 1 worker, web subset, whole pipeline)",
        "",
        f"Sampled wall time {total:.1f} s. Own time (C extensions count for their caller):",
        "",
        *_table(
            ["function", "own s", "% of run"], [[f, t, 100 * t / total] for f, t in prof["own"]]
        ),
        "",
        "corpus-prep's own functions by inclusive time:",
        "",
        *_table(
            ["function", "inclusive s", "% of run"],
            [[f, t, 100 * t / total] for f, t in prof["project_inclusive"]],
        ),
    ]


def _replica_side(run: dict[str, Any] | None, docs: int) -> list[Any]:
    """wall, docs/s, docs/CPU-s, peak RSS of one system's run (dashes when it did not run)."""
    if not run:
        return ["–", "–", "–", "–"]
    rss = f"{run['peak_rss_mb'] / 1000:.2f}"
    if "peak_main_rss_mb" in run:
        rss += f" ({run['peak_main_rss_mb'] / 1000:.2f} / {run['peak_child_rss_mb'] / 1000:.2f})"
    cpu = run.get("cpu_s")
    return [run["wall_s"], docs / run["wall_s"], docs / cpu if cpu else "–", rss]


def _replicas(results: dict[str, Any]) -> list[str]:
    found = results.get("replicas")
    if not found:
        return []
    rows = []
    h2h = results.get("headtohead")
    sizes = []
    if h2h:  # the 1x row: the last alternated round of the head to head
        sizes.append(("1x (bench web subset)", h2h["rounds"][-1]))
    sizes += [(f"{factor}x", row) for factor, row in found.items()]
    for label, row in sizes:
        theirs = row.get("datatrove")
        # `--label` runs are stored as "corpus-prep<label>": a row each, named by its label.
        ours_runs = [(k, v) for k, v in row.items() if k.startswith("corpus-prep")] or [("", None)]
        for key, ours in ours_runs:
            docs = (ours or theirs or {}).get("docs_in", 0)
            ratio = f"{theirs['wall_s'] / ours['wall_s']:.2f}×" if ours and theirs else "–"
            run_label = key.removeprefix("corpus-prep").removeprefix("-")
            name = f"{label} ({run_label})" if run_label else label
            rows.append(
                [name, docs, *_replica_side(ours, docs), *_replica_side(theirs, docs), ratio]
            )
    return [
        "## Scale: replicas of the web pages, both whole pipelines",
        "",
        "The web pages K times, one WARC file per copy, each copy with one word per paragraph "
        "changed (`scripts/bench_corpus.py build_replicas`, seeded): exact dedup keeps every copy "
        "and MinHash must cluster them. datatrove then corpus-prep at each size, back to back. "
        "docs/s counts the WARC records corpus-prep reads; docs/CPU-s divides by the CPU time of "
        "the whole process tree (a busy machine inflates wall time, not CPU time). Peak RSS of "
        "the whole process tree in GB, with the largest single process in brackets: "
        "(corpus-prep's runner / largest worker).",
        "",
        *_table(
            [
                "corpus",
                "docs",
                "corpus-prep wall s",
                "docs/s",
                "docs/CPU-s",
                "peak RSS GB",
                "datatrove wall s",
                "docs/s",
                "docs/CPU-s",
                "peak RSS GB",
                "docs/s ratio",
            ],
            rows,
        ),
    ]


def _shuffle(results: dict[str, Any]) -> list[str]:
    found = results.get("shuffle")
    if not found:
        return []
    rows = [
        [
            name.removeprefix("ref_AppliedPTransform_"),
            v["bytes_per_doc"],
            "yes" if v["with_text"] else "no",
        ]
        for name, v in found["shuffles"].items()
    ]
    return [
        "## Shuffle bytes per input document",
        "",
        f"The whole pipeline on 2 copies of the web pages ({found['input_docs']:,} records), "
        "in-memory mode: Beam-encoded bytes each GroupByKey received in the runner "
        "(`scripts/bench_shuffle.py`), and whether a document's text was among them. Total "
        f"**{found['shuffle_bytes_per_doc']:,.0f} bytes per input document**; bytes "
        f"materialised between fused stages: {found['materialised_bytes_per_doc']:,.0f} per "
        "document.",
        "",
        *_table(["GroupByKey", "bytes per input doc", "text in it"], rows),
    ]


def _startup(results: dict[str, Any]) -> list[str]:
    found = results.get("startup")
    if not found:
        return []
    runs = found["runs"]
    imports = found["imports"]
    return [
        "## Fixed cost: `make run` on the bundled sample",
        "",
        f"configs/local.yaml ({found['docs_in']} records, default DirectRunner) run twice in a "
        "row; the second run (warm file cache) is the figure. CPU is the whole process tree's.",
        "",
        *_table(
            ["run", "wall s", "CPU s", "peak RSS MB"],
            [[i + 1, r["wall_s"], r["cpu_s"], r["peak_rss_mb"]] for i, r in enumerate(runs)],
        ),
        "",
        "Model and library set-up per stage (seconds, all workers): "
        + ", ".join(f"{k} {v:.2f}" for k, v in sorted(found["setup_s"].items())),
        "",
        "CPU seconds to import each heavy module in a fresh interpreter (whether it pulls in "
        "torch by itself; the per-document stages keep torch out, `pipelines/torch_guard.py`):",
        "",
        *_table(
            ["module", "import CPU s", "imports torch"],
            [[m, v["cpu_s"], "yes" if v["imports_torch"] else "no"] for m, v in imports.items()],
        ),
    ]


def render(results: dict[str, Any], kind: str) -> str:
    lines = ["# Benchmarks", "", *_status(results, kind), "", *_machine(results), ""]
    for section in (
        _corpus,
        _compare,
        _headtohead,
        _replicas,
        _shuffle,
        _startup,
        _modes,
        _scale,
        _stages,
        _dedup,
        _extract,
        _profile,
        _elsewhere,
    ):
        part = section(results)
        if part:
            lines += [*part, ""]
    return "\n".join(lines)
