"""held_out_18 of the PII evaluation set (scripts/pii_held_out_18.py): its committed records
keep the generator's invariants (every labelled phone is a number of its row's real phone or
fax field, copied unchanged, labelled by the policy; every labelled e-mail is the row's real
address; nothing outside the data labelled) and are rebuilt byte for byte from the committed
data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import base64
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_18 as h18  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h18.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h18.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h18.data()["rows"])
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h18.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert {r["layout"] for r in records} == set(h18.LAYOUTS)


def test_a_row_with_no_address_takes_a_layout_that_needs_none(records):
    for r in records:
        if not h18.email(_row(r)):
            assert r["layout"] in h18.NO_EMAIL_LAYOUTS


def test_every_number_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Once a field, twice in an mbox message (its signature and the quoted one)."""
    for r in records:
        row = _row(r)
        wanted = []
        for column, name in h18.NUMBER_COLUMNS.items():
            field = row["fields"][column].strip()
            wanted += [(field[s:e], name) for s, e in numbers(field)]
        copies = 2 if r["layout"] == "mbox_message" else 1
        spans = [s for s in r["spans"] if s[2] == "PHONE_NUMBER"]
        phones = [(r["text"][s:e], detail.split(":")[1]) for s, e, _, detail in spans]
        assert sorted(phones) == sorted(wanted * copies), r["id"]
        assert all(personal_phone(p, row["country"]) for p, _ in phones)


def test_every_e_mail_label_is_the_rows_address_and_every_copy_is_labelled(records):
    for r in records:
        address = h18.email(_row(r))
        emails = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert set(emails) == ({address} - {""}), r["id"]
        assert len(emails) == (r["text"].count(address) if address else 0), r["id"]


def test_the_message_id_on_the_institutions_domain_stays_unlabelled(records):
    """The mbox message's Message-ID is e-mail-shaped but names a message, not a mailbox."""
    for r in records:
        if r["layout"] == "mbox_message":
            found = re.search(r"^Message-ID: <([^>]+)>$", r["text"], re.M)
            assert found and found.group(1).endswith("@" + h18.email(_row(r)).split("@")[1])
            labelled = {(s, e) for s, e, *_ in r["spans"]}
            assert (found.start(1), found.end(1)) not in labelled


def test_ldif_values_that_are_not_ascii_are_base64_and_decode_to_the_row(records):
    for r in records:
        if r["layout"] != "ldif_entry":
            continue
        unfolded = r["text"].replace("\n ", "")
        value = re.search(r"^o(::?) (.*)$", unfolded, re.M)
        assert value is not None
        name = value.group(2)
        if value.group(1) == "::":
            name = base64.b64decode(name).decode("utf-8")
        assert name == _row(r)["fields"]["name"].strip()
        assert all(len(line) <= 76 for line in r["text"].splitlines())


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h18.data()["sources"]
    assert set(sources) == {"SI"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    assert Counter(r["country"] for r in h18.data()["rows"]) == {"SI": 600}


def test_the_values_are_of_one_country(records):
    labels = Counter((r["locale"], s[2]) for r in records for s in r["spans"])
    assert labels == {("reg:SI", "PHONE_NUMBER"): 1324, ("reg:SI", "EMAIL_ADDRESS"): 1602}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h18.write(rebuilt)
    assert rebuilt.read_bytes() == h18.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_18"
