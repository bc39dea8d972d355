"""held_out_174 of the PII evaluation set (scripts/pii_held_out_174.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled; every copy of the row's e-mail address
labelled; the name and street are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed
file."""

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

import pii_held_out_174 as h174  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the school's identifiers, in every layout
IDENTIFIERS = ("Name", "Adresse")
GAEB = "{http://www.gaeb.de/GAEB_DA_XML/DA83/3.3}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h174.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h174.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h174.data()["rows"]) == 200
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h174.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "datev_debitoren": 50, "gaeb_x83": 50, "lexoffice_contact": 50, "ox_contact": 50,
    }  # fmt: skip


# copies of the phone field in each layout (the fax and e-mail address stand once)
PHONE_COPIES = {"datev_debitoren": 1, "gaeb_x83": 2, "lexoffice_contact": 2, "ox_contact": 1}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands, under its
    column (a fax equal to the phone under ``Telefon``), each copy of the e-mail address is
    labelled; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h174.phone(row), h174.fax(row), h174.email(row)
        copies = PHONE_COPIES[r["layout"]]
        assert text.count(tel) == copies + (fax == tel), r["id"]
        expected: Counter = Counter()
        fields = [(tel, h174.PHONE, copies)]
        if fax:
            fields.append((fax, h174.PHONE if fax == tel else h174.FAX, 1))
        for value, column, n in fields:
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "DE"), r["id"]
                expected[(value[s:e], column)] += n
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == [mail] and text.count(mail) == 1, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h174.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "international:Telefon": 276, "national:Telefon": 24,
        "international:FAX": 179, "national:FAX": 11, "register": 200,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, written with no spaced
    hyphen; 190 of 200 schools have a fax, none the phone's number again; every school has a
    mailbox; the fields are strings as the layer gives them, none with blanks around it; 183
    phones begin with ``+49 40``, 15 have no country code (``645 08 20``, ``040/65591-139``), one
    writes an en dash before its extension; one fax has a wrong country code as published."""
    rows = h174.data()["rows"]
    for row in rows:
        for value in (h174.phone(row), h174.fax(row)):
            if value:
                assert sum(c.isdigit() for c in value) >= 6 and not re.search(r" -|- ", value)
        assert all(v == v.strip() for v in row["fields"].values())
    assert sum(bool(h174.fax(row)) for row in rows) == 190
    assert not any(h174.fax(row) == h174.phone(row) for row in rows)
    assert all("@" in h174.email(row) for row in rows)
    assert sum(h174.phone(row).startswith("+49 40") for row in rows) == 183
    assert sum(not h174.phone(row).startswith("+") for row in rows) == 15
    assert [h174.phone(row) for row in rows if h174.phone(row).startswith(("+4940", "+49 47"))] == [
        "+4940 428 7648–30", "+49 4721 29022"
    ]  # fmt: skip
    assert [h174.fax(row) for row in rows if h174.fax(row).startswith("+40")] == [
        "+40 40 325 370-55"
    ]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text or a DATEV text field)."""
    if layout == "gaeb_x83":
        return escape(value)
    if layout == "datev_debitoren":
        return value.replace('"', '""')
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and street stand in every record's text outside the labels (a name may stand
    inside the school's labelled mailbox too: ``Johannes-Brahms-Gymnasium@bsb.hamburg.de``)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h174._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (DATEV's ``;``-separated lines by the csv module, the
    GAEB file and JSON by the standard library), the row's values where the format puts
    them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, name = h174.phone(row), h174.fax(row), h174.email(row), h174._f(row, "Name")
        if r["layout"] == "datev_debitoren":
            assert text.endswith("\r\n") and text.count("\r\n") == 3
            header, columns, values = csv.reader(io.StringIO(text, newline=""), delimiter=";")
            assert header[:5] == ["EXTF", "700", "16", "Debitoren/Kreditoren", "5"]
            assert len(header) == 31 and re.fullmatch(r"\d{17}", header[5])
            assert columns == h174.DATEV_COLUMNS and len(columns) == len(values) == 254
            fields = dict(zip(columns, values, strict=True))
            assert fields["Telefon"] == tel and fields["Fax"] == fax and fields["E-Mail"] == mail
            assert fields["Name (Adressattyp Unternehmen)"] == name
            assert re.fullmatch(r"[1-6]\d{4}", fields["Konto"])
        elif r["layout"] == "gaeb_x83":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{GAEB}GAEB"
            assert root.findtext(f"{GAEB}Award/{GAEB}DP") == "83"
            address = root.find(f"{GAEB}Award/{GAEB}OWN/{GAEB}Address")
            assert address.findtext(f"{GAEB}Phone") == tel
            assert (address.findtext(f"{GAEB}Fax") or "") == fax
            assert address.findtext(f"{GAEB}Email") == mail
            lines = [address.findtext(f"{GAEB}Name{i}") for i in range(1, 5)]
            assert " ".join(x for x in lines if x) == name
            assert all(len(x) <= 40 for x in lines if x) or " " not in name
            remark = root.find(f".//{GAEB}Remark//{GAEB}Text")
            assert f"Telefon {tel} " in "".join(remark.itertext())
        elif r["layout"] == "lexoffice_contact":
            doc = json.loads(text)
            assert doc["company"]["name"] == name
            assert doc["phoneNumbers"]["business"] == [tel]
            assert doc["phoneNumbers"].get("fax", [""]) == [fax]
            assert doc["emailAddresses"]["business"] == [mail]
            assert f"(Telefon {tel})" in doc["note"]
        else:
            doc = json.loads(text)
            data = doc["data"]
            assert data["display_name"] == data["company"] == name
            assert data["telephone_business1"] == tel and data.get("fax_business", "") == fax
            assert data["email1"] == mail and data["last_modified"] == doc["timestamp"]


def test_provenance():
    sources = h174.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "Jugendhackt/EinsteigerWorkshop"
    assert de["commit"] == "2a470adab39da68ab418af475213e4a21b90f7f8"
    assert de["paths"] == ["data/schulen.gml"]
    assert "not confirmed" in de["licence"] and de["publisher"]
    rows = h174.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DE": 200}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h174, "held_out_174", tmp_path)
