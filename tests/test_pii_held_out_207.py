"""held_out_207 of the PII evaluation set (scripts/pii_held_out_207.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the centre's name, address and code are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the data file is what the
extractor reads from the source's mirror where it is on this machine. No recognizer runs here:
the part is scored from its committed file."""

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

import es_galicia_schools_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_207 as h207  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/chavaone+centros-galicia/repo")
ATOM = "{http://www.w3.org/2005/Atom}"
CAC = "{urn:dgpe:names:draft:codice:schema:xsd:CommonAggregateComponents-2}"
CBC = "{urn:dgpe:names:draft:codice:schema:xsd:CommonBasicComponents-2}"
PLACE = "{urn:dgpe:names:draft:codice-place-ext:schema:xsd:CommonAggregateComponents-2}"
SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
PRER = "{http://www.correos.es/iris6/services/preregistroetiquetas}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h207.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h207.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h207.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h207.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "placsp_atom": 150, "boe_xml": 150, "correos_preregistro": 150, "holded_contact": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The row's number is labelled wherever the document writes it (twice in each), under
    its column; nothing else is, and no short number stands as a distractor."""
    for r in records:
        value, text = h207.phone(_row(r)), r["text"]
        assert personal_phone(value, "ES")
        assert text.count(value) == 2, r["id"]
        labelled = [(text[s:e], kind.split(":")[1]) for s, e, _, kind in r["spans"]]
        assert labelled == [(value, h207.PHONE)] * 2, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h207.international)
    assert kinds == {"national:tlf": 1200}


def test_the_data_keeps_the_published_shape():
    """Every kept ``tlf`` is a Spanish number of nine digits in one run, as the list's bare
    JSON number writes it (27 ``6xx`` mobiles); every scalar is the published literal as a
    string; the centre codes are eight digits and unique; 201 rows have a locality code."""
    rows = h207.data()["rows"]
    for row in rows:
        fields = row["fields"]
        assert re.fullmatch(r"[689]\d{8}", fields["tlf"]), row["path"]
        assert re.fullmatch(r"\d{8}", fields["cod"]) and re.fullmatch(r"\d{5}", fields["cp"])
        assert all(isinstance(v, str) for k, v in fields.items() if k not in
                   {"coordenadas", "ensinanzas"})  # fmt: skip
        assert all(isinstance(v, str) for v in fields["coordenadas"].values())
        assert all(isinstance(v, str) for v in fields["ensinanzas"])
    assert sum(h207.mobile(row) for row in rows) == 27
    assert len({row["fields"]["cod"] for row in rows}) == 600
    assert sum("codlocal" in row["fields"] for row in rows) == 201
    assert Counter(row["fields"]["provincia"] for row in rows).keys() == set(h207.NUTS)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "holded_contact":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, street address and centre code stand in every record's text, outside the
    labels."""
    for r in records:
        for column in ("nombre", "enderezo", "cod"):
            value = _encoded(r["layout"], h207._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h207.phone(row), h207._f(row, "nombre")
        if r["layout"] == "holded_contact":
            doc = json.loads(text)
            assert doc["name"] == name and doc["type"] == "client" and not doc["isperson"]
            assert doc[("mobile" if h207.mobile(row) else "phone")] == tel
            assert f" {tel} " in doc["shippingAddresses"][0]["notes"]
            assert {"field": "Código de centro", "value": row["fields"]["cod"]} in doc[
                "customFields"
            ]
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "placsp_atom":
            assert root.tag == f"{ATOM}feed"
            status = root.find(f"{ATOM}entry/{PLACE}ContractFolderStatus")
            party = status.find(f"{PLACE}LocatedContractingParty/{CAC}Party")
            assert party.findtext(f"{CAC}PartyName/{CBC}Name") == name
            assert party.findtext(f"{CAC}Contact/{CBC}Telephone") == tel
            project = status.find(f"{CAC}ProcurementProject")
            assert f" {tel}, " in project.findtext(f"{CBC}Description")
            cpv = project.findtext(
                f"{CAC}RequiredCommodityClassification/{CBC}ItemClassificationCode"
            )
            assert re.fullmatch(r"\d{8}", cpv)
        elif r["layout"] == "boe_xml":
            assert root.tag == "documento"
            assert re.fullmatch(r"BOE-B-2024-\d+", root.findtext("metadatos/identificador"))
            assert root.findtext("metadatos/seccion") == "5"
            items = [dd.text for dd in root.iter("dd")]
            assert f"Teléfono: {tel}." in items
            assert f"Código del centro: {row['fields']['cod']}." in items
            assert items[-1].endswith(f"previa cita en el teléfono {tel}.")
        else:
            envelope = root.find(f"{SOAP}Body/{PRER}PreregistroEnvio")
            to = envelope.find(f"{PRER}Destinatario")
            assert to.findtext(f"{PRER}Identificacion/{PRER}Empresa") == name
            assert to.findtext(f"{PRER}Telefonocontacto") == tel
            assert to.findtext(f"{PRER}CP") == row["fields"]["cp"]
            sms = to.findtext(f"{PRER}DatosSMS/{PRER}NumeroSMS")
            notes = envelope.findtext(f"{PRER}Envio/{PRER}Observaciones1")
            if h207.mobile(row):
                assert sms == tel and tel not in notes
            else:
                assert sms is None and notes.endswith(f"Tel. {tel}")
            assert envelope.find(f"{PRER}Remitente/{PRER}Telefonocontacto") is None


def test_provenance():
    sources = h207.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "chavaone/centros-galicia"
    assert es["commit"] == "a7df8f656561da041331b37a57ad0d72595a5713"
    assert es["paths"] == ["js/db/centros.js"]
    assert "not confirmed" in es["licence"] and es["publisher"]
    rows = h207.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ES": 600}
    assert not any("@" in json.dumps(r["fields"]) for r in rows)


@pytest.mark.skipif(not MIRROR.exists(), reason="the source's mirror is not on this machine")
def test_the_data_file_is_what_the_extractor_reads(tmp_path, monkeypatch):
    monkeypatch.setattr(extractor, "OUT", tmp_path / "data.json")
    monkeypatch.setattr(sys, "argv", ["es_galicia_schools_data.py", str(MIRROR)])
    extractor.main()
    assert (tmp_path / "data.json").read_bytes() == h207.ROWS.read_bytes()


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h207, "held_out_207", tmp_path)
