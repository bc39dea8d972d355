"""Benchmark corpus-prep against datatrove on real data; results go to BENCHMARKS.md.

    .venv/bin/python scripts/bench.py                   # all sections (~40 min on 2 idle cores)
    .venv/bin/python scripts/bench.py --quick           # small corpus, smoke test
    .venv/bin/python scripts/bench.py --only datatrove  # one side (results merge with earlier)

Sections, all on the same machine in one run:
  compare   the web subset (all WARC that both can read): corpus-prep's whole pipeline and
            datatrove's closest equivalent, each also as a floor (read + extract + write)
  scale     corpus-prep's whole pipeline on the whole corpus at 1x, 2x, 4x (replicas with
            distinct ids): wall time and peak memory of the process tree
  stages    per-stage docs per CPU-second on the extracted web documents: langid, quality,
            toxicity, PII with and without pre-scan (scripts/bench_pii.py), MinHash signatures
            (scripts/eval_dedup.py)
  dedup     corpus-prep's MinHash stage vs datatrove's four MinHash stages on the same JSONL
  replicas  both whole pipelines on the web pages K times (--replicas, default 10 and 30; one
            word per paragraph changed in each copy, scripts/bench_corpus.py), alternated per
            size: wall, docs/s, CPU and peak memory of the process tree, runner and worker
  shuffle   bytes each shuffle receives per input document (scripts/bench_shuffle.py, in the
            runner, in-memory mode) on the 2x replica corpus, and whether any held text
  startup   the fixed cost: ``make run``'s job (bundled sample, default runner) end to end, and
            the import of each heavy dependency in a fresh process

Why wall time of a subprocess: it is what a user waits for, it includes Beam's and datatrove's
start-up and shuffles, and the memory of the whole process tree can be sampled around it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import yaml

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))

from bench_corpus import (  # noqa: E402
    build_corpus,
    build_replicas,
    corpus_inputs,
    part_bytes,
    replica_inputs,
    replica_name,
    replica_view,
)
from bench_measure import machine, run_measured  # noqa: E402
from bench_report import render  # noqa: E402

from filters.extract import EXTRACTORS  # noqa: E402
from pipelines.build import STAGE_ORDER  # noqa: E402
from pipelines.config import apply_overrides  # noqa: E402

VENV_BIN = Path(sys.executable).parent
# The stages a bench run switches on or off (quality_model keeps configs/local.yaml's setting).
STAGES = tuple(stage for stage in STAGE_ORDER if stage not in ("read", "quality_model"))
# decontaminate needs benchmark files (off by default, as balance is)
FULL_STAGES = tuple(stage for stage in STAGES if stage not in ("balance", "decontaminate"))
RUNNING_MODES = ("in_memory", "multi_threading", "multi_processing")
# running_modes first: the other sections use the fastest mode it finds
SECTIONS = (
    "running_modes",
    "compare",
    "headtohead",
    "scale",
    "stages",
    "dedup",
    "extract",
    "profile",
    "replicas",
    "shuffle",
    "startup",
)
# Modules whose import is part of every run's fixed cost (in a worker or the driver).
HEAVY_IMPORTS = (
    "apache_beam",
    "pipelines.build",
    "pipelines.report_html",
    "presidio_analyzer",
    "spacy",
    "torch",
    "datatrove.pipeline.filters",
    "trafilatura",
    "fasttext",
    "datasketch",
)


def pii_available() -> bool:
    """The PII stage runs only once build.py wires it in (it was pending during development)."""
    from pipelines.build import PENDING_STAGES
    from pipelines.filter_stages import FILTER_STAGES

    return "pii" in FILTER_STAGES and "pii" not in PENDING_STAGES


class Bench:
    """One benchmark session: the corpus, the options, and the results gathered so far."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.cache: Path = args.cache
        self.kind = "quick" if args.quick else "full"
        self.corpus = self.cache / f"corpus-{self.kind}"
        self.runs = self.cache / f"runs-{self.kind}"
        self.results_path = self.cache / f"results-{self.kind}.json"
        self.results: dict[str, Any] = (
            json.loads(self.results_path.read_text()) if self.results_path.exists() else {}
        )
        self.pii = not args.no_pii and pii_available()
        self.manifest: dict[str, Any] = {}

    def save(self, key: str, value: Any) -> None:
        self.results[key] = value
        self.results_path.write_text(json.dumps(self.results, indent=2))

    def extractor_tag(self) -> str:
        return "" if self.args.extractor == "trafilatura" else f"-{self.args.extractor}"

    def wants(self, system: str) -> bool:
        return self.args.only in (None, system)

    def corpus_prep_only(self) -> bool:
        """Sections that measure corpus-prep alone run unless another side or the floor is asked."""
        return self.args.only in (None, "corpus-prep")

    # ----- corpus-prep ------------------------------------------------------------------------

    def write_config(self, work: Path, inputs: list[dict], stages: tuple[str, ...]) -> Path:
        """configs/local.yaml with the bench inputs, an output under ``work`` and ``stages`` on."""
        config = yaml.safe_load((ROOT / "configs" / "local.yaml").read_text())
        config["inputs"] = [
            {**item, "extractor": self.args.extractor} if item["format"] == "warc" else item
            for item in inputs
        ]
        config["output"] = str(work / "out")
        for stage in STAGES:
            config["stages"].setdefault(stage, {})["enabled"] = stage in stages
        apply_overrides(config, self.args.overrides)
        work.mkdir(parents=True, exist_ok=True)
        (work / "config.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
        return work / "config.yaml"

    def corpus_prep(
        self, name: str, inputs: list[dict], stages: tuple[str, ...], mode: str | None = None
    ) -> dict[str, Any]:
        """One corpus-prep run as a subprocess; measurements plus the facts of its report."""
        work = self.runs / (name + self.args.label)
        config_path = self.write_config(work, inputs, stages)
        mode = mode or self.args.running_mode
        if mode == "auto":  # no modes section in this run: the only mode using several cores
            mode = "multi_processing"
        cmd = [
            sys.executable,
            "-m",
            "pipelines.cli",
            "run",
            str(config_path),
            "--overwrite",
            "--quiet",
            "--runner=DirectRunner",
            f"--direct_num_workers={self.args.workers}",
            f"--direct_running_mode={mode}",
        ]
        print(f"  corpus-prep {name} ({mode}) ...", flush=True)
        measured = run_measured(cmd, ROOT, work / "log.txt")
        report = json.loads((work / "out" / "report.json").read_text())
        totals = report["totals"]
        return {
            **measured,
            "system": "corpus-prep",
            "running_mode": mode,
            "stages": list(stages),
            "docs_in": totals["input_records"],
            "docs_out": totals["kept_docs"],
            "text_mb_in": totals["input_bytes"] / 1e6,
            "report_wall_s": report["wall_time_s"],
            "stage_time_s": report["stage_time_s"],
            "funnel": {row["stage"]: row["rejected_docs"] for row in report["funnel"]},
        }

    # ----- datatrove --------------------------------------------------------------------------

    def datatrove(self, name: str, pipeline: str, input_dir: Path) -> dict[str, Any]:
        work = self.runs / name
        if work.exists():
            shutil.rmtree(work)
        cmd = [
            sys.executable,
            str(SCRIPTS / "bench_datatrove.py"),
            f"--pipeline={pipeline}",
            f"--input={input_dir}",
            f"--work={work}",
            f"--workers={self.args.workers}",
        ] + (["--pii"] if self.pii and pipeline == "full" else [])
        print(f"  datatrove {name} ...", flush=True)
        log = self.runs / f"{name}.log.txt"
        measured = run_measured(cmd, ROOT, log)
        line = next(x for x in log.read_text().splitlines() if x.startswith("BENCH_RESULT "))
        found = json.loads(line.removeprefix("BENCH_RESULT "))
        return {
            **measured,
            "system": "datatrove",
            "pipeline": pipeline,
            "docs_in": found["docs_in"],
            "docs_out": found["docs_out"],
            "executor_s": found["executors"],
        }

    # ----- sections ---------------------------------------------------------------------------

    def compare(self) -> None:
        """Whole pipeline and floor, both systems, on the web WARC subset."""
        web = self.corpus / "web"
        inputs = corpus_inputs(self.corpus, web_only=True)
        full = FULL_STAGES if self.pii else tuple(s for s in FULL_STAGES if s != "pii")
        runs = self.results.get("compare", {})
        floor_only = self.args.only == "floor"
        # other extractors get their own rows: BENCHMARKS.md shows the pipeline with each
        tag = self.extractor_tag()
        label = f" [{self.args.extractor}]" if tag else ""
        if self.wants("corpus-prep") or floor_only:
            runs[f"corpus-prep floor{label}"] = self.corpus_prep(f"web-floor{tag}", inputs, ())
        if self.wants("corpus-prep") and not floor_only:
            runs[f"corpus-prep full{label}"] = self.corpus_prep(f"web-full{tag}", inputs, full)
        if self.wants("datatrove") or floor_only:
            runs["datatrove floor"] = self.datatrove("dt-web-floor", "floor", web)
        if self.wants("datatrove") and not floor_only:
            runs["datatrove full"] = self.datatrove("dt-web-full", "full", web)
        for run in runs.values():
            run["input_mb"] = part_bytes(self.manifest, "web/") / 1e6
        self.save("compare", runs)
        self.save("pii_enabled", self.pii)

    def headtohead(self) -> None:
        """Whole pipelines again, corpus-prep (``--extractor``) and datatrove taking turns for
        ``--rounds`` rounds: this machine's speed drifts over minutes, so a ratio of two runs
        made ten minutes apart can be off by tens of percent; each round's ratio is of two runs
        made back to back, and the median of the rounds is the figure to quote."""
        if self.args.only is not None:
            return
        web = self.corpus / "web"
        inputs = corpus_inputs(self.corpus, web_only=True)
        full = FULL_STAGES if self.pii else tuple(s for s in FULL_STAGES if s != "pii")
        rounds = []
        for _ in range(self.args.rounds):
            theirs = self.datatrove("h2h-datatrove", "full", web)
            ours = self.corpus_prep("h2h-corpus-prep", inputs, full)
            rounds.append({"corpus-prep": ours, "datatrove": theirs})
        self.save("headtohead", {"extractor": self.args.extractor, "rounds": rounds})

    def running_modes(self) -> None:
        """The floor on the web subset under each DirectRunner mode, to pick the fastest."""
        if not self.corpus_prep_only():
            return
        inputs = corpus_inputs(self.corpus, web_only=True)
        modes = {mode: self.corpus_prep(f"mode-{mode}", inputs, (), mode) for mode in RUNNING_MODES}
        self.save("modes", modes)
        if self.args.running_mode == "auto":
            self.args.running_mode = min(modes, key=lambda mode: modes[mode]["wall_s"])
            print(f"  fastest: {self.args.running_mode}", flush=True)

    def scale(self) -> None:
        """Whole corpus at each factor: memory should stay flat except the dedup shuffle."""
        if not self.corpus_prep_only():
            return
        full = FULL_STAGES if self.pii else tuple(s for s in FULL_STAGES if s != "pii")
        rows = {}
        for factor in self.args.scale:
            inputs = corpus_inputs(self.corpus, web_only=False, replicas=factor)
            row = self.corpus_prep(f"scale-{factor}x", inputs, full)
            row["input_mb"] = factor * part_bytes(self.manifest) / 1e6
            rows[str(factor)] = row
        self.save("scale", rows)

    def extracted_docs(self) -> list[dict[str, Any]]:
        """The web documents as corpus-prep extracts them (from the floor run), sorted by id."""
        name = f"web-floor{self.extractor_tag()}"
        out = self.runs / name / "out" / "data"
        if not out.exists():
            inputs = corpus_inputs(self.corpus, web_only=True)
            self.corpus_prep(name, inputs, ())
        rows: list[dict[str, Any]] = []
        for path in sorted(out.rglob("*.parquet")):
            rows += pq.read_table(path).to_pylist()
        return sorted(rows, key=lambda row: row["id"])

    def dedup(self) -> None:
        """corpus-prep's MinHash stage vs datatrove's four stages on the same JSONL documents."""
        if self.args.only == "floor":
            return
        docs = self.extracted_docs()
        folder = self.runs / "dedup-input"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        shards = max(self.args.workers, 2)
        for shard in range(shards):
            with gzip.open(folder / f"docs-{shard:02d}.jsonl.gz", "wt", encoding="utf-8") as out:
                for doc in docs[shard::shards]:
                    out.write(json.dumps({"id": doc["id"], "text": doc["text"]}) + "\n")
        inputs = [
            {
                "path": str(folder / "*.jsonl.gz"),
                "format": "jsonl",
                "source": "bench",
                "text_field": "text",
                "id_field": "id",
            }
        ]
        runs = self.results.get("dedup", {})
        if self.wants("corpus-prep"):
            runs["corpus-prep minhash"] = self.corpus_prep("dedup-minhash", inputs, ("minhash",))
            runs["corpus-prep read+write"] = self.corpus_prep("dedup-floor", inputs, ())
        if self.wants("datatrove"):
            runs["datatrove minhash"] = self.datatrove("dt-dedup", "dedup", folder)
            runs["datatrove read+write"] = self.datatrove("dt-dedup-floor", "dedup-floor", folder)
        self.save("dedup", runs)
        self.save("dedup_input", {"docs": len(docs), "mb": sum(d["n_bytes"] for d in docs) / 1e6})

    def stages(self) -> None:
        """Per-filter docs per CPU-second, the figures the stage issues ask for."""
        if not self.corpus_prep_only():
            return
        from bench_stages import stage_throughput

        docs = self.extracted_docs()
        self.save(
            "stages",
            stage_throughput(
                docs, self.args.shared, self.args.quick, with_pii=not self.args.no_pii
            ),
        )

    def extract(self) -> None:
        """Every HTML extraction setting on trafilatura's labelled pages (scripts/eval_extract.py,
        one process so that pages per CPU-second are per core)."""
        if not self.corpus_prep_only():
            return
        from eval_extract import SETTINGS, evaluate_settings, load_pages

        pages = load_pages(self.args.shared / "html" / "trafilatura-pages.tar.gz")
        figures = evaluate_settings(pages, list(SETTINGS), jobs=1)
        self.save("extract", {"pages": len(pages), "settings": figures})

    def profile(self) -> None:
        """pyinstrument over a single-process run (in_memory, 1 worker: a profiler sees one
        process only) of the whole pipeline on the web subset; top functions by own time and
        the project's functions by inclusive time."""
        if not self.corpus_prep_only():
            return
        from bench_profile import profile_corpus_prep

        full = FULL_STAGES if self.pii else tuple(s for s in FULL_STAGES if s != "pii")
        inputs = corpus_inputs(self.corpus, web_only=True)
        work = self.runs / "profile"
        config_path = self.write_config(work, inputs, full)
        print("  profiling corpus-prep (in_memory, 1 worker) ...", flush=True)
        self.save("profile", profile_corpus_prep(VENV_BIN, config_path, work))

    def replicas(self) -> None:
        """The web pages K times (one word per paragraph changed in each copy): both whole
        pipelines, datatrove then corpus-prep at each size, so each pair is measured back to
        back; datatrove only up to ``--datatrove-max-replicas`` (it takes ~3x longer)."""
        root = self.cache / "replicas"
        print(f"building replicas in {root} ...", flush=True)
        manifest = build_replicas(self.args.shared, root, max(self.args.replicas))
        full = FULL_STAGES if self.pii else tuple(s for s in FULL_STAGES if s != "pii")
        rows = self.results.get("replicas", {})
        for factor in self.args.replicas:
            row = rows.get(str(factor), {})
            mb = sum(manifest["files"][replica_name(c)] for c in range(factor)) / 1e6
            view = replica_view(root, factor)
            if self.wants("datatrove") and factor <= self.args.datatrove_max_replicas:
                row["datatrove"] = self.datatrove(f"rep-dt-{factor}x", "full", view)
            if self.wants("corpus-prep"):
                inputs = replica_inputs(view)
                run = self.corpus_prep(f"rep-{factor}x", inputs, full)
                row["corpus-prep" + self.args.label] = {**run, "overrides": self.args.overrides}
            for run in row.values():
                run["input_mb"] = mb
            rows[str(factor)] = row
        self.save("replicas", rows)

    def shuffle(self) -> None:
        """scripts/bench_shuffle.py on the whole pipeline over 2 copies of the pages."""
        if not self.corpus_prep_only():
            return
        root = self.cache / "replicas"
        build_replicas(self.args.shared, root, 2)
        full = FULL_STAGES if self.pii else tuple(s for s in FULL_STAGES if s != "pii")
        work = self.runs / "shuffle"
        config = self.write_config(work, replica_inputs(replica_view(root, 2)), full)
        print("  shuffle bytes (in_memory, 2 copies) ...", flush=True)
        found = subprocess.run(
            [sys.executable, str(SCRIPTS / "bench_shuffle.py"), str(config)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        self.save("shuffle", json.loads(found.stdout))

    def startup(self) -> None:
        """``make run``'s job twice (the second with warm file caches is the figure), and the
        CPU seconds of importing each heavy module in a fresh interpreter."""
        if not self.corpus_prep_only():
            return
        out = self.runs / "startup"
        cmd = [
            sys.executable,
            "-m",
            "pipelines.cli",
            "run",
            str(ROOT / "configs" / "local.yaml"),
            "--overwrite",
            "--quiet",
            f"--set=output={out / 'out'}",
        ]
        runs = [run_measured(cmd, ROOT, out / f"log-{i}.txt") for i in range(2)]
        report = json.loads((out / "out" / "report.json").read_text())
        imports = {}
        for module in HEAVY_IMPORTS:
            code = (
                "import time, sys; t = time.process_time(); import " + module + "; "
                "print(time.process_time() - t, 'torch' in sys.modules)"
            )
            found = subprocess.run(
                [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True
            )
            if found.returncode == 0:
                cpu, torch = found.stdout.split()[-2:]
                imports[module] = {"cpu_s": float(cpu), "imports_torch": torch == "True"}
        self.save(
            "startup",
            {
                "runs": runs,
                "docs_in": report["totals"]["input_records"],
                "stage_time_s": report["stage_time_s"],
                "setup_s": {
                    k.split(":")[0]: v / 1000
                    for k, v in report["metrics"].items()
                    if k.endswith(":setup_msecs")
                },
                "imports": imports,
            },
        )

    def run(self) -> None:
        started = time.strftime("%Y-%m-%d %H:%M:%S")
        shards = 2 if self.args.quick else max(8, 2 * self.args.workers)
        print(f"building corpus in {self.corpus} ...", flush=True)
        self.manifest = build_corpus(self.args.shared, self.corpus, shards, self.args.quick)
        self.save("corpus", self.manifest)
        self.save(
            "machine",
            {
                **machine(),
                "started": started,
            },
        )
        self.save("workers", self.args.workers)
        command = "python scripts/bench.py " + " ".join(sys.argv[1:])
        for section in sorted(self.args.sections, key=SECTIONS.index):
            print(f"[{section}]", flush=True)
            getattr(self, section)()
            commands = self.results.get("commands", {})
            earlier = [c for c in commands.get(section, []) if c != command]
            self.save("commands", {**commands, section: [*earlier, command]})
        self.save("load_after", [round(x, 2) for x in os.getloadavg()])
        text = render(self.results, self.kind)
        if not self.args.quick or self.args.write_quick:
            self.args.output.write_text(text)
        print(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "bench")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scale", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument(
        "--replicas", type=int, nargs="+", default=[10, 30], help="replicas: copies of the pages"
    )
    parser.add_argument(
        "--datatrove-max-replicas",
        type=int,
        default=10,
        help="replicas: run datatrove up to this many copies",
    )
    parser.add_argument("--only", choices=("corpus-prep", "datatrove", "floor"))
    parser.add_argument(
        "--extractor",
        choices=EXTRACTORS,
        default="trafilatura",
        help="corpus-prep's HTML extractor (datatrove always uses trafilatura)",
    )
    parser.add_argument("--no-pii", action="store_true", help="PII stage off on both sides")
    parser.add_argument(
        "--rounds", type=int, default=3, help="headtohead: alternated pairs of whole-pipeline runs"
    )
    parser.add_argument("--quick", action="store_true", help="80 pages + small dumps: smoke test")
    parser.add_argument(
        "--running-mode",
        choices=("auto", *RUNNING_MODES),
        default="auto",
        help="DirectRunner mode; auto = the fastest of the running_modes section when it runs "
        "(it runs first), else multi_processing",
    )
    parser.add_argument(
        "--sections",
        nargs="+",
        choices=SECTIONS,
        default=list(SECTIONS),
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        dest="overrides",
        help="config override for every corpus-prep run (as `corpus-prep run --set`), e.g. "
        "stages.minhash.num_bands=14 to measure a previous default",
    )
    parser.add_argument(
        "--label",
        default="",
        help="suffix of the run folders and of the replicas rows ('corpus-prep<label>'), so "
        "runs with other --set values sit next to the default's",
    )
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument(
        "--write-quick", action="store_true", help="write BENCHMARKS.md from a --quick run too"
    )
    args = parser.parse_args()
    if args.quick and args.scale == [1, 2, 4]:
        args.scale = [1, 2]
    Bench(args).run()


if __name__ == "__main__":
    main()
