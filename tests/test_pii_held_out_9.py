"""held_out_9 of the PII evaluation set (scripts/pii_held_out_9.py): its committed records
keep the generator's invariants (each span a value its entity's rules make valid, phones
valid numbers of the record's country as libphonenumber formats them, inside the inserted
block, labelled by the policy) and are rebuilt byte for byte. No recognizer runs here: the
part is scored once, from its committed file."""

from __future__ import annotations

import gzip
import ipaddress
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_9 as h9  # noqa: E402 - the scripts folder's modules
from make_pii_eval import IBAN_BBAN, personal_phone  # noqa: E402
from pii_eval_values import luhn_check_digit  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h9.committed()


def _iban_valid(value: str) -> bool:
    compact = value.replace(" ", "")
    country = compact[:2]
    length = 4 + sum(int(n) for n in re.findall(r"(\d+)[nac]", IBAN_BBAN[country]))
    moved = compact[4:] + compact[:4]
    return len(compact) == length and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _valid(entity: str, value: str) -> bool:
    """The value is what its entity's rules make valid (as the generator must write it)."""
    digits = re.sub(r"\D", "", value)
    if entity == "CREDIT_CARD":
        return (
            len(digits) in (14, 15, 16)
            and luhn_check_digit(digits[:-1]) == digits[-1]
            and bool(re.fullmatch(r"\d+(?:-\d+)*", value))
        )
    if entity == "IBAN_CODE":
        return _iban_valid(value)
    if entity == "US_SSN":
        area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
        return len(digits) == 9 and 0 < area < 900 and area != 666 and group > 0 and serial > 0
    if entity == "IP_ADDRESS":
        address = ipaddress.ip_address(value)
        if address.version == 6:
            return address in ipaddress.ip_network("2000::/3") and str(address) == value
        return 1 <= int(value.split(".")[0]) <= 223
    if entity == "EMAIL_ADDRESS":
        user, _, domain = value.partition("@")
        return bool(user) and "." in domain and "@" not in domain and " " not in value
    return False


def _libphonenumber_written(value: str, country: str, detail: str) -> bool:
    """The phone is a valid fixed-line or mobile number of ``country``, written exactly as
    libphonenumber formats it in the style ``detail`` names."""
    number = phonenumbers.parse(value, country)
    style = PhoneNumberFormat.NATIONAL if detail.endswith("national") else None
    style = PhoneNumberFormat.INTERNATIONAL if detail.endswith("international") else style
    return (
        phonenumbers.is_valid_number(number)
        and phonenumbers.region_code_for_number(number) == country
        and style is not None
        and phonenumbers.format_number(number, style) == value
    )


def test_committed_spans_are_valid_values_inside_the_block(records: list[dict]) -> None:
    """Every labelled span is a valid value of its entity, trimmed, inside the inserted block;
    each record holds one phone (labelled, or a distractor the policy excludes) and one other
    value; phones are labelled exactly by ``personal_phone`` with the record's country."""
    for record in records:
        text, (lo, hi) = record["text"], record["region"]
        country = record["locale"].removeprefix("df:")
        assert 0 < lo < hi < len(text)
        for start, end, entity, detail in record["spans"]:
            value = text[start:end]
            assert lo <= start < end <= hi and value == value.strip()
            if entity == "PHONE_NUMBER":
                assert _libphonenumber_written(value, country, detail), (record["id"], value)
                assert personal_phone(value, country)
            else:
                assert _valid(entity, value), (record["id"], entity, value)
        for start, end, entity, detail in record["distractors"]:
            assert (entity, detail) == ("PHONE_NUMBER", "service")
            assert lo <= start < end <= hi and not personal_phone(text[start:end], country)
        kinds = Counter(e for _, _, e, _ in record["spans"] + record["distractors"])
        assert kinds["PHONE_NUMBER"] == 1 and sum(kinds.values()) == 2


def test_committed_part_covers_locales_entities_and_layouts(records: list[dict]) -> None:
    """Several dozen countries with 30 labelled phones or more each but Austria's two
    five-digit service numbers, every entity, every layout, sub-addressed e-mails, cards of
    every network drawn from."""
    phones = Counter(r["locale"] for r in records for s in r["spans"] if s[2] == "PHONE_NUMBER")
    assert len(phones) >= 50 and min(phones.values()) >= 30
    assert set(phones) == set(h9.locales())
    entities = Counter(s[2] for r in records for s in r["spans"])
    assert set(entities) == set(h9.OTHER_WEIGHTS) | {"PHONE_NUMBER"}
    assert {r["layout"] for r in records} == set(h9.LAYOUTS)
    emails = Counter(s[3] for r in records for s in r["spans"] if s[2] == "EMAIL_ADDRESS")
    assert emails["sub_address"]
    networks = {s[3] for r in records for s in r["spans"] if s[2] == "CREDIT_CARD"}
    assert networks == {network for network, _ in h9.card_patterns()}
    assert len(records) == len(h9.locales()) * len(h9.LAYOUTS) * 4


def test_datafaker_data_names_its_source_and_differs_from_ruby_fakers_cards() -> None:
    """The extracted data names its source and licence; no card pattern drawn from is one of
    Ruby Faker's (held_out_7's generator); every IBAN country drawn from has the registry's
    length."""
    data = h9.datafaker()
    assert data["licence"] == "Apache-2.0" and re.fullmatch(r"[0-9a-f]{40}", data["commit"])
    ruby = json.loads(h9.RUBY.read_text(encoding="utf-8"))["cards"]
    assert h9.card_patterns()
    assert all(p not in ruby.get(n, ()) for n, p in h9.card_patterns())
    assert len(h9.iban_countries()) >= 50
    rng = random.Random(5)
    drawn = [h9.iban(rng) for _ in range(500)]
    assert all(_iban_valid(value) and value[:2] == country for value, country in drawn)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:[2-9]\d|1[0-8])\d{6}",
        r"7(?:0[0-8]|[1-9]\d)\d{5,6}",
        r"[0-9]{8}[0-9A-Z]{12}",
        r"(?:1[2-5]|2(?:[13-7]\d|8[0-4]))\d{4}|3\d{3,5}",
    ],
)
def test_regexify_draws_strings_of_the_pattern(pattern: str) -> None:
    """Every string drawn matches its pattern whole, and the draws vary."""
    rng = random.Random(1)
    drawn = {h9.regexify(pattern, rng) for _ in range(200)}
    assert all(re.fullmatch(pattern, s) for s in drawn) and len(drawn) > 50


def test_committed_records_are_rebuilt_by_the_generator(
    records: list[dict], shared_data: Path
) -> None:
    """Each record is rebuilt alone from its coordinates (a sample of countries, every
    layout)."""
    by_id = {r["id"]: r for r in records}
    for locale in ("df:DE", "df:SA", "df:JP", "df:BR"):
        for layout in h9.LAYOUTS:
            rebuilt = h9.record("held_out_9", locale, layout, 3)
            assert rebuilt == by_id[rebuilt["id"]]


def test_rebuild_is_byte_for_byte(
    tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two builds (a few countries, one record per layout) give the same bytes, and the gzip
    header carries no timestamp."""
    monkeypatch.setattr(h9, "locales", lambda: ("df:CZ", "df:KR", "df:ZA"))
    first, second = tmp_path / "a" / "part.jsonl.gz", tmp_path / "b" / "part.jsonl.gz"
    for path in (first, second):
        path.parent.mkdir()
        h9.write(path, per_locale=1)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes()[4:8] == b"\0\0\0\0"  # MTIME
    with gzip.open(first, "rt", encoding="utf-8") as handle:
        assert sum(1 for _ in handle) == 3 * len(h9.LAYOUTS)
