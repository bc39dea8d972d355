"""held_out_396 of the PII evaluation set (scripts/pii_held_out_396.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone or of
one of its mailboxes, unchanged, each copy labelled; the school's name and code stand in the
text unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules
hold on a few rows. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_396 as h396  # noqa: E402 - the scripts folder's modules
import pt_carris_escolas_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the school's identifiers each layout writes (its name and its code in all; its postcode and
# locality where the layout carries the address)
IDENTIFIERS = {
    "easypay_single": ("name", "id"),
    "toconline_customer": ("name", "id", "postal_code", "locality"),
    "graph_education_school": ("name", "id", "postal_code", "locality"),
    "carris_api_school": ("name", "id", "postal_code", "locality"),
}
# copies of the phone a record of each layout writes
PHONE_COPIES = {
    "easypay_single": 1,
    "toconline_customer": 1,
    "graph_education_school": 2,
    "carris_api_school": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h396.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h396.by_locale()[locale][n]


def _mails_written(layout: str, row: dict) -> list[str]:
    """The mailboxes a record of ``layout`` writes: the first only in Easypay's ``customer``,
    every one elsewhere."""
    mails = h396.emails(row)
    return mails[:1] if layout == "easypay_single" else mails


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h396.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h396.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] in ("pt", "en")
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h396.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone and each mailbox the layout writes are labelled wherever they stand, each
    whole; nothing else is labelled, no distractor is, and no mailbox of the row is written
    unlabelled."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h396.phone(row)
        written = _mails_written(r["layout"], row)
        expected = Counter({(tel, "PHONE_NUMBER", "national:phone"): PHONE_COPIES[r["layout"]]})
        for mail in written:
            expected[(mail, "EMAIL_ADDRESS", "register")] = 1
        assert text.count(tel) == PHONE_COPIES[r["layout"]], r["id"]
        # Graph's ``@odata.context`` key is the one "@" that is no address
        odata = r["layout"] == "graph_education_school"
        assert text.count("@") == len(written) + odata, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h396.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 375, "register": 307}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is eight or nine digits with nothing else, a number a person could
    hold, no two alike; the e-mail fields hold none, one, two or three addresses (joined by
    ``|``, a few ending in ``;``); no kept school is marked inactive; every value is a string."""
    rows = h396.data()["rows"]
    tels = [h396.phone(row) for row in rows]
    assert all(re.fullmatch(r"\d{8,9}", tel) for tel in tels)
    assert Counter(len(tel) for tel in tels) == {9: 299, 8: 1}
    assert all(personal_phone(tel, "PT") for tel in tels)
    assert len(set(tels)) == 300
    assert Counter(len(h396.emails(row)) for row in rows) == {1: 242, 2: 33, 0: 21, 3: 4}
    for row in rows:
        field = row["fields"]["email"]
        assert field.rstrip(";") == "|".join(h396.emails(row)), field
    assert all(row["fields"]["is_active"] != "0" for row in rows)
    assert Counter(row["fields"]["nature"] for row in rows) == {"private": 155, "public": 145}


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS[r["layout"]]:
            value = _encoded(h396._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _nif_right(value: str) -> bool:
    """Whether a Portuguese NIF's check digit is right (mod 11)."""
    rest = sum(int(d) * w for d, w in zip(value[:8], range(9, 1, -1), strict=True)) % 11
    return int(value[8]) == (0 if rest < 2 else 11 - rest)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where its format puts them, the invented
    NIFs' check digits right and their prefix the school's nature."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mails, name = h396.phone(row), h396.emails(row), row["fields"]["name"]
        prefix = "600" if row["fields"]["nature"] == "public" else "5"
        if r["layout"] == "easypay_single":
            assert doc["method"] == "mb" and doc["type"] == "sale" and doc["currency"] == "EUR"
            assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", doc["expiration_time"])
            customer = doc["customer"]
            assert customer["name"] == name and customer["phone"] == tel
            assert customer["phone_indicative"] == "+351" and customer["language"] == "PT"
            assert customer.get("email", "") == (mails[0] if mails else "")
            assert customer["key"] == row["fields"]["id"]
            fiscal = customer["fiscal_number"]
            assert fiscal.startswith(f"PT{prefix}") and _nif_right(fiscal[2:])
        elif r["layout"] == "toconline_customer":
            assert doc["data"]["type"] == "customers"
            attrs = doc["data"]["attributes"]
            assert attrs["business_name"] == name and attrs["phone_number"] == tel
            assert attrs.get("email", "") == (mails[0] if mails else "")
            assert attrs.get("website", "") == row["fields"]["url"]
            nif = attrs["tax_registration_number"]
            assert nif.startswith(prefix) and _nif_right(nif)
            assert attrs["is_tax_exempt"] == (prefix == "600")
            assert attrs["country_iso_alpha_2"] == attrs["tax_country_region"] == "PT"
            for other in mails[1:]:
                assert other in attrs["internal_observations"]
        elif r["layout"] == "graph_education_school":
            assert doc["@odata.context"].endswith("#education/schools/$entity")
            assert doc["displayName"] == name and doc["phone"] == tel
            assert doc["schoolNumber"] == doc["externalId"] == row["fields"]["id"]
            assert doc["externalSource"] == "sis"
            assert doc["address"]["postalCode"] == row["fields"]["postal_code"]
            assert doc["description"].endswith(
                f"telefone {tel}" + (f"; e-mail {', '.join(mails)}" if mails else "")
            )
        else:
            assert doc == row["fields"]


def test_provenance():
    sources = h396.data()["sources"]
    assert set(sources) == {"PT"}
    pt = sources["PT"]
    assert pt["repository"] == "carrismetropolitana/datasets"
    assert pt["commit"] == "2d5c2ba664fbe58ad732813fd167b50e72690bf4"
    assert pt["paths"] == ["facilities/schools/schools.csv"]
    assert "ODbL" in pt["licence"] and pt["publisher"]
    rows = h396.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PT": 300}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_extractor_keeps_only_new_active_numbers():
    """A school is kept with a phone of seven digits or more that no earlier part and no school
    kept before holds, and not marked inactive; an earlier Portuguese number is known with and
    without its country code."""
    base = {"phone": "212345678", "is_active": "1"}
    assert extractor.keep(base, set(), set())
    assert not extractor.keep({**base, "phone": ""}, set(), set())
    assert not extractor.keep({**base, "phone": "212345"}, set(), set())
    assert not extractor.keep({**base, "is_active": "0"}, set(), set())
    assert not extractor.keep(base, {"212345678"}, set())
    assert not extractor.keep(base, set(), {"212345678"})
    earlier = extractor.earlier_pt(extractor.EARLIER)
    assert not any(re.sub(r"\D", "", h396.phone(row)) in earlier for row in h396.data()["rows"])


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h396, "held_out_396", tmp_path)
