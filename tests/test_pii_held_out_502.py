"""held_out_502 of the PII evaluation set (scripts/pii_held_out_502.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone
number or mailbox, unchanged, each copy labelled; the centre's name, postcode and town are in
the text and unlabelled) and are rebuilt byte for byte from the committed data; the extractor
keeps the lists' rows by its rules. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_502 as h502  # noqa: E402 - the scripts folder's modules
import pl_malopolska_seniors_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the centre's identifiers, in every layout
IDENTIFIERS = ("name", "postcode", "town")
# copies of the telephone field each layout writes, and whether it writes every address of
# the e-mail field (else the first only)
COPIES = {
    "allegro_checkout_form": (3, False),
    "apaczka_order_send": (1, False),
    "salesmanago_upsert": (1, False),
    "smsapi_contacts": (1, True),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h502.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h502.by_locale()[locale][n]


def _column(row: dict) -> str:
    return "telefon" if row["path"].startswith("raw_dane/utw") else "Telefon"


def _numbers(value: str) -> list[str]:
    """The numbers ``labelled_record`` labels in a telephone field."""
    return [value[s:e] for s, e in numbers(value)]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h502.data()["rows"]) == 104
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h502.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] in ("pl", "en")
    assert Counter(r["layout"] for r in records) == {layout: 26 for layout in h502.LAYOUTS}
    assert Counter(r["language"] for r in records) == {"en": 97, "pl": 7}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the telephone field is labelled wherever the field stands, and each
    address written wherever it stands; nothing else is labelled, no distractor is, and no '@'
    stands outside the addresses' copies."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mails = h502.phone(row), h502.email(row).split("; ")
        n_tel, every = COPIES[r["layout"]]
        written = mails if every else mails[:1]
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == len(written), r["id"]
        expected = Counter({(mail, "EMAIL_ADDRESS", "register"): 1 for mail in written})
        for number in _numbers(tel):
            expected[(number, "PHONE_NUMBER", f"national:{_column(row)}")] += n_tel
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(
        records, lambda v: v.startswith("+"), frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
    )
    assert kinds == {"national:Telefon": 117, "national:telefon": 62, "register": 106}


def test_the_data_keeps_the_published_shape():
    """Every kept field is one or more nine-digit numbers in the lists' groups joined by
    commas, each a number a person could hold, no number in two rows; the e-mail fields are
    addresses joined by '; '; the fields are strings as the tables give them."""
    rows = h502.data()["rows"]
    seen: set[str] = set()
    for row in rows:
        parts = extractor.numbers_of(h502.phone(row))
        assert all(extractor.NUMBER.fullmatch(p) for p in parts), row["path"]
        labelled = _numbers(h502.phone(row))
        assert labelled == parts and all(personal_phone(n, "PL") for n in labelled)
        digits = {re.sub(r"\D", "", n) for n in labelled}
        assert all(len(d) == 9 for d in digits) and not digits & seen, row["path"]
        seen |= digits
        assert extractor.MAILBOXES.fullmatch(h502.email(row)), row["path"]
    fields = [h502.phone(row) for row in rows]
    assert sum("," in f for f in fields) == 19 and sum("(" in f for f in fields) == 19
    assert sum("; " in h502.email(row) for row in rows) == 10
    kinds = Counter(h502._f(row, "kind") for row in rows)
    assert kinds == {"UTW": 42, "Klub Senior+": 41, "Dzienny Dom Senior+": 21}


def test_the_extractor_keeps_rows_by_its_rules():
    """Nine-digit numbers in the lists' groups and clean addresses are kept; an extension, a
    stray comma, a short number, a trailing blank or a line break in the e-mail field is not."""
    assert extractor.kept("33 432 27 23", "aks@opsandrychow.pl")
    assert extractor.kept("601 866 870, 18 206 67 74", "a@b.pl; c@d.pl")
    assert extractor.kept("(14) 68 496 60", "kultura@mok-brzesko.pl")
    assert extractor.kept("667-202-570", "utwdt@interia.pl")
    assert not extractor.kept("12 287 40 03 wew.202", "senior.kozlica@wp.pl")
    assert not extractor.kept("601-388-434,", "towarzystwokultury@gmail.com")
    assert not extractor.kept("32 642 84 67, 723 25 81", "senior@gmina-klucze.pl")
    assert not extractor.kept("14 611 67 76", "senior-brzeznica@gops-bochnia.pl ")
    assert not extractor.kept("18 448 42 40", "klubseniorawcieniawie@gmail.com\n")
    assert not extractor.kept("501225365", "edyta-trojanska@gdow.pl;")
    assert not extractor.kept("608-554-344", "")
    assert extractor.numbers_of("14 657 81 74, 696 182 753") == ["14 657 81 74", "696 182 753"]
    paths = [row["path"] for row in h502.data()["rows"]]
    assert len(set(paths)) == 104
    assert [p.split("#")[0] for p in paths] == [extractor.SENIOR_PLUS] * 62 + [extractor.UTW] * 42


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name, postcode and town stand in every record's text, outside the labels
    (in Apaczka's ``request`` string, JSON-escaped once more)."""
    for r in records:
        for role in IDENTIFIERS:
            value = json.dumps(h502._f(_row(r), role), ensure_ascii=False)[1:-1]
            if r["layout"] == "apaczka_order_send":
                value = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], role)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _nip_right(nip: str) -> bool:
    digits = [int(c) for c in nip]
    weights = (6, 5, 7, 2, 3, 4, 5, 6, 7)
    return (
        len(digits) == 10
        and sum(d * w for d, w in zip(digits[:9], weights, strict=True)) % 11 == digits[9]
    )


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON (Apaczka's ``request`` too), the row's values where its
    format puts them, the invented NIPs' check digits right."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail, name = h502.phone(row), h502.email(row), h502._f(row, "name")
        first = mail.split("; ")[0]
        if r["layout"] == "allegro_checkout_form":
            buyer, address = doc["buyer"], doc["delivery"]["address"]
            assert buyer["email"] == first and buyer["phoneNumber"] == tel
            assert buyer["companyName"] == address["companyName"] == name
            assert address["phoneNumber"] == tel and address["countryCode"] == "PL"
            assert address["zipCode"] == buyer["address"]["postCode"] == h502._f(row, "postcode")
            assert _nip_right(doc["invoice"]["address"]["company"]["taxId"])
            assert doc["messageToSeller"].endswith(f"dostawy: {tel}.")
            assert len(doc["lineItems"]) == 1 and doc["summary"]["totalToPay"]["currency"] == "PLN"
        elif r["layout"] == "apaczka_order_send":
            order = json.loads(doc["request"])["order"]
            receiver = order["address"]["receiver"]
            assert receiver["name"] == name and receiver["phone"] == tel
            assert receiver["email"] == first and receiver["country_code"] == "PL"
            assert receiver["postal_code"] == h502._f(row, "postcode")
            assert order["address"]["sender"]["phone"] == "" and len(order["shipment"]) == 1
            assert re.fullmatch(r"[0-9a-f]{64}", doc["signature"])
            assert re.fullmatch(r"\d{6}_\d{8}", doc["app_id"])
        elif r["layout"] == "salesmanago_upsert":
            contact = doc["contact"]
            assert contact["email"] == first and contact["phone"] == tel
            assert contact["company"] == name and contact["address"]["country"] == "PL"
            assert "owner" not in doc and len(doc["tags"]) == 2
            assert doc["requestTime"] % 1000 == 0
        else:
            assert doc["size"] == 1
            (contact,) = doc["collection"]
            assert contact["phone_number"] == tel and contact["email"] == mail
            assert contact["description"].startswith(name)
            assert contact["city"] == h502._f(row, "town")


def test_provenance():
    sources = h502.data()["sources"]
    assert set(sources) == {"PL"}
    pl = sources["PL"]
    assert pl["repository"] == "Kaczor4444/kompas-seniora"
    assert pl["commit"] == "8bf20dd12dbe585e74631c9300a0bbb8c4cf864b"
    assert pl["paths"] == [extractor.SENIOR_PLUS, extractor.UTW]
    assert "not confirmed" in pl["licence"] and pl["publisher"]
    rows = h502.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PL": 104}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h502, "held_out_502", tmp_path)
