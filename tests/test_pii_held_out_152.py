"""held_out_152 of the PII evaluation set (scripts/pii_held_out_152.py): its committed records
keep the generator's invariants (every labelled phone is the number of the row's real phone
field, copied unchanged, each copy labelled, an extension left out; the centre's name and
address are in the text and unlabelled) and are rebuilt byte for byte from the committed data.
No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import base64
import hashlib
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

import pii_held_out_152 as h152  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the centre's identifiers, in every layout
IDENTIFIERS = ("LOC_NAME", "ADDRESS")
SHAPE = re.compile(r"\(\d{3}\) \d{3}-\d{4}(?:x\d{1,5})?")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h152.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h152.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h152.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h152.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "quickbooks_iif": 120, "warc_response": 120, "open311_request": 120, "qml_listmodel": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The number of the phone field is labelled wherever the field stands (twice in each
    document), its extension outside the label, under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h152.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            assert number == value.split("x")[0], r["id"]
            (expected if personal_phone(number, "CA") else short)[(number, h152.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not short and not r["distractors"], r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = Counter()
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        for _, _, _, kind in r["spans"]:
            kinds[kind] += 1
    assert kinds == {"national:PHONE": 960}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is ``(416) 394-7601``, 45 with an extension after ``x``; 430
    distinct fields; area codes as the register gives them; one row with no point."""
    rows = h152.data()["rows"]
    phones = [row["fields"]["PHONE"] for row in rows]
    assert all(SHAPE.fullmatch(value) for value in phones)
    assert sum("x" in value for value in phones) == 45
    assert len(set(phones)) == 430
    assert Counter(value[1:4] for value in phones) == {
        "416": 413, "647": 44, "888": 17, "437": 4, "905": 2,
    }  # fmt: skip
    assert all(h152.phone(row) == row["fields"]["PHONE"] for row in rows)
    assert sum(not h152.point(row)[0] for row in rows) == 1
    assert {row["fields"]["run_date"] for row in rows} == {"19APR24"}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML or HTML text, a QML string, IIF as is)."""
    if layout in ("warc_response", "open311_request"):
        return escape(value)
    if layout == "qml_listmodel":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name and street address stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h152._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _iif(text: str) -> dict[str, list[dict[str, str]]]:
    """An IIF file's rows by their type, each as a mapping of its ``!`` header's fields."""
    lines = text.split("\r\n")
    assert lines[-1] == ""
    headers, out = {}, {}
    for line in lines[:-1]:
        cells = line.split("\t")
        if cells[0].startswith("!"):
            headers[cells[0][1:]] = cells[1:]
        else:
            assert len(cells) - 1 == len(headers[cells[0]]), line
            out.setdefault(cells[0], []).append(
                dict(zip(headers[cells[0]], cells[1:], strict=True))
            )
    return out


def _sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def _warc(text: str) -> list[tuple[dict[str, str], bytes]]:
    """A WARC file's records: each one's headers and block, read by its ``Content-Length``."""
    data, records = text.encode("utf-8"), []
    while data:
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("utf-8").split("\r\n")
        assert lines[0] == "WARC/1.1"
        headers = dict(line.split(": ", 1) for line in lines[1:])
        length = int(headers["Content-Length"])
        records.append((headers, rest[:length]))
        assert rest[length : length + 4] == b"\r\n\r\n"
        data = rest[length + 4 :]
    return records


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (IIF by its headers, WARC by its record lengths and
    digests, Open311 XML by the standard library, QML by its fixed shape), the row's number
    where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h152.phone(row), h152.name(row)
        if r["layout"] == "quickbooks_iif":
            rows = _iif(text)
            assert rows["HDR"][0]["PROD"] == "QuickBooks Pro"
            vend = rows["VEND"][0]
            assert vend["PHONE1"] == tel and vend["PRINTAS"] == name
            assert vend["NAME"] == name[:41] and len(vend["NAME"]) <= 41
            trns, spl = rows["TRNS"][0], rows["SPL"][0]
            assert trns["TRNSTYPE"] == spl["TRNSTYPE"] == "BILL"
            assert float(trns["AMOUNT"]) + float(spl["AMOUNT"]) == 0
            assert trns["MEMO"].endswith(f"billing {tel}")
            assert text.endswith("ENDTRNS\r\n")
        elif r["layout"] == "warc_response":
            (info, _), (resp, block) = _warc(text)
            assert info["WARC-Type"] == "warcinfo" and resp["WARC-Type"] == "response"
            assert resp["WARC-Warcinfo-ID"] == info["WARC-Record-ID"]
            assert resp["WARC-Block-Digest"] == _sha1(block)
            http, _, payload = block.partition(b"\r\n\r\n")
            assert resp["WARC-Payload-Digest"] == _sha1(payload)
            assert f"Content-Length: {len(payload)}" in http.decode("utf-8")
            page = payload.decode("utf-8")
            assert f"<dt>Phone</dt><dd>{tel}</dd>" in page
            assert f"call the centre at {tel}. " in page
            assert resp["WARC-Target-URI"].endswith(f"/centres/{h152._f(row, 'LOC_ID')}")
        elif r["layout"] == "open311_request":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "service_requests"
            request = root.find("request")
            assert request.findtext("description").endswith(f"Centre's listed number: {tel}.")
            assert f" at {tel}" in request.findtext("status_notes")
            assert name in request.findtext("description")
            assert request.findtext("zipcode") == h152._f(row, "PCODE")
            lon, lat = h152.point(row)
            assert (request.findtext("lat") or "") == lat and (
                request.findtext("long") or ""
            ) == lon
        else:
            assert text.count("{") == text.count("}") == 2
            roles = dict(re.findall(r"^        (\w+): (.*)$", text, re.MULTILINE))
            assert json.loads(roles["phone"]) == tel and json.loads(roles["name"]) == name
            assert roles["callLabel"] == f'QT_TR_NOOP("Call {tel}")'
            assert roles["locId"] == h152._f(row, "LOC_ID")
            assert "\nListModel {\n" in text and "\n    ListElement {\n" in text


def test_provenance():
    sources = h152.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "ThomasWilliamFox/child_care_access"
    assert ca["commit"] == "8c04f8b956f1834c1fd74b1361e97c8ad9464639"
    assert ca["path"] == "data/raw_data/raw_childcare_data.csv"
    assert "not confirmed" in ca["licence"] and ca["publisher"]
    rows = h152.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 480}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h152, "held_out_152", tmp_path)
