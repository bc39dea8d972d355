"""held_out_332 of the PII evaluation set (scripts/pii_held_out_332.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, every labelled e-mail address the row's real address, each copy labelled; the name
and street are in the text and unlabelled) and are rebuilt byte for byte from the committed
data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_332 as h332  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the number and of the address each layout writes (the address where the row has one)
PHONE_COPIES = {"ceds_ids_sql": 2, "qualtrics_csv": 2, "basecamp_message": 1, "klaviyo_profile": 1}
EMAIL_COPIES = {"ceds_ids_sql": 1, "qualtrics_csv": 2, "basecamp_message": 1, "klaviyo_profile": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h332.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h332.entries()[locale][n]


def test_every_row_is_one_record_in_each_layout(records):
    rows = h332.data()["rows"]
    assert len(records) == 4 * len(rows) == 484
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h332.layout_of(n)
        assert r["source"] == _row(r)["path"] == rows[n // 4]["path"]
        assert r["locale"] == "reg:US"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 121 for layout in h332.LAYOUTS}


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """The number is labelled under its column and the address as an e-mail address wherever
    the layout writes them; nothing else is labelled, and nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h332.phone(row), h332.email(row)
        assert text.count(tel) == PHONE_COPIES[r["layout"]], r["id"]
        expected = Counter({(tel, "PHONE_NUMBER", "national:Phone"): text.count(tel)})
        if mail:
            assert text.count(mail) == EMAIL_COPIES[r["layout"]], r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] = text.count(mail)
        labelled = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert labelled == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_labels_keep_their_kind(records):
    kinds = phone_kinds(
        records, lambda v: v.startswith("+"), frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
    )
    assert kinds == {"national:Phone": 726, "register": 445}


def test_the_data_keeps_the_published_shape():
    """121 licensed child-care centres, each with a ten-digit number as DFPS writes it
    (``214-942-6319``), 89 with an e-mail address; the fields are strings as the view gives
    them (the street with its trailing comma and blank but in one, ``1111 AVENUE H, STE 100``)."""
    rows = h332.data()["rows"]
    assert len(rows) == 121
    assert {row["fields"]["Operation Type"] for row in rows} == {"Licensed Child-Care Center"}
    assert all(re.fullmatch(r"\d{3}-\d{3}-\d{4}", row["fields"]["Phone"]) for row in rows)
    assert sum(bool(row["fields"]["Email Address"]) for row in rows) == 89
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert sum(row["fields"]["Address"].endswith(", ") for row in rows) == 120


def _encoded(layout: str, value: str) -> list[str]:
    """The ways ``value`` stands in a layout's text."""
    if layout == "ceds_ids_sql":
        return [value.replace("'", "''")]
    if layout == "basecamp_message":
        return [json.dumps(value)[1:-1], json.dumps(escape(value))[1:-1]]
    if layout == "klaviyo_profile":
        return [json.dumps(value, ensure_ascii=False)[1:-1]]
    return [value]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name and street stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h332.name(row), h332.street(row)):
            found = [
                m.start()
                for form in _encoded(r["layout"], value)
                for m in re.finditer(re.escape(form), r["text"])
            ]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document reads in its format (JSON and CSV by the standard library; the T-SQL batch
    and the HTTP request by their fixed shapes), the row's number and address where the format
    puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h332.phone(row), h332.email(row), h332.name(row)
        if r["layout"] == "ceds_ids_sql":
            assert text.startswith("-- CEDS IDS load") and text.endswith("GO\n")
            assert "BEGIN TRANSACTION;" in text and "COMMIT TRANSACTION;" in text
            assert f"VALUES (@OrganizationId, N'{tel}', 1, 2);" in text
            assert (f"N'{mail}'" in text) == bool(mail)
            assert f"VALUES (N'{name.replace(chr(39), chr(39) * 2)}', " in text
        elif r["layout"] == "qualtrics_csv":
            table = list(csv.reader(io.StringIO(text, newline="")))
            assert len(table) == 4 and {len(line) for line in table} == {26}
            header = dict(zip(table[0], table[3], strict=True))
            assert [json.loads(cell)["ImportId"] for cell in table[2]][8] == "_recordId"
            assert header["Q1"] == name and header["Q5"] == tel and header["Q6"] == mail
            assert header["RecipientEmail"] == mail and header["IPAddress"] == ""
            assert header["DistributionChannel"] == ("email" if mail else "anonymous")
            assert header["Q3"] == h332.street(row) and tel in header["Q9"]
        elif r["layout"] == "basecamp_message":
            head, body = text.rstrip("\n").split("\r\n\r\n")
            lines = head.split("\r\n")
            assert re.fullmatch(
                r"POST /\d+/buckets/\d+/message_boards/\d+/messages\.json HTTP/1\.1", lines[0]
            )
            assert "Host: 3.basecampapi.com" in lines
            assert f"Content-Length: {len(body.encode('utf-8'))}" in lines
            doc = json.loads(body)
            assert doc["subject"].startswith(f"Site visit: {name} (")
            assert f"Phone: {tel}<br>" in doc["content"] and doc["status"] == "active"
            assert (f'href="mailto:{mail}"' in doc["content"]) == bool(mail)
        else:
            doc = json.loads(text)["data"]
            assert doc["type"] == "profile"
            attributes = doc["attributes"]
            assert attributes["properties"]["center_phone"] == tel
            assert attributes.get("email", "") == mail
            assert attributes["organization"] == name
            assert attributes["location"]["address1"] == h332.street(row)


def test_provenance():
    sources = h332.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "TheArcusProject/DayCaring"
    assert us["commit"] == "833247756fa9063463a34f85fa4a9565b5789ba9"
    assert us["path"] == "server/data/schools.js"
    assert "not confirmed" in us["licence"] and "Family and Protective" in us["publisher"]
    rows = h332.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 121}
    assert [r["path"] for r in rows] == [f"server/data/schools.js#{i}" for i in range(121)]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h332, "held_out_332", tmp_path)
