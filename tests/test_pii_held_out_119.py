"""held_out_119 of the PII evaluation set (scripts/pii_held_out_119.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the library's name, commune and street address are in the
text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_119 as h119  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the library's identifiers, in every layout (the street where the row has one)
IDENTIFIERS = ("Nombre", "Comuna", "Dirección")
BME = "{http://www.bmecat.org/bmecat/2005}"
G = "{http://base.google.com/ns/1.0}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h119.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h119.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h119.data()["rows"]) == 344
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h119.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "schema_org_microdata": 86, "bmecat_catalog": 86, "shopify_product_csv": 86,
        "merchant_feed": 86,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h119.phone(row)
        copies = text.count(value)
        assert copies >= 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "CL") else short)[(number, h119.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind.split(":")[0] == ("international" if intl else "national")


def test_the_data_keeps_the_published_shape():
    """Every kept phone is the list's nine digits; no contact-person or e-mail column is
    kept."""
    rows = h119.data()["rows"]
    assert all(re.fullmatch(r"\d{9}", h119.phone(row)) for row in rows)
    assert all("Contacto" not in row["fields"] and "Correo" not in row["fields"] for row in rows)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The library's name, commune and street address (where it has one) stand in every
    record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h119._f(_row(r), column)
            if not value:
                assert column == "Dirección", r["id"]
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


class _Microdata(HTMLParser):
    """The ``itemprop`` values of a page: an element's ``content`` or ``href``, or its text."""

    def __init__(self) -> None:
        super().__init__()
        self.props: list[tuple[str, str]] = []
        self.types: list[str] = []
        self._open: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "itemtype" in a:
            self.types.append(a["itemtype"])
        if "itemprop" in a:
            if "content" in a:
                self.props.append((a["itemprop"], a["content"]))
            elif "href" in a:
                self.props.append((a["itemprop"] + "@href", a["href"]))
            if "itemscope" not in a and tag != "meta":
                self._open.append(a["itemprop"])

    def handle_data(self, data):
        if self._open and data.strip():
            self.props.append((self._open[-1], data.strip()))

    def handle_endtag(self, tag):
        if self._open and tag in ("span", "a", "h1", "time"):
            self._open.pop()


def test_the_documents_are_well_formed(records):
    """Each document parses with its format's parser (an HTML parser for the microdata,
    ElementTree for BMEcat and the RSS feed, the csv module for Shopify's import), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h119.phone(row), h119._f(row, "Nombre")
        if r["layout"] == "schema_org_microdata":
            page = _Microdata()
            page.feed(text)
            props: dict[str, str] = {}
            for key, value in page.props:
                props.setdefault(key, value)
            assert page.types[:2] == [
                "https://schema.org/Library", "https://schema.org/PostalAddress",
            ]  # fmt: skip
            assert props["name"] == name and props["telephone"] == tel
            assert props["telephone@href"] == f"tel:{tel}"
            assert props["addressLocality"] == h119._f(row, "Comuna")
            assert props["addressCountry"] == "CL"
            assert props.get("streetAddress", "") == h119._f(row, "Dirección")
        elif r["layout"] == "bmecat_catalog":
            root = ET.fromstring(text)
            assert root.tag == f"{BME}BMECAT" and root.get("version") == "2005"
            buyer = root.find(f"{BME}HEADER/{BME}BUYER")
            assert buyer.findtext(f"{BME}BUYER_NAME") == name
            address = buyer.find(f"{BME}ADDRESS")
            assert address.findtext(f"{BME}PHONE") == tel
            assert address.find(f"{BME}PHONE").get("type") == "office"
            assert tel in address.findtext(f"{BME}REMARKS")
            assert address.findtext(f"{BME}CITY") == h119._f(row, "Comuna")
            products = root.findall(f"{BME}T_NEW_CATALOG/{BME}PRODUCT")
            assert len(products) == 2
            for p in products:
                isbn = p.findtext(f"{BME}PRODUCT_DETAILS/{BME}INTERNATIONAL_PID")
                assert re.fullmatch(r"978956\d{7}", isbn)
        elif r["layout"] == "shopify_product_csv":
            rows = list(csv.DictReader(io.StringIO(text)))
            assert len(rows) == 2 and list(rows[0]) == list(h119.SHOPIFY_COLUMNS)
            first, second = rows
            assert first["Handle"] == second["Handle"] and first["Vendor"] == name
            assert f"Consultas al {tel}." in first["Body (HTML)"]
            assert first["SEO Description"].endswith(f"Llame al {tel}.")
            assert first["Variant Barcode"] == second["Variant Barcode"]
        else:
            root = ET.fromstring(text)
            assert root.tag == "rss" and root.get("version") == "2.0"
            items = root.findall("channel/item")
            assert len(items) == 2
            for item in items:
                assert item.findtext("description").endswith(f"Consultas al {tel}.")
                assert item.findtext(f"{G}condition") == "used"
                assert re.fullmatch(r"\d+ CLP", item.findtext(f"{G}price"))
                assert item.findtext(f"{G}shipping/{G}country") == "CL"


def test_provenance():
    sources = h119.data()["sources"]
    assert set(sources) == {"CL"}
    cl = sources["CL"]
    assert cl["repository"] == "Fariver/Proyecto-Chile-en-Paginas"
    assert cl["commit"] == "dd6a44a8ba927181cd694c72fc7270f28e155952"
    assert cl["path"] == "Entrega_04/López_Integrante_01_Gabriela/chile-bibliotecas.csv"
    assert "not confirmed" in cl["licence"] and cl["publisher"]
    rows = h119.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CL": 344}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(list(r["fields"]) == cl["kept_columns"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h119, "held_out_119", tmp_path)
