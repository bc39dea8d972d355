"""held_out_426 of the PII evaluation set (scripts/pii_held_out_426.py): its committed records
keep the generator's invariants (every labelled value is a number of the hotel's real contact
number field or an address of its real e-mail field, unchanged, each copy labelled; the hotel's
name, postcode and district are in the text and unlabelled), each document parses in its format,
and the part is rebuilt byte for byte from the committed data; the extractor's rules hold on the
kept rows. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_426 as h426  # noqa: E402 - the scripts folder's modules
import th_tat_phuket_hotels_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the number field and of each address a record of each layout writes
COPIES = {
    "rapid_content": (1, 0),
    "booking_contacts": (2, 2),
    "octo_supplier": (1, 1),
    "gbprimepay_qrcash": (2, 1),
}
# the hotel's identifiers each layout writes (a Booking.com contact names no property)
IDENTIFIERS = {
    "rapid_content": ("nameTh", "postalCode", "district"),
    "booking_contacts": ("postalCode", "district"),
    "octo_supplier": ("nameTh", "postalCode", "district"),
    "gbprimepay_qrcash": ("nameTh", "postalCode", "district"),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h426.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h426.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h426.data()["rows"]) == 177
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h426.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:TH"
    assert Counter(r["layout"] for r in records) == {
        "rapid_content": 45,
        "booking_contacts": 44,
        "octo_supplier": 44,
        "gbprimepay_qrcash": 44,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the number field is labelled wherever the field stands, under its column;
    each address of the e-mail field is labelled wherever it stands; nothing else is labelled
    and no number of the register is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, boxes = h426.phone(row), h426.mailboxes(row)
        n_tel, n_mail = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        expected: Counter = Counter()
        for s, e in numbers(tel):
            assert personal_phone(tel[s:e], "TH"), r["id"]
            kind = "international" if h426.international(tel[s:e]) else "national"
            expected[(tel[s:e], "PHONE_NUMBER", f"{kind}:contactMobilePhoneNo")] += n_tel
        for box in boxes:
            assert text.count(box) == n_mail, r["id"]
            if n_mail:
                expected[(box, "EMAIL_ADDRESS", "register")] = n_mail
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert text.count("@") == n_mail * len(boxes), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h426.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:contactMobilePhoneNo": 248,
        "international:contactMobilePhoneNo": 17,
        "register": 177,
    }


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (HTML text, or a JSON string)."""
    if layout == "gbprimepay_qrcash":
        return value.replace("&", "&amp;").replace("'", "&#x27;").replace('"', "&quot;")
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The hotel's Thai name (but in a Booking.com contact), postcode and district stand in
    every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS[r["layout"]]:
            value = _encoded(r["layout"], h426._f(_row(r), column))
            if not value and column != "nameTh":
                continue  # two hotels give no district and no postcode
            assert value, (r["id"], column)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Form(HTMLParser):
    """The hidden inputs of a page's form, its action and the cells of its table."""

    def __init__(self) -> None:
        super().__init__()
        self.action, self.hidden, self.cells, self._cell = "", {}, [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.action = a["action"]
        elif tag == "input" and a.get("type") == "hidden":
            self.hidden[a["name"]] = a["value"]
        elif tag == "td":
            self._cell = ""

    def handle_endtag(self, tag):
        if tag == "td":
            self.cells.append(self._cell)
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, HTML), the row's values where the format puts
    them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h426.phone(row), h426.email(row)
        if r["layout"] == "rapid_content":
            doc = json.loads(text)
            ((pid, prop),) = doc.items()
            assert prop["property_id"] == pid and prop["phone"] == tel
            assert prop["address"]["postal_code"] == row["fields"]["postalCode"]
            assert prop["address"]["country_code"] == "TH"
            assert prop["statistics"]["52"]["value"] == str(row["fields"]["numberOfRoom"] or 0)
            lon, lat = row["fields"]["location.coordinates"]
            assert prop["location"]["coordinates"] == {"latitude": lat, "longitude": lon}
        elif r["layout"] == "booking_contacts":
            doc = json.loads(text)
            assert not doc["errors"] and not doc["warnings"] and len(doc["meta"]["ruid"]) == 32
            contacts = doc["data"]["contacts"]
            assert [c["contact_profiles"][0]["type"] for c in contacts] == [
                "general",
                "reservations",
            ]
            for c in contacts:
                assert c["phones"] == [{"phone_number": tel, "phone_tech_type": "1"}]
                assert c["email"] == mail
            assert contacts[0]["address"]["postal_code"] == row["fields"]["postalCode"]
        elif r["layout"] == "octo_supplier":
            doc = json.loads(text)
            assert doc["contact"]["telephone"] == tel and doc["contact"]["email"] == mail
            assert doc["id"] in doc["endpoint"] or doc["id"][:8] in doc["endpoint"]
            assert doc["contact"]["address"].endswith(row["fields"]["postalCode"])
            assert doc["country"] == "TH"
        else:
            form = _Form()
            form.feed(text)
            assert form.action == "https://api.gbprimepay.com/v3/qrcode"
            assert form.hidden["customerTelephone"] == tel
            assert form.hidden["customerEmail"] == mail
            assert form.hidden["customerName"] == h426.name_th(row)
            assert re.fullmatch(r"\d+\.\d\d", form.hidden["amount"])
            assert form.hidden["merchantDefined1"] in form.cells
            assert tel in form.cells and h426.name_th(row) in form.cells


def test_the_extractor_keeps_its_rules():
    """Every kept row has a number of seven digits or more, none another kept row or an
    earlier Thai part holds; the fields are the seller's, without its images and room types."""
    rows = h426.data()["rows"]
    tels = [digits_of(r["fields"][extractor.PHONE]) for r in rows]
    assert all(len(t) >= 7 for t in tels) and len(set(tels)) == len(tels) == 177
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "66")
    assert not earlier & set(tels)
    for r in rows:
        assert not set(extractor.DROPPED) & set(r["fields"])
        assert r["fields"]["province"] == "ภูเก็ต"
        assert len(r["fields"]["location.coordinates"]) == 2
    assert [int(r["path"].rsplit("#", 1)[1]) for r in rows] == sorted(
        int(r["path"].rsplit("#", 1)[1]) for r in rows
    )
    seller = {"a": "x", "images": [], "rooms": [], "location": {"coordinates": [98.3, 7.9]}}
    assert extractor.flat(seller) == {"a": "x", "location.coordinates": [98.3, 7.9]}


def test_provenance():
    sources = h426.data()["sources"]
    assert set(sources) == {"TH"}
    th = sources["TH"]
    assert th["repository"] == "Chongsawad/hotel-search-app"
    assert th["commit"] == "75af6acdac215d781ae491d1c2903afb214ccd85"
    assert th["paths"] == ["phuket-hotels.json"]
    assert "not confirmed" in th["licence"] and "Tourism Authority of Thailand" in th["publisher"]
    assert Counter(r["country"] for r in h426.data()["rows"]) == {"TH": 177}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h426, "held_out_426", tmp_path)
