"""Exact and MinHash dedup on Beam: clusters, survivors, invariants, hot buckets, runners.

Every Beam pipeline costs seconds on DirectRunner, so the Beam-level tests share pipelines: one
pipeline carries several independent corpora (told apart by an id prefix) or several labelled
branches, and the cheap pure-Python properties (two-level bucket stars, reference clustering) get
the many hypothesis examples.
"""

from __future__ import annotations

import json
import random
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from filters.minhash import band_keys
from pipelines.config import ExactDedupConfig, MinhashConfig
from pipelines.dedup import (
    BUCKET_GROUPS,
    BUCKET_SHARDS,
    MINIMA_GROUPS,
    ConnectedComponents,
    DescribeForDedup,
    ExactDedup,
    MinhashDedup,
    _bucket_entries,
    _bucket_stars,
    _sub_stars,
    bands_rows,
    bucket_salt,
    hasher_from,
    unpack_entries,
)
from pipelines.schema import new_doc

# One example per run, each carrying several independent inputs: a Beam pipeline costs seconds.
BEAM_SETTINGS = settings(
    max_examples=1,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.generate],
)


def fast(**overrides) -> MinhashConfig:
    """Small LSH, few unrolled rounds, no verification (the tests compare with the plain
    candidate graph): every stage adds fixed DirectRunner costs."""
    return MinhashConfig(
        **{"max_rounds": 2, "num_bands": 8, "rows_per_band": 4, "verify": False, **overrides}
    )


# ----- running branches of one pipeline --------------------------------------------------------


def _collect(pcoll: beam.PCollection, path: Path, label: str) -> None:
    (
        pcoll
        | f"Json{label}" >> beam.Map(json.dumps, sort_keys=True)
        | f"Write{label}" >> beam.io.WriteToText(str(path / label))
    )


def _read(path: Path, label: str) -> list:
    return [json.loads(line) for f in sorted(path.glob(f"{label}-*")) for line in f.open()]


def run_branches(branches: dict[str, tuple[list, beam.PTransform]], **options) -> dict:
    """label → (kept, rejected) of each (input, transform) branch, all in one pipeline.

    Results go through files, so any runner (including multi_processing) can be read back.
    """
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp)
        with beam.Pipeline(options=PipelineOptions(**options)) as pipeline:
            for label, (docs, transform) in branches.items():
                created = pipeline | f"Create{label}" >> beam.Create(docs, reshuffle=False)
                result = created | label >> transform
                _collect(result.kept, path, f"{label}kept")
                _collect(result.rejected, path, f"{label}rejected")
        return {
            label: (_read(path, f"{label}kept"), _read(path, f"{label}rejected"))
            for label in branches
        }


def run(transform: beam.PTransform, docs: list[dict], **options) -> tuple[list, list]:
    return run_branches({"only": (docs, transform)}, **options)["only"]


def union_find_components(edges) -> dict[str, str]:
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
# Needs 4 rounds of large-star/small-star: a long path is the slowest shape to converge.
CHAIN = [(f"chain:{i + 1:04d}", f"chain:{i:04d}") for i in range(15)]


@BEAM_SETTINGS
@given(st.lists(graphs, min_size=4, max_size=16), st.randoms())
def test_components_equal_union_find(graph_list, rnd) -> None:
    """Many random graphs plus a long chain in one pipeline (ids namespaced per graph), in any
    edge order, through two ConnectedComponents: one round (mostly the single-worker fallback)
    and five rounds, where everything converges in Beam (no fallback edges)."""
    edges = [
        tuple(f"g{g}:{n:02d}" for n in sorted(edge, reverse=True))
        for g, graph in enumerate(graph_list)
        for edge in graph
    ] + CHAIN
    rnd.shuffle(edges)
    expected = union_find_components(edges)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp)
        with beam.Pipeline() as pipeline:
            created = pipeline | beam.Create(edges, reshuffle=False)
            for rounds in (1, 5):
                found = created | f"CC{rounds}" >> ConnectedComponents(rounds)
                _collect(found, path, f"cc{rounds}")
        fallback = pipeline.result.metrics().query(MetricsFilter().with_name("cc:fallback_edges"))
        for rounds in (1, 5):
            assert dict(map(tuple, _read(path, f"cc{rounds}"))) == expected
    by_step = Counter()
    for counter in fallback["counters"]:
        by_step[counter.key.step.split("/")[0]] += counter.committed
    assert by_step["CC5"] == 0 and by_step["CC1"] > 0


# ----- LSH buckets: the two-level star, in plain Python ----------------------------------------


def two_level_stars(members: dict[tuple, list[str]]) -> tuple[list, list[int], list[int]]:
    """What ``BucketStars`` computes, group by group: (edges, level-1 sizes, level-2 sizes)."""
    groups: dict[tuple, list[bytes]] = defaultdict(list)
    for (band, key), ids in members.items():
        for doc_id in ids:
            entry = key.to_bytes(8, "little") + doc_id.encode()
            groups[(band, bucket_salt(doc_id), key % BUCKET_GROUPS)].append(entry)
    edges, minima = [], defaultdict(list)
    sub_buckets = [ids for group in groups.values() for ids in unpack_entries(group).values()]
    for element in groups.items():
        for out in _sub_stars(element):
            if isinstance(out, beam.pvalue.TaggedOutput):
                minima[out.value[0]].append(out.value[1])
            else:
                edges.append(out)
    for element in minima.items():
        edges.extend(_bucket_stars(element))
    level2 = [len(ids) for group in minima.values() for ids in unpack_entries(group).values()]
    return edges, [len(v) for v in sub_buckets], level2


bucket_ids = st.lists(st.integers(0, 300), min_size=1, max_size=80, unique=True)


@settings(max_examples=300, deadline=None)
@given(st.lists(bucket_ids, min_size=1, max_size=10))
def test_two_level_stars_give_the_candidate_components(buckets: list[list[int]]) -> None:
    """Per bucket k-1 edges, and the components of all edges are those of all bucket pairs."""
    members = {(band, 7): [f"d{i:03d}" for i in ids] for band, ids in enumerate(buckets)}
    edges, _, level2 = two_level_stars(members)
    assert len(edges) == sum(len(ids) - 1 for ids in members.values())
    assert all(a > b for a, b in edges)
    pairs = [(a, b) for ids in members.values() for a in ids for b in ids if a > b]
    nodes = {i for ids in members.values() for i in ids}
    expected = union_find_components(pairs)
    found = union_find_components(edges)
    assert {n: found.get(n, n) for n in nodes} == {n: expected.get(n, n) for n in nodes}
    assert max(level2) <= BUCKET_SHARDS


def test_hot_bucket_is_split_across_sub_buckets() -> None:
    """100,000 identical pages: linear edges, and no group holds more than ~2x its share."""
    ids = [f"page{i:06d}" for i in range(100_000)]
    edges, level1, level2 = two_level_stars({(0, 1): ids})
    assert len(edges) == len(ids) - 1
    assert max(level1) < 2 * len(ids) / BUCKET_SHARDS and level2 == [BUCKET_SHARDS]
    assert union_find_components(edges)["page099999"] == "page000000"


def test_bucket_minima_are_packed_in_bounded_groups() -> None:
    """The second level's records are packed bytes under at most ``MINIMA_GROUPS`` keys per
    band, however many buckets: a runner that holds the shuffle as objects pays its per-key cost
    per group, not per bucket."""
    rng = random.Random(5)
    members = {
        (band, rng.getrandbits(64)): [f"web/{rng.getrandbits(40):x}" for _ in range(3)]
        for band in range(2)
        for _ in range(3000)
    }
    groups: dict[tuple, list[bytes]] = defaultdict(list)
    for (band, key), ids in members.items():
        for doc_id in ids:
            entry = key.to_bytes(8, "little") + doc_id.encode()
            groups[(band, bucket_salt(doc_id), key % BUCKET_GROUPS)].append(entry)
    minima: dict[tuple, list] = defaultdict(list)
    for element in groups.items():
        for out in _sub_stars(element):
            if isinstance(out, beam.pvalue.TaggedOutput):
                minima[out.value[0]].append(out.value[1])
    assert len(minima) <= 2 * MINIMA_GROUPS < len(members)
    assert all(isinstance(entry, bytes) for entries in minima.values() for entry in entries)
    edges, _, _ = two_level_stars(members)
    assert len(edges) == sum(len(ids) - 1 for ids in members.values())


def test_packed_entries_are_the_sub_buckets_of_the_band_keys() -> None:
    """The band keys as DescribeForDedup packs them, through the shuffle's entries and back:
    the same (band, bucket, salt) sub-buckets as from the numpy keys, for ids of any script."""
    cfg = MinhashConfig(num_bands=25, rows_per_band=5)
    texts = [" ".join(random.Random(i % 7).choices(WORDS, k=60)) for i in range(40)]
    ids = [f"web/{i}-\u00e9\u4e2d" if i % 3 else f"wiki/{i}\udc80" for i in range(40)]
    describe = DescribeForDedup(None, cfg)
    describe.setup()
    docs = [new_doc(id=i, text=t, source="web") for i, t in zip(ids, texts, strict=True)]
    keys = [k for k in describe.process(docs) if not isinstance(k, beam.pvalue.TaggedOutput)]
    hasher, (bands, rows) = hasher_from(cfg), bands_rows(cfg)
    expected: dict[tuple, set[str]] = defaultdict(set)
    for doc_id, row in zip(
        ids, band_keys(hasher.signatures(texts), bands, rows).tolist(), strict=True
    ):
        for band, bucket in enumerate(row):
            expected[(band, bucket, bucket_salt(doc_id))].add(doc_id)
    groups: dict[tuple, list[bytes]] = defaultdict(list)
    for key in keys:
        assert isinstance(key[4], bytes) and len(key[4]) == 8 * bands
        for group, entry in _bucket_entries(key):
            groups[group].append(entry)
    assert len(groups) <= bands * BUCKET_SHARDS * BUCKET_GROUPS
    found: dict[tuple, set[str]] = defaultdict(set)
    for (band, salt, _), entries in groups.items():
        for bucket, members in unpack_entries(entries).items():
            found[(band, bucket, salt)].update(members)
    assert found == expected


# ----- MinHash dedup end to end ----------------------------------------------------------------

VOCAB = [
    "river mountain city forest ocean valley desert island bridge castle garden market",
    "music painting theatre poetry novel sculpture dance cinema opera ballet chorus song",
    "engine wheel railway airport harbour station tunnel highway canal ferry truck cargo",
]
WORDS = " ".join(VOCAB).split()


def make_corpus(seed: int, families: int = 6, copies: int = 3, prefix: str = "") -> list[dict]:
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
                    id=f"{prefix}f{f}-c{c}-{rnd.randrange(1000)}",
                    text=" ".join(words),
                    source=rnd.choice(["wiki", "web"]),
                )
            )
    return docs


def candidate_clusters(docs: list[dict], cfg: MinhashConfig) -> dict[str, str]:
    """Reference clustering in plain Python: same buckets, union-find over the bucket cliques
    (each member linked to its bucket's first member: the same components as all pairs)."""
    hasher = hasher_from(cfg)
    bands, rows = bands_rows(cfg)
    keys = band_keys(hasher.signatures([d["text"] for d in docs]), bands, rows).tolist()
    first: dict = {}
    edges = []
    for doc, doc_keys in zip(docs, keys, strict=True):
        for band, key in enumerate(doc_keys):
            edges.append((doc["id"], first.setdefault((band, key), doc["id"])))
    clusters = union_find_components(edges)
    return {d["id"]: clusters.get(d["id"], d["id"]) for d in docs}


def summary(kept: list[dict], rejected: list[dict]) -> dict[str, tuple]:
    out = {d["id"]: ("kept", d["dup_cluster_id"], d["dup_cluster_size"]) for d in kept}
    out.update({r["id"]: ("rejected", r["kept_id"], r["reason"]) for r in rejected})
    return out


def check_invariants(docs, kept, rejected, cfg) -> None:
    """Each document kept or rejected once, rejects point at a kept survivor, and the clusters
    are exactly the connected components of the candidate graph, survivor = smallest id."""
    kept_ids = {d["id"] for d in kept}
    assert sorted(kept_ids | {r["id"] for r in rejected}) == sorted(d["id"] for d in docs)
    assert len(kept) + len(rejected) == len(docs)
    assert all(r["kept_id"] in kept_ids and r["stage"] == "minhash" for r in rejected)
    assert all(r["reason"] == "near_duplicate" for r in rejected)
    reference = candidate_clusters(docs, cfg)
    sizes = Counter(reference.values())
    for doc in kept:
        assert doc["id"] == reference[doc["id"]] == doc["dup_cluster_id"]
        assert doc["dup_cluster_size"] == sizes[doc["id"]]
    for rej in rejected:
        assert reference[rej["id"]] == rej["kept_id"]


@BEAM_SETTINGS
@given(st.lists(st.integers(0, 10_000), min_size=3, max_size=5), st.randoms(), st.integers(1, 3))
def test_minhash_properties(seeds, rnd, workers) -> None:
    """Several independent corpora in one pipeline: kept-or-rejected with a kept survivor,
    clusters = candidate components; the same again with the input shuffled on a multi-threaded
    DirectRunner with 1-3 workers."""
    cfg = fast()
    docs = [d for n, seed in enumerate(seeds) for d in make_corpus(seed, prefix=f"c{n}/")]
    kept, rejected = run(MinhashDedup(cfg, "filter"), docs)
    check_invariants(docs, kept, rejected, cfg)
    assert rejected  # the planted families are found
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    options = dict(direct_running_mode="multi_threading", direct_num_workers=workers)
    again = run(MinhashDedup(cfg, "filter"), shuffled, **options)
    assert summary(*again) == summary(kept, rejected)


BOILERPLATE = "cookie banner accept all cookies to continue reading this page"


def multi_corpus() -> list[dict]:
    return make_corpus(11, families=4, prefix="multi/")


def hot_corpus() -> list[dict]:
    """1,500 identical boilerplate pages (one LSH bucket per band) and an ordinary corpus."""
    docs = [new_doc(id=f"p{i:04d}", text=BOILERPLATE, source="web") for i in range(1500)]
    return docs + multi_corpus()


def survivor_corpus() -> list[dict]:
    """Two clusters: web-only (the longest wins) and one with a wiki copy (preferred source)."""
    first, second = " ".join(WORDS), " ".join(reversed(WORDS))
    return [
        new_doc(id="x/a", text=first, source="web"),
        new_doc(id="x/b", text=first + " extra words here", source="web"),
        new_doc(id="y/a", text=second, source="web"),
        new_doc(id="y/b", text=second + " extra words here", source="web"),
        new_doc(id="y/c", text=second + " more", source="wiki"),
    ]


def verify_corpus() -> list[dict]:
    """a and b differ in one word; c is unrelated but collides with 1-row bands."""
    rnd = random.Random(5)
    base = [rnd.choice(WORDS) for _ in range(200)]
    near = list(base)
    near[100] = "changed"
    other = [rnd.choice(WORDS) for _ in range(200)]
    return [
        new_doc(id=i, text=" ".join(t), source="s")
        for i, t in (("a", base), ("b", near), ("c", other))
    ]


LOOSE = dict(num_bands=40, rows_per_band=1, ngram_size=2)
EXACT_DOCS = [
    new_doc(id="b", text="Hello, World!  Posted 3 days ago", source="web"),
    new_doc(id="a", text="hello world posted 4 days ago", source="web"),
    new_doc(id="c", text="hello world, posted days ago", source="web"),
    new_doc(id="x", text="Same text", source="s"),
    new_doc(id="y", text="Same text     ", source="s"),
]


@pytest.fixture(scope="module")
def features() -> dict:
    """One pipeline with a labelled branch per feature (each with its own config)."""
    return run_branches(
        {
            "hot": (hot_corpus(), MinhashDedup(fast(), "filter")),
            "annotate": (make_corpus(3), MinhashDedup(fast(), "annotate")),
            "survivor": (
                survivor_corpus(),
                MinhashDedup(fast(keep="longest", prefer_sources=["wiki"]), "filter"),
            ),
            "verify": (
                verify_corpus(),
                MinhashDedup(fast(**LOOSE, verify=True, threshold=0.8), "filter"),
            ),
            "verifyexact": (
                verify_corpus(),
                MinhashDedup(
                    fast(**LOOSE, verify=True, verify_with="exact", threshold=0.8), "filter"
                ),
            ),
            "exact": (EXACT_DOCS, ExactDedup(ExactDedupConfig(), "filter")),
            "exactstrict": (
                EXACT_DOCS,
                ExactDedup(ExactDedupConfig(normalise_digits=False), "filter"),
            ),
            "exactlongest": (EXACT_DOCS, ExactDedup(ExactDedupConfig(keep="longest"), "filter")),
            "exactannotate": (EXACT_DOCS, ExactDedup(ExactDedupConfig(), "annotate")),
        }
    )


def test_hot_bucket_of_identical_pages(features) -> None:
    docs = hot_corpus()
    kept, rejected = features["hot"]
    check_invariants(docs, kept, rejected, fast())
    hot = [d for d in kept if d["id"].startswith("p")]
    assert [d["id"] for d in hot] == ["p0000"] and hot[0]["dup_cluster_size"] == 1500
    pages = [r for r in rejected if r["id"].startswith("p")]
    assert len(pages) == 1499 and {r["kept_id"] for r in pages} == {"p0000"}


def test_annotate_keeps_everything_and_records_verdicts(features) -> None:
    docs = make_corpus(3)
    annotated, none = features["annotate"]
    assert not none and len(annotated) == len(docs)
    reference = candidate_clusters(docs, fast())
    flagged = {d["id"] for d in annotated if "minhash:near_duplicate" in d["verdicts"]}
    assert flagged == {i for i, c in reference.items() if i != c} != set()
    assert all(d["dup_cluster_id"] == reference[d["id"]] for d in annotated)


def test_keep_longest_and_preferred_source(features) -> None:
    kept, rejected = features["survivor"]
    assert sorted(d["id"] for d in kept) == ["x/b", "y/c"]
    assert sorted((r["id"], r["kept_id"]) for r in rejected) == [
        ("x/a", "x/b"),
        ("y/a", "y/c"),
        ("y/b", "y/c"),
    ]


@pytest.mark.parametrize("branch", ["verify", "verifyexact"])
def test_verify_removes_pairs_below_threshold(features, branch) -> None:
    """With 1-row bands c is a candidate of a; only the check (signature agreement, or the
    exact shingle Jaccard with ``verify_with: exact``) separates them."""
    docs = verify_corpus()
    assert candidate_clusters(docs, fast(**LOOSE))["c"] == "a"  # unverified: a false positive
    kept, rejected = features[branch]
    assert sorted(d["id"] for d in kept) == ["a", "c"]
    assert [(r["id"], r["kept_id"]) for r in rejected] == [("b", "a")]


def test_same_output_in_memory_and_multi_processing(features) -> None:
    """The ordinary corpus alone, reversed, on 2 processes = its part of the in-memory run."""
    processes = run(
        MinhashDedup(fast(), "filter"),
        list(reversed(multi_corpus())),
        direct_running_mode="multi_processing",
        direct_num_workers=2,
    )
    in_memory = {k: v for k, v in summary(*features["hot"]).items() if k.startswith("multi/")}
    assert summary(*processes) == in_memory
    assert any(v[0] == "rejected" for v in in_memory.values())


# ----- exact -----------------------------------------------------------------------------------


def test_exact_dedup_normalises_and_keeps_smallest_id(features) -> None:
    kept, rejected = features["exact"]
    assert sorted(d["id"] for d in kept) == ["a", "c", "x"]
    assert sorted((r["id"], r["kept_id"], r["reason"], r["stage"]) for r in rejected) == [
        ("b", "a", "exact_duplicate", "exact_dedup"),
        ("y", "x", "exact_duplicate", "exact_dedup"),
    ]
    kept, rejected = features["exactstrict"]  # digits compared as written: 3 days != 4 days
    assert sorted(d["id"] for d in kept) == ["a", "b", "c", "x"]


def test_exact_dedup_survivor_choice_and_annotate(features) -> None:
    kept, _ = features["exactlongest"]
    assert sorted(d["id"] for d in kept) == ["b", "c", "y"]  # b is longer than a
    annotated, none = features["exactannotate"]
    assert not none and len(annotated) == len(EXACT_DOCS)
    assert sorted(d["id"] for d in annotated if d["verdicts"]) == ["b", "y"]
