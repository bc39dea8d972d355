"""quality_model stage: a learned quality score per document, from a fastText classifier.

Heuristic rules (``filters/quality.py``) remove broken text; they cannot tell a thin SEO page from
an encyclopedia article when both are well-formed. The strongest recent corpora add a classifier
trained to tell reference-quality text from random web text and keep the best-scoring share of
each language (DCLM-Baseline, FineWeb-Edu, GPT-3, LLaMA). This module scores; keeping the top
share is a corpus-level decision made in ``pipelines/quality_select.py``, since a quantile needs
every score first.

Any fastText model file can be used, provided the text reaches it in the form it was trained on.
The known forms (``PREPROCESSORS``), each written after the model's own repository:

- ``dclm``: DCLM's ``classify_fasttext_hq_prob`` (mlfoundations/dclm,
  ``baselines/mappers/enrichers/quality_prediction_enrichers_calc_fasttext.py``) strips the text
  and joins its lines with single spaces; case and punctuation are kept. Its models
  (``openhermes_reddit_eli5_vs_rw_v2_bigram_200k_train.bin``) have labels ``__label__hq`` and
  ``__label__cc``; the score is P(hq).
- ``fineweb_edu``: the FineWeb-Edu fastText variants (e.g. kenhktsui/fineweb-edu-fasttext-
  classifier's model card) replace each run of newlines by one space. Their labels are the
  educational scores ``__label__0`` .. ``__label__5``: use ``score: expected_label``.
- ``words_lowercase``: lowercase words only (punctuation, symbols and line breaks become
  spaces), each Han/kana/Thai character a word of its own so unspaced scripts get features
  too. The shipped model (``scripts/train_quality_model.py``) is trained on this form.

Scores are in [0, 1]: the probability of ``label`` (fastText reports up to 1.00001, clamped), or
for ordinal labels the expected label divided by the largest one. Long documents are scored on
their first ``max_chars`` characters: a bag-of-words average settles long before that, and the
cost of one document stays bounded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import numpy as np

from filters.base import KEEP, DocFilter, Record, Verdict
from filters.text import (
    NO_SPACE_SCRIPT,
    PUNCT,
    SPACE,
    flags_of,
    from_codepoints,
    to_codepoints,
)

MODELS_DIR = Path(__file__).parent / "models"
DEFAULT_MODEL = MODELS_DIR / "quality_reference_vs_web.ftz"
DEFAULT_LABEL = "__label__hq"

SCORE_FIELD = "quality_model_score"
THRESHOLD_REASON = "quality_model_score_below_threshold"

Preprocess = Literal["dclm", "fineweb_edu", "words_lowercase"]
ScoreKind = Literal["probability", "expected_label"]

_NEWLINES = re.compile(r"\n+")
_BLANK = np.uint32(ord(" "))


def dclm_form(text: str) -> str:
    """DCLM: stripped, lines joined by single spaces, everything else as is."""
    return " ".join(text.strip().splitlines())


def fineweb_edu_form(text: str) -> str:
    """FineWeb-Edu fastText variants: each run of newlines becomes one space."""
    return _NEWLINES.sub(" ", text)


def words_lowercase_form(text: str) -> str:
    """Lowercase words separated by spaces; characters of unspaced scripts are words of their own.

    Punctuation, symbols and every kind of whitespace become spaces (fastText splits on ASCII
    whitespace only, and refuses newlines). Done on code-point arrays with the flag table of
    ``filters/text.py``: a regular-expression word scan cost twice as much on the benchmark pages
    (0.31 s vs 0.14 s per 1,070 pages), as much as the model itself.
    """
    codepoints = to_codepoints(text.lower())
    flags = flags_of(codepoints)
    blank = (flags & (PUNCT | SPACE)).astype(bool)
    unspaced = (flags & NO_SPACE_SCRIPT).astype(bool)
    if unspaced.any():
        # each such character gets a second slot after it, which becomes a space
        slots = 1 + unspaced
        ends = np.cumsum(slots) - 1
        codepoints = np.repeat(codepoints, slots)
        blank = np.repeat(blank, slots)
        blank[ends[unspaced]] = True
    else:
        codepoints = codepoints.copy()
    codepoints[blank] = _BLANK
    return from_codepoints(codepoints)


PREPROCESSORS: dict[str, Callable[[str], str]] = {
    "dclm": dclm_form,
    "fineweb_edu": fineweb_edu_form,
    "words_lowercase": words_lowercase_form,
}


def head(text: str, max_chars: int) -> str:
    """The first ``max_chars`` characters, cut back to a whitespace so no word is split."""
    if len(text) <= max_chars:
        return text
    cut = text.rfind(" ", max_chars // 2, max_chars)
    return text[: cut if cut > 0 else max_chars]


def ordinal_labels(labels: list[str]) -> dict[str, int]:
    """``__label__3`` → 3 for every label; an error naming the first label that is not a number."""
    values = {}
    for label in labels:
        name = label.removeprefix("__label__")
        if not name.isdigit():
            raise ValueError(f"score: expected_label needs numeric labels; got {label!r}")
        values[label] = int(name)
    return values


class QualityModelFilter(DocFilter):
    """Score each document with a fastText classifier; optionally drop below ``min_score``.

    Keeping the best ``keep_top_fraction`` of a language is not decided here (it needs the
    scores of the whole corpus): ``pipelines/quality_select.py`` does it with the same score.
    """

    name = "quality_model"

    def __init__(
        self,
        model: str | None = None,
        label: str = DEFAULT_LABEL,
        preprocess: Preprocess = "words_lowercase",
        score: ScoreKind = "probability",
        max_chars: int = 100_000,
        min_score: float | None = None,
        keep_top_fraction: float | None = None,
        by: str = "language",
        histogram_bins: int = 20,
    ):
        self.model = model
        self.label = label
        self.preprocess = preprocess
        self.score = score
        self.max_chars = max_chars
        self.min_score = min_score
        # Selection keys, used by pipelines/quality_select.py, not per document.
        self.keep_top_fraction = keep_top_fraction
        self.by = by
        self.histogram_bins = histogram_bins
        self._model: Any = None
        self._ordinal: dict[str, int] = {}

    def __getstate__(self) -> dict[str, Any]:
        """Ship the config, never the loaded model, to workers (fastText models do not pickle)."""
        state = dict(self.__dict__)
        state["_model"] = None
        return state

    @property
    def model_path(self) -> Path:
        return Path(self.model) if self.model else DEFAULT_MODEL

    def setup(self) -> None:
        """Load the model once per worker; fail early on labels the scoring cannot use."""
        if self._model is not None:
            return
        import fasttext

        path = self.model_path
        if not path.is_file():
            raise FileNotFoundError(f"quality_model model not found: {path}")
        model = fasttext.load_model(str(path))
        labels = list(model.get_labels())
        if self.score == "expected_label":
            self._ordinal = ordinal_labels(labels)
        elif self.label not in labels:
            raise ValueError(f"label {self.label!r} not in model labels {labels} ({path})")
        self._model = model

    def prepare(self, text: str) -> str:
        """The text as the model reads it: at most ``max_chars``, in the model's form."""
        return PREPROCESSORS[self.preprocess](head(text, self.max_chars))

    def scores(self, texts: list[str]) -> list[float]:
        """Scores in [0, 1] for raw texts, in one fastText call."""
        self.setup()
        prepared = [self.prepare(text) for text in texts]
        if not prepared:
            return []
        labels, probs = self._model.predict(prepared, k=-1)
        return [
            self._score(list(text_labels), list(text_probs))
            for text_labels, text_probs in zip(labels, probs, strict=True)
        ]

    def _score(self, labels: list[str], probs: list[float]) -> float:
        if self.score == "expected_label":
            top = max(self._ordinal.values()) or 1
            value = sum(self._ordinal[lab] * p for lab, p in zip(labels, probs, strict=True)) / top
        else:
            value = next((p for lab, p in zip(labels, probs, strict=True) if lab == self.label), 0)
        return min(1.0, max(0.0, float(value)))

    def annotate_batch(self, docs: list[Record]) -> list[Record]:
        for doc, value in zip(docs, self.scores([d["text"] for d in docs]), strict=True):
            doc[SCORE_FIELD] = value
        return docs

    def annotate(self, doc: Record) -> Record:
        return self.annotate_batch([doc])[0]

    def keep(self, doc: Record) -> Verdict:
        value = doc.get(SCORE_FIELD)
        if self.min_score is not None and value is not None and value < self.min_score:
            return Verdict(False, THRESHOLD_REASON, value, f"min_score={self.min_score}")
        return KEEP
