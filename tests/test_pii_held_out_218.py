"""held_out_218 of the PII evaluation set (scripts/pii_held_out_218.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; every labelled e-mail address is the row's real address;
the name and organisation number are in the text and unlabelled) and are rebuilt byte for byte
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

import pii_held_out_218 as h218  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

AGD = "{http://xmls.skatteverket.se/se/skatteverket/da/komponent/schema/1.1}"
SKV = "{http://xmls.skatteverket.se/se/skatteverket/da/instans/schema/1.1}"
# how many copies of the phone field and of the e-mail address each layout writes
COPIES = {"sie4_file": (2, 1), "agi_xml": (2, 2), "fortnox_customer": (1, 1), "jobtech_ad": (3, 1)}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h218.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h218.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h218.data()["rows"]) == 360
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h218.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        if h218.abroad(_row(r)):
            assert r["layout"] in h218.ABROAD
    assert Counter(r["layout"] for r in records) == {
        "sie4_file": 68, "agi_xml": 68, "fortnox_customer": 112, "jobtech_ad": 112,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_the_address_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (a distractor if
    no person could hold it), under its column; the e-mail address is labelled wherever it
    stands; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value, mail = h218.phone(row), h218.email(row)
        phones, mails = COPIES[r["layout"]]
        assert text.count(value) == phones, r["id"]
        expected, short = Counter(), Counter()
        for s, e in h218.numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "SE") else short)[(number, h218.PHONE)] += phones
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not short and not r["distractors"], r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == ([mail] * mails if mail else []), r["id"]
        if mail:
            assert text.count(mail) == mails, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h218.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 540, "international:phone": 182, "register": 420}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is a string with a number of eight digits or more; the 270 with
    an organisation number are Swedish numbers of one run of digits with the trunk ``0``, the
    90 missions' begin with ``+`` (two hold a second number after `` / ``); 352 rows have an
    e-mail address, none that names a person, and one a web address in the field."""
    rows = h218.data()["rows"]
    assert Counter(h218.abroad(row) for row in rows) == {False: 270, True: 90}
    for row in rows:
        value = row["fields"]["phone"]
        assert value == h218.phone(row)
        assert sum(c.isdigit() for c in value) >= 8
        if h218.abroad(row):
            assert value.startswith("+")
        else:
            assert re.fullmatch(r"0\d{7,9}", value), value
    assert sum(" / " in h218.phone(row) for row in rows) == 2
    assert sum(bool(h218.email(row)) for row in rows) == 352
    assert sum("email" not in row["fields"] for row in rows) == 2
    assert [row["fields"]["email"] for row in rows if "email" in row["fields"]
            and row["fields"]["email"] and not h218.email(row)] == [
        "www.swedenabroad.se/sv/utlandsmyndigheter/liberia-monrovia"
    ]  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text or a SIE field)."""
    if layout == "agi_xml":
        return escape(value)
    if layout == "sie4_file":
        return value.replace("\\", "\\\\").replace('"', '\\"')
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and organisation number stand in every record's text (the AGI file gives the
    number in twelve digits), outside the labels."""
    for r in records:
        row = _row(r)
        org = row["fields"]["org_nr"]
        values = [_encoded(r["layout"], h218._f(row, "name"))]
        if org:
            forms = {"agi_xml": "16" + h218.digits(org), "jobtech_ad": h218.digits(org)}
            values.append(forms.get(r["layout"], org))
        spans = [*r["spans"], *r["distractors"]]
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _sie_fields(line: str) -> list[str]:
    """The fields of a SIE line after its label (quoted strings unescaped, ``{}`` kept)."""
    return [
        json.loads(f) if f.startswith('"') else f
        for f in re.findall(r'"(?:[^"\\]|\\.)*"|\{[^}]*\}|\S+', line)[1:]
    ]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library, SIE by its
    line grammar), the row's number and address where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h218.phone(row), h218.email(row), h218._f(row, "name")
        if r["layout"] == "sie4_file":
            lines = text.splitlines()
            assert lines[:1] == ["#FLAGGA 0"] and "#SIETYP 4" in lines
            labels = {line.split()[0]: line for line in lines if line.startswith("#")}
            assert _sie_fields(labels["#FNAMN"]) == [name]
            assert _sie_fields(labels["#ADRESS"])[3] == tel
            assert _sie_fields(labels["#ORGNR"]) == [row["fields"]["org_nr"]]
            assert _sie_fields(labels["#PROSA"])[0].endswith(f"tfn {tel}")
            trans = [_sie_fields(line) for line in lines if line.startswith("#TRANS")]
            assert len(trans) == 3 and sum(round(float(t[2]) * 100) for t in trans) == 0
            assert lines[lines.index("{") - 1].startswith("#VER") and lines[-1] == "}"
        elif r["layout"] == "agi_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert (
                root.tag == f"{SKV}Skatteverket" and root.get("omrade") == "Arbetsgivardeklaration"
            )
            for path in (
                "Avsandare/TekniskKontaktperson",
                "Blankettgemensamt/Arbetsgivare/Kontaktperson",
            ):
                who = root.find("/".join(f"{AGD}{p}" for p in path.split("/")))
                assert who.findtext(f"{AGD}Telefon") == tel
                assert who.findtext(f"{AGD}Epostadress") == (mail or None)
                assert who.findtext(f"{AGD}Namn").endswith(name)
            hu = root.find(f"{AGD}Blankett/{AGD}Blankettinnehall/{AGD}HU")
            assert hu.find(f"{AGD}RedovisningsPeriod").get("faltkod") == "006"
        elif r["layout"] == "fortnox_customer":
            customer = json.loads(text)["Customer"]
            assert customer["Phone1"] == tel and customer["Name"] == name
            assert customer["Email"] == (mail or None)
            assert customer["@url"].endswith("/" + customer["CustomerNumber"])
            assert customer["OrganisationNumber"] == row["fields"]["org_nr"]
        else:
            ad = json.loads(text)
            assert ad["employer"]["phone_number"] == tel and ad["employer"]["name"] == name
            assert ad["employer"]["email"] == (mail or None)
            assert ad["description"]["text"].endswith(f"vår växel på {tel}.")
            assert ad["webpage_url"].endswith("/" + ad["id"])


def test_provenance():
    sources = h218.data()["sources"]
    assert set(sources) == {"SE"}
    se = sources["SE"]
    assert se["repository"] == "civictechsweden/myndighetsdata"
    assert se["commit"] == "e5b5c07e6dd1db93cd4926a3e72f9966a3aecd18"
    assert se["paths"] == ["data/scb.json"]
    assert "not confirmed" in se["licence"] and se["publisher"]
    rows = h218.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"SE": 360}
    assert len({r["path"] for r in rows}) == 360


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h218, "held_out_218", tmp_path)
