"""held_out_397 of the PII evaluation set (scripts/pii_held_out_397.py): its committed records
keep the generator's invariants (every label is a copy of the row's real telephone, fax or
mailbox, unchanged, each copy labelled; the office's id, name and address are in the text and
unlabelled; each document parses in its format) and are rebuilt byte for byte from the
committed data; the extractor keeps the rows its rules keep. No recognizer runs here: the part
is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_397 as h397  # noqa: E402 - the scripts folder's modules
import tw_ris_household_offices_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the telephone a record of each layout writes (fax and mailbox: one each)
TEL_COPIES = {
    "postgrest_insert": 2,
    "protobuf_textproto": 1,
    "doctrine_fixture": 1,
    "rails_seeds": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h397.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h397.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h397.data()["rows"]) == 280
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h397.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:TW"
    assert Counter(r["layout"] for r in records) == {layout: 70 for layout in h397.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each copy of the telephone, fax and mailbox stands in the text as published and is
    labelled whole under its column; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h397.phone(row), h397.fax(row), h397.email(row)
        assert text.count(tel) == TEL_COPIES[r["layout"]], r["id"]
        expected = Counter({(tel, "PHONE_NUMBER", "national:tel"): TEL_COPIES[r["layout"]]})
        if fax:
            assert text.count(fax) == 1, r["id"]
            expected[(fax, "PHONE_NUMBER", "national:fax")] = 1
        if mail:
            # one copy, two where the directory gives the mailbox as the web site too
            copies = 2 if h397.website(row) == mail else 1
            assert text.count(mail) == copies, r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] = copies
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        for s, e, *_ in r["spans"]:
            assert text[s - 1] in "\"' " and text[e] in "\"'\n", (r["id"], text[s:e])
        assert not r["distractors"] and not r["unscored"]


def test_phones_and_mailboxes_keep_their_kind(records):
    kinds = phone_kinds(records, h397.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:tel": 350, "national:fax": 280, "register": 278}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one number of the directory's shape, a number a person could
    hold, no two alike; every written fax is in the same shape and not the telephone; the
    mailboxes are addresses; every field is a string as the file gives it."""
    rows = h397.data()["rows"]
    tels = [h397.phone(row) for row in rows]
    assert all(h397.SHAPE.fullmatch(tel) and personal_phone(tel, "TW") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 280
    faxes = [h397.fax(row) for row in rows if h397.fax(row)]
    assert len(faxes) == 280 and all(personal_phone(f, "TW") for f in faxes)
    assert sum(bool(h397.email(row)) for row in rows) == 277
    assert [row["fields"]["email"] for row in rows if not h397.email(row)] == ["0"] * 3
    for row in rows:
        fields = row["fields"]
        assert set(fields) == set(extractor.FIELDS)
        assert re.fullmatch(r"\d{8}", fields["orgId"]), fields["orgId"]
        assert all(isinstance(v, str) for v in fields.values())


def test_no_number_of_an_earlier_taiwanese_part_is_taken_again():
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "886")
    for row in h397.data()["rows"]:
        assert digits_of(h397.phone(row)) not in earlier
        assert digits_of(row["fields"]["fax"]) not in earlier


def test_the_extractor_keeps_what_its_rules_keep():
    assert extractor.kept({"tel": "06-2232609"})
    assert extractor.kept({"tel": "049-2222171"})
    assert extractor.kept({"tel": "02-27208889"})
    assert not extractor.kept({"tel": "06-7833844-24"})  # an extension
    assert not extractor.kept({"tel": "3874211"})  # no area code
    assert not extractor.kept({"tel": ""})
    xml = (
        "<orgs><org><orgId>67000370</orgId><orgname>臺南市中西區戶政事務所</orgname>"
        "<tel>06-2232609</tel><email>0</email></org></orgs>"
    )
    (org,) = extractor.offices(xml)
    assert org["orgId"] == "67000370" and org["tel"] == "06-2232609"
    assert org["email"] == "0" and org["fax"] == "" and set(org) == set(extractor.FIELDS)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The office's id, name and address stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h397.org_id(row), h397.name(row), h397.address(row)):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _unquote(value: str) -> str:
    """A double- or single-quoted literal of the layouts, its escapes read."""
    assert value[0] == value[-1] and value[0] in "\"'", value
    return re.sub(r"\\(.)", r"\1", value[1:-1])


def _textproto(text: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The scalar fields and the (type, value) contacts of a text format file (the layout's
    subset: ``#`` comments, ``key: value`` lines, ``contact { ... }`` blocks)."""
    fields, contacts = {}, []
    lines = [x for x in text.splitlines() if x and not x.startswith("#")]
    i = 0
    while i < len(lines):
        if lines[i] == "contact {":
            kind = re.fullmatch(r"  type: ([A-Z]+)", lines[i + 1]).group(1)
            value = re.fullmatch(r"  value: (\".*\")", lines[i + 2]).group(1)
            assert lines[i + 3] == "}"
            contacts.append((kind, _unquote(value)))
            i += 4
            continue
        key, value = re.fullmatch(r"(\w+): (.+)", lines[i]).groups()
        fields[key] = _unquote(value) if value.startswith('"') else value
        i += 1
    return fields, contacts


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the insert request's JSON body by the standard
    library, the text format file, the fixture's setter calls and the seed file's attribute
    assignments by their grammar's lines), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, oid = h397.phone(row), h397.fax(row), h397.email(row), h397.org_id(row)
        if r["layout"] == "postgrest_insert":
            head, body = text.split("\n\n", 1)
            assert head.startswith("POST /household_offices?select=id,org_id,updated_at HTTP/1.1")
            assert "\nPrefer: return=representation" in head
            length = int(re.search(r"Content-Length: (\d+)", head).group(1))
            assert len(body.rstrip("\n").encode("utf-8")) == length
            (doc,) = json.loads(body)
            assert doc["org_id"] == oid and doc["name"] == h397.name(row) and doc["tel"] == tel
            assert doc.get("fax", "") == fax and doc.get("email", "") == mail
            assert doc["note"].endswith(f"洽詢電話 {tel}")
        elif r["layout"] == "protobuf_textproto":
            fields, contacts = _textproto(text)
            assert fields["org_id"] == oid and fields["address"] == h397.address(row)
            expected = [("PHONE", tel), ("FAX", fax), ("EMAIL", mail)]
            assert contacts == [(k, v) for k, v in expected if v]
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", fields["checked_on"])
        elif r["layout"] == "doctrine_fixture":
            assert text.startswith("<?php\n") and text.endswith("}\n")
            assert "class HouseholdOfficeFixtures extends Fixture" in text
            calls = dict(re.findall(r"\$office->(set\w+)\(('(?:[^'\\]|\\.)*')\);", text))
            assert _unquote(calls["setOrgId"]) == oid and _unquote(calls["setTel"]) == tel
            assert _unquote(calls.get("setFax", "''")) == fax
            assert _unquote(calls.get("setEmail", "''")) == mail
            assert text.count("$manager->persist($office);") == 1
        else:
            m = re.search(r'HouseholdOffice\.find_or_create_by!\(org_id: "(\d{8})"\) do', text)
            assert m and m.group(1) == oid
            attrs = dict(re.findall(r"^  office\.(\w+) = (.+)$", text, re.M))
            assert _unquote(attrs["tel"]) == tel and _unquote(attrs["name"]) == h397.name(row)
            assert _unquote(attrs.get("fax", '""')) == fax
            assert _unquote(attrs.get("email", '""')) == mail
            assert text.count("\nend\n") == 1


def test_provenance():
    sources = h397.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "g0v/addressbook-data-converter"
    assert tw["commit"] == "a056289ee8a43a552c8cc3c7ec9ef5c64b2dcbf5"
    assert tw["paths"] == ["rawdata/organization/source-twgovdata-7437.xml"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h397, "held_out_397", tmp_path)
