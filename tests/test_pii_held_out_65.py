"""held_out_65 of the PII evaluation set (scripts/pii_held_out_65.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the e-mail address where the data keeps one; the
row's facility number and coordinates are in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_65 as h65  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the facility's registry number and coordinates, in every layout
IDENTIFIERS = ("Facility Number", "Latitude", "Longitude")
ORX = "{http://openrosa.org/xforms}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h65.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h65.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h65.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h65.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "odk_submission": 150, "zabbix_host": 150, "sieve_vacation": 150,
        "openmrs_location": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``0716560351  OR 0652493984`` holds two) is labelled
    wherever the field stands (as published, or escaped in XML) if a person could hold it, a
    distractor if not, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        total = 0
        for form in h65.forms(h65.phone(row)):
            copies = text.count(form)
            total += copies
            for s, e in numbers(form):
                number = form[s:e]
                (expected if personal_phone(number, "TZ") else short)[number] += copies
        assert total and re.search(r"\d", h65.phone(row)), r["id"]
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_each_office_address_is_labelled_wherever_it_stands(records):
    kept = 0
    for r in records:
        value = h65.email(_row(r))
        labelled = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert labelled == [value] * r["text"].count(value) if value else not labelled
        kept += bool(value)
    assert kept == 81


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = h65.international(r["text"][s:e])
                assert kind == ("international" if intl else "national") + ":phone"
            else:
                assert kind == "register"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The HFR facility number (``113310-7``), latitude and longitude stand in every record's
    text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h65._f(_row(r), column)
            if not value:  # a few facilities have no position in the register
                assert column != "Facility Number", r["id"]
                continue
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _sieve_strings(text: str) -> list[str]:
    """The quoted strings of a Sieve script, unescaped (comments skipped)."""
    body = "\n".join(x for x in text.splitlines() if not x.startswith("#"))
    return [
        re.sub(r"\\(.)", r"\1", m.group(1)) for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', body, re.S)
    ]


def test_the_documents_are_well_formed(records):
    """The ODK submission is XML whose ``<simu>`` is the field; the Zabbix export is YAML whose
    inventory gives it under ``poc_1_phone_a``; the Sieve script's braces balance, its
    statements end in ``;`` and its reply string gives the field; the OpenMRS body is JSON
    whose attribute values hold it."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h65.phone(row)
        if r["layout"] == "odk_submission":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "data" and root.get("id") == "tathmini_vituo_afya"
            assert root.findtext("mawasiliano/simu") == value
            assert root.findtext("kituo/namba_hfr") == h65._f(row, "Facility Number")
            assert root.findtext(f"{ORX}meta/{ORX}instanceID").startswith("uuid:")
            assert root.findtext("mahali/latitudo") == h65._f(row, "Latitude")
            assert root.findtext("mahali/longitudo") == h65._f(row, "Longitude")
        elif r["layout"] == "zabbix_host":
            host = yaml.safe_load(text)["zabbix_export"]["hosts"][0]
            assert host["inventory"]["poc_1_phone_a"] == value
            assert host["inventory"]["contact"].endswith(value)
            assert host["inventory"].get("poc_1_email", "") == h65.email(row)
            assert host["tags"][0]["value"] == h65._f(row, "Facility Number")
        elif r["layout"] == "sieve_vacation":
            assert text.count("{") == text.count("}")
            assert text.startswith("# sieve: ") and 'require ["fileinto", "vacation"' in text
            assert "vacation :days " in text and text.rstrip().endswith("}")
            strings = _sieve_strings(text)
            assert any(f"piga simu {value}." in s for s in strings), r["id"]
        else:
            head, _, body = text.partition("\n\n")
            assert head.startswith("POST /openmrs/ws/rest/v1/location HTTP/1.1\n")
            location = json.loads(body)
            values = [a["value"] for a in location["attributes"]]
            assert value in values and h65._f(row, "Facility Number") in values
            assert location["description"].endswith(f"simu {value}")
            assert location["latitude"] == h65._f(row, "Latitude")


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h65.data()["sources"]
    assert set(sources) == {"TZ"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h65.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TZ": 600}
    assert all(sum(c.isdigit() for c in r["fields"]["Official Phone Number"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    # the columns that name persons are left out
    assert not any({"Common Name", "Ownership"} & set(r["fields"]) for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h65.write(rebuilt)
    assert rebuilt.read_bytes() == h65.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_65"
