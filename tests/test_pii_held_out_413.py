"""held_out_413 of the PII evaluation set (scripts/pii_held_out_413.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone, fax or
practice mailbox, unchanged, each copy labelled; the practice's name and postcode are in the
text and unlabelled; a person's e-mail address is never written) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

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

import gb_nhs_opticians_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_413 as h413  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the practice's identifiers, in every layout
IDENTIFIERS = ("OrganisationName", "Postcode")
SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
DB = "{urn:despatchbay}"
# copies of each value a record of each layout writes: (phone, fax, e-mail)
COPIES = {
    "despatchbay_shipment": (1, 0, 1),
    "sumup_merchant": (1, 0, 1),
    "nylas_contact": (1, 1, 1),
    "invoiceninja_client": (2, 1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h413.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h413.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h413.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h413.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:GB"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h413.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone, the fax (where it is a number of its own) and the practice's mailbox (where it
    has one) are labelled wherever they stand, each whole, the numbers under their columns;
    nothing else is labelled, no distractor is, and the text holds no other address."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h413.phone(row), h413.fax(row), h413.email(row)
        n_tel, n_fax, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:Phone"): n_tel})
        if fax:
            expected[(fax, "PHONE_NUMBER", "national:Fax")] = n_fax
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        expected = +expected
        assert text.count(tel) == n_tel, r["id"]
        assert text.count(fax) == n_fax if fax else True, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h413.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Phone": 500, "national:Fax": 64, "register": 54}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is one British number of ten or eleven digits, digits and single spaces,
    a number a person could hold, no two alike; the faxes written are in the same shape and
    not the phone; the e-mail fields written are practice mailboxes, the others are not
    written; the fields are strings as the register gives them."""
    rows = h413.data()["rows"]
    tels = [h413.phone(row) for row in rows]
    assert all(h413.one_number(tel) and personal_phone(tel, "GB") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 400
    faxes = [h413.fax(row) for row in rows if h413.fax(row)]
    assert len(faxes) == 139 and all(personal_phone(f, "GB") for f in faxes)
    assert sum(bool(h413._f(row, "Fax")) for row in rows) == 184
    assert sum(h413._f(row, "Fax") == h413.phone(row) for row in rows) == 41
    mails = [h413.email(row) for row in rows if h413.email(row)]
    assert len(mails) == 54 and sum(bool(h413._f(row, "Email")) for row in rows) == 94
    locals_ = Counter(m.split("@")[0].lower() for m in mails)
    assert locals_["info"] == 18 and locals_["nhsoptical"] == 5
    unwritten = {h413._f(r, "Email").split("@")[0] for r in rows if not h413.email(r)}
    assert {"andy", "g.m.price", "catherineibberson", "mailto:enquiries", "r.dempster"} <= unwritten
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_a_person_s_address_is_never_written(records):
    """No record holds an e-mail field that the generator does not write (a person's address,
    or a field that is not one address)."""
    for r in records:
        value = h413._f(_row(r), "Email")
        if value and not h413.email(_row(r)):
            assert value not in r["text"], r["id"]
            assert value.split("@")[0] + "@" not in r["text"], r["id"]


def test_the_extractor_keeps_its_rules():
    """A phone field is kept only where it is one number (the register's odd fields are not);
    no kept number is an earlier British part's, and no two kept rows share one."""
    assert extractor.one_number("01253 697385") and extractor.one_number("0161 278 2472")
    assert extractor.one_number("0845 6779051") and extractor.one_number("01909 472506 ")
    for odd in (
        "0116\xa0276\xa08347", "(Freephone) 0800 854 390", "0117 986 2278 (ext. 2)",
        "0161 624 8361 / 0161 620 0139", "020 8989-3327", "0208 478  5799",
        "Mobile: 07757 733166  Landline: 01270 528555", "024 76555 5573",
    ):  # fmt: skip
        assert not extractor.one_number(odd), odd
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "44")
    rows = h413.data()["rows"]
    assert not any(digits_of(r["fields"]["Phone"]) in earlier for r in rows)
    assert not any(digits_of(r["fields"]["Fax"]) in earlier for r in rows)
    paths = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert paths == sorted(paths) and len(set(paths)) == 400


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "despatchbay_shipment":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The practice's name and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h413._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _vat_right(vat: str) -> bool:
    """Whether an invented UK VAT number's check digits are right (weights 8 to 2, mod 97)."""
    digits = [int(c) for c in vat[2:]]
    total = sum(d * w for d, w in zip(digits[:7], range(8, 1, -1), strict=True))
    return vat.startswith("GB") and len(digits) == 9 and (total + int(vat[-2:])) % 97 == 0


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, name = h413.phone(row), h413.fax(row), h413.email(row), h413.name(row)
        pc = h413.postcode(row)
        if r["layout"] == "despatchbay_shipment":
            root = ET.fromstring(text.encode("utf-8"))
            shipment = root.find(f"{SOAP}Body/{DB}AddShipment/Shipment")
            assert shipment.find("Parcels/item/Weight") is not None
            ref = shipment.findtext("ClientReference")
            assert ref in shipment.findtext("Parcels/item/Contents")
            recipient = shipment.find("RecipientAddress")
            assert recipient.findtext("RecipientName") == name
            assert recipient.findtext("RecipientTelephone") == tel
            assert (recipient.findtext("RecipientEmail") or "") == mail
            address = recipient.find("RecipientAddress")
            assert address.findtext("CompanyName") == name
            assert address.findtext("PostalCode") == pc
            assert address.findtext("CountryCode") == "GB"
        elif r["layout"] == "sumup_merchant":
            doc = json.loads(text)
            profile = doc["business_profile"]
            assert doc["company"]["merchant_category_code"] == "8043"
            assert re.fullmatch(r"M[A-Z0-9]{7}", doc["merchant_code"])
            assert profile["phone_number"] == tel and len(tel) <= 16
            assert profile.get("email", "") == mail and profile["name"] == name
            assert re.fullmatch(r"[a-zA-Z0-9 +'_.-]{1,30}", profile["dynamic_descriptor"])
            assert profile["address"]["post_code"] == pc and doc["default_currency"] == "GBP"
        elif r["layout"] == "nylas_contact":
            doc = json.loads(text)["data"]
            assert doc["object"] == "contact" and doc["company_name"] == name
            assert doc["phone_numbers"] == [{"number": tel, "type": "work"}]
            assert [e["email"] for e in doc.get("emails", [])] == ([mail] if mail else [])
            assert doc["physical_addresses"][0]["postal_code"] == pc
            assert doc["notes"].endswith(f"Fax: {fax}" if fax else ").")
        else:
            doc = json.loads(text)
            assert doc["name"] == name and doc["phone"] == tel and doc["country_id"] == "826"
            assert doc["postal_code"] == pc and _vat_right(doc["vat_number"])
            contact = doc["contacts"][0]
            assert contact["phone"] == tel and contact.get("email", "") == mail
            assert contact["is_primary"] and contact["send_email"] == bool(mail)
            assert doc["private_notes"].endswith(f"Practice fax {fax}" if fax else "monthly.")


def test_provenance():
    sources = h413.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "JeniT/nhs-choices"
    assert gb["commit"] == "4e5ac5ca8478e4337472644def8ec58cc5264e43"
    assert gb["paths"] == ["sources/Optician.csv"]
    assert "Open Government Licence" in gb["licence"] and gb["publisher"]
    rows = h413.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GB": 400}
    assert {r["fields"]["OrganisationType"] for r in rows} == {"Opticians"}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h413, "held_out_413", tmp_path)
