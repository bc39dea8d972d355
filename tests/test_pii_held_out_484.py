"""held_out_484 of the PII evaluation set (scripts/pii_held_out_484.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real lines or
mailbox, unchanged, each copy labelled, the area code never; the point's name, postcode and
municipality are in the text and unlabelled) and are rebuilt byte for byte from the committed
data; the extractor's rules hold on its rows. No recognizer runs here: the part is scored from
its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import br_penhas_pontos_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_484 as h484  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the point's identifiers, in every layout
IDENTIFIERS = ("nome", "cep", "municipio")
# copies of each value a record of each layout writes: (telefone1, telefone 2, e-mail)
COPIES = {
    "penhas_ponto_apoio": (1, 1, 0),
    "intelipost_pedido": (1, 1, 1),
    "supabase_webhook": (2, 2, 2),
    "metabase_resultado": (1, 1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h484.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h484.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h484.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h484.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h484.LAYOUTS}
    # the pipeline's langid reads the English keys of the Intelipost and Metabase documents
    assert Counter((r["layout"], r["language"]) for r in records) == {
        ("penhas_ponto_apoio", "pt"): 75, ("intelipost_pedido", "en"): 75,
        ("supabase_webhook", "pt"): 75, ("metabase_resultado", "en"): 75,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The first line, the second (where it is a line of its own) and the mailbox (where the
    point has one, and the layout writes it) are labelled wherever they stand, each whole,
    the lines under their columns; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, tel2, mail = h484.phone(row), h484.phone2(row), h484.email(row)
        n_tel, n_tel2, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "national:telefone1"): n_tel})
        assert len(re.findall(rf"(?<!\d){re.escape(tel)}(?!\d)", text)) == n_tel, r["id"]
        if tel2:
            expected[(tel2, "PHONE_NUMBER", "national:telefone 2")] = n_tel2
            assert len(re.findall(rf"(?<!\d){re.escape(tel2)}(?!\d)", text)) == n_tel2
        if mail and n_mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h484.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefone1": 375, "national:telefone 2": 103, "register": 171}


def test_the_area_code_is_never_labelled(records):
    """Where a layout writes the area code before a line, ``(68) 32214799``, only the line is
    labelled."""
    for r in records:
        for s, _, t, _ in r["spans"]:
            if t == "PHONE_NUMBER" and r["text"][s - 1] == " " and r["text"][s - 2] == ")":
                assert r["text"][s - 5 : s - 2] == f"({h484.ddd(_row(r))}"[:3], r["id"]


def test_the_data_keeps_the_published_shape():
    """Every kept first line is digits only (seven to eleven), a number a person could hold,
    no two alike with their area code; the area codes are two digits or empty (a 0800 line);
    no row is marked for removal; the fields are strings as the survey gives them."""
    rows = h484.data()["rows"]
    tels = [h484.phone(row) for row in rows]
    assert all(re.fullmatch(r"\d{7,11}", tel) for tel in tels)
    assert all(personal_phone(tel, "BR") for tel in tels)
    keys = {h484.ddd(row) + h484.phone(row) for row in rows}
    assert len(keys) == 300
    assert all(re.fullmatch(r"\d\d|", h484.ddd(row)) for row in rows)
    assert not any(row["fields"]["natureza"].strip() == "tirar" for row in rows)
    # one second line of seven digits or more is the first again, not written as a second
    assert sum(bool(h484.phone2(row)) for row in rows) == 80
    assert sum(bool(h484.email(row)) for row in rows) == 164
    assert all(row["fields"]["e-mail"].strip() in ("", h484.email(row)) for row in rows), (
        "every e-mail field is one address or none"
    )
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_no_number_of_an_earlier_brazilian_part_is_taken_again():
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "55")
    for row in h484.data()["rows"]:
        assert not extractor._numbers(row["fields"], extractor.PHONE) & earlier, row["path"]
        assert not extractor._numbers(row["fields"], extractor.PHONE2) & earlier, row["path"]


def test_the_extractor_keeps_and_drops_rows_by_its_rules():
    """A row with a line of seven digits is kept; one of three digits (``180``), one marked
    ``tirar`` and a second row with the same area code and line are not."""
    base = {"ddd": "68", "telefone1": "32214799", "telefone 2": "", "natureza": "público"}
    assert len(extractor.digits_of(base["telefone1"])) >= 7
    assert extractor._numbers(base, "telefone1") == {"32214799", "6832214799"}
    assert extractor._numbers({**base, "telefone1": ""}, "telefone1") == set()
    short = {**base, "telefone1": "180"}
    assert len(extractor.digits_of(short["telefone1"])) < 7


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The point's name, postcode and municipality stand in every record's text, outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = json.dumps(h484._f(_row(r), column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _nfe_key_right(key: str) -> bool:
    total = sum(int(d) * (2 + i % 8) for i, d in enumerate(reversed(key[:-1])))
    rest = total % 11
    return key[-1] == str(0 if rest < 2 else 11 - rest)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them, the invented
    NF-e keys 44 digits with their check digit right."""
    for r in records:
        row = _row(r)
        tel, tel2, mail, name = (
            h484.phone(row),
            h484.phone2(row),
            h484.email(row),
            row["fields"]["nome"],
        )
        doc = json.loads(r["text"])
        if r["layout"] == "penhas_ponto_apoio":
            point = doc["ponto_apoio"]
            assert doc["avaliacao_maxima"] == "5" and point["nome"] == name
            assert str(point["telefone1"]) == tel
            assert str(point["telefone2"] or "") == tel2
            assert point["cep"] == row["fields"]["cep"]
            assert set(point["categoria"]) == {"id", "cor", "nome"}
            assert point["observacao"] is None and point["descricao"] is None
        elif r["layout"] == "intelipost_pedido":
            customer = doc["end_customer"]
            assert customer["first_name"] == name and customer["is_company"] is True
            assert customer["phone"] == h484.spoken(row, tel)
            assert customer["phone"].endswith(tel)
            assert customer["cellphone"] == h484.spoken(row, tel2)
            assert customer["email"] == mail
            invoice = doc["shipment_order_volume_array"][0]["shipment_order_volume_invoice"]
            assert re.fullmatch(r"\d{44}", invoice["invoice_key"])
            assert _nfe_key_right(invoice["invoice_key"])
        elif r["layout"] == "supabase_webhook":
            assert doc["type"] == "UPDATE" and doc["schema"] == "public"
            assert doc["table"] == "pontos_apoio"
            for rec in (doc["record"], doc["old_record"]):
                assert rec["telefone1"] == tel and (rec["telefone2"] or "") == tel2
                assert (rec["email"] or "") == mail and rec["nome"] == name
            assert doc["record"]["verificado"] and not doc["old_record"]["verificado"]
        else:
            assert doc["status"] == "completed" and doc["row_count"] == 1
            names = [c["name"] for c in doc["data"]["cols"]]
            values = dict(zip(names, doc["data"]["rows"][0], strict=True))
            assert values["telefone1"] == tel and (values["telefone2"] or "") == tel2
            assert (values["email"] or "") == mail and values["nome"] == name
            assert doc["data"]["native_form"]["query"].endswith(f"WHERE p.id = {values['id']}")


def test_provenance():
    sources = h484.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "institutoazmina/penhas-backend"
    assert br["commit"] == "106e35c404ebba469b1919722bce72cb1bac9e26"
    assert br["paths"] == ["lost-and-found/2022.mapeamento.pontoapoio.csv"]
    assert "not confirmed" in br["licence"] and br["publisher"]
    rows = h484.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h484, "held_out_484", tmp_path)
