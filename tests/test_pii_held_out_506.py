"""held_out_506 of the PII evaluation set (scripts/pii_held_out_506.py): its committed records
keep the generator's invariants (every labelled value is a copy of one of the employer's real
numbers, unchanged, each copy labelled; the employer's name and address are in the text and
unlabelled; each invoice parses in its format) and are rebuilt byte for byte from the committed
data; the extractor's rules hold on the kept rows. No recognizer runs here: the part is scored
from its committed file."""

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

import pii_held_out_506 as h506  # noqa: E402 - the scripts folder's modules
import sv_ricaldone_empresas_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

PA = "{http://dgi-fep.mef.gob.pa}"
GT = "{http://www.sat.gob.gt/dte/fel/0.2.0}"
CEX = "{http://www.sat.gob.gt/face2/ComplementoExportaciones/0.1.0}"
CR = "{https://cdn.comprobanteselectronicos.go.cr/xml-schemas/v4.4/facturaElectronicaExportacion}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h506.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h506.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h506.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h506.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:SV"
        assert r["language"] == "es"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h506.LAYOUTS}


def test_every_copy_of_the_numbers_is_labelled_unchanged(records):
    """The first number stands twice in every layout, a second one once; each copy labelled
    whole under ``Tel``; nothing else is labelled and no distractor is."""
    for r in records:
        numbers, text = h506.phones(_row(r)), r["text"]
        expected = Counter({(numbers[0], "PHONE_NUMBER", "national:Tel"): 2})
        for other in numbers[1:]:
            expected[(other, "PHONE_NUMBER", "national:Tel")] += 1
        for value, _, _ in expected:
            assert text.count(value) == expected[(value, "PHONE_NUMBER", "national:Tel")], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert "@" not in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h506.international)
    assert kinds == {"national:Tel": 632}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "sv_dte_ccf":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The employer's name and address stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h506.name(row), h506.address(row)):
            found = [m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)),
                                                    r["text"])]  # fmt: skip
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _xml_text(value: str) -> str:
    """``value`` as an XML parser reads it back from element text (a line break written
    ``\\r\\n``, as one name and some addresses hold it, read as ``\\n``)."""
    return value.replace("\r\n", "\n")


def test_the_documents_are_well_formed(records):
    """Each invoice parses in its format (JSON or XML by the standard library), the employer
    where the format puts the buyer, its numbers where the layout writes them."""
    for r in records:
        row, text = _row(r), r["text"]
        numbers, name = h506.phones(row), h506.name(row)
        if r["layout"] == "sv_dte_ccf":
            doc = json.loads(text)
            ident = doc["identificacion"]
            assert ident["tipoDte"] == "03" and ident["version"] == 3
            assert re.fullmatch(r"DTE-03-M001P001-\d{15}", ident["numeroControl"])
            assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}",
                                ident["codigoGeneracion"])  # fmt: skip
            assert doc["emisor"]["telefono"] is None and doc["emisor"]["correo"] is None
            rec = doc["receptor"]
            assert rec["nombre"] == name and rec["telefono"] == numbers[0]
            assert re.fullmatch(r"0614\d{10}", rec["nit"]) and re.fullmatch(r"\d{6,7}", rec["nrc"])
            res = doc["resumen"]
            assert res["totalPagar"] == round(res["totalGravada"] + res["tributos"][0]["valor"], 2)
            values = {a["campo"]: a["valor"] for a in doc["apendice"]}
            assert values["contactoCurso"].endswith(numbers[0])
            assert values.get("telefonoAlterno") == (numbers[1] if len(numbers) > 1 else None)
        elif r["layout"] == "pa_fe_exportacion":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{PA}rFE" and root.findtext(f"{PA}dVerForm") == "1.00"
            gen = root.find(f"{PA}gDGen")
            assert gen.findtext(f"{PA}iDest") == "2"
            rec = gen.find(f"{PA}gDatRec")
            assert rec.findtext(f"{PA}iTipoRec") == "04" and rec.findtext(f"{PA}cPaisRec") == "SV"
            assert rec.findtext(f"{PA}dNombRec") == _xml_text(name)
            assert [e.text for e in rec.findall(f"{PA}dTfnRec")] == numbers
            assert gen.findtext(f"{PA}dInfEmFE").endswith(f"teléfono {numbers[0]}.")
        elif r["layout"] == "gt_fel_exportacion":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{GT}GTDocumento" and root.get("Version") == "0.1"
            em = root.find(f"{GT}SAT/{GT}DTE/{GT}DatosEmision")
            assert em.find(f"{GT}DatosGenerales").get("Exp") == "SI"
            rec = em.find(f"{GT}Receptor")
            assert rec.get("NombreReceptor") == name and rec.get("TipoEspecial") == "EXT"
            cex = em.find(f"{GT}Complementos/{GT}Complemento/{CEX}Exportacion")
            assert cex.findtext(f"{CEX}NombreComprador") == _xml_text(name)
            adenda = root.find(f"{GT}SAT/{GT}Adenda")
            tels = [e.text for e in adenda if e.tag.startswith("TelefonoCliente")]
            assert tels == numbers
            assert adenda.findtext("Observaciones").endswith(f"teléfono {numbers[0]}.")
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{CR}FacturaElectronicaExportacion"
            clave = root.findtext(f"{CR}Clave")
            consecutive = root.findtext(f"{CR}NumeroConsecutivo")
            assert re.fullmatch(r"506\d{47}", clave) and consecutive in clave
            assert consecutive[8:10] == "09"
            assert root.findtext(f"{CR}Receptor/{CR}Nombre") == _xml_text(name)
            others = {e.get("codigo"): e.text for e in root.findall(f"{CR}Otros/{CR}OtroTexto")}
            assert others["TelefonoReceptor"] == numbers[0]
            assert others.get("TelefonoReceptor2") == (numbers[1] if len(numbers) > 1 else None)
            assert others["Entrega"].endswith(f"teléfono {numbers[0]}.")


def test_the_data_keeps_the_extractor_rules():
    """Every kept employer's name marks an organisation and its ``Tel`` holds a number of seven
    digits or more; no number is kept twice; the numbers are Salvadoran lines as written
    (``2250-3389``, one seven-digit line), each a number a person could hold; the fields are
    the dump's values (strings or null)."""
    rows = h506.data()["rows"]
    assert all(extractor.organisation(row["fields"]["Nombre"]) for row in rows)
    numbers = [n for row in rows for n in h506.phones(row)]
    assert all(h506.phones(row) == extractor.numbers_of(row["fields"]["Tel"]) for row in rows)
    assert len(numbers) == 332 and len({re.sub(r"\D", "", n) for n in numbers}) == 332
    assert Counter(re.sub(r"\d", "9", n) for n in numbers) == {"9999-9999": 331, "999-9999": 1}
    assert all(personal_phone(n, "SV") for n in numbers)
    assert Counter(len(h506.phones(row)) for row in rows) == {1: 268, 2: 32}
    assert all(v is None or isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not extractor.organisation("Castaneda Puente Jorge Antonio")
    assert extractor.organisation("Alcaldía Municipal de Mejicanos")
    assert extractor.numbers_of("2274-4444\r\nExt. 147") == ["2274-4444"]
    assert extractor.numbers_of("-") == [] and extractor.numbers_of(None) == []


def test_provenance():
    sources = h506.data()["sources"]
    assert set(sources) == {"SV"}
    sv = sources["SV"]
    assert sv["repository"] == "franjoro/CFP"
    assert sv["commit"] == "e866442188d909aa4f165d402ab96ed5053bb3bc"
    assert sv["paths"] == ["cfp.sql"]
    assert "not confirmed" in sv["licence"] and sv["publisher"]
    rows = h506.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"SV": 300}
    assert all(r["path"].startswith("cfp.sql#tb_empresa#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h506, "held_out_506", tmp_path)
