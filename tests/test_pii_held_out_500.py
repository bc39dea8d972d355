"""held_out_500 of the PII evaluation set (scripts/pii_held_out_500.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real number,
unchanged, each copy labelled; the bath's name, street and town are in the text and unlabelled)
and are rebuilt byte for byte from the committed data; the extractor keeps the rows its rules
name. No recognizer runs here: the part is scored from its committed file."""

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

import il_mikvaot_data  # noqa: E402 - the scripts folder's modules
import pii_held_out_500 as h500  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the bath's identifiers, in every layout
IDENTIFIERS = ("mikveName", "mikveCity", "mikveAddress")
# copies of the number a record of each layout writes
COPIES = {
    "green_invoice_document": 2,
    "cardcom_lowprofile": 1,
    "inforu_sms": 1,
    "powerlink_account": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h500.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h500.by_locale()[locale][n]


def _check_digit_right(number: str) -> bool:
    """Whether a nine-digit Israeli identity or corporation number's check digit is right."""
    total = 0
    for i, d in enumerate(int(c) for c in number):
        p = d * (1 + i % 2)
        total += p // 10 + p % 10
    return len(number) == 9 and total % 10 == 0


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h500.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h500.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:IL"
        assert r["language"] in {"he", "en"}
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h500.LAYOUTS}


def test_every_copy_of_the_number_is_labelled_unchanged(records):
    """The bath's number is labelled wherever it stands, whole, under its column; nothing else
    is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h500.phone(row)
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:mikvePhone"): COPIES[r["layout"]]}, r["id"]
        assert "@" not in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h500.international)
    assert kinds == {"national:mikvePhone": 375}


def test_the_data_keeps_the_published_shape():
    """Every kept number is a prefix and a line joined by a hyphen, a number a person could
    hold, no two alike; the attendant's name is not kept; the fields are strings as the file
    gives them."""
    rows = h500.data()["rows"]
    tels = [h500.phone(row) for row in rows]
    assert all(re.fullmatch(r"0\d{1,2}-\d{7}", tel) for tel in tels)
    assert all(personal_phone(tel, "IL") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 300
    assert Counter(tel.startswith("05") for tel in tels) == {True: 262, False: 38}
    assert all(set(row["fields"]) == {*IDENTIFIERS, *h500.HOUR_FIELDS, "accessability",
                                      "mikvePhone"} for row in rows)  # fmt: skip
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    earlier = earlier_numbers(il_mikvaot_data.DATA, il_mikvaot_data.EARLIER, "972")
    assert not {digits_of(tel) for tel in tels} & earlier


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "inforu_sms":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The bath's name, street and town stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h500._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, XML, an HTTP request with a JSON body), the
    row's values where the format puts them, the invented council numbers' check digits
    right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, town, street = h500.phone(row), h500.town(row), h500.street(row)
        if r["layout"] == "green_invoice_document":
            doc = json.loads(text)
            assert doc["type"] == 305 and doc["lang"] == "he" and doc["currency"] == "ILS"
            client = doc["client"]
            assert client["phone"] == tel and client["city"] == town
            assert client["address"] == street and client["add"] is False
            assert _check_digit_right(client["taxId"]) and client["taxId"].startswith("500")
            assert f"בטלפון {tel}." in doc["remarks"]
            assert 1 <= len(doc["income"]) <= 3
            assert doc["dueDate"] > doc["date"]
        elif r["layout"] == "cardcom_lowprofile":
            doc = json.loads(text)
            assert doc["Operation"] == "ChargeOnly" and doc["ISOCoinId"] == 1
            assert doc["UIDefinition"]["CardOwnerPhoneValue"] == tel
            (product,) = doc["Document"]["Products"]
            assert doc["Amount"] == round(product["UnitCost"] * product["Quantity"], 2)
            assert doc["Document"]["Name"] == f"{h500.title(row)}, {street}, {town}"
            assert doc["ReturnValue"] in doc["SuccessRedirectUrl"]
        elif r["layout"] == "inforu_sms":
            root = ET.fromstring(text)
            assert root.tag == "Inforu"
            assert root.find("Content").get("Type") == "sms"
            assert root.findtext("Recipients/PhoneNumber") == tel
            assert len(root.findtext("Settings/Sender")) <= 11
            message = root.findtext("Content/Message")
            assert message.startswith(f"המועצה הדתית {town}: ")
            assert tel not in message
        else:
            head, body = text.split("\n\n", 1)
            lines = head.split("\n")
            assert lines[0] == "POST /api/record/1 HTTP/1.1"
            assert "Host: secure.powerlink.co.il" in lines
            length = int(next(x for x in lines if x.startswith("Content-Length: ")).split()[1])
            assert length == len(body.rstrip("\n").encode("utf-8"))
            doc = json.loads(body)
            assert doc["telephone1"] == tel and doc["billingcity"] == town
            assert doc["billingstreet"] == street
            assert _check_digit_right(doc["idnumber"])


def test_the_extractor_keeps_the_rows_its_rules_name(monkeypatch):
    """A bath is kept where its number has seven digits or more, is not an earlier part's and
    is not a bath's kept before it; the attendant's name is dropped, the rest kept as
    published."""
    earlier = sorted(earlier_numbers(il_mikvaot_data.DATA, il_mikvaot_data.EARLIER, "972"))[0]
    phones = ("052-1111111", "0521111111", "123456", earlier, "08-6438422 ")
    baths = [
        {"mikveName": n, "mikveCity": "עיר", "mikvePhone": p, "responsibleWorker": "שם"}
        for n, p in zip("אבגדה", phones, strict=True)
    ]
    monkeypatch.setattr(il_mikvaot_data, "_git", lambda *a: json.dumps(baths).encode())
    rows = il_mikvaot_data.extract({"IL": Path("unused")})["rows"]
    assert [r["path"] for r in rows] == ["mikvaot.json#0", "mikvaot.json#4"]
    assert rows[0]["fields"] == {"mikveName": "א", "mikveCity": "עיר", "mikvePhone": "052-1111111"}
    assert rows[1]["fields"]["mikvePhone"] == "08-6438422 "


def test_provenance():
    sources = h500.data()["sources"]
    assert set(sources) == {"IL"}
    il = sources["IL"]
    assert il["repository"] == "Shaked1/tahara-calendar2"
    assert il["commit"] == "70020766d2f7c379c6081de066aa0ef05d820fbb"
    assert il["paths"] == ["mikvaot.json"]
    assert "not confirmed" in il["licence"] and il["publisher"]
    rows = h500.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IL": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h500, "held_out_500", tmp_path)
