"""held_out_294 of the PII evaluation set (scripts/pii_held_out_294.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the hospital's name is in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_294 as h294  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h294.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h294.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h294.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h294.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "freshdesk_contact": 100, "chargebee_customer": 100, "instamojo_request": 100,
        "payu_form": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (twice a record),
    under its column; nothing else is, and no distractor is labelled as such."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h294.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected = Counter()
        for s, e in numbers(value):
            number = value[s:e]
            assert personal_phone(number, "IN"), r["id"]
            expected[(number, h294.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h294.international)
    assert kinds == {"national:mobile": 802}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; 398 are one ten-digit run,
    one has nine digits and one holds two numbers joined by ``, ``; all are centres of the
    ``Private PMJAY`` category; the contact person's name is not kept."""
    rows = h294.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h294.phone(row)) for row in rows)
    assert shapes == {"9999999999": 398, "999999999": 1, "9999999999, 9999999999": 1}
    for row in rows:
        assert row["fields"]["categoryname"] == "Private PMJAY"
        assert row["fields"]["mobile"] == h294.phone(row)
        assert "contact" not in row["fields"]
        assert h294.phone(row) not in row["fields"]["address"]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, HTML text, or shell text as is)."""
    if layout in ("freshdesk_contact", "chargebee_customer"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "payu_form":
        return escape(value)
    return value


def test_the_name_is_in_the_text_and_unlabelled(records):
    """The hospital's name stands in every record's text, outside the labels."""
    for r in records:
        value = _encoded(r["layout"], h294._f(_row(r), "name"))
        found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
        assert found, r["id"]
        assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Inputs(HTMLParser):
    """The ``name``/``value`` pairs of a page's hidden inputs and its form's action."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self.action = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.action = a["action"]
        if tag == "input" and a.get("type") == "hidden":
            self.fields[a["name"]] = a["value"]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, the PayU page by its
    HTML parser, the ``curl`` call by its fixed shape), the row's number where the format puts
    it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h294.phone(row), h294._f(row, "name")
        if r["layout"] == "freshdesk_contact":
            doc = json.loads(text)
            assert doc["mobile"] == tel and doc["name"] == name and doc["email"] is None
            assert doc["time_zone"] == "Chennai" and doc["description"].endswith(f"call {tel}.")
            assert doc["custom_fields"]["pin_code"] == (h294._f(row, "pincode") or None)
        elif r["layout"] == "chargebee_customer":
            customer = json.loads(text)["customer"]
            assert customer["object"] == "customer" and customer["company"] == name
            assert customer["phone"] == tel == customer["billing_address"]["phone"]
            assert customer["billing_address"]["country"] == "IN"
            assert customer["preferred_currency_code"] == "INR"
        elif r["layout"] == "instamojo_request":
            assert "curl https://www.instamojo.com/api/1.1/payment-requests/ \\\n" in text
            assert f"\n  --data 'phone={tel}' \\\n" in text
            assert f"; SMS link to {tel}\n" in text
            buyer = re.search(r"--data-urlencode 'buyer_name=(.*)' \\\n", text).group(1)
            assert buyer.replace("'\\''", "'") == name
        else:
            page = _Inputs()
            page.feed(text)
            assert page.action == "https://secure.payu.in/_payment"
            assert page.fields["phone"] == tel and page.fields["firstname"] == name
            assert re.fullmatch(r"[0-9a-f]{128}", page.fields["hash"])
            assert f"We will call {tel} before dispatch." in text


def test_provenance():
    sources = h294.data()["sources"]
    assert set(sources) == {"IN"}
    src = sources["IN"]
    assert src["repository"] == "datameet/covid-vaccination-centers"
    assert src["commit"] == "6846fa5ece9455cc6f989d5a4a689f81e5c6eb64"
    assert src["path"] == "data/raw.csv"
    assert "not confirmed" in src["licence"] and "Bhuvan" in src["publisher"]
    rows = h294.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IN": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h294, "held_out_294", tmp_path)
