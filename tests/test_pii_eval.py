"""The generated PII evaluation set (scripts/make_pii_eval.py): its labelling policy for short
service numbers, its parts kept apart, and its records consistent and reproducible."""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import TEST_DATA

ROOT = Path(__file__).resolve().parent.parent


def _load_generator():
    spec = importlib.util.spec_from_file_location(
        "make_pii_eval", ROOT / "scripts" / "make_pii_eval.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


@pytest.mark.parametrize(
    ("value", "region", "personal"),
    [
        ("911", "JO", False),  # emergency
        ("1297", "JO", False),  # service
        ("800 123", "AE", False),  # a 6-digit toll-free number: the plan has no 6-digit lines
        ("32 45 67", "FO", True),  # Faroe lines have 6 digits
        ("555 0134", "US", True),  # a 7-digit local number
        ("06-10446904", "NL", True),
        ("123 x4567", "US", False),  # an extension's digits do not count
        ("(212) 555-0187 x89", "US", True),
        ("100", None, False),
    ],
)
def test_labelling_policy(value: str, region: str | None, personal: bool) -> None:
    assert gen.personal_phone(value, region) is personal


def test_parts_share_no_locale() -> None:
    seen: set[str] = set()
    for locales in gen.SPLITS.values():
        assert not seen & set(locales)
        seen |= set(locales)
    assert len(gen.HELD_OUT_3_LOCALES) >= 10


@pytest.fixture(scope="module")
def page_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pages cache of the real pages in tests/data, named so that both halves get some."""
    cache = tmp_path_factory.mktemp("pii_eval")
    rows = [json.loads(line) for line in (TEST_DATA / "pii" / "real_pages.jsonl").open()]
    names = [f"page-{i}.html" for i in range(40)]
    halves = {n: int(hashlib.sha1(n.encode()).hexdigest(), 16) % 2 for n in names}
    assert set(halves.values()) == {0, 1}
    with gzip.open(cache / "pages.jsonl.gz", "wt", encoding="utf-8") as handle:
        for name, row in zip(names, rows * 40, strict=False):
            handle.write(json.dumps({"name": name, "text": row["text"]}) + "\n")
    return cache


@pytest.mark.parametrize("split", ["held_out_3", "held_out_4"])
def test_later_held_out_records_follow_the_policy(split: str, page_cache: Path) -> None:
    records = list(gen.generate(split, per_locale=4, cache=page_cache))
    assert records == list(gen.generate(split, per_locale=4, cache=page_cache))
    assert {r["locale"] for r in records} == set(gen.SPLITS[split])
    distractors = 0
    for record in records:
        text, (lo, hi) = record["text"], record["region"]
        region = gen.locale_region(record["locale"])
        for start, end, entity, _ in record["spans"]:
            assert lo <= start < end <= hi and text[start:end].strip() == text[start:end]
            assert entity != "PHONE_NUMBER" or gen.personal_phone(text[start:end], region)
        for start, end, entity, _ in record["distractors"]:
            distractors += 1
            assert lo <= start < end <= hi and entity == "PHONE_NUMBER"
            assert not gen.personal_phone(text[start:end], region)
            assert not any(s < end and start < e for s, e, _, _ in record["spans"])
    assert distractors > 0


def test_held_out_4_is_another_generator_read_in_its_langid_language(page_cache: Path) -> None:
    """held_out_4's phones come from Mimesis's masks (no Faker locale of an earlier part), its
    records carry the language langid gives their text, and it has a table layout."""
    records = list(gen.generate("held_out_4", per_locale=4, cache=page_cache))
    assert not set(gen.HELD_OUT_4_LOCALES) & {
        loc for split, locales in gen.SPLITS.items() if split != "held_out_4" for loc in locales
    }
    phones = [s for r in records for s in r["spans"] if s[2] == "PHONE_NUMBER"]
    assert phones and {s[3] for s in phones} == {"mimesis"}
    languages = {r["language"] for r in records}
    assert {"en", "ar"} <= languages  # English templates, Arabic phone sentences and labels
    tables = [
        r
        for r in records
        if r["layout"] != "sentence" and ("\t" in r["text"] or " | " in r["text"])
    ]
    assert tables


def test_held_out_5_is_real_text_of_countries_no_other_part_has(shared_data: Path) -> None:
    """held_out_5 holds countries no earlier part has, drawn numbers of those countries, and
    real sentences of the country's language around each value; it is reproducible."""
    earlier = {
        gen.locale_region(loc)
        for split, locales in gen.SPLITS.items()
        if split not in ("held_out_5", "held_out_6")  # held_out_6 came after it
        for loc in locales
    }
    assert not {loc.split("_")[1] for loc in gen.HELD_OUT_5_LOCALES} & earlier
    records = list(gen.generate("held_out_5", per_locale=2))
    assert records == list(gen.generate("held_out_5", per_locale=2))
    assert {r["layout"] for r in records} == {"tail", "block", "bare"}
    for record in records:
        language = record["locale"].split("_")[0]
        sentences = set(gen.real_sentences(language))
        assert any(line in sentences for line in record["text"].split("\n"))
        for start, end, entity, detail in record["spans"]:
            value = record["text"][start:end]
            assert value and value.strip() == value
            assert entity != "PHONE_NUMBER" or detail.startswith("libphonenumber/")


def _rebuilt_from_committed(
    part: ModuleType, split: str, locales: tuple[str, ...], n: int
) -> dict[str, dict]:
    """A committed part's records by id, after checking that record ``n`` of each of
    ``locales`` in every layout is rebuilt alone by the part's generator, its scored spans
    inside the inserted block."""
    records = {r["id"]: r for r in part.committed()}
    for locale in locales:
        for layout in part.LAYOUTS:
            rebuilt = part.record(split, locale, layout, n)
            assert rebuilt == records[rebuilt["id"]]
            lo, hi = rebuilt["region"]
            for start, end, _, _ in rebuilt["spans"] + rebuilt["distractors"]:
                assert lo <= start < end <= hi
    return records


def test_held_out_6_committed_records_are_rebuilt_by_the_generator(shared_data: Path) -> None:
    """held_out_6 is scored from its committed file: each record there is rebuilt alone by the
    generator from its own coordinates (a sample of locales and every layout), its values come
    from faker-js's definitions, and only the inserted block is scored."""
    import pii_held_out_6 as h6

    records = _rebuilt_from_committed(h6, "held_out_6", ("js:cs_CZ", "js:ja", "js:zu_ZA"), 3)
    assert len(records) == len(h6.LOCALES) * len(h6.LAYOUTS) * 20
    assert {loc.removeprefix("js:") for loc in h6.LOCALES} == set(h6.fakerjs()["phone"])


def test_held_out_5_leaves_the_real_sentences_own_data_unscored() -> None:
    """The real sentences' own e-mail addresses and numbers of seven digits or more are left
    unscored (they may be real personal data the part does not label); shorter numbers, such
    as a section number, and the inserted value itself are not."""
    text = "Call 1-800-948-4267 or write to info@ata38.ab.ca, section 1.1.2.1.\nTel. 22 11 70 92"
    value = (text.index("22 11"), len(text))
    unscored = [text[s:e] for s, e in gen.unscored_spans(text, value)]
    assert unscored == ["1-800-948-4267", "info@ata38.ab.ca"]


def test_held_out_7_committed_records_are_rebuilt_by_the_generator(shared_data: Path) -> None:
    """held_out_7 is scored from its committed file: each record there is rebuilt alone by the
    generator from its own coordinates, its values come from Ruby Faker's locale data, and
    only the inserted block (a table, a YAML mapping, an SQL statement) is scored."""
    import pii_held_out_7 as h7

    records = _rebuilt_from_committed(h7, "held_out_7", ("rb:de", "rb:ko", "rb:en-US"), 5)
    assert len(records) == len(h7.locales()) * len(h7.LAYOUTS) * 8
