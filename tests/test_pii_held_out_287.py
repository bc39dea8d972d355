"""held_out_287 of the PII evaluation set (scripts/pii_held_out_287.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field and every labelled address the row's kept mailbox, copied unchanged, each copy labelled;
the name, street and postcode are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import shlex
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_287 as h287  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the centre's identifiers, in every layout
IDENTIFIERS = ("nombre", "cp")
TEMPURI = "{http://tempuri.org/}"
SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h287.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h287.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h287.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h287.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert (r["layout"] in h287.LAYOUTS[:2]) == bool(h287.email(_row(r)))
    assert Counter(r["layout"] for r in records) == {
        "typeform_webhook": 104, "signaturit_request": 97, "tipsa_soap": 96,
        "packlink_shipment": 103,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands (a fax
    that repeats the phone is the phone's), and the kept mailbox wherever it stands; nothing
    else is."""
    copies = {"typeform_webhook": 1, "signaturit_request": 2}
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h287.phone(row), h287.fax(row), h287.email(row)
        again = fax == tel and r["layout"] in copies  # the e-mail layouts write the fax too
        base = 2 if r["layout"] == "tipsa_soap" else copies.get(r["layout"], 1)
        assert text.count(tel) == base + again, r["id"]
        expected: Counter = Counter()
        for value, column in ((tel, h287.PHONE), (fax, h287.FAX)):
            if not value or (column == h287.FAX and value == tel):
                continue
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "ES")
                expected[(value[s:e], column)] += text.count(value)
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == ([mail] if mail else []), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h287.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:tf": 613, "national:fax": 73, "register": 201}


def test_the_data_keeps_the_published_shape():
    """Every kept ``tf`` is a number literal of nine digits; 139 faxes, 23 of them the phone
    again; 201 kept mailboxes, 160 of them a centre's code at the education department; the
    properties are the published literals (strings or ``None``)."""
    rows = h287.data()["rows"]
    assert all(re.fullmatch(r"\d{9}", h287.phone(row)) for row in rows)
    faxes = [h287.fax(row) for row in rows if h287.fax(row)]
    assert len(faxes) == 139 and all(re.fullmatch(r"\d{9}", f) for f in faxes)
    assert sum(h287.fax(row) == h287.phone(row) for row in rows) == 23
    mails = [h287.email(row) for row in rows if h287.email(row)]
    assert len(mails) == 201
    assert sum(bool(re.fullmatch(r"\d{8}@gobiernodecanarias\.org", m)) for m in mails) == 160
    for row in rows:
        assert all(v is None or isinstance(v, str) for v in row["fields"].values())
        assert row["fields"]["clase"] == "7"
        assert re.fullmatch(r"38\d{3}", row["fields"]["cp"])


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text or shell-quoted text)."""
    if layout == "tipsa_soap":
        return escape(value)
    if layout == "signaturit_request":
        return h287._sh(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and postcode stand in every record's text, outside the labels (a postcode's
    digits may also fall inside a labelled number)."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h287._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _form_fields(text: str) -> dict[str, str]:
    """The ``-F`` fields of a curl command (split as a POSIX shell splits it)."""
    words = shlex.split(text.replace("\\\n", " "))
    assert words[:4] == ["curl", "-i", "-X", "POST"]
    assert words[4] == "https://api.signaturit.com/v3/signatures.json"
    assert words[5] == "-H" and re.fullmatch(r"Authorization: Bearer \w{64}", words[6])
    pairs = [words[i + 1] for i in range(7, len(words), 2) if words[i] == "-F"]
    assert len(pairs) * 2 == len(words) - 7
    return dict(p.split("=", 1) for p in pairs)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library, the curl
    command by ``shlex``), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h287.phone(row), h287.fax(row), h287.email(row)
        name = row["fields"]["nombre"]
        if r["layout"] == "typeform_webhook":
            doc = json.loads(text)
            assert doc["event_type"] == "form_response" and len(doc["event_id"]) == 26
            form = doc["form_response"]
            assert form["definition"]["id"] == form["form_id"]
            ids = {f["id"]: f for f in form["definition"]["fields"]}
            answers = {}
            for a in form["answers"]:
                assert ids[a["field"]["id"]]["type"] == a["field"]["type"]
                answers[a["field"]["ref"]] = a[a["type"]]
            assert answers["telefono"] == tel and answers["nombre_centro"] == name
            assert answers.get("fax", "") == fax and answers["email"] == mail
            assert answers["municipio"] == {"label": row["fields"]["municipio"]}
        elif r["layout"] == "signaturit_request":
            fields = _form_fields(text)
            assert fields["recipients[0][name]"] == name
            assert fields["recipients[0][email]"] == mail
            assert fields["data[telefono]"] == tel and fields.get("data[fax]", "") == fax
            assert fields["body"].endswith(f"le llamaremos al {tel}.")
            assert fields["files[0]"].startswith("@convenio_")
            assert fields["delivery_type"] == "email"
        elif r["layout"] == "tipsa_soap":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{SOAP}Envelope"
            header = root.find(f"{SOAP}Header/{TEMPURI}ROClientIDHeader/{TEMPURI}ID").text
            assert re.fullmatch(r"\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", header)
            call = root.find(f"{SOAP}Body/{TEMPURI}WebServService___GrabaEnvio24")
            assert call.findtext(f"{TEMPURI}strTlfDes") == tel
            assert call.findtext(f"{TEMPURI}strNomDes") == name
            assert call.findtext(f"{TEMPURI}strCPDes") == row["fields"]["cp"]
            assert call.findtext(f"{TEMPURI}strObs").endswith(f"Llamar antes al {tel}.")
            assert re.fullmatch(r"\d{4}/\d{2}/\d{2}", call.findtext(f"{TEMPURI}dtFecha"))
        else:
            doc = json.loads(text)
            assert doc["to"]["phone"] == tel and doc["to"]["company"] == name
            assert doc["to"]["zip_code"] == row["fields"]["cp"] and doc["to"]["country"] == "ES"
            assert "phone" not in doc["from"] and doc["packages"]


def test_provenance():
    sources = h287.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "fsanchezdev/mapaFirebase"
    assert es["commit"] == "0492925bc1613f439a53f8e6b7b97859c3e8cc56"
    assert es["paths"] == ["js/centros.js", "js/municipios.js"]
    assert "not confirmed" in es["licence"] and es["publisher"]
    rows = h287.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ES": 400}
    assert len({r["path"] for r in rows}) == 400


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h287, "held_out_287", tmp_path)
