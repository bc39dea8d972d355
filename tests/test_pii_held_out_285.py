"""held_out_285 of the PII evaluation set (scripts/pii_held_out_285.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field
and every labelled e-mail address the row's real address, copied unchanged, each copy labelled;
the name and postcode are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
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

import gb_scottish_schools_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_285 as h285  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the school's identifiers, in every layout
IDENTIFIERS = ("SchoolName", "PostCode")
SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
KF = "{KashFlow}"
# how many copies of the phone field, and of the e-mail address, each layout writes
COPIES = {
    "kashflow_soap": (2, 1),
    "parcel2go_order": (2, 1),
    "capsule_party": (2, 1),
    "yeastar_contacts_csv": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h285.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h285.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h285.data()["rows"]) == 420
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h285.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h285.LAYOUTS, 105)


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; each copy of the role address is labelled
    as an e-mail address; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value, mail = h285.phone(row), h285.email(row)
        phones, mails = COPIES[r["layout"]]
        assert text.count(value) == phones, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "GB") else short)[(number, h285.PHONE)] += phones
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        got_mail = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert got_mail == ([mail] * mails if mail else []), r["id"]
        assert not r["unscored"]


def test_phones_and_addresses_keep_their_kind(records):
    kinds = phone_kinds(records, h285.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Phone": 738, "register": 413}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is ASCII and holds a number of six digits or more; 329 primary,
    67 secondary and 24 special schools' rows; the fields are strings as the file gives them;
    the ``Email`` column is left out of the 7 rows whose address is a member of staff's own
    and of no other; every kept address is the school's."""
    rows = h285.data()["rows"]
    assert Counter(row["fields"]["SchoolType"] for row in rows) == {
        "Primary": 329, "Secondary": 67, "Special": 24,
    }  # fmt: skip
    for row in rows:
        field = row["fields"]["Phone"]
        assert field.isascii() and sum(c.isdigit() for c in field) >= 6
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert sum("Email" not in row["fields"] for row in rows) == 7
    assert not any(extractor.staff_address(row["fields"].get("Email", "")) for row in rows)
    assert sum(bool(h285.email(row)) for row in rows) == 413
    assert sum(h285.phone(row).startswith("0") for row in rows) == 418  # one "1...", one "("
    assert all(len(row["fields"]) in (37, 38) for row in rows)


STAFF = (
    "joseph.kane@eastayrshire.org.uk", "cmcdermott@aberdeencity.gov.uk",
    "carol-anne.burns@eastayrshire.org.uk", "Erica.Dennies@capability-scotland.org.uk",
)  # fmt: skip
SCHOOLS = (
    "admin.aberlourp@moray-edunet.gov.uk", "gordon.sch@aberdeenshire.gov.uk",
    "kyle.mail@south-ayrshire.gov.uk", "SchoolOffice.Balloch@west-dunbarton.gov.uk",
    "headteacher@barrhead.e-renfrew.sch.uk", "ross.hs@ross.elcschool.org.uk",
)  # fmt: skip


def test_the_staff_addresses_are_told_from_the_schools():
    assert all(extractor.staff_address(value) for value in STAFF)
    assert not any(extractor.staff_address(value) for value in SCHOOLS)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, a JSON string, or a CSV field's text)."""
    if layout == "kashflow_soap":
        return escape(value)
    if layout == "yeastar_contacts_csv":
        return value.replace('"', '""')
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h285._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML, JSON and CSV by the standard library), the
    row's number and address where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h285.phone(row), h285.email(row), h285._f(row, "SchoolName")
        if r["layout"] == "kashflow_soap":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{SOAP}Envelope"
            custr = root.find(f"{SOAP}Body/{KF}InsertCustomer/{KF}custr")
            assert custr.findtext(f"{KF}Telephone") == tel
            assert custr.findtext(f"{KF}Name") == name
            assert (custr.findtext(f"{KF}Email") or "") == mail
            assert custr.findtext(f"{KF}Notes").endswith(f"tel {tel}.")
            assert custr.findtext(f"{KF}ExtraText1") == h285._f(row, "SchUID")
        elif r["layout"] == "parcel2go_order":
            doc = json.loads(text)
            (item,) = doc["Items"]
            (parcel,) = item["Parcels"]
            address = parcel["DeliveryAddress"]
            assert address["Phone"] == tel and address["Organisation"] == name
            assert address.get("Email", "") == mail
            assert address["Postcode"] == h285._f(row, "PostCode")
            assert address["CountryIsoCode"] == "GBR"
            assert f"call {tel} if" in address["SpecialInstructions"]
            assert set(doc["CustomerDetails"]) == {"Email", "Forename", "Surname"}
        elif r["layout"] == "capsule_party":
            party = json.loads(text)["party"]
            assert party["type"] == "organisation" and party["name"] == name
            assert party["phoneNumbers"] == [{"type": "Work", "number": tel}]
            assert [a["address"] for a in party["emailAddresses"]] == ([mail] if mail else [])
            assert party["about"].endswith(f"School office: {tel}.")
            assert party["fields"][0]["value"] == h285._f(row, "SchUID")
        else:
            assert text.endswith("\r\n")
            table = list(csv.DictReader(io.StringIO(text, newline="")))
            assert len(table) == 1 and tuple(table[0]) == h285.YEASTAR_HEADER
            (entry,) = table
            assert entry["Business Number"] == tel and entry["First Name"] == name
            assert entry["Email"] == mail
            assert entry["Remark"].startswith(f"SEED {h285._f(row, 'SeedCode')} ")


def test_provenance():
    sources = h285.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "mathieuadams/better_School"
    assert gb["commit"] == "50c535387551ff247c666edd1dd01d815ad32df0"
    assert gb["path"] == "scripts/ScotlandGSchoolRoll2023.csv"
    assert "not confirmed" in gb["licence"] and "Scottish Government" in gb["publisher"]
    rows = h285.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GB": 420}
    assert all(r["path"].startswith(f"{gb['path']}#") for r in rows)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h285, "held_out_285", tmp_path)
