"""The toxicity stage on real labelled comments and real news text, with the shipped model."""

from __future__ import annotations

import csv
import pickle
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from filters.toxicity import (
    BUNDLED_TOXIC_PRIOR,
    DEFAULT_MODEL,
    FLAGGED_REASON,
    FLAGGED_SIGNAL,
    TOXICITY_REASON,
    ToxicityFilter,
    cut_windows,
    load_wordlist,
    normalize,
    windows,
)
from pipelines.schema import new_doc

DATA = Path(__file__).parent / "data" / "toxicity"
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def _tweets() -> list[tuple[int, str]]:
    with (DATA / "davidson_sample.csv").open(encoding="utf-8", newline="") as handle:
        return [(int(row["class"] in ("0", "1")), row["tweet"]) for row in csv.DictReader(handle)]


def _multilingual() -> list[tuple[str, int, str]]:
    with (DATA / "multilingual_sample.csv").open(encoding="utf-8", newline="") as handle:
        return [(r["language"], int(r["toxic"]), r["text"]) for r in csv.DictReader(handle)]


def _auc(labels: list[int], scores: list[float]) -> float:
    """Share of (toxic, clean) pairs ranked the right way round, ties counted half."""
    toxic = [s for label, s in zip(labels, scores, strict=True) if label]
    clean = [s for label, s in zip(labels, scores, strict=True) if not label]
    pairs = [(t > c) + 0.5 * (t == c) for t in toxic for c in clean]
    return sum(pairs) / len(pairs)


def _articles() -> list[str]:
    lines = (DATA / "news_articles.txt").read_text(encoding="utf-8").splitlines()
    return [line.partition(" ")[2] for line in lines]


def _doc(text: str, language: str = "en", id: str = "d") -> dict:
    doc = new_doc(id=id, text=text, source="test", language=language)
    return doc


@pytest.fixture(scope="module")
def tox() -> ToxicityFilter:
    doc_filter = ToxicityFilter()
    doc_filter.setup()
    return doc_filter


@pytest.fixture(scope="module")
def long_clean() -> str:
    """~15 KB of real news prose, one article per paragraph."""
    return "\n\n".join(_articles())


@pytest.fixture(scope="module")
def toxic_paragraph() -> str:
    """Ten held-out toxic tweets: a passage longer than half a window (docs/toxicity.md)."""
    return " ".join([text for label, text in _tweets() if label == 1][:10])


def test_real_tweets_are_separated(tox: ToxicityFilter) -> None:
    """Held-out Davidson tweets (unanimous labels) are ranked toxic above clean."""
    tweets = _tweets()
    docs = tox.annotate_batch([_doc(text, id=str(i)) for i, (_, text) in enumerate(tweets)])
    scores = [d["toxicity_score"] for d in docs]
    labels = [label for label, _ in tweets]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert _auc(labels, scores) >= 0.9
    toxic = [s for label, s in zip(labels, scores, strict=True) if label]
    clean = [s for label, s in zip(labels, scores, strict=True) if not label]
    assert sum(toxic) / len(toxic) - sum(clean) / len(clean) > 0.4


@pytest.mark.parametrize("language", ["de", "pt", "ko", "zh"])
def test_other_languages_are_separated(tox: ToxicityFilter, language: str) -> None:
    """Held-out rows of GermEval, ToLD-Br, Korean HateSpeech and COLD: the model is multilingual."""
    rows = [(label, text) for lang, label, text in _multilingual() if lang == language]
    docs = tox.annotate_batch([_doc(text, language, str(i)) for i, (_, text) in enumerate(rows)])
    assert _auc([label for label, _ in rows], [d["toxicity_score"] for d in docs]) >= 0.7


def test_normalize_reduces_surface_noise() -> None:
    text = "RT @bob: You IDIOT, go away &amp; stay away http://x.co/a www.y.org #Tag 2020"
    assert normalize(text) == "you idiot go away stay away tag 2020"
    # Han, kana and Hangul syllables come out one per word; other scripts keep their words
    assert normalize("今天好，ですね") == "今 天 好 で す ね"
    assert normalize("진짜 좋다 Straße") == "진 짜 좋 다 straße"
    assert normalize("Line one.\nLine TWO!") == "line one line two"


def test_long_clean_text_is_kept(tox: ToxicityFilter, long_clean: str) -> None:
    doc = tox.annotate(_doc(long_clean))
    assert doc["toxicity_score"] < 0.5
    assert tox.keep(doc).keep


def test_toxic_paragraph_in_long_page_is_found_by_max(
    long_clean: str, toxic_paragraph: str
) -> None:
    middle = len(long_clean) // 2
    cut = long_clean.index("\n\n", middle)
    text = f"{long_clean[:cut]}\n\n{toxic_paragraph}{long_clean[cut:]}"
    by_max = ToxicityFilter(aggregation="max")
    by_mean = ToxicityFilter(aggregation="mean")
    doc_max = by_max.annotate(_doc(text))
    doc_mean = by_mean.annotate(_doc(text))
    verdict = by_max.keep(doc_max)
    assert not verdict.keep
    assert verdict.reason == TOXICITY_REASON
    assert verdict.score == doc_max["toxicity_score"] > 0.5
    # Averaged over the whole page, one paragraph does not make it toxic.
    assert doc_mean["toxicity_score"] < 0.5 < doc_max["toxicity_score"]


@pytest.mark.parametrize("insert", ["the fucking", "\nFuck.\n"])
def test_one_swear_word_in_long_text_is_not_a_drop(
    tox: ToxicityFilter, long_clean: str, insert: str
) -> None:
    at = long_clean.index(" the ", len(long_clean) // 2)
    text = f"{long_clean[:at]} {insert} {long_clean[at + 5 :]}"
    doc = tox.annotate(_doc(text))
    assert tox.keep(doc).keep
    assert doc["quality_signals"][FLAGGED_SIGNAL] > 0


def test_threshold_decides_the_verdict(tox: ToxicityFilter, toxic_paragraph: str) -> None:
    doc = tox.annotate(_doc(toxic_paragraph))
    score = doc["toxicity_score"]
    assert ToxicityFilter(threshold=round(score - 0.01, 3)).keep(doc).keep is False
    assert ToxicityFilter(threshold=min(1.0, round(score + 0.005, 3))).keep(doc).keep
    assert ToxicityFilter(threshold=1.0).keep(doc).keep


def test_flagged_word_rule_has_its_own_reason(tox: ToxicityFilter, toxic_paragraph: str) -> None:
    doc = tox.annotate(_doc(toxic_paragraph))
    ratio = doc["quality_signals"][FLAGGED_SIGNAL]
    assert ratio > 0.02
    rule = ToxicityFilter(threshold=1.0, max_flagged_word_ratio=0.02)
    assert rule.keep(doc) == (False, FLAGGED_REASON, ratio, None)
    assert ToxicityFilter(threshold=1.0).keep(doc).keep


def test_word_lists_per_language(tox: ToxicityFilter) -> None:
    german = tox.annotate(_doc("Du bist ein Arschloch und ein Wichser, sagte er.", "de"))
    assert german["quality_signals"][FLAGGED_SIGNAL] == pytest.approx(2 / 9)
    scripted = tox.annotate(_doc("Du bist ein Arschloch und ein Wichser, sagte er.", "de-Latn"))
    assert scripted["quality_signals"][FLAGGED_SIGNAL] == pytest.approx(2 / 9)  # base list
    japanese = tox.annotate(_doc("これはレイプの話ではありません", "ja"))
    assert japanese["quality_signals"][FLAGGED_SIGNAL] > 0
    clean_ja = tox.annotate(_doc("今日は天気が良いので公園へ行きました", "ja"))
    assert clean_ja["quality_signals"][FLAGGED_SIGNAL] == 0
    swahili = tox.annotate(_doc("Habari ya asubuhi", "sw"))
    assert FLAGGED_SIGNAL not in swahili["quality_signals"]
    assert load_wordlist("sw") is None
    assert load_wordlist("tl") is not None  # lid.176 code mapped onto LDNOOBW's "fil"


def test_other_quality_signals_are_kept(tox: ToxicityFilter) -> None:
    doc = _doc("a perfectly ordinary sentence about gardening")
    doc["quality_signals"] = {"gopher_mean_word_length": 5.0}
    tox.annotate(doc)
    assert doc["quality_signals"]["gopher_mean_word_length"] == 5.0
    assert doc["quality_signals"][FLAGGED_SIGNAL] == 0.0


def test_50mb_document_is_bounded(tox: ToxicityFilter, long_clean: str) -> None:
    text = (long_clean + "\n\n") * (50_000_000 // (len(long_clean) + 2) + 1)
    assert len(text) >= 50_000_000
    doc = _doc(text)
    started = time.process_time()
    tox.annotate(doc)
    assert time.process_time() - started < 0.5
    assert len(windows(text, tox.window_chars, tox.max_windows)) == tox.max_windows
    assert doc["toxicity_score"] < 0.5


def test_batch_equals_single(tox: ToxicityFilter, long_clean: str) -> None:
    texts = [text for _, text in _tweets()] + [long_clean, "", "   \n  "]
    batch = tox.annotate_batch([_doc(t, id=str(i)) for i, t in enumerate(texts)])
    single = [tox.annotate(_doc(t, id=str(i))) for i, t in enumerate(texts)]
    assert [d["toxicity_score"] for d in batch] == [d["toxicity_score"] for d in single]
    assert [d["quality_signals"] for d in batch] == [d["quality_signals"] for d in single]
    assert batch[-1]["toxicity_score"] == 0.0


def test_pickles_cheaply_before_and_after_setup() -> None:
    fresh = ToxicityFilter(threshold=0.7, aggregation="mean")
    assert len(pickle.dumps(fresh)) < 2_000
    fresh.setup()
    clone = pickle.loads(pickle.dumps(fresh))
    assert len(pickle.dumps(fresh)) < 2_000
    assert clone.threshold == 0.7 and clone.aggregation == "mean"
    doc = clone.annotate(_doc("you stupid bitch"))
    assert doc["toxicity_score"] == fresh.annotate(_doc("you stupid bitch"))["toxicity_score"]


def test_user_model_path_and_label_checked() -> None:
    explicit = ToxicityFilter(model=str(DEFAULT_MODEL), toxic_label="__label__clean")
    explicit.setup()
    assert explicit.annotate(_doc("have a lovely day"))["toxicity_score"] > 0.5
    with pytest.raises(ValueError, match="not in model labels"):
        ToxicityFilter(toxic_label="__label__toxic_typo").setup()
    with pytest.raises(FileNotFoundError):
        ToxicityFilter(model="/nonexistent/model.bin").setup()


def test_raw_preprocessing_scores_too(toxic_paragraph: str) -> None:
    raw = ToxicityFilter(preprocess="raw")
    doc = raw.annotate(_doc(toxic_paragraph))
    assert 0.0 <= doc["toxicity_score"] <= 1.0


@given(
    st.lists(st.text(alphabet="abcxyz", min_size=1, max_size=40), max_size=200),
    st.integers(2, 800),
)
def test_windows_cover_every_word(words: list[str], size: int) -> None:
    text = " ".join(words)
    cut = cut_windows(text, size)
    assert all(0 < len(window) <= size for window in cut)
    assert "".join(cut).replace(" ", "") == text.replace(" ", "")
    if all(len(word) <= size // 2 for word in words):  # then no word is cut in two
        assert [word for window in cut for word in window.split()] == words


def test_multi_word_terms_are_counted() -> None:
    english = load_wordlist("en")
    assert english is not None
    words = normalize("He said two girls one cup twice: two girls one cup. Fine").split()
    # 8 of the 12 words are the two occurrences of the term
    assert english.flagged_ratio([words]) == pytest.approx(8 / 12)
    # a term never spans two excerpts
    assert english.flagged_ratio([["two", "girls"], ["one", "cup"]]) == 0.0


def test_bundled_model_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    """filters/models/toxicity_multi.ftz is exactly what scripts/train_toxicity.py makes."""
    if not (SHARED / "toxicity").is_dir():
        pytest.skip("../shared/data is not present")
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from train_toxicity import train_model, training_rows

    rebuilt = tmp_path / "rebuilt.ftz"
    train_model(training_rows(SHARED), rebuilt)
    assert rebuilt.read_bytes() == DEFAULT_MODEL.read_bytes()


def test_bundled_scores_are_corrected_to_the_web_prior(long_clean: str) -> None:
    """Raw (balanced-training) odds times 0.01/0.99: raw 0.99 is where 0.5 falls."""
    raw = ToxicityFilter(toxic_prior=0.5)
    corrected = ToxicityFilter()
    texts = [text for _, text in _tweets()] + [long_clean]
    raw_scores = [d["toxicity_score"] for d in raw.annotate_batch([_doc(t) for t in texts])]
    new_scores = [d["toxicity_score"] for d in corrected.annotate_batch([_doc(t) for t in texts])]
    for before, after in zip(raw_scores, new_scores, strict=True):
        if 0.0 < before < 1.0:
            odds = before / (1 - before) * BUNDLED_TOXIC_PRIOR / (1 - BUNDLED_TOXIC_PRIOR)
            assert after == pytest.approx(odds / (1 + odds))
        assert (after > 0.5) == (before > 1 - BUNDLED_TOXIC_PRIOR) or before in (0.0, 1.0)
    # a plug-in model (any path) is left uncorrected unless toxic_prior is set
    plug_in = ToxicityFilter(model=str(DEFAULT_MODEL))
    assert [d["toxicity_score"] for d in plug_in.annotate_batch([_doc(t) for t in texts])] == (
        raw_scores
    )
