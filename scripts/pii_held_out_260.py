"""held_out_260 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of urban parks, 전국도시공원정보표준데이터; Korea's
earlier parts took other registers) exactly as published, in layouts no earlier part has,
beside the register's own names, addresses, coordinates and managing bodies.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests) and many
others; here:

* the values are the ``전화번호`` fields (the managing body's number) of 528 urban parks, the
  first park of each distinct number (``scripts/data/pii_kr_city_parks.json``, written by
  ``scripts/kr_city_parks_data.py``; source and licence in that file): South Korean numbers as
  the file writes them, area code, exchange and line joined by hyphens (``062-360-7697``,
  ``02-2124-2800``, ``031-8075-4642``, one ``1670-8114``), each copy labelled;
* the text around them is the same row's real fields: the park's name, kind, road or lot-number
  address, coordinates, area, date of designation, management number (``29140-00053``),
  managing body and reference date, with invented POI ids, disaster-message serials and region
  ids, complaint numbers (``2AA-2407-0123456``), café and menu ids, dates and times, unlabelled
  and scored;
* in layouts no earlier part has, Korean map, public-safety and messenger formats, text in
  Korean: SK open API T map POI search responses (``/tmap/pois`` JSON: the park as a ``poi``
  with ``telNo`` and a ``desc`` repeating the number), the Ministry of the Interior and Safety's
  emergency disaster text messages as its open API ``DisasterMsg`` returns them (JSON: two
  ``row`` messages of the managing body, a closure and its lifting, each ending ``문의`` and the
  number), KakaoWork bot ``messages.send`` bodies assigning a park complaint (JSON ``blocks``:
  header, text, ``description`` items with the number as ``연락처``, a button) and Naver Cafe
  API article-writing requests (``curl`` to ``/v1/cafe/{clubid}/menu/{menuid}/articles`` with
  ``--data-urlencode`` subject and HTML content naming the number twice).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_260.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_city_parks.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_260.jsonl.gz"
SPLIT = "held_out_260"

LAYOUTS = ("tmap_poi", "disaster_msg", "kakaowork_bot", "naver_cafe")
PHONE = "전화번호"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# T map's short names of the provinces (``upperAddrName``)
SHORT = {
    "서울특별시": "서울", "부산광역시": "부산", "대구광역시": "대구", "인천광역시": "인천",
    "광주광역시": "광주", "대전광역시": "대전", "울산광역시": "울산", "세종특별자치시": "세종",
    "경기도": "경기", "강원도": "강원", "충청북도": "충북", "충청남도": "충남",
    "전라북도": "전북", "전라남도": "전남", "경상북도": "경북", "경상남도": "경남",
    "제주특별자치도": "제주",
}  # fmt: skip
# invented disaster messages about a park: (hazard, closing message, lifting message)
HAZARDS = (
    ("호우", "호우경보 발효로 {park} 산책로와 하천변 출입을 통제합니다. 안전에 유의 바랍니다.",
     "호우경보 해제로 {park} 출입 통제를 해제합니다."),
    ("폭염", "폭염경보 발효 중입니다. {park} 물놀이 시설 운영을 일시 중단합니다.",
     "{park} 물놀이 시설 운영을 재개합니다. 충분히 물을 드시기 바랍니다."),
    ("태풍", "태풍 북상으로 {park} 시설물 이용을 제한합니다. 외출을 자제해 주십시오.",
     "태풍 통과로 {park} 시설물 이용 제한을 해제합니다."),
    ("산불", "산불 위험이 높아 {park} 등산로 입산을 통제합니다. 화기 사용을 금지합니다.",
     "{park} 등산로 입산 통제를 해제합니다. 산불 예방에 협조 바랍니다."),
    ("한파", "한파로 {park} 산책로 결빙이 우려됩니다. 이용 시 미끄럼에 주의 바랍니다.",
     "{park} 산책로 제설을 마쳤습니다. 이용에 참고 바랍니다."),
)  # fmt: skip
# the months each hazard's messages are sent in
SEASONS = {
    "호우": range(6, 10), "폭염": range(6, 9), "태풍": range(7, 11),
    "산불": (1, 2, 3, 4, 5, 10, 11, 12), "한파": (1, 2, 12),
}  # fmt: skip
# invented complaints about a park's facilities
COMPLAINTS = (
    "놀이기구 파손 신고", "가로등 고장 신고", "벤치 파손 신고", "공중화장실 청소 요청",
    "수목 가지치기 요청", "운동기구 고장 신고", "음수대 고장 신고", "산책로 배수 불량",
    "쓰레기 무단 투기 신고", "반려견 목줄 미착용 계도 요청",
)  # fmt: skip
NEWS = (
    "산책로 정비 공사", "놀이터 바닥 교체 공사", "화장실 리모델링 공사", "야간 조명 설치 공사",
    "수목 병해충 방제 작업", "운동기구 교체 작업",
)  # fmt: skip
DESK = "https://park-desk.example.kr/complaints"  # an invented complaint desk


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this register does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (KST), on a one-minute step."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(minutes=rng.randint(0, 330 * 1440))


def _address(row: dict[str, Any]) -> str:
    """The road address, or the lot-number address where the row has no road address."""
    return _f(row, "소재지도로명주소") or _f(row, "소재지지번주소")


def _region(row: dict[str, Any]) -> str:
    """The province and its city, county or district of the address (``광주광역시 서구``,
    ``경기도 안산시 단원구``)."""
    words = _address(row).split()
    kept = words[:1]
    for word in words[1:3]:
        if not re.search(r"[시군구]$", word) or re.search(r"\d", word):
            break
        kept.append(word)
    return " ".join(kept)


def _manager(row: dict[str, Any]) -> str:
    """The managing body's name, or the providing body's where the row names none."""
    return _f(row, "관리기관명") or _f(row, "제공기관명")


def _sender(row: dict[str, Any]) -> str:
    """The first of the managing bodies (the register joins several with ``+``), less its
    department in brackets: the sender of a disaster message."""
    return re.sub(r"\(.*\)$", "", _manager(row).split("+")[0]).strip()


def _area(row: dict[str, Any]) -> str:
    """The area as published, in square metres ("" where the row has none)."""
    return f"{_f(row, '공원면적')}㎡" if _f(row, "공원면적") else ""


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _jibun(row: dict[str, Any]) -> dict[str, str]:
    """T map's address parts of the lot-number address: the province's short name, the city
    or district, the dong, eup or myeon, the village, and the lot's main and sub number (a
    mountain lot, ``산``, as ``mlClass`` 2)."""
    lot_address = _f(row, "소재지지번주소")
    words = (lot_address or _address(row)).split()
    parts = {"upper": SHORT.get(words[0], words[0]) if words else "", "middle": "",
             "lower": "", "detail": "", "ml": "1", "first": "", "second": ""}  # fmt: skip
    rest = words[1:]
    middle = []
    while rest and re.search(r"[시군구]$", rest[0]) and not re.search(r"\d", rest[0]):
        middle.append(rest.pop(0))
    parts["middle"] = " ".join(middle)
    if not lot_address:  # a road address only: no lot to name
        return parts
    if rest and re.search(r"[동읍면가로]$", rest[0]) and not re.fullmatch(r"[\d-]+", rest[0]):
        parts["lower"] = rest.pop(0)
        if rest and re.fullmatch(r"\d+가", rest[0]):  # ``송학동 1가``: the ga is the dong's
            parts["lower"] += " " + rest.pop(0)
    if rest and rest[0].endswith("리") and not re.search(r"\d", rest[0]):
        parts["detail"] = rest.pop(0)
    if rest and rest[0] == "산":
        parts["ml"] = "2"
        rest.pop(0)
    lot = re.match(r"산?(\d+)(?:-(\d+))?", rest[0]) if rest else None
    if lot:
        parts["ml"] = "2" if rest[0].startswith("산") else parts["ml"]
        parts["first"], parts["second"] = lot.group(1), lot.group(2) or "0"
    return parts


def tmap_poi(row: dict[str, Any], rng: random.Random) -> str:
    """A T map POI search response (SK open API ``GET /tmap/pois?version=1``, JSON on one
    line, every value a string): ``searchPoiInfo`` with one ``poi``, the park with an invented
    ``id`` and ``pkey``, its ``telNo``, the coordinates as front and centre points, the
    lot-number address in T map's parts, the park's kind as ``lowerBizName``, a ``desc`` with
    the area, managing body and number, and the road address as ``newAddress``."""
    name, tel = _f(row, "공원명"), phone(row)
    lat, lon = _f(row, "위도"), _f(row, "경도")
    poi_id = str(rng.randint(1000000, 9999999))
    parts = _jibun(row)
    desc = f"{_f(row, '공원구분')}"
    if _area(row):
        desc += f", 면적 {_area(row)}"
    desc += f". 관리기관 {_manager(row)}(☎ {tel})"
    poi: dict[str, Any] = {
        "id": poi_id,
        "pkey": f"{poi_id}00",
        "navSeq": "0",
        "collectionType": "poi",
        "name": name,
        "telNo": tel,
        "frontLat": lat,
        "frontLon": lon,
        "noorLat": lat,
        "noorLon": lon,
        "upperAddrName": parts["upper"],
        "middleAddrName": parts["middle"],
        "lowerAddrName": parts["lower"],
        "detailAddrName": parts["detail"],
        "mlClass": parts["ml"],
        "firstNo": parts["first"],
        "secondNo": parts["second"],
        "roadName": "",
        "firstBuildNo": "",
        "secondBuildNo": "",
        "radius": "0.0",
        "bizName": "",
        "upperBizName": "여가생활",
        "middleBizName": "공원",
        "lowerBizName": _f(row, "공원구분"),
        "detailBizName": "",
        "rpFlag": "16",
        "parkFlag": "0",
        "detailInfoFlag": "0",
        "desc": desc,
        "dataKind": "",
        "zipCode": "",
    }
    road = _f(row, "소재지도로명주소")
    if road:
        words = road.split()
        street = next((w for w in words if re.search(r"(로|길)$", w) and not w[0].isdigit()), "")
        number = re.fullmatch(r"(\d+)(?:-(\d+))?", words[-1]) if words else None
        poi["roadName"] = street
        poi["firstBuildNo"] = number.group(1) if number else ""
        poi["secondBuildNo"] = (number.group(2) or "") if number else ""
        poi["newAddressList"] = {
            "newAddress": [
                {
                    "centerLat": lat,
                    "centerLon": lon,
                    "frontLat": lat,
                    "frontLon": lon,
                    "roadName": street,
                    "bldNo1": poi["firstBuildNo"],
                    "bldNo2": poi["secondBuildNo"],
                    "roadId": f"{rng.randint(1, 99999):05d}",
                    "fullAddressRoad": road,
                }
            ]
        }
    body = {"searchPoiInfo": {"totalCount": "1", "count": "1", "page": "1", "pois": {"poi": [poi]}}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n"


def disaster_msg(row: dict[str, Any], rng: random.Random) -> str:
    """A response of the Ministry of the Interior and Safety's open API of emergency disaster
    text messages (재난문자방송 발령현황, ``DisasterMsg``, JSON): the ``head`` with the count,
    paging and result code, and two ``row`` messages of the managing body about the park, the
    newest first (the lifting, then the closure, of a hazard of the season), each with an
    invented serial ``md101_sn``, creation time, region id, the region as ``location_name``
    and ``send_platform`` ``cbs``, each message ending ``문의`` and the number."""
    park, tel = _f(row, "공원명"), phone(row)
    sent = _when(rng)
    _hazard, closing, lifting = rng.choice([h for h in HAZARDS if sent.month in SEASONS[h[0]]])
    lifted = sent + dt.timedelta(minutes=rng.randint(180, 2880))
    serial = rng.randint(150000, 229999)
    region = _region(row)
    region_id = str(rng.randint(100, 9999))
    tag = f"[{_sender(row)}]"
    messages = [
        (lifted, serial + rng.randint(3, 400), f"{tag} {lifting.format(park=park)} 문의 {tel}"),
        (sent, serial, f"{tag} {closing.format(park=park)} 문의 {tel}"),
    ]
    rows = [
        {
            "create_date": f"{when:%Y/%m/%d %H:%M:%S}",
            "location_id": region_id,
            "location_name": region,
            "md101_sn": str(sn),
            "msg": msg,
            "send_platform": "cbs",
        }
        for when, sn, msg in messages
    ]
    head = [
        {"totalCount": 2},
        {"numOfRows": "10", "pageNo": "1", "type": "json"},
        {"RESULT": {"resultCode": "INFO-0", "resultMsg": "NORMAL SERVICE"}},
    ]
    body = {"DisasterMsg": [{"head": head}, {"row": rows}]}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n"


def _term(term: str, text: str, accent: bool = False) -> dict[str, Any]:
    """A KakaoWork ``description`` block (a term and its plain text)."""
    block: dict[str, Any] = {
        "type": "description",
        "term": term,
        "content": {"type": "text", "text": text, "markdown": False},
    }
    if accent:
        block["accent"] = True
    return block


def kakaowork_bot(row: dict[str, Any], rng: random.Random) -> str:
    """A KakaoWork bot ``POST /v1/messages.send`` body (JSON) of a park office's complaint
    desk: an invented ``conversation_id``, the preview ``text``, and ``blocks``: a ``header``,
    a ``text`` naming the park and the managing body, a ``divider``, ``description`` items
    (an invented complaint number, the management number, the park and its kind, the address,
    area, an invented date of receipt, the managing body and the number as ``연락처``), a
    closing ``text`` repeating the number and an ``open_system_browser`` button."""
    park, tel = _f(row, "공원명"), phone(row)
    when = _when(rng)
    complaint = rng.choice(COMPLAINTS)
    number = f"{rng.choice('12')}AA-{when:%y%m}-{rng.randint(0, 9999999):07d}"
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": "공원 시설 민원 배정", "style": rng.choice(("blue", "yellow"))},
        {
            "type": "text",
            "text": f"*{park}* {complaint} 민원이 *{_manager(row)}*에 배정되었습니다.",
            "markdown": True,
        },
        {"type": "divider"},
        _term("민원번호", number, accent=True),
    ]
    if _f(row, "관리번호"):
        blocks.append(_term("관리번호", _f(row, "관리번호")))
    blocks += [_term("공원", f"{park} ({_f(row, '공원구분')})"), _term("위치", _address(row))]
    if _area(row):
        blocks.append(_term("면적", _area(row)))
    blocks += [
        _term("접수일시", f"{when:%Y-%m-%d %H:%M}"),
        _term("관리기관", _manager(row)),
        _term("연락처", tel, accent=True),
        {
            "type": "text",
            "text": f"처리 결과는 {when + dt.timedelta(days=7):%m월 %d일}까지 담당 부서"
            f"(☎ {tel})에서 민원인에게 회신해 주세요.",
            "markdown": True,
        },
        {
            "type": "button",
            "text": "민원 상세 보기",
            "style": "default",
            "action_type": "open_system_browser",
            "value": f"{DESK}/{number}",
        },
    ]
    body = {
        "conversation_id": rng.randint(1000000, 9999999),
        "text": f"[민원 배정] {park} {complaint}",
        "blocks": blocks,
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _dot(day: dt.datetime) -> str:
    """A date as Korean notices write it (``2024.7.22.``)."""
    return f"{day.year}.{day.month}.{day.day}."


def _sh(value: str) -> str:
    """``value`` inside a shell double-quoted string."""
    return re.sub(r'(["\\$`])', r"\\\1", value)


def naver_cafe(row: dict[str, Any], rng: random.Random) -> str:
    """A Naver Cafe API article-writing request (``curl -X POST`` to
    ``https://openapi.naver.com/v1/cafe/{clubid}/menu/{menuid}/articles`` with the member's
    access token from the environment), the ``subject`` and the HTML ``content`` passed with
    ``--data-urlencode``: a neighbourhood café's notice of invented works in the park, with
    its address, kind, area, management number, date of designation, the managing body and
    number, and a closing line repeating the number and naming the data set's reference
    date; invented café and menu ids and dates."""
    park, tel = _f(row, "공원명"), phone(row)
    when = _when(rng)
    start = when + dt.timedelta(days=rng.randint(3, 20))
    end = start + dt.timedelta(days=rng.randint(5, 40))
    news = rng.choice(NEWS)
    region = _region(row)
    lines = [
        f"<p>안녕하세요, {region} 이웃 카페 운영진입니다.</p>",
        f"<p>{park}에서 {news}가 진행된다는 안내를 받아 공유드립니다.</p>",
        f"<p>- 기간: {_dot(start)}~{_dot(end)}</p>",
        f"<p>- 위치: {_address(row)}</p>",
    ]
    kind = _f(row, "공원구분")
    if _area(row):
        kind += f", 면적 {_area(row)}"
    lines.append(f"<p>- 공원 구분: {kind}</p>")
    if _f(row, "관리번호"):
        lines.append(f"<p>- 관리번호: {_f(row, '관리번호')}</p>")
    if _f(row, "지정고시일"):
        lines.append(f"<p>- 지정고시일: {_f(row, '지정고시일')}</p>")
    lines += [
        f"<p>- 관리기관: {_manager(row)} ({tel})</p>",
        "<p>공사 기간에는 일부 구역 출입이 제한될 수 있습니다.</p>",
        f"<p>자세한 내용은 {tel}로 문의해 주세요. "
        f"(공원 정보: 전국도시공원정보표준데이터, {_f(row, '데이터기준일자')} 기준)</p>",
    ]
    subject = f"[공원 소식] {park} {news} 안내"
    club, menu = rng.randint(10000000, 31999999), rng.randint(1, 40)
    parts = [
        f'curl -X POST "https://openapi.naver.com/v1/cafe/{club}/menu/{menu}/articles" \\',
        '  -H "Authorization: Bearer ${NAVER_ACCESS_TOKEN}" \\',
        f'  --data-urlencode "subject={_sh(subject)}" \\',
        f'  --data-urlencode "content={_sh("".join(lines))}"',
        "",
    ]
    return "\n".join(parts)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "tmap_poi": tmap_poi,
    "disaster_msg": disaster_msg,
    "kakaowork_bot": kakaowork_bot,
    "naver_cafe": naver_cafe,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
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
