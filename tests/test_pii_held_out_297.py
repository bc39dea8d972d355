"""held_out_297 of the PII evaluation set (scripts/pii_held_out_297.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real TEL or FAX
field, copied unchanged, each copy labelled; the name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_297 as h297  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("Name", "Add1")
# how many copies of the TEL each layout writes
TEL_COPIES = {"hdml_deck": 2, "bml_document": 2, "kosodate_opendata_csv": 1, "hiki_page": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h297.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h297.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h297.data()["rows"]) == 153
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h297.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "hdml_deck": 39, "bml_document": 38, "kosodate_opendata_csv": 38, "hiki_page": 38,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """The TEL stands where the layout puts it (once in the data set's row, twice elsewhere)
    and the FAX, where the row has one, once (a fax that is the phone's own number is labelled
    under TEL); each number of them is labelled wherever it stands if a person could hold it (a
    distractor if not); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h297.phone(row), h297.fax(row)
        copies = TEL_COPIES[r["layout"]]
        own = {(tel, h297.PHONE): copies}
        if fax == tel:
            own = {(tel, h297.PHONE): copies + 1}
        elif fax:
            own[(fax, h297.FAX)] = 1
        expected, short = Counter(), Counter()
        for (value, column), n in own.items():
            assert text.count(value) == n, r["id"]
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "JP") else short)[(number, column)] += n
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h297.international)
    assert kinds == {"national:TEL": 310, "national:FAX": 75}


def test_the_data_keeps_the_published_shape():
    """Every kept row has a TEL of ten or eleven digits joined by hyphens (``024-944-3601``; two
    ``022-`` numbers, one ``050-`` IP phone, no mobile), 117 a FAX in the same shape (42 the
    TEL's own number); 25 public and 128 private facilities; the values strings as the CSV
    gives them, the ``Owner`` column left out."""
    rows = h297.data()["rows"]
    shape = r"0\d{2}-\d{3,4}-\d{4}"
    for row in rows:
        fields = row["fields"]
        assert re.fullmatch(shape, fields["TEL"]) and not re.match(r"0[789]0", fields["TEL"])
        assert fields["FAX"] == "" or re.fullmatch(shape, fields["FAX"])
        assert "Owner" not in fields and all(isinstance(v, str) for v in fields.values())
    assert sum(row["fields"]["FAX"] != "" for row in rows) == 117
    assert sum(row["fields"]["FAX"] == row["fields"]["TEL"] for row in rows) == 42
    assert Counter(row["fields"]["TEL"][:4] for row in rows) == {"024-": 150, "022-": 2, "050-": 1}
    assert Counter(row["fields"]["Ownership"] for row in rows) == {"公立": 25, "私立": 128}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and street address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h297._f(_row(r), column)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document keeps its format's shape (BML by the standard library's XML parser, the
    data set's CSV by the csv module, HDML and Hiki by their fixed syntax), the row's numbers
    where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h297.phone(row), h297.fax(row), h297._f(row, "Name")
        if r["layout"] == "hdml_deck":
            assert re.match(r"<HDML VERSION=3\.0 TTL=\d+ PUBLIC=TRUE>\n", text)
            assert text.endswith("</HDML>\n")
            assert text.count("<DISPLAY ") == text.count("</DISPLAY>") == 2
            assert f'\nTEL:{tel}\n<BR>\n<A TASK=CALL NUMBER="{tel}" LABEL=発信>' in text
            assert "<A TASK=GO DEST=#info " in text and "<DISPLAY NAME=info " in text
            assert (f"\nFAX:{fax}\n" in text) == bool(fax)
        elif r["layout"] == "bml_document":
            assert text.startswith('<?xml version="1.0" encoding="EUC-JP" ?>\n<!DOCTYPE bml ')
            # the document declares the broadcast's EUC-JP; the record holds its text
            root = ET.fromstring(text.replace("EUC-JP", "UTF-8", 1).encode("utf-8"))
            assert root.tag == "bml"
            paras = {p.get("id"): p.text for p in root.iter("p")}
            assert paras["name"] == name and paras["tel"] == f"TEL　{tel}"
            assert paras.get("fax") == (f"FAX　{fax}" if fax else None)
            assert paras["info"].endswith(f"は{name}（{tel}）へ")
        elif r["layout"] == "kosodate_opendata_csv":
            assert text.endswith("\r\n")
            header, values = list(csv.reader(io.StringIO(text, newline="")))
            assert tuple(header) == h297.OPENDATA_COLUMNS
            cells = dict(zip(header, values, strict=True))
            assert cells["全国地方公共団体コード"] == "072036" and cells["名称"] == name
            assert cells["電話番号"] == tel and cells["地方公共団体名"] == "福島県郡山市"
            assert cells["連絡先備考（その他、SNSなど）"] == (f"FAX {fax}" if fax else "")
            assert cells["緯度"] == h297._f(row, "Y") and cells["経度"] == h297._f(row, "X")
        else:
            lines = text.split("\n")
            assert lines[0] == f"! {name}" and "!! 基本情報" in lines and "!! 問い合わせ" in lines
            cells = dict(line[2:].split("||", 1) for line in lines if line.startswith("||"))
            assert cells["電話"] == tel and cells.get("FAX") == (fax or None)
            assert re.search(rf"^\* .+は電話（{re.escape(tel)}）で受け付けています。$", text, re.M)
            assert text.count("'''") == 2 and text.count("[[") == text.count("]]") == 2


def test_provenance():
    sources = h297.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "Koriyama-City/papamama"
    assert jp["commit"] == "bcea35f2edcc266f4a8a6e3576729e5e313cd037"
    assert jp["paths"] == ["data_org/nurseryData.csv"] and jp["encoding"] == "cp932"
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h297.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 153}
    assert not any("@" in str(v) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h297, "held_out_297", tmp_path)
