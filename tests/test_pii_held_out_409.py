"""held_out_409 of the PII evaluation set (scripts/pii_held_out_409.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone or
office mailbox, unchanged, each copy labelled; the home's name and postcode are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules hold on
a few rows. No recognizer runs here: the part is scored from its committed file."""

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

import de_berlin_heimaufsicht_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_409 as h409  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (telefon, e-mail)
COPIES = {
    "easybill_customer": (2, 1),
    "placetel_contact": (1, 1),
    "moco_company": (2, 1),
    "gigaset_directory": (1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h409.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h409.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h409.data()["rows"]) == 349
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h409.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:DE"
    # the pipeline's langid reads the formats' English keys and tags
    assert Counter(r["language"] for r in records) == {"en": 347, "de": 2}
    assert Counter(r["layout"] for r in records) == {
        "easybill_customer": 88,
        "placetel_contact": 87,
        "moco_company": 87,
        "gigaset_directory": 87,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone and the office mailbox (where the home has one) are labelled wherever
    they stand, each whole; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h409.phone(row), h409.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:telefon"): n_tel})
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h409.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefon": 524, "register": 73}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one Berlin number without its area code, a number a person
    could hold, no two alike; the mailboxes name an office; the fields are strings."""
    rows = h409.data()["rows"]
    tels = [h409.phone(row) for row in rows]
    assert all(re.fullmatch(r"\d[\d ]*\d(?: ?- ?\d+)?", tel) for tel in tels)
    assert all(not tel.startswith("0") for tel in tels)
    assert all(personal_phone(tel, "DE") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 349
    mails = [h409.email(row) for row in rows if h409.email(row)]
    assert len(mails) == 73 and all(extractor.office_mailbox(m) for m in mails)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert all(re.fullmatch(r"1[0-4]\d{3}", row["fields"]["plz"]) for row in rows)


def test_the_extractor_rules_on_a_few_values():
    """One number, an extension after a hyphen allowed, is taken as written (stripped);
    alternatives, a second number or a note are not; a Berlin number is matched against the
    earlier parts with its area code too."""
    assert extractor.one_number("46 40 06 - 0 ") == "46 40 06 - 0"
    assert extractor.one_number("7 71 09 40") == "7 71 09 40"
    assert extractor.one_number("9 62  49 - 700") == "9 62  49 - 700"
    assert extractor.one_number("80 40 97 60 / -62 / - 63") == ""
    assert extractor.one_number("9 99 99 99 / 9 99 99 99") == ""
    assert extractor.one_number("44 33 22 - 11 (Verw.)") == ""
    assert extractor.one_number("") == ""
    assert extractor.with_area_code("4640060") == {"4640060", "0304640060", "49304640060"}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "gigaset_directory":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The home's name and postcode stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (row["fields"]["name"], row["fields"]["plz"]):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h409.phone(row), h409.email(row), row["fields"]["name"]
        zipcode, street = row["fields"]["plz"], h409.street_line(row)
        if r["layout"] == "easybill_customer":
            doc = json.loads(text)
            assert doc["company_name"] == name and doc["salutation"] == 3
            assert doc["phone_1"] == tel and doc["emails"] == ([mail] if mail else [])
            assert doc["zip_code"] == zipcode and doc["street"] == street
            assert doc["country"] == "DE" and re.fullmatch(r"K\d{5}", doc["number"])
            assert doc["note"].endswith(f"Rückfragen unter {tel}.")
        elif r["layout"] == "placetel_contact":
            doc = json.loads(text)
            assert doc["company"] == name and doc["phone_work"] == tel
            assert doc["email_work"] == (mail or None)
            assert doc["address_work"] == f"{street}, {zipcode} Berlin"
            assert doc["phone"] is None and doc["blocked"] is False
        elif r["layout"] == "moco_company":
            doc = json.loads(text)
            assert doc["type"] == "customer" and doc["name"] == name
            assert doc["phone"] == tel and doc["email"] == mail
            assert doc["address"].split("\n") == [name, street, f"{zipcode} Berlin"]
            assert doc["info"].endswith(f"Zentrale: {tel}")
            assert doc["custom_properties"]["Heimaufsicht-Nr."] == row["fields"]["id"]
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "list" and root.get("response") == "get_list"
            assert root.get("type") == "pb" and root.get("total") == "1"
            (entry,) = root.findall("entry")
            assert entry.findtext("ln") == name and entry.findtext("hm") == tel
            assert (entry.findtext("em") or "") == mail
            assert entry.findtext("zc") == zipcode and entry.findtext("ct") == "Berlin"
            assert entry.findtext("nr") == row["fields"]["hnr"]


def test_provenance():
    sources = h409.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "tursics/kiez-karte"
    assert de["commit"] == "a0ae35aa597b2d78a7e53478a4cd7f32648cd9be"
    assert de["paths"] == ["rawdata/heimaufsicht-pruefberichte.json"]
    assert "not confirmed" in de["licence"] and de["publisher"]
    rows = h409.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DE": 349}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h409, "held_out_409", tmp_path)
