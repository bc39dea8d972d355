"""Exact and MinHash dedup on Beam: clusters, survivors, invariants, runners."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path
from typing import Literal

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pydantic import Field

from filters.minhash import DEFAULT_CHAR_LANGUAGES, band_keys
from pipelines import config as config_module
from pipelines.dedup import (
    ConnectedComponents,
    ExactDedup,
    MinhashDedup,
    bands_rows,
    hasher_from,
    star_edges,
)
from pipelines.schema import new_doc

StageConfig = config_module.StageConfig


# The sections as proposed for pipelines/config.py (the lead pastes them there).
class DedupConfig(StageConfig):
    lowercase: bool = Field(True, description="compare texts case-insensitively")
    strip_punctuation: bool = Field(True, description="punctuation and symbols count as spaces")
    normalise_digits: bool = Field(True, description="every digit compares as 0")
    unicode_nfkc: bool = Field(True, description="fold compatibility forms (NFKC)")
    keep: Literal["smallest_id", "longest"] = Field(
        "smallest_id", description="survivor of a cluster: smallest id, or longest text"
    )
    prefer_sources: list[str] = Field(
        default_factory=list, description="sources whose copy survives first, in this order"
    )


class ExactDedupConfig(DedupConfig):
    pass


class MinhashConfig(DedupConfig):
    ngram_size: int = Field(5, gt=0, description="words per shingle")
    num_bands: int = Field(14, gt=0)
    rows_per_band: int = Field(8, gt=0)
    char_ngram_size: int = Field(5, gt=0, description="characters per shingle (unspaced scripts)")
    char_languages: list[str] = Field(
        default_factory=lambda: list(DEFAULT_CHAR_LANGUAGES),
        description="languages shingled by characters; unknown languages are decided by script",
    )
    hash_bits: Literal[32, 64] = Field(32, description="datasketch scheme affine32 / affine64")
    seed: int = Field(1, ge=0, description="permutation seed, as datasketch.MinHash(seed=...)")
    threshold: float | None = Field(
        None,
        gt=0.0,
        lt=1.0,
        description="target Jaccard: bands/rows from datasketch's optimiser over "
        "num_bands*rows_per_band permutations; also the verify threshold",
    )
    verify: bool = Field(False, description="drop candidate pairs below the exact Jaccard")
    max_rounds: int = Field(8, ge=1, le=64, description="unrolled connected-component rounds")


def fast(**overrides) -> MinhashConfig:
    """Few unrolled rounds: every round adds fixed DirectRunner stage costs to a test."""
    return MinhashConfig(**{"max_rounds": 2, **overrides})


def _collect(pcoll: beam.PCollection, path: Path, label: str) -> None:
    (
        pcoll
        | f"Json{label}" >> beam.Map(json.dumps, sort_keys=True)
        | f"Write{label}" >> (beam.io.WriteToText(str(path / label)))
    )


def _read(path: Path, label: str) -> list:
    return [json.loads(line) for f in sorted(path.glob(f"{label}*")) for line in f.open()]


def run(transform: beam.PTransform, docs: list[dict], **options) -> tuple[list, list]:
    """Kept documents and rejects of one transform over ``docs`` (through files: any runner)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp)
        with beam.Pipeline(options=PipelineOptions(**options)) as pipeline:
            result = pipeline | beam.Create(docs, reshuffle=False) | transform
            _collect(result.kept, path, "kept")
            _collect(result.rejected, path, "rejected")
        return _read(path, "kept"), _read(path, "rejected")


def run_components(edges: list[tuple[str, str]], max_rounds: int) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp)
        with beam.Pipeline() as pipeline:
            found = pipeline | beam.Create(edges, reshuffle=False) | ConnectedComponents(max_rounds)
            _collect(found, path, "cc")
        return dict(map(tuple, _read(path, "cc")))


def union_find_components(edges: list[tuple[str, str]]) -> dict[str, str]:
    """The reference: node → smallest id of its component."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        parent[max(ra, rb)] = min(ra, rb)
    return {node: find(node) for node in parent}


# ----- connected components --------------------------------------------------------------------

graphs = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 40)).filter(lambda e: e[0] != e[1]),
    min_size=1,
    max_size=60,
)


@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.generate],
)
@given(st.lists(graphs, min_size=1, max_size=6), st.integers(1, 3), st.randoms())
def test_components_equal_union_find(graph_list, max_rounds, rnd) -> None:
    """Many random graphs in one run (ids namespaced per graph), any edge order, few rounds:
    a single round forces the fallback on most graphs, more rounds converge in Beam."""
    edges = [
        tuple(f"g{g}:{n:02d}" for n in sorted(edge, reverse=True))
        for g, graph in enumerate(graph_list)
        for edge in graph
    ]
    rnd.shuffle(edges)
    assert run_components(edges, max_rounds) == union_find_components(edges)


def test_long_chain_converges_in_rounds_and_with_fallback() -> None:
    chain = [(f"{i + 1:04d}", f"{i:04d}") for i in range(60)]
    random.Random(1).shuffle(chain)
    expected = {f"{i:04d}": "0000" for i in range(61)}
    assert run_components(chain, 5) == expected
    assert run_components(chain, 1) == expected  # mostly the fallback


def test_star_edges_are_linear_in_bucket_size() -> None:
    ids = [f"d{i:05d}" for i in range(5000)]
    edges = list(star_edges(((0, 123), ids)))
    assert len(edges) == 4999
    assert {centre for _, centre in edges} == {"d00000"}


# ----- MinHash dedup end to end ----------------------------------------------------------------

VOCAB = [
    "river mountain city forest ocean valley desert island bridge castle garden market",
    "music painting theatre poetry novel sculpture dance cinema opera ballet chorus song",
    "engine wheel railway airport harbour station tunnel highway canal ferry truck cargo",
]
WORDS = " ".join(VOCAB).split()


def make_corpus(seed: int, families: int = 6, copies: int = 3) -> list[dict]:
    """Families of near-duplicates (a few words changed) plus unrelated documents."""
    rnd = random.Random(seed)
    docs = []
    for f in range(families):
        base = [rnd.choice(WORDS) for _ in range(120)]
        for c in range(copies if f % 2 == 0 else 1):
            words = list(base)
            for _ in range(3 * c):
                words[rnd.randrange(len(words))] = rnd.choice(WORDS)
            docs.append(
                new_doc(
                    id=f"f{f}-c{c}-{rnd.randrange(1000)}",
                    text=" ".join(words),
                    source=rnd.choice(["wiki", "web"]),
                )
            )
    return docs


def candidate_clusters(docs: list[dict], cfg: MinhashConfig) -> dict[str, str]:
    """Reference clustering in plain Python: same buckets, union-find over all bucket pairs."""
    hasher = hasher_from(cfg)
    bands, rows = bands_rows(cfg)
    keys = band_keys(hasher.signatures([d["text"] for d in docs]), bands, rows).tolist()
    buckets: dict = {}
    for doc, doc_keys in zip(docs, keys, strict=True):
        for band, key in enumerate(doc_keys):
            buckets.setdefault((band, key), []).append(doc["id"])
    edges = [(a, b) for ids in buckets.values() for a in ids for b in ids if a > b]
    clusters = union_find_components(edges)
    return {d["id"]: clusters.get(d["id"], d["id"]) for d in docs}


def summary(kept: list[dict], rejected: list[dict]) -> dict[str, tuple]:
    out = {d["id"]: ("kept", d["dup_cluster_id"], d["dup_cluster_size"]) for d in kept}
    out.update({r["id"]: ("rejected", r["kept_id"], r["reason"]) for r in rejected})
    return out


def check_invariants(docs, kept, rejected, cfg) -> None:
    kept_ids = {d["id"] for d in kept}
    assert sorted(kept_ids | {r["id"] for r in rejected}) == sorted(d["id"] for d in docs)
    assert len(kept) + len(rejected) == len(docs)
    assert all(r["kept_id"] in kept_ids and r["stage"] == "minhash" for r in rejected)
    reference = candidate_clusters(docs, cfg)
    for doc in kept:
        members = [i for i, c in reference.items() if c == reference[doc["id"]]]
        assert doc["id"] == min(members) == doc["dup_cluster_id"]
        assert doc["dup_cluster_size"] == len(members)
    for rej in rejected:
        assert reference[rej["id"]] == reference[rej["kept_id"]] == rej["kept_id"]


@settings(
    max_examples=2,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.generate],
)
@given(st.integers(0, 10_000), st.randoms(), st.integers(1, 3))
def test_minhash_properties(seed, rnd, workers) -> None:
    """Kept-or-rejected, survivors exist, clusters = candidate components; order- and
    worker-independent (multi-threaded DirectRunner with 1-3 workers)."""
    cfg = fast(num_bands=8, rows_per_band=4)
    docs = make_corpus(seed)
    kept, rejected = run(MinhashDedup(cfg, "filter"), docs)
    check_invariants(docs, kept, rejected, cfg)
    assert rejected  # the planted families are found
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    options = dict(direct_running_mode="multi_threading", direct_num_workers=workers)
    again = run(MinhashDedup(cfg, "filter"), shuffled, **options)
    assert summary(*again) == summary(kept, rejected)


def test_annotate_keeps_everything_and_records_verdicts() -> None:
    cfg = fast(num_bands=8, rows_per_band=4)
    docs = make_corpus(3)
    kept, rejected = run(MinhashDedup(cfg, "filter"), docs)
    annotated, none = run(MinhashDedup(cfg, "annotate"), make_corpus(3))
    assert not none and len(annotated) == len(docs)
    flagged = {d["id"] for d in annotated if "minhash:near_duplicate" in d["verdicts"]}
    assert flagged == {r["id"] for r in rejected}
    assert all(d["dup_cluster_id"] is not None for d in annotated)


def test_keep_longest_and_preferred_source() -> None:
    text = " ".join(WORDS)
    docs = [
        new_doc(id="a", text=text, source="web"),
        new_doc(id="b", text=text + " extra words here", source="web"),
        new_doc(id="c", text=text + " more", source="wiki"),
    ]
    kept, _ = run(MinhashDedup(fast(keep="longest"), "filter"), docs)
    assert [d["id"] for d in kept] == ["b"]
    cfg = fast(keep="longest", prefer_sources=["wiki"])
    kept, rejected = run(MinhashDedup(cfg, "filter"), docs)
    assert [d["id"] for d in kept] == ["c"] and {r["kept_id"] for r in rejected} == {"c"}


def test_verify_removes_pairs_below_threshold() -> None:
    """With 1-row bands nearly everything collides; the exact check keeps only true pairs."""
    rnd = random.Random(5)
    base = [rnd.choice(WORDS) for _ in range(200)]
    near = list(base)
    near[100] = "changed"
    other = [rnd.choice(WORDS) for _ in range(200)]
    docs = [
        new_doc(id=i, text=" ".join(t), source="s")
        for i, t in (("a", base), ("b", near), ("c", other))
    ]
    loose = fast(num_bands=40, rows_per_band=1, ngram_size=2)
    kept, _ = run(MinhashDedup(loose, "filter"), docs)
    assert [d["id"] for d in kept] == ["a"]  # unverified: c is a false positive
    checked = MinhashConfig(**{**loose.model_dump(), "verify": True, "threshold": 0.8})
    kept, rejected = run(MinhashDedup(checked, "filter"), docs)
    assert sorted(d["id"] for d in kept) == ["a", "c"]
    assert [(r["id"], r["kept_id"]) for r in rejected] == [("b", "a")]


def test_hot_bucket_of_identical_pages() -> None:
    docs = [
        new_doc(
            id=f"p{i:04d}",
            text="cookie banner accept all cookies to continue reading this page",
            source="web",
        )
        for i in range(1500)
    ]
    kept, rejected = run(MinhashDedup(fast(), "filter"), docs)
    assert [d["id"] for d in kept] == ["p0000"] and kept[0]["dup_cluster_size"] == 1500
    assert len(rejected) == 1499


def test_same_output_in_memory_and_multi_processing() -> None:
    cfg = fast(num_bands=8, rows_per_band=4)
    docs = make_corpus(11, families=4)
    in_memory = run(MinhashDedup(cfg, "filter"), docs)
    processes = run(
        MinhashDedup(cfg, "filter"),
        docs,
        direct_running_mode="multi_processing",
        direct_num_workers=2,
    )
    assert summary(*processes) == summary(*in_memory)
    assert in_memory[1]


# ----- exact -----------------------------------------------------------------------------------


def test_exact_dedup_normalises_and_keeps_smallest_id() -> None:
    docs = [
        new_doc(id="b", text="Hello, World!  Posted 3 days ago", source="web"),
        new_doc(id="a", text="hello world posted 4 days ago", source="web"),
        new_doc(id="c", text="hello world, posted days ago", source="web"),
    ]
    kept, rejected = run(ExactDedup(ExactDedupConfig(), "filter"), docs)
    assert sorted(d["id"] for d in kept) == ["a", "c"]
    assert [(r["id"], r["kept_id"], r["reason"], r["stage"]) for r in rejected] == [
        ("b", "a", "exact_duplicate", "exact_dedup")
    ]
    strict = ExactDedupConfig(normalise_digits=False)
    kept, rejected = run(ExactDedup(strict, "filter"), docs)
    assert len(kept) == 3 and not rejected
    annotated, none = run(ExactDedup(ExactDedupConfig(), "annotate"), docs)
    assert not none
    assert [d["id"] for d in annotated if d["verdicts"]] == ["b"]


@pytest.mark.parametrize("keep", ["smallest_id", "longest"])
def test_exact_dedup_survivor_choice(keep: str) -> None:
    docs = [new_doc(id=i, text="Same text" + " " * n, source="s") for i, n in (("x", 0), ("y", 5))]
    kept, _ = run(ExactDedup(ExactDedupConfig(keep=keep), "filter"), docs)
    assert [d["id"] for d in kept] == (["y"] if keep == "longest" else ["x"])
