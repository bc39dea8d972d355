"""held_out_272 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (South Korea's national standard data of universities and colleges,
전국대학및전문대학정보표준데이터, provided by the Korean Council for University Education;
Korea's earlier parts took other registers) exactly as published, in layouts no earlier part
has, beside the register's own names, addresses, postcodes, web pages and dates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks)
and many others; here:

* the values are the ``대표전화번호`` (representative telephone) and ``대표팩스번호``
  (representative fax) fields of 400 universities, junior colleges and graduate schools, a
  seeded sample (``scripts/data/pii_kr_universities.json``, written by
  ``scripts/kr_universities_data.py``; source and licence in that file): South Korean numbers
  as the file writes them, area code, exchange and line joined by hyphens (``02-910-4903``,
  ``042-520-5524``, ``031-8005-2232``, two faxes ``0505-182-6923``), seven national
  representative numbers of eight digits (``1577-0020``), each copy labelled (a fax equal to
  the telephone is the telephone's);
* the text around them is the same row's real fields: the institution's name and English name,
  kind, founding type, campus, road and lot-number addresses, postcode, web page and date of
  founding, with invented map coordinates, job-posting numbers (``K`` and fifteen digits),
  salaries, bot, channel, band and post keys, epoch-millisecond times and dates, unlabelled and
  scored;
* in layouts no earlier part has, Korean portal, job-board and messenger formats, text in
  Korean: Naver Search API local search responses (``/v1/search/local.json``: one ``item``
  with the number as ``telephone``, the fax in its ``description``, ``mapx``/``mapy``),
  Worknet (고용24) job-posting detail responses of its open API (``wantedDtl`` XML:
  ``corpInfo``, ``wantedInfo`` with the fax in ``rcptMthd`` and the number in
  ``etcHopeCont``, ``empchargeInfo`` with ``contactTelno`` and ``chargerFaxNo``), NAVER WORKS
  Bot API message requests (``POST /v1.0/bots/{botId}/channels/{channelId}/messages`` with a
  ``button_template`` whose ``contentText`` names both numbers) and BAND Open API
  ``/v2/band/posts`` responses (one post of the institution's office whose ``content`` names
  both numbers).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_272.py   # rewrites the committed file
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
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_universities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_272.jsonl.gz"
SPLIT = "held_out_272"

LAYOUTS = ("naver_local", "worknet_wanted", "naverworks_bot", "band_posts")
PHONE, FAX = "대표전화번호", "대표팩스번호"
EDGES = {"phone": r"\d", "fax": r"\d"}
KST = dt.timezone(dt.timedelta(hours=9))

# an invented point near each province's main city (longitude, latitude), for map coordinates
CENTRES = {
    "서울특별시": (126.978, 37.566), "부산광역시": (129.075, 35.180),
    "대구광역시": (128.601, 35.871), "인천광역시": (126.705, 37.456),
    "광주광역시": (126.851, 35.160), "대전광역시": (127.385, 36.351),
    "울산광역시": (129.311, 35.539), "세종특별자치시": (127.289, 36.480),
    "경기도": (127.009, 37.275), "강원특별자치도": (127.730, 37.881),
    "충청북도": (127.489, 36.642), "충청남도": (127.113, 36.815),
    "전북특별자치도": (127.148, 35.824), "전라남도": (126.463, 34.816),
    "경상북도": (128.729, 36.019), "경상남도": (128.681, 35.228),
    "제주특별자치도": (126.531, 33.500),
}  # fmt: skip
# Naver's category of each kind of institution (``대학구분명``)
CATEGORIES = {
    "대학원": "교육,학문>대학원",
    "대학": "교육,학문>대학교",
    "전문대학": "교육,학문>전문대학",
}
# Worknet's industry name of each kind (KSIC 853: 고등 교육기관)
INDUSTRIES = {"대학원": "대학원", "대학": "대학교", "전문대학": "전문대학"}
# invented staff posts a university advertises: (job name, title, duties, department)
POSTS = (
    ("대학 행정사무원", "행정조교", "입학·학사 행정 업무 보조, 학생 상담 및 민원 응대", "교학팀"),
    ("대학 행정사무원", "계약직 행정직원", "교과과정 운영 지원, 학적·성적 관리, 각종 증명서 발급",
     "학사지원팀"),
    ("총무 사무원", "시설관리 직원", "강의실·연구실 시설 점검 및 유지보수, 물품 관리", "총무팀"),
    ("회계 사무원", "회계 담당 직원", "교비 회계 전표 처리, 연구비 정산 지원", "재무회계팀"),
    ("전산 보조원", "전산 담당 직원", "학사정보시스템 운영 지원, 강의실 기자재 관리", "정보전산팀"),
    ("사서", "도서관 사서", "자료 정리 및 대출·반납 업무, 이용자 교육", "학술정보팀"),
)  # fmt: skip
# invented notices an institution's office sends: (subject, body)
NOTICES = (
    ("신입생 모집 원서접수", "{year}학년도 {term} 신입생 모집 원서접수를 {start}부터 {end}까지 "
     "진행합니다. 제출 서류는 홈페이지 모집요강을 확인해 주세요."),
    ("입학설명회", "{year}학년도 {term} 입학설명회를 {start}에 개최합니다. 참석을 원하시는 분은 "
     "{end}까지 사전 신청해 주세요."),
    ("등록금 납부", "{year}학년도 {term} 등록금 납부 기간은 {start}부터 {end}까지입니다. "
     "분할 납부를 원하시는 분은 행정실로 연락해 주세요."),
    ("학위청구논문 심사", "{year}학년도 {term} 학위청구논문 심사 신청을 {start}부터 {end}까지 "
     "받습니다. 신청서와 논문 초록을 제출해 주세요."),
    ("수강신청", "{year}학년도 {term} 수강신청 기간은 {start}부터 {end}까지입니다. 정정 기간은 "
     "개강 후 1주일입니다."),
)  # fmt: skip
TERMS = ("전기", "후기")
PROFILES = "https://coresos-phinf.pstatic.net/a"  # BAND's profile image host

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The institution's representative telephone as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The institution's representative fax as published, stripped."""
    return _f(row, FAX)


def name(row: dict[str, Any]) -> str:
    """The institution's name as the register writes it (``국민대학교 행정대학원``)."""
    return _f(row, "학교명")


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this register does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and fax fields labelled
    (each copy stands apart: no digit next to it; a copy inside one taken before it is that
    one's, so a fax equal to the telephone is labelled as the telephone)."""
    values = [("phone", phone(row)), ("fax", fax(row))]
    columns = {"phone": PHONE, "fax": FAX}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment between January and November 2024 (KST), on a one-minute step."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=KST)
    return start + dt.timedelta(minutes=rng.randint(0, 320 * 1440))


def _key(rng: random.Random, n: int, alphabet: str = string.ascii_letters) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _road(row: dict[str, Any]) -> str:
    """The road address, less the building's name the register adds in brackets
    (``서울특별시 성북구 정릉로 77``)."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", _f(row, "소재지도로명주소"))


def _address(row: dict[str, Any]) -> str:
    """The road address as published, or the lot-number address where it has none."""
    return _f(row, "소재지도로명주소") or _f(row, "소재지지번주소")


def _province(row: dict[str, Any]) -> str:
    """The province of the address (the register's ``시도명`` where the address names none)."""
    first = (_address(row).split() or [""])[0]
    return first if first in CENTRES else _f(row, "시도명")


def _district(row: dict[str, Any]) -> str:
    """The province and its city, county or district (``서울특별시 성북구``)."""
    words = _address(row).split()
    kept = words[:1]
    for word in words[1:3]:
        if not re.search(r"[시군구]$", word) or re.search(r"\d", word):
            break
        kept.append(word)
    return " ".join(kept)


def _homepage(row: dict[str, Any]) -> str:
    """The web page as a URL (the register leaves the scheme out: ``gsaek.kookmin.ac.kr``)."""
    page = _f(row, "홈페이지주소")
    if not page or page.startswith("http"):
        return page
    return f"https://{page}"


def _dot(day: dt.date) -> str:
    """A date as Korean notices write it (``2024. 7. 22.``)."""
    return f"{day.year}. {day.month}. {day.day}."


def _notice(row: dict[str, Any], rng: random.Random, when: dt.datetime) -> tuple[str, str]:
    """An invented notice of the office: its subject and body."""
    subject, body = rng.choice(NOTICES)
    start = when + dt.timedelta(days=rng.randint(7, 30))
    end = start + dt.timedelta(days=rng.randint(5, 21))
    year = when.year + 1 if when.month >= 9 else when.year
    text = body.format(
        year=year, term=rng.choice(TERMS), start=_dot(start.date()), end=_dot(end.date())
    )
    return subject, text


def naver_local(row: dict[str, Any], rng: random.Random) -> str:
    """A Naver Search API local search response (``GET /v1/search/local.json``, JSON indented
    with tabs as Naver returns it): ``lastBuildDate``, the counts, and one ``item``: the name
    as ``title`` with the query in ``<b>``, the web page as ``link``, Naver's category, a
    ``description`` with the kind, founding type and fax, the number as ``telephone``, the
    lot-number (or road) and road addresses, and invented ``mapx``/``mapy`` (WGS84 degrees
    times 10^7, as strings)."""
    full = name(row)
    query = full.split()[0]
    title = full.replace(query, f"<b>{query}</b>", 1)
    lon, lat = CENTRES.get(_province(row), (127.0, 37.0))
    lon += rng.uniform(-0.12, 0.12)
    lat += rng.uniform(-0.09, 0.09)
    description = f"{_f(row, '학교구분명')}, {_f(row, '설립형태구분명')}. 팩스 {fax(row)}"
    item = {
        "title": title,
        "link": _homepage(row),
        "category": CATEGORIES.get(_f(row, "대학구분명"), "교육,학문>대학교"),
        "description": description,
        "telephone": phone(row),
        "address": _f(row, "소재지지번주소") or _road(row),
        "roadAddress": _road(row),
        "mapx": str(round(lon * 10**7)),
        "mapy": str(round(lat * 10**7)),
    }
    when = _when(rng)
    body = {
        "lastBuildDate": f"{when:%a, %d %b %Y %H:%M:%S %z}",
        "total": 1,
        "start": 1,
        "display": 1,
        "items": [item],
    }
    return json.dumps(body, ensure_ascii=False, indent="\t") + "\n"


def _x(value: str) -> str:
    return escape(value)


def worknet_wanted(row: dict[str, Any], rng: random.Random) -> str:
    """A Worknet (고용24) job-posting detail response of its open API (``callTp=D``,
    ``wantedDtl`` XML): an invented posting number (``K`` and fifteen digits), ``corpInfo``
    (the institution's name, industry, a line of its kind and founding, road address and web
    page), ``wantedInfo`` (an invented staff post: duties, closing date, terms, salary,
    selection, the fax in ``rcptMthd``, the number in ``etcHopeCont``, the work region) and
    ``empchargeInfo`` (the department, ``contactTelno`` and ``chargerFaxNo``)."""
    job, title, duties, department = rng.choice(POSTS)
    when = _when(rng)
    close = when + dt.timedelta(days=rng.randint(10, 30))
    office = f"{rng.choice(('13', '15', '16', '17'))}{rng.randint(1000, 9999)}"
    auth = f"K{office}{when:%y%m%d}{rng.randint(0, 999):03d}"
    salary = rng.choice(range(2_200_000, 3_200_001, 50_000))
    founded = _f(row, "설립일자")
    business = f"{_f(row, '설립형태구분명')} {_f(row, '학교구분명')}"
    if founded:
        business += f" (설립일 {founded})"
    fields = [
        ("wantedAuthNo", auth),
        ("corpInfo", [
            ("corpNm", name(row)),
            ("indTpCdNm", INDUSTRIES.get(_f(row, "대학구분명"), "대학교")),
            ("busiCont", business),
            ("corpAddr", _address(row)),
            ("homePg", _homepage(row)),
            ("busiSize", "기타"),
        ]),
        ("wantedInfo", [
            ("jobsNm", job),
            ("wantedTitle", f"[{name(row)}] {title} 채용"),
            ("jobCont", f"{duties}. 근무 부서: {department}"),
            ("receiptCloseDt", f"{close:%Y%m%d}"),
            ("empTpNm", rng.choice(("기간의 정함이 있는 근로계약", "기간의 정함이 없는 근로계약"))),
            ("collectPsncnt", str(rng.randint(1, 3))),
            ("salTpNm", f"월급 {salary:,}원 이상"),
            ("enterTpNm", rng.choice(("신입", "경력", "관계없음"))),
            ("eduNm", rng.choice(("대졸(4년)", "대졸(2~3년)", "학력무관"))),
            ("selMthd", rng.choice(("서류, 면접", "서류, 필기, 면접"))),
            ("rcptMthd", f"이메일, 팩스({fax(row)})"),
            ("submitDoc", "이력서, 자기소개서, 최종학력 졸업증명서"),
            ("etcHopeCont", f"자세한 사항은 {department}({phone(row)})으로 문의 바랍니다."),
            ("workRegion", _district(row)),
            ("workdayWorkhrCont", "주 5일 근무, 09:00~18:00"),
            ("fourIns", "국민연금 고용보험 산재보험 건강보험"),
            ("retirepay", "퇴직금"),
        ]),
        ("empchargeInfo", [
            ("empChargerDpt", department),
            ("contactTelno", phone(row)),
            ("chargerFaxNo", fax(row)),
        ]),
    ]  # fmt: skip

    def lines(items: list[tuple[str, Any]], depth: int) -> list[str]:
        pad = "  " * depth
        out = []
        for tag, value in items:
            if isinstance(value, list):
                out += [f"{pad}<{tag}>", *lines(value, depth + 1), f"{pad}</{tag}>"]
            else:
                out.append(f"{pad}<{tag}>{_x(value)}</{tag}>")
        return out

    doc = ['<?xml version="1.0" encoding="UTF-8"?>', "<wantedDtl>", *lines(fields, 1)]
    return "\n".join([*doc, "</wantedDtl>", ""])


def naverworks_bot(row: dict[str, Any], rng: random.Random) -> str:
    """A NAVER WORKS Bot API message request as sent (``POST /v1.0/bots/{botId}/channels/
    {channelId}/messages`` to ``www.worksapis.com``, the bearer token left as a placeholder):
    a ``button_template`` whose ``contentText`` is an invented notice of the institution's
    office with its address and both numbers, and a ``uri`` action to the web page and a
    ``message`` action."""
    when = _when(rng)
    subject, text = _notice(row, rng, when)
    bot = rng.randint(2000000, 9999999)
    channel = "-".join(_key(rng, k, "0123456789abcdef") for k in (8, 4, 4, 4, 12))
    content_text = (
        f"[{name(row)}] {subject} 안내\n{text}\n\n"
        f"주소: {_address(row)}\n문의: 행정실 {phone(row)} / 팩스 {fax(row)}"
    )
    actions: list[dict[str, str]] = []
    if _homepage(row):
        actions.append({"type": "uri", "label": "홈페이지", "uri": _homepage(row)})
    actions.append({"type": "message", "label": "담당자 연결", "postback": f"contact_{subject}"})
    body = {"content": {"type": "button_template", "contentText": content_text, "actions": actions}}
    payload = json.dumps(body, ensure_ascii=False, indent=2)
    head = [
        f"POST /v1.0/bots/{bot}/channels/{channel}/messages HTTP/1.1",
        "Host: www.worksapis.com",
        "Authorization: Bearer {ACCESS_TOKEN}",
        "Content-Type: application/json; charset=UTF-8",
        f"Content-Length: {len(payload.encode('utf-8'))}",
        "",
    ]
    return "\r\n".join(head) + "\r\n" + payload + "\n"


def band_posts(row: dict[str, Any], rng: random.Random) -> str:
    """A BAND Open API ``GET /v2/band/posts`` response (JSON on one line): ``result_code`` 1 and
    ``result_data`` with ``paging`` and one ``item``: a post of the institution's office (an
    invented notice with the English name, address, postcode and both numbers) with its
    ``author`` (the office, role ``leader``, an invented ``user_key``), invented ``post_key``
    and ``band_key``, counts and ``created_at`` in epoch milliseconds."""
    when = _when(rng)
    subject, text = _notice(row, rng, when)
    band_key = _key(rng, 24)
    english = _f(row, "학교 영문명")
    lines = [f"[{subject} 안내]", text, ""]
    if english:
        lines.append(f"{name(row)} ({english})")
    else:
        lines.append(name(row))
    postcode = _f(row, "도로명우편번호")
    lines.append(f"({postcode}) {_address(row)}" if postcode else _address(row))
    lines.append(f"☎ {phone(row)}  팩스 {fax(row)}")
    if _homepage(row):
        lines.append(_homepage(row))
    item = {
        "content": "\n".join(lines),
        "author": {
            "name": f"{name(row)} 행정실",
            "description": "공지 담당",
            "role": "leader",
            "profile_image_url": f"{PROFILES}/{_key(rng, 6)}/{_key(rng, 8)}.png",
            "user_key": _key(rng, 24),
        },
        "post_key": _key(rng, 24),
        "comment_count": rng.randint(0, 12),
        "created_at": int(when.timestamp() * 1000),
        "photos": [],
        "emotion_count": rng.randint(0, 40),
        "latest_comments": [],
        "band_key": band_key,
    }
    paging = {
        "previous_params": None,
        "next_params": {"after": _key(rng, 16), "limit": "20", "band_key": band_key},
    }
    body = {"result_code": 1, "result_data": {"paging": paging, "items": [item]}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "naver_local": naver_local,
    "worknet_wanted": worknet_wanted,
    "naverworks_bot": naverworks_bot,
    "band_posts": band_posts,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone and fax
    fields labelled."""
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
