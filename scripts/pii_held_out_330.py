"""held_out_330 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of campsites, 전국야영(캠핑)장표준데이터, as the Public Data
Portal publishes it; Korea's earlier parts took other registers) exactly as published, in
layouts no earlier part has, beside the register's own names, addresses, sites, facilities and
coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, animal hospitals,
cultural festivals, parking lots, car rental businesses) and many others; here:

* the values are the ``야영장전화번호`` (the campsite's telephone) and ``관리기관전화번호`` (the
  telephone of the city or county office that manages its registration) fields of 400
  campsites, a seeded sample of the first row of each distinct campsite number of a kept shape
  (``scripts/data/pii_kr_campsites.json``, written by ``scripts/kr_campsites_data.py``; source
  and licence in that file): South Korean numbers as the providing offices typed them, area
  code, exchange and line joined by hyphens (``041-672-3043``, ``02-304-3213``,
  ``031-8036-6891``, ``070`` internet numbers), four nationwide numbers of eight digits
  (``1899-5852``); no mobile number (the register blanks them); the managing office's number
  written only where it is of a kept shape (not ``063-000-0000``), and labelled under the
  campsite's column where it is the campsite's own number; each copy labelled;
* the text around them is the same row's real fields: the campsite's name, kind, road and
  lot-number addresses, coordinates, sites, daily capacity, facilities, hours, fees, managing
  office, reference date and the providing body's code and name, with invented ids, time
  stamps, amounts and placeholder keys, unlabelled and scored;
* in layouts no earlier part has, a Korean OCR service's, a Korean database's loader's, a
  Korean calendar component's and a Korean payment gateway's formats, text in Korean: NAVER
  CLOVA OCR template responses (V2: the campsite's status card read into named ``fields``, the
  numbers as ``inferText``), Altibase iLoader load scripts (a FORM file and a data file written
  by here-documents, then ``iloader in``; the numbers as quoted fields of the data row), TOAST
  UI Calendar modules (NHN's ``@toast-ui/calendar``: ``createEvents`` with a booking whose
  ``body`` and ``raw`` carry the campsite's number and the managing office's) and NHN KCP
  standard payment order pages (``kcp_spay_hub.js``: the campsite as the buyer of a booking
  system's monthly fee, its number as ``buyr_tel1`` and in the order summary).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data, unscored.

    python scripts/pii_held_out_330.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from html import escape as html_escape
from pathlib import Path
from typing import Any

from kr_campsites_data import kept_number
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_campsites.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_330.jsonl.gz"
SPLIT = "held_out_330"

LAYOUTS = ("clova_ocr_template_json", "altibase_iloader_sh", "tui_calendar_js",
           "kcp_payment_html")  # fmt: skip
PHONE = "야영장전화번호"
MANAGER_PHONE = "관리기관전화번호"
EDGES = {"phone": r"\d", "manager": r"\d"}
# a booking system's monthly plans by the campsite's number of sites: (most sites, plan, fee)
PLANS = ((20, "베이직", 33000), (60, "스탠다드", 55000), (None, "프리미엄", 99000))
SEOUL = dt.timezone(dt.timedelta(hours=9))

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The campsite's telephone as published."""
    return _f(row, PHONE)


def manager_phone(row: dict[str, Any]) -> str:
    """The managing office's telephone as published, or "" where it is no number of a kept
    shape (a placeholder such as ``063-000-0000``)."""
    value = _f(row, MANAGER_PHONE)
    return value if kept_number(value) else ""


def name(row: dict[str, Any]) -> str:
    """The campsite's name as the register writes it (``오션파크``)."""
    return _f(row, "야영(캠핑)장명")


def manager(row: dict[str, Any]) -> str:
    """The managing office's name as published (``태안군청``)."""
    return _f(row, "관리기관명")


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this register does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's two telephone fields labelled, each
    under its column (the managing office's number under the campsite's where the two are
    one number); each copy stands apart: no digit next to it."""
    values = [("phone", phone(row)), ("manager", manager_phone(row))]
    columns = {"phone": PHONE, "manager": MANAGER_PHONE}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def address(row: dict[str, Any]) -> str:
    """The road address as published, or the lot-number address where it has none."""
    return _f(row, "소재지도로명주소") or _f(row, "소재지지번주소")


def coordinates(row: dict[str, Any]) -> tuple[str, str]:
    """The latitude and longitude as published (every kept row has both)."""
    return _f(row, "위도"), _f(row, "경도")


def sites(row: dict[str, Any]) -> int:
    """The campsite's number of sites (0 where the register leaves it empty)."""
    value = _f(row, "야영사이트수")
    return int(value) if value.isdigit() else 0


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment between January 2024 and September 2026, in Seoul time."""
    start = dt.datetime(2024, 1, 2, 8, 0, 0, tzinfo=SEOUL)
    return start + dt.timedelta(
        seconds=rng.randint(0, 1000 * 86400), milliseconds=rng.randint(0, 999)
    )


def _json(value: Any) -> str:
    """``value`` as JSON with two-space indents and Korean kept as it is."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _js(value: str) -> str:
    """``value`` as a single-quoted JavaScript string."""
    escaped = value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return "'" + escaped.replace("</", "<\\/") + "'"


def _card(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The campsite's status card as the managing office prints it: (field, value) pairs, the
    empty ones left out."""
    pairs = [
        ("야영장명", name(row)),
        ("구분", _f(row, "야영(캠핑)장구분")),
        ("소재지", address(row)),
        ("전화번호", phone(row)),
        ("야영사이트수", _f(row, "야영사이트수")),
        ("1일최대수용인원", _f(row, "1일최대수용인원수")),
        ("편의시설", _f(row, "편의시설")),
        ("안전시설", _f(row, "안전시설")),
        ("관리기관", manager(row)),
        ("관리기관 전화번호", manager_phone(row)),
        ("데이터기준일자", _f(row, "데이터기준일자")),
    ]
    return [(k, v) for k, v in pairs if v]


def clova_ocr_template_json(row: dict[str, Any], rng: random.Random) -> str:
    """A NAVER CLOVA OCR template response (``version`` ``V2``): an invented request id and
    millisecond time stamp, one image read with a matched template of the campsite status card
    (``inferResult`` ``SUCCESS``), its title and one field per item of the card, each with
    an invented bounding box, the value as ``inferText``, a confidence and ``type``
    ``NORMAL``."""
    top = rng.randint(180, 260)
    fields = []
    for i, (key, value) in enumerate(_card(row)):
        box = {
            "top": float(top + 62 * i),
            "left": float(rng.randint(300, 340)),
            "width": float(rng.randint(180, 900)),
            "height": float(rng.randint(34, 48)),
        }
        fields.append({
            "name": key,
            "bounding": box,
            "valueType": "ALL",
            "inferText": value,
            "inferConfidence": round(rng.uniform(0.93, 1.0), 4),
            "type": "NORMAL",
        })  # fmt: skip
    response = {
        "version": "V2",
        "requestId": str(uuid.UUID(int=rng.getrandbits(128))),
        "timestamp": int(_when(rng).timestamp() * 1000),
        "images": [
            {
                "uid": uuid.UUID(int=rng.getrandbits(128)).hex,
                "name": f"campsite_card_{rng.randint(1, 9999):04d}",
                "inferResult": "SUCCESS",
                "message": "SUCCESS",
                "matchedTemplate": {"id": rng.randint(10_000, 99_999), "name": "야영장 현황 카드"},
                "validationResult": {"result": "NO_REQUESTED"},
                "title": {
                    "name": "title",
                    "bounding": {"top": 72.0, "left": 410.0, "width": 520.0, "height": 64.0},
                    "inferText": "야영장 현황",
                    "inferConfidence": round(rng.uniform(0.97, 1.0), 4),
                },
                "fields": fields,
            }
        ],
    }
    return _json(response)


def _dat(value: str, numeric: bool = False) -> str:
    """One field of an iLoader data file (its CSV rule): a number bare, a string in double
    quotes with a quote doubled, an empty field left empty (NULL)."""
    if not value:
        return ""
    if numeric:
        return value
    return '"' + value.replace('"', '""') + '"'


# the loaded table's columns: (column, FORM type, register field or None, numeric)
COLUMNS = (
    ("CAMP_ID", "integer", None, True),
    ("CAMP_NM", "varchar (100)", "야영(캠핑)장명", False),
    ("CAMP_SE", "varchar (20)", "야영(캠핑)장구분", False),
    ("RDNMADR", "varchar (200)", "소재지도로명주소", False),
    ("LNMADR", "varchar (200)", "소재지지번주소", False),
    ("LATITUDE", "numeric (13, 10)", "위도", True),
    ("LONGITUDE", "numeric (13, 10)", "경도", True),
    ("CAMP_TELNO", "varchar (20)", PHONE, False),
    ("SITE_CO", "integer", "야영사이트수", True),
    ("DAY_MAX_NMPR", "integer", "1일최대수용인원수", True),
    ("CNVNNC_FCLTY", "varchar (200)", "편의시설", False),
    ("SAFE_FCLTY", "varchar (200)", "안전시설", False),
    ("MNG_INSTT_NM", "varchar (100)", "관리기관명", False),
    ("MNG_INSTT_TELNO", "varchar (20)", MANAGER_PHONE, False),
    ("REFERENCE_DATE", "char (10)", "데이터기준일자", False),
    ("INSTT_CODE", "char (7)", "제공기관코드", False),
    ("INSTT_NM", "varchar (100)", "제공기관명", False),
)


def altibase_iloader_sh(row: dict[str, Any], rng: random.Random) -> str:
    """An Altibase iLoader load script: a FORM file (``table`` with the columns' types and
    ``DATA_NLS_USE=UTF8``) and a data file of the campsite's row (the CSV rule: numbers bare,
    strings double-quoted, empty fields NULL; an invented id, the managing office's number
    only where it is of a kept shape) written by here-documents, then ``iloader in`` with
    ``-mode append`` and its log and bad files."""
    values = []
    for _, _, key, numeric in COLUMNS:
        if key is None:
            value = str(rng.randint(10_000, 99_999))
        elif key == MANAGER_PHONE:
            value = manager_phone(row)
        else:
            value = _f(row, key)
        if numeric and key in ("야영사이트수", "1일최대수용인원수") and not value.isdigit():
            value = ""
        values.append(_dat(value, numeric))
    form = [f'"{column}" {kind};' for column, kind, _, _ in COLUMNS]
    stamp = _when(rng)
    return "\n".join([
        "#!/bin/sh",
        f"# 전국야영(캠핑)장표준데이터 적재: {_f(row, '제공기관명')} 제공분"
        f" (기준일자 {_f(row, '데이터기준일자')})",
        f"# 작성 {stamp:%Y-%m-%d %H:%M}",
        "set -e",
        "export ALTIBASE_NLS_USE=UTF8",
        "cd /data/load/campsite",
        "",
        "cat > campsite.fmt <<'EOF'",
        "table CAMPSITE",
        "{",
        *form,
        "}",
        "DATA_NLS_USE=UTF8",
        "EOF",
        "",
        "cat > campsite.dat <<'EOF'",
        ",".join(values),
        "EOF",
        "",
        'iloader -s 127.0.0.1 -u campdb -p "$ALTI_PASSWORD" -port 20300 -silent \\',
        "  in -f campsite.fmt -d campsite.dat -mode append \\",
        f"  -log campsite_{stamp:%Y%m%d}.log -bad campsite_{stamp:%Y%m%d}.bad",
    ]) + "\n"  # fmt: skip


def tui_calendar_js(row: dict[str, Any], rng: random.Random) -> str:
    """A TOAST UI Calendar module (NHN's ``@toast-ui/calendar``, v2): a month view with a
    bookings calendar and a notices calendar, and ``createEvents`` with one booking at the
    campsite (its name, the address as ``location``, an invented stay, the register's hours and
    the number in ``body``, and ``raw`` with the campsite's and the managing office's numbers)
    and one all-day notice of the office's safety inspection."""
    stay = _when(rng).replace(hour=14, minute=0, second=0, microsecond=0)
    out = stay + dt.timedelta(days=rng.choice((1, 1, 2)), hours=-3)
    inspection = (stay - dt.timedelta(days=rng.randint(3, 20))).date()
    site = f"{rng.choice('ABCD')}-{rng.randint(1, max(sites(row), 1))}"
    hours = _f(row, "이용시간")
    body = f"{hours}\\n" if hours else ""
    raw = [
        f"      camp: {_js(name(row))},",
        f"      kind: {_js(_f(row, '야영(캠핑)장구분'))},",
        f"      tel: {_js(phone(row))},",
        f"      manager: {_js(manager(row))},",
    ]
    if manager_phone(row):
        raw.append(f"      managerTel: {_js(manager_phone(row))},")
    fee = _f(row, "이용요금")
    if fee:
        raw.append(f"      fee: {_js(fee)},")
    return "\n".join([
        "import Calendar from '@toast-ui/calendar';",
        "import '@toast-ui/calendar/dist/toastui-calendar.min.css';",
        "",
        f"// {name(row)} 예약 달력 ({_f(row, '제공기관명')} 제공 야영장 정보,"
        f" 기준일자 {_f(row, '데이터기준일자')})",
        "const calendar = new Calendar('#calendar', {",
        "  defaultView: 'month',",
        "  usageStatistics: false,",
        "  isReadOnly: true,",
        "  calendars: [",
        "    { id: 'booking', name: '예약', backgroundColor: '#03bd9e' },",
        "    { id: 'notice', name: '안내', backgroundColor: '#ffbb3b' },",
        "  ],",
        "});",
        "",
        "calendar.createEvents([",
        "  {",
        f"    id: {_js(str(rng.randint(100_000, 999_999)))},",
        "    calendarId: 'booking',",
        f"    title: {_js(f'{name(row)} {site} 사이트')},",
        "    category: 'time',",
        f"    start: '{stay:%Y-%m-%dT%H:%M:%S}',",
        f"    end: '{out:%Y-%m-%dT%H:%M:%S}',",
        f"    location: {_js(address(row))},",
        f"    body: '{body}문의 ☎ {phone(row)}',",
        "    state: 'Busy',",
        "    raw: {",
        *raw,
        "    },",
        "  },",
        "  {",
        f"    id: {_js(str(rng.randint(100_000, 999_999)))},",
        "    calendarId: 'notice',",
        f"    title: {_js(f'{manager(row)} 야영장 안전점검')},",
        "    category: 'allday',",
        f"    start: '{inspection:%Y-%m-%d}',",
        f"    end: '{inspection:%Y-%m-%d}',",
        "    isReadOnly: true,",
        "  },",
        "]);",
    ]) + "\n"  # fmt: skip


def _plan(row: dict[str, Any]) -> tuple[str, int]:
    """The plan and monthly fee for the campsite's number of sites."""
    count = sites(row)
    for most, plan, fee in PLANS:
        if most is None or count <= most:
            return plan, fee
    raise AssertionError(count)


def _hidden(key: str, value: str) -> str:
    """One hidden input of the order form."""
    return f'<input type="hidden" name="{key}" value="{html_escape(value)}">'


def kcp_payment_html(row: dict[str, Any], rng: random.Random) -> str:
    """An NHN KCP standard payment order page (``kcp_spay_hub.js``) of an invented campsite
    booking system's monthly fee: an order summary (the campsite, its address and number, its
    sites, the plan and fee) and the ``order_info`` form's hidden fields (a test site code, an
    invented order number, card payment, the plan as ``good_name``, the fee as ``good_mny`` in
    won, the campsite as buyer with its number as ``buyr_tel1``, empty result fields) with
    ``m_Completepayment`` and ``jsf__pay``."""
    tel = phone(row)
    plan, fee = _plan(row)
    when = _when(rng)
    good = f"캠핑장 예약관리 {plan} ({when.year}년 {when.month}월)"
    order = f"CAMP{when:%Y%m%d}{rng.randint(0, 999_999):06d}"
    summary = [
        ("야영장", name(row)),
        ("소재지", address(row)),
        ("전화번호", tel),
        ("사이트 수", f"{sites(row)}면" if sites(row) else ""),
        ("요금제", f"{plan} (월 {fee:,}원)"),
    ]
    items = [f"  <tr><th>{k}</th><td>{html_escape(v)}</td></tr>" for k, v in summary if v.strip()]
    fields = [
        ("site_cd", "T0000"),
        ("site_name", "캠핑장 예약관리"),
        ("ordr_idxx", order),
        ("pay_method", "100000000000"),
        ("good_name", good),
        ("good_mny", str(fee)),
        ("currency", "410"),
        ("buyr_name", name(row)),
        ("buyr_tel1", tel),
        ("buyr_tel2", ""),
        ("buyr_mail", ""),
        ("module_type", "01"),
        ("res_cd", ""),
        ("res_msg", ""),
        ("enc_info", ""),
        ("enc_data", ""),
        ("ret_pay_method", ""),
        ("tran_cd", ""),
        ("use_pay_method", ""),
    ]
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="ko">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html_escape(good)} 결제</title>",
        '<script type="text/javascript" src="https://spay.kcp.co.kr/plugin/kcp_spay_hub.js">'
        "</script>",
        '<script type="text/javascript">',
        "function m_Completepayment(FormOrJson, closeEvent) {",
        "  var frm = document.order_info;",
        "  GetField(frm, FormOrJson);",
        '  if (frm.res_cd.value == "0000") {',
        "    frm.submit();",
        "  } else {",
        '    alert("[" + frm.res_cd.value + "] " + frm.res_msg.value);',
        "    closeEvent();",
        "  }",
        "}",
        "function jsf__pay(form) {",
        "  try {",
        "    KCP_Pay_Execute_Web(form);",
        "  } catch (e) {",
        "    /* IE 에서 결제 정상종료시 throw로 스크립트 종료 */",
        "  }",
        "}",
        "</script>",
        "</head>",
        "<body>",
        "<h1>월 이용료 결제</h1>",
        '<form name="order_info" method="post" action="/kcp/pp_cli_hub">',
        '<table class="order-summary">',
        *items,
        "</table>",
        *[_hidden(k, v) for k, v in fields],
        '<input type="button" value="결제요청" onclick="jsf__pay(document.order_info);">',
        "</form>",
        "</body>",
        "</html>",
    ]) + "\n"  # fmt: skip


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "clova_ocr_template_json": clova_ocr_template_json,
    "altibase_iloader_sh": altibase_iloader_sh,
    "tui_calendar_js": tui_calendar_js,
    "kcp_payment_html": kcp_payment_html,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone fields
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
