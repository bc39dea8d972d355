"""held_out_404 of the PII evaluation set (scripts/pii_held_out_404.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone or
fax, unchanged, each copy labelled; the facility's name, licence number and ZIP code are in the
text and unlabelled) and are rebuilt byte for byte from the committed data; the extractor's
rules hold on the kept rows. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_404 as h404  # noqa: E402 - the scripts folder's modules
import us_ne_dhhs_assisted_living_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the facility's identifiers, in every layout
IDENTIFIERS = ("facility_name", "license_number", "zip_code")
# copies of each value a record of each layout writes: (phone, fax)
COPIES = {
    "lob_letter": (2, 1),
    "onfleet_task": (3, 1),
    "coda_rows": (2, 1),
    "close_lead": (2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h404.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h404.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h404.data()["rows"]) == 267
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h404.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "lob_letter": 67,
        "onfleet_task": 67,
        "coda_rows": 67,
        "close_lead": 66,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone and the fax (where it is a line of its own) are labelled wherever they
    stand, each whole, under their columns; nothing else is labelled, no distractor is, and the
    records carry no e-mail address."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h404.phone(row), h404.fax(row)
        n_tel, n_fax = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:phone"): n_tel})
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            expected[(fax, "PHONE_NUMBER", "national:fax")] = n_fax
        assert text.count(tel) == n_tel, r["id"]
        assert "@" not in text, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h404.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 601, "national:fax": 266}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone and fax is ``(AAA) NNN-NNNN``, a number a person could hold; no two
    telephones alike; one fax repeats its telephone and is not written as a fax; the fields are
    strings as the roster gives them, the dropped columns absent."""
    rows = h404.data()["rows"]
    tels = [h404.phone(row) for row in rows]
    assert all(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", tel) for tel in tels)
    assert all(personal_phone(tel, "US") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 267
    faxes = [row["fields"]["fax"] for row in rows]
    assert all(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", f) for f in faxes)
    assert sum(bool(h404.fax(row)) for row in rows) == 266
    assert sum(row["fields"]["fax"] == h404.phone(row) for row in rows) == 1
    for row in rows:
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert not set(extractor.DROPPED) & set(row["fields"])
        assert row["fields"]["facility_type"] == "ALF"
        assert re.fullmatch(r"ALF\d{3}", row["fields"]["license_number"])
        assert re.fullmatch(r"\d{5}", row["fields"]["zip_code"])


def test_the_extractors_rules_hold_on_the_kept_rows():
    """No kept telephone or fax is a number an earlier United States part holds; the rows are in
    the file's order, each from the named file; the rows the rules would drop are not kept."""
    rows = h404.data()["rows"]
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "1")
    for row in rows:
        assert digits_of(row["fields"]["phone"]) not in earlier
        assert digits_of(row["fields"]["fax"]) not in earlier
        assert len(digits_of(row["fields"]["phone"])) >= 7
        assert row["path"].startswith(f"{extractor.PATH}#")
    order = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert order == sorted(order)
    assert len(rows) <= extractor.CAP
    # the first of the Legato Living homes that share their operator's line is kept, not the
    # later ones
    shared = [row for row in rows if row["fields"]["phone"] == "(308) 530-6311"]
    assert [row["fields"]["facility_name"] for row in shared] == ["LEGATO LIVING AT FIVE FOUNTAINS"]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The facility's name, licence number and ZIP code stand in every record's text, outside
    the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = json.dumps(h404._f(_row(r), column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, fax, name = h404.phone(row), h404.fax(row), row["fields"]["facility_name"]
        if r["layout"] == "lob_letter":
            assert doc["object"] == "letter" and doc["id"].startswith("ltr_")
            assert doc["to"]["object"] == "address" and doc["to"]["id"].startswith("adr_")
            assert doc["to"]["phone"] == tel and doc["to"]["company"] == name
            assert doc["to"]["address_zip"] == row["fields"]["zip_code"]
            assert doc["from"]["phone"] is None and doc["carrier"] == "USPS"
            assert doc["merge_variables"]["facility_phone"] == tel
            assert doc["merge_variables"].get("facility_fax", "") == fax
        elif r["layout"] == "onfleet_task":
            assert re.fullmatch(r"[A-Za-z0-9]{24}", doc["id"]) and doc["recipients"] == []
            assert doc["completeAfter"] < doc["completeBefore"]
            meta = {m["name"]: m["value"] for m in doc["metadata"]}
            assert meta["facilityPhone"] == tel
            assert meta["licenseNumber"] == row["fields"]["license_number"]
            assert f"call the facility at {tel}" in doc["notes"]
            assert (f"by fax to {fax}." in doc["notes"]) == bool(fax)
            assert doc["destination"]["address"]["postalCode"] == row["fields"]["zip_code"]
            assert doc["destination"]["notes"].startswith(f"{name}, ")
        elif r["layout"] == "coda_rows":
            (item,) = doc["items"]
            assert item["type"] == "row" and item["id"].startswith("i-")
            assert item["href"].endswith(f"/rows/{item['id']}")
            assert item["values"]["Phone"] == tel and item["values"]["Fax"] == fax
            assert item["values"]["Facility"] == name
            assert f"called {tel}," in item["values"]["Call log"]
        else:
            assert doc["id"].startswith("lead_") and doc["contacts"] == []
            assert doc["display_name"] == doc["name"] == name
            assert doc["html_url"] == f"https://app.close.com/lead/{doc['id']}/"
            custom = [v for k, v in doc.items() if k.startswith("custom.cf_")]
            assert len(custom) == 3 and tel in custom
            assert doc["description"].endswith(
                f"Main line {tel}" + (f", fax {fax}." if fax else ".")
            )
            assert doc["addresses"][0]["zipcode"] == row["fields"]["zip_code"]


def test_provenance():
    sources = h404.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "mattwaite/dhhs-assisted-living-facilities"
    assert us["commit"] == "46a87285a2bd967e157bb0c477e91af630fdbbd4"
    assert us["paths"] == ["data/alf_roster_2026-08-16.csv"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h404.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 267}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h404, "held_out_404", tmp_path)
