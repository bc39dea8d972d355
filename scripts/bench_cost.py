"""One Common Crawl snapshot through corpus-prep on Dataflow, on paper, from measured figures.

    python scripts/bench_cost.py [--results .cache/bench/results-full.json] [--replicas 30]

Reads what ``scripts/bench.py`` measured: the whole pipeline's CPU seconds per input page and
per-stage processing seconds (``replicas`` section, the given size) and the shuffle bytes per
input document (``shuffle`` section), and scales them to a snapshot under the assumptions below
(all options; the defaults are stated in docs/scale.md). Prints a Markdown table.

What it cannot know: a Dataflow vCPU is a hyperthread, not the development machine's core
(``--vcpu-per-core`` converts); Common Crawl's language mix sends fewer pages than the benchmark
pages (mostly English and German) past language ID to the costly stages, so per-stage costs
after langid are upper bounds.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def estimate(results: dict, args: argparse.Namespace) -> dict:
    run = results["replicas"][str(args.replicas)]["corpus-prep"]
    docs = run["docs_in"]
    pages = args.pages
    core_s_per_page = run["cpu_s"] / docs
    vcpu_hours = pages * core_s_per_page * args.vcpu_per_core / 3600
    # The stage timers are wall time inside the workers (inflated on a busy machine): used
    # only as each stage's share of the measured CPU time.
    timed = sum(run["stage_time_s"].values())
    stage_hours = {
        stage: vcpu_hours * seconds / timed
        for stage, seconds in sorted(run["stage_time_s"].items())
    }
    shuffle_gb = pages * results["shuffle"]["shuffle_bytes_per_doc"] / 1e9
    # spill: every surviving text written once and read back about twice (its partition and,
    # for a duplicate, the rejects), through Cloud Storage
    text_gb = pages * args.text_kb * 1e3 / 1e9
    compute = vcpu_hours * (args.vcpu_price + args.gb_per_vcpu * args.gb_price)
    return {
        "pages": pages,
        "core_s_per_page": core_s_per_page,
        "vcpu_hours": vcpu_hours,
        "stage_vcpu_hours": stage_hours,
        "shuffle_gb": shuffle_gb,
        "spill_gb_written": text_gb,
        "compute_usd": compute,
        "shuffle_usd": shuffle_gb * args.shuffle_price,
        "workers_for_a_day": vcpu_hours / 24 / args.vcpus_per_worker,
    }


def render(found: dict, args: argparse.Namespace) -> str:
    rows = [
        ("pages", f"{found['pages']:,.0f}"),
        ("CPU per page (measured, whole tree)", f"{found['core_s_per_page'] * 1000:,.1f} ms"),
        ("vCPU-hours", f"{found['vcpu_hours']:,.0f}"),
        *[
            (f"  {stage} (share by the stage timers)", f"{hours:,.0f}")
            for stage, hours in found["stage_vcpu_hours"].items()
        ],
        ("shuffle (ids, hashes, payloads)", f"{found['shuffle_gb']:,.0f} GB"),
        ("spilled text written (GCS, read back ~2x)", f"{found['spill_gb_written']:,.0f} GB"),
        (
            f"compute (${args.vcpu_price}/vCPU-h + {args.gb_per_vcpu} GB × ${args.gb_price}/GB-h)",
            f"${found['compute_usd']:,.0f}",
        ),
        (f"Dataflow Shuffle (${args.shuffle_price}/GB)", f"${found['shuffle_usd']:,.0f}"),
        (
            f"workers of {args.vcpus_per_worker} vCPUs to finish in 24 h",
            f"{found['workers_for_a_day']:,.0f}",
        ),
    ]
    lines = ["| quantity | estimate |", "|---|---|"]
    return "\n".join(lines + [f"| {k} | {v} |" for k, v in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=ROOT / ".cache/bench/results-full.json")
    parser.add_argument("--replicas", type=int, default=30, help="which replica run to scale")
    parser.add_argument("--pages", type=float, default=3.0e9, help="pages in one snapshot")
    parser.add_argument(
        "--text-kb", type=float, default=3.0, help="extracted text per page that survives"
    )
    parser.add_argument("--vcpu-per-core", type=float, default=1.5)
    parser.add_argument("--vcpu-price", type=float, default=0.056, help="USD per vCPU-hour")
    parser.add_argument("--gb-price", type=float, default=0.003557, help="USD per GB-hour")
    parser.add_argument("--gb-per-vcpu", type=float, default=3.75, help="n1-standard memory")
    parser.add_argument("--shuffle-price", type=float, default=0.011, help="USD per GB")
    parser.add_argument("--vcpus-per-worker", type=int, default=4)
    args = parser.parse_args()
    results = json.loads(args.results.read_text())
    print(render(estimate(results, args), args))


if __name__ == "__main__":
    main()
