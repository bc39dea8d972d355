"""held_out_519 of the PII evaluation set: real phone fields of a register no earlier part used
(the Turkish Red Crescent's (Türk Kızılay) provincial branches taking blood donations and its
stem-cell donation centres; Turkey's earlier parts took Edirne's pharmacies, Istanbul
Metropolitan Municipality's health institutions and Açık Yazılım Ağı's earthquake-region health
points) exactly as published, in layouts no earlier part has, beside the list's own names,
provinces and addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone_number``, ``cell_phone_number`` and ``fax`` of 78 branches and the
  ``phone`` of 14 centres (``scripts/data/pii_tr_kizilay_subeleri.json``, written by
  ``scripts/tr_kizilay_subeleri_data.py``; source and licence in that file), as afetbilgi.com
  writes them (``+90 (322) 457 19 23``, ``0242 310 55 55``), stripped of a leading space; a
  cell or fax is written where it holds ten digits or more and is not the phone again (a fax
  ``Fax        :`` with no number and one of seven digits with no area code are not written);
  every copy labelled;
* the text around them is the same row's real fields (name, province, address) with invented
  tax numbers (VKN, ten digits, also as iyzico's ``buyer.identityNumber``: phone-shaped,
  unlabelled on purpose), order and package numbers, barcodes, amounts, dates and ids,
  unlabelled and scored;
* in layouts no earlier part has, formats of Turkey's trade, text in Turkish, their fields
  written from the helper's memory (no documentation could be read when the part was made):
  Logo Tiger ``AR_APS`` XML import files (a ``cari hesap`` card, ``TELEPHONE1``,
  ``TELEPHONE2``, ``FAX``), iyzico Checkout Form initialize requests (``buyer.gsmNumber``
  and the billing address's note), Trendyol Marketplace ``getShipmentPackages`` answers
  (``shipmentAddress`` and ``invoiceAddress`` with ``phone``)
  and Aras Kargo ``SetOrder`` SOAP requests (``ReceiverPhone1`` to ``ReceiverPhone3``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_519.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tr_kizilay_subeleri.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_519.jsonl.gz"
SPLIT = "held_out_519"

LAYOUTS = ("logo_tiger_arp", "iyzico_payment", "trendyol_packages", "aras_setorder")
PHONE, CELL, FAX = "phone_number", "cell_phone_number", "fax"
EDGES = {PHONE: r"\d", CELL: r"\d", FAX: r"\d"}
COLUMNS = {PHONE: PHONE, CELL: CELL, FAX: FAX}
TRT = dt.timezone(dt.timedelta(hours=3))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

GOODS = (
    ("Kan bağış kampanyası afişi (50x70)", 35.0),
    ("Tek kullanımlık battaniye", 120.0),
    ("Hijyen kiti", 185.0),
    ("Kan bağışçısı ikram paketi", 42.5),
    ("Portatif sedye", 2150.0),
    ("Termos (3 L)", 410.0),
)
SELLERS = ("Anadolu Medikal Ltd. Şti.", "Ege Tekstil San. A.Ş.", "Marmara Ambalaj Ltd. Şti.")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The branch's or centre's telephone as published."""
    return _f(row, PHONE) or _f(row, "phone")


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _other(row: dict[str, Any], key: str) -> str:
    """A second line (cell or fax) where it holds ten digits or more and is not the phone."""
    value = _f(row, key)
    return value if len(_digits(value)) >= 10 and _digits(value) != _digits(phone(row)) else ""


def cell(row: dict[str, Any]) -> str:
    return _other(row, CELL)


def fax(row: dict[str, Any]) -> str:
    return _other(row, FAX)


def international(value: str) -> bool:
    """Whether a number is written with its country code (``+90 (322) 457 19 23``)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    return [(PHONE, phone(row)), (CELL, cell(row)), (FAX, fax(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's lines labelled."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    """The branch's name, or the centre's (``BATI AKDENİZ KHBM`` as the Red Crescent's stem-cell
    donation centre)."""
    if _f(row, "list") == "kok_hucre":
        return f"Türk Kızılay {_f(row, 'area')} (Kök Hücre Bağış Merkezi)"
    return _f(row, "name")


def city(row: dict[str, Any]) -> str:
    return _f(row, "city")


def tr_title(value: str) -> str:
    """A province written in capitals in title case by Turkish casing (``ADIYAMAN`` as
    ``Adıyaman``, ``İZMİR`` as ``İzmir``)."""
    words = []
    for word in value.split(" "):
        rest = word[1:].replace("I", "ı").replace("İ", "i").lower()
        words.append(word[:1] + rest)
    return " ".join(words)


def address(row: dict[str, Any]) -> str:
    """The branch's address as published; a centre's (a map link) as its province."""
    if _f(row, "list") == "kok_hucre":
        return f"{city(row)} Kök Hücre Bağış Merkezi"
    return _f(row, "address")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Turkey time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=TRT) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 17), minutes=rng.randint(0, 59))


def _vkn(rng: random.Random) -> str:
    """An invented ten-digit tax number (VKN), its check digit by the GİB's algorithm."""
    body = [rng.randint(0, 9) for _ in range(9)]
    total = 0
    for i, d in enumerate(body):
        t = (d + 9 - i) % 10
        v = (t * 2 ** (9 - i)) % 9
        total += 9 if t != 0 and v == 0 else v
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _basket(rng: random.Random) -> list[tuple[str, float, int]]:
    return [(g, p, rng.randint(1, 20)) for g, p in rng.sample(GOODS, rng.randint(1, 3))]


def logo_tiger_arp(row: dict[str, Any], rng: random.Random) -> str:
    """A Logo Tiger XML import file of a current-account card (``AR_APS`` with one ``AR_AP
    DBOP="INS"``): an invented code, the name as ``TITLE``, the address, province and country,
    ``TELEPHONE1`` (the phone), ``TELEPHONE2`` (the cell) and ``FAX`` where the row has them, an
    invented tax office and VKN."""
    code = f"120.KZL.{rng.randint(1, 999):03d}"
    fields = [
        ("ACCOUNT_TYPE", "3"),
        ("CODE", code),
        ("TITLE", name(row)),
        ("ADDRESS1", address(row)),
        ("CITY", city(row)),
        ("COUNTRY", "TÜRKİYE"),
        ("TELEPHONE1", phone(row)),
    ]
    if cell(row):
        fields.append(("TELEPHONE2", cell(row)))
    if fax(row):
        fields.append(("FAX", fax(row)))
    fields += [
        ("TAX_OFFICE", rng.choice(("Ulus", "Maltepe", "Kavaklıdere", "Çankaya"))),
        ("TAX_ID", _vkn(rng)),
        ("CORRESP_LANG", "1"),
        ("NOTES1", "Bağış kampanyası malzeme teslim noktası"),
        ("GL_CODE", "120.01"),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<AR_APS>",
        '  <AR_AP DBOP="INS">',
        *(f"    <{k}>{escape(v)}</{k}>" for k, v in fields),
        "  </AR_AP>",
        "</AR_APS>",
        "",
    ]
    return "\n".join(lines)


def iyzico_payment(row: dict[str, Any], rng: random.Random) -> str:
    """An iyzico Checkout Form initialize request (``POST /payment/iyzipos/checkoutform/
    initialize/auth/ecom``): ``locale`` tr, an invented conversation and basket id, prices in
    TRY, the callback URL and installments, the branch as ``buyer`` (its phone as
    ``gsmNumber``, an invented VKN as ``identityNumber``; no ``ip``, no card: an IP address or
    a card number would be PII left unlabelled), shipping and billing addresses
    (the billing address with a note of the cell and fax where the row has them) and the
    basket's items."""
    when = _when(rng)
    items = _basket(rng)
    total = round(sum(p * q for _, p, q in items), 2)
    note = "; ".join(f"{k}: {v}" for k, v in (("Cep", cell(row)), ("Faks", fax(row))) if v)
    billing = address(row) + (f" ({note})" if note else "")
    doc = {
        "locale": "tr",
        "conversationId": str(rng.randint(10**8, 10**9 - 1)),
        "price": f"{total:.2f}",
        "paidPrice": f"{total:.2f}",
        "currency": "TRY",
        "installment": 1,
        "basketId": f"B{rng.randint(10**5, 10**6 - 1)}",
        "paymentGroup": "PRODUCT",
        "callbackUrl": "https://bagis.kizilay.org.tr/odeme/sonuc",
        "enabledInstallments": [1, 2, 3, 6, 9],
        "buyer": {
            "id": f"KZL{rng.randint(1000, 9999)}",
            "name": "Türk Kızılay",
            "surname": tr_title(city(row)),
            "gsmNumber": phone(row),
            "identityNumber": _vkn(rng),
            "lastLoginDate": f"{when - dt.timedelta(days=2):%Y-%m-%d %H:%M:%S}",
            "registrationDate": "2023-02-10 10:00:00",
            "registrationAddress": address(row),
            "city": city(row),
            "country": "Turkey",
        },
        "shippingAddress": {
            "contactName": name(row),
            "city": city(row),
            "country": "Turkey",
            "address": address(row),
        },
        "billingAddress": {
            "contactName": name(row),
            "city": city(row),
            "country": "Turkey",
            "address": billing,
        },
        "basketItems": [
            {
                "id": f"BI{i + 101}",
                "name": g,
                "category1": "Kan Bağışı",
                "category2": "Malzeme",
                "itemType": "PHYSICAL",
                "price": f"{p * q:.2f}",
            }
            for i, (g, p, q) in enumerate(items)
        ],
    }
    return _json(doc)


def trendyol_packages(row: dict[str, Any], rng: random.Random) -> str:
    """A Trendyol Marketplace ``getShipmentPackages`` answer (``GET /suppliers/{supplierId}/
    orders``): the page's counters and one package to the branch (``shipmentAddress`` and
    ``invoiceAddress`` with its name, address, province and ``phone``, the cell as
    ``address2`` where the row has one), invented order and tracking numbers, lines, amounts
    and epoch-millisecond dates."""
    when = _when(rng)
    items = _basket(rng)
    total = round(sum(p * q for _, p, q in items), 2)
    ms = int(when.timestamp() * 1000)

    def addr(aid: int) -> dict[str, Any]:
        return {
            "id": aid,
            "firstName": "Türk Kızılay",
            "lastName": tr_title(city(row)),
            "company": name(row),
            "address1": address(row),
            "address2": f"Cep: {cell(row)}" if cell(row) else "",
            "city": tr_title(city(row)),
            "cityCode": rng.randint(1, 81),
            "district": "Merkez",
            "countryCode": "TR",
            "phone": phone(row),
            "fullName": name(row),
            "fullAddress": f"{address(row)} {tr_title(city(row))}",
        }

    package = {
        "shipmentAddress": addr(rng.randint(10**7, 10**8 - 1)),
        "orderNumber": str(rng.randint(10**9, 10**10 - 1)),
        "grossAmount": total,
        "totalDiscount": 0.0,
        "taxNumber": _vkn(rng),
        "invoiceAddress": addr(rng.randint(10**7, 10**8 - 1)),
        "customerFirstName": "Türk Kızılay",
        "customerLastName": tr_title(city(row)),
        "id": rng.randint(10**9, 10**10 - 1),
        "cargoTrackingNumber": int(f"7330{rng.randint(10**9, 10**10 - 1)}"),
        "cargoProviderName": "Trendyol Express Marketplace",
        "lines": [
            {
                "quantity": q,
                "productName": g,
                "merchantSku": f"SKU-{rng.randint(1000, 9999)}",
                "barcode": f"869{rng.randint(10**9, 10**10 - 1)}",
                "price": p,
                "currencyCode": "TRY",
                "vatBaseAmount": 20.0,
                "orderLineItemStatusName": "Created",
            }
            for g, p, q in items
        ],
        "orderDate": ms,
        "currencyCode": "TRY",
        "shipmentPackageStatus": "Created",
        "status": "Created",
        "lastModifiedDate": ms + 60_000,
    }
    doc = {"page": 0, "size": 50, "totalPages": 1, "totalElements": 1, "content": [package]}
    return _json(doc)


def aras_setorder(row: dict[str, Any], rng: random.Random) -> str:
    """An Aras Kargo ``SetOrder`` SOAP request (namespace ``http://tempuri.org/``): one
    ``Order`` to the branch (``ReceiverName``, ``ReceiverAddress``, ``ReceiverPhone1`` the
    phone, ``ReceiverPhone2`` the cell and ``ReceiverPhone3`` the fax where the row has them,
    ``ReceiverCityName``), invented integration code, waybill and invoice numbers, weights and
    one piece, with the service's user name and password."""
    when = _when(rng)
    code = f"KZL{when:%y%m%d}{rng.randint(1000, 9999)}"
    fields = [
        ("UserName", "neodyum"),
        ("Password", "nd2580"),
        ("TradingWaybillNumber", str(rng.randint(10**6, 10**7 - 1))),
        ("InvoiceNumber", f"ANM{when.year}{rng.randint(10**8, 10**9 - 1)}"),
        ("ReceiverName", name(row)),
        ("ReceiverAddress", address(row)),
        ("ReceiverPhone1", phone(row)),
    ]
    if cell(row):
        fields.append(("ReceiverPhone2", cell(row)))
    if fax(row):
        fields.append(("ReceiverPhone3", fax(row)))
    weight = rng.randint(2, 40)
    fields += [
        ("ReceiverCityName", city(row)),
        ("ReceiverTownName", "MERKEZ"),
        ("VolumetricWeight", str(weight + rng.randint(0, 6))),
        ("Weight", str(weight)),
        ("PieceCount", "1"),
        ("IntegrationCode", code),
        ("Description", "Kan bağışı kampanyası malzemesi"),
        ("PayorTypeCode", "1"),
        ("IsWorldWide", "0"),
        ("IsCod", "0"),
    ]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">',
        "  <soap:Body>",
        '    <SetOrder xmlns="http://tempuri.org/">',
        "      <orderInfo>",
        "        <Order>",
        *(f"          <{k}>{escape(v)}</{k}>" for k, v in fields),
        "          <PieceDetails>",
        "            <PieceDetail>",
        f"              <VolumetricWeight>{weight}</VolumetricWeight>",
        f"              <Weight>{weight}</Weight>",
        f"              <BarcodeNumber>{code}01</BarcodeNumber>",
        "            </PieceDetail>",
        "          </PieceDetails>",
        "        </Order>",
        "      </orderInfo>",
        "      <userName>neodyum</userName>",
        "      <password>nd2580</password>",
        "    </SetOrder>",
        "  </soap:Body>",
        "</soap:Envelope>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "logo_tiger_arp": logo_tiger_arp,
    "iyzico_payment": iyzico_payment,
    "trendyol_packages": trendyol_packages,
    "aras_setorder": aras_setorder,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its lines labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
