"""held_out_505 of the PII evaluation set (scripts/pii_held_out_505.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real phone field
or one of its own-domain mailboxes, unchanged, each copy labelled; the hospital's name and town
are in the text and unlabelled) and are rebuilt byte for byte from the committed data; the
extractor's rules hold on its rows. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ng_hospitofind_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_505 as h505  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the whole phone field and of the first mailbox a record of each layout writes
COPIES = {
    "sormas_facility_push": (1, 1),
    "termii_campaign": (1, 1),
    "termii_contact": (1, 1),
    "infobip_sms": (0, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h505.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h505.by_locale()[locale][n]


def _numbers(field: str) -> list[str]:
    return [field[s:e] for s, e in numbers(field)]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h505.data()["rows"]) == 164
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h505.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:NG"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 41 for layout in h505.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever it stands (inside a copy of the whole
    field, or on its own as an Infobip destination), a six-digit piece a distractor; each
    own-domain mailbox is labelled; nothing else is labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        field, mails = h505.phone(row), h505.emails(row)
        n_field, n_mail = COPIES[r["layout"]]
        assert text.count(field) >= n_field, r["id"]
        expected: Counter = Counter()
        if r["layout"] == "infobip_sms":
            for number in h505.phone_numbers(row):
                expected[number] += 1
        else:
            for number in _numbers(field):
                expected[number] += 1
        got = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER")
        got.update(text[s:e] for s, e, *_ in r["distractors"])
        assert got == expected, r["id"]
        assert all(text[s:e] == "202202" for s, e, *_ in r["distractors"]), r["id"]
        mail_got = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        if mails:
            assert mail_got[mails[0]] == n_mail, r["id"]
        assert set(mail_got) <= set(mails), r["id"]
        assert text.count("@") == sum(mail_got.values()), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h505.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phoneNumber": 198, "international:phoneNumber": 116, "register": 68}
    assert sum(len(r["distractors"]) for r in records) == 1


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The hospital's name and town stand in every record's text (as JSON strings), outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h505.name(row), h505.town(row)):
            encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where its format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        field, mails = h505.phone(row), h505.emails(row)
        if r["layout"] == "sormas_facility_push":
            assert isinstance(doc, list) and len(doc) == 1
            dto = doc[0]
            assert dto["name"] == h505.name(row) and dto["type"] == "HOSPITAL"
            assert dto["contactPersonPhone"] == field
            assert dto["contactPersonEmail"] == (mails[0] if mails else None)
            assert re.fullmatch(r"[A-Z2-7]{6}-[A-Z2-7]{6}-[A-Z2-7]{6}-[A-Z2-7]{8}", dto["uuid"])
            assert dto["changeDate"] > dto["creationDate"]
            assert dto["externalID"] == f"HOSPITOFIND-{row['fields']['id']}"
        elif r["layout"] == "termii_campaign":
            assert doc["country_code"] == "NG" and doc["channel"] == "dnd"
            assert doc["schedule_sms_status"] == "scheduled"
            assert doc["message"].startswith(h505.name(row) + ": ")
            assert f"Enquiries: {field}" in doc["message"]
            assert doc["message"].endswith(" or ".join(mails) if mails else field)
        elif r["layout"] == "termii_contact":
            assert doc["phone_number"] == field and doc["country_code"] == "234"
            assert doc["email_address"] == (mails[0] if mails else "")
            assert doc["company"] == h505.name(row)
        else:
            message = doc["messages"][0]
            assert [d["to"] for d in message["destinations"]] == h505.phone_numbers(row)
            assert all(re.fullmatch(r"\d{19}", d["messageId"]) for d in message["destinations"])
            assert message["text"].startswith(f"{h505.name(row)}, {h505.town(row)}: ")
            assert message["callbackData"] == f"hospital:{row['fields']['id']}"


def test_the_data_keeps_the_extractors_rules():
    """Every kept entry is Nigerian, its phone field holds a number of seven digits or more, no
    number of it is an earlier Nigerian part's or an earlier kept entry's; the fields are the
    published values."""
    rows = h505.data()["rows"]
    taken, seen = extractor.earlier(), set()
    for row in rows:
        f = row["fields"]
        assert f["state"] == "Nigeria" and row["country"] == "NG"
        found = {v for d in extractor.numbers_of(f["phoneNumber"]) for v in extractor.variants(d)}
        assert found and not found & taken and not found & seen, row["path"]
        seen |= found
        assert set(f) == set(extractor.KEYS)
    assert rows[0]["fields"]["phoneNumber"] == "082233714, +234 826 00000, +234 806 500000"
    assert extractor.numbers_of("0803 4954 556, 0803 799 9992") == ["08034954556", "08037999992"]
    assert extractor.variants("2348038089468") == {"2348038089468", "08038089468"}
    assert h505.emails({"fields": {"email": "info@isth.org.ng, irruateachhosp@yahoo.com "}}) == [
        "info@isth.org.ng"
    ]


def test_provenance():
    sources = h505.data()["sources"]
    assert set(sources) == {"NG"}
    ng = sources["NG"]
    assert ng["repository"] == "MikkyPrestige/hospitoFind-server"
    assert ng["commit"] == "d4b0698ad5820bff661d8bb13e4e4d63b21b3163"
    assert ng["paths"] == ["data/hospitals.json"]
    assert "not confirmed" in ng["licence"] and ng["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h505, "held_out_505", tmp_path)
