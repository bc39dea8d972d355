"""held_out_485 of the PII evaluation set (scripts/pii_held_out_485.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone,
unchanged, each copy labelled; the program's name, ZIP code and key are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_485 as h485  # noqa: E402 - the scripts folder's modules
import us_chicago_early_learning_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the program's identifiers, in every layout
IDENTIFIERS = ("Site_Name", "LocZip", "ECMKey")
# copies of the phone a record of each layout writes
COPIES = {"billcom_vendor": 2, "parse_query": 1, "formstack_submission": 2, "cognito_entry": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h485.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h485.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h485.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h485.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:US"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h485.LAYOUTS}


def test_every_copy_of_the_phone_is_labelled_unchanged(records):
    """The phone is labelled wherever it stands, whole, under its column; nothing else is
    labelled and no distractor is; no record carries an e-mail address."""
    for r in records:
        tel, text = h485.phone(_row(r)), r["text"]
        n = COPIES[r["layout"]]
        assert text.count(tel) == n, r["id"]
        assert "@" not in text, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:Phone_Number"): n}, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h485.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Phone_Number": 525}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is one number of ten digits in one of the export's five shapes, a
    number a person could hold, no two alike; the fields are the export's strings."""
    rows = h485.data()["rows"]
    tels = [h485.phone(row) for row in rows]
    shapes = Counter(re.sub(r"\d", "9", tel) for tel in tels)
    assert shapes == {
        "999-999-9999": 294, "999.999.9999": 3, "(999)-999-9999": 1, "999-9999999": 1,
        "999 999 9999": 1,
    }  # fmt: skip
    assert all(tel == row["fields"]["Phone_Number"] for tel, row in zip(tels, rows, strict=True))
    assert all(personal_phone(tel, "US") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 300
    assert all(row["fields"]["LocState"] == "IL" for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractor_keeps_one_number_of_ten_digits_not_seen_before():
    earlier = {"3125550100"}
    seen: set[str] = set()
    row = {"Phone_Number": "773-685-9033"}
    assert extractor.kept(row, earlier, seen)
    assert extractor.kept({"Phone_Number": "(773)-535-8040"}, earlier, seen)
    assert extractor.kept({"Phone_Number": "773-685-9033 "}, earlier, seen)
    assert not extractor.kept({"Phone_Number": "773-463-1600 x111"}, earlier, seen)
    assert not extractor.kept({"Phone_Number": "(   )"}, earlier, seen)
    assert not extractor.kept({"Phone_Number": "n/a"}, earlier, seen)
    assert not extractor.kept({"Phone_Number": "312-555-0100"}, earlier, seen)
    assert not extractor.kept(row, earlier, {"7736859033"})


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h485._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them."""
    for r in records:
        row = _row(r)
        tel, name, key = h485.phone(row), row["fields"]["Site_Name"], row["fields"]["ECMKey"]
        doc = json.loads(r["text"])
        if r["layout"] == "billcom_vendor":
            assert doc["response_status"] == 0 and doc["response_message"] == "Success"
            vendor = doc["response_data"]
            assert vendor["entity"] == "Vendor" and vendor["id"].startswith("00901")
            assert vendor["phone"] == vendor["paymentPhone"] == tel
            assert vendor["name"] == name and vendor["accNumber"] == f"ECM-{key}"
            assert re.fullmatch(r"3[67]-\d{7}", vendor["taxId"])
            assert vendor["addressZip"] == row["fields"]["LocZip"]
        elif r["layout"] == "parse_query":
            (obj,) = doc["results"]
            assert re.fullmatch(r"[A-Za-z0-9]{10}", obj["objectId"])
            assert obj["phone"] == tel and obj["siteName"] == name and obj["ecmKey"] == int(key)
            assert obj["modifiedOn"]["__type"] == "Date"
            assert obj["createdAt"] < obj["updatedAt"]
            assert obj["ACL"]["*"] == {"read": True}
        elif r["layout"] == "formstack_submission":
            values = [d["value"] for d in doc["data"]]
            assert values[:2] == [key, name] and values[3] == tel
            assert values[2].startswith("address = ") and "\nzip = " in values[2]
            assert values[-1].endswith(f"front office at {tel}.")
            fields = [int(d["field"]) for d in doc["data"]]
            assert fields == sorted(fields) and doc["read"] == "0"
        else:
            assert doc["Form"]["InternalName"] == "EarlyLearningProgramUpdate"
            assert doc["Phone"] == tel and doc["ProgramName"] == name and doc["ECMKey"] == key
            assert doc["Notes"].endswith(f"Main line: {tel}")
            assert doc["Address"]["PostalCode"] == row["fields"]["LocZip"]
            assert doc["Id"] == f"{doc['Form']['Id']}-{doc['Entry']['Number']}"


def test_provenance():
    sources = h485.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "smartchicago/chicago-early-learning"
    assert us["commit"] == "000086b3af590591d8055420005164d891640af0"
    assert us["paths"] == ["python/ecep/portal/management/exports/export.csv"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h485.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h485, "held_out_485", tmp_path)
