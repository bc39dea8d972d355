"""held_out_362 of the PII evaluation set (scripts/pii_held_out_362.py): its committed records
keep the generator's invariants (every labelled phone is the row's real telephone or fax,
copied unchanged, each copy labelled; no distractor labelled as such; the centre's name and the
invented identifiers are in the text and unlabelled; each layout parses in its format) and are
rebuilt byte for byte from the committed data, and the data from the fetched mirror where it is
on the machine. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_nfa_safety_centres_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_362 as h362  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/umyunsang+KOSMOS/repo")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h362.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h362.by_locale()[locale][n]


def _copies(record: dict) -> tuple[int, int]:
    """How many copies of the telephone and of the fax the record's layout writes: the
    telephone twice in the Cafe24 and PassKit layouts (a field and a message or note), once in
    the others; the fax once in the ECOUNT and PassKit layouts, where the row has one."""
    layout = record["layout"]
    tel = 2 if layout in ("cafe24_receivers_json", "passkit_event_pass_json") else 1
    fax = 1 if layout in ("ecount_cust_json", "passkit_event_pass_json") else 0
    return tel, fax if h362.fax(_row(record)) else 0


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h362.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h362.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h362.LAYOUTS, 100)


def test_every_copy_of_the_phone_fields_is_labelled_unchanged(records):
    """The telephone and fax are one number each, labelled whole wherever they stand (a fax
    that repeats the telephone as the telephone); nothing else is; no distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h362.phone(row), h362.fax(row)
        n_tel, n_fax = _copies(r)
        expected = Counter()
        for value, n in ((tel, n_tel), (fax, n_fax)):
            if n:
                assert numbers(value) == [(0, len(value))], r["id"]
                assert personal_phone(value, "KR"), r["id"]
        if fax == tel:
            expected[(tel, h362.PHONE)] = n_tel + n_fax
        else:
            expected[(tel, h362.PHONE)] = n_tel
            if n_fax:
                expected[(fax, h362.FAX)] = n_fax
        assert text.count(tel) == expected[(tel, h362.PHONE)], r["id"]
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h362.international)
    assert kinds == {"national:전화번호": 600, "national:팩스번호": 197}


def test_no_number_of_the_register_is_left_unlabelled(records):
    """Every digit run of seven digits or more that is one of the row's numbers is labelled;
    the fax a digit short is written nowhere."""
    for r in records:
        row, text = _row(r), r["text"]
        labelled = {(s, e) for s, e, *_ in r["spans"]}
        for value in {row["fields"][h362.PHONE], row["fields"][h362.FAX]} - {""}:
            for m in re.finditer(re.escape(value), text):
                assert (m.start(), m.end()) in labelled, (r["id"], value)
    short = [row for row in h362.data()["rows"] if row["fields"][h362.FAX] == "064-780-919"]
    assert len(short) == 1 and h362.fax(short[0]) == ""


def test_the_data_keeps_the_published_shape():
    """400 centres, each with one telephone as the agency typed it, 400 distinct, none of their
    numbers an earlier Korean part's; every field a string as published."""
    rows = h362.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h362.PHONE]
        assert value == value.strip()
        assert extractor.kept_number(value), value
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {"999-999-9999": 347, "99-9999-9999": 34, "999-9999-9999": 15,
                      "99-999-9999": 4}  # fmt: skip
    assert len({h362.phone(row) for row in rows}) == 400
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER)
    found = {extractor.digits_of(row["fields"][c]) for row in rows for c in (h362.PHONE, h362.FAX)}
    assert not found & earlier


def test_the_extractor_keeps_one_number_of_the_shape():
    assert extractor.kept_number("02-6981-7593") and extractor.kept_number("031-8053-6551")
    for value in ("", "055-379-461", "02-6981-7593, 02-6981-7594", "6981-7593", "1577-1234"):
        assert not extractor.kept_number(value), value


def test_the_name_and_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name stands in every record, and each layout's invented identifier (the
    business number, shipping code, merchant uid, serial number) outside the labels."""
    keys = {
        "ecount_cust_json": r'"BUSINESS_NO": "(\d{10})"',
        "cafe24_receivers_json": r'"shipping_code": "(D-\d{8}-\d{7}-00)"',
        "portone_request_pay_html": r'merchant_uid: "(ORD\d{8}-\d{7})"',
        "passkit_event_pass_json": r'"serialNumber": "(NFA-\d{8}-\d{6})"',
    }
    for r in records:
        spans = [*r["spans"], *r["distractors"]]
        m = re.search(keys[r["layout"]], r["text"])
        assert m, r["id"]
        found = [(m.start(1), m.group(1))]
        name = h362.name(_row(r))
        found += [(x.start(), name) for x in re.finditer(name, r["text"])]
        assert len(found) > 1, r["id"]
        assert not any(s <= at < e for at, _ in found for s, e, *_ in spans), r["id"]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the request and responses and passes as JSON, the
    payment page's ``IMP.request_pay`` object), the numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h362.phone(row), h362.fax(row)
        if r["layout"] == "ecount_cust_json":
            (entry,) = json.loads(text)["CustList"]
            bulk = entry["BulkDatas"]
            assert bulk["TEL"] == tel and bulk["FAX"] == fax and bulk["ADDR"] == h362.address(row)
            assert bulk["CUST_NAME"] == f"{h362.station(row)} {h362.name(row)}"
            assert bulk["G_GUBUN"] == "01" and bulk["GUBUN"] == "11"
        elif r["layout"] == "cafe24_receivers_json":
            (got,) = json.loads(text)["receivers"]
            assert got["phone"] == tel and got["cellphone"] == "" and tel in got["shipping_message"]
            assert got["address1"] == h362.address(row) and re.fullmatch(r"\d{5}", got["zipcode"])
            assert got["address_full"].startswith(h362.address(row))
        elif r["layout"] == "portone_request_pay_html":
            assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
            body = re.search(r"IMP\.request_pay\(\{\n(.*?)\n      \}, function", text, re.S)
            assert body, r["id"]
            pairs = dict(
                re.fullmatch(r"\s*(\w+): (.*?),?", line).groups()
                for line in body.group(1).splitlines()
            )
            got = {k: json.loads(v) for k, v in pairs.items()}
            assert got["buyer_tel"] == tel and got["buyer_addr"] == h362.address(row)
            assert got["buyer_email"] == "" and isinstance(got["amount"], int)
            assert re.fullmatch(r"\d{5}", got["buyer_postcode"])
        else:
            ticket = json.loads(text)
            assert ticket["formatVersion"] == 1 and ticket["organizationName"] == h362.station(row)
            back = {f["key"]: f["value"] for f in ticket["eventTicket"]["backFields"]}
            assert back["phone"] == tel and back.get("fax", "") == fax
            assert tel in back["notes"] and back["address"] == h362.address(row)
            (code,) = ticket["barcodes"]
            assert code["format"] == "PKBarcodeFormatQR"
            assert code["message"] == ticket["serialNumber"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h362.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "umyunsang/KOSMOS"
    assert kr["commit"] == "f77638bc34288d125f83fd129467c48ef21ed08a"
    assert kr["path"].endswith("소방청_119안전센터 현황_20250701.csv")
    assert kr["encoding"] == "cp949"
    assert "not confirmed" in kr["licence"] and "소방청" in kr["publisher"]
    rows = h362.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h362, "held_out_362", tmp_path)
