"""The quality stage's chunk cache (filters/spacy_chunks.py) gives spaCy's own words and sentences.

Every comparison is with the real thing: datatrove's ``SpaCyTokenizer`` (a blank spaCy pipeline
with its sentencizer, each call in a fresh memory zone) on the same text. C4 counts a line's
sentences as ``len(split_into_sentences(line))``: the number of spaCy sentences, at least one.
"""

from __future__ import annotations

import gzip
import json
import lzma
import random
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from datatrove.utils.word_tokenizers import SpaCyTokenizer

from filters.quality import LexemeKeepingSpacyTokenizer, QualityFilter, load_tokenizer
from filters.spacy_chunks import WHITESPACE_RUNS, ChunkCache, special_reach

DATA = Path(__file__).parent / "data"

# languages whose word tokenizer is spaCy's rule-based one (the chunk cache serves them); es,
# ru, el, ar and id have special cases with a space in them, which span two chunks
LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "el", "ar", "id", "sv"]
# white space of every kind: spaCy splits at each; only a single " " after a chunk is no token
SEPARATORS = [" ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", "\x1c", "\x1f"]
SEPARATORS += ["\u3000", "\u2003", " \n", "\n\n", "\x0b", "\x0c", "\x85"]


def reference_sentences(reference: SpaCyTokenizer, text: str) -> int:
    return max(1, len(reference.span_tokenize(text)))


def assert_same(ours: LexemeKeepingSpacyTokenizer, reference: SpaCyTokenizer, text: str) -> None:
    words = reference.word_tokenize(text)
    assert ours.word_tokenize(text) == words, text[:200]
    assert ours.n_words(text) == len(words), text[:200]
    for line in [text, *text.splitlines(), *(line.strip() for line in text.splitlines())]:
        assert ours.n_sentences(line) == reference_sentences(reference, line), line[:200]


def real_texts(language: str) -> list[str]:
    texts = []
    lingua = DATA / "langid" / f"{language}.txt"
    if lingua.exists():
        texts.append(lingua.read_text(encoding="utf-8"))
    if language == "en":
        with gzip.open(DATA / "quality" / "dolma_cc_en_head-0091.jsonl.gz", "rt") as f:
            texts += [json.loads(line)["text"] for line in f]
    if language == "de":
        texts.append((DATA / "quality" / "lingua-de.txt").read_text(encoding="utf-8"))
    if language == "el":
        with lzma.open(DATA / "wiki" / "elwiki-head-truncated.xml.xz", "rt") as f:
            texts.append(f.read(300_000))  # raw wikitext and XML: markup, templates, tables
    # raw HTML: every kind of punctuation next to every other
    texts += [p.read_text("utf-8", "replace")[:60_000] for p in sorted(DATA.glob("html/*.html"))]
    return texts


def fuzz_texts(language: str, tokenizer: LexemeKeepingSpacyTokenizer, n: int) -> list[str]:
    """Texts made of the language's special-case rules, their pieces, words and punctuation,
    glued or separated by every kind of white space: chunks that end and start special cases."""
    rng = random.Random(f"chunks-{language}")
    rules = sorted(tokenizer._pipeline().tokenizer.rules)
    pieces = [p for rule in rules for p in rule.split()] + rules
    pieces += ["a", "the", "Mr", "am", "pm", "10", ".", ",", "(", ")", "'", '"', "-", ":", ";", "!"]
    pieces += ["?", "...", "…", "“", "”", "«", "»", "[1]", "IS", "http://x.org/a?b=c", "e.g."]
    texts = []
    for _ in range(n):
        out = []
        for _ in range(rng.randrange(5, 60)):
            out.append(rng.choice(pieces))
            out.append("" if rng.random() < 0.25 else rng.choice(SEPARATORS))
        texts.append("".join(out))
    return texts


def thue_morse_texts(tokenizer: LexemeKeepingSpacyTokenizer) -> list[str]:
    """Two pieces in Thue–Morse order (no piece three times in a row), one space apart: rules
    with a space and rules whose pattern's last token another rule's pattern starts with."""
    rules = sorted(r for r in tokenizer._pipeline().tokenizer.rules if " " in r.strip())
    pairs = [(rule.split()[0], rule.split()[-1]) for rule in rules][:5]
    pairs += [(":", ")"), ("(", ":"), (".", "_."), ("a.m", "."), ("'", "s")]
    texts = []
    for a, b in pairs:
        seq = [bin(i).count("1") % 2 for i in range(256)]
        texts.append(" ".join(b if bit else a for bit in seq))
        texts.append("".join(b if bit else a for bit in seq[:64]))
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_words_and_sentences_equal_spacy_on_real_and_adversarial_text(language: str) -> None:
    ours = load_tokenizer(language)
    assert isinstance(ours, LexemeKeepingSpacyTokenizer)
    assert ours._chunks.supports(ours._pipeline())
    reference = SpaCyTokenizer(language)
    texts = real_texts(language) + fuzz_texts(language, ours, 150) + thue_morse_texts(ours)
    for text in texts:
        assert_same(ours, reference, text)
    for text in texts:  # again, now from the cache
        assert_same(ours, reference, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_reach_of_a_chunk_is_every_rule_it_ends_or_starts_with(language: str) -> None:
    """``SpecialReach.ends``/``starts`` look only at the rules filed under a chunk's last/first
    character: they must give what every rule the chunk ends/starts with gives (the definition),
    on chunks made of the rules, their pieces glued to words and punctuation, and real text."""
    tokenizer = load_tokenizer(language)
    nlp = tokenizer._pipeline()
    reach = special_reach(nlp.tokenizer)
    assert reach is not None
    rng = random.Random(f"reach-{language}")
    rules = sorted(reach.lasts)
    glue = ["", "a", "x.", "(", ")", "'", '"', "-", ".", ":", "10", "«", "»", "..."]
    words = sorted({c for text in real_texts(language)[:1] for c in text.split()})
    chunks = set(rng.sample(words, min(len(words), 1_000))) | set(rules)
    for _ in range(1_000):
        chunks.add(rng.choice(glue) + rng.choice(rules) + rng.choice(glue))
        chunks.add(rng.choice(rules) + rng.choice(rules))
    chunks = {c for c in chunks if c and not any(ch.isspace() for ch in c)}
    for chunk in sorted(chunks):
        tokens = [token.text for token in nlp.tokenizer(chunk)]
        # every rule the chunk ends or starts with is one of its suffixes or prefixes
        suffixes = [chunk[i:] for i in range(len(chunk))]
        prefixes = [chunk[: i + 1] for i in range(len(chunk))]
        ends = {reach.lasts[r] for r in suffixes if r in reach.lasts} | {tokens[-1]}
        starts = {reach.firsts[r] for r in prefixes if r in reach.firsts} | {tokens[0]}
        got_ends = reach.ends(chunk, tokens[-1])
        got_starts = reach.starts(chunk, tokens[0])
        assert sorted(got_ends) == sorted(ends & reach.heads), chunk
        assert sorted(got_starts) == sorted(starts & reach.tails), chunk


def test_special_cases_with_a_space_span_two_chunks() -> None:
    """spaCy makes one word of ``EE. UU.`` (es) and ``в т.ч.`` (ru): chunk by chunk would be two."""
    for language, text, word in [
        ("es", "Los EE. UU. son grandes. EE.\tUU. no", "EE. UU."),
        ("ru", "Это в т.ч. и то. Но в\nт.ч. нет", "в т.ч."),
    ]:
        ours = load_tokenizer(language)
        words = ours.word_tokenize(text)
        assert words == SpaCyTokenizer(language).word_tokenize(text)
        assert words.count(word) == 1  # the second is split by a tab / newline
        ours.word_tokenize(text)
        assert ours.word_tokenize(text) == words  # and from the cache


def test_white_space_is_the_same_for_python_re_and_spacy() -> None:
    """Chunks are ``str.split``'s and runs ``re``'s ``\\s``: both must be spaCy's white space
    (``Py_UNICODE_ISSPACE``) for every code point."""
    space = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        assert bool(WHITESPACE_RUNS.fullmatch(ch)) == ch.isspace()
        assert (f"a{ch}b".split() == ["a", "b"]) == ch.isspace()
    # spaCy splits at each of them, and at no other separator or format character
    others = [
        chr(c)
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) in ("Zs", "Zl", "Zp", "Cc", "Cf") and not chr(c).isspace()
    ]
    tokenizer = LexemeKeepingSpacyTokenizer("en")
    reference = SpaCyTokenizer("en")
    for ch in space + others:
        text = f"ab{ch}cd{ch}{ch}ef."
        assert tokenizer.word_tokenize(text) == reference.word_tokenize(text), repr(ch)
        assert tokenizer.n_sentences(f"Hi.{ch}Yo") == reference_sentences(reference, f"Hi.{ch}Yo")


def test_is_alpha_texts_take_datatrove_s_path() -> None:
    text = "IS_ALPHA is a spaCy attribute name. IS_ALPHA\tagain."
    tokenizer = LexemeKeepingSpacyTokenizer("en")
    assert tokenizer.word_tokenize(text) == SpaCyTokenizer("en").word_tokenize(text)
    assert len(tokenizer._chunks) == 0  # never cached: the whole text goes to spaCy


def test_cache_is_bounded_and_starts_over() -> None:
    tokenizer = LexemeKeepingSpacyTokenizer("en", max_chunks=1_000)
    reference = SpaCyTokenizer("en")
    text = " ".join(f"w{i}x." for i in range(2_500))
    assert tokenizer.word_tokenize(text) == reference.word_tokenize(text)
    assert len(tokenizer._chunks) == 0  # more new chunks than the bound: none kept
    for start in range(0, 2_500, 400):
        part = " ".join(f"w{i}x." for i in range(start, start + 400))
        assert tokenizer.word_tokenize(part) == reference.word_tokenize(part)
        assert len(tokenizer._chunks) <= 1_000
    assert len(tokenizer._chunks) > 0


def test_plain_one_token_chunks_share_their_entries() -> None:
    """The cache's memory is its keys: a chunk that is one token and no part of a special case
    shares its entry with the others of its kind (a word, punctuation, a sentence end)."""
    tokenizer = LexemeKeepingSpacyTokenizer("en")
    words = [f"w{i}x" for i in range(3_000)] + ["!", "(", ")", "e.g.", "don't", "U.S.", "."]
    text = " ".join(words)
    assert tokenizer.word_tokenize(text) == SpaCyTokenizer("en").word_tokenize(text)
    entries = tokenizer._chunks._entries
    assert len(entries) >= len(words)
    assert len({id(entry) for entry in entries.values()}) < 12


def test_cache_survives_a_rebuilt_pipeline() -> None:
    """A chunk's tokens depend on the rules, not on the vocabulary: entries stay valid."""
    tokenizer = LexemeKeepingSpacyTokenizer("en", max_lexemes=5_000)
    words = [f"v{i}y" for i in range(6_000)]
    assert tokenizer.word_tokenize(" ".join(words)) == words
    tokenizer.sent_tokenize(" ".join(words))  # whole-text calls keep their lexemes: 6,000
    first = tokenizer._nlp
    assert tokenizer.word_tokenize("after (the) limit, e.g. U.S.") == [
        "after",
        "(",
        "the",
        ")",
        "limit",
        ",",
        "e.g.",
        "U.S.",
    ]
    assert tokenizer._nlp is not first


def test_other_tokenizers_are_left_to_their_own_code() -> None:
    """jieba (zh) and PyThaiNLP (th) are not white-space tokenizers: no chunk cache."""
    for language in ("zh", "th"):
        tokenizer = load_tokenizer(language)
        if isinstance(tokenizer, LexemeKeepingSpacyTokenizer):
            assert not tokenizer._chunks.supports(tokenizer._pipeline())
            tokenizer.word_tokenize("我们在北京学习中文。 今天天气很好。")
            assert len(tokenizer._chunks) == 0


def test_a_white_space_token_in_a_pattern_turns_the_cache_off() -> None:
    import spacy

    nlp = spacy.blank("en")
    assert special_reach(nlp.tokenizer) is not None
    # no affix: spaCy's matcher never sees it (it can only be a whole chunk, which has no tab)
    nlp.tokenizer.add_special_case("a\tb", [{"ORTH": "a"}, {"ORTH": "\t"}, {"ORTH": "b"}])
    assert special_reach(nlp.tokenizer) is not None
    nlp.tokenizer.add_special_case("(a\tb", [{"ORTH": "(a"}, {"ORTH": "\t"}, {"ORTH": "b"}])
    assert special_reach(nlp.tokenizer) is None
    nlp.add_pipe("sentencizer")
    assert not ChunkCache().supports(nlp)


def test_quality_signals_equal_spacy_path_on_real_pages() -> None:
    """The whole stage with the cache equals the stage asking spaCy for every text."""
    with gzip.open(DATA / "quality" / "dolma_cc_en_head-0091.jsonl.gz", "rt") as f:
        texts = [json.loads(line)["text"] for line in f]
    texts += [(DATA / "quality" / "lingua-de.txt").read_text(encoding="utf-8")]
    cached, plain = QualityFilter(short_circuit=False), QualityFilter(short_circuit=False)
    for language in ("en", "de"):
        tokenizer = plain.tokenizer(language)
        tokenizer._chunks.supports = lambda nlp: False  # type: ignore[method-assign]
    for text in texts:
        language = "de" if "der" in text.split() else "en"
        for piece in (text, re.sub(r"\n+", "\n", text), text.replace("\n", "\n\n")):
            a = cached.annotate({"text": piece, "language": language})
            b = plain.annotate({"text": piece, "language": language})
            assert a["text"] == b["text"]
            assert a["quality_signals"] == b["quality_signals"]
            assert cached.keep(a) == plain.keep(b)


def test_words_and_sentences_equal_spacy_on_shared_data(shared_data: Path) -> None:
    """lingua's sentences in every language whose tokenizer is spaCy's rule-based one, and the
    raw wikitext of the Wikipedia dump samples (en, el, uk, vi: vi falls back to spaCy's xx)."""
    import bz2

    texts: list[tuple[str, str]] = []
    for path in sorted((shared_data / "langid" / "lingua-sentences").glob("*.txt")):
        texts.append((path.stem, path.read_text(encoding="utf-8")))
    with bz2.open(shared_data / "wiki" / "enwiki-sample.xml.bz2", "rt") as f:
        texts.append(("en", f.read(200_000)))
    for language in ("el", "uk", "vi"):
        with lzma.open(shared_data / "wiki" / f"{language}wiki-truncated.xml.xz", "rt") as f:
            texts.append((language, f.read(200_000)))
    checked = set()
    for language, text in texts:
        ours = load_tokenizer(language)
        if not isinstance(ours, LexemeKeepingSpacyTokenizer):
            continue
        if not ours._chunks.supports(ours._pipeline()):
            continue
        assert_same(ours, SpaCyTokenizer(ours.language), text)
        checked.add(language)
    assert len(checked) >= 50


def test_words_splice_multi_token_chunks_anywhere_and_misses_in_any_order() -> None:
    """Chunks of several tokens first, last, side by side and alone; a text half cached (misses
    between hits, one missing chunk several times): the same words as spaCy, counted alike."""
    ours, reference = load_tokenizer("en"), SpaCyTokenizer("en")
    ours.word_tokenize("plain words cached before")
    texts = [
        "(first, plain words cached before",
        "plain words cached before last.)",
        "(a), (b), [c]. plain",
        "plain fresh1 words fresh2 fresh1 cached fresh3, before fresh2",
        "don't",
        "one",
        "",
        " \n ",
    ]
    for text in texts:
        words = reference.word_tokenize(text)
        assert ours.word_tokenize(text) == words, text
        assert ours.n_words(text) == len(words), text


def test_runs_of_chunks_that_join_anywhere_and_single_spaced_sentences() -> None:
    """Runs holding a special case with a space (``EE. UU.``) at the start, the middle and the
    end of a text, after leading and before trailing white space, two in one run, beside runs
    split by other white space; single-spaced texts with and without such a run: the words and
    sentence counts of spaCy, on first sight and from the cache. Also each text's chunks are
    those ``_merge`` makes of the whole text's parts."""
    ours, reference = load_tokenizer("es"), SpaCyTokenizer("es")
    run = "Los EE. UU. son grandes."
    texts = [
        f"EE. UU. {run}",
        f"{run} EE. UU.",
        f" {run}\n{run} ",
        f"\n\t{run}\t\tEE. UU. EE. UU.\n",
        f"{run}  {run}\u00a0EE. UU.",
        "a b. c\nEE.\tUU. d\n\nEE. UU.",
        "Hola. Adiós. EE. UU. son grandes. Sí.",
        "Hola. Adiós. Es grande. Sí",
        "uno",
    ]
    chunks = ours._chunks
    nlp = ours._pipeline()
    for _ in range(2):
        for text in texts:
            words = reference.word_tokenize(text)
            assert ours.word_tokenize(text) == words, text
            assert ours.n_words(text) == len(words), text
            assert ours.n_sentences(text) == reference_sentences(reference, text), text
            plain = text.split()
            parts = WHITESPACE_RUNS.split(text)
            entries = chunks._lookup(plain, nlp)
            merged = chunks._merge(parts, dict(zip(plain, entries, strict=True)))
            assert chunks._chunk_entries(text, nlp)[0] == [p for p in merged[0::2] if p], text
