"""Accuracy and speed of the langid stage per backend, on lingua's languages and on the long tail.

Every number comes from ``filters.langid.LanguageId`` itself (code mapping, sampling, batching,
macrolanguage splitting, script subtags), not from a parallel reimplementation, so what this
prints is what a job gets.

Sources (real text, labelled by their publishers):

- ``lingua``: lingua-py's test sentences (Leipzig corpora, news and web), 75 languages;
  ``../shared/data/langid/lingua-sentences`` (``--lingua-dir``). Split by position: sentences in
  even-numbered groups of 15 are ``dev``, odd ones ``test``.
- ``udhr``: the Universal Declaration of Human Rights in ~500 translations
  (``tests/data/langid/eval/udhr.jsonl.xz``, built by ``scripts/make_langid_evaldata.py``).
  Its languages outside lingua's are the long tail. Split by translation into ``dev`` and
  ``test`` halves; accuracy is over both halves (nothing tunes the labels), ``kept`` and the
  calibration over the test half (the dev half tunes heliport's score mapping).

Levels: ``sentence`` (a lingua line; a UDHR sentence of at least 20 characters), ``paragraph``
(3 lingua lines; a UDHR paragraph of at least 60 characters) and ``document`` (15 lingua lines;
a quarter of a UDHR translation, ~2.5 KB).

``kept`` is the share that is right *and* scores at least the default ``min_score`` (0.65); it and
the score calibration are computed on the test split only (UDHR's test half of translations).

Settings: ``plain`` (the model's top label, normalised), ``merged`` (``merge_variants`` hbs=bs,hr,sr
ms=id nb=nn, gold merged the same way) and, for lingua, ``strategy`` (merged and restricted to
lingua's languages, as a job listing them would run). Accuracy is over the languages that every
evaluated backend can output (a fair comparison); coverage is printed separately.

``--calibrate`` fits heliport's score mapping (temperature, evidence power and the score of the
"unknown language" pseudo-label, ``filters.langid_backends``) on the dev split and prints it; the
calibration table (mean score vs accuracy per score bin) is always printed on the test split,
which the fit never sees.

Speed: docs per CPU-second of the stage as ``configs/local.yaml`` configures it, on the benchmark's
web pages (``../shared/data/html/trafilatura-pages.tar.gz``) extracted with the configured
extractor, like ``scripts/bench_stages.py`` (``--pages 0`` skips it).

    python scripts/eval_langid.py [--backend heliport --backend fasttext] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import lzma
import math
import re
import tarfile
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from filters.langid import BACKENDS, LanguageId, sample_text
from filters.langid_backends import HeliportBackend
from filters.langid_codes import base_language, normalize_language_code

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
LINGUA_DIR = SHARED / "langid" / "lingua-sentences"
UDHR_PATH = ROOT / "tests" / "data" / "langid" / "eval" / "udhr.jsonl.xz"
PAGES_TAR = SHARED / "html" / "trafilatura-pages.tar.gz"
DEFAULT_MERGE = {"hbs": ["bs", "hr", "sr"], "ms": ["id"], "nb": ["nn"]}
KEPT_AT = 0.65  # the default min_score: "kept" = right and at least this score
BATCH = 256  # the pipeline's batch size (pipelines.stages.MAX_BATCH)
LEVELS = ("sentence", "paragraph", "document")
LINGUA_GROUP = {"sentence": 1, "paragraph": 3, "document": 15}
# UDHR translations in historic or rare scripts that no model here was trained on.
UNREADABLE = {"vi-Hani", "tl-Tglg", "sa-Gran", "tzm-Tfng", "kkh-Lana", "chr"}
# Language-script pairs of the UDHR that both backends score 0 on: each language's Wikipedia (and
# so most training data) is in the other script. Reported apart from the long tail's main figure.
UNTRAINED_SCRIPTS = {"az-Cyrl", "ckb-Latn", "ms-Arab", "tk-Cyrl", "ug-Latn"}
_SENTENCE_END = re.compile(r"(?<=[.!?;።።।۔。])\s+")


@dataclass(frozen=True)
class Sample:
    source: str
    language: str  # gold, project code
    level: str
    split: str
    text: str


def lingua_samples(data_dir: Path, limit: int | None) -> list[Sample]:
    """Sentences, paragraphs and documents of consecutive lingua sentences, split dev/test."""
    samples: list[Sample] = []
    for path in sorted(data_dir.glob("*.txt")):
        language = normalize_language_code(path.stem)
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line][:limit]
        for level, size in LINGUA_GROUP.items():
            for start in range(0, len(lines) - size + 1, size):
                split = "dev" if (start // 15) % 2 == 0 else "test"
                text = " ".join(lines[start : start + size])
                samples.append(Sample("lingua", language, level, split, text))
    return samples


def udhr_samples(path: Path, limit: int | None) -> list[Sample]:
    """Sentences, paragraphs and quarter documents of each UDHR translation.

    Split by translation (CRC-32 of its id): the dev half only tunes heliport's score mapping.
    """
    samples: list[Sample] = []
    with lzma.open(path, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    for record in records:
        if record["bcp47"] in UNREADABLE:
            continue
        language = normalize_language_code(record["bcp47"], iso=True)
        split = "dev" if zlib.crc32(record["id"].encode()) % 2 == 0 else "test"
        paragraphs = record["paragraphs"]
        sentences = [s for p in paragraphs for s in _SENTENCE_END.split(p) if len(s) >= 20]
        texts = {
            "sentence": sentences[:limit],
            "paragraph": [p for p in paragraphs if len(p) >= 60][:limit],
            "document": quarters(paragraphs),
        }
        for level, items in texts.items():
            samples += [Sample("udhr", language, level, split, text) for text in items]
    return samples


def quarters(paragraphs: list[str]) -> list[str]:
    """Four contiguous runs of paragraphs of about equal length, joined by newlines."""
    total = sum(map(len, paragraphs))
    parts: list[list[str]] = [[]]
    done = 0
    for paragraph in paragraphs:
        if done >= total * len(parts) / 4 and len(parts) < 4:
            parts.append([])
        parts[-1].append(paragraph)
        done += len(paragraph)
    return ["\n".join(part) for part in parts if part]


def predict(lid: LanguageId, samples: list[Sample]) -> tuple[list[tuple[str, float]], float]:
    """(language, score) per sample, and the CPU seconds the stage took."""
    lid.setup()
    found: list[tuple[str, float]] = []
    started = time.process_time()
    for begin in range(0, len(samples), BATCH):
        docs = lid.annotate_batch([{"text": s.text} for s in samples[begin : begin + BATCH]])
        found += [(d["language"], d["language_score"]) for d in docs]
    return found, time.process_time() - started


def make_lid(
    backend: str, merge: bool, languages: Iterable[str] = (), min_score: float = KEPT_AT
) -> LanguageId:
    """The stage at threshold ``min_score`` (accuracy ignores it; ``kept`` and restriction not)."""
    return LanguageId(
        languages=sorted(languages),
        min_score=min_score,
        restrict_to_languages=bool(languages),
        merge_variants=DEFAULT_MERGE if merge else None,
        backend=backend,  # type: ignore[arg-type]
    )


def is_right(lid: LanguageId, gold: str, found: str) -> bool:
    """Right when the reported code is gold's (merged the same way); ``sr`` in Latin is only
    right as ``sr-Latn``, but a model may report a language's script variant for a gold label
    without script only where the gold text is in that script, which cannot happen."""
    return lid.code_of(gold) == found


class Table:
    """Accuracy per (setting, backend, level, language) and the confusions behind it."""

    def __init__(self) -> None:
        self.right: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
        self.confusions: dict[tuple, Counter[tuple[str, str]]] = defaultdict(Counter)

    def add(self, key: tuple, gold: str, found: str, right: bool) -> None:
        cell = self.right[(*key, gold)]
        cell[0] += right
        cell[1] += 1
        if not right:
            self.confusions[key[:3]][(gold, found)] += 1

    def per_language(self, key: tuple, languages: Iterable[str]) -> dict[str, float]:
        out = {}
        for language in languages:
            right, total = self.right.get((*key, language), (0, 0))
            if total:
                out[language] = right / total
        return out


def macro(scores: dict[str, float]) -> float:
    return sum(scores.values()) / len(scores) if scores else float("nan")


def calibration(pairs: list[tuple[float, bool]], bins: int = 5) -> str:
    """'bin: mean score / accuracy (n)' per score bin, and the expected calibration error."""
    rows, error = [], 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        cell = [(s, r) for s, r in pairs if low <= s < high or (b == bins - 1 and s == 1.0)]
        if cell:
            mean = sum(s for s, _ in cell) / len(cell)
            acc = sum(r for _, r in cell) / len(cell)
            error += abs(mean - acc) * len(cell) / len(pairs)
            rows.append(f"[{low:.1f},{high:.1f}) {mean:.2f}/{acc:.2f} ({len(cell)})")
    return f"ECE {error:.3f}: " + "  ".join(rows)


# The most right, kept, known-language dev texts the "unknown language" pseudo-label may cost.
UNKNOWN_BUDGET = 0.01


def fit_heliport_scores(samples: list[Sample]) -> tuple[float, float, float]:
    """heliport's (temperature, evidence power, unknown score), fitted on ``samples`` (dev).

    1. Temperature and evidence power minimise the log loss of the top score against "the top
       label is right" on texts in languages heliport knows (without the pseudo-label).
    2. The unknown score is the lowest (the most texts in languages heliport does not know pushed
       under ``KEPT_AT``) that costs at most UNKNOWN_BUDGET of the known-language texts that are
       right and kept without it. A log-loss fit would not do here: what share of a corpus is in
       languages the model does not know is a property of the corpus (in the UDHR, most), not of
       the model, so the threshold is set by the price paid on known languages instead.

    One pass of the stage gives each sample's verdict (the ranking does not depend on the
    parameters) and heliport's raw top labels; the grids then cost no prediction.
    """
    lid = make_lid("heliport", merge=True)
    found, _ = predict(lid, samples)
    backend = lid.backend
    assert isinstance(backend, HeliportBackend)
    known = lid.model_languages
    rows = []
    for sample, (language, _) in zip(samples, found, strict=True):
        text = sample_text(sample.text, lid.max_chars)
        in_model = lid.code_of(sample.language) in known
        right = is_right(lid, sample.language, language)
        rows.append((backend.ranked(text), len(text), right, in_model))
    best = (math.inf, 0.0, 0.0)
    for power in (0.0, 0.25, 0.5, 0.75):
        losses = []
        for temperature in (1, 2, 3, 4, 6):
            trial = HeliportBackend(
                temperature=temperature, evidence_power=power, unknown_score=math.inf
            )
            loss, n = 0.0, 0
            for ranked, chars, right, in_model in rows:
                if in_model:
                    p = min(max(trial.probabilities(ranked, chars)[0][1], 1e-6), 1 - 1e-6)
                    loss -= math.log(p if right else 1 - p)
                    n += 1
            losses.append(f"T={temperature}: {loss / n:.4f}")
            best = min(best, (loss / n, float(temperature), power))
        print(f"  evidence power {power}, log loss: " + "  ".join(losses))
    _, temperature, power = best

    def kept(unknown: float) -> tuple[int, int]:
        trial = HeliportBackend(
            temperature=temperature, evidence_power=power, unknown_score=unknown
        )
        right_kept = unknown_kept = 0
        for ranked, chars, right, in_model in rows:
            passes = trial.probabilities(ranked, chars)[0][1] >= KEPT_AT
            right_kept += passes and right and in_model
            unknown_kept += passes and not in_model
        return right_kept, unknown_kept

    base_right, base_unknown = kept(math.inf)
    print(f"  without unknown score: right kept {base_right}, unknown-language kept {base_unknown}")
    chosen = math.inf
    for unknown in (6.5, 6.0, 5.75, 5.5, 5.25, 5.0, 4.75, 4.5, 4.25, 4.0):
        right, wrong = kept(unknown)
        print(f"  unknown score {unknown}: right kept {right}, unknown-language kept {wrong}")
        if right >= (1 - UNKNOWN_BUDGET) * base_right:
            chosen = unknown
    return temperature, power, chosen


# heliport's best raw score from which a text fits none of its models well (see the
# disagreement table: mostly languages it does not know).
POOR_FIT = 5.5


def disagreement(
    samples: list[Sample], heliport: list[tuple[str, float]], fasttext: list[tuple[str, float]]
) -> None:
    """Whether the backends' disagreement predicts where lid.176 is right and heliport is not
    (the case for an ensemble), on UDHR paragraphs and documents, merged."""
    lid = make_lid("heliport", merge=True)
    lid.setup()
    backend = lid.backend
    assert isinstance(backend, HeliportBackend)
    counts = Counter()
    for sample, (by_h, _), (by_f, _) in zip(samples, heliport, fasttext, strict=True):
        if sample.level == "sentence":
            continue
        gold = lid.code_of(sample.language)
        h_right, f_right = by_h == gold, by_f == gold
        counts["texts"] += 1
        if by_h != by_f:
            counts["disagree"] += 1
            counts["disagree, heliport right"] += h_right
            counts["disagree, fasttext right"] += f_right
        raw = backend.ranked(sample_text(sample.text, lid.max_chars))[0][1]
        if raw >= POOR_FIT:
            counts[f"heliport raw >= {POOR_FIT}"] += 1
            counts[f"heliport raw >= {POOR_FIT}, heliport right"] += h_right
            counts[f"heliport raw >= {POOR_FIT}, fasttext right"] += f_right
    print("\ndisagreement (UDHR paragraphs and documents, merged): ")
    print("  " + ", ".join(f"{key}: {n}" for key, n in counts.items()))


def extracted_pages(limit: int) -> list[str]:
    """Main text of the benchmark's HTML pages, as the configured extractor gives it."""
    from filters.extract import HtmlExtractor
    from pipelines.config import load_config

    config = load_config(ROOT / "configs" / "local.yaml")
    name = next(i.extractor for i in config.inputs if i.format == "warc")
    extractor = HtmlExtractor(name)
    texts: list[str] = []
    with tarfile.open(PAGES_TAR) as tar:
        members = sorted(
            (m for m in tar.getmembers() if m.isfile() and m.name.endswith(".html")),
            key=lambda m: m.name,
        )
        for member in members[:limit] if limit > 0 else members:
            text = extractor.extract(tar.extractfile(member).read())  # type: ignore[union-attr]
            if text.strip():
                texts.append(text)
    extractor.close()
    return texts


def page_speed(backend: str, pages: list[str], shared: bool = False) -> tuple[float, float]:
    """Docs per CPU-second of the stage configured as in configs/local.yaml, and MB/s.

    ``shared``: the model in a server process (``shared_model``); the CPU is the worker's and
    the server's together.
    """
    import psutil

    from pipelines.config import load_config

    section = load_config(ROOT / "configs" / "local.yaml").stages.langid
    kwargs = section.model_dump(exclude={"enabled"})
    kwargs.update(backend=backend, shared_model=shared)
    lid = LanguageId(**kwargs)
    lid.setup()
    server = psutil.Process(lid.backend._server.server_pid()) if shared else None  # type: ignore[attr-defined]
    server_cpu = sum(server.cpu_times()[:2]) if server else 0.0
    samples = [Sample("pages", "und", "document", "test", text) for text in pages]
    _, cpu = predict(lid, samples)
    if server:
        cpu += sum(server.cpu_times()[:2]) - server_cpu
    megabytes = sum(len(p.encode()) for p in pages) / 1e6
    return len(pages) / cpu, megabytes / cpu


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backend", action="append", choices=BACKENDS, help="repeatable")
    parser.add_argument("--lingua-dir", type=Path, default=LINGUA_DIR)
    parser.add_argument("--udhr", type=Path, default=UDHR_PATH)
    parser.add_argument("--limit", type=int, help="first N lingua lines / UDHR items per level")
    parser.add_argument("--pages", type=int, default=-1, help="pages for the speed (0: skip)")
    parser.add_argument("--calibrate", action="store_true", help="fit heliport's temperature")
    parser.add_argument("--all-languages", action="store_true", help="print every language")
    args = parser.parse_args(argv)
    backends = args.backend or list(BACKENDS)

    lingua = lingua_samples(args.lingua_dir, args.limit)
    udhr = udhr_samples(args.udhr, args.limit) if args.udhr.exists() else []
    if args.calibrate:
        dev = [s for s in lingua + udhr if s.split == "dev"]
        print(f"heliport score calibration (dev split, {len(dev)} samples; log loss):")
        temperature, power, unknown = fit_heliport_scores(dev)
        print(f"  best: temperature {temperature}, evidence power {power}, unknown {unknown}")
    tests = {"lingua": [s for s in lingua if s.split == "test"], "udhr": udhr}
    lingua_languages = {s.language for s in lingua}

    known: dict[str, frozenset[str]] = {}
    merged_found: dict[tuple[str, str], list[tuple[str, float]]] = {}
    table = Table()
    scores: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for backend in backends:
        plain = make_lid(backend, merge=False)
        known[backend] = plain.model_languages
        settings = {"plain": plain, "merged": make_lid(backend, merge=True)}
        for source, samples in tests.items():
            runs = dict(settings)
            if source == "lingua":
                runs["strategy"] = make_lid(
                    backend, merge=True, languages=lingua_languages, min_score=0.0
                )
            for setting, lid in runs.items():
                found, _ = predict(lid, samples)
                if setting == "merged":
                    merged_found[(source, backend)] = found
                for sample, (language, score) in zip(samples, found, strict=True):
                    right = is_right(lid, sample.language, language)
                    table.add(
                        (source, setting, backend, sample.level), sample.language, language, right
                    )
                    if setting == "merged" and sample.split == "test":
                        kept = right and lid.threshold(language) <= score
                        table.add(
                            (source, "kept", backend, sample.level), sample.language, language, kept
                        )
                        scores[f"{source} {backend}"].append((score, right, sample.language))

    def common(languages: Iterable[str]) -> list[str]:
        return sorted(
            lang
            for lang in set(languages)
            if all(lang in k or base_language(lang) in k for k in known.values())
        )

    udhr_languages = {s.language for s in udhr}
    sets = {
        "lingua": common(lingua_languages),
        "udhr-lingua": common(udhr_languages & lingua_languages),
        "long-tail": common(udhr_languages - lingua_languages),
    }
    sets["long-tail*"] = [lang for lang in sets["long-tail"] if lang not in UNTRAINED_SCRIPTS]
    print(f"\nbackends: {', '.join(backends)}")
    for backend in backends:
        have = [
            lang
            for lang in udhr_languages
            if lang in known[backend] or base_language(lang) in known[backend]
        ]
        total = len(udhr_languages)
        print(f"  {backend}: {len(known[backend])} codes; knows {len(have)}/{total} UDHR languages")
    print(
        f"evaluated languages (known to every backend): lingua {len(sets['lingua'])}, "
        f"UDHR in lingua's languages {len(sets['udhr-lingua'])}, long tail {len(sets['long-tail'])}"
        f" (long-tail* leaves out {', '.join(sorted(UNTRAINED_SCRIPTS))})"
    )
    print("\nmacro accuracy (mean over languages)")
    header = f"{'set':<12}{'setting':<10}{'backend':<10}" + "".join(f"{lv:>11}" for lv in LEVELS)
    print(header)
    low: dict[tuple, dict[str, float]] = {}
    for name, languages in sets.items():
        source = "lingua" if name == "lingua" else "udhr"
        for setting in ("plain", "merged", "strategy", "kept"):
            if setting == "strategy" and source != "lingua":
                continue
            for backend in backends:
                cells = []
                for level in LEVELS:
                    per = table.per_language((source, setting, backend, level), languages)
                    cells.append(f"{macro(per):>11.4f}")
                    if setting == "merged" and level in ("paragraph", "document"):
                        low[(name, backend, level)] = per
                print(f"{name:<12}{setting:<10}{backend:<10}" + "".join(cells))

    print("\nlanguages below 0.8 (merged; paragraph / document level)")
    for (name, backend, level), per in low.items():
        bad = sorted((score, lang) for lang, score in per.items() if score < 0.8)
        listed = " ".join(f"{lang} {score:.2f}" for score, lang in bad)
        print(f"  {name} {backend} {level}: {len(bad)}: {listed}")

    if args.all_languages:
        for name, languages in sets.items():
            source = "lingua" if name == "lingua" else "udhr"
            print(
                f"\nper language, {name} (merged): "
                + " ".join(f"{b}:{lv[:4]}" for b in backends for lv in LEVELS)
            )
            for lang in languages:
                row = [
                    table.per_language((source, "merged", b, lv), [lang]).get(lang, math.nan)
                    for b in backends
                    for lv in LEVELS
                ]
                print(f"  {lang:<9}" + "".join(f"{x:>7.2f}" for x in row))

    print("\ntop confusions (gold -> reported: count, all levels, merged)")
    for source in tests:
        for backend in backends:
            pairs = table.confusions[(source, "merged", backend)].most_common(12)
            listed = " ".join(f"{gold}->{found}:{n}" for (gold, found), n in pairs)
            print(f"  {source} {backend}: {listed}")

    if {"heliport", "fasttext"} <= set(backends):
        disagreement(udhr, merged_found[("udhr", "heliport")], merged_found[("udhr", "fasttext")])

    print(f"\ntexts in languages the backend cannot know, kept at {KEPT_AT} (UDHR test split)")
    for backend in backends:
        triples = [
            (score, gold)
            for score, _, gold in scores[f"udhr {backend}"]
            if gold not in known[backend] and base_language(gold) not in known[backend]
        ]
        wrong = sum(score >= KEPT_AT for score, _ in triples)
        print(f"  {backend}: {wrong} of {len(triples)} ({wrong / max(len(triples), 1):.1%})")

    print("\ncalibration of the score (merged; mean score / accuracy per bin), test splits")
    evaluated = set(sets["lingua"]) | set(sets["udhr-lingua"]) | set(sets["long-tail"])
    for key, triples in scores.items():
        pairs = [(score, right) for score, right, gold in triples if gold in evaluated]
        print(f"  {key}: {calibration(pairs)}")

    if args.pages != 0 and PAGES_TAR.exists():
        pages = extracted_pages(args.pages)
        print(f"\nspeed on {len(pages)} extracted benchmark pages (configs/local.yaml's langid)")
        for backend, shared in [(b, False) for b in backends] + [("heliport", True)]:
            docs, mb = page_speed(backend, pages, shared)
            name = f"{backend}{' (shared_model, worker + server)' if shared else ''}"
            print(f"  {name}: {docs:.0f} docs per CPU-second, {mb:.2f} MB per CPU-second")


if __name__ == "__main__":
    main()
