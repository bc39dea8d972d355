"""held_out_289 of the PII evaluation set: real telephone and fax fields of a register no earlier
part used (the National Institute of Informatics' records of the libraries taking part in
NACSIS-CAT/ILL, Japan; Japan's earlier parts took city, prefectural and ministry lists) exactly as
the libraries typed them, in interlibrary-loan and library-system layouts no earlier part has,
beside the records' own names, kana readings, addresses and member ids.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP (Takamatsu's, Toyama's, Iizuka's, Yaizu's, Sapporo's,
Yuzawa's and Kumamoto's city lists, the Hokkaido, Tokyo, Kyoto and Osaka governments' lists, the
roadside stations, the municipal offices and the health ministry's lists), FR, KR, DE and many
others; here:

* the values are the ``v:tel`` and ``v:fax`` fields of 360 university, college and research
  libraries (``scripts/data/pii_jp_nii_ill_libraries.json``, written by
  ``scripts/jp_nii_ill_libraries_data.py``; source and licence in that file): Japanese numbers
  as each library typed them into its NACSIS-CAT/ILL record, area code, exchange and line joined
  by hyphens (``011-706-4095``), the exchange in brackets (``011(706)2665``) or run together,
  many with a note before or after (``ILL担当: 011-706-4095``, ``0172-39-3163(DI)``,
  ``0166-68-2229:(G3)``); each field written whole where the layout holds it, the number in it
  labelled (the note outside the span), each copy labelled;
* the text around them is the same record's real fields: the library's name, its kana reading
  and short name, the postcode and address, the FA member id (``FA000106``), the organisation id
  (``KI000287``), the prefecture code and the ILL service flags, with invented request ids,
  NCIDs, titles, dates, UUIDs, patron ids and ports, unlabelled and scored;
* in layouts no earlier part has, of the libraries' own field, text in Japanese: ISO 18626
  (interlibrary loan protocol, version 1.2) ``request`` messages (the library as the requesting
  agency, its numbers as ``electronicAddress`` of type ``Phone`` or ``Fax``, a ``serviceInfo``
  note repeating the first), Ex Libris Alma REST API resource-sharing partner records (``GET
  /almaws/v1/partners/{code}``, JSON: ``partner_details`` with an ISO profile, ``contact_info``
  with the numbers as ``phone`` entries of type ``office`` or ``officeFax``, a ``note``
  repeating the first), FOLIO organization records (``mod-organizations-storage``, JSON:
  ``aliases``, ``addresses``, ``phoneNumbers`` of type ``Office`` or ``Fax``, a
  ``description`` repeating the first) and Koha REST API patron records of the ILL partner
  category (``GET /api/v1/patrons/{patron_id}``, ``category_id`` ``ILLLIBS``: the library as
  ``surname``, its numbers as ``phone``, ``secondary_phone`` and ``fax``, further ones and the
  first again in ``staff_notes``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_289.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from jp_nii_ill_libraries_data import FIELD, values
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_nii_ill_libraries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_289.jsonl.gz"
SPLIT = "held_out_289"

LAYOUTS = ("iso18626_request", "alma_partner", "folio_organization", "koha_ill_patron")
TEL, FAX = "v:tel", "v:fax"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# what a record's ILL service flags mean (the CiNii record's A, N and C)
FLAGS = {"A": "可", "N": "否", "C": "他の窓口で受付"}
# invented titles of the books and articles asked for (no real request is meant)
TITLES = (
    "近世日本の地域社会と文書行政", "植物の環境応答と分子機構", "災害復興と地域コミュニティ",
    "明治期の翻訳文学と出版文化", "統計的学習理論入門", "海洋生態系の長期変動",
    "戦後日本の社会保障制度史", "材料強度学の基礎と応用", "図書館情報学の展開",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A top-level string field as published ("" where the record has none)."""
    value = row["fields"].get(key)
    return value if isinstance(value, str) else ""


def name(row: dict[str, Any]) -> str:
    """The library's name (``v:fn``)."""
    return _f(row, "v:fn")


def kana(row: dict[str, Any]) -> str:
    """The kana reading of the library's name (``foaf:name``'s ``ja-hrkt`` value)."""
    found = [n["@value"] for n in row["fields"]["foaf:name"] if n.get("@language") == "ja-hrkt"]
    return found[0] if found else ""


def short(row: dict[str, Any]) -> str:
    """The library's short name (``dcterms:alternative``'s first value without a language)."""
    found = [n["@value"] for n in row["fields"]["dcterms:alternative"] if "@language" not in n]
    return found[0] if found else ""


def address(row: dict[str, Any]) -> str:
    """The address as published (``v:adr``'s ``v:label``)."""
    return row["fields"]["v:adr"].get("v:label", "")


def postcode(row: dict[str, Any]) -> str:
    """The postcode as published (``v:adr``'s ``v:postal-code``, "" where none)."""
    return row["fields"]["v:adr"].get("v:postal-code", "")


def tels(row: dict[str, Any]) -> list[str]:
    """The record's telephone fields as published, in order."""
    return values(row["fields"], TEL)


def faxes(row: dict[str, Any]) -> list[str]:
    """The record's fax fields as published, in order."""
    return values(row["fields"], FAX)


def number(field: str) -> str:
    """The one number of a telephone or fax field, without its note."""
    m = FIELD.fullmatch(field)
    assert m, field
    return m["number"]


def international(value: str) -> bool:
    """Whether a labelled number is written with a country code (none of this register's is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the number of each of the row's telephone and
    fax fields labelled under its column (a number in both is the telephone's; each copy stands
    apart: no digit next to it)."""
    pairs = [("tel", number(v)) for v in tels(row)] + [("fax", number(v)) for v in faxes(row)]
    return field_copies(
        text, pairs, {"tel": r"\d", "fax": r"\d"}, {"tel": TEL, "fax": FAX}, row["path"],
        nested=True,
    )  # fmt: skip


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (JST)."""
    start = dt.datetime(2024, 1, 9, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    """An invented version-4 UUID."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _fa(rng: random.Random) -> str:
    """An invented FA member id of another library (``FA0xxxxx``)."""
    return f"FA0{rng.randint(10000, 99999)}"


def _ncid(rng: random.Random) -> str:
    """An invented NCID (CiNii Books' record id, ``BB12345678``)."""
    return f"{rng.choice(('BA', 'BB', 'BC', 'AN'))}{rng.randint(10000000, 99999999)}"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: Any) -> str:
    """``value`` as a JSON literal, Japanese kept."""
    return json.dumps(value, ensure_ascii=False)


def _services(row: dict[str, Any]) -> str:
    """The record's ILL service flags in words (``複写：可、貸借：可、FAX：否``)."""
    flag = row["fields"]
    return (
        f"複写：{FLAGS.get(flag['cinii:copyservice'], flag['cinii:copyservice'])}、"
        f"貸借：{FLAGS.get(flag['cinii:loanservice'], flag['cinii:loanservice'])}、"
        f"FAX：{FLAGS.get(flag.get('cinii:faxservice', ''), '未登録')}"
    )


def iso18626_request(row: dict[str, Any], rng: random.Random) -> str:
    """An ISO 18626 (version 1.2) ``request`` message the library sends: the ``header`` with an
    invented supplying library and the library's FA id (agency id type ``NACSIS``), an invented
    request id and time, ``bibliographicInfo`` with an invented title and NCID, ``serviceInfo``
    with a note repeating the first number, ``requestedDeliveryInfo`` with the postal address
    and ``requestingAgencyInfo`` with the name, a desk as contact, and each telephone and fax
    field as an ``electronicAddress`` (``Phone``, ``Fax``)."""
    when = _when(rng)
    loan = rng.random() < 0.5
    member = _f(row, "cinii:memberid")
    first = number(tels(row)[0])
    note = (
        f"{name(row)}からの{'貸借' if loan else '文献複写'}依頼です。"
        f"不明な点は相互貸借担当（電話 {first}）までお問い合わせください。"
    )
    electronic = [("Phone", v) for v in tels(row)] + [("Fax", v) for v in faxes(row)]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ISO18626Message xmlns="http://illtransactions.org/2013/iso18626" '
        'xmlns:ill="http://illtransactions.org/2013/iso18626" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ill:version="1.2" '
        'xsi:schemaLocation="http://illtransactions.org/2013/iso18626 '
        'http://illtransactions.org/schemas/ISO-18626-v1_2.xsd">',
        "  <request>",
        "    <header>",
        "      <supplyingAgencyId>",
        "        <agencyIdType>NACSIS</agencyIdType>",
        f"        <agencyIdValue>{_fa(rng)}</agencyIdValue>",
        "      </supplyingAgencyId>",
        "      <requestingAgencyId>",
        "        <agencyIdType>NACSIS</agencyIdType>",
        f"        <agencyIdValue>{member}</agencyIdValue>",
        "      </requestingAgencyId>",
        "      <multipleItemRequestId></multipleItemRequestId>",
        f"      <timestamp>{when.isoformat()}</timestamp>",
        f"      <requestingAgencyRequestId>ILL{rng.randint(10000000, 99999999)}"
        "</requestingAgencyRequestId>",
        "    </header>",
        "    <bibliographicInfo>",
        f"      <title>{rng.choice(TITLES)}</title>",
        "      <bibliographicRecordId>",
        "        <bibliographicRecordIdentifierCode>NCID</bibliographicRecordIdentifierCode>",
        f"        <bibliographicRecordIdentifier>{_ncid(rng)}</bibliographicRecordIdentifier>",
        "      </bibliographicRecordId>",
        "    </bibliographicInfo>",
        "    <publicationInfo>",
        f"      <publicationType>{'Book' if loan else 'Article'}</publicationType>",
        "    </publicationInfo>",
        "    <serviceInfo>",
        f"      <serviceType>{'Loan' if loan else 'Copy'}</serviceType>",
        "      <serviceLevel>Normal</serviceLevel>",
        f"      <needBeforeDate>{when + dt.timedelta(days=21):%Y-%m-%d}T00:00:00+09:00"
        "</needBeforeDate>",
        f"      <note>{_x(note)}</note>",
        "    </serviceInfo>",
        "    <requestedDeliveryInfo>",
        "      <sortOrder>1</sortOrder>",
        "      <address>",
        "        <physicalAddress>",
        f"          <line1>{_x(name(row))}</line1>",
        f"          <line2>{_x(address(row))}</line2>",
        f"          <postalCode>{_x(postcode(row))}</postalCode>",
        "          <country>JP</country>",
        "        </physicalAddress>",
        "      </address>",
        "    </requestedDeliveryInfo>",
        "    <requestingAgencyInfo>",
        f"      <name>{_x(name(row))}</name>",
        "      <contactName>相互貸借担当</contactName>",
    ]
    for kind, field in electronic:
        lines += [
            "      <address>",
            "        <electronicAddress>",
            f"          <electronicAddressType>{kind}</electronicAddressType>",
            f"          <electronicAddressData>{_x(field)}</electronicAddressData>",
            "        </electronicAddress>",
            "      </address>",
        ]
    lines += ["    </requestingAgencyInfo>", "  </request>", "</ISO18626Message>", ""]
    return "\n".join(lines)


def alma_partner(row: dict[str, Any], rng: random.Random) -> str:
    """An Alma REST API partner record (``GET /almaws/v1/partners/{code}``, JSON) of the
    library in an invented university's Alma: ``partner_details`` with an ISO profile (an
    invented server and port, the FA id as ISO symbol), the name, status and workflows by the
    record's flags; ``contact_info`` with the address and each telephone and fax field as a
    ``phone`` (``office``, ``officeFax``); a ``note`` with the kana reading, the services and
    the first number again; the ``link``."""
    member = _f(row, "cinii:memberid")
    when = _when(rng)
    first = number(tels(row)[0])
    phones = [
        {"phone_number": v, "preferred": i == 0, "preferred_sms": False,
         "phone_type": [{"value": "office", "desc": "Office"}]}
        for i, v in enumerate(tels(row))
    ] + [
        {"phone_number": v, "preferred": False, "preferred_sms": False,
         "phone_type": [{"value": "officeFax", "desc": "Office Fax"}]}
        for v in faxes(row)
    ]  # fmt: skip
    doc = {
        "partner_details": {
            "profile_details": {
                "profile_type": "ISO",
                "iso_details": {
                    "ill_server": f"ill{rng.randint(1, 9)}.example.ac.jp",
                    "ill_port": rng.choice((1611, 9001, 210)),
                    "iso_symbol": member,
                    "send_requester_information": False,
                    "shared_barcodes": False,
                    "ignore_shipping_cost_override": False,
                },
            },
            "code": member,
            "name": name(row),
            "status": "ACTIVE" if _f(row, "cinii:illstatus") == "A" else "INACTIVE",
            "system_type": {"value": "OTHER", "desc": "Other"},
            "avg_supply_time": rng.randint(3, 10),
            "delivery_delay": rng.choice((0, 1, 2)),
            "currency": "JPY",
            "borrowing_supported": _f(row, "cinii:loanservice") == "A",
            "borrowing_workflow": "NACSIS_Borrowing",
            "lending_supported": _f(row, "cinii:copyservice") == "A",
            "lending_workflow": "NACSIS_Lending",
            "holding_code": member,
        },
        "contact_info": {
            "address": [
                {
                    "line1": name(row),
                    "line2": address(row),
                    "postal_code": postcode(row),
                    "country": {"value": "JPN", "desc": "Japan"},
                    "preferred": True,
                    "start_date": f"{when:%Y-%m-%d}Z",
                    "address_type": [{"value": "ALL", "desc": "All"}],
                }
            ],
            "email": [],
            "phone": phones,
        },
        "note": [
            {
                "content": f"{kana(row)}。NACSIS-ILL参加館（{_services(row)}）。"
                f"至急の問い合わせは電話 {first} へ。",
                "segment_type": "Internal",
                "created_by": "exl_api",
                "created_date": f"{when:%Y-%m-%dT%H:%M:%S}Z",
            }
        ],
        "link": f"https://api-ap.hosted.exlibrisgroup.com/almaws/v1/partners/{member}",
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def folio_organization(row: dict[str, Any], rng: random.Random) -> str:
    """A FOLIO organization record (``mod-organizations-storage``, JSON) of the library as a
    non-vendor partner: an invented id, the name, the FA id as ``code``, a ``description`` with
    the services and the first number again, the short name and kana reading as ``aliases``,
    the address, each telephone and fax field in ``phoneNumbers`` (``Office``, ``Fax``), the
    CiNii page as ``urls``, a tag and invented ``metadata``."""
    member = _f(row, "cinii:memberid")
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 40), seconds=rng.randint(0, 86400))
    user = _uuid(rng)
    first = number(tels(row)[0])
    aliases = [
        {"value": v, "description": d} for v, d in ((short(row), "略称"), (kana(row), "ヨミ")) if v
    ]
    phones = [
        {"phoneNumber": v, "categories": [], "isPrimary": i == 0, "type": "Office",
         "language": "jpn"}
        for i, v in enumerate(tels(row))
    ] + [
        {"phoneNumber": v, "categories": [], "isPrimary": False, "type": "Fax", "language": "jpn"}
        for v in faxes(row)
    ]  # fmt: skip
    doc = {
        "id": _uuid(rng),
        "name": name(row),
        "code": member,
        "description": f"NACSIS-ILL参加館。{_services(row)}。相互貸借の連絡先：電話 {first}",
        "exportToAccounting": False,
        "status": "Active",
        "language": "jpn",
        "aliases": aliases,
        "addresses": [
            {
                "addressLine1": address(row),
                "addressLine2": "",
                "city": "",
                "stateRegion": "",
                "zipCode": postcode(row),
                "country": "JPN",
                "isPrimary": True,
                "categories": [],
                "language": "jpn",
            }
        ],
        "phoneNumbers": phones,
        "emails": [],
        "urls": [
            {
                "value": f"https://ci.nii.ac.jp/library/{member}",
                "description": "CiNii Books 参加組織情報",
                "isPrimary": True,
                "categories": [],
                "language": "jpn",
            }
        ],
        "contacts": [],
        "agreements": [],
        "vendorCurrencies": [],
        "changelogs": [],
        "isVendor": False,
        "accounts": [],
        "interfaces": [],
        "tags": {"tagList": ["nacsis-ill"]},
        "metadata": {
            "createdDate": f"{created.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S.000+00:00}",
            "createdByUserId": user,
            "updatedDate": f"{updated.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S.000+00:00}",
            "updatedByUserId": user,
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def koha_ill_patron(row: dict[str, Any], rng: random.Random) -> str:
    """A Koha REST API patron record (``GET /api/v1/patrons/{patron_id}``, JSON) of the library
    as an ILL partner (category ``ILLLIBS``): an invented patron id and card number, the name
    as ``surname``, the address and postcode, the first telephone field as ``phone``, a second
    as ``secondary_phone``, the first fax field as ``fax``, any further fields and the first
    number again in ``staff_notes``, the FA id and kana reading in ``opac_notes``, invented
    dates."""
    member = _f(row, "cinii:memberid")
    enrolled = _when(rng)
    tel, fax = tels(row), faxes(row)
    more = [f"電話 {v}" for v in tel[2:]] + [f"FAX {v}" for v in fax[1:]]
    notes = f"NACSIS-ILL参加館（{_services(row)}）。督促・返送の連絡は電話 {number(tel[0])}。"
    if more:
        notes += "ほかに " + "、".join(more) + "。"
    doc = {
        "patron_id": rng.randint(1200, 48000),
        "cardnumber": f"ILL{member}",
        "surname": name(row),
        "firstname": None,
        "other_name": short(row) or None,
        "address": address(row),
        "address2": None,
        "city": None,
        "state": None,
        "postal_code": postcode(row) or None,
        "country": "日本",
        "email": None,
        "phone": tel[0],
        "secondary_phone": tel[1] if len(tel) > 1 else None,
        "mobile": None,
        "fax": fax[0] if fax else None,
        "library_id": rng.choice(("CENTRAL", "MAIN", "HONKAN")),
        "category_id": "ILLLIBS",
        "date_enrolled": f"{enrolled:%Y-%m-%d}",
        "expiry_date": f"{enrolled.year + 5}-03-31",
        "staff_notes": notes,
        "opac_notes": f"{member} {kana(row)}",
        "lang": "ja-Jpan-JP",
        "updated_on": (enrolled + dt.timedelta(days=rng.randint(0, 30))).isoformat(),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "iso18626_request": iso18626_request,
    "alma_partner": alma_partner,
    "folio_organization": folio_organization,
    "koha_ill_patron": koha_ill_patron,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of the number of each of its
    telephone and fax fields labelled."""
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
