"""held_out_383 of the PII evaluation set (scripts/pii_held_out_383.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone,
unchanged, each copy labelled; the pharmacy's name, postcode and town are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps the
list's rules. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import au_pharmacy_finder_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_383 as h383  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the pharmacy's identifiers, in every layout
IDENTIFIERS = ("Pharmacy Name", "Post Code", "City")
# copies of the phone a record of each layout writes
COPIES = {
    "sendle_order": 2,
    "shippit_order": 2,
    "interparcel_shipment": 1,
    "cliniko_contact": 2,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h383.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h383.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h383.data()["rows"]) == 312
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h383.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:AU"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 78 for layout in h383.LAYOUTS}


def test_every_copy_of_the_phone_is_labelled_unchanged(records):
    """The phone is labelled wherever it stands, whole, under its column; nothing else is
    labelled, no distractor is, and no e-mail address is written."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h383.phone(row)
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:Phone"): COPIES[r["layout"]]}, r["id"]
        assert "@" not in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h383.international) == {"national:Phone": 546}


def test_no_other_number_of_the_list_is_written(records):
    """The only phone-shaped value of a record is the row's own phone: no other row's number
    stands in it (the invented parties have none)."""
    tels = [h383.phone(row) for row in h383.data()["rows"]]
    for r in records:
        own = h383.phone(_row(r))
        assert set(re.findall(r"0\d \d{4} \d{4}", r["text"])) == {own}, r["id"]
        assert not [t for t in tels if t != own and t in r["text"]], r["id"]


def test_the_data_keeps_the_published_shape():
    """Every kept phone is ``0A NNNN NNNN``, a number a person could hold, no two alike; every
    kept row asked to be listed; the columns naming the pharmacist and the form's time are not
    kept; the fields are strings as the file gives them."""
    rows = h383.data()["rows"]
    tels = [h383.phone(row) for row in rows]
    assert all(re.fullmatch(r"0[2378] \d{4} \d{4}", tel) for tel in tels)
    assert all(personal_phone(tel, "AU") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 312
    assert all(row["fields"][extractor.LISTED] == "Yes" for row in rows)
    assert all(not set(extractor.PERSONAL) & set(row["fields"]) for row in rows)
    assert Counter(h383.state(row) for row in rows) == {
        "NSW": 129, "QLD": 89, "VIC": 48, "WA": 37, "SA": 7, "ACT": 2,
    }  # fmt: skip
    assert sum(h383.delivers(row) for row in rows) == 290
    assert all(re.fullmatch(r"\d{4}", h383.postcode(row)) for row in rows)


def test_the_extractor_keeps_its_rules(tmp_path, monkeypatch):
    """On a small file: a row not asking to be listed, one with no number, one repeating a kept
    number and one holding an earlier part's number are left out; the pharmacist's name and the
    form's time are dropped; the values stay as published."""
    header = (
        "\ufeffPharmacy Name,Address,City,Post Code,State,Phone,Home Delivery Service Available,"
        "Add my pharmacy to the Pharmacy Finder,Aranesp Pharmacy Contact,"
        "Aranesp Form Submission Date"
    )
    earlier = h383.phone(h383.data()["rows"][0])
    lines = [
        header,
        "A Pharmacy,1 Main Street,Town,2000,NSW,02 9000 0001,Yes,Yes,Some One,1/7/20 9:00",
        "B Pharmacy,2 Main Street,Town,2000,NSW,02 9000 0002,Yes,No,Some One,1/7/20 9:00",
        "C Pharmacy,3 Main Street,Town,2000,NSW,,Yes,Yes,Some One,1/7/20 9:00",
        "D Pharmacy,4 Main Street,Town,2000,NSW,02 9000 0001,No,Yes,Some One,1/7/20 9:00",
        f"E Pharmacy,5 Main Street,Town,2000,NSW,{earlier},Yes,Yes,Some One,1/7/20 9:00",
        '"F Pharmacy, Mall",6 Main Street,Town,2000,NSW,02 9000 0006,No,Yes,Some One,1/7/20',
    ]
    raw = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    monkeypatch.setattr(extractor, "_git", lambda *args: raw)
    # the earlier parts' data, with this part's own extract standing for one of them
    monkeypatch.setattr(extractor, "EARLIER", (*extractor.EARLIER, "pii_au_pharmacy_finder.json"))
    got = extractor.extract({"AU": tmp_path})
    assert [r["fields"]["Pharmacy Name"] for r in got["rows"]] == ["A Pharmacy", "F Pharmacy, Mall"]
    assert [r["path"] for r in got["rows"]] == [f"{extractor.PATH}#0", f"{extractor.PATH}#5"]
    assert got["rows"][0]["fields"] == {
        "Pharmacy Name": "A Pharmacy", "Address": "1 Main Street", "City": "Town",
        "Post Code": "2000", "State": "NSW", "Phone": "02 9000 0001",
        "Home Delivery Service Available": "Yes", "Add my pharmacy to the Pharmacy Finder": "Yes",
    }  # fmt: skip


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The pharmacy's name, postcode and town stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h383._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where its API puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h383.phone(row), h383.name(row)
        if r["layout"] == "sendle_order":
            assert doc["state"] == "Pickup" and doc["sendle_reference"].startswith("S")
            assert doc["order_url"].endswith(doc["order_id"])
            sender = doc["sender"]
            assert sender["contact"] == {"name": "Dispensary", "phone": tel, "company": name}
            assert sender["address"]["postcode"] == h383.postcode(row)
            assert sender["address"]["state_name"] == h383.state(row)
            assert sender["instructions"].endswith(f"Call {tel} on arrival")
            assert "phone" not in doc["receiver"]["contact"]
            price = doc["price"]
            assert (
                round(price["net"]["amount"] + price["tax"]["amount"], 2)
                == price["gross"]["amount"]
            )
        elif r["layout"] == "shippit_order":
            order = doc["order"]
            assert order["receiver_name"] == name and order["receiver_contact_number"] == tel
            assert order["delivery_postcode"] == h383.postcode(row)
            assert order["delivery_suburb"] == h383.town(row)
            assert order["delivery_instructions"].endswith(f"call {tel}")
            assert order["parcel_attributes"] and order["product_attributes"]
        elif r["layout"] == "interparcel_shipment":
            assert doc["validate"] is True
            assert doc["collection"]["telephone"] == tel and doc["collection"]["company"] == name
            assert doc["collection"]["postcode"] == h383.postcode(row)
            assert "telephone" not in doc["delivery"]
        else:
            assert doc["company_name"] == name and doc["first_name"] == "Dispensary"
            assert doc["phone_numbers"] == [{"number": tel, "phone_type": "Work"}]
            assert doc["links"]["self"].endswith(f"/v1/contacts/{doc['id']}")
            assert doc["state"] == h383.STATES[h383.state(row)]
            assert f"on {tel} " in doc["notes"]


def test_provenance():
    sources = h383.data()["sources"]
    assert set(sources) == {"AU"}
    au = sources["AU"]
    assert au["repository"] == "pjay79/pharmacy-parser"
    assert au["commit"] == "3dfad90852e85b995caef9e95f283363d663897b"
    assert au["paths"] == ["src/files/pharmacy-list.csv"]
    assert "not confirmed" in au["licence"] and au["publisher"]
    rows = h383.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AU": 312}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h383, "held_out_383", tmp_path)
