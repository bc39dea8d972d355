"""held_out_327 of the PII evaluation set (scripts/pii_held_out_327.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled; every copy of the row's e-mail addresses labelled;
the name, address and postcode are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_327 as h327  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the prefecture's identifiers, in every layout
IDENTIFIERS = ("prefettura", "indirizzo", "cap")
NQUAD = re.compile(r'<[^>]+> <[^>]+> (?:<[^>]+>|"(?:[^"\\]|\\.)*"(?:@it)?) <[^>]+> \.')
SM = "https://w3id.org/italia/onto/SM/"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h327.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h327.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h327.data()["rows"]) == 106
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h327.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "it"
    assert Counter(r["layout"] for r in records) == {
        "ontopia_nquads": 27, "jmap_email_get": 27, "bruno_request": 26, "couchdb_all_docs": 26,
    }  # fmt: skip


def _numbers(value: str) -> list[str]:
    return [value[s:e] for s, e in h327.split(value)]


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands, under its
    column; nothing else is a phone label, and no short number is left as a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = Counter()
        for column, value in ((h327.PHONE, h327.phone(row)), (h327.FAX, h327.fax(row))):
            if not value:
                continue
            copies = text.count(value)
            assert copies >= 1, (r["id"], column)
            for number in _numbers(value):
                assert personal_phone(number, "IT"), (r["id"], number)
                expected[(number, column)] += copies
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_every_copy_of_the_e_mail_addresses_is_labelled(records):
    for r in records:
        row, text = _row(r), r["text"]
        addresses = {a for a in (h327.mail(row), h327.pec(row)) if a}
        assert h327.pec(row) in text
        got = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        assert got == Counter({a: text.count(a) for a in addresses}), r["id"]
        assert not set(re.findall(r"[\w.-]+@[\w.-]+\.[a-z]+", text)) - addresses, r["id"]


def test_the_fields_that_hold_two_numbers_are_labelled_apart(records):
    """Lodi's phone field and Savona's fax hold two numbers each, labelled apart (the second
    national); Cremona's blank before the slash stays inside its one number; Ancona's trailing
    comma is left out of its label."""
    by_source = {r["source"].rsplit("#", 1)[1]: r for r in records}
    labels = {
        n: [(r["text"][s:e], k) for s, e, t, k in r["spans"] if t == "PHONE_NUMBER"]
        for n, r in by_source.items()
    }
    assert ("0371/447409", "national:telefono") in labels["49"]
    assert ("+39 0371/4471", "international:telefono") in labels["49"]
    assert ("8416400", "national:fax") in labels["86"]
    assert ("+39 019 821755", "international:fax") in labels["86"]
    assert ("+39 0372 /4881", "international:telefono") in labels["28"]
    assert {v for v, _ in labels["3"]} == {"+39 071 22821"}


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h327.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "international:telefono": 159, "international:fax": 105, "national:telefono": 1,
        "national:fax": 1, "register": 237,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """All 106 prefectures, each with a number of six digits or more in ``telefono``, all with
    ``+39``; 105 with a fax; 104 with an address in ``mail`` (two blanks kept; Savona's a PEC
    address, ``elettorale.pref.sv@pec.interno.it``); every address an office's, at the
    Ministry's domains but Aosta's, at the Region's."""
    rows = h327.data()["rows"]
    assert [int(r["fields"]["id_elenco"]) for r in rows] == list(range(1, 107))
    for row in rows:
        assert sum(c.isdigit() for c in row["fields"]["telefono"]) >= 6
        assert row["fields"]["telefono"].startswith("+39 ")
    assert sum(bool(h327.fax(row)) for row in rows) == 105
    assert sum(bool(h327.mail(row)) for row in rows) == 104
    assert sum(row["fields"]["mail"] == " " for row in rows) == 2
    domains = Counter(a.split("@")[1] for row in rows for a in (h327.mail(row), h327.pec(row)) if a)
    assert domains == {"interno.it": 102, "pec.interno.it": 106, "regione.vda.it": 1,
                       "pec.regione.vda.it": 1}  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string in JSON and Bruno's body, an N-Quads
    literal's content)."""
    if layout == "ontopia_nquads":
        return h327._nq(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, address and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h327._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _bru_blocks(text: str) -> dict[str, str]:
    """The top-level blocks of a Bruno request file, by name, each block's inner text."""
    blocks, name, inner = {}, None, []
    for line in text.splitlines():
        if name is None:
            m = re.fullmatch(r"([\w:-]+) \{", line)
            if m:
                name, inner = m.group(1), []
            else:
                assert line == "", line
        elif line == "}":
            blocks[name], name = "\n".join(inner), None
        else:
            inner.append(line)
    assert name is None
    return blocks


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, N-Quads and Bru by
    their line grammar), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, pec, mail = h327.phone(row), h327.fax(row), h327.pec(row), h327.mail(row)
        if r["layout"] == "ontopia_nquads":
            lines = text.splitlines()
            assert text.endswith(" .\n") and all(NQUAD.fullmatch(line) for line in lines)
            assert len({line.rsplit(" ", 2)[1] for line in lines}) == 1  # one graph
            numbers = re.findall(rf'<{SM}telephoneNumber> "([^"]*)"', text)
            assert numbers == [tel, fax] if fax else numbers == [tel]
            addresses = re.findall(rf'<{SM}emailAddress> "([^"]*)"', text)
            assert addresses == [mail, pec] if mail else addresses == [pec]
        elif r["layout"] == "jmap_email_get":
            doc = json.loads(text)
            method, result, call = doc["methodResponses"][0]
            assert (method, call) == ("Email/get", "c1") and result["notFound"] == []
            message = result["list"][0]
            assert message["from"][0]["email"] == (mail or pec)
            assert message["to"][0]["email"] == pec
            body = message["bodyValues"][message["textBody"][0]["partId"]]["value"]
            assert message["textBody"][0]["size"] == len(body.encode("utf-8"))
            assert f"Tel. {tel}" in body and body.endswith(f"PEC: {pec}")
            assert not fax or f"Fax {fax}" in body
        elif r["layout"] == "bruno_request":
            blocks = _bru_blocks(text)
            assert list(blocks) == [
                "meta", "put", "auth:bearer", "headers", "vars:pre-request", "body:json",
                "assert", "docs",
            ]  # fmt: skip
            assert "  type: http" in blocks["meta"] and "  body: json" in blocks["put"]
            body = json.loads(blocks["body:json"])
            assert body["telefono"] == tel and body["pec"] == pec
            assert body["fax"] == (fax or None) and body["email"] == (mail or None)
            assert blocks["vars:pre-request"] == f"  ufficioId: {row['fields']['id_elenco']}"
            assert f"Centralino: {tel}." in blocks["docs"]
        else:
            head, item, tail = text.split("\r\n")
            assert tail == "]}\n" and head.endswith('"rows":[')
            outer = json.loads(head + item + "]}")
            assert outer["total_rows"] == 106
            assert outer["offset"] == int(row["fields"]["id_elenco"]) - 1
            row_doc = outer["rows"][0]
            assert row_doc["id"] == row_doc["key"] == row_doc["doc"]["_id"]
            assert row_doc["value"]["rev"] == row_doc["doc"]["_rev"]
            recapiti = row_doc["doc"]["recapiti"]
            assert recapiti["telefono"] == tel and recapiti["pec"] == pec
            assert recapiti.get("fax", "") == fax and recapiti.get("email", "") == mail


def test_provenance():
    sources = h327.data()["sources"]
    assert set(sources) == {"IT"}
    it = sources["IT"]
    assert it["repository"] == "lukes1582/dati_sql"
    assert it["commit"] == "2a9cd37243b2d23ea3830eca329e2c2470403b9b"
    assert it["path"] == "bb_elenco_contatti_prefetture_italia.sql"
    assert "not confirmed" in it["licence"] and it["publisher"]
    rows = h327.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IT": 106}
    assert all(v is None or isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h327, "held_out_327", tmp_path)
