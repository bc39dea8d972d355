"""held_out_239 of the PII evaluation set (scripts/pii_held_out_239.py): its committed records
keep the generator's invariants (every labelled phone is the number of the row's real phone or
fax field, copied unchanged, each copy labelled, an extension left out; each office e-mail
labelled; the name and PHA code are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_239 as h239  # noqa: E402 - the scripts folder's modules
from us_hud_pha_contacts_data import office_address  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the agency's identifiers, in every layout
IDENTIFIERS = ("pha_name", "pha_code")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h239.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h239.by_locale()[locale][n]


def _body(text: str) -> dict:
    """The JSON body of an HTTP request (after its blank line), or the whole JSON document."""
    return json.loads(text.split("\r\n\r\n", 1)[1] if "\r\n\r\n" in text else text)


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h239.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h239.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:US"
    assert Counter(r["layout"] for r in records) == {
        "hmis_export_csv": 100, "mailchimp_list_patch": 100, "qbo_customer": 100,
        "regulations_comment": 100,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone field's number stands once in the HMIS export and twice in the other layouts,
    the fax once where the QuickBooks and Regulations.gov layouts carry it (a fax that is the
    phone's number counts as the phone's), the office e-mail once where the row has one;
    each copy is labelled and nothing else is."""
    copies = {"hmis_export_csv": 1, "mailchimp_list_patch": 2, "qbo_customer": 2,
              "regulations_comment": 2}  # fmt: skip
    for r in records:
        row, text = _row(r), r["text"]
        number, fax, email = h239.number(row), h239.fax(row), h239.email(row)
        with_fax = r["layout"] in ("qbo_customer", "regulations_comment") and fax
        expected = Counter({(number, "phone"): copies[r["layout"]]})
        if with_fax:
            if fax == number:
                expected[(number, "phone")] += 1
            else:
                expected[(fax, "fax")] += 1
        if email:
            expected[(email, "register")] += 1
        got = Counter((text[s:e], kind.split(":")[-1]) for s, e, _, kind in r["spans"])
        assert got == expected, r["id"]
        assert text.count(number) == sum(c for (v, _), c in expected.items() if v == number)
        assert not r["distractors"] and not r["unscored"], r["id"]
        if h239.extension(row):
            assert f" x{h239.extension(row)}" in text or r["layout"] == "hmis_export_csv"


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h239.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 703, "national:fax": 192, "register": 69}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is a North American number as the copy writes it, ten digits
    ``(205) 521-0679`` or with the report's extension ``(256)236-1575 x134``; every fax as
    ``(256) 236-3981``; every kept e-mail names the office; the fields are strings."""
    rows = h239.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h239.phone(row)) for row in rows)
    assert shapes == {
        "(999) 999-9999": 323, "(999)999-9999 x999": 43, "(999)999-9999 x9999": 13,
        "(999)999-9999 x99": 13, "(999)999-9999 x9": 8,
    }  # fmt: skip
    assert all(
        re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", h239.fax(row)) for row in rows if h239.fax(row)
    )
    assert sum(bool(h239.fax(row)) for row in rows) == 388
    emails = [h239.email(row) for row in rows if h239.email(row)]
    assert len(emails) == 69 and all(office_address(e) for e in emails)
    assert not office_address("cstone@ahfc.us") and office_address("info@hatc.net")
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The agency's name and PHA code stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h239._f(_row(r), column)
            if r["layout"] != "hmis_export_csv":
                value = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (CSV and JSON by the standard library, the HTTP
    requests by their head and a Content-Length that fits the body), the row's values where
    the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, email = h239.phone(row), h239.name(row), h239.email(row)
        if r["layout"] == "hmis_export_csv":
            table = list(csv.DictReader(io.StringIO(text, newline="")))
            assert len(table) == 1 and text.endswith("\r\n")
            export = table[0]
            assert export["SourceContactPhone"] == h239.number(row)
            assert export["SourceContactExtension"] == h239.extension(row)
            assert export["SourceContactEmail"] == email
            assert export["SourceName"] == name and export["SourceID"] == row["fields"]["pha_code"]
            assert export["SourceType"] == "2" and export["CSVVersion"] == "2024 v1.0"
            assert not export["SourceContactFirst"] and not export["SourceContactLast"]
            continue
        if r["layout"] != "qbo_customer":
            head, payload = text.split("\r\n\r\n", 1)
            length = int(re.search(r"\r\nContent-Length: (\d+)", head).group(1))
            assert length == len(payload[:-1].encode("utf-8")), r["id"]
        doc = _body(text)
        if r["layout"] == "mailchimp_list_patch":
            assert re.match(r"PATCH /3\.0/lists/[0-9a-f]{10} HTTP/1\.1\r\nHost: (us\d+)\.", text)
            auth = re.search(r"Authorization: Basic (\S+)", text).group(1)
            assert re.fullmatch(r"anystring:[0-9a-f]{32}-us\d+", base64.b64decode(auth).decode())
            assert doc["contact"]["phone"] == tel and doc["contact"]["company"] == name
            assert doc["permission_reminder"].endswith(f"Call {tel}.")
            assert doc.get("campaign_defaults", {}).get("from_email", "") == email
        elif r["layout"] == "qbo_customer":
            customer = doc["Customer"]
            assert customer["PrimaryPhone"]["FreeFormNumber"] == tel
            assert customer.get("Fax", {}).get("FreeFormNumber", "") == h239.fax(row)
            assert customer.get("PrimaryEmailAddr", {}).get("Address", "") == email
            assert customer["DisplayName"] == name and customer["Notes"].endswith(tel)
        else:
            assert text.startswith("POST /v4/comments HTTP/1.1\r\nHost: api.regulations.gov\r\n")
            attributes = doc["data"]["attributes"]
            assert doc["data"]["type"] == "comments"
            assert re.fullmatch(r"HUD-2024-\d{4}-0001", attributes["commentOnDocumentId"])
            assert attributes["phone"] == tel and attributes["organization"] == name
            assert attributes.get("email", "") == email
            assert attributes["sendEmailReceipt"] is bool(email)
            assert f"our office at {tel}" in attributes["comment"]


def test_provenance():
    sources = h239.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "GGPrompts/vibe4vets"
    assert us["commit"] == "78dfaf9630d1562e37f3ddd48ae620ce21c4867f"
    assert us["path"] == "backend/data/reference/PHA_Contacts.json"
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h239.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 400}
    assert len({r["fields"]["pha_code"] for r in rows}) == 400


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h239, "held_out_239", tmp_path)
