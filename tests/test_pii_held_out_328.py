"""held_out_328 of the PII evaluation set (scripts/pii_held_out_328.py): its committed records
keep the generator's invariants (every labelled phone is the number of the row's real phone
field, its extension left off, copied unchanged, each copy labelled; every copy of the row's
addresses labelled; the public body's name in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_328 as h328  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the number, of the first address and of a second address in each layout
COPIES = {
    "sipot_fr13": (2, 2, 2),
    "limesurvey_lsr": (2, 1, 1),
    "conekta_customer": (2, 1, 1),
    "openpay_customer": (1, 1, 0),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h328.committed()


def _n(record: dict) -> int:
    return int(record["id"].rsplit("/", 1)[1])


def _row(record: dict) -> dict:
    return h328.entries()[record["locale"]][_n(record)]


def test_every_row_of_the_data_is_one_record_in_each_layout(records):
    rows = h328.data()["rows"]
    assert len(records) == 4 * len(rows) == 336
    for r in records:
        n = _n(r)
        assert r["layout"] == h328.layout_of(n) == h328.LAYOUTS[n % 4]
        assert _row(r) is h328.by_locale()[r["locale"]][n // 4]
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h328.LAYOUTS, 84)


def test_every_copy_of_the_number_and_addresses_is_labelled_unchanged(records):
    """The number of the phone field is labelled wherever it stands (alone, or before its
    extension), as often as the layout writes it; each address likewise; nothing else is, and
    no extension is."""
    for r in records:
        row, text = _row(r), r["text"]
        phones, first, second = COPIES[r["layout"]]
        number, mails = h328.number(row), h328.emails(row)
        labelled = Counter(
            (text[s:e], t) for s, e, t, _ in r["spans"]
        )  # fmt: skip
        expected = Counter()
        if number:
            assert text.count(number) == phones, r["id"]
            expected[(number, "PHONE_NUMBER")] = phones
        for i, address in enumerate(mails):
            assert text.count(address) == (first if i == 0 else second), (r["id"], address)
            if text.count(address):
                expected[(address, "EMAIL_ADDRESS")] = text.count(address)
        assert labelled == expected, r["id"]
        for s, e, t, _ in r["spans"]:
            if t == "PHONE_NUMBER":
                assert not text[e : e + 1].isdigit() and not text[s - 1 : s].isdigit(), r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_labels_keep_their_kind(records):
    kinds = phone_kinds(
        records, lambda value: value.startswith("+"), frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
    )
    assert kinds == {"national:Teléfono": 511, "register": 391}


def test_the_data_keeps_the_published_shape():
    """84 rows; 73 phone fields of ten digits run together (five of eight), 59 with an extension
    after `` ext. ``, 11 ``No Disponible``; 79 addresses on institutions' domains in 75 rows;
    no officer's name kept."""
    rows = h328.data()["rows"]
    assert len(rows) == 84
    phones = [h328.field(row) for row in rows if h328.field(row)]
    assert len(phones) == 73
    assert sum(row["fields"]["Teléfono"] == "No Disponible" for row in rows) == 11
    for value in phones:
        assert re.fullmatch(r"\d{8}|\d{10}|\d{8,10} ext\. \d+(?:(?:, | y )\d+)?", value), value
    assert sum(" ext. " in value for value in phones) == 59
    assert sum(len(h328.number(row)) == 8 for row in rows) == 5
    addresses = [a for row in rows for a in h328.emails(row)]
    assert len(addresses) == 79 and sum(bool(h328.emails(row)) for row in rows) == 75
    assert not any(a.endswith(("@gmail.com", "@hotmail.com", "@yahoo.com")) for a in addresses)
    for row in rows:
        assert set(row["fields"]) == {"Ente Público", "Teléfono", "correos"}


def test_the_name_is_in_the_text_and_unlabelled(records):
    """The public body's name stands in every record's text (as the layout escapes it),
    outside the labels."""
    for r in records:
        name = h328.name(_row(r))
        value = {
            "sipot_fr13": name.replace('"', '""'),  # inside a quoted CSV cell
            "conekta_customer": json.dumps(name, ensure_ascii=False)[1:-1],
            "openpay_customer": json.dumps(name, ensure_ascii=False)[1:-1],
        }.get(r["layout"], name)
        found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
        assert found, r["id"]
        assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (CSV, XML and JSON by the standard library), the
    row's number, extension and addresses where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        number, ext, mails = h328.number(row), h328.extension(row), h328.emails(row)
        if r["layout"] == "sipot_fr13":
            lines = list(csv.reader(io.StringIO(text, newline="")))
            assert len(lines) == 8 and lines[1] == ["TÍTULO", "NOMBRE CORTO", "DESCRIPCIÓN"]
            assert lines[5] == ["Tabla Campos"]
            labels, values = lines[6], lines[7]
            assert len(labels) == len(values) == len(lines[3]) == len(lines[4]) == 29
            cell = dict(zip(labels, values, strict=True))
            assert cell["Número telefónico oficial 1"] == number
            assert cell["Extensión 1"] == ext
            assert cell["Correo electrónico oficial"] == "; ".join(mails)
            assert cell["Clave de la entidad federativa"] == "09"
            assert (f"teléfono {h328.field(row)}" in cell["Nota"]) == bool(number)
        elif r["layout"] == "limesurvey_lsr":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.findtext("LimeSurveyDocType") == "Responses"
            names = [f.text for f in root.iter("fieldname")]
            answer = root.find("responses/rows/row")
            assert [c.tag.lstrip("_") for c in answer] == names
            sgqa = [c.text or "" for c in answer if c.tag.startswith("_")]
            assert all(re.fullmatch(r"_\d{6}X\d{2}X\d{3}", c.tag) for c in answer[7:])
            assert sgqa[0] == h328.name(row) and sgqa[2] == h328.field(row)
            assert sgqa[3] == "; ".join(mails)
            assert (f"comunicarse al {h328.field(row)} con" in sgqa[4]) == bool(number)
        elif r["layout"] == "conekta_customer":
            doc = json.loads(text)
            assert doc["object"] == "customer" and doc["id"].startswith("cus_")
            assert doc.get("phone", "") == number and doc.get("email") == (mails or [None])[0]
            meta = doc["metadata"]
            assert meta.get("telefono_directorio", "") == h328.field(row)
            assert meta.get("extension", "") == ext
            assert meta.get("correo_alterno") == (mails[1] if len(mails) > 1 else None)
            source = doc["payment_sources"]["data"][0]
            assert source["parent_id"] == doc["id"] == source["parent_id"]
            assert re.fullmatch(r"93\d{12}", source["reference"])
        else:
            doc = json.loads(text)
            assert doc["name"] == h328.name(row)
            assert doc["phone_number"] == (number or None)
            assert doc["email"] == (mails or [None])[0]
            assert doc["creation_date"].endswith("-06:00")
            assert doc["store"]["reference"].startswith("OPENPAY")


def test_provenance():
    sources = h328.data()["sources"]
    assert set(sources) == {"MX"}
    mx = sources["MX"]
    assert mx["repository"] == "GobCDMX/politicadedatos"
    assert mx["commit"] == "cc9641deef9cb8d70b24fa1988f349ff2a1fe69f"
    assert mx["path"] == "_includes/directorio_oficiales.html"
    assert "not confirmed" in mx["licence"] and mx["publisher"]
    rows = h328.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MX": 84}
    assert all(r["path"].startswith(f"{mx['path']}#") for r in rows)


def test_the_data_file_is_rebuilt_from_the_mirror_byte_for_byte():
    """The extractor writes the committed data file again from the fetched repository (skipped
    where no mirror of it is at hand)."""
    git = Path("/work/.mirror/GobCDMX+politicadedatos/repo")
    if not git.is_dir():
        pytest.skip("no mirror of GobCDMX/politicadedatos")
    import mx_cdmx_info_officers_data as extractor

    data = extractor.extract({"MX": git})
    assert json.dumps(data, ensure_ascii=False, indent=1) + "\n" == h328.ROWS.read_text("utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h328, "held_out_328", tmp_path)
