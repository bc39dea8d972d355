"""held_out_371 of the PII evaluation set: real phone fields of a register no earlier part used
(Kaohsiung City Government's Civil Affairs Bureau's open-data list of the city's registered
temples, churches and religious foundations, 高雄市政府民政局 宗教團體/寺廟; Taiwan's earlier
parts took the National Health Insurance Administration's mask-stock list and home-care
institutions, the Ministry of Education's schools, preschools and universities, Hsinchu City's
medical institutions, the National Police Agency's stations, Taipei's elder-care providers and
hotels, Chunghwa Post's post offices, the Financial Supervisory Commission's financial
institutions, the Tourism Bureau's restaurants, the Taiwan Stock Exchange's securities
branches, cram schools, infant child-care centres, national civil associations, MOS Burger's
stores, veterinary practices and the DGPA's government agencies) exactly as published, in
layouts no earlier part has, beside the list's own names, districts, addresses, religions and
registering authorities.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Tel`` of 400 temples (``scripts/data/pii_tw_kaohsiung_temples.json``,
  written by ``scripts/tw_kaohsiung_temples_data.py``; source and licence in that file):
  Taiwanese numbers as the list writes them, the area code and the line joined by a hyphen
  (``07-6965481``; one mobile number, ``0937-663623``); every copy labelled;
* the text around them is the same row's real fields: the temple's name, district, address,
  religion and registering authority (``高雄市政府``, ``內政部``), with invented event ids,
  OSM and Nominatim ids, coordinates inside Kaohsiung, search scores, counts, dates and times,
  unlabelled and scored (the person in charge the list names is not in the data and not
  written);
* in layouts no earlier part has, text in Chinese (Traditional): two open-data formats of
  Taiwan's Ministry of Culture (文化部) cloud.culture.tw, its arts-and-culture activity JSON
  (iCulture ``SearchShowAction.do?method=doFindTypeJ``, version 1.4: one event at the temple,
  ``showInfo`` with the temple as ``locationName`` and its address as ``location``,
  ``descriptionFilterHtml`` and ``comment`` giving the telephone) and its cultural e-map venue
  JSON (``emapOpenDataAction.do?method=exportEmapJsonByMainType``: ``name``, ``intro``,
  ``address``, ``phone``, ``contact`` and the other fields of a venue), Nominatim search
  answers (``/search?format=jsonv2`` with ``addressdetails``, ``extratags`` and
  ``namedetails``: an ``amenity``/``place_of_worship`` node whose ``extratags`` hold its
  ``religion`` and ``phone``) and Typesense search answers (``GET
  /collections/temples/documents/search``: ``found``, ``out_of``, one hit whose ``document``
  is the temple with its ``tel``, ``highlight`` and ``highlights`` marking the name,
  ``text_match`` and ``request_params``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_371.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_kaohsiung_temples.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_371.jsonl.gz"
SPLIT = "held_out_371"

LAYOUTS = ("iculture_activity", "iculture_emap", "nominatim_jsonv2", "typesense_search")
PHONE = "Tel"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
TZ = dt.timezone(dt.timedelta(hours=8))
# the kept temples of the whole list (``tw_kaohsiung_temples_data.py``: 1,550 before sampling)
LISTED = 1550

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented events by religion (title, iCulture category, description)
EVENTS = {
    "道教": (
        ("祈安植福法會", "15", "恭請道長啟建祈安植福法會，祈求合境平安、風調雨順。"),
        ("傳統藝陣展演", "3", "邀集在地宋江陣、八家將與獅陣演出，展現廟埕傳統藝陣文化。"),
        ("廟宇建築導覽", "7", "由文史工作者導覽廟宇的剪黏、交趾陶與木雕彩繪。"),
    ),
    "佛教": (
        ("浴佛節法會", "15", "農曆四月初八浴佛節，恭迎佛誕，歡迎十方大眾隨喜參加。"),
        ("假日禪修營", "19", "一日禪修課程，含經行、靜坐與茶禪，請穿著寬鬆衣物。"),
    ),
    "基督教": (
        ("聖誕音樂會", "1", "詩班與社區樂團演出聖誕詩歌，免費入場，歡迎親子同來。"),
        ("社區親子讀書會", "4", "繪本共讀與手作活動，適合國小以下兒童與家長參加。"),
    ),
}
OTHER_EVENTS = (
    ("經典導讀講座", "7", "以淺白方式導讀經典，歡迎社區民眾免費參加。"),
    ("傳統文化體驗營", "19", "書法、茶道與禮儀體驗課程，需事先報名。"),
)
# the religions' tags in OpenStreetMap
RELIGION_TAGS = {
    "道教": ("taoist", None),
    "佛教": ("buddhist", None),
    "基督教": ("christian", "protestant"),
    "天主教": ("christian", "catholic"),
    "一貫道": ("yiguandao", None),
    "儒教": ("confucian", None),
    "回教": ("muslim", None),
}


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The temple's telephone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with its country code (none of this register's is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "Name")


def district(row: dict[str, Any]) -> str:
    """The district with its city (``高雄市美濃區``)."""
    return _f(row, "District")


def town(row: dict[str, Any]) -> str:
    """The district alone (``美濃區``)."""
    return district(row).removeprefix("高雄市")


def address(row: dict[str, Any]) -> str:
    """The full address: the district, then the street address as registered."""
    return f"{district(row)}{_f(row, 'Address')}"


def religion(row: dict[str, Any]) -> str:
    return _f(row, "Religion")


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _day(rng: random.Random) -> dt.datetime:
    """An invented day of 2024 (Taiwan time), at midnight."""
    return dt.datetime(2024, 1, 8, tzinfo=TZ) + dt.timedelta(days=rng.randint(0, 340))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _position(rng: random.Random) -> tuple[str, str]:
    """Invented coordinates inside Kaohsiung (latitude, longitude, seven decimals)."""
    return f"{rng.uniform(22.55, 23.05):.7f}", f"{rng.uniform(120.28, 120.62):.7f}"


def iculture_activity(row: dict[str, Any], rng: random.Random) -> str:
    """An arts-and-culture activity of the Ministry of Culture's open data (iCulture
    ``SearchShowAction.do?method=doFindTypeJ``, version 1.4): an array of one event (an
    invented ``UID`` of 24 hex digits, a title naming the temple, a category, one
    ``showInfo`` at the temple: ``locationName`` its name, ``location`` its address, times,
    ``onSales`` ``N``, no price or coordinates), the temple as ``showUnit`` and
    ``masterUnit``, the bureau as ``supportUnit``, a ``descriptionFilterHtml`` ending with the
    telephone and a ``comment`` giving it again, an invented modification date and hit
    rate."""
    title, category, blurb = rng.choice(EVENTS.get(religion(row), OTHER_EVENTS))
    day = _day(rng)
    start = day + dt.timedelta(hours=rng.choice((9, 10, 14, 19)))
    end = start + dt.timedelta(hours=rng.choice((2, 3, 8)))
    edited = day - dt.timedelta(days=rng.randint(5, 30), hours=-rng.randint(9, 17))
    description = (
        f"{name(row)}（{town(row)}）{title}。{blurb}活動地點：{address(row)}。"
        f"洽詢電話：{phone(row)}"
    )
    event = {
        "version": "1.4",
        "UID": _hex(rng, 24),
        "title": f"{name(row)}{day.year}年{title}",
        "category": category,
        "showInfo": [
            {
                "time": f"{start:%Y/%m/%d %H:%M:%S}",
                "location": address(row),
                "locationName": name(row),
                "onSales": "N",
                "price": "",
                "latitude": None,
                "longitude": None,
                "endTime": f"{end:%Y/%m/%d %H:%M:%S}",
            }
        ],
        "showUnit": name(row),
        "discountInfo": "",
        "descriptionFilterHtml": description,
        "imageUrl": "",
        "masterUnit": [name(row)],
        "subUnit": [],
        "supportUnit": ["高雄市政府民政局"],
        "otherUnit": [],
        "webSales": "",
        "sourceWebPromote": "",
        "comment": f"免費參加，額滿為止；報名請電 {phone(row)}",
        "editModifyDate": f"{edited:%Y/%m/%d %H:%M:%S}",
        "sourceWebName": "高雄市政府文化局",
        "startDate": f"{start:%Y/%m/%d}",
        "endDate": f"{end:%Y/%m/%d}",
        "hitRate": rng.randint(0, 900),
    }
    return _json([event])


def iculture_emap(row: dict[str, Any], rng: random.Random) -> str:
    """A venue of the Ministry of Culture's cultural e-map open data
    (``emapOpenDataAction.do?method=exportEmapJsonByMainType``): an array of one venue, the
    temple: ``name``, an ``intro`` naming its religion, district and registering authority,
    ``address``, no coordinates, ``openTime`` and ``closeDay``, ``phone`` and a ``contact``
    giving it again, empty ``email`` and ``website``, ``arriveWay``, the English fields empty,
    an invented type (``文化資產``, ``mainTypePk`` 4), ``cityName``, ``version`` and an invented
    ``hitRate``."""
    opens, closes = rng.choice(((5, 21), (6, 21), (6, 22), (7, 20), (8, 17)))
    intro = (
        f"{name(row)}位於{district(row)}，為{_f(row, 'Org')}登記之{religion(row)}"
        f"{'教會' if religion(row) in ('基督教', '天主教') else '寺廟'}，"
        "平日開放民眾參拜，逢節慶舉辦祭典與社區活動。"
    )
    venue = {
        "name": name(row),
        "representImage": "",
        "intro": intro,
        "address": address(row),
        "longitude": "",
        "latitude": "",
        "openTime": f"{opens:02d}:00-{closes:02d}:00",
        "closeDay": "無休",
        "ticketPrice": "免費",
        "contact": f"{name(row)}服務處 {phone(row)}",
        "phone": phone(row),
        "email": "",
        "website": "",
        "arriveWay": f"可搭乘公車至「{town(row)}」一帶站牌下車，步行約{rng.randint(3, 15)}分鐘。",
        "headCityName": name(row),
        "name_eng": "",
        "intro_eng": "",
        "openTime_eng": "",
        "closeDay_eng": "",
        "contact_eng": "",
        "headCityName_eng": "",
        "mainTypeName": "文化資產",
        "cityName": "高雄市",
        "groupTypeName": "文化資產",
        "mainTypePk": "4",
        "version": "1.0",
        "hitRate": rng.randint(0, 2500),
    }
    return _json([venue])


def nominatim_jsonv2(row: dict[str, Any], rng: random.Random) -> str:
    """A Nominatim search answer (``/search?format=jsonv2&addressdetails=1&extratags=1&
    namedetails=1``): an array of one place, an OSM node tagged ``amenity``
    ``place_of_worship`` (invented ``place_id``, ``osm_id`` and coordinates inside Kaohsiung,
    its bounding box, ``place_rank`` 30, an importance), its ``display_name``, ``address``
    (the name, the street address, the district, the city, ``TW-KHH``, the country),
    ``extratags`` with its ``religion`` (and ``denomination``) and ``phone``, and
    ``namedetails``."""
    lat, lon = _position(rng)
    tag, denomination = RELIGION_TAGS.get(religion(row), ("multifaith", None))
    extratags = {"religion": tag}
    if denomination:
        extratags["denomination"] = denomination
    extratags["phone"] = phone(row)
    place = {
        "place_id": rng.randint(200_000_000, 420_000_000),
        "licence": "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright",
        "osm_type": "node",
        "osm_id": rng.randint(1_000_000_000, 12_000_000_000),
        "lat": lat,
        "lon": lon,
        "category": "amenity",
        "type": "place_of_worship",
        "place_rank": 30,
        "importance": round(rng.uniform(0.00005, 0.00009), 14),
        "addresstype": "amenity",
        "name": name(row),
        "display_name": f"{name(row)}, {_f(row, 'Address')}, {town(row)}, 高雄市, 臺灣",
        "address": {
            "amenity": name(row),
            "road": _f(row, "Address"),
            "suburb": town(row),
            "city": "高雄市",
            "ISO3166-2-lvl4": "TW-KHH",
            "country": "臺灣",
            "country_code": "tw",
        },
        "extratags": extratags,
        "namedetails": {"name": name(row), "name:zh": name(row)},
        "boundingbox": [
            f"{float(lat) - 0.0001:.7f}",
            f"{float(lat) + 0.0001:.7f}",
            f"{float(lon) - 0.0001:.7f}",
            f"{float(lon) + 0.0001:.7f}",
        ],
    }
    return _json([place])


def typesense_search(row: dict[str, Any], rng: random.Random) -> str:
    """A Typesense search answer (``GET /collections/temples/documents/search?q=<name>&
    query_by=name,address``): ``facet_counts``, ``found`` 1, ``out_of`` the list's kept
    temples, ``page``, ``request_params``, ``search_cutoff`` and ``search_time_ms``, and one
    hit whose ``document`` is the temple (an invented id, its name, district, address,
    religion, registering authority and ``tel``), ``highlight`` and ``highlights`` marking its
    name, ``text_match`` and ``text_match_info``."""
    marked = f"<mark>{name(row)}</mark>"
    document = {
        "id": str(rng.randint(1, 9999)),
        "name": name(row),
        "district": district(row),
        "address": address(row),
        "religion": religion(row),
        "authority": _f(row, "Org"),
        "tel": phone(row),
    }
    score = rng.randint(578_000_000_000_000_000, 579_000_000_000_000_000)
    hit = {
        "document": document,
        "highlight": {"name": {"matched_tokens": [name(row)], "snippet": marked}},
        "highlights": [{"field": "name", "matched_tokens": [name(row)], "snippet": marked}],
        "text_match": score,
        "text_match_info": {
            "best_field_score": str(rng.randint(10**12, 10**13)),
            "best_field_weight": 15,
            "fields_matched": 1,
            "num_tokens_dropped": 0,
            "score": str(score),
            "tokens_matched": 1,
            "typo_prefix_score": 0,
        },
    }
    doc = {
        "facet_counts": [],
        "found": 1,
        "hits": [hit],
        "out_of": LISTED,
        "page": 1,
        "request_params": {
            "collection_name": "temples",
            "first_q": name(row),
            "per_page": 10,
            "q": name(row),
        },
        "search_cutoff": False,
        "search_time_ms": rng.randint(0, 4),
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "iculture_activity": iculture_activity,
    "iculture_emap": iculture_emap,
    "nominatim_jsonv2": nominatim_jsonv2,
    "typesense_search": typesense_search,
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
