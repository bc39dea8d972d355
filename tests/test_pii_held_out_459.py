"""held_out_459 of the PII evaluation set (scripts/pii_held_out_459.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real phone
field, unchanged, each copy labelled; the station's name, area code and locality are in the text
and unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules
(scripts/ar_santafe_policia_data.py) hold on the kept rows. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ar_santafe_policia_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_459 as h459  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the phone field a record of each layout writes
COPIES = {"mp_preferencia": 1, "shipday_pedido": 2, "optimoroute_pedido": 2, "google_tarea": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h459.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h459.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h459.data()["rows"]) == 129
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h459.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:AR"
    assert Counter(r["layout"] for r in records) == {
        "mp_preferencia": 33, "shipday_pedido": 32, "optimoroute_pedido": 32, "google_tarea": 32,
    }  # fmt: skip
    # the language as ``page_languages`` reads it: the APIs' English keys outweigh the Spanish
    # of the shorter documents
    assert Counter((r["layout"], r["language"]) for r in records) == {
        ("mp_preferencia", "en"): 33, ("shipday_pedido", "es"): 32,
        ("optimoroute_pedido", "es"): 16, ("optimoroute_pedido", "en"): 16,
        ("google_tarea", "en"): 25, ("google_tarea", "es"): 7,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of seven digits or more of the phone field is labelled on every copy of the
    field, under ``telefono``; nothing else is labelled and no distractor is (the short second
    lines and extensions, ``/ 2899``, are no number to ``numbers``)."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, copies = h459.phone(row), COPIES[r["layout"]]
        assert text.count(tel) == copies, r["id"]
        expected = Counter(
            {(n, "PHONE_NUMBER", "national:telefono"): copies for n in extractor.lines(tel)}
        )
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert all(personal_phone(text[s:e], "AR") for s, e, *_ in r["spans"])
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h459.international) == {"national:telefono": 219}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The station's name, its locality and its area code stand in every record's text (as the
    layout's JSON writes them), outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h459.station(row), h459.town(row), h459.area(row)):
            if not value:
                continue
            encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _cuit_right(value: str) -> bool:
    """Whether an invented CUIT of a legal person has its check digit right."""
    digits = [int(c) for c in value if c.isdigit()]
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    rest = 11 - sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
    return re.fullmatch(r"30-\d{8}-\d", value) is not None and digits[-1] == rest % 11


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON with the row's values where its format puts them: the area
    code and number apart in Mercado Pago's ``payer.phone``, the customer's number in Shipday's
    order, the location's phone in OptimoRoute's, the notes of a ``tasks#task``."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, code, name = h459.phone(row), h459.area(row), h459.station(row)
        if r["layout"] == "mp_preferencia":
            assert doc["payer"]["phone"] == {"area_code": code, "number": tel}
            assert doc["payer"]["name"] == name
            assert _cuit_right(doc["payer"]["identification"]["number"])
            assert all(i["currency_id"] == "ARS" and i["quantity"] >= 1 for i in doc["items"])
            assert doc["external_reference"] == doc["metadata"]["pedido"]
        elif r["layout"] == "shipday_pedido":
            assert doc["customerPhoneNumber"] == tel
            assert doc["customerName"].startswith(name)
            assert doc["deliveryInstruction"].endswith(f"teléfono {tel}.")
            total = sum(i["unitPrice"] * i["quantity"] for i in doc["orderItem"])
            assert doc["totalOrderCost"] == round(total + doc["deliveryFee"], 2)
        elif r["layout"] == "optimoroute_pedido":
            assert doc["operation"] == "SYNC" and doc["type"] == "D"
            assert doc["phone"] == tel and doc["location"]["locationName"] == name
            assert f"teléfono {tel}" in doc["notes"]
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", doc["date"])
        else:
            assert doc["kind"] == "tasks#task" and doc["status"] == "needsAction"
            assert f"Teléfono: {tel}" in doc["notes"].splitlines()
            assert doc["selfLink"].endswith(f"/tasks/{doc['id']}")
            assert name in doc["title"]


def test_the_data_keeps_the_extractors_rules():
    """Every kept phone field holds a number of seven digits or more, each written as one; no
    such number repeats within the part or is in an earlier Argentine part's data; the fields
    are the sheet's strings (a number cell as the integer it shows)."""
    rows = h459.data()["rows"]
    assert all(extractor.kept_phone(h459.phone(row)) for row in rows)
    found = [digits_of(n) for row in rows for n in extractor.lines(h459.phone(row))]
    assert len(found) == len(set(found))
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "54")
    assert not set(found) & earlier
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert all(re.fullmatch(r"\d{3,4}", h459.area(row)) for row in rows if h459.area(row))


def test_the_extractors_rules_on_a_few_cells():
    assert extractor.kept_phone("457-2837") and extractor.kept_phone("4906155")
    assert extractor.kept_phone("472-9535 / 463-6995")
    assert extractor.lines("472-9535 / 463-6995") == ["472-9535", "463-6995"]
    assert extractor.lines("457-2806 / 2899") == ["457-2806"]
    assert not extractor.kept_phone("494-044")  # a six-digit line
    assert not extractor.kept_phone("420008 / 420428")  # two six-digit lines
    assert not extractor.kept_phone("420-009  6364")  # a line and an extension read as one
    assert extractor.shown(342.0) == "342" and extractor.shown(" Zona Urbana ") == "Zona Urbana"


def test_provenance():
    sources = h459.data()["sources"]
    assert set(sources) == {"AR"}
    ar = sources["AR"]
    assert ar["repository"] == "nespinosaoimpa-wq/Adicionales-Santa-Fe"
    assert ar["commit"] == "043d6aba948226a5ba70f0faaff7391601fc10f7"
    assert ar["paths"] == ["telefonos dependencias policiales.xls"]
    assert "not confirmed" in ar["licence"] and ar["publisher"]
    assert Counter(r["country"] for r in h459.data()["rows"]) == {"AR": 129}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h459, "held_out_459", tmp_path)
