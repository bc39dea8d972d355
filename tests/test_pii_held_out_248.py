"""held_out_248 of the PII evaluation set (scripts/pii_held_out_248.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real contact,
as displayed or as E.164, and every labelled address its kept e-mail field, copied unchanged,
each copy labelled; the name and the directory's ``businessId`` are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

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

import pii_held_out_248 as h248  # noqa: E402 - the scripts folder's modules
import se_goteborg_serviceguiden_data as extractor  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

INV = "{urn:sfti:documents:BasicInvoice:1:0}"
CAC = "{urn:sfti:CommonAggregateComponents:1:0}"
CBC = "{urn:oasis:names:tc:ubl:CommonBasicComponents:1:0}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h248.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h248.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h248.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h248.layout_of(_row(r), n)
        assert (r["layout"] == "ss12000_organisation") == h248.school(_row(r))
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ss12000_organisation": 141, "postnord_edi": 90, "visma_customer": 89,
        "svefaktura_invoice": 80,
    }  # fmt: skip


def _copies(layout: str, row: dict) -> dict[str, int]:
    """How often the layout writes each value: the displayed number once in SS 12000, twice in
    Svefaktura, three times in Visma and not in PostNord, which writes the E.164 form once; the
    mobile number twice in Visma, its E.164 form once in PostNord; the address once, twice in
    Visma."""
    mob, mail = bool(h248.mobile(row)), bool(h248.email(row))
    return {
        "ss12000_organisation": {"phone": 1, "phone_e164": 0, "mobile": 0, "mobile_e164": 0,
                                 "email": mail},
        "svefaktura_invoice": {"phone": 2, "phone_e164": 0, "mobile": 0, "mobile_e164": 0,
                               "email": mail},
        "visma_customer": {"phone": 3, "phone_e164": 0, "mobile": 2 * mob, "mobile_e164": 0,
                           "email": 2 * mail},
        "postnord_edi": {"phone": 0, "phone_e164": 1, "mobile": 0, "mobile_e164": mob,
                         "email": mail},
    }[layout]  # fmt: skip


def _value(row: dict, key: str) -> str:
    if key == "email":
        return h248.email(row)
    if key == "mobile":
        return h248.mobile(row)
    if key == "mobile_e164":
        return h248.mobile_e164(row)
    return h248._f(row, key)


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each copy of the contact's numbers is labelled under its field, each copy of the kept
    e-mail address as an address; nothing else is, and no short number stands apart."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = Counter()
        for key, count in _copies(r["layout"], row).items():
            value = _value(row, key)
            if not value:
                assert count == 0, r["id"]
                continue
            assert text.count(value) == count, (r["id"], key)
            kind = "EMAIL_ADDRESS" if key == "email" else "PHONE_NUMBER"
            expected[(value, kind, "register" if key == "email" else key)] += count
        got = Counter(
            (text[s:e], t, kind if t == "EMAIL_ADDRESS" else kind.split(":")[1])
            for s, e, t, kind in r["spans"]
        )
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h248.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:phone": 568, "international:phone_e164": 90, "national:mobile": 2,
        "register": 282,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept phone is a Swedish number as the directory displays it, the area code before
    a hyphen and the line in groups, with its E.164 form; 9 rows have another mobile number, 238
    keep an e-mail address, none of a ``first.last`` shape; no contact centre, no person's
    contact, no family day care; every value a string."""
    rows = h248.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h248.phone(row)) for row in rows)
    assert shapes == {"999-999 99 99": 343, "999-99 99 99": 56, "999-999 999": 1}
    for row in rows:
        digits = re.sub(r"\D", "", h248.phone(row))
        assert row["fields"]["phone_e164"] == "+46" + digits[1:]
        assert row["fields"].get("contact_name", "") in ("", *extractor.OFFICE_NAMES)
        assert "Dagbarnvårdare" not in h248.kinds(row)
        assert "contactCenter" not in row["fields"] and "description" not in row["fields"]
    assert sum(bool(h248.mobile(row)) for row in rows) == 9
    mails = [h248.email(row) for row in rows if h248.email(row)]
    assert len(mails) == 238
    assert all(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", m) for m in mails)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert all(re.fullmatch(r"\d+", row["fields"]["businessId"]) for row in rows)
    assert sum(h248.school(row) for row in rows) == 141


def test_the_email_filter_drops_a_persons_address():
    """``office_email`` keeps an office's mailbox and drops a member of staff's."""
    assert extractor.office_email("info@abfvux.se", "ABF Vux") == "info@abfvux.se"
    unit = "Annedalsskolan"
    assert extractor.office_email("annedalsskolan@grundskola.goteborg.se", unit)
    assert extractor.office_email("lonnen@telia.com", "Förskolan Lönnen") == "lonnen@telia.com"
    assert extractor.office_email("lisa.alm@grundskola.goteborg.se", unit) == ""
    assert extractor.office_email("susannel@backatorpsskolan.se", "Backatorpsskolan") == ""


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "svefaktura_invoice":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The unit's name and the directory's ``businessId`` stand in the text where the layout
    writes them, outside the labels."""
    for r in records:
        columns = ["name"] if r["layout"] in ("svefaktura_invoice", "visma_customer") else [
            "name", "businessId"]  # fmt: skip
        for column in columns:
            value = _encoded(r["layout"], h248._f(_row(r), column))
            if column == "businessId":  # a JSON string of its own (its digits may stand in a
                value = f'"{value}"'  # phone number too)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h248.phone(row), h248.email(row), h248._f(row, "name")
        if r["layout"] == "ss12000_organisation":
            doc = json.loads(text)
            assert doc["pageToken"] is None and len(doc["data"]) == 1
            org = doc["data"][0]
            assert org["displayName"] == name and org["organisationType"] == "Skolenhet"
            assert org["organisationCode"] == row["fields"]["businessId"]
            assert org["phoneNumber"] == tel and org.get("email", "") == mail
            assert org["schoolTypes"] and set(org["schoolTypes"]) <= set(h248.SCHOOL_TYPES.values())
            assert re.fullmatch(r"\d{8}", org["schoolUnitCode"])
            assert org["municipalityCode"] == "1480"
        elif r["layout"] == "svefaktura_invoice":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{INV}Invoice"
            assert root.findtext(f"{INV}InvoiceTypeCode") == "380"
            party = root.find(f"{CAC}BuyerParty/{CAC}Party")
            assert party.findtext(f"{CAC}PartyName/{CBC}Name") == name
            contact = party.find(f"{CAC}Contact")
            assert contact.findtext(f"{CBC}Telephone") == tel
            assert (contact.findtext(f"{CBC}ElectronicMail") or "") == mail
            assert root.findtext(f"{CBC}Note").endswith(f"ring {tel}.")
        elif r["layout"] == "visma_customer":
            doc = json.loads(text)
            assert doc["Name"] == name and doc["CorporateIdentityNumber"] == "212000-1355"
            assert doc["Telephone"] == doc["ContactPersonPhone"] == tel
            assert (doc["MobilePhone"] or "") == h248.mobile(row)
            assert (doc["EmailAddress"] or "") == (doc["ContactPersonEmail"] or "") == mail
            assert f"Ring {tel} " in doc["Note"]
        else:
            doc = json.loads(text)
            assert doc["messageFunction"] == "Instruction"
            consignee = doc["shipment"][0]["parties"]["consignee"]["party"]
            assert consignee["nameIdentification"]["name"] == name
            contact = consignee["contact"]
            assert contact["phoneNo"] == row["fields"]["phone_e164"]
            assert contact.get("smsNo", "") == h248.mobile_e164(row)
            assert contact.get("emailAddress", "") == mail
            assert consignee["references"][0]["referenceNo"] == row["fields"]["businessId"]


def test_provenance():
    sources = h248.data()["sources"]
    assert set(sources) == {"SE"}
    se = sources["SE"]
    assert se["repository"] == "diwise/integration-cip-gbg-ms"
    assert se["commit"] == "98d154e31c50d40afe9d5066f564c07085cfb46f"
    assert se["paths"] == ["assets/test/serviceguiden_trim.json"]
    assert "not confirmed" in se["licence"] and se["publisher"]
    assert Counter(r["country"] for r in h248.data()["rows"]) == {"SE": 400}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h248, "held_out_248", tmp_path)
