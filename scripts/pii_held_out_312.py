"""held_out_312 of the PII evaluation set: real phone and e-mail fields of a directory no earlier
part used (Trang Vàng Việt Nam, the Yellow Pages of Vietnam: its listings of builders,
building-material and equipment suppliers, carriers, freight forwarders and warehouses of the
south; Vietnam's earlier parts took the tourism database's accommodation establishments, travel
businesses and restaurants, Vietnam Post's post offices and VNPT's transaction points) exactly
as published, in layouts no earlier part has, beside the listings' own names, addresses,
web sites and categories.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Phone Number`` fields of 400 businesses, 100 of each of four groups of
  the directory's categories (``scripts/data/pii_vn_trangvang_businesses.json``, written by
  ``scripts/vn_trangvang_businesses_data.py``; source and licence in that file): Vietnamese
  numbers as the directory prints them, the area code in brackets (``(028) 39435512``,
  ``(0251) 2606565``, ``(028) 2253 7576``), mobiles in groups or dotted (``0789 155 479``,
  ``0919.450.200``), three after ``Hotline:``, mobiles whose trunk ``0`` a spreadsheet dropped
  (``903194168``), toll-free and premium numbers (``18007529381``, ``1900636818``); each number
  of a field labelled on its own, each copy
  labelled; and the ``Email Address`` fields that name an office or the business (a role word
  such as ``info`` or ``sales``, or the business's name or domain: ``info@ngophat.com``,
  ``vantaikimphu@gmail.com``; an address of a person's name, ``tony@...``, or of
  two addresses is not written), each copy labelled;
* the text around them is the same row's real fields: the business's name, address (its
  province read from it), web site and category, with invented container numbers (ISO 6346
  check digit), air waybill numbers (mod-7 check digit), GTINs and GLNs of GS1 Vietnam's
  ``893`` prefix (check digit), HS codes, UN/LOCODEs, flight numbers, weights, amounts, ids,
  GUIDs and dates, unlabelled and scored;
* in layouts no earlier part has, formats of the businesses' own trades, text in Vietnamese
  where the format carries prose: DCSA eBL 3.0 ``TransportDocument`` JSON of a bill of lading
  for the container carriers and exporters (the business as ``shipper``, its number in
  ``partyContactDetails`` and the ``TEL:`` line of its ``displayedAddress``), IATA Cargo-XML
  XFWB 3.00 air waybill messages for the freight forwarders and warehouses (the business as
  ``ConsignorParty`` with ``DirectTelephoneCommunication``, an ``HandlingOSIInstructions``
  note repeating the number), Oracle Primavera P6 XER exports of a construction schedule for
  the builders and designers (the business as a ``RSRC`` resource with ``office_phone``, its
  ``rsrc_notes`` memo repeating it) and GS1 GDSN 3.1 ``catalogueItemNotification`` messages
  of one trade item for the material and equipment suppliers (the business as
  ``informationProviderOfTradeItem`` and ``tradeItemContactInformation`` with a
  ``TELEPHONE`` ``communicationChannel``, a ``tradeItemDescription`` repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_312.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record
from vn_trangvang_businesses_data import GROUP_OF

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_vn_trangvang_businesses.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_312.jsonl.gz"
SPLIT = "held_out_312"

LAYOUTS = ("dcsa_ebl", "cargo_xml_xfwb", "p6_xer", "gdsn_cin")
PHONE = "Phone Number"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
VN = dt.timezone(dt.timedelta(hours=7))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# an address's local part that names an office or a role, not a person
_ROLE = re.compile(
    r"(?:info|sales?|contact|lienhe|cskh|admin|office|support|kinhdoanh|ketoan|marketing|mkt"
    r"|service|booking|ops|operations?|docs?|export|import|hotline|order|baogia|quotation"
    r"|vanphong|congty|cty|company)(?:[._-]?(?:hcm|hn|vn|sg|bd|dn))?\d*"
)
_COMPANY_WORDS = ("congty", "cty", "tnhh", "cophan", "motthanhvien", "mtv")
_SUFFIXES = (
    "hcm", "vn", "sg", "logistics", "express", "trans", "company", "corp", "co", "ltd",
    "group", "vietnam",
)  # fmt: skip
_FREE_MAIL = {"gmail", "yahoo", "hotmail", "outlook", "vnn", "hcm", "fpt", "viettel"}


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def _fold(text: str) -> str:
    """``text`` in lower-case ASCII letters and digits only (diacritics and ``đ`` folded)."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in text if c.isascii() and c.isalnum())


def email(row: dict[str, Any]) -> str:
    """The business's e-mail address where the field is one address that names an office or
    the business ("" if not): a role word (``info``, ``sales2``, ``cskh``), or a local part
    whose letters, without company words and suffixes (``congty``, ``logistics``, ``hcm``),
    are the business's folded name or its part (``vantaikimphu``) or its web domain's name
    (``vstar@vstar.com.vn``, ``sameco@sameco.vn``); a person's name (``tony@...``) is none."""
    value = _f(row, "Email Address")
    if not _EMAIL.fullmatch(value):
        return ""
    local, domain = value.lower().split("@")
    if _ROLE.fullmatch(local):
        return value
    letters = re.sub(r"[^a-z]", "", local)
    changed = True
    while changed:
        changed = False
        for word in _COMPANY_WORDS:
            if letters.startswith(word) and len(letters) > len(word):
                letters, changed = letters[len(word) :], True
        for word in _SUFFIXES:
            if letters.endswith(word) and len(letters) > len(word):
                letters, changed = letters[: -len(word)], True
    label = re.sub(r"[^a-z0-9]", "", domain.split(".")[0])
    free = label in _FREE_MAIL
    if len(letters) >= 4 and letters in _fold(_f(row, "Company Name")):
        return value
    if not free and len(label) >= 4 and label in letters:
        return value
    return ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of a row: its category's group."""
    return GROUP_OF[row["fields"]["Specialise"]]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and of its e-mail address
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def international(value: str) -> bool:
    return value.startswith("+")


def _province(row: dict[str, Any]) -> str:
    """The province the address ends with, before the country (``TP. Hồ Chí Minh``)."""
    parts = _f(row, "Address").rsplit(",", 2)
    return parts[-2].strip() if len(parts) == 3 else ""


def _street(row: dict[str, Any]) -> str:
    """The address before its province and country."""
    parts = _f(row, "Address").rsplit(",", 2)
    return parts[0].strip() if len(parts) == 3 else _f(row, "Address")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024-2025 (Indochina time)."""
    start = dt.datetime(2024, 3, 4, 7, 30, tzinfo=VN)
    return start + dt.timedelta(minutes=rng.randint(0, 600 * 24 * 60))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _gs1(body: str) -> str:
    """``body`` with its GS1 mod-10 check digit (GTIN-13, GLN)."""
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def _iso6346(owner: str, rng: random.Random) -> str:
    """An invented container number of ``owner`` (three letters and ``U``), ISO 6346 check
    digit right."""
    values = {}
    v = 10
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        values[letter] = v
        v += 1
    code = owner + "U" + _digits(rng, 6)
    total = sum((values[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(code))
    return code + str(total % 11 % 10)


def _awb(rng: random.Random) -> str:
    """An invented air waybill number: an airline prefix, seven digits and their mod-7 check
    digit (``738-12345675``)."""
    serial = rng.randint(1000000, 9999999)
    return f"{rng.choice(('738', '618', '160', '180', '297'))}-{serial}{serial % 7}"


def _p6_guid(rng: random.Random) -> str:
    """A P6 GUID as XER writes it: 16 bytes in base64 without padding."""
    return base64.b64encode(rng.randbytes(16)).decode().rstrip("=")


def _signatory(name: str) -> str:
    """A name as a Cargo-IMP signatory: its words folded to upper-case ASCII, cut at 20
    characters and a word's end."""
    out = ""
    for word in name.split():
        folded = _fold(word).upper()
        if len(out) + len(folded) + bool(out) > 20:
            break
        out = f"{out} {folded}".strip()
    return out


def _x(value: str) -> str:
    return escape(value)


# ----------------------------------------------------------------------------- DCSA eBL 3.0
PORTS = (
    ("CNSHA", "Shanghai"), ("SGSIN", "Singapore"), ("JPTYO", "Tokyo"), ("KRPUS", "Busan"),
    ("USLAX", "Los Angeles"), ("NLRTM", "Rotterdam"), ("DEHAM", "Hamburg"),
    ("HKHKG", "Hong Kong"), ("THLCH", "Laem Chabang"), ("AUSYD", "Sydney"),
)  # fmt: skip
LOADING = (("VNCLI", "Cát Lái"), ("VNCMT", "Cái Mép"), ("VNSGN", "Hồ Chí Minh"))
GOODS = (
    ("Gạch ốp lát ceramic", "690721"), ("Ống thép hàn", "730630"), ("Hạt điều nhân", "080132"),
    ("Gỗ dán công nghiệp", "441239"), ("Cà phê nhân Robusta", "090111"),
    ("Đồ gỗ nội thất", "940360"), ("Sợi polyester", "550320"), ("Tôn mạ kẽm", "721049"),
)  # fmt: skip


def dcsa_ebl(row: dict[str, Any], rng: random.Random) -> str:
    """A DCSA eBL 3.0 ``TransportDocument`` of an issued bill of lading: an invented reference,
    the business as ``shipper`` (``partyName``, structured ``address``, ``displayedAddress``
    lines ending with ``TEL:`` and its number, ``partyContactDetails`` with the export desk's
    ``phone`` and ``email``), an invented consignee abroad, the port pair, vessel and voyage,
    one container (ISO 6346) with seal, weight and the goods' HS code, dates."""
    name, tel, mail = _f(row, "Company Name"), phone(row), email(row)
    when = _when(rng)
    pol, pod = rng.choice(LOADING), rng.choice(PORTS)
    goods, hs = rng.choice(GOODS)
    container = _iso6346(rng.choice(("TGHU", "MSKU", "TCLU", "SEGU", "BMOU"))[:3], rng)
    weight = rng.randint(80, 260) * 100
    contact: dict[str, str] = {"name": "Phòng Xuất nhập khẩu", "phone": tel}
    if mail:
        contact["email"] = mail
    doc = {
        "transportDocumentReference": f"HCM{when:%y}{_digits(rng, 7)}",
        "shippingInstructionsReference": f"SI-{_digits(rng, 8)}",
        "transportDocumentStatus": "ISSUED",
        "transportDocumentTypeCode": "BOL",
        "isShippedOnBoardType": True,
        "freightPaymentTermCode": rng.choice(("PRE", "COL")),
        "isElectronic": True,
        "isToOrder": False,
        "numberOfOriginalsWithCharges": 1,
        "numberOfOriginalsWithoutCharges": 0,
        "shippedOnBoardDate": f"{when:%Y-%m-%d}",
        "issueDate": f"{when + dt.timedelta(days=1):%Y-%m-%d}",
        "termsAndConditions": "Theo điều kiện vận đơn của người chuyên chở.",
        "receiptTypeAtOrigin": "CY",
        "deliveryTypeAtDestination": "CY",
        "cargoMovementTypeAtOrigin": "FCL",
        "cargoMovementTypeAtDestination": "FCL",
        "carrierCode": "ONE",
        "carrierCodeListProvider": "SMDG",
        "invoicePayableAt": {"UNLocationCode": "VNSGN"},
        "transports": {
            "portOfLoading": {"locationName": pol[1], "UNLocationCode": pol[0]},
            "portOfDischarge": {"locationName": pod[1], "UNLocationCode": pod[0]},
            "vesselVoyages": [
                {
                    "vesselName": rng.choice(("ONE HARMONY", "WAN HAI 305", "KMTC JAKARTA")),
                    "carrierExportVoyageNumber": f"{rng.randint(100, 999)}S",
                }
            ],
        },
        "documentParties": {
            "shipper": {
                "partyName": name,
                "address": {
                    "street": _street(row),
                    "city": _province(row),
                    "countryCode": "VN",
                },
                "displayedAddress": [name, _f(row, "Address"), f"TEL: {tel}"],
                "partyContactDetails": [contact],
            },
            "consignee": {
                "partyName": rng.choice(
                    ("PACIFIC TRADING CO., LTD.", "EURO BUILD SUPPLY B.V.", "SUNRISE IMPORT INC.")
                ),
                "address": {"city": pod[1], "countryCode": pod[0][:2]},
            },
        },
        "consignmentItems": [
            {
                "carrierBookingReference": f"SGNB{_digits(rng, 8)}",
                "descriptionOfGoods": [goods],
                "HSCodes": [hs],
                "cargoItems": [
                    {
                        "equipmentReference": container,
                        "cargoGrossWeight": {"value": weight, "unit": "KGM"},
                        "outerPackaging": {
                            "packageCode": "PK",
                            "numberOfPackages": rng.randint(20, 900),
                            "description": "Kiện",
                        },
                    }
                ],
            }
        ],
        "utilizedTransportEquipments": [
            {
                "equipment": {
                    "equipmentReference": container,
                    "ISOEquipmentCode": rng.choice(("22G1", "45G1", "42G1")),
                    "tareWeight": {"value": rng.choice((2200, 3750, 3900)), "unit": "KGM"},
                },
                "isShipperOwned": False,
                "seals": [{"number": f"VN{_digits(rng, 7)}"}],
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ IATA Cargo-XML XFWB 3.00
AIRPORTS = (
    ("NRT", "TOKYO"), ("ICN", "SEOUL"), ("SIN", "SINGAPORE"), ("HKG", "HONG KONG"),
    ("FRA", "FRANKFURT"), ("LAX", "LOS ANGELES"), ("SYD", "SYDNEY"), ("DOH", "DOHA"),
)  # fmt: skip
CONSIGNEES = ("GLOBAL LINK TRADING", "ASIA PARTS CO LTD", "NORTHSTAR IMPORTS")
AIR_GOODS = (
    "HANG MAU", "LINH KIEN DIEN TU", "HANG MAY MAC", "PHU TUNG MAY", "TAI LIEU",
    "THUY SAN DONG LANH", "GIAY DEP",
)  # fmt: skip


def cargo_xml_xfwb(row: dict[str, Any], rng: random.Random) -> str:
    """An IATA Cargo-XML XFWB 3.00 air waybill message: the message and business headers (an
    invented AWB number with its mod-7 check digit), the master consignment's weight, pieces
    and volume, the business as ``ConsignorParty`` (name, structured address, contact with
    ``DirectTelephoneCommunication`` and ``URIEmailCommunication``), an invented consignee,
    origin SGN and a destination, the flight, and an ``HandlingOSIInstructions`` note
    repeating the number."""
    name, tel, mail = _f(row, "Company Name"), phone(row), email(row)
    when = _when(rng)
    awb = _awb(rng)
    dest = rng.choice(AIRPORTS)
    pieces = rng.randint(1, 60)
    weight = rng.randint(15, 2400) + rng.choice((0, 0.5))
    flight = f"{rng.choice(('VN', 'SQ', 'CX', 'KE'))}{rng.randint(100, 989)}"
    departure = when + dt.timedelta(hours=20)
    contact = [
        "      <ram:DefinedTradeContact>",
        "        <ram:DirectTelephoneCommunication>",
        f"          <ram:CompleteNumber>{_x(tel)}</ram:CompleteNumber>",
        "        </ram:DirectTelephoneCommunication>",
    ]
    if mail:
        contact += [
            "        <ram:URIEmailCommunication>",
            f"          <ram:URIID>{_x(mail)}</ram:URIID>",
            "        </ram:URIEmailCommunication>",
        ]
    contact.append("      </ram:DefinedTradeContact>")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rsm:Waybill xmlns:rsm="iata:waybill:1" xmlns:ram="iata:datamodel:3" '
        'xmlns:ccts="urn:un:unece:uncefact:documentation:standard:CoreComponentsTechnical'
        'Specification:2">',
        "  <rsm:MessageHeaderDocument>",
        f"    <ram:ID>{awb}</ram:ID>",
        "    <ram:Name>Master Air Waybill</ram:Name>",
        "    <ram:TypeCode>740</ram:TypeCode>",
        f"    <ram:IssueDateTime>{when:%Y-%m-%dT%H:%M:%S}</ram:IssueDateTime>",
        "    <ram:PurposeCode>Creation</ram:PurposeCode>",
        "    <ram:VersionID>3.00</ram:VersionID>",
        "    <ram:SenderParty>",
        f'      <ram:PrimaryID schemeID="C">SGNFWVN{rng.randint(10, 99)}</ram:PrimaryID>',
        "    </ram:SenderParty>",
        "    <ram:RecipientParty>",
        '      <ram:PrimaryID schemeID="C">SGNFMVN</ram:PrimaryID>',
        "    </ram:RecipientParty>",
        "  </rsm:MessageHeaderDocument>",
        "  <rsm:BusinessHeaderDocument>",
        f"    <ram:ID>{awb}</ram:ID>",
        "    <ram:SignatoryConsignorAuthentication>",
        f"      <ram:Signatory>{_x(_signatory(name))}</ram:Signatory>",
        "    </ram:SignatoryConsignorAuthentication>",
        "    <ram:SignatoryCarrierAuthentication>",
        f"      <ram:ActualDateTime>{when:%Y-%m-%dT%H:%M:%S}</ram:ActualDateTime>",
        "      <ram:Signatory>VN CARGO SGN</ram:Signatory>",
        "      <ram:IssueAuthenticationLocation>",
        "        <ram:Name>HO CHI MINH CITY</ram:Name>",
        "      </ram:IssueAuthenticationLocation>",
        "    </ram:SignatoryCarrierAuthentication>",
        "  </rsm:BusinessHeaderDocument>",
        "  <rsm:MasterConsignment>",
        f'    <ram:IncludedTareGrossWeightMeasure unitCode="KGM">{weight}'
        "</ram:IncludedTareGrossWeightMeasure>",
        f'    <ram:GrossVolumeMeasure unitCode="MTQ">{rng.randint(1, 90) / 10}'
        "</ram:GrossVolumeMeasure>",
        f"    <ram:TotalPieceQuantity>{pieces}</ram:TotalPieceQuantity>",
        "    <ram:ConsignorParty>",
        f"      <ram:Name>{_x(name)}</ram:Name>",
        "      <ram:PostalStructuredAddress>",
        f"        <ram:StreetName>{_x(_street(row))}</ram:StreetName>",
        f"        <ram:CityName>{_x(_province(row))}</ram:CityName>",
        "        <ram:CountryID>VN</ram:CountryID>",
        "      </ram:PostalStructuredAddress>",
        *contact,
        "    </ram:ConsignorParty>",
        "    <ram:ConsigneeParty>",
        f"      <ram:Name>{rng.choice(CONSIGNEES)}</ram:Name>",
        "      <ram:PostalStructuredAddress>",
        f"        <ram:CityName>{dest[1]}</ram:CityName>",
        "      </ram:PostalStructuredAddress>",
        "    </ram:ConsigneeParty>",
        "    <ram:OriginLocation>",
        "      <ram:ID>SGN</ram:ID>",
        "      <ram:Name>HO CHI MINH CITY</ram:Name>",
        "    </ram:OriginLocation>",
        "    <ram:FinalDestinationLocation>",
        f"      <ram:ID>{dest[0]}</ram:ID>",
        f"      <ram:Name>{dest[1]}</ram:Name>",
        "    </ram:FinalDestinationLocation>",
        "    <ram:SpecifiedLogisticsTransportMovement>",
        "      <ram:StageCode>Main-Carriage</ram:StageCode>",
        f"      <ram:ID>{flight}</ram:ID>",
        "      <ram:DepartureEvent>",
        f"        <ram:ScheduledOccurrenceDateTime>{departure:%Y-%m-%dT%H:%M:%S}"
        "</ram:ScheduledOccurrenceDateTime>",
        "      </ram:DepartureEvent>",
        "    </ram:SpecifiedLogisticsTransportMovement>",
        "    <ram:HandlingOSIInstructions>",
        f"      <ram:Description>Liên hệ người gửi {_x(name)}, ĐT {_x(tel)}</ram:Description>",
        "    </ram:HandlingOSIInstructions>",
        "    <ram:IncludedMasterConsignmentItem>",
        "      <ram:SequenceNumeric>1</ram:SequenceNumeric>",
        f'      <ram:GrossWeightMeasure unitCode="KGM">{weight}</ram:GrossWeightMeasure>',
        f"      <ram:PieceQuantity>{pieces}</ram:PieceQuantity>",
        "      <ram:NatureIdentificationTransportCargo>",
        f"        <ram:Identification>{rng.choice(AIR_GOODS)}</ram:Identification>",
        "      </ram:NatureIdentificationTransportCargo>",
        "    </ram:IncludedMasterConsignmentItem>",
        "  </rsm:MasterConsignment>",
        "</rsm:Waybill>",
        "",
    ]
    return "\n".join(lines)


# ------------------------------------------------------------------- Primavera P6 XER export
PROJECTS = (
    "Nhà xưởng KCN Tân Uyên - Lô {n}", "Chung cư Phú Mỹ - Block {n}",
    "Kho lạnh Long An - Giai đoạn {n}", "Trường tiểu học Bình Chánh - Khối {n}",
    "Nhà văn phòng Thủ Đức - Tháp {n}", "Cầu Rạch Chiếc - Gói thầu XL-{n}",
)  # fmt: skip
PROJECT_FIELDS = (
    "proj_id", "proj_short_name", "clndr_id", "plan_start_date", "plan_end_date", "add_date",
    "guid", "add_by_name", "export_flag", "last_recalc_date",
)  # fmt: skip
RSRC_FIELDS = (
    "rsrc_id", "parent_rsrc_id", "clndr_id", "role_id", "shift_id", "user_id", "pobs_id",
    "guid", "rsrc_seq_num", "email_addr", "employee_code", "office_phone", "other_phone",
    "rsrc_name", "rsrc_short_name", "rsrc_title_name", "def_qty_per_hr", "cost_qty_type",
    "ot_factor", "active_flag", "auto_compute_act_flag", "def_cost_qty_link_flag", "ot_flag",
    "curr_id", "unit_id", "rsrc_type", "location_id", "rsrc_notes", "load_tasks_flag",
    "level_flag",
)  # fmt: skip
RATE_FIELDS = ("rsrc_rate_id", "rsrc_id", "max_qty_per_hr", "cost_per_qty", "start_date")


def _xer_table(name: str, fields: tuple[str, ...], rows: list[dict[str, str]]) -> list[str]:
    out = [f"%T\t{name}", "%F\t" + "\t".join(fields)]
    out += ["%R\t" + "\t".join(r.get(f, "") for f in fields) for r in rows]
    return out


def p6_xer(row: dict[str, Any], rng: random.Random) -> str:
    """An Oracle Primavera P6 XER export of a construction project's schedule data: the
    ``ERMHDR`` line (version, export date, user, currency VND), a ``PROJECT`` table of one
    invented project, a ``RSRC`` table with the business as a subcontractor resource
    (``rsrc_name``, an invented ``rsrc_short_name``, ``office_phone``, ``email_addr`` where it
    has one, its category as ``rsrc_title_name``, an HTML ``rsrc_notes`` memo with the address
    and the number again) and an ``RSRCRATE`` of an invented hourly cost, then ``%E``."""
    name, tel, mail = _f(row, "Company Name"), phone(row), email(row)
    when = _when(rng)
    start = when + dt.timedelta(days=rng.randint(10, 60))
    end = start + dt.timedelta(days=rng.randint(120, 540))
    proj_id, rsrc_id = rng.randint(1000, 9999), rng.randint(10000, 99999)
    notes = (
        f"<HTML><BODY><P>Nhà thầu phụ: {name}</P><P>Địa chỉ: {_f(row, 'Address')}</P>"
        f"<P>Điện thoại liên hệ: {tel}</P>"
    )
    if _f(row, "Website"):
        notes += f"<P>Website: {_f(row, 'Website')}</P>"
    notes += "</BODY></HTML>"
    project = {
        "proj_id": str(proj_id),
        "proj_short_name": rng.choice(PROJECTS).format(
            n=f"{rng.choice('ABCDE')}{rng.randint(1, 9)}"
        ),
        "clndr_id": str(rng.randint(600, 699)),
        "plan_start_date": f"{start:%Y-%m-%d} 08:00",
        "plan_end_date": f"{end:%Y-%m-%d} 17:00",
        "add_date": f"{when:%Y-%m-%d %H:%M}",
        "guid": _p6_guid(rng),
        "add_by_name": "admin",
        "export_flag": "Y",
        "last_recalc_date": f"{when + dt.timedelta(days=3):%Y-%m-%d} 00:00",
    }
    short = "NTP-" + "".join(_fold(w)[:1] for w in name.split()[:6]).upper()
    resource = {
        "rsrc_id": str(rsrc_id),
        "parent_rsrc_id": str(rsrc_id - rng.randint(1, 40)),
        "clndr_id": project["clndr_id"],
        "guid": _p6_guid(rng),
        "rsrc_seq_num": str(rng.randint(1, 400)),
        "email_addr": mail,
        "office_phone": tel,
        "rsrc_name": name,
        "rsrc_short_name": f"{short}{rng.randint(100, 999)}",
        "rsrc_title_name": _f(row, "Specialise"),
        "def_qty_per_hr": "8",
        "cost_qty_type": "QT_Hour",
        "ot_factor": "1.5",
        "active_flag": "Y",
        "auto_compute_act_flag": "Y",
        "def_cost_qty_link_flag": "Y",
        "ot_flag": "N",
        "curr_id": "11",
        "rsrc_type": "RT_Labor",
        "rsrc_notes": notes,
        "load_tasks_flag": "N",
        "level_flag": "Y",
    }
    rate = {
        "rsrc_rate_id": str(rng.randint(20000, 29999)),
        "rsrc_id": str(rsrc_id),
        "max_qty_per_hr": "8",
        "cost_per_qty": f"{rng.randint(18, 95) * 10000}.00",
        "start_date": f"{when:%Y-%m-%d} 00:00",
    }
    lines = [
        f"ERMHDR\t19.12\t{when:%Y-%m-%d}\tProject\tadmin\tQuản trị dự án\tdbxDatabaseNoName"
        "\tProject Management\tVND",
        *_xer_table("PROJECT", PROJECT_FIELDS, [project]),
        *_xer_table("RSRC", RSRC_FIELDS, [resource]),
        *_xer_table("RSRCRATE", RATE_FIELDS, [rate]),
        "%E",
        "",
    ]
    return "\r\n".join(lines)


# --------------------------------------------------------------- GS1 GDSN 3.1 catalogue item
ITEMS = {
    "vật liệu xây dựng": (
        ("Xi măng PCB40 bao 50 kg", "10005708"),
        ("Gạch ống 4 lỗ 80x80x180", "10005711"),
        ("Cát xây tô sàng (m³)", "10005709"),
    ),
    "công ty thiết bị công nghiệp": (
        ("Máy nén khí trục vít 15 kW", "10005803"),
        ("Bơm ly tâm trục ngang 7,5 kW", "10005806"),
    ),
    "xây dựng máy móc và thiết bị xây dựng": (
        ("Máy trộn bê tông 350 lít", "10005810"),
        ("Máy đầm cóc chạy xăng", "10005810"),
    ),
    "hàn thiết bị hàn và vật liệu hàn": (
        ("Que hàn E6013 phi 3,2 mm (hộp 5 kg)", "10005815"),
        ("Máy hàn MIG 250A", "10005816"),
    ),
    "hàn cơ khí dịch vụ hàn laser gió đá hồ quang điện,.": (
        ("Dây hàn lõi thuốc E71T-1 phi 1,2 mm", "10005815"),
    ),
}


def gdsn_cin(row: dict[str, Any], rng: random.Random) -> str:
    """A GS1 GDSN 3.1 ``catalogueItemNotification`` message of one trade item the business
    supplies: the SBDH (invented GLNs of the ``893`` prefix, instance id and time), the
    transaction and ADD command, the ``catalogueItem`` with data recipient and source pool,
    the ``tradeItem`` (an invented GTIN-13 with its check digit, the business as
    ``informationProviderOfTradeItem``, an invented GPC brick code, target market 704 = Viet
    Nam, the ``tradeItemContactInformation`` with the business's name and address and a
    ``TELEPHONE``, ``EMAIL`` and ``WEBSITE`` ``communicationChannel``) and a
    ``tradeItemDescriptionModule`` in Vietnamese whose description repeats the number."""
    name, tel, mail = _f(row, "Company Name"), phone(row), email(row)
    when = _when(rng)
    item, brick = rng.choice(ITEMS[_f(row, "Specialise")])
    provider = _gs1("893" + _digits(rng, 9))
    pool, recipient = _gs1("893" + _digits(rng, 9)), _gs1("893" + _digits(rng, 9))
    gtin = _gs1("893" + _digits(rng, 9))
    instance = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    channels = [
        "                <communicationChannel>",
        "                  <communicationChannelCode>TELEPHONE</communicationChannelCode>",
        f"                  <communicationValue>{_x(tel)}</communicationValue>",
        "                </communicationChannel>",
    ]
    if mail:
        channels += [
            "                <communicationChannel>",
            "                  <communicationChannelCode>EMAIL</communicationChannelCode>",
            f"                  <communicationValue>{_x(mail)}</communicationValue>",
            "                </communicationChannel>",
        ]
    if _f(row, "Website"):
        channels += [
            "                <communicationChannel>",
            "                  <communicationChannelCode>WEBSITE</communicationChannelCode>",
            f"                  <communicationValue>{_x(_f(row, 'Website'))}</communicationValue>",
            "                </communicationChannel>",
        ]
    stamp = f"{when:%Y-%m-%dT%H:%M:%S}+07:00"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<catalogue_item_notification:catalogueItemNotificationMessage "
        'xmlns:catalogue_item_notification="urn:gs1:gdsn:catalogue_item_notification:xsd:3" '
        'xmlns:trade_item_description="urn:gs1:gdsn:trade_item_description:xsd:3" '
        'xmlns:sh="http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader">',
        "  <sh:StandardBusinessDocumentHeader>",
        "    <sh:HeaderVersion>1.0</sh:HeaderVersion>",
        f'    <sh:Sender><sh:Identifier Authority="GS1">{provider}</sh:Identifier></sh:Sender>',
        f'    <sh:Receiver><sh:Identifier Authority="GS1">{pool}</sh:Identifier></sh:Receiver>',
        "    <sh:DocumentIdentification>",
        "      <sh:Standard>GS1</sh:Standard>",
        "      <sh:TypeVersion>3.1</sh:TypeVersion>",
        f"      <sh:InstanceIdentifier>{instance}</sh:InstanceIdentifier>",
        "      <sh:Type>catalogueItemNotification</sh:Type>",
        f"      <sh:CreationDateAndTime>{stamp}</sh:CreationDateAndTime>",
        "    </sh:DocumentIdentification>",
        "  </sh:StandardBusinessDocumentHeader>",
        "  <transaction>",
        "    <transactionIdentification>",
        f"      <entityIdentification>TX{_digits(rng, 9)}</entityIdentification>",
        f"      <contentOwner><gln>{provider}</gln></contentOwner>",
        "    </transactionIdentification>",
        "    <documentCommand>",
        '      <documentCommandHeader type="ADD">',
        "        <documentCommandIdentification>",
        f"          <entityIdentification>CMD{_digits(rng, 9)}</entityIdentification>",
        f"          <contentOwner><gln>{provider}</gln></contentOwner>",
        "        </documentCommandIdentification>",
        "      </documentCommandHeader>",
        "      <catalogue_item_notification:catalogueItemNotification>",
        f"        <creationDateTime>{stamp}</creationDateTime>",
        "        <documentStatusCode>ORIGINAL</documentStatusCode>",
        "        <catalogueItemNotificationIdentification>",
        f"          <entityIdentification>CIN{_digits(rng, 9)}</entityIdentification>",
        f"          <contentOwner><gln>{provider}</gln></contentOwner>",
        "        </catalogueItemNotificationIdentification>",
        "        <isReload>false</isReload>",
        "        <catalogueItem>",
        f"          <dataRecipient>{recipient}</dataRecipient>",
        f"          <sourceDataPool>{pool}</sourceDataPool>",
        "          <tradeItem>",
        "            <isTradeItemABaseUnit>true</isTradeItemABaseUnit>",
        "            <isTradeItemAConsumerUnit>false</isTradeItemAConsumerUnit>",
        "            <isTradeItemAnOrderableUnit>true</isTradeItemAnOrderableUnit>",
        "            <tradeItemUnitDescriptorCode>BASE_UNIT_OR_EACH</tradeItemUnitDescriptorCode>",
        f"            <gtin>{gtin}</gtin>",
        "            <informationProviderOfTradeItem>",
        f"              <gln>{provider}</gln>",
        f"              <partyName>{_x(name)}</partyName>",
        "            </informationProviderOfTradeItem>",
        "            <gdsnTradeItemClassification>",
        f"              <gpcCategoryCode>{brick}</gpcCategoryCode>",
        "            </gdsnTradeItemClassification>",
        "            <targetMarket>",
        "              <targetMarketCountryCode>704</targetMarketCountryCode>",
        "            </targetMarket>",
        "            <tradeItemContactInformation>",
        "              <contactTypeCode>CXC</contactTypeCode>",
        f"              <contactName>{_x(name)}</contactName>",
        f"              <contactAddress>{_x(_f(row, 'Address'))}</contactAddress>",
        "              <targetMarketCommunicationChannel>",
        *channels,
        "              </targetMarketCommunicationChannel>",
        "            </tradeItemContactInformation>",
        "            <tradeItemInformation>",
        "              <extension>",
        "                <trade_item_description:tradeItemDescriptionModule>",
        "                  <tradeItemDescriptionInformation>",
        f'                    <descriptionShort languageCode="vi">{_x(item[:35])}'
        "</descriptionShort>",
        f'                    <tradeItemDescription languageCode="vi">{_x(item)} - '
        f"{_x(name)}. Đặt hàng và báo giá: {_x(tel)}.</tradeItemDescription>",
        "                  </tradeItemDescriptionInformation>",
        "                </trade_item_description:tradeItemDescriptionModule>",
        "              </extension>",
        "            </tradeItemInformation>",
        "          </tradeItem>",
        "        </catalogueItem>",
        "      </catalogue_item_notification:catalogueItemNotification>",
        "    </documentCommand>",
        "  </transaction>",
        "</catalogue_item_notification:catalogueItemNotificationMessage>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "dcsa_ebl": dcsa_ebl,
    "cargo_xml_xfwb": cargo_xml_xfwb,
    "p6_xer": p6_xer,
    "gdsn_cin": gdsn_cin,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field and of
    its e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
