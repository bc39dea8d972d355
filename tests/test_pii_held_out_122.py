"""held_out_122 of the PII evaluation set (scripts/pii_held_out_122.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_122 as h122  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("名称", "所在地_連結表記")
ONIX = "{http://ns.editeur.org/onix/3.0/reference}"
XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB = "{http://www.idpf.org/2007/ops}"
DC = "{http://datacite.org/schema/kernel-4}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h122.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h122.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h122.data()["rows"]) == 290
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h122.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "jats_article": 73, "onix_product": 73, "epub_xhtml": 72, "datacite_xml": 72,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h122.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "JP") else short)[(number, h122.PHONE)] += copies
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
        assert all(kind.split(":")[0] == "national" for *_, kind in r["spans"])


def test_the_data_keeps_the_published_shape():
    """Every kept phone is the city's hyphenated ten digits, area code 0948 (one 0949); one
    field with a trailing blank, kept as published."""
    rows = h122.data()["rows"]
    assert all(re.fullmatch(r"094[89]-\d{2}-\d{4}", h122.phone(row)) for row in rows)
    assert sum(row["fields"][h122.PHONE] != h122.phone(row) for row in rows) == 1
    assert Counter(h122.medical(row) for row in rows) == {True: 140, False: 150}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text (as XML text), outside the
    labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = escape(h122._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _xml(text: str) -> ET.Element:
    """The document's root (the JATS doctype declaration and XHTML's ``<!DOCTYPE html>``
    are read past by the parser)."""
    return ET.fromstring(text.encode("utf-8"))


def test_the_documents_are_well_formed(records):
    """Each document parses as XML (ElementTree), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h122.phone(row), h122._f(row, "名称")
        root = _xml(text)
        if r["layout"] == "jats_article":
            assert root.tag == "article" and root.get("dtd-version") == "1.3"
            meta = root.find("front/article-meta")
            assert meta.findtext("contrib-group/contrib/collab") == name
            assert meta.findtext("aff/institution") == name
            assert meta.findtext("aff/phone") == tel
            assert meta.find("aff/country").get("country") == "JP"
            assert tel in meta.findtext("author-notes/corresp")
            assert re.fullmatch(r"10\.\d{5}/chikuho\.2024\.\d+\.\d_\d+",
                                meta.findtext("article-id"))  # fmt: skip
        elif r["layout"] == "onix_product":
            assert root.tag == f"{ONIX}ONIXMessage" and root.get("release") == "3.0"
            product = root.find(f"{ONIX}Product")
            isbn = product.findtext(f"{ONIX}ProductIdentifier/{ONIX}IDValue")
            assert re.fullmatch(r"9784\d{9}", isbn)
            supplier = product.find(f"{ONIX}ProductSupply/{ONIX}SupplyDetail/{ONIX}Supplier")
            assert supplier.findtext(f"{ONIX}SupplierName") == name
            assert supplier.findtext(f"{ONIX}TelephoneNumber") == tel
            text_ = product.findtext(f"{ONIX}CollateralDetail/{ONIX}TextContent/{ONIX}Text")
            assert f"お問い合わせは{tel}まで。" in text_
        elif r["layout"] == "epub_xhtml":
            assert root.tag == f"{XHTML}html"
            section = root.find(f"{XHTML}body/{XHTML}section")
            assert section.get(f"{EPUB}type") == "chapter"
            links = [a for a in section.iter(f"{XHTML}a") if a.get("href", "").startswith("tel:")]
            assert len(links) == 1
            assert links[0].get("href") == f"tel:{tel}" and links[0].text == tel
            h2 = section.find(f"{XHTML}h2")
            assert "".join(h2.itertext()).startswith(name)
        else:
            assert root.tag == f"{DC}resource"
            assert root.find(f"{DC}identifier").get("identifierType") == "DOI"
            contributor = root.find(f"{DC}contributors/{DC}contributor")
            assert contributor.get("contributorType") == "HostingInstitution"
            assert contributor.findtext(f"{DC}contributorName") == name
            descriptions = root.findall(f"{DC}descriptions/{DC}description")
            assert len(descriptions) == 2 and all(tel in d.text for d in descriptions)
            point = root.find(f"{DC}geoLocations/{DC}geoLocation/{DC}geoLocationPoint")
            if h122._f(row, "緯度"):
                assert point.findtext(f"{DC}pointLatitude") == h122._f(row, "緯度")


def test_provenance():
    sources = h122.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "b84330808/iizuka-ikeru-navi"
    assert jp["commit"] == "191f36bc672c703c266f7db06dbea7f0cc8db38e"
    assert jp["paths"] == ["data/hospitals.csv", "data/facilities.csv"]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h122.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 290}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h122, "held_out_122", tmp_path)
