"""held_out_298 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's local-government licensing data of animal hospitals, 동물병원, as the Ministry of
the Interior and Safety's LOCALDATA service publishes it; Korea's earlier parts took other
registers) exactly as published, in layouts no earlier part has, beside the register's own
names, addresses, licence data and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres) and many others; here:

* the values are the ``소재지전화`` (telephone) field of 400 open animal hospitals, a seeded
  sample of the first open row of each distinct number of a kept shape
  (``scripts/data/pii_kr_animal_hospitals.json``, written by
  ``scripts/kr_animal_hospitals_data.py``; source and licence in that file): South Korean
  numbers as the licensing offices typed them, area code, exchange and line joined by hyphens
  (``055-521-0438``, ``02-2281-8122``), many without their area code (``335-1023``), some in
  one run (``0322017575``), four with the area code closed by a parenthesis
  (``051)271-8889``); no mobile number; each copy labelled;
* the text around them is the same row's real fields: the hospital's name, lot-number and road
  addresses and postcodes, licensing body's code, management number, licence date, business
  state, floor area, update dates and plane coordinates, with invented page counts, rescue
  notice numbers, animal ids, image paths, dates, weights, opening hours and chat user ids,
  unlabelled and scored;
* in layouts no earlier part has, Korean licensing, animal-protection, wiki and messenger
  formats, text in Korean: responses of LOCALDATA's open API of local-government licensing
  data (지방행정인허가데이터 ``openDataApi``, XML ``result``/``row``: the row under the API's own
  element names with the number as ``siteTel``), responses of the Animal and Plant Quarantine
  Agency's rescued-animal API (동물보호관리시스템 ``abandonmentPublic``, XML ``item``: an
  invented rescued dog or cat in the hospital's care as designated shelter, the number as
  ``careTel``), NamuWiki article sources (나무위키 NamuMark: ``[목차]``, ``== 개요 ==``, a
  ``||``-table with ``'''전화번호'''`` and a body line naming the number, ``[[분류:...]]``) and
  Naver TalkTalk chatbot API send events (네이버 톡톡 ``compositeContent``, JSON: the hospital's
  card with the number in its ``description``, a text button and a map link button).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_298.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_animal_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_298.jsonl.gz"
SPLIT = "held_out_298"

LAYOUTS = ("localdata_xml", "apms_xml", "namumark", "talktalk_json")
PHONE = "소재지전화"
EDGES = {"phone": r"\d"}
# the provinces as the rescue notices' numbers shorten them (``경남-창녕-2023-00123``)
SHORT = {
    "서울특별시": "서울", "부산광역시": "부산", "대구광역시": "대구", "인천광역시": "인천",
    "광주광역시": "광주", "대전광역시": "대전", "울산광역시": "울산", "세종특별자치시": "세종",
    "경기도": "경기", "강원도": "강원", "강원특별자치도": "강원", "충청북도": "충북",
    "충청남도": "충남", "전라북도": "전북", "전북특별자치도": "전북", "전라남도": "전남",
    "경상북도": "경북", "경상남도": "경남", "제주특별자치도": "제주",
}  # fmt: skip
# LOCALDATA's open API element of each column of the file, in the API's order
API_FIELDS = (
    ("opnSfTeamCode", "개방자치단체코드"), ("mgtNo", "관리번호"), ("opnSvcId", "개방서비스아이디"),
    ("updateGbn", "데이터갱신구분"), ("updateDt", "데이터갱신일자"), ("opnSvcNm", "개방서비스명"),
    ("bplcNm", "사업장명"), ("sitePostNo", "소재지우편번호"), ("siteWhlAddr", "소재지전체주소"),
    ("rdnWhlAddr", "도로명전체주소"), ("rdnPostNo", "도로명우편번호"), ("siteArea", "소재지면적"),
    ("apvPermYmd", "인허가일자"), ("apvCancelYmd", "인허가취소일자"), ("dcbYmd", "폐업일자"),
    ("clgStdt", "휴업시작일자"), ("clgEnddt", "휴업종료일자"), ("ropnYmd", "재개업일자"),
    ("trdStateGbn", "영업상태구분코드"), ("trdStateNm", "영업상태명"),
    ("dtlStateGbn", "상세영업상태코드"), ("dtlStateNm", "상세영업상태명"),
    ("x", "좌표정보(x)"), ("y", "좌표정보(y)"), ("lastModTs", "최종수정시점"),
    ("uptaeNm", "업태구분명"), ("siteTel", PHONE),
)  # fmt: skip
# invented rescued animals: kind, colours, marks
KINDS = (
    ("[개] 믹스견", "개"), ("[개] 말티즈", "개"), ("[개] 푸들", "개"), ("[개] 진도견", "개"),
    ("[개] 시츄", "개"), ("[개] 포메라니안", "개"), ("[고양이] 한국 고양이", "고양이"),
    ("[고양이] 코리안 숏헤어", "고양이"),
)  # fmt: skip
COLOURS = ("흰색", "갈색", "검정", "흰색&갈색", "검정&흰색", "크림", "치즈", "삼색")
MARKS = (
    "사람을 잘 따름, 목줄 착용", "겁이 많고 경계함", "왼쪽 뒷다리 절음", "온순함, 빨간 목걸이",
    "털 엉킴 심함, 피부병 있음", "마이크로칩 미확인", "발톱이 길고 마른 편", "경계심 많음",
)  # fmt: skip
PLACES = (
    "{} 주택가",
    "{} 공원 앞",
    "{} 도로변",
    "{} 상가 앞",
    "{} 아파트 단지 내",
    "{} 버스정류장",
)
HOURS = (
    "평일 09:00~19:00, 토요일 09:00~15:00", "평일 09:30~20:00, 토요일 09:30~17:00",
    "평일 10:00~19:00, 토·일요일 10:00~17:00", "매일 09:00~21:00", "평일 09:00~18:30",
)  # fmt: skip
TREATS = (
    "개와 고양이를 진료한다.", "개, 고양이 진료와 예방접종, 중성화 수술을 한다.",
    "반려동물 진료와 함께 미용과 호텔을 운영한다.", "소동물 진료와 건강검진을 한다.",
    "산업동물 출장 진료도 한다.",
)  # fmt: skip

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The hospital's telephone as published."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The hospital's name as the register writes it (``다움동물병원``)."""
    return _f(row, "사업장명")


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
    return _f(row, "도로명전체주소") or _f(row, "소재지전체주소")


def _region(row: dict[str, Any]) -> tuple[str, str]:
    """The province and the city, county or district the address names (``경상남도``,
    ``창녕군``; the second empty where the address names none)."""
    parts = address(row).split()
    province = parts[0] if parts else ""
    local = parts[1] if len(parts) > 1 and parts[1][-1:] in ("시", "군", "구") else ""
    return province, local


def _dong(row: dict[str, Any]) -> str:
    """The neighbourhood of the lot-number address (``신길동``, ``영산면``), or the district."""
    for part in _f(row, "소재지전체주소").split()[1:]:
        if part[-1:] in ("동", "읍", "면", "가", "리") and not part[0].isdigit():
            return part
    return _region(row)[1] or _region(row)[0]


def _licensed(row: dict[str, Any]) -> str:
    """The licence date as a Korean date (``2021년 6월 30일``), "" where it has none."""
    value = _f(row, "인허가일자")
    if not re.fullmatch(r"\d{8}", value):
        return ""
    return f"{int(value[:4])}년 {int(value[4:6])}월 {int(value[6:])}일"


def _topic(word: str) -> str:
    """The topic particle after ``word``: ``은`` after a final consonant, ``는`` after a vowel,
    ``은(는)`` after a character that is no Hangul syllable."""
    last = ord(word[-1]) - 0xAC00 if word else -1
    if not 0 <= last < 11172:
        return "은(는)"
    return "은" if last % 28 else "는"


def _when(rng: random.Random) -> dt.date:
    """An invented day between January 2023 and September 2025."""
    return dt.date(2023, 1, 2) + dt.timedelta(days=rng.randint(0, 1000))


def localdata_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A response of LOCALDATA's open API (``/platform/rest/TO0/openDataApi``, the licensing
    service ``02_03_01_P`` of one licensing body): the paging with an invented page and count,
    the process code ``00`` and one ``row`` of the file's columns under the API's element
    names, the number as ``siteTel``."""
    total = rng.randint(12, 480)
    index = rng.randint(1, total)
    cells = "".join(f"<{tag}>{escape(_f(row, column))}</{tag}>" for tag, column in API_FIELDS)
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<result>",
        "<header>",
        f"<paging><pageIndex>{index}</pageIndex><pageSize>1</pageSize>"
        f"<totalCount>{total}</totalCount></paging>",
        "<process><code>00</code><message>정상처리되었습니다.</message></process>",
        "</header>",
        "<body>",
        "<rows>",
        f"<row><rowNum>{index}</rowNum>{cells}</row>",
        "</rows>",
        "</body>",
        "</result>",
    ]) + "\n"  # fmt: skip


def apms_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A response of the Animal and Plant Quarantine Agency's rescued-animal API
    (``abandonmentPublicSrvc/abandonmentPublic``, XML on one line): one ``item``, an invented
    dog or cat found near the hospital (id, images, date, place, kind, colour, birth year,
    weight, notice number and period, sex, neutering, marks) in the hospital's care as the
    designated shelter: its name as ``careNm``, the number as ``careTel``, its address as
    ``careAddr``, and the province and district as ``orgNm``."""
    found = _when(rng)
    province, local = _region(row)
    kind, animal = rng.choice(KINDS)
    at = dt.time(rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59))
    stamp = f"{found:%Y%m%d}{at:%H%M%S}{rng.randint(100, 999)}"
    image = f"http://www.animal.go.kr/files/shelter/{found:%Y/%m}/{stamp}"
    short = SHORT.get(province, province[:2])
    place_short = local[:-1] if len(local) > 2 else local or short
    weight = rng.choice((0.8, 1.2, 2.5, 3.4, 4.2, 5.6, 7.0, 9.5, 12.3))
    if animal == "고양이":
        weight = min(weight, 5.6)
    fields = (
        ("desertionNo", f"{rng.randint(411300, 448600)}{found.year}{rng.randint(1, 99999):05d}"),
        ("filename", f"{image}_s.jpg"),
        ("happenDt", f"{found:%Y%m%d}"),
        ("happenPlace", rng.choice(PLACES).format(_dong(row))),
        ("kindCd", kind),
        ("colorCd", rng.choice(COLOURS)),
        ("age", f"{found.year - rng.randint(0, 9)}(년생)"),
        ("weight", f"{weight}(Kg)"),
        ("noticeNo", f"{short}-{place_short}-{found.year}-{rng.randint(1, 1400):05d}"),
        ("noticeSdt", f"{found + dt.timedelta(days=1):%Y%m%d}"),
        ("noticeEdt", f"{found + dt.timedelta(days=11):%Y%m%d}"),
        ("popfile", f"{image}.jpg"),
        ("processState", "보호중"),
        ("sexCd", rng.choice("MFQ")),
        ("neuterYn", rng.choice("NUY")),
        ("specialMark", rng.choice(MARKS)),
        ("careNm", name(row)),
        ("careTel", phone(row)),
        ("careAddr", address(row)),
        ("orgNm", f"{province} {local}".strip()),
    )  # fmt: skip
    item = "".join(f"<{tag}>{escape(value)}</{tag}>" for tag, value in fields)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><response><header>'
        f"<reqNo>{rng.randint(1000000, 99999999)}</reqNo><resultCode>00</resultCode>"
        "<resultMsg>NORMAL SERVICE.</resultMsg></header><body><items>"
        f"<item>{item}</item></items><numOfRows>10</numOfRows><pageNo>1</pageNo>"
        f"<totalCount>{rng.randint(1, 60)}</totalCount></body></response>\n"
    )


def namumark(row: dict[str, Any], rng: random.Random) -> str:
    """A NamuWiki article's source in NamuMark: the parent-article frame, ``[목차]``, an
    overview naming the district, an information table (``||`` cells, ``<tablealign>`` and
    colour attributes) with road and lot-number addresses, the number as ``'''전화번호'''`` and
    the licence date, a treatment section whose last line names the number again with a
    footnote of an invented date, and the categories."""
    province, local = _region(row)
    seen = _when(rng)
    table = [
        f"||<-2><tablealign=center><tablewidth=420><bgcolor=#2e8b57><color=#ffffff> "
        f"'''{name(row)}''' ||",
        f"|| '''주소''' || {address(row)} ||",
    ]
    if _f(row, "도로명전체주소") and _f(row, "소재지전체주소"):
        table.append(f"|| '''지번''' || {_f(row, '소재지전체주소')} ||")
    table.append(f"|| '''전화번호''' || {phone(row)} ||")
    if _licensed(row):
        table.append(f"|| '''개설''' || {_licensed(row)} ||")
    place = f"[[{province}]] [[{local}]]" if local else f"[[{province}]]"
    lines = [
        "[include(틀:상위 문서, top1=동물병원)]",
        "[목차]",
        "== 개요 ==",
        f"'''{name(row)}'''{_topic(name(row))} {place}에 있는 [[동물병원]]이다.",
        "",
        "== 정보 ==",
        *table,
        "",
        "== 진료 ==",
        rng.choice(TREATS),
        f"진료 시간은 {rng.choice(HOURS)}이며, 예약은 전화({phone(row)})로 받는다."
        f"[* {seen.year}년 {seen.month}월 기준.]",
        "",
        f"[[분류:{province}의 동물병원]]",
    ]
    if local:
        lines.append(f"[[분류:{local}의 건축물]]")
    return "\n".join(lines) + "\n"


def talktalk_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Naver TalkTalk chatbot API send event (the JSON body a partner posts to
    ``https://gw.talk.naver.com/chatbot/v1/event``): an invented user id and one
    ``compositeContent`` card of the hospital, its name as ``title``, a ``description`` of
    address, opening hours and the number, a text button and a Naver Map link button."""
    user = "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(22))
    query = quote(name(row))
    description = f"{address(row)}\n진료시간: {rng.choice(HOURS)}\n☎ {phone(row)}"
    event = {
        "event": "send",
        "user": user,
        "compositeContent": {
            "compositeList": [
                {
                    "title": name(row),
                    "description": description,
                    "buttonList": [
                        {"type": "TEXT", "data": {"title": "진료 예약 문의", "code": "RESERVE"}},
                        {
                            "type": "LINK",
                            "data": {
                                "title": "길찾기",
                                "url": f"https://map.naver.com/p/search/{query}",
                                "mobileUrl": f"https://m.map.naver.com/search2/search.naver?query={query}",
                            },
                        },
                    ],
                }
            ]
        },
    }
    return json.dumps(event, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "localdata_xml": localdata_xml,
    "apms_xml": apms_xml,
    "namumark": namumark,
    "talktalk_json": talktalk_json,
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
