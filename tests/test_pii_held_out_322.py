"""held_out_322 of the PII evaluation set (scripts/pii_held_out_322.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real telephone
field, copied unchanged, each copy labelled; the name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data, and the data from the
fetched mirror where it is on the machine. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html import escape as html_escape
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_rental_cars_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_322 as h322  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/yooobwoood+Streamlit_Rentcar_Analysis_FAQ/repo")
# how many copies of the telephone each layout writes
COPIES = {
    "gbfs_system_information": 1,
    "fleetio_vendor_json": 1,
    "portone_payment_html": 2,
    "samsara_address_json": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h322.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h322.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h322.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h322.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h322.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The telephone field is one number, labelled whole wherever the field stands, under its
    column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h322.phone(row)
        copies = COPIES[r["layout"]]
        assert text.count(tel) == copies, r["id"]
        assert numbers(tel) == [(0, len(tel))], r["id"]
        assert personal_phone(tel, "KR"), r["id"]
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == {(tel, h322.PHONE): copies}, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h322.international)
    assert kinds == {"national:전화번호": 500}


def test_the_data_keeps_the_published_shape():
    """400 businesses, each with one number as the providing office typed it, 400 distinct;
    every field a string as published, no representative's name, no e-mail address."""
    rows = h322.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h322.PHONE]
        assert value == value.strip()
        assert extractor.SHAPE.fullmatch(value), value
        assert not extractor.ODD.fullmatch(value), value
        assert extractor.PERSON not in row["fields"]
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {
        "999-999-9999": 309, "99-999-9999": 30, "99-9999-9999": 23, "9999-9999": 22,
        "999-9999-9999": 16,
    }  # fmt: skip
    assert len({h322.phone(row) for row in rows}) == 400
    assert Counter(row["fields"]["사업장구분"] for row in rows) == {"주사업장": 253, "영업소": 147}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (HTML text, or within a JSON string)."""
    if layout == "portone_payment_html":
        return html_escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, and the road (or lot-number) address where the layout carries one, stand in
    every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        values = [h322.name(row)]
        if r["layout"] != "gbfs_system_information":
            values.append(h322.address(row))
        for value in values:
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the JSON ones as JSON, the page by its parts), the
    row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h322.phone(row), h322.name(row)
        lat, lng = (float(v) for v in h322.coordinates(row))
        if r["layout"] == "gbfs_system_information":
            feed = json.loads(text)
            assert feed["version"] == "2.3" and isinstance(feed["last_updated"], int)
            system = feed["data"]
            assert system["phone_number"] == tel and system["name"] == name
            assert system["language"] == "ko" and system["timezone"] == "Asia/Seoul"
            assert re.fullmatch(r"kr-rent-\d{7}-\d{4}", system["system_id"])
        elif r["layout"] == "fleetio_vendor_json":
            vendor = json.loads(text)
            assert vendor["phone"] == tel and vendor["name"] == name
            assert vendor["street_address"] == h322.address(row)
            assert (vendor["latitude"], vendor["longitude"]) == (lat, lng)
            assert vendor["vehicle"] is True and vendor["contact_name"] is None
        elif r["layout"] == "portone_payment_html":
            assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
            assert '<script src="https://cdn.portone.io/v2/browser-sdk.js"></script>' in text
            assert "PortOne.requestPayment({" in text
            assert f"      phoneNumber: {json.dumps(tel)}," in text
            assert f"<dt>연락처</dt><dd>{tel}</dd>" in text
            assert f"      fullName: {json.dumps(name, ensure_ascii=False)}," in text
        else:
            address = json.loads(text)["data"]
            assert address["name"] == name
            assert address["formattedAddress"] == h322.address(row)
            circle = address["geofence"]["circle"]
            assert (circle["latitude"], circle["longitude"]) == (lat, lng)
            assert address["addressTypes"] == ["yard"]
            assert address["notes"].endswith(f"문의 ☎ {tel}")
            assert address["createdAtTime"].endswith("Z")


def test_provenance():
    sources = h322.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "yooobwoood/Streamlit_Rentcar_Analysis_FAQ"
    assert kr["commit"] == "831301555f52c94876c0a7940f3fa6423a156b44"
    assert kr["path"] == "data/전국렌터카업체정보표준데이터.csv" and kr["encoding"] == "cp949"
    assert "not confirmed" in kr["licence"] and "전국렌터카업체정보표준데이터" in kr["publisher"]
    rows = h322.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    # no e-mail address (one road address holds an ``@`` as a typo: ``대치@상가212호``)
    email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
    assert not any(email.search(v) for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h322, "held_out_322", tmp_path)
