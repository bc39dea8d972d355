"""held_out_474 of the PII evaluation set (scripts/pii_held_out_474.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real ``tel``,
unchanged, each copy labelled; the pharmacy's name, town and region are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules hold
on a few rows. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import cm_annuaire_gardes_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_474 as h474  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

IDENTIFIERS = ("nom", "ville", "region")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h474.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h474.by_locale()[locale][n]


def _body(record: dict) -> dict:
    """The record's JSON document (after the MoMo request's header lines)."""
    text = record["text"]
    if record["layout"] == "momo_requesttopay":
        head, text = text.split("\n\n", 1)
        assert head.startswith("X-Reference-Id: ")
        assert head.endswith("X-Target-Environment: mtncameroon")
    return json.loads(text)


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h474.data()["rows"]) == 125
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h474.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:CM"
    assert Counter(r["layout"] for r in records) == {
        "cinetpay_payment": 32,
        "momo_requesttopay": 31,
        "fedapay_transaction": 31,
        "paydunya_invoice": 31,
    }


def test_every_number_of_the_phone_field_is_labelled_unchanged(records):
    """The ``tel`` stands once in each record and each of its numbers is labelled; nothing
    else is labelled and no distractor is."""
    for r in records:
        tel, text = h474.phone(_row(r)), r["text"]
        assert text.count(tel) == 1, r["id"]
        numbers = [part.strip() for part in tel.split("/")]
        got = Counter(text[s:e] for s, e, *_ in r["spans"])
        assert got == Counter(numbers), r["id"]
        assert all(t == "PHONE_NUMBER" and k == "national:tel" for *_, t, k in r["spans"])
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text
    assert sum(len(r["spans"]) for r in records) == 127


def test_no_number_stands_unlabelled(records):
    """No group of digits shaped like a number of the list is left outside a label (the
    fallback entries' raw addresses, which hold numbers, are not written)."""
    for r in records:
        for m in re.finditer(r"\d{2,3} \d\d \d\d", r["text"]):
            assert any(s <= m.start() < e for s, e, *_ in r["spans"]), (r["id"], m.group())


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = json.dumps(h474._f(_row(r), column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_the_documents_are_well_formed(records):
    for r in records:
        row, doc = _row(r), _body(r)
        tel, name = h474.phone(row), row["fields"]["nom"]
        if r["layout"] == "cinetpay_payment":
            assert doc["currency"] == "XAF" and doc["customer_country"] == "CM"
            assert doc["description"].endswith(f"tél. {tel}") and name in doc["description"]
            assert re.fullmatch(r"[0-9a-f]{32}", doc["apikey"])
        elif r["layout"] == "momo_requesttopay":
            assert doc["currency"] == "XAF" and doc["payer"]["partyIdType"] == "ALIAS"
            assert doc["payeeNote"].endswith(f"Contact : {tel}")
        elif r["layout"] == "fedapay_transaction":
            assert doc["currency"] == {"iso": "XAF"}
            assert doc["description"].endswith(f"tél. {tel}")
            assert doc["custom_metadata"]["pharmacie"] == name
        else:
            assert doc["store"]["phone"] == tel and doc["store"]["name"] == name
            assert doc["invoice"]["total_amount"] == int(
                doc["invoice"]["items"]["item_0"]["total_price"]
            )


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_data_keeps_the_published_shape():
    """Every kept ``tel`` is one to three groups of nine digits, no two alike, none of them a
    number the earlier part of Cameroon holds, no name mangled."""
    rows = h474.data()["rows"]
    tels = [h474.phone(row) for row in rows]
    assert all(re.fullmatch(r"\d{3} \d\d \d\d \d\d( / \d{3} \d\d \d\d \d\d)*", t) for t in tels)
    assert len(set(tels)) == len(tels) == 125
    earlier = extractor.earlier_numbers()
    assert not any(extractor.digits_of(p) in earlier for t in tels for p in t.split("/"))
    assert not any(extractor.garbled(row["fields"]) for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractor_rules_on_a_few_rows():
    entries = [
        {"nom": "Pharmacie A", "tel": "222 04 85 38"},
        {"nom": "Pharmacie B", "tel": "222 04 85 38"},  # the same number again
        {"nom": "Pharmacie C", "tel": None},  # no number
        {"nom": "Pharmacie D Travail696 39 93", "tel": "699 11 22 33"},  # mangled name
        {"nom": "Pharmacie E", "tel": "672 87 87 33"},  # an earlier part holds it
        {"nom": "Pharmacie F", "tel": "699 68 59 35 / 677 63 98 26"},
    ]
    kept = extractor.keep(entries, {"672878733"})
    assert [i for i, _ in kept] == [0, 5]
    assert kept[1][1]["tel"] == "699 68 59 35 / 677 63 98 26"


def test_provenance():
    sources = h474.data()["sources"]
    assert set(sources) == {"CM"}
    cm = sources["CM"]
    assert cm["repository"] == "dascomsoft/pharmacam"
    assert cm["commit"] == "c6dcc34e79355d24e366fa25640b28d245c48212"
    assert cm["path"] == "public/data/gardes_du_jour.json"
    assert "not confirmed" in cm["licence"] and cm["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h474, "held_out_474", tmp_path)
