"""A 50 MB single-document JSONL input, and a bounded run over it in a child process.

Run as ``python -m tests.robustness.bigdoc pipeline|filter:<stage> WORKDIR [MB]``: it prints one
JSON line with the CPU seconds, wall seconds and peak RSS of the child. A child process is used
so that the peak RSS is the run's own, and so that ``RLIMIT_CPU``/``RLIMIT_AS`` set by the test
can stop a stage that does not bound its work on a huge document without taking the test session
(or the machine) down with it.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import time
from pathlib import Path

WORDS = [
    *("the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "as", "by"),
    *("at", "from", "his", "her", "they", "which", "this", "river", "town", "market"),
    *("bridge", "people", "bread", "water", "evening", "morning"),
]


def big_text(n_bytes: int, seed: int = 0) -> str:
    """~``n_bytes`` of sentence-like ASCII text: 1 MB of seeded random words, varied per block."""
    rng = random.Random(seed)
    vocab = WORDS + [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
        for _ in range(5000)
    ]
    sentences = []
    size = 0
    while size < 1 << 20:
        sentence = " ".join(rng.choices(vocab, k=12)).capitalize() + (". " if size % 7 else ".\n")
        sentences.append(sentence)
        size += len(sentence)
    block = "".join(sentences)
    parts = [f"Part {i}. {block}" for i in range(n_bytes // len(block) + 1)]
    return "".join(parts)[:n_bytes]


def write_big_jsonl(path: Path, n_bytes: int) -> None:
    """One JSON line holding one document of ``n_bytes`` characters, plus one small document."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "big", "text": big_text(n_bytes)}) + "\n")
        handle.write(json.dumps({"id": "small", "text": big_text(2000, seed=1)}) + "\n")


def run_pipeline(workdir: Path, stages: list[str]) -> dict:
    from pipelines.config import parse_config
    from pipelines.run import run

    all_stages = ("langid", "quality", "toxicity", "pii", "exact_dedup", "minhash")
    config = parse_config(
        {
            "inputs": [{"path": str(workdir / "big.jsonl"), "format": "jsonl", "source": "big"}],
            "output": str(workdir / "out"),
            "mode": "annotate",  # every stage sees the big document, whatever the verdicts
            "stages": {name: {"enabled": name in stages} for name in all_stages},
        }
    )
    report = run(config, [], overwrite=True)
    return {"totals": report["totals"], "rejects": report["rejects"]}


def run_filter(workdir: Path, stage: str) -> dict:
    from pipelines.config import StagesConfig
    from pipelines.filter_stages import make_filter
    from pipelines.schema import new_doc

    line = (workdir / "big.jsonl").read_text(encoding="utf-8").split("\n", 1)[0]
    doc = new_doc(id="big", text=json.loads(line)["text"], source="big")
    doc_filter = make_filter(stage, getattr(StagesConfig(), stage), "filter")
    doc_filter.setup()
    (doc,) = doc_filter.annotate_batch([doc])
    verdict = doc_filter.keep(doc)
    return {"keep": verdict.keep, "reason": verdict.reason}


def main(argv: list[str]) -> None:
    what, workdir = argv[0], Path(argv[1])
    megabytes = float(argv[2]) if len(argv) > 2 else 50
    big = workdir / "big.jsonl"
    if not big.exists():
        write_big_jsonl(big, int(megabytes * 1_000_000))
    started, cpu = time.perf_counter(), time.process_time()
    if what == "pipeline":
        result = run_pipeline(workdir, ["langid", "toxicity", "pii"])
    else:
        result = run_filter(workdir, what.removeprefix("filter:"))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    result |= {
        "wall_s": round(time.perf_counter() - started, 2),
        "cpu_s": round(time.process_time() - cpu, 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
