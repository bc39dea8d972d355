"""held_out_210 of the PII evaluation set (scripts/pii_held_out_210.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the name and postcode are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_210 as h210  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the home's identifiers, in every layout
IDENTIFIERS = ("name", "postcode")
COPIES = {"notify_letter": 1, "openactive_rpde": 2, "clickdrop_order": 2, "freeagent_contact": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h210.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h210.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h210.data()["rows"]) == 538
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h210.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "notify_letter": 135, "openactive_rpde": 135, "clickdrop_order": 134,
        "freeagent_contact": 134,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field is labelled wherever it stands, under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h210.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "GB") else short)[(number, h210.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not short and not r["distractors"], r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h210.international)
    assert kinds == {"national:telephone": 807}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is a run of nine or ten digits as the CQC file holds it (no
    trunk 0): 516 begin with 1, 18 with 7 (mobiles), four with 2 or 3; two have nine digits."""
    rows = h210.data()["rows"]
    tels = [row["fields"]["telephone"] for row in rows]
    assert all(re.fullmatch(r"\d{9,10}", t) for t in tels)
    assert Counter(t[0] for t in tels) == {"1": 516, "7": 18, "2": 3, "3": 1}
    assert Counter(len(t) for t in tels) == {10: 536, 9: 2}
    assert sum(row["fields"]["website"] == "NA" for row in rows) == 279
    assert all(set(row["fields"]) == {
        "name", "type", "address", "postcode", "telephone", "website", "area_name", "area_code",
        "lon", "lat",
    } for row in rows)  # fmt: skip


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = json.dumps(h210._f(_row(r), column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's number where the format puts it."""
    for r in records:
        row = _row(r)
        tel, name, postcode = h210.phone(row), h210._f(row, "name"), h210._f(row, "postcode")
        doc = json.loads(r["text"])
        if r["layout"] == "notify_letter":
            p = doc["personalisation"]
            assert p["address_line_1"] == name and p["home_telephone"] == tel
            lines = [p[k] for k in sorted(p) if k.startswith("address_line_")]
            assert lines[-1] == postcode and 3 <= len(lines) <= 7
            assert re.fullmatch(r"[0-9a-f-]{36}", doc["template_id"])
        elif r["layout"] == "openactive_rpde":
            (item,) = doc["items"]
            assert item["state"] == "updated" and item["kind"] == "SessionSeries"
            assert doc["next"].endswith(f"afterTimestamp={item['modified']}&afterId={item['id']}")
            place = item["data"]["location"]
            assert place["@type"] == "Place" and place["name"] == name
            assert place["telephone"] == tel and place["address"]["postalCode"] == postcode
            assert place["geo"]["latitude"] == float(h210._f(row, "lat"))
            assert item["data"]["description"].endswith(f"call the home on {tel} to book.")
        elif r["layout"] == "clickdrop_order":
            (order,) = doc["items"]
            recipient = order["recipient"]
            assert recipient["phoneNumber"] == tel
            assert recipient["address"]["companyName"] == name
            assert recipient["address"]["postcode"] == postcode
            assert order["specialInstructions"].endswith(f"ring the home on {tel}.")
            assert order["total"] == order["subtotal"] > 0
        else:
            contact = doc["contact"]
            assert contact["organisation_name"] == name and contact["phone_number"] == tel
            assert contact["postcode"] == postcode and contact["country"] == "United Kingdom"
            assert re.fullmatch(r"https://api\.freeagent\.com/v2/contacts/\d{7}", contact["url"])


def test_provenance():
    sources = h210.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "traffordDataLab/open_data"
    assert gb["commit"] == "b29d136d8d51c1dbc03317f00715a6d3aab5c070"
    assert gb["paths"] == ["care_homes/gm_care_homes.csv"]
    assert (
        "Open Government Licence" in gb["licence"] and "Care Quality Commission" in gb["publisher"]
    )
    rows = h210.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GB": 538}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h210, "held_out_210", tmp_path)
