"""held_out_254 of the PII evaluation set (scripts/pii_held_out_254.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field
and every labelled e-mail address the row's real one, copied unchanged, each copy labelled; the
charity's name, number and postcode are in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

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

import pii_held_out_254 as h254  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the charity's identifiers, in every layout
IDENTIFIERS = ("charity_name", "registered_charity_number", "charity_contact_postcode")
V14 = "{http://www.parcelforce.net/ws/ship/v14}"
# how many times each layout writes the phone field and the e-mail address
PHONE_COPIES = {
    "ccew_charity_details": 1, "sage_contact": 2, "parcelforce_shipment": 2, "civicrm_api4": 2,
}  # fmt: skip
EMAIL_COPIES = {
    "ccew_charity_details": 1, "sage_contact": 2, "parcelforce_shipment": 1, "civicrm_api4": 1,
}  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h254.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h254.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h254.data()["rows"]) == 204
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h254.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ccew_charity_details": 51, "sage_contact": 51, "parcelforce_shipment": 51,
        "civicrm_api4": 51,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column, and each copy of the e-mail address as
    one; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value, mail = h254.phone(row), h254.email(row)
        copies = text.count(value)
        assert copies == PHONE_COPIES[r["layout"]], r["id"]
        assert text.count(mail) == EMAIL_COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "GB") else short)[(number, h254.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        emails = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == [mail] * EMAIL_COPIES[r["layout"]], r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h254.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:charity_contact_phone": 355,
        "international:charity_contact_phone": 2,
        "register": 255,
    }


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more that is no mobile; every
    kept e-mail address is a role mailbox outside the free-mail providers; the fields are the
    file's eleven columns, strings as it gives them."""
    rows = h254.data()["rows"]
    assert len(rows) == 204
    for row in rows:
        tel = h254.phone(row)
        digits = re.sub(r"\D", "", tel)
        assert len(digits) >= 6
        assert not re.sub(r"^(?:\+|00)44", "0", re.sub(r"[^\d+]", "", tel)).startswith("07")
        mail = h254.email(row)
        assert "@" in mail and not re.search(r"@(gmail|hotmail|btinternet|yahoo)\.", mail)
        assert len(row["fields"]) == 11
    shapes = Counter(re.sub(r"\d", "9", h254.phone(row)) for row in rows)
    assert shapes["99999999999"] == 170 and shapes["9999 999 9999"] == 25
    assert [h254.phone(row) for row in rows if h254.international(h254.phone(row))] == [
        "00441618348221"
    ]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON or PHP string, or XML text)."""
    if layout == "parcelforce_shipment":
        return escape(value)
    if layout == "civicrm_api4":
        return h254._php(value)[1:-1]
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, registered number and postcode stand in every record's text, outside the
    labels (a number may also stand inside a labelled address, ``charity1039283@...``)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h254._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library; the PHP call
    read by its fixed shape), the row's number and address where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h254.phone(row), h254.email(row), h254._f(row, "charity_name")
        if r["layout"] == "ccew_charity_details":
            doc = json.loads(text)
            assert doc["phone"] == tel and doc["email"] == mail and doc["charity_name"] == name
            assert doc["reg_charity_number"] == int(h254._f(row, "registered_charity_number"))
            assert doc["address_post_code"] == h254._f(row, "charity_contact_postcode")
        elif r["layout"] == "sage_contact":
            head, body = text.split("\n\n", 1)
            assert head.startswith("POST /accounts/v3.1/contacts HTTP/1.1\n")
            contact = json.loads(body)["contact"]
            assert contact["name"] == name and contact["contact_type_ids"] == ["CUSTOMER"]
            person = contact["main_contact_person"]
            assert person["telephone"] == tel and person["email"] == mail
            assert f"telephone {tel};" in contact["notes"] and contact["notes"].endswith(mail)
        elif r["layout"] == "parcelforce_shipment":
            root = ET.fromstring(text.encode("utf-8"))
            shipment = root.find(f".//{V14}CreateShipmentRequest/{V14}RequestedShipment")
            contact = shipment.find(f"{V14}RecipientContact")
            assert contact.findtext(f"{V14}Telephone") == tel
            assert contact.findtext(f"{V14}EmailAddress") == mail
            assert contact.findtext(f"{V14}BusinessName") == name
            assert shipment.findtext(f"{V14}SpecialInstructions1") == f"Ring {tel}"
        else:
            assert text.startswith("<?php\n") and text.endswith("]);\n")
            assert f"      'phone' => \"{tel}\",\n" in text
            assert f"      'email' => \"{mail}\",\n" in text
            assert re.search(rf"// \(.*\), office telephone {re.escape(tel)}\n", text)
            assert text.count("[") == text.count("]")


def test_provenance():
    sources = h254.data()["sources"]
    assert set(sources) == {"GB"}
    gb = sources["GB"]
    assert gb["repository"] == "traffordDataLab/open_data"
    assert gb["commit"] == "833c7deefcfc22e98010b80aeaad9590136de891"
    assert gb["paths"] == ["charities/charities_operating_in_trafford.csv"]
    assert "Open Government Licence" in gb["licence"] and gb["publisher"]
    rows = h254.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"GB": 204}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h254, "held_out_254", tmp_path)
