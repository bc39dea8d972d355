"""held_out_200 of the PII evaluation set (scripts/pii_held_out_200.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_200 as h200  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("name", "address")
# how many times each layout writes the phone field
COPIES = {"zalo_oa_message": 2, "tmf632_organization": 1, "kiotviet_branches": 1, "snmpd_conf": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h200.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h200.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h200.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h200.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "zalo_oa_message": 100, "tmf632_organization": 100, "kiotviet_branches": 100,
        "snmpd_conf": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is. One row's district field
    is its phone number as the list gives it: its copies there are labelled too."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h200.phone(row)
        copies = text.count(value)
        extra = 2 * (h200._f(row, "district") == value)
        assert copies == COPIES[r["layout"]] + extra, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "VN") else short)[(number, h200.PHONE)] += copies
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
    kinds = phone_kinds(records, h200.international)
    assert kinds == {"national:Điện thoại ĐGD": 601, "international:Điện thoại ĐGD": 1}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, not all zeros; 400 points of
    56 provincial centres; the fields are strings as the list gives them (four with trailing
    blanks, kept as published); one begins with ``+84``; no field holds an e-mail address."""
    rows = h200.data()["rows"]
    assert len({h200.centre(row) for row in rows}) == 56
    for row in rows:
        digits = [c for c in row["fields"][h200.PHONE] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        assert set(row["fields"]) == {h200.PHONE, *h200.COLUMNS.values()}
    assert sum(row["fields"][h200.PHONE] != h200.phone(row) for row in rows) == 4
    assert sum(h200.phone(row).startswith("+84") for row in rows) == 1
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h200._f(_row(r), column)
            if r["layout"] != "snmpd_conf":
                value = json.dumps(value, ensure_ascii=False)[1:-1]
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _snmp(text: str) -> dict[str, str]:
    """The directives of an ``snmpd.conf`` (the first of each), comments left out."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, _, rest = line.partition(" ")
            out.setdefault(key, rest.strip())
    return out


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library; ``snmpd.conf`` read
    by its directives), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h200.phone(row), h200._f(row, "name")
        if r["layout"] == "zalo_oa_message":
            doc = json.loads(text)
            assert re.fullmatch(r"\d{19}", doc["recipient"]["user_id"])
            message = doc["message"]
            assert f" gọi {tel} " in message["text"] and name in message["text"]
            buttons = message["attachment"]["payload"]["buttons"]
            assert message["attachment"]["type"] == "template"
            assert [b["type"] for b in buttons] == ["oa.open.url", "oa.open.phone"]
            assert buttons[1]["payload"] == {"phone_code": tel}
        elif r["layout"] == "tmf632_organization":
            doc = json.loads(text)
            assert doc["@type"] == "Organization" and doc["@baseType"] == "Party"
            assert doc["href"].endswith(f"/partyManagement/v4/organization/{doc['id']}")
            assert doc["name"] == name
            assert doc["organizationParentRelationship"]["organization"]["name"] == h200.centre(row)
            media = {m["mediumType"]: m["characteristic"] for m in doc["contactMedium"]}
            assert media["phone"] == {"contactType": "office", "phoneNumber": tel}
            assert media["postalAddress"]["country"] == "VN"
        elif r["layout"] == "kiotviet_branches":
            doc = json.loads(text)
            assert doc["total"] == len(doc["data"]) == 1
            branch = doc["data"][0]
            assert branch["branchName"] == name and branch["contactNumber"] == tel
            assert re.fullmatch(r"CN\d{4}", branch["branchCode"])
            assert branch["createdDate"] < branch["modifiedDate"] < doc["timestamp"]
        else:
            assert text.startswith(f"# snmpd.conf - {name}\n")
            assert f"\n# Điện thoại ĐGD: {tel}\n" in text
            conf = _snmp(text)
            assert conf["agentaddress"] == "udp:161"
            assert conf["syscontact"] == json.dumps(f"Trực ĐGD {name} - {tel}", ensure_ascii=False)
            community = conf["rocommunity"].split()[0]
            assert conf["trapsink"].split()[1] == community


def test_provenance():
    sources = h200.data()["sources"]
    assert set(sources) == {"VN"}
    vn = sources["VN"]
    assert vn["repository"] == "nguyenphongpla/cirle-ci-test"
    assert vn["commit"] == "daf23c27346bcc52cd0c06bdcf20170aa722498f"
    assert vn["paths"] == ["src/assets/js/map.js"]
    assert "not confirmed" in vn["licence"] and vn["publisher"]
    rows = h200.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"VN": 400}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h200, "held_out_200", tmp_path)
