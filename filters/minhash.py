"""MinHash signatures and LSH band keys, vectorised with numpy over whole batches of documents.

Compatibility with datasketch, so a user can cross-check any signature: the permutations are
datasketch's own (``datasketch.MinHash(num_perm, seed, scheme="affine32"|"affine64")``: the same
``RandomState(seed)`` draws of odd ``a`` and ``b``, drawn here as datasketch draws them, since
importing datasketch, which imports scipy, cost each worker ~0.3 CPU s for these 2 × num_perm
integers; tested equal), the same MurmurHash3 pre-mix, the same ``a*h + b mod 2^w``). What
differs is only how a shingle becomes an integer, which datasketch
leaves to a pluggable ``hashfunc``: its default calls SHA-1 once per shingle in Python (about a
microsecond each, a third of the whole budget at 3,000 docs/s/core), while here the whole batch
is one array of code points, every token gets a polynomial hash over its code points and every
shingle a fold of its token hashes, all in numpy. ``MinHasher.shingle_hash`` computes that same
value for one shingle in plain Python, so
``datasketch.MinHash(num_perm, seed, hashfunc=hasher.shingle_hash, scheme=hasher.scheme)`` fed
with ``hasher.shingles(text, language)`` reproduces ``hasher.signatures(...)`` exactly (tested).

Shingles are word n-grams of the normalised text, or character n-grams (spaces ignored) for
scripts written without spaces (ja, zh, th, ...), chosen by the document's language or, when the
language is unknown, by whether most of its characters belong to such scripts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np

from filters.text import NO_SPACE_SCRIPT, SPACE, TextNormaliser, from_codepoints, to_codepoints

# Languages whose text has no spaces between words: word n-grams would be whole sentences.
DEFAULT_CHAR_LANGUAGES = ("ja", "zh", "th", "lo", "km", "my", "bo", "yue", "wuu")
UNKNOWN_LANGUAGES = (None, "", "und")

_MASK64 = (1 << 64) - 1
_POLY = 0x100000001B3  # odd, so invertible mod 2^64: token hashes need P^-start
_POLY_INV = pow(_POLY, -1, 1 << 64)
_TOKEN_MIX = 0xC2B2AE3D27D4EB4F  # mixes the token length into its hash
_FOLD = 0x9E3779B97F4A7C15  # odd multiplier of the shingle fold
_FMIX = {
    32: (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16),
    64: (33, 0xFF51AFD7ED558CCD, 33, 0xC4CEB9FE1A85EC53, 33),
}
# Shingles per permutation step: 112 × 8192 uint32 (3.5 MB) stays in cache; memory is bounded
# whatever the size of one document.
_CHUNK = 8192


def affine_permutations(num_perm: int, seed: int, bits: int) -> tuple[np.ndarray, np.ndarray]:
    """``datasketch.MinHash(num_perm, seed, scheme=f"affine{bits}").permutations``: odd ``a``
    and any ``b`` below ``2^bits``, in datasketch's order of draws from ``RandomState(seed)``."""
    dtype = np.uint32 if bits == 32 else np.uint64
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << (bits - 1), num_perm, dtype=dtype) * dtype(2) + dtype(1)
    b = gen.randint(0, 1 << bits, num_perm, dtype=dtype)
    return a, b


def fmix(values: np.ndarray, bits: int) -> np.ndarray:
    """MurmurHash3's finaliser over a uint array (wrapping arithmetic is the intended mod 2^w)."""
    dtype = np.uint32 if bits == 32 else np.uint64
    s1, m1, s2, m2, s3 = (dtype(c) for c in _FMIX[bits])
    values = values ^ (values >> s1)
    values = values * m1
    values = values ^ (values >> s2)
    values = values * m2
    return values ^ (values >> s3)


def _fmix64_int(value: int) -> int:
    s1, m1, s2, m2, s3 = _FMIX[64]
    value ^= value >> s1
    value = (value * m1) & _MASK64
    value ^= value >> s2
    value = (value * m2) & _MASK64
    return value ^ (value >> s3)


def optimal_bands_rows(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimising false positives + false negatives around ``threshold``.

    datasketch's own routine (equal weights), so the choice matches ``MinHashLSH(threshold)``.
    """
    from datasketch.lsh import _optimal_param

    bands, rows = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return int(bands), int(rows)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sorted arrays of unique shingle hashes."""
    if a.size == 0 and b.size == 0:
        return 1.0
    common = np.intersect1d(a, b, assume_unique=True).size
    return common / (a.size + b.size - common)


def similarity(a: np.ndarray, b: np.ndarray, method: str) -> float:
    """How alike two documents are: ``exact``, the Jaccard of their sorted unique shingle
    hashes; ``signature``, the share of equal values of their MinHash signatures (the unbiased
    estimate of that Jaccard, with a standard error of sqrt(J(1-J)/num_perm))."""
    if method == "exact":
        return jaccard(a, b)
    if method == "signature":
        return float(np.count_nonzero(a == b)) / a.size if a.size else 1.0
    raise ValueError(f"similarity method must be exact or signature, got {method!r}")


class _Powers:
    """P^i and P^-i mod 2^64 for i below the longest batch seen, grown on demand."""

    def __init__(self) -> None:
        self.up = np.ones(1, dtype=np.uint64)
        self.down = np.ones(1, dtype=np.uint64)

    def ensure(self, length: int) -> None:
        if self.up.size >= length:
            return
        size = max(length, 2 * self.up.size, 1 << 20)
        self.up = np.cumprod(np.full(size, _POLY, dtype=np.uint64)) * np.uint64(_POLY_INV)
        self.down = np.cumprod(np.full(size, _POLY_INV, dtype=np.uint64)) * np.uint64(_POLY)


class _Tokens:
    """The tokens of a batch: hashes, owning document, and where they sit in the code points."""

    def __init__(self, hashes, doc, starts, ends, codepoints, char_mode):
        self.hashes = hashes
        self.doc = doc
        self.starts = starts
        self.ends = ends
        self.codepoints = codepoints
        self.char_mode = char_mode


class MinHasher:
    """Shingling, signatures and band keys with one fixed configuration.

    Pickles cheaply (the permutations are 2 × num_perm integers; the power tables are rebuilt
    per worker).
    """

    def __init__(
        self,
        *,
        num_perm: int = 112,
        ngram_size: int = 5,
        char_ngram_size: int = 5,
        hash_bits: Literal[32, 64] = 32,
        seed: int = 1,
        char_languages: Sequence[str] = DEFAULT_CHAR_LANGUAGES,
        normaliser: TextNormaliser | None = None,
    ):
        if hash_bits not in (32, 64):
            raise ValueError(f"hash_bits must be 32 or 64, got {hash_bits}")
        self.num_perm = num_perm
        self.ngram_size = ngram_size
        self.char_ngram_size = char_ngram_size
        self.hash_bits = hash_bits
        self.seed = seed
        self.scheme = f"affine{hash_bits}"
        self.char_languages = frozenset(char_languages)
        self.normaliser = normaliser or TextNormaliser()
        perm_a, perm_b = affine_permutations(num_perm, seed, hash_bits)
        self._dtype = np.uint32 if hash_bits == 32 else np.uint64
        self._a = np.ascontiguousarray(perm_a, dtype=self._dtype)[:, None]
        self._b = np.ascontiguousarray(perm_b, dtype=self._dtype)[:, None]
        self._powers = _Powers()

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_powers"] = _Powers()
        return state

    # ----- tokens ------------------------------------------------------------------------------

    def _char_mode(self, languages, flags, lengths) -> np.ndarray:
        """Per document: character shingles by language, or by script when it is unknown."""
        by_language = np.array([lang in self.char_languages for lang in languages], dtype=bool)
        unknown = np.array([lang in UNKNOWN_LANGUAGES for lang in languages], dtype=bool)
        if not unknown.any():
            return by_language
        bounds = np.minimum(np.concatenate([[0], np.cumsum(lengths + 1)]), flags.size)
        visible = np.concatenate([[0], np.cumsum((flags & SPACE) == 0)])[bounds]
        no_space = np.concatenate([[0], np.cumsum((flags & NO_SPACE_SCRIPT) != 0)])[bounds]
        letters, scripted = np.diff(visible), np.diff(no_space)
        return by_language | (unknown & (2 * scripted > letters) & (letters > 0))

    def _tokens(
        self, texts: Sequence[str], languages: Sequence[str | None], by_script: bool = False
    ) -> _Tokens:
        """Tokenise and hash a whole batch at once, on one array of code points.

        Documents are joined with a space, so no token crosses a boundary. ``by_script``: every
        character of an unspaced script is a token and other text is split into words, whatever
        the document's mode (decontamination finds English text inside Japanese pages). A
        token's hash is ``fmix64(poly * M + length)`` with ``poly = sum(cp_j * P^j)``, computed
        for all tokens by one ``reduceat`` of ``cp_i * P^i`` rescaled by ``P^-start``.
        """
        prepared = [self.normaliser.prepare(text) for text in texts]
        lengths = np.array([len(p) for p in prepared], dtype=np.int64)
        codepoints, flags = self.normaliser.map_codepoints(to_codepoints(" ".join(prepared)))
        n_docs = len(prepared)
        cp_doc = np.repeat(np.arange(n_docs), lengths + 1)[: codepoints.size]
        char_mode = self._char_mode(languages, flags, lengths)
        is_tok = (flags & SPACE) == 0
        if not is_tok.any():
            empty = np.zeros(0, dtype=np.int64)
            return _Tokens(empty.astype(np.uint64), empty, empty, empty, codepoints, char_mode)
        single = is_tok & ((flags & NO_SPACE_SCRIPT != 0) if by_script else char_mode[cp_doc])
        prev_tok = np.concatenate([[False], is_tok[:-1]])
        start_flag = is_tok & (~prev_tok | single)
        next_start = np.concatenate([start_flag[1:], [True]])
        next_tok = np.concatenate([is_tok[1:], [False]])
        end_flag = is_tok & (~next_tok | next_start)
        starts = np.flatnonzero(start_flag)
        ends = np.flatnonzero(end_flag) + 1
        self._powers.ensure(codepoints.size)
        weighted = codepoints.astype(np.uint64) * is_tok * self._powers.up[: codepoints.size]
        poly = np.add.reduceat(weighted, starts) * self._powers.down[starts]
        length = (ends - starts).astype(np.uint64)
        hashes = fmix(poly * np.uint64(_TOKEN_MIX) + length, 64)
        return _Tokens(hashes, cp_doc[starts], starts, ends, codepoints, char_mode)

    def _ngram_sizes(self, char_mode: np.ndarray) -> np.ndarray:
        return np.where(char_mode, self.char_ngram_size, self.ngram_size)

    def _shingle_hashes(
        self, texts: Sequence[str], languages: Sequence[str | None] | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """All shingle hashes of a batch and the document of each (sorted by document).

        A document shorter than its n-gram size is one shingle of all its tokens, as in
        datatrove and text-dedup; a document without tokens has no shingles.
        """
        languages = list(languages) if languages is not None else [None] * len(texts)
        tokens = self._tokens(texts, languages)
        counts = np.bincount(tokens.doc, minlength=len(texts))
        width = np.minimum(self._ngram_sizes(tokens.char_mode), counts)
        first = np.concatenate([[0], np.cumsum(counts)[:-1]])
        position = np.arange(tokens.hashes.size) - first[tokens.doc]
        shingle_starts = np.flatnonzero(position <= (counts - width)[tokens.doc])
        shingle_doc = tokens.doc[shingle_starts]
        shingle_width = width[shingle_doc]
        acc = np.zeros(shingle_starts.size, dtype=np.uint64)
        last = tokens.hashes.size - 1
        for k in range(int(shingle_width.max(initial=0))):
            column = tokens.hashes[np.minimum(shingle_starts + k, last)]
            acc = np.where(k < shingle_width, acc * np.uint64(_FOLD) + column, acc)
        mixed = fmix(acc, 64)
        if self.hash_bits == 32:
            mixed = (mixed >> np.uint64(32)).astype(np.uint32)
        return mixed, shingle_doc

    # ----- public API ------------------------------------------------------------------------

    def shingles(self, text: str, language: str | None = None) -> list[tuple[str, ...]]:
        """The shingles of one document as token tuples (to feed datasketch for a cross-check)."""
        tokens = self._tokens([text], [language])
        words = [
            from_codepoints(tokens.codepoints[s:e])
            for s, e in zip(tokens.starts, tokens.ends, strict=True)
        ]
        n = int(self._ngram_sizes(tokens.char_mode)[0])
        if len(words) <= n:
            return [tuple(words)] if words else []
        return [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]

    def character_shingled(
        self, texts: Sequence[str], languages: Sequence[str | None]
    ) -> np.ndarray:
        """Per document: whether it is shingled by characters (its language, else its script)."""
        prepared = [self.normaliser.prepare(text) for text in texts]
        lengths = np.array([len(p) for p in prepared], dtype=np.int64)
        _, flags = self.normaliser.map_codepoints(to_codepoints(" ".join(prepared)))
        return self._char_mode(list(languages), flags, lengths)

    def shingle_hash(self, shingle: Sequence[str]) -> int:
        """The integer one shingle hashes to: the ``hashfunc`` to give datasketch to cross-check."""
        acc = 0
        for token in shingle:
            poly = 0
            for j, char in enumerate(token):
                poly = (poly + ord(char) * pow(_POLY, j, 1 << 64)) & _MASK64
            token_value = _fmix64_int((poly * _TOKEN_MIX + len(token)) & _MASK64)
            acc = (acc * _FOLD + token_value) & _MASK64
        mixed = _fmix64_int(acc)
        return mixed if self.hash_bits == 64 else mixed >> 32

    def signatures(
        self, texts: Sequence[str], languages: Sequence[str | None] | None = None
    ) -> np.ndarray:
        """(len(texts), num_perm) MinHash signatures; a document without tokens gets all-max.

        The permutation step runs on fixed-size chunks of shingles in (perm × shingle) layout,
        which keeps the temporaries in cache; a document spanning chunks is min-combined.
        """
        hashes, shingle_doc = self._shingle_hashes(texts, languages)
        hashes = fmix(hashes, self.hash_bits)
        sigs = np.full((len(texts), self.num_perm), np.iinfo(self._dtype).max, dtype=self._dtype)
        buffer = np.empty((self.num_perm, _CHUNK), dtype=self._dtype)
        for begin in range(0, hashes.size, _CHUNK):
            chunk = hashes[begin : begin + _CHUNK]
            docs = shingle_doc[begin : begin + _CHUNK]
            bounds = np.concatenate([[0], np.flatnonzero(docs[1:] != docs[:-1]) + 1])
            permuted = buffer[:, : chunk.size]
            np.multiply(self._a, chunk[None, :], out=permuted)
            np.add(permuted, self._b, out=permuted)
            mins = np.minimum.reduceat(permuted, bounds, axis=1).T
            owners = docs[bounds]
            sigs[owners] = np.minimum(sigs[owners], mins)
        return sigs

    def shingle_sets(
        self, texts: Sequence[str], languages: Sequence[str | None] | None = None
    ) -> list[np.ndarray]:
        """Sorted unique shingle hashes per document: what an exact Jaccard check compares."""
        hashes, shingle_doc = self._shingle_hashes(texts, languages)
        bounds = np.searchsorted(shingle_doc, np.arange(len(texts) + 1))
        return [np.unique(hashes[bounds[d] : bounds[d + 1]]) for d in range(len(texts))]


def band_keys(signatures: np.ndarray, num_bands: int, rows_per_band: int) -> np.ndarray:
    """(n_docs, num_bands) uint64 bucket keys: one hash of each band's rows, salted by band."""
    n_docs = signatures.shape[0]
    needed = num_bands * rows_per_band
    if signatures.shape[1] < needed:
        raise ValueError(f"signatures have {signatures.shape[1]} values, bands need {needed}")
    bands = signatures[:, :needed].astype(np.uint64).reshape(n_docs, num_bands, rows_per_band)
    acc = np.broadcast_to(np.arange(1, num_bands + 1, dtype=np.uint64), (n_docs, num_bands))
    for row in range(rows_per_band):
        acc = acc * np.uint64(_FOLD) + bands[:, :, row]
    return fmix(acc, 64)
