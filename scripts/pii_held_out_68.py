"""held_out_68 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (China) exactly as published, in layouts no earlier part has, beside the
row's own coordinates, Baidu Maps ids and place names.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH, NG, CH, SK, BG, TR, VN, LK, UY, LV, RS, TN, PK, CR, GH and MA; here:

* the values are the phone fields of Chinese universities and colleges in the uni-soket-ai
  campus-map application's list (``scripts/data/pii_cn_universities.json``, written by
  ``scripts/cn_universities_data.py``; source and licence in that file): numbers as each entry
  gave them (``(0513)81050200`` with the area code in brackets, ``010-64771000``, ``400``
  numbers such as ``4000431585``, mobiles such as ``13721426816``, up to five in one field
  after commas), each number of each copy labelled; the list gives no fax numbers or e-mail
  addresses;
* the text around them is the same row's real fields: its coordinates
  (``44.083711141069294``), Baidu ``uid`` and ``street_id``, province, city, district and
  address (most often the institution's web site), with invented school identification codes
  (ten digits, like a phone), admission codes, record ids, distances, times and dates,
  unlabelled and scored;
* in layouts no earlier part has, labels in Chinese: a Baidu Maps Place API v2 search response
  (``"telephone": "..."``), a WeChat mini-program WXML page whose call button carries the number
  in ``data-phone`` and shows it in a ``<text>``, a MyBatis mapper XML file whose ``<insert>``
  writes the number as an SQL literal beside a comment repeating it, and a uni-app Vue
  single-file component whose ``data()`` holds the number and whose ``uni.makePhoneCall``
  dials it.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_68.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_cn_universities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_68.jsonl.gz"
SPLIT = "held_out_68"

LAYOUTS = ("baidu_place_api", "wxml_page", "mybatis_mapper", "vue_sfc")
PHONE = "phone"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or it is null)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "telephone")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _place(row: dict[str, Any]) -> str:
    """The row's province, city and district as one place name (the city once where it is the
    province, as for Beijing)."""
    parts = [_f(row, "province"), _f(row, "city"), _f(row, "area")]
    out: list[str] = []
    for part in parts:
        if part and part not in out:
            out.append(part)
    return "".join(out)


def _school_code(rng: random.Random) -> str:
    """An invented school identification code: ten digits starting ``41``, as the Ministry of
    Education's codes for higher-education institutions do."""
    return "41" + "".join(rng.choice("0123456789") for _ in range(8))


def _admission_code(rng: random.Random) -> str:
    """An invented five-digit admission (招生) code."""
    return f"{rng.randint(10001, 14999)}"


def _json(value: str) -> str:
    """A JSON (and JavaScript) double-quoted string, non-ASCII kept."""
    return json.dumps(value, ensure_ascii=False)


def baidu_place_api(row: dict[str, Any], rng: random.Random) -> str:
    """The institution as the one result of a Baidu Maps Place API v2 search
    (``/place/v2/search?...&scope=2&output=json``): ``status`` and ``message``, an invented
    ``total``, the result with its name, coordinates (as numbers), address, province, city,
    district, ``street_id``, ``telephone``, ``detail`` and ``uid`` as published, and
    ``detail_info`` with the tag and an invented distance."""
    result: dict[str, Any] = {
        "name": _f(row, "name"),
        "location": {"lat": "@LAT@", "lng": "@LNG@"},
        "address": _f(row, "address"),
        "province": _f(row, "province"),
        "city": _f(row, "city"),
        "area": _f(row, "area"),
    }
    if "street_id" in row["fields"]:
        result["street_id"] = _f(row, "street_id")
    result |= {
        "telephone": phone(row),
        "detail": int(_f(row, "detail") or "1"),
        "uid": _f(row, "uid"),
        "detail_info": {
            "tag": "教育培训;高等院校",
            "type": "education",
            "distance": rng.randint(120, 48000),
        },
    }
    body = {
        "status": 0,
        "message": "ok",
        "result_type": "poi_type",
        "total": rng.randint(1, 38),
        "results": [result],
    }
    text = json.dumps(body, ensure_ascii=False, indent=4)
    text = text.replace('"@LAT@"', _f(row, "location.lat")).replace(
        '"@LNG@"', _f(row, "location.lng")
    )
    return text + "\n"


def wxml_page(row: dict[str, Any], rng: random.Random) -> str:
    """The institution's contact page of a WeChat mini-program (``pages/school/detail.wxml``):
    a header comment with the file and the Baidu ``uid``, views with the name, the place and
    the web site or address, invented school identification and admission codes, the
    admission office's invented hours, the number shown in a ``<text>`` and carried by the
    call button's ``data-phone``, and a ``<map>`` at the coordinates."""
    lat, lng = _f(row, "location.lat"), _f(row, "location.lng")
    start = rng.choice(("08:00", "08:30", "09:00"))
    end = rng.choice(("11:30", "17:00", "17:30"))
    address = _f(row, "address") or _place(row)
    lines = [
        f"<!-- pages/school/detail.wxml · uid {escape(_f(row, 'uid'))} -->",
        '<view class="container">',
        f'  <view class="title">{escape(_f(row, "name"))}</view>',
        f'  <view class="meta">所在地：{escape(_place(row))}</view>',
        f'  <view class="meta">地址/官网：{escape(address)}</view>',
        f'  <view class="meta">学校标识码：{_school_code(rng)}'
        f"　招生代码：{_admission_code(rng)}</view>",
        f'  <view class="meta">招生办公时间：周一至周五 {start}-{end}</view>',
        '  <view class="row">',
        '    <text class="label">联系电话：</text>',
        f'    <text selectable="true">{escape(phone(row))}</text>',
        "  </view>",
        '  <button type="primary" size="mini" bindtap="callSchool" '
        f"data-phone={quoteattr(phone(row))}>拨打电话</button>",
        f'  <map id="schoolMap" latitude="{lat}" longitude="{lng}" scale="16" '
        'show-location="true"></map>',
        "</view>",
        "",
    ]
    return "\n".join(lines)


def _sql(value: str) -> str:
    """An SQL string literal (quotes doubled)."""
    return "'" + value.replace("'", "''") + "'"


def mybatis_mapper(row: dict[str, Any], rng: random.Random) -> str:
    """A MyBatis mapper XML file (``SchoolSeedMapper.xml``) that seeds the institution: the XML
    declaration and mapper DOCTYPE, a comment naming the institution and its ``联系电话``, an
    ``<insert>`` whose SQL writes an invented snowflake id, the name, place, address, phone,
    coordinates and Baidu ``uid`` as literals, and a ``<select>`` by the invented school
    identification code."""
    year, month, day = 2024, rng.randint(9, 12), rng.randint(1, 28)
    created = f"{year}-{month:02d}-{day:02d} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:00"
    snowflake = f"18{rng.randint(10**16, 10**17 - 1)}"
    code = _school_code(rng)
    values = ",\n            ".join(
        [
            snowflake,
            _sql(code),
            _sql(_f(row, "name")),
            _sql(_f(row, "province")),
            _sql(_f(row, "city")),
            _sql(_f(row, "area")),
            _sql(_f(row, "address")) if _f(row, "address") else "NULL",
            _sql(phone(row)),
            _f(row, "location.lat"),
            _f(row, "location.lng"),
            _sql(_f(row, "uid")),
            _sql(created),
        ]
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" '
        '"http://mybatis.org/dtd/mybatis-3-mapper.dtd">',
        '<mapper namespace="com.campus.map.mapper.SchoolSeedMapper">',
        f"    <!-- {escape(_f(row, 'name'))}（{escape(_place(row))}）"
        f"联系电话：{escape(phone(row))} -->",
        '    <insert id="seedSchool">',
        "        INSERT INTO t_school (id, school_code, name, province, city, district,",
        "                              address, telephone, lat, lng, baidu_uid, created_at)",
        "        VALUES (",
        f"            {escape(values)}",
        "        )",
        "    </insert>",
        "",
        '    <select id="selectByCode" resultType="com.campus.map.entity.School">',
        "        SELECT id, name, telephone, lat, lng FROM t_school",
        f"        WHERE school_code = #{{code}} <!-- e.g. {code} -->",
        "    </select>",
        "</mapper>",
        "",
    ]
    return "\n".join(lines)


def vue_sfc(row: dict[str, Any], rng: random.Random) -> str:
    """A uni-app page as a Vue single-file component (``SchoolCard.vue``): a ``<template>``
    showing the name, place and phone, a ``<script>`` whose ``data()`` returns the school as an
    object literal (name, ``uid``, telephone, coordinates, an invented admission code and
    update time in milliseconds) and whose ``call()`` dials the number with
    ``uni.makePhoneCall``, and a scoped ``<style>``."""
    school = {
        "name": _f(row, "name"),
        "uid": _f(row, "uid"),
        "region": _place(row),
        "telephone": phone(row),
        "latitude": "@LAT@",
        "longitude": "@LNG@",
        "admissionCode": _admission_code(rng),
        "updatedAt": "@TS@",
    }
    literal = json.dumps(school, ensure_ascii=False, indent=2).replace("\n", "\n      ")
    literal = (
        literal.replace('"@LAT@"', _f(row, "location.lat"))
        .replace('"@LNG@"', _f(row, "location.lng"))
        .replace('"@TS@"', str(rng.randint(1_726_000_000_000, 1_737_000_000_000)))
    )
    lines = [
        "<template>",
        '  <view class="school-card">',
        '    <view class="name">{{ school.name }}</view>',
        '    <view class="region">{{ school.region }}</view>',
        '    <view class="tel" @click="call">',
        f"      电话：{escape(phone(row))}",
        "    </view>",
        "  </view>",
        "</template>",
        "",
        "<script>",
        "export default {",
        "  data() {",
        "    return {",
        f"      school: {literal},",
        "    };",
        "  },",
        "  methods: {",
        "    call() {",
        f"      uni.makePhoneCall({{ phoneNumber: {_json(phone(row))} }});",
        "    },",
        "  },",
        "};",
        "</script>",
        "",
        '<style scoped lang="scss">',
        ".school-card {",
        f"  padding: {rng.choice((20, 24, 30))}rpx;",
        "  .tel { color: #2979ff; }",
        "}",
        "</style>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "baidu_place_api": baidu_place_api,
    "wxml_page": wxml_page,
    "mybatis_mapper": mybatis_mapper,
    "vue_sfc": vue_sfc,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
