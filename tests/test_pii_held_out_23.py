"""held_out_23 of the PII evaluation set (scripts/pii_held_out_23.py): its committed records
keep the generator's invariants (every labelled phone is its row's real ``Telephone`` field,
copied unchanged, each copy labelled; every labelled e-mail address is the row's, each copy
labelled; the school's identifiers are in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_23 as h23  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

PHONE_COPIES = {"gazette_notice": 2, "xlsx_shared_strings": 1, "store_locator_json": 1,
                "telegram_message": 1}  # fmt: skip
EMAIL_COPIES = {"gazette_notice": 2, "xlsx_shared_strings": 1, "store_locator_json": 1,
                "telegram_message": 1}  # fmt: skip
# the identifiers each layout writes, where the row has them
IDENTIFIERS = {
    "gazette_notice": ("NatEmis", "ExamNo", "Ward_ID"),
    "xlsx_shared_strings": ("NatEmis", "PaypointNo", "ComponentNo", "ExamNo", "Ward_ID"),
    "store_locator_json": ("NatEmis", "PaypointNo"),
    "telegram_message": ("NatEmis", "ExamNo"),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h23.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h23.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h23.data()["rows"]) == 640
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h23.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h23.LAYOUTS, 160)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    for r in records:
        field = _row(r)["fields"]["Telephone"]
        assert field == h23.phone(_row(r)) and re.fullmatch(r"0\d{9}", field)
        phones = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert phones == [field] * r["text"].count(field), r["id"]
        assert personal_phone(field, "ZA")
        assert len(phones) == PHONE_COPIES[r["layout"]], r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_every_e_mail_label_is_the_rows_address_and_every_copy_is_labelled(records):
    for r in records:
        address = h23.email(_row(r))
        emails = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        if not address:
            assert not emails and "@" not in r["text"], r["id"]
            continue
        assert address == _row(r)["fields"]["E_Mail"].strip(), r["id"]
        assert set(emails) == {address}, r["id"]
        assert len(emails) == r["text"].count(address) == EMAIL_COPIES[r["layout"]], r["id"]


def test_a_field_that_is_not_one_address_is_not_written():
    """``a@b.co.za;c@b.co.za;`` and ``x@webmail.co.za.`` are left out, not labelled in part."""
    assert h23.email({"fields": {"E_Mail": "admin@hs.co.za;hoof@hs.co.za;"}}) == ""
    assert h23.email({"fields": {"E_Mail": "0798927925@vodacom.co.za."}}) == ""
    assert h23.email({"fields": {"E_Mail": "."}}) == ""
    assert h23.email({"fields": {"E_Mail": "admin@hsgoudini.co.za"}}) == "admin@hsgoudini.co.za"


def test_the_schools_identifiers_are_in_the_text_and_unlabelled(records):
    """The nine-digit EMIS number, and the paypoint, component, exam and ward numbers a layout
    writes, stand in the text outside the labels (an address may hold one too:
    ``200300002@edu.ecprov.gov.za``)."""
    seen = Counter()
    for r in records:
        for column in IDENTIFIERS[r["layout"]]:
            value = h23._f(_row(r), column)
            if not value:
                continue
            found = [m.start() for m in re.finditer(rf"(?<!\d){value}(?!\d)", r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)
            seen[column] += 1
    assert seen["NatEmis"] == len(records)
    assert seen["Ward_ID"] >= 250 and seen["ExamNo"] >= 100 and seen["PaypointNo"] >= 200


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)


def test_the_documents_are_well_formed(records):
    """The shared strings are XML of the SpreadsheetML namespace, the store locator's and the
    Bot API's responses JSON; the Telegram entities point at the name and the address in the
    message's UTF-16 text."""
    from xml.etree import ElementTree

    for r in records:
        row = _row(r)
        if r["layout"] == "xlsx_shared_strings":
            sst = ElementTree.fromstring(r["text"].encode("utf-8"))
            strings = [si[0].text for si in sst]
            assert int(sst.get("uniqueCount")) == len(strings) == len(set(strings))
            assert h23.phone(row) in strings and h23._f(row, "NatEmis") in strings
        elif r["layout"] == "store_locator_json":
            (store,) = json.loads(r["text"])
            assert store["phone"] == h23.phone(row) and store["email"] == h23.email(row)
        elif r["layout"] == "telegram_message":
            message = json.loads(r["text"])["result"]
            units = message["text"].encode("utf-16-le")
            for entity in message["entities"]:
                at, length = 2 * entity["offset"], 2 * entity["length"]
                value = units[at : at + length].decode("utf-16-le")
                want = h23._f(row, "Institution_Name") if entity["type"] == "bold" else None
                assert value == (want or h23.email(row)), r["id"]
            assert h23.phone(row) in message["text"]
        else:
            assert r["text"].count(h23._f(row, "NatEmis")) >= 2


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h23.data()["sources"]
    assert set(sources) == {"ZA"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h23.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ZA": 640}
    assert not any({"Addressee", "cellno"} & set(r["fields"]) for r in rows)


def test_the_values_are_of_one_country(records):
    labels = Counter((r["locale"], s[2]) for r in records for s in r["spans"])
    assert labels == {("reg:ZA", "PHONE_NUMBER"): 800, ("reg:ZA", "EMAIL_ADDRESS"): 684}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h23.write(rebuilt)
    assert rebuilt.read_bytes() == h23.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_23"
