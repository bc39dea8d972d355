"""held_out_22 of the PII evaluation set (scripts/pii_held_out_22.py): its committed records
keep the generator's invariants (every labelled phone is one number of its row's real phone or
fax field, copied unchanged and whole, brackets included, each copy labelled; every labelled
e-mail address is one of the row's, each copy labelled; the body's OIB and postcode are in the
text and unlabelled; each layout is the format it claims) and are rebuilt byte for byte from
the committed data. No recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_22 as h22  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

# which of the row's number fields each layout writes
PHONE_COLUMNS = {
    "docx_letterhead": ("Telefon", "Fax"),
    "ckan_datastore": ("Telefon", "Fax"),
    "pdf_form_fields": ("Telefon", "Fax"),
    "mecard_qr": ("Telefon",),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h22.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h22.by_locale()[locale][n]


def _labels(record: dict, entity: str) -> list[str]:
    return [record["text"][s:e] for s, e, t, _ in record["spans"] if t == entity]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h22.data()["rows"])
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h22.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert {r["layout"] for r in records} == set(h22.LAYOUTS)


def test_fields_split_into_whole_numbers_brackets_included():
    field = "(+385 52) 741 585; (+385 52) 741 350;  (+385 1) 4567 890 , (+ 385 1) 6002 742"
    assert [field[s:e] for s, e in h22.pieces(field)] == [
        "(+385 52) 741 585",
        "(+385 52) 741 350",
        "(+385 1) 4567 890",
        "(+ 385 1) 6002 742",
    ]


def test_every_number_of_the_phone_and_fax_fields_is_labelled_whole_at_each_copy(records):
    """The labels are the numbers of the fields the layout writes, each as published; a
    number's every occurrence in the text is a label (the bracket before ``+`` inside it)."""
    for r in records:
        row = _row(r)
        numbers = [v for c in PHONE_COLUMNS[r["layout"]] for v in h22.phones(row, c)]
        labels = _labels(r, "PHONE_NUMBER")
        assert sorted(labels) == sorted(numbers), r["id"]
        assert all(v.startswith("(") and personal_phone(v, "HR") for v in numbers), r["id"]
        for value in set(labels):
            assert r["text"].count(value) == labels.count(value), (r["id"], value)
        details = [d for *_, t, d in r["spans"] if t == "PHONE_NUMBER"]
        assert all(d.startswith("international:") for d in details), r["id"]
        assert r["distractors"] == []


def test_every_e_mail_label_is_one_of_the_rows_addresses_and_every_copy_is_labelled(records):
    for r in records:
        addresses = h22.emails(_row(r))
        labels = _labels(r, "EMAIL_ADDRESS")
        assert sorted(labels) == sorted(addresses), r["id"]
        for address in addresses:
            assert len(re.findall(rf"(?<![\w.+-]){re.escape(address)}", r["text"])) == 1
    assert sum(bool(h22.emails(_row(r))) for r in records) >= len(records) - 10


def test_the_bodys_identifiers_are_in_the_text_and_unlabelled(records):
    """The eleven-digit OIB and the postcode in every record, the register's row number in the
    CKAN response, all outside the labels."""
    for r in records:
        row = _row(r)
        columns = ["OIB", "Br. pošte"] + (["Rb."] if r["layout"] == "ckan_datastore" else [])
        for column in columns:
            value = row["fields"][column]
            found = [m.start() for m in re.finditer(rf"(?<!\d){value}(?!\d)", r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)


def test_each_layout_is_the_format_it_claims(records):
    """A document.xml record is XML, a CKAN response JSON with the row as its record, a
    pdftk dump a list of fields, a MECARD payload ends with ``;;`` and holds the row's
    numbers as ``TEL:`` fields."""
    from xml.etree import ElementTree

    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "docx_letterhead":
            ElementTree.fromstring(text.encode("utf-8"))
        elif r["layout"] == "ckan_datastore":
            response = json.loads(text)
            record = response["result"]["records"][0]
            assert {k: record[k] for k in row["fields"]} == row["fields"]
            assert record["_id"] == response["result"]["offset"] + 1 == int(row["fields"]["Rb."])
        elif r["layout"] == "pdf_form_fields":
            blocks = text.split("---\n")[1:]
            assert all(re.match(r"FieldType: (Text|Button)\nFieldName: \w+\n", b) for b in blocks)
        else:
            payload = re.search(r'text: "(MECARD:.*;;)",', text).group(1)
            tels = re.findall(r"TEL:([^;]*);", json.loads(f'"{payload}"'))
            assert tels == h22.phones(row), r["id"]


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h22.data()["sources"]
    assert set(sources) == {"HR"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h22.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"HR": 600}
    dropped = {"Ime i prezime službenika", "Tel. službenika", "E-mail. službenika"}
    assert not any(dropped & set(r["fields"]) for r in rows)


def test_the_values_are_of_one_country(records):
    labels = Counter((r["locale"], s[2]) for r in records for s in r["spans"])
    assert set(labels) == {("reg:HR", "PHONE_NUMBER"), ("reg:HR", "EMAIL_ADDRESS")}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h22.write(rebuilt)
    assert rebuilt.read_bytes() == h22.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_22"
