"""held_out_406 of the PII evaluation set (scripts/pii_held_out_406.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real phone or
fax field, unchanged, each copy labelled, the short service numbers after some phones
distractors; the centre's name, suburb and postcode are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

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

import au_qld_tmr_centres_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_406 as h406  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the centre's identifiers, in every layout
IDENTIFIERS = ("Title", "Suburb", "Postcode")
UBL = "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}"
CAC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
# copies of each field a record of each layout writes: (phone, fax)
COPIES = {
    "anz_peppol_invoice": (2, 1),
    "sensis_search": (1, 2),
    "deputy_location": (1, 1),
    "funnelback_search": (2, 2),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h406.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h406.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h406.data()["rows"]) == 190
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h406.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:AU"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "anz_peppol_invoice": 48,
        "sensis_search": 48,
        "deputy_location": 47,
        "funnelback_search": 47,
    }


def _parts(field: str) -> list[str]:
    return [field[s:e] for s, e in numbers(field)]


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field, and the fax (where it is one number of its own), is
    labelled wherever the field stands, under its column; the six-digit service numbers after
    some phones are distractors; nothing else is labelled or a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h406.phone(row), h406.fax(row)
        n_tel, n_fax = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        expected, short = Counter(), Counter()
        for part in _parts(tel):
            if personal_phone(part, "AU"):
                expected[(part, "PHONE_NUMBER", "national:Phone")] += n_tel
            else:
                short[part] += n_tel
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            expected[(fax, "PHONE_NUMBER", "national:Fax")] = n_fax
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert all(kind == "short" for *_, kind in r["distractors"])
        assert not r["unscored"] and "@" not in text


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h406.international)
    assert kinds == {"national:Phone": 287, "national:Fax": 261}
    assert sum(len(r["distractors"]) for r in records) == 16


def test_the_data_keeps_the_published_shape():
    """Every kept phone holds a number of seven digits or more on one line, none another kept
    row's or an earlier Australian part's; the faxes written are single numbers; the e-mail
    column is empty; the fields are strings as the register gives them."""
    rows = h406.data()["rows"]
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "61")
    seen: set[str] = set()
    for row in rows:
        tel = h406.phone(row)
        longs = extractor.long_numbers(tel)
        assert longs and "\n" not in tel and row["fields"]["Title"].strip()
        assert not (set(longs) & (seen | earlier)), row["path"]
        seen.update(longs)
    assert sum(bool(h406.fax(row)) for row in rows) == 174
    faxes = [h406.fax(row) for row in rows if h406.fax(row)]
    assert all(re.fullmatch(r"\(0\d\) \d{4} ?\d{4}", f) for f in faxes)
    assert [f for f in faxes if not re.fullmatch(r"\(0\d\) \d{4} \d{4}", f)] == ["(07) 40605274"]
    assert {row["fields"]["Email"] for row in rows} == {""}
    assert sum(" or 13 23 90 " in h406.phone(row) for row in rows) == 11
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert "" not in rows[0]["fields"]


def test_the_extractor_rules_on_a_few_fields():
    """The extractor keeps a phone by its numbers of seven digits or more: a six-digit service
    number alone is none, a field of two lines gives both."""
    assert extractor.long_numbers("(07) 4656 4833") == ["0746564833"]
    assert (
        extractor.long_numbers("13 74 68 or 13 23 90 (for practical driving test bookings)") == []
    )
    assert extractor.long_numbers("(07) 4069 9119, 4090 6000") == ["0740699119", "40906000"]
    assert extractor.long_numbers(
        "(07) 4902 1555 or 13 23 90 (for practical driving test bookings)"
    ) == ["0749021555"]
    assert digits_of("1300 696 272") == "1300696272"


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "anz_peppol_invoice":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name, suburb and postcode stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h406._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them, the invented ABNs' check digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h406.phone(row), h406.fax(row), row["fields"]["Title"]
        if r["layout"] == "anz_peppol_invoice":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{UBL}Invoice"
            assert root.findtext(f"{CBC}CustomizationID") == h406.CUSTOMIZATION
            assert root.findtext(f"{CBC}DocumentCurrencyCode") == "AUD"
            buyer = root.find(f"{CAC}AccountingCustomerParty/{CAC}Party")
            assert buyer.findtext(f"{CAC}Contact/{CBC}Telephone") == tel
            assert buyer.findtext(f"{CAC}Contact/{CBC}Name") == name
            for party in ("AccountingSupplierParty", "AccountingCustomerParty"):
                abn = root.findtext(f"{CAC}{party}/{CAC}Party/{CAC}PartyLegalEntity/{CBC}CompanyID")
                assert h406.abn_valid(abn)
            note = root.findtext(f"{CBC}Note")
            assert note.startswith(f"Tax invoice. Site: {name}, ph {tel}")
            assert (f", fax {fax}" in note) == bool(fax)
            assert all(e.text and e.text.strip() for e in root.iter() if len(e) == 0)
        elif r["layout"] == "sensis_search":
            doc = json.loads(text)
            assert doc["code"] == 200 and doc["totalResults"] == len(doc["listings"]) == 1
            listing = doc["listings"][0]
            assert listing["name"] == name
            assert listing["primaryContacts"] == [{"type": "PHONE", "value": tel}]
            assert listing["primaryAddress"]["postcode"] == row["fields"]["Postcode"]
            if fax:
                assert listing["secondaryContacts"] == {"Fax": [{"type": "FAX", "value": fax}]}
            else:
                assert "secondaryContacts" not in listing
        elif r["layout"] == "deputy_location":
            doc = json.loads(text)
            address = doc["_DPMetaData"]["AddressObject"]
            assert doc["CompanyName"] == name and doc["Address"] == address["Id"]
            assert address["Phone"] == tel and address["State"] == "QLD"
            assert (f"Fax {fax}" in (address["Notes"] or "")) == bool(fax)
            assert doc["_DPMetaData"]["Geo"]["RecId"] == doc["Id"]
        else:
            doc = json.loads(text)
            packet = doc["response"]["resultPacket"]
            assert packet["resultsSummary"]["totalMatching"] == len(packet["results"]) == 1
            result = packet["results"][0]
            assert result["title"] == name and result["listMetadata"]["phone"] == [tel]
            assert result["listMetadata"].get("fax", [""]) == [fax]
            assert f"Phone: {tel}" in result["summary"]
            assert result["liveUrl"].startswith(h406.PAGE)


def test_provenance():
    sources = h406.data()["sources"]
    assert set(sources) == {"AU"}
    au = sources["AU"]
    assert au["repository"] == "Stephen-Gates/service-locations"
    assert au["commit"] == "27aa44fbf7f86d62801e07b52e829b5f8acaee4a"
    assert au["paths"] == [extractor.PATH]
    assert "not confirmed" in au["licence"] and au["publisher"]
    rows = h406.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AU": 190}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h406, "held_out_406", tmp_path)
