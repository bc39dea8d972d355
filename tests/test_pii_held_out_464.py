"""held_out_464 of the PII evaluation set (scripts/pii_held_out_464.py): its committed records
keep the generator's invariants (every labelled value is a copy of the branch's real phone
line, fax line or mailbox, unchanged, each copy labelled; the branch's name, code and district
and the order's identifiers are in the text and unlabelled), each layout parses as its format,
the extractor's rules hold on a few rows, and the records are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bd_nbl_branches_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_464 as h464  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h464.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h464.by_locale()[locale][n]


def _kind(value: str, column: str) -> str:
    return f"{'international' if h464.international(value) else 'national'}:{column}"


def _expected(record: dict) -> Counter:
    """The labelled copies each layout writes of a row's values, by (value, type, kind): the
    contact line once in every layout; the other lines, the fax lines and the mailbox once
    where the layout writes them (not in the bKash request)."""
    row, layout = _row(record), record["layout"]
    out: Counter = Counter(
        {(h464.contact(row), "PHONE_NUMBER", _kind(h464.contact(row), "phone")): 1}
    )
    if layout != "bkash_create_http":
        out.update({(v, "PHONE_NUMBER", _kind(v, "phone")): 1 for v in h464.others(row)})
        out.update({(v, "PHONE_NUMBER", _kind(v, "fax")): 1 for v in h464.faxes(row)})
        if h464.email(row):
            out[(h464.email(row), "EMAIL_ADDRESS", "register")] = 1
    return out


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h464.data()["rows"]) == 170
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h464.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}" == "reg:BD"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "redx_parcel_http": 43, "ecourier_curl": 43, "aamarpay_json": 42, "bkash_create_http": 42,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each phone line, fax line of its own and mailbox is labelled wherever it stands, each
    whole, under its column; nothing else is labelled, no copy stands unlabelled and no
    distractor is marked."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = _expected(r)
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        for (value, _, _), n in expected.items():
            assert text.count(value) == n, (r["id"], value)
        assert text.count("@") == (
            1 if h464.email(row) and r["layout"] != "bkash_create_http" else 0
        )
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h464.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:phone": 249,
        "international:phone": 19,
        "national:fax": 5,
        "international:fax": 19,
        "register": 126,
    }


def test_the_data_keeps_the_published_shape():
    """Every kept branch has a phone line a person could hold, no first line twice, no
    residence line; the written lines are each once, none a placeholder; the mailboxes are the
    bank's (one on a webmail, one on a misspelt domain, two malformed and never written); the
    fields are strings as published and no manager is named."""
    rows = h464.data()["rows"]
    firsts = [extractor.digits_of(extractor.lines(row["fields"]["phone"])[0]) for row in rows]
    assert len(set(firsts)) == 170
    written = [v for row in rows for v in h464.phones(row) + h464.faxes(row)]
    assert sum(len(h464.phones(row)) for row in rows) == 298
    assert len(written) == 330 and all(personal_phone(v, "BD") for v in written)
    assert not any(h464.placeholder(v) for v in written)
    assert sum(len(h464.faxes(row)) for row in rows) == 32
    for row in rows:
        lines = [h464._national(v) for v in h464.phones(row) + h464.faxes(row)]
        assert len(lines) == len(set(lines)), row["path"]
        assert not extractor.residence(row["fields"]["phone"])
        assert set(row["fields"]) <= set(extractor.KEPT) and "incharge" not in row["fields"]
    mails = [h464.email(row) for row in rows if h464.email(row)]
    assert len(mails) == 168
    assert Counter(m.split("@")[1] for m in mails) == {
        "nblbd.com": 166, "yahoo.com": 1, "nbdbd.com": 1,
    }  # fmt: skip
    assert sorted(row["fields"]["email"] for row in rows if not h464.email(row)) == [
        "chaktai @nblbd.com", "jamalpur @nblbd.com",
    ]  # fmt: skip
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_extractors_rules_on_a_few_rows():
    """A field's lines are its numbers of seven digits or more, notes left aside; abbreviated
    lines and telex numbers are none; a residence line is seen; NULL columns and the manager
    are left out."""
    assert extractor.lines("0541-62531,62532") == ["0541-62531"]
    assert extractor.lines("(0821) - 728604, (0821) - 728605") == [
        "(0821) - 728604", "(0821) - 728605",
    ]  # fmt: skip
    assert extractor.lines("0431-64166 Mobile : 01713330616") == ["0431-64166", "01713330616"]
    assert extractor.lines("880-521-65749, 62469, 01713330603,65312 TLX  : 671468") == [
        "880-521-65749", "01713330603",
    ]  # fmt: skip
    assert extractor.lines("9567558-9, 9553569 Ext: 102") == ["9567558-9", "9553569"]
    assert extractor.residence("02-7725011, 01730-330414 (Office), 01718-215800 (Res)")
    assert not extractor.residence("Manager: 8127223")
    row = {
        "branch_code": "99", "branch_name": "Gaibandha Branch", "branch_type": "Branch",
        "address": "D.B. Road, Gaibandha", "division": "Rangpur", "phone": "0541-62531,62532",
        "fax": None, "district": "Gaibandha", "email": "gaibandha@nblbd.com", "swift": None,
        "incharge": "Md. A", "adbranch": None, "online": "1", "telex": None, "egp": "1",
    }  # fmt: skip
    assert extractor.kept_fields(row) == {
        "branch_code": "99", "branch_name": "Gaibandha Branch", "branch_type": "Branch",
        "address": "D.B. Road, Gaibandha", "division": "Rangpur", "district": "Gaibandha",
        "phone": "0541-62531,62532", "email": "gaibandha@nblbd.com",
    }  # fmt: skip


def test_the_generators_rules_on_a_few_lines():
    """A placeholder is a line whose subscriber part is zeros; a line with the country code is
    the same line as without it; a Dhaka line that begins with 88 is national."""
    assert h464.placeholder("01730000000") and not h464.placeholder("01713388000")
    assert h464._same("88-0601-51235", "0601-51235")
    assert h464._same("880-2-7390609", "7390609")
    assert not h464._same("9565878", "880-2-9565877")
    assert h464.international("880-521-65749") and h464.international("88-07527 - 64560")
    assert not h464.international("8849296-7") and not h464.international("01730-330476")
    assert h464.mobile("0 1711-302193") and not h464.mobile("0541-62531")


def _outside(record: dict, value: str) -> bool:
    found = [m.start() for m in re.finditer(re.escape(value), record["text"])]
    return any(not any(s <= at < e for s, e, *_ in record["spans"]) for at in found)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The branch's name stands in every record but the bKash request (its code there), its
    district in the courier and aamarPay ones, outside the labels."""
    for r in records:
        row = _row(r)
        if r["layout"] == "bkash_create_http":
            assert f"branch={h464.code(row)}" in r["text"], r["id"]
            continue
        assert _outside(r, json.dumps(h464.branch(row))[1:-1]), r["id"]
        if h464.district(row):
            assert _outside(r, json.dumps(h464.district(row))[1:-1]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _http(text: str) -> tuple[list[str], dict[str, str], dict]:
    head, body = text.split("\r\n\r\n", 1)
    lines = head.split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    assert int(headers["Content-Length"]) == len(body.rstrip("\n").encode("utf-8"))
    return lines, headers, json.loads(body)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the HTTP messages' heads and JSON bodies, the curl
    command by shlex and its JSON payload, the aamarPay body by the standard library), the
    row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        name, line = f"{h464.branch(row)}, National Bank Limited", h464.contact(row)
        if r["layout"] == "redx_parcel_http":
            lines, headers, doc = _http(text)
            assert lines[0] == "POST /v1.0.0-beta/parcel HTTP/1.1"
            assert headers["Host"] == "openapi.redx.com.bd"
            assert headers["API-ACCESS-TOKEN"].startswith("Bearer eyJ")
            assert doc["customer_name"] == name and doc["customer_phone"] == line
            assert re.fullmatch(r"KBS-\d{5}-\d{3}", doc["merchant_invoice_id"])
            assert doc["cash_collection_amount"] == "0"
            assert int(doc["value"]) == sum(p["value"] for p in doc["parcel_details_json"])
            assert doc["instruction"] == h464.notes(row)
        elif r["layout"] == "ecourier_curl":
            words = shlex.split(text.replace("\\\n", " "))
            assert words[:4] == [
                "curl", "-X", "POST", "https://backoffice.ecourier.com.bd/api/order-place",
            ]  # fmt: skip
            headers = dict(w.split(": ", 1) for w in words[5:12:2])
            assert words[4:12:2] == ["-H"] * 4 and words[12] == "--data-raw"
            assert set(headers) == {"API-KEY", "API-SECRET", "USER-ID", "Content-Type"}
            doc = json.loads(words[13])
            assert len(words) == 14
            assert doc["recipient_name"] == name and doc["recipient_mobile"] == line
            assert doc["payment_method"] == "CCRD" and doc["product_price"] == "0"
            assert doc["comments"] == h464.notes(row) and doc["ep_id"].startswith("KBS-")
        elif r["layout"] == "aamarpay_json":
            doc = json.loads(text)
            assert doc["currency"] == "BDT" and doc["type"] == "json"
            assert doc["cus_name"] == name and doc["cus_phone"] == line
            assert doc.get("cus_email", "") == h464.email(row)
            assert doc.get("opt_b", "") == ", ".join(h464.others(row))
            assert doc.get("opt_c", "") == ", ".join(h464.faxes(row))
            assert doc.get("opt_d", "") == h464.swift(row)
            assert re.fullmatch(r"\d+\.00", doc["amount"]) and doc["cus_country"] == "Bangladesh"
            assert re.fullmatch(r"[0-9a-f]{32}", doc["signature_key"])
        else:
            lines, headers, doc = _http(text)
            assert lines[0] == "POST /v1.2.0-beta/tokenized/checkout/create HTTP/1.1"
            assert headers["Host"] == "tokenized.pay.bka.sh"
            assert set(headers) >= {"Authorization", "X-APP-Key"}
            assert set(doc) == {
                "mode", "payerReference", "callbackURL", "amount", "currency", "intent",
                "merchantInvoiceNumber",
            }  # fmt: skip
            assert doc["mode"] == "0011" and doc["intent"] == "sale"
            assert doc["payerReference"] == line and doc["currency"] == "BDT"


def test_provenance():
    sources = h464.data()["sources"]
    assert set(sources) == {"BD"}
    bd = sources["BD"]
    assert bd["repository"] == "nazrulcse/nblbd"
    assert bd["commit"] == "e7c5bfae129f0ff7b7ee1e444b9b14ff21dc26ac"
    assert bd["paths"] == ["DB_Backup/localhost_17.12.2014.sql"]
    assert "not confirmed" in bd["licence"] and bd["publisher"]
    rows = h464.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BD": 170}
    assert all(r["path"].startswith("DB_Backup/localhost_17.12.2014.sql:branchinfo#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h464, "held_out_464", tmp_path)
