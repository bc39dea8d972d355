"""The langid stage on real sentences (tests/data/langid, from lingua-py's test data).

Both backends are deterministic, so predictions on these sentences are asserted exactly where the
model is sure, and by majority where the sentence set itself holds a known confusion. The tests of
lid.176's own label quirks pin ``backend="fasttext"``; tests/test_langid_backends.py covers
heliport, the code normalisation and script subtags.
"""

from __future__ import annotations

import pickle
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from filters.base import KEEP, Verdict
from filters.langid import (
    BELOW_THRESHOLD,
    NOT_ALLOWED,
    LanguageId,
    normalize_language_code,
    sample_text,
)
from tests.conftest import ROOT, TEST_DATA

SENTENCES = TEST_DATA / "langid"
# Languages whose five test sentences lid.176 gets all right.
CLEAR = ["en", "de", "fr", "es", "ru", "ja", "ar", "hi", "el", "id", "sl"]
HBS = ["bs", "hr", "sr"]


def sentences(language: str) -> list[str]:
    return (SENTENCES / f"{language}.txt").read_text(encoding="utf-8").splitlines()


def docs_of(texts: list[str]) -> list[dict]:
    return [{"text": text} for text in texts]


def fasttext(**kwargs) -> LanguageId:
    """The stage on the bundled lid.176 (the tests of its label quirks)."""
    return LanguageId(backend="fasttext", **kwargs)


@pytest.fixture(scope="module")
def plain() -> LanguageId:
    lid = fasttext(min_score=0.0, restrict_to_languages=False)
    lid.setup()
    return lid


@pytest.fixture(scope="module")
def heliport() -> LanguageId:
    lid = LanguageId(backend="heliport", min_score=0.0, restrict_to_languages=False)
    lid.setup()
    return lid


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("__label__en", "en"),
        ("__label__eng_Latn", "en"),
        ("eng", "en"),
        ("ger", "de"),
        ("  EN ", "en"),
        ("zh-Hans", "zh"),
        ("pt_BR", "pt"),
        ("sr-Latn", "sr-Latn"),
        ("srp_Latn", "sr-Latn"),
        ("srp_Cyrl", "sr"),
        ("sr-Cyrl", "sr"),
        ("uzn_Cyrl", "uz-Cyrl"),
        ("pnb_Arab", "pnb"),
        ("zh-Hant", "zh"),
        ("cmn_Hani", "zh"),
        ("zsm_Latn", "ms"),
        ("nob_Latn", "nb"),
        ("nno_Latn", "nn"),
        ("no", "nb"),
        ("__label__no", "nb"),
        ("nor", "nb"),
        ("iw", "he"),
        ("in", "id"),
        ("ji", "yi"),
        ("jw", "jv"),
        ("mo", "ro"),
        ("sh", "hbs"),
        ("__label__sh", "hbs"),
        ("hbs", "hbs"),
        ("__label__als", "gsw"),
        ("__label__als_Latn", "sq"),
        ("__label__bh", "bho"),
        ("yue", "yue"),
        ("ceb", "ceb"),
        ("", "und"),
        ("und", "und"),
    ],
)
def test_normalize_language_code(code: str, expected: str) -> None:
    assert normalize_language_code(code) == expected


def test_model_labels_map_to_project_codes(plain: LanguageId) -> None:
    codes = plain.model_languages
    assert len(codes) == 176  # lid.176: no two labels collapse into one code
    assert {"nb", "nn", "hbs", "gsw", "bho"} <= codes
    assert not {"no", "sh", "als", "bh"} & codes


@pytest.mark.parametrize("language", CLEAR)
@pytest.mark.parametrize("backend", ["plain", "heliport"])
def test_real_sentences(request: pytest.FixtureRequest, backend: str, language: str) -> None:
    lid = request.getfixturevalue(backend)
    docs = lid.annotate_batch(docs_of(sentences(language)))
    assert [d["language"] for d in docs] == [language] * len(docs)
    assert all(0.0 < d["language_score"] <= 1.0 for d in docs)
    # A few words ("Иерусалим. 7 погибших. 19.05.2003.") are little evidence for heliport.
    assert all(d["language_score"] > 0.25 for d in docs if len(d["text"]) >= 40)


def test_bokmal_is_read_from_lid176_no_label(plain: LanguageId) -> None:
    found = [d["language"] for d in plain.annotate_batch(docs_of(sentences("nb")))]
    assert found.count("nb") >= 3
    assert "no" not in found


def test_restriction_picks_the_best_configured_language(plain: LanguageId) -> None:
    texts = sentences("bs")
    assert "bs" not in {d["language"] for d in plain.annotate_batch(docs_of(texts))}
    only_bs = fasttext(languages=["bs"], min_score=0.0)
    assert [d["language"] for d in only_bs.annotate_batch(docs_of(texts))] == ["bs"] * 5
    # Restriction never invents confidence: under a real threshold the model's top label stays,
    # and the verdict says the document is not in a configured language.
    strict = fasttext(languages=["bs"], min_score=0.65)
    for doc in strict.annotate_batch(docs_of(texts)):
        assert doc["language"] != "bs"
        assert strict.keep(doc) == Verdict(
            False, NOT_ALLOWED, doc["language_score"], detail=doc["language"]
        )


def test_merged_variants_are_one_language_with_summed_score(plain: LanguageId) -> None:
    merged = fasttext(merge_variants={"hbs": HBS}, min_score=0.0, restrict_to_languages=False)
    for language in HBS:
        singles = plain.annotate_batch(docs_of(sentences(language)))
        groups = merged.annotate_batch(docs_of(sentences(language)))
        for single, group in zip(singles, groups, strict=True):
            if single["language"] in {*HBS, "hbs"}:
                assert group["language"] == "hbs"
                assert group["language_score"] >= single["language_score"]
    malay = fasttext(languages=["ms"], merge_variants={"ms": ["id"]}, min_score=0.0)
    assert {d["language"] for d in malay.annotate_batch(docs_of(sentences("ms")))} == {"ms"}
    assert merged.code_of("hr") == "hbs" and merged.code_of("sh") == "hbs"
    assert merged.code_of("sr-Latn") == "hbs"


def test_verdicts() -> None:
    german = {"text": sentences("de")[1]}
    lid = LanguageId(languages=["deu", "fr"], min_score=0.65)
    lid.annotate(german)
    assert german["language"] == "de" and german["language_score"] > 0.9
    assert lid.keep(german) == KEEP
    english = lid.annotate({"text": sentences("en")[1]})
    assert lid.keep(english) == Verdict(False, NOT_ALLOWED, english["language_score"], "en")

    weak = {"language": "de", "language_score": 0.5}
    assert lid.keep(weak) == Verdict(False, BELOW_THRESHOLD, 0.5, "de")
    lenient = LanguageId(languages=["de"], language_min_scores={"ger": 0.4})
    assert lenient.threshold("de") == 0.4
    assert lenient.keep(weak) == KEEP
    any_language = LanguageId(min_score=0.65)
    assert any_language.keep({"language": "yo", "language_score": 0.7}) == KEEP
    assert not any_language.keep({"language": "yo", "language_score": 0.6}).keep


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
def test_blank_text_is_und(text: str) -> None:
    lid = LanguageId(languages=["en"])
    doc = lid.annotate({"text": text})
    assert (doc["language"], doc["language_score"]) == ("und", 0.0)
    assert lid.keep(doc) == Verdict(False, NOT_ALLOWED, 0.0, "und")
    assert LanguageId().keep(doc) == Verdict(False, BELOW_THRESHOLD, 0.0, "und")


def test_newlines_nul_and_surrogates_do_not_break_prediction(plain: LanguageId) -> None:
    german = sentences("de")
    texts = ["\n".join(german), "\x00" + german[0], german[2] + " \udcff " + german[3]]
    assert [d["language"] for d in plain.annotate_batch(docs_of(texts))] == ["de"] * 3


def test_sample_is_bounded_deterministic_and_spread() -> None:
    text = "A" * 1000 + "m" * 100_000 + "Z" * 1000
    sample = sample_text(text, 4000)
    assert len(sample) <= 4000 + 3  # slices joined by a space
    assert sample.startswith("A") and sample.endswith("Z")
    assert sample == sample_text(text, 4000)
    assert sample_text("short text", 4000) == "short text"


@pytest.mark.parametrize("backend", ["plain", "heliport"])
def test_50_megabyte_document_is_sampled_and_right(
    request: pytest.FixtureRequest, backend: str
) -> None:
    """The model sees a bounded sample, not 50 MB (speed itself is measured by scripts/bench.py)."""
    lid = request.getfixturevalue(backend)
    paragraph = " ".join(sentences("de")) + "\n"
    text = paragraph * (50_000_000 // len(paragraph))
    seen: list[int] = []
    predict = lid.backend.predict

    def spy(texts: list[str], k: int) -> list:
        seen.extend(len(t) for t in texts)
        return predict(texts, k)

    lid.backend.predict = spy
    try:
        doc = lid.annotate({"text": text})
    finally:
        del lid.backend.predict
    assert doc["language"] == "de" and doc["language_score"] > 0.9
    assert seen and max(seen) <= lid.max_chars + 3


@pytest.mark.parametrize("backend", ["fasttext", "heliport"])
def test_pickles_before_and_after_setup(backend: str) -> None:
    lid = LanguageId(languages=["de"], merge_variants={"hbs": HBS}, backend=backend)  # type: ignore[arg-type]
    clone = pickle.loads(pickle.dumps(lid))
    assert clone.annotate({"text": sentences("de")[0]})["language"] == "de"
    again = pickle.loads(pickle.dumps(clone))  # after setup: the model is not shipped
    assert not again._set_up
    assert len(pickle.dumps(clone)) < 10_000
    assert again.annotate({"text": sentences("hr")[1]})["language"] == "hbs"


def test_batch_equals_single() -> None:
    texts = [t for path in sorted(SENTENCES.glob("*.txt")) for t in sentences(path.stem)]
    for lid in (
        fasttext(min_score=0.0, restrict_to_languages=False),
        fasttext(languages=["bs", "ms", "nn", "en"], merge_variants={"ms": ["id"]}),
        LanguageId(min_score=0.0, restrict_to_languages=False, backend="heliport"),
        LanguageId(languages=["bs", "ms", "nn", "en"], backend="heliport"),
    ):
        batch = lid.annotate_batch(docs_of(texts))
        single = [lid.annotate({"text": t}) for t in texts]
        assert [(d["language"], d["language_score"]) for d in batch] == [
            (d["language"], d["language_score"]) for d in single
        ]


def test_config_errors() -> None:
    with pytest.raises(ValueError, match="two groups"):
        LanguageId(merge_variants={"hbs": ["bs", "hr"], "hr": ["sr"]})
    with pytest.raises(ValueError, match="two thresholds"):
        LanguageId(merge_variants={"ms": ["id"]}, language_min_scores={"ms": 0.5, "id": 0.6})
    with pytest.raises(ValueError, match="max_chars"):
        LanguageId(max_chars=0)
    with pytest.raises(ValueError, match="unknown backend 'cld3'"):
        LanguageId(backend="cld3")  # type: ignore[arg-type]


def test_module_does_not_import_beam() -> None:
    code = "import sys, filters.langid; assert 'apache_beam' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def eval_script() -> dict:
    return runpy.run_path(str(ROOT / "scripts" / "eval_langid.py"), run_name="eval_langid")


def test_eval_script_on_test_sentences(capsys: pytest.CaptureFixture[str]) -> None:
    script = eval_script()
    script["main"](["--lingua-dir", str(SENTENCES), "--limit", "3", "--pages", "0"])
    out = capsys.readouterr().out
    assert "evaluated languages (known to every backend): lingua 18," in out
    for row in ("lingua      strategy  heliport", "long-tail   merged    fasttext", "ECE"):
        assert row in out
    assert "top confusions" in out


def test_strategy_beats_plain_on_shared_lingua_sample(shared_data: Path) -> None:
    """A slice of the full evaluation: restriction + merging must keep its measured gain."""
    script = eval_script()
    samples = script["lingua_samples"](shared_data / "langid" / "lingua-sentences", 20)
    samples = [s for s in samples if s.level == "sentence"]
    plain = fasttext(min_score=0.0, restrict_to_languages=False)
    samples = [s for s in samples if s.language in plain.model_languages]
    languages = sorted({s.language for s in samples})
    strategy = script["make_lid"]("fasttext", merge=True, languages=languages)
    macro = {}
    for name, lid in (("plain", plain), ("strategy", strategy)):
        found, _ = script["predict"](lid, samples)
        per: dict[str, list[bool]] = {}
        for sample, (language, _) in zip(samples, found, strict=True):
            per.setdefault(sample.language, []).append(lid.code_of(sample.language) == language)
        macro[name] = sum(sum(v) / len(v) for v in per.values()) / len(per)
    assert len(languages) == 67
    assert macro["plain"] < 0.91 and macro["strategy"] > 0.92
