"""held_out_410 of the PII evaluation set (scripts/pii_held_out_410.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real centre phone,
unchanged, each copy labelled; the centre's registration number, county and Eircode are in the
text and unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps
only single numbers no earlier Irish part holds. No recognizer runs here: the part is scored
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

import ie_hiqa_nursing_homes_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_410 as h410  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the centre's identifiers, in every layout (none holds a JSON escape)
IDENTIFIERS = ("Registration_Number", "County")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h410.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h410.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h410.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h410.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h410.LAYOUTS}


def test_every_copy_of_the_phone_is_labelled_unchanged(records):
    """The centre's phone stands twice in every record, each copy labelled whole under its
    column; nothing else is labelled, no distractor is, and no e-mail address is written."""
    for r in records:
        tel, text = h410.phone(_row(r)), r["text"]
        assert text.count(tel) == 2, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:Centre_Phone"): 2}, r["id"]
        assert "@" not in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h410.international)
    assert kinds == {"national:Centre_Phone": 800}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is one Irish number with its trunk 0 in groups of digits, a number a
    person could hold, no two alike, none an earlier Irish part holds; the fields are the kept
    columns' strings, and no column naming a person is kept."""
    rows = h410.data()["rows"]
    tels = [h410.phone(row) for row in rows]
    assert all(re.fullmatch(r"0\d[\d -]*\d", tel) for tel in tels)
    assert all(personal_phone(tel, "IE") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 400
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "353")
    assert not {digits_of(tel) for tel in tels} & earlier
    assert all(tuple(row["fields"]) == extractor.KEPT for row in rows)
    assert not any("Person" in key or "Management" in key for row in rows for key in row["fields"])
    assert all(re.fullmatch(r"REG-\d{7}", row["fields"]["Registration_Number"]) for row in rows)
    assert all(re.fullmatch(r"[A-Z]\d[\dW] ?[A-Z\d]{4}", h410.eircode(row)) for row in rows)


def test_the_extractor_keeps_only_single_numbers():
    """A field of one number is kept; two numbers, a line ending after a slash, or fewer than
    seven digits are not."""
    assert extractor.one_number("071 967 0111")
    assert extractor.one_number("021-235 9530")
    assert extractor.one_number("022 250 90")
    assert not extractor.one_number("097 27 400 / 097 81 174")
    assert not extractor.one_number("090 663 7090/91")
    assert not extractor.one_number("069 22061 or 069 69836")
    assert not extractor.one_number("01 959515|559|529")
    assert not extractor.one_number("123 45")


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's registration number, county and Eircode stand in every record's text,
    outside the labels."""
    for r in records:
        row = _row(r)
        for value in (*(row["fields"][c] for c in IDENTIFIERS), h410.eircode(row)):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON and keeps its format's shape, the row's values where the
    format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h410.phone(row), row["fields"]["Centre_Title"]
        if r["layout"] == "paypal_invoice":
            assert re.fullmatch(r"INV2(-[A-Z0-9]{4}){4}", doc["id"]) and doc["status"] == "UNPAID"
            bill = doc["primary_recipients"][0]["billing_info"]
            assert bill["business_name"] == name and bill["address"]["country_code"] == "IE"
            assert bill["additional_info"].endswith(f"Centre phone: {tel}")
            assert f"ring the centre on {tel} " in doc["detail"]["note"]
            assert doc["detail"]["reference"] == row["fields"]["Registration_Number"]
            breakdown = doc["amount"]["breakdown"]
            total = float(breakdown["item_total"]["value"]) + float(breakdown["tax_total"]["value"])
            assert f"{total:.2f}" == doc["amount"]["value"] == doc["due_amount"]["value"]
            assert re.fullmatch(r"IE\d{7}[A-Z]", doc["invoicer"]["tax_id"])
        elif r["layout"] == "linear_issue":
            assert doc["operationName"] == "IssueCreate"
            assert doc["query"].startswith("mutation IssueCreate($input: IssueCreateInput!)")
            issue = doc["variables"]["input"]
            assert issue["title"].startswith(f"Site survey: {name} (")
            assert f"| Centre phone | {tel} |" in issue["description"]
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", issue["dueDate"])
        elif r["layout"] == "wrike_task":
            assert doc["kind"] == "tasks" and len(doc["data"]) == 1
            task = doc["data"][0]
            assert task["customFields"][-1]["value"] == tel
            assert f"Site contact: centre reception, {tel}." in task["description"]
            assert task["dates"]["type"] == "Planned" and task["scope"] == "WsTask"
        else:
            assert doc["kind"] == "drive#file" and doc["mimeType"] == "application/pdf"
            assert doc["properties"]["centrePhone"] == tel
            assert doc["description"].endswith(f"Centre phone {tel}.")
            assert doc["name"] == doc["originalFilename"] and name in doc["name"]


def test_provenance():
    sources = h410.data()["sources"]
    assert set(sources) == {"IE"}
    ie = sources["IE"]
    assert ie["repository"] == "cs97jjm3/mgc-care-finder"
    assert ie["commit"] == "4765f76c6dabb715cb66957e24718e5d70ccee7e"
    assert ie["paths"] == ["data/hiqa.csv"]
    assert "not confirmed" in ie["licence"] and ie["publisher"]
    rows = h410.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IE": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h410, "held_out_410", tmp_path)
