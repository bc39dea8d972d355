"""Proof, from a spaCy tokenizer's own expressions, that it leaves every all-letter chunk whole.

Why: the quality stage's chunk cache (``filters.spacy_chunks``) sends each white-space chunk it
has not seen to spaCy, and on the replica benchmark most of those are plain words (copy 0's
vocabulary, then one changed word per paragraph in each later copy): ~55% of the chunks spaCy
splits there are ``str.isalpha``, and each costs spaCy three regular-expression searches, a
lexeme and a ``Doc`` slot for an answer that is the chunk itself. Where this module proves that
answer for the tokenizer at hand, the cache writes those chunks' entries without spaCy.

What spaCy does with a chunk that is not a special case (``Tokenizer._split_affixes`` and
``_attach_tokens`` in spaCy 3): it strips prefixes and suffixes while ``find_prefix`` or
``find_suffix`` gives a non-zero length, then splits what is left at every ``find_infix`` match
(an empty match too, except one at position 0), unless ``token_match``/``url_match`` accepts it
(which only ever keeps it whole). So a chunk stays one token when no prefix or suffix expression
can match a non-empty string of its characters and no infix expression can match anywhere among
them. ``letters_stay_whole`` checks exactly that for the set of all ``str.isalpha`` characters
on the parsed expressions (``re._parser``): a node matches a character when its class meets the
set (tested with ``re`` itself on a string of every letter), a sequence when each part can, a
branch when one can, a repeat when its minimum count can; look-arounds, anchors and word
boundaries are assumed to hold whenever their own content can match letters. Every assumption
errs towards "may split", so a ``True`` is a proof and a ``False`` only costs the fast path.
Unknown constructs, flags that change what a class matches (IGNORECASE, ASCII, LOCALE), back
references and callables that are not compiled ``re`` patterns all give ``False``.

``LetterTokens`` then gives the tokens of the chunks spaCy would split most often after plain
words (~60% of the rest on the replica stream): a word with one character before or after it
(``word,``, ``word.``, ``(word``). It runs spaCy's own steps for that shape, with spaCy's own
``find_prefix``/``find_suffix`` on the chunk; the word left over is then whole by the proof.
Every other outcome (a special case, ``token_match``, an affix longer than one character, two
tokens that are neighbours in a special case's pattern) is left to spaCy.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from functools import cache
from typing import Any

# Flags under which a parsed class no longer means what its items say.
_CLASS_FLAGS = re.IGNORECASE | re.ASCII | re.LOCALE
_CATEGORY_CLASSES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


class Unprovable(Exception):
    """An expression this module cannot reason about: the fast path stays off."""


@cache
def _letters() -> str:
    """Every character ``str.isalpha`` accepts, once (~130,000 of them, ~50 ms)."""
    return "".join(filter(str.isalpha, map(chr, range(0x110000))))


@cache
def _class_meets_letters(items: str, negated: bool) -> bool:
    """Does the character class ``[items]`` (``[^items]``) hold a letter?"""
    return re.search(f"[{'^' if negated else ''}{items}]", _letters()) is not None


def _class_item(op: Any, av: Any) -> str:
    if op is sre.LITERAL:
        return f"\\U{av:08x}"
    if op is sre.RANGE:
        return f"\\U{av[0]:08x}-\\U{av[1]:08x}"
    if op is sre.CATEGORY and av in _CATEGORY_CLASSES:
        return _CATEGORY_CLASSES[av]
    raise Unprovable(f"class item {op} {av}")


def _char_meets_letters(op: Any, av: Any) -> bool:
    """Can this one-character node match some letter?"""
    if op is sre.LITERAL:
        return chr(av).isalpha()
    if op is sre.NOT_LITERAL or op is sre.ANY:
        return True  # every letter but at most one
    if op is sre.CATEGORY:
        return _class_meets_letters(_class_item(op, av), False)
    # IN: a list of items, first perhaps NEGATE
    negated = bool(av) and av[0][0] is sre.NEGATE
    items = av[1:] if negated else av
    return _class_meets_letters("".join(_class_item(o, a) for o, a in items), negated)


def _can_match(pattern: Any) -> tuple[bool, bool]:
    """(can match somewhere in a string of letters, can match a non-empty part of one)."""
    possible, nonempty = True, False
    for op, av in pattern:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN, sre.CATEGORY):
            node = (_char_meets_letters(op, av), True)
        elif op is sre.BRANCH:
            alternatives = [_can_match(branch) for branch in av[1]]
            node = (
                any(p for p, _ in alternatives),
                any(p and n for p, n in alternatives),
            )
        elif op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & _CLASS_FLAGS:
                raise Unprovable(f"flags {add_flags}")
            node = _can_match(sub)
        elif op is sre.ATOMIC_GROUP:
            node = _can_match(av)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            inner_possible, inner_nonempty = _can_match(sub)
            node = (low == 0 or inner_possible, high > 0 and inner_possible and inner_nonempty)
        elif op is sre.ASSERT:
            node = (_can_match(av[1])[0], False)
        elif op in (sre.ASSERT_NOT, sre.AT):
            node = (True, False)
        else:
            raise Unprovable(f"node {op}")
        possible = possible and node[0]
        nonempty = nonempty or node[1]
    return possible, possible and nonempty


def _pattern(function: Any) -> re.Pattern[str] | None:
    """The compiled expression behind spaCy's ``prefix_search`` & co (bound methods of one)."""
    if function is None:
        return None
    owner = getattr(function, "__self__", None)
    if not isinstance(owner, re.Pattern) or not isinstance(owner.pattern, str):
        raise Unprovable(f"not a compiled pattern: {function!r}")
    if owner.flags & _CLASS_FLAGS:
        raise Unprovable(f"flags {owner.flags}")
    return owner


def _matches_letters(function: Any, nonempty: bool) -> bool:
    pattern = _pattern(function)
    if pattern is None:
        return False
    possible, consumes = _can_match(sre_parse.parse(pattern.pattern, pattern.flags))
    return consumes if nonempty else possible


def letters_stay_whole(tokenizer: Any) -> bool:
    """True when, as proved above, ``tokenizer`` makes every ``str.isalpha`` chunk that is not
    one of its special-case rules exactly one token, the chunk itself."""
    try:
        return not (
            _matches_letters(tokenizer.prefix_search, nonempty=True)
            or _matches_letters(tokenizer.suffix_search, nonempty=True)
            or _matches_letters(tokenizer.infix_finditer, nonempty=False)
        )
    except Unprovable:
        return False


class LetterTokens:
    """spaCy's tokens of a chunk that is a word (all letters), or one character and a word, or a
    word and one character; ``None`` for any other chunk or any step off that path.

    For ``tokenizer`` where ``letters_stay_whole`` holds; ``pairs`` are the neighbouring tokens
    of the special-case patterns (``SpecialReach.pairs``): two such tokens in one chunk could be
    re-joined by spaCy's special-case matcher, so those chunks go to spaCy.
    """

    def __init__(self, tokenizer: Any, pairs: frozenset[tuple[str, str]]):
        self.rules = tokenizer.rules
        self.pairs = pairs
        self.find_prefix = tokenizer.find_prefix
        self.find_suffix = tokenizer.find_suffix
        self.token_match = tokenizer.token_match

    def __call__(self, chunk: str) -> tuple[str, ...] | None:
        rules = self.rules
        if chunk in rules:
            return None
        if chunk.isalpha():
            return (chunk,)
        if len(chunk) < 2 or (self.token_match is not None and self.token_match(chunk)):
            return None
        # spaCy's _split_affixes: a prefix is looked for first, then a suffix after it
        if chunk[:-1].isalpha():
            word, mark = chunk[:-1], chunk[-1]
            if self.find_prefix(chunk) != 0 or self.find_suffix(chunk) != 1:
                return None
            tokens = (word, mark)
        elif chunk[1:].isalpha():
            mark, word = chunk[0], chunk[1:]
            # after the prefix, spaCy looks for a suffix of the word: none, by the proof
            if self.find_prefix(chunk) != 1:
                return None
            tokens = (mark, word)
        else:
            return None
        # the word stays whole (the proof) unless it is a special case itself (spaCy then stops
        # at it); the mark is one character, one token unless it is a special case
        if word in rules or mark in rules or tokens in self.pairs:
            return None
        return tokens
