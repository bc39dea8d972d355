"""held_out_458 of the PII evaluation set: real phone fields of a register no earlier part used
(Açık Yazılım Ağı's list of the health points of the February 2023 earthquake region: the
hospitals, pharmacies, field pharmacies and veterinary clinics of its earthquake pharmacy and
hospital map; Turkey's earlier parts took the pharmacies of the province of Edirne on a
duty-pharmacy application's list and Istanbul Metropolitan Municipality's health institutions)
exactly as published, in layouts no earlier part has, beside the list's own names, addresses,
coordinates, provinces and districts.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` of 163 health points of ten provinces (Adana, Adıyaman,
  Diyarbakır, Gaziantep, Hatay, Kahramanmaraş, Kilis, Malatya, Osmaniye, Şanlıurfa), the first
  location of each number that no earlier Turkish part holds
  (``scripts/data/pii_tr_afet_saglik_noktalari.json``, written by
  ``scripts/tr_afet_saglik_noktalari_data.py``; source and licence in that file): Turkish
  numbers as the volunteers typed them, mostly with the country code and no space
  (``+904145033503``, mobile lines among them, ``+905385525171``), some with the trunk 0
  (``03428622035``), two with a plus before the trunk 0 (``+03262125000``, read as national:
  no country code stands in them), two spaced (``+90 326 344 38 39``) and two seven-digit
  nationwide ``444`` numbers (``4445634``); the list has no e-mail field; each copy labelled;
* the text around them is the same row's real fields: the health point's name, address,
  coordinates, and its province and district (named by the list's ``cityId`` and
  ``districtId`` in the repository's own table), with invented tax numbers (VKN, ten digits,
  check digit right: phone-shaped, unlabelled), invoice numbers, ETTNs, cargo keys, waybill
  numbers, ids, quantities, amounts and dates, unlabelled and scored; no invented phone number
  or e-mail address stands in any record;
* in layouts no earlier part has, Turkish formats of e-invoicing, accounting, cargo and
  duty-pharmacy lookup, text in Turkish: GİB UBL-TR 1.2 e-Fatura invoices (``Invoice`` with
  ``CustomizationID`` ``TR1.2``, ``ProfileID`` ``TICARIFATURA``, ``InvoiceTypeCode``
  ``SATIS``: an invented medical distributor's sale of relief supplies to the health point,
  the number in the customer's ``cac:Contact/cbc:Telephone`` and in a delivery ``cbc:Note``),
  Paraşüt API v4 contact answers (``GET /v4/{company_id}/contacts/{id}``, JSON:API: the
  health point as the distributor's customer, the number in ``attributes.phone``), Yurtiçi
  Kargo ``createShipment`` SOAP requests (``ShippingOrderDispatcherServices``, the documented
  test account: a relief parcel to the health point, the number in ``receiverPhone1`` and in
  ``specialField1``) and, for the list's pharmacies only (``subTypeId`` 4), CollectAPI
  ``health/dutyPharmacy`` answers (``success`` and one ``result`` with ``name``, ``dist``,
  ``address``, ``phone`` and ``loc``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_458.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tr_afet_saglik_noktalari.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_458.jsonl.gz"
SPLIT = "held_out_458"

LAYOUTS = ("ubl_tr_efatura", "parasut_contact", "yurtici_shipment", "collectapi_pharmacy")
PHONE = "phone"
TRT = dt.timezone(dt.timedelta(hours=3))
# the list's regular pharmacies (``typeId`` 2, ``subTypeId`` 4): the only rows a duty-pharmacy
# answer can name
PHARMACY = 4

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented distributors that sell to each kind of health point (``typeId``): (name, tax
# office, city, district)
SUPPLIERS = {
    1: ("Mezopotamya Medikal Ürünler Ticaret A.Ş.", "Yenişehir", "Diyarbakır", "Yenişehir"),
    2: ("Fırat Ecza Deposu Ticaret A.Ş.", "Battalgazi", "Malatya", "Battalgazi"),
    4: ("Toros Veteriner Ürünleri Ticaret Ltd. Şti.", "Seyhan", "Adana", "Seyhan"),
}
# what they sell: (item, UN/ECE unit code, unit price range in TRY, KDV percent)
GOODS = {
    1: (
        ("Cerrahi eldiven, steril, pudrasız (50 çift)", "BX", (310, 460), 8),
        ("İnfüzyon seti, tek kullanımlık", "C62", (9, 16), 8),
        ("Cerrahi maske, 3 katlı (50 adet)", "BX", (45, 90), 8),
        ("Hasta örtüsü, tek kullanımlık", "C62", (18, 35), 8),
    ),
    2: (
        ("Steril gazlı bez 10x10 cm (100 adet)", "BX", (85, 140), 8),
        ("Elastik bandaj 10 cm", "C62", (14, 28), 8),
        ("Serum fizyolojik 500 ml", "C62", (21, 38), 8),
        ("Tek kullanımlık enjektör 5 ml (100 adet)", "BX", (160, 240), 8),
    ),
    4: (
        ("Veteriner sargı bezi 7,5 cm", "C62", (19, 33), 18),
        ("Kedi-köpek kuru mama 15 kg", "C62", (640, 980), 18),
        ("Yara spreyi 200 ml", "C62", (95, 160), 18),
        ("Tek kullanımlık enjektör 2 ml (100 adet)", "BX", (140, 210), 18),
    ),
}
# the parcel's contents in a shipment's description, by ``typeId``
PARCELS = {
    1: "tıbbi sarf malzemesi",
    2: "ilaç ve tıbbi sarf malzemesi",
    4: "veteriner ilaç ve mama",
}


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    value = row["fields"].get(key)
    return "" if value is None else str(value).strip()


def phone(row: dict[str, Any]) -> str:
    """The health point's phone field as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with the country code (``+90``; a plus before the trunk 0,
    ``+03262125000``, gives none)."""
    return value.startswith(("+90", "0090"))


def kind(row: dict[str, Any]) -> int:
    """The list's ``typeId``: 1 hospital, 2 pharmacy, 4 veterinary clinic."""
    return int(row["fields"]["typeId"])


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index: the four layouts in turn for a regular
    pharmacy, the first three for any other health point."""
    if int(row["fields"]["subTypeId"]) == PHARMACY:
        return LAYOUTS[n % len(LAYOUTS)]
    return LAYOUTS[n % (len(LAYOUTS) - 1)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone labelled (each stands apart: no
    digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], {PHONE: r"\d"}, {PHONE: PHONE}, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "name")


def city(row: dict[str, Any]) -> str:
    """The province, by the row's ``cityId``."""
    return data()["places"]["cities"][str(row["fields"]["cityId"])]


def district(row: dict[str, Any]) -> str:
    """The district, by the row's ``districtId``."""
    return data()["places"]["districts"][str(row["fields"]["districtId"])]


def address(row: dict[str, Any]) -> str:
    """The address as published (the district and province where the list gives none)."""
    return _f(row, "address") or f"{district(row)}/{city(row)}"


def postcode(row: dict[str, Any]) -> str:
    """The five-digit postcode the address gives before its district (``63002 Karaköprü/...``),
    else ""."""
    m = re.search(r"\b(\d{5}) [^\d,/][^,/]*/", address(row))
    return m.group(1) if m else ""


def vkn(rng: random.Random) -> str:
    """An invented tax number (Vergi Kimlik Numarası): nine digits and the GİB check digit."""
    body = [rng.randint(0, 9) for _ in range(9)]
    total = 0
    for i, d in enumerate(body):
        tmp = (d + 9 - i) % 10
        if tmp:
            v = tmp * 2 ** (9 - i) % 9
            total += v or 9
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day in the weeks after the earthquakes (Turkey time)."""
    day = dt.datetime(2023, 2, 13, tzinfo=TRT) + dt.timedelta(days=rng.randint(0, 45))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 17), minutes=rng.randint(0, 59))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _money(value: float) -> str:
    return f"{value:.2f}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _line(row: dict[str, Any], rng: random.Random) -> tuple[str, str, int, float, int]:
    """An invented invoice line for the health point: (item, unit code, quantity, unit price,
    KDV percent)."""
    item, unit, (low, high), rate = rng.choice(GOODS[kind(row)])
    return item, unit, rng.randint(2, 40), round(rng.uniform(low, high), 2), rate


def ubl_tr_efatura(row: dict[str, Any], rng: random.Random) -> str:
    """A GİB UBL-TR 1.2 e-Fatura (``Invoice``, ``CustomizationID`` TR1.2, ``ProfileID``
    TICARIFATURA, ``InvoiceTypeCode`` SATIS, TRY): an invented distributor (VKN, name, address,
    tax office; no contact line) selling relief supplies to the health point (an invented VKN,
    the name, the address, district, province and postcode as the list gives them, its tax
    office, ``cac:Contact/cbc:Telephone`` the number), a ``cbc:Note`` giving the delivery
    address and the number again, one ``InvoiceLine`` with its KDV, and the totals."""
    when = _when(rng)
    seller, office, s_city, s_district = SUPPLIERS[kind(row)]
    item, unit, qty, price, rate = _line(row, rng)
    net = round(qty * price, 2)
    tax = round(net * rate / 100, 2)
    number = f"{seller[:3].upper().replace('İ', 'I')}{when.year}{rng.randint(1, 99999):09d}"
    note = (
        f"Deprem bölgesi sevkiyatı. Teslimat adresi: {name(row)}, {address(row)}. "
        f"Teslim öncesi irtibat: {phone(row)}"
    )
    zone = postcode(row)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
        'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
        'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
        'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2">',
        "  <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent/></ext:UBLExtension>"
        "</ext:UBLExtensions>",
        "  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>",
        "  <cbc:CustomizationID>TR1.2</cbc:CustomizationID>",
        "  <cbc:ProfileID>TICARIFATURA</cbc:ProfileID>",
        f"  <cbc:ID>{number}</cbc:ID>",
        "  <cbc:CopyIndicator>false</cbc:CopyIndicator>",
        f"  <cbc:UUID>{_uuid(rng)}</cbc:UUID>",
        f"  <cbc:IssueDate>{when:%Y-%m-%d}</cbc:IssueDate>",
        f"  <cbc:IssueTime>{when:%H:%M:%S}</cbc:IssueTime>",
        "  <cbc:InvoiceTypeCode>SATIS</cbc:InvoiceTypeCode>",
        f"  <cbc:Note>{_x(note)}</cbc:Note>",
        "  <cbc:DocumentCurrencyCode>TRY</cbc:DocumentCurrencyCode>",
        "  <cbc:LineCountNumeric>1</cbc:LineCountNumeric>",
        "  <cac:AccountingSupplierParty>",
        "    <cac:Party>",
        f'      <cac:PartyIdentification><cbc:ID schemeID="VKN">{vkn(rng)}</cbc:ID>'
        "</cac:PartyIdentification>",
        f"      <cac:PartyName><cbc:Name>{_x(seller)}</cbc:Name></cac:PartyName>",
        "      <cac:PostalAddress>",
        f"        <cbc:StreetName>Organize Sanayi Bölgesi {rng.randint(1, 9)}. Cadde No:"
        f"{rng.randint(1, 80)}</cbc:StreetName>",
        f"        <cbc:CitySubdivisionName>{s_district}</cbc:CitySubdivisionName>",
        f"        <cbc:CityName>{s_city}</cbc:CityName>",
        "        <cac:Country><cbc:Name>Türkiye</cbc:Name></cac:Country>",
        "      </cac:PostalAddress>",
        f"      <cac:PartyTaxScheme><cac:TaxScheme><cbc:Name>{office}</cbc:Name></cac:TaxScheme>"
        "</cac:PartyTaxScheme>",
        "    </cac:Party>",
        "  </cac:AccountingSupplierParty>",
        "  <cac:AccountingCustomerParty>",
        "    <cac:Party>",
        f'      <cac:PartyIdentification><cbc:ID schemeID="VKN">{vkn(rng)}</cbc:ID>'
        "</cac:PartyIdentification>",
        f"      <cac:PartyName><cbc:Name>{_x(name(row))}</cbc:Name></cac:PartyName>",
        "      <cac:PostalAddress>",
        f"        <cbc:StreetName>{_x(address(row))}</cbc:StreetName>",
        f"        <cbc:CitySubdivisionName>{district(row)}</cbc:CitySubdivisionName>",
        f"        <cbc:CityName>{city(row)}</cbc:CityName>",
        *([f"        <cbc:PostalZone>{zone}</cbc:PostalZone>"] if zone else []),
        "        <cac:Country><cbc:Name>Türkiye</cbc:Name></cac:Country>",
        "      </cac:PostalAddress>",
        f"      <cac:PartyTaxScheme><cac:TaxScheme><cbc:Name>{district(row)}</cbc:Name>"
        "</cac:TaxScheme></cac:PartyTaxScheme>",
        f"      <cac:Contact><cbc:Telephone>{_x(phone(row))}</cbc:Telephone></cac:Contact>",
        "    </cac:Party>",
        "  </cac:AccountingCustomerParty>",
    ]
    tax_total = [
        "  <cac:TaxTotal>",
        f'    <cbc:TaxAmount currencyID="TRY">{_money(tax)}</cbc:TaxAmount>',
        "    <cac:TaxSubtotal>",
        f'      <cbc:TaxableAmount currencyID="TRY">{_money(net)}</cbc:TaxableAmount>',
        f'      <cbc:TaxAmount currencyID="TRY">{_money(tax)}</cbc:TaxAmount>',
        f"      <cbc:Percent>{rate}</cbc:Percent>",
        "      <cac:TaxCategory><cac:TaxScheme><cbc:Name>KDV</cbc:Name>"
        "<cbc:TaxTypeCode>0015</cbc:TaxTypeCode></cac:TaxScheme></cac:TaxCategory>",
        "    </cac:TaxSubtotal>",
        "  </cac:TaxTotal>",
    ]
    lines += tax_total
    lines += [
        "  <cac:LegalMonetaryTotal>",
        f'    <cbc:LineExtensionAmount currencyID="TRY">{_money(net)}</cbc:LineExtensionAmount>',
        f'    <cbc:TaxExclusiveAmount currencyID="TRY">{_money(net)}</cbc:TaxExclusiveAmount>',
        f'    <cbc:TaxInclusiveAmount currencyID="TRY">{_money(net + tax)}'
        "</cbc:TaxInclusiveAmount>",
        f'    <cbc:PayableAmount currencyID="TRY">{_money(net + tax)}</cbc:PayableAmount>',
        "  </cac:LegalMonetaryTotal>",
        "  <cac:InvoiceLine>",
        "    <cbc:ID>1</cbc:ID>",
        f'    <cbc:InvoicedQuantity unitCode="{unit}">{qty}</cbc:InvoicedQuantity>',
        f'    <cbc:LineExtensionAmount currencyID="TRY">{_money(net)}</cbc:LineExtensionAmount>',
        *("  " + line for line in tax_total),
        f"    <cac:Item><cbc:Name>{_x(item)}</cbc:Name></cac:Item>",
        f'    <cac:Price><cbc:PriceAmount currencyID="TRY">{_money(price)}</cbc:PriceAmount>'
        "</cac:Price>",
        "  </cac:InvoiceLine>",
        "</Invoice>",
        "",
    ]
    return "\n".join(lines)


def short_name(row: dict[str, Any]) -> str:
    """A short name for the accounting contact: the name's first two words."""
    return " ".join(name(row).split()[:2])


def parasut_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Paraşüt API v4 answer to ``GET /v4/{company_id}/contacts/{id}?include=category``
    (JSON:API): the health point as a customer (``account_type`` customer, ``contact_type``
    company) of an invented distributor's company: invented id, balances and time stamps, the
    name and a short name, an invented VKN and its district's tax office, the district,
    province and address as the list gives them, ``phone`` the number, no e-mail, fax or IBAN,
    and the customer category it is filed under, included."""
    when = _when(rng)
    later = when + dt.timedelta(days=rng.randint(1, 30), minutes=rng.randint(0, 600))
    balance = _money(round(rng.uniform(1_500, 48_000), 2))
    category = str(rng.randint(1_000_000, 9_999_999))
    attributes = {
        "balance": balance,
        "trl_balance": balance,
        "usd_balance": "0.0",
        "eur_balance": "0.0",
        "gbp_balance": "0.0",
        "created_at": when.isoformat(timespec="milliseconds"),
        "updated_at": later.isoformat(timespec="milliseconds"),
        "email": None,
        "name": name(row),
        "short_name": short_name(row),
        "contact_type": "company",
        "tax_office": f"{district(row)} Vergi Dairesi",
        "tax_number": vkn(rng),
        "district": district(row),
        "city": city(row),
        "address": address(row),
        "phone": phone(row),
        "fax": None,
        "is_abroad": False,
        "archived": False,
        "iban": None,
        "account_type": "customer",
    }
    doc = {
        "data": {
            "id": str(rng.randint(100_000_000, 999_999_999)),
            "type": "contacts",
            "attributes": attributes,
            "relationships": {
                "category": {"data": {"id": category, "type": "item_categories"}},
                "contact_people": {"data": []},
            },
        },
        "included": [
            {
                "id": category,
                "type": "item_categories",
                "attributes": {
                    "name": f"Deprem bölgesi müşterileri - {city(row)}",
                    "bg_color": "#d9534f",
                    "text_color": "#ffffff",
                    "category_type": "Contact",
                    "parent_id": None,
                },
            }
        ],
    }
    return _json(doc)


def yurtici_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Yurtiçi Kargo ``createShipment`` SOAP request (``ShippingOrderDispatcherServices``,
    the documented test account ``YKTEST``): a ``ShippingOrderVO`` of a relief parcel to the
    health point (invented cargo and invoice keys and waybill number, the name, the address,
    province and district, ``receiverPhone1`` the number, invented desi, weight and parcel
    count, a description, and ``specialField1`` naming the number to call before delivery)."""
    when = _when(rng)
    key = f"AYA{when:%y%m%d}{rng.randint(1000, 9999)}"
    desi = round(rng.uniform(2, 60), 1)
    parcel = (
        f"Deprem bölgesi yardım gönderisi: {PARCELS[kind(row)]}. "
        "Soğuk zincir ürünü yoktur, ıslak zemine konmayınız."
    )
    fields = [
        ("cargoKey", key),
        ("invoiceKey", f"AYA{when.year}{rng.randint(1, 999_999):09d}"),
        ("receiverCustName", name(row)),
        ("receiverAddress", address(row)),
        ("cityName", city(row)),
        ("townName", district(row)),
        ("receiverPhone1", phone(row)),
        ("desi", f"{desi:.1f}"),
        ("kg", f"{desi * rng.uniform(0.4, 0.9):.1f}"),
        ("cargoCount", str(rng.randint(1, 6))),
        ("waybillNo", f"IRS{when.year}{rng.randint(1, 999_999):09d}"),
        ("description", parcel),
        ("specialField1", f"Teslimattan önce aranacak: {phone(row)}"),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:ship="http://yurticikargo.com.tr/ShippingOrderDispatcherServices">',
        "  <soapenv:Header/>",
        "  <soapenv:Body>",
        "    <ship:createShipment>",
        "      <wsUserName>YKTEST</wsUserName>",
        "      <wsPassword>YK</wsPassword>",
        "      <userLanguage>TR</userLanguage>",
        "      <ShippingOrderVO>",
        *(f"        <{k}>{_x(v)}</{k}>" for k, v in fields),
        "      </ShippingOrderVO>",
        "    </ship:createShipment>",
        "  </soapenv:Body>",
        "</soapenv:Envelope>",
        "",
    ]
    return "\n".join(lines)


def collectapi_pharmacy(row: dict[str, Any], rng: random.Random) -> str:
    """A CollectAPI answer to ``GET /health/dutyPharmacy?ilce=...&il=...``: ``success`` and one
    ``result``, the pharmacy's name, district, address, ``phone`` the number and ``loc`` its
    coordinates as the list gives them."""
    loc = f"{row['fields']['latitude']},{row['fields']['longitude']}"
    result = {
        "name": name(row),
        "dist": district(row),
        "address": address(row),
        "phone": phone(row),
        "loc": loc,
    }
    return _json({"success": True, "result": [result]})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ubl_tr_efatura": ubl_tr_efatura,
    "parasut_contact": parasut_contact,
    "yurtici_shipment": yurtici_shipment,
    "collectapi_pharmacy": collectapi_pharmacy,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone labelled."""
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
