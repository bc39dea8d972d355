"""held_out_376 of the PII evaluation set (scripts/pii_held_out_376.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone field or
mailbox, unchanged, each number of a field labelled on its own; the office's code, PIN code and
district are in the text and unlabelled) and are rebuilt byte for byte from the committed data.
No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import in_rto_offices_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_376 as h376  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the office's identifiers, in every layout
IDENTIFIERS = ("code", "pinCode", "district")
# copies of each value a record of each layout writes: (phone field, e-mail)
COPIES = {
    "sanity_mutation": (2, 2),
    "directus_item": (2, 1),
    "bigquery_insert_all": (1, 1),
    "mixpanel_group_set": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h376.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h376.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h376.data()["rows"]) == 179
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h376.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "sanity_mutation": 45,
        "directus_item": 45,
        "bigquery_insert_all": 45,
        "mixpanel_group_set": 44,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field (``numbers``) and the mailbox (where the office has one)
    are labelled in every copy, the numbers under ``phone``; nothing else is labelled and no
    distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h376.phone(row), h376.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        expected: Counter = Counter()
        for s, e in h376.numbers(tel):
            kind = "international" if h376.international(tel[s:e]) else "national"
            expected[(tel[s:e], "PHONE_NUMBER", f"{kind}:phone")] += n_tel
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h376.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 296, "international:phone": 3, "register": 151}


def test_the_numbers_of_a_field_are_split_as_written():
    """Comma-separated lines are numbers of their own; a piece of six digits after an area
    code stays with the number before it."""
    field = "08392-240048, 244116, 240038"
    assert [field[s:e] for s, e in h376.numbers(field)] == [field]
    field = "080-23286712, 23286713"
    assert [field[s:e] for s, e in h376.numbers(field)] == ["080-23286712", "23286713"]
    field = "9431416779, 06274-222210"
    assert [field[s:e] for s, e in h376.numbers(field)] == ["9431416779", "06274-222210"]


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds seven digits or more, each of its numbers one a person could
    hold, no two offices sharing a number; the mailboxes are well formed or ``N/A``; the kept
    rows are every file's keys as published."""
    rows = h376.data()["rows"]
    digits = [re.sub(r"\D", "", h376.phone(row)) for row in rows]
    assert all(len(d) >= 7 for d in digits) and len(set(digits)) == 179
    for row in rows:
        field = h376.phone(row)
        assert all(personal_phone(field[s:e], "IN") for s, e in h376.numbers(field))
        assert row["fields"]["email"] in ("N/A", h376.email(row))
        assert re.fullmatch(r"[A-Z]{2}-\d+", row["fields"]["code"])
        assert re.fullmatch(r"\d{6}", row["fields"]["pinCode"])
    assert sum(bool(h376.email(row)) for row in rows) == 122
    assert sum("," in h376.phone(row) for row in rows) == 29
    assert Counter(row["fields"]["state"] for row in rows)["Karnataka"] == 70


def _encoded(value: str) -> str:
    """``value`` as a JSON string's body."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h376._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail, code = h376.phone(row), h376.email(row), row["fields"]["code"]
        if r["layout"] == "sanity_mutation":
            (mutation,) = doc["mutations"]
            office = mutation["createOrReplace"]
            assert office["_type"] == "rtoOffice" and office["_id"] == f"rtoOffice-{code.lower()}"
            assert office["phone"] == tel and office.get("email", "") == mail
            assert office["body"][0]["children"][0]["text"].count(tel) == 1
            assert [a["name"] for a in office["jurisdiction"]] == h376.areas(row)
        elif r["layout"] == "directus_item":
            item = doc["data"]
            assert item["rto_code"] == code and item["phone"] == tel
            assert item["email"] == (mail or None)
            assert item["notice"].endswith(f"Helpdesk: {tel}")
        elif r["layout"] == "bigquery_insert_all":
            assert doc["kind"] == "bigquery#tableDataInsertAllRequest"
            (one,) = doc["rows"]
            assert re.fullmatch(r"[0-9a-f-]{36}", one["insertId"])
            assert one["json"]["phone_raw"] == tel and one["json"]["email"] == (mail or None)
            assert one["json"]["pin_code"] == row["fields"]["pinCode"]
        else:
            (update,) = doc
            assert update["$group_key"] == "rto_code" and update["$group_id"] == code
            assert re.fullmatch(r"[0-9a-f]{32}", update["$token"])
            assert update["$set"]["Phone"] == tel and update["$set"].get("Email", "") == mail


def test_the_extractor_keeps_only_new_numbers_once():
    """The extractor's rules on a few rows: a field's pieces are numbers of their own, and no
    kept number is one an earlier Indian part holds."""
    assert extractor.numbers_of("08392-240048, 244116") == ["08392240048", "244116"]
    assert extractor.numbers_of("N/A") == []
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "91")
    for row in h376.data()["rows"]:
        tel = row["fields"]["phone"]
        assert not ({extractor.digits_of(tel), *extractor.numbers_of(tel)} & earlier)


def test_provenance():
    sources = h376.data()["sources"]
    assert set(sources) == {"IN"}
    meta = sources["IN"]
    assert meta["repository"] == "anoopt/rto-codes"
    assert meta["commit"] == "a1ce7425d90be485d00b07981b3c36fa72658ad4"
    assert "not confirmed" in meta["licence"] and meta["publisher"]
    rows = h376.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IN": 179}
    assert all(extractor.FILES.fullmatch(r["path"].rsplit("#", 1)[0]) for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h376, "held_out_376", tmp_path)
