"""held_out_236 of the PII evaluation set (scripts/pii_held_out_236.py): its committed records
keep the generator's invariants (every labelled phone, fax and e-mail address is the row's real
field, copied unchanged, each copy labelled; the office's name, number and postcode are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

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

import pii_held_out_236 as h236  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# how often each layout writes the phone field (the others once, where the row has them)
PHONE_COPIES = {"collmex_cmxlif": 2, "kolab_contact": 1, "tine_contact": 2, "znuny_ticket": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h236.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h236.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h236.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h236.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h236.LAYOUTS, 100)


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone field is labelled as often as the layout writes it, the fax and the mailbox
    once where the row has them, each number up to an internal extension in brackets;
    nothing else is labelled and nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = Counter()
        for column, value, copies in (
            (h236.PHONE, h236.phone(row), PHONE_COPIES[r["layout"]]),
            (h236.FAX, h236.fax(row), 1),
        ):
            if not value:
                continue
            for s, e in h236.numbers(value):
                assert personal_phone(value[s:e], "DE"), r["id"]
                expected[(value[s:e], f"national:{column}")] += copies
        if h236.email(row):
            expected[(h236.email(row), "register")] += 1
        labelled = Counter((text[s:e], kind) for s, e, _, kind in r["spans"])
        assert labelled == expected, r["id"]
        assert text.count(h236.phone(row)) >= PHONE_COPIES[r["layout"]], r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h236.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:tel": 600, "national:fax": 293, "register": 138}


def test_the_data_keeps_the_published_shape():
    """400 offices, each with a phone field of seven digits or more (none ``040 115``), 293
    with a fax, 138 with a mailbox of the office's own; the fields are the list's strings;
    two faxes carry an internal extension in brackets, left out of the label."""
    rows = h236.data()["rows"]
    assert len(rows) == 400
    for row in rows:
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert sum(c.isdigit() for c in h236.phone(row)) >= 7
        assert h236.phone(row) != "040 115"
        assert row["fields"]["buFaNr"].isdigit() and len(row["fields"]["buFaNr"]) == 4
    assert sum(bool(h236.fax(row)) for row in rows) == 293
    assert sum(bool(h236.email(row)) for row in rows) == 138
    cut = [
        value
        for row in rows
        for value in (h236.phone(row), h236.fax(row))
        if value and h236.numbers(value) != [(0, len(value))]
    ]
    assert cut == ["089 1252-9119 (2222)", "089 1252-8888 (1900)"]
    boxes = {h236.email(row).split("@")[0].lower() for row in rows if h236.email(row)}
    assert all(re.fullmatch(r"poststelle\d?|office|ria|fa\w+", box) for box in boxes), boxes


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text or the inside of a JSON string)."""
    if layout == "kolab_contact":
        return escape(value)
    if layout == "collmex_cmxlif":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The office's name, its Bundesfinanzamtsnummer and postcode (where the list gives an
    address) stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for column in ("name", "buFaNr", "hausanschrift.plz"):
            value = _encoded(r["layout"], h236._f(row, column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the Collmex record as ``;``-separated CSV, Kolab
    XML and the JSON requests by the standard library), the row's fields where the format
    puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fx, mail, name = h236.phone(row), h236.fax(row), h236.email(row), h236.office(row)
        if r["layout"] == "collmex_cmxlif":
            (fields,) = list(csv.reader(io.StringIO(text), delimiter=";"))
            assert len(fields) == 35 and fields[0] == "CMXLIF" and fields[2] == "1"
            assert fields[7] == name and fields[14] == "DE" and fields[32] == "EUR"
            assert fields[15:18] == [tel, fx, mail]
            assert f"Zentrale {tel};" in fields[12]
            assert fields[10] == h236._f(row, "hausanschrift.plz")
        elif r["layout"] == "kolab_contact":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "contact" and root.get("version") == "1.0"
            assert root.findtext("organization") == name
            phones = {p.findtext("type"): p.findtext("number") for p in root.iter("phone")}
            assert phones == ({"business1": tel, "businessfax": fx} if fx else {"business1": tel})
            assert root.findtext("email/smtp-address") == (mail or None)
            if h236._f(row, "hausanschrift.ort"):
                assert root.findtext("address/type") == "business"
                assert root.findtext("address/postal-code") == h236._f(row, "hausanschrift.plz")
        elif r["layout"] == "tine_contact":
            doc = json.loads(text)
            assert doc["jsonrpc"] == "2.0" and doc["method"] == "Addressbook.saveContact"
            data = doc["params"]["recordData"]
            assert data["org_name"] == name and data["tel_work"] == tel
            assert data.get("tel_fax", "") == fx and data.get("email", "") == mail
            assert data["note"].startswith(f"BuFaNr {h236._f(row, 'buFaNr')}; Zentrale {tel};")
        else:
            doc = json.loads(text)
            assert set(doc) == {"SessionID", "Ticket", "Article", "DynamicField"}
            assert re.fullmatch(r"[A-Za-z0-9]{32}", doc["SessionID"])
            assert doc["Article"]["CommunicationChannel"] == "Phone"
            body = doc["Article"]["Body"]
            assert f"\nZentrale: {tel}\n" in body and body.startswith(f"Rückruf: {name}, ")
            assert (f"per Fax an {fx}\n" in body) == bool(fx)
            assert (f"Poststelle: {mail}\n" in body) == bool(mail)
            fields = {f["Name"]: f["Value"] for f in doc["DynamicField"]}
            assert fields["BuFaNr"] == h236._f(row, "buFaNr")


def test_provenance():
    sources = h236.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "kontist/finanzamt"
    assert de["commit"] == "f0913cc821061e06699d776fa30fcb2cc147af23"
    assert de["paths"] == ["data/finanzaemter.json"]
    assert "not confirmed" in de["licence"] and "Bundeszentralamt" in de["publisher"]
    rows = h236.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DE": 400}
    assert all(r["path"].startswith("data/finanzaemter.json#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h236, "held_out_236", tmp_path)
