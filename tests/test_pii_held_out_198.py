"""held_out_198 of the PII evaluation set (scripts/pii_held_out_198.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled; the name, city and postal code are in the text and
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

import pii_held_out_198 as h198  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the pharmacy's identifiers, in every layout
IDENTIFIERS = ("name", "city", "zip")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h198.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h198.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h198.data()["rows"]) == 360
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h198.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "wave_customer": 90, "lightspeed_customer": 90, "oscar_pharmacy": 90, "clio_contact": 90,
    }  # fmt: skip


def _copies(record: dict) -> dict[str, int]:
    """How many copies of the phone and of the fax (where it is its own number) the layout
    writes; a fax equal to the phone is counted as the phone's copies."""
    row, layout = _row(record), record["layout"]
    phone = {"wave_customer": 2, "lightspeed_customer": 1, "oscar_pharmacy": 1, "clio_contact": 1}
    out = {h198.PHONE: phone[layout] + (layout == "oscar_pharmacy" and not h198.fax(row))}
    faxes = (2 if layout == "oscar_pharmacy" else 1) if h198.fax(row) else 0
    if h198.fax(row) == h198.phone(row):
        out[h198.PHONE] += faxes
    elif faxes:
        out[h198.FAX] = faxes
    return out


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone field, and of the fax field where it is a number of its own, is
    labelled wherever the field stands, under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        values = {h198.PHONE: h198.phone(row), h198.FAX: h198.fax(row)}
        expected = Counter()
        for column, copies in _copies(r).items():
            value = values[column]
            assert text.count(value) == copies, (r["id"], column)
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "CA")
                expected[(value[s:e], column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h198.international)
    assert kinds == {"national:phone": 460, "national:fax": 408}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of ten digits or more; 202 pharmacies of BC, 72 of
    MB, 43 of NB, 37 of NL and 6 of PE; the fields are strings as the file gives them (158
    phones with blanks around them, kept as published); 32 faxes are no number (MB's `` Fax: ``)
    and 3 repeat the phone; three phones and six faxes are toll-free."""
    rows = h198.data()["rows"]
    assert Counter(row["fields"]["province"] for row in rows) == {
        "BC": 202, "MB": 72, "NB": 43, "NL": 37, "PE": 6,
    }  # fmt: skip
    for row in rows:
        assert sum(c.isdigit() for c in row["fields"]["phone"]) >= 10
        assert "manager" not in row["fields"]
    assert sum(row["fields"]["phone"] != h198.phone(row) for row in rows) == 158
    assert sum(not h198.fax(row) for row in rows) == 32
    assert all(row["fields"]["fax"].strip() == "Fax:" for row in rows if not h198.fax(row))
    assert sum(h198.fax(row) == h198.phone(row) for row in rows) == 3
    assert sum(h198.toll_free(h198.phone(row)) for row in rows) == 3
    assert sum(h198.toll_free(h198.fax(row)) for row in rows if h198.fax(row)) == 6


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text or a MySQL string)."""
    if layout == "lightspeed_customer":
        return escape(value)
    if layout == "oscar_pharmacy":
        return value.replace("'", "\\'")
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, city and postal code stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h198._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _mysql_values(statement: str) -> list[str]:
    """The string and number literals of one ``INSERT ... VALUES (...);`` (mysqldump's
    escapes undone)."""
    inner = statement.split(" VALUES (", 1)[1].removesuffix(");")
    found = re.findall(r"'((?:[^'\\]|\\.)*)'|(\d+)", inner)
    unescape = {"n": "\n", "'": "'", "\\": "\\"}
    return [
        digits if digits else re.sub(r"\\(.)", lambda m: unescape[m.group(1)], text)
        for text, digits in found
    ]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library; the MySQL
    statements read by their fixed shape), the row's numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fx, name = h198.phone(row), h198.fax(row), h198._f(row, "name")
        if r["layout"] == "wave_customer":
            doc = json.loads(text)
            assert doc["query"].startswith("mutation ($input: CustomerCreateInput!) {")
            given = doc["variables"]["input"]
            assert given["name"] == name and given["currency"] == "CAD"
            assert given["tollFree" if h198.toll_free(tel) else "phone"] == tel
            assert given.get("fax", "") == fx
            assert given["shippingDetails"]["phone"] == tel
            assert given["address"]["provinceCode"] == f"CA-{h198._f(row, 'province')}"
        elif r["layout"] == "lightspeed_customer":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "Customer" and root.findtext("company") == name
            phones = [
                (p.findtext("useType"), p.findtext("number"))
                for p in root.iterfind("Contact/Phones/ContactPhone")
            ]
            assert phones == [("Work", tel)] + ([("Fax", fx)] if fx else [])
            assert root.findtext("Contact/Addresses/ContactAddress/zip") == h198._f(row, "zip")
        elif r["layout"] == "oscar_pharmacy":
            lines = text.splitlines()
            assert lines[1] == "LOCK TABLES `pharmacyInfo` WRITE;"
            values = dict(zip(h198.OSCAR_COLUMNS, _mysql_values(lines[2]), strict=True))
            assert values["name"] == name and values["address"] == h198._f(row, "street")
            assert values["phone1"] == tel and values["fax"] == fx and values["phone2"] == ""
            assert (fx or tel) in values["notes"]
            patient = _mysql_values(lines[5])
            assert patient[0] == values["recordID"] and len(patient) == 4
        else:
            doc = json.loads(text)["data"]
            assert doc["type"] == "Company" and doc["name"] == name
            numbers_ = [(p["name"], p["number"]) for p in doc["phone_numbers"]]
            assert numbers_ == [("Work", tel)] + ([("Fax", fx)] if fx else [])
            assert doc["addresses"][0]["postal_code"] == h198._f(row, "zip")


def test_provenance():
    sources = h198.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "UBCECON567/PharmacyEntry"
    assert ca["commit"] == "01cfde6e57705e17f739a6381d455306988abe47"
    assert ca["path"] == "data/pharmacies.csv"
    assert "not confirmed" in ca["licence"] and ca["publisher"]
    rows = h198.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 360}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h198, "held_out_198", tmp_path)
