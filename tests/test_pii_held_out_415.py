"""held_out_415 of the PII evaluation set (scripts/pii_held_out_415.py): its committed records
keep the generator's invariants (every labelled value is a copy of one of the station's real
numbers, unchanged, each copy labelled; the station's name and address, sub-division and code
are in the text and unlabelled) and are rebuilt byte for byte from the committed data; the
extractor's rules hold on a few rows. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import in_bangalore_police_stations_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_415 as h415  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the first and of the second number a record of each layout writes (one number:
# the Ecom Express manifest writes it as both TELEPHONE and MOBILE)
COPIES = {
    "zoho_desk_account": ((2, 0), (2, 1)),
    "xpressbees_manifest": ((2, 0), (2, 1)),
    "ecom_manifest": ((2, 0), (1, 1)),
    "dtdc_consignment": ((1, 0), (1, 1)),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h415.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h415.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h415.data()["rows"]) == 106
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h415.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "zoho_desk_account": 27,
        "xpressbees_manifest": 27,
        "ecom_manifest": 26,
        "dtdc_consignment": 26,
    }


def test_every_copy_of_the_numbers_is_labelled_unchanged(records):
    """Each of the station's numbers is labelled wherever it stands, whole, under the list's
    ``Station`` column; nothing else is labelled, no distractor is, and no e-mail address is
    written."""
    for r in records:
        row, text = _row(r), r["text"]
        found = h415.phones(row)
        n_first, n_second = COPIES[r["layout"]][len(found) - 1]
        expected = Counter({(found[0], "PHONE_NUMBER", "national:Station"): n_first})
        assert text.count(found[0]) == n_first, r["id"]
        if len(found) > 1:
            expected[(found[1], "PHONE_NUMBER", "national:Station")] = n_second
            assert text.count(found[1]) == n_second, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert "@" not in text
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h415.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Station": 243}


def test_the_data_keeps_the_published_shape():
    """Every kept station's field gives one or two numbers after ``Ph no.``, each a number a
    person could hold, in the city's or the district's way of writing; no two stations share
    one; the city's stations have a seven-digit code, the district's none; the fields are the
    file's six columns as strings."""
    rows = h415.data()["rows"]
    numbers = [n for row in rows for n in h415.phones(row)]
    assert len(numbers) == 182 and len({digits_of(n) for n in numbers}) == 182
    assert Counter(len(h415.phones(row)) for row in rows) == {2: 76, 1: 30}
    assert all(personal_phone(n, "IN") for n in numbers)
    for row in rows:
        shape = r"080-\d{8}" if h415.city(row) else r"\(080 ?\)-?\d{2}-?\d{5,6}"
        assert all(re.fullmatch(shape, n) for n in h415.phones(row)), row["path"]
        assert re.fullmatch(r"\d{7}" if h415.city(row) else "", h415.code(row)), row["path"]
        assert list(row["fields"]) == ["Sl", "Station Code", "Station", "Unit", "DCP", "ACP"]
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert Counter(h415.city(row) for row in rows) == {True: 84, False: 22}


def test_the_extractor_keeps_its_rules():
    """A station whose field gives no number (``Ph no. GO received``) and one whose number a
    station kept before it has are not kept; no kept number is one an earlier Indian part
    holds; the numbers are read from the field as written."""
    assert extractor.numbers_of("Anekal  Ph no. (080)78-29335") == ["(080)78-29335"]
    assert extractor.numbers_of("Avalahally  Ph no. (080 )28472500") == ["(080 )28472500"]
    assert extractor.numbers_of("Upparpet Ph no. 080-22942503 080-22873367") == [
        "080-22942503", "080-22873367",
    ]  # fmt: skip
    assert extractor.numbers_of("Nelamangala Rural Ph no. GO received") == []
    rows = h415.data()["rows"]
    kept = {row["fields"]["Sl"] for row in rows}
    assert {"129", "131"}.isdisjoint(kept), "no number, not kept"
    assert "46" not in kept and "43" in kept, "080-22942514 is Vijayanagar's, kept first"
    assert "86" not in kept and "84" in kept, "080-26341976 is Thyagarajanagar's, kept first"
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "91")
    assert not {digits_of(n) for row in rows for n in h415.phones(row)} & earlier
    assert [int(r["path"].rsplit("#", 1)[1]) for r in rows] == sorted(
        int(r["path"].rsplit("#", 1)[1]) for r in rows
    )


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The station's name and address as the list runs them together, its sub-division and,
    in the city, its seven-digit code stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h415.place(row), h415.sub_division(row), h415.code(row)):
            if not value:
                continue
            encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the station's values where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        found = h415.phones(row)
        if r["layout"] == "zoho_desk_account":
            assert doc["phone"] == found[0] and doc["accountName"] == h415.name(row)
            assert doc["street"] == h415.place(row) and doc["country"] == "India"
            assert f"Station lines: {', '.join(found)}." in doc["description"]
            assert doc["cf"]["cf_station_code"] == (h415.code(row) or None)
            assert re.fullmatch(r"\d{18}", doc["id"]) and doc["webUrl"].endswith(doc["id"])
        elif r["layout"] == "xpressbees_manifest":
            drop = doc["DropDetails"]
            assert [c["PhoneNo"] for c in drop["ContactDetails"]] == found
            assert drop["Addresses"][0]["Address"] == h415.place(row)
            assert re.fullmatch(r"56\d{4}", drop["Addresses"][0]["PinCode"])
            assert doc["PickupDetails"]["ContactDetails"] == [{"PhoneNo": None, "Type": "Primary"}]
            assert f"call {found[0]} on arrival" in doc["Instruction"]
            assert re.fullmatch(r"14\d{12}", doc["AirWayBillNO"])
            assert doc["OrderNo"] == doc["ManifestID"]
        elif r["layout"] == "ecom_manifest":
            (ship,) = doc
            assert ship["TELEPHONE"] == found[0] and ship["MOBILE"] == found[-1]
            assert ship["CONSIGNEE_ADDRESS1"] == h415.place(row)
            assert ship["PICKUP_PHONE"] == ship["RETURN_MOBILE"] == ""
            assert re.fullmatch(r"1\d{9}", ship["AWB_NUMBER"]) and ship["PRODUCT"] == "PPD"
        else:
            (con,) = doc["consignments"]
            dest = con["destination_details"]
            assert [dest["phone"], dest["alternate_phone"]] == [*found, ""][:2]
            assert dest["address_line_1"] == h415.place(row)
            assert con["origin_details"]["phone"] == con["origin_details"]["alternate_phone"] == ""
            assert con["load_type"] == "NON-DOCUMENT"


def test_provenance():
    sources = h415.data()["sources"]
    assert set(sources) == {"IN"}
    src = sources["IN"]
    assert src["repository"] == "openbangalore/bangalore"
    assert src["commit"] == "65afa98a0c4f3f6146d0a415e1c71c228b9f7e47"
    assert src["paths"] == ["bangalore/Police/bangalore_city_police_stations_2012.csv"]
    assert "not confirmed" in src["licence"] and "ODbL" in src["licence"] and src["publisher"]
    assert Counter(r["country"] for r in h415.data()["rows"]) == {"IN": 106}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h415, "held_out_415", tmp_path)
