"""held_out_277 of the PII evaluation set (scripts/pii_held_out_277.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the home's name is in the text and unlabelled) and are rebuilt
byte for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import nl_zorgkaart_nursing_homes_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_277 as h277  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

COPIES = {"zib_ada": 1, "snelstart_relatie": 2, "dhl_parcel_label": 1, "si_ubl_invoice": 2}
UBL = "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}"
CAC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h277.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h277.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h277.data()["rows"]) == 440
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h277.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "zib_ada": 110, "snelstart_relatie": 110, "dhl_parcel_label": 110, "si_ubl_invoice": 110,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each copy of the phone field is labelled wherever it stands, under its column; nothing
    else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h277.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "NL") else short)[(number, h277.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert [number for number, _ in expected] == [value], r["id"]
        assert not short and not r["distractors"], r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h277.international)
    assert kinds == {"national:phone_number": 660}


def test_the_data_keeps_the_published_shape():
    """440 nursing-home locations, each phone field one Dutch number of ten digits with the
    trunk ``0`` and a hyphen after the area code, none a mobile (``06``); the five fields kept
    as the strings the file gives."""
    rows = h277.data()["rows"]
    assert len(rows) == 440
    for row in rows:
        fields = row["fields"]
        assert tuple(fields) == extractor.COLUMNS
        assert fields["marked_segment"] == "Verpleeghuiszorg"
        tel = fields["phone_number"]
        assert re.fullmatch(r"0[1-57-9]\d{1,2}- ?\d[\d ]*\d", tel), tel
        assert sum(c.isdigit() for c in tel) == 10
        assert ", " in fields["address"] and fields["company"]
        assert fields["website"].startswith(("http", "www"))
    assert not extractor.mobile("0499-365959") and extractor.mobile("06-19266215")
    assert extractor.one_number("085-064 59 10") and extractor.one_number("050- 2069292")
    assert not extractor.one_number("0578\u2013668449") and not extractor.one_number("0900-8662")
    assert not extractor.one_number("088-3677000 (centrale bereikbaarheid)")
    paths = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert paths == sorted(paths) and len(set(paths)) == 440


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text or attribute, or a JSON string)."""
    if layout in ("zib_ada", "si_ubl_invoice"):
        return escape(value, {'"': "&quot;"}) if layout == "zib_ada" else escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_name_is_in_the_text_and_unlabelled(records):
    """The home's name stands in every record's text, outside the labels."""
    for r in records:
        value = _encoded(r["layout"], h277.name(_row(r)))
        found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
        assert found, r["id"]
        spans = [*r["spans"], *r["distractors"]]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h277.phone(row), h277.name(row)
        street, number, addition, town = h277.address(row)
        if r["layout"] == "zib_ada":
            root = ET.fromstring(text.encode("utf-8"))
            zorg = root.find("data/zorgaanbieder")
            assert zorg.find("organisatie_naam").get("value") == name
            assert re.fullmatch(r"73\d{6}", zorg.find("zorgaanbieder_identificatienummer")
                                .get("value"))  # fmt: skip
            tels = zorg.find("contactgegevens/telefoonnummers")
            assert tels.find("telefoonnummer").get("value") == tel
            assert tels.find("telecom_type").get("code") == "LL"
            address = zorg.find("adresgegevens")
            assert address.find("straat").get("value") == street
            assert address.find("huisnummer").get("value") == number
            assert address.find("woonplaats").get("value") == town
        elif r["layout"] == "snelstart_relatie":
            doc = json.loads(text)
            assert doc["relatiesoort"] == ["Klant"] and doc["naam"] == name
            assert doc["telefoon"] == tel and doc["websiteUrl"] == row["fields"]["website"]
            assert doc["vestigingsAdres"] == doc["correspondentieAdres"]
            assert (
                doc["vestigingsAdres"]["straat"] + ", " + doc["vestigingsAdres"]["plaats"]
                == (row["fields"]["address"])
            )
            assert f"bellen met {tel} (receptie" in doc["memo"]
            assert re.fullmatch(r"\d{4} [A-Z]{2}", doc["vestigingsAdres"]["postcode"])
        elif r["layout"] == "dhl_parcel_label":
            doc = json.loads(text)
            receiver = doc["receiver"]
            assert receiver["phoneNumber"] == tel
            assert receiver["name"]["companyName"] == name
            assert receiver["name"]["additionalName"] in h277.DESKS
            assert receiver["address"]["city"] == town and receiver["address"]["isBusiness"]
            assert receiver["address"]["number"] == number
            assert "phoneNumber" not in doc["shipper"]
            assert doc["options"][1]["input"] == doc["orderReference"]
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{UBL}Invoice"
            assert root.findtext(f"{CBC}CustomizationID").endswith("urn:fdc:nen.nl:nlcius:v1.0")
            party = root.find(f"{CAC}AccountingCustomerParty/{CAC}Party")
            assert party.findtext(f"{CAC}PartyName/{CBC}Name") == name
            assert party.findtext(f"{CAC}Contact/{CBC}Telephone") == tel
            assert party.findtext(f"{CAC}PostalAddress/{CBC}CityName") == town
            assert f"belt de bezorger {tel}." in root.findtext(f"{CBC}Note")
            lines = root.findall(f"{CAC}InvoiceLine")
            net = sum(Decimal(x.findtext(f"{CBC}LineExtensionAmount")) for x in lines)
            totals = root.find(f"{CAC}LegalMonetaryTotal")
            vat = Decimal(root.findtext(f"{CAC}TaxTotal/{CBC}TaxAmount"))
            assert Decimal(totals.findtext(f"{CBC}LineExtensionAmount")) == net
            assert Decimal(totals.findtext(f"{CBC}PayableAmount")) == net + vat
            assert vat == (net * Decimal("0.21")).quantize(Decimal("0.01"))
            assert not any(
                x.findtext(f"{CBC}Telephone")
                for x in root.iter(f"{CAC}Contact")
                if x is not party.find(f"{CAC}Contact")
            )


def test_provenance():
    sources = h277.data()["sources"]
    assert set(sources) == {"NL"}
    nl = sources["NL"]
    assert nl["repository"] == "JLSchol/zorginstellingen-scraper"
    assert nl["commit"] == "33431932cd8a2a43118fc41b47fe74732783cd0b"
    assert nl["path"] == "output_deel_123_gecombineerd.csv"
    assert nl["licence"].startswith("not confirmed") and nl["publisher"]
    rows = h277.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NL": 440}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_data_file_is_rebuilt_from_the_mirror_byte_for_byte():
    """The extractor writes the committed data file again from the fetched mirror (skipped
    where the mirror is not on this machine)."""
    git = Path("/work/.mirror/JLSchol+zorginstellingen-scraper/repo")
    if not git.is_dir():
        pytest.skip("the source repository's mirror is not here")
    data = extractor.extract({"NL": git})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h277, "held_out_277", tmp_path)
