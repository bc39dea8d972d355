"""held_out_231 of the PII evaluation set (scripts/pii_held_out_231.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field
and every labelled address one of its e-mail field, copied unchanged, each copy labelled; the
name, address and office code are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_231 as h231  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

ESPD = "{urn:grow:names:specification:ubl:schema:xsd:ESPDRequest-1}"
CAC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
G2 = "{http://iptc.org/std/nar/2006-10-01/}"
XHTML = "{http://www.w3.org/1999/xhtml}"
L190 = "{legge190_1_0}"
# how many times each layout writes the phone and e-mail fields
COPIES = {"espd_request": 2, "anac_l190": 1, "publiccode_yml": 2, "newsml_g2": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h231.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h231.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h231.data()["rows"]) == 191
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h231.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "espd_request": 48, "anac_l190": 48, "publiccode_yml": 48, "newsml_g2": 47,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it, and each address of the e-mail field; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value, mail = h231.phone(row), h231.email(row)
        copies = COPIES[r["layout"]]
        assert text.count(value) == copies, r["id"]
        expected = Counter()
        for s, e in h231.pieces(value):
            number = value[s:e]
            assert personal_phone(number, "IT"), (r["id"], number)
            expected[number] += copies
        labelled = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER")
        assert labelled == expected, r["id"]
        addresses = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        if mail:
            assert text.count(mail) == copies, r["id"]
            want = Counter({a: copies for a in re.split(r"[ ;]+", mail)})
        else:
            want = Counter()
        assert addresses == want, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h231.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 292, "register": 288}


def test_the_fields_that_hold_several_numbers_are_split_apart():
    """Five whole numbers joined by hyphens are five numbers; a number and a shortened
    alternative of six digits are two; a run of digits with blanks is one."""
    joined = "0961469593-0961469687-0961469698-0961469777-0961469851"
    assert [joined[s:e] for s, e in h231.pieces(joined)] == joined.split("-")
    other = "0823-846384 - 846400"
    assert [other[s:e] for s, e in h231.pieces(other)] == ["0823-846384", "846400"]
    assert h231.pieces("081 702 14 14") == [(0, 13)]


def test_the_data_keeps_the_published_shape():
    """All 191 prisons, each with a number of six digits or more; the e-mail field with a blank
    inside its address is the only one not written; three names carry blanks at their ends."""
    rows = h231.data()["rows"]
    assert len(rows) == 191
    for row in rows:
        digits = [c for c in row["fields"]["phone"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
    assert [r["fields"]["email"] for r in rows if not h231.email(r)] == ["cc. forli@giustizia.it"]
    assert sum(r["fields"]["name"] != h231.name(r) for r in rows) == 3
    assert sum(len(h231.pieces(h231.phone(r))) for r in rows) == 196


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h231.name(row), h231._f(row, "postalAddress")):
            if r["layout"] != "publiccode_yml":
                value = escape(value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML by the standard library, YAML by PyYAML), the
    row's number and address where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h231.phone(row), h231.email(row), h231.name(row)
        if r["layout"] == "publiccode_yml":
            doc = yaml.safe_load(text)
            assert doc["publiccodeYmlVersion"] == "0.4"
            contact = doc["maintenance"]["contacts"][0]
            assert contact["phone"] == tel and contact["affiliation"] == name
            assert contact.get("email", "") == mail
            assert f"telefono {tel}" in doc["description"]["it"]["longDescription"]
            assert doc["it"]["riuso"]["codiceIPA"] == "m_dg"
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "espd_request":
            assert root.tag == f"{ESPD}ESPDRequest"
            party = root.find(f"{CAC}ContractingParty/{CAC}Party")
            assert party.findtext(f"{CAC}PartyName/{CBC}Name") == name
            contact = party.find(f"{CAC}Contact")
            assert contact.findtext(f"{CBC}Telephone") == tel
            assert (contact.findtext(f"{CBC}ElectronicMail") or "") == mail
            assert re.fullmatch(r"Z[0-9A-F]{9}", root.findtext(f"{CBC}ContractFolderID"))
        elif r["layout"] == "anac_l190":
            assert root.tag == f"{L190}pubblicazione"
            assert f"telefono {tel}" in root.findtext("metadata/abstract")
            lots = root.findall("data/lotto")
            assert 1 <= len(lots) <= 3
            assert all(lot.findtext("strutturaProponente/denominazione") == name for lot in lots)
        else:
            assert root.tag == f"{G2}newsItem" and root.get("standard") == "NewsML-G2"
            body = root.find(f"{G2}contentSet/{G2}inlineXML/{XHTML}html/{XHTML}body")
            last = body.findall(f"{XHTML}p")[-1].text
            assert f"telefono {tel}" in last and last.endswith(f"{mail}." if mail else f"{tel}.")


def test_provenance():
    sources = h231.data()["sources"]
    assert set(sources) == {"IT"}
    it = sources["IT"]
    assert it["repository"] == "domingosl/poster-api"
    assert it["commit"] == "6fb156b13cfb01ff0c0286883cf736686ad22b34"
    assert it["paths"] == ["seeds/jails.js"]
    assert "not confirmed" in it["licence"] and it["publisher"]
    rows = h231.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IT": 191}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h231, "held_out_231", tmp_path)
