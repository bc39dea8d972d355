"""held_out_261 of the PII evaluation set (scripts/pii_held_out_261.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; every e-mail address of the row labelled on each copy; the
name and the CNM's number are in the text and unlabelled) and are rebuilt byte for byte from the
committed data, which is rebuilt from the fetched register where its mirror is present. No
recognizer runs here: the part is scored from its committed file."""

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

import br_ibram_museus_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_261 as h261  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/mapasculturais+theme-Museus/repo")
CTE = "{http://www.portalfiscal.inf.br/cte}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h261.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h261.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h261.data()["rows"]) == 240
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h261.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 60 for layout in h261.LAYOUTS}


def test_every_copy_of_the_phone_field_and_of_each_address_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; each e-mail address wherever it stands;
    nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h261.phone(row)
        copies = text.count(value)
        assert copies == h261.COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "BR") else short)[number] += copies
        labelled = Counter(text[s:e] for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER")
        assert labelled == expected, r["id"]
        assert {kind.split(":")[1] for _, _, t, kind in r["spans"] if t == "PHONE_NUMBER"} == {
            h261.PHONE
        }
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        addresses = h261.emails(row)
        got = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        want = Counter({a: text.count(a) for a in addresses})
        assert got == +want, r["id"]
        for i, a in enumerate(addresses):
            # a CT-e's ``dest`` has one ``email``: the field's first address
            first_only = r["layout"] == "cte_proc" and i > 0
            assert text.count(a) == (0 if first_only else h261.EMAIL_COPIES[r["layout"]]), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind_and_the_part_its_size(records):
    kinds = phone_kinds(records, h261.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Telefone": 777, "register": 109}
    assert not any(r["distractors"] for r in records)


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds numbers of seven digits or more only and no word but a
    desk's; every kept e-mail field names a desk or the museum; the fields are strings as the
    file gives them, the same columns in every row."""
    rows = h261.data()["rows"]
    assert all(list(row["fields"]) == list(extractor.COLUMNS) for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    for row in rows:
        assert extractor.desk_phone(row["fields"][h261.PHONE])
        tel = h261.phone(row)
        assert numbers(tel) and all(personal_phone(tel[s:e], "BR") for s, e in numbers(tel))
        if row["fields"][h261.EMAIL]:
            assert extractor.desk_email(row["fields"])
    assert sum(bool(row["fields"][h261.EMAIL]) for row in rows) == 71
    assert Counter(len(numbers(h261.phone(row))) for row in rows) == {
        1: 136, 2: 73, 3: 27, 4: 2, 5: 2,
    }  # fmt: skip
    # five with a trailing blank, kept as published; every field opens with a bracketed area code
    assert sum(row["fields"][h261.PHONE] != h261.phone(row) for row in rows) == 5
    assert all(re.match(r"\(\d\d\) ?\d", h261.phone(row)) for row in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or a CT-e's capitals as XML text)."""
    if layout == "cte_proc":
        return escape(h261._upper(value))
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name stands in every record's text, the CNM's number in the Tainacan items,
    outside the labels."""
    for r in records:
        row = _row(r)
        values = [h261._f(row, h261.NAME)]
        if r["layout"] == "tainacan_item":
            values.append(h261._f(row, "Número na Processada"))
        for value in values:
            encoded = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _cte_key_is_valid(key: str) -> bool:
    body, check = key[:43], key[43]
    rest = sum(int(c) * (2 + i % 8) for i, c in enumerate(reversed(body))) % 11
    return len(key) == 44 and check == str(0 if rest < 2 else 11 - rest)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's number and addresses where the format
    puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, mail = h261.phone(row), h261._f(row, h261.NAME), h261.emails(row)
        if r["layout"] == "tainacan_item":
            doc = json.loads(text)
            assert doc["title"] == name and doc["status"] == "publish"
            meta = doc["metadata"]
            assert {meta["telefone"][k] for k in ("value", "value_as_string")} == {tel}
            assert meta["nome-do-museu"]["value"] == name
            assert ("e-mail" in meta) == bool(mail)
            assert all(set(m) >= {"name", "value", "value_as_html", "id"} for m in meta.values())
        elif r["layout"] == "bling_contato":
            doc = json.loads(text)["data"]
            assert doc["telefone"] == tel and doc["nome"] == name and doc["tipo"] == "J"
            assert doc["email"] == doc["emailNotaFiscal"] == ", ".join(mail)
            assert re.fullmatch(r"\d{14}", doc["numeroDocumento"])
            assert doc["endereco"]["geral"]["cep"] == h261._f(row, "CEP Visitação")
        elif r["layout"] == "cte_proc":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{CTE}cteProc"
            inf = root.find(f"{CTE}CTe/{CTE}infCte")
            key = inf.get("Id")[3:]
            assert _cte_key_is_valid(key)
            assert root.findtext(f"{CTE}protCTe/{CTE}infProt/{CTE}chCTe") == key
            compl = inf.find(f"{CTE}compl")
            assert compl.findtext(f"{CTE}ObsCont/{CTE}xTexto") == tel
            assert f"pelo telefone {tel}." in compl.findtext(f"{CTE}xObs")
            dest = inf.find(f"{CTE}dest")
            assert dest.findtext(f"{CTE}xNome") == h261._upper(name)
            assert dest.find(f"{CTE}fone") is None
            assert dest.findtext(f"{CTE}email") == (mail[0] if mail else None)
            assert inf.findtext(f"{CTE}ide/{CTE}cMunFim") == dest.findtext(
                f"{CTE}enderDest/{CTE}cMun"
            )
        else:
            doc = json.loads(text)
            payer = doc["pagador"]
            assert payer["telefone"] == tel and payer["nome"] == name
            assert doc["mensagemBloquetoOcorrencia"].endswith(f"Agendamento com o museu: {tel}")
            assert doc["numeroTituloCliente"].startswith(f"000{doc['numeroConvenio']}")
            assert len(doc["numeroTituloCliente"]) == 20
            assert re.fullmatch(r"\d\d\.\d\d\.2024", doc["dataEmissao"])


def test_provenance():
    sources = h261.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "mapasculturais/theme-Museus"
    assert br["commit"] == "daf6e28b2f75d42cd3f56b01f212bd6aaf2e29cd"
    assert br["paths"] == ["museus.csv"]
    assert "not confirmed" in br["licence"] and br["publisher"]
    rows = h261.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 240}


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"BR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h261, "held_out_261", tmp_path)
