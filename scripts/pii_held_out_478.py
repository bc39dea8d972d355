"""held_out_478 of the PII evaluation set: real phone fields of a register no earlier part used
(a list of the hospitals and clinics of Hangzhou, Zhejiang, by district; China's earlier part
took a campus-map application's list of universities) exactly as published, in layouts no
earlier part has, beside the list's own names, addresses, districts and grades.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone_number`` of 194 hospitals and clinics
  (``scripts/data/pii_cn_hangzhou_hospitals.json``, written by
  ``scripts/cn_hangzhou_hospitals_data.py``; source and licence in that file): Hangzhou's
  numbers as the list writes them, the area code ``0571`` and the line hyphenated
  (``0571-87061501``), a few unbroken (``057187224399``), national ``400`` numbers
  (``400-889-0808``), up to three in a field joined by a full-width comma (``0571-87062766，
  0571-85459796``); every copy of a field written whole, each number in it labelled on its own;
  the list has no e-mail addresses and no faxes;
* the text around them is the same row's real fields: the hospital's name, address, district
  and grade (``三级甲等``), with invented coordinates, Tencent POI ids and district codes of the
  national division code table (``330102``), Weibo status and user ids (sixteen and ten digits),
  WeChat OpenIDs and template ids, follower counts, appointment numbers, times and dates,
  unlabelled and scored;
* in layouts no earlier part has, formats of China's own platforms, text in Chinese (Simplified):
  Tencent Location Service (腾讯位置服务) WebService API place search answers (``GET
  /ws/place/v1/search``: ``status``, ``message``, ``count``, ``request_id`` and one ``data``
  item with ``id``, ``title``, ``address``, ``tel``, ``category``, ``type``, ``location``,
  ``_distance`` and ``ad_info``), Sina Weibo API status objects (``statuses/show``: a post of the
  hospital's official account, its ``text`` giving the address and telephone, its ``user``
  repeating the telephone in ``description``), WeChat Official Accounts template message
  requests (``POST /cgi-bin/message/template/send``: an appointment notice whose ``data``
  keywords give the hospital, time, place and telephone and whose ``remark`` repeats the
  telephone) and Apache ECharts options (``option = {...};`` of a map page: a ``scatter``
  series on ``geo`` whose one data item carries the hospital's name, coordinates, address and
  ``tel``, and a ``tooltip`` ``formatter`` that writes them again).

The formats' fields were written from their public documentation as remembered (the search
tools were out of budget when the part was built), not checked against a schema. Phones are
labelled by the policy of ``make_pii_eval.personal_phone`` (``pii_held_out_14.labelled_record``:
each number of a field on its own). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_478.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_cn_hangzhou_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_478.jsonl.gz"
SPLIT = "held_out_478"

LAYOUTS = ("tencent_place_search", "weibo_status", "wx_template_message", "echarts_option")
PHONE = "phone_number"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
CST = dt.timezone(dt.timedelta(hours=8))
UNKNOWN = "未知区县"  # the list's key for entries of no known district
# district codes of the national table (GB/T 2260) as they stood before Hangzhou's 2021
# redistricting, for the list's district keys
ADCODES = {
    "上城区": "330102", "下城区": "330103", "江干区": "330104", "拱墅区": "330105",
    "西湖区": "330106", "滨江区": "330108", "萧山区": "330109", "余杭区": "330110",
    "桐庐县": "330122", "淳安县": "330127", "建德市": "330182", "富阳市": "330183",
    "临安市": "330185",
}  # fmt: skip
DEPARTMENTS = ("内科", "外科", "妇产科", "儿科", "口腔科", "眼科", "皮肤科", "中医科", "骨科")
WEEKDAYS = "一二三四五六日"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The hospital's phone field as published (one number or several)."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def name(row: dict[str, Any]) -> str:
    return _f(row, "hospital_name")


def address(row: dict[str, Any]) -> str:
    return _f(row, "hospital_address")


def grade(row: dict[str, Any]) -> str:
    return _f(row, "hospital_grade")


def district(row: dict[str, Any]) -> str:
    """The hospital's district as the list keys it, "" where it is unknown."""
    key = _f(row, "district_key")
    return "" if key == UNKNOWN else key


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (China Standard Time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=CST) + dt.timedelta(days=rng.randint(0, 330))
    return day + dt.timedelta(hours=rng.randint(7, 20), minutes=rng.randint(0, 59))


def _place(rng: random.Random) -> tuple[float, float]:
    """Invented coordinates in Hangzhou (latitude, longitude)."""
    return round(rng.uniform(29.75, 30.45), 6), round(rng.uniform(119.20, 120.55), 6)


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def category(row: dict[str, Any]) -> str:
    """A Tencent POI category for the hospital by its name."""
    n = name(row)
    if "中医" in n:
        return "医疗保健:专科医院:中医院"
    if "妇幼" in n or "妇产" in n or "妇女" in n:
        return "医疗保健:专科医院:妇幼医院"
    if "口腔" in n or "牙" in n:
        return "医疗保健:专科医院:口腔医院"
    if "医院" in n:
        return "医疗保健:综合医院"
    return "医疗保健:诊所"


def tencent_place_search(row: dict[str, Any], rng: random.Random) -> str:
    """A Tencent Location Service WebService API place search answer (``GET
    /ws/place/v1/search``, keyword the hospital's name, boundary the city): ``status`` 0,
    ``message``, ``count`` 1, an invented ``request_id``, one ``data`` item (an invented POI id,
    the name as ``title``, the address, the phone field as ``tel``, a category, coordinates,
    a distance, ``ad_info`` with the district's code where the list names the district) and the
    ``region``."""
    lat, lng = _place(rng)
    ad_info: dict[str, Any] = {"province": "浙江省", "city": "杭州市"}
    if district(row):
        ad_info["district"] = district(row)
        if district(row) in ADCODES:
            ad_info["adcode"] = int(ADCODES[district(row)])
    item = {
        "id": str(rng.randint(10**15, 10**16 - 1)),
        "title": name(row),
        "address": address(row),
        "tel": phone(row),
        "category": category(row),
        "type": 0,
        "location": {"lat": lat, "lng": lng},
        "_distance": round(rng.uniform(120, 18000), 1),
        "ad_info": ad_info,
    }
    doc = {
        "status": 0,
        "message": "query ok",
        "count": 1,
        "request_id": str(rng.randint(10**18, 10**19 - 1)),
        "data": [item],
        "region": {"title": "杭州市"},
    }
    return _json(doc)


def _weibo_time(moment: dt.datetime) -> str:
    """A moment as the Weibo API writes it (``Tue May 14 09:30:00 +0800 2024``)."""
    return moment.strftime("%a %b %d %H:%M:%S +0800 %Y")


def weibo_status(row: dict[str, Any], rng: random.Random) -> str:
    """A Sina Weibo API status object (``statuses/show``): an invented id, mid and time, the
    hospital official account's post of its clinic hours (the department, the hours, the
    address, ``咨询电话：`` and the phone field), the web client as ``source``, and its ``user``
    (an invented id, the hospital's name, ``浙江 杭州``, a ``description`` giving the grade where
    the list has one and the phone field again, counts, ``verified`` true)."""
    when = _when(rng)
    dept = rng.choice(DEPARTMENTS)
    day = rng.choice(WEEKDAYS[:6])
    text = (
        f"【门诊安排】{dept}专家门诊每周{day}上午8:00-11:30、下午13:30-16:30开诊，"
        f"请提前预约。地址：{address(row)}。咨询电话：{phone(row)}。"
    )
    sid = rng.randint(4_900_000_000_000_000, 5_099_999_999_999_999)
    about = f"{name(row)}官方微博。"
    if grade(row):
        about += f"{grade(row)}医院。"
    about += f"电话：{phone(row)}"
    user = {
        "id": rng.randint(1_000_000_000, 7_999_999_999),
        "screen_name": name(row),
        "name": name(row),
        "province": "33",
        "city": "1",
        "location": "浙江 杭州",
        "description": about,
        "url": "",
        "gender": "m",
        "followers_count": rng.randint(800, 260_000),
        "friends_count": rng.randint(20, 600),
        "statuses_count": rng.randint(100, 9000),
        "favourites_count": rng.randint(0, 50),
        "created_at": _weibo_time(when - dt.timedelta(days=rng.randint(400, 4000))),
        "following": False,
        "allow_all_act_msg": False,
        "geo_enabled": True,
        "verified": True,
        "verified_type": 3,
    }
    doc = {
        "created_at": _weibo_time(when),
        "id": sid,
        "mid": str(sid),
        "idstr": str(sid),
        "text": text,
        "source": '<a href="https://weibo.com/" rel="nofollow">微博网页版</a>',
        "favorited": False,
        "truncated": False,
        "in_reply_to_status_id": "",
        "in_reply_to_user_id": "",
        "in_reply_to_screen_name": "",
        "geo": None,
        "user": user,
        "reposts_count": rng.randint(0, 120),
        "comments_count": rng.randint(0, 80),
        "attitudes_count": rng.randint(0, 400),
        "visible": {"type": 0, "list_id": 0},
    }
    return _json(doc)


def _value(text: str) -> dict[str, str]:
    return {"value": text, "color": "#173177"}


def wx_template_message(row: dict[str, Any], rng: random.Random) -> str:
    """A WeChat Official Accounts template message request (``POST
    /cgi-bin/message/template/send``): an invented ``touser`` OpenID and ``template_id``, a
    ``miniprogram`` (an invented appid and page path), and ``data`` of an appointment notice:
    ``first``, ``keyword1`` the hospital, ``keyword2`` the department and an invented number,
    ``keyword3`` the time, ``keyword4`` the address, ``keyword5`` the phone field, ``remark``
    the phone field again."""
    when = _when(rng)
    visit = when + dt.timedelta(days=rng.randint(1, 14))
    visit = visit.replace(hour=rng.choice((8, 9, 10, 13, 14, 15)), minute=rng.choice((0, 30)))
    dept = rng.choice(DEPARTMENTS)
    doc = {
        "touser": "o" + _token(rng, 5) + "-" + _token(rng, 21),
        "template_id": _token(rng, 43, string.ascii_letters + string.digits + "_-"),
        "miniprogram": {
            "appid": "wx" + _token(rng, 16, "0123456789abcdef"),
            "pagepath": f"pages/appointment/detail?no={rng.randint(10**9, 10**10 - 1)}",
        },
        "data": {
            "first": _value("您好，您已预约挂号成功，请按时就诊。"),
            "keyword1": _value(name(row)),
            "keyword2": _value(f"{dept}（第{rng.randint(1, 60)}号）"),
            "keyword3": _value(
                f"{visit:%Y年%m月%d日} 星期{WEEKDAYS[visit.weekday()]} {visit:%H:%M}"
            ),
            "keyword4": _value(address(row)),
            "keyword5": _value(phone(row)),
            "remark": _value(
                f"请携带身份证或医保卡提前15分钟到院取号。如需改约或取消，请致电{phone(row)}。"
            ),
        },
    }
    return _json(doc)


def echarts_option(row: dict[str, Any], rng: random.Random) -> str:
    """An Apache ECharts option of a map page (``option = {...};``): a ``title`` (the hospital
    and its district or grade), a ``tooltip``, a ``geo`` component on the map of Hangzhou and one
    ``scatter`` series whose one data item has the name, the coordinates as ``value`` and the
    address and phone field as ``address`` and ``tel``, the series' ``tooltip.formatter`` writing
    the name, address and phone field again as literal text."""
    lat, lng = _place(rng)
    sub = " · ".join(x for x in (district(row), grade(row)) if x)
    item = {
        "name": name(row),
        "value": [lng, lat, rng.randint(1, 5)],
        "address": address(row),
        "tel": phone(row),
    }
    option = {
        "title": {"text": name(row), "subtext": sub or "杭州市", "left": "center"},
        "tooltip": {"trigger": "item"},
        "geo": {
            "map": "hangzhou",
            "roam": True,
            "center": [lng, lat],
            "zoom": rng.choice((4, 6, 8)),
            "itemStyle": {"areaColor": "#f3f3f3", "borderColor": "#999"},
        },
        "series": [
            {
                "name": "医疗机构",
                "type": "scatter",
                "coordinateSystem": "geo",
                "symbolSize": 12,
                "data": [item],
                "tooltip": {
                    "formatter": f"{name(row)}<br/>地址：{address(row)}<br/>电话：{phone(row)}"
                },
                "label": {"show": True, "formatter": "{b}", "position": "right"},
            }
        ],
    }
    return "option = " + json.dumps(option, ensure_ascii=False, indent=2) + ";\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "tencent_place_search": tencent_place_search,
    "weibo_status": weibo_status,
    "wx_template_message": wx_template_message,
    "echarts_option": echarts_option,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled,
    each number in it on its own."""
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
