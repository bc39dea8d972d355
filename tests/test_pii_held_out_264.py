"""held_out_264 of the PII evaluation set (scripts/pii_held_out_264.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real contact
fields, copied unchanged, each copy labelled; the name and district are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

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

import in_mp_covid_facilities_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_264 as h264  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the facility's identifiers, in every layout
IDENTIFIERS = ("HOSPITAL_NAME", "DISTRICT")
MIRROR = Path("/work/.mirror/pxthxk+COVIDBedsIndia/repo")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h264.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h264.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h264.data()["rows"]) == 320
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h264.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "exotel_sms": 80, "mappls_nearby": 80, "leadsquared_lead": 80, "kookoo_ivr": 80,
    }  # fmt: skip


def test_every_copy_of_every_number_is_labelled_unchanged(records):
    """Each distinct number of the contact fields is labelled wherever it stands, under the
    first column that holds it; nothing else is, and nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = Counter()
        for number in h264.numbers_of(row):
            copies = len(re.findall(rf"(?<!\d){number}(?!\d)", text))
            assert copies >= 1, (r["id"], number)
            assert text.count(number) == copies, (r["id"], number)
            expected[(number, h264.column_of(row, number))] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h264.international)
    assert kinds == {
        "national:CONTACT_1": 792, "national:CONTACT_2": 229, "national:CONTACT_3": 168,
    }  # fmt: skip
    assert sum(kinds.values()) == 1189


def test_the_data_keeps_the_published_shape():
    """Every contact field is ``Mob: `` and ten digits or empty; every facility has one to
    three distinct numbers (602 in all); 198 private and 122 government facilities."""
    rows = h264.data()["rows"]
    for row in rows:
        for column in h264.CONTACTS:
            value = row["fields"][column]
            assert value == "" or re.fullmatch(r"Mob: [6-9]\d{9}", value), value
        assert 1 <= len(h264.numbers_of(row)) <= 3
    assert sum(len(h264.numbers_of(row)) for row in rows) == 602
    assert Counter(row["fields"]["TYPE"] for row in rows) == {"Private": 198, "Government": 122}
    assert Counter(len(h264.numbers_of(row)) for row in rows) == {1: 163, 2: 32, 3: 125}


def _encoded(layout: str, value: str) -> list[str]:
    """``value`` as the layout may write it (a JSON string, XML text or a shell word)."""
    if layout == "kookoo_ivr":
        return [escape(value)]
    return [json.dumps(value, ensure_ascii=False)[1:-1], value]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The facility's name and district stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            found = [
                m.start()
                for value in _encoded(r["layout"], h264._f(_row(r), column))
                for m in re.finditer(re.escape(value), r["text"])
            ]
            assert found, (r["id"], column)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h264.numbers_of(row), h264._f(row, "HOSPITAL_NAME")
        if r["layout"] == "exotel_sms":
            head, _, body = text.partition("\n{")
            doc = json.loads("{" + body)["SMSMessage"]
            assert doc["To"] == tel[0] and doc["Status"] == "queued"
            assert doc["Body"].endswith(f"दर्ज संपर्क नंबर: {', '.join(tel)} - NHM MP")
            assert name in doc["Body"]
            assert f"    -d To={tel[0]} \\\n" in head
            assert re.search(r"-d DltEntityId=1201\d{15} \\\n", head)
            assert re.search(r"-d DltTemplateId=1207\d{15} \\\n", head)
            assert doc["Uri"].endswith(f"/{doc['Sid']}.json") and re.fullmatch(
                r"[0-9a-f]{32}", doc["Sid"]
            )
        elif r["layout"] == "mappls_nearby":
            doc = json.loads(text)
            (place,) = doc["suggestedLocations"]
            assert place["mobileNo"].split(",") == tel and place["placeName"] == name
            assert place["placeAddress"] == f"{h264._f(row, 'DISTRICT')}, Madhya Pradesh"
            assert ("latitude" in place) == (h264.coordinates(row) is not None)
        elif r["layout"] == "leadsquared_lead":
            request, _, response = text.partition("\nHTTP/1.1 200 OK\n")
            body = json.loads(request.split("\n\n", 1)[1])
            pairs = {p["Attribute"]: p["Value"] for p in body}
            assert pairs["Phone"] == tel[0] and pairs["Company"] == name
            assert pairs.get("Mobile") == (tel[1] if len(tel) > 1 else None)
            for column in h264.CONTACTS:
                if h264._f(row, column):
                    assert f"{column}: {h264._f(row, column)}" in pairs["Notes"]
            assert json.loads(response.split("\n\n", 1)[1])["Status"] == "Success"
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "response" and re.fullmatch(r"\d{19}", root.get("sid"))
            assert root.findtext("dial") == tel[0]
            assert f"अस्पताल के संपर्क नंबर हैं {', '.join(tel)}।" in root.findtext("playtext")


def test_provenance():
    sources = h264.data()["sources"]
    assert set(sources) == {"IN"}
    src = sources["IN"]
    assert src["repository"] == "pxthxk/COVIDBedsIndia"
    assert src["commit"] == "13a4e40fb671e38ac444e3cb2a4f09a6806c750e"
    assert src["paths"] == ["resources/Madhya_Pradesh_hospital_information.js"]
    assert "not confirmed" in src["licence"] and "sarthak.nhmmp.gov.in" in src["publisher"]
    rows = h264.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IN": 320}
    assert not any(re.search(r"\w@\w+\.", str(v)) for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.is_dir(), reason="the source repository's mirror is not here")
def test_the_data_is_rebuilt_byte_for_byte_from_the_source(tmp_path):
    data = extractor.extract({"IN": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h264, "held_out_264", tmp_path)
