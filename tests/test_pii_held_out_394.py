"""held_out_394 of the PII evaluation set (scripts/pii_held_out_394.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone or fax,
unchanged, each copy labelled; the facility's name and list are in the text and unlabelled),
each layout parses as its format, and the records are rebuilt byte for byte from the committed
data; the extractor's rules hold on the kept rows. No recognizer runs here: the part is scored
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

import jp_namegata_lists_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_394 as h394  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of (phone, fax) each layout writes (the fax only where the row has one)
COPIES = {
    "sansan_bizcard": (1, 1),
    "graph_todo_task": (2, 1),
    "cf_kv_bulk": (2, 1),
    "cf_d1_query": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h394.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h394.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h394.data()["rows"]) == 213
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h394.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:JP"
    assert Counter(r["layout"] for r in records) == {
        "sansan_bizcard": 54,
        "graph_todo_task": 53,
        "cf_kv_bulk": 53,
        "cf_d1_query": 53,
    }
    # the language the pipeline's langid stage gives each document (its JSON keys are English)
    assert Counter(r["language"] for r in records) == {"en": 202, "ja": 11}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The phone and the fax (where the row has one of its own) are labelled wherever they
    stand, each whole under its column; nothing else is labelled, nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h394.phone(row), h394.fax(row)
        n_tel, n_fax = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:phone"): n_tel})
        if fax:
            expected[(fax, "PHONE_NUMBER", "national:fax")] = n_fax
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert text.count(tel) == n_tel, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h394.international) == {"national:phone": 319, "national:fax": 24}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        row = _row(r)
        for value in (h394.name(row), row["list"]):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where its format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, fax, name = h394.phone(row), h394.fax(row), h394.name(row)
        if r["layout"] == "sansan_bizcard":
            assert doc["attributes"]["type"] == "Sansan_CI__BizCard__c"
            assert doc["attributes"]["url"].endswith("/" + doc["Id"])
            assert doc["Sansan_CI__CompanyName__c"] == name
            assert doc["Sansan_CI__Phone__c"] == tel
            assert doc["Sansan_CI__Fax__c"] == (fax or None)
            assert doc["Sansan_CI__LastName__c"] is None
            assert re.fullmatch(r"[0-9A-F]{32}", doc["Sansan_CI__BizCardId__c"])
        elif r["layout"] == "graph_todo_task":
            assert doc["title"] == f"{name}へ確認の電話 ({tel})"
            assert doc["body"]["contentType"] == "text"
            assert doc["body"]["content"].endswith(
                f"電話: {tel}" + (f" / FAX: {fax}" if fax else "")
            )
            assert doc["importance"] in ("normal", "high")
            assert doc["dueDateTime"]["timeZone"] == "Tokyo Standard Time"
        elif r["layout"] == "cf_kv_bulk":
            assert isinstance(doc, list) and len(doc) == 1
            pair = doc[0]
            assert pair["key"].startswith("namegata:") and pair["base64"] is False
            value = json.loads(pair["value"])
            assert value["tel"] == tel and value["fax"] == fax and value["name"] == name
            assert pair["metadata"]["tel"] == tel
        else:
            assert doc["sql"].startswith("INSERT INTO facilities ")
            assert doc["sql"].count("?") == len(doc["params"]) == 7
            assert all(isinstance(p, str) for p in doc["params"])
            assert doc["params"][2:6] == [name, h394.address(row), tel, fax]
            assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}",
                                doc["params"][0])  # fmt: skip


def test_the_extractor_rules_hold_on_the_kept_rows():
    """Every kept row has a phone of seven digits or more that no earlier Japanese part holds,
    its fields unchanged strings of its list's columns; the provenance is recorded."""
    data = h394.data()
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "81")
    assert extractor.OUT.name not in extractor.EARLIER
    assert len(extractor.EARLIER) >= 25
    lists = {title for title, *_ in extractor.LISTS.values()}
    for row in data["rows"]:
        digits = digits_of(row["fields"][row["phone_column"]])
        assert len(digits) >= 7 and digits not in earlier
        assert row["list"] in lists
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert row["path"].startswith("public/data/raw/") and "#" in row["path"]
    assert Counter(r["list"] for r in data["rows"])["AED設置箇所一覧"] == 30
    jp = data["sources"]["JP"]
    assert jp["repository"] == "kouya-group/namegata-open-data"
    assert jp["commit"] == "eee36a83f86c6efa8101647faea4db0b1fe1f8cf"
    assert "CC BY 2.1 JP" in jp["licence"] and "not confirmed" in jp["licence"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h394, "held_out_394", tmp_path)
