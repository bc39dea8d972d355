"""held_out_241 of the PII evaluation set (scripts/pii_held_out_241.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field
and every labelled address the row's real e-mail field, copied unchanged, each copy labelled;
the name and postcode are in the text and unlabelled) and are rebuilt byte for byte from the
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

import nl_zbo_register_data as zbo  # noqa: E402
import pii_held_out_241 as h241  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the body's identifiers, in every layout
IDENTIFIERS = ("Naam", "Postcode")
OO = "{https://organisaties.overheid.nl/static/schema/oo/export/2.6.1}"
XML_LAYOUTS = ("oo_export_xml", "stcrt_mededeling")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h241.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h241.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h241.data()["rows"]) == 99
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h241.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "nl"
    assert Counter(r["layout"] for r in records) == {
        "oo_export_xml": 25, "klantinteracties_partij": 25, "objecten_api_object": 25,
        "stcrt_mededeling": 24,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (twice in every
    layout), under its column; the e-mail address wherever it stands (twice, once in the
    Staatscourant); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h241.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected = Counter()
        for s, e in numbers(value):
            number = value[s:e]
            assert personal_phone(number, "NL"), number
            expected[(number, h241.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        mail = h241.email(row)
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        if mail:
            want = 1 if r["layout"] == "stcrt_mededeling" else 2
            assert emails == [mail] * want == [mail] * text.count(mail), r["id"]
        else:
            assert emails == [] and h241.contact_note(row) in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_labels_keep_their_kind(records):
    kinds = phone_kinds(records, h241.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Telefoon": 198, "register": 135}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is a number of eight digits or more as runs of digits joined by
    one space or hyphen, none with ``+31``; 77 rows have an e-mail address, the others the
    register's sentence; the fields are strings as the file gives them."""
    rows = h241.data()["rows"]
    for row in rows:
        tel = row["fields"]["Telefoon"]
        assert tel == h241.phone(row) and zbo.WRITTEN.fullmatch(tel)
        assert sum(c.isdigit() for c in tel) >= 8 and not tel.startswith("+")
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert set(row["fields"]) == set(zbo.COLUMNS)
    assert sum(bool(h241.email(row)) for row in rows) == 77
    assert sum(h241.phone(row).startswith("0900") for row in rows) == 4
    assert Counter(len(re.findall(r"\d", h241.phone(row))) for row in rows) == {10: 94, 8: 3, 11: 2}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text or a JSON string)."""
    if layout in XML_LAYOUTS:
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h241._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    number and address where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h241.phone(row), h241.email(row), h241._f(row, "Naam")
        if r["layout"] == "oo_export_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{OO}overheidsorganisaties"
            zbo_el = root.find(f"{OO}zelfstandigeBestuursorganen/{OO}zelfstandigBestuursorgaan")
            assert zbo_el.findtext(f"{OO}naam") == name
            tels = zbo_el.findall(f"{OO}telefoonnummers/{OO}telefoonnummer/{OO}nummer")
            assert [t.text for t in tels] == [tel]
            got = zbo_el.findtext(f"{OO}emailadressen/{OO}emailadres/{OO}email")
            assert got == (mail or None)
            assert tel in zbo_el.findtext(f"{OO}aantekening")
        elif r["layout"] == "klantinteracties_partij":
            doc = json.loads(text)
            assert doc["soortPartij"] == "organisatie"
            assert doc["partijIdentificatie"]["naam"] == name
            expanded = doc["_expand"]["digitaleAdressen"]
            assert [a["uuid"] for a in expanded] == [a["uuid"] for a in doc["digitaleAdressen"]]
            kinds = {a["soortDigitaalAdres"]: a["adres"] for a in expanded}
            assert kinds == (
                {"telefoonnummer": tel, "email": mail} if mail else {"telefoonnummer": tel}
            )
            assert doc["voorkeursDigitaalAdres"]["uuid"] == expanded[0]["uuid"]
            assert tel in doc["interneNotitie"]
        elif r["layout"] == "objecten_api_object":
            doc = json.loads(text)
            assert doc["url"].endswith(doc["uuid"])
            data = doc["record"]["data"]
            assert data["naam"] == name and data["telefoonnummer"] == tel
            assert data["emailadres"] == (mail or None)
            assert tel in data["toelichting"]
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "officiele-publicatie"
            meta = {m.get("name"): m.get("content") for m in root.iter("meta")}
            assert meta["DC.creator"] == name
            assert re.fullmatch(r"stcrt-2016-\d{5}", meta["DC.identifier"])
            paragraphs = [al.text for al in root.iter("al")]
            assert sum(p.count(tel) for p in paragraphs) == 2


def test_provenance():
    sources = h241.data()["sources"]
    assert set(sources) == {"NL"}
    nl = sources["NL"]
    assert nl["repository"] == "openstate/datasets"
    assert nl["commit"] == "002e61959fd1760739853c0ed8bb00f21a2dad8f"
    assert nl["paths"] == ["osn/sources/zbo_register/zbo register.csv"]
    assert "not confirmed" in nl["licence"] and nl["publisher"]
    rows = h241.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NL": 99}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h241, "held_out_241", tmp_path)
