"""held_out_26 of the PII evaluation set (scripts/pii_held_out_26.py): its committed records
keep the generator's invariants (every labelled phone is its row's real ``Telefon`` field,
copied unchanged, each copy labelled; every labelled e-mail address is the row's, each copy
labelled; the bank's codes and postcode are in the text and unlabelled; each layout is the
format it claims) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import codecs
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_26 as h26  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

PHONE_COPIES = {"hcard_xhtml": 1, "jsonapi_response": 1, "protobuf_text": 1, "flat_ods": 1}
EMAIL_COPIES = {"hcard_xhtml": 2, "jsonapi_response": 1, "protobuf_text": 1, "flat_ods": 2}
# the identifiers every layout writes
IDENTIFIERS = ("Bankleitzahl", "Identnummer", "PLZ")
COLUMNS = ("Kennzeichen", "Identnummer", "Bankleitzahl", "Institutsart", "Sektor",
           "Firmenbuchnummer", "Bankenname", "Straße", "PLZ", "Ort", "Postadresse / Straße",
           "Postadresse / PLZ", "Postadresse / Ort", "Postfach", "Bundesland", "Telefon", "Fax",
           "E-Mail", "SWIFT-Code", "Homepage", "Gründungsdatum", "LEI")  # fmt: skip
H = "{http://www.w3.org/1999/xhtml}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h26.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h26.by_locale()[locale][n]


def _labels(record: dict, entity: str) -> list[str]:
    return [record["text"][s:e] for s, e, t, _ in record["spans"] if t == entity]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h26.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h26.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h26.LAYOUTS, 150)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    for r in records:
        field = _row(r)["fields"]["Telefon"]
        assert field == h26.phone(_row(r)) and sum(c.isdigit() for c in field) >= 6
        phones = _labels(r, "PHONE_NUMBER")
        assert phones == [field] * r["text"].count(field), r["id"]
        assert len(phones) == PHONE_COPIES[r["layout"]], r["id"]
        assert personal_phone(field, "AT")
        kind = "international" if field.startswith("+") else "national"
        details = [d for *_, t, d in r["spans"] if t == "PHONE_NUMBER"]
        assert details == [f"{kind}:Telefon"], r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_every_e_mail_label_is_the_rows_address_and_every_copy_is_labelled(records):
    for r in records:
        address = h26.email(_row(r))
        assert address == _row(r)["fields"]["E-Mail"], r["id"]
        emails = _labels(r, "EMAIL_ADDRESS")
        copies = EMAIL_COPIES[r["layout"]] if address else 0
        assert emails == [address] * copies, r["id"]
        assert not address or r["text"].count(address) == copies, r["id"]


def test_a_field_that_is_not_one_address_is_not_written():
    assert h26.email({"fields": {"E-Mail": "info@bank.at; office@bank.at"}}) == ""
    assert h26.email({"fields": {"E-Mail": ""}}) == ""
    assert h26.email({"fields": {"E-Mail": " info@raibamatrei.at "}}) == "info@raibamatrei.at"


def test_the_banks_identifiers_are_in_the_text_and_unlabelled(records):
    """The bank code, the OeNB's identification number, the postcode and the register number
    stand in every record outside the labels, the BIC and the LEI wherever the row has them."""
    for r in records:
        fields = _row(r)["fields"]
        values = [fields[c] for c in IDENTIFIERS] + [fields["Firmenbuchnummer"]]
        values += [fields[c] for c in ("SWIFT-Code", "LEI") if fields[c]]
        for value in values:
            found = [
                m.start()
                for m in re.finditer(rf"(?<![\dA-Z]){re.escape(value)}(?![\dA-Z])", r["text"])
            ]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)


def _proto_fields(text: str) -> dict[str, str]:
    """The scalar fields of a text-format message, by name (nested names joined by ``.``), the
    strings unescaped as protobuf reads them."""
    out, path = {}, []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("{"):
            path.append(line[:-1].strip())
        elif line == "}":
            path.pop()
        else:
            name, value = line.split(": ", 1)
            if value.startswith('"'):
                value = codecs.escape_decode(value[1:-1].encode())[0].decode()
            out[".".join([*path, name])] = value
    assert not path
    return out


def test_each_layout_is_the_format_it_claims(records):
    """The page is XML with the phone as the h-card's ``p-tel`` and the address on its
    ``u-email`` link; the JSON:API body parses, its length is the header's, its resource the
    row's bank code; the text-format dump reads back to the row's values, non-ASCII as
    octal escapes; the spreadsheet is XML whose second row holds the row's values, the codes
    as float cells."""
    for r in records:
        fields, text = _row(r)["fields"], r["text"]
        mail = fields["E-Mail"]
        if r["layout"] == "hcard_xhtml":
            root = ElementTree.fromstring(text.encode("utf-8"))
            card = next(el for el in root.iter() if el.get("class") == "h-card")
            by_class = {el.get("class"): el for el in card.iter()}
            assert by_class["p-tel"].text == fields["Telefon"]
            assert by_class["p-uid"].text == fields["Bankleitzahl"]
            assert by_class["p-postal-code"].text == fields["PLZ"]
            if mail:
                link = by_class["u-email"]
                assert (link.text, link.get("href")) == (mail, f"mailto:{mail}")
        elif r["layout"] == "jsonapi_response":
            head, body = text.split("\n\n", 1)
            assert head.startswith("HTTP/1.1 200 OK\n")
            assert f"Content-Length: {len(body.rstrip(chr(10)).encode())}" in head
            document = json.loads(body)
            assert document["data"]["id"] == fields["Bankleitzahl"]
            contact = document["data"]["attributes"]["kontakt"]
            assert contact == {"telefon": fields["Telefon"], "email": mail or None}
            (institute,) = document["included"]
            assert institute["id"] == document["data"]["relationships"]["institut"]["data"]["id"]
            assert institute["attributes"]["identnummer"] == int(fields["Identnummer"])
            assert document["meta"]["zeile"] == h26.line_number(_row(r))
        elif r["layout"] == "protobuf_text":
            assert text.isascii()
            found = _proto_fields(text)
            assert found["kontakt.telefon"] == fields["Telefon"]
            assert found.get("kontakt.email", "") == mail
            assert found["name"] == fields["Bankenname"]
            assert found["anschrift.strasse"] == fields["Straße"]
            assert found["identnummer"] == str(int(fields["Identnummer"]))
            assert found["quelle_zeile"] == str(h26.line_number(_row(r)))
        else:
            root = ElementTree.fromstring(text.encode("utf-8"))
            header, values = root.iter(f"{TABLE}table-row")
            names = ["".join(c.itertext()) for c in header.iter(f"{TABLE}table-cell")]
            cells = dict(zip(names, values.iter(f"{TABLE}table-cell"), strict=True))
            assert "".join(cells["Telefon"].itertext()) == fields["Telefon"]
            for column in ("Bankleitzahl", "Identnummer", "PLZ"):
                cell = cells[column]
                assert cell.get(f"{OFFICE}value-type") == "float"
                assert int(cell.get(f"{OFFICE}value")) == int(fields[column])
            if mail:
                (link,) = cells["E-Mail"].iter(f"{TEXT}a")
                assert (link.text, link.get(f"{XLINK}href")) == (mail, f"mailto:{mail}")
            if fields["Gründungsdatum"]:
                assert cells["Gründungsdatum"].get(f"{OFFICE}date-value") == h26.founded(_row(r))


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h26.data()["sources"]
    assert set(sources) == {"AT"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h26.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AT": 600}
    assert all(tuple(r["fields"]) == COLUMNS for r in rows)


def test_the_values_are_of_one_country(records):
    labels = Counter((r["locale"], s[2]) for r in records for s in r["spans"])
    assert labels == {("reg:AT", "PHONE_NUMBER"): 600, ("reg:AT", "EMAIL_ADDRESS"): 892}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h26.write(rebuilt)
    assert rebuilt.read_bytes() == h26.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_26"
