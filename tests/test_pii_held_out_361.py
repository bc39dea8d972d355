"""held_out_361 of the PII evaluation set (scripts/pii_held_out_361.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real number,
unchanged, each copy labelled; the university's name, code and address are in the text and
unlabelled), each document parses as its format, the extractor's rules hold on the data, and the
part is rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

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

import jp_mext_universities_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_361 as h361  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

OAI = "{http://www.openarchives.org/OAI/2.0/}"
JPCOAR = "{https://github.com/JPCOAR/schema/blob/master/2.0/}"
DATACITE = "{https://schema.datacite.org/meta/kernel-4/}"
DC = "{http://purl.org/dc/elements/1.1/}"
# copies of the number a record of each layout writes
COPIES = {
    "jpcoar_oai_record": 2,
    "billing_robo_upsert": 2,
    "openlogi_shipment": 2,
    "logiless_order": 3,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h361.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h361.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h361.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h361.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:JP"
        assert r["language"] in ("ja", "en")  # as the pipeline's langid reads the page
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h361.LAYOUTS}


def test_every_copy_of_the_number_is_labelled_unchanged(records):
    """The number is labelled wherever it stands, whole, under ``tel``; nothing else is
    labelled and no distractor is."""
    for r in records:
        tel, text = h361.phone(_row(r)), r["text"]
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:tel"): COPIES[r["layout"]]}, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text.replace("********", ""), r["id"]


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h361.international) == {"national:tel": 900}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "jpcoar_oai_record":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The university's name and the postal address's postcode (or the address, where the
    layout keeps it whole) stand in every record's text, outside the labels; the JPCOAR
    records carry the English name too, the others a code made of the ministry's code."""
    for r in records:
        row = _row(r)
        postcode, _, rest = h361.address_parts(row)
        values = [h361._f(row, "name"), postcode or rest]
        if r["layout"] == "jpcoar_oai_record":
            values.append(h361._f(row, "name_eng"))
        else:
            values.append(h361.code_of(row))
        for value in values:
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _body(text: str) -> dict:
    """The JSON body of an HTTP request as the layouts write it (request line, headers, a blank
    line, the body)."""
    head, body = text.split("\n\n", 1)
    assert head.startswith("POST https://")
    return json.loads(body)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h361.phone(row), h361._f(row, "name")
        postcode, pref, rest = h361.address_parts(row)
        if r["layout"] == "jpcoar_oai_record":
            root = ET.fromstring(text.encode("utf-8"))
            rec = root.find(f"{OAI}GetRecord/{OAI}record")
            meta = rec.find(f"{OAI}metadata/{JPCOAR}jpcoar")
            titles = {t.get("{http://www.w3.org/XML/1998/namespace}lang"): t.text
                      for t in meta.findall(f"{DC}title")}  # fmt: skip
            assert titles["ja"].startswith(f"{name} 大学概要 ")
            assert titles["en"].startswith(h361._f(row, "name_eng"))
            pub = meta.find(f"{JPCOAR}publisher")
            assert pub.findtext(f"{JPCOAR}publisherName") == name
            assert pub.findtext(f"{JPCOAR}publisherDescription").endswith(f"代表電話 {tel}")
            other = [d.text for d in meta.findall(f"{DATACITE}description")
                     if d.get("descriptionType") == "Other"]  # fmt: skip
            assert len(other) == 1 and other[0].endswith(f"電話 {tel}")
            assert rec.findtext(f"{OAI}header/{OAI}identifier").startswith("oai:")
        elif r["layout"] == "billing_robo_upsert":
            doc = _body(text)
            assert doc["user_id"] == doc["access_key"] == "********"
            (billing,) = doc["billing"]
            (ind,) = billing["individual"]
            assert billing["name"] == ind["address1"] == name
            assert ind["tel"] == tel and f"代表 {tel} " in ind["memo"]
            assert ind["zip_code"] == postcode and ind["city_address"] == rest
            assert ind["pref"] == (pref or "その他") and "email" not in ind
        elif r["layout"] == "openlogi_shipment":
            doc = _body(text)
            for party in ("recipient", "sender"):
                assert doc[party]["company"] == name and doc[party]["phone"] == tel
                assert doc[party]["postcode"] == postcode and doc[party]["address1"] == rest
            assert doc["delivery_carrier"] == "YAMATO" and len(doc["items"]) == 2
            assert all(i["code"].startswith(h361.code_of(row)) for i in doc["items"])
        else:
            order = _body(text)["sales_order"]
            assert order["buyer_name1"] == order["recipient_name1"] == name
            assert order["buyer_phone"] == order["recipient_phone"] == tel
            assert f"代表 {tel} 経由" in order["merchant_comment"]
            assert order["payment_method"] == "sales_on_credit" and len(order["lines"]) == 2
            assert order["buyer_post_code"] == postcode and order["buyer_address1"] == rest


def test_the_data_keeps_the_published_shape():
    """Every kept number is ten digits (one IP phone eleven) in the ministry's groups, joined
    by full-width or ASCII hyphens or a half-width prolonged sound mark, a number a person
    could hold, no two alike and none an earlier Japanese part holds; the president's name is
    not kept."""
    rows = h361.data()["rows"]
    tels = [h361.phone(row) for row in rows]
    seps = Counter(re.sub(r"\d", "", t)[0] for t in tels)
    assert seps == {"－": 380, "-": 19, "ｰ": 1}
    assert all(re.fullmatch(r"0\d{1,4}[-－ｰ]\d{1,4}[-－ｰ]\d{4}", t) for t in tels)
    lengths = Counter(len(re.sub(r"\D", "", t)) for t in tels)
    assert lengths == {10: 399, 11: 1}  # one IP phone number, 050－5525－2013
    assert all(personal_phone(t, "JP") for t in tels)
    digits = {extractor.digits_of(t) for t in tels}
    assert len(digits) == 400
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "81")
    assert not digits & earlier
    assert all(set(row["fields"]) == set(extractor.KEPT) for row in rows)
    assert Counter(row["fields"]["type"] for row in rows) == {"私立": 321, "公立": 42, "国立": 37}


def test_the_extractor_keeps_only_a_number_of_the_published_shape():
    """A ``tel`` that holds an address, a note naming staff or ``（代）`` is left out."""
    keep = extractor.SHAPE.fullmatch
    assert keep("011－716－2111") and keep("098-895-8012") and keep("0263ｰ58ｰ4417")
    assert keep("06ー6394ー1617")
    assert not keep("0982－23－5555（代）")
    assert not keep("06-6605-2011（総務課＜CP＞）")
    assert not keep("東京都千代田区二番町5－1")


def test_provenance():
    sources = h361.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "EJU-Express/University-info-of-Japan"
    assert jp["commit"] == "d55b2d569e0be8422a3e959713c2640685cb67f5"
    assert jp["paths"] == ["university/datas/r4-university-info.json"]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h361.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h361, "held_out_361", tmp_path)
