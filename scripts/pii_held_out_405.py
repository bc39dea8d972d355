"""held_out_405 of the PII evaluation set: real phone fields of a register no earlier part used
(the women's safe houses of Seoul, 여성안심지킴이집, the convenience stores that Seoul's district
offices designate to take in a woman in danger and call the police; South Korea's earlier parts
took the Public Data Portal's standard data of libraries, tourist sites, museums, health
institutions, forests, parks, universities, dementia centres, markets, meal centres, animal
hospitals, festivals, parking lots, rental cars, campsites, events and tourist information
centres, the police boxes, the NHIS branches, the NFA's safety centres, Seoul Metro's stations
and Seoul's hospital licences) exactly as published, in layouts no earlier part has, beside
the list's own store names, districts and addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``tel_number`` of 400 stores (``scripts/data/pii_kr_seoul_safe_houses.json``,
  written by ``scripts/kr_seoul_safe_houses_data.py``; source and licence in that file): Korean
  numbers as the list writes them, hyphenated with the area code (``02-830-6586``,
  ``02-3426-5090``, ``070-7559-9279``); every copy labelled;
* the text around them is the same row's real fields: the store's name, its district, its
  road-name and lot-number addresses, with invented ids, designation numbers, coordinates in
  Seoul, dates, times, UUIDs and migration versions, unlabelled and scored;
* in layouts no earlier part has, the files of a web app's data layer that a safe-house map
  (such as the one the register was copied from) is built with, text in Korean: Knex.js seed
  files (``exports.seed = async function (knex)``: the store deleted by its id and inserted as
  one object, ``tel`` the number, a ``memo`` repeating it), WireMock stub mappings (JSON of a
  ``GET /api/v1/safe-houses/{id}`` stub whose ``response.jsonBody`` is the store, ``tel`` and a
  ``guide`` repeating it), Flyway versioned SQL migrations (``V{version}__{description}.sql``:
  a header comment naming the file, an ``INSERT`` of the store with ``tel``, and an ``INSERT`` of
  its notice repeating the number) and VitePress Markdown pages (YAML front matter with
  ``title``, ``description``, ``outline`` and ``head``, a table of the store's district,
  addresses and a ``tel:`` link, a ``::: tip`` container and a ``::: info`` container
  repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_405.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_seoul_safe_houses.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_405.jsonl.gz"
SPLIT = "held_out_405"

LAYOUTS = ("knex_seed", "wiremock_stub", "flyway_migration", "vitepress_page")
PHONE = "tel_number"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
KST = dt.timezone(dt.timedelta(hours=9))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the romanised names of the list's districts (paths of the pages)
DISTRICTS = {
    "강동구": "gangdong-gu", "강북구": "gangbuk-gu", "관악구": "gwanak-gu",
    "광진구": "gwangjin-gu", "구로구": "guro-gu", "금천구": "geumcheon-gu",
    "동작구": "dongjak-gu", "마포구": "mapo-gu", "서대문구": "seodaemun-gu",
    "서초구": "seocho-gu", "성동구": "seongdong-gu", "성북구": "seongbuk-gu",
    "송파구": "songpa-gu", "양천구": "yangcheon-gu", "영등포구": "yeongdeungpo-gu",
    "용산구": "yongsan-gu", "은평구": "eunpyeong-gu", "중랑구": "jungnang-gu",
}  # fmt: skip
HOURS = ("24시간", "24시간", "24시간", "06:00~24:00", "07:00~01:00")
TIPS = (
    "밤길이 불안하거나 위급한 상황이면 매장에 들어가 직원에게 도움을 요청하세요.",
    "누군가 따라오는 것 같다면 가까운 지킴이집으로 피하세요. 직원이 경찰에 신고해 드립니다.",
    "지킴이집 스티커가 붙은 매장에서는 언제든 도움을 요청할 수 있습니다.",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The store's number as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def district(row: dict[str, Any]) -> str:
    return _f(row, "city_county")


def brand(row: dict[str, Any]) -> str:
    """The store's chain as its name begins (``GS25``, ``CU``, ``세븐일레븐``)."""
    name = _f(row, "name")
    for chain in ("세븐일레븐", "미니스톱", "씨스페이스", "GS25", "CU"):
        if name.upper().startswith(chain):
            return chain
    return name.split()[0]


def _facts(row: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The invented facts of one store: an id, a designation number of its district, the date
    of its designation, a point in Seoul and its hours."""
    designated = dt.date(2018, 3, 1) + dt.timedelta(days=rng.randint(0, 1200))
    return {
        "id": rng.randint(1000, 99999),
        "code": f"{district(row)[:-1]}-{designated.year}-{rng.randint(1, 180):03d}",
        "designated": designated,
        "lat": round(rng.uniform(37.455, 37.66), 6),
        "lng": round(rng.uniform(126.82, 127.16), 6),
        "hours": rng.choice(HOURS),
        "updated": dt.datetime(2021, 8, 2, tzinfo=KST)
        + dt.timedelta(days=rng.randint(0, 25), minutes=rng.randint(0, 600)),
    }


def knex_seed(row: dict[str, Any], rng: random.Random) -> str:
    """A Knex.js seed file (``knex seed:make``'s shape, async): the JSDoc header, the store
    deleted by its id, then inserted as one object (``tel`` the number, a ``memo`` repeating
    it)."""
    f = _facts(row, rng)
    tel = phone(row)
    lines = [
        "/**",
        ' * @param { import("knex").Knex } knex',
        " * @returns { Promise<void> }",
        " */",
        "exports.seed = async function (knex) {",
        f"  // 여성안심지킴이집 - {district(row)} {_f(row, 'name')}",
        f"  await knex('safe_houses').where({{ id: {f['id']} }}).del();",
        "  await knex('safe_houses').insert([",
        "    {",
        f"      id: {f['id']},",
        f"      designation_no: '{f['code']}',",
        f"      name: '{_f(row, 'name')}',",
        f"      brand: '{brand(row)}',",
        f"      district: '{district(row)}',",
        f"      road_address: '{_f(row, 'road_address')}',",
        f"      jibun_address: '{_f(row, 'number_address')}',",
        f"      tel: '{tel}',",
        f"      lat: {f['lat']},",
        f"      lng: {f['lng']},",
        f"      open_hours: '{f['hours']}',",
        f"      designated_on: '{f['designated']:%Y-%m-%d}',",
        f"      memo: '위급 시 매장 직원에게 도움 요청 (매장 전화 {tel})',",
        "      is_active: true,",
        "    },",
        "  ]);",
        "};",
        "",
    ]
    return "\n".join(lines)


def wiremock_stub(row: dict[str, Any], rng: random.Random) -> str:
    """A WireMock stub mapping (a file of the ``mappings`` directory): an invented UUID, a name,
    the ``GET /api/v1/safe-houses/{id}`` request and a ``200`` response whose ``jsonBody`` is
    the store (``tel`` the number, a ``guide`` repeating it), a priority and metadata."""
    f = _facts(row, rng)
    tel = phone(row)
    doc = {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "name": f"여성안심지킴이집 상세 - {_f(row, 'name')}",
        "request": {"method": "GET", "urlPath": f"/api/v1/safe-houses/{f['id']}"},
        "response": {
            "status": 200,
            "headers": {"Content-Type": "application/json; charset=utf-8"},
            "jsonBody": {
                "id": f["id"],
                "designationNo": f["code"],
                "name": _f(row, "name"),
                "brand": brand(row),
                "category": "편의점",
                "district": district(row),
                "roadAddress": _f(row, "road_address"),
                "jibunAddress": _f(row, "number_address"),
                "tel": tel,
                "location": {"lat": f["lat"], "lng": f["lng"]},
                "openHours": f["hours"],
                "designatedOn": f"{f['designated']:%Y-%m-%d}",
                "guide": f"{rng.choice(TIPS)} 매장 전화: {tel}",
                "updatedAt": f["updated"].isoformat(timespec="seconds"),
            },
        },
        "priority": 5,
        "persistent": False,
        "metadata": {"tags": ["safe-house", DISTRICTS[district(row)]]},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def flyway_migration(row: dict[str, Any], rng: random.Random) -> str:
    """A Flyway versioned SQL migration (``V{version}__{description}.sql``, PostgreSQL): a
    header comment naming the file, an ``INSERT`` of the store (``tel`` the number) and an
    ``INSERT`` of its notice repeating the number."""
    f = _facts(row, rng)
    tel = phone(row)
    version = f"2_{rng.randint(1, 40)}_{rng.randint(0, 9)}"
    notice = f"{rng.choice(TIPS)} 매장 전화 {tel}"
    lines = [
        f"-- V{version}__insert_safe_house_{f['id']}.sql",
        f"-- 여성안심지킴이집 추가: {district(row)} {_f(row, 'name')} (지정번호 {f['code']})",
        "",
        "INSERT INTO safe_house (id, designation_no, name, brand, district, road_address,",
        "                        jibun_address, tel, latitude, longitude, open_hours,",
        "                        designated_on, created_at)",
        f"VALUES ({f['id']}, '{f['code']}', '{_f(row, 'name')}', '{brand(row)}',",
        f"        '{district(row)}', '{_f(row, 'road_address')}',",
        f"        '{_f(row, 'number_address')}', '{tel}', {f['lat']}, {f['lng']},",
        f"        '{f['hours']}', DATE '{f['designated']:%Y-%m-%d}',",
        f"        TIMESTAMP WITH TIME ZONE '{f['updated'].isoformat(sep=' ')}');",
        "",
        "INSERT INTO safe_house_notice (safe_house_id, kind, body)",
        f"VALUES ({f['id']}, 'GUIDE', '{notice}');",
        "",
    ]
    return "\n".join(lines)


def vitepress_page(row: dict[str, Any], rng: random.Random) -> str:
    """A VitePress Markdown page of a safe-house guide site: YAML front matter (``title``,
    ``description``, ``outline``, ``head`` with a keywords meta tag), a heading, a table of the
    store's district, addresses, hours and ``tel:`` link, a ``::: tip`` container and a
    ``::: info`` container repeating the number, and a link to the district's list."""
    f = _facts(row, rng)
    tel = phone(row)
    name = _f(row, "name")
    slug = DISTRICTS[district(row)]
    d = f["designated"]
    lines = [
        "---",
        f"title: {json.dumps(f'{name} · 여성안심지킴이집', ensure_ascii=False)}",
        "description: "
        + json.dumps(
            f"{district(row)} 여성안심지킴이집 {name}의 위치와 이용 안내", ensure_ascii=False
        ),
        "outline: false",
        "lastUpdated: true",
        "head:",
        "  - - meta",
        "    - name: keywords",
        f"      content: 여성안심지킴이집, {district(row)}, {brand(row)}",
        "---",
        "",
        f"# {name}",
        "",
        f"{district(row)}가 지정한 **여성안심지킴이집**입니다 (지정번호 `{f['code']}`, "
        f"{d.year}년 {d.month}월 {d.day}일 지정).",
        "",
        "| 항목 | 내용 |",
        "| --- | --- |",
        f"| 자치구 | {district(row)} |",
        f"| 도로명주소 | {_f(row, 'road_address')} |",
        f"| 지번주소 | {_f(row, 'number_address')} |",
        f"| 운영시간 | {f['hours']} |",
        f"| 전화 | [{tel}](tel:{tel}) |",
        "",
        "::: tip 이렇게 이용하세요",
        rng.choice(TIPS),
        "직원이 112에 신고하고 경찰이 올 때까지 함께 있어 드립니다.",
        ":::",
        "",
        "::: info 문의",
        f"매장 전화 {tel}",
        ":::",
        "",
        f"[{district(row)} 지킴이집 목록으로](/safe-houses/{slug}/)",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "knex_seed": knex_seed,
    "wiremock_stub": wiremock_stub,
    "flyway_migration": flyway_migration,
    "vitepress_page": vitepress_page,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its number labelled."""
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
