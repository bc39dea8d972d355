"""held_out_243 of the PII evaluation set (scripts/pii_held_out_243.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the store's address, district and city are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_243 as h243  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the store's identifiers, in every layout
IDENTIFIERS = ("Endereço", "Bairro", "Cidade")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h243.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h243.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h243.data()["rows"]) == 246
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h243.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "melhor_envio_cart": 62, "jadlog_pedido": 62, "asaas_customer": 61,
        "conta_azul_customer": 61,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h243.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "BR") else short)[(number, h243.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, lambda value: value.startswith("+"))
    assert kinds == {"national:Telefone": 492}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; 242 are the area code and
    nine digits joined by a hyphen, four written otherwise; 168 stores of RS, 59 of PR, 19 of
    SC; the fields are strings as the file gives them (43 cities with a trailing blank)."""
    rows = h243.data()["rows"]
    phones = [h243.phone(row) for row in rows]
    assert sum(bool(re.fullmatch(r"\d\d-9\d{8}", p)) for p in phones) == 242
    assert sorted(p for p in phones if not re.fullmatch(r"\d\d-9\d{8}", p)) == [
        "(51)998716788", "41 - 99278-7687", "51 - 996481178", "51- 996045327",
    ]  # fmt: skip
    assert Counter(row["fields"]["UF"] for row in rows) == {"RS": 168, "PR": 59, "SC": 19}
    assert sum(row["fields"]["Cidade"] != h243._f(row, "Cidade") for row in rows) == 43
    assert len(set(phones)) == len(phones)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The address, district and city stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = json.dumps(h243._f(_row(r), column), ensure_ascii=False)[1:-1]
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _cnpj_ok(cnpj: str) -> bool:
    digits = [int(c) for c in cnpj]
    for k, weights in ((12, (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)),
                       (13, (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2))):  # fmt: skip
        rest = sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
        if digits[k] != (0 if rest < 2 else 11 - rest):
            return False
    return True


def test_the_documents_are_well_formed(records):
    """Each document is JSON, the row's number where the service puts it and once more in its
    free text; the invented CNPJs carry right check digits, the NF-e keys 44 digits."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h243.phone(row), h243.store_name(row)
        if r["layout"] == "melhor_envio_cart":
            assert doc["from"]["phone"] == tel and doc["from"]["name"] == name
            assert doc["from"]["note"].endswith(tel) and "phone" not in doc["to"]
            assert _cnpj_ok(doc["from"]["company_document"])
            assert re.fullmatch(r"\d{44}", doc["options"]["invoice"]["key"])
        elif r["layout"] == "jadlog_pedido":
            assert doc["rem"]["cel"] == tel and doc["rem"]["fone"] == ""
            assert f" {tel} " in doc["obs"] and doc["des"]["cel"] == ""
            assert _cnpj_ok(doc["rem"]["cnpjCpf"]) and _cnpj_ok(doc["des"]["cnpjCpf"])
            assert re.fullmatch(r"\d{44}", doc["dfe"][0]["danfeCte"])
            assert doc["tpColeta"] == "K" and doc["rem"]["nome"] == name
        elif r["layout"] == "asaas_customer":
            assert doc["object"] == "customer" and re.fullmatch(r"cus_\d{12}", doc["id"])
            assert doc["mobilePhone"] == tel and doc["phone"] is None
            assert f" {tel}. " in doc["observations"] and _cnpj_ok(doc["cpfCnpj"])
            assert doc["externalReference"] == f"FILIAL-{h243._f(row, 'Filial')}"
        else:
            assert doc["mobile_phone"] == tel and doc["business_phone"] == ""
            assert f" {tel} " in doc["notes"] and _cnpj_ok(doc["document"])
            assert doc["address"]["street"] == h243._f(row, "Endereço")
            assert doc["person_type"] == "LEGAL"


def test_provenance():
    sources = h243.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "allanrsgomes/panvel-clinic"
    assert br["commit"] == "1088a3975d3b55eb027ade405683f647dc44383b"
    assert br["path"] == "pages/covid/filiais-15.js"
    assert "not confirmed" in br["licence"] and br["publisher"]
    rows = h243.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 246}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h243, "held_out_243", tmp_path)
