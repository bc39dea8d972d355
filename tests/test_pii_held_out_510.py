"""held_out_510 of the PII evaluation set (scripts/pii_held_out_510.py): its committed records
keep the generator's invariants (every labelled value is a copy of the branch's real phone line,
unchanged, each copy labelled; the branch's name, id and district and the order's identifiers
are in the text and unlabelled), each layout parses as its format, the extractor's rules hold on
a few rows, and the records are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bd_asa_branches_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_510 as h510  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h510.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h510.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h510.data()["rows"]) == 288
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h510.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}" == "reg:BD"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "shurjopay_json": 72, "paperfly_http": 72, "bulksmsbd_get": 72, "alphasms_post": 72,
    }  # fmt: skip


def test_every_copy_of_the_line_is_labelled_unchanged(records):
    """The branch's line is labelled once in every record, whole, under its column; nothing
    else is labelled, no copy stands unlabelled, no distractor is marked and no other run of
    seven digits or more stands apart in the text (a token's letters and digits aside)."""
    for r in records:
        row, text = _row(r), r["text"]
        line = h510.phone(row)
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(line, "PHONE_NUMBER", "national:phone"): 1}, r["id"]
        assert text.count(line) == 1, r["id"]
        assert "@" not in text
        runs = [m.group() for m in re.finditer(r"(?<![A-Za-z0-9])\d{7,}(?![A-Za-z0-9])", text)]
        assert runs == [line], (r["id"], runs)
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h510.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 288}


def test_the_data_keeps_the_published_shape():
    """Every kept branch has one line a person could hold, no line twice, none an earlier
    Bangladeshi part's; the fields are strings as published (trailing spaces kept) and no
    manager is named."""
    rows = h510.data()["rows"]
    lines = [h510.phone(row) for row in rows]
    assert len(set(lines)) == 288 and all(personal_phone(v, "BD") for v in lines)
    assert Counter(len(v) for v in lines) == {11: 285, 10: 3}
    assert all(v.isdigit() for v in lines)
    assert [v for v in lines if not v.startswith("01")] == ["04435012961"]
    assert sum(row["fields"]["phone"] != h510.phone(row) for row in rows) > 0
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "880")
    assert not earlier & set(lines)
    for row in rows:
        assert set(row["fields"]) == set(extractor.KEPT) and "abm" not in row["fields"]
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert Counter(h510.division(row) for row in rows) == {"": 274, "DHAKA": 14}


def test_the_extractors_rules_on_a_few_rows():
    """A field's number is kept as written, stripped, where it has seven digits or more; the
    manager and NULL columns are left out."""
    assert extractor.number("01917473395 ") == "01917473395"
    assert extractor.number("0172272995") == "0172272995"
    assert extractor.number("") == "" and extractor.number("  ") == ""
    assert extractor.number("123456") == ""
    row = {
        "asa_id": "1", "asa_name": "KALATIA BRANCH", "asa_district": "DHAKA",
        "asa_division": "DHAKA", "address": "", "phone": "01917473395 ",
        "abm": "MD. A", "extra": None,
    }  # fmt: skip
    assert extractor.kept_fields(row) == {
        "asa_id": "1", "asa_name": "KALATIA BRANCH", "asa_district": "DHAKA",
        "asa_division": "DHAKA", "address": "", "phone": "01917473395 ",
    }  # fmt: skip


def _outside(record: dict, value: str) -> bool:
    found = [m.start() for m in re.finditer(re.escape(value), record["text"])]
    return any(not any(s <= at < e for s, e, *_ in record["spans"]) for at in found)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The branch's name stands in every record (URL-encoded in the SMS requests), its district
    in the payment and courier ones, outside the labels."""
    for r in records:
        row = _row(r)
        name = h510.branch(row)
        if r["layout"] in ("bulksmsbd_get", "alphasms_post"):
            assert f"ASA {name}" in _query(r)["message" if "get" in r["layout"] else "msg"]
            continue
        assert _outside(r, name), r["id"]
        if h510.district(row):
            assert _outside(r, h510.district(row).title()), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _http(text: str) -> tuple[list[str], dict[str, str], str]:
    head, body = text.split("\r\n\r\n", 1)
    lines = head.split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    if body:
        assert int(headers["Content-Length"]) == len(body.rstrip("\n").encode("utf-8"))
    else:
        assert "Content-Length" not in headers
    return lines, headers, body


def _query(record: dict) -> dict[str, str]:
    """The parameters of an SMS request: the GET's query, the POST's form body."""
    lines, _, body = _http(record["text"])
    if record["layout"] == "bulksmsbd_get":
        method, target, version = lines[0].split(" ")
        assert method == "GET" and version == "HTTP/1.1"
        form = parse_qs(urlsplit(target).query, keep_blank_values=True, strict_parsing=True)
    else:
        form = parse_qs(body.rstrip("\n"), keep_blank_values=True, strict_parsing=True)
    assert all(len(v) == 1 for v in form.values())
    return {k: v[0] for k, v in form.items()}


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the shurjoPay body as JSON, the HTTP messages' heads
    and bodies, the Paperfly body as JSON, the SMS requests' query and form by the standard
    library), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        line = h510.phone(row)
        if r["layout"] == "shurjopay_json":
            doc = json.loads(text)
            assert doc["customer_phone"] == line and doc["currency"] == "BDT"
            assert doc["customer_name"] == f"ASA {h510.branch(row)}"
            assert doc["prefix"] == "PMF" and isinstance(doc["amount"], int)
            assert re.fullmatch(r"PMF\d{6}-\d{3}", doc["order_id"])
            assert doc["value1"] == f"ASA branch id {h510.asa_id(row)}"
            assert re.fullmatch(r"103(\.\d{1,3}){3}", doc["client_ip"])
        elif r["layout"] == "paperfly_http":
            lines, headers, body = _http(text)
            assert lines[0] == "POST /OrderPlacement HTTP/1.1"
            assert headers["Host"] == "api.paperfly.com.bd"
            assert headers["paperflykey"].startswith("Paperfly_")
            doc = json.loads(body)
            assert doc["custPhone"] == line and doc["packagePrice"] == "0"
            assert doc["custname"] == f"ASA {h510.branch(row)} (id {h510.asa_id(row)})"
            assert re.fullmatch(r"PMF-\d{5}-\d{3}", doc["merOrderRef"])
        elif r["layout"] == "bulksmsbd_get":
            lines, headers, _ = _http(text)
            assert lines[0].startswith("GET /api/smsapi?") and headers["Host"] == "bulksmsbd.net"
            q = _query(r)
            assert list(q) == ["api_key", "type", "number", "senderid", "message"]
            assert q["number"] == line and q["type"] == "text" and q["senderid"] == "PadmaForms"
        else:
            lines, headers, _ = _http(text)
            assert lines[0] == "POST /sendsms HTTP/1.1" and headers["Host"] == "api.sms.net.bd"
            assert headers["Content-Type"] == "application/x-www-form-urlencoded"
            q = _query(r)
            assert list(q) == ["api_key", "msg", "to", "sender_id", "schedule"]
            assert q["to"] == line and q["sender_id"] == "PadmaForms"
            day = re.search(r"on (\d\d)-(\d\d)-(\d{4})", q["msg"])
            assert q["schedule"].startswith(f"{day[3]}-{day[2]}-{day[1]} ")


def test_provenance():
    sources = h510.data()["sources"]
    assert set(sources) == {"BD"}
    bd = sources["BD"]
    assert bd["repository"] == "nazrulcse/nblbd"
    assert bd["commit"] == "e7c5bfae129f0ff7b7ee1e444b9b14ff21dc26ac"
    assert bd["paths"] == ["DB_Backup/localhost_17.12.2014.sql"]
    assert "not confirmed" in bd["licence"] and bd["publisher"]
    rows = h510.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BD": 288}
    assert all(
        r["path"].startswith("DB_Backup/localhost_17.12.2014.sql:asabranchlist#") for r in rows
    )


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h510, "held_out_510", tmp_path)
