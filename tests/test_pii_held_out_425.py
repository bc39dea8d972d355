"""held_out_425 of the PII evaluation set (scripts/pii_held_out_425.py): its committed records
keep the generator's invariants (every labelled value is a copy of a number or address of the
row's real phone and e-mail fields, unchanged, each copy labelled; the unit's name, street and
postcode are in the text and unlabelled; each layout parses as its format) and are rebuilt byte
for byte from the committed data; the extractor (scripts/fi_turku_evaka_units_data.py) keeps
the rows its rules name. No recognizer runs here: the part is scored from its committed file."""

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

import fi_turku_evaka_units_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_425 as h425  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the unit's identifiers, in every layout
IDENTIFIERS = ("name", "street_address", "postal_code")
XML_LAYOUTS = ("prinetti_shipment", "finvoice")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h425.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h425.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h425.data()["rows"]) == 154
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h425.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}" == "reg:FI"
        assert r["language"] in {"fi", "en"}
    assert Counter(r["layout"] for r in records) == {
        "organisaatio_v4": 39,
        "evaka_public_units": 39,
        "prinetti_shipment": 38,
        "finvoice": 38,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field and each address of the e-mail field is labelled
    wherever it stands (each layout writes each field once), each whole, the numbers under the
    ``phone`` column; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = Counter()
        for number in h425.phones(row):
            assert text.count(number) == 1, r["id"]
            expected[(number, "PHONE_NUMBER", "international:phone")] += 1
        for mail in h425.emails(row):
            assert text.count(mail) == 1, r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] += 1
        assert text.count("@") == len(h425.emails(row)), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h425.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"international:phone": 155, "register": 155}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one number (or two joined by ``ja``) of the calling code 358
    and eleven to thirteen digits with no plus, a number a person could hold; no family day
    carer, closed unit or test unit is kept; every kept unit has a mailbox; the fields are the
    statement's strings (or None for its nulls), trailing spaces kept."""
    rows = h425.data()["rows"]
    numbers = [p for row in rows for p in h425.phones(row)]
    assert len(numbers) == 155
    assert all(re.fullmatch(r"358\d{8,10}", p) for p in numbers)
    assert all(personal_phone(p, "FI") for p in numbers)
    assert [h425.phone_field(row) for row in rows if len(h425.phones(row)) > 1] == [
        "358405048819 ja 358405040605"
    ]
    assert sum(row["fields"]["phone"] != h425.phone_field(row) for row in rows) == 5
    assert all("FAMILY" not in row["fields"]["type"] for row in rows)
    assert all(row["fields"]["closing_date"] is None for row in rows)
    assert not any("testausta" in row["fields"]["name"] for row in rows)
    mails = [m for row in rows for m in h425.emails(row)]
    assert len(mails) == 155 and all(h425.emails(row) for row in rows)
    assert sum(m.endswith("@edu.turku.fi") for m in mails) == 77
    assert Counter(row["fields"]["type"] for row in rows) == {
        "{PRESCHOOL,CENTRE}": 81,
        "{CENTRE}": 47,
        "{CLUB}": 26,
    }
    assert all(v is None or isinstance(v, str) for row in rows for v in row["fields"].values())


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout in XML_LAYOUTS:
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The unit's name, street and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h425._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _business_id_right(value: str) -> bool:
    """Whether a Finnish business id's check digit is right."""
    body, check = value.split("-")
    rest = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return rest != 1 and int(check) == (0 if rest == 0 else 11 - rest)


def _reference_right(value: str) -> bool:
    """Whether a Finnish payment reference's check digit is right."""
    body = value[:-1]
    total = sum(int(d) * w for d, w in zip(reversed(body), [7, 3, 1] * 4, strict=False))
    return int(value[-1]) == (10 - total % 10) % 10


def _iban_right(value: str) -> bool:
    digits = "".join(str(int(c, 36)) for c in value[4:] + value[:4])
    return value.startswith("FI") and len(value) == 18 and int(digits) % 97 == 1


def _cents(value: str) -> int:
    euros, cents = value.split(",")
    return int(euros) * 100 + int(cents)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    fields where the format puts them, the invented business ids, references and IBANs with
    their check digits right and the invoice's amounts adding up."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h425.phone_field(row), h425.email_field(row), h425.name(row)
        if r["layout"] == "organisaatio_v4":
            doc = json.loads(text)
            assert doc["tyypit"] == ["organisaatiotyyppi_08"]
            assert doc["oid"] == (row["fields"]["oph_unit_oid"] or doc["oid"])
            assert re.fullmatch(r"1\.2\.246\.562\.10\.\d{11}", doc["oid"])
            assert list(doc["nimi"].values()) == [name]
            by_kind = {
                ("puhelin" if c.get("tyyppi") == "puhelin" else next(iter(c))): c
                for c in doc["yhteystiedot"]
            }
            assert by_kind["puhelin"]["numero"] == tel
            assert by_kind["email"]["email"] == mail
            visit = by_kind["osoiteTyyppi"]
            assert visit["osoite"] == h425.street(row)
            assert visit["postinumeroUri"] == f"posti_{h425.postcode(row)}"
            clubs = "CLUB" in h425.care_types(row)
            assert ("varhaiskasvatuksenToimipaikkaTiedot" in doc) == (not clubs)
        elif r["layout"] == "evaka_public_units":
            (unit,) = json.loads(text)
            assert unit["id"] == row["fields"]["id"] and unit["name"] == name
            assert unit["phone"] == tel and unit["email"] == mail
            assert unit["type"] == h425.care_types(row)
            assert unit["postalCode"] == h425.postcode(row)
            if unit["location"]:
                lat, lon = h425.coordinates(row)
                assert (unit["location"]["lat"], unit["location"]["lon"]) == (lat, lon)
        elif r["layout"] == "prinetti_shipment":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "eChannel"
            recipient = root.find("Shipment/Shipment.Recipient")
            assert recipient.findtext("Recipient.Name1") == name
            assert recipient.findtext("Recipient.Phone") == tel
            assert recipient.findtext("Recipient.Email") == mail
            assert recipient.findtext("Recipient.Postcode") == h425.postcode(row)
            assert root.findtext("Shipment/Shipment.Consignment/Consignment.Product") == "2103"
            assert _business_id_right(root.findtext("Shipment/Shipment.Sender/Sender.Vatcode"))
            assert re.fullmatch(r"\d{14}", root.findtext("ROUTING/Routing.Time"))
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "Finvoice" and root.get("Version") == "3.0"
            comm = root.find("BuyerCommunicationDetails")
            assert comm.findtext("BuyerPhoneNumberIdentifier") == tel
            assert comm.findtext("BuyerEmailaddressIdentifier") == mail
            delivery = root.find("DeliveryPartyDetails")
            assert delivery.findtext("DeliveryOrganisationName") == name
            assert _business_id_right(root.findtext("SellerPartyDetails/SellerPartyIdentifier"))
            municipal = row["fields"]["provider_type"] == "MUNICIPAL"
            buyer = root.findtext("BuyerPartyDetails/BuyerOrganisationName")
            assert buyer == ("Turun kaupunki" if municipal else name)
            epi = root.find("EpiDetails")
            assert _iban_right(epi.findtext(".//EpiAccountID"))
            assert _reference_right(epi.findtext(".//EpiRemittanceInfoIdentifier"))
            details = root.find("InvoiceDetails")
            net = _cents(details.findtext("InvoiceTotalVatExcludedAmount"))
            vat = _cents(details.findtext("InvoiceTotalVatAmount"))
            assert _cents(details.findtext("InvoiceTotalVatIncludedAmount")) == net + vat
            assert _cents(epi.findtext(".//EpiInstructedAmount")) == net + vat


def test_provenance():
    sources = h425.data()["sources"]
    assert set(sources) == {"FI"}
    fi = sources["FI"]
    assert fi["repository"] == "City-of-Turku/evakaturku"
    assert fi["commit"] == "f11a2df868def1af12f8efe1a8b080032beebd66"
    assert fi["paths"] == [extractor.PATH]
    assert "not confirmed" in fi["licence"] and fi["publisher"]
    rows = h425.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FI": 154}
    assert all(r["path"].startswith(extractor.PATH + "#") for r in rows)


DUMP = """-- a header
INSERT INTO public.daycare (id, name, type, phone, email, closing_date)
VALUES

    ('a','Koivulan päiväkoti','{PRESCHOOL,CENTRE}','358503967163','k@edu.turku.fi ',null),
    ('b','Virtanen, Anna','{FAMILY}','358401234567','',null),
    ('c','Vanha päiväkoti','{CENTRE}','358401234568','','[2021-06-30,)'),
    ('d','Koepäiväkoti (testausta varten)','{CENTRE}','358401234569','',null),
    ('e','Kerho','{CLUB}','123','',null),
    ('f','Steinerin päiväkoti','{CENTRE}','358405048819 ja 358405040605','O''Neil',null)

ON CONFLICT (id) DO NOTHING;"""


def test_the_extractor_reads_the_statement_and_keeps_what_its_rules_name():
    """The statement's rows as written (quotes undoubled, ``null`` as None, trailing spaces
    kept); a unit is kept unless it is a family day carer, closed, the test unit, without a
    number of seven digits or more, or holding a number an earlier part holds."""
    rows = extractor.insert_rows(DUMP, extractor.TABLE)
    assert [r["id"] for r in rows] == ["a", "b", "c", "d", "e", "f"]
    assert rows[0]["email"] == "k@edu.turku.fi " and rows[0]["closing_date"] is None
    assert rows[5]["email"] == "O'Neil" and rows[2]["closing_date"] == "[2021-06-30,)"
    kept = [r["id"] for r in rows if extractor.kept(r, set())]
    assert kept == ["a", "f"]
    assert not extractor.kept(rows[5], {"358405040605"})


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h425, "held_out_425", tmp_path)
