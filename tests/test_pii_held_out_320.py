"""held_out_320 of the PII evaluation set (scripts/pii_held_out_320.py): its committed records
keep the generator's invariants (every labelled phone is one of the house's real telephones,
copied unchanged and labelled whole, each copy labelled; the e-mail address likewise; the name
is in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_320 as h320  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h320.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h320.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h320.data()["rows"]) == 320
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h320.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert not r["unscored"] and not r["distractors"]
    assert Counter(r["layout"] for r in records) == {
        "sapl_api": 80, "siconv_proponente_csv": 80, "govbr_ds_page": 80, "ploomes_contact": 80,
    }  # fmt: skip


def _written(layout: str, row: dict) -> list[str]:
    """The telephones a layout writes (Siconv's file has a phone and a fax column only)."""
    tels = h320.phones(row)
    return tels[:2] if layout == "siconv_proponente_csv" else tels


def test_every_copy_of_each_telephone_and_address_is_labelled_whole(records):
    """Each telephone the layout writes stands in the text, every copy labelled as a whole
    under its column; the address too where the row has a well-formed one; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected: Counter = Counter()
        for column in h320.PHONES:
            value = h320._f(row, column)
            if value and value in _written(r["layout"], row):
                assert text.count(value) >= 1, (r["id"], value)
                expected[(value, "PHONE_NUMBER", f"national:{column}")] += text.count(value)
        mail = h320.email(row)
        if mail:
            copies = len(re.findall(rf"(?<![\w.@-]){re.escape(mail)}(?![\w.@-])", text))
            assert copies >= 1, r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] += copies
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h320.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:telefone_1": 560, "national:telefone_2": 39, "national:telefone_3": 1,
        "register": 331,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """320 houses (318 câmaras municipais), each with one to three telephones of seven digits
    or more as published (digits and separators only); 13 with a spaced hyphen kept; 222 with
    one well-formed e-mail address (3 more with a field of two addresses or a broken one)."""
    rows = h320.data()["rows"]
    assert Counter(r["fields"]["tipo"] for r in rows) == {"CM": 318, "AL": 1, "OI": 1}
    assert Counter(len(h320.phones(r)) for r in rows) == {1: 287, 2: 32, 3: 1}
    for row in rows:
        for tel in h320.phones(row):
            assert re.fullmatch(r"[\d\s().\-/]+", tel) and sum(c.isdigit() for c in tel) >= 7
    assert sum(" - " in tel for r in rows for tel in h320.phones(r)) == 13
    assert sum(bool(h320.email(r)) for r in rows) == 222
    assert sum(bool(r["fields"]["email"].strip()) for r in rows) == 225
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_name_is_in_the_text_and_unlabelled(records):
    """The house's name (in capitals in Siconv's file) stands in every record's text, outside
    the labels."""
    for r in records:
        name = h320._f(_row(r), "nome")
        if r["layout"] == "siconv_proponente_csv":
            name = name.upper()
        elif r["layout"] == "govbr_ds_page":
            name = escape(name)
        else:
            name = json.dumps(name, ensure_ascii=False)[1:-1]
        found = [m.start() for m in re.finditer(re.escape(name), r["text"])]
        assert found, r["id"]
        assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Page(HTMLParser):
    """The tags' classes of a page, and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.classes: list[str] = []
        self.mailto: list[str] = []
        self.data = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.classes += (attrs.get("class") or "").split()
        if tag == "a" and (attrs.get("href") or "").startswith("mailto:"):
            self.mailto.append(attrs["href"][len("mailto:") :])

    def handle_data(self, data):
        self.data += data


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tels, mail = h320.phones(row), h320.email(row)
        if r["layout"] == "sapl_api":
            doc = json.loads(text)
            assert doc["pagination"]["total_entries"] == 1 and len(doc["results"]) == 1
            casa = doc["results"][0]
            assert list(casa)[:3] == ["id", "__str__", "metadata"]
            assert casa["telefone"] == tels[0] and casa["fax"] == (tels[1:2] or [""])[0]
            assert casa["email"] == mail and casa["nome"] == h320._f(row, "nome")
            assert all(tel in casa["informacao_geral"] for tel in tels)
            assert casa["logotipo"].startswith(f"https://{h320.host(row)}/media/sapl/")
        elif r["layout"] == "siconv_proponente_csv":
            lines = list(csv.reader(io.StringIO(text), delimiter=";"))
            assert lines[0] == list(h320.SICONV_HEADER) and len(lines) == 2
            fields = dict(zip(lines[0], lines[1], strict=True))
            assert fields["TELEFONE_PROPONENTE"] == tels[0]
            assert fields["FAX_PROPONENTE"] == (tels[1:2] or [""])[0]
            assert fields["EMAIL_PROPONENTE"] == mail
            cnpj = [int(c) for c in fields["IDENTIF_PROPONENTE"]]
            assert len(cnpj) == 14 and cnpj[8:12] == [0, 0, 0, 1]
            assert all(line.startswith('"') for line in text.splitlines())
        elif r["layout"] == "govbr_ds_page":
            page = _Page()
            page.feed(text)
            assert {"br-header", "br-breadcrumb", "br-list", "br-item", "br-footer"} <= set(
                page.classes
            )
            assert all(tel in page.data for tel in tels)
            assert page.mailto == ([mail] if mail else [])
            footer = text[text.index('<footer class="br-footer">') :]
            assert f"Telefone {tels[0]}" in footer
        else:
            doc = json.loads(text)
            assert doc["@odata.context"].startswith("https://api2.ploomes.com/$metadata#Contacts")
            (contact,) = doc["value"]
            assert contact["TypeId"] == 1 and contact["Email"] == (mail or None)
            assert [p["PhoneNumber"] for p in contact["Phones"]] == tels
            assert all(p["CountryId"] == 76 and p["ContactId"] == contact["Id"]
                       for p in contact["Phones"])  # fmt: skip
            assert tels[0] in contact["Note"]


def test_provenance():
    sources = h320.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "interlegis/sigi"
    assert br["commit"] == "5c5653a1d2cc0c3d15c8ed71a8dba6649ff1bfdd"
    assert br["paths"] == ["sigi/fixtures/casas_20081120.json", "sigi/fixtures/contatos.json"]
    assert "not confirmed" in br["licence"] and br["publisher"]
    rows = h320.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 320}
    assert not any("historico" in r["fields"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h320, "held_out_320", tmp_path)
