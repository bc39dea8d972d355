"""held_out_104 of the PII evaluation set (scripts/pii_held_out_104.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's client number and registration date are
in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_104 as h104  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

LOM = "{http://ltsc.ieee.org/xsd/LOM}"
QTI = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
XAPI = "https://formation.example.ml/xapi"
# where each layout writes the client number
NUMBER_AT = {
    "moodle_xml": "<text>Client {} : ",
    "scorm_manifest": "du client n° {}. ",
    "qti_item": "<p>Client n° {} : ",
    "xapi_statement": '/client-numero": "{}"',
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h104.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h104.by_locale()[locale][n]


def _inside(at: int, record: dict) -> bool:
    return any(s <= at < e for s, e, *_ in (*record["spans"], *record["distractors"]))


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h104.data()["rows"]) == 192
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h104.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "moodle_xml": 48, "scorm_manifest": 48, "qti_item": 48, "xapi_statement": 48,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``20 21 01 44/ 20 21 39 49`` is one,
    ``+223 20 29 06 80 |+223 66 74 16 24`` two) is labelled wherever the field stands if a
    person could hold it, a distractor if not, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h104.phone(row)
        copies = text.count(value)
        assert copies >= 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "ML") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 456
    assert sum(len(r["distractors"]) for r in records) == 6


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}  # one field has none
        for s, e, _, kind in r["spans"]:
            intl = h104.international(r["text"][s:e])
            assert kind == ("international" if intl else "national") + ":phone"
    kinds = Counter(k for r in records for *_, k in r["spans"])
    assert kinds == {"national:phone": 366, "international:phone": 90}


def test_the_client_number_and_date_are_in_the_text_and_unlabelled(records):
    """The client number (``359``) stands where the layout writes it, and the registration
    date (``2023-08-28``, where the directory gives one) wherever it stands, outside the
    labels."""
    for r in records:
        row, text = _row(r), r["text"]
        anchor = NUMBER_AT[r["layout"]].format(h104.number(row))
        at = text.find(anchor)
        assert at >= 0, r["id"]
        assert not _inside(at + anchor.index(h104.number(row)), r), r["id"]
        if h104.date(row):
            found = [m.start() for m in re.finditer(re.escape(h104.date(row)), text)]
            assert found and not any(_inside(x, r) for x in found), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def test_the_documents_are_well_formed(records):
    """Each XML layout parses: the Moodle question's answer is the field, the SCORM
    manifest's vCard ``TEL`` is the field, the QTI item's ``correctResponse`` is the field; the
    xAPI statement is JSON whose ``result.response`` is the field."""
    for r in records:
        row, text, value = _row(r), r["text"], h104.phone(_row(r))
        if r["layout"] == "xapi_statement":
            statement = json.loads(text)
            assert statement["result"]["response"] == value
            assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
            extensions = statement["context"]["extensions"]
            assert extensions[f"{XAPI}/ext/client-telephone"] == value
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "moodle_xml":
            assert root.tag == "quiz"
            (question,) = root.findall("question[@type='shortanswer']")
            assert question.findtext("answer/text") == value
            assert value in question.findtext("generalfeedback/text")
        elif r["layout"] == "scorm_manifest":
            assert root.tag == "{http://www.imsglobal.org/xsd/imscp_v1p1}manifest"
            vcard = root.find(f".//{LOM}entity").text.splitlines()
            assert vcard[0] == "BEGIN:VCARD" and vcard[-1] == "END:VCARD"
            assert f"TEL;TYPE=WORK:{value}" in vcard
            assert value in root.find(f".//{LOM}description/{LOM}string").text
        else:
            assert root.tag == f"{QTI}assessmentItem"
            assert root.findtext(f"{QTI}responseDeclaration/{QTI}correctResponse/{QTI}value") == (
                value
            )
            assert value in root.findtext(f"{QTI}modalFeedback")
            assert h104.name(row) in root.get("title")


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h104.data()["sources"]
    assert set(sources) == {"ML"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h104.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ML": 192}
    assert all(sum(c.isdigit() for c in r["fields"]["telephone"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h104.write(rebuilt)
    assert rebuilt.read_bytes() == h104.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_104"
