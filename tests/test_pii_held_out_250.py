"""held_out_250 of the PII evaluation set (scripts/pii_held_out_250.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field and every labelled address the row's real e-mail field, copied unchanged, each copy
labelled; the name is in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

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

import at_vienna_pharmacies_data as vienna  # noqa: E402
import pii_held_out_250 as h250  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

EB = "{http://www.ebinterface.at/schema/6p1/}"
XML_LAYOUTS = ("ebinterface_invoice", "snom_directory")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h250.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h250.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h250.data()["rows"]) == 345
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h250.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ebinterface_invoice": 87, "sipgate_contact": 86, "snom_directory": 86, "talk_chat": 86,
    }  # fmt: skip


def _covered(text: str, value: str, spans: list) -> bool:
    """Every copy of ``value`` in ``text`` has each of its numbers inside a label."""
    for m in re.finditer(re.escape(value), text):
        for s, e in numbers(value):
            at, end = m.start() + s, m.start() + e
            if not any(ls <= at and end <= le for ls, le, *_ in spans):
                return False
    return True


def test_every_copy_of_the_phone_fax_and_email_fields_is_labelled_unchanged(records):
    """Each labelled number is a number of the row's phone or fax field, under the first of
    the two (longest first, the phone on a tie) whose copy holds it; each copy of the three
    fields is labelled; the labelled addresses are the row's e-mail field; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, telefax, mail = h250.phone(row), h250.fax(row), h250.email(row)
        phones = [(s, e, kind) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"]
        for s, e, kind in phones:
            column = kind.split(":")[1]
            field = tel if column == h250.PHONE else telefax
            assert column in (h250.PHONE, h250.FAX), r["id"]
            assert text[s:e] in [field[a:b] for a, b in numbers(field)], r["id"]
            assert personal_phone(text[s:e], "AT"), r["id"]
            if column == h250.FAX:
                assert telefax != tel, r["id"]
        for value in (tel, telefax):
            if value:
                assert value in text, (r["id"], value)
                assert _covered(text, value, r["spans"]), (r["id"], value)
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert set(emails) <= {mail}, r["id"]
        assert len(emails) == (text.count(mail) if mail else 0), r["id"]
        assert not r["unscored"]


def test_the_short_tail_of_a_fax_field_stays_unlabelled(records):
    """``01 734 92 00 - 30``: the number labelled, the fax line's ``- 30`` left as text."""
    found = [r for r in records if h250.fax(_row(r)) == "01 734 92 00 - 30"]
    assert len(found) == 1
    r = found[0]
    labelled = [r["text"][s:e] for s, e, *_ in r["spans"]]
    assert "01 734 92 00" in labelled and not r["distractors"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h250.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:TELEFON": 652, "national:FAX": 48, "international:TELEFON": 1,
        "international:FAX": 1, "register": 339,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; the fields are strings as
    the file writes them; 292 fax fields repeat the phone field, 4 are empty; 335 rows have an
    e-mail address; the layer's 345 features all kept, in the file's order."""
    rows = h250.data()["rows"]
    assert [r["path"] for r in rows] == [f"data/APOTHEKEOGD.json#{i}" for i in range(345)]
    for row in rows:
        digits = [c for c in row["fields"]["TELEFON"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert sum(h250.fax(r) == h250.phone(r) for r in rows) == 292
    assert sum(not h250.fax(r) for r in rows) == 4
    assert sum(bool(h250.email(r)) for r in rows) == 335
    assert sum(h250.phone(r).startswith("+43") for r in rows) == 1
    assert rows[0]["fields"]["lat"] == "48.21732714"  # coordinates as the file writes them


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout in XML_LAYOUTS:
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_name_is_in_the_text_and_unlabelled(records):
    """The pharmacy's name stands in every record's text outside the labels (a name that is
    also an address's local part, ``Rotenhof-Apotheke@chello.at``, stands there too)."""
    for r in records:
        value = _encoded(r["layout"], h250._f(_row(r), "BEZEICHNUNG"))
        found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
        assert found, r["id"]
        spans = [*r["spans"], *r["distractors"]]
        outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
        assert outside, r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; the sipgate
    request's head by its fixed shape), the row's fields where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, telefax, mail = h250.phone(row), h250.fax(row), h250.email(row)
        name = h250._f(row, "BEZEICHNUNG")
        if r["layout"] == "ebinterface_invoice":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{EB}Invoice" and root.get("Language") == "ger"
            address = root.find(f"{EB}Biller/{EB}Address")
            assert address.findtext(f"{EB}Name") == name
            assert address.findtext(f"{EB}Phone") == tel
            assert address.findtext(f"{EB}Email") == (mail or None)
            assert address.findtext(f"{EB}ZIP") == h250.postcode(row)
            assert re.fullmatch(
                r"ATU\d{8}", root.findtext(f"{EB}Biller/{EB}VATIdentificationNumber")
            )
            comment = root.findtext(f"{EB}Comment")
            assert comment.endswith(f"Rückfragen unter {tel}")
            assert (f"per Fax an {telefax}" in comment) == bool(telefax)
            items = root.findall(f"{EB}Details/{EB}ItemList/{EB}ListLineItem")
            net = sum(float(i.findtext(f"{EB}LineItemAmount")) for i in items)
            assert round(net, 2) == float(root.findtext(f"{EB}Tax/{EB}TaxItem/{EB}TaxableAmount"))
        elif r["layout"] == "sipgate_contact":
            head, body = text.split("\n\n", 1)
            lines = head.split("\n")
            assert lines[0] == "POST /v2/contacts HTTP/1.1" and "Host: api.sipgate.com" in lines
            assert f"Content-Length: {len(body[:-1].encode('utf-8'))}" in lines
            doc = json.loads(body)
            assert doc["name"] == name and doc["scope"] == "SHARED"
            expected = [{"number": tel, "type": ["work"]}]
            if telefax:
                expected.append({"number": telefax, "type": ["fax", "work"]})
            assert doc["numbers"] == expected
            assert doc["emails"] == ([{"email": mail, "type": ["work"]}] if mail else [])
            assert doc["addresses"][0]["postalCode"] == h250.postcode(row)
        elif r["layout"] == "snom_directory":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "SnomIPPhoneDirectory"
            entries = [
                (e.findtext("Name"), e.findtext("Telephone"))
                for e in root.findall("DirectoryEntry")
            ]
            expected = [(name, tel)] + ([(f"{name} (Fax)", telefax)] if telefax else [])
            assert entries == expected
            assert f"OBJECTID {h250._f(row, 'OBJECTID')}," in text
        else:
            doc = json.loads(text)
            assert doc["ocs"]["meta"]["statuscode"] == 200
            reply, message = doc["ocs"]["data"]
            assert reply["id"] > message["id"] and reply["timestamp"] > message["timestamp"]
            assert message["messageType"] == reply["messageType"] == "comment"
            assert f"**{name}**, {h250._f(row, 'ADRESSE')} – " in message["message"]
            assert tel in message["message"]
            assert (mail in message["message"]) if mail else "E-Mail" not in message["message"]
            assert tel not in reply["message"]


def test_provenance():
    sources = h250.data()["sources"]
    assert sources == vienna.SOURCES
    at = sources["AT"]
    assert at["repository"] == "ilhanyalcin3307/terminboerse"
    assert at["commit"] == "37002b14123b160fd03caa5a40caa6ca6f60b59f"
    assert at["paths"] == ["data/APOTHEKEOGD.json"]
    assert "not confirmed" in at["licence"] and at["publisher"]
    rows = h250.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AT": 345}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h250, "held_out_250", tmp_path)
