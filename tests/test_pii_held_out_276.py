"""held_out_276 of the PII evaluation set (scripts/pii_held_out_276.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled under its column; the name and school number are in
the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_276 as h276  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the phone field each layout writes (the fax field's: one where the row has one)
PHONE_COPIES = {"brightspace_news": 2, "hootsuite_message": 1, "cohere_chat": 2, "geotab_zone": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h276.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h276.by_locale()[locale][n]


def _body(text: str) -> dict:
    """The JSON body of the record's (first) HTTP request."""
    head, rest = text.split("\n\n", 1)
    assert head.splitlines()[0].endswith(" HTTP/1.1")
    return json.JSONDecoder().raw_decode(rest)[0]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h276.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h276.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h276.LAYOUTS, 100)


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each copy of the phone field is labelled under ``Phone Number``, each copy of a
    different fax field under ``Fax Number``; a fax equal to the phone is the phone's; nothing
    else is labelled and no number is too short to label."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h276.phone(row), h276.fax(row)
        assert text.count(tel) == PHONE_COPIES[r["layout"]], r["id"]
        expected = Counter({(tel, h276.PHONE): text.count(tel)})
        if fax and fax != tel:
            expected[(fax, h276.FAX)] = text.count(fax)
            if r["layout"] != "hootsuite_message":
                assert text.count(fax) == 1, r["id"]
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h276.international)
    assert kinds == {"national:Phone Number": 600, "national:Fax Number": 313}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is ``NNN-NNN-NNNN`` as the Ministry writes it; 384 faxes in the
    same shape, 16 rows without one, two rows with one number for both; 356 English and 44
    French schools; the postal codes six characters with no space."""
    rows = h276.data()["rows"]
    shape = re.compile(r"\d{3}-\d{3}-\d{4}")
    assert all(shape.fullmatch(row["fields"][h276.PHONE]) for row in rows)
    assert sum(bool(shape.fullmatch(row["fields"][h276.FAX])) for row in rows) == 384
    assert sum(row["fields"][h276.FAX] == "" for row in rows) == 16
    assert sum(h276.fax(row) == h276.phone(row) for row in rows) == 2
    assert Counter(row["fields"]["School Language"] for row in rows) == {
        "English": 356,
        "French": 44,
    }
    assert all(re.fullmatch(r"[A-Z]\d[A-Z]\d[A-Z]\d", row["fields"]["Postal Code"]) for row in rows)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school's name stands in every record's text (as HTML text in Brightspace's news
    items), and its number in the Cohere and Geotab
    requests, outside the labels."""
    for r in records:
        row = _row(r)
        number = h276._f(row, "School Number")
        name = h276._f(row, "School Name")
        name = escape(name) if r["layout"] == "brightspace_news" else name
        name = json.dumps(name, ensure_ascii=False)[1:-1]
        spans = [*r["spans"], *r["distractors"]]
        values = (name, number) if r["layout"] in ("cohere_chat", "geotab_zone") else (name,)
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each request parses as JSON after its head, the row's numbers where the format puts
    them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h276.phone(row), h276.fax(row), h276._f(row, "School Name")
        body = _body(text)
        if r["layout"] == "brightspace_news":
            assert re.match(r"POST /d2l/api/le/1\.74/\d+/news/ HTTP/1\.1\n", text)
            assert body["Body"]["Type"] == "Html" and body["IsPublished"] is True
            assert f'<a href="tel:{tel}">{tel}</a>' in body["Body"]["Content"]
            if fax and fax != tel:
                assert f"or fax {fax}." in body["Body"]["Content"]
        elif r["layout"] == "hootsuite_message":
            assert text.startswith("POST /v1/messages HTTP/1.1\nHost: platform.hootsuite.com\n")
            assert f"Questions? Call {tel}." in body["text"] and name in body["text"]
            assert body["location"]["latitude"] == float(h276._f(row, "Latitude"))
            response = json.loads(text.split("HTTP/1.1 200 OK\n", 1)[1].split("\n\n", 1)[1])
            assert [d["socialProfile"]["id"] for d in response["data"]] == body["socialProfileIds"]
            assert all(d["state"] == "SCHEDULED" for d in response["data"])
        elif r["layout"] == "cohere_chat":
            assert text.startswith("POST /v1/chat HTTP/1.1\nHost: api.cohere.com\n")
            (document,) = body["documents"]
            assert document["title"] == name
            assert document["id"] == f"school-{h276._f(row, 'School Number')}"
            assert f"Phone: {tel}." in document["snippet"]
            assert (f"Fax: {fax}." in document["snippet"]) == bool(fax and fax != tel)
            roles = [turn["role"] for turn in body["chat_history"]]
            assert roles == ["USER", "CHATBOT"]
            assert body["chat_history"][1]["message"].endswith(f"office at {tel}.")
        else:
            assert text.startswith("POST /apiv1 HTTP/1.1\nHost: my.geotab.com\n")
            assert body["method"] == "Add" and body["params"]["typeName"] == "Zone"
            entity = body["params"]["entity"]
            assert entity["name"] == name
            assert entity["externalReference"] == h276._f(row, "School Number")
            assert f"| Office {tel}" in entity["comment"]
            assert entity["points"][0] == entity["points"][-1] and len(entity["points"]) == 5


def test_provenance():
    sources = h276.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "parishanizam/EQAOPredictor-"
    assert ca["commit"] == "1412ff9a462420c8739fd9d3683af921c74a52ea"
    assert ca["path"] == "data/sif_data_table_2021_2022_en.csv"
    assert "not confirmed" in ca["licence"] and ca["publisher"]
    rows = h276.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h276, "held_out_276", tmp_path)
