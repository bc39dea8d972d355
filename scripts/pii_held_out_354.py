"""held_out_354 of the PII evaluation set: real phone fields of a register no earlier part used
(Seoul Metro's list of its stations' addresses and telephone numbers, 서울교통공사_역주소 및
전화번호; Korea's earlier parts took other registers) exactly as published, in layouts no
earlier part has, beside the register's own station numbers, lines, names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, animal hospitals,
cultural festivals, parking lots, car rental businesses, campsites, performances and events,
tourist information centres) and many others; here:

* the values are the ``역전화번호`` (the station office's telephone) field of 281 stations of
  Seoul Metro, the first row of each distinct number of the kept shape, none an earlier Korean
  part's (``scripts/data/pii_kr_seoul_metro_stations.json``, written by
  ``scripts/kr_seoul_metro_stations_data.py``; source and licence in that file): South Korean
  numbers as the operator typed them, Seoul's area code, exchange and line joined by hyphens
  (``02-6110-1331``, ``02-6311-5101``, ``02-2656-0930``); each copy labelled;
* the text around them is the same row's real fields: the station number, line, name and road
  and lot-number addresses, with invented ids, coordinates, time stamps and confidences,
  unlabelled and scored;
* in layouts no earlier part has, of Seoul's open data API, two map-data services and a transit
  feed, text in Korean where the format carries prose: Seoul Open Data Plaza API responses
  (``openapi.seoul.go.kr:8088``, the ``StationAdresTelno`` service's JSON: ``list_total_count``,
  ``RESULT`` ``INFO-000`` and one ``row`` of ``SBWY_ROUT_LN``, ``SBWY_STNS_NM``,
  ``OLD_ADDR``, ``ROAD_NM_ADDR`` and ``TELNO``), Overture Maps places features (GeoJSON as
  the ``overturemaps`` command writes a ``place``: ``names``, ``categories``, ``confidence``,
  ``websites``, ``phones``, ``addresses``, ``sources``), Mapbox Search Box API retrieve
  responses (a GeoJSON ``FeatureCollection`` of one ``poi`` with ``context``,
  ``coordinates``, ``poi_category`` and ``metadata.phone``) and GTFS Realtime service alerts
  (a ``FeedMessage`` in the text form gtfs.org's examples show: ``header``, one ``alert``
  entity with ``active_period``, ``informed_entity`` (the station number as ``stop_id``),
  ``cause``, ``effect`` and Korean and English ``header_text`` and ``description_text``, the
  number in each description).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_354.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_seoul_metro_stations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_354.jsonl.gz"
SPLIT = "held_out_354"

LAYOUTS = ("seoul_openapi_json", "overture_place_geojson", "mapbox_retrieve_json",
           "gtfs_rt_alert_text")  # fmt: skip
PHONE = "역전화번호"
EDGES = {"phone": r"\d"}
# ISO 3166-2 codes of the provinces the stations' road addresses name
REGIONS = {"서울특별시": "KR-11", "경기도": "KR-41", "인천광역시": "KR-28"}
# GTFS Realtime alerts: (cause, effect, Korean header, English header, Korean body, English
# body); {0} the station's name, {1} its line, {2} the number
ALERTS = (
    ("MAINTENANCE", "ACCESSIBILITY_ISSUE", "{0}역 엘리베이터 점검 안내",
     "Elevator maintenance at {0} Station",
     "{1}호선 {0}역 엘리베이터를 점검합니다. 점검 시간에는 에스컬레이터나 다른 출입구를 "
     "이용해 주시기 바랍니다. 문의: {0}역 역무실 {2}",
     "The elevator at {0} Station (Line {1}) is under maintenance. Please use the escalator "
     "or another exit. Station office: {2}"),
    ("CONSTRUCTION", "OTHER_EFFECT", "{0}역 출입구 공사 안내",
     "Exit construction at {0} Station",
     "{1}호선 {0}역 일부 출입구가 공사로 폐쇄됩니다. 이용에 참고하시기 바랍니다. "
     "문의: {0}역 {2}",
     "Some exits of {0} Station (Line {1}) are closed for construction. Station office: {2}"),
    ("OTHER_CAUSE", "OTHER_EFFECT", "{0}역 유실물 보관 안내",
     "Lost property at {0} Station",
     "{1}호선 {0}역에서 습득한 유실물은 역무실에서 보관합니다. 확인은 {0}역 역무실 "
     "{2}(으)로 연락해 주십시오.",
     "Items found at {0} Station (Line {1}) are kept at the station office. Please call {2}."),
    ("TECHNICAL_PROBLEM", "REDUCED_SERVICE", "{0}역 에스컬레이터 운행 중지",
     "Escalator out of service at {0} Station",
     "{1}호선 {0}역 에스컬레이터가 고장으로 운행을 멈췄습니다. 불편을 드려 죄송합니다. "
     "문의: {2}",
     "An escalator at {0} Station (Line {1}) is out of service. Inquiries: {2}"),
)  # fmt: skip

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The station office's telephone as published."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The station's name as published (``서울``, ``굽은다리(강동구민회관앞)``)."""
    return _f(row, "역명")


def line(row: dict[str, Any]) -> str:
    """The station's line as published (``1`` to ``9``)."""
    return _f(row, "호선")


def code(row: dict[str, Any]) -> str:
    """The station number as published (``150``, ``2511``)."""
    return _f(row, "역번호")


def road(row: dict[str, Any]) -> str:
    """The road address as published."""
    return _f(row, "도로명주소")


def lot(row: dict[str, Any]) -> str:
    """The lot-number address as published."""
    return _f(row, "지번주소")


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
    """An invented point in and around Seoul: (longitude, latitude)."""
    return round(rng.uniform(126.80, 127.18), 6), round(rng.uniform(37.45, 37.69), 6)


def _parts(row: dict[str, Any]) -> tuple[str, str, str]:
    """The road address's province, city or district and the rest (``서울특별시``, ``중구``,
    ``세종대로 지하2(남대문로 5가)``)."""
    words = road(row).split()
    return words[0], words[1], " ".join(words[2:])


def seoul_openapi_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Seoul Open Data Plaza API response of the ``StationAdresTelno`` service (JSON on one
    line as the API answers ``/json/StationAdresTelno/1/5/{line}/{name}``): the count, the
    ``INFO-000`` result and one row of the line, name, lot-number and road addresses and
    ``TELNO``."""
    body = {
        "StationAdresTelno": {
            "list_total_count": 1,
            "RESULT": {"CODE": "INFO-000", "MESSAGE": "정상 처리되었습니다"},
            "row": [
                {
                    "SBWY_ROUT_LN": line(row),
                    "SBWY_STNS_NM": name(row),
                    "OLD_ADDR": lot(row),
                    "ROAD_NM_ADDR": road(row),
                    "TELNO": phone(row),
                }
            ],
        }
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n"


def overture_place_geojson(row: dict[str, Any], rng: random.Random) -> str:
    """An Overture Maps ``place`` as a GeoJSON feature (the ``overturemaps download`` form):
    an invented GERS id and point, the station's name, ``metro_station`` as its category, a
    confidence, Seoul Metro's web page, the number in ``phones``, the road address in
    ``addresses`` and an invented source record."""
    lon, lat = _point(rng)
    province, district, rest = _parts(row)
    gers = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    record_id = str(rng.randint(10**14, 10**15 - 1))
    stamp = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T00:00:00.000Z"
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {
            "id": gers,
            "version": rng.randint(0, 3),
            "sources": [
                {
                    "property": "",
                    "dataset": "meta",
                    "record_id": record_id,
                    "update_time": stamp,
                    "confidence": None,
                }
            ],
            "names": {"primary": f"{name(row)}역", "common": None, "rules": None},
            "categories": {"primary": "metro_station", "alternate": ["train_station"]},
            "confidence": round(rng.uniform(0.6, 0.99), 6),
            "websites": ["http://www.seoulmetro.co.kr"],
            "socials": None,
            "emails": None,
            "phones": [phone(row)],
            "brand": None,
            "addresses": [
                {
                    "freeform": f"{district} {rest}",
                    "locality": province,
                    "postcode": None,
                    "region": REGIONS.get(province),
                    "country": "KR",
                }
            ],
        },
    }
    return json.dumps(feature, ensure_ascii=False) + "\n"


def mapbox_retrieve_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Mapbox Search Box API ``/retrieve`` response in Korean (a GeoJSON
    ``FeatureCollection`` of one ``poi``): the station's name, an invented ``mapbox_id`` and
    point, the road address with its ``context``, the ``rail-metro`` icon, the categories and
    the number as ``metadata.phone``, then the attribution."""
    lon, lat = _point(rng)
    province, district, rest = _parts(row)
    mapbox_id = "dXJuOm1ieHBvaTo" + "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        for _ in range(40)
    )
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"coordinates": [lon, lat], "type": "Point"},
                "properties": {
                    "name": f"{name(row)}역",
                    "mapbox_id": mapbox_id,
                    "feature_type": "poi",
                    "address": rest,
                    "full_address": f"{road(row)}, 대한민국",
                    "place_formatted": f"{district}, {province}, 대한민국",
                    "context": {
                        "country": {
                            "name": "대한민국",
                            "country_code": "KR",
                            "country_code_alpha_3": "KOR",
                        },
                        "region": {"name": province},
                        "place": {"name": district},
                        "street": {"name": rest.split()[0]},
                    },
                    "coordinates": {"latitude": lat, "longitude": lon},
                    "language": "ko",
                    "maki": "rail-metro",
                    "poi_category": ["지하철역", "교통"],
                    "poi_category_ids": ["subway_station", "transit_station"],
                    "external_ids": {},
                    "metadata": {"phone": phone(row)},
                },
            }
        ],
        "attribution": "© 2024 Mapbox and its suppliers. All rights reserved. Use of this data "
        "is subject to the Mapbox Terms of Service. (https://www.mapbox.com/about/maps/)",
    }
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def _pb_string(value: str) -> str:
    """A text-format string: double quotes, a backslash before a backslash or a double
    quote."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def gtfs_rt_alert_text(row: dict[str, Any], rng: random.Random) -> str:
    """A GTFS Realtime ``FeedMessage`` of one service alert in the text form (the ``header``
    with version ``2.0``, ``FULL_DATASET`` and an invented time stamp; one ``alert`` entity
    with an invented id and active period, the station number as ``stop_id`` and its line as
    ``route_id``, a cause and effect, and Korean and English header and description texts,
    the number in each description)."""
    cause, effect, ko_head, en_head, ko_body, en_body = rng.choice(ALERTS)
    args = (name(row), line(row), phone(row))
    stamp = rng.randint(1_700_000_000, 1_735_000_000)
    start = stamp + rng.randint(0, 3) * 86_400
    end = start + rng.randint(1, 14) * 86_400
    entity = f"SM-{rng.randint(10_000, 99_999)}"

    def translated(field: str, ko: str, en: str) -> list[str]:
        return [
            f"    {field} {{",
            "      translation {",
            f"        text: {_pb_string(ko.format(*args))}",
            '        language: "ko"',
            "      }",
            "      translation {",
            f"        text: {_pb_string(en.format(*args))}",
            '        language: "en"',
            "      }",
            "    }",
        ]

    return "\n".join([
        "header {",
        '  gtfs_realtime_version: "2.0"',
        "  incrementality: FULL_DATASET",
        f"  timestamp: {stamp}",
        "}",
        "entity {",
        f"  id: {_pb_string(entity)}",
        "  alert {",
        "    active_period {",
        f"      start: {start}",
        f"      end: {end}",
        "    }",
        "    informed_entity {",
        f"      route_id: {_pb_string(line(row))}",
        f"      stop_id: {_pb_string(code(row))}",
        "    }",
        f"    cause: {cause}",
        f"    effect: {effect}",
        *translated("header_text", ko_head, en_head),
        *translated("description_text", ko_body, en_body),
        "  }",
        "}",
    ]) + "\n"  # fmt: skip


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "seoul_openapi_json": seoul_openapi_json,
    "overture_place_geojson": overture_place_geojson,
    "mapbox_retrieve_json": mapbox_retrieve_json,
    "gtfs_rt_alert_text": gtfs_rt_alert_text,
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
