"""held_out_319 of the PII evaluation set (scripts/pii_held_out_319.py): its committed records
keep the generator's invariants (every labelled phone is a number of one of the row's real
phone or fax values, copied unchanged; every labelled e-mail address is one of the row's kept
addresses; the name and postcode are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_319 as h319  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
FOAF = "{http://xmlns.com/foaf/0.1/}"
SKOS = "{http://www.w3.org/2004/02/skos/core#}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h319.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h319.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h319.data()["rows"]) == 455
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h319.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:ES"
        assert not r["unscored"]
    assert Counter(r["layout"] for r in records) == {
        "europeana_edm": 114, "ngsi_ld_museum": 114, "liferay_article": 114,
        "eventbrite_event": 113,
    }  # fmt: skip


def _expected(row: dict, layout: str) -> tuple[Counter, Counter]:
    """The labels (number, column) and the distractors each layout writes for ``row``: every
    phone and fax value once, the first phone value twice in the NGSI-LD and Liferay
    documents."""
    values = [(h319.PHONE, v) for v in h319.phones(row)] + h319.faxes(row)
    if layout in ("ngsi_ld_museum", "liferay_article"):
        values.append((h319.PHONE, h319.phones(row)[0]))
    labels, short = Counter(), Counter()
    for column, value in values:
        for s, e in numbers(value):
            number = value[s:e]
            if personal_phone(number, "ES"):
                labels[(number, column)] += 1
            else:
                short[number] += 1
    return labels, short


def test_every_phone_and_fax_value_is_labelled_unchanged(records):
    """Each number of each phone and fax value is labelled where the layout writes it, under
    its column (a six-digit second line only a distractor); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        for _, value in [(h319.PHONE, v) for v in h319.phones(row)] + h319.faxes(row):
            assert value in text, (r["id"], value)
        labels, short = _expected(row, r["layout"])
        got = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert got == labels, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]


def test_every_kept_address_is_labelled_once(records):
    for r in records:
        got = Counter(r["text"][s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        assert got == Counter(h319.address_of(v) for v in h319.emails(_row(r))), r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, lambda value: value.startswith("+"),
                        frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))  # fmt: skip
    assert kinds == {
        "national:Telefono": 717, "international:Telefono": 1, "national:FaxOficial": 144,
        "national:Fax": 25, "register": 239,
    }  # fmt: skip


def test_no_other_long_number_of_the_row_is_left_unlabelled(records):
    """Outside the labels, the text holds no run of seven digits or more that is one of the
    row's phone or fax numbers (each copy of a value is labelled)."""
    for r in records:
        row = _row(r)
        mine = {
            re.sub(r"\D", "", v[s:e])
            for v in [*h319.phones(row), *(v for _, v in h319.faxes(row))]
            for s, e in numbers(v)
        }
        covered = [(s, e) for s, e, *_ in [*r["spans"], *r["distractors"]]]
        for m in re.finditer(r"\d[\d .]{5,}\d", r["text"]):
            if any(s <= m.start() < e for s, e in covered):
                continue
            assert re.sub(r"\D", "", m.group()) not in mine, (r["id"], m.group())


def test_the_data_keeps_the_published_shape():
    """455 entries, each with a telephone value of six digits or more and none noted as a
    person's; 470 telephone values (15 entries give two), 169 fax values in 167 entries, 239
    kept addresses in 236 entries; no director's name or free description kept."""
    rows = h319.data()["rows"]
    assert Counter(len(h319.phones(r)) for r in rows) == {1: 440, 2: 15}
    assert sum(len(h319.faxes(r)) for r in rows) == 169
    assert sum(bool(h319.faxes(r)) for r in rows) == 167
    assert sum(len(h319.emails(r)) for r in rows) == 239
    assert sum(bool(h319.emails(r)) for r in rows) == 236
    for row in rows:
        assert any(sum(c.isdigit() for c in v) >= 6 for v in h319.phones(row))
        assert not any("párroco" in v for v in h319.phones(row))
        assert "DatosPersonales" not in row["fields"] and "Descripcion_es" not in row["fields"]
        assert not set(h319.emails(row)) & h319_personal()
    assert Counter(r["fields"]["Directorio Superior"] for r in rows) == {
        "Valladolid": 86, "León": 62, "Burgos": 61, "Salamanca": 54, "Palencia": 48,
        "Soria": 42, "Ávila": 36, "Segovia": 35, "Zamora": 31,
    }  # fmt: skip


def h319_personal() -> frozenset[str]:
    import es_cyl_museums_data

    return es_cyl_museums_data.PERSONAL


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and postcode stand in every record's text (as the layout escapes them),
    outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h319._name(row), h319._postcode(row)):
            if not value:
                continue
            forms = {value, escape(value), json.dumps(value, ensure_ascii=False)[1:-1]}
            found = [m.start() for f in forms for m in re.finditer(re.escape(f), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tels = h319.phones(row)
        mails = [h319.address_of(v) for v in h319.emails(row)]
        if r["layout"] == "europeana_edm":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{RDF}RDF"
            org = root.find(f"{FOAF}Organization")
            assert [p.text for p in org.findall(f"{FOAF}phone")] == tels
            assert [p.text for p in org.findall(f"{FOAF}mbox")] == mails
            notes = [n.text for n in org.findall(f"{SKOS}note")]
            assert notes == [f"Fax: {v}" for _, v in h319.faxes(row)]
        elif r["layout"] == "ngsi_ld_museum":
            doc = json.loads(text)
            assert doc["type"] == "Museum" and doc["id"].startswith("urn:ngsi-ld:Museum:ES-CL-")
            contact = doc["contactPoint"]["value"]
            assert contact["telephone"] == tels[0]
            assert contact.get("email") == (mails[0] if mails else None)
            assert all(t in doc["description"]["value"] for t in tels)
        elif r["layout"] == "liferay_article":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "root" and root.get("default-locale") == "es_ES"
            values: dict[str, list[str]] = {}
            for el in root.findall("dynamic-element"):
                values.setdefault(el.get("name"), []).append(el.findtext("dynamic-content"))
            assert values["Telefono"] == tels
            assert values.get("Fax", []) == [v for _, v in h319.faxes(row)]
            assert values.get("Email", []) == h319.emails(row)
            assert tels[0] in values["Descripcion"][0]
        else:
            doc = json.loads(text)
            assert doc["venue"]["name"] == doc["organizer"]["name"] == h319._name(row)
            assert doc["venue_id"] == doc["venue"]["id"] and doc["start"]["timezone"]
            html = doc["description"]["html"]
            assert all(t in html for t in tels) and all(m in html for m in mails)


def test_provenance():
    sources = h319.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "rantoncuadrado/udacity_capstone_project"
    assert es["commit"] == "c5497c57ccb64092456f01a9a5024d27f14cb297"
    assert es["paths"] == ["input_files/Directorio de Museos de Castilla y Leo\u0301n.json"]
    assert "not confirmed" in es["licence"] and es["publisher"]
    rows = h319.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ES": 455}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h319, "held_out_319", tmp_path)
