"""held_out_156 of the PII evaluation set (scripts/pii_held_out_156.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
fields, copied unchanged, each copy labelled; every labelled address is the row's kept office
address; the name and CNS code are in the text and unlabelled) and are rebuilt byte for byte from
the committed data. No recognizer runs here: the part is scored from its committed file."""

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

import br_cnj_cartorios_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_156 as h156  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

NFE = "{http://www.portalfiscal.inf.br/nfe}"
XFDF = "{http://ns.adobe.com/xfdf/}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h156.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h156.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h156.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h156.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "nfe_xml": 100, "xfdf_form": 100, "contentful_entry": 100, "google_forms_response": 100,
    }  # fmt: skip


def test_every_copy_of_the_numbers_and_the_address_is_labelled_unchanged(records):
    """The main number is written as often as its layout says, the second number, the fax and
    the address once each where the row has them; each copy is labelled under its column, and
    nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = Counter()
        main = h156.phone(row)
        assert text.count(main) == h156.COPIES[r["layout"]], r["id"]
        expected[(main, h156.PHONE)] += h156.COPIES[r["layout"]]
        for value, column in ((h156.phone_2(row), h156.PHONE_2), (h156.fax(row), h156.FAX)):
            if value:
                assert len(re.findall(rf"(?<!\d){value}(?!\d)", text)) == 1, (r["id"], value)
                assert personal_phone(value, "BR")
                expected[(value, column)] += 1
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == ([h156.email(row)] if h156.email(row) else []), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_the_counts_of_labelled_values(records):
    kinds = Counter(kind for r in records for *_, kind in r["spans"])
    assert kinds == {
        "national:num_telefone_serventia": 600,
        "national:num_telefone_serventia_2": 130,
        "national:NUM_FAX_SERVENTIA": 96,
        "register": 190,
    }


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is digits in one run (ten or eleven: the area code and the line);
    the faxes kept hold a number (no ``2147483647``, no ``0``); the dropped columns are gone;
    every kept address is an office's, by the extractor's rule."""
    rows = h156.data()["rows"]
    for row in rows:
        fields = row["fields"]
        assert re.fullmatch(r"\d{10,11}", fields[h156.PHONE])
        assert re.fullmatch(r"(\d{10,11})?", fields[h156.PHONE_2])
        if h156.FAX in fields:
            assert re.fullmatch(r"\d{8,11}", fields[h156.FAX])
            assert fields[h156.FAX] not in extractor.NO_FAX
        assert not set(fields) & extractor.DROPPED
        mail = fields.get(h156.EMAIL, "")
        if mail:
            local = mail.split("@")[0].lower()
            assert any(word in local for word in extractor.OFFICE), mail
            assert mail not in extractor.PERSONAL
    assert sum(h156.EMAIL in row["fields"] for row in rows) == 190


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout in ("nfe_xml", "xfdf_form"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The office's name and CNS code (the NF-e writes the CNPJ instead of the code) stand in
    every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        columns = ("DSC_DENOMINACAO_SERVENTIA", "NUM_CNPJ_SERVENTIA" if r["layout"] == "nfe_xml"
                   else "CNS")  # fmt: skip
        for column in columns:
            value = _encoded(r["layout"], h156._f(row, column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _xfdf_values(root: ET.Element) -> dict[str, str]:
    """The XFDF's fields by their full (dotted) names."""
    out = {}

    def walk(node: ET.Element, prefix: str) -> None:
        for field in node.findall(f"{XFDF}field"):
            full = f"{prefix}{field.get('name')}"
            if field.find(f"{XFDF}value") is not None:
                out[full] = field.findtext(f"{XFDF}value")
            walk(field, f"{full}.")

    walk(root.find(f"{XFDF}fields"), "")
    return out


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    numbers where the format puts them; the NF-e's access key has a right check digit."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h156.phone(row)
        if r["layout"] == "nfe_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{NFE}nfeProc" and root.get("versao") == "4.00"
            inf = root.find(f"{NFE}NFe/{NFE}infNFe")
            key = inf.get("Id")[3:]
            assert len(key) == 44 and h156._key_digit(key[:43]) == key[43]
            assert root.findtext(f"{NFE}protNFe/{NFE}infProt/{NFE}chNFe") == key
            dest = inf.find(f"{NFE}dest")
            assert dest.findtext(f"{NFE}enderDest/{NFE}fone") == tel
            assert dest.findtext(f"{NFE}xNome") == h156.name(row)
            assert (dest.findtext(f"{NFE}email") or "") == h156.email(row)
            assert re.search(
                rf"contato para entrega {tel}[;.]", inf.findtext(f"{NFE}infAdic/{NFE}infCpl")
            )
        elif r["layout"] == "xfdf_form":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{XFDF}xfdf"
            values = _xfdf_values(root)
            assert values["contato.telefone1"] == tel
            assert values.get("contato.telefone2", "") == h156.phone_2(row)
            assert values.get("contato.fax", "") == h156.fax(row)
            assert values.get("contato.email", "") == h156.email(row)
            assert values["serventia.denominacao"] == h156.name(row)
        elif r["layout"] == "contentful_entry":
            doc = json.loads(text)
            assert doc["sys"]["type"] == "Entry"
            assert doc["sys"]["contentType"]["sys"]["id"] == "cartorio"
            fields = {k: v["pt-BR"] for k, v in doc["fields"].items()}
            assert fields["telefone"] == tel and fields["nome"] == h156.name(row)
            assert fields.get("telefoneSecundario", "") == h156.phone_2(row)
            assert fields.get("fax", "") == h156.fax(row)
            assert fields["descricao"].endswith(f"pelo telefone {tel}.")
        else:
            doc = json.loads(text)
            (response,) = doc["responses"]
            answers = response["answers"]
            assert all(a["questionId"] == q for q, a in answers.items())
            given = [v["value"] for a in answers.values() for v in a["textAnswers"]["answers"]]
            assert tel in given and h156.name(row) in given
            assert all(x in given for x in (h156.phone_2(row), h156.fax(row)) if x)


def test_provenance():
    sources = h156.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "denilsonsa/cartorios-autorizados-apostila"
    assert br["commit"] == "e745c548f263e3c0324079a522444ec88d865f93"
    assert br["path"] == "cartorios-autorizados-apostila.csv"
    assert "not confirmed" in br["licence"] and br["publisher"]
    rows = h156.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h156, "held_out_156", tmp_path)
