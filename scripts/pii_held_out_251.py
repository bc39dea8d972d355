"""held_out_251 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of recreational forests, 전국휴양림표준데이터; Korea's
earlier parts took other registers) exactly as published, in layouts no earlier part has,
beside the register's own names, addresses, coordinates and managing bodies.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions) and many others; here:

* the values are the ``휴양림전화번호`` fields of 196 recreational forests
  (``scripts/data/pii_kr_recreational_forests.json``, written by
  ``scripts/kr_recreational_forests_data.py``; source and licence in that file): South Korean
  numbers as the file writes them, area code, exchange and line joined by hyphens
  (``055-639-8115``, ``02-2680-2377``, ``070-8994-0717``, one ``0507-1401-583``), each copy
  labelled;
* the text around them is the same row's real fields: the forest's name, province, kind, road
  address, coordinates, managing body (left out where it names a person), capacity, fee and
  facilities, web page, with invented content ids, business registration numbers of public
  bodies, Kakao Map place ids, reservation numbers, dates, times and amounts, unlabelled and
  scored;
* in layouts no earlier part has, Korean tourism and workplace formats, text in Korean: the
  Korea Tourism Organization's GoCamping API ``basedList`` responses (JSON: the forest as a
  campsite, the number as ``tel`` and in ``intro``), its TourAPI 4.0 ``detailCommon1``
  responses (XML: the number as ``tel`` and in ``overview``, category ``A01010600``), Dooray!
  incoming-webhook messages of a reservation desk (JSON: ``botName``, ``text`` and an
  ``attachments`` entry, the number in both texts) and Kakao Talk Calendar event requests
  (``curl`` to ``/v2/api/calendar/create/event`` with the ``event`` JSON: the number in
  ``title`` and ``description``, the forest as ``location`` with a Kakao Map place id).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_251.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_recreational_forests.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_251.jsonl.gz"
SPLIT = "held_out_251"

LAYOUTS = ("gocamping_json", "tourapi_xml", "dooray_hook", "kakao_calendar")
PHONE = "휴양림전화번호"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# TourAPI's area codes of the provinces the register names
AREA_CODES = {
    "서울특별시": "1", "인천광역시": "2", "대전광역시": "3", "대구광역시": "4",
    "광주광역시": "5", "부산광역시": "6", "울산광역시": "7", "세종특별자치시": "8",
    "경기도": "31", "강원도": "32", "충청북도": "33", "충청남도": "34", "경상북도": "35",
    "경상남도": "36", "전라북도": "37", "전라남도": "38", "제주도": "39",
}  # fmt: skip
ROOMS = ("숲속의집", "산림문화휴양관", "연립동", "야영데크", "카라반")
DESK = "https://www.foresttrip.go.kr/rep/or/sssn/monthRsrvtStus.do"  # an invented desk page
COLORS = ("GREEN", "LIME", "OLIVE", "MINT", "BLUE")


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
    """An invented moment of 2024 (KST), on a five-minute step."""
    start = dt.datetime(2024, 3, 4, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(minutes=5 * rng.randint(0, 240 * 288))


def _manager(row: dict[str, Any]) -> str:
    """The managing body's name, or the forest's where the register's names a person."""
    return _f(row, "관리기관명") or _f(row, "휴양림명")


def _sigungu(row: dict[str, Any]) -> str:
    """The city or county of the road address (its second word)."""
    words = _f(row, "소재지도로명주소").split()
    return words[1] if len(words) > 1 else ""


def _homepage(row: dict[str, Any]) -> str:
    """The web page as a URL (the register writes some without a scheme)."""
    page = _f(row, "홈페이지주소")
    if not page or page in ("없음", "-"):
        return ""
    return page if page.startswith("http") else f"http://{page}"


def _bizrno(rng: random.Random) -> str:
    """An invented business registration number of a public body (``xxx-83-xxxxx``)."""
    return f"{rng.randint(101, 899)}-83-{rng.randint(0, 99999):05d}"


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def gocamping_json(row: dict[str, Any], rng: random.Random) -> str:
    """A GoCamping API (한국관광공사 고캠핑 정보 조회서비스) ``basedList`` JSON response of one
    site: the forest as a campsite of ``facltDivNm`` 자연휴양림, its number as ``tel`` and in
    the ``intro``, an invented content id, business number and times."""
    tel, name = phone(row), _f(row, "휴양림명")
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(200, 2400))
    public = _f(row, "휴양림구분") != "사유림"
    facilities = _f(row, "주요시설명").replace("+", ",")
    item = {
        "contentId": str(rng.randint(1000, 99999)),
        "facltNm": name,
        "lineIntro": f"{_f(row, '시도명')} {_sigungu(row)}의 {_f(row, '휴양림구분')} 자연휴양림",
        "intro": f"{name}은(는) {_manager(row)}에서 운영합니다. 주요시설: {facilities}. "
        f"예약 및 문의 전화 {tel}",
        "allar": _f(row, "휴양림면적"),
        "insrncAt": "Y",
        "trsagntNo": "",
        "bizrno": _bizrno(rng) if public else "",
        "facltDivNm": "자연휴양림",
        "mangeDivNm": "직영" if "공단" not in _manager(row) else "위탁",
        "mgcDiv": _manager(row),
        "manageSttus": "운영",
        "induty": "자동차야영장" if "야영" in facilities else "글램핑",
        "lctCl": "산,숲",
        "doNm": _f(row, "시도명"),
        "sigunguNm": _sigungu(row),
        "zipcode": "",
        "addr1": _f(row, "소재지도로명주소"),
        "addr2": "",
        "mapX": _f(row, "경도"),
        "mapY": _f(row, "위도"),
        "tel": tel,
        "homepage": _homepage(row),
        "resveUrl": "https://www.foresttrip.go.kr",
        "resveCl": "온라인실시간예약",
        "manageNmpr": str(rng.randint(2, 9)),
        "operPdCl": "봄,여름,가을,겨울",
        "operDeCl": "평일+주말",
        "animalCmgCl": "불가능",
        "createdtime": f"{created:%Y-%m-%d %H:%M:%S}",
        "modifiedtime": f"{when:%Y-%m-%d %H:%M:%S}",
    }
    body = {
        "response": {
            "header": {"resultCode": "0000", "resultMsg": "OK"},
            "body": {
                "items": {"item": [item]},
                "numOfRows": 10,
                "pageNo": 1,
                "totalCount": 1,
            },
        }
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def tourapi_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A TourAPI 4.0 (KorService1) ``detailCommon1`` XML response of the forest as a sight
    (``contenttypeid`` 12, category ``A01010600`` 자연휴양림): the number as ``tel`` and in the
    ``overview``, the managing body as ``telname``, an invented content id and times."""
    tel, name = phone(row), _f(row, "휴양림명")
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(300, 4000))
    page = _homepage(row)
    homepage = f'<a href="{page}" target="_blank" title="새창 : {name}">{page}</a>' if page else ""
    overview = (
        f"{name}은(는) {_f(row, '소재지도로명주소')}에 있는 {_f(row, '휴양림구분')} "
        f"자연휴양림이다. 주요시설로 {_f(row, '주요시설명').replace('+', ', ')} 등이 있다.<br>"
        f"이용 문의는 {_manager(row)}({tel})로 하면 된다."
    )
    fields = [
        ("contentid", str(rng.randint(125000, 3040000))),
        ("contenttypeid", "12"),
        ("booktour", "0"),
        ("createdtime", f"{created:%Y%m%d%H%M%S}"),
        ("homepage", homepage),
        ("modifiedtime", f"{when:%Y%m%d%H%M%S}"),
        ("tel", tel),
        ("telname", _manager(row)),
        ("title", name),
        ("cpyrhtDivCd", "Type3"),
        ("areacode", AREA_CODES.get(_f(row, "시도명"), "")),
        ("sigungucode", str(rng.randint(1, 24))),
        ("cat1", "A01"),
        ("cat2", "A0101"),
        ("cat3", "A01010600"),
        ("addr1", _f(row, "소재지도로명주소")),
        ("addr2", ""),
        ("zipcode", ""),
        ("mapx", _f(row, "경도")),
        ("mapy", _f(row, "위도")),
        ("mlevel", "6"),
        ("overview", overview),
    ]
    item = "".join(f"<{k}>{_x(v)}</{k}>" if v else f"<{k}></{k}>" for k, v in fields)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        "<response><header><resultCode>0000</resultCode><resultMsg>OK</resultMsg></header>"
        f"<body><items><item>{item}</item></items><numOfRows>10</numOfRows><pageNo>1</pageNo>"
        "<totalCount>1</totalCount></body></response>\n"
    )


def dooray_hook(row: dict[str, Any], rng: random.Random) -> str:
    """A Dooray! incoming-webhook message of an invented reservation desk: ``botName``,
    ``botIconImage``, a ``text`` naming the forest and its number and one ``attachments`` entry
    with the booking's invented number, dates, room and amount and the number again."""
    tel, name = phone(row), _f(row, "휴양림명")
    when = _when(rng)
    nights = rng.randint(1, 3)
    leave = when + dt.timedelta(days=nights)
    booking = f"R{when:%Y%m%d}{rng.randint(0, 99999):05d}"
    amount = rng.choice((49000, 70000, 85000, 90000, 110000, 120000, 140000)) * nights
    room = rng.choice(ROOMS)
    body = {
        "botName": "휴양림 예약알림",
        "botIconImage": "https://static.dooray.com/static_images/dooray-bot.png",
        "text": f"[{name}] 예약이 접수되었습니다. 현장 문의: {tel}",
        "attachments": [
            {
                "title": f"예약번호 {booking}",
                "titleLink": f"{DESK}?rsrvtNo={booking}",
                "text": (
                    f"입실 {when:%Y-%m-%d} 15:00 / 퇴실 {leave:%Y-%m-%d} 11:00 ({nights}박)\n"
                    f"객실: {room} {rng.randint(1, 12)}호, 결제금액 {amount:,}원\n"
                    f"주소: {_f(row, '소재지도로명주소')}\n"
                    f"관리: {_manager(row)} ☎ {tel}"
                ),
                "color": "green",
            }
        ],
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def kakao_calendar(row: dict[str, Any], rng: random.Random) -> str:
    """A Kakao Talk Calendar event request as the Kakao Developers guide writes it (``curl``
    with ``calendar_id`` and the ``event`` JSON, times in UTC on five-minute steps): the number
    in ``title`` and ``description``, the forest as ``location`` with an invented Kakao Map
    place id and its real address and coordinates."""
    tel, name = phone(row), _f(row, "휴양림명")
    start = _when(rng).replace(hour=15, minute=0).astimezone(dt.UTC)
    nights = rng.randint(1, 2)
    end = start + dt.timedelta(days=nights, hours=-4)
    event = {
        "title": f"{name} {nights}박 ({tel})",
        "time": {
            "start_at": f"{start:%Y-%m-%dT%H:%M:%SZ}",
            "end_at": f"{end:%Y-%m-%dT%H:%M:%SZ}",
            "time_zone": "Asia/Seoul",
            "all_day": False,
            "lunar": False,
        },
        "description": f"{rng.choice(ROOMS)} 이용, 입실 15:00 퇴실 11:00\n"
        f"입장료: {_f(row, '입장료') or '없음'}\n휴양림 전화 {tel}",
        "location": {
            "name": name,
            "location_id": rng.randint(8000000, 1900000000),
            "address": _f(row, "소재지도로명주소"),
            "latitude": float(_f(row, "위도")),
            "longitude": float(_f(row, "경도")),
        },
        "reminders": [1440, 60],
        "color": rng.choice(COLORS),
    }
    payload = json.dumps(event, ensure_ascii=False, indent=4).replace("\n", "\n    ")
    assert "'" not in payload, row["path"]
    return (
        'curl -v -X POST "https://kapi.kakao.com/v2/api/calendar/create/event" \\\n'
        '    -H "Authorization: Bearer ${ACCESS_TOKEN}" \\\n'
        "    --data-urlencode 'calendar_id=primary' \\\n"
        f"    --data-urlencode 'event={payload}'\n"
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "gocamping_json": gocamping_json,
    "tourapi_xml": tourapi_xml,
    "dooray_hook": dooray_hook,
    "kakao_calendar": kakao_calendar,
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
