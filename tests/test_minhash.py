"""MinHash signatures: datasketch compatibility, batch independence, shingling choices."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH
from hypothesis import given, settings
from hypothesis import strategies as st

from filters.minhash import (
    MinHasher,
    affine_permutations,
    band_keys,
    jaccard,
    optimal_bands_rows,
    similarity,
)
from filters.text import TextNormaliser

EN = "The committee met on 12 March 2021 and approved the budget for the new library building."
JA = "東京都は日本の首都であり、世界有数の大都市である。人口は約千四百万人。"
TH = "ประเทศไทยมีกรุงเทพมหานครเป็นเมืองหลวงและเป็นเมืองที่ใหญ่ที่สุด"


@pytest.mark.parametrize("bits", [32, 64])
@pytest.mark.parametrize(
    ("text", "language"),
    [(EN, "en"), (JA, "ja"), (JA, "und"), (TH, "th"), ("two words", "en"), ("", "en")],
)
def test_signature_equals_datasketch(bits: int, text: str, language: str) -> None:
    """Same permutations and pre-mix as datasketch: feeding it our shingles gives our signature."""
    hasher = MinHasher(num_perm=112, seed=7, hash_bits=bits)
    ours = hasher.signatures([text], [language])[0]
    reference = MinHash(num_perm=112, seed=7, hashfunc=hasher.shingle_hash, scheme=f"affine{bits}")
    reference.update_batch(hasher.shingles(text, language))
    assert ours.dtype == reference.hashvalues.dtype
    assert np.array_equal(ours, reference.hashvalues)


@pytest.mark.parametrize("bits", [32, 64])
@pytest.mark.parametrize(("num_perm", "seed"), [(1, 0), (112, 7), (125, 1), (256, 42), (9, 2**31)])
def test_permutations_are_datasketchs(bits: int, num_perm: int, seed: int) -> None:
    """Drawn here without importing datasketch (scipy), yet the very same a and b."""
    a, b = affine_permutations(num_perm, seed, bits)
    ref_a, ref_b = MinHash(num_perm=num_perm, seed=seed, scheme=f"affine{bits}").permutations
    assert a.dtype == ref_a.dtype and b.dtype == ref_b.dtype
    assert np.array_equal(a, ref_a) and np.array_equal(b, ref_b)


def test_hasher_does_not_import_datasketch() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[1])  # this checkout's filters, not an install
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}
    code = (
        "import sys; from filters.minhash import MinHasher; MinHasher(num_perm=125, seed=1)"
        ".signatures(['a b c d e f'], ['en']); print('datasketch' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert found.stdout.strip() == "False"


words = st.text(alphabet="abcdefghij", min_size=1, max_size=6)
docs = st.lists(words, min_size=0, max_size=30).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(st.lists(docs, min_size=1, max_size=8), st.integers(min_value=1, max_value=6))
def test_batch_does_not_change_signatures(texts: list[str], ngram: int) -> None:
    """A document's signature does not depend on the batch it was computed in."""
    hasher = MinHasher(num_perm=16, ngram_size=ngram)
    together = hasher.signatures(texts)
    alone = np.stack([hasher.signatures([t])[0] for t in texts])
    assert np.array_equal(together, alone)


def test_normalisation_steps_are_switchable() -> None:
    text = "Hello,  WORLD!  It’s 2024…"
    assert TextNormaliser()(text) == "hello world it s 0000"
    assert TextNormaliser(lowercase=False)(text) == "Hello WORLD It s 0000"
    assert TextNormaliser(digits=False)(text) == "hello world it s 2024"
    assert TextNormaliser(punctuation=False)(text) == "hello, world! it’s 0000..."
    assert TextNormaliser(unicode_nfkc=False, punctuation=False)(text).endswith("0000…")


def test_character_shingles_for_unspaced_scripts() -> None:
    hasher = MinHasher(char_ngram_size=3)
    assert hasher.shingles(JA, "ja")[0] == ("東", "京", "都")
    assert hasher.shingles(JA, "und")[0] == ("東", "京", "都")  # decided by script
    assert len(hasher.shingles(EN, "und")[0]) == 5  # Latin text: word 5-grams
    assert len(hasher.shingles(JA, "en")) == 1  # the language decides when known: 3 "words"


def _word(i: int, prefix: str) -> str:
    """Digit-free distinct words (digits would all normalise to 0)."""
    return prefix + "".join(chr(ord("a") + int(d)) for d in str(i))


def test_near_duplicates_are_similar_and_others_are_not() -> None:
    hasher = MinHasher()
    base = " ".join(_word(i, "w") for i in range(300))
    edited = base.replace(_word(150, "w"), "changed")
    other = " ".join(_word(i, "t") for i in range(300))
    sigs = hasher.signatures([base, edited, other])
    assert np.mean(sigs[0] == sigs[1]) > 0.9
    assert np.mean(sigs[0] == sigs[2]) < 0.05
    sets = hasher.shingle_sets([base, edited])
    assert jaccard(sets[0], sets[1]) == pytest.approx(291 / 301)


def test_band_keys_match_only_on_equal_bands() -> None:
    sigs = np.arange(2 * 112, dtype=np.uint32).reshape(2, 112)
    sigs[1, :8] = sigs[0, :8]  # only band 0 equal
    keys = band_keys(sigs, 14, 8)
    assert keys.shape == (2, 14)
    assert keys[0, 0] == keys[1, 0]
    assert (keys[0, 1:] != keys[1, 1:]).all()
    same_rows_other_band = band_keys(np.tile(sigs[:1, :8], (1, 14)), 14, 8)[0]
    assert len(set(same_rows_other_band.tolist())) == 14  # salted by band index


def test_optimal_parameters_are_datasketchs() -> None:
    lsh = MinHashLSH(threshold=0.8, num_perm=112)
    assert optimal_bands_rows(0.8, 112) == (lsh.b, lsh.r)


def test_character_shingled_by_language_or_script() -> None:
    hasher = MinHasher()
    flags = hasher.character_shingled([JA, JA, EN, JA, TH], ["ja", "und", "und", "en", None])
    assert flags.tolist() == [True, True, False, False, True]


def test_similarity_exact_and_signature() -> None:
    hasher = MinHasher(num_perm=256)
    base = " ".join(_word(i, "w") for i in range(400))
    edited = (
        " ".join(_word(i, "w") for i in range(300))
        + " "
        + " ".join(_word(i, "t") for i in range(100))
    )
    sets = hasher.shingle_sets([base, edited])
    exact = similarity(sets[0], sets[1], "exact")
    assert exact == pytest.approx(jaccard(sets[0], sets[1]))
    sigs = hasher.signatures([base, edited])
    estimate = similarity(sigs[0], sigs[1], "signature")
    assert estimate == np.mean(sigs[0] == sigs[1])
    assert abs(estimate - exact) < 4 * np.sqrt(exact * (1 - exact) / 256)  # 4 standard errors
    with pytest.raises(ValueError, match="exact or signature"):
        similarity(sets[0], sets[1], "cosine")
