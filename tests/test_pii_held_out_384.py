"""held_out_384 of the PII evaluation set (scripts/pii_held_out_384.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real phone field,
unchanged, each copy labelled; the facility's name and district are in the text and unlabelled)
and are rebuilt byte for byte from the committed data; the extractor keeps its rules. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import my_kkm_facilities_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_384 as h384  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the facility's identifiers, in every layout
IDENTIFIERS = ("name", "district")
# copies of the phone field a record of each layout writes
COPIES = {
    "myinvois_invoice": 1,
    "billplz_bill": 2,
    "hms_site_search": 1,
    "yelp_business_search": 2,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h384.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h384.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h384.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h384.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:MY"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h384.LAYOUTS}


def test_every_copy_of_the_field_is_labelled_number_by_number(records):
    """Each copy of the phone field stands in the text as many times as the layout writes it,
    each number in it labelled on its own under ``phone``; nothing else is labelled, no e-mail
    address is written, no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h384.phone(row)
        copies = COPIES[r["layout"]]
        assert text.count(tel) == copies, r["id"]
        expected = Counter()
        for s, e in numbers(tel):
            expected[(tel[s:e], "PHONE_NUMBER", "national:phone")] += copies
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert "@" not in text
        assert not r["distractors"] and not r["unscored"]


def test_no_number_of_the_register_is_left_unlabelled(records):
    """Every run of seven digits or more in a record is an invented id (TIN, amount, id) or
    lies inside a label: no digits of the row's numbers stand outside one."""
    for r in records:
        tels = set(extractor.phone_numbers(h384.phone(_row(r))))
        labelled = [(s, e) for s, e, *_ in r["spans"]]
        for m in re.finditer(r"\d[\d -]{5,}\d", r["text"]):
            if any(s <= m.start() < e for s, e in labelled):
                continue
            assert digits_of(m.group()) not in tels, (r["id"], m.group())


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h384.international)
    assert kinds == {"national:phone": 486}


def test_the_data_keeps_the_published_shape():
    """Every kept field holds numbers of seven digits or more written with the area code and a
    hyphen as the list gives them; no number is kept twice or from an earlier Malaysian part;
    the fields are the file's columns, strings as published."""
    rows = h384.data()["rows"]
    columns = ["state", "district", "sector", "type", "name", "address", "phone", "lat", "lon"]
    assert all(list(row["fields"]) == columns for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert Counter(row["fields"]["type"] for row in rows) == {"clinic": 283, "hospital": 17}
    assert {row["fields"]["sector"] for row in rows} == {"government"}
    found = [set(extractor.phone_numbers(row["fields"]["phone"])) for row in rows]
    tels = [t for numbers_of_row in found for t in numbers_of_row]
    assert len(tels) == len(set(tels)) == 321, "no number of one row is another row's"
    # one field writes its number twice (``088-792330 / 088-792330 / 088-792390``), one joins
    # two lines by a bare slash (``09-6173670/09-6173671``), one run as ``numbers`` reads it
    odd = [t for t in tels if not re.fullmatch(r"0\d{8,10}", t)]
    assert odd == ["096173670096173671"]
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "60")
    assert not set(tels) & earlier
    assert all(re.match(r"0\d{1,2}[- ]", h384.phone(row)) for row in rows)
    assert sum(len(numbers(h384.phone(row))) > 1 for row in rows) == 19


def test_the_extractor_keeps_a_field_by_its_numbers():
    """A field is kept by the numbers of seven digits or more in it: none in ``-``, one in a
    number with a unit's initials, two in a field of two numbers, one where a shortened
    alternative ending follows."""
    assert extractor.phone_numbers("-") == []
    assert extractor.phone_numbers("") == []
    assert extractor.phone_numbers("084-796404 (PKD)") == ["084796404"]
    assert extractor.phone_numbers("06-3161076 / 06-3161497") == ["063161076", "063161497"]
    assert extractor.phone_numbers("089-511233/333") == ["089511233333"]


def _encoded(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h384._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h384.phone(row), row["fields"]["name"]
        if r["layout"] == "myinvois_invoice":
            assert doc["_D"] == "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
            inv = doc["Invoice"][0]
            assert inv["InvoiceTypeCode"][0]["_"] == "01"
            assert inv["DocumentCurrencyCode"][0]["_"] == "MYR"
            party = inv["AccountingSupplierParty"][0]["Party"][0]
            assert party["Contact"][0]["Telephone"][0]["_"] == tel
            assert party["PartyLegalEntity"][0]["RegistrationName"][0]["_"] == name
            assert re.fullmatch(r"G\d{10}", party["PartyIdentification"][0]["ID"][0]["_"])
            buyer = inv["AccountingCustomerParty"][0]["Party"][0]
            assert buyer["PartyIdentification"][0]["ID"][0]["_"] == "EI00000000010"
            code = party["PostalAddress"][0]["CountrySubentityCode"][0]["_"]
            assert code == h384.STATE_CODES[row["fields"]["state"]]
        elif r["layout"] == "billplz_bill":
            assert doc["mobile"] == tel and doc["name"] == name and doc["email"] is None
            assert doc["url"] == f"https://www.billplz.com/bills/{doc['id']}"
            assert doc["state"] == "due" and doc["paid"] is False
            assert doc["description"].endswith(f"telefon {tel}.")
        elif r["layout"] == "hms_site_search":
            assert doc["returnCode"] == "0" and doc["totalCount"] == len(doc["sites"]) == 1
            site = doc["sites"][0]
            assert site["poi"]["phone"] == tel and site["name"] == name
            assert site["location"] == {
                "lat": float(row["fields"]["lat"]),
                "lng": float(row["fields"]["lon"]),
            }
            assert re.fullmatch(r"[0-9A-F]{32}", site["siteId"])
        else:
            assert doc["total"] == len(doc["businesses"]) == 1
            biz = doc["businesses"][0]
            assert biz["phone"] == biz["display_phone"] == tel and biz["name"] == name
            assert biz["location"]["country"] == "MY"
            assert biz["url"] == f"https://www.yelp.com/biz/{biz['alias']}"


def test_provenance():
    sources = h384.data()["sources"]
    assert set(sources) == {"MY"}
    my = sources["MY"]
    assert my["repository"] == "MoH-Malaysia/data-resources-public"
    assert my["commit"] == "4ea6e86f822f1d85ebb4613bbf1f5a2bb39de60b"
    assert my["paths"] == ["facilities_master.csv"]
    assert "not confirmed" in my["licence"] and my["publisher"]
    rows = h384.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MY": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h384, "held_out_384", tmp_path)
