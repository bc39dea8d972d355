"""held_out_146 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of museums and art galleries, provided by the Ministry of
Culture, Sports and Tourism and local governments; Korea's earlier parts took the standard data
of public libraries and of tourist sites) exactly as published, in layouts no earlier part has,
beside the register's own names, addresses, coordinates, hours, fees and codes.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of KR (public libraries, tourist sites), JP, TW, CN, HK and many
others; here:

* the values are the ``운영기관전화번호`` (the operating body's phone) and
  ``관리기관전화번호`` (the managing body's phone) fields of 400 museums and art galleries
  (``scripts/data/pii_kr_museums.json``, written by ``scripts/kr_museums_data.py``; source and
  licence in that file): South Korean numbers as the file writes them, area code, exchange and
  line joined by hyphens (``042-930-7332``, ``02-2286-3410``, ``031-8008-4605``,
  ``070-8872-6718``), national representative numbers (``1577-7766``), ``0507`` numbers cut to
  eleven digits (``0507-1406-112``), one with a ``+`` after it (``055-880-2835+``, the number
  labelled without it), each copy labelled under its column; the managing body's number is
  written only where it is a number of its own (not the operating one, not a placeholder of
  zeros);
* the text around them is the same row's real fields: the name, kind (``국립``, ``공립``,
  ``사립``, ``대학``), road and lot-number addresses, coordinates, operating and managing
  bodies' names, web page, opening times, closing days, fees, the reference date and the
  providing body's name and code (``6300000``, seven digits), with invented URLs, ids, Wikidata
  item, page and revision ids, statement GUIDs, hashes, canvas sizes, document numbers and
  dates, unlabelled and scored;
* in layouts no earlier part has, cultural-heritage, messaging, word-processor and knowledge-base
  formats, text in Korean: IIIF Presentation API 3.0 manifests of the museum's visitor leaflet
  (JSON-LD: ``summary`` naming the number, a ``metadata`` entry ``전화번호``, the managing
  body's number as another entry, ``requiredStatement``, ``provider``, a ``navPlace`` point and
  image canvases), KakaoTalk feed message templates of the Kakao Developers Message API (JSON
  ``template_object``: the number in the ``description`` and as an ``item_content`` item, the
  managing body's number as another item, Kakao Map buttons), HWPX (OWPML, KS X 6101) section
  parts of an official letter, ``Contents/section0.xml`` (``hp:p`` paragraphs of ``hp:t`` runs:
  the number in the enquiry item and again in the letter's foot, the managing body's number as
  its own item) and Wikidata entity JSON as ``Special:EntityData`` returns it (the number once,
  as a ``P1329`` statement, beside ``P31``, ``P17``, ``P625``, ``P6375`` and ``P856``, with
  references to the data set).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_146.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_museums.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_146.jsonl.gz"
SPLIT = "held_out_146"

LAYOUTS = ("iiif_manifest", "kakao_feed_template", "hwpx_section", "wikidata_entity")
PHONE, MANAGER = "운영기관전화번호", "관리기관전화번호"
KST = dt.timezone(dt.timedelta(hours=9))
DATASET = "전국박물관미술관정보표준데이터"
DATASET_URL = "https://www.data.go.kr/data/15017323/standard.do"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented offices that sign the official letters (no real document is meant)
OFFICES = ("학예연구실", "운영지원팀", "교육홍보팀", "전시운영팀", "관리팀")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's operating body's phone field as published, stripped."""
    return _f(row, PHONE)


def manager(row: dict[str, Any]) -> str:
    """The managing body's phone field where it is a number of its own: six digits or more,
    not all zeros, neither the operating body's number nor a part of it nor holding it; ""
    otherwise."""
    value, tel = _f(row, MANAGER), phone(row)
    digits = [c for c in value if c.isdigit()]
    if len(digits) < 6 or set(digits) == {"0"} or value in tel or tel in value:
        return ""
    return value


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's operating and managing bodies' phone
    fields labelled under their columns (each copy stands apart: no digit next to it)."""
    values = [("phone", phone(row)), ("manager", manager(row))]
    edges = {"phone": r"\d", "manager": r"\d"}
    columns = {"phone": PHONE, "manager": MANAGER}
    return field_copies(text, values, edges, columns, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 or early 2025 (KST)."""
    start = dt.datetime(2024, 11, 4, 9, 0, tzinfo=KST)
    return start + dt.timedelta(seconds=rng.randint(0, 200 * 86400))


def _gallery(row: dict[str, Any]) -> bool:
    """Whether the place is an art gallery (미술관) rather than a museum (박물관) by its name."""
    return "미술관" in _f(row, "시설명")


def _noun(row: dict[str, Any]) -> str:
    return "미술관" if _gallery(row) else "박물관"


def _operator(row: dict[str, Any]) -> str:
    """The operating body's name, or the place's own where the row names none."""
    return _f(row, "운영기관명") or _f(row, "시설명")


def _homepage(row: dict[str, Any]) -> str:
    """The web page as published where it is an ``http`` URL, "" otherwise."""
    value = _f(row, "운영홈페이지")
    return value if value.startswith(("http://", "https://")) else ""


def _hours(row: dict[str, Any], which: str) -> str:
    """Opening and closing time of weekdays (``평일``) or holidays (``공휴일``), ``09:00~18:00``."""
    start, end = _f(row, f"{which}관람시작시각"), _f(row, f"{which}관람종료시각")
    return f"{start}~{end}" if start and end else ""


def _won(value: str) -> str:
    """A fee as written in a notice, ``19,000원`` (``무료`` for 0), the published digits
    grouped."""
    if not value.isdigit():
        return value
    return "무료" if int(value) == 0 else f"{int(value):,}원"


def _fees(row: dict[str, Any]) -> str:
    """Adult, youth and child fees, with the fee note where there is one."""
    parts = [
        f"{who} {_won(_f(row, column))}"
        for who, column in (("어른", "어른관람료"), ("청소년", "청소년관람료"),
                            ("어린이", "어린이관람료"))
        if _f(row, column)
    ]  # fmt: skip
    note = _f(row, "관람료기타정보")
    return ", ".join(parts) + (f" ({note})" if note else "")


def _region(row: dict[str, Any]) -> str:
    """The province and city or district, the road address's first two words."""
    return " ".join(_f(row, "소재지도로명주소").split()[:2])


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def iiif_manifest(row: dict[str, Any], rng: random.Random) -> str:
    """A IIIF Presentation API 3.0 manifest of an invented visitor leaflet of the place: the
    navPlace extension's context, a ``label`` and a ``summary`` naming the number, ``metadata``
    label/value pairs (kind, addresses, hours, closing days, fees, ``전화번호``, the managing
    body and its number where it has one of its own, the providing body and its code),
    ``requiredStatement`` crediting the data set, ``rights``, an invented ``navDate``, the
    operating body as ``provider`` with its web page, a ``navPlace`` point of the row's
    coordinates and two image canvases with an invented IIIF image service."""
    name, tel = _f(row, "시설명"), phone(row)
    slug = f"kr-{'gallery' if _gallery(row) else 'museum'}-{rng.randint(10000, 99999)}"
    base = f"https://iiif.leaflet-archive.kr/iiif/3/{slug}"
    images = f"https://iiif.leaflet-archive.kr/images/{slug}"
    pages = rng.choice((2, 4, 6))

    def pair(label: str, value: str) -> dict[str, Any]:
        return {"label": {"ko": [label]}, "value": {"ko": [value]}}

    metadata = [pair("시설명", name), pair("구분", f"{_f(row, '박물관미술관구분')} {_noun(row)}")]
    metadata.append(pair("소재지", _f(row, "소재지도로명주소")))
    if _f(row, "소재지지번주소"):
        metadata.append(pair("지번주소", _f(row, "소재지지번주소")))
    if _hours(row, "평일"):
        metadata.append(
            pair("관람시간", f"평일 {_hours(row, '평일')}, 공휴일 {_hours(row, '공휴일')}")
        )
    if _f(row, "휴관정보"):
        metadata.append(pair("휴관일", _f(row, "휴관정보")))
    if _fees(row):
        metadata.append(pair("관람료", _fees(row)))
    metadata.append(pair("전화번호", tel))
    if manager(row):
        who = _f(row, "관리기관명")
        metadata.append(pair("관리기관 전화번호", f"{who} {manager(row)}" if who else manager(row)))
    metadata.append(pair("제공기관", f"{_f(row, '제공기관명')} ({_f(row, '제공기관코드')})"))
    when = _when(rng)
    provider: dict[str, Any] = {
        "id": _homepage(row) or f"https://iiif.leaflet-archive.kr/agents/{slug}",
        "type": "Agent",
        "label": {"ko": [_operator(row)]},
    }
    if _homepage(row):
        provider["homepage"] = [
            {"id": _homepage(row), "type": "Text", "label": {"ko": [name]}, "format": "text/html"}
        ]
    width, height = rng.choice(((1754, 2480), (2480, 3508), (1240, 1754)))
    canvases = []
    for page in range(1, pages + 1):
        canvas = f"{base}/canvas/p{page}"
        canvases.append(
            {
                "id": canvas,
                "type": "Canvas",
                "label": {"ko": ["앞면" if page == 1 else f"{page}쪽"]},
                "height": height,
                "width": width,
                "items": [
                    {
                        "id": f"{base}/page/p{page}/1",
                        "type": "AnnotationPage",
                        "items": [
                            {
                                "id": f"{base}/annotation/p{page:04d}-image",
                                "type": "Annotation",
                                "motivation": "painting",
                                "body": {
                                    "id": f"{images}/p{page}/full/max/0/default.jpg",
                                    "type": "Image",
                                    "format": "image/jpeg",
                                    "height": height,
                                    "width": width,
                                    "service": [
                                        {
                                            "id": f"{images}/p{page}",
                                            "type": "ImageService3",
                                            "profile": "level1",
                                        }
                                    ],
                                },
                                "target": canvas,
                            }
                        ],
                    }
                ],
            }
        )
    manifest = {
        "@context": [
            "http://iiif.io/api/extension/navplace/context.json",
            "http://iiif.io/api/presentation/3/context.json",
        ],
        "id": f"{base}/manifest.json",
        "type": "Manifest",
        "label": {"ko": [f"{name} 관람 안내 리플릿"]},
        "summary": {"ko": [f"{name}의 관람 안내 리플릿({pages}쪽). 관람 문의: {tel}"]},
        "metadata": metadata,
        "requiredStatement": {
            "label": {"ko": ["출처"]},
            "value": {"ko": [f"{_f(row, '제공기관명')}, {DATASET} ({_f(row, '데이터기준일자')})"]},
        },
        "rights": "http://creativecommons.org/licenses/by/4.0/",
        "navDate": f"{when:%Y-%m-%d}T00:00:00+09:00",
        "navPlace": {
            "id": f"{base}/feature-collection/1",
            "type": "FeatureCollection",
            "features": [
                {
                    "id": f"{base}/feature/1",
                    "type": "Feature",
                    "properties": {"label": {"ko": [name]}},
                    "geometry": {
                        "type": "Point",
                        "coordinates": [float(_f(row, "경도")), float(_f(row, "위도"))],
                    },
                }
            ],
        },
        "provider": [provider],
        "items": canvases,
    }
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"


def kakao_feed_template(row: dict[str, Any], rng: random.Random) -> str:
    """A KakaoTalk feed message template (``object_type`` ``feed``) as the Kakao Developers
    Message API takes it in ``template_object``: ``content`` with the title, a description
    naming the kind, address and number, an invented image on Kakao's CDN and a link;
    ``item_content`` with the operating body as profile text and up to five items (hours,
    closing days, adult fee, ``전화`` with the number, ``관리기관`` with the managing body's
    number where it has one of its own) and the fee sum; two buttons, the web page and Kakao
    Map's directions link with the name and coordinates."""
    name, tel = _f(row, "시설명"), phone(row)
    lat, lon = _f(row, "위도"), _f(row, "경도")
    page = _homepage(row) or f"https://map.kakao.com/link/map/{name},{lat},{lon}"
    link = {"web_url": page, "mobile_web_url": page}
    items = []
    if _hours(row, "평일"):
        items.append({"item": "관람시간", "item_op": _hours(row, "평일")})
    if _f(row, "휴관정보"):
        items.append({"item": "휴관일", "item_op": _f(row, "휴관정보")})
    if _f(row, "어른관람료"):
        items.append({"item": "어른", "item_op": _won(_f(row, "어른관람료"))})
    items.append({"item": "전화", "item_op": tel})
    if manager(row):
        items.append({"item": "관리기관", "item_op": manager(row)})
    paid = any(_f(row, c) not in ("", "0") for c in ("어른관람료", "청소년관람료", "어린이관람료"))
    token = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                    for _ in range(10))  # fmt: skip
    template = {
        "object_type": "feed",
        "content": {
            "title": f"{name} 관람 안내",
            "description": f"{_f(row, '박물관미술관구분')} {_noun(row)} · "
            f"{_f(row, '소재지도로명주소')}\n관람 문의 ☎ {tel}",
            "image_url": f"http://k.kakaocdn.net/dn/{token}/kakaolink40_original.png",
            "image_width": 800,
            "image_height": rng.choice((400, 420, 800)),
            "link": link,
        },
        "item_content": {
            "profile_text": _operator(row),
            "title_image_text": name,
            "title_image_category": f"{_region(row)} {_noun(row)}",
            "items": items,
            "sum": "관람료",
            "sum_op": "유료" if paid else "무료",
        },
        "buttons": [
            {"title": "홈페이지" if _homepage(row) else "지도 보기", "link": link},
            {
                "title": "길찾기",
                "link": {
                    "web_url": f"https://map.kakao.com/link/to/{name},{lat},{lon}",
                    "mobile_web_url": f"https://map.kakao.com/link/to/{name},{lat},{lon}",
                },
            },
        ],
    }
    return json.dumps(template, ensure_ascii=False, indent=2) + "\n"


HWPX_NS = (
    'xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
    'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
    'xmlns:hp10="http://www.hancom.co.kr/hwpml/2016/paragraph" '
    'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
    'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
    'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head"'
)
SEC_PR = (
    '<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" '
    'outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
    '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>'
    '<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
    '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
    '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" '
    'bottom="4252"/></hp:pagePr></hp:secPr>'
)


def hwpx_section(row: dict[str, Any], rng: random.Random) -> str:
    """The section part (``Contents/section0.xml``) of a HWPX document (OWPML, KS X 6101) as
    Hangul writes it: an official letter of the place (the body's name, 수신, 제목, the numbered
    items with its address, hours, closing days, fees and the enquiry line naming the number,
    the managing body's number as an item of its own where it has one, 끝., the sender, and the
    letter's foot with an invented document number and date, the address, web page and the
    number again after ``전화번호``), one ``hp:p`` per line, the first holding the ``hp:secPr``."""
    name, tel = _f(row, "시설명"), phone(row)
    when = _when(rng)
    office = rng.choice(OFFICES)
    number = f"{office}-{rng.randint(120, 4800)}"
    items = [f"1. 관련: {_f(row, '제공기관명')} {DATASET}({_f(row, '데이터기준일자')})"]
    items.append(
        f"2. {name}의 관람 안내를 다음과 같이 알려드리오니 단체 관람에 참고하시기 바랍니다."
    )
    items.append(f"  가. 소재지: {_f(row, '소재지도로명주소')}")
    letters = iter("나다라마바사")
    if _hours(row, "평일"):
        items.append(f"  {next(letters)}. 관람시간: 평일 {_hours(row, '평일')}, "
                     f"공휴일 {_hours(row, '공휴일')}")  # fmt: skip
    if _f(row, "휴관정보"):
        items.append(f"  {next(letters)}. 휴관일: {_f(row, '휴관정보')}")
    if _fees(row):
        items.append(f"  {next(letters)}. 관람료: {_fees(row)}")
    items.append(f"  {next(letters)}. 문의: {_operator(row)}(☎ {tel})")
    if manager(row):
        who = _f(row, "관리기관명") or "관리기관"
        items.append(f"  {next(letters)}. 관리기관: {who}(☎ {manager(row)})")
    foot = [f"시행 {number}({when.year}. {when.month}. {when.day}.)  접수"]
    foot.append(
        f"주소 {_f(row, '소재지도로명주소')}" + (f" / {_homepage(row)}" if _homepage(row) else "")
    )
    foot.append(f"전화번호 {tel} / 공개구분 대국민공개")
    lines = [_operator(row), "수신  수신자 참조", "(경유)",
             f"제목  {name} 관람 안내 및 단체관람 협조 요청", *items, "끝.", "",
             f"{name}장", *foot]  # fmt: skip

    def paragraph(text: str, first: bool, vert: int) -> str:
        run = f"{SEC_PR if first else ''}<hp:t>{escape(text)}</hp:t>" if text else (
            SEC_PR if first else "")  # fmt: skip
        return (
            '<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" '
            f'merged="0"><hp:run charPrIDRef="0">{run}</hp:run><hp:linesegarray>'
            f'<hp:lineseg textpos="0" vertpos="{vert}" vertsize="1000" textheight="1000" '
            'baseline="850" spacing="600" horzpos="0" horzsize="42520" flags="393216"/>'
            "</hp:linesegarray></hp:p>"
        )

    body = [paragraph(text, i == 0, i * 1600) for i, text in enumerate(lines)]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
        f"<hs:sec {HWPX_NS}>\n" + "\n".join(body) + "\n</hs:sec>\n"
    )


def _guid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()


def _snak_hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


def wikidata_entity(row: dict[str, Any], rng: random.Random) -> str:
    """The place's item as Wikidata's ``Special:EntityData/Q….json`` returns it (one line of
    Wikibase JSON): an invented item id, page id and last revision id, the modified time, the
    Korean label and description, and statements ``P31`` (museum or art museum), ``P17``
    (South Korea), ``P625`` (the row's coordinates), ``P6375`` (the road address), ``P1329``
    (the number, once) and ``P856`` (the web page where it is a URL), each with invented
    statement GUIDs and a reference to the data set (``P854``, ``P813`` the reference date)."""
    name, tel = _f(row, "시설명"), phone(row)
    qid = f"Q{rng.randint(136_000_000, 139_999_999)}"
    when = _when(rng)
    retrieved = f"+{_f(row, '데이터기준일자')}T00:00:00Z"
    reference = {
        "hash": _hex(rng, 40),
        "snaks": {
            "P854": [{"snaktype": "value", "property": "P854",
                      "datavalue": {"value": DATASET_URL, "type": "string"}, "datatype": "url"}],
            "P813": [{"snaktype": "value", "property": "P813",
                      "datavalue": {"value": {"time": retrieved, "timezone": 0, "before": 0,
                                              "after": 0, "precision": 11,
                                              "calendarmodel":
                                                  "http://www.wikidata.org/entity/Q1985727"},
                                    "type": "time"},
                      "datatype": "time"}],
        },
        "snaks-order": ["P854", "P813"],
    }  # fmt: skip

    def statement(prop: str, value: Any, kind: str, datatype: str) -> list[dict[str, Any]]:
        return [
            {
                "mainsnak": {
                    "snaktype": "value",
                    "property": prop,
                    "hash": _snak_hash(qid, prop, json.dumps(value, ensure_ascii=False)),
                    "datavalue": {"value": value, "type": kind},
                    "datatype": datatype,
                },
                "type": "statement",
                "id": f"{qid}${_guid(rng)}",
                "rank": "normal",
                "references": [reference],
            }
        ]

    def item(numeric: int) -> dict[str, Any]:
        return {"entity-type": "item", "numeric-id": numeric, "id": f"Q{numeric}"}

    claims = {
        "P31": statement("P31", item(207694 if _gallery(row) else 33506),
                         "wikibase-entityid", "wikibase-item"),
        "P17": statement("P17", item(884), "wikibase-entityid", "wikibase-item"),
        "P625": statement("P625", {"latitude": float(_f(row, "위도")),
                                   "longitude": float(_f(row, "경도")), "altitude": None,
                                   "precision": 1.0e-6,
                                   "globe": "http://www.wikidata.org/entity/Q2"},
                          "globecoordinate", "globe-coordinate"),
        "P6375": statement("P6375", {"text": _f(row, "소재지도로명주소"), "language": "ko"},
                           "monolingualtext", "monolingualtext"),
        "P1329": statement("P1329", tel, "string", "string"),
    }  # fmt: skip
    if _homepage(row):
        claims["P856"] = statement("P856", _homepage(row), "string", "url")
    entity = {
        "pageid": rng.randint(130_000_000, 134_999_999),
        "ns": 0,
        "title": qid,
        "lastrevid": rng.randint(2_250_000_000, 2_320_000_000),
        "modified": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}",
        "type": "item",
        "id": qid,
        "labels": {"ko": {"language": "ko", "value": name}},
        "descriptions": {
            "ko": {"language": "ko", "value": f"대한민국 {_region(row)}의 {_noun(row)}"}
        },
        "aliases": {},
        "claims": claims,
        "sitelinks": {},
    }
    return json.dumps({"entities": {qid: entity}}, ensure_ascii=False, separators=(",", ":"))


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "iiif_manifest": iiif_manifest,
    "kakao_feed_template": kakao_feed_template,
    "hwpx_section": hwpx_section,
    "wikidata_entity": wikidata_entity,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone fields labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
