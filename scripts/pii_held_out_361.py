"""held_out_361 of the PII evaluation set: real phone fields of a register no earlier part used
(the Ministry of Education, Culture, Sports, Science and Technology's list of Japan's
universities, 全国大学一覧; Japan's earlier parts took city, prefecture and ministry lists of
nurseries, hospitals, care facilities, pharmacies, schools, libraries, roadside stations and
offices) exactly as published, in layouts no earlier part has, beside the list's own names,
English names, kinds, university codes and addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``tel`` (the head office's number) of 400 universities, a seeded sample of
  the first row of each number of a kept shape that no earlier Japanese part holds
  (``scripts/data/pii_jp_mext_universities.json``, written by
  ``scripts/jp_mext_universities_data.py``; source and licence in that file): Japanese numbers
  as the ministry typed them, area code, exchange and line joined by full-width hyphens in most
  (``011－716－2111``), ASCII hyphens in 19 (``098-895-8012``) and a half-width katakana
  prolonged sound mark in one (``0263ｰ58ｰ4417``), all of ten digits but one IP phone number
  (``050－5525－2013``); one number a field, no fax or e-mail column; each copy labelled
  whole;
* the text around them is the same row's real fields: the name, English name, kind (``国立``,
  ``公立``, ``私立``), the ministry's university code (``F101110100010``) and the postal
  address, its postcode (``060－0808``, seven digits, hyphenated as published) split off where
  a layout has a postcode field, with invented record, order, item and billing codes,
  handle and repository ids, amounts, quantities and dates, unlabelled and scored;
* in layouts no earlier part has, of Japan's academic repositories and of three Japanese
  business APIs, text in Japanese: JPCOAR Schema 2.0 records in OAI-PMH ``GetRecord`` answers
  (the university's fact book in its institutional repository: titles in Japanese and
  English, the university as creator and ``jpcoar:publisher`` with a ``publisherDescription``
  giving its number, a ``datacite:description`` of type ``Other`` naming the number again),
  請求管理ロボ (ROBOT PAYMENT's billing API) ``/api/v1.0/billing/bulk_upsert`` request bodies
  (an update of the university's billing department: the credentials masked, its invented
  billing and department codes, postcode, prefecture, address, ``tel`` and a ``memo`` naming
  the number), OpenLogi API shipment requests (``POST /api/shipments``: invented prospectus
  and poster items shipped from the warehouse to the university, the university as
  ``recipient`` and ``sender`` with ``phone``) and LOGILESS API sales-order requests (``POST
  /api/v1/merchant/{merchant_id}/sales_orders/new``: an order of invented goods bearing the
  university's name, the university as buyer and recipient with ``buyer_phone`` and
  ``recipient_phone``, ``sales_on_credit``, a ``merchant_comment`` naming the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten or eleven digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_361.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_mext_universities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_361.jsonl.gz"
SPLIT = "held_out_361"

LAYOUTS = ("jpcoar_oai_record", "billing_robo_upsert", "openlogi_shipment", "logiless_order")
PHONE = "tel"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
JST = dt.timezone(dt.timedelta(hours=9))
PREFECTURE = re.compile(r"(東京都|北海道|京都府|大阪府|.{2,3}?県)")
POSTCODE = re.compile(r"〒\s*(\d{3}\D\d{4})\s*(.*)")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented goods of the orders (a university's own printed matter and merchandise)
ITEMS = (
    ("GUIDE", "大学案内", 300, 600),
    ("POSTER", "オープンキャンパス告知ポスター B2", 20, 80),
    ("LEAFLET", "入試ガイド リーフレット", 500, 2000),
    ("GUIDEBOOK", "学生便覧", 200, 800),
)
GOODS = (
    ("CF-A4", "オリジナルクリアファイル A4", 180),
    ("BP-10", "ボールペン（名入れ）", 120),
    ("TB-M", "トートバッグ M", 650),
    ("NB-B5", "ノート B5（表紙名入れ）", 210),
)
KINDS = {"国立": "国立大学", "公立": "公立大学", "私立": "私立大学"}


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The university's number as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def address_parts(row: dict[str, Any]) -> tuple[str, str, str]:
    """The address as (postcode, prefecture, the rest), the postcode as published (its
    hyphen, or the one dash ``―`` of ``〒400―8555``, and all; "" where the address has none
    after ``〒``), the prefecture "" where the address does not open with one (every kept row
    has both)."""
    addr = _f(row, "addr")
    m = POSTCODE.fullmatch(addr)
    postcode, rest = (m.group(1), m.group(2)) if m else ("", addr.lstrip("〒 "))
    p = PREFECTURE.match(rest)
    if not m:
        rest = re.sub(r"^\d{3}\D\d{4}\s*", "", rest)
        p = PREFECTURE.match(rest)
    return postcode, (p.group(1) if p else ""), rest[p.end() :] if p else rest


def street(row: dict[str, Any]) -> str:
    """The address without its postcode (``北海道札幌市北区北8条西5丁目``)."""
    _, pref, rest = address_parts(row)
    return pref + rest


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Japan time)."""
    day = dt.datetime(2024, 4, 8, tzinfo=JST) + dt.timedelta(days=rng.randint(0, 240))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 17), minutes=rng.randint(0, 59))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def code_of(row: dict[str, Any]) -> str:
    """A short code of the university made of its ministry code's last digits (``U10010``)."""
    return "U" + re.sub(r"\D", "", _f(row, "mext_code"))[-5:]


def jpcoar_oai_record(row: dict[str, Any], rng: random.Random) -> str:
    """An OAI-PMH ``GetRecord`` answer with the metadata in JPCOAR Schema 2.0 (the namespace
    ``https://github.com/JPCOAR/schema/blob/master/2.0/``): the university's fact book of the
    year in its institutional repository (an invented item id, handle and set), titles in
    Japanese and English, the university as ``jpcoar:creator`` and ``jpcoar:publisher`` (its
    ``publisherDescription`` giving the address and number, ``dcndl:location`` the
    prefecture), an abstract and a ``datacite:description`` of type ``Other`` naming the
    number again, the issue date, language, COAR resource type and access right, and the PDF
    as ``jpcoar:file``."""
    when = _when(rng)
    year = when.year
    item = rng.randint(1000, 99999)
    handle = f"{rng.randint(10000, 20999)}/{rng.randint(100, 99999)}"
    name, eng = _f(row, "name"), _f(row, "name_eng")
    _, pref, _ = address_parts(row)
    kind = KINDS.get(_f(row, "type"), "大学")
    abstract = (
        f"{name}（{kind}）の{year}年度版大学概要。沿革、組織、学部・研究科、教職員数、学生数、"
        "入学者数、財務、施設の概要を収録する。"
    )
    contact = f"本資料に関する問い合わせ先：{name} 総務課（{street(row)}）電話 {phone(row)}"
    pub = f"{_f(row, 'addr')} 代表電話 {phone(row)}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ '
        'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">',
        f"  <responseDate>{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}</responseDate>",
        f'  <request verb="GetRecord" metadataPrefix="jpcoar_2.0" '
        f'identifier="oai:repository.example.ac.jp:{item:08d}">'
        "https://repository.example.ac.jp/oai</request>",
        "  <GetRecord>",
        "    <record>",
        "      <header>",
        f"        <identifier>oai:repository.example.ac.jp:{item:08d}</identifier>",
        f"        <datestamp>{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}</datestamp>",
        f"        <setSpec>{rng.randint(1500000000000, 1799999999999)}</setSpec>",
        "      </header>",
        "      <metadata>",
        '        <jpcoar:jpcoar xmlns:jpcoar="https://github.com/JPCOAR/schema/blob/master/2.0/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:datacite="https://schema.datacite.org/meta/kernel-4/" '
        'xmlns:dcndl="http://ndl.go.jp/dcndl/terms/" '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xsi:schemaLocation="https://github.com/JPCOAR/schema/blob/master/2.0/ '
        'jpcoar_scm.xsd">',
        f'          <dc:title xml:lang="ja">{_x(name)} 大学概要 {year}</dc:title>',
        f'          <dc:title xml:lang="en">{_x(eng)} Fact Book {year}</dc:title>',
        "          <jpcoar:creator>",
        f'            <jpcoar:creatorName xml:lang="ja">{_x(name)}</jpcoar:creatorName>',
        f'            <jpcoar:creatorName xml:lang="en">{_x(eng)}</jpcoar:creatorName>',
        "          </jpcoar:creator>",
        '          <dcterms:accessRights rdf:resource="http://purl.org/coar/access_right/c_abf2">'
        "open access</dcterms:accessRights>",
        '          <jpcoar:subject subjectScheme="Other" xml:lang="ja">大学概要</jpcoar:subject>',
        f'          <datacite:description descriptionType="Abstract" xml:lang="ja">'
        f"{_x(abstract)}</datacite:description>",
        f'          <datacite:description descriptionType="Other" xml:lang="ja">'
        f"{_x(contact)}</datacite:description>",
        "          <jpcoar:publisher>",
        f'            <jpcoar:publisherName xml:lang="ja">{_x(name)}</jpcoar:publisherName>',
        f'            <jpcoar:publisherDescription xml:lang="ja">{_x(pub)}'
        "</jpcoar:publisherDescription>",
        *([f"            <dcndl:location>{_x(pref)}</dcndl:location>"] if pref else []),
        "          </jpcoar:publisher>",
        f'          <datacite:date dateType="Issued">{year}-{rng.randint(5, 9):02d}-'
        f"{rng.randint(1, 28):02d}</datacite:date>",
        "          <dc:language>jpn</dc:language>",
        '          <dc:type rdf:resource="http://purl.org/coar/resource_type/c_18cf">'
        "text</dc:type>",
        f'          <jpcoar:identifier identifierType="HDL">http://hdl.handle.net/{handle}'
        "</jpcoar:identifier>",
        f'          <jpcoar:identifier identifierType="URI">https://repository.example.ac.jp/'
        f"records/{item}</jpcoar:identifier>",
        "          <jpcoar:file>",
        f'            <jpcoar:URI objectType="fulltext">https://repository.example.ac.jp/'
        f"record/{item}/files/gaiyo{year}.pdf</jpcoar:URI>",
        "            <jpcoar:mimeType>application/pdf</jpcoar:mimeType>",
        f"            <jpcoar:extent>{rng.randint(2, 48)}.{rng.randint(0, 9)} MB</jpcoar:extent>",
        "          </jpcoar:file>",
        "        </jpcoar:jpcoar>",
        "      </metadata>",
        "    </record>",
        "  </GetRecord>",
        "</OAI-PMH>",
        "",
    ]
    return "\n".join(lines)


def billing_robo_upsert(row: dict[str, Any], rng: random.Random) -> str:
    """A 請求管理ロボ API request (``POST /api/v1.0/billing/bulk_upsert``, ROBOT PAYMENT's
    billing API) as a client's log keeps it, the credentials masked: one ``billing`` (an
    invented code, the university's name) with one ``individual`` (its billing department,
    updated by its invented number and code: 宛名 lines, postcode, prefecture and address as the
    list writes them, ``tel`` the number, a ``memo`` naming it again, the sending and payment
    days)."""
    postcode, pref, rest = address_parts(row)
    when = _when(rng)
    individual = {
        "number": rng.randint(100000, 999999),
        "code": f"{code_of(row)}-01",
        "name": "経理課",
        "link_customer_code": f"C{rng.randint(100000, 999999)}",
        "address1": _f(row, "name"),
        "address2": "財務部 経理課",
        "address3": "ご担当者様",
        "zip_code": postcode,
        "pref": pref or "その他",
        "city_address": rest,
        "tel": phone(row),
        "memo": f"{when:%Y/%m/%d} 先方より連絡先更新の依頼。代表 {phone(row)} から経理課へ"
        "取り次ぎ。請求書は郵送のみ可。",
        "billing_method": 4,
        "issue_month": 0,
        "issue_day": 99,
        "sending_month": 0,
        "sending_day": 99,
        "deadline_month": 1,
        "deadline_day": 99,
    }
    body = {
        "user_id": "********",
        "access_key": "********",
        "billing": [{"code": code_of(row), "name": _f(row, "name"), "individual": [individual]}],
    }
    return (
        "POST https://billing-robo.jp:10443/api/v1.0/billing/bulk_upsert\n"
        "Content-Type: application/json; charset=UTF-8\n\n" + _json(body)
    )


def _party(row: dict[str, Any], name: str, division: str) -> dict[str, Any]:
    postcode, pref, rest = address_parts(row)
    return {
        "postcode": postcode,
        "prefecture": pref,
        "address1": rest,
        "address2": "",
        "name": name,
        "company": _f(row, "name"),
        "division": division,
        "phone": phone(row),
    }


def openlogi_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """An OpenLogi API shipment request (``POST /api/shipments``): an invented identifier and
    order number, no amounts, YAMATO ``HOME_BOX``, a delivery date, no delivery note, two
    invented items of the university's printed matter (code and quantity) shipped from the
    warehouse to the university itself: the university as ``recipient`` (its admissions
    office) and ``sender`` (its public relations office), each with the address and
    ``phone``."""
    when = _when(rng)
    picked = rng.sample(ITEMS, 2)
    body = {
        "identifier": f"{code_of(row)}-{when:%y%m%d}-{rng.randint(1, 99):02d}",
        "order_no": f"OC{when:%Y}{rng.randint(10000, 99999)}",
        "subtotal_amount": 0,
        "delivery_charge": 0,
        "handling_charge": 0,
        "discount_amount": 0,
        "total_amount": 0,
        "delivery_carrier": "YAMATO",
        "delivery_method": "HOME_BOX",
        "delivery_date": f"{when + dt.timedelta(days=rng.randint(3, 10)):%Y-%m-%d}",
        "delivery_note_type": "NONE",
        "price_on_delivery_note": False,
        "message": "",
        "suspend": False,
        "cash_on_delivery": False,
        "backorder_if_unavailable": False,
        "international": False,
        "items": [
            {"code": f"{code_of(row)}-{code}-{when:%Y}", "quantity": rng.randint(lo, hi)}
            for code, _, lo, hi in picked
        ],
        "recipient": _party(row, "入試課 御中", "入試課"),
        "sender": _party(row, "広報課", "広報課"),
    }
    return (
        "POST https://api.openlogi.com/api/shipments\n"
        "Content-Type: application/json\n\n" + _json(body)
    )


def logiless_order(row: dict[str, Any], rng: random.Random) -> str:
    """A LOGILESS API sales-order request (``POST /api/v1/merchant/{merchant_id}/sales_orders/
    new``): an invented code, the university as buyer (its co-op purchasing desk) and
    recipient (its student affairs office) with postcode, prefecture, address and
    ``buyer_phone`` and ``recipient_phone``, ``sales_on_credit``, ``yamato``, an invented order
    time and preferred date, a ``merchant_comment`` naming the number, two lines of invented
    goods bearing the university's name and an invented store id."""
    postcode, pref, rest = address_parts(row)
    when = _when(rng)
    name = _f(row, "name")
    lines = [
        {
            "article_code": f"{code}-{code_of(row)}",
            "article_name": f"{label}（{name}）",
            "price": price,
            "quantity": rng.choice((100, 200, 300, 500)),
        }
        for code, label, price in rng.sample(GOODS, 2)
    ]
    order = {
        "code": f"{when:%Y%m%d}-{rng.randint(1000, 9999)}",
        "customer_code": code_of(row),
        "buyer_name1": name,
        "buyer_name2": "学生課 購買担当",
        "buyer_post_code": postcode,
        "buyer_prefecture": pref,
        "buyer_address1": rest,
        "buyer_phone": phone(row),
        "recipient_name1": name,
        "recipient_name2": "学生課 御中",
        "recipient_post_code": postcode,
        "recipient_prefecture": pref,
        "recipient_address1": rest,
        "recipient_phone": phone(row),
        "payment_method": "sales_on_credit",
        "delivery_method": "yamato",
        "delivery_preferred_date": f"{when + dt.timedelta(days=rng.randint(7, 21)):%Y-%m-%d}",
        "merchant_comment": f"{_f(row, 'type')}・{name}様 入学式配布用。納品前に代表 "
        f"{phone(row)} 経由で学生課へ連絡のこと。",
        "ordered_at": f"{when:%Y-%m-%d %H:%M:%S}",
        "tags": ["法人", "名入れ"],
        "lines": lines,
        "store": rng.randint(10, 99),
    }
    return (
        f"POST https://app2.logiless.com/api/v1/merchant/{rng.randint(100, 999)}/sales_orders/"
        "new\nContent-Type: application/json\n\n" + _json({"sales_order": order})
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "jpcoar_oai_record": jpcoar_oai_record,
    "billing_robo_upsert": billing_robo_upsert,
    "openlogi_shipment": openlogi_shipment,
    "logiless_order": logiless_order,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its number labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    assert not block.emails, row["path"]
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
