"""held_out_240 of the PII evaluation set: real phone fields of a register no earlier part used
(Taipei City's Department of Social Welfare, its community care points, elderly welfare
institutions and home-care agencies; Taiwan's earlier parts took other publishers' registers)
exactly as published, in layouts no earlier part has, beside the lists' own names, addresses
and figures.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of TW (the National Health Insurance Administration's lists,
the Ministry of Education's elementary schools, Hsinchu City's medical institutions, the
National Police Agency's stations), HK and many others; here:

* the values are the phone fields of 337 community care points (``聯絡電話``), 92 elderly
  welfare institutions and 171 home-care service agencies (``電話``)
  (``scripts/data/pii_tw_taipei_social_welfare.json``, written by
  ``scripts/tw_taipei_social_welfare_data.py``; source and licence in that file): Taiwanese
  numbers as the department writes them, with no ``+886`` (``02-28369493``, ``02-2309-8728``,
  ``(02)8786-1127``, mobiles ``0912-345678``, eight digits with no area code ``2230-3056``),
  some with an extension after ``#``, ``分機``, ``轉`` or ``*`` (not labelled: under six
  digits), a range's end after ``~`` (not labelled) or a second number after a blank (each
  labelled on its own); each copy labelled;
* the text around them is the same row's real fields: the name, district, village, address,
  kind of care point, ownership, residents and approved beds, the agencies' registration date,
  licence number (``北市社老字第10760155941號``), evaluation result and service areas, and the
  repository's geocoded coordinates, with invented record ids, survey ids, dates, times and
  colours, unlabelled and scored;
* in layouts no earlier part has, text in Traditional Chinese: responses of the data.taipei
  dataset API (``/api/v1/dataset/{rid}?scope=resourceAquire``: ``result`` with ``limit``,
  ``offset``, ``count`` and one ``results`` row keyed by the list's own columns with ``_id``
  and ``_importdate``), Ragic HTTP API listings of an invented association's contact sheet
  (records keyed by ``_ragicId`` with ``_star``, ``_index_title_``, ``_seq``; the number in
  its field and again in the call log), SurveyCake webhook answers of an invented visiting
  survey (``svid``, ``submitTime``, ``result`` of questions with ``sn``, ``subject``,
  ``type`` and ``answer`` lists) and kepler.gl map exports (``datasets`` with ``fields`` and
  ``allData``, ``config.visState`` with a point layer and tooltip, ``mapState``, and ``info``
  whose description repeats the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_240.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_taipei_social_welfare.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_240.jsonl.gz"
SPLIT = "held_out_240"

LAYOUTS = ("data_taipei_api", "ragic_api", "surveycake_webhook", "keplergl_map")
CARE, ELDERLY, HOME = "社區照顧關懷據點", "老人福利機構", "居家服務機構"
TZ = dt.timezone(dt.timedelta(hours=8))

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the data.taipei resource id of each list as this part writes it (invented)
RIDS = {CARE: "8d6a1e4b", ELDERLY: "3f0c9a72", HOME: "b51e7d09"}
# invented notes of a visit or call (no real event is meant)
NOTES = (
    "確認本季活動時段與共餐人數", "提醒繳交服務成果報表", "詢問志工保險名冊更新進度",
    "協調長者健康促進課程講師", "轉介個案一名，待回覆收案", "確認防災演練日期",
)  # fmt: skip


def list_of(row: dict[str, Any]) -> str:
    """Which of the three lists the row is of."""
    name = row["path"].rsplit("/", 1)[1]
    if "社區照顧關懷據點" in name:
        return CARE
    return ELDERLY if "老人福利機構" in name else HOME


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _role(row: dict[str, Any], role: str) -> str:
    """The column that plays ``role`` in the row's list."""
    return data()["sources"][row["country"]]["roles"][role][row["path"].split("#")[0]]


def phone_column(row: dict[str, Any]) -> str:
    return _role(row, "phone")


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, phone_column(row))


def name(row: dict[str, Any]) -> str:
    return _f(row, _role(row, "name"))


def address(row: dict[str, Any]) -> str:
    return _f(row, _role(row, "address"))


def district(row: dict[str, Any]) -> str:
    """The row's district (``士林區``): its column, or the address's ``臺北市XX區``."""
    if _f(row, "行政區") or _f(row, "區域別"):
        return _f(row, "行政區") or _f(row, "區域別")
    at = address(row).find("區")
    return address(row)[3 : at + 1] if address(row).startswith("臺北市") and at > 3 else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), phone_column(row), row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (Taipei time, office hours)."""
    day = dt.datetime(2025, 3, 3, 9, 0, tzinfo=TZ) + dt.timedelta(days=rng.randint(0, 240))
    return day + dt.timedelta(seconds=rng.randint(0, 8 * 3600))


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _published(row: dict[str, Any]) -> dict[str, str]:
    """The row's published columns (the repository's geocoded ``lat``/``lon`` left out)."""
    return {k: v for k, v in row["fields"].items() if k not in ("lat", "lon")}


def _kind(row: dict[str, Any]) -> str:
    """What the provider is, in the list's words."""
    if list_of(row) == CARE:
        return _f(row, "據點類型") or CARE
    if list_of(row) == ELDERLY:
        return f"{_f(row, '屬性')}老人福利機構（{_f(row, '收容對象')}）"
    return HOME


def _dumps(value: Any, **kw: Any) -> str:
    return json.dumps(value, ensure_ascii=False, **kw)


def data_taipei_api(row: dict[str, Any], rng: random.Random) -> str:
    """A response of the data.taipei dataset API, v1 (``GET /api/v1/dataset/{rid}?scope=
    resourceAquire&q=...&limit=1``), compact as the platform sends it: ``result`` with
    ``limit``, ``offset``, ``count``, ``sort`` and one ``results`` row, its ``_id`` (the list's
    row number) and ``_importdate`` (date, ``timezone_type``, ``timezone``) before the list's
    own columns, each a string as published."""
    when = _when(rng)
    n = int(row["path"].rsplit("#", 1)[1]) + 1
    stamp = f"{when:%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999999):06d}"
    result = {
        "_id": n,
        "_importdate": {"date": stamp, "timezone_type": 3, "timezone": "Asia/Taipei"},
        **_published(row),
    }
    body = {"result": {"limit": 1, "offset": 0, "count": 1, "sort": "", "results": [result]}}
    return _dumps(body, separators=(",", ":")) + "\n"


def ragic_api(row: dict[str, Any], rng: random.Random) -> str:
    """A listing of the Ragic HTTP API (``GET https://ap13.ragic.com/<account>/<tab>/<sheet>?
    api&v=3``) of an invented association's contact sheet: an object keyed by the record id,
    the record with ``_ragicId`` and ``_star``, the sheet's fields in Chinese (name, kind,
    district, address, the number, the last contact date as Ragic writes dates,
    ``yyyy/MM/dd``, and a call log repeating the number), then ``_index_title_``, ``_index_``
    and ``_seq``."""
    rid = rng.randint(20, 2400)
    when = _when(rng)
    tel = phone(row)
    log = f"{when:%Y/%m/%d} 去電 {tel}：{rng.choice(NOTES)}。"
    record = {
        "_ragicId": rid,
        "_star": rng.random() < 0.2,
        "單位名稱": name(row),
        "資源類別": list_of(row),
        "細項": _kind(row),
        "行政區": district(row),
        "地址": address(row),
        "聯絡電話": tel,
        "最近聯繫日期": f"{when:%Y/%m/%d}",
        "聯繫紀錄": log,
        "建檔人員": rng.choice(("社工組", "資源組", "志工隊")),
        "_index_title_": name(row),
        "_index_": "",
        "_seq": rng.randint(1, 400),
    }
    if list_of(row) == HOME:
        record["設立許可字號"] = _f(row, "設立許可字號")
    if list_of(row) == ELDERLY:
        record["核定總床位數"] = _f(row, "核定床數-核定總床位數")
    return _dumps({str(rid): record}, indent=2) + "\n"


def surveycake_webhook(row: dict[str, Any], rng: random.Random) -> str:
    """The answers of a SurveyCake webhook as the receiving end decrypts them (AES-128-CBC,
    the survey's hash and IV keys): ``svid``, ``title``, ``submitTime`` and ``result``, the
    questions in order, each with ``sn``, ``subject``, ``type`` (``TXTSHORT``, ``CHOICEONE``,
    ``DATE``, ``TXTLONG``), an ``answer`` list and ``otherAnswer``; an invented visiting survey
    of the providers, the number the answer to ``聯絡電話``."""
    when = _when(rng)
    visited = when - dt.timedelta(days=rng.randint(0, 6))

    def q(sn: int, subject: str, kind: str, answer: str) -> dict[str, Any]:
        return {"sn": sn, "subject": subject, "type": kind, "answer": [answer], "otherAnswer": []}

    result = [
        q(1, "單位名稱", "TXTSHORT", name(row)),
        q(2, "單位類別", "CHOICEONE", list_of(row)),
        q(3, "行政區", "CHOICEONE", district(row) or "其他"),
        q(4, "服務地址", "TXTSHORT", address(row)),
        q(5, "聯絡電話", "TXTSHORT", phone(row)),
        q(6, "訪視日期", "DATE", f"{visited:%Y-%m-%d}"),
        q(7, "訪視摘要", "TXTLONG", f"{_kind(row)}。{rng.choice(NOTES)}。"),
    ]
    body = {
        "svid": _token(rng, 5),
        "title": "114年度長照資源訪視回報表",
        "submitTime": f"{when:%Y-%m-%d %H:%M:%S}",
        "result": result,
    }
    return _dumps(body, indent=2) + "\n"


def keplergl_map(row: dict[str, Any], rng: random.Random) -> str:
    """A kepler.gl map exported as JSON (``Export map`` → JSON, map config v1): one dataset
    (``fields`` with ``name``, ``type``, ``format`` and ``analyzerType``; ``allData`` with the
    provider's row: name, kind, district, address, the number, coordinates), ``config`` with a
    point layer on the coordinates and a tooltip on its fields, the ``mapState`` centred on the
    provider and ``mapStyle``, and ``info`` (``app``, ``created_at``, title and a description
    repeating the number)."""
    when = _when(rng)
    lat, lon = float(_f(row, "lat")), float(_f(row, "lon"))
    data_id = _token(rng, 9, string.ascii_lowercase + string.digits)
    columns = [("名稱", "string"), ("類別", "string"), ("行政區", "string"), ("地址", "string"),
               ("電話", "string"), ("lat", "real"), ("lon", "real")]  # fmt: skip
    fields = [
        {"name": c, "type": t, "format": "", "analyzerType": "FLOAT" if t == "real" else "STRING"}
        for c, t in columns
    ]
    values = [name(row), _kind(row), district(row), address(row), phone(row), lat, lon]
    color = [rng.randint(0, 255) for _ in range(3)]
    layer = {
        "id": _token(rng, 7, string.ascii_lowercase + string.digits),
        "type": "point",
        "config": {
            "dataId": data_id,
            "label": list_of(row),
            "color": color,
            "columns": {"lat": "lat", "lng": "lon", "altitude": None},
            "isVisible": True,
            "visConfig": {"radius": rng.choice((8, 10, 12)), "opacity": 0.8, "filled": True},
        },
    }
    doc = {
        "datasets": [
            {
                "version": "v1",
                "data": {
                    "id": data_id,
                    "label": f"{list_of(row)}_{district(row) or '臺北市'}",
                    "color": color,
                    "allData": [values],
                    "fields": fields,
                },
            }
        ],
        "config": {
            "version": "v1",
            "config": {
                "visState": {
                    "filters": [],
                    "layers": [layer],
                    "interactionConfig": {
                        "tooltip": {
                            "fieldsToShow": {data_id: [{"name": c, "format": None}
                                                       for c, _ in columns[:5]]},
                            "compareMode": False,
                            "enabled": True,
                        }
                    },
                    "layerBlending": "normal",
                    "splitMaps": [],
                },
                "mapState": {"bearing": 0, "dragRotate": False, "latitude": lat,
                             "longitude": lon, "pitch": 0, "zoom": rng.choice((13, 14, 15))},
                "mapStyle": {"styleType": rng.choice(("dark", "light", "voyager"))},
            },
        },
        "info": {
            "app": "kepler.gl",
            "created_at": f"{when:%a %b %d %Y %H:%M:%S} GMT+0800 (台北標準時間)",
            "title": f"{name(row)}位置圖",
            "description": f"{name(row)}（{address(row)}），聯絡電話 {phone(row)}。",
        },
    }  # fmt: skip
    return _dumps(doc, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "data_taipei_api": data_taipei_api,
    "ragic_api": ragic_api,
    "surveycake_webhook": surveycake_webhook,
    "keplergl_map": keplergl_map,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


def international(value: str) -> bool:
    return value.startswith("+")


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
