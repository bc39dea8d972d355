"""held_out_338 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of performances and events, 전국공연행사정보표준데이터, as
the Public Data Portal publishes it; Korea's earlier parts took other registers) exactly as
published, in layouts no earlier part has, beside the register's own titles, venues,
organisers, addresses and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, animal hospitals,
cultural festivals, parking lots, car rental businesses, campsites) and many others; here:

* the values are the ``전화번호`` (the event's contact telephone) field of 480 performances and
  events, a seeded sample of the first row of each distinct number of a kept shape that no
  earlier Korean part holds and no row with a person-like organiser gives
  (``scripts/data/pii_kr_performance_events.json``, written by
  ``scripts/kr_performance_events_data.py``; source and licence in that file): South Korean
  numbers as the providing offices typed them, area code, exchange and line joined by hyphens
  (``032-868-7196``, ``02-2629-2250``, ``031-8045-3369``, ``070`` internet numbers), twelve
  nationwide numbers of eight digits (``1544-1555``); no mobile number; each copy labelled;
* the text around them is the same row's real fields: the title, venue, kind, dates and times,
  fee, admission age, organising and hosting bodies, seats, parking, web and booking pages,
  road and lot-number addresses, coordinates, reference date and the providing body's code and
  name (the free-text notes and discounts, which hold other numbers, left out), with invented
  ids, time stamps, amounts, hashes and placeholder keys, unlabelled and scored;
* in layouts no earlier part has, the formats of Korea's performing-arts box-office network,
  of a Korean bulletin-board engine, of a Korean payment gateway and of a Korean speech
  service, text in Korean: KOPIS (공연예술통합전산망) open API facility-detail responses
  (``prfplc``: the venue as ``fcltynm``, the number as ``telno``), Gnuboard 5 (그누보드)
  board-table rows as a MySQL dump writes them (``INSERT INTO `g5_write_notice```: the notice
  as ``wr_subject`` and HTML ``wr_content`` with a ``문의`` line, the number again as the extra
  field ``wr_1``), KG Inicis standard payment pages (``INIStdPay.js``: the organiser paying the
  venue's rental fee, its number as ``buyertel`` and in the rental summary) and NAVER Cloud
  CLOVA Voice Premium TTS requests (a ``curl`` script whose ``text`` announcement reads the
  number twice).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_338.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable
from html import escape as html_escape
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_performance_events.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_338.jsonl.gz"
SPLIT = "held_out_338"

LAYOUTS = ("kopis_prfplc_xml", "gnuboard5_write_sql", "inicis_stdpay_html",
           "clova_voice_tts_sh")  # fmt: skip
PHONE = "전화번호"
EDGES = {"phone": r"\d"}
SEOUL = dt.timezone(dt.timedelta(hours=9))
# KG Inicis's published test merchant and its signing key (the sample pages')
TEST_MID = "INIpayTest"
TEST_SIGNKEY = "SU5JTElURV9UUklQTEVERVNfS0VZU1RS"
# CLOVA Voice Premium voices
SPEAKERS = ("nara", "nminsang", "njinho", "nsinu", "njiyun")
# a venue's rental fee in won by its seats: (most seats, fee)
FEES = ((200, 300_000), (500, 550_000), (1000, 900_000), (None, 1_400_000))
PUBLIC_HALLS = ("문화회관", "문화예술회관", "예술회관", "아트센터", "예술의전당", "문예회관")

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The event's contact telephone as published."""
    return _f(row, PHONE)


def title(row: dict[str, Any]) -> str:
    """The performance's or event's title as published."""
    return _f(row, "행사명")


def venue(row: dict[str, Any]) -> str:
    """The venue as published (``인천수봉문화회관 소극장``)."""
    return _f(row, "장소")


def organiser(row: dict[str, Any]) -> str:
    """The first organising body (``주관기관명`` up to a ``+``), or the first hosting body, or
    the providing body where the row names neither."""
    for key in ("주관기관명", "주최기관명", "제공기관명"):
        value = _f(row, key).split("+")[0].strip()
        if value:
            return value
    raise AssertionError(row["path"])


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this register does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled under its column;
    each copy stands apart: no digit next to it."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def address(row: dict[str, Any]) -> str:
    """The road address as published, or the lot-number address where it has none."""
    return _f(row, "소재지도로명주소") or _f(row, "소재지지번주소")


def seats(row: dict[str, Any]) -> int:
    """The venue's seats (0 where the register gives no number)."""
    value = _f(row, "객석수")
    return int(value) if value.isdigit() else 0


def fee(row: dict[str, Any]) -> str:
    """The admission as the row gives it: the fee where it names one, else 유료 or 무료."""
    value = _f(row, "관람요금")
    if value and value != "0":
        return value if not value.isdigit() else f"{int(value):,}원"
    return _f(row, "요금정보") or "무료"


def dates(row: dict[str, Any]) -> str:
    """The event's dates and start time as published (``2026-06-13 15:00``, a range where it
    runs longer)."""
    start, end = _f(row, "행사시작일자"), _f(row, "행사종료일자")
    when = start if not end or end == start else f"{start} ~ {end}"
    time = _f(row, "행사시작시각")
    return f"{when} {time}" if time and time != "00:00" else when


def _start(row: dict[str, Any]) -> dt.date:
    """The first day of the event."""
    return dt.date.fromisoformat(_f(row, "행사시작일자"))


def _before(row: dict[str, Any], rng: random.Random, most: int) -> dt.datetime:
    """An invented moment up to ``most`` days before the event begins, in Seoul time."""
    day = _start(row) - dt.timedelta(days=rng.randint(3, most))
    return dt.datetime(day.year, day.month, day.day, tzinfo=SEOUL) + dt.timedelta(
        seconds=rng.randint(9 * 3600, 18 * 3600)
    )


def kopis_prfplc_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A KOPIS (공연예술통합전산망) open API facility-detail response (``prfplc/{mt10id}``): the
    venue as ``fcltynm`` with an invented facility id, its kind, seats, the number as
    ``telno``, the web page, address, coordinates, the amenities as ``N`` but parking from the
    register, and one hall (``mt13``) with an invented id."""
    fid = f"FC{rng.randint(1, 4999):06d}"
    name = venue(row)
    kind = "공공(문예회관)" if any(w in name for w in PUBLIC_HALLS) else "공공(기타)"
    parking = "Y" if _f(row, "주차장보유여부") == "Y" else "N"
    count = str(seats(row))
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        "<dbs>",
        "    <db>",
        f"        <fcltynm>{xml_escape(name)}</fcltynm>",
        f"        <mt10id>{fid}</mt10id>",
        "        <mt13cnt>1</mt13cnt>",
        f"        <fcltychartr>{kind}</fcltychartr>",
        "        <opende></opende>",
        f"        <seatscale>{count}</seatscale>",
        f"        <telno>{xml_escape(phone(row))}</telno>",
        f"        <relateurl>{xml_escape(_f(row, '홈페이지주소'))}</relateurl>",
        f"        <adres>{xml_escape(address(row))}</adres>",
        f"        <la>{_f(row, '위도')}</la>",
        f"        <lo>{_f(row, '경도')}</lo>",
        *[f"        <{key}>N</{key}>" for key in ("restaurant", "cafe", "store", "nolibang",
                                             "suyu", "parkbarrier", "restbarrier",
                                             "runwbarrier", "elevbarrier")],
        f"        <parkinglot>{parking}</parkinglot>",
        "        <mt13s>",
        "            <mt13>",
        f"                <prfplcnm>{xml_escape(name)}</prfplcnm>",
        f"                <mt13id>{fid}-01</mt13id>",
        f"                <seatscale>{count}</seatscale>",
        "                <stageorchat>N</stageorchat>",
        "                <stagepracat>N</stagepracat>",
        "                <stagedresat>N</stagedresat>",
        "                <stageoutdrat>N</stageoutdrat>",
        "                <disabledseatscale>0</disabledseatscale>",
        "                <stagearea></stagearea>",
        "            </mt13>",
        "        </mt13s>",
        "    </db>",
        "</dbs>",
    ]  # fmt: skip
    return "\n".join(lines) + "\n"


def _sql(value: str) -> str:
    """``value`` as a MySQL dump writes a string: single-quoted, with a backslash before a
    backslash, a quote and a double quote, and a newline as ``\\n``."""
    escaped = value.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"')
    return "'" + escaped.replace("\n", "\\n").replace("\r", "\\r") + "'"


# the board table's columns, as Gnuboard 5.4 creates a board's write table
G5_COLUMNS = (
    "wr_id", "wr_num", "wr_reply", "wr_parent", "wr_is_comment", "wr_comment",
    "wr_comment_reply", "ca_name", "wr_option", "wr_subject", "wr_content", "wr_seo_title",
    "wr_link1", "wr_link2", "wr_link1_hit", "wr_link2_hit", "wr_hit", "wr_good", "wr_nogood",
    "mb_id", "wr_password", "wr_name", "wr_email", "wr_homepage", "wr_datetime", "wr_file",
    "wr_last", "wr_ip", "wr_facebook_user", "wr_twitter_user", "wr_1", "wr_2", "wr_3", "wr_4",
    "wr_5", "wr_6", "wr_7", "wr_8", "wr_9", "wr_10",
)  # fmt: skip


def _seo_title(value: str) -> str:
    """Gnuboard's SEO title of a subject: its words joined by hyphens, punctuation dropped."""
    kept = "".join(c if c.isalnum() or c.isspace() else " " for c in value)
    return "-".join(kept.split())[:100]


def gnuboard5_write_sql(row: dict[str, Any], rng: random.Random) -> str:
    """A Gnuboard 5 notice board's row as a MySQL dump writes it (``INSERT INTO
    `g5_write_notice```): an invented post id, the title as ``wr_subject``, HTML
    ``wr_content`` listing the dates, venue, hosting and organising bodies, age, fee and a
    ``문의`` line with the number, the booking and web pages as links, the board's admin as
    author, an invented post time, hits and private IP, and the number, venue and dates as
    the extra fields ``wr_1`` to ``wr_4``."""
    wid = rng.randint(120, 4800)
    posted = _before(row, rng, 40).strftime("%Y-%m-%d %H:%M:%S")
    host, org = _f(row, "주최기관명"), _f(row, "주관기관명")
    items = [
        ("일시", dates(row)),
        ("장소", venue(row)),
        ("주최", host),
        ("주관", org),
        ("관람연령", _f(row, "입장연령")),
        ("관람료", fee(row)),
        ("문의", phone(row)),
    ]
    content = "".join(
        [f"<p><strong>{html_escape(title(row))}</strong></p>"]
        + [f"<p>{k}: {html_escape(v)}</p>" for k, v in items if v]
    )
    values = {
        "wr_id": str(wid), "wr_num": str(-wid), "wr_reply": "''", "wr_parent": str(wid),
        "wr_is_comment": "0", "wr_comment": "0", "wr_comment_reply": "''",
        "ca_name": _sql("공연"), "wr_option": _sql("html1"), "wr_subject": _sql(title(row)),
        "wr_content": _sql(content), "wr_seo_title": _sql(_seo_title(title(row))),
        "wr_link1": _sql(_f(row, "예매정보")), "wr_link2": _sql(_f(row, "홈페이지주소")),
        "wr_link1_hit": "0", "wr_link2_hit": "0", "wr_hit": str(rng.randint(3, 900)),
        "wr_good": "0", "wr_nogood": "0", "mb_id": _sql("admin"), "wr_password": "''",
        "wr_name": _sql("최고관리자"), "wr_email": "''", "wr_homepage": "''",
        "wr_datetime": _sql(posted), "wr_file": "0", "wr_last": _sql(posted),
        "wr_ip": _sql(f"192.168.{rng.randint(0, 9)}.{rng.randint(2, 254)}"),
        "wr_facebook_user": "''", "wr_twitter_user": "''", "wr_1": _sql(phone(row)),
        "wr_2": _sql(venue(row)), "wr_3": _sql(_f(row, "행사시작일자")),
        "wr_4": _sql(_f(row, "행사종료일자")),
        **{f"wr_{i}": "''" for i in range(5, 11)},
    }  # fmt: skip
    columns = ", ".join(f"`{c}`" for c in G5_COLUMNS)
    return "\n".join([
        f"-- 공연·행사 안내 게시판 이전: {_f(row, '제공기관명')} 제공 공연행사정보"
        f" (기준일자 {_f(row, '데이터기준일자')})",
        "-- wr_1 문의전화, wr_2 장소, wr_3 시작일, wr_4 종료일",
        "SET NAMES utf8mb4;",
        "",
        "LOCK TABLES `g5_write_notice` WRITE;",
        f"INSERT INTO `g5_write_notice` ({columns}) VALUES "
        f"({', '.join(values[c] for c in G5_COLUMNS)});",
        "UNLOCK TABLES;",
        "UPDATE `g5_board` SET `bo_count_write` = `bo_count_write` + 1"
        " WHERE `bo_table` = 'notice';",
    ]) + "\n"  # fmt: skip


def _rental_fee(row: dict[str, Any]) -> int:
    """The venue's rental fee in won for its seats (the smallest where it gives none)."""
    count = seats(row)
    for most, amount in FEES:
        if most is None or count <= most:
            return amount
    raise AssertionError(count)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def inicis_stdpay_html(row: dict[str, Any], rng: random.Random) -> str:
    """A KG Inicis standard payment page (``INIStdPay.js``, the test merchant ``INIpayTest``)
    of the venue's rental fee: a rental summary (the title, venue, dates, organiser, number and
    fee) and the ``SendPayForm_id`` form's hidden fields (an invented order id and millisecond
    time stamp, the fee as ``price``, the SHA-256 ``signature``, ``verification`` and ``mKey``
    of them, the rental as ``goodname``, the organiser as ``buyername`` with the number as
    ``buyertel``, an empty ``buyeremail``)."""
    tel, buyer, price = phone(row), organiser(row), _rental_fee(row)
    stamp = str(int(_before(row, rng, 60).timestamp() * 1000) + rng.randint(0, 999))
    oid = f"{TEST_MID}_{stamp}"
    good = f"{venue(row)} 대관료 ({_f(row, '행사시작일자')})"
    summary = [
        ("공연명", title(row)),
        ("대관 시설", venue(row)),
        ("대관일", dates(row)),
        ("주관", buyer),
        ("연락처", tel),
        ("대관료", f"{price:,}원"),
    ]
    fields = [
        ("version", "1.0"),
        ("gopaymethod", "Card:DirectBank:VBank"),
        ("mid", TEST_MID),
        ("oid", oid),
        ("price", str(price)),
        ("timestamp", stamp),
        ("use_chkfake", "Y"),
        ("signature", _sha256(f"oid={oid}&price={price}&timestamp={stamp}")),
        ("verification",
         _sha256(f"oid={oid}&price={price}&signKey={TEST_SIGNKEY}&timestamp={stamp}")),
        ("mKey", _sha256(TEST_SIGNKEY)),
        ("currency", "WON"),
        ("goodname", good),
        ("buyername", buyer),
        ("buyertel", tel),
        ("buyeremail", ""),
        ("returnUrl", "https://rental.example.or.kr/stdpay/INIStdPayReturn.php"),
        ("closeUrl", "https://rental.example.or.kr/stdpay/close.php"),
        ("acceptmethod", "HPP(1):below1000:va_receipt:centerCd(Y)"),
    ]  # fmt: skip
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="ko">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{html_escape(good)} 결제</title>",
        '<script language="javascript" type="text/javascript"'
        ' src="https://stdpay.inicis.com/stdjs/INIStdPay.js" charset="UTF-8"></script>',
        '<script type="text/javascript">',
        "function paybtn() {",
        "  INIStdPay.pay('SendPayForm_id');",
        "}",
        "</script>",
        "</head>",
        "<body>",
        "<h1>공연장 대관료 결제</h1>",
        '<table class="rental-summary">',
        *[f"  <tr><th>{k}</th><td>{html_escape(v)}</td></tr>" for k, v in summary if v],
        "</table>",
        '<form id="SendPayForm_id" name="SendPayForm_id" method="POST">',
        *[f'<input type="hidden" name="{k}" value="{html_escape(v)}">' for k, v in fields],
        "</form>",
        '<button type="button" onclick="paybtn()">결제요청</button>',
        "</body>",
        "</html>",
    ]) + "\n"  # fmt: skip


def _sh(value: str) -> str:
    """``value`` inside a double-quoted shell word: a backslash before ``\\``, ``"``, ``$``
    and a backquote."""
    for c in ("\\", '"', "$", "`"):
        value = value.replace(c, "\\" + c)
    return value


def _spoken_date(row: dict[str, Any]) -> str:
    """The first day as an announcement reads it (``6월 13일``)."""
    day = _start(row)
    return f"{day.month}월 {day.day}일"


def clova_voice_tts_sh(row: dict[str, Any], rng: random.Random) -> str:
    """A NAVER Cloud CLOVA Voice Premium request as a ``curl`` script: the API gateway's key
    headers from the environment, a voice, volume, speed, pitch and ``mp3``, and the
    announcement as ``text`` (the date, venue, title, age, fee, organiser and the number
    twice), written to an invented file name."""
    tel = phone(row)
    age = _f(row, "입장연령")
    paid = "무료" if fee(row) == "무료" else f"{fee(row)}"
    text = " ".join(
        [
            "안내 말씀 드립니다.",
            f"{_spoken_date(row)}, {venue(row)}에서 {title(row)} 공연이 열립니다.",
            f"관람료는 {paid}이며, {age} 관람하실 수 있습니다."
            if age
            else f"관람료는 {paid}입니다.",
            f"자세한 사항은 {organiser(row)}, 전화 {tel}번으로 문의해 주시기 바랍니다.",
            f"다시 한 번 알려 드립니다. 문의 전화는 {tel}번입니다. 감사합니다.",
        ]
    )
    speed = rng.choice((-1, 0, 0, 1))
    return "\n".join([
        "#!/bin/sh",
        f"# {_f(row, '제공기관명')} 공연행사 안내방송 음성 생성 (CLOVA Voice Premium)",
        f"# 행사: {title(row)} / 기준일자 {_f(row, '데이터기준일자')}",
        "set -eu",
        'curl -sS -X POST "https://naveropenapi.apigw.ntruss.com/tts-premium/v1/tts" \\',
        '  -H "Content-Type: application/x-www-form-urlencoded; charset=UTF-8" \\',
        '  -H "X-NCP-APIGW-API-KEY-ID: ${NCP_CLIENT_ID}" \\',
        '  -H "X-NCP-APIGW-API-KEY: ${NCP_CLIENT_SECRET}" \\',
        f'  -d "speaker={rng.choice(SPEAKERS)}" -d "volume=0" -d "speed={speed}"'
        ' -d "pitch=0" -d "format=mp3" \\',
        f'  --data-urlencode "text={_sh(text)}" \\',
        f'  -o "announce_{_start(row):%Y%m%d}_{rng.randint(1, 99):02d}.mp3"',
    ]) + "\n"  # fmt: skip


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "kopis_prfplc_xml": kopis_prfplc_xml,
    "gnuboard5_write_sql": gnuboard5_write_sql,
    "inicis_stdpay_html": inicis_stdpay_html,
    "clova_voice_tts_sh": clova_voice_tts_sh,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone labelled."""
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
