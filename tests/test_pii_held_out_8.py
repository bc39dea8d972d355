"""held_out_8 of the PII evaluation set (scripts/pii_held_out_8.py): its committed records
keep the generator's invariants (each span the value its entity's rules make valid, inside
the inserted block, phones labelled by the policy) and are rebuilt byte for byte. No
recognizer runs here: the part is scored once, by the coordinator, from its committed file."""

from __future__ import annotations

import gzip
import ipaddress
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import fakerphp_data  # noqa: E402 - the scripts folder's modules
import pii_held_out_8 as h8  # noqa: E402
from make_pii_eval import IBAN_BBAN, personal_phone  # noqa: E402
from pii_eval_values import luhn_check_digit  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h8.committed()


def _luhn_valid(digits: str) -> bool:
    return luhn_check_digit(digits[:-1]) == digits[-1]


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
            len(digits) in (13, 15, 16)
            and _luhn_valid(digits)
            and re.fullmatch(r"\d+(?:([- ])\d+(?:\1\d+)*)?", value)
        )
    if entity == "IBAN_CODE":
        return _iban_valid(value)
    if entity == "US_SSN":
        area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
        return len(digits) == 9 and 0 < area < 900 and area != 666 and group and serial
    if entity == "IP_ADDRESS":
        address = ipaddress.ip_address(value)
        if address.version == 6:  # global unicast, as RFC 5952 writes it
            return address in ipaddress.ip_network("2000::/3") and str(address) == value
        return 1 <= int(value.split(".")[0]) <= 223
    if entity == "EMAIL_ADDRESS":
        user, _, domain = value.partition("@")
        return bool(user) and "." in domain and "@" not in domain and " " not in value
    return False


def _of_mask(value: str, locale: str, kind: str) -> bool:
    """The phone is one of the locale's FakerPHP masks of ``kind`` filled in."""

    def fits(mask: str) -> bool:
        return len(mask) == len(value) and all(
            v.isdigit() if m == "#" else v in "123456789" if m == "%" else v == m
            for m, v in zip(mask, value, strict=True)
        )

    return any(fits(m) for m in h8.fakerphp()["phone"][locale][kind])


def test_committed_spans_are_valid_values_inside_the_block(records: list[dict]) -> None:
    """Every labelled span is a valid value of its entity, trimmed, inside the inserted block;
    each record holds one phone (labelled, or a distractor the policy excludes) and one other
    value; phones are labelled exactly by ``personal_phone`` with the locale's country."""
    for record in records:
        text, (lo, hi) = record["text"], record["region"]
        locale = record["locale"].removeprefix("php:")
        region = h8.region_of(locale)
        assert 0 < lo < hi < len(text)
        for start, end, entity, detail in record["spans"]:
            value = text[start:end]
            assert lo <= start < end <= hi and value == value.strip()
            if entity == "PHONE_NUMBER":
                assert _of_mask(value, locale, detail) and personal_phone(value, region)
            else:
                assert _valid(entity, value), (record["id"], entity, value)
        for start, end, entity, detail in record["distractors"]:
            assert (entity, detail) == ("PHONE_NUMBER", "service")
            assert lo <= start < end <= hi and not personal_phone(text[start:end], region)
        kinds = Counter(e for _, _, e, _ in record["spans"] + record["distractors"])
        assert kinds["PHONE_NUMBER"] == 1 and sum(kinds.values()) == 2


def test_committed_part_covers_locales_entities_and_layouts(records: list[dict]) -> None:
    """At least 20 locales with 30 labelled phones each (per-locale recall), every entity,
    every layout, IDN and sub-addressed e-mails among them."""
    phones = Counter(r["locale"] for r in records for s in r["spans"] if s[2] == "PHONE_NUMBER")
    assert len(phones) >= 20 and min(phones.values()) >= 30
    assert set(phones) == set(h8.locales())
    entities = Counter(s[2] for r in records for s in r["spans"])
    assert set(entities) == set(h8.OTHER_WEIGHTS) | {"PHONE_NUMBER"}
    assert {r["layout"] for r in records} == set(h8.LAYOUTS)
    emails = Counter(s[3] for r in records for s in r["spans"] if s[2] == "EMAIL_ADDRESS")
    assert emails["idn"] and emails["sub_address"]
    assert len(records) == len(h8.locales()) * len(h8.LAYOUTS) * 4


def test_fakerphp_data_is_its_plain_masks_and_registry_ibans() -> None:
    """The extracted data names its source; phone masks are plain (no ``{{formatter}}``);
    every IBAN country drawn from has the registry's length."""
    data = h8.fakerphp()
    assert data["licence"] == "MIT" and re.fullmatch(r"[0-9a-f]{40}", data["commit"])
    masks = [m for kinds in data["phone"].values() for ms in kinds.values() for m in ms]
    assert all(fakerphp_data.PLAIN_MASK.fullmatch(m) for m in masks)
    assert len(h8.iban_countries()) >= 50


def test_php_arrays_are_read_with_nesting_quotes_and_comments() -> None:
    source = """class X {
    protected static $formats = [
        '+49 (0) ####', // a comment ['not', 'this']
        'it\\'s [odd]',
    ];
    protected static $cardParams = ['Visa' => ['4###', '4539#'], 'JCB' => ['3528#']];
}"""
    assert fakerphp_data.strings(fakerphp_data.php_array(source, "formats")) == [
        "+49 (0) ####",
        "it's [odd]",
    ]
    cards = fakerphp_data.keyed_lists(fakerphp_data.php_array(source, "cardParams"))
    assert cards == {"Visa": ["4###", "4539#"], "JCB": ["3528#"]}
    assert fakerphp_data.php_array(source, "missing") is None


def test_committed_records_are_rebuilt_by_the_generator(
    records: list[dict], shared_data: Path
) -> None:
    """Each record is rebuilt alone from its coordinates (a sample of locales, every layout)."""
    by_id = {r["id"]: r for r in records}
    for locale in ("php:de_AT", "php:ja_JP", "php:mn_MN", "php:pt_BR"):
        for layout in h8.LAYOUTS:
            rebuilt = h8.record("held_out_8", locale, layout, 3)
            assert rebuilt == by_id[rebuilt["id"]]


def test_rebuild_is_byte_for_byte(
    tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two builds (a few locales, one record per layout) give the same bytes, and the gzip
    header carries no timestamp."""
    monkeypatch.setattr(h8, "locales", lambda: ("php:cs_CZ", "php:ko_KR", "php:en_PH"))
    first, second = tmp_path / "a" / "part.jsonl.gz", tmp_path / "b" / "part.jsonl.gz"
    for path in (first, second):
        path.parent.mkdir()
        h8.write(path, per_locale=1)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes()[4:8] == b"\0\0\0\0"  # MTIME
    with gzip.open(first, "rt", encoding="utf-8") as handle:
        assert sum(1 for _ in handle) == 3 * len(h8.LAYOUTS)
