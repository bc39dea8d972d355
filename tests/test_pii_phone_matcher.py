"""The pruned phone matcher (filters/pii/phone_matcher.py): phonenumbers' matches, fewer parses."""

from __future__ import annotations

import json
import random

import phonenumbers
import pytest
from phonenumbers import phonenumbermatcher

from filters.pii import phone_matcher
from filters.pii.language_regions import national_phones
from filters.pii.phone_matcher import (
    VALID_NUMBER_CACHE_SIZE,
    PrunedPhoneNumberMatcher,
    cannot_be_valid,
    national_bound,
    national_descriptions,
    valid_number,
)
from filters.pii.registry import phone_slices
from tests.conftest import TEST_DATA
from tests.pii_stage import built_stage

DATA = TEST_DATA / "pii"

# plus signs, dialling prefixes, letters, extensions, other digit scripts, brackets, short groups
TRICKY = [
    "Saison 2004/2005 und 2017-2021, Tel. 030 1234567",
    "call 011 44 20 7946 0958 or 00 1 212 555 0187",
    "+33 1 23 45 67 89 / 06 12 34 56 78",
    "1-800-FLOWERS, 1-800-356-9377",
    "030 1234567 ext. 12, 030 1234567 #12, 0301234567,,12",
    "０３０ １２３４５６７ and ٠٣٠١٢٣٤٥٦٧",
    "Jersey 01534 123456, Guernsey 01481 123456",
    "(0)21 881 12 64 and (021) 881 1264",
    "0011 61 2 9876 5432, 1414 61 2 9876 5432",
    "12 34 56, 123 4567, 2004, 05.06.2007, 8.30-12.30 Uhr",
    "Rua 0800 123 4567 (0xx11) 3456-7890",
]
REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "IN", "BR", "AU", "JP", "JE", "CA"]


def _matches(matcher: type, text: str, region: str, leniency: int) -> list[tuple]:
    return [(m.start, m.end, m.raw_string, m.number) for m in matcher(text, region, leniency)]


def _real_slices() -> list[str]:
    rows = [json.loads(line) for line in (DATA / "real_pages.jsonl").open(encoding="utf-8")]
    return sorted({r["text"][lo:hi] for r in rows for lo, hi in phone_slices(r["text"])})


@pytest.mark.parametrize("region", REGIONS)
def test_pruned_matcher_finds_what_phonenumbers_finds(region: str) -> None:
    for text in TRICKY + _real_slices():
        for leniency in range(4):
            assert _matches(PrunedPhoneNumberMatcher, text, region, leniency) == _matches(
                phonenumbers.PhoneNumberMatcher, text, region, leniency
            ), (text, leniency)


def test_national_bound_follows_the_metadata() -> None:
    assert national_bound("FR")[0] == 9  # French numbers have nine digits after the 0
    assert national_bound("DE")[0] == 4  # German plans hold short numbers
    assert national_bound("GB")[0] == 7  # the shortest of GB, Guernsey, Jersey, Isle of Man
    # Jersey's national prefix rule writes its area code in: parsing may add digits
    assert national_bound("JE") == (0, None)
    assert national_bound("XX") == (0, None)


def test_cannot_be_valid_only_for_plain_short_national_digits() -> None:
    assert cannot_be_valid("2004", "FR")
    assert cannot_be_valid("(12) 34-56", "FR")
    assert cannot_be_valid("2004", "DE")  # four digits may be German: parsed, and it is not
    assert not cannot_be_valid("00 33 1 23 45 67 89", "FR")  # after an international prefix
    assert not cannot_be_valid("+33 12", "FR")  # a plus sign: left to phonenumbers
    assert not cannot_be_valid("1-800-FLOW", "US")  # letters are digits to phonenumbers
    assert not cannot_be_valid("１２３", "FR")  # other digit scripts are left to phonenumbers
    assert cannot_be_valid("123 45", "JE")  # not by its length (Jersey's rule): parsed
    assert not cannot_be_valid("01 23 45 67 89", "FR")
    assert cannot_be_valid("19.05.2007", "DE")  # long enough, but no valid German number
    assert not cannot_be_valid("030 1234567", "DE")


def test_national_descriptions_follow_the_metadata() -> None:
    assert [sorted(lengths) for lengths, _ in national_descriptions("FR")] == [[9]]
    assert len(national_descriptions("GB")) == 4  # GB, Guernsey, Isle of Man, Jersey
    assert national_descriptions("BR") == ()  # a transform rule rewrites the national number
    assert national_descriptions("XX") == ()


def test_cannot_be_valid_by_the_descriptions_without_a_parse(monkeypatch) -> None:
    parsed = _record_parses(monkeypatch)
    assert cannot_be_valid("19.05.2007", "GB")  # no suffix is a GB number: no parse
    assert cannot_be_valid("2004 2005", "FR")
    assert parsed == []
    assert not cannot_be_valid("020 7946 0958", "GB")
    assert not cannot_be_valid("44 20 7946 0958", "GB")  # the country code, then the number
    assert parsed  # the descriptions leave these to phonenumbers


@pytest.mark.parametrize("region", REGIONS + ["AR", "MX", "RU", "CN", "KR", "VN", "LT", "AT"])
def test_cannot_be_valid_never_rejects_a_valid_number(region: str) -> None:
    """Example numbers of the region, altered and led by what phonenumbers strips (a national
    prefix, the country code) or by other digits: each that phonenumbers parses to a valid
    number is one ``cannot_be_valid`` leaves to it."""
    rng = random.Random(region)
    code = str(phonenumbers.country_code_for_region(region))
    examples = [
        phonenumbers.national_significant_number(number)
        for kind in range(12)
        if (number := phonenumbers.example_number_for_type(region, kind)) is not None
    ]
    valid = 0
    for _ in range(400):
        digits = list(rng.choice(examples))
        for _ in range(rng.randint(0, 2)):
            digits[rng.randrange(len(digits))] = rng.choice("0123456789")
        lead = rng.choice(["", "", "0", code, "0" + code, "1", "8", "9", "15", "0800"])
        candidate = lead + "".join(digits)
        cut = rng.randint(1, 3)
        candidate = candidate[:cut] + rng.choice(["", " ", "-", "."]) + candidate[cut:]
        if phone_matcher.parses_valid(candidate, region):
            valid += 1
            assert not cannot_be_valid(candidate, region), candidate
    assert valid > 40


def test_valid_number_is_remembered_per_region_and_bounded() -> None:
    valid_number.cache_clear()
    assert valid_number("03012345678", "DE")
    assert not valid_number("03012345678", "FR")  # the region is part of the key
    assert valid_number.cache_info().currsize == 2
    for n in range(VALID_NUMBER_CACHE_SIZE + 10):
        valid_number(str(10_000_000 + n), "DE")
    assert valid_number.cache_info().currsize == VALID_NUMBER_CACHE_SIZE
    valid_number.cache_clear()


def _record_parses(monkeypatch) -> list[tuple[str, str]]:
    """Every parse by phonenumbers' matcher and by ``valid_number``, as (number, region)."""
    parsed: list[tuple[str, str]] = []
    for module in (phonenumbermatcher, phone_matcher):
        parse = module.parse

        def recording_parse(number: str, region: str | None = None, _parse=parse, **kwargs):
            parsed.append((number, region))
            return _parse(number, region, **kwargs)

        monkeypatch.setattr(module, "parse", recording_parse)
    valid_number.cache_clear()
    return parsed


def test_the_stage_does_not_parse_groups_too_short_for_the_region(monkeypatch) -> None:
    stage = built_stage()
    parsed = _record_parses(monkeypatch)
    spans = stage.find_spans([{"text": "Saison 2004/2005: Tel. 030 1234567", "language": "en"}])
    assert [(e, s, t) for s, t, e, _ in spans[0]] == [("PHONE_NUMBER", 23, 34)]
    # four digits may be a German number by their length, but no German number's description
    # fits them (``national_descriptions``); no region parses them
    assert not [(n, r) for n, r in parsed if n in ("2004", "2005")]
    assert ("0301234567", "DE") in parsed


def test_the_stage_parses_a_recurring_date_once_per_region(monkeypatch) -> None:
    stage = built_stage()
    parsed = _record_parses(monkeypatch)
    post = "Beitrag vom 19.05.2007, Tel. 030 1234567\n"
    spans = stage.find_spans([{"text": post * 3, "language": "en"}])
    assert len(spans[0]) == 3
    dates = [r for n, r in parsed if n.replace(".", "") == "19052007"]
    assert "DE" in dates
    assert len(dates) == len(set(dates))  # once per region, not once per post


def test_the_phone_recognizer_does_not_parse_its_matches_again(monkeypatch) -> None:
    stage = built_stage()
    parsed: list[tuple[str, str | None]] = []
    parse = phonenumbers.parse

    def recording_parse(number: str, region: str | None = None, **kwargs):
        parsed.append((number, region))
        return parse(number, region, **kwargs)

    monkeypatch.setattr(phonenumbers, "parse", recording_parse)
    spans = stage.find_spans([{"text": "Tel. +49 30 1234567 (Zentrale)", "language": "en"}])
    assert [(e, s, t) for s, t, e, _ in spans[0]] == [("PHONE_NUMBER", 5, 19)]
    assert not [n for n, region in parsed if region is None]


def test_national_phones_parse_a_recurring_number_once_per_region(monkeypatch) -> None:
    parsed = _record_parses(monkeypatch)
    parse = phonenumbers.parse

    def recording_parse(number: str, region: str | None = None, **kwargs):
        parsed.append((number, region))
        return parse(number, region, **kwargs)

    monkeypatch.setattr(phonenumbers, "parse", recording_parse)
    text = "Ruf uns an: 0664 1234567 oder 2004 1234567\n" * 3
    for _ in range(2):  # two documents
        spans = national_phones(text, ("AT", "CH"), 1)
        assert [text[s:e] for s, e in spans] == ["0664 1234567"] * 3
    # (no Swiss number's description fits "20041234567": ruled out for CH without a parse)
    assert sorted(parsed) == [("06641234567", "AT"), ("20041234567", "AT")]
