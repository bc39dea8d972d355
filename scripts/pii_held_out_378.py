"""held_out_378 of the PII evaluation set: real phone fields of a register no earlier part used
(the schools that Yandex Maps lists in Kyrgyzstan, as a developer's scan of the Yandex Maps
Search API saved their cards; Kyrgyzstan's earlier part took elitka.kg's builder catalogue)
exactly as published, in layouts no earlier part has, beside the cards' own names, addresses,
coordinates, categories, hours and Yandex ids.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phones`` of 300 schools (``scripts/data/pii_kg_yandex_schools.json``,
  written by ``scripts/kg_yandex_schools_data.py``; source and licence in that file): Kyrgyz
  numbers as the Yandex cards write them, after ``+996`` in groups (``+996 312 57 51 41``,
  mobiles ``+996 779 70 99 70``, one grouped ``+996 7085 255 00``), one to four in a field
  joined by ``, `` (one with a Kazakh mobile, ``+7 (701) 566-60-76``); each number of each copy
  labelled on its own; the cards give no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: the school's name, address, latitude and
  longitude, categories, opening hours and Yandex organisation id (ten to twelve digits,
  ``175839292322``, unlabelled: an id, not a phone), with invented UUIDs, 2GIS ids, X-Road
  member codes, ratings, amounts and dates, unlabelled and scored;
* in layouts no earlier part has, formats that a Kyrgyz school's card passes through, names,
  addresses and notes in Russian: answers of the Yandex Maps Search API (API Поиска по организациям,
  ``search-maps.yandex.ru/v1/``: a GeoJSON ``FeatureCollection`` whose one feature's
  ``CompanyMetaData`` has the card's ``Phones``, ``Categories`` and ``Hours``), answers of the
  2GIS Places API (``GET /3.0/items/byid``: one ``branch`` item with ``address_name``,
  ``point``, ``rubrics`` and ``contact_groups`` of ``phone`` contacts), X-Road message protocol
  4.0 SOAP answers as Tunduk (Kyrgyzstan's X-Road) carries them (``xro:client``,
  ``xro:service``, ``xro:id``, ``xro:protocolVersion`` headers; an invented school-register
  service whose answer lists each number as ``phone`` and the first again in a note) and
  MoySklad JSON API 1.2 counterparties (``GET /api/remap/1.2/entity/counterparty/{id}``: a
  ``legal`` counterparty with the field as ``phone``, the address as ``actualAddress`` and the
  first number again in ``description``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every number has eleven
or twelve digits, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_378.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_kg_yandex_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_378.jsonl.gz"
SPLIT = "held_out_378"

LAYOUTS = ("yandex_geosearch", "dgis_items", "tunduk_xroad", "moysklad_counterparty")
PHONE = "phones"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
KGT = dt.timezone(dt.timedelta(hours=6))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# Yandex category names and the ``class`` the Search API gives them
CLASSES = {
    "Общеобразовательная школа": "school",
    "Частная школа": "school",
    "Начальная школа": "school",
    "Лицей": "school",
    "Гимназия": "school",
    "Школа-интернат": "school",
}
# invented suppliers' counterparty groups and tags of a MoySklad account
TAGS = ("школы", "бюджетные учреждения", "опт", "учебная литература", "мебель")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[str]:
    """The numbers of the school's ``phones`` field, in the card's order."""
    return [p.strip() for p in _f(row, PHONE).split(", ") if p.strip()]


def categories(row: dict[str, Any]) -> list[str]:
    """The card's categories, in its order."""
    return [c.strip() for c in _f(row, "categories").split(",") if c.strip()]


def international(value: str) -> bool:
    """Whether a number is written with a country code (every one of the cards' is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each of the school's numbers labelled (each copy
    stands apart: no digit next to it)."""
    values = [(PHONE, p) for p in phones(row)]
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Bishkek time)."""
    day = dt.datetime(2025, 1, 13, tzinfo=KGT) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(
        hours=rng.randint(8, 18), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
    )


def _uuid(rng: random.Random) -> str:
    """An invented UUID (version 4)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[rng.randint(0, 3)]}{h[17:20]}-{h[20:]}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _coordinate(row: dict[str, Any], key: str) -> float:
    return float(_f(row, key))


def yandex_geosearch(row: dict[str, Any], rng: random.Random) -> str:
    """An answer of the Yandex Maps Search API (API Поиска по организациям, ``GET
    https://search-maps.yandex.ru/v1/?text=школа&type=biz&lang=ru_RU&ll=...``): a GeoJSON
    ``FeatureCollection`` whose ``ResponseMetaData`` gives the request (``школа``, the window
    around the school) and ``found``, and one feature at the school's coordinates whose
    ``CompanyMetaData`` has the card's id, name, address, ``Categories`` (``class`` and
    ``name``), ``Phones`` (each ``type`` ``phone`` and its ``formatted`` number) and ``Hours``
    (where the card gives them)."""
    lat, lon = _coordinate(row, "lat"), _coordinate(row, "lon")
    span = rng.choice((0.05, 0.1, 0.2))
    window = [
        [round(lon - span, 6), round(lat - span, 6)],
        [round(lon + span, 6), round(lat + span, 6)],
    ]
    meta: dict[str, Any] = {
        "id": _f(row, "id"),
        "name": _f(row, "name"),
        "address": _f(row, "address"),
        "Categories": [{"class": CLASSES.get(c, "school"), "name": c} for c in categories(row)],
        "Phones": [{"type": "phone", "formatted": p} for p in phones(row)],
    }
    if _f(row, "hours_text"):
        meta["Hours"] = {"text": _f(row, "hours_text")}
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {
            "name": _f(row, "name"),
            "description": _f(row, "address"),
            "boundedBy": [[round(lon - 0.0004, 6), round(lat - 0.0003, 6)],
                          [round(lon + 0.0004, 6), round(lat + 0.0003, 6)]],
            "CompanyMetaData": meta,
        },
    }  # fmt: skip
    doc = {
        "type": "FeatureCollection",
        "properties": {
            "ResponseMetaData": {
                "SearchRequest": {
                    "request": "школа",
                    "skip": rng.choice((0, 50, 100, 150)),
                    "results": 50,
                    "boundedBy": window,
                },
                "SearchResponse": {"found": rng.randint(1, 480), "display": "multiple"},
            }
        },
        "features": [feature],
    }
    return _json(doc)


def dgis_items(row: dict[str, Any], rng: random.Random) -> str:
    """An answer of the 2GIS Places API (``GET /3.0/items/byid?id=...&fields=items.point,
    items.rubrics,items.contact_groups,items.reviews``): ``meta`` (API version, code 200, issue
    date) and a ``result`` of one ``branch`` item (an invented 2GIS id and organisation id, the
    school's name, ``address_name``, ``point``, its categories as ``rubrics`` with invented ids,
    one ``contact_groups`` entry whose ``contacts`` are the card's numbers as ``phone``
    contacts, invented review figures) and ``total`` 1 (the card's hours are left out)."""
    when = _when(rng)
    branch = 70000001000000000 + rng.randint(10**10, 10**11)
    org = 70000001000000000 + rng.randint(10**10, 10**11)
    item = {
        "id": f"{branch}_{rng.getrandbits(64):016x}",
        "type": "branch",
        "name": _f(row, "name"),
        "address_name": _f(row, "address"),
        "point": {"lat": _coordinate(row, "lat"), "lon": _coordinate(row, "lon")},
        "org": {"id": str(org), "name": _f(row, "name"), "branch_count": 1},
        "rubrics": [
            {"id": str(rng.randint(100, 99999)), "name": c, "kind": "primary" if i == 0 else
             "additional"} for i, c in enumerate(categories(row))
        ],
        "contact_groups": [
            {"contacts": [{"type": "phone", "text": p} for p in phones(row)]},
        ],
        "reviews": {
            "general_rating": round(rng.uniform(3.5, 5.0), 1),
            "general_review_count": rng.randint(0, 120),
        },
    }  # fmt: skip
    doc = {
        "meta": {
            "api_version": f"3.0.{rng.randint(400000, 499999)}",
            "code": 200,
            "issue_date": f"{when:%Y%m%d}",
        },
        "result": {"items": [item], "total": 1},
    }
    return _json(doc)


def _member_code(rng: random.Random) -> str:
    """An invented fourteen-digit code of a Kyrgyz legal entity (its INN's shape, ``0``)."""
    return "0" + "".join(rng.choice("0123456789") for _ in range(13))


def tunduk_xroad(row: dict[str, Any], rng: random.Random) -> str:
    """An X-Road message protocol 4.0 SOAP answer as Tunduk (Kyrgyzstan's X-Road) carries it:
    the ``xro:client`` (an invented school portal's subsystem) and ``xro:service`` (an invented
    school-register service ``getSchoolInfo`` of an education member; instance ``KG``, member
    class ``GOV``, invented member codes), ``xro:id``, ``xro:userId``,
    ``xro:protocolVersion`` 4.0; the body's ``getSchoolInfoResponse`` repeats the request (the
    school's Yandex id) and gives the school's name, categories, address, coordinates, hours,
    each number as ``phone`` and the first again in ``note``."""
    nums = phones(row)
    school = [
        f"          <name>{_x(_f(row, 'name'))}</name>",
        *(f"          <category>{_x(c)}</category>" for c in categories(row)),
        f"          <address>{_x(_f(row, 'address'))}</address>",
        f"          <latitude>{_f(row, 'lat')}</latitude>",
        f"          <longitude>{_f(row, 'lon')}</longitude>",
    ]
    if _f(row, "hours_text"):
        school.append(f"          <workingHours>{_x(_f(row, 'hours_text'))}</workingHours>")
    school += [
        "          <phones>",
        *(f"            <phone>{_x(p)}</phone>" for p in nums),
        "          </phones>",
        f"          <note>Справки по приёму документов: {_x(nums[0])}</note>",
    ]
    client, provider = _member_code(rng), _member_code(rng)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:xro="http://x-road.eu/xsd/xroad.xsd" '
        'xmlns:iden="http://x-road.eu/xsd/identifiers">',
        "  <SOAP-ENV:Header>",
        '    <xro:client iden:objectType="SUBSYSTEM">',
        "      <iden:xRoadInstance>KG</iden:xRoadInstance>",
        "      <iden:memberClass>GOV</iden:memberClass>",
        f"      <iden:memberCode>{client}</iden:memberCode>",
        "      <iden:subsystemCode>school-portal</iden:subsystemCode>",
        "    </xro:client>",
        '    <xro:service iden:objectType="SERVICE">',
        "      <iden:xRoadInstance>KG</iden:xRoadInstance>",
        "      <iden:memberClass>GOV</iden:memberClass>",
        f"      <iden:memberCode>{provider}</iden:memberCode>",
        "      <iden:subsystemCode>edu-registry</iden:subsystemCode>",
        "      <iden:serviceCode>getSchoolInfo</iden:serviceCode>",
        "      <iden:serviceVersion>v1</iden:serviceVersion>",
        "    </xro:service>",
        f"    <xro:id>{_uuid(rng)}</xro:id>",
        "    <xro:userId>school-portal</xro:userId>",
        "    <xro:protocolVersion>4.0</xro:protocolVersion>",
        "  </SOAP-ENV:Header>",
        "  <SOAP-ENV:Body>",
        '    <edu:getSchoolInfoResponse xmlns:edu="http://edu.gov.kg/xroad/schools">',
        "      <request>",
        f"        <schoolId>{_f(row, 'id')}</schoolId>",
        "      </request>",
        "      <response>",
        f'        <school id="{_f(row, "id")}">',
        *school,
        "        </school>",
        "      </response>",
        "    </edu:getSchoolInfoResponse>",
        "  </SOAP-ENV:Body>",
        "</SOAP-ENV:Envelope>",
        "",
    ]
    return "\n".join(lines)


def moysklad_counterparty(row: dict[str, Any], rng: random.Random) -> str:
    """A MoySklad JSON API 1.2 counterparty (``GET /api/remap/1.2/entity/counterparty/{id}``)
    of a school supplier's account: ``meta`` (``href``, ``metadataHref``, ``type``
    ``counterparty``, ``uuidHref``), invented ``id`` and ``accountId``, ``owner`` and ``group``
    references, ``updated`` and ``created``, the school's name as ``name`` and ``legalTitle``,
    its Yandex id in ``externalCode``, the card's categories and the first number again in
    ``description``, the ``phones`` field whole as ``phone``, the address as ``actualAddress``,
    ``companyType`` ``legal``, invented ``tags`` and ``salesAmount``."""
    base = "https://api.moysklad.ru/api/remap/1.2"
    cid, account = _uuid(rng), _uuid(rng)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 90), minutes=rng.randint(1, 600))
    nums = phones(row)
    description = f"{', '.join(categories(row))}. Звонить в приёмную: {nums[0]}"
    if _f(row, "hours_text"):
        description += f" ({_f(row, 'hours_text')})"

    def ref(kind: str, entity: str) -> dict[str, Any]:
        return {
            "meta": {
                "href": f"{base}/entity/{entity}/{_uuid(rng)}",
                "metadataHref": f"{base}/entity/{entity}/metadata",
                "type": kind,
                "mediaType": "application/json",
            }
        }

    doc = {
        "meta": {
            "href": f"{base}/entity/counterparty/{cid}",
            "metadataHref": f"{base}/entity/counterparty/metadata",
            "type": "counterparty",
            "mediaType": "application/json",
            "uuidHref": f"https://online.moysklad.ru/app/#company/edit?id={cid}",
        },
        "id": cid,
        "accountId": account,
        "owner": ref("employee", "employee"),
        "shared": True,
        "group": ref("group", "group"),
        "updated": f"{updated:%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999):03d}",
        "name": _f(row, "name"),
        "description": description,
        "code": f"SCH-{rng.randint(1000, 9999)}",
        "externalCode": f"yandex-{_f(row, 'id')}",
        "archived": False,
        "created": f"{created:%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999):03d}",
        "phone": _f(row, PHONE),
        "actualAddress": _f(row, "address"),
        "legalTitle": _f(row, "name"),
        "companyType": "legal",
        "tags": sorted(rng.sample(TAGS, 2)),
        "salesAmount": float(rng.randint(50, 4000) * 10000),
        "accounts": {
            "meta": {
                "href": f"{base}/entity/counterparty/{cid}/accounts",
                "type": "account",
                "mediaType": "application/json",
                "size": 0,
                "limit": 1000,
                "offset": 0,
            }
        },
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "yandex_geosearch": yandex_geosearch,
    "dgis_items": dgis_items,
    "tunduk_xroad": tunduk_xroad,
    "moysklad_counterparty": moysklad_counterparty,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of each of its numbers
    labelled."""
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
