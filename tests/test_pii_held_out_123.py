"""held_out_123 of the PII evaluation set (scripts/pii_held_out_123.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; each copy of the row's e-mail address labelled; the name,
address and the ministry's ids are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import html
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

import pii_held_out_123 as h123  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the unit's identifiers, in every layout (the ministry's place id in all but H5P's)
IDENTIFIERS = ("designacao", "codigopostal", "idatend")
XCRI = "{http://xcri.org/profiles/1.2/catalog}"
DC = "{http://purl.org/dc/elements/1.1/}"
MLO = "{http://purl.org/net/mlo}"
CMI5 = "{https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h123.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h123.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h123.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h123.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "h5p_content": 150, "open_badge_credential": 150,
        "xcri_cap_catalog": 150, "cmi5_course_structure": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column, numbers joined by a bare hyphen each on its
    own; nothing else is a phone."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h123.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in h123.phone_numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "PT") else short)[(number, h123.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_a_hyphen_joined_field_is_two_numbers():
    assert h123.phone_numbers("291208600-291208438") == [(0, 9), (10, 19)]
    assert h123.phone_numbers("218111000 - 965989000") == [(0, 9), (12, 21)]
    assert h123.phone_numbers("212721400 - Linha Azul 800 205 146") == [(0, 9), (23, 34)]


def test_every_copy_of_the_mailbox_is_labelled(records):
    """The unit's e-mail address, where the field holds one, twice in each document and each
    copy labelled; a field of ``0``, ``Não Tem``, nothing or a name without a domain is none."""
    with_mail = 0
    for r in records:
        mail, text = h123.email(_row(r)), r["text"]
        got = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        if mail:
            with_mail += 1
            assert text.count(mail) == 2 and got == [mail, mail], r["id"]
        else:
            assert got == [], r["id"]
    assert with_mail == 512


def test_phones_keep_their_kind(records):
    """All national but the cross-border centre's Spanish number with its country code."""
    kinds = Counter()
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                kinds[kind.split(":")[0]] += 1
                assert (kind.split(":")[0] == "international") == (r["text"][s:e] == "34986607545")
    assert kinds == {"national": 1396, "international": 2}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is Portuguese nine-digit numbers as the lists write them (a few
    shapes apart); the sample's share of each list."""
    rows = h123.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h123.phone(row)) for row in rows)
    assert shapes["999999999"] == 529
    assert shapes["999999999 - 999999999"] == 44
    assert shapes["999999999-999999999"] == 1
    assert shapes["999 999 999 - 999 999 999"] == 1
    assert shapes["99999999999"] == 1
    assert all(h123.phone(row) == row["fields"]["telefone"] for row in rows)
    assert Counter(h123.psp(row) for row in rows) == {True: 262, False: 338}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, postcode and the ministry's place id stand in every record's text (as XML
    text, JSON string or HTML in a JSON string), outside the labels."""
    for r in records:
        for column in IDENTIFIERS[: 2 if r["layout"] == "h5p_content" else 3]:
            value = h123._f(_row(r), column)
            if not value:  # two rows have no postcode
                continue
            forms = {value, escape(value), json.dumps(escape(value), ensure_ascii=False)[1:-1]}
            found = [m.start() for f in forms for m in re.finditer(re.escape(f), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_parse_in_their_format(records):
    """Each document parses (JSON, or XML by ElementTree), the row's number and mailbox where
    the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h123.phone(row), h123.email(row), h123._f(row, "designacao")
        if r["layout"] == "h5p_content":
            doc = json.loads(text)
            panels = doc["panels"]
            assert [p["content"]["library"] for p in panels] == ["H5P.AdvancedText 1.1"] * 3
            contacts = html.unescape(panels[0]["content"]["params"]["text"])
            assert f"<strong>{name}</strong>" in contacts and f"Telefone: {tel}" in contacts
            if mail:
                assert f'<a href="mailto:{mail}">{mail}</a>' in contacts
            assert f"ligue para {tel} " in panels[2]["content"]["params"]["text"]
        elif r["layout"] == "open_badge_credential":
            doc = json.loads(text)
            assert doc["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
            issuer = doc["issuer"]
            assert issuer["type"] == ["Profile"] and issuer["name"] == name
            assert issuer["phone"] == tel and issuer.get("email", "") == mail
            achievement = doc["credentialSubject"]["achievement"]
            assert achievement["description"].endswith(f"telefone {tel}.")
            geo = issuer["address"].get("geo")
            if geo:
                assert f'"latitude": {h123._f(row, "latitude")},' in text
        elif r["layout"] == "xcri_cap_catalog":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{XCRI}catalog"
            provider = root.find(f"{XCRI}provider")
            assert provider.findtext(f"{DC}title") == name
            location = provider.find(f"{MLO}location")
            assert location.findtext(f"{MLO}phone") == tel
            assert (location.findtext(f"{MLO}email") or "") == mail
            course = provider.find(f"{XCRI}course")
            assert f"telefone {tel}" in course.findtext(f"{DC}description")
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{CMI5}courseStructure"
            described = root.findtext(f"{CMI5}course/{CMI5}description/{CMI5}langstring")
            assert f"com {name} (" in described and f"telefone {tel}" in described
            units = root.findall(f"{CMI5}au")
            assert len(units) == 2 and units[1].get("masteryScore")
            assert f"Dúvidas: {tel}" in units[1].findtext(f"{CMI5}description/{CMI5}langstring")


def test_provenance():
    sources = h123.data()["sources"]
    assert set(sources) == {"PT"}
    pt = sources["PT"]
    assert pt["repository"] == "jfoclpf/police-finder"
    assert pt["commit"] == "e6bb45c3287b9fe1603ce41fd310ae0119308252"
    assert pt["paths"] == ["res/police-contacts/PSP.csv", "res/police-contacts/QUARTEIS GNR.csv"]
    assert "not confirmed" in pt["licence"] and pt["publisher"]
    rows = h123.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PT": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h123, "held_out_123", tmp_path)
