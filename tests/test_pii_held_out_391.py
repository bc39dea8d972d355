"""held_out_391 of the PII evaluation set (scripts/pii_held_out_391.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real telephone
or fax field, or its mailbox, unchanged, each copy labelled; the office's name and address are
in the text and unlabelled; each layout parses as its format) and are rebuilt byte for byte
from the committed data; the extractor's rules hold on the kept rows. No recognizer runs here:
the part is scored from its committed file."""

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

import dz_casnos_agencies_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_391 as h391  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the keys each JSON layout's body carries
KEYS = {
    "ecotrack_order": {"reference", "nom_client", "telephone", "adresse", "code_postal",
                       "commune", "code_wilaya", "montant", "remarque", "produit", "type",
                       "stop_desk", "weight", "fragile"},
    "zr_express_colis": {"Tracking", "TypeLivraison", "TypeColis", "Confrimee", "Client",
                         "MobileA", "MobileB", "Adresse", "IDWilaya", "Commune", "Total", "Note",
                         "TProduit", "id_Externe", "Source"},
    "mautic_company": {"companyname", "companyaddress1", "companycity", "companystate",
                       "companyzipcode", "companycountry", "companyindustry",
                       "companynumber_of_employees", "companywebsite", "companydescription",
                       "overwriteWithBlank"},
}  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h391.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h391.by_locale()[locale][n]


def _numbers_of(row: dict) -> dict[str, set[str]]:
    """Each number of the row's phone fields, to the columns it may be labelled under (those
    whose field holds it; a fax equal to the telephone is the telephone's)."""
    out: dict[str, set[str]] = {}
    found = h391.phones(row)
    for column, field in sorted(found.items(), key=lambda kv: -len(kv[1])):
        if column == "fax" and field == found.get("tel"):
            continue
        for s, e in numbers(field):
            out.setdefault(field[s:e], set()).add(column)
    return out


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h391.data()["rows"]) == 154
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h391.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:DZ"
        assert r["language"] == "fr"
    assert Counter(r["layout"] for r in records) == {
        "ecotrack_order": 39,
        "zr_express_colis": 39,
        "osticket_ticket": 38,
        "mautic_company": 38,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each label is a number of the row's telephone or fax under its column, or the row's
    mailbox; every copy of each phone field and of the mailbox lies under labels; the text
    holds no other address; nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        own = _numbers_of(row)
        mail = h391.email(row)
        for s, e, entity, kind in r["spans"]:
            value = text[s:e]
            if entity == "EMAIL_ADDRESS":
                assert (value, kind) == (mail, "register"), r["id"]
            else:
                assert entity == "PHONE_NUMBER" and kind.startswith("national:")
                assert kind[9:] in own[value], r["id"]
        covered = [(s, e) for s, e, *_ in r["spans"]]
        for value in [*h391.phones(row).values(), mail]:
            for m in re.finditer(re.escape(value), text) if value else ():
                for s, e in numbers(value) if value != mail else [(0, len(value))]:
                    at = m.start() + s
                    assert any(a <= at and m.start() + e <= b for a, b in covered), r["id"]
        assert text.count("@") == (text.count(mail) if mail else 0), r["id"]
        assert h391.contact(row) in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h391.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:tel": 330, "national:fax": 55, "register": 108}


def test_each_layout_parses_as_its_format(records):
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "osticket_ticket":
            root = ET.fromstring(text)
            assert root.tag == "ticket" and root.get("source") == "API", r["id"]
            assert root.findtext("phone") == h391.contact(row), r["id"]
            assert root.findtext("name") == h391.office(row), r["id"]
            assert (root.findtext("email") or "") == h391.email(row), r["id"]
            assert h391._f(row, "address") in root.findtext("message"), r["id"]
            assert root.findtext("topicId").isdigit(), r["id"]
            continue
        doc = json.loads(text)
        if r["layout"] == "zr_express_colis":
            (doc,) = doc["Colis"]
            assert doc["MobileA"] == h391.contact(row) and doc["MobileB"] == h391.second(row)
            assert doc["IDWilaya"] == str(h391.code(row)), r["id"]
        if r["layout"] == "ecotrack_order":
            assert doc["telephone"] == h391.contact(row), r["id"]
            assert doc.get("telephone_2", "") == h391.second(row), r["id"]
            assert doc["code_wilaya"] == h391.code(row), r["id"]
        if r["layout"] == "mautic_company":
            assert doc.get("companyphone", "") == h391.phones(row).get("tel", ""), r["id"]
            assert doc.get("companyfax", "") == h391.phones(row).get("fax", ""), r["id"]
            assert doc.get("companyemail", "") == h391.email(row), r["id"]
            assert re.fullmatch(r"\d\d000", doc["companyzipcode"]), r["id"]
        assert KEYS[r["layout"]] <= set(doc), r["id"]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "osticket_ticket":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The office's name, its address and its wilaya's name stand in every record's text,
    outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h391._f(row, "name"), h391._f(row, "address"), h391.wilaya(row)):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_the_data_keeps_the_published_shape():
    """154 of the list's 158 offices (the four with no number left out), in the file's order;
    290 numbers in their fields, as ``0AA BB CC DD`` or ``0AAA BB CC DD``, five with alternative
    last digits after ``/`` (``037 15 14 32/33/34/35``), four fields of two numbers; the
    mailboxes on casnos.com.dz, seven with commas for dots not written; the fields are the
    file's columns as strings."""
    rows = h391.data()["rows"]
    at = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert at == sorted(at) and len(rows) == 154
    assert {row["fields"]["id"] for row in rows}.isdisjoint({"41", "43", "86", "132"})
    shape = re.compile(r"0\d{2,3} \d\d \d\d \d\d(/\d\d)*")
    fields = [f for row in rows for f in h391.phones(row).values()]
    every = [f[s:e] for f in fields for s, e in numbers(f)]
    assert all(shape.fullmatch(n) for n in every)
    assert sum("/" in n for n in every) == 5 and len(every) == 290
    assert "037 15 14 32/33/34/35" in every
    assert sum(" / " in f for f in fields) == 4
    assert all(set(row["fields"]) == {"id", "name", "address", "tel", "fax", "email", "lat",
                                      "lon", "code"} for row in rows)  # fmt: skip
    mails = [h391.email(row) for row in rows]
    assert all(m.lower().endswith("@casnos.com.dz") for m in mails if m)
    assert sum(not m for m in mails) == 7
    assert all(1 <= h391.code(row) <= 48 for row in rows)


def test_the_extractor_keeps_its_rules():
    """A row is kept with a number of seven digits or more in ``tel`` or ``fax`` and none an
    earlier Algerian part holds, compared without the trunk ``0``."""
    earlier = extractor.earlier_numbers()
    assert extractor._key("027541822") == extractor._key("27541822") == "27541822"
    assert extractor.row_numbers({"tel": "031 92 33 70 / 031 91 27 50", "fax": ""}) == [
        "031923370",
        "031912750",
    ]
    assert extractor.row_numbers({"tel": "025 21 54 86/85", "fax": "025 21 54 85"}) == [
        "0252154868" + "5",
        "025215485",
    ]
    for row in h391.data()["rows"]:
        got = extractor.row_numbers(row["fields"])
        assert any(len(d) >= 7 for d in got), row["path"]
        assert not any(extractor._key(d) in earlier for d in got), row["path"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h391, "held_out_391", tmp_path)
