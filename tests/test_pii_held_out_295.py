"""held_out_295 of the PII evaluation set (scripts/pii_held_out_295.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the provider's name is in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

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

import nl_zorgkaart_specialist_care_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_295 as h295  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

COPIES = {"topdesk_branch": 2, "xaf_auditfile": 1, "wefact_debtor": 2, "teamleader_company": 2}
XAF = "{http://www.auditfiles.nl/XAF/3.2}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h295.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h295.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h295.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h295.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "topdesk_branch": 100, "xaf_auditfile": 100, "wefact_debtor": 100,
        "teamleader_company": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each copy of the phone field is labelled wherever it stands, under its column; nothing
    else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h295.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "NL") else short)[(number, h295.PHONE)] += copies
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
    kinds = phone_kinds(records, h295.international)
    assert kinds == {"national:phone_number": 700}


def test_the_data_keeps_the_published_shape():
    """400 providers of medical specialist care, each phone field one Dutch number with the
    trunk ``0`` and a hyphen or a blank after the area code, none a mobile (``06``), no name
    naming a doctor; the five fields kept as the strings the file gives."""
    rows = h295.data()["rows"]
    assert len(rows) == 400
    for row in rows:
        fields = row["fields"]
        assert tuple(fields) == extractor.COLUMNS
        assert fields["marked_segment"] == "Medisch specialistische zorg"
        tel = fields["phone_number"]
        assert re.fullmatch(r"0[1-57-9]\d{1,2}(?:- ?| )\d(?: ?\d)*", tel), tel
        assert 8 <= sum(c.isdigit() for c in tel) <= 11
        assert ", " in fields["address"] and fields["company"]
        assert not extractor.names_a_doctor(fields["company"])
    lengths = Counter(sum(c.isdigit() for c in r["fields"]["phone_number"]) for r in rows)
    assert lengths[10] > 390
    assert not extractor.mobile("010-2585000") and extractor.mobile("06-51209221")
    assert extractor.one_number("071-526 91 11") and extractor.one_number("020- 8943131")
    assert extractor.one_number("088 0100 900") and extractor.one_number("0900-9879")
    assert not extractor.one_number("010\u20132535255")
    assert not extractor.one_number("0229 - 257257")
    assert not extractor.one_number("020-3055800 (Algemeen)")
    assert not extractor.one_number("010-\u202d2004229")
    assert not extractor.one_number("https://www.nwz.nl/") and not extractor.one_number("")
    assert extractor.names_a_doctor("Dr. Liem Clinic")
    assert extractor.names_a_doctor("Praktijk voor dermatologie I. Kuijken en J.P. de Bliek")
    assert not extractor.names_a_doctor("IJsselland Ziekenhuis, Polikliniek Kralingen")
    paths = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert paths == sorted(paths) and len(set(paths)) == 400


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text or a JSON string)."""
    if layout == "xaf_auditfile":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_name_is_in_the_text_and_unlabelled(records):
    """The provider's name stands in every record's text, outside the labels."""
    for r in records:
        value = _encoded(r["layout"], h295.name(_row(r)))
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
        tel, name = h295.phone(row), h295.name(row)
        street, number, addition, town = h295.address(row)
        if r["layout"] == "topdesk_branch":
            doc = json.loads(text)
            assert doc["name"] == name and doc["phone"] == tel and doc["fax"] == ""
            assert doc["specification"] == "Medisch specialistische zorg"
            assert doc["website"] == row["fields"]["website"]
            assert doc["address"]["street"] == street and doc["address"]["city"] == town
            assert doc["address"]["number"] == f"{number} {addition}".strip()
            postcode = doc["address"]["postcode"]
            assert re.fullmatch(r"\d{4} [A-Z]{2}", postcode)
            assert doc["address"]["addressMemo"].endswith(f"{postcode} {town.upper()}")
            assert f"bevestigen via {tel} (werkdagen" in doc["optionalFields1"]["memo1"]
            assert doc["extraA"]["name"] in h295.REGIONS
            assert doc["extraB"]["name"] in h295.CONTRACTS
        elif r["layout"] == "xaf_auditfile":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{XAF}auditfile"
            assert root.findtext(f"{XAF}header/{XAF}fiscalYear") == "2024"
            company = root.find(f"{XAF}company")
            cust = company.find(f"{XAF}customersSuppliers/{XAF}customerSupplier")
            assert cust.findtext(f"{XAF}custSupName") == name
            assert cust.findtext(f"{XAF}telephone") == tel
            assert cust.findtext(f"{XAF}custSupTp") == "C"
            assert re.fullmatch(r"\d{8}", cust.findtext(f"{XAF}commerceNr"))
            address = cust.find(f"{XAF}streetAddress")
            assert address.findtext(f"{XAF}streetname") == street
            assert address.findtext(f"{XAF}number") == number
            assert address.findtext(f"{XAF}city") == town
            assert (address.findtext(f"{XAF}numberExtension") or "") == addition
            assert sum(1 for _ in root.iter(f"{XAF}telephone")) == 1
            transactions = company.find(f"{XAF}transactions")
            lines = transactions.findall(f".//{XAF}trLine")
            debit = sum(
                Decimal(x.findtext(f"{XAF}amnt"))
                for x in lines
                if x.findtext(f"{XAF}amntTp") == "D"
            )
            credit = sum(
                Decimal(x.findtext(f"{XAF}amnt"))
                for x in lines
                if x.findtext(f"{XAF}amntTp") == "C"
            )
            assert debit == credit == Decimal(transactions.findtext(f"{XAF}totalDebit"))
            assert len(lines) == int(transactions.findtext(f"{XAF}linesCount"))
            assert lines[0].findtext(f"{XAF}custSupID") == cust.findtext(f"{XAF}custSupID")
        elif r["layout"] == "wefact_debtor":
            doc = json.loads(text)
            assert (doc["controller"], doc["action"], doc["status"]) == (
                "debtor", "show", "success",
            )  # fmt: skip
            debtor = doc["debtor"]
            assert debtor["CompanyName"] == name and debtor["PhoneNumber"] == tel
            assert debtor["Address"] + ", " + debtor["City"] == row["fields"]["address"]
            assert debtor["DebtorCode"] == f"DB{int(debtor['Identifier']) + 10000}"
            assert f"eerst bellen met {tel}. Facturen" in debtor["Comment"]
            assert debtor["EmailAddress"] == debtor["MobileNumber"] == debtor["FaxNumber"] == ""
        else:
            doc = json.loads(text)
            assert doc["name"] == name and doc["language"] == "nl"
            assert doc["telephones"] == [{"type": "phone", "number": tel}]
            address = doc["addresses"][0]["address"]
            assert address["line_1"] + ", " + address["city"] == row["fields"]["address"]
            assert f"- Algemeen nummer: {tel} (vragen" in doc["remarks"]
            assert re.fullmatch(r"\d{8}", doc["national_identification_number"])


def test_provenance():
    sources = h295.data()["sources"]
    assert set(sources) == {"NL"}
    nl = sources["NL"]
    assert nl["repository"] == "JLSchol/zorginstellingen-scraper"
    assert nl["commit"] == "33431932cd8a2a43118fc41b47fe74732783cd0b"
    assert nl["path"] == "output_deel_123_gecombineerd.csv"
    assert nl["licence"].startswith("not confirmed") and nl["publisher"]
    rows = h295.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NL": 400}
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
    assert_rebuilt_byte_for_byte(h295, "held_out_295", tmp_path)
