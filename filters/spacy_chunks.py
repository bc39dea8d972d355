"""spaCy's rule-based tokenizer one white-space chunk at a time, with a bounded cache of chunks.

Why: the quality stage tokenises most of a page two or three times (Gopher's words of the text,
C4's sentences of each line, FineWeb's words of the rewritten text), and spaCy's own chunk cache
stops growing at 10,000 entries, after which every chunk is split again by its prefix, suffix
and infix expressions and every token becomes a Python ``Token``. Web text is Zipfian and
boilerplate repeats, so a cache of chunk → words skips spaCy for most chunks.

Why it is exact: spaCy's ``Tokenizer`` splits a text where ``str.isspace`` changes (the same
test as ``str.split`` and the ``\\s`` of ``re``) and tokenises each non-space chunk on its own.
The one step that sees several chunks is the special-case matcher, which can match a sequence of
tokens from two chunks that are one space apart (rules with a space, like Spanish ``EE. UU.``,
and a match of that kind also hides an overlapping match inside a chunk). So every chunk records
whether it *may* end or start such a match (it ends with the first tokens of a rule's pattern /
starts with a later token), and a text where two neighbours may meet is given to spaCy whole.
Texts holding ``IS_ALPHA`` (datatrove's workaround for a spaCy failure) go to spaCy whole too.
Sentence counts follow spaCy's ``Sentencizer.predict`` rule from each token's two flags
(in ``punct_chars``, ``is_punct``) read off spaCy's own tokens; white-space tokens end a
sentence after a period, as there. ``tests/test_quality_chunks.py`` compares both with spaCy.

Memory: at most ``max_chunks`` entries, then it starts over. A chunk that is one token and no
part of a special case (most) shares its entry with every other such chunk of its kind, so it
costs its key and a dictionary slot (~0.2 KB in all): 200,000 chunks, ~40 MB, keep a worker's
German words from one copy of the replica corpus to the next (50,000 did not: the cache
started over every half copy and spaCy tokenised each copy again, ~1.5x the stage's CPU).
spaCy tokenises the missed chunks in a memory zone, so its vocabulary does not grow with them:
the zone cost the stage ~60% of its time when every call ran in one (datatrove's way), but only
unseen chunks reach spaCy here, so it costs nothing measurable and bounds the memory instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter, not_
from typing import Any

from filters.spacy_letters import LetterTokens, letters_stay_whole

# Runs of white space as spaCy's tokenizer sees it (Py_UNICODE_ISSPACE, like str.isspace).
WHITESPACE_RUNS = re.compile(r"(\s+)")

# Token kinds for the sentencizer: 0 ends a sentence after a period, 1 (punctuation) does not,
# 2 (one of punct_chars) is a period.
_PLAIN, _PUNCT, _PERIOD = 0, 1, 2

# An entry: (words, SpecialReach.ends, SpecialReach.starts,
#            sentences ended from "no period seen", period seen after it,
#            sentences ended from "period seen", period seen after it)
# ``words`` is () for a chunk that is one token and can take no part in a special case: such
# entries (most) are three shared tuples, so an entry costs its key and a dictionary slot.
Entry = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], int, bool, int, bool]
_WORDS, _STARTS = itemgetter(0), itemgetter(2)


def _sentence_steps(kinds: list[int], seen: bool) -> tuple[int, bool]:
    """spaCy's Sentencizer loop over one chunk's tokens: sentence starts it adds, state after."""
    starts = 0
    for kind in kinds:
        if kind == _PERIOD:
            seen = True
        elif kind == _PLAIN and seen:
            starts += 1
            seen = False
    return starts, seen


def _by_edge_char(
    rules: dict[str, str], wanted: frozenset[str], edge: int
) -> dict[str, tuple[tuple[int, ...], dict[str, str]]]:
    """{character: (lengths, {rule: token})} of the rules whose ``token`` is ``wanted``, filed by
    the rule's first (``edge`` 0) or last (-1) character: a chunk can only start (end) with the
    rules filed under its own first (last) character, and only with those of its lengths."""
    index: dict[str, dict[str, str]] = {}
    for rule, token in rules.items():
        if token in wanted:
            index.setdefault(rule[edge], {})[rule] = token
    return {
        char: (tuple(sorted({len(rule) for rule in filed})), filed) for char, filed in index.items()
    }


# The entry of a chunk that is one token of each kind and no part of a special case.
_ONE_TOKEN: dict[int, Entry] = {
    kind: ((), (), (), *_sentence_steps([kind], False), *_sentence_steps([kind], True))
    for kind in (_PLAIN, _PUNCT, _PERIOD)
}


def _count_sentences(entries: Sequence[Entry]) -> int:
    """Sentences of chunks one space apart (no white-space token between them): spaCy's
    Sentencizer steps of each chunk's entry, from one sentence and no period seen."""
    count = 1
    seen = False
    for entry in entries:
        if seen:
            count += entry[5]
            seen = entry[6]
        else:
            count += entry[3]
            seen = entry[4]
    return count


@dataclass(frozen=True)
class SpecialReach:
    """What spaCy's special-case matcher needs to match across the single space of two chunks.

    The matcher runs on the tokens spaCy gives each chunk by affixes and whole-chunk special
    cases, before any multi-token special case is applied. A match across chunks A and B covers
    A's last such tokens and B's first ones, so A's last and B's first are neighbours in the
    pattern of a rule (``pairs``). The tokens cached for a chunk are those after the matcher ran
    on the chunk alone: they differ from the matcher's input only inside a special case applied
    there, whose pattern then ends (starts) the chunk's input tokens: so the last (first) input
    token is the cached one or the last (first) pattern token of a rule the chunk ends (starts)
    with.

    ``ends``/``starts`` run for every chunk new to the cache (about 150 per page on the replica
    stream), so the rules are filed by their last (first) character, keeping only those whose
    pattern token can take part in a match at all: a chunk ending in a letter is looked up
    against no rule or a few, instead of one slice and dictionary look-up per rule length.
    """

    lasts: dict[str, str]  # rule spaCy's special matcher holds → last token of its pattern
    firsts: dict[str, str]  # rule → first token of its pattern
    pairs: frozenset[tuple[str, str]]  # neighbouring tokens of a rule's pattern
    heads: frozenset[str]  # tokens of a pattern that another one follows
    tails: frozenset[str]  # tokens of a pattern that follow another one
    _ending: dict[str, tuple[tuple[int, ...], dict[str, str]]] = field(
        init=False, repr=False, compare=False
    )
    _starting: dict[str, tuple[tuple[int, ...], dict[str, str]]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_ending", _by_edge_char(self.lasts, self.heads, -1))
        object.__setattr__(self, "_starting", _by_edge_char(self.firsts, self.tails, 0))

    def ends(self, chunk: str, last: str) -> tuple[str, ...]:
        """The chunk's possible last matcher-input tokens that a pattern's token may follow:
        ``last`` and the last pattern token of each rule the chunk ends with, those in
        ``heads``."""
        found = [last] if last in self.heads else []
        filed = self._ending.get(chunk[-1])
        if filed is not None:
            lengths, rules = filed
            for n in lengths:
                if n > len(chunk):
                    break
                token = rules.get(chunk[-n:])
                if token is not None and token not in found:
                    found.append(token)
        return tuple(found)

    def starts(self, chunk: str, first: str) -> tuple[str, ...]:
        """The chunk's possible first matcher-input tokens that may follow a pattern's token."""
        found = [first] if first in self.tails else []
        filed = self._starting.get(chunk[0])
        if filed is not None:
            lengths, rules = filed
            for n in lengths:
                if n > len(chunk):
                    break
                token = rules.get(chunk[:n])
                if token is not None and token not in found:
                    found.append(token)
        return tuple(found)

    def may_join(self, ends: tuple[str, ...], starts: tuple[str, ...]) -> bool:
        return any((a, b) in self.pairs for a in ends for b in starts)


def _one_token_entry(chunk: str, kind: int, reach: SpecialReach) -> Entry:
    """The entry of a chunk spaCy makes one token of: the shared one of its kind unless the
    chunk may end or start a special case across chunks."""
    ends, starts = reach.ends(chunk, chunk), reach.starts(chunk, chunk)
    if ends or starts:
        return ((chunk,), ends, starts, *_ONE_TOKEN[kind][3:])
    return _ONE_TOKEN[kind]


def _tokens_entry(
    chunk: str, words: tuple[str, ...], kinds: list[int], reach: SpecialReach
) -> Entry:
    """The entry of a chunk spaCy makes several tokens of (``words``, sentence ``kinds``)."""
    return (
        words,
        reach.ends(chunk, words[-1]),
        reach.starts(chunk, words[0]),
        *_sentence_steps(kinds, False),
        *_sentence_steps(kinds, True),
    )


def special_reach(tokenizer: Any) -> SpecialReach | None:
    """The special matcher's rules and their patterns' neighbouring tokens, as spaCy builds them
    in ``Tokenizer.add_special_case``: rules with an affix or a space (all rules without
    ``faster_heuristics``), each pattern being the rule tokenised without special cases.

    ``None`` when a pattern of several tokens holds a white-space token: a match could then
    span a white-space run too, and chunks are not independent for that tokenizer.
    """
    from spacy.tokenizer import Tokenizer

    plain = Tokenizer(
        tokenizer.vocab,
        rules={},
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
        faster_heuristics=tokenizer.faster_heuristics,
    )
    rules = [
        rule
        for rule in tokenizer.rules
        if not tokenizer.faster_heuristics
        or tokenizer.find_prefix(rule)
        or tokenizer.find_infix(rule)
        or tokenizer.find_suffix(rule)
        or " " in rule
    ]
    pairs: set[tuple[str, str]] = set()
    lasts: dict[str, str] = {}
    firsts: dict[str, str] = {}
    for rule in rules:
        tokens = [token.text for token in plain(rule)]
        if len(tokens) > 1 and any(token.isspace() for token in tokens):
            return None
        if tokens:
            lasts[rule], firsts[rule] = tokens[-1], tokens[0]
        pairs.update(zip(tokens, tokens[1:], strict=False))
    return SpecialReach(
        lasts,
        firsts,
        frozenset(pairs),
        frozenset(a for a, _ in pairs),
        frozenset(b for _, b in pairs),
    )


class ChunkCache:
    """Words and sentence counts of texts for one spaCy rule-based tokenizer, chunk by chunk.

    ``words``/``n_sentences`` return ``None`` where chunks may not be independent (see the
    module docstring): the caller then asks spaCy for the whole text.
    """

    def __init__(self, max_chunks: int = 200_000):
        self.max_chunks = max_chunks
        self._entries: dict[str, Entry] = {}
        self._reach: SpecialReach | None = None
        self._checked = False
        # tokens of words and of words with one mark before or after them, without spaCy, where
        # the tokenizer provably keeps every all-letter chunk whole (filters.spacy_letters)
        self._letter_tokens: LetterTokens | None = None

    def __len__(self) -> int:
        return len(self._entries)

    def supports(self, nlp: Any) -> bool:
        """Only spaCy's own rule-based tokenizer splits at white space (not jieba, Sudachi...)."""
        from spacy.tokenizer import Tokenizer

        if type(nlp.tokenizer) is not Tokenizer:
            return False
        if not self._checked:
            self._reach = special_reach(nlp.tokenizer)
            if self._reach is not None and letters_stay_whole(nlp.tokenizer):
                self._letter_tokens = LetterTokens(nlp.tokenizer, self._reach.pairs)
            self._checked = True
        return self._reach is not None

    def words(self, text: str, nlp: Any) -> list[str] | None:
        """The non-space tokens of ``nlp.tokenizer(text)``, or None (ask spaCy)."""
        found = self._chunk_entries(text, nlp)
        if found is None:
            return None
        chunks, entries = found
        # A chunk is its own word unless its entry lists its words (several tokens, or one that
        # may take part in a special case): those few are spliced in, the runs between them are
        # copied as slices (a generator over every chunk cost twice as much).
        listed = list(map(_WORDS, entries))
        words: list[str] = []
        done = 0
        for i in compress(range(len(listed)), listed):
            words += chunks[done:i]
            words += listed[i]
            done = i + 1
        words += chunks[done:]
        return words

    def n_words(self, text: str, nlp: Any) -> int | None:
        """``len(self.words(text, nlp))`` without building the list, or None (ask spaCy)."""
        found = self._chunk_entries(text, nlp)
        if found is None:
            return None
        chunks, entries = found
        listed = list(filter(None, map(_WORDS, entries)))
        return len(chunks) - len(listed) + sum(map(len, listed))

    def _chunk_entries(self, text: str, nlp: Any) -> tuple[list[str], Sequence[Entry]] | None:
        """The chunks spaCy would tokenise one by one and their entries, or None (ask spaCy)."""
        if "IS_ALPHA" in text:
            return None
        chunks = text.split()
        entries = self._lookup(chunks, nlp)
        if entries is None:
            return None
        joining = self._joining(entries)
        if not joining:
            return chunks, entries
        return self._join_runs(text, chunks, entries, joining, nlp)

    def _joining(self, entries: Sequence[Entry]) -> list[int]:
        """The indices k where chunks k and k + 1 may form a special case if one space apart
        (few chunks may start a pattern's later token: only those are looked at)."""
        may_join = self._reach.may_join  # type: ignore[union-attr]
        starts = list(map(_STARTS, entries))
        return [
            i - 1
            for i in compress(range(1, len(starts)), starts[1:])
            if (ends := entries[i - 1][1]) and may_join(ends, starts[i])
        ]

    def _join_runs(
        self,
        text: str,
        chunks: list[str],
        entries: Sequence[Entry],
        joining: list[int],
        nlp: Any,
    ) -> tuple[list[str], Sequence[Entry]] | None:
        """``_merge``'s chunks and their entries, from the pairs in ``joining`` alone: each
        run of chunks one space apart that holds such a pair becomes one chunk, the others
        stay as they are. Only the runs are walked and looked up again (``_merge`` walked every
        part of the text, and the second look-up every chunk: ~3x the cost of a text without
        such a pair, on one document in six of the replica stream)."""
        parts = WHITESPACE_RUNS.split(text)
        first = 0 if parts[0] else 2  # the parts index of chunk 0 ("" first: leading space)

        def one_space(k: int) -> bool:  # between chunks k and k + 1
            return parts[first + 2 * k + 1] == " "

        runs: list[tuple[int, int]] = []  # [start, stop) of the chunks joined into one
        for k in joining:
            if (runs and k + 1 < runs[-1][1]) or not one_space(k):
                continue  # inside the last run, or not one space apart: no join here
            start, stop = k, k + 2
            while start and one_space(start - 1):
                start -= 1
            while stop < len(chunks) and one_space(stop - 1):
                stop += 1
            runs.append((start, stop))
        if not runs:
            return chunks, entries
        joined = [" ".join(chunks[start:stop]) for start, stop in runs]
        new = self._lookup(joined, nlp)
        if new is None:
            return None
        out_chunks: list[str] = []
        out_entries: list[Entry] = []
        done = 0
        for (start, stop), chunk, entry in zip(runs, joined, new, strict=True):
            out_chunks += chunks[done:start]
            out_chunks.append(chunk)
            out_entries += entries[done:start]
            out_entries.append(entry)
            done = stop
        out_chunks += chunks[done:]
        out_entries += entries[done:]
        return out_chunks, out_entries

    def n_sentences(self, text: str, nlp: Any) -> int | None:
        """How many sentences spaCy's sentencizer finds in ``text``, or None (ask spaCy)."""
        if "IS_ALPHA" in text:
            return None
        # the chunks are the non-empty parts at even places of WHITESPACE_RUNS.split(text)
        chunks = text.split()
        entries = self._lookup(chunks, nlp)
        if entries is None:
            return None
        joins = self._may_join(entries)
        if not joins and " ".join(chunks) == text:
            # Single spaces between chunks (most of C4's stripped lines): no white-space token,
            # so the chunks' own steps are the count, without the regex split (~2x the time).
            return _count_sentences(entries)
        parts = WHITESPACE_RUNS.split(text)
        if joins:
            parts = self._merge(parts, dict(zip(chunks, entries, strict=True)))
            chunks = [part for part in parts[0::2] if part]
            entries = self._lookup(chunks, nlp)
            if entries is None:
                return None
        by_chunk = dict(zip(chunks, entries, strict=True))
        count = 1  # a text (even an empty one) is at least one sentence
        seen = False
        for i, part in enumerate(parts):
            if i % 2:
                # a run that is exactly one space after a chunk is no token; any other run is
                # white-space tokens, which end a sentence after a period
                if part != " " and seen:
                    count += 1
                    seen = False
            elif part:
                entry = by_chunk[part]
                if seen:
                    count += entry[5]
                    seen = entry[6]
                else:
                    count += entry[3]
                    seen = entry[4]
        return count

    def _may_join(self, entries: Sequence[Entry]) -> bool:
        """May some two neighbouring chunks form a special case (if one space apart)? Where
        none may, ``_merge`` would leave the text as it is, so it and a second look-up are
        skipped (most texts with a chunk ending in "." and one starting with "(" are such)."""
        may_join = self._reach.may_join  # type: ignore[union-attr]
        starts = list(map(_STARTS, entries))
        # few chunks may start a pattern's later token: only those are looked at
        for i in compress(range(1, len(starts)), starts[1:]):
            ends = entries[i - 1][1]
            if ends and may_join(ends, starts[i]):
                return True
        return False

    def _merge(self, parts: list[str], by_chunk: dict[str, Entry]) -> list[str]:
        """``parts`` (chunks and white-space runs, as ``WHITESPACE_RUNS.split`` gives them) with
        each run of chunks one space apart where two neighbours may form one special case joined
        into one part, which spaCy then tokenises whole: no special case spans another kind of
        white space, so the rest of the text stays chunk by chunk."""
        reach = self._reach
        assert reach is not None
        out: list[str] = []
        i = 0
        while i < len(parts):
            j = i
            joins = False
            while j + 2 < len(parts) and parts[j + 1] == " " and parts[j] and parts[j + 2]:
                ends, starts = by_chunk[parts[j]][1], by_chunk[parts[j + 2]][2]
                joins = joins or bool(ends and starts and reach.may_join(ends, starts))
                j += 2
            if joins:
                out.append("".join(parts[i : j + 1]))
            else:
                out += parts[i : j + 1]
            out += parts[j + 1 : j + 2]
            i = j + 2
        return out

    def _lookup(self, chunks: list[str], nlp: Any) -> Sequence[Entry] | None:
        if len(chunks) > 1:
            # most texts are all cached: one C loop over the chunks, stopped by the first miss
            try:
                return itemgetter(*chunks)(self._entries)
            except KeyError:
                pass
        entries: list[Entry | None] = list(map(self._entries.get, chunks))
        misses = list(compress(range(len(chunks)), map(not_, entries)))  # the Nones
        if not misses:
            return entries  # type: ignore[return-value]
        new = self._tokenize(list(dict.fromkeys(chunks[i] for i in misses)), nlp)
        if new is None:
            return None
        if len(self._entries) + len(new) > self.max_chunks:
            self._entries.clear()
        if len(new) <= self.max_chunks:
            self._entries.update(new)
        for i in misses:
            entries[i] = new[chunks[i]]
        return entries  # type: ignore[return-value]

    def _tokenize(self, chunks: list[str], nlp: Any) -> dict[str, Entry] | None:
        """Entries of new chunks: words, and words with one mark before or after them, where
        ``LetterTokens`` gives their tokens (most new chunks of web text: this skipped ~75% of
        spaCy's work on the replica stream); the others from one spaCy call."""
        from spacy.attrs import IS_PUNCT

        letter_tokens = self._letter_tokens
        if letter_tokens is None:
            return self._tokenize_with_spacy(chunks, nlp)
        reach = self._reach
        assert reach is not None
        punct_chars = nlp.get_pipe("sentencizer").punct_chars
        # the one lexeme attribute the sentencizer reads, as spaCy computes it for a new lexeme
        is_punct = nlp.vocab.lex_attr_getters.get(IS_PUNCT) or (lambda _: False)

        def kind(token: str) -> int:
            return _PERIOD if token in punct_chars else _PUNCT if is_punct(token) else _PLAIN

        new: dict[str, Entry] = {}
        others: list[str] = []
        for chunk in chunks:
            tokens = letter_tokens(chunk)
            if tokens is None:
                others.append(chunk)
            elif len(tokens) == 1:
                new[chunk] = _one_token_entry(chunk, kind(chunk), reach)
            else:
                new[chunk] = _tokens_entry(chunk, tokens, list(map(kind, tokens)), reach)
        if others:
            rest = self._tokenize_with_spacy(others, nlp)
            if rest is None:
                return None
            new.update(rest)
        return new

    def _tokenize_with_spacy(self, chunks: list[str], nlp: Any) -> dict[str, Entry] | None:
        """Entries of new chunks from one spaCy call on them joined by newlines (a newline is a
        white-space token, which no pattern of several tokens holds, so each chunk is tokenised
        as if alone)."""
        from spacy.attrs import IDX, IS_PUNCT, LENGTH

        joined = "\n".join(chunks)
        # In a memory zone spaCy frees the lexemes and strings this call creates: the entries
        # keep plain Python strings, so its vocabulary does not grow with the corpus.
        with nlp.memory_zone():
            try:
                doc = nlp.tokenizer(joined)
            except Exception:
                return None  # the caller's whole-text call fails or recovers as before
            # a token's text is its span of the string (a special case's pieces concatenate to
            # it); reading offsets and flags as an array spares a Python Token object per token
            rows = doc.to_array([IDX, LENGTH, IS_PUNCT]).tolist()
        punct_chars = nlp.get_pipe("sentencizer").punct_chars
        reach = self._reach
        assert reach is not None
        # The tokens of a chunk cover it exactly and follow one another in ``rows``; the rows
        # before a chunk's offset are the newline tokens between chunks. Most chunks are one
        # token, whose entry needs no list.
        new: dict[str, Entry] = {}
        row = 0
        offset = 0
        for chunk in chunks:
            while rows[row][0] < offset:
                row += 1
            start, length, is_punct = rows[row]
            row += 1
            size = len(chunk)
            if length == size:
                kind = _PERIOD if chunk in punct_chars else _PUNCT if is_punct else _PLAIN
                new[chunk] = _one_token_entry(chunk, kind, reach)
                offset += size + 1
                continue
            words, kinds = [], []
            while True:
                text = joined[start : start + length]
                words.append(text)
                kinds.append(_PERIOD if text in punct_chars else _PUNCT if is_punct else _PLAIN)
                if start + length - offset == size:
                    break
                start, length, is_punct = rows[row]
                row += 1
            new[chunk] = _tokens_entry(chunk, tuple(words), kinds, reach)
            offset += size + 1
        return new
