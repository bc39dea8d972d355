"""held_out_153 of the PII evaluation set (scripts/pii_held_out_153.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field
and every labelled address the row's real e-mail field, copied unchanged, each copy labelled;
the name, street and postcode are in the text and unlabelled) and are rebuilt byte for byte
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

import fi_public_libraries_data as fi_data  # noqa: E402 - the scripts folder's modules
import pii_held_out_153 as h153  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

XCAL = "{urn:ietf:params:xml:ns:icalendar-2.0}"
SRU = "{http://www.loc.gov/zing/srw/}"
ZEEREX = "{http://explain.z3950.org/dtd/2.0/}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h153.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h153.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h153.data()["rows"]) == 240
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h153.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "pcaxis_px": 60, "xcal_event": 60, "sru_zeerex_explain": 60, "linked_events_place": 60,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; each copy of the e-mail address is
    labelled; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value, mail = h153.phone(row), h153.email(row)
        phones, mails = h153.COPIES[r["layout"]]
        assert text.count(value) == phones, r["id"]
        assert not mail or text.count(mail) == mails, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "FI") else short)[number] += phones
        labelled = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert all(
            k.endswith(f":{h153.PHONE}") for _, _, t, k in r["spans"] if t != "EMAIL_ADDRESS"
        )
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == short, r["id"]
        emails = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == ([mail] * mails if mail else []), r["id"]
        assert not r["unscored"]


def test_labelled_values_per_entity_and_kind(records):
    kinds = Counter()
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            value = r["text"][s:e]
            if t == "PHONE_NUMBER":
                assert kind.split(":")[0] == ("international" if h153.international(value)
                                              else "national"), (r["id"], value)  # fmt: skip
            kinds[t, kind.split(":")[0]] += 1
    assert kinds == {
        ("PHONE_NUMBER", "national"): 476,
        ("PHONE_NUMBER", "international"): 4,
        ("EMAIL_ADDRESS", "register"): 478,
    }
    assert not any(r["distractors"] for r in records)


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of eight digits or more, as the directory gives it
    (no ``+``; 178 ``0xx xxx xxxx``, two ``358...`` with the country code); every kept e-mail
    field is one address whose local part names an office, service or place; the address is
    ``street, postcode, town`` with a five-digit postcode; values are strings, the services a
    list of strings."""
    rows = h153.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h153.phone(r)) for r in rows)
    assert shapes["999 999 9999"] == 178
    assert sum(shapes.values()) == 240
    for row in rows:
        fields = row["fields"]
        assert sum(c.isdigit() for c in fields["library_phone"]) >= 8
        assert fields["library_phone"] == h153.phone(row)
        assert not fields["library_phone"].startswith("+")
        assert fi_data.office_email(fields) == ("library_email" in fields)
        street, postcode, town = h153.address(row)
        assert street and town and re.fullmatch(r"\d{5}", postcode)
        assert all(isinstance(v, str) for k, v in fields.items() if k != "library_services")
        assert all(isinstance(s, str) for s in fields["library_services"])
    assert sum("library_email" in r["fields"] for r in rows) == 239
    assert sum(h153.international(h153.phone(r)) for r in rows) == 2


def test_the_extractor_keeps_office_addresses_only():
    keep = {"library_branch_name": "Halsuan kirjasto", "library_address": "Perhontie 27, 69510, "
            "Halsua", "city_name": "Halsua"}  # fmt: skip
    assert fi_data.office_email({**keep, "library_email": "halsukir@halsua.fi"})
    assert fi_data.office_email({**keep, "library_email": "kirjasto@halsua.fi"})
    assert fi_data.office_email({**keep, "library_email": "neuvonta@halsua.fi"})
    assert not fi_data.office_email({**keep, "library_email": "liisa.varri@hel.fi"})
    assert not fi_data.office_email({**keep, "library_email": "a@b.fi; c@d.fi"})


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (JSON string, XML text, PX string)."""
    if layout in ("xcal_event", "sru_zeerex_explain"):
        return escape(value)
    if layout == "linked_events_place":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value.replace('"', "''")


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, street and postcode stand in every record's text, outside the labels."""
    for r in records:
        street, postcode, _ = h153.address(_row(r))
        for value in (h153._f(_row(r), "library_branch_name"), street, postcode):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _px_keywords(text: str) -> dict[str, str]:
    """The PX file's ``KEYWORD=value;`` entries (the DATA matrix apart)."""
    head, data = text.split("DATA=\n", 1)
    assert data.endswith(";\n")
    return dict(re.findall(r'^([A-Z-]+(?:\("[^"]+"\))?)=(.*);$', head, re.M))


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; the PX file
    by its keyword grammar), the row's number and address where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h153.phone(row), h153.email(row), h153._f(row, "library_branch_name")
        if r["layout"] == "pcaxis_px":
            keys = _px_keywords(text)
            assert list(keys)[:4] == ["CHARSET", "AXIS-VERSION", "CODEPAGE", "LANGUAGE"]
            assert keys["LANGUAGE"] == '"fi"' and keys["MATRIX"] == f'"kirj_{row["fields"]["id"]}"'
            contact = keys["CONTACT"][1:-1].split("#")
            assert contact[1] == f"puh. {tel}" and contact[-1] == ""
            assert contact[2:-1] == ([mail] if mail else [])
            assert f"puh. {tel}" in keys["NOTE"]
            matrix = text.split("DATA=\n", 1)[1].rstrip(";\n").split("\n")
            assert len(matrix) == 12 and all(len(line.split()) == 3 for line in matrix)
        elif r["layout"] == "xcal_event":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{XCAL}icalendar"
            props = root.find(f"{XCAL}vcalendar/{XCAL}components/{XCAL}vevent/{XCAL}properties")
            assert props.findtext(f"{XCAL}contact/{XCAL}text") == f"{name}, puh. {tel}"
            assert f"puh. {tel}" in props.findtext(f"{XCAL}description/{XCAL}text")
            organizer = props.findtext(f"{XCAL}organizer/{XCAL}cal-address")
            assert organizer == (f"mailto:{mail}" if mail else None)
            assert props.findtext(f"{XCAL}geo/{XCAL}latitude") == row["fields"]["lat"]
        elif r["layout"] == "sru_zeerex_explain":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{SRU}explainResponse"
            explain = root.find(f"{SRU}record/{SRU}recordData/{ZEEREX}explain")
            info = explain.find(f"{ZEEREX}databaseInfo")
            contact = info.findtext(f"{ZEEREX}contact")
            assert contact == f"{name}, puh. {tel}" + (f", {mail}" if mail else "")
            assert f"puh. {tel}" in info.findtext(f"{ZEEREX}description")
            database = explain.findtext(f"{ZEEREX}serverInfo/{ZEEREX}database")
            assert database == f"kirkanta{row['fields']['id']}"
        else:
            doc = json.loads(text)
            assert doc["@type"] == "Place" and doc["id"] == f"kirkanta:{row['fields']['id']}"
            assert doc["telephone"] == {"fi": tel} and doc["email"] == (mail or None)
            assert doc["name"] == {"fi": name}
            assert f"puh. {tel}" in doc["description"]["fi"]
            lon, lat = doc["position"]["coordinates"]
            assert (repr(lat), repr(lon)) == (row["fields"]["lat"], row["fields"]["lon"])


def test_provenance():
    sources = h153.data()["sources"]
    assert set(sources) == {"FI"}
    fi = sources["FI"]
    assert fi["repository"] == "AnttiRask/BiblioStatus"
    assert fi["commit"] == "3ce0c1e8a4ff9de3248e5b9a58be25c44edae2f7"
    assert fi["path"] == "app/libraries.sqlite"
    assert "not confirmed" in fi["licence"] and fi["publisher"]
    rows = h153.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FI": 240}
    assert len({r["path"] for r in rows}) == 240


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h153, "held_out_153", tmp_path)
