"""held_out_370 of the PII evaluation set: real phone fields of a register no earlier part used
(the Seoul Metropolitan Government's licensing data of hospitals, 서울시 병원 인허가 정보;
Korea's earlier parts took other registers) exactly as published, in layouts no earlier part
has, beside the register's own names, kinds, management numbers and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, animal hospitals,
cultural festivals, parking lots, car rental businesses, campsites, performances and events,
tourist information centres, Seoul Metro's stations, 119 safety centres) and many others; here:

* the values are the ``전화번호`` (telephone) field of 400 hospitals open for business in
  Seoul, a seeded sample of the first row of each distinct number of the kept shape, none an
  earlier Korean part's (``scripts/data/pii_kr_seoul_hospitals.json``, written by
  ``scripts/kr_seoul_hospitals_data.py``; source and licence in that file): South Korean
  numbers as the district offices typed them (``02-6204-1004``, ``02-526-0821``,
  ``6388-8114``, ``753-1922``, ``28320151``, ``02)6676-6000``); each copy labelled;
* the text around them is the same row's real fields: the hospital's name, kind, management
  number and road address, with invented ids, coordinates, hours, scores and time stamps,
  unlabelled and scored;
* in layouts no earlier part has, of Korea's medical-institution API and three place services,
  text in Korean where the format carries it: the National Medical Center's hospital and
  clinic search API responses (국립중앙의료원 전국 병·의원 찾기 서비스,
  ``B552657/HsptlAsembySearchService/getHsptlMdcncListInfoInqire``, data.go.kr XML:
  ``header`` ``00``/``NORMAL SERVICE.``, one ``item`` with ``dutyAddr``, ``dutyDivNam``,
  ``dutyEmclsName``, ``dutyEryn``, ``dutyName``, ``dutyTel1``, opening times, ``hpid``,
  ``rnum``, ``wgs84Lat``/``wgs84Lon``, then ``numOfRows``, ``pageNo``, ``totalCount``),
  Nominatim ``/lookup`` responses (``format=jsonv2&addressdetails=1&extratags=1``: one
  place with ``place_id``, the ODbL licence, ``osm_type``/``osm_id``, ``category``
  ``amenity``, ``type`` ``hospital``, ``address`` and the number as ``extratags.phone``),
  Azure Maps Search POI responses (``summary`` and one ``POI`` result with ``poi.phone``,
  ``categorySet`` 7321, ``classifications`` ``HOSPITAL_POLYCLINIC``, ``address``,
  ``position``, ``viewport`` and ``entryPoints``) and Amazon Location Service ``GetPlace``
  (Places API v2) responses (``PlaceId``, ``PlaceType`` ``PointOfInterest``, ``Title``,
  ``Address``, ``Position``, ``MapView``, ``Categories`` ``hospital``, the number as
  ``Contacts.Phones[0].Value``, ``TimeZone`` ``Asia/Seoul``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_370.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_seoul_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_370.jsonl.gz"
SPLIT = "held_out_370"

LAYOUTS = ("nemc_hospital_list_xml", "nominatim_lookup_jsonv2", "azure_maps_poi_json",
           "amazon_location_place_json")  # fmt: skip
PHONE = "전화번호"
EDGES = {"phone": r"\d"}
ALPHANUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The hospital's telephone as published."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The hospital's name as published (``리페이스치과병원``)."""
    return _f(row, "사업장명")


def kind(row: dict[str, Any]) -> str:
    """The hospital's kind as published (``병원``, ``요양병원(일반요양병원)``)."""
    return _f(row, "업태구분명")


def code(row: dict[str, Any]) -> str:
    """The management number as published (``PHMA220253220033021200001``)."""
    return _f(row, "관리번호")


def road(row: dict[str, Any]) -> str:
    """The road address as published."""
    return _f(row, "도로명주소")


def postcode(row: dict[str, Any]) -> str:
    """The road-address postcode as five digits (the file drops a leading ``0``: ``6039``)."""
    value = _f(row, "도로명우편번호")
    return value.zfill(5) if value else ""


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this register does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled under its column;
    each copy stands apart: no digit next to it."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def _point(rng: random.Random) -> tuple[float, float]:
    """An invented point in Seoul: (longitude, latitude)."""
    return round(rng.uniform(126.82, 127.16), 7), round(rng.uniform(37.46, 37.68), 7)


def _parts(row: dict[str, Any]) -> dict[str, str]:
    """The road address's parts: province, district, street, building number and the
    neighbourhood in brackets (``서울특별시``, ``강남구``, ``도산대로``, ``138``, ``논현동``)."""
    main, _, rest = road(row).partition(",")
    words = main.split()
    dong = re.search(r"\(([^,)]+)", road(row))
    number = words[3] if len(words) > 3 else ""
    return {
        "province": words[0],
        "district": words[1],
        "street": words[2] if len(words) > 2 else "",
        "number": re.sub(r"\s*\(.*", "", number),
        "dong": dong.group(1) if dong else "",
        "line": " ".join(words[:4]) if len(words) > 3 else main,
    }


def _plain_kind(row: dict[str, Any]) -> str:
    """The kind without its bracketed sub-kind (``요양병원``)."""
    return kind(row).split("(")[0]


def nemc_hospital_list_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A response of the National Medical Center's hospital and clinic search API
    (``getHsptlMdcncListInfoInqire``, data.go.kr XML on one line): the header, one ``item``
    with the road address, kind, emergency class, name, ``dutyTel1``, weekday and Saturday
    hours, an invented ``hpid`` and point, then the paging counts."""
    lon, lat = _point(rng)
    close = rng.choice(("1730", "1800", "1830"))
    sat = rng.choice(("1230", "1300", "1400"))
    item = [
        ("dutyAddr", road(row)),
        ("dutyDivNam", _plain_kind(row)),
        ("dutyEmclsName", "응급의료기관 이외"),
        ("dutyEryn", "2"),
        ("dutyName", name(row)),
        ("dutyTel1", phone(row)),
        *((f"dutyTime{d}c", close) for d in range(1, 6)),
        *((f"dutyTime{d}s", rng.choice(("0830", "0900"))) for d in range(1, 6)),
        ("dutyTime6c", sat),
        ("dutyTime6s", "0900"),
        ("hpid", f"A11{rng.randint(0, 99999):05d}"),
        ("rnum", "1"),
        ("wgs84Lat", f"{lat}"),
        ("wgs84Lon", f"{lon}"),
    ]
    body = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in item)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><response><header>'
        "<resultCode>00</resultCode><resultMsg>NORMAL SERVICE.</resultMsg></header><body>"
        f"<items><item>{body}</item></items><numOfRows>10</numOfRows><pageNo>1</pageNo>"
        "<totalCount>1</totalCount></body></response>\n"
    )


def nominatim_lookup_jsonv2(row: dict[str, Any], rng: random.Random) -> str:
    """A Nominatim ``/lookup`` response (``format=jsonv2``, address details and extra tags):
    one place, the hospital as an OSM ``amenity=hospital`` with invented ids, point and
    bounding box, its address and the number as ``extratags.phone``."""
    lon, lat = _point(rng)
    p = _parts(row)
    osm_type = rng.choice(("node", "way", "way"))
    address = {
        "amenity": name(row),
        "house_number": p["number"],
        "road": p["street"],
        "quarter": p["dong"],
        "borough": p["district"],
        "city": p["province"],
        "ISO3166-2-lvl4": "KR-11",
        "postcode": postcode(row),
        "country": "대한민국",
        "country_code": "kr",
    }
    address = {k: v for k, v in address.items() if v}
    display = [name(row), p["number"], p["street"], p["dong"], p["district"], p["province"],
               postcode(row), "대한민국"]  # fmt: skip
    extratags = {"healthcare": "hospital", "phone": phone(row)}
    if rng.random() < 0.5:
        extratags["opening_hours"] = "Mo-Fr 09:00-18:00; Sa 09:00-13:00"
    place = {
        "place_id": rng.randint(200_000_000, 399_999_999),
        "licence": "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright",
        "osm_type": osm_type,
        "osm_id": rng.randint(100_000_000, 1_299_999_999),
        "lat": f"{lat}",
        "lon": f"{lon}",
        "category": "amenity",
        "type": "hospital",
        "place_rank": 30,
        "importance": round(rng.uniform(0.00005, 0.2), 14),
        "addresstype": "amenity",
        "name": name(row),
        "display_name": ", ".join(v for v in display if v),
        "address": address,
        "extratags": extratags,
        "boundingbox": [
            f"{lat - 0.0004:.7f}",
            f"{lat + 0.0004:.7f}",
            f"{lon - 0.0005:.7f}",
            f"{lon + 0.0005:.7f}",
        ],  # fmt: skip
    }
    return json.dumps([place], ensure_ascii=False) + "\n"


def azure_maps_poi_json(row: dict[str, Any], rng: random.Random) -> str:
    """An Azure Maps Search POI response (``/search/poi/json``, ``language=ko-KR``): the
    summary and one ``POI`` result with an invented id, score and point, the hospital's name,
    the number as ``poi.phone``, the hospital category, its address, viewport and main entry
    point."""
    lon, lat = _point(rng)
    p = _parts(row)
    result = {
        "type": "POI",
        "id": f"KR/POI/p0/{rng.randint(1_000_000, 9_999_999)}",
        "score": round(rng.uniform(2.0, 9.9), 5),
        "info": f"search:ta:410{rng.randint(10**11, 10**12 - 1)}-KR",
        "poi": {
            "name": name(row),
            "phone": phone(row),
            "categorySet": [{"id": 7321}],
            "categories": ["hospital", _plain_kind(row)],
            "classifications": [
                {
                    "code": "HOSPITAL_POLYCLINIC",
                    "names": [{"nameLocale": "ko-KR", "name": _plain_kind(row)}],
                }
            ],
        },
        "address": {
            "streetNumber": p["number"],
            "streetName": p["street"],
            "municipalitySubdivision": p["dong"] or p["district"],
            "municipality": "서울",
            "countrySecondarySubdivision": p["district"],
            "countrySubdivision": p["province"],
            "postalCode": postcode(row),
            "countryCode": "KR",
            "country": "대한민국",
            "countryCodeISO3": "KOR",
            "freeformAddress": p["line"],
            "localName": "서울",
        },
        "position": {"lat": lat, "lon": lon},
        "viewport": {
            "topLeftPoint": {"lat": round(lat + 0.0009, 5), "lon": round(lon - 0.00113, 5)},
            "btmRightPoint": {"lat": round(lat - 0.0009, 5), "lon": round(lon + 0.00113, 5)},
        },
        "entryPoints": [
            {
                "type": "main",
                "position": {"lat": round(lat + 0.0001, 5), "lon": round(lon - 0.0001, 5)},
            }
        ],
    }
    response = {
        "summary": {
            "query": name(row),
            "queryType": "NON_NEAR",
            "queryTime": rng.randint(8, 140),
            "numResults": 1,
            "offset": 0,
            "totalResults": 1,
            "fuzzyLevel": 1,
        },
        "results": [result],
    }
    return json.dumps(response, ensure_ascii=False, indent=4) + "\n"


def amazon_location_place_json(row: dict[str, Any], rng: random.Random) -> str:
    """An Amazon Location Service ``GetPlace`` response (Places API v2,
    ``additional-features=Contact``, ``language=ko``): an invented ``PlaceId`` and point, the
    hospital's name as ``Title``, its address, map view, the ``hospital`` category, the number
    as ``Contacts.Phones[0].Value`` and Seoul's time zone."""
    lon, lat = _point(rng)
    p = _parts(row)
    place_id = "AQAAAF" + "".join(rng.choice(ALPHANUM) for _ in range(150))
    address = {
        "Label": f"{name(row)}, {p['line']}, 대한민국",
        "Country": {"Code2": "KR", "Code3": "KOR", "Name": "대한민국"},
        "Region": {"Name": p["province"]},
        "Locality": p["province"],
        "District": p["district"],
        "SubDistrict": p["dong"],
        "PostalCode": postcode(row),
        "Street": p["street"],
        "StreetComponents": [{"BaseName": p["street"], "Language": "ko"}],
        "AddressNumber": p["number"],
    }
    address = {k: v for k, v in address.items() if v}
    place = {
        "PlaceId": place_id,
        "PlaceType": "PointOfInterest",
        "Title": name(row),
        "PricingBucket": "Advanced",
        "Address": address,
        "Position": [lon, lat],
        "MapView": [
            round(lon - 0.00112, 5),
            round(lat - 0.0009, 5),
            round(lon + 0.00112, 5),
            round(lat + 0.0009, 5),
        ],  # fmt: skip
        "Categories": [
            {
                "Id": "hospital",
                "Name": "Hospital",
                "LocalizedName": _plain_kind(row),
                "Primary": True,
            }
        ],
        "Contacts": {"Phones": [{"Value": phone(row)}]},
        "TimeZone": {"Name": "Asia/Seoul", "Offset": "+09:00", "OffsetSeconds": 32400},
    }
    return json.dumps(place, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "nemc_hospital_list_xml": nemc_hospital_list_xml,
    "nominatim_lookup_jsonv2": nominatim_lookup_jsonv2,
    "azure_maps_poi_json": azure_maps_poi_json,
    "amazon_location_place_json": amazon_location_place_json,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone labelled."""
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
