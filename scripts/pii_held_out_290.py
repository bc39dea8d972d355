"""held_out_290 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of free meal centres, 전국무료급식소표준데이터, provided by
the local governments; Korea's earlier parts took other registers) exactly as published, in
layouts no earlier part has, beside the register's own names, addresses, operating bodies,
meal times and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets) and many others; here:

* the values are the ``전화번호`` (telephone) field of 500 free meal centres, a seeded sample
  of the first row of each distinct number, rows a private person operates left out
  (``scripts/data/pii_kr_free_meal_centres.json``, written by
  ``scripts/kr_free_meal_centres_data.py``; source and licence in that file): South Korean
  numbers as the file writes them, area code, exchange and line joined by hyphens
  (``061-240-3733``, ``02-895-5973``, ``031-8036-4950``, ``070-7750-5831``), each copy
  labelled;
* the text around them is the same row's real fields: the centre's name, road and lot-number
  addresses, operating body, place, the people it feeds, meal times and days, start and end of
  operation, coordinates, reference date and the providing body's name and code, with invented
  service ids, programme registration numbers, departments, recruiting dates, counts and
  category numbers, unlabelled and scored;
* in layouts no earlier part has, Korean welfare, volunteering, blog and map formats, text in
  Korean: responses of the Korea Social Security Information Service's local-government
  welfare service detail API (복지로 ``LcgvWelfaredetailed``, XML ``wantedDtl``: the centre's
  meal service with the number in ``aplyMtdCn`` and as ``wlfareInfoReldCn`` of
  ``inqplCtadrList``), responses of the 1365 volunteering portal's programme detail API
  (``getVltrPartcptnItem``, XML: an invented call for meal-serving volunteers with the number
  as ``telno`` and in ``progrmCn``), Naver Blog write-post API calls (a shell script running
  ``curl`` against ``https://openapi.naver.com/blog/writePost.json`` with ``--data-urlencode``
  title and HTML contents naming the number twice) and Naver Maps JavaScript API v3 pages (an
  HTML page with a marker at the row's coordinates, or a geocoded address, and an
  ``InfoWindow`` with the number as a ``tel:`` link and its text).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_290.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
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
ROWS = ROOT / "scripts" / "data" / "pii_kr_free_meal_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_290.jsonl.gz"
SPLIT = "held_out_290"

LAYOUTS = ("bokjiro_xml", "vms1365_xml", "naver_blog_curl", "naver_maps_html")
PHONE = "전화번호"
EDGES = {"phone": r"\d"}
DAYS = "월화수목금토일"
# the provinces' codes in the public bodies' standard codes, as the 1365 portal's ``sidoCd``
SIDO_CODES = {
    "서울특별시": "6110000", "부산광역시": "6260000", "대구광역시": "6270000",
    "인천광역시": "6280000", "광주광역시": "6290000", "대전광역시": "6300000",
    "울산광역시": "6310000", "세종특별자치시": "5690000", "경기도": "6410000",
    "강원특별자치도": "6530000", "강원도": "6420000", "충청북도": "6430000", "충청남도": "6440000",
    "전북특별자치도": "6540000", "전라남도": "6460000", "경상북도": "6470000",
    "경상남도": "6480000", "제주특별자치도": "6500000",
}  # fmt: skip
# invented departments of a local government in charge of its meal services
DEPARTMENTS = ("주민복지과", "노인복지과", "복지정책과", "희망복지지원과", "노인장애인과")
# invented volunteer tasks at a meal service
TASKS = (
    ("배식 및 설거지 봉사자 모집", "배식 보조, 식판 정리와 설거지를 함께해 주실 분을 모십니다."),
    ("급식 보조 봉사자 모집", "식재료 손질과 배식, 식당 정리를 도와주실 분을 찾습니다."),
    ("어르신 식사 도우미 모집", "어르신 식사 안내와 배식, 뒷정리를 함께해 주세요."),
    ("도시락 포장 및 배달 봉사", "도시락 포장과 거동이 불편한 분께 배달을 함께합니다."),
)  # fmt: skip
NOTES = (
    "앞치마와 위생모는 기관에서 준비합니다.",
    "봉사 시작 10분 전까지 도착해 주세요.",
    "건강상태가 좋지 않으면 미리 연락 바랍니다.",
)  # fmt: skip

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The centre's telephone as published, stripped."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The centre's name as the register writes it (``임자면 종합복지회관``)."""
    return _f(row, "시설명")


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
    """The road address as published, or the lot-number address where it has none."""
    return _f(row, "소재지도로명주소") or _f(row, "소재지지번주소")


def _region(row: dict[str, Any]) -> tuple[str, str]:
    """The province and the city, county or district the address names (``전라남도``,
    ``신안군``; the second empty where the address names none)."""
    parts = address(row).split()
    province = parts[0] if parts else ""
    for known in SIDO_CODES:  # a province written without the blank after it
        if province.startswith(known) and province != known:
            parts[:1] = [known, province[len(known) :]]
            province = known
    local = parts[1] if len(parts) > 1 and parts[1][-1:] in ("시", "군", "구") else ""
    return province, local


def _ymd(value: str) -> str:
    """A published date (``2024-01-01``) as the APIs write it (``20240101``), "" if none."""
    return value.replace("-", "") if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else ""


def _hours(row: dict[str, Any]) -> tuple[int, int]:
    """The first and last hour the meal times name (11 to 13 where they name none)."""
    found = [int(h) for h in re.findall(r"(\d{1,2})\s*(?::|시)", _f(row, "급식시간"))]
    found = [h for h in found if 5 <= h <= 21]
    if not found:
        return 11, 13
    return min(found), max(max(found), min(found) + 1)


def _weekdays(row: dict[str, Any]) -> str:
    """The meal days as the 1365 portal's seven flags, Monday first (``1111100``)."""
    days = _f(row, "급식요일")
    span = re.search(f"([{DAYS}])\\s*[~∼-]\\s*([{DAYS}])", days)
    if span:
        a, b = DAYS.index(span[1]), DAYS.index(span[2])
        return "".join("1" if a <= i <= b else "0" for i in range(7))
    flags = "".join("1" if d in days else "0" for d in DAYS)
    return flags if "1" in flags else "1111100"


def _life(row: dict[str, Any]) -> str:
    """The welfare API's life stages of the people the centre feeds."""
    target = _f(row, "급식대상")
    stages = []
    if any(w in target for w in ("아동", "청소년", "학생")):
        stages.append("아동")
    if any(w in target for w in ("노인", "어르신", "65세", "60세", "경로")):
        stages.append("노년")
    return "/".join(stages) or "청년/중장년/노년"


def _when(rng: random.Random) -> dt.date:
    """An invented day between January and September 2025."""
    return dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 260))


def _meals(row: dict[str, Any]) -> list[str]:
    """The place, people, meal times and days, as ``label: value`` lines (those published)."""
    lines = []
    for label, key in (("급식장소", "급식장소"), ("급식대상", "급식대상"),
                       ("급식시간", "급식시간"), ("급식요일", "급식요일")):  # fmt: skip
        if _f(row, key):
            lines.append(f"{label}: {_f(row, key)}")
    return lines


def bokjiro_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A response of the Korea Social Security Information Service's local-government welfare
    service detail API (복지로 ``LcgvWelfaredetailed``, XML on one line as it returns it):
    ``wantedDtl`` with the result, an invented service id, the centre's meal service, the
    province and district, an invented department of the providing government, the dates of
    operation and the reference date, the life stages, the people it feeds, the address and
    meals, the way to apply ending with the number, the view count and one
    ``inqplCtadrList`` with the operating body and the number."""
    province, local = _region(row)
    provider = _f(row, "제공기관명")
    operator = _f(row, "운영기관명") or name(row)
    dept = f"{provider.split()[-1]} {rng.choice(DEPARTMENTS)}"
    alw = " ".join(f"○ {line}" for line in [f"주소: {address(row)}", *_meals(row)])
    fields = (
        ("servId", f"WLF{rng.randint(1, 99999999):08d}"),
        ("servNm", f"{name(row)} 무료급식 지원"),
        ("servDgst", f"{_f(row, '급식대상') or '결식 우려 주민'}에게 {name(row)}에서 무료로 "
                     "식사를 제공합니다."),
        ("ctpvNm", province),
        ("sggNm", local),
        ("bizChrDeptNm", dept),
        ("enfcBgngYmd", _ymd(_f(row, "운영시작일자"))),
        ("enfcEndYmd", _ymd(_f(row, "운영종료일자"))),
        ("lastModYmd", _ymd(_f(row, "데이터기준일자"))),
        ("lifeNmArray", _life(row)),
        ("intrsThemaNmArray", "생활지원"),
        ("trgterIndvdlNmArray", "저소득"),
        ("sprtCycNm", "수시"),
        ("srvPvsnNm", "서비스(일자리, 돌봄 등)"),
        ("aplyMtdNm", "방문/전화"),
        ("sprtTrgtCn", _f(row, "급식대상")),
        ("slctCritCn", "읍면동 행정복지센터 또는 운영기관이 급식 대상 여부를 확인합니다."),
        ("alwServCn", alw),
        ("aplyMtdCn", f"운영기관({operator})에 방문 또는 전화로 신청 (☎ {phone(row)})"),
        ("inqNum", str(rng.randint(3, 4800))),
    )  # fmt: skip
    body = "".join(f"<{tag}>{escape(value)}</{tag}>" for tag, value in fields)
    contact = (
        "<inqplCtadrList><wlfareInfoDtlCd>010</wlfareInfoDtlCd>"
        f"<wlfareInfoReldNm>{escape(operator)}</wlfareInfoReldNm>"
        f"<wlfareInfoReldCn>{escape(phone(row))}</wlfareInfoReldCn></inqplCtadrList>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><wantedDtl>'
        "<resultCode>0</resultCode><resultMessage>SUCCESS</resultMessage>"
        f"{body}{contact}</wantedDtl>\n"
    )


def vms1365_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A response of the 1365 volunteering portal's programme detail API
    (``VolunteerPartcptnService/getVltrPartcptnItem``, XML on one line): one ``item`` of an
    invented call for volunteers at the centre's meals: the hours and days of its meals, its
    place, the operating body as recruiting body and the centre as registering one, the
    person in charge masked ``○○○``, the number as ``telno``, the address, invented dates,
    counts and registration number, and ``progrmCn`` naming the number."""
    title, task = rng.choice(TASKS)
    begin, end = _hours(row)
    start = _when(rng)
    notice_end = start - dt.timedelta(days=rng.randint(1, 10))
    notice_begin = notice_end - dt.timedelta(days=rng.randint(14, 40))
    program_end = start + dt.timedelta(days=rng.choice((0, 27, 60, 90)))
    province, _ = _region(row)
    wanted = rng.randint(2, 8)
    content = "\n".join([
        f"{name(row)}에서 함께할 자원봉사자를 모집합니다.",
        task,
        *_meals(row),
        rng.choice(NOTES),
        f"문의: {_f(row, '운영기관명') or name(row)} {phone(row)}",
    ])  # fmt: skip
    fields = (
        ("actBeginTm", str(begin)), ("actEndTm", str(end)),
        ("actPlace", _f(row, "급식장소") or name(row)), ("actWkdy", _weekdays(row)),
        ("adultPosblAt", "Y"), ("appTotal", str(rng.randint(0, wanted))), ("email", ""),
        ("familyPosblAt", rng.choice(("Y", "N"))), ("fxnum", ""), ("grpPosblAt", "Y"),
        ("gugunCd", _f(row, "제공기관코드")), ("mnnstNm", _f(row, "운영기관명") or name(row)),
        ("nanmmbyNm", name(row)), ("nanmmbyNmAdmn", "○○○"),
        ("noticeBgnde", f"{notice_begin:%Y%m%d}"), ("noticeEndde", f"{notice_end:%Y%m%d}"),
        ("pbsvntPosblAt", "N"), ("postAdres", address(row)),
        ("progrmBgnde", f"{start:%Y%m%d}"), ("progrmCn", content),
        ("progrmEndde", f"{program_end:%Y%m%d}"),
        ("progrmRegistNo", str(rng.randint(2800000, 3399999))),
        ("progrmSj", f"[{name(row)}] {title}"), ("progrmSttusSe", rng.choice(("1", "2"))),
        ("rcritNmpr", str(wanted)), ("sidoCd", SIDO_CODES.get(province, "")),
        ("srvcClCode", "생활편의지원 > 급식지원"), ("telno", phone(row)),
        ("yngbgsPosblAt", rng.choice(("Y", "N"))),
    )  # fmt: skip
    item = "".join(f"<{tag}>{escape(value)}</{tag}>" for tag, value in fields)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><response><header>'
        "<resultCode>00</resultCode><resultMsg>NORMAL SERVICE.</resultMsg></header>"
        f"<body><items><item>{item}</item></items></body></response>\n"
    )


def _sq(value: str) -> str:
    """``value`` in single quotes for the shell."""
    return "'" + value.replace("'", "'\\''") + "'"


def naver_blog_curl(row: dict[str, Any], rng: random.Random) -> str:
    """A Naver Blog write-post API call as a shell script (``curl`` with a bearer token from
    the environment against ``https://openapi.naver.com/blog/writePost.json``, the fields by
    ``--data-urlencode``): an invented post of the centre's meals, its HTML contents with the
    address, operating body and number, the meals and a closing line naming the number again,
    and an invented category number."""
    month = _when(rng).month
    html = [
        f"<p>{escape(name(row))}의 {month}월 무료급식 안내입니다.</p>",
        f"<p>주소: {escape(address(row))}</p>",
        f"<p>운영기관: {escape(_f(row, '운영기관명') or name(row))} (☎ {escape(phone(row))})</p>",
        "<ul>",
        *(f"<li>{escape(line)}</li>" for line in _meals(row)),
        "</ul>",
        f"<p>처음 오시는 분은 {escape(phone(row))}로 먼저 전화해 주세요.</p>",
    ]  # fmt: skip
    lines = [
        "#!/bin/sh",
        f"# {name(row)} - 네이버 블로그 글쓰기 API",
        'curl -sS -X POST "https://openapi.naver.com/blog/writePost.json" \\',
        '  -H "Authorization: Bearer ${NAVER_ACCESS_TOKEN}" \\',
        f"  --data-urlencode {_sq(f'title=[{name(row)}] {month}월 무료급식 안내')} \\",
        f"  --data-urlencode {_sq('contents=' + ''.join(html))} \\",
        f"  --data-urlencode 'categoryNo={rng.randint(1, 12)}'",
    ]
    return "\n".join(lines) + "\n"


def naver_maps_html(row: dict[str, Any], rng: random.Random) -> str:
    """A Naver Maps JavaScript API v3 page (``maps.js`` with a placeholder client id): a map
    centred on the row's coordinates (or, where it has none, on the geocoded road address by
    the geocoder submodule), a marker with the centre's name, and an ``InfoWindow`` whose HTML
    names the centre, address, meal times and the number as a ``tel:`` link and its text."""
    lat, lng = _f(row, "위도"), _f(row, "경도")
    zoom = rng.choice((15, 16, 17))
    info = [
        '<div class="iw_inner" style="padding:10px;">',
        f"<h3>{escape(name(row))}</h3>",
        f"<p>{escape(address(row))}<br>",
        *(f"{escape(line)}<br>" for line in _meals(row)[2:]),
        f'문의: <a href="tel:{escape(phone(row))}">{escape(phone(row))}</a></p>',
        "</div>",
    ]
    js_info = ",\n    ".join(json.dumps(part, ensure_ascii=False) for part in info)
    show = [
        "  var marker = new naver.maps.Marker({position: position, map: map, "
        f"title: {json.dumps(name(row), ensure_ascii=False)}}});",
        "  var infowindow = new naver.maps.InfoWindow({content: [",
        f"    {js_info}",
        '  ].join("")});',
        '  naver.maps.Event.addListener(marker, "click", function () {',
        "    if (infowindow.getMap()) { infowindow.close(); }"
        " else { infowindow.open(map, marker); }",
        "  });",
        "  infowindow.open(map, marker);",
    ]
    submodules = ""
    if lat and lng:
        script = [
            f"var position = new naver.maps.LatLng({lat}, {lng});",
            f'var map = new naver.maps.Map("map", {{center: position, zoom: {zoom}}});',
            "(function () {",
            *show,
            "})();",
        ]
    else:
        submodules = "&submodules=geocoder"
        query = json.dumps(address(row), ensure_ascii=False)
        script = [
            f'var map = new naver.maps.Map("map", {{zoom: {zoom}}});',
            f"naver.maps.Service.geocode({{query: {query}}}, function (status, response) {{",
            "  if (status !== naver.maps.Service.Status.OK) { return; }",
            "  var item = response.v2.addresses[0];",
            "  var position = new naver.maps.LatLng(item.y, item.x);",
            "  map.setCenter(position);",
            *show,
            "});",
        ]
    page = [
        "<!DOCTYPE html>",
        '<html lang="ko">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(name(row))} 오시는 길</title>",
        '<script src="https://oapi.map.naver.com/openapi/v3/maps.js?ncpKeyId=YOUR_CLIENT_ID'
        f'{submodules}"></script>',
        "</head>",
        "<body>",
        '<div id="map" style="width:100%;height:400px;"></div>',
        "<script>",
        *script,
        "</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(page) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "bokjiro_xml": bokjiro_xml,
    "vms1365_xml": vms1365_xml,
    "naver_blog_curl": naver_blog_curl,
    "naver_maps_html": naver_maps_html,
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
