"""held_out_187 of the PII evaluation set (scripts/pii_held_out_187.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real telephone or
fax line, every labelled address the row's real mailbox, copied unchanged, each copy labelled;
the name and street are in the text and unlabelled) and are rebuilt byte for byte from the
committed data; the data file is what the extractor reads from the source's mirror where it is
on this machine. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import id_ut_regional_offices_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_187 as h187  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/misterdan911+sidapet_db_migration/repo")
# how many times each layout writes the telephone line, the fax line and the mailbox
COPIES = {
    "efaktur_csv": {"phone": 1, "fax": 0, "email": 0},
    "midtrans_snap": {"phone": 2, "fax": 1, "email": 2},
    "ojs_context": {"phone": 4, "fax": 1, "email": 3},
    "jurnal_customer": {"phone": 1, "fax": 1, "email": 1},
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h187.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h187.slots()[locale][n][0]


def test_every_row_of_the_data_is_one_record_in_each_layout(records):
    rows = h187.data()["rows"]
    assert len(rows) == 39
    assert len(records) == 4 * len(rows) == 156
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h187.LAYOUTS[n % 4]
        assert _row(r) is rows[n // 4]
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:ID"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h187.LAYOUTS, 39)


def _expected(value: str, column: str, copies: int) -> tuple[Counter, Counter]:
    """The labels and distractors of ``copies`` copies of a number line."""
    labels, short = Counter(), Counter()
    for s, e in numbers(value):
        number = value[s:e]
        (labels if personal_phone(number, "ID") else short)[(number, column)] += copies
    return labels, short


def test_every_copy_of_the_contacts_is_labelled_unchanged(records):
    """Each number of the telephone and fax lines is labelled wherever a line stands if a
    person could hold it (a distractor if not), under its label; each copy of the mailbox is an
    e-mail address; nothing else is labelled. A fax line found inside a telephone copy (one
    office gives its first line as its fax) is the telephone's."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fx, mail = h187.phone(row), h187.fax(row), h187.email(row)
        want = COPIES[r["layout"]]
        assert text.count(tel) == want["phone"], r["id"]
        assert text.count(mail) == want["email"], r["id"]
        labels, short = _expected(tel, "Telp", want["phone"])
        if fx:
            standalone = text.count(fx) - (tel.count(fx) * want["phone"])
            assert standalone == want["fax"], r["id"]
            more, more_short = _expected(fx, "Faks", standalone)
            labels += more
            short += more_short
        got = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert got == labels, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == Counter(
            {n: c for (n, _), c in short.items()}
        ), r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert mails == [mail] * want["email"], r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h187.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Telp": 368, "national:Faks": 111, "register": 234}
    assert sum(len(r["distractors"]) for r in records) == 91


def test_the_data_keeps_the_published_shape():
    """39 offices, each with a telephone line of six digits or more after ``Telp.`` (one after
    ``Tlp.``), a fax line after ``Faks.`` but for two, a mailbox of ``ecampus.ut.ac.id``; the
    fields are the statement's strings (one address begins with a blank line, as published)."""
    rows = h187.data()["rows"]
    assert all(sum(c.isdigit() for c in h187.phone(row)) >= 6 for row in rows)
    assert sum("Tlp. " in row["fields"]["alamat_ut"] for row in rows) == 1
    assert sum(not h187.fax(row) for row in rows) == 2
    assert all(h187.email(row).endswith("@ecampus.ut.ac.id") for row in rows)
    assert all(re.fullmatch(r"\d{5}", h187.postcode(row)) for row in rows)
    assert all(set(row["fields"]) == set(extractor.COLUMNS) for row in rows)
    assert sum(row["fields"]["alamat_ut"] != h187._f(row, "alamat_ut") for row in rows) == 1
    assert [row["fields"]["kode_cabang_ut"] for row in rows] == [str(i) for i in range(1, 40)]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or a CSV field as it is)."""
    return value if layout == "efaktur_csv" else json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The office's name and street stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h187._f(row, "cabang_ut"), h187.street(row)):
            found = [m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)),
                                                    r["text"])]  # fmt: skip
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the CSV by the csv module, JSON by json), the row's
    contacts where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fx, mail, name = (
            h187.phone(row),
            h187.fax(row),
            h187.email(row),
            h187._f(row, "cabang_ut"),
        )
        if r["layout"] == "efaktur_csv":
            lines = list(csv.reader(io.StringIO(text)))
            assert [line[0] for line in lines[:5]] == ["FK", "LT", "OF", "FK", "LT"]
            assert all(line[0] == "OF" for line in lines[5:]) and 6 <= len(lines) <= 8
            head, lt = dict(zip(lines[1], lines[4], strict=True)), lines[4]
            assert head["NOMOR_TELEPON"] == tel and head["NAMA"] == name
            assert head["KODE_POS"] == h187.postcode(row) and re.fullmatch(r"00\d{13}", lt[1])
            fk = dict(zip(lines[0], lines[3], strict=True))
            of = [dict(zip(lines[2], line, strict=True)) for line in lines[5:]]
            assert int(fk["JUMLAH_DPP"]) == sum(int(o["DPP"]) for o in of)
            assert fk["NPWP"] == lt[1] and re.fullmatch(r"\d{13}", fk["NOMOR_FAKTUR"])
            assert text.endswith('"\n') and '"' + tel + '"' in text
        elif r["layout"] == "midtrans_snap":
            doc = json.loads(text)
            customer = doc["customer_details"]
            assert customer["phone"] == customer["billing_address"]["phone"] == tel
            assert customer["email"] == customer["billing_address"]["email"] == mail
            assert customer["billing_address"]["country_code"] == "IDN"
            items = doc["item_details"]
            gross = sum(i["price"] * i["quantity"] for i in items)
            assert doc["transaction_details"]["gross_amount"] == gross
            assert doc.get("custom_field1") == (f"Faks. {fx}" if fx else None)
        elif r["layout"] == "ojs_context":
            doc = json.loads(text)
            assert doc["contactPhone"] == doc["supportPhone"] == tel
            assert doc["contactEmail"] == doc["supportEmail"] == mail
            assert doc["mailingAddress"].split("\n")[1] == f"Telp. {tel}"
            assert (doc["mailingAddress"].split("\n")[2:] or [""])[0] == (
                f"Faks. {fx}" if fx else ""
            )
            assert f"telepon {tel}." in doc["description"]["id_ID"]
            assert doc["url"].startswith(f"https://{h187._f(row, 'website')}/")
        else:
            customer = json.loads(text)["customer"]
            assert customer["phone"] == tel and customer["email"] == mail
            assert customer["display_name"] == name
            assert (f"Faks. {fx}." in customer["other_detail"]) == bool(fx)
            assert re.fullmatch(r"00\.\d{3}\.\d{3}\.\d-\d{3}\.000", customer["tax_no"])


def test_provenance():
    sources = h187.data()["sources"]
    assert set(sources) == {"ID"}
    src = sources["ID"]
    assert src["repository"] == "misterdan911/sidapet_db_migration"
    assert src["commit"] == "cd5d14b570731a6950c775378dcaaa7a1878c274"
    assert src["paths"] == ["files/sql/insert/ref_cabang_ut.sql"]
    assert "not confirmed" in src["licence"] and src["publisher"]
    rows = h187.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ID": 39}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the source's mirror is not on this machine")
def test_the_data_file_is_what_the_extractor_reads(tmp_path, monkeypatch):
    monkeypatch.setattr(extractor, "OUT", tmp_path / "data.json")
    monkeypatch.setattr(sys, "argv", ["id_ut_regional_offices_data.py", str(MIRROR)])
    extractor.main()
    assert (tmp_path / "data.json").read_bytes() == h187.ROWS.read_bytes()


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h187, "held_out_187", tmp_path)
