"""held_out_232 of the PII evaluation set (scripts/pii_held_out_232.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the MUDF id and name are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

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

import pii_held_out_232 as h232  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the museum's identifiers, in every layout
IDENTIFIERS = ("MID", "NAME")
XML_LAYOUTS = ("collectionspace_import", "usps_evs")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h232.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h232.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h232.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h232.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "archivesspace_agent": 125, "collectionspace_import": 125,
        "blackbaud_constituent": 125, "usps_evs": 125,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h232.phone(row)
        copies = text.count(value)
        assert copies == h232.COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "US") else short)[(number, h232.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h232.international)
    assert kinds == {"national:PHONE": 750}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, not all zeros, as IMLS
    writes it: ten digits with no separator (one of nine, a slip kept as published); the
    fields are strings as the file gives them, 36 columns each."""
    rows = h232.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", row["fields"]["PHONE"]) for row in rows)
    assert shapes == {"9999999999": 499, "999999999": 1}
    for row in rows:
        assert len(row["fields"]) == 36
        assert row["fields"]["PHONE"] == h232.phone(row)
        assert re.fullmatch(r"840\d{7}", row["fields"]["MID"])
    assert Counter(row["fields"]["DISCIPL"] for row in rows) == {
        "GMU": 249, "HSC": 161, "ART": 30, "HST": 29, "BOT": 13, "ZAW": 7, "CMU": 5,
        "NAT": 3, "SCI": 3,
    }  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout in XML_LAYOUTS:
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The MUDF id and the name stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h232._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            if column == "MID" and r["layout"] == "blackbaud_constituent":
                assert not found, r["id"]
                continue
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h232.phone(row), h232._f(row, "NAME")
        if r["layout"] == "archivesspace_agent":
            doc = json.loads(text)
            assert doc["jsonmodel_type"] == "agent_corporate_entity"
            assert doc["names"][0]["primary_name"] == name
            contact = doc["agent_contacts"][0]
            assert contact["telephones"][0] == {**contact["telephones"][0], "number": tel,
                                                "number_type": "business"}  # fmt: skip
            assert f"Main line {tel} " in contact["notes"][0]["contact_notes"]
            ids = doc["agent_record_identifiers"]
            assert ids[0]["record_identifier"] == h232._f(row, "MID")
        elif r["layout"] == "collectionspace_import":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "imports"
            org, contact = root.findall("import")
            assert org.get("service") == "Organizations" and contact.get("service") == "Contacts"
            assert org.findtext("schema/orgTermGroupList/orgTermGroup/termDisplayName") == name
            assert f"Switchboard {tel};" in org.findtext("schema/historyNotes/historyNote")
            group = "schema/telephoneNumberGroupList/telephoneNumberGroup/"
            assert contact.findtext(group + "telephoneNumber") == tel
            assert contact.findtext(group + "telephoneNumberType") == "business"
            assert contact.findtext("schema/initem") == org.get("CSID")
        elif r["layout"] == "blackbaud_constituent":
            doc = json.loads(text)
            assert doc["type"] == "Organization" and doc["name"] == name
            assert doc["phone"]["number"] == tel and doc["phone"]["type"] == "Business"
            assert doc["address"]["constituent_id"] == doc["id"]
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "eVSRequest"
            assert root.findtext("FromFirm") == name and root.findtext("FromPhone") == tel
            assert root.findtext("FromZip5") == h232._f(row, "ZIP5")
            assert root.findtext("CustomerRefNo2") == f"MUDF {h232._f(row, 'MID')}"
            assert not root.findtext("ToPhone")


def test_provenance():
    sources = h232.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "FactMiners/mudf2Neo4j"
    assert us["commit"] == "cb5ae5a32e1d3f4a11de34789b146d2fa38017fb"
    assert us["paths"] == ["mudf_import/mudf14q3pub_csv.zip:mudf14q3pub.csv"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h232.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 500}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h232, "held_out_232", tmp_path)
