"""Accuracy of the langid stage on labelled sentences, per language, as the pipeline runs it.

Every number comes from ``filters.langid.LanguageId`` itself (code mapping, sampling, batching),
not from a parallel reimplementation, so what this prints is what a job gets. Four settings:

- ``plain``: the model's top label, normalised (no restriction, no merging);
- ``restricted``: the best label among the evaluated languages (a job that lists them all in
  ``languages``), threshold 0;
- ``strategy``: restricted and with ``merge_variants`` (default: bs/hr/sr as hbs, id as ms, nn as
  nb), threshold 0; gold labels are merged the same way;
- ``kept``: the strategy at ``--min-score`` (the default config's 0.65): the share of sentences
  that keep their right language *and* pass the threshold, i.e. what survives filtering.

Only languages the model can output are evaluated. Sentences are read in file order, so runs are
deterministic; only the speed varies.

    .venv/bin/python scripts/eval_langid.py [--data-dir DIR] [--model PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from filters.langid import LanguageId, normalize_language_code

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "langid" / "lingua-sentences"
DEFAULT_MERGE = ["hbs=bs,hr,sr", "ms=id", "nb=nn"]
BATCH = 256  # the pipeline's batch size (pipelines.stages.MAX_BATCH)


def read_sentences(data_dir: Path, limit: int | None) -> dict[str, list[str]]:
    """{normalised code: sentences} from one ``<code>.txt`` per language, one sentence a line."""
    corpus: dict[str, list[str]] = {}
    for path in sorted(data_dir.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        corpus[normalize_language_code(path.stem)] = [line for line in lines if line][:limit]
    return corpus


def parse_merge(specs: list[str]) -> dict[str, list[str]]:
    """``["hbs=bs,hr,sr"]`` → ``{"hbs": ["bs", "hr", "sr"]}``."""
    merge: dict[str, list[str]] = {}
    for spec in specs:
        target, _, members = spec.partition("=")
        merge[target] = [m for m in members.split(",") if m]
    return merge


def run(
    lid: LanguageId, corpus: dict[str, list[str]]
) -> tuple[dict[str, list[dict]], tuple[float, float]]:
    """Annotated sentence records per language, and sentences per wall and per CPU second.

    CPU seconds are reported too because the stage is single-threaded: on a shared machine the
    wall-clock rate measures the neighbours as much as the code.
    """
    lid.setup()
    results: dict[str, list[dict]] = {}
    wall = cpu = 0.0
    for language, sentences in corpus.items():
        docs = [{"text": text} for text in sentences]
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        for start in range(0, len(docs), BATCH):
            lid.annotate_batch(docs[start : start + BATCH])
        wall += time.perf_counter() - wall_start
        cpu += time.process_time() - cpu_start
        results[language] = docs
    total = sum(len(docs) for docs in results.values())
    return results, (total / wall if wall else 0.0, total / cpu if cpu else 0.0)


def accuracy(lid: LanguageId, docs: list[dict], gold: str, kept_only: bool = False) -> float:
    right = sum(doc["language"] == gold and (not kept_only or lid.keep(doc).keep) for doc in docs)
    return right / len(docs)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", help="fastText LID model; default: the packaged lid.176.ftz")
    parser.add_argument("--limit", type=int, help="first N sentences per language")
    parser.add_argument(
        "--merge",
        action="append",
        metavar="TARGET=A,B",
        help=f"merge_variants group, repeatable (default: {' '.join(DEFAULT_MERGE)})",
    )
    parser.add_argument("--no-merge", action="store_true", help="strategy without merging")
    parser.add_argument("--min-score", type=float, default=0.65, help="threshold for 'kept'")
    args = parser.parse_args(argv)

    merge = {} if args.no_merge else parse_merge(args.merge or DEFAULT_MERGE)
    plain = LanguageId(model=args.model, min_score=0.0, restrict_to_languages=False)
    corpus = read_sentences(args.data_dir, args.limit)
    skipped = sorted(set(corpus) - plain.model_languages)
    corpus = {lang: s for lang, s in corpus.items() if lang not in skipped and s}
    evaluated = sorted(corpus)

    def configured(min_score: float, merge_variants: dict[str, list[str]]) -> LanguageId:
        return LanguageId(
            languages=evaluated,
            min_score=min_score,
            model=args.model,
            restrict_to_languages=True,
            merge_variants=merge_variants,
        )

    settings = {
        "plain": plain,
        "restricted": configured(0.0, {}),
        "strategy": configured(0.0, merge),
        "kept": configured(args.min_score, merge),
    }
    columns: dict[str, dict[str, float]] = {name: {} for name in settings}
    speed: dict[str, tuple[float, float]] = {}
    confusions: dict[str, Counter[str]] = {}
    for name, lid in settings.items():
        results, speed[name] = run(lid, corpus)
        for lang, docs in results.items():
            gold = lid.code_of(lang)
            columns[name][lang] = accuracy(lid, docs, gold, kept_only=name == "kept")
            if name == "strategy":
                confusions[lang] = Counter(d["language"] for d in docs if d["language"] != gold)

    sizes = {lang: len(s) for lang, s in corpus.items()}
    total = sum(sizes.values())
    print(f"data: {args.data_dir}")
    print(f"model: {args.model or 'packaged lid.176.ftz'}")
    print(f"merge_variants: {merge or 'none'}; kept: min_score {args.min_score}")
    print(f"evaluated {len(evaluated)} languages, {total} sentences")
    print(f"not evaluated (the model has no label for them): {' '.join(skipped) or 'none'}\n")
    header = f"{'lang':<6}{'n':>6}" + "".join(f"{name:>12}" for name in settings)
    print(header + "   strategy's errors (top 3)")
    for lang in evaluated:
        row = f"{lang:<6}{sizes[lang]:>6}" + "".join(f"{columns[n][lang]:>12.3f}" for n in settings)
        errors = " ".join(f"{code}:{count}" for code, count in confusions[lang].most_common(3))
        print(f"{row}   {errors}")
    print()
    macro = {n: sum(columns[n].values()) / len(evaluated) for n in settings}
    micro = {n: sum(columns[n][lang] * sizes[lang] for lang in evaluated) / total for n in settings}
    print(f"{'macro (mean of languages)':<26}" + "".join(f"{macro[n]:>12.4f}" for n in settings))
    print(f"{'micro (all sentences)':<26}" + "".join(f"{micro[n]:>12.4f}" for n in settings))
    print(f"{'sentences/s (wall)':<26}" + "".join(f"{speed[n][0]:>12.0f}" for n in settings))
    print(f"{'sentences/s (CPU)':<26}" + "".join(f"{speed[n][1]:>12.0f}" for n in settings))
    worst = sorted(evaluated, key=lambda lang: (columns["strategy"][lang], lang))[:10]
    scores = ", ".join(f"{lang} {columns['strategy'][lang]:.3f}" for lang in worst)
    print(f"\nworst 10 by strategy: {scores}")


if __name__ == "__main__":
    main()
