"""held_out_497 of the PII evaluation set (scripts/pii_held_out_497.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone,
unchanged, each copy labelled; the organisation's name, suburb and postcode are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules hold
on the kept rows. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import au_qld_rto_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_497 as h497  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
TGA = "{http://training.gov.au/services/}"
NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
# copies of the phone a record of each layout writes
COPIES = {
    "avetmiss_nat00010": 1,
    "tga_organisation_soap": 2,
    "arlo_organisation": 1,
    "cin7_customer": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h497.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h497.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h497.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h497.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    # the pipeline's langid stage reads one NAT00010 line (a school's name, padding and
    # digits) as Shona; the part keeps what it says
    assert Counter(r["language"] for r in records) == {"en": 299, "sn": 1}
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h497.LAYOUTS}


def test_every_copy_of_the_phone_is_labelled_unchanged(records):
    """The phone is labelled wherever it stands, whole, under its column; nothing else is
    labelled, no distractor is, and no e-mail address is written."""
    for r in records:
        tel, text = h497.phone(_row(r)), r["text"]
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:Phone Contact"): COPIES[r["layout"]]}
        assert "@" not in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h497.international)
    assert kinds == {"national:Phone Contact": 375}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is ten digits in one run, no mobile, a number a person could hold, no
    two alike and none an earlier Australian part holds; the contact person's name is not
    kept; the fields are strings as the sheet shows them."""
    rows = h497.data()["rows"]
    tels = [h497.phone(row) for row in rows]
    assert all(re.fullmatch(r"0[2378]\d{8}|1[38]\d{8}", tel) for tel in tels)
    assert all(personal_phone(tel, "AU") for tel in tels)
    assert len(set(tels)) == 300
    assert not set(tels) & earlier_numbers(extractor.DATA, extractor.EARLIER, "61")
    assert Counter(tel[:2] for tel in tels) == {"07": 274, "13": 14, "02": 6, "03": 3, "18": 2,
                                                "08": 1}  # fmt: skip
    for row in rows:
        assert list(row["fields"]) == [c for c in extractor.COLUMNS if c not in extractor.PERSON]
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert re.fullmatch(r"\d{4}", row["fields"]["Post Code"])
        assert re.fullmatch(r".+\.csv#\d+", row["path"])


def test_the_extractor_keeps_its_rules():
    """A mobile or a short number is not kept; a landline, a 13 or 1800 number is."""
    assert not extractor.kept_number("0419591370")
    assert not extractor.kept_number("133677")
    assert extractor.kept_number("0732274826")
    assert extractor.kept_number("1300137277") and extractor.kept_number("1800183690")
    assert digits_of("(07) 5530 3619") == "0755303619"


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, a JSON string or as it is)."""
    if layout in ("tga_organisation_soap", "arlo_organisation"):
        return escape(value)
    if layout == "cin7_customer":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The organisation's name, suburb (upper-cased but in Cin7's ``City``) and postcode stand
    in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        upper = r["layout"] != "cin7_customer"
        values = (h497.name(row), h497.suburb(row).upper() if upper else h497.suburb(row),
                  h497.postcode(row))  # fmt: skip
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)),
                                                    r["text"])]  # fmt: skip
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _abn_right(value: str) -> bool:
    digits = [int(c) for c in value.replace(" ", "")]
    digits[0] -= 1
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    return sum(d * w for d, w in zip(digits, weights, strict=True)) % 89 == 0


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the NAT00010 line by its widths, XML and JSON by the
    standard library), the row's values where the format puts them, the ABNs' check digits
    right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, post = h497.phone(row), h497.name(row), h497.postcode(row)
        line1, line2 = h497.lines(row)
        if r["layout"] == "avetmiss_nat00010":
            assert text.endswith("\r\n") and text.count("\n") == 1
            line = text[:-2]
            assert len(line) == 448
            fields, at = {}, 0
            for key, width in h497.NAT00010:
                fields[key] = line[at : at + width].rstrip()
                at += width
            assert re.fullmatch(r"\d{4,5}", fields["toid"])
            assert fields["name"] == name and fields["phone"] == tel
            assert fields["line1"] == line1 and fields["line2"] == line2
            assert fields["postcode"] == post and fields["state"] == "03"
            assert fields["type"] in ("21", "27", "31", "53")
            assert fields["fax"] == fields["email"] == ""
        elif r["layout"] == "tga_organisation_soap":
            root = ET.fromstring(text)
            result = root.find(f"{SOAP}Body/{TGA}GetDetailsResponse/{TGA}GetDetailsResult")
            assert re.fullmatch(r"\d{4,5}", result.findtext(f"{TGA}Code"))
            contacts = result.findall(f"{TGA}Contacts/{TGA}Contact")
            assert [c.findtext(f"{TGA}TypeCode") for c in contacts] == [
                "PublicEnquiries", "RegistrationEnquiries",
            ]  # fmt: skip
            for c in contacts:
                assert c.findtext(f"{TGA}Phone") == tel
                assert c.findtext(f"{TGA}OrganisationName") == name
                assert c.find(f"{TGA}Email").get(NIL) == "true"
                address = c.find(f"{TGA}PostalAddress")
                assert address.findtext(f"{TGA}Line1") == line1
                assert address.findtext(f"{TGA}Postcode") == post
        elif r["layout"] == "arlo_organisation":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "Organisation"
            assert root.findtext("Name") == root.findtext("LegalName") == name
            assert root.findtext("PhonePrimary") == tel
            assert re.fullmatch(r"RTO\d{4,5}", root.findtext("CodePrimary"))
            oid = root.findtext("OrganisationID")
            assert root.find("Link").get("href").endswith(f"/organisations/{oid}/")
        else:
            doc = json.loads(text)
            assert doc["Total"] == doc["Page"] == len(doc["CustomerList"]) == 1
            customer = doc["CustomerList"][0]
            assert customer["Name"] == name and customer["Currency"] == "AUD"
            assert _abn_right(customer["TaxNumber"])
            (address,) = customer["Addresses"]
            assert address["Postcode"] == post and address["Line1"] == line1
            (contact,) = customer["Contacts"]
            assert contact["Phone"] == tel and contact["Default"] is True


def test_provenance():
    sources = h497.data()["sources"]
    assert set(sources) == {"AU"}
    au = sources["AU"]
    assert au["repository"] == "Stephen-Gates/service-locations"
    assert au["commit"] == "27aa44fbf7f86d62801e07b52e829b5f8acaee4a"
    assert au["paths"] == [extractor.PATH]
    assert "not confirmed" in au["licence"] and au["publisher"]
    assert Counter(r["country"] for r in h497.data()["rows"]) == {"AU": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h497, "held_out_497", tmp_path)
