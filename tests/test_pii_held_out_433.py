"""held_out_433 of the PII evaluation set (scripts/pii_held_out_433.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone, fax or
practice mailbox, unchanged, each copy labelled; the practice's name and postcode are in the
text and unlabelled; a person's e-mail address is never written) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import hashlib
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

import gb_nhs_dentists_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_433 as h433  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the practice's identifiers, in every layout
IDENTIFIERS = ("OrganisationName", "Postcode")
# copies of each value a record of each layout writes: (phone, fax, e-mail)
COPIES = {
    "quickfile_client": (1, 0, 1),
    "mintsoft_order": (1, 1, 1),
    "shiptheory_shipment": (1, 0, 1),
    "prosku_order": (1, 1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h433.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h433.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h433.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h433.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:GB"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h433.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone, the fax (where it is a number of its own) and the practice's mailbox (where it
    has one) are labelled wherever they stand, each whole, the numbers under their columns;
    nothing else is labelled, no distractor is, and the text holds no other address."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h433.phone(row), h433.fax(row), h433.email(row)
        n_tel, n_fax, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:Phone"): n_tel})
        if fax:
            expected[(fax, "PHONE_NUMBER", "national:Fax")] = n_fax
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        expected = +expected
        assert text.count(tel) == n_tel, r["id"]
        assert text.count(fax) == n_fax if fax else True, r["id"]
        # practices whose names hold an "@" (``Surgery@102 Limited``) write it; no other address
        assert len(h433.ADDRESS.findall(text)) == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h433.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Phone": 400, "national:Fax": 62, "register": 97}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is one British number of ten or eleven digits, digits and single spaces,
    a number a person could hold, no two alike; the faxes written are in the same shape and
    not the phone; the e-mail fields written are practice mailboxes, the others are not
    written; the fields are strings as the register gives them."""
    rows = h433.data()["rows"]
    tels = [h433.phone(row) for row in rows]
    assert all(h433.one_number(tel) and personal_phone(tel, "GB") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 400
    faxes = [h433.fax(row) for row in rows if h433.fax(row)]
    assert len(faxes) == 117 and all(personal_phone(f, "GB") for f in faxes)
    assert sum(bool(h433._f(row, "Fax")) for row in rows) == 151
    assert sum(h433._f(row, "Fax") == h433.phone(row) for row in rows) == 25
    mails = [h433.email(row) for row in rows if h433.email(row)]
    assert len(mails) == 97 and sum(bool(h433._f(row, "Email")) for row in rows) == 143
    written = {m.split("@")[0].lower() for m in mails}
    assert {"info", "reception", "cheadle-pm", "royton", "topteeth"} <= written
    unwritten = {h433._f(r, "Email").split("@")[0] for r in rows if not h433.email(r)}
    assert {"pat.kilker", "n.doherty", "sldentith", "martin", "anne.askew", "abl"} <= unwritten
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_a_person_s_address_is_never_written(records):
    """No record holds an e-mail field that the generator does not write (a person's address,
    or a field that is not one address)."""
    for r in records:
        value = h433._f(_row(r), "Email")
        if value and not h433.email(_row(r)):
            assert value not in r["text"], r["id"]
            assert value.split("@")[0] + "@" not in r["text"], r["id"]


def test_the_extractor_keeps_its_rules():
    """A phone field is kept only where it is one number (the register's odd fields are not);
    no kept number is an earlier British part's, and no two kept rows share one."""
    assert extractor.one_number("01908 241000") and extractor.one_number("0121 612 2690")
    assert extractor.one_number("01254691311") and extractor.one_number("01254 703020 ")
    for odd in (
        "Ring NHS Direct 0845 4647", "(020) 8363 1135", "01494-673219", "01582  503040",
        "01666 500032 or 502414", "020 8573 5899 / 0208 561 9353", "001254663582",
    ):  # fmt: skip
        assert not extractor.one_number(odd), odd
    assert "pii_gb_nhs_opticians.json" in extractor.EARLIER
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "44")
    rows = h433.data()["rows"]
    assert not any(digits_of(r["fields"]["Phone"]) in earlier for r in rows)
    assert not any(digits_of(r["fields"]["Fax"]) in earlier for r in rows)
    paths = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert paths == sorted(paths) and len(set(paths)) == 400


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "quickfile_client":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The practice's name and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h433._f(_row(r), column))
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
    """Each document parses in its format (JSON and XML by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, name = h433.phone(row), h433.fax(row), h433.email(row), h433.name(row)
        pc = h433.postcode(row)
        if r["layout"] == "quickfile_client":
            doc = json.loads(text)["payload"]
            header, body = doc["Header"], doc["Body"]
            assert header["MessageType"] == "Request"
            auth = header["Authentication"]
            assert re.fullmatch(r"\d{10}", auth["AccNumber"])
            assert re.fullmatch(r"[0-9a-f]{32}", auth["MD5Value"])
            details = body["ClientDetails"]
            assert details["CompanyName"] == name and details["Postcode"] == pc
            assert details["CountryISO"] == "GB" and _vat_right(details["VatNumber"])
            contact = body["ClientContacts"]["DefaultContact"]
            assert contact["TelephoneNumbers"] == {"Telephone": [tel]}
            assert contact.get("Email", "") == mail
        elif r["layout"] == "mintsoft_order":
            order = ET.fromstring(text.encode("utf-8")).find("Order")
            assert order.findtext("CompanyName") == name and order.findtext("Postcode") == pc
            assert order.findtext("Phone") == tel and (order.findtext("Email") or "") == mail
            assert order.findtext("Country") == "GB" and order.findtext("Currency") == "GBP"
            assert order.findtext("Comments").endswith(f"Practice fax {fax}" if fax else "days.")
            value, vat = float(order.findtext("OrderValue")), float(order.findtext("TotalVAT"))
            assert abs(value - 6 * vat) < 0.02
        elif r["layout"] == "shiptheory_shipment":
            shipment = ET.fromstring(text.encode("utf-8")).find("Shipment")
            assert shipment.findtext("DeliveryServiceCarrier") == "Parcelforce"
            assert shipment.findtext("ExternalId") == shipment.findtext("Reference")
            recipient = shipment.find("Recipient")
            assert recipient.findtext("Company") == name and recipient.findtext("Postcode") == pc
            assert recipient.findtext("Telephone") == tel
            assert (recipient.findtext("Email") or "") == mail
            products = shipment.findall("Products/Product")
            assert 1 <= len(products) <= 3
            assert all(re.fullmatch(r"\d{8}", p.findtext("CommodityCode")) for p in products)
        else:
            order = ET.fromstring(text.encode("utf-8")).find("order")
            assert order.findtext("delivery_name") == name == order.findtext("company_name")
            assert order.findtext("phone_number") == tel and order.findtext("post_code") == pc
            assert (order.findtext("email") or "") == mail
            assert order.findtext("notes").endswith(f"fax on {fax}" if fax else "reception.")
            assert order.findtext("iso_3_code") == "GBR"
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", order.findtext("delivery_date"))
            assert order.findall("products/product")


def test_the_quickfile_md5_is_of_its_own_fields(records):
    """The ``MD5Value`` is a hash of 32 hex digits, the same for no two requests."""
    values = [
        json.loads(r["text"])["payload"]["Header"]["Authentication"]["MD5Value"]
        for r in records
        if r["layout"] == "quickfile_client"
    ]
    assert len(set(values)) == 100
    assert hashlib.md5(b"").hexdigest() not in values


def test_provenance():
    sources = h433.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "JeniT/nhs-choices"
    assert gb["commit"] == "4e5ac5ca8478e4337472644def8ec58cc5264e43"
    assert gb["paths"] == ["sources/Dentists.csv"]
    assert "Open Government Licence" in gb["licence"] and gb["publisher"]
    rows = h433.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GB": 400}
    assert {r["fields"]["OrganisationType"] for r in rows} == {"Dentists"}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h433, "held_out_433", tmp_path)
