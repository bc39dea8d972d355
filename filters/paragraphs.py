"""Paragraph-level dedup across documents, the per-document half: split, normalise, hash, apply.

Boilerplate that survives extraction (cookie banners, navigation, legal footers, forum signatures,
templated product text) repeats verbatim across many documents of a crawl, so, as CCNet and Dolma
do, a paragraph found in at least ``min_count`` documents is kept in one of them (the survivor:
the smallest rank, by default the smallest id) and removed from all the others. Counting is the
Beam half (``pipelines/paragraph_dedup.py``); this module only describes one document
(``ParagraphHasher.occurrences``) and rewrites it once the decision is known (``apply``).

A paragraph is a line (``text.split("\\n")``): extractors and dump readers put one block per
line. Lines are compared after the dedup normalisation (case, punctuation, digits, NFKC,
whitespace; ``filters.text``), so "© 2023 Example GmbH" and "© 2024 Example GmbH." are the same
footer. Lines whose normalised form is shorter than ``min_chars`` are never removed: a short
heading ("References", "See also") recurs in every page of a site and is part of its text.
A paragraph repeated inside one document counts once; that is the quality stage's business
(Gopher's duplicate-paragraph rules).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from filters.text import TextNormaliser, from_codepoints, to_codepoints

# Characters of a removed paragraph shown in the report.
PREFIX_CHARS = 80
# Defaults of stages.paragraph_dedup (docs/dedup.md has the measurements behind them).
PARAGRAPH_MIN_CHARS = 20
PARAGRAPH_MIN_COUNT = 3


# (key, lines, n_bytes, n_words): an ``Occurrence`` without its prefix; the key is its hash as
# a signed 64-bit int, which Beam encodes as a varint (an int from 2**63 up would be pickled by
# Beam's default coder, and overflow the VarIntCoder that Beam 2.78 picks where a hint says int).
Paragraph = tuple[int, tuple[int, ...], int, int]
_HASH_MASK = (1 << 64) - 1


def unsigned(key: int) -> int:
    """A paragraph key as its (unsigned) hash, ``Occurrence.hash``."""
    return key & _HASH_MASK


@dataclass(frozen=True)
class Occurrence:
    """One distinct paragraph of a document: its hash and where it is, what removing it costs."""

    hash: int  # 64-bit hash of the normalised paragraph
    lines: tuple[int, ...]  # indices in text.split("\n") of every line with this hash
    n_bytes: int  # UTF-8 bytes the removal takes out (lines and their newlines)
    n_words: int  # whitespace words the removal takes out
    prefix: str  # the first PREFIX_CHARS characters of its first line, for reports


@dataclass(frozen=True)
class Decision:
    """What paragraph dedup does to one document: lines to remove, or the whole document."""

    id: str
    lines: tuple[int, ...]  # sorted line indices to remove
    n_bytes: int
    n_words: int
    drop: bool  # too few words would be left: reject the document (filter mode)


def line_words(line: str) -> int:
    return len(line.split())


class ParagraphHasher:
    """The distinct long-enough paragraphs of a document, hashed after normalisation."""

    def __init__(
        self, normaliser: TextNormaliser | None = None, min_chars: int = PARAGRAPH_MIN_CHARS
    ):
        self.normaliser = normaliser or TextNormaliser()
        self.min_chars = min_chars

    def normalised_lines(self, text: str) -> list[str]:
        """The normalised form of every line of ``text`` (same count as ``text.split("\\n")``)."""
        return [" ".join(line.split()) for line in self._mapped_lines(text, text.split("\n"))]

    def _mapped_lines(self, text: str, raw: list[str]) -> list[str]:
        """Every line of ``text`` normalised but for the collapsing of whitespace.

        The whole text is normalised at once (the code-point mapping costs one numpy call per
        document, not per line); none of its steps creates or removes a newline, which is
        checked, with a line-by-line fallback should a future step ever do so.
        """
        codepoints, _ = self.normaliser.map_codepoints(to_codepoints(self.normaliser.prepare(text)))
        lines = from_codepoints(codepoints).split("\n")
        if len(lines) != len(raw):
            return [self.normaliser(line) for line in raw]
        return lines

    def paragraphs(self, text: str) -> list[Paragraph]:
        """``(key, lines, n_bytes, n_words)`` of every distinct paragraph of at least
        ``min_chars`` normalised characters, in order of first line: the fields of an
        ``Occurrence`` but its prefix, as plain ints and tuples, which Beam encodes without
        pickling (one per paragraph of every web document crosses the counting)."""
        raw = text.split("\n")
        found: dict[bytes, list[int]] = {}
        min_chars = self.min_chars
        for index, line in enumerate(self._mapped_lines(text, raw)):
            if len(line) < min_chars:  # collapsing whitespace only shortens a line
                continue
            line = " ".join(line.split())
            if len(line) >= min_chars:
                digest = hashlib.blake2b(line.encode("utf-8", "surrogatepass"), digest_size=8)
                found.setdefault(digest.digest(), []).append(index)
        paragraphs = []
        for digest, lines in found.items():
            n_bytes = n_words = 0
            for i in lines:
                n_bytes += len(raw[i].encode("utf-8", "surrogatepass")) + 1
                n_words += line_words(raw[i])
            key = int.from_bytes(digest, "little", signed=True)
            paragraphs.append((key, tuple(lines), n_bytes, n_words))
        return paragraphs

    def occurrences(self, text: str) -> list[Occurrence]:
        """One entry per distinct paragraph of at least ``min_chars`` normalised characters."""
        raw = text.split("\n")
        return [
            Occurrence(unsigned(key), lines, n_bytes, n_words, raw[lines[0]].strip()[:PREFIX_CHARS])
            for key, lines, n_bytes, n_words in self.paragraphs(text)
        ]


def decide(
    doc_id: str, removals: Iterable[Occurrence], doc_words: int, min_doc_words: int
) -> Decision:
    """The decision for one document from the repeated paragraphs it does not keep."""
    removals = list(removals)
    lines = tuple(sorted(i for r in removals for i in r.lines))
    n_words = sum(r.n_words for r in removals)
    return Decision(
        id=doc_id,
        lines=lines,
        n_bytes=sum(r.n_bytes for r in removals),
        n_words=n_words,
        drop=doc_words - n_words < min_doc_words,
    )


def remove_lines(text: str, lines: Iterable[int]) -> str:
    """``text`` without the given lines; blank lines that a removal leaves next to each other
    collapse into one, and none is left at either end, so no gap marks where boilerplate was."""
    drop = set(lines)
    kept: list[str] = []
    removed_since_kept = False
    for index, line in enumerate(text.split("\n")):
        if index in drop:
            removed_since_kept = True
            continue
        blank = not line.strip()
        if blank and removed_since_kept and (not kept or not kept[-1].strip()):
            continue
        if not blank:
            removed_since_kept = False
        kept.append(line)
    while removed_since_kept and kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept)


def decisions_in_memory(
    docs: Iterable[tuple[str, str, Any]],
    hasher: ParagraphHasher,
    min_count: int,
    min_doc_words: int,
) -> dict[str, Decision]:
    """Every decision for an in-memory collection of ``(id, text, rank)``, the smallest rank
    surviving: what ``pipelines.paragraph_dedup.ParagraphDedup`` computes on Beam, for
    notebooks, measurements and as the reference the Beam transform is tested against."""
    holders: dict[int, list[tuple[Any, str, Occurrence]]] = {}
    words: dict[str, int] = {}
    for doc_id, text, rank in docs:
        words[doc_id] = line_words(text)
        for occurrence in hasher.occurrences(text):
            holders.setdefault(occurrence.hash, []).append((rank, doc_id, occurrence))
    removals: dict[str, list[Occurrence]] = {}
    for members in holders.values():
        if len(members) < min_count:
            continue
        survivor = min(members, key=lambda m: m[0])[1]
        for _, doc_id, occurrence in members:
            if doc_id != survivor:
                removals.setdefault(doc_id, []).append(occurrence)
    return {
        doc_id: decide(doc_id, found, words[doc_id], min_doc_words)
        for doc_id, found in removals.items()
    }
