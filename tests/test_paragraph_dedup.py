"""Paragraph dedup: normalised line hashes, the survivor rule, the Beam decisions, applying them.

The corpus is real: 14 pages of the benchmark's web part (tests/data/neardup/README.md) whose
extracted text still carries real boilerplate (WordPress's cookie notice, "Das könnte Sie auch
interessieren" related-content headings), plus one hot paragraph planted in many documents.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing.test_pipeline import TestPipeline as BeamPipeline
from apache_beam.testing.util import assert_that, equal_to

from filters.paragraphs import (
    Decision,
    ParagraphHasher,
    decide,
    decisions_in_memory,
    remove_lines,
)
from pipelines.config import ParagraphDedupConfig, UrlDedupConfig
from pipelines.decisions import ApplyDecisions
from pipelines.hash_filter import HashFilter
from pipelines.paragraph_dedup import REASON, SIGNAL, STAGE, ParagraphApplier, ParagraphDedup
from pipelines.schema import new_doc
from pipelines.url_dedup import UrlApplier, UrlDedup

DATA = Path(__file__).parent / "data" / "neardup" / "boilerplate_pages.jsonl"
URL_DATA = DATA.with_name("url_crawls.jsonl")
COOKIES = "Datenschutz & Cookies: Diese Website verwendet Cookies."
HOT = "Alle Preise inkl. MwSt., zzgl. Versandkosten. Lieferzeit 2-3 Werktage."


def real_pages() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def records(pages: list[dict]) -> list[dict]:
    return [
        new_doc(id=p["id"], text=p["text"], source="web", url=p["url"], date=p["date"])
        for p in pages
    ]


def _letters(i: int) -> str:
    """A distinct digit-free word per number (digits all normalise to 0)."""
    return "".join(chr(ord("a") + int(d)) for d in f"{i:04d}")


def corpus() -> list[dict]:
    """The real pages, plus 150 short product pages sharing one templated line (a hot key)."""
    products = [
        new_doc(
            id=f"shop/{i:04d}",
            text=f"Produkt {_letters(i)}: handgefertigte Tasse aus Steingut.\n{HOT}",
            source="shop",
        )
        for i in range(150)
    ]
    return records(real_pages()) + products


def in_memory(docs: list[dict], cfg: ParagraphDedupConfig, excluded=()) -> dict[str, Decision]:
    hasher = ParagraphHasher(min_chars=cfg.min_chars)
    return decisions_in_memory(
        ((d["id"], d["text"], d["id"]) for d in docs if d["id"] not in excluded),
        hasher,
        cfg.min_count,
        cfg.min_doc_words,
    )


# ----- the per-document half -------------------------------------------------------------------


def test_lines_compare_after_normalisation_and_keep_their_count() -> None:
    hasher = ParagraphHasher(min_chars=5)
    text = "© 2023 Example GmbH. Alle Rechte vorbehalten\n\nBody\n© 2024 EXAMPLE GmbH, alle Rechte"
    text += " vorbehalten!"
    assert len(hasher.normalised_lines(text)) == len(text.split("\n"))
    (footer, *_), body = hasher.occurrences(text), "Body"
    assert footer.lines == (0, 3)  # both years, case and punctuation fold together
    assert footer.n_bytes == sum(len(text.split("\n")[i].encode()) + 1 for i in (0, 3))
    assert footer.prefix.startswith("© 2023 Example GmbH")
    assert all(body not in o.prefix for o in hasher.occurrences(text))  # 4 chars < min_chars


def test_short_lines_are_never_candidates() -> None:
    hasher = ParagraphHasher(min_chars=20)
    assert hasher.occurrences("Zubereitung\n500 ml Milch\nMehr erfahren") == []


def test_remove_lines_leaves_no_gap() -> None:
    text = "A\n\nB\n\nC"
    assert remove_lines(text, [2]) == "A\n\nC"
    assert remove_lines(text, [0]) == "B\n\nC"
    assert remove_lines(text, [4]) == "A\n\nB"
    assert remove_lines("A\nB\n", [0]) == "B\n"  # a trailing newline the page had stays
    assert remove_lines(text, []) == text


def test_decide_drops_what_would_be_too_short() -> None:
    occurrence = ParagraphHasher(min_chars=1).occurrences("one two three four")[0]
    assert decide("d", [occurrence], doc_words=10, min_doc_words=7).drop is True
    assert decide("d", [occurrence], doc_words=11, min_doc_words=7).drop is False


def test_survivor_keeps_the_paragraph_and_others_lose_it() -> None:
    cfg = ParagraphDedupConfig(min_count=3, min_doc_words=0)
    decisions = in_memory(records(real_pages()), cfg)
    pages = {p["id"]: p["text"] for p in real_pages()}
    holders = sorted(i for i, text in pages.items() if COOKIES in text)
    assert len(holders) >= 3
    assert holders[0] not in decisions or all(
        COOKIES not in pages[holders[0]].split("\n")[i] for i in decisions[holders[0]].lines
    )
    for doc_id in holders[1:]:
        removed = [pages[doc_id].split("\n")[i] for i in decisions[doc_id].lines]
        assert any(COOKIES in line for line in removed)
    # a paragraph in fewer than min_count documents stays everywhere
    strict = in_memory(records(real_pages()), ParagraphDedupConfig(min_count=50))
    assert strict == {}


# ----- Beam ------------------------------------------------------------------------------------


def test_beam_decisions_and_summary_equal_the_in_memory_reference() -> None:
    """Hot key included (150 holders over 64 salted sub-keys), and an exclusion list: an
    excluded document neither counts nor keeps the survivor's place. One pipeline checks the
    decisions and the report summary."""
    cfg = ParagraphDedupConfig(min_count=3, min_doc_words=5)
    docs = corpus()
    excluded = {"shop/0000", sorted(d["id"] for d in docs if COOKIES in d["text"])[0]}
    expected = in_memory(docs, cfg, excluded)
    assert expected["shop/0002"].lines == (1,)  # shop/0001 is the first holder left
    assert "shop/0001" not in expected

    def check_summary(summaries):
        (summary,) = summaries
        assert summary["docs_changed"] == len(expected)
        assert summary["paragraphs_removed"] == sum(len(d.lines) for d in expected.values())
        assert summary["bytes_removed"] == sum(d.n_bytes for d in expected.values())
        top = summary["top"]
        assert top[0]["documents"] == 149 and top[0]["text"] == HOT
        assert any(t["text"].startswith(COOKIES) for t in top)
        assert [t["documents"] for t in top] == sorted((t["documents"] for t in top), reverse=True)
        assert len(top) == 3

    with BeamPipeline() as pipeline:
        exclude = pipeline | "Exclude" >> beam.Create(sorted(excluded))
        result = (
            pipeline
            | beam.Create(docs, reshuffle=False)
            | ParagraphDedup(cfg, exclude=exclude, top=3)
        )
        assert_that(result["decisions"], equal_to(sorted(expected.items())), label="Decisions")
        assert_that(result["summary"], check_summary, label="Summary")


def test_hashes_from_2_63_up_reach_the_report() -> None:
    """Half of all paragraph hashes are 2**63 or more (their keys are negative): the report's
    top entries and prefixes carry them unsigned through the graph, as Beam's coders must hold
    them (Beam 2.78 read ``int`` in their hints as VarIntCoder, which overflowed)."""
    hasher = ParagraphHasher(min_chars=20)
    footers = [f"Impressum und Kontakt fuer Seite {_letters(i)} anzeigen" for i in range(4)]
    hashes = {line: hasher.occurrences(line)[0].hash for line in footers}
    assert {h >= 1 << 63 for h in hashes.values()} == {True, False}
    docs = [
        new_doc(id=f"site/{d}", text="\n".join([f"Artikel {_letters(d)}", *footers]), source="web")
        for d in range(3)
    ]
    cfg = ParagraphDedupConfig(min_count=3, min_doc_words=0)
    top = [
        {"documents": 3, "hash": f"{h:016x}", "text": line}
        for line, h in sorted(hashes.items(), key=lambda item: item[1])
    ]
    with BeamPipeline() as pipeline:
        result = pipeline | beam.Create(docs, reshuffle=False) | ParagraphDedup(cfg)
        assert_that(result["decisions"], equal_to(sorted(in_memory(docs, cfg).items())))
        assert_that(
            result["summary"] | beam.Map(lambda summary: summary["top"]),
            equal_to([top]),
            label="Top",
        )


def test_documents_without_a_repeated_paragraph_skip_the_join() -> None:
    """Only documents holding a paragraph of at least ``min_count`` documents are joined with
    the counts (the Bloom filter of repeated hashes): the others are counted in
    ``docs_not_joined`` and send nothing to the join, and the decisions are unchanged."""
    cfg = ParagraphDedupConfig(min_count=3, min_doc_words=5)
    docs = corpus()
    hasher = ParagraphHasher(min_chars=cfg.min_chars)
    holders: dict[int, int] = {}
    for doc in docs:
        for paragraph in hasher.paragraphs(doc["text"]):
            holders[paragraph[0]] = holders.get(paragraph[0], 0) + 1
    described = [d for d in docs if hasher.paragraphs(d["text"])]
    alone = [
        d
        for d in described
        if all(holders[p[0]] < cfg.min_count for p in hasher.paragraphs(d["text"]))
    ]
    assert 0 < len(alone) < len(described)
    pipeline = BeamPipeline()
    result = pipeline | beam.Create(docs, reshuffle=False) | ParagraphDedup(cfg)
    assert_that(result["decisions"], equal_to(sorted(in_memory(docs, cfg).items())))
    run = pipeline.run()
    run.wait_until_finish()
    (counter,) = run.metrics().query(MetricsFilter().with_name("docs_not_joined"))["counters"]
    assert counter.committed == len(alone)


def test_hash_filter_has_no_false_negatives_and_few_false_positives() -> None:
    rng = random.Random(17)
    repeated = [rng.getrandbits(64) - (1 << 63) for _ in range(5000)]
    others = [rng.getrandbits(64) - (1 << 63) for _ in range(20000)]
    built = HashFilter(iter(repeated), len(repeated))
    assert built.may_contain(repeated).all()
    assert built.may_contain(others).mean() < 0.01
    assert not HashFilter([], 0).may_contain(repeated).any()
    assert built.may_contain([]).size == 0


def test_only_the_selected_sources_take_part() -> None:
    """``formats`` (here: the sources of those formats) limits who counts and who loses."""
    cfg = ParagraphDedupConfig(min_count=3, min_doc_words=5)
    docs = corpus()
    expected = in_memory([d for d in docs if d["source"] == "shop"], cfg)
    assert expected and all(doc_id.startswith("shop/") for doc_id in expected)
    with BeamPipeline() as pipeline:
        result = (
            pipeline | beam.Create(docs, reshuffle=False) | ParagraphDedup(cfg, sources=["shop"])
        )
        assert_that(result["decisions"], equal_to(sorted(expected.items())))


# ----- applying a decision ---------------------------------------------------------------------


@pytest.fixture
def page() -> dict:
    return records(real_pages())[0]


def test_apply_rewrites_text_and_sizes(page) -> None:
    lines = page["text"].split("\n")
    decision = Decision(page["id"], (0,), len(lines[0].encode()) + 1, len(lines[0].split()), False)
    out = ParagraphApplier().apply(dict(page, quality_signals={}), decision, "filter")
    assert out["text"] == "\n".join(lines[1:])
    assert out["n_bytes"] == len(out["text"].encode())
    assert out["quality_signals"][SIGNAL] == pytest.approx(decision.n_bytes / page["n_bytes"])


def test_apply_drops_with_reason_or_annotates(page) -> None:
    decision = Decision(page["id"], (0,), 10, 2, True)
    reject = ParagraphApplier().apply(dict(page, quality_signals={}), decision, "filter")
    assert (reject["stage"], reject["reason"], reject["id"]) == (STAGE, REASON, page["id"])
    kept = ParagraphApplier().apply(
        dict(page, quality_signals={}, verdicts=[]), decision, "annotate"
    )
    assert kept["text"] == page["text"] and kept["verdicts"] == [f"{STAGE}:{REASON}"]
    assert ParagraphApplier().apply(page, None, "filter") is page


# ----- applied together, in a graph of one's own ----------------------------------------------


def test_url_and_paragraph_decisions_applied_by_apply_decisions(tmp_path) -> None:
    """URL decisions, then paragraph decisions without the URL losers, joined with the text by
    ``ApplyDecisions``: every document kept (rewritten) or rejected with its stage, once."""
    docs = corpus() + records(map(json.loads, URL_DATA.read_text(encoding="utf-8").splitlines()))
    out = tmp_path / "out"
    with beam.Pipeline() as pipeline:
        created = pipeline | beam.Create(docs, reshuffle=False)
        losers = created | "Url" >> UrlDedup(UrlDedupConfig(), sources=["web"])
        exclude = losers | "LoserIds" >> beam.Keys()
        paragraphs = created | ParagraphDedup(ParagraphDedupConfig(min_count=3), exclude=exclude)
        decisions = {"url_dedup": losers, STAGE: paragraphs["decisions"]}
        applied = created | ApplyDecisions(decisions, [UrlApplier(), ParagraphApplier()], "filter")
        (
            (applied.kept, applied.rejected)
            | beam.Flatten()
            | beam.Map(json.dumps, sort_keys=True, ensure_ascii=False)
            | beam.io.WriteToText(str(out))
        )
    written = [
        json.loads(line)
        for path in sorted(tmp_path.glob("out-*"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(r["id"] for r in written) == sorted(d["id"] for d in docs)
    assert {r.get("stage") for r in written} == {None, "url_dedup", "paragraph_dedup"}
    kept = [r for r in written if "stage" not in r]
    assert sum(COOKIES in r["text"] for r in kept) == 1
