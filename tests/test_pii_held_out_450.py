"""held_out_450 of the PII evaluation set (scripts/pii_held_out_450.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone or
mailbox, unchanged, each copy labelled; the resource's name, ZIP code and city are in the text
and unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps its
rules. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_450 as h450  # noqa: E402 - the scripts folder's modules
import us_food_oasis_la_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the resource's identifiers, in every layout
IDENTIFIERS = ("name", "zip", "city")
# copies of each value a record of each layout writes: (telephone, e-mail)
COPIES = {
    "bloomerang_constituent": (1, 1),
    "donorperfect_search": (2, 1),
    "circuit_stop": (2, 1),
    "icarol_export": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h450.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h450.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h450.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h450.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:US"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h450.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone and the mailbox (where the resource has one) are labelled wherever they
    stand, each whole; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h450.phone(row), h450.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:phone"): n_tel})
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h450.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 450, "register": 76}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one ten-digit number as the directory writes it, a number a
    person could hold, no two alike; four keep the blanks the directory left around them; the
    mailboxes are one address or none; no kept resource is inactive; no column naming a person
    is kept."""
    rows = h450.data()["rows"]
    tels = [h450.phone(row) for row in rows]
    assert all(re.fullmatch(r"(\(\d{3}\)[-. ]?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}", t) for t in tels)
    assert all(personal_phone(tel, "US") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 300
    assert sum(row["fields"]["phone"] != h450.phone(row) for row in rows) == 4
    assert Counter(re.sub(r"\d", "9", t) for t in tels) == {
        "(999)999-9999": 140, "(999) 999-9999": 122, "999-999-9999": 25, "999.999.9999": 10,
        "(999)-999-9999": 2, "999 999-9999": 1,
    }  # fmt: skip
    assert sum(bool(h450.email(row)) for row in rows) == 76
    assert all(row["fields"]["email"] in ("", h450.email(row)) for row in rows)
    assert all(row["fields"]["inactive"] == "f" for row in rows)
    assert all(set(row["fields"]) == set(extractor.COLUMNS) for row in rows)
    left_out = ("admin_contact_name", "donation_contact_name", "created_login_id", "notes")
    assert not set(left_out) & set(extractor.COLUMNS)


def test_the_extractor_keeps_its_rules():
    """A dump's ``COPY`` rows are read with their escapes; a phone field is kept only where it
    holds one ten-digit number."""
    dump = "\n".join(
        [
            "COPY public.stakeholder (id, name, phone, notes) FROM stdin;",
            "1\tSt. Mary\\'s Pantry\t(213)483-5821\t\\N",
            "2\tA\\tB\t323-255-6806 or (323) 754-2978\tline\\none",
            "\\.",
            "",
        ]
    )
    rows = extractor.copy_rows(dump, "public.stakeholder")
    two = "323-255-6806 or (323) 754-2978"
    assert rows == [
        {"id": "1", "name": "St. Mary's Pantry", "phone": "(213)483-5821", "notes": None},
        {"id": "2", "name": "A\tB", "phone": two, "notes": "line\none"},
    ]
    ok = ("(213)483-5821", "(626) 852-7630", "323-255-6806", "626.794.4875", " (818)-468-0935")
    assert all(extractor.one_number(v) for v in ok)
    bad = ("323-255-6806 or (323) 754-2978", "(310) 555-0100 x1234", "((62)) 6-1234", "", None)
    assert not any(extractor.one_number(v) for v in bad)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (an XML attribute, a JSON string or a CSV field)."""
    if layout == "donorperfect_search":
        return quoteattr(value)[1:-1]
    if layout == "icarol_export":
        return value.replace('"', '""')
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The resource's name, ZIP code and city stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h450._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, XML and CSV by the standard library), the
    row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h450.phone(row), h450.email(row), h450._f(row, "name")
        if r["layout"] == "bloomerang_constituent":
            doc = json.loads(text)
            assert doc["Type"] == "Organization" and doc["FullName"] == name
            assert doc["PrimaryPhone"]["Number"] == tel
            assert doc["PrimaryPhone"]["AccountId"] == doc["Id"]
            assert doc["PhoneIds"] == [doc["PrimaryPhone"]["Id"]]
            assert (doc["PrimaryEmail"] or {}).get("Value", "") == mail
            assert doc["PrimaryAddress"]["PostalCode"] == h450._f(row, "zip")
        elif r["layout"] == "donorperfect_search":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "result"
            fields = {f.get("name"): f.get("value") for f in root.find("record")}
            assert all(f.get("name") == f.get("id") for f in root.find("record"))
            assert fields["business_phone"] == tel and fields["email"] == mail
            assert fields["last_name"] == name and fields["org_rec"] == "Y"
            assert fields["narrative"].endswith(f"call {tel} to schedule.")
        elif r["layout"] == "circuit_stop":
            doc = json.loads(text)
            assert doc["activity"] == "delivery" and doc["id"].startswith("plans/")
            assert doc["recipient"]["phone"] == tel and doc["recipient"]["name"] == name
            assert (doc["recipient"]["email"] or "") == mail
            assert f"call {tel} on arrival" in doc["notes"]
            assert doc["webAppLink"].endswith(doc["id"])
        else:
            table = list(csv.DictReader(io.StringIO(text, newline="")))
            assert len(table) == 1 and text.endswith("\r\n")
            (entry,) = table
            assert tuple(entry) == h450.ICAROL_COLUMNS
            assert entry["Phone1Number"] == tel and entry["EmailAddressMain"] == mail
            assert entry["PublicName"] == name
            assert (entry["TaxonomyCodes"], entry["TaxonomyTerm"]) in h450.TAXONOMY


def test_provenance():
    sources = h450.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "hackforla/food-oasis"
    assert us["commit"] == "f532cf6e7d023a87472f00496482f4a7dbd9a256"
    assert us["paths"] == ["server/db/demo-db/foodoasis.sql"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h450.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 300}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h450, "held_out_450", tmp_path)
