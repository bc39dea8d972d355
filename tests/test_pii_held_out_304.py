"""held_out_304 of the PII evaluation set (scripts/pii_held_out_304.py): its committed records
keep the generator's invariants (every labelled phone is the row's real line or fax, copied
unchanged, each copy labelled, the area code never; every labelled address is the row's kept
mailbox; the names, CNPJ and CVM code are in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_304 as h304  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the company's identifiers, in every layout
IDENTIFIERS = ("DENOM_SOCIAL", "CD_CVM")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h304.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h304.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h304.data()["rows"]) == 320
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h304.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "serpro_cnpj": 80, "pagarme_customer": 80, "iugu_customer": 80, "pagbank_order": 80,
    }  # fmt: skip


def test_every_copy_of_the_numbers_and_the_mailbox_is_labelled_unchanged(records):
    """The line is labelled as often as the layout writes it, the fax once where written, the
    mailbox as often as the layout writes it where kept; nothing else is labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h304.phone(row), h304.fax(row), h304.email(row)
        assert personal_phone(tel, "BR") and (not fax or personal_phone(fax, "BR"))
        expected = Counter({(tel, h304.PHONE): h304.COPIES[r["layout"]]})
        if fax:
            expected[(fax, h304.FAX)] = 1
        got = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert got == expected, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert mails == ([mail] * h304.EMAIL_COPIES[r["layout"]] if mail else []), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_the_area_code_is_never_labelled(records):
    """Each labelled number is the register's line alone: the area code stands apart."""
    for r in records:
        for s, e, t, _ in r["spans"]:
            if t == "PHONE_NUMBER":
                assert re.fullmatch(r"\d{7,9}", r["text"][s:e]), r["id"]
                assert not r["text"][s - 1].isdigit() and not r["text"][e].isdigit()


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h304.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:TEL": 560, "national:FAX": 188, "register": 281}


def test_the_data_keeps_the_published_shape():
    """Every kept row is an active registration with a line of seven to nine digits, its
    officer's columns left out, its mailbox a desk's or emptied; the area codes as published,
    some with a trunk zero."""
    rows = h304.data()["rows"]
    for row in rows:
        f = row["fields"]
        assert f["SIT"] == "ATIVO" and re.fullmatch(r"\d{7,9}", f["TEL"])
        assert f["PAIS"] in ("BRASIL", "")
        assert not any(k.endswith("_RESP") or k in ("RESP", "TP_RESP") for k in f)
        assert not f["EMAIL"] or re.fullmatch(r"[\w.-]+@[\w.-]+\.[a-z]{2,}", f["EMAIL"])
    assert Counter(len(row["fields"]["TEL"]) for row in rows) == {8: 314, 7: 4, 9: 2}
    assert sum(bool(h304.fax(row)) for row in rows) == 188
    assert sum(bool(h304.email(row)) for row in rows) == 224
    assert sum(h304.ddd(row).startswith("0") for row in rows) == 20


def _doc(record: dict) -> dict:
    return json.loads(record["text"])


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The legal name and the CVM code stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = json.dumps(h304._f(_row(r), column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            if column == "CD_CVM" and r["layout"] in ("serpro_cnpj", "pagbank_order"):
                continue
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_the_documents_are_well_formed(records):
    """Each document is JSON in its API's shape, the row's numbers where the API puts them."""
    for r in records:
        row, doc = _row(r), _doc(r)
        tel, ddd, fax = h304.phone(row), h304.ddd(row), h304.fax(row)
        if r["layout"] == "serpro_cnpj":
            assert doc["ni"] == h304.cnpj_digits(row) and len(doc["ni"]) == 14
            assert doc["telefones"][0] == {"ddd": ddd, "numero": tel}
            assert len(doc["telefones"]) == (2 if fax else 1)
            assert doc["correioEletronico"] == h304.email(row)
        elif r["layout"] == "pagarme_customer":
            assert doc["id"].startswith("cus_") and doc["document_type"] == "CNPJ"
            home = doc["phones"]["home_phone"]
            assert home == {"country_code": "55", "number": tel, "area_code": ddd}
            assert doc["metadata"]["observacao"].endswith(f"({ddd}) {tel}.")
            assert doc["email"] == (h304.email(row) or None)
        elif r["layout"] == "iugu_customer":
            assert re.fullmatch(r"[0-9A-F]{32}", doc["id"])
            assert doc["phone"] == tel and doc["phone_prefix"] == ddd
            assert f"Telefone da sede: {tel} (DDD {ddd})." in doc["notes"]
            assert doc["cpf_cnpj"] == h304._f(row, "CNPJ_CIA")
        else:
            phones = doc["customer"]["phones"]
            assert phones[0] == {"country": "55", "area": ddd, "number": tel, "type": "BUSINESS"}
            charge = doc["charges"][0]
            assert charge["payment_method"]["type"] == "BOLETO"
            assert charge["amount"]["value"] == doc["items"][0]["unit_amount"]
            lines = charge["payment_method"]["boleto"]["instruction_lines"]
            assert lines["line_2"].endswith(f"({ddd}) {tel}")


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h304.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "enok/flowpredict"
    assert br["commit"] == "7669819928bf0c690efc027a50296bda0fa0e8c3"
    assert br["paths"] == ["cad_cia_aberta.csv"]
    assert "not confirmed" in br["licence"] and br["publisher"]
    rows = h304.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 320}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h304, "held_out_304", tmp_path)
