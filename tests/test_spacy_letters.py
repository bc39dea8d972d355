"""Words, and words with one mark before or after them, are tokenised without spaCy only where
that gives spaCy's own tokens (filters/spacy_letters.py).

Every comparison is with spaCy's tokenizer on the chunk alone: the proof must hold for the
tokenizers the quality stage loads, fail for tokenizers that do split words, and ``LetterTokens``
must give spaCy's tokens or ``None`` for every chunk of real text in every such language.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import spacy
from datatrove.utils.word_tokenizers import SpaCyTokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from filters.quality import LexemeKeepingSpacyTokenizer, load_tokenizer
from filters.spacy_chunks import ChunkCache, special_reach
from filters.spacy_letters import LetterTokens, letters_stay_whole

DATA = Path(__file__).parent / "data"
LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "el", "ar", "sv", "xx"]
# marks glued to words in web text, and some that are prefixes, suffixes or both in spaCy
MARKS = list(",.:;!?)(\"'“”„«»‘’-–—/&%$€#@*[]{}<>+=~^|\\…°§·¿¡、。，０1_\u00ad")


def spacy_tokens(nlp: spacy.Language, chunk: str) -> tuple[str, ...]:
    return tuple(token.text for token in nlp.tokenizer(chunk))


def real_words(language: str) -> list[str]:
    texts = []
    for path in [DATA / "langid" / f"{language}.txt", DATA / "quality" / f"lingua-{language}.txt"]:
        if path.exists():
            texts.append(path.read_text(encoding="utf-8"))
    texts += [p.read_text("utf-8", "replace")[:30_000] for p in sorted(DATA.glob("html/*.html"))]
    return sorted({chunk for text in texts for chunk in text.split()})


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_tokens_are_spacy_s_on_real_chunks_and_marks(language: str) -> None:
    """Every chunk of real text, each real word with every mark before and after it, the
    tokenizer's rules and their pieces: ``LetterTokens`` gives spaCy's tokens or ``None``."""
    nlp = load_tokenizer(language)._pipeline()
    assert letters_stay_whole(nlp.tokenizer)
    reach = special_reach(nlp.tokenizer)
    assert reach is not None
    letter_tokens = LetterTokens(nlp.tokenizer, reach.pairs)
    chunks = real_words(language)
    words = [c for c in chunks if c.isalpha()]
    rng = random.Random(f"letters-{language}")
    sample = rng.sample(words, min(len(words), 300))
    chunks += [m + w for w in sample for m in MARKS] + [w + m for w in sample for m in MARKS]
    rules = sorted(r for r in nlp.tokenizer.rules if " " not in r)
    chunks += rules + [r + m for r in rules for m in ".,)"] + [m + r for r in rules for m in "(“"]
    chunks += [r[:-1] for r in rules if len(r) > 1] + [r[1:] for r in rules if len(r) > 1]
    served = 0
    for chunk in chunks:
        tokens = letter_tokens(chunk)
        if tokens is not None:
            assert tokens == spacy_tokens(nlp, chunk), chunk
            served += 1
    assert served > len(chunks) / 3  # the fast path is taken, not only safe


def test_the_proof_fails_where_spacy_splits_words() -> None:
    """A prefix, suffix or infix that can cut letters (Indonesian's ``Rp`` currency prefix, a
    camel-case infix, an empty infix between letters, a case-insensitive class) turns it off."""
    indonesian = spacy.blank("id")
    assert spacy_tokens(indonesian, "Rpmurah") == ("Rp", "murah")
    assert not letters_stay_whole(indonesian.tokenizer)
    cases = {
        "infix": (r"(?<=[a-z])(?=[A-Z])", "camelCase", ("camel", "Case")),
        "suffix": (r"(?<=[a-z])ing", "walking", ("walk", "ing")),
        "prefix": (r"[Uu]n(?=[a-z])", "undo", ("un", "do")),
    }
    for kind, (expression, word, split) in cases.items():
        nlp = spacy.blank("en")
        defaults = {"infix": nlp.Defaults.infixes, "suffix": nlp.Defaults.suffixes}
        defaults["prefix"] = nlp.Defaults.prefixes
        entries = [*defaults[kind], expression]
        if kind == "infix":
            nlp.tokenizer.infix_finditer = compile_infix_regex(entries).finditer
        elif kind == "suffix":
            nlp.tokenizer.suffix_search = compile_suffix_regex(entries).search
        else:
            nlp.tokenizer.prefix_search = compile_prefix_regex(entries).search
        assert spacy_tokens(nlp, word) == split
        assert not letters_stay_whole(nlp.tokenizer), kind
    nlp = spacy.blank("en")
    nlp.tokenizer.suffix_search = re.compile(r"[.]$", re.IGNORECASE).search
    assert not letters_stay_whole(nlp.tokenizer)  # a class under IGNORECASE is not read


def test_new_words_skip_spacy() -> None:
    """New plain words and words with a comma, period or bracket are answered without spaCy;
    other new chunks still go to it, and all words equal spaCy's."""
    ours = load_tokenizer("de")
    assert isinstance(ours, LexemeKeepingSpacyTokenizer)
    nlp = ours._pipeline()
    sent: list[str] = []
    cache = ours._chunks
    to_spacy = ChunkCache._tokenize_with_spacy

    def spy(self: ChunkCache, chunks: list[str], nlp_: object) -> object:
        sent.extend(chunks)
        return to_spacy(self, chunks, nlp_)

    cache._tokenize_with_spacy = spy.__get__(cache)  # type: ignore[method-assign]
    text = "Zauberwald, (Mondhaus Sternbrücke. z.B. 3,5km Wolkenbahn-Gleis"
    reference = SpaCyTokenizer("de")
    assert ours.word_tokenize(text) == reference.word_tokenize(text)
    assert sorted(sent) == ["3,5km", "Wolkenbahn-Gleis", "z.B."]
    assert nlp is ours._pipeline()
