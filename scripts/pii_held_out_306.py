"""held_out_306 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of cultural festivals, 전국문화축제표준데이터, provided by
the Korea Tourism Organization and the local governments; Korea's earlier parts took other
registers) exactly as published, in layouts no earlier part has, beside the register's own
festival names, places, dates, hosting bodies, addresses and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, animal hospitals) and
many others; here:

* the values are the ``전화번호`` (telephone) field of 500 festivals, a seeded sample of the
  first row of each distinct number, mobile numbers and placeholders left out
  (``scripts/data/pii_kr_cultural_festivals.json``, written by
  ``scripts/kr_cultural_festivals_data.py``; source and licence in that file): South Korean
  numbers as the file writes them, area code, exchange and line joined by hyphens
  (``053-965-0910``, ``02-3295-5566``, ``031-5191-3647``, ``070-7733-0390``) and three
  nationwide eight-digit numbers (``1566-0155``), each copy labelled;
* the text around them is the same row's real fields: the festival's name, place, first and
  last day, content, hosting and organizing bodies, homepage, road or lot-number address and
  coordinates, with invented content and place ids, post ids, conversation ids, timestamps and
  counts, unlabelled and scored;
* in layouts no earlier part has, Korean culture-portal, social, language-model and groupware
  formats, text in Korean: responses of the Korea Culture Information Service Agency's
  culture portal performance and exhibition detail API (문화포털 공연전시정보 조회서비스,
  ``publicperformancedisplays/d/``, XML ``perforInfo``: the number as ``phone`` and at the end
  of ``contents1``), KakaoStory API story responses (``GET /v1/api/story/mystory``, JSON: a
  ``NOTE`` story of the festival whose ``content`` names the number once), CLOVA Studio tuning
  data sets (HyperCLOVA X, JSON Lines with ``System_Prompt``, ``C_ID``, ``T_ID``, ``Text`` and
  ``Completion``: a festival guide's two turns, the number in both system prompts and in the
  second completion) and NAVER WORKS Calendar API requests (an HTTP ``POST
  /v1.0/users/me/calendar/events`` message whose JSON ``eventComponents`` hold an all-day
  event of the festival, the number once in its ``description``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_306.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_cultural_festivals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_306.jsonl.gz"
SPLIT = "held_out_306"

LAYOUTS = ("kcisa_xml", "kakaostory_json", "clova_tuning_jsonl", "naverworks_http")
PHONE = "전화번호"
EDGES = {"phone": r"\d"}
# the culture portal's short names of the provinces (its ``area``)
AREAS = {
    "서울특별시": "서울", "부산광역시": "부산", "대구광역시": "대구", "인천광역시": "인천",
    "광주광역시": "광주", "대전광역시": "대전", "울산광역시": "울산", "세종특별자치시": "세종",
    "경기도": "경기", "강원특별자치도": "강원", "강원도": "강원", "충청북도": "충북",
    "충청남도": "충남", "전북특별자치도": "전북", "전라북도": "전북", "전라남도": "전남",
    "경상북도": "경북", "경상남도": "경남", "제주특별자치도": "제주",
}  # fmt: skip
# invented questions a festival guide's users ask first
QUESTIONS = (
    "언제, 어디서 열리는지 알려줘.",
    "축제 기간이랑 장소가 궁금해요.",
    "이 축제 일정 좀 알려주세요.",
)  # fmt: skip
ASK_PHONE = (
    "문의는 어디로 하면 돼?",
    "전화로 물어보고 싶은데 번호 알려줘.",
    "문의 전화번호가 뭐예요?",
)  # fmt: skip

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The festival's telephone as published, stripped."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The festival's name as the register writes it (``구미라면축제``)."""
    return _f(row, "축제명")


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


def host(row: dict[str, Any]) -> str:
    """The hosting body (주최), or the organizing one (주관) where none is given."""
    return _f(row, "주최기관명") or _f(row, "주관기관명")


def _area(row: dict[str, Any]) -> str:
    """The province as the culture portal's short name (``경북``)."""
    first = address(row).split()[0]
    return AREAS.get(first, first[:2])


def _day(value: str) -> dt.date:
    """A published day (``2026-11-06``)."""
    return dt.date.fromisoformat(value)


def _items(row: dict[str, Any]) -> list[str]:
    """The festival's content as the register lists it, its items joined by ``+``."""
    return [item.strip() for item in _f(row, "축제내용").split("+") if item.strip()]


def _period(row: dict[str, Any]) -> str:
    """The first and last day as published (``2026-11-06 ~ 2026-11-08``)."""
    return f"{_f(row, '축제시작일자')} ~ {_f(row, '축제종료일자')}"


def _before(row: dict[str, Any], rng: random.Random) -> dt.datetime:
    """An invented moment some weeks before the first day."""
    start = dt.datetime.combine(_day(_f(row, "축제시작일자")), dt.time(9))
    return start - dt.timedelta(days=rng.randint(7, 60), minutes=rng.randint(0, 600))


def kcisa_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A response of the culture portal's performance and exhibition detail API (문화포털
    공연전시정보 조회서비스 ``publicperformancedisplays/d/``, XML one element a line): the
    ``comMsgHeader`` of a success, an invented content ``seq``, and ``perforInfo`` with the
    festival's name, days (``20261106``), place, realm ``기타``, area, its content and bodies
    in ``contents1`` ending with the number, homepage, the number as ``phone``, coordinates
    (``gpsX`` the longitude), address and an invented place id."""
    seq = str(rng.randint(200000, 329999))
    lines = [*_items(row), "", f"주최: {host(row)}"]
    if _f(row, "주관기관명"):
        lines.append(f"주관: {_f(row, '주관기관명')}")
    if _f(row, "후원기관명"):
        lines.append(f"후원: {_f(row, '후원기관명').replace('+', ', ')}")
    lines.append(f"문의: {phone(row)}")
    fields = (
        ("seq", seq),
        ("title", name(row)),
        ("startDate", _f(row, "축제시작일자").replace("-", "")),
        ("endDate", _f(row, "축제종료일자").replace("-", "")),
        ("place", _f(row, "개최장소")),
        ("realmName", "기타"),
        ("area", _area(row)),
        ("subTitle", ""),
        ("price", ""),
        ("contents1", "\n".join(lines)),
        ("contents2", ""),
        ("url", _f(row, "홈페이지주소")),
        ("phone", phone(row)),
        ("imgUrl", ""),
        ("gpsX", _f(row, "경도")),
        ("gpsY", _f(row, "위도")),
        ("placeUrl", ""),
        ("placeAddr", address(row)),
        ("placeSeq", str(rng.randint(1000, 49999))),
    )
    when = _before(row, rng)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<response>",
        "<comMsgHeader>",
        "<RequestMsgID></RequestMsgID>",
        f"<ResponseTime>{when:%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999):03d}</ResponseTime>",
        "<ResponseMsgID></ResponseMsgID>",
        "<SuccessYN>Y</SuccessYN>",
        "<ReturnCode>00</ReturnCode>",
        "<ErrMsg></ErrMsg>",
        "</comMsgHeader>",
        "<msgBody>",
        f"<seq>{seq}</seq>",
        "<perforInfo>",
        *(f"<{tag}>{escape(value)}</{tag}>" for tag, value in fields),
        "</perforInfo>",
        "</msgBody>",
        "</response>",
    ]
    return "\n".join(out) + "\n"


def _story_id(rng: random.Random) -> tuple[str, str]:
    """An invented KakaoStory profile and activity id (``_AbC12``, ``GvbZr3WdLx9``)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return (
        "_" + "".join(rng.choice(alphabet) for _ in range(5)),
        "".join(rng.choice(alphabet[:52]) for _ in range(3))
        + "".join(rng.choice(alphabet) for _ in range(8)),
    )


def kakaostory_json(row: dict[str, Any], rng: random.Random) -> str:
    """A KakaoStory API story response (``GET /v1/api/story/mystory``, JSON as a developer
    saves it, two-space indents): an invented id and URL, ``media_type`` ``NOTE``, an invented
    time and counts, ``permission`` ``PUBLIC``, and ``content`` with the festival's name,
    days, place and address, content, hosting body, the number and the homepage, and two
    hashtags."""
    profile, activity = _story_id(rng)
    lines = [
        f"[{name(row)}]",
        f"📅 {_period(row)}",
        f"📍 {_f(row, '개최장소')} ({address(row)})",
        "",
        *(f"· {item}" for item in _items(row)),
        "",
        f"주최: {host(row)}",
        f"☎ 문의: {phone(row)}",
    ]
    if _f(row, "홈페이지주소"):
        lines.append(_f(row, "홈페이지주소"))
    lines.append(f"#{name(row).replace(' ', '')} #{_area(row)}축제")
    when = _before(row, rng)
    story = {
        "id": f"{profile}.{activity}",
        "url": f"https://story.kakao.com/{profile}/{activity}",
        "media_type": "NOTE",
        "created_at": f"{when:%Y-%m-%dT%H:%M:%S}Z",
        "comment_count": rng.randint(0, 40),
        "like_count": rng.randint(0, 300),
        "content": "\n".join(lines),
        "permission": "PUBLIC",
    }
    return json.dumps(story, ensure_ascii=False, indent=2) + "\n"


def clova_tuning_jsonl(row: dict[str, Any], rng: random.Random) -> str:
    """Two lines of a CLOVA Studio tuning data set (HyperCLOVA X, JSON Lines, one object a
    turn with ``System_Prompt``, ``C_ID``, ``T_ID``, ``Text`` and ``Completion``): a festival
    guide's system prompt listing the row's fields (the number among them) on both turns, an
    invented conversation id, a question of the days and place answered from the row, and one
    of the number answered with it."""
    facts = [
        f"축제명: {name(row)}",
        f"기간: {_period(row)}",
        f"장소: {_f(row, '개최장소')}",
        f"주소: {address(row)}",
        f"주최: {host(row)}",
        f"전화번호: {phone(row)}",
    ]
    if _f(row, "홈페이지주소"):
        facts.append(f"홈페이지: {_f(row, '홈페이지주소')}")
    intro = "너는 지역 축제 안내 챗봇이다. 아래 자료에 있는 내용만 정중하게 답한다."
    system = "\n".join([intro, *facts])
    conversation = rng.randint(1000, 99999)
    first = (
        f"{name(row)} 일정은 {_period(row)}이며, 장소는 {_f(row, '개최장소')}입니다. "
        f"주소는 {address(row)}입니다."
    )
    second = f"주최 기관은 {host(row)}이며, 문의 전화는 {phone(row)}입니다."
    turns = [
        {"System_Prompt": system, "C_ID": conversation, "T_ID": 0,
         "Text": f"{name(row)} {rng.choice(QUESTIONS)}", "Completion": first},
        {"System_Prompt": system, "C_ID": conversation, "T_ID": 1,
         "Text": rng.choice(ASK_PHONE), "Completion": second},
    ]  # fmt: skip
    return "".join(json.dumps(turn, ensure_ascii=False) + "\n" for turn in turns)


def naverworks_http(row: dict[str, Any], rng: random.Random) -> str:
    """A NAVER WORKS Calendar API request as an HTTP message (``POST
    /v1.0/users/me/calendar/events`` to ``www.worksapis.com``, a placeholder bearer token, the
    body's length, a JSON body with two-space indents; lines end in LF as a saved request
    file has them): one all-day event of the festival, its name as
    ``summary``, its place and content, hosting body and the number in ``description``, its
    address as ``location``, its first day and the day after its last (the end is exclusive;
    one row whose published last day precedes its first ends the day after its first) as
    ``date``s, ``TRANSPARENT`` and ``PUBLIC``."""
    first, last = _day(_f(row, "축제시작일자")), _day(_f(row, "축제종료일자"))
    end = max(first, last) + dt.timedelta(days=1)
    lines = [f"장소: {_f(row, '개최장소')}", *_items(row), f"주최: {host(row)}"]
    lines.append(f"문의: {phone(row)}")
    if _f(row, "홈페이지주소"):
        lines.append(_f(row, "홈페이지주소"))
    body = {
        "eventComponents": [
            {
                "summary": name(row),
                "description": "\n".join(lines),
                "location": address(row),
                "start": {"date": _f(row, "축제시작일자")},
                "end": {"date": end.isoformat()},
                "transparency": "TRANSPARENT",
                "visibility": "PUBLIC",
            }
        ]
    }
    payload = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
    head = [
        "POST /v1.0/users/me/calendar/events HTTP/1.1",
        "Host: www.worksapis.com",
        "Authorization: Bearer ${NAVER_WORKS_ACCESS_TOKEN}",
        "Content-Type: application/json; charset=UTF-8",
        f"Content-Length: {len(payload.encode('utf-8'))}",
    ]
    return "\n".join(head) + "\n\n" + payload


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "kcisa_xml": kcisa_xml,
    "kakaostory_json": kakaostory_json,
    "clova_tuning_jsonl": clova_tuning_jsonl,
    "naverworks_http": naverworks_http,
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
