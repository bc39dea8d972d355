"""Quality stage: datatrove's Gopher, C4 and FineWeb heuristics, per language, with their signals.

Why not call datatrove's ``filter(Document)`` as is: those methods return only the first failing
rule, so ``annotate`` mode would have no numbers to tune thresholds with; each one tokenises the
text again; and each instance is fixed to one language (English stop words make Gopher drop most
German pages). So this module splits every rule into a *signal* and a *comparison*:

- ``annotate`` computes the signals of every enabled family with datatrove's own helpers
  (``find_duplicates``, ``PUNCTUATION_SET``, ``TERMINAL_PUNCTUATION``, C4's
  ``CITATION_REGEX``/``END_PUNCTUATION``/``POLICY_SUBSTRINGS``, datatrove's per-language
  ``WordTokenizer`` classes), exactly as datatrove's filters compute them, and stores them in
  ``doc["quality_signals"]`` (``family.signal`` keys). The words of a document are tokenised
  once and shared by both Gopher families. For speed,
  Gopher's n-gram repetition figures come from ``filters.ngram_repetition`` (same integers as
  datatrove's ``find_top_duplicate``/``find_all_duplicate``, computed with vectorised hashes)
  and the spaCy tokenizers cache the words of white-space chunks (``filters.spacy_chunks``),
  which Gopher's words, C4's sentence counts and FineWeb's word count share, and keep the
  lexemes of their whole-text calls between calls (``LexemeKeepingSpacyTokenizer``).
- ``keep`` compares the stored signals with the thresholds, in datatrove's order (FineWeb's chain:
  Gopher repetition, Gopher quality, C4, FineWeb), and names the first failing rule with
  datatrove's own reason string prefixed by the family: ``gopher_repetition:top_2_gram``,
  ``gopher_quality:gopher_enough_stop_words``, ``c4:too_few_sentences``,
  ``fineweb:line_punct_ratio``. The same comparison therefore works on signals read back from a
  Parquet file: thresholds can be tuned without recomputing anything.

``tests/test_quality.py`` checks verdict-for-verdict parity with datatrove's filter classes on real
English pages. With ``short_circuit`` (filter mode), signal computation stops at the first failing
rule; in annotate mode it must be off so that every signal is present.

C4's line filtering rewrites the text (kept lines only); it is applied whenever C4's page rules
pass, and FineWeb's signals are computed on the rewritten text, as in datatrove's chain.

Multilingual rules, per ``doc["language"]``:

- Words come from datatrove's tokenizer for that language (spaCy blank models, SudachiPy for ja,
  jieba for zh, PyThaiNLP for th), resolved from datatrove's ``tokenizer_assignment.csv`` by the
  row that is the language's default. ``load_word_tokenizer("zh")`` itself returns the
  whitespace-ish ``xx`` tokenizer in datatrove 0.10.1 (its CSV booleans are read as strings, so a
  later Latin-script row overwrites the default), likewise for ar, hi, ms and others. Stanza
  tokenizers are never used (they download models at run time); languages whose tokenizer cannot
  be loaded offline fall back to spaCy's multilingual ``xx`` tokenizer, with a warning.
- Gopher's stop-word rule uses a per-language list (``stop_words``; English is datatrove's own);
  where no list exists the rule is off and no ``stop_words`` signal is written.
- In scripts written without spaces (ja, zh, th, ...), C4's per-line word rules count tokenizer
  words instead of whitespace-separated chunks (a Japanese paragraph is one "word" to
  ``str.split``: C4 would drop it as too short, or as a >1000-character word).
- ``language_overrides`` changes thresholds per language; by default Gopher's mean word length
  rule is off for ja and zh, whose words average 1.7 characters (measured on the lingua
  sentences), far below the English-derived 3-10 band, and their alphabetic-word share threshold
  is 0.7 instead of 0.8 (punctuation and digits are separate tokens there).

Nothing here downloads: the tokenizers' dictionaries come with their wheels (docs/quality.md).
"""

from __future__ import annotations

import csv
import logging
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import le, not_
from typing import Any

from datatrove.pipeline.filters.c4_filters import (
    CITATION_REGEX,
    ELLIPSIS,
    END_PUNCTUATION,
    POLICY_SUBSTRINGS,
)
from datatrove.pipeline.filters.gopher_quality_filter import STOP_WORDS as GOPHER_EN_STOP_WORDS
from datatrove.pipeline.filters.gopher_repetition_filter import (
    find_duplicates,
)
from datatrove.utils._import_utils import ASSETS_PATH
from datatrove.utils.text import PUNCTUATION_SET, TERMINAL_PUNCTUATION
from datatrove.utils.word_tokenizers import (
    SpaCyTokenizer,
    StanzaTokenizer,
    WordTokenizer,
    load_tokenizer_assignments,
)

from filters.base import KEEP, DocFilter, Record, Verdict
from filters.doc_sizes import refresh_sizes
from filters.langid_codes import base_language
from filters.ngram_repetition import WordNgrams
from filters.spacy_chunks import ChunkCache

log = logging.getLogger(__name__)

FAMILIES = ("gopher_repetition", "gopher_quality", "c4", "fineweb")

# Eight very frequent function words per language, like Gopher's English list: a page of running
# text in that language contains at least two of them. Case-sensitive, as in datatrove.
DEFAULT_STOP_WORDS: dict[str, list[str]] = {
    "en": list(GOPHER_EN_STOP_WORDS),
    "de": ["der", "die", "und", "den", "von", "zu", "das", "mit"],
    "fr": ["le", "la", "de", "et", "les", "des", "en", "un"],
    "es": ["de", "la", "que", "el", "en", "y", "los", "del"],
    "it": ["di", "e", "il", "la", "che", "per", "un", "del"],
    "pt": ["de", "a", "o", "que", "e", "do", "da", "em"],
    "nl": ["de", "en", "van", "het", "een", "is", "dat", "op"],
    "pl": ["i", "w", "na", "z", "nie", "się", "do", "to"],
    "ru": ["и", "в", "не", "на", "что", "с", "по", "как"],
    "uk": ["і", "в", "на", "з", "що", "не", "до", "та"],
    "el": ["και", "το", "της", "του", "η", "να", "την", "σε"],
    "vi": ["và", "của", "có", "là", "được", "trong", "cho", "các"],
}

# Mean word length in ja/zh tokens is ~1.7 characters: Gopher's 3-10 band would drop every page.
# Their tokenizers also make separate tokens of every 、。・ and digit run, so the share of tokens
# with a letter is lower than in English: 0.80-0.86 on the prose pages of the jawiki test slice.
_UNSPACED_OVERRIDES: dict[str, Any] = {
    "min_avg_word_length": None,
    "max_avg_word_length": None,
    "max_non_alpha_words_ratio": 0.7,
}
DEFAULT_LANGUAGE_OVERRIDES: dict[str, dict[str, Any]] = {
    "ja": dict(_UNSPACED_OVERRIDES),
    "zh": dict(_UNSPACED_OVERRIDES),
}

# Scripts written without spaces between words: whitespace chunks are not words there.
UNSPACED_LANGUAGES = frozenset({"ja", "zh", "th", "lo", "km", "my", "bo"})

# datatrove's defaults (constructor arguments of its four filter classes), except
# filter_no_terminal_punct, which FineWeb's recipe turns off: with it on, C4 keeps only lines
# ending in punctuation and FineWeb's line_punct_ratio rule can no longer fail.
DEFAULTS: dict[str, Any] = {
    # GopherQualityFilter
    "min_doc_words": 50,
    "max_doc_words": 100_000,
    "min_avg_word_length": 3,
    "max_avg_word_length": 10,
    "max_symbol_word_ratio": 0.1,
    "max_bullet_lines_ratio": 0.9,
    "max_ellipsis_lines_ratio": 0.3,
    "max_non_alpha_words_ratio": 0.8,
    "min_stop_words": 2,
    # GopherRepetitionFilter
    "dup_line_frac": 0.3,
    "dup_para_frac": 0.3,
    "dup_line_char_frac": 0.2,
    "dup_para_char_frac": 0.2,
    "top_n_grams": ((2, 0.2), (3, 0.18), (4, 0.16)),
    "dup_n_grams": ((5, 0.15), (6, 0.14), (7, 0.13), (8, 0.12), (9, 0.11), (10, 0.10)),
    # C4QualityFilter
    "split_paragraph": True,
    "remove_citations": True,
    "filter_no_terminal_punct": False,
    "min_num_sentences": 5,
    "min_words_per_line": 3,
    "max_word_length": 1000,
    "filter_lorem_ipsum": True,
    "filter_javascript": True,
    "filter_curly_bracket": True,
    "filter_policy": True,
    # FineWebQualityFilter
    "line_punct_thr": 0.12,
    "line_punct_exclude_zero": False,
    "stop_chars": None,
    "short_line_thr": 0.67,
    "short_line_length": 30,
    "char_duplicates_ratio": 0.01,
    "new_line_ratio": 0.3,
}

Params = dict[str, Any]
Signals = dict[str, float]

# Same expressions as GopherRepetitionFilter.__init__ (it keeps them on the instance).
GOPHER_PARAGRAPH = re.compile(r"\n{2,}")
GOPHER_LINES = re.compile("\n+")


@dataclass(frozen=True)
class Rule:
    """One datatrove rule: fails when ``fails(signal_value, params)``; ``threshold`` is for the
    ledger's detail column."""

    family: str
    reason: str
    signal: str
    fails: Callable[[float, Params], bool]
    threshold: Callable[[Params], Any]


def _above(key: str) -> tuple[Callable[[float, Params], bool], Callable[[Params], Any]]:
    """``value > params[key]``; a falsy threshold turns the rule off, as ``if self.x and ...``."""
    return (lambda v, p: bool(p[key]) and v > p[key]), (lambda p: p[key])


def _below(key: str) -> tuple[Callable[[float, Params], bool], Callable[[Params], Any]]:
    return (lambda v, p: bool(p[key]) and v < p[key]), (lambda p: p[key])


def _below_always(key: str) -> tuple[Callable[[float, Params], bool], Callable[[Params], Any]]:
    """For thresholds datatrove compares unconditionally (a 0 threshold never fails)."""
    return (lambda v, p: v < p[key]), (lambda p: p[key])


def _above_always(key: str) -> tuple[Callable[[float, Params], bool], Callable[[Params], Any]]:
    return (lambda v, p: v > p[key]), (lambda p: p[key])


def _flag() -> tuple[Callable[[float, Params], bool], Callable[[Params], Any]]:
    return (lambda v, p: v > 0), (lambda p: 0)


def _rule(family: str, reason: str, signal: str, spec: tuple) -> Rule:
    return Rule(family, reason, f"{family}.{signal}", spec[0], spec[1])


def _rules(params: Params) -> list[Rule]:
    """Every rule in datatrove's order for these params (the n-gram rules depend on them)."""
    rep, gq, c4, fw = FAMILIES
    rules = [
        _rule(rep, "empty", "empty", _flag()),
        _rule(rep, "dup_para_frac", "dup_para_frac", _above("dup_para_frac")),
        _rule(rep, "dup_para_char_frac", "dup_para_char_frac", _above("dup_para_char_frac")),
        _rule(rep, "dup_line_frac", "dup_line_frac", _above("dup_line_frac")),
        _rule(rep, "dup_line_char_frac", "dup_line_char_frac", _above("dup_line_char_frac")),
    ]
    for n, frac in params["top_n_grams"]:
        spec = ((lambda v, p, f=frac: v > f), (lambda p, f=frac: f))
        rules.append(_rule(rep, f"top_{n}_gram", f"top_{n}_gram_char_frac", spec))
    for n, frac in params["dup_n_grams"]:
        spec = ((lambda v, p, f=frac: v > f), (lambda p, f=frac: f))
        rules.append(_rule(rep, f"duplicated_{n}_n_grams", f"dup_{n}_gram_char_frac", spec))
    rules += [
        _rule(gq, "gopher_short_doc", "n_non_symbol_words", _below("min_doc_words")),
        _rule(gq, "gopher_long_doc", "n_non_symbol_words", _above("max_doc_words")),
        _rule(gq, "gopher_below_avg_threshold", "mean_word_length", _below("min_avg_word_length")),
        _rule(gq, "gopher_above_avg_threshold", "mean_word_length", _above("max_avg_word_length")),
        _rule(gq, "gopher_too_many_hashes", "hash_word_ratio", _above("max_symbol_word_ratio")),
        _rule(
            gq, "gopher_too_many_ellipsis", "ellipsis_word_ratio", _above("max_symbol_word_ratio")
        ),
        _rule(
            gq, "gopher_too_many_bullets", "bullet_lines_ratio", _above("max_bullet_lines_ratio")
        ),
        _rule(
            gq,
            "gopher_too_many_end_ellipsis",
            "end_ellipsis_lines_ratio",
            _above("max_ellipsis_lines_ratio"),
        ),
        _rule(
            gq,
            "gopher_below_alpha_threshold",
            "alpha_words_ratio",
            _below("max_non_alpha_words_ratio"),
        ),
        _rule(gq, "gopher_enough_stop_words", "stop_words", _below("min_stop_words")),
        _rule(c4, "lorem_ipsum", "lorem_ipsum", _flag()),
        _rule(c4, "curly_bracket", "curly_bracket", _flag()),
        _rule(c4, "too_few_sentences", "n_sentences", _below_always("min_num_sentences")),
        _rule(fw, "empty", "empty", _flag()),
        _rule(
            fw,
            "line_punct_ratio",
            "line_punct_ratio",
            (
                lambda v, p: (
                    v < p["line_punct_thr"] and not (v == 0 and p["line_punct_exclude_zero"])
                ),
                lambda p: p["line_punct_thr"],
            ),
        ),
        _rule(fw, "short_line_ratio", "short_line_ratio", _above_always("short_line_thr")),
        _rule(fw, "char_dup_ratio", "char_dup_ratio", _above_always("char_duplicates_ratio")),
        _rule(fw, "list_ratio", "list_ratio", _above_always("new_line_ratio")),
    ]
    return rules


def rules_by_signal(rules: Iterable[Rule]) -> dict[str, tuple[Rule, ...]]:
    """The rules of each signal, in order: what ``fails_any`` looks up."""
    by_signal: dict[str, list[Rule]] = {}
    for rule in rules:
        by_signal.setdefault(rule.signal, []).append(rule)
    return {signal: tuple(filed) for signal, filed in by_signal.items()}


def fails_any(signals: Signals, by_signal: dict[str, tuple[Rule, ...]], params: Params) -> bool:
    """``not first_failure(signals, rules, params).keep`` without a pass over every rule.

    The short-circuit test runs after each group of signals (a few) against ~30 rules: looking
    up the rules of the new signals alone was ~5% of the stage's CPU less.
    """
    for signal, value in signals.items():
        if value is not None:
            for rule in by_signal.get(signal, ()):
                if rule.fails(value, params):
                    return True
    return False


def first_failure(signals: Signals, rules: Iterable[Rule], params: Params) -> Verdict:
    """The verdict datatrove's chain would give: the first rule whose signal fails."""
    for rule in rules:
        value = signals.get(rule.signal)
        if value is not None and rule.fails(value, params):
            return Verdict(
                False,
                f"{rule.family}:{rule.reason}",
                score=float(value),
                detail=f"{rule.signal}={value:.6g} threshold={rule.threshold(params)}",
            )
    return KEEP


# ---------------------------------------------------------------------------------------------
# Tokenizers


def _default_assignment_keys() -> dict[str, str]:
    """language code → key of its default tokenizer in datatrove's assignment table.

    Works around datatrove 0.10.1 reading the CSV's TRUE/FALSE columns as truthy strings, which
    lets a later non-default row (e.g. zh in Latin script) take the bare code's slot.
    """
    keys: dict[str, str] = {}
    with open(os.path.join(ASSETS_PATH, "tokenizer_assignment.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["type"] or row["default_script"] != "TRUE":
                continue
            key = f"{row['code_3']}_{row['script']}"
            keys.setdefault(row["code_3"], key)
            if row["code_1"] and row["default_code_1"] == "TRUE":
                keys.setdefault(row["code_1"], key)
    return keys


# Codes lid.176 writes that datatrove's table knows under another code.
TOKENIZER_ALIASES = {"no": "nb"}


def load_tokenizer(language: str) -> WordTokenizer:
    """datatrove's default word tokenizer for ``language``, offline, or spaCy's ``xx``."""
    factories = load_tokenizer_assignments()
    key = _default_assignment_keys().get(TOKENIZER_ALIASES.get(language, language))
    try:
        if key is None:
            raise ValueError(f"no tokenizer assigned to {language!r}")
        tokenizer = factories[key]()
        if isinstance(tokenizer, StanzaTokenizer):
            raise ValueError("Stanza tokenizers download their models at run time")
        if isinstance(tokenizer, SpaCyTokenizer) and tokenizer.language != "ja":
            tokenizer = LexemeKeepingSpacyTokenizer(tokenizer.language, tokenizer.config)
        tokenizer.word_tokenize("warm up")  # import errors of lazy backends surface here
        return tokenizer
    except (ImportError, ValueError, OSError) as exc:
        log.warning("quality: no offline word tokenizer for %r (%s); using spaCy xx", language, exc)
        return LexemeKeepingSpacyTokenizer("xx")


# The lexeme attributes spaCy's sentencizer reads (``Token.is_punct``), by ``spacy.attrs`` name.
_SENTENCIZER_ATTRS = ("IS_PUNCT",)


class LexemeKeepingSpacyTokenizer(WordTokenizer):
    """datatrove's ``SpaCyTokenizer`` (blank pipeline + sentencizer), same tokens and spans, faster.

    datatrove runs every call inside ``nlp.memory_zone()``, which frees the lexemes the call
    created: each word of every document is then created again, with its lexical attributes
    (shape, like_url, ...) recomputed, and spaCy's per-chunk tokenizer cache is emptied too. That
    was ~60% of the quality stage's time on web pages. Words and sentence counts come from a
    cache of white-space chunks (``filters.spacy_chunks``), which sends only unseen chunks to
    spaCy, in a memory zone of their own: there the zone costs nothing measurable, and spaCy's
    vocabulary stays as it was loaded. The whole-text calls (sentences, and texts the cache
    leaves to spaCy) keep their lexemes across calls, and the pipeline is rebuilt once it has
    kept ``max_lexemes`` of them (~100 bytes per lexeme plus its string). Only the tokenizer runs
    for words; the sentencizer runs only when sentences are asked for. ``config`` is datatrove's
    (zh: the jieba segmenter). Japanese keeps datatrove's class: it needs its byte chunking.
    """

    def __init__(
        self,
        language: str,
        config: dict[str, Any] | None = None,
        max_lexemes: int = 300_000,
        max_chunks: int = 200_000,
    ):
        super().__init__(language)
        self.config = config
        self.max_lexemes = max_lexemes
        self._nlp: Any = None
        # lexemes the whole-text calls added since the pipeline was built (spaCy's len(vocab)
        # also counts the ones a memory zone has freed)
        self._kept = 0
        # words and sentence flags of white-space chunks (filters.spacy_chunks); it outlives a
        # rebuilt pipeline: a chunk's tokens depend on the rules, not on the vocabulary
        self._chunks = ChunkCache(max_chunks)

    def _pipeline(self) -> Any:
        if self._nlp is None or self._kept > self.max_lexemes:
            import spacy

            self._kept = 0

            self._nlp = spacy.blank(self.language, config=self.config or {})
            self._nlp.add_pipe("sentencizer")
            # spaCy computes a dozen attributes in Python for each new lexeme (shape, like_url,
            # like_num, ...), ~20% of tokenising text with many new words. The tokenizer splits on
            # strings alone and the sentencizer reads one attribute, is_punct: the others go.
            vocab = self._nlp.vocab
            kept = {spacy.attrs.IDS[name] for name in _SENTENCIZER_ATTRS}
            vocab.lex_attr_getters = {
                attr: getter for attr, getter in vocab.lex_attr_getters.items() if attr in kept
            }
        return self._nlp

    @property
    def n_lexemes(self) -> int:
        """Lexemes the calls have added to the pipeline's vocabulary and it holds now."""
        return self._kept

    def _doc(self, text: str, sentences: bool) -> Any:
        nlp = self._pipeline()
        before = len(nlp.vocab)
        try:
            doc = nlp.tokenizer(text)
        except Exception:
            # datatrove's workaround: this string breaks spaCy's tokenizer completely
            if "IS_ALPHA" not in text:
                raise
            doc = nlp.tokenizer(text.replace("IS_ALPHA", ""))
        self._kept += len(nlp.vocab) - before
        return nlp.get_pipe("sentencizer")(doc) if sentences else doc

    def word_tokenize(self, text: str) -> list[str]:
        nlp = self._pipeline()
        if self._chunks.supports(nlp):
            words = self._chunks.words(text, nlp)
            if words is not None:
                return words
        # A spaCy token is all white space or has none (the tokenizer splits where str.isspace
        # changes), so this is datatrove's strip_strings without a strip per token.
        return [
            word for word in [token.text for token in self._doc(text, False)] if not word.isspace()
        ]

    def n_words(self, text: str) -> int:
        """``len(self.word_tokenize(text))``, from cached chunks where possible."""
        nlp = self._pipeline()
        if self._chunks.supports(nlp):
            count = self._chunks.n_words(text, nlp)
            if count is not None:
                return count
        return len(self.word_tokenize(text))

    def words_follow_lines(self) -> bool:
        """Are a text's words those of its lines (``str.splitlines``) one after another? Where
        the chunk cache serves this tokenizer, yes: spaCy tokenises white-space chunks alone,
        and only chunks one space apart can form a special case; a line break is never that."""
        return self._chunks.supports(self._pipeline())

    def n_sentences(self, text: str) -> int:
        """``len(_sentences(text, self))`` (C4's count), from cached chunks where possible."""
        nlp = self._pipeline()
        if self._chunks.supports(nlp):
            count = self._chunks.n_sentences(text, nlp)
            if count is not None:
                return count
        return len(_sentences(text, self))

    def sent_tokenize(self, text: str) -> list[str]:
        return [s for s in (sent.text.strip() for sent in self._doc(text, True).sents) if s]

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        return [(sent.start_char, sent.end_char) for sent in self._doc(text, True).sents]


# ---------------------------------------------------------------------------------------------
# Signals (each mirrors the corresponding datatrove filter() line by line)


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def gopher_repetition_signals(
    text: str, words: Sequence[str], params: Params, stop: Callable[[Signals], bool]
) -> Signals:
    """GopherRepetitionFilter's fractions; ``stop(signals)`` ends early (short-circuit). It is
    shown signals not shown before, in the dict returned, and must remember those it passed."""
    out: Signals = {"gopher_repetition.empty": float(not text)}
    if not text or stop(out):
        return out
    # Extracted web text has no blank lines: without "\n\n" the regex splits are plain ones
    # (no paragraph break; every line break a single "\n"), at a fraction of their cost.
    stripped = text.strip()
    paragraphs = GOPHER_PARAGRAPH.split(stripped) if "\n\n" in stripped else [stripped]
    dups, dup_chars = find_duplicates(paragraphs)
    out["gopher_repetition.dup_para_frac"] = dups / len(paragraphs)
    out["gopher_repetition.dup_para_char_frac"] = dup_chars / len(text)
    lines = GOPHER_LINES.split(text) if "\n\n" in text else text.split("\n")
    dups, dup_chars = find_duplicates(lines)
    out["gopher_repetition.dup_line_frac"] = dups / len(lines)
    out["gopher_repetition.dup_line_char_frac"] = dup_chars / len(text)
    if stop(out):
        return out
    # From here ``stop`` is shown each new signal alone: those before it have passed already
    # (nine calls each re-testing every signal so far were ~3% of the stage).
    n_grams = WordNgrams(words)
    for n, _ in params["top_n_grams"]:
        top_chars = n_grams.top_duplicate_chars(n)
        if top_chars is not None:
            name = f"gopher_repetition.top_{n}_gram_char_frac"
            out[name] = top_chars / len(text)
            if stop({name: out[name]}):
                return out
    for n, _ in params["dup_n_grams"]:
        name = f"gopher_repetition.dup_{n}_gram_char_frac"
        out[name] = n_grams.all_duplicate_chars(n) / len(text)
        if stop({name: out[name]}):
            return out
    return out


def gopher_quality_signals(text: str, words: Sequence[str], stop_words: frozenset[str]) -> Signals:
    """GopherQualityFilter's counts and ratios; ``stop_words`` empty = no list for the language."""
    # Same tests as datatrove's per-character generators, with C loops: a word is a symbol when
    # the punctuation set holds all its characters; most words are all letters (isalpha), which
    # settles both tests without building a set of the word's characters (no letter is in the
    # punctuation set: tests/test_quality.py checks it). Only the other words (a few percent)
    # are looked at one by one; the mean length of the non-symbol words is their total length
    # over their count, the value np.mean gives (an exact float64 sum of integers, one division).
    others = list(compress(words, map(not_, map(str.isalpha, words))))
    is_symbol = list(map(PUNCTUATION_SET.issuperset, others))
    symbols = list(compress(others, is_symbol))
    # a symbol holds no letter: only the rest of the others are read character by character
    mixed = list(compress(others, map(not_, is_symbol)))
    n_non_symbol = len(words) - len(symbols)
    n_words = len(words)
    lines = text.splitlines()
    out: Signals = {
        "gopher_quality.n_non_symbol_words": float(n_non_symbol),
        "gopher_quality.hash_word_ratio": _ratio(text.count("#"), n_words),
        "gopher_quality.ellipsis_word_ratio": _ratio(text.count("...") + text.count("…"), n_words),
        "gopher_quality.bullet_lines_ratio": _ratio(
            sum(map(str.startswith, map(str.lstrip, lines), repeat(("•", "-")))), len(lines)
        ),
        "gopher_quality.end_ellipsis_lines_ratio": _ratio(
            sum(map(str.endswith, map(str.rstrip, lines), repeat(("...", "…")))), len(lines)
        ),
        "gopher_quality.alpha_words_ratio": _ratio(
            n_words - len(others) + sum(map(any, map(map, repeat(str.isalpha), mixed))), n_words
        ),
    }
    if n_non_symbol:
        total = sum(map(len, words)) - sum(map(len, symbols))
        out["gopher_quality.mean_word_length"] = total / n_non_symbol
    if stop_words:
        out["gopher_quality.stop_words"] = float(len(stop_words.intersection(words)))
    return out


@dataclass
class C4Result:
    """C4's signals and rewritten ``text``; the lines it dropped and the kept lines citation
    removal changed (as ``(before, after)``, stripped), for FineWeb's word count of ``text``;
    ``complete`` is False where a short-circuit stopped before the last line."""

    signals: Signals
    text: str
    dropped: list[str] = field(default_factory=list)
    changed: list[tuple[str, str]] = field(default_factory=list)
    complete: bool = True


def c4_signals(
    text: str, params: Params, tokenizer: WordTokenizer, unspaced: bool, short_circuit: bool
) -> C4Result:
    """C4QualityFilter's line filtering and page flags; ``text`` is the rewritten text."""
    lines = text.splitlines() if params["split_paragraph"] else _sentences(text, tokenizer)
    n_sentences = 0
    kept: list[str] = []
    out: Signals = {"c4.lorem_ipsum": 0.0, "c4.curly_bracket": 0.0}
    count_sentences = params["min_num_sentences"] != -1
    dropped: list[str] = []
    changed: list[tuple[str, str]] = []
    complete = True
    max_word_length = params["max_word_length"]
    for line in lines:
        line = original = line.strip()
        # Without a word tokenizer the words are str.split's, pieces of the line: only a line
        # longer than max_word_length can hold a longer word, and the word-count test below
        # needs the first few words only (_has_fewer_words), not the whole list.
        words = tokenizer.word_tokenize(line) if unspaced and line else None
        if max_word_length != -1 and (
            max(map(len, words), default=0) > max_word_length
            if words is not None
            else len(line) > max_word_length
            and max(map(len, line.split()), default=0) > max_word_length
        ):
            dropped.append(original)
            continue
        if params["remove_citations"] and "[" in line:  # every citation mark starts with "["
            line = CITATION_REGEX.sub("", line)
        if params["filter_no_terminal_punct"] and (
            not line.endswith(END_PUNCTUATION) or line.endswith(ELLIPSIS)
        ):
            dropped.append(original)
            continue
        if (
            len(words) < params["min_words_per_line"]
            if words is not None
            else _has_fewer_words(original, params["min_words_per_line"])
        ):
            dropped.append(original)
            continue
        line_l = line.lower()
        if params["filter_lorem_ipsum"] and "lorem ipsum" in line_l:
            out["c4.lorem_ipsum"] = 1.0
            if short_circuit:
                complete = False
                break
        if params["filter_javascript"] and "javascript" in line_l:
            dropped.append(original)
            continue
        if params["filter_curly_bracket"] and "{" in line:
            out["c4.curly_bracket"] = 1.0
            if short_circuit:
                complete = False
                break
        if params["filter_policy"] and any(map(line_l.__contains__, POLICY_SUBSTRINGS)):
            dropped.append(original)
            continue
        # Counting sentences tokenises every kept line again; past the threshold a short-circuit
        # run has its answer (the signal is then a lower bound).
        if count_sentences and not (short_circuit and n_sentences >= params["min_num_sentences"]):
            n_sentences += _n_sentences(line, tokenizer) if params["split_paragraph"] else 1
        kept.append(line)
        if line != original:
            changed.append((original, line))
    if count_sentences:
        out["c4.n_sentences"] = float(n_sentences)
    out["c4.lines_kept_frac"] = _ratio(len(kept), len(lines))
    new_text = ("\n" if params["split_paragraph"] else " ").join(kept).strip()
    out["c4.chars_kept_frac"] = _ratio(len(new_text), len(text))
    return C4Result(out, new_text, dropped, changed, complete)


def _has_fewer_words(line: str, minimum: Any) -> bool:
    """``len(line.split()) < minimum``, splitting off no more than ``minimum`` words."""
    if isinstance(minimum, int) and minimum > 0:
        return len(line.split(None, minimum - 1)) < minimum
    return len(line.split()) < minimum


def _sentences(text: str, tokenizer: WordTokenizer) -> list[str]:
    """datatrove's ``split_into_sentences``, with our tokenizer (its own lookup is by language)."""
    ends = [b for _, b in tokenizer.span_tokenize(text)]
    return [text[a:b] for a, b in zip([0] + ends[:-1], ends[:-1] + [len(text)], strict=True)]


def _n_words(text: str, tokenizer: WordTokenizer) -> int:
    if isinstance(tokenizer, LexemeKeepingSpacyTokenizer):
        return tokenizer.n_words(text)
    return len(tokenizer.word_tokenize(text))


def _rewritten_n_words(
    text: str, n_words: int, c4: C4Result, tokenizer: WordTokenizer, params: Params
) -> int | None:
    """The word count of C4's rewritten text from ``n_words`` of the original ``text``, or None
    (count it). The rewritten text is the kept lines, stripped and without citations, so where
    words follow lines it has the original's words less those of the dropped lines, and with
    the changed lines' words in place of theirs: tokenising those few lines, joined by line
    breaks, spares tokenising the whole page again (~20% of the stage's word look-ups). Texts
    holding ``IS_ALPHA`` (spaCy's whole-text workaround) and sentence-split C4 are counted."""
    if not (
        params["split_paragraph"]
        and c4.complete
        and isinstance(tokenizer, LexemeKeepingSpacyTokenizer)
        and "IS_ALPHA" not in text
        and "IS_ALPHA" not in c4.text
        and tokenizer.words_follow_lines()
    ):
        return None
    n_words -= tokenizer.n_words("\n".join(c4.dropped))
    if c4.changed:
        n_words += tokenizer.n_words("\n".join(after for _, after in c4.changed))
        n_words -= tokenizer.n_words("\n".join(before for before, _ in c4.changed))
    return n_words


def _n_sentences(text: str, tokenizer: WordTokenizer) -> int:
    if isinstance(tokenizer, LexemeKeepingSpacyTokenizer):
        return tokenizer.n_sentences(text)
    return len(_sentences(text, tokenizer))


def fineweb_signals(text: str, n_words: int, params: Params) -> Signals:
    """FineWebQualityFilter's line ratios; ``n_words`` from the language's tokenizer."""
    lines = list(filter(str.strip, text.split("\n")))  # the lines not blank
    if not lines:
        return {"fineweb.empty": 1.0}
    stop_chars = tuple(params["stop_chars"] or TERMINAL_PUNCTUATION)
    return {
        "fineweb.empty": 0.0,
        "fineweb.line_punct_ratio": sum(map(str.endswith, lines, repeat(stop_chars))) / len(lines),
        "fineweb.short_line_ratio": sum(
            map(le, map(len, lines), repeat(params["short_line_length"]))
        )
        / len(lines),
        "fineweb.char_dup_ratio": _ratio(find_duplicates(lines)[1], len(text.replace("\n", ""))),
        # datatrove divides by the word count unguarded; a text with no words counts as one word
        "fineweb.list_ratio": text.count("\n") / max(n_words, 1),
    }


# ---------------------------------------------------------------------------------------------
# The stage


class QualityFilter(DocFilter):
    """Gopher repetition + Gopher quality + C4 + FineWeb rules, per document language.

    Keyword arguments are the ``stages.quality`` config keys: the four switches, ``short_circuit``,
    datatrove's constructor arguments (same names, same defaults, see ``DEFAULTS``),
    ``stop_words`` (language → list, merged over ``DEFAULT_STOP_WORDS``; an empty list or no
    list turns the rule off for that language) and ``language_overrides`` (language → {threshold
    key: value}, merged over ``DEFAULT_LANGUAGE_OVERRIDES``). ``None`` and ``{}`` mean the same.
    """

    name = "quality"

    def __init__(
        self,
        gopher: bool = True,
        c4: bool = True,
        fineweb: bool = True,
        gopher_quality: bool = True,
        gopher_repetition: bool = True,
        short_circuit: bool = True,
        max_doc_chars: int | None = 1_000_000,
        stop_words: dict[str, list[str]] | None = None,
        language_overrides: dict[str, dict[str, Any]] | None = None,
        **thresholds: Any,
    ):
        unknown = set(thresholds) - set(DEFAULTS)
        if unknown:
            raise TypeError(f"unknown quality thresholds: {sorted(unknown)}")
        self.enabled = {
            "gopher_repetition": gopher and gopher_repetition,
            "gopher_quality": gopher and gopher_quality,
            "c4": c4,
            "fineweb": fineweb,
        }
        self.short_circuit = short_circuit
        self.max_doc_chars = max_doc_chars
        self.params: Params = {**DEFAULTS, **thresholds}
        merged_stop_words = {**DEFAULT_STOP_WORDS, **(stop_words or {})}
        self.stop_words = {lang: frozenset(words) for lang, words in merged_stop_words.items()}
        self.language_overrides = {
            lang: dict(values) for lang, values in DEFAULT_LANGUAGE_OVERRIDES.items()
        }
        for lang, values in (language_overrides or {}).items():
            bad = set(values) - set(DEFAULTS)
            if bad:
                raise TypeError(f"language_overrides[{lang!r}]: unknown keys {sorted(bad)}")
            self.language_overrides.setdefault(lang, {}).update(values)
        self._tokenizers: dict[str, WordTokenizer] = {}
        self._rules: dict[str, tuple[Params, list[Rule]]] = {}
        self._by_signal: dict[str, dict[str, tuple[Rule, ...]]] = {}

    def __getstate__(self) -> dict[str, Any]:
        """Ship configuration only: tokenizers are rebuilt lazily on the worker."""
        state = dict(self.__dict__)
        state["_tokenizers"] = {}
        state["_rules"] = {}
        state["_by_signal"] = {}
        return state

    def setup(self) -> None:
        logging.getLogger("jieba").setLevel(logging.WARNING)

    def tokenizer(self, language: str) -> WordTokenizer:
        language = base_language(language)  # sr-Latn and sr-Cyrl share a word tokenizer
        if language not in self._tokenizers:
            self._tokenizers[language] = load_tokenizer(language)
        return self._tokenizers[language]

    def stop_words_of(self, language: str) -> frozenset[str]:
        """The stop words of a language code; ``sr-Latn`` uses ``sr``'s unless it has its own."""
        if language in self.stop_words:
            return self.stop_words[language]
        return self.stop_words.get(base_language(language), frozenset())

    def language_rules(self, language: str) -> tuple[Params, list[Rule]]:
        """Thresholds (global + overrides) and the enabled rules, in order, for a language.

        A code with a script subtag (``sr-Latn``) takes its base language's overrides, then its own.
        """
        if language not in self._rules:
            overrides = self.language_overrides
            params = {
                **self.params,
                **overrides.get(base_language(language), {}),
                **overrides.get(language, {}),
            }
            rules = [r for r in _rules(params) if self.enabled[r.family]]
            self._rules[language] = (params, rules)
            self._by_signal[language] = rules_by_signal(rules)
        return self._rules[language]

    def annotate(self, doc: Record) -> Record:
        language = doc.get("language") or "und"
        params, rules = self.language_rules(language)
        tokenizer = self.tokenizer(language)
        text = doc["text"]
        signals: Signals = {}

        by_signal = self._by_signal[language]

        def failed(new: Signals) -> bool:
            signals.update(new)
            return self.short_circuit and fails_any(new, by_signal, params)

        # Word tokenisation is linear but slow (~6 s per MB): a page far beyond Gopher's
        # max_doc_words is rejected from its length alone. In annotate mode the other signals
        # are computed on a bounded prefix and the document's own text is left as it is.
        bounded = self.max_doc_chars is not None and len(text) > self.max_doc_chars
        if bounded:
            signals["quality.n_chars"] = float(len(text))
            if self.short_circuit:
                return self._store(doc, signals)
            text = text[: self.max_doc_chars]

        words: list[str] | None = None
        n_words: int | None = None  # of the rewritten text, where C4's lines gave it
        if self.enabled["gopher_repetition"] or self.enabled["gopher_quality"]:
            words = tokenizer.word_tokenize(text)
        if self.enabled["gopher_repetition"]:
            rep = gopher_repetition_signals(text, words, params, failed)
            if failed(rep):
                return self._store(doc, signals)
        if self.enabled["gopher_quality"] and failed(
            gopher_quality_signals(text, words, self.stop_words_of(language))
        ):
            return self._store(doc, signals)
        if self.enabled["c4"]:
            c4 = c4_signals(
                text, params, tokenizer, language in UNSPACED_LANGUAGES, self.short_circuit
            )
            if failed(c4.signals):
                return self._store(doc, signals)
            c4_rules = [r for r in rules if r.family == "c4"]
            if not bounded and first_failure(c4.signals, c4_rules, params).keep and c4.text != text:
                if words is not None:
                    n_words = _rewritten_n_words(text, len(words), c4, tokenizer, params)
                doc["text"] = text = c4.text
                refresh_sizes(doc)
                words = None
        if self.enabled["fineweb"]:
            if words is not None:
                n_words = len(words)
            elif n_words is None:
                n_words = _n_words(text, tokenizer)
            signals.update(fineweb_signals(text, n_words, params))
        return self._store(doc, signals)

    @staticmethod
    def _store(doc: Record, signals: Signals) -> Record:
        doc["quality_signals"] = {**(doc.get("quality_signals") or {}), **signals}
        return doc

    def keep(self, doc: Record) -> Verdict:
        signals = doc.get("quality_signals") or {}
        n_chars = signals.get("quality.n_chars")
        if n_chars is not None and self.max_doc_chars is not None and n_chars > self.max_doc_chars:
            detail = f"quality.n_chars={n_chars:.6g} threshold={self.max_doc_chars}"
            return Verdict(False, "quality:doc_too_long", score=n_chars, detail=detail)
        params, rules = self.language_rules(doc.get("language") or "und")
        return first_failure(signals, rules, params)
