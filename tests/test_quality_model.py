"""The quality_model filter: scoring with the shipped and user models, preprocessing, verdicts."""

from __future__ import annotations

import gzip
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from filters.quality_model import (
    DEFAULT_MODEL,
    SCORE_FIELD,
    THRESHOLD_REASON,
    QualityModelFilter,
    dclm_form,
    fineweb_edu_form,
    head,
    words_lowercase_form,
)
from pipelines.schema import new_doc
from tests.conftest import TEST_DATA

HELDOUT = TEST_DATA / "quality_model" / "heldout_docs.jsonl.gz"


def _heldout() -> list[dict]:
    with gzip.open(HELDOUT, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="module")
def shipped() -> QualityModelFilter:
    model = QualityModelFilter()
    model.setup()
    return model


def test_shipped_model_is_small_and_has_its_labels(shipped: QualityModelFilter) -> None:
    assert DEFAULT_MODEL.stat().st_size < 4_000_000
    assert set(shipped._model.get_labels()) == {"__label__hq", "__label__cc"}


def test_reference_text_outscores_crawled_pages(shipped: QualityModelFilter) -> None:
    """Documents the shipped model never trained on: edited text ranks above crawled pages."""
    rows = _heldout()
    scores = shipped.scores([r["text"] for r in rows])
    reference = [s for s, r in zip(scores, rows, strict=True) if r["origin"] != "cc-2019"]
    crawled = [s for s, r in zip(scores, rows, strict=True) if r["origin"] == "cc-2019"]
    wins = sum(p > n for p in reference for n in crawled) / (len(reference) * len(crawled))
    assert wins > 0.8
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_batch_equals_single(shipped: QualityModelFilter) -> None:
    rows = _heldout()[:8]
    batch = shipped.annotate_batch([new_doc(id=r["id"], text=r["text"], source="t") for r in rows])
    single = [shipped.annotate(new_doc(id=r["id"], text=r["text"], source="t")) for r in rows]
    assert [d[SCORE_FIELD] for d in batch] == [d[SCORE_FIELD] for d in single]


def test_min_score_verdict_carries_score_and_threshold(shipped: QualityModelFilter) -> None:
    strict = QualityModelFilter(min_score=0.99)
    strict._model = shipped._model
    crawled = next(r for r in _heldout() if r["origin"] == "cc-2019")
    doc = strict.annotate(new_doc(id="x", text=crawled["text"], source="t"))
    verdict = strict.keep(doc)
    assert not verdict.keep
    assert verdict.reason == THRESHOLD_REASON
    assert verdict.score == doc[SCORE_FIELD] and "min_score=0.99" in verdict.detail
    assert QualityModelFilter().keep(doc).keep


def test_preprocessing_forms() -> None:
    text = "  Title\r\nFirst line.\n\n\nSecond, line!  "
    assert dclm_form(text) == "Title First line.   Second, line!"
    assert fineweb_edu_form(text) == "  Title\r First line. Second, line!  "
    assert words_lowercase_form(text).split() == ["title", "first", "line", "second", "line"]
    assert "\n" not in words_lowercase_form(text) and "\r" not in words_lowercase_form(text)
    assert words_lowercase_form("東京は日本の首都").split() == list("東京は日本の首都")
    assert words_lowercase_form("Ελληνικά ΚΕΊΜΕΝΑ\u2028x").split() == ["ελληνικά", "κείμενα", "x"]


def test_long_documents_are_scored_on_their_head(shipped: QualityModelFilter) -> None:
    text = "word " * 1_000_000
    assert len(head(text, 1000)) <= 1000
    assert not head(text, 1000).endswith("wor")
    doc = shipped.annotate(new_doc(id="big", text=text, source="t"))
    assert 0.0 <= doc[SCORE_FIELD] <= 1.0


def test_pickles_without_the_model(shipped: QualityModelFilter) -> None:
    clone = QualityModelFilter()
    clone._model = shipped._model
    assert len(pickle.dumps(clone)) < 2_000
    restored = pickle.loads(pickle.dumps(clone))
    assert restored._model is None
    assert restored.scores(["some text"]) == clone.scores(["some text"])


def test_missing_model_and_wrong_label_fail_at_setup(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="not found"):
        QualityModelFilter(model=str(tmp_path / "none.bin")).setup()
    with pytest.raises(ValueError, match="__label__good"):
        QualityModelFilter(label="__label__good").setup()
    with pytest.raises(ValueError, match="numeric labels"):
        QualityModelFilter(score="expected_label").setup()


_TRAIN_ORDINAL = """
import fasttext, sys
fasttext.train_supervised(input=sys.argv[1], epoch=50, lr=1.0, dim=8, bucket=10000, thread=1,
                          seed=0, verbose=0).save_model(sys.argv[2])
"""


def test_expected_label_scores_ordinal_models(tmp_path: Path) -> None:
    """A FineWeb-Edu-style model (labels 0..2) scored as the expected label over the largest."""
    rows = _heldout()
    level = {"cc-2019": 0, "wiki-ja": 1, "wiki-en": 2, "news-en": 2}
    train = tmp_path / "train.txt"
    train.write_text(
        "".join(f"__label__{level[r['origin']]} {words_lowercase_form(r['text'])}\n" for r in rows),
        encoding="utf-8",
    )
    path = tmp_path / "edu.bin"
    # a fresh process: the fastText binding fails on a second training in one process
    subprocess.run([sys.executable, "-c", _TRAIN_ORDINAL, str(train), str(path)], check=True)
    model = QualityModelFilter(model=str(path), score="expected_label")
    scores = model.scores([r["text"] for r in rows])
    assert all(0.0 <= s <= 1.0 for s in scores)
    news = [s for s, r in zip(scores, rows, strict=True) if r["origin"] == "news-en"]
    crawled = [s for s, r in zip(scores, rows, strict=True) if r["origin"] == "cc-2019"]
    assert min(news) > max(crawled)
