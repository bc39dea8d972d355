"""held_out_301 of the PII evaluation set (scripts/pii_held_out_301.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; every copy of the office's e-mail address labelled; the
name and GSS code are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_301 as h301  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the office's identifiers, in every layout
IDENTIFIERS = ("name", "gss")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h301.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h301.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h301.data()["rows"]) == 403
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h301.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ec_postcode_api": 101, "govuk_contact_item": 101, "govuk_register_rsf": 101,
        "govuk_frontend_page": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; each copy of the e-mail address is
    labelled; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h301.phone(row)
        copies = text.count(html.escape(value))
        assert copies == 1, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "GB") else short)[(number, h301.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        mail = h301.email(row)
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        want = 2 if r["layout"] == "govuk_frontend_page" else 1
        assert emails == ([mail] * want if mail else []), r["id"]
        assert not r["unscored"]


def test_labels_and_kinds(records):
    kinds = phone_kinds(records, h301.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 416, "register": 500}
    assert sum(len(r["distractors"]) for r in records) == 17


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; 339 offices of England and
    Wales, 32 Scottish councils' and 32 valuation joint boards'; the fields are strings as the
    files give them; one member of staff's address left out, one field a web address."""
    rows = h301.data()["rows"]
    paths = Counter(row["path"].rsplit("/", 1)[1].split("#")[0] for row in rows)
    assert paths == {"england-wales.csv": 339, "scotland-councils.csv": 32, "scotland-vjbs.csv": 32}
    for row in rows:
        assert sum(c.isdigit() for c in row["fields"]["phone"]) >= 6
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert sum("email" not in row["fields"] for row in rows) == 1
    assert sum(bool(h301.email(row)) for row in rows) == 401
    assert not any(h301.email(row).startswith("julie.") for row in rows)
    assert sum(h301.vjb(row) for row in rows) == 32


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (JSON string text, or HTML text)."""
    if layout == "govuk_frontend_page":
        return html.escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and GSS code stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h301._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, RSF by its lines and
    the item's hash, the HTML page by its fixed shape), the row's fields where the format puts
    them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h301.phone(row), h301.email(row)
        if r["layout"] == "ec_postcode_api":
            doc = json.loads(text)
            office = doc["registration"] if h301.vjb(row) else doc["electoral_services"]
            assert doc["registration" if not h301.vjb(row) else "electoral_services"] is None
            assert office["phone"] == tel and office["council_id"] == h301._f(row, "gss")
            assert office["email"] == h301._f(row, "email")
            assert office["address"] == h301._f(row, "address")
        elif r["layout"] == "govuk_contact_item":
            doc = json.loads(text)
            assert doc["schema_name"] == doc["document_type"] == "contact"
            details = doc["details"]
            assert details["phone_numbers"][0]["number"] == tel
            assert [e["email"] for e in details["email_addresses"]] == ([mail] if mail else [])
        elif r["layout"] == "govuk_register_rsf":
            lines = text.split("\n")
            assert lines[0] == f"assert-root-hash\tsha-256:{hashlib.sha256(b'').hexdigest()}"
            command, canonical = lines[1].split("\t")
            item = json.loads(canonical)
            assert command == "add-item" and item["phone"] == tel
            assert canonical == json.dumps(item, ensure_ascii=False, sort_keys=True,
                                           separators=(",", ":"))  # fmt: skip
            entry = lines[2].split("\t")
            assert entry[:3] == ["append-entry", "user", item["electoral-registration-office"]]
            digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
            assert entry[4] == f"sha-256:{digest}" and lines[3:] == [""]
        else:
            assert text.startswith('<!DOCTYPE html>\n<html lang="en" class="govuk-template">')
            assert text.endswith("</html>\n")
            assert f'<p class="govuk-body">Telephone: {html.escape(tel)}<br>' in text
            if mail:
                assert f'href="mailto:{mail}">{mail}</a>' in text


def test_provenance():
    sources = h301.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "DemocracyClub/UK-Polling-Stations"
    assert gb["commit"] == "574797c117fa583832900ed88940f145bf1f00bc"
    assert len(gb["paths"]) == 3
    assert "not confirmed" in gb["licence"] and gb["publisher"]
    rows = h301.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GB": 403}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h301, "held_out_301", tmp_path)
