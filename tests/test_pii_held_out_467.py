"""held_out_467 of the PII evaluation set (scripts/pii_held_out_467.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
unchanged, each copy labelled; the station's name, postcode and id are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules hold
on its rows. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import de_hessen_teststellen_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_467 as h467  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the telephone a record of each layout writes
COPIES = {
    "plenty_contact": 2,
    "gambio_customer": 1,
    "oxid_graphql_customer": 2,
    "jtl_ameise_csv": 2,
}
JTL_HEADER = [
    "Kundennummer", "Firma", "Straße", "PLZ", "Ort", "Land", "Telefon", "Kundengruppe", "USt-ID",
    "Anmerkung",
]  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h467.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h467.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h467.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h467.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:DE"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h467.LAYOUTS}


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """The telephone is labelled wherever it stands, whole, under its column, national or
    international as it is written; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h467.phone(row)
        n = COPIES[r["layout"]]
        kind = "international" if h467.international(tel) else "national"
        assert text.count(tel) == n, r["id"]
        got = Counter((text[s:e], t, k) for s, e, t, k in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", f"{kind}:telephone"): n}, r["id"]
        assert "@" not in text
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h467.international)
    assert kinds == {"national:telephone": 496, "international:telephone": 29}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one number written alone, a German number a person could hold,
    no two lines alike (``+49``/``0049`` read as the trunk 0), none an earlier German part
    holds; no name or address holds a run of six digits; the fields are strings or null as
    the list gives them."""
    rows = h467.data()["rows"]
    tels = [h467.phone(row) for row in rows]
    assert all(extractor.NUMBER.fullmatch(tel) for tel in tels)
    assert all(personal_phone(tel, "DE") for tel in tels)
    lines = [extractor.national(tel) for tel in tels]
    assert len(set(lines)) == 300 and all(len(line) >= 7 for line in lines)
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "49") | extractor.osm_numbers()
    assert not set(lines) & earlier
    assert sum(h467.international(tel) for tel in tels) == 18
    for row in rows:
        assert not any(re.search(r"\d{6}", row["fields"][k] or "") for k in ("title", "location"))
        assert set(row["fields"]) == {*extractor.KEPT, "lon", "lat"}
    assert sum(row["fields"]["telephone"] != h467.phone(row) for row in rows) > 0, (
        "some fields keep the blanks the list gives them; the records write them stripped"
    )


def test_the_extractor_rules_on_a_few_values():
    """A field with a word before its number or a second number is not one number; a line
    written with its calling code is the same line as its national form."""
    assert extractor.NUMBER.fullmatch("069 685612")
    assert extractor.NUMBER.fullmatch("02772 – 23 22")
    assert extractor.NUMBER.fullmatch("(06073) 7248054")
    assert not extractor.NUMBER.fullmatch("Tel 06142 62595")
    assert not extractor.NUMBER.fullmatch("06142 62595 oder 0171 1234567")
    assert extractor.national("+49 611 300332") == extractor.national("0611 300332")
    assert extractor.national("0049 6167 79000") == "0616779000"
    assert extractor.national("06081 66742") == "0608166742"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The station's name, postcode and id in the state's list stand in every record's text,
    outside the labels."""
    for r in records:
        row = _row(r)
        values = [h467.name(row), h467.address(row)[1], row["fields"]["stationid"]]
        for value in filter(None, values):
            encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            if r["layout"] == "jtl_ameise_csv":
                encoded = value.replace('"', '""')
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, or CSV by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h467.phone(row), h467.name(row)
        street, postcode, town = h467.address(row)
        if r["layout"] == "plenty_contact":
            doc = json.loads(text)
            assert doc["typeId"] == 1 and doc["lastName"] == name
            assert [(o["typeId"], o["value"]) for o in doc["options"]] == [(1, tel)]
            (addr,) = doc["addresses"]
            assert addr["name1"] == name and addr["postalCode"] == postcode
            assert addr["town"] == town and addr["pivot"]["contactId"] == doc["id"]
            assert [(o["typeId"], o["value"]) for o in addr["options"]] == [(4, tel)]
        elif r["layout"] == "gambio_customer":
            doc = json.loads(text)
            assert doc["telephone"] == tel and doc["fax"] == "" and doc["email"] == ""
            assert doc["address"]["company"] == name and doc["address"]["countryId"] == 81
            assert doc["address"]["postcode"] == postcode and doc["address"]["city"] == town
            assert re.fullmatch(r"DE\d{9}", doc["vatNumber"])
        elif r["layout"] == "oxid_graphql_customer":
            customer = json.loads(text)["data"]["customer"]
            invoice = customer["invoiceAddress"]
            assert invoice["phone"] == tel and invoice["company"] == name
            assert invoice["zipCode"] == postcode and invoice["country"]["isoAlpha2"] == "DE"
            (order,) = customer["orders"]
            assert f"unter {tel} ankündigen." in order["remark"]
        else:
            assert text.endswith("\r\n")
            header, line = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
            assert header == JTL_HEADER
            got = dict(zip(header, line, strict=True))
            assert got["Telefon"] == tel and got["Firma"] == name and got["PLZ"] == postcode
            assert got["Straße"] == street and got["Land"] == "Deutschland"
            assert got["Anmerkung"].endswith(f"; Rückfragen {tel}")


def test_provenance():
    sources = h467.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "CodeforLeipzig/wo-ist-testzentrum"
    assert de["commit"] == "f5e46a14d8e600d4e8fc20d7ff075555db99fbd0"
    assert de["paths"] == ["cities/hessen.json"]
    assert "not confirmed" in de["licence"] and de["publisher"]
    rows = h467.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DE": 300}
    assert all(isinstance(v, str | None) for r in rows for v in r["fields"].values())
    assert all(isinstance(r["fields"][k], str) for r in rows for k in ("title", "telephone"))


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h467, "held_out_467", tmp_path)
