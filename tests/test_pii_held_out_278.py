"""held_out_278 of the PII evaluation set (scripts/pii_held_out_278.py): its committed records
keep the generator's invariants (every labelled phone is a number of the institute's real phone
or fax line, copied unchanged, each copy labelled; the name and JoSAA code are in the text and
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

import pii_held_out_278 as h278  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

AA = "{http://api.rebit.org.in/FISchema/deposit}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h278.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h278.by_locale()[locale][n]


def _json_docs(text: str) -> list[dict]:
    """The JSON bodies of an HTTP exchange written as request and response."""
    return [json.loads(m) for m in re.findall(r"\n(\{\n.*?\n\})\n", text, re.S)]


def test_every_institute_is_one_record_in_each_layout(records):
    rows = h278.data()["rows"]
    assert len(rows) == 104 and len(records) == 4 * 104
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert _row(r) is rows[n // 4]
        assert r["layout"] == h278.LAYOUTS[n % 4] == h278.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:IN"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h278.LAYOUTS, 104)


def _copies(record: dict) -> list[tuple[str, str]]:
    """(column, value) of each copy of a phone or fax line, or of the first number alone, that
    the record's layout writes (a fax line equal to the phone line is the phone's)."""
    row = _row(record)
    tel, fax, first = h278.phone(row), h278.fax(row), h278.first_number(row)
    fax_column = "Phone" if fax == tel else "Fax"
    layout = record["layout"]
    if layout == "zoho_books_contact":
        out = [("Phone", tel), (fax_column, fax)] * 2
    elif layout == "bluedart_pickup":
        out = [("Phone", tel), ("Phone", first), (fax_column, fax)]
    elif layout == "rebit_aa_deposit":
        out = [("Phone", tel)]
    else:
        out = [("Phone", tel), (fax_column, fax)]
    return [(c, v) for c, v in out if v]


def test_every_copy_of_the_lines_is_labelled_unchanged(records):
    """Each number of each copy is labelled if a person could hold it (a six-digit local piece
    is a distractor), under its column; nothing else is."""
    for r in records:
        expected, short = Counter(), Counter()
        for column, value in _copies(r):
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "IN") else short)[(number, column)] += 1
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(r["text"][s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h278.international)
    assert kinds == {
        "national:Phone": 397, "international:Phone": 381,
        "international:Fax": 200, "national:Fax": 92,
    }  # fmt: skip
    assert sum(len(r["distractors"]) for r in records) == 19


def test_the_data_keeps_the_published_shape():
    """Every kept institute has a number of six digits or more on its phone or fax line and
    none of seven or more in its address; the officers' e-mail and contact columns are left
    out; the lines are printed as the list prints them."""
    rows = h278.data()["rows"]
    assert Counter(row["fields"]["type"] for row in rows) == {
        "Iit": 23, "Nit": 31, "Iiit": 19, "Gfti": 31,
    }  # fmt: skip
    for row in rows:
        assert set(row["fields"]) <= {"No", "type", "imgUrl", "img", "Institute", "Address",
                                      "Phone"}  # fmt: skip
        lines = h278.lines(row)
        assert any(
            sum(c.isdigit() for c in p) >= 6 for p in (*lines["phone"].split(","), lines["fax"])
        )
        assert not any(
            sum(c.isdigit() for c in m) >= 7
            for m in re.findall(r"[+\d][\d \-|]*\d", row["fields"]["Address"])
        )
        assert re.fullmatch(r"\d{3}", h278.code(row))
    assert sum(h278.phone(row) == "" for row in rows) == 0
    assert sum("," in h278.phone(row) for row in rows) == 24
    assert sum(h278.fax(row) != "" for row in rows) == 72


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The institute's name stands in every record's text, its JoSAA code in every one but the
    bank's, outside the labels."""
    for r in records:
        row = _row(r)
        xml = r["layout"] == "rebit_aa_deposit"
        code = [] if xml else [h278.code(row)]
        for value in (escape(h278.name(row)) if xml else h278.name(row), *code):
            pattern = rf"(?<!\d){re.escape(value)}(?!\d)"
            found = [m.start() for m in re.finditer(pattern, r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library; the SSR page
    read by its fixed lines), the row's lines where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h278.phone(row), h278.fax(row)
        if r["layout"] == "zoho_books_contact":
            assert text.startswith("POST https://www.zohoapis.in/books/v3/contacts?")
            request, response = _json_docs(text)
            assert request["billing_address"]["phone"] == tel
            assert request["billing_address"]["fax"] == fax
            assert response["code"] == 0
            assert response["contact"]["billing_address"]["phone"] == tel
            assert response["contact"]["contact_name"] == h278.name(row)
        elif r["layout"] == "bluedart_pickup":
            request, response = _json_docs(text)
            pickup = request["request"]
            assert pickup["CustomerTelephoneNumber"] == tel
            assert pickup["MobileTelNo"] == h278.first_number(row)
            assert pickup["Remarks"].endswith(f"Fax: {fax}" if fax else "reporting.")
            assert all(len(pickup[f"CustomerAddress{i}"]) <= 30 for i in (1, 2, 3))
            assert re.fullmatch(r"/Date\(\d{13}\)/", pickup["ShipmentPickupDate"])
            assert response["RegisterPickupResult"]["IsError"] is False
        elif r["layout"] == "rebit_aa_deposit":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{AA}Account" and root.get("type") == "deposit"
            holder = root.find(f"{AA}Profile/{AA}Holders/{AA}Holder")
            assert holder.get("landline") == tel and holder.get("name") == h278.name(row)
            summary = root.find(f"{AA}Summary")
            txns = root.findall(f"{AA}Transactions/{AA}Transaction")
            assert txns and txns[-1].get("currentBalance") == summary.get("currentBalance")
        else:
            assert text.startswith("Self Study Report of ")
            assert "\nContacts for Communication\n" in text
            row_line = "  ".join(p for p in ("Head of the Institution", tel, fax) if p)
            assert f"\n{row_line}\n" in text
            assert re.search(r"\nPage \d/\d{2,3}\n$", text)


def test_provenance():
    sources = h278.data()["sources"]
    assert set(sources) == {"IN"}
    meta = sources["IN"]
    assert meta["repository"] == "anshuvermaa/study_point"
    assert meta["commit"] == "c7572d46da60a1c10de16afaba96312e390634cf"
    assert meta["paths"] == ["backend/data/colleges.js"]
    assert "not confirmed" in meta["licence"] and "JoSAA" in meta["publisher"]
    rows = h278.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IN": 104}
    assert not any("@" in str(v) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h278, "held_out_278", tmp_path)
