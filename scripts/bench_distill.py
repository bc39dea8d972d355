"""Config for the ``distill`` hook's figures on the benchmark corpus (docs/hooks.md, distill).

    .venv/bin/python scripts/bench_distill.py /tmp/distill-bench   # writes /tmp/distill-bench.yaml

builds (or reuses) the benchmark corpus of ``scripts/bench.py`` in two web shards under
``--corpus`` and writes a config that is ``configs/local.yaml`` with the corpus as its inputs
and OUT as its output. The run and the hooks are then the usual commands, printed at the end.
Two shards, not bench.py's eight: document ids name their file, so the held-out split of the
figures in the docs depends on the layout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))

from bench_corpus import build_corpus, corpus_inputs  # noqa: E402

SHARDS = 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the pipeline's output directory")
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/distill-bench-corpus"))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    build_corpus(args.shared, args.corpus, SHARDS, quick=False)
    config = yaml.safe_load((ROOT / "configs" / "local.yaml").read_text(encoding="utf-8"))
    config["inputs"] = corpus_inputs(args.corpus, web_only=False)
    config["output"] = str(args.output)
    path = args.output.with_suffix(".yaml")
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    print(f"config: {path}\nthen:")
    print(f"  python -m pipelines.cli run {path} --overwrite")
    budget = "--option threads=1 --option max_seconds=3600"  # the token budget stops both
    for hook in ("train_proxy_lm", "distill"):
        print(f"  python -m pipelines.cli hook {hook} {args.output} {budget}")


if __name__ == "__main__":
    main()
