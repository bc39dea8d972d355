"""held_out_220 of the PII evaluation set (scripts/pii_held_out_220.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field and every labelled address one of its e-mail addresses, copied unchanged, each copy
labelled; the name, tax number and postcode are in the text and unlabelled) and are rebuilt
byte for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

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

import pii_held_out_220 as h220  # noqa: E402 - the scripts folder's modules
import pt_municipalities_data as source  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the council's identifiers, in every layout (unlabelled)
IDENTIFIERS = ("entidade", "nif", "codigopostal")
TED = "{http://publications.europa.eu/resource/schema/ted/R2.0.9/reception}"
SOAP = "{http://www.w3.org/2003/05/soap-envelope}"
ZM = "{urn:zimbraMail}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h220.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h220.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h220.data()["rows"]) == 308
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h220.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ted_f02_notice": 77, "moloni_customer": 77, "zimbra_contact": 77, "vendus_client": 77,
    }  # fmt: skip


# copies of the phone field, the fax field and each address, by layout
COPIES = {
    "ted_f02_notice": (2, 1, 2),
    "moloni_customer": (2, 1, 1),
    "zimbra_contact": (1, 1, 1),
    "vendus_client": (1, 0, 1),
}


def test_every_copy_of_each_field_is_labelled_unchanged(records):
    """Each number of the phone and fax fields and each address is labelled wherever it
    stands, under its column; nothing else is. A second address stands once (TED's
    ``INFO_ADD``, Moloni's ``contact_email``, Zimbra's ``email2``; Vendus keeps one)."""
    for r in records:
        row, text = _row(r), r["text"]
        tel_copies, fax_copies, mail_copies = COPIES[r["layout"]]
        expected: Counter = Counter()
        for number in h220.field_numbers(h220.phone(row)):
            assert text.count(number) == tel_copies, r["id"]
            expected[(number, "national:telefone")] += tel_copies
        for number in h220.field_numbers(h220.fax(row)):
            expected[(number, "national:fax")] += fax_copies
        mails = h220.emails(row)
        for i, mail in enumerate(mails):
            copies = mail_copies if i == 0 else int(r["layout"] != "vendus_client")
            assert text.count(mail) == copies, r["id"]
            expected[(mail, "register")] += copies
        labelled = Counter((text[s:e], kind) for s, e, _, kind in r["spans"])
        assert labelled == +expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h220.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefone": 462, "national:fax": 231, "register": 379}


def test_the_data_keeps_the_published_shape():
    """308 municipalities, each with a phone of nine digits (one with another ending after a
    slash); 304 faxes of nine digits in one run, one of two joined by a slash, one in groups,
    one with trailing no-break spaces, one empty; no mayor's name and no personal address."""
    rows = h220.data()["rows"]
    assert {row["fields"]["tipoentidade"] for row in rows} == {"Município"}
    tels = [h220.phone(row) for row in rows]
    assert sum(bool(re.fullmatch(r"\d{9}", t)) for t in tels) == 307
    assert "261940300/329" in tels
    faxes = [row["fields"]["fax"] for row in rows]
    assert sum(bool(re.fullmatch(r"\d{9}", f)) for f in faxes) == 304
    assert {"214825030/214825057", "296 304401", "245901827 \xa0\xa0", ""} <= set(faxes)
    assert h220.field_numbers("214825030/214825057") == ["214825030", "214825057"]
    assert h220.field_numbers("261940300/329") == ["261940300/329"]
    assert not any("presidentecamara" in row["fields"] for row in rows)
    addresses = [a for row in rows for a in h220.emails(row)]
    assert len(addresses) == 304
    assert not any(a.split("@")[0] in source.PERSONAL for a in addresses)
    assert all(re.fullmatch(r"[\w.-]+@[\w.-]+\.[a-z]{2,}", a) for a in addresses)
    assert sum(len(h220.emails(row)) == 2 for row in rows) == 2


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout in ("ted_f02_notice", "zimbra_contact"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, tax number and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h220._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _http(text: str) -> tuple[str, dict[str, str], str]:
    """The start line, headers and body of an HTTP message (the body's length checked)."""
    head, body = text.split("\n\n", 1)
    start, *lines = head.split("\n")
    headers = dict(line.split(": ", 1) for line in lines)
    assert int(headers["Content-Length"]) == len(body.rstrip("\n").encode("utf-8"))
    return start, headers, body


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library, the HTTP
    messages by their fixed shape), the row's fields where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fx, mails = h220.phone(row), h220.fax(row), h220.emails(row)
        nif = h220._f(row, "nif")
        if r["layout"] == "ted_f02_notice":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{TED}TED_ESENDERS" and root.get("VERSION") == "R2.0.9.S05"
            form = root.find(f"{TED}FORM_SECTION/{TED}F02_2014")
            assert form.get("LG") == "PT"
            body = form.find(f"{TED}CONTRACTING_BODY/{TED}ADDRESS_CONTRACTING_BODY")
            assert body.findtext(f"{TED}NATIONALID") == nif
            assert body.findtext(f"{TED}PHONE") == tel
            assert body.findtext(f"{TED}FAX") == (fx or None)
            assert body.findtext(f"{TED}E_MAIL") == (mails[0] if mails else None)
            info = form.findtext(f"{TED}COMPLEMENTARY_INFO/{TED}INFO_ADD/{TED}P")
            assert f"telefone {tel}" in info
        elif r["layout"] == "moloni_customer":
            start, headers, body = _http(text)
            assert start.startswith("POST /v1/customers/insert/?access_token=")
            assert start.endswith("&json=true HTTP/1.1") and headers["Host"] == "api.moloni.pt"
            doc = json.loads(body)
            assert (doc["vat"], doc["phone"], doc["fax"]) == (nif, tel, fx)
            assert doc["email"] == (mails[0] if mails else "")
            assert doc["contact_email"] == (mails[1] if len(mails) > 1 else "")
            assert f"pelo {tel}." in doc["notes"]
        elif r["layout"] == "zimbra_contact":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{SOAP}Envelope"
            cn = root.find(f"{SOAP}Body/{ZM}CreateContactRequest/{ZM}cn")
            attrs = {a.get("n"): a.text for a in cn.findall(f"{ZM}a")}
            assert attrs["workPhone"] == tel and attrs.get("workFax") == (fx or None)
            assert attrs.get("email") == (mails[0] if mails else None)
            assert attrs.get("email2") == (mails[1] if len(mails) > 1 else None)
            assert attrs["notes"].startswith(f"NIF {nif}.")
        else:
            start, _, body = _http(text)
            assert start == "HTTP/1.1 200 OK"
            doc = json.loads(body)
            assert (doc["fiscal_id"], doc["phone"], doc["mobile"]) == (nif, tel, "")
            assert doc["email"] == (mails[0] if mails else "") and "fax" not in doc


def test_provenance():
    sources = h220.data()["sources"]
    assert set(sources) == {"PT"}
    pt = sources["PT"]
    assert pt["repository"] == "jfoclpf/in-my-district"
    assert pt["commit"] == "09a890aba873a5563d8db8ab7dc2b6d0e142a984"
    assert pt["paths"] == ["www/json/Municipiosdadosgerias.json"]
    assert "not confirmed" in pt["licence"] and pt["publisher"]
    rows = h220.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PT": 308}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h220, "held_out_220", tmp_path)
