"""The real text the toxicity model is trained and judged on, read the same way by
``train_toxicity.py`` and ``eval_toxicity.py``.

Labelled sets: every CSV of ``../shared/data/toxicity`` (``text`` + binary ``toxic``) and the sets
gathered from public repositories into ``tests/data/toxicity/gathered`` (same columns; sources and
licences in its README). Each row carries its dataset, language and platform, so training can
balance them and evaluation can leave one out.

Clean text: real prose with no toxic label, used to teach the model what ordinary text looks like
(news articles, the lingua sentences) and, on parts never trained on, to measure how much clean
text the stage would drop (the Wikipedia dumps, the Dolma CC sample, the benchmark's web pages).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
GATHERED = ROOT / "tests" / "data" / "toxicity" / "gathered"
CACHE = ROOT / ".cache" / "toxicity"

HELD_OUT_PERCENT = 20


@dataclass(frozen=True)
class LabelledSet:
    """One labelled dataset: where it lives and what it is (for balancing and reporting)."""

    name: str
    path: str  # relative to the shared data dir, or ``gathered:NAME`` (in GATHERED)
    language: str | None  # None: a ``lang`` column names each row's language
    platform: str
    trainable: bool = True  # HateCheck is templated: evaluation only


LABELLED_SETS = (
    LabelledSet("davidson", "toxicity/davidson-tweets-a.csv", "en", "twitter"),
    LabelledSet("stormfront", "toxicity/stormfront-en.csv", "en", "forum"),
    LabelledSet("fox-news", "toxicity/fox-news-comments-en.csv", "en", "news-comments"),
    LabelledSet("wikipedia-talk", "toxicity/wikipedia-talk-toxicity-en.csv", "en", "wiki-talk"),
    LabelledSet("jigsaw-sample", "toxicity/jigsaw2018-sample-en.csv", "en", "wiki-talk"),
    LabelledSet("mlma", "toxicity/mlma-ar-fr-en.csv", None, "twitter"),
    LabelledSet("germeval2018", "toxicity/germeval2018-de.csv", "de", "twitter"),
    LabelledSet("iwg-refugees", "gathered:iwg-refugees-de.csv.gz", "de", "twitter"),
    LabelledSet("gahd", "gathered:gahd-de.csv.gz", "de", "adversarial"),
    LabelledSet("told-br", "toxicity/told-br-pt.csv", "pt", "twitter"),
    LabelledSet("olid-br", "gathered:olid-br-pt.csv.gz", "pt", "twitter-youtube"),
    LabelledSet("korean-hate-speech", "toxicity/korean-hate-speech-ko.csv", "ko", "news-comments"),
    LabelledSet("k-mhas", "gathered:k-mhas-ko.csv.gz", "ko", "news-comments"),
    LabelledSet("korean-curse", "gathered:korean-curse-ko.csv.gz", "ko", "web-comments"),
    LabelledSet("cold", "toxicity/cold-zh.csv", "zh", "social-media"),
    LabelledSet("swsr", "gathered:swsr-zh.csv.gz", "zh", "weibo"),
    LabelledSet("offenseval2020-ar", "gathered:offenseval2020-ar.csv.gz", "ar", "twitter"),
    LabelledSet("mpold", "gathered:mpold-ar.csv.gz", "ar", "news-comments"),
    LabelledSet("hatecheck", "toxicity/hatecheck-en.csv", "en", "templated", trainable=False),
    LabelledSet(
        "multilingual-hatecheck",
        "toxicity/multilingual-hatecheck.csv",
        None,
        "templated",
        trainable=False,
    ),
)


@dataclass(frozen=True)
class Row:
    """One labelled text. ``key`` decides its side of the train/held-out split."""

    key: str
    text: str
    toxic: int
    dataset: str
    language: str
    platform: str

    @property
    def held_out(self) -> bool:
        return is_held_out(self.key)


def is_held_out(key: str) -> bool:
    """Stable train/test assignment: the same row lands on the same side on every machine."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % 100 < HELD_OUT_PERCENT


def _open_text(path: Path) -> Any:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", newline="")
    return path.open(encoding="utf-8", newline="")


def _csv_path(spec: LabelledSet, shared: Path) -> Path:
    if spec.path.startswith("gathered:"):
        return GATHERED / spec.path.removeprefix("gathered:")
    return shared / spec.path


def read_set(spec: LabelledSet, shared: Path = SHARED) -> list[Row]:
    """The rows of one labelled set, in file order.

    The split key is the dataset plus the text itself, so a text that a set holds twice (COLD,
    ToLD-Br and Stormfront have duplicates) never sits on both sides of the split.
    """
    column = "tweet" if spec.name == "davidson" else "text"
    rows = []
    with _open_text(_csv_path(spec, shared)) as handle:
        for record in csv.DictReader(handle):
            if spec.name == "davidson":
                toxic = int(record["class"] in ("0", "1"))
            else:
                toxic = int(record["toxic"])
            text = record[column]
            language = spec.language or record["lang"]
            key = f"{spec.name}:{text}"
            rows.append(Row(key, text, toxic, spec.name, language, spec.platform))
    return rows


def labelled_rows(shared: Path = SHARED, trainable: bool | None = None) -> list[Row]:
    """Every labelled row (of trainable sets only, or of evaluation-only sets only)."""
    rows: list[Row] = []
    for spec in LABELLED_SETS:
        if trainable is None or spec.trainable == trainable:
            rows += read_set(spec, shared)
    return rows


# --- clean text ---------------------------------------------------------------------------------

NEWS_ARTICLES = "neardup/mccormick_articles_1000.train"
LINGUA_DIR = "langid/lingua-sentences"


def news_articles(shared: Path = SHARED) -> Iterator[tuple[str, str]]:
    """``(key, article)``: real English news, one article per line of the McCormick set."""
    with (shared / NEWS_ARTICLES).open(encoding="utf-8") as handle:
        for line in handle:
            article_id, _, text = line.strip().partition(" ")
            yield f"news:{article_id}", text


def lingua_sentences(shared: Path = SHARED) -> Iterator[tuple[str, str, str]]:
    """``(key, language, sentence)`` for the Leipzig sentences of every lingua language."""
    for path in sorted((shared / LINGUA_DIR).glob("*.txt")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                if line.strip():
                    yield f"lingua-{path.stem}:{number}", path.stem, line.strip()


def _read_inputs(inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Documents exactly as the pipeline's readers produce them (extraction included)."""
    from pipelines.config import InputConfig
    from pipelines.schema import is_reject
    from pipelines.sources.read import make_reader, match_files, read_file

    docs = []
    for item in inputs:
        cfg = InputConfig(**item)
        reader = make_reader(cfg)
        for path in match_files(cfg.path):
            for record in read_file(reader, path, cfg.source):
                if not is_reject(record) and record.get("text"):
                    docs.append({k: record.get(k) for k in ("id", "url", "title", "text")})
    return sorted(docs, key=lambda doc: doc["id"])


def _cached(name: str, build: Any) -> list[dict[str, Any]]:
    path = CACHE / f"{name}.jsonl.gz"
    if not path.exists():
        docs = build()
        path.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            for doc in docs:
                handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def benchmark_pages(shared: Path = SHARED) -> list[dict[str, Any]]:
    """The benchmark's web documents (scripts/bench.py's ``web/`` inputs), extracted by the
    pipeline's own WARC reader with the default extractor; cached under ``.cache/toxicity``."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_corpus import build_corpus, corpus_inputs

    def build() -> list[dict[str, Any]]:
        corpus = CACHE / "bench-corpus"
        build_corpus(shared, corpus, shards=2, quick=False)
        return _read_inputs(corpus_inputs(corpus, web_only=True))

    return _cached("benchmark-pages", build)


def clean_documents(shared: Path = SHARED) -> list[dict[str, Any]]:
    """Clean documents never trained on: every page of the Wikipedia dumps and the Dolma CC
    sample, read by the pipeline's readers (``source`` says which)."""

    def build() -> list[dict[str, Any]]:
        docs = []
        for pattern, fmt, source in (
            ("wiki/*.xml.*", "wikipedia", "wikipedia"),
            ("cc/dolma_cc_en_head-*.jsonl.gz", "jsonl", "dolma-cc"),
        ):
            for doc in _read_inputs(
                [{"path": str(shared / pattern), "format": fmt, "source": source}]
            ):
                docs.append({**doc, "source": source})
        return docs

    return _cached("clean-documents", build)
