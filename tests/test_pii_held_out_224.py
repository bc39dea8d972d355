"""held_out_224 of the PII evaluation set (scripts/pii_held_out_224.py): its committed records
keep the generator's invariants (every labelled phone is a number of a row's real phone field,
every labelled e-mail address a row's real e-mail field, copied unchanged, each copy labelled;
the names, licence numbers and addresses are in the text and unlabelled) and are rebuilt byte
for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_224 as h224  # noqa: E402 - the scripts folder's modules
import vn_travel_businesses_data as vn  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

TK = "{http://kekhaithue.gdt.gov.vn/TKhaiThue}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h224.committed()


def _unit(record: dict) -> tuple[str, tuple[dict, ...]]:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h224.by_locale()[locale][n]


def _copies(layout: str, k: int, text: str) -> tuple[int, int]:
    """How many copies of the ``k``-th row's phone and e-mail fields the layout writes."""
    if layout == "htkk_tokhai":
        return 1, 1
    if layout == "amadeus_pnr":
        return 1 + ("  7 RM LIEN HE DOAN " in text), 0
    if layout == "cong_van":
        return 2, 2
    return (2, 0) if k == 0 else (1, 0)


def test_every_row_of_the_data_is_in_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h224.by_locale()["reg:VN"]) == 320
    seen = [row["path"] for r in records for row in _unit(r)[1]]
    assert sorted(seen) == sorted(row["path"] for row in h224.data()["rows"])
    assert len(seen) == len(set(seen)) == 400
    for r in records:
        layout, rows = _unit(r)
        assert r["layout"] == layout and len(rows) == h224.rows_of(layout)
        assert r["source"] == " ".join(row["path"] for row in rows)
        assert r["locale"] == "reg:VN"
    assert Counter(r["layout"] for r in records) == {
        "htkk_tokhai": 80, "amadeus_pnr": 80, "cong_van": 80, "ghn_order": 80,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each number of a row's phone field is labelled wherever the field stands, under its
    column, and each copy of its e-mail address; nothing else is."""
    for r in records:
        layout, rows = _unit(r)
        text = r["text"]
        expected, emails = Counter(), Counter()
        for k, row in enumerate(rows):
            phones, mails = _copies(layout, k, text)
            value = h224.encoded(layout, h224.phone(row))
            assert text.count(value) == phones, r["id"]
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "VN"), r["id"]
                expected[value[s:e]] += phones
            if h224.email(row):
                assert text.count(h224.email(row)) == mails, r["id"]
                emails[h224.email(row)] += mails
        labelled = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER")
        assert labelled == expected, r["id"]
        got = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        assert got == +emails, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h224.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:Số điện thoại": 580, "international:Số điện thoại": 31, "register": 144,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds numbers and separators only, six digits or more; the
    e-mail fields kept name an office; 277 international and 122 domestic licences and one
    with no issuer; 20 fields with Vietnam's calling code; 7 of two or three numbers."""
    rows = h224.data()["rows"]
    assert len(rows) == 400
    for row in rows:
        value = row["fields"][h224.PHONE]
        assert vn.clean_phone(value) and sum(c.isdigit() for c in value) >= 6
        assert set(row["fields"]) <= {
            "Tên tiếng Việt", "Tên tiếng Anh", "Số giấy phép", "Địa chỉ", h224.PHONE, "Website",
            h224.EMAIL,
        }  # fmt: skip
        if h224.EMAIL in row["fields"]:
            assert vn.office_email(row["fields"][h224.EMAIL])
    assert sum(h224.EMAIL in row["fields"] for row in rows) == 243
    issuers = Counter(h224.licence(row).rsplit("/", 1)[-1] for row in rows)
    assert issuers == {"TCDL-GP LHQT": 277, "SDL-GP LHNĐ": 82, "SVHTTDL-GP LHNĐ": 40, "2017": 1}
    assert sum(h224.international(h224.phone(row)) for row in rows) == 20
    assert sum(len(numbers(h224.phone(row))) > 1 for row in rows) == 7


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The business's name (in capitals without diacritics in the PNR), licence or address
    stand in every record's text, outside the labels."""
    for r in records:
        layout, rows = _unit(r)
        for row in rows:
            if layout == "amadeus_pnr":
                values = [h224.ascii_upper(h224.licence(row))]
            else:
                values = [h224.encoded(layout, row["fields"][c]) for c in ("Tên tiếng Việt",
                          "Địa chỉ")]  # fmt: skip
            if layout == "cong_van":
                values.append(h224.licence(row))
            for value in values:
                found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
                assert found, (r["id"], value)
                spans = [*r["spans"], *r["distractors"]]
                assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _valid_tax_code(code: str) -> bool:
    weights = (31, 29, 23, 19, 17, 13, 7, 5, 3)
    rest = sum(int(d) * w for d, w in zip(code[:9], weights, strict=True)) % 11
    return len(code) == 10 and rest != 0 and int(code[9]) == 10 - rest


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library, the PNR
    display and the letter by their fixed lines), the rows' numbers where the format puts
    them."""
    for r in records:
        layout, rows = _unit(r)
        text, tel = r["text"], h224.phone(rows[0])
        if layout == "htkk_tokhai":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{TK}HSoThueDTu"
            nnt = root.find(f"{TK}HSoKhaiThue/{TK}TTinChung/{TK}TTinTKhaiThue/{TK}NNT")
            assert nnt.findtext(f"{TK}dthoaiNNT") == tel
            assert (nnt.findtext(f"{TK}emailNNT") or "") == h224.email(rows[0])
            assert nnt.findtext(f"{TK}tenNNT") == h224._f(rows[0], "Tên tiếng Việt")
            assert _valid_tax_code(nnt.findtext(f"{TK}mst"))
            main = root.find(f"{TK}HSoKhaiThue/{TK}CTieuTKhaiChinh")
            ct = {e.tag.removeprefix(TK): int(e.text) for e in main.iter() if e.text and
                  e.text.isdigit()}  # fmt: skip
            assert ct["ct36"] == ct["ct35"] - ct["ct25"] and ct["ct33"] * 10 == ct["ct32"]
            assert ct["ct40"] - ct["ct41"] == ct["ct36"] - ct["ct22"]
        elif layout == "amadeus_pnr":
            lines = text.splitlines()
            assert lines[0] == "--- RLR ---" and lines[-1] == ">"
            assert re.fullmatch(r"RP/([A-Z]{3}VN\w{4})/\1 +[A-Z]{2}/SU  \d\d[A-Z]{3}\d\d/"
                                r"\d{4}Z   [A-Z2-9]{6}", lines[1])  # fmt: skip
            assert lines[6].startswith(f"  3 AP {h224.city(rows[0])} {tel} - ")
            assert lines[6].endswith(" - A")
            assert all(re.match(r"  [1-2]  VN +\d+ Y \d\d[A-Z]{3} [1-7] [A-Z]{6} HK\d+", x)
                       for x in lines[4:6])  # fmt: skip
        elif layout == "cong_van":
            assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text.splitlines()[0]
            assert f"\nKính gửi: {h224.authority(rows[0])}\n" in text
            assert f"\n- Điện thoại: {tel}\n" in text and "\nNơi nhận:" in text
            assert text.splitlines()[0].startswith(h224._f(rows[0], "Tên tiếng Việt").upper())
        else:
            doc = json.loads(text)
            assert doc["from_phone"] == doc["return_phone"] == tel
            assert doc["to_phone"] == h224.phone(rows[1])
            assert doc["from_name"] == h224._f(rows[0], "Tên tiếng Việt")
            assert doc["to_name"] == h224._f(rows[1], "Tên tiếng Việt")
            assert doc["required_note"] in ("KHONGCHOXEMHANG", "CHOXEMHANGKHONGTHU")


def test_the_tax_file_escapes_the_names(records):
    """Names with ``&`` are escaped in the tax file's XML."""
    tax = [r for r in records if r["layout"] == "htkk_tokhai"]
    for r in tax:
        assert f"<tenNNT>{escape(h224._f(_unit(r)[1][0], 'Tên tiếng Việt'))}</tenNNT>" in r["text"]
    assert any("&amp;" in r["text"] for r in tax)


def test_provenance():
    sources = h224.data()["sources"]
    assert set(sources) == {"VN"}
    src = sources["VN"]
    assert src["repository"] == "Ti4nL4/Vietnamese-Travel-Chatbot"
    assert src["commit"] == "dbe5877670515832eb9d745915fc53f7c6cd06fe"
    assert src["path"] == "data/Doanh nghiệp lữ hành quốc tế.csv"
    assert "not confirmed" in src["licence"] and src["publisher"]
    rows = h224.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"VN": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h224, "held_out_224", tmp_path)
