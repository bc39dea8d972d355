"""held_out_193 of the PII evaluation set: real phone fields of a register no earlier part used
(the Korean National Police Agency's list of its police boxes nationwide, 지구대 and 파출소;
South Korea's earlier parts took the Public Data Portal's standard data of public libraries,
tourist sites and museums) exactly as published, in layouts no earlier part has, beside the
register's own office names, police stations, provincial agencies and addresses.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of KR (libraries, tourist sites, museums), JP, TW, CN, HK and
many others; here:

* the values are the ``전화번호`` fields of 500 police boxes (a seeded sample of 2,045;
  ``scripts/data/pii_kr_police_boxes.json``, written by ``scripts/kr_police_boxes_data.py``;
  source and licence in that file): South Korean numbers as the agency writes them, area code,
  exchange and line joined by hyphens (``02-2274-9003``, ``031-299-5100``), one with a blank
  on each side of each hyphen (``031 - 299 - 1158``), one with a doubled hyphen
  (``031--299-5104``), one that lost its trunk ``0`` (``638569112``), each field one number,
  labelled whole wherever it stands (two copies a record);
* the text around them is the same row's real fields: the office's name and kind (``장충``,
  ``파출소``), its police station (``서울중부``) and provincial agency (``서울청``) and its
  street address, with invented LOST112 article ids, found-item descriptions, organisation ids,
  document registration numbers, dates and times, unlabelled and scored;
* in layouts no earlier part has, Korean public-sector, messenger and word-processor formats,
  text in Korean: LOST112 found-item detail responses of the Korean National Police Agency's
  open API (``getLosfundDetailInfo`` XML: the box as ``depPlace``, its station as ``orgNm``, the
  number as ``tel`` and again in ``uniq``), official documents in the Korean government's
  electronic document exchange XML (``pubdoc``, 시행문: ``head``/``organ``, a ``body`` whose
  ``content`` names the number, a ``foot`` whose ``sendinfo`` holds ``address`` and
  ``telephone``), KakaoTalk chat exports (the PC app's ``.txt``: a neighbourhood group's talk,
  a date line, ``[nickname] [오후 2:13] message`` lines naming the number twice) and Hancom
  HWPML 2.x documents (``.hml``, the single-file XML of 한글 before HWPX: ``HEAD`` with
  ``DOCSUMMARY`` and ``MAPPINGTABLE``, ``BODY``/``SECTION`` paragraphs of ``TEXT``/``CHAR``
  runs naming the number in a contact line and a closing line, beside the emergency number
  ``112``, a short-number distractor).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored, with its data, before it was
ever scored.

    python scripts/pii_held_out_193.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_police_boxes.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_193.jsonl.gz"
SPLIT = "held_out_193"

LAYOUTS = ("lost112_detail", "pubdoc_xml", "kakaotalk_export", "hwpml_document")
PHONE = "전화번호"
KST = dt.timezone(dt.timedelta(hours=9))
WEEKDAYS = "월화수목금토일"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented found items: (category as LOST112 writes it, item name)
ITEMS = (
    ("지갑 > 남성용 지갑", "검정색 반지갑"), ("지갑 > 여성용 지갑", "분홍색 장지갑"),
    ("휴대폰 > 스마트폰", "흰색 스마트폰"), ("가방 > 백팩", "회색 백팩"),
    ("카드 > 신용(체크)카드", "체크카드 1매"), ("전자기기 > 무선이어폰", "무선이어폰 케이스"),
    ("귀금속 > 반지", "은색 반지"), ("쇼핑백 > 쇼핑백", "종이 쇼핑백"),
)  # fmt: skip
# invented titles of the station's official letters (no real letter is meant)
# invented titles of the station's official letters and the work each names (no real letter
# is meant)
TITLES = (
    ("관내 범죄예방 합동순찰 협조 요청", "범죄예방 합동순찰"),
    ("학교 주변 어린이 보호구역 순찰 강화 알림", "어린이 보호구역 순찰"),
    ("명절 연휴 특별방범 활동 안내", "명절 연휴 특별방범"),
    ("주민 참여 치안 간담회 개최 알림", "주민 참여 치안 간담회"),
    ("보이스피싱 예방 홍보물 배부 협조 요청", "보이스피싱 예방 홍보물 배부"),
)
RECIPIENTS = ("관내 초등학교장", "관할 행정복지센터장", "관내 아파트관리사무소장", "자율방범대장")
POSITIONS = (("순경", "경사"), ("경위", "경감"), ("경사", "경위"))
# invented nicknames of a neighbourhood chat (no real person is meant)
NICKS = ("하늘맘", "동네지킴이", "산책러", "콩이아빠", "새벽배송", "햇살가득", "초록우산", "봄날")
NOTICES = (
    "야간 방범 순찰 안내", "분실물 보관 및 반환 안내", "여름철 빈집 사전신고 안내",
    "어린이 등하굣길 안전 순찰 안내",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def office(row: dict[str, Any]) -> str:
    """The box's name with its kind, as its sign reads (``장충파출소``)."""
    return _f(row, "관서명") + _f(row, "구분")


def station(row: dict[str, Any]) -> str:
    """The police station the box belongs to (``서울중부경찰서``)."""
    return _f(row, "경찰서") + "경찰서"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of the number a ``전화번호`` field holds: the whole field, one number
    however its groups are joined (``031 - 299 - 1158``, ``031--299-5104``)."""
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
    national (no field begins with ``+``); the emergency number ``112`` an HWPML notice names
    is a distractor (a service number, ``personal_phone`` labels none)."""
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
    for m in re.finditer(r"(?<![\w./-])112(?![\w-])", text):
        assert not personal_phone(m.group(), row["country"])
        distractors.append([m.start(), m.end(), "PHONE_NUMBER", "short"])
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (KST), in office hours."""
    day = dt.datetime(2024, 1, 8, tzinfo=KST) + dt.timedelta(days=rng.randint(0, 330))
    return day.replace(
        hour=rng.randint(8, 20), minute=rng.randint(0, 59), second=rng.randint(0, 59)
    )


def _x(value: str) -> str:
    """``value`` as XML text."""
    return escape(value)


def _ampm(when: dt.datetime) -> str:
    """KakaoTalk's time of a message (``오후 2:13``)."""
    half = "오전" if when.hour < 12 else "오후"
    hour = when.hour % 12 or 12
    return f"{half} {hour}:{when.minute:02d}"


def _dotted(when: dt.datetime) -> str:
    """A date as Korean official documents write it (``2024. 3. 5.``)."""
    return f"{when.year}. {when.month}. {when.day}."


def lost112_detail(row: dict[str, Any], rng: random.Random) -> str:
    """A LOST112 found-item detail response (``getLosfundDetailInfo``, XML) of an item kept at
    the box: an invented article id (``F`` and sixteen digits), keeping state, the box as
    ``depPlace``, the default no-image path, an invented hour and place near the box's
    address, an invented item and its category, the station as ``orgNm`` with an invented
    organisation id, the number as ``tel`` and again in ``uniq``."""
    tel, name = phone(row), office(row)
    when = _when(rng)
    category, item = rng.choice(ITEMS)
    atc = f"F{when:%Y%m%d}{rng.randint(0, 99999999):08d}"
    uniq = (
        f"{item}을(를) {name}에서 보관하고 있습니다. 신분증을 지참하시고 방문 전 "
        f"{tel}(으)로 연락 바랍니다."
    )
    item_xml = (
        f"<atcId>{atc}</atcId><csteSteNm>보관중</csteSteNm><depPlace>{_x(name)}</depPlace>"
        "<fdFilePathImg>https://www.lost112.go.kr/lostnfs/images/sub/img02_no_img.gif"
        f"</fdFilePathImg><fdHor>{when.hour:02d}</fdHor>"
        f"<fdPlace>{_x(_f(row, '주소'))} 부근</fdPlace><fdPrdtNm>{_x(item)}</fdPrdtNm>"
        f"<fdSn>1</fdSn><fdYmd>{when:%Y-%m-%d}</fdYmd>"
        f"<fndKeepOrgnSeNm>경찰기관</fndKeepOrgnSeNm><orgId>{rng.randint(1310000, 1329999)}"
        f"</orgId><orgNm>{_x(station(row))}</orgNm><prdtClNm>{_x(category)}</prdtClNm>"
        f"<tel>{tel}</tel><uniq>{_x(uniq)}</uniq>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        "<response><header><resultCode>00</resultCode><resultMsg>NORMAL SERVICE.</resultMsg>"
        f"</header><body><item>{item_xml}</item></body></response>\n"
    )


def pubdoc_xml(row: dict[str, Any], rng: random.Random) -> str:
    """An official letter (시행문) of the box's station in the government's electronic document
    exchange XML (``pubdoc``): the station as ``organ``, an invented recipient and title, a
    ``content`` of numbered paragraphs naming the box and its number, the chief as
    ``sendername`` with the seal omitted, invented approvals, an invented registration number
    and enforcement date, and ``sendinfo`` with the box's address and number."""
    tel, name, org = phone(row), office(row), station(row)
    when = _when(rng)
    title, work = rng.choice(TITLES)
    first, last = rng.choice(POSITIONS)
    reg = f"생활안전과-{rng.randint(1000, 29999)}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE pubdoc SYSTEM "pubdoc.dtd">',
        '<?xml-stylesheet type="text/xsl" href="siheng.xsl"?>',
        "<pubdoc>",
        "  <head>",
        f"    <organ>{_x(org)}</organ>",
        "    <receiptinfo>",
        f'      <recipient refer="false"><rec>{rng.choice(RECIPIENTS)}</rec></recipient>',
        "    </receiptinfo>",
        "  </head>",
        "  <body>",
        f"    <title>{title}</title>",
        "    <content>",
        "      <p>1. 귀 기관의 무궁한 발전을 기원합니다.</p>",
        f"      <p>2. 우리 서 {_x(name)}에서는 {when.month}월 중 관내에서 {work} "
        "활동을 실시하고자 하오니 협조하여 주시기 바랍니다.</p>",
        f"      <p>3. 문의처: {_x(name)}({_x(_f(row, '주소'))}), 전화 {tel}</p>",
        "      <p>  끝.</p>",
        "    </content>",
        "  </body>",
        "  <foot>",
        f"    <sendername>{_x(org)}장</sendername>",
        '    <seal omit="true"/>',
        "    <approvalinfo>",
        f'      <approval order="1"><signposition>{first}</signposition>'
        f"<type>기안</type><date>{when:%Y-%m-%d}</date></approval>",
        f'      <approval order="final"><signposition>{_x(name)}장 {last}</signposition>'
        f"<type>전결</type><date>{when:%Y-%m-%d}</date></approval>",
        "    </approvalinfo>",
        "    <processinfo>",
        f"      <regnumber>{reg}</regnumber>",
        f"      <enforcedate>{_dotted(when)}</enforcedate>",
        "    </processinfo>",
        "    <sendinfo>",
        f"      <address>{_x(_f(row, '주소'))} {_x(name)}</address>",
        f"      <telephone>{tel}</telephone>",
        "      <fax></fax>",
        "      <email></email>",
        '      <publication code="1">공개</publication>',
        "    </sendinfo>",
        "  </foot>",
        "</pubdoc>",
        "",
    ]
    return "\n".join(lines)


def kakaotalk_export(row: dict[str, Any], rng: random.Random) -> str:
    """A KakaoTalk chat export (the PC app's ``.txt``) of an invented neighbourhood group near
    the box: the room's title and save time, a date line, and ``[nickname] [오후 2:13]`` lines
    in which one neighbour lost an item and others give the box's name and number."""
    tel, name = phone(row), office(row)
    when = _when(rng)
    nicks = rng.sample(NICKS, 3)
    category, item = rng.choice(ITEMS)
    times = [when + dt.timedelta(minutes=m) for m in sorted(rng.sample(range(1, 40), 4))]
    saved = times[-1] + dt.timedelta(hours=rng.randint(1, 5), seconds=rng.randint(0, 59))
    room = f"{_f(row, '관서명')} 동네 소통방"
    day = f"{when.year}년 {when.month}월 {when.day}일 {WEEKDAYS[when.weekday()]}요일"
    lines = [
        f"{room} 님과 카카오톡 대화",
        f"저장한 날짜 : {saved:%Y-%m-%d %H:%M:%S}",
        "",
        f"--------------- {day} ---------------",
        f"[{nicks[0]}] [{_ampm(when)}] 혹시 {item} 주우신 분 계신가요? 아까 "
        f"{_f(row, '주소')} 근처에서 잃어버렸어요 ㅠㅠ",
        f"[{nicks[1]}] [{_ampm(times[0])}] {name}에 한번 물어보세요",
        f"[{nicks[1]}] [{_ampm(times[1])}] 전화번호 {tel} 이에요",
        f"[{nicks[0]}] [{_ampm(times[2])}] 감사합니다! 방금 {tel} 로 전화해보니 보관 중이래요",
        f"[{nicks[2]}] [{_ampm(times[3])}] 다행이네요 👍",
        "",
    ]
    return "\n".join(lines)


def hwpml_document(row: dict[str, Any], rng: random.Random) -> str:
    """A Hancom HWPML 2.8 document (``.hml``) of a notice the box posts: ``HEAD`` with the
    ``DOCSUMMARY`` (title, the box as author, an invented date), ``DOCSETTING`` and a minimal
    ``MAPPINGTABLE`` (one font, one character and one paragraph shape), and a ``BODY``
    ``SECTION`` of ``P``/``TEXT``/``CHAR`` paragraphs: the title, the box's address, its number
    as a contact line, and a closing line repeating it."""
    tel, name = phone(row), office(row)
    when = _when(rng)
    notice = rng.choice(NOTICES)

    def para(text: str) -> str:
        return f'<P ParaShape="0" Style="0"><TEXT CharShape="0"><CHAR>{_x(text)}</CHAR></TEXT></P>'

    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>',
        '<HWPML Style="embed" SubVersion="8.0.0.0" Version="2.8">',
        '<HEAD SecCnt="1">',
        f"<DOCSUMMARY><TITLE>{_x(name)} {notice}</TITLE><AUTHOR>{_x(name)}</AUTHOR>"
        f"<DATE>{when.year}년 {when.month}월 {when.day}일 {WEEKDAYS[when.weekday()]}요일 "
        f"{'오전' if when.hour < 12 else '오후'} {when.hour % 12 or 12}:{when.minute:02d}:"
        f"{when.second:02d}</DATE></DOCSUMMARY>",
        '<DOCSETTING><BEGINNUMBER Endnote="1" Equation="1" Footnote="1" Page="1" '
        'Picture="1" Table="1"/><CARETPOS List="0" Para="0" Pos="0"/></DOCSETTING>',
        "<MAPPINGTABLE>",
        '<FACENAMELIST><FONTFACE Count="1" Lang="Hangul"><FONT Id="0" Name="함초롬바탕" '
        'Type="ttf"/></FONTFACE></FACENAMELIST>',
        '<CHARSHAPELIST Count="1"><CHARSHAPE BorderFillId="0" Height="1000" Id="0" '
        'ShadeColor="4294967295" SymMark="0" TextColor="0" UseFontSpace="false" '
        'UseKerning="false"><FONTID Hangul="0" Hanja="0" Japanese="0" Latin="0" Other="0" '
        'Symbol="0" User="0"/></CHARSHAPE></CHARSHAPELIST>',
        '<PARASHAPELIST Count="1"><PARASHAPE Align="Justify" Id="0" Level="0" TabDef="0">'
        '<PARAMARGIN Indent="0" Left="0" LineSpacing="160" LineSpacingType="Percent" '
        'Next="0" Prev="0" Right="0"/></PARASHAPE></PARASHAPELIST>',
        "</MAPPINGTABLE>",
        "</HEAD>",
        "<BODY>",
        '<SECTION Id="0">',
        para(f"{name} {notice}"),
        para(f"○ 관할: {_f(row, '시도청')} {station(row)}"),
        para(f"○ 위치: {_f(row, '주소')}"),
        para(f"○ 연락처: ☎ {tel}"),
        para(f"※ 긴급한 경우 112, 그 밖의 문의는 {name}({tel})로 연락 바랍니다."),
        para(f"{when.year}. {when.month}. {when.day}."),
        para(f"{name}장"),
        "</SECTION>",
        "</BODY>",
        "<TAIL></TAIL>",
        "</HWPML>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "lost112_detail": lost112_detail,
    "pubdoc_xml": pubdoc_xml,
    "kakaotalk_export": kakaotalk_export,
    "hwpml_document": hwpml_document,
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
