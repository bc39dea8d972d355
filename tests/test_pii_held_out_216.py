"""held_out_216 of the PII evaluation set (scripts/pii_held_out_216.py): its committed records
keep the generator's invariants (every labelled phone is a number of one of the row's real phone,
fax or service-centre fields, copied unchanged, each copy labelled; every labelled e-mail address
is one of the row's well-formed addresses; the office's and agency's names are in the text and
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

import pii_held_out_216 as h216  # noqa: E402 - the scripts folder's modules
import us_foia_contacts_data as foia  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/18F+2015-foia/repo/.git")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h216.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h216.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h216.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h216.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "federal_register_xml": 75, "code_json": 75, "oscal_ssp": 75, "dcat_us_catalog": 75,
    }  # fmt: skip


def _fields(row: dict) -> list[tuple[str, str]]:
    """(column, value) of each of the row's number fields the generator writes, longest first
    (a copy lying inside a longer field's copy is that field's)."""
    values = [
        ("phone", h216.phone(row)),
        *(("service_center.phone", v) for v in h216.service_phones(row)),
        ("fax", h216.fax(row)),
    ]
    return sorted((kv for kv in values if kv[1]), key=lambda kv: -len(kv[1]))


def test_every_copy_of_the_number_fields_is_labelled_unchanged(records):
    """Each number of a phone, fax or service-centre field is labelled wherever the field
    stands, under the column of the longest (then first) field it is a copy of; nothing else
    is; every field the row has is written at least once."""
    for r in records:
        row, text = _row(r), r["text"]
        expected: Counter = Counter()
        taken: list[tuple[int, int]] = []
        for column, value in _fields(row):
            starts = [m.start() for m in re.finditer(re.escape(value), text)]
            assert starts, (r["id"], column)
            for at in starts:
                if any(s <= at and at + len(value) <= e for s, e in taken):
                    continue
                taken.append((at, at + len(value)))
                for s, e in numbers(value):
                    assert personal_phone(value[s:e], "US")
                    expected[(value[s:e], column)] += 1
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_every_copy_of_the_well_formed_addresses_is_labelled(records):
    for r in records:
        row, text = _row(r), r["text"]
        mails = h216.emails(row)
        got = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        assert set(got) == set(mails), r["id"]
        for value in mails:
            assert got[value] == len(re.findall(rf"(?<![\w.@&+-]){re.escape(value)}", text))
        for bad in row["fields"]["emails"]:
            if bad.strip() not in mails:
                assert bad.strip() not in text, r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h216.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:phone": 374,
        "national:fax": 331,
        "register": 310,
        "national:service_center.phone": 96,
        "international:phone": 3,
        "international:fax": 2,
    }


def test_the_data_keeps_the_published_shape():
    """Every kept office has a number of six digits or more in one of its number fields; the
    numbers are written as the directory writes them (``202-898-7021``, a few with an extension,
    a ``(TTY)`` note or a malformed German prefix); a few addresses are malformed and kept."""
    rows = h216.data()["rows"]
    shapes = Counter()
    for row in rows:
        f = row["fields"]
        values = [f["phone"], f["fax"], *f["service_center_phone"]]
        assert any(sum(c.isdigit() for c in v) >= 6 for v in values)
        for v in values:
            if v:
                shapes[re.sub(r"\d", "9", v)] += 1
    assert set(shapes) <= {
        "999-999-9999", "999-999-9999 (TTY)", "999-999-9999 x999", "999-999-9999 x9999",
        "+999 999-999-9999", "+99999 999-999-9999",
    }  # fmt: skip
    assert shapes["999-999-9999"] > 0.95 * sum(shapes.values())
    mails = [m for row in rows for m in row["fields"]["emails"]]
    assert sum(not h216.WELL_FORMED.fullmatch(m.strip()) for m in mails) < 10
    assert len({row["fields"]["agency"] for row in rows}) > 80


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text or a JSON string)."""
    if layout == "federal_register_xml":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_names_are_in_the_text_and_unlabelled(records):
    for r in records:
        row = _row(r)
        for column in ("name", "agency_name"):
            value = h216._f(row, column)
            if r["layout"] == "federal_register_xml" and column == "agency_name":
                value = value.upper()
            if r["layout"] == "code_json" and column == "agency_name":
                continue
            value = _encoded(r["layout"], value)
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mails = h216.phone(row), h216.emails(row)
        if r["layout"] == "federal_register_xml":
            root = ET.fromstring(text)
            assert root.tag == "NOTICE"
            pre = root.find("PREAMB")
            assert pre.findtext("AGENCY") == h216._f(row, "agency_name").upper()
            furinf = pre.find("FURINF/P").text
            if tel:
                assert f"telephone {tel}" in furinf
            if mails:
                assert furinf.startswith(f"Email {mails[0]}; ")
            frdoc = root.findtext("FRDOC")
            assert re.fullmatch(r"\[FR Doc\. 2024-\d{5} Filed .*; 8:45 am\]", frdoc)
            assert re.fullmatch(r"BILLING CODE \d{4}-\d{2}-P", root.findtext("BILCOD"))
        elif r["layout"] == "code_json":
            doc = json.loads(text)
            assert doc["version"] == "2.0.0" and doc["agency"] == h216._f(row, "agency")
            contact = doc["releases"][0]["contact"]
            assert contact["name"] == h216._f(row, "name")
            assert contact.get("phone", "") == tel
            assert contact.get("email") == (mails[0] if mails else None)
        elif r["layout"] == "oscal_ssp":
            ssp = json.loads(text)["system-security-plan"]
            assert ssp["metadata"]["oscal-version"] == "1.1.2"
            party = ssp["metadata"]["parties"][0]
            assert party["type"] == "organization" and party["name"] == h216._f(row, "name")
            numbers_ = [(n["type"], n["number"]) for n in party["telephone-numbers"]]
            expected = [("office", tel)] if tel else []
            expected += [("office", v) for v in h216.service_phones(row)]
            expected += [("fax", h216.fax(row))] if h216.fax(row) else []
            assert numbers_ == expected
            assert party.get("email-addresses", []) == mails
            owners = ssp["metadata"]["responsible-parties"][0]["party-uuids"]
            assert owners == [party["uuid"]]
        else:
            doc = json.loads(text)
            assert doc["conformsTo"] == "https://project-open-data.cio.gov/v1.1/schema"
            (dataset,) = doc["dataset"]
            assert dataset["contactPoint"]["fn"] == h216._f(row, "name")
            if mails:
                assert dataset["contactPoint"]["hasEmail"] == f"mailto:{mails[0]}"
            if tel:
                assert f"telephone {tel}" in dataset["description"]


def test_provenance():
    sources = h216.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "18F/2015-foia"
    assert us["commit"] == "f9503d261c0c1613d95504bc8ac26ce8822cbfa4"
    assert us["paths"] == ["contacts/data/*.yaml"]
    assert us["licence"].startswith("CC0 1.0") and us["publisher"]
    rows = h216.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 300}
    for r in rows:
        assert not {"public_liaison", "foia_officer", "misc", "address_lines"} & set(r["fields"])


@pytest.mark.skipif(not MIRROR.is_dir(), reason="the register's git mirror is not fetched here")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = foia.extract({"US": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == foia.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h216, "held_out_216", tmp_path)
