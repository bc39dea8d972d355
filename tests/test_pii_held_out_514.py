"""held_out_514 of the PII evaluation set (scripts/pii_held_out_514.py): its committed records
keep the generator's invariants (every labelled value is a copy of a number of the row's real
contact field, unchanged, each copy labelled; the establishment's name, municipality and
department are in the text and unlabelled) and are rebuilt byte for byte from the committed
data; the extractor's rules hold on a few fields. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bo_establecimientos_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_514 as h514  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the establishment's identifiers, in every layout (as each layout writes them)
IDENTIFIERS = ("nombre_establecimiento", "municipio", "departamento")
PHONE = "numero_contacto"
# copies of the contact field each record of a layout writes
COPIES = {
    "chilexpress_order": 1,
    "tiendanube_customer": 3,
    "bsale_client": 1,
    "jumpseller_customer": 2,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h514.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h514.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h514.data()["rows"]) == 240
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h514.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:BO"
    assert Counter(r["layout"] for r in records) == {layout: 60 for layout in h514.LAYOUTS}


def test_every_copy_of_each_number_is_labelled_unchanged(records):
    """The contact field is written whole where the layout puts it, and each number in it is
    labelled on its own wherever it stands (the separator between two numbers is not); nothing
    else is labelled, no distractor is, no e-mail address is written."""
    for r in records:
        row, text = _row(r), r["text"]
        field, lines = h514.phone(row), h514.lines_of(row)
        assert lines and text.count(field) == COPIES[r["layout"]], r["id"]
        expected = Counter(
            {(line, "PHONE_NUMBER", "national:numero_contacto"): text.count(line) for line in lines}
        )
        assert all(text.count(line) == COPIES[r["layout"]] for line in lines), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert "@" not in text and not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h514.international)
    assert kinds == {"national:numero_contacto": sum(COPIES[r["layout"]] * len(
        h514.lines_of(_row(r))) for r in records)}  # fmt: skip
    assert sum(len(h514.lines_of(_row(r))) > 1 for r in records) == 15


def test_the_data_keeps_the_published_shape():
    """Every kept contact field is whole numbers of seven digits or more as the register writes
    them, each a number a person could hold, no number twice, none of the earlier Bolivian
    part's; the fields are strings as the table gives them and every column is kept."""
    rows = h514.data()["rows"]
    numbers = [line for row in rows for line in h514.lines_of(row)]
    assert len(numbers) == 255
    assert all(re.fullmatch(r"\d[\d -]*\d", n) for n in numbers)
    assert all(personal_phone(n, "BO") and len(re.sub(r"\D", "", n)) >= 7 for n in numbers)
    assert len({re.sub(r"\D", "", n) for n in numbers}) == 255
    assert not {re.sub(r"\D", "", n) for n in numbers} & extractor.earlier()
    assert Counter(re.sub(r"\d", "9", h514.phone(row)) for row in rows).most_common(1) == [
        ("99999999", 221)
    ]
    columns = {"id", "departamento", "municipio", "tipo", "nombre_establecimiento", PHONE}
    assert all(columns <= set(row["fields"]) for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractor_keeps_only_whole_numbers():
    """The establishments' fields are cut by the pharmacies' rule: a slash, two blanks or a
    hyphen before a number of its own; a short or odd number refuses the field."""
    cut = extractor.contact_numbers
    assert cut("68288725") == ["68288725"]
    assert cut("73889283- 6942930") == ["73889283", "6942930"]
    assert cut("26932081-72420586") == ["26932081", "72420586"]
    for refused in ("", " ", "328688", "62 - 0300"):
        assert cut(refused) == [], refused
    assert extractor.EARLIER == ("pii_bo_farmacias.json",)
    assert "6435254" in extractor.earlier()  # a pharmacy's line, held by held_out_491


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The establishment's name stands in every record's text as published; its municipality
    and department as published or in title case, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h514._f(_row(r), column)
            options = {json.dumps(value, ensure_ascii=False)[1:-1],
                       json.dumps(value.title(), ensure_ascii=False)[1:-1]}  # fmt: skip
            found = [m.start() for v in options for m in re.finditer(re.escape(v), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        field, name = h514.phone(row), h514.name(row)
        if r["layout"] == "chilexpress_order":
            assert set(doc) == {"header", "details"}
            assert re.fullmatch(r"\d{8}-[\dK]", doc["header"]["sellerRut"])
            (detail,) = doc["details"]
            (contact,) = detail["contacts"]
            assert contact == {"name": name, "phoneNumber": field, "mail": "", "contactType": "D"}
            assert detail["addresses"][0]["addressType"] == "DEST"
            assert 1 <= len(detail["packages"]) <= 2
        elif r["layout"] == "tiendanube_customer":
            assert doc["phone"] == doc["default_address"]["phone"] == field
            assert doc["name"] == name and doc["email"] is None
            assert doc["addresses"] == [doc["default_address"]]
            assert re.fullmatch(r"\d{10}", doc["identification"])
        elif r["layout"] == "bsale_client":
            assert doc["phone"] == field and doc["company"] == name and doc["email"] == ""
            assert doc["href"] == f"https://api.bsale.io/v1/clients/{doc['id']}.json"
            assert doc["activity"] == h514.kind(row)
        else:
            customer = doc["customer"]
            assert customer["shipping_address"]["phone"] == field
            assert customer["billing_address"]["phone"] == field
            assert customer["email"] is None and customer["phone"] is None
            assert customer["billing_address"]["company"] == name
            extra = {f["label"]: f["value"] for f in customer["customer_additional_fields"]}
            assert extra["Registro"] == h514._f(row, "id")


def test_provenance():
    sources = h514.data()["sources"]
    assert set(sources) == {"BO"}
    bo = sources["BO"]
    assert bo["repository"] == "mauforonda/unidos_contra_el_covid"
    assert bo["commit"] == "5612c7a614f30c164c1fb5dc41db4e7c6a9715e5"
    assert bo["paths"] == ["data/establecimientos.csv"]
    assert "not confirmed" in bo["licence"] and bo["publisher"]
    rows = h514.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BO": 240}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h514, "held_out_514", tmp_path)
