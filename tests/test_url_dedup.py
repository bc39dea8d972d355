"""URL dedup: normalisation, the choice among crawls, the Beam decisions, applying them.

The crawls are real: the wget crawl in Dolma's test WARC fetched https://allenai.org/ three
times, and both it and trafilatura's evaluation set hold https://creativecommons.org/
(tests/data/neardup/README.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline as BeamPipeline
from apache_beam.testing.util import assert_that, equal_to

from filters.urls import UrlNormaliser, crawl_rank, crawl_time
from pipelines.config import UrlDedupConfig
from pipelines.schema import new_doc
from pipelines.url_dedup import REASON, STAGE, UrlApplier, UrlDedup

DATA = Path(__file__).parent / "data" / "neardup" / "url_crawls.jsonl"


def crawls() -> list[dict]:
    return [
        new_doc(id=p["id"], text=p["text"], source="web", url=p["url"], date=p["date"])
        for p in map(json.loads, DATA.read_text(encoding="utf-8").splitlines())
    ]


@pytest.mark.parametrize(
    ("url", "key"),
    [
        (
            "HTTPS://WWW.Example.com:443/a/./b/../c?utm_source=x&b=2&a=1#top",
            "example.com/a/c?a=1&b=2",
        ),
        ("http://example.com/a/c?a=1&b=2", "example.com/a/c?a=1&b=2"),
        ("http://example.com", "example.com/"),
        ("https://example.com/%7euser/%e4%b8%ad", "example.com/~user/%E4%B8%AD"),
        ("https://example.com/~user/中", "example.com/~user/%E4%B8%AD"),
        ("https://example.com:8443/Path/", "example.com:8443/Path/"),  # case, slash and port kept
        ("https://example.com/?fbclid=abc", "example.com/"),
        ("ftp://example.com/file", None),
        ("https://example.com:99999/", None),
        ("", None),
        (None, None),
    ],
)
def test_url_keys(url, key) -> None:
    assert UrlNormaliser().key(url) == key


def test_normalisation_steps_are_switchable() -> None:
    url = "https://www.example.com/x?b=1&a=2&utm_source=feed"
    assert UrlNormaliser(ignore_scheme=False).key(url) == "https://example.com/x?a=2&b=1"
    assert UrlNormaliser(ignore_www=False).key(url) == "www.example.com/x?a=2&b=1"
    assert UrlNormaliser(sort_query=False).key(url) == "example.com/x?b=1&a=2"
    assert UrlNormaliser(drop_params=()).key(url) == "example.com/x?a=2&b=1&utm_source=feed"


def test_crawl_rank_newest_then_longest_then_id() -> None:
    old, new = "2024-01-01T00:00:00Z", "2024-04-25T16:27:54Z"
    assert crawl_time(new) > crawl_time(old)
    assert crawl_time("yesterday") is None and crawl_time("2024-01-01") is not None
    ranks = {
        "a": crawl_rank("a", old, 900, "newest"),
        "b": crawl_rank("b", new, 100, "newest"),
        "c": crawl_rank("c", None, 5000, "newest"),
        "d": crawl_rank("d", new, 100, "newest"),
    }
    assert sorted(ranks, key=ranks.get) == ["b", "d", "a", "c"]  # undated counts as oldest
    longest = {k: crawl_rank(k, d, n, "longest") for k, d, n in [("a", old, 900), ("b", new, 100)]}
    assert min(longest, key=longest.get) == "a"


def test_beam_keeps_the_newest_crawl_of_each_url() -> None:
    """The three allenai.org crawls keep the latest; creativecommons.org keeps the 2024-04 one;
    URLs crawled once, documents of other sources and documents without a URL never appear."""
    docs = crawls()
    by_url: dict[str, list[dict]] = {}
    for doc in docs:
        by_url.setdefault(doc["url"], []).append(doc)
    allenai = sorted(by_url["https://allenai.org/"], key=lambda d: d["date"])
    creative = sorted(by_url["https://creativecommons.org/"], key=lambda d: d["date"])
    assert len(allenai) == 3 and len(creative) == 2
    expected = [(d["id"], allenai[-1]["id"]) for d in allenai[:-1]]
    expected.append((creative[0]["id"], creative[-1]["id"]))
    other_source = new_doc(id="zz/1", text="x", source="wiki", url="https://allenai.org/")
    no_url = new_doc(id="zz/2", text="x", source="web")
    http_copy = new_doc(
        id="zz/3", text="x", source="web", url="http://www.allenai.org/?utm_medium=rss"
    )
    with BeamPipeline() as pipeline:
        result = (
            pipeline
            | beam.Create([*docs, other_source, no_url, http_copy], reshuffle=False)
            | UrlDedup(UrlDedupConfig(), sources=["web"])
        )
        assert_that(result, equal_to([*expected, ("zz/3", allenai[-1]["id"])]))


def test_apply_rejects_with_kept_id_or_annotates() -> None:
    doc = crawls()[0]
    applier = UrlApplier()
    assert applier.drops(doc["id"], "kept/1")
    reject = applier.apply(dict(doc), "kept/1", "filter")
    assert (reject["stage"], reject["reason"], reject["kept_id"]) == (STAGE, REASON, "kept/1")
    annotated = applier.apply(dict(doc, verdicts=[]), "kept/1", "annotate")
    assert annotated["verdicts"] == [f"{STAGE}:{REASON}"] and "stage" not in annotated
    assert applier.apply(doc, None, "filter") is doc
