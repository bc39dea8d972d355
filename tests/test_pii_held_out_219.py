"""held_out_219 of the PII evaluation set (scripts/pii_held_out_219.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real telephone or
fax field, copied unchanged; every labelled address is its real e-mail field; the name's
municipality, the postcode and the address are in the text and unlabelled) and are rebuilt byte
for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import es_cgpj_courts_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_219 as h219  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/UOC-Tipologia-y-ciclo-vida-datos+UOC-PRA1-Juzgados-de-Espanna/repo")
ASM = "{http://www.asmred.com/}"
SOAP12 = "{http://www.w3.org/2003/05/soap-envelope}"
ZM = "{urn:zimbraMail}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h219.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h219.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h219.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h219.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:ES"
    assert Counter(r["layout"] for r in records) == {
        "gls_graba_servicios": 75, "correos_express_envio": 75,
        "suitecrm_account": 75, "zimbra_contact": 75,
    }  # fmt: skip


def test_every_value_is_labelled_once_unchanged(records):
    """Each number of the telephone field and the fax is labelled once, under its column; the
    e-mail address once; nothing else is labelled and nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = Counter((number, "telefonos") for number in h219.phones(row))
        if h219.fax(row):
            expected[(h219.fax(row), "fax")] += 1
        for number, _ in expected:
            assert personal_phone(number, "ES") and text.count(number) == 1, r["id"]
        phones = [(text[s:e], k.split(":")[1]) for s, e, t, k in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(phones) == expected, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == ([h219.email(row)] if h219.email(row) else []), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h219.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefonos": 497, "national:fax": 282, "register": 299}


def test_the_data_keeps_the_published_shape():
    """Every kept ``telefonos`` field is one or two whole numbers of the directory's shapes
    (197 two, joined with nothing between, as the scraper left them); the fax one such number
    or empty; no judge's name is kept; the numbers of a row are distinct."""
    rows = h219.data()["rows"]
    assert Counter(len(h219.phones(row)) for row in rows) == {2: 197, 1: 103}
    for row in rows:
        assert "".join(h219.phones(row)) == row["fields"]["telefonos"]
        assert "jueces" not in row["fields"]
        fax = h219.fax(row)
        assert not fax or re.fullmatch(extractor.NUMBER, fax)
        numbers = [*h219.phones(row), *([fax] if fax else [])]
        assert len(set(numbers)) == len(numbers)
    assert sum(bool(h219.fax(row)) for row in rows) == 282
    assert sum(bool(h219.email(row)) for row in rows) == 299


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The municipality, the postcode and the street address stand in every record's text,
    outside the labels (as JSON string content or XML text)."""
    for r in records:
        row = _row(r)
        for column in ("municipio", "codigopostal", "direccion"):
            value = h219._f(row, column)
            if r["layout"] in ("gls_graba_servicios", "zimbra_contact"):
                value = h219._x(value)
            else:
                value = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h219.phones(row)
        second = tel[1] if len(tel) > 1 else ""
        if r["layout"] == "gls_graba_servicios":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{SOAP12}Envelope"
            dest = root.find(f"{SOAP12}Body/{ASM}GrabaServicios/{ASM}docIn/{ASM}Servicios/"
                             f"{ASM}Envio/{ASM}Destinatario")  # fmt: skip
            assert dest.findtext(f"{ASM}Telefono") == tel[0]
            assert (dest.findtext(f"{ASM}Email") or "") == h219.email(row)
            assert dest.findtext(f"{ASM}CP") == h219._f(row, "codigopostal")
            notes = dest.findtext(f"{ASM}Observaciones")
            assert (f"Tel. alternativo {second}." in notes) == bool(second)
            assert (f"Fax {h219.fax(row)}." in notes) == bool(h219.fax(row))
        elif r["layout"] == "correos_express_envio":
            doc = json.loads(text)
            assert doc["telefDest"] == tel[0] and doc["telefOtrs"] == second
            assert doc["emailDest"] == h219.email(row) and doc["telefRte"] == ""
            assert doc["codPosNacDest"] == h219._f(row, "codigopostal")
            assert len(doc["listaBultos"]) == int(doc["numBultos"])
            assert len(doc["nomDest"]) <= 40
        elif r["layout"] == "suitecrm_account":
            doc = json.loads(text)
            attrs = doc["data"]["attributes"]
            assert doc["data"]["type"] == "Accounts"
            assert doc["links"]["self"] == f"/Api/V8/module/Accounts/{doc['data']['id']}"
            assert attrs["phone_office"] == tel[0] and attrs["phone_alternate"] == second
            assert attrs["phone_fax"] == h219.fax(row) and attrs["email1"] == h219.email(row)
        else:
            root = ET.fromstring(text.encode("utf-8"))
            cn = root.find(f"{SOAP12}Body/{ZM}CreateContactRequest/{ZM}cn")
            attrs = {a.get("n"): a.text for a in cn.findall(f"{ZM}a")}
            assert cn.get("l") == "7" and attrs["fileAs"] == "3"
            assert attrs["workPhone"] == tel[0] and attrs.get("workPhone2", "") == second
            assert attrs.get("workFax", "") == h219.fax(row)
            assert attrs.get("email", "") == h219.email(row)


def test_provenance():
    sources = h219.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "UOC-Tipologia-y-ciclo-vida-datos/UOC-PRA1-Juzgados-de-Espanna"
    assert es["commit"] == "7f49a510e9ce0876b18a39558414d1865c42e5bb"
    assert es["paths"] == ["dataset/juzgados.json"]
    assert "not confirmed" in es["licence"] and es["publisher"]
    assert Counter(r["country"] for r in h219.data()["rows"]) == {"ES": 300}


@pytest.mark.skipif(not MIRROR.exists(), reason="the register's repository is not fetched here")
def test_the_data_file_is_rebuilt_from_the_repository():
    """The extractor, run on the fetched repository, writes the committed data again."""
    data = extractor.extract({"ES": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h219, "held_out_219", tmp_path)
