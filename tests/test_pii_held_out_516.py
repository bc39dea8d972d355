"""held_out_516 of the PII evaluation set (scripts/pii_held_out_516.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real telephone
field, unchanged, each copy labelled; the establishment's name, IPRESS code and ubigeo are in
the text and unlabelled) and are rebuilt byte for byte from the committed data; the extractor's
rules hold on its data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pe_essalud_establecimientos_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_516 as h516  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

UBL = "urn:oasis:names:specification:ubl:schema:xsd:"
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
CAC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"
ROOTS = {
    "sunat_factura_ubl": "Invoice",
    "sunat_gre_ubl": "DespatchAdvice",
    "sunat_nota_credito_ubl": "CreditNote",
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h516.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h516.by_locale()[locale][n]


def _ruc_right(number: str) -> bool:
    """Whether a RUC's last digit is SUNAT's check digit of its first ten."""
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    total = sum(int(d) * w for d, w in zip(number[:10], weights, strict=True))
    return len(number) == 11 and int(number[10]) == (11 - total % 11) % 10


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h516.data()["rows"]) == 210
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h516.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:PE"
    assert Counter(r["layout"] for r in records) == {
        "sunat_factura_ubl": 53,
        "sunat_gre_ubl": 53,
        "sunat_nota_credito_ubl": 52,
        "sunat_sfs_json": 52,
    }


def test_every_copy_of_the_field_is_labelled_number_by_number(records):
    """The telephone field stands once in each record (as XML text or a JSON string, which
    leave it unchanged), and each number the splitter finds in it is labelled there, a run no
    person holds being a distractor instead; nothing else is labelled, no e-mail is written."""
    for r in records:
        row, text = _row(r), r["text"]
        field = h516.phone(row)
        assert text.count(field) == 1 and "@" not in text, r["id"]
        at = text.index(field)
        expected, short = [], []
        for s, e in numbers(field):
            span = [at + s, at + e]
            (expected if personal_phone(field[s:e], "PE") else short).append(span)
        assert [sp[:2] for sp in r["spans"]] == expected, r["id"]
        assert [d[:2] for d in r["distractors"]] == short, r["id"]
        assert all(d[2:] == ["PHONE_NUMBER", "short"] for d in r["distractors"]), r["id"]
        assert expected and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h516.international) == {"national:telefono": 222}
    assert sum(len(r["distractors"]) for r in records) == 7


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "sunat_sfs_json":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The establishment's name and district and EsSalud's RUC stand in every record's text
    outside the labels; the facturas and guías also give its ubigeo in six digits, the UBL
    facturas its IPRESS code."""
    for r in records:
        row = _row(r)
        values = [h516.name(row), h516._f(row, "Distrito")]
        if r["layout"] in ("sunat_factura_ubl", "sunat_gre_ubl"):
            values.append(h516.ubigeo(row))
        if r["layout"] == "sunat_factura_ubl":
            values.append(h516._f(row, "Código Único"))
        values.append(h516.ESSALUD_RUC)
        spans = [*r["spans"], *r["distractors"]]
        for value in values:
            found = [
                m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)), r["text"])
            ]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _amount(node: ET.Element, path: str) -> Decimal:
    return Decimal(node.findtext(path))


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), its root,
    types and codes those of its SUNAT document, its IGV 18 % of the base and its total their
    sum, its RUCs' check digits right, the field where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        field = h516.phone(row)
        if r["layout"] == "sunat_sfs_json":
            doc = json.loads(text)
            head = doc["cabecera"]
            assert head["numDocUsuario"] == h516.ESSALUD_RUC and head["tipDocUsuario"] == "6"
            assert (head["ublVersionId"], head["customizationId"]) == ("2.1", "2.0")
            base, igv = Decimal(head["sumTotValVenta"]), Decimal(head["sumTotTributos"])
            assert igv == (base * Decimal("0.18")).quantize(Decimal("0.01"))
            assert Decimal(head["sumImpVenta"]) == base + igv
            item = doc["detalle"][0]
            assert f"TELEF. {field} - PERIODO " in item["desItem"]
            assert item["desItem"].count(h516.name(row)) >= 1
            assert doc["leyendas"][0]["desLeyenda"] == h516.in_words(head["sumImpVenta"])
            assert doc["tributos"][0]["mtoTributo"] == head["sumTotTributos"]
            continue
        root = ET.fromstring(text.encode("utf-8"))
        kind = ROOTS[r["layout"]]
        assert root.tag == f"{{{UBL}{kind}-2}}{kind}"
        assert root.findtext(f"{CBC}UBLVersionID") == "2.1"
        assert root.findtext(f"{CBC}CustomizationID") == "2.0"
        rucs = [e.text for e in root.iter(f"{CBC}ID") if e.get("schemeID") == "6"]
        assert h516.ESSALUD_RUC in rucs and all(_ruc_right(x) for x in rucs), r["id"]
        if kind == "DespatchAdvice":
            assert root.findtext(f"{CBC}DespatchAdviceTypeCode") == "09"
            assert root.findtext(f"{CBC}Note").endswith(f"AL TELEFONO {field}")
            address = root.find(f"{CAC}Shipment/{CAC}Delivery/{CAC}DeliveryAddress")
            assert address.findtext(f"{CBC}ID") == h516.ubigeo(row)
            continue
        base = _amount(root, f"{CAC}TaxTotal/{CAC}TaxSubtotal/{CBC}TaxableAmount")
        igv = _amount(root, f"{CAC}TaxTotal/{CBC}TaxAmount")
        assert igv == (base * Decimal("0.18")).quantize(Decimal("0.01"))
        total = _amount(root, f"{CAC}LegalMonetaryTotal/{CBC}PayableAmount")
        assert total == base + igv
        notes = {n.get("languageLocaleID"): n.text for n in root.findall(f"{CBC}Note")}
        assert notes["1000"] == h516.in_words(str(total))
        if kind == "Invoice":
            assert root.findtext(f"{CBC}InvoiceTypeCode") == "01"
            assert notes[None].endswith(f"TELEFONO {field}")
            address = root.find(f"{CAC}Delivery/{CAC}DeliveryLocation/{CAC}Address")
            assert address.findtext(f"{CBC}ID") == h516.ubigeo(row)
        else:
            reason = root.find(f"{CAC}DiscrepancyResponse")
            assert reason.findtext(f"{CBC}ResponseCode") == "07"
            assert reason.findtext(f"{CBC}Description").endswith(f"AL TELEFONO {field}")
            invoice = root.findtext(f"{CAC}BillingReference/{CAC}InvoiceDocumentReference/{CBC}ID")
            assert invoice == reason.findtext(f"{CBC}ReferenceID")


def test_the_amounts_in_words():
    assert h516.in_words("1108.50") == "MIL CIENTO OCHO CON 50/100 SOLES"
    assert h516.in_words("4301.02") == "CUATRO MIL TRESCIENTOS UN CON 02/100 SOLES"
    assert h516.in_words("121.00") == "CIENTO VEINTIUN CON 00/100 SOLES"
    assert h516.in_words("100.00") == "CIEN CON 00/100 SOLES"


def test_the_data_keeps_the_extractors_rules():
    """Every kept row is an EsSalud establishment that is no hospital or institute, its
    telephone field as published, beginning with a number of seven digits or more, no number
    of it held by an earlier Peruvian part or by another kept row, the physician's name left
    out."""
    rows = h516.data()["rows"]
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "51")
    seen: set[str] = set()
    for row in rows:
        fields = row["fields"]
        assert fields["Institución"] == "ESSALUD" and extractor.PERSON not in fields
        assert not re.search("HOSPITAL|INSTITUTO", fields["Clasificación"] + fields[h516.PHONE])
        assert "HOSPITAL" not in fields["Nombre del establecimiento"]
        assert extractor.kept({**fields, extractor.PERSON: ""})
        keys = {digits_of(fields[h516.PHONE]), *(r for r in extractor.runs(fields[h516.PHONE]))}
        keys = {k for k in keys if len(k) >= 7}
        assert not keys & earlier and not keys & seen, row["path"]
        seen |= keys
        assert all(isinstance(v, str) for v in fields.values())
    assert Counter(r["country"] for r in rows) == {"PE": 210}


@pytest.mark.parametrize(
    ("phone", "kind", "institution", "kept"),
    [
        ("073-393395", "PUESTOS DE SALUD O POSTAS DE SALUD", "ESSALUD", True),
        ("067-456145 RPM: #790547", "POLICLINICOS", "ESSALUD", True),
        ("073-393395", "PUESTOS DE SALUD O POSTAS DE SALUD", "GOBIERNO REGIONAL", False),
        ("073-381201", "HOSPITALES O CLINICAS DE ATENCION GENERAL", "ESSALUD", False),
        ("073 - 374059", "CENTROS DE SALUD O CENTROS MEDICOS", "ESSALUD", False),
        ("321823 / # 790436", "POLICLINICOS", "ESSALUD", False),
        ("01-2972306-8307002", "POLICLINICOS", "ESSALUD", False),
        ("", "POLICLINICOS", "ESSALUD", False),
    ],
)
def test_the_extractors_rule_on_single_rows(phone, kind, institution, kept):
    row = {
        "Institución": institution,
        "Clasificación": kind,
        "Nombre del establecimiento": "POSTA MEDICA",
        h516.PHONE: phone,
    }
    assert extractor.kept(row) is kept


def test_provenance():
    sources = h516.data()["sources"]
    assert set(sources) == {"PE"}
    pe = sources["PE"]
    assert pe["repository"] == "alexanderquispe/Diplomado_PUCP"
    assert pe["commit"] == "bef9bb9005e951dc9d8dc2468ce4fef6f64ecd52"
    assert pe["paths"] == ["_data/centros_hospitalarios.csv"]
    assert "not confirmed" in pe["licence"] and pe["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h516, "held_out_516", tmp_path)
