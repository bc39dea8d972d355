"""held_out_228 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of public health institutions, 전국보건기관표준데이터:
the local governments' public health centres, their branches and rural health posts; South
Korea's earlier parts took the Public Data Portal's standard data of public libraries, tourist
sites and museums, the National Police Agency's police boxes and the National Health Insurance
Service's branch offices) exactly as published, in layouts no earlier part has, beside the
register's own names, kinds, parent centres, districts and addresses.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of KR (libraries, tourist sites, museums, police boxes, NHIS
branches), JP, TW and many others; here:

* the values are the ``대표 전화번호`` fields of 600 public health institutions (a seeded
  sample of 3,598: 318 rural health posts, 228 branches, 44 health centres, 9 health-living
  support centres, one health and medical centre; ``scripts/data/pii_kr_health_centres.json``,
  written by ``scripts/kr_health_centres_data.py``; source and licence in that file): South
  Korean numbers as the register writes them, area code, exchange and line joined by hyphens
  (``02-2148-3514``, ``061-390-8371``, ``031-8024-8625``), one with a doubled hyphen
  (``061-390--7905``), each field one number, labelled whole wherever it stands;
* the text around them is the same row's real fields: the institution's name, kind, parent
  health centre, province, district, administrative dong, island flag and street address,
  with invented HIRA codes (``ykiho``, kind and province codes), founding dates, doctor
  counts, coordinates, Kakao place ids, KONEPS bid notice numbers, agency codes, reference
  numbers, budget amounts, dates and caption times, unlabelled and scored;
* in layouts no earlier part has, Korean health-sector, map, procurement and broadcast
  formats, text in Korean: responses of the Health Insurance Review and Assessment Service's
  hospital information API (병원정보서비스 ``getHospBasisList`` XML: the institution as an
  ``item`` with ``yadmNm``, ``clCd``/``clCdNm`` 보건소, 보건지소, 보건진료소 or 보건의료원, its
  address, ``telno`` and ``ykiho``), Kakao Local API keyword search responses (JSON:
  ``documents`` with ``place_name``, ``category_name``, ``phone``, the address and road
  address, ``x``/``y`` and ``place_url``; ``meta`` with ``same_name``), bid notices of the
  Public Procurement Service's KONEPS (나라장터) API (입찰공고정보서비스 JSON: the institution as
  demand agency, ``ntceInsttOfclTelNo`` the contact number, bid notice number, agency codes,
  budget and estimated price, dates) and SAMI captions of a public-information video (``.smi``:
  ``SYNC`` blocks with ``P Class=KRCC`` naming the centre, its work and, twice, its number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored, with its data, before it was
ever scored.

    python scripts/pii_held_out_228.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_health_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_228.jsonl.gz"
SPLIT = "held_out_228"

LAYOUTS = ("hira_hosp_basis", "kakao_local", "koneps_bid", "sami_captions")
PHONE = "대표 전화번호"
KST = dt.timezone(dt.timedelta(hours=9))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the register's kinds as HIRA's kind codes (종별코드) name them; a health-living support
# centre is no medical institution of HIRA's list
HIRA_KINDS = {
    "보건소": ("71", "보건소"), "일반보건지소": ("72", "보건지소"),
    "통합보건지소": ("72", "보건지소"), "보건진료소": ("73", "보건진료소"),
    "보건의료원": ("75", "보건의료원"),
}  # fmt: skip
# each province: its short name, HIRA's province code and a point near its middle (the
# invented coordinates are drawn around it)
PROVINCES = {
    "서울특별시": ("서울", "110000", 37.56, 126.98),
    "부산광역시": ("부산", "210000", 35.18, 129.07),
    "대구광역시": ("대구", "220000", 35.87, 128.60),
    "인천광역시": ("인천", "230000", 37.46, 126.70),
    "광주광역시": ("광주", "240000", 35.16, 126.85),
    "대전광역시": ("대전", "250000", 36.35, 127.38),
    "울산광역시": ("울산", "260000", 35.54, 129.31),
    "세종특별자치시": ("세종", "410000", 36.48, 127.29),
    "경기도": ("경기", "310000", 37.41, 127.52),
    "강원특별자치도": ("강원", "320000", 37.83, 128.16),
    "충청북도": ("충북", "330000", 36.64, 127.49),
    "충청남도": ("충남", "340000", 36.52, 126.80),
    "전북특별자치도": ("전북", "350000", 35.72, 127.15),
    "전라남도": ("전남", "360000", 34.86, 126.99),
    "경상북도": ("경북", "370000", 36.49, 128.89),
    "경상남도": ("경남", "380000", 35.46, 128.21),
    "제주특별자치도": ("제주", "390000", 33.49, 126.50),
}
# Kakao's category path of each kind (as its place search files health centres)
CATEGORIES = {
    "보건소": "의료,건강 > 보건소", "보건의료원": "의료,건강 > 보건소",
    "일반보건지소": "의료,건강 > 보건소 > 보건지소",
    "통합보건지소": "의료,건강 > 보건소 > 보건지소",
    "보건진료소": "의료,건강 > 보건소 > 보건진료소",
    "건강생활지원센터": "의료,건강 > 보건소 > 건강생활지원센터",
}  # fmt: skip
# invented services put out to tender (no real notice is meant)
WORKS = (
    "하절기 방역소독 위탁 용역", "청사 환경정비 용역", "건강증진 프로그램 운영 용역",
    "예방접종 안내문 제작 용역", "진료실 환경개선 공사 설계 용역", "모기 유충 구제 용역",
    "의료폐기물 수집·운반 위탁 용역",
)  # fmt: skip
DEPARTMENTS = ("보건행정과", "건강증진과", "보건정책과", "감염병관리과")
# invented topics of a centre's public-information video (no real video is meant)
TOPICS = (
    ("여름철 모기 매개 감염병 예방", "외출할 때는 밝은 색 긴 옷을 입고 기피제를 사용하세요."),
    ("어르신 독감 예방접종",
     "만 65세 이상 어르신은 가까운 보건기관에서 무료로 접종받을 수 있습니다."),
    ("금연 클리닉", "금연 상담과 니코틴 보조제를 무료로 지원합니다."),
    ("치매 조기 검진", "만 60세 이상이면 누구나 무료로 선별검사를 받을 수 있습니다."),
    ("고혈압·당뇨 관리", "혈압과 혈당을 정기적으로 측정하고 기록해 주세요."),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The institution's name (``약수보건지소``; the register's trailing blanks left out)."""
    return _f(row, "보건기관명")


def road_address(row: dict[str, Any]) -> str:
    """The street address without the register's notes after it (``서울특별시 종로구
    자하문로19길 36``)."""
    return re.split(r"\s*[(,]", _f(row, "주소"), maxsplit=1)[0].strip()


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index (a health-living support centre, no
    medical institution of HIRA's list, goes to the Kakao search in HIRA's turn)."""
    layout = LAYOUTS[n % len(LAYOUTS)]
    if layout == "hira_hosp_basis" and _f(row, "기관유형") not in HIRA_KINDS:
        return "kakao_local"
    return layout


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of the number a ``대표 전화번호`` field holds: the whole field, one number
    however its groups are joined (``061-390--7905``)."""
    return [(0, len(field))] if field else []


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one row's block (``where`` = split, locale, layout, index):
    each copy of its phone field labelled whole (a number no person holds is a distractor),
    national (no field begins with ``+``)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            value = field[s:e]
            kind = "international" if value.startswith("+") else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (KST), in office hours."""
    day = dt.datetime(2024, 1, 8, tzinfo=KST) + dt.timedelta(days=rng.randint(0, 320))
    return day.replace(
        hour=rng.randint(9, 17), minute=rng.randint(0, 59), second=rng.randint(0, 59)
    )


def _x(value: str) -> str:
    """``value`` as XML (or SAMI) text."""
    return escape(value)


def _point(row: dict[str, Any], rng: random.Random) -> tuple[float, float]:
    """Invented coordinates (longitude, latitude) near the middle of the row's province."""
    _, _, lat, lon = PROVINCES[_f(row, "시도")]
    return lon + rng.uniform(-0.25, 0.25), lat + rng.uniform(-0.2, 0.2)


def _final_consonant(word: str) -> bool:
    """Whether ``word``'s last syllable ends in a consonant (은/는, 이/가, 으로/로)."""
    last = word[-1]
    return "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0


def _eun(word: str) -> str:
    return word + ("은" if _final_consonant(word) else "는")


def _ykiho(rng: random.Random) -> str:
    """An invented encrypted institution code in the shape HIRA gives (base64 of ``#``- and
    ``$``-joined digit groups)."""
    groups = [str(rng.randint(100000, 999999)), str(rng.randint(10, 99)), "$1", "$0"]
    plain = "$" + "#".join(groups) + f"#$99${rng.randint(100000, 999999)}#71#$1#$8#$83"
    return base64.b64encode(plain.encode()).decode()


def hira_hosp_basis(row: dict[str, Any], rng: random.Random) -> str:
    """A response of HIRA's hospital information API (병원정보서비스, ``getHospBasisList``), as
    the service returns it, XML on one line: the ``header`` (``resultCode`` 00), one ``item``
    with the address, kind code and name, the doctors' counts (invented), administrative dong,
    an invented founding date, the district and province (HIRA's province code), ``telno``,
    invented ``XPos``/``YPos``, ``yadmNm`` and an invented ``ykiho``; the paging fields."""
    code, kind = HIRA_KINDS[_f(row, "기관유형")]
    short, sido_code, _, _ = PROVINCES[_f(row, "시도")]
    x, y = _point(row, rng)
    founded = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 40 * 365))
    doctors = 0 if code == "73" else rng.randint(1, 4)
    general = doctors if code != "71" else max(0, doctors - 1)
    fields = [
        ("addr", _f(row, "주소")),
        ("clCd", code),
        ("clCdNm", kind),
        ("drTotCnt", str(doctors)),
        ("emdongNm", _f(row, "읍면동명")),
        ("estbDd", f"{founded:%Y%m%d}"),
        ("gdrCnt", str(general)),
        ("intnCnt", "0"),
        ("resdntCnt", "0"),
        ("sdrCnt", str(doctors - general)),
        ("sgguCdNm", _f(row, "시군구")),
        ("sidoCd", sido_code),
        ("sidoCdNm", short),
        ("telno", phone(row)),
        ("XPos", f"{x:.7f}"),
        ("YPos", f"{y:.7f}"),
        ("yadmNm", name(row)),
        ("ykiho", _ykiho(rng)),
    ]
    item = "".join(f"<{key}>{_x(value)}</{key}>" for key, value in fields)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        "<response><header><resultCode>00</resultCode><resultMsg>NORMAL SERVICE.</resultMsg>"
        f"</header><body><items><item>{item}</item></items><numOfRows>10</numOfRows>"
        "<pageNo>1</pageNo><totalCount>1</totalCount></body></response>\n"
    )


def kakao_local(row: dict[str, Any], rng: random.Random) -> str:
    """A Kakao Local API keyword search response (``/v2/local/search/keyword.json``, the
    institution's name as the query), JSON as a client saved it: one document with an invented
    place ``id`` and ``place_url``, the name, Kakao's category path for the kind, category group
    ``HP8`` (병원), ``phone``, the address by administrative dong and the road address, invented
    ``x``/``y``, an empty ``distance``; ``meta`` with the counts and ``same_name``."""
    short = PROVINCES[_f(row, "시도")][0]
    x, y = _point(row, rng)
    place = str(rng.randint(10_000_000, 2_099_999_999))
    document = {
        "address_name": f"{short} {_f(row, '시군구')} {_f(row, '읍면동명')}",
        "category_group_code": "HP8",
        "category_group_name": "병원",
        "category_name": CATEGORIES[_f(row, "기관유형")],
        "distance": "",
        "id": place,
        "phone": phone(row),
        "place_name": name(row),
        "place_url": f"http://place.map.kakao.com/{place}",
        "road_address_name": road_address(row),
        "x": f"{x:.10f}",
        "y": f"{y:.10f}",
    }
    meta = {
        "is_end": True,
        "pageable_count": 1,
        "same_name": {"keyword": name(row), "region": [], "selected_region": ""},
        "total_count": 1,
    }
    return json.dumps({"documents": [document], "meta": meta}, ensure_ascii=False, indent=2) + "\n"


def koneps_bid(row: dict[str, Any], rng: random.Random) -> str:
    """A response of the Public Procurement Service's bid notice API for services (나라장터
    입찰공고정보서비스, ``getBidPblancListInfoServc``, ``type=json``), on one line as the
    service returns it: one invented notice of the district (notice agency) for the
    institution (demand agency), an invented notice number, reference number, agency codes,
    dates, budget and estimated price, the contracting officer's post (``exctvNm``), the
    office as ``ntceInsttOfclNm`` and the row's number as ``ntceInsttOfclTelNo``."""
    when = _when(rng)
    number = f"{when.year}{rng.randint(0, 9_999_999):07d}"
    budget = rng.randint(8, 180) * 1_100_000
    close = when + dt.timedelta(days=rng.randint(7, 14))
    agency = f"{_f(row, '시도')} {_f(row, '시군구')}"
    item = {
        "bidNtceNo": number,
        "bidNtceOrd": "000",
        "reNtceYn": "N",
        "rgstTyNm": "조달청 또는 나라장터 자체 공고건",
        "ntceKindNm": "일반",
        "intrbidYn": "N",
        "bidNtceDt": f"{when:%Y-%m-%d %H:%M:%S}",
        "refNo": f"{rng.choice(DEPARTMENTS)}-{rng.randint(1000, 29999)}",
        "bidNtceNm": f"{when.year}년 {name(row)} {rng.choice(WORKS)}",
        "ntceInsttCd": str(rng.randint(3_000_000, 5_999_999)),
        "ntceInsttNm": agency,
        "dminsttCd": str(rng.randint(3_000_000, 5_999_999)),
        "dminsttNm": name(row),
        "bidMethdNm": "전자입찰",
        "cntrctCnclsMthdNm": rng.choice(("제한경쟁", "일반경쟁")),
        "ntceInsttOfclNm": f"{name(row)} 계약담당",
        "ntceInsttOfclTelNo": phone(row),
        "ntceInsttOfclEmailAdrs": "",
        "exctvNm": "재무관",
        "bidBeginDt": f"{when + dt.timedelta(days=1):%Y-%m-%d} 10:00",
        "bidClseDt": f"{close:%Y-%m-%d} 10:00",
        "opengDt": f"{close:%Y-%m-%d} 11:00",
        "asignBdgtAmt": str(budget),
        "presmptPrce": str(budget * 10 // 11),
        "opengPlce": "국가종합전자조달시스템(나라장터)",
        "srvceDivNm": "일반용역",
        "bidNtceDtlUrl": "https://www.g2b.go.kr:8081/ep/invitation/publish/bidInfoDtl.do"
        f"?bidno={number}&bidseq=000&releaseYn=Y&taskClCd=5",
        "rgstDt": f"{when:%Y-%m-%d %H:%M:%S}",
    }
    body = {"items": [item], "numOfRows": 10, "pageNo": 1, "totalCount": 1}
    doc = {"response": {"header": {"resultCode": "00", "resultMsg": "정상."}, "body": body}}
    return json.dumps(doc, ensure_ascii=False) + "\n"


def sami_captions(row: dict[str, Any], rng: random.Random) -> str:
    """SAMI captions (``.smi``) of an invented public-information video of the institution:
    the ``HEAD`` with its title and the ``STYLE`` of a ``KRCC`` (Korean closed caption) class,
    ``SYNC`` blocks in milliseconds, each caption a ``P Class=KRCC`` line (``<br>`` inside),
    each followed by a ``&nbsp;`` clear: the greeting, where the institution is (its district,
    dong and street address), the topic and its advice, the number in a caption and again in
    the closing one; a note on boats for an island post."""
    topic, advice = rng.choice(TOPICS)
    where = f"{_f(row, '시군구')} {_f(row, '읍면동명')}"
    tel = phone(row)
    captions = [
        f"안녕하세요.<br>{_x(name(row))}입니다.",
        f"{_x(_eun(name(row)))} {_x(where)}에 있습니다.<br>({_x(road_address(row))})",
        f"오늘은 {_x(topic)}에 대해 안내해 드립니다.",
        _x(advice),
        f"자세한 사항은 {_x(name(row))}<br>☎ {tel}로 문의해 주십시오.",
    ]
    if _f(row, "도서지역 여부") == "예":
        captions.append("※ 도서 지역은 배편 일정에 따라<br>운영 시간이 달라질 수 있습니다.")
    captions.append(f"문의: {_x(name(row))} {tel}")
    lines = [
        "<SAMI>",
        "<HEAD>",
        f"<TITLE>{_x(name(row))} {_x(topic)} 안내</TITLE>",
        '<STYLE TYPE="text/css">',
        "<!--",
        "P { margin-left:8pt; margin-right:8pt; margin-bottom:2pt; margin-top:2pt;",
        "    text-align:center; font-size:20pt; font-family:굴림, Arial;",
        "    font-weight:normal; color:white; background-color:black; }",
        ".KRCC { Name:한국어; lang:ko-KR; SAMIType:CC; }",
        "-->",
        "</STYLE>",
        "</HEAD>",
        "<BODY>",
    ]
    at = rng.randint(500, 1500)
    for caption in captions:
        lines.append(f"<SYNC Start={at}><P Class=KRCC>{caption}")
        at += rng.randint(2800, 5200)
        lines.append(f"<SYNC Start={at}><P Class=KRCC>&nbsp;")
        at += rng.randint(200, 600)
    lines += ["</BODY>", "</SAMI>", ""]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "hira_hosp_basis": hira_hosp_basis,
    "kakao_local": kakao_local,
    "koneps_bid": koneps_bid,
    "sami_captions": sami_captions,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
