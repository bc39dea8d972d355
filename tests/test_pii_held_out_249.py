"""held_out_249 of the PII evaluation set (scripts/pii_held_out_249.py): its committed records
keep the generator's invariants (every labelled phone is the row's real ``CONTACT`` field,
copied unchanged, each copy labelled; the bank, branch and IFSC are in the text and unlabelled)
and are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

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

import in_ifsc_branches_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_249 as h249  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the branch's identifiers, in every layout
IDENTIFIERS = ("BANK", "IFSC")
COPIES = {"razorpayx_contact": 2, "indiamart_lead": 2, "shiprocket_pickup": 1,
          "freshsales_account": 1}  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h249.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h249.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h249.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h249.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 120 for layout in h249.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each copy of the ``CONTACT`` field is labelled where it stands (all of them are numbers
    a person could hold); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h249.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "IN") else short)[(number, h249.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not short and not r["distractors"], r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h249.international)
    assert kinds == {"international:CONTACT": 357, "national:CONTACT": 363}


def test_the_data_keeps_the_published_shape():
    """240 E.164 numbers and 60 of each other kept shape, each value once, as published."""
    rows = h249.data()["rows"]
    shapes = Counter(extractor.shape(h249.phone(row)) for row in rows)
    assert shapes == {"e164": 240, "trunk": 60, "mobile": 60, "local8": 60, "local7": 60}
    assert len({h249.phone(row) for row in rows}) == 480
    for row in rows:
        assert row["path"] == f"data/{row['fields']['IFSC'][:4]}.json#{row['fields']['IFSC']}"


def _encoded(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The bank's name (where the row gives one) and the branch's IFSC stand in every record's
    text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h249._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses (JSON by the standard library, the curl command by ``shlex``), the
    row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h249.phone(row)
        if r["layout"] == "razorpayx_contact":
            doc = json.loads(text)
            assert doc["entity"] == "contact" and doc["type"] == "vendor"
            assert re.fullmatch(r"cont_[A-Za-z0-9]{14}", doc["id"])
            assert doc["contact"] == tel and doc["reference_id"] == row["fields"]["IFSC"]
            assert f" on {tel} " in doc["notes"]["remarks"]
        elif r["layout"] == "indiamart_lead":
            doc = json.loads(text)
            assert doc["CODE"] == 200 and doc["TOTAL_RECORDS"] == len(doc["RESPONSE"]) == 1
            lead = doc["RESPONSE"][0]
            assert re.fullmatch(r"\d{10}", lead["UNIQUE_QUERY_ID"])
            field = "SENDER_MOBILE" if h249.mobile(tel) else "SENDER_PHONE"
            assert lead[field] == tel and f"call {tel} " in lead["QUERY_MESSAGE"]
        elif r["layout"] == "shiprocket_pickup":
            command = shlex.split(text.split("\n", 1)[1].replace("\\\n", " "))
            assert command[:2] == ["curl", "--location"]
            assert command[2].endswith("/v1/external/settings/company/addpickup")
            body = json.loads(command[command.index("--data-raw") + 1])
            assert body["phone"] == tel and body["pickup_location"] == row["fields"]["IFSC"]
        else:
            account = json.loads(text)["sales_account"]
            assert account["phone"] == tel and account["country"] == "India"
            assert account["custom_field"]["cf_ifsc"] == row["fields"]["IFSC"]


def test_provenance():
    sources = h249.data()["sources"]
    assert set(sources) == {"IN"}
    src = sources["IN"]
    assert src["repository"] == "razorpay/ifsc-api"
    assert src["commit"] == "c61accb6cfee935f7913c755c96c0c54890e67c3"
    assert src["paths"] == ["data/*.json"]
    assert "MIT" in src["licence"] and src["publisher"]
    rows = h249.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IN": 480}
    assert not any("@" in v for r in rows for v in r["fields"].values() if isinstance(v, str))


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h249, "held_out_249", tmp_path)
