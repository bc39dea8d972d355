"""held_out_233 of the PII evaluation set (scripts/pii_held_out_233.py): its committed records
keep the generator's invariants (every labelled phone is the row's real line or fax, copied
unchanged, each copy labelled, the area code in a field of its own and never labelled; every
labelled address the row's kept e-mail field; the names, CNPJ and registration number are in
the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import br_ans_operadoras_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_233 as h233  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/levinsousa+relacao-operadoras-ativas-ans/repo")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h233.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h233.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h233.data()["rows"]) == 360
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h233.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:BR"
    assert Counter(r["layout"] for r in records) == {layout: 90 for layout in h233.LAYOUTS}


def test_every_copy_of_the_numbers_and_the_address_is_labelled_unchanged(records):
    """The line is labelled as often as its layout writes it, the fax once (under
    ``Telefone`` where it repeats the line), the kept address once; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h233.phone(row), h233.fax(row), h233.email(row)
        expected: Counter = Counter({(tel, h233.PHONE): h233.COPIES[r["layout"]]})
        if fax:
            expected[(fax, h233.PHONE if fax == tel else h233.FAX)] += 1
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert mails == ([mail] if mail else []), r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h233.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Telefone": 519, "national:Fax": 162, "register": 142}


def test_the_data_keeps_the_published_shape():
    """Every kept line is eight or nine digits, the area code two digits or none, the
    representative's columns gone, every kept address a desk's; 142 addresses kept."""
    rows = h233.data()["rows"]
    for row in rows:
        fields = row["fields"]
        assert re.fullmatch(r"\d{8,9}", fields["Telefone"])
        assert re.fullmatch(r"(\d{2})?", fields["DDD"])
        assert not set(extractor.PERSON) & set(fields)
        assert all(isinstance(v, str) for v in fields.values())
        if h233.EMAIL in fields:
            assert extractor.desk_email(fields)
    assert sum(h233.EMAIL in row["fields"] for row in rows) == 142
    assert Counter(len(h233.phone(row)) for row in rows) == {8: 334, 9: 26}
    assert sum(bool(h233.fax(row)) for row in rows) == 231


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or as it stands)."""
    if layout in ("omie_cliente", "open_finance_business"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "receita_estabelecimento":
        return value.replace('"', '""')
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The legal name (but in the Receita's row, which has none), CNPJ and postcode stand in
    every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        columns = ["CNPJ", "CEP"] + (
            [] if r["layout"] == "receita_estabelecimento" else ["Razão Social"]
        )
        for column in columns:
            value = _encoded(r["layout"], h233._f(row, column))
            if column == "CNPJ" and r["layout"] == "omie_cliente":
                value = h233._cnpj_mask(value)
            if column == "CNPJ" and r["layout"] == "receita_estabelecimento":
                value = value[:8]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), (
                r["id"],
                column,
            )


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the Receita's row by the csv module, JSON by the
    standard library, the ADVPL source read by its fixed shape), the row's numbers where the
    format puts them, the area code beside them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, area = h233.phone(row), h233.fax(row), h233.email(row), h233.ddd(row)
        if r["layout"] == "receita_estabelecimento":
            (fields,) = list(csv.reader(io.StringIO(text), delimiter=";"))
            assert len(fields) == 30
            assert "".join(fields[:3]) == h233._f(row, "CNPJ")
            assert fields[21:23] == [area, tel] and fields[23:25] == ["", ""]
            assert fields[25:27] == ([area, fax] if fax else ["", ""])
            assert fields[27] == mail
        elif r["layout"] == "omie_cliente":
            doc = json.loads(text)
            assert doc["call"] == "IncluirCliente" and re.fullmatch(r"\d{12}", doc["app_key"])
            (client,) = doc["param"]
            assert (client["telefone1_ddd"], client["telefone1_numero"]) == (area, tel)
            assert (client.get("fax_ddd"), client.get("fax_numero")) == (
                (area, fax) if fax else (None, None)
            )
            assert client.get("email", "") == mail
            assert client["observacao"].count(tel) == 1
        elif r["layout"] == "open_finance_business":
            doc = json.loads(text)
            (customer,) = doc["data"]
            phones = customer["contacts"]["phones"]
            assert (phones[0]["areaCode"], phones[0]["number"]) == (area, tel)
            assert phones[0]["isMain"] and phones[0]["countryCallingCode"] == "55"
            if fax:
                assert phones[1]["type"] == "OUTRO" and phones[1]["number"] == fax
            assert len(phones) == 1 + bool(fax)
            assert [e["email"] for e in customer["contacts"]["emails"]] == ([mail] if mail else [])
            assert customer["document"]["businesscnpjNumber"] == h233._f(row, "CNPJ")
            assert doc["meta"]["totalRecords"] == 1
        else:
            assert text.startswith('#Include "Protheus.ch"\n')
            pairs = dict(re.findall(r'\{"(A1_\w+)",\s+["\'](.*?)["\'], Nil\}', text))
            assert pairs["A1_DDD"] == area and pairs["A1_TEL"] == tel
            assert pairs.get("A1_FAX", "") == fax and pairs.get("A1_EMAIL", "") == mail
            assert pairs["A1_CGC"] == h233._f(row, "CNPJ")
            assert "MSExecAuto({|x, y| MATA030(x, y)}, aVetor, 3)" in text


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h233.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "levinsousa/relacao-operadoras-ativas-ans"
    assert br["commit"] == "2bf932e8b2c26451cee30ee862ebde15677bfa15"
    assert br["paths"] == ["Relatorio_cadop.csv"]
    assert "not confirmed" in br["licence"] and br["publisher"]


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"BR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h233, "held_out_233", tmp_path)
