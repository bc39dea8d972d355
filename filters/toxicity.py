"""Toxicity stage: a fastText classifier score per document plus an LDNOOBW flagged-word ratio.

Why windows: the shipped classifier (and Dolma's Jigsaw models) were trained on short texts.
Scoring a whole web page at once lets a long clean page hide a toxic paragraph; scoring every
sentence alone turns one swear word in a novel into a drop. So a document's words (normalised in
one pass over the page) are cut into consecutive windows of about ``window_chars`` characters at
word boundaries, each window is scored, and the scores are aggregated: ``max`` finds one toxic
passage in a long page, ``mean`` measures how toxic the page is overall. A single swear word or
tweet-length insult shares its window with ~100 clean words, which keeps the window's score low.
Windows do not overlap: half-overlapping ones found a passage split between two windows more
surely but doubled the classifier's work (docs/toxicity.md, Speed). The work per document is
bounded by ``max_windows``: longer texts are scored on evenly spread excerpts, so a 50 MB page
costs the same as a 50 KB one.

The word-list signal is computed on the same words, with the list for the document's language
(``doc["language"]`` from the langid stage); languages without a list get no signal.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from filters.base import KEEP, DocFilter, Record, Verdict
from filters.langid_codes import base_language

MODELS_DIR = Path(__file__).parent / "models"
DEFAULT_MODEL = MODELS_DIR / "toxicity_multi.ftz"
WORDLIST_DIR = MODELS_DIR / "ldnoobw"

# The bundled model is trained on balanced classes; web text is mostly clean. Its scores are
# corrected to this toxic base rate (Bayes' rule on the odds), which puts the usual 0.5 threshold
# where a raw score of 0.995 is: the lowest raw threshold that kept the tune halves of the
# benchmark pages and clean documents within their limits (scripts/eval_toxicity.py).
BUNDLED_TOXIC_PRIOR = 0.005
TOXICITY_REASON = "toxicity_score_above_threshold"
FLAGGED_REASON = "flagged_word_ratio_above_threshold"
FLAGGED_SIGNAL = "flagged_word_ratio"

# Scripts written without spaces: words are not separable by whitespace, so list entries are
# matched as substrings and the ratio is measured in characters.
UNSPACED_LANGUAGES = frozenset({"ja", "zh", "th"})
# Language ids the langid stage writes (lid.176) → the LDNOOBW files that cover them.
WORDLIST_FILES: dict[str, tuple[str, ...]] = {
    "fr": ("fr", "fr-CA-u-sd-caqc"),
    "tl": ("fil",),
    "fil": ("fil",),
    "nb": ("no",),
    "nn": ("no",),
}

_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"@\w+")
_WORD = re.compile(r"\w+")
_LIST_TERM = re.compile(r"^[\w\s'-]+$")
# Han and kana are written without spaces, and Korean words are long agglutinated runs: one
# character (syllable) per token lets the classifier's word bigrams see character pairs, which
# generalises across Korean datasets far better than whole words (docs/toxicity.md).
_UNSPACED_CHAR = re.compile("([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff])")


def normalized_words(text: str) -> list[str]:
    """The words the bundled model reads: lowercase, no markup, links or handles.

    Tweets, forum posts and web pages differ in surface noise (``RT @user``, ``&amp;``, links,
    punctuation glued to words); reducing all of them to bare lowercase words lets a model trained
    on comments read pages, and keeps ``@handles`` and links, which some labelled sets are full
    of, from becoming class evidence. Han, kana and Hangul syllables come out one per word.
    (Squeezing letter runs and undoing leetspeak were measured too: no gain across datasets, a
    quarter of the stage's time; docs/toxicity.md.) One pass over a whole page: a call per line
    cost the stage a third of its time, and the word list reuses the words.
    """
    if "&" in text:
        text = html.unescape(text)
    text = text.lower()
    if "/" in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _MENTION.sub(" ", text)
    words = _WORD.findall(_UNSPACED_CHAR.sub(r" \1 ", text))
    if "rt" in words:  # the ``RT`` of retweets
        words = [word for word in words if word != "rt"]
    return words


def normalize(text: str) -> str:
    """``normalized_words`` on one line: the text form the bundled model is trained on."""
    return " ".join(normalized_words(text))


def raw_words(text: str) -> list[str]:
    """Whitespace-separated words of raw text: what Dolma's Jigsaw models read, on one line."""
    return text.split()


def cut_windows(text: str, size: int) -> list[str]:
    """One-line ``text`` cut into consecutive windows of at most ``size`` characters, each cut at
    the last space of the window's second half (mid-word only where it has none)."""
    windows: list[str] = []
    start, length = 0, len(text)
    while start < length:
        end = start + size
        if end < length:
            space = text.rfind(" ", start + size // 2, end + 1)
            if space > start:
                windows.append(text[start:space])
                start = space + 1
                continue
        windows.append(text[start:end])
        start = end
    return windows


def spread(count: int, limit: int) -> list[int]:
    """``limit`` indices evenly spread over ``range(count)`` (all of them when it is small)."""
    if count <= limit:
        return list(range(count))
    if limit == 1:
        return [0]
    return [i * (count - 1) // (limit - 1) for i in range(limit)]


def excerpts(text: str, size: int, limit: int) -> list[str]:
    """``limit`` windows of ``size`` chars evenly spread over a text too long to segment whole."""
    starts = [round(i * (len(text) - size) / max(1, limit - 1)) for i in range(limit)]
    return [text[start : start + size] for start in starts]


Words = Callable[[str], list[str]]


def segment(
    text: str, size: int, limit: int, words: Words = normalized_words
) -> tuple[list[str], list[list[str]]]:
    """``(windows, units)``: the windows a document is scored on and the words they come from.

    ``words`` turns text into the words a model reads; they are joined into one line and cut
    into consecutive windows of about ``size`` characters at word boundaries, at most ``limit``
    of them, chosen deterministically. Texts longer than ``limit`` windows are never read whole
    (that is what bounds a 50 MB page): ``limit`` evenly spread excerpts are. ``units`` are the
    word lists (one per excerpt), for counting flagged words.
    """
    if len(text) > size * limit:
        units = [words(chunk) for chunk in excerpts(text, size, limit)]
        return [" ".join(unit) for unit in units], units
    unit = words(text)
    cut = cut_windows(" ".join(unit), size)
    return [cut[i] for i in spread(len(cut), limit)], [unit]


def windows(text: str, size: int, limit: int, words: Words = normalized_words) -> list[str]:
    """The windows a document is scored on (see ``segment``)."""
    return segment(text, size, limit, words)[0]


@dataclass(frozen=True)
class Phrase:
    """A multi-word flagged term: its words, and how it reads inside space-padded text."""

    words: frozenset[str]
    length: int
    padded: str  # " two girls one cup "


def _count_overlapping(text: str, part: str) -> int:
    """Occurrences of ``part`` in ``text``, overlapping ones included (``str.count`` skips them:
    a term's trailing space is the next one's leading space)."""
    count, start = 0, text.find(part)
    while start >= 0:
        count += 1
        start = text.find(part, start + 1)
    return count


@dataclass(frozen=True)
class WordList:
    """One language's flagged terms, split by how they are matched."""

    words: frozenset[str]
    phrases: tuple[Phrase, ...]
    substrings: tuple[str, ...]

    def flagged_ratio(self, units: list[list[str]]) -> float:
        """Share of the words (characters, for unspaced scripts) of ``units`` (word lists of
        normalised text) that are flagged terms."""
        if self.substrings:
            joined = ["".join(unit) for unit in units]
            total = sum(len(text) for text in joined)
            hits = sum(len(term) * text.count(term) for text in joined for term in self.substrings)
            return min(1.0, hits / total) if total else 0.0
        # Counted in C where possible: the page's distinct words meet the list once, and only
        # when some are flagged is each word looked up (most pages have none: the lookup over
        # every word was ~10% of the stage); a multi-word term is searched for only when every
        # one of its words occurs.
        tokens = units[0] if len(units) == 1 else [word for unit in units for word in unit]
        if not tokens:
            return 0.0
        present = frozenset(tokens)
        hits = self.words & present
        flagged = sum(map(hits.__contains__, tokens)) if hits else 0
        candidates = [phrase for phrase in self.phrases if phrase.words <= present]
        if candidates:
            # one line per unit, so that a term never spans two of them
            padded = " " + " \n ".join(" ".join(unit) for unit in units) + " "
            for phrase in candidates:
                flagged += phrase.length * _count_overlapping(padded, phrase.padded)
        return min(1.0, flagged / len(tokens))


def _read_terms(language: str, directory: Path) -> list[str]:
    terms: list[str] = []
    for name in WORDLIST_FILES.get(language, (language,)):
        path = directory / name
        if path.is_file():
            terms.extend(path.read_text(encoding="utf-8").splitlines())
    return terms


@lru_cache(maxsize=64)
def load_wordlist(language: str, directory: str = str(WORDLIST_DIR)) -> WordList | None:
    """The list for ``language``, normalised like the text, or None where no list exists.

    Entries with symbols (``s&m``, emoji) are skipped: normalising them would leave fragments
    such as a lone ``s`` that match ordinary words.
    """
    raw = [t.strip() for t in _read_terms(language, Path(directory))]
    terms = sorted({normalize(t) for t in raw if t and _LIST_TERM.match(t)} - {""})
    if not terms:
        return None
    if language in UNSPACED_LANGUAGES:
        return WordList(frozenset(), {}, tuple(t.replace(" ", "") for t in terms))
    phrases = tuple(
        Phrase(frozenset(term.split()), len(term.split()), f" {term} ")
        for term in terms
        if " " in term
    )
    words = frozenset(t for t in terms if " " not in t)
    return WordList(words, phrases, ())


class ToxicityFilter(DocFilter):
    """Score documents with a fastText toxicity classifier and an LDNOOBW word list; drop above
    ``threshold`` (and, if set, above ``max_flagged_word_ratio``)."""

    name = "toxicity"

    def __init__(
        self,
        threshold: float = 0.5,
        model: str | None = None,
        toxic_label: str = "__label__toxic",
        preprocess: Literal["normalize", "raw"] = "normalize",
        aggregation: Literal["max", "mean"] = "max",
        window_chars: int = 700,
        max_windows: int = 64,
        word_lists: bool = True,
        max_flagged_word_ratio: float | None = None,
        toxic_prior: float | None = None,
    ):
        self.threshold = threshold
        self.model = model
        self.toxic_label = toxic_label
        self.preprocess = preprocess
        self.aggregation = aggregation
        self.window_chars = window_chars
        self.max_windows = max_windows
        self.word_lists = word_lists
        self.max_flagged_word_ratio = max_flagged_word_ratio
        self.toxic_prior = toxic_prior
        self._model: Any = None
        self._label_index = 0

    def __getstate__(self) -> dict[str, Any]:
        """Ship the config, never the loaded model, to workers (fastText models do not pickle)."""
        state = dict(self.__dict__)
        state["_model"] = None
        return state

    def setup(self) -> None:
        """Load the fastText model once per worker; fail early on a label the model lacks."""
        if self._model is not None:
            return
        import fasttext

        path = Path(self.model) if self.model else DEFAULT_MODEL
        if not path.is_file():
            raise FileNotFoundError(f"toxicity model not found: {path}")
        model = fasttext.load_model(str(path))
        labels = list(model.get_labels())
        if self.toxic_label not in labels:
            raise ValueError(f"toxic_label {self.toxic_label!r} not in model labels {labels}")
        self._model = model

    def _segment(self, text: str) -> tuple[list[str], list[list[str]]]:
        words = normalized_words if self.preprocess == "normalize" else raw_words
        return segment(text, self.window_chars, self.max_windows, words)

    def _odds_factor(self) -> float:
        """What the model's odds of toxic are multiplied by: 1 for a plug-in model unless
        ``toxic_prior`` is set; the bundled model (balanced training) is corrected to
        ``BUNDLED_TOXIC_PRIOR`` by default."""
        prior = self.toxic_prior
        if prior is None:
            prior = BUNDLED_TOXIC_PRIOR if self.model is None else 0.5
        return prior / (1.0 - prior)

    def _scores(self, texts: list[str]) -> list[float]:
        """P(toxic) for each text, in one fastText call, corrected to the toxic base rate."""
        if not texts:
            return []
        labels, probs = self._model.predict(texts, k=-1)
        factor = self._odds_factor()
        scores = []
        for text_labels, text_probs in zip(labels, probs, strict=True):
            score = 0.0
            for label, prob in zip(text_labels, text_probs, strict=True):
                if label == self.toxic_label:
                    score = min(1.0, max(0.0, float(prob)))
            if factor != 1.0 and 0.0 < score < 1.0:
                odds = factor * score / (1.0 - score)
                score = odds / (1.0 + odds)
            scores.append(score)
        return scores

    def _aggregate(self, scores: list[float]) -> float:
        if not scores:
            return 0.0
        if self.aggregation == "max":
            return max(scores)
        return sum(scores) / len(scores)

    def annotate_batch(self, docs: list[Record]) -> list[Record]:
        """Score every window of every document in one model call, then aggregate per document."""
        self.setup()
        segments = [self._segment(doc["text"]) for doc in docs]
        flat = [window for doc_windows, _ in segments for window in doc_windows]
        scores = iter(self._scores(flat))
        for doc, (doc_windows, units) in zip(docs, segments, strict=True):
            doc["toxicity_score"] = self._aggregate([next(scores) for _ in doc_windows])
            self._add_flagged_ratio(doc, units)
        return docs

    def annotate(self, doc: Record) -> Record:
        return self.annotate_batch([doc])[0]

    def _add_flagged_ratio(self, doc: Record, units: list[list[str]]) -> None:
        """Add the word-list signal to the dict the quality stage shares (never replace it)."""
        if not self.word_lists:
            return
        wordlist = load_wordlist(base_language(doc.get("language") or ""))
        if wordlist is None:
            return
        if self.preprocess != "normalize":
            units = [normalized_words(" ".join(unit)) for unit in units]
        signals = doc.get("quality_signals")
        if signals is None:
            signals = doc["quality_signals"] = {}
        signals[FLAGGED_SIGNAL] = wordlist.flagged_ratio(units)

    def keep(self, doc: Record) -> Verdict:
        score = doc.get("toxicity_score")
        if score is not None and score > self.threshold:
            return Verdict(False, TOXICITY_REASON, score)
        limit = self.max_flagged_word_ratio
        ratio = (doc.get("quality_signals") or {}).get(FLAGGED_SIGNAL)
        if limit is not None and ratio is not None and ratio > limit:
            return Verdict(False, FLAGGED_REASON, ratio)
        return KEEP
