"""held_out_314 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of parking lots, 전국주차장정보표준데이터, as the Public Data
Portal publishes it; Korea's earlier parts took other registers) exactly as published, in
layouts no earlier part has, beside the register's own names, addresses, fees, hours and
coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, animal hospitals,
cultural festivals) and many others; here:

* the values are the ``전화번호`` (the managing body's telephone) field of 400 public parking
  lots, a seeded sample of the first public lot of each distinct number of a kept shape
  (``scripts/data/pii_kr_parking_lots.json``, written by ``scripts/kr_parking_lots_data.py``;
  source and licence in that file): South Korean numbers as the providing offices typed them,
  area code, exchange and line joined by hyphens (``042-606-6865``, ``02-3677-2897``,
  ``031-8024-4993``), two nationwide numbers of eight digits (``1577-6446``); no mobile
  number; each copy labelled;
* the text around them is the same row's real fields: the lot's management number, name, kind,
  road and lot-number addresses, spaces, days and hours, fees, payment, notes, managing body,
  coordinates, reference date and the providing body's seven-digit code and name, with
  invented object ids, session and user ids, time stamps and a placeholder app key, unlabelled
  and scored;
* in layouts no earlier part has, a Korean database's, a Korean map's, a Korean UI library's
  and a Korean cloud chatbot's formats, text in Korean: CUBRID ``unloaddb`` object files (the
  ``loaddb`` input: ``%id`` and ``%class`` lines of two tables and one instance line each, the
  lot with the number as ``tel_no`` and its managing body with the number again), Kakao Maps
  JavaScript API pages (HTML: ``dapi.kakao.com/v2/maps/sdk.js``, a map and marker at the row's
  coordinates, or the address geocoded by the ``services`` library where it has none, an
  ``InfoWindow`` naming the number and a table with a ``tel:`` link), TOAST UI Grid modules
  (NHN's ``tui-grid``: a JavaScript ``data`` array with the row, the number as ``tel``, a
  header comment naming the managing body and its number, and the grid's ``columns``) and
  CLOVA Chatbot custom API responses (NAVER Cloud, ``version`` ``v2``: a text bubble whose
  description names the number and a template bubble with a ``tel:`` link button).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_314.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from html import escape as html_escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_parking_lots.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_314.jsonl.gz"
SPLIT = "held_out_314"

LAYOUTS = ("cubrid_loaddb", "kakao_map_html", "tui_grid_js", "clova_chatbot_json")
PHONE = "전화번호"
EDGES = {"phone": r"\d"}
# the columns of the lot's table in the object file: (attribute, column, numeric)
LOT_ATTRS = (
    ("prk_mng_no", "주차장관리번호", False), ("prk_nm", "주차장명", False),
    ("prk_se", "주차장구분", False), ("prk_ty", "주차장유형", False),
    ("rdnmadr", "소재지도로명주소", False), ("lnmadr", "소재지지번주소", False),
    ("prk_cmprt_co", "주차구획수", True), ("oper_day", "운영요일", False),
    ("weekday_oper_open_hhmm", "평일운영시작시각", False),
    ("weekday_oper_cls_hhmm", "평일운영종료시각", False), ("parkng_chrge_info", "요금정보", False),
    ("bass_time", "주차기본시간", True), ("bass_chrge", "주차기본요금", True),
    ("add_unit_time", "추가단위시간", True), ("add_unit_chrge", "추가단위요금", True),
    ("month_cmmt_chrge", "월정기권요금", True), ("setle_mthd", "결제방법", False),
    ("spcmnt", "특기사항", False), ("institution_nm", "관리기관명", False),
    ("tel_no", PHONE, False), ("latitude", "위도", True), ("longitude", "경도", True),
    ("reference_date", "데이터기준일자", False), ("instt_code", "제공기관코드", False),
    ("instt_nm", "제공기관명", False),
)  # fmt: skip
# the grid's columns: (key, header, column)
GRID = (
    ("prkNo", "관리번호", "주차장관리번호"), ("name", "주차장명", "주차장명"),
    ("type", "유형", "주차장유형"), ("address", "주소", None),
    ("spaces", "주차면수", "주차구획수"), ("days", "운영요일", "운영요일"),
    ("fee", "요금", "요금정보"), ("payment", "결제방법", "결제방법"),
    ("agency", "관리기관", "관리기관명"), ("tel", "전화번호", PHONE),
    ("baseDate", "기준일", "데이터기준일자"),
)  # fmt: skip
QUESTIONS = (
    "{} 주차장 문의 전화번호 알려줘", "{} 어디로 연락하면 돼?", "{} 요금이랑 연락처",
    "{} 운영 시간 알려주세요", "{} 주차장 정보",
)  # fmt: skip

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The managing body's telephone as published."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The lot's name as the register writes it (``남새싹5길``)."""
    return _f(row, "주차장명")


def agency(row: dict[str, Any]) -> str:
    """The managing body as the register writes it, or the providing body where it has none."""
    return _f(row, "관리기관명") or _f(row, "제공기관명")


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this register does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone field labelled (each copy
    stands apart: no digit next to it)."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def address(row: dict[str, Any]) -> str:
    """The road address as published (runs of blanks kept), or the lot-number address where it
    has none."""
    return _f(row, "소재지도로명주소") or _f(row, "소재지지번주소")


def coordinates(row: dict[str, Any]) -> tuple[str, str] | None:
    """The latitude and longitude as published, None where the row lacks either."""
    lat, lng = _f(row, "위도"), _f(row, "경도")
    return (lat, lng) if lat and lng else None


def hours(row: dict[str, Any]) -> str:
    """The weekday hours as the register gives them (``09:00~19:00``)."""
    return f"{_f(row, '평일운영시작시각')}~{_f(row, '평일운영종료시각')}"


def fee(row: dict[str, Any]) -> str:
    """The fee in words: ``무료``, or the basic and additional fees where the row has them."""
    kind = _f(row, "요금정보")
    base, base_fee = _f(row, "주차기본시간"), _f(row, "주차기본요금")
    unit, unit_fee = _f(row, "추가단위시간"), _f(row, "추가단위요금")
    if kind == "무료" or not base_fee or base_fee == "0":
        return kind or "무료"
    words = f"{kind} (기본 {base}분 {base_fee}원"
    if unit and unit_fee and unit_fee != "0":
        words += f", 추가 {unit}분당 {unit_fee}원"
    return words + ")"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment between January 2024 and September 2026."""
    start = dt.datetime(2024, 1, 2, 8, 0, 0)
    return start + dt.timedelta(seconds=rng.randint(0, 1000 * 86400))


def _cubrid(value: str, numeric: bool) -> str:
    """A value as ``unloaddb`` writes it: NULL where empty, a number bare, a string quoted with
    its single quotes doubled."""
    if not value:
        return "NULL"
    if numeric:
        try:
            float(value)
        except ValueError:
            pass
        else:
            return value
    return "'" + value.replace("'", "''") + "'"


def cubrid_loaddb(row: dict[str, Any], rng: random.Random) -> str:
    """A CUBRID ``unloaddb`` object file (``parking_objects``, the input of ``loaddb``): for
    each of two tables an ``%id`` line with an invented class id and a ``%class`` line naming
    its attributes in brackets, then one instance line: the lot's fields in the table's order,
    the number as ``tel_no``, and its managing body with the number again."""
    lot_id, body_id = rng.randint(500, 700), rng.randint(701, 900)
    attrs = " ".join(f"[{a}]" for a, _, _ in LOT_ATTRS)
    cells = " ".join(_cubrid(_f(row, column), numeric) for _, column, numeric in LOT_ATTRS)
    body = " ".join(
        _cubrid(value, False)
        for value in (agency(row), phone(row), _f(row, "제공기관코드"), _f(row, "제공기관명"))
    )
    return "\n".join([
        f"%id [dba].[prk_mng_instt] {body_id}",
        f"%id [dba].[parking_lot] {lot_id}",
        "%class [dba].[prk_mng_instt] ([institution_nm] [tel_no] [instt_code] [instt_nm])",
        body,
        f"%class [dba].[parking_lot] ({attrs})",
        cells,
    ]) + "\n"  # fmt: skip


def _js(value: str) -> str:
    """``value`` as a single-quoted JavaScript string."""
    escaped = value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return "'" + escaped.replace("</", "<\\/") + "'"


def kakao_map_html(row: dict[str, Any], rng: random.Random) -> str:
    """A page of the Kakao Maps JavaScript API (``//dapi.kakao.com/v2/maps/sdk.js`` with a
    placeholder app key): the lot's name, a map with a marker at the row's coordinates, or the
    address geocoded by the ``services`` library where it has none, an ``InfoWindow`` naming the
    lot, its address and the number, and a table of the lot's fields with the number as a
    ``tel:`` link."""
    tel, title = phone(row), html_escape(name(row))
    info = (
        f'<div style="padding:6px;font-size:13px;"><b>{html_escape(name(row))}</b><br>'
        f"{html_escape(address(row))}<br>☎ {tel}</div>"
    )
    level = rng.choice((3, 4))
    point = coordinates(row)
    sdk = "//dapi.kakao.com/v2/maps/sdk.js?appkey=YOUR_APP_KEY"
    if point:
        script = [
            f"var position = new kakao.maps.LatLng({point[0]}, {point[1]});",
            "var map = new kakao.maps.Map(document.getElementById('map'), "
            f"{{ center: position, level: {level} }});",
            "var marker = new kakao.maps.Marker({ map: map, position: position });",
            f"var infowindow = new kakao.maps.InfoWindow({{ content: {_js(info)} }});",
            "infowindow.open(map, marker);",
        ]
    else:
        sdk += "&libraries=services"
        script = [
            "var map = new kakao.maps.Map(document.getElementById('map'), "
            f"{{ center: new kakao.maps.LatLng(37.566826, 126.9786567), level: {level} }});",
            "var geocoder = new kakao.maps.services.Geocoder();",
            f"geocoder.addressSearch({_js(address(row))}, function (result, status) {{",
            "  if (status !== kakao.maps.services.Status.OK) return;",
            "  var position = new kakao.maps.LatLng(result[0].y, result[0].x);",
            "  var marker = new kakao.maps.Marker({ map: map, position: position });",
            f"  var infowindow = new kakao.maps.InfoWindow({{ content: {_js(info)} }});",
            "  infowindow.open(map, marker);",
            "  map.setCenter(position);",
            "});",
        ]
    cells = [
        ("구분", f"{_f(row, '주차장구분')} {_f(row, '주차장유형')}"),
        ("주소", address(row)),
        ("주차면수", f"{_f(row, '주차구획수')}면"),
        ("운영요일", _f(row, "운영요일")),
        ("평일 운영시간", hours(row)),
        ("요금", fee(row)),
        ("관리기관", agency(row)),
    ]
    table = [f"<tr><th>{k}</th><td>{html_escape(v)}</td></tr>" for k, v in cells if v.strip()]
    table.append(f'<tr><th>전화번호</th><td><a href="tel:{tel}">{tel}</a></td></tr>')
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="ko">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{title} - 주차장 안내</title>",
        "</head>",
        "<body>",
        f"<h1>{title}</h1>",
        '<div id="map" style="width:100%;height:400px;"></div>',
        '<table class="parking-info">',
        *table,
        "</table>",
        f'<p class="source">출처: 전국주차장정보표준데이터 ({html_escape(_f(row, "제공기관명"))}, '
        f"{_f(row, '데이터기준일자')} 기준)</p>",
        f'<script type="text/javascript" src="{sdk}"></script>',
        "<script>",
        *script,
        "</script>",
        "</body>",
        "</html>",
    ]) + "\n"  # fmt: skip


def tui_grid_js(row: dict[str, Any], rng: random.Random) -> str:
    """A TOAST UI Grid module (NHN's ``tui-grid``): a header comment naming the data set, the
    managing body and its number, a ``data`` array of one object with the lot's fields (the
    number as ``tel``) and ``new Grid({...})`` with the columns and their Korean headers."""
    values = {key: (address(row) if column is None else _f(row, column)) for key, _, column in GRID}
    item = "\n".join(f"    {key}: {_js(value)}," for key, value in values.items())
    columns = "\n".join(
        f"    {{ header: {_js(header)}, name: {_js(key)}"
        + (", align: 'center'" if key in ("tel", "spaces", "baseDate") else "")
        + (", width: 120" if key == "tel" else "")
        + " },"
        for key, header, _ in GRID
    )
    body_rows = rng.choice((10, 15, 20))
    return "\n".join([
        "import Grid from 'tui-grid';",
        "import 'tui-grid/dist/tui-grid.css';",
        "",
        f"// 전국주차장정보표준데이터 - {_f(row, '제공기관명')} ({_f(row, '데이터기준일자')} 기준)",
        f"// 문의: {agency(row)} {phone(row)}",
        "const data = [",
        "  {",
        item,
        "  },",
        "];",
        "",
        "const grid = new Grid({",
        "  el: document.getElementById('grid'),",
        "  data,",
        "  scrollX: false,",
        "  scrollY: false,",
        "  rowHeaders: ['rowNum'],",
        f"  pageOptions: {{ useClient: true, perPage: {body_rows} }},",
        "  columns: [",
        columns,
        "  ],",
        "});",
        "",
        "export default grid;",
    ]) + "\n"  # fmt: skip


def clova_chatbot_json(row: dict[str, Any], rng: random.Random) -> str:
    """A CLOVA Chatbot custom API response (NAVER Cloud, ``version`` ``v2``): an invented user
    id, session id and time stamp, a text bubble describing the lot (address, hours, fee,
    managing body and number) and a template bubble whose cover names the lot and whose
    content table holds a map link button and a ``tel:`` link button, ``event`` ``send``."""
    tel = phone(row)
    user = "U" + uuid.UUID(int=rng.getrandbits(128)).hex
    session = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    seoul = dt.timezone(dt.timedelta(hours=9))
    stamp = int(_when(rng).replace(tzinfo=seoul).timestamp()) * 1000 + rng.randint(0, 999)
    lines = [
        f"{name(row)} ({_f(row, '주차장구분')} {_f(row, '주차장유형')}주차장)",
        f"주소: {address(row)}",
        f"주차면수: {_f(row, '주차구획수')}면",
        f"운영: {_f(row, '운영요일')} {hours(row)}",
        f"요금: {fee(row)}",
        f"문의: {agency(row)} ☎ {tel}",
    ]
    query = quote(name(row))

    def button(title: str, url: str) -> list[dict[str, Any]]:
        action = {"type": "link", "data": {"url": url, "mobileUrl": url}}
        data = {"type": "button", "title": title, "data": {"type": "basic", "action": action}}
        return [{"rowSpan": 1, "colSpan": 1, "data": data}]

    response = {
        "version": "v2",
        "userId": user,
        "sessionId": session,
        "timestamp": stamp,
        "bubbles": [
            {"type": "text", "data": {"description": "\n".join(lines)}},
            {
                "type": "template",
                "data": {
                    "cover": {"type": "text", "data": {"description": f"{name(row)} 안내"}},
                    "contentTable": [
                        button("지도 보기", f"https://map.naver.com/p/search/{query}"),
                        button("전화 문의", f"tel:{tel}"),
                    ],
                },
            },
        ],
        "scenario": {"name": rng.choice(QUESTIONS).format(name(row)), "intent": ["주차장안내"]},
        "event": "send",
    }
    return json.dumps(response, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "cubrid_loaddb": cubrid_loaddb,
    "kakao_map_html": kakao_map_html,
    "tui_grid_js": tui_grid_js,
    "clova_chatbot_json": clova_chatbot_json,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone field
    labelled."""
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
