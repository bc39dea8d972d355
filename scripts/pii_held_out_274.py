"""held_out_274 of the PII evaluation set: real phone fields of a register no earlier part used
(South Korea's national standard data of dementia centres, 전국치매센터표준데이터, provided by
the local governments; Korea's earlier parts took other registers) exactly as published, in
layouts no earlier part has, beside the register's own names, addresses, coordinates and
programme introductions.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR (public libraries, tourist sites, museums,
police boxes, NHIS branches, public health institutions, recreational forests, urban parks,
universities) and many others; here:

* the values are the ``운영기관전화번호`` (the operating body's telephone) and
  ``관리기관전화번호`` (the managing body's telephone) fields of 308 dementia centres
  (``scripts/data/pii_kr_dementia_centres.json``, written by
  ``scripts/kr_dementia_centres_data.py``; source and licence in that file): South Korean
  numbers as the file writes them, area code, exchange and line joined by hyphens
  (``063-540-4978``, ``02-2680-6546``, ``031-5189-4361``), three of eight digits
  (``3272-1578``, ``1666-1234``), each copy labelled (a managing body's number equal to the
  operating body's is the operating body's; 26 rows have none);
* the text around them is the same row's real fields: the centre's name and kind, road and
  lot-number addresses, coordinates, the operating and managing bodies' names, the
  introduction of its programmes and the providing body, with invented post, chat, message
  and service ids, dates and times, unlabelled and scored;
* in layouts no earlier part has, Korean messenger, blog and government-portal formats, text
  in Korean: Kakao JavaScript SDK share calls (``Kakao.Share.sendDefault`` with a ``location``
  template: the address, a ``content`` whose ``description`` names both numbers, a Kakao Map
  link with the coordinates, ``serverCallbackArgs`` repeating them), Channel Talk (채널톡) Open
  API v5 message requests (``curl`` to ``/open/v5/user-chats/{userChatId}/messages`` with the
  access key and secret from the environment and a JSON body of ``text`` and ``bullets``
  blocks), Tistory Open API ``post/read`` responses (``<tistory>`` XML whose ``content`` is the
  post's HTML, escaped: a table of the centre with both numbers and a closing line) and
  Gov24 public-service detail responses of the Ministry of the Interior and Safety's open API
  (``api.odcloud.kr/api/gov24/v3/serviceDetail`` JSON with Korean keys: the centre's service
  with both numbers in ``문의처`` and again in ``신청방법`` and ``지원내용``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored.

    python scripts/pii_held_out_274.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_kr_dementia_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_274.jsonl.gz"
SPLIT = "held_out_274"

LAYOUTS = ("kakao_share", "channel_talk", "tistory_post", "gov24_service")
PHONE, MANAGER = "운영기관전화번호", "관리기관전화번호"
EDGES = {"phone": r"\d", "manager": r"\d"}
KST = dt.timezone(dt.timedelta(hours=9))

# invented services a centre offers: (service name, purpose, who may apply, documents)
SERVICES = (
    ("치매조기검진", "치매를 조기에 발견하여 적기에 치료와 관리를 받을 수 있도록 지원",
     "관내 거주 만 60세 이상 주민", "신분증"),
    ("치매치료관리비 지원", "치매 치료비 부담을 덜어 꾸준한 치료와 관리를 지원",
     "치매 진단을 받고 치매치료제를 복용 중인 관내 거주자", "신분증, 진단서, 처방전, 통장 사본"),
    ("치매환자 조호물품 지원", "재가 치매환자 가족의 돌봄 부담 경감",
     "치매안심센터에 등록된 재가 치매환자", "신분증, 치매 진단서"),
    ("배회가능 어르신 인식표 발급", "치매 어르신의 실종을 예방하고 신속한 귀가를 지원",
     "배회 증상이 있거나 실종이 우려되는 치매 어르신", "신분증, 사진 1매"),
    ("치매환자 쉼터 운영", "경증 치매환자의 인지기능 유지와 가족의 돌봄 부담 경감",
     "장기요양등급이 없는 경증 치매환자", "신분증, 치매 진단서"),
)  # fmt: skip
# invented questions a user asks the dementia hotline's chat
QUESTIONS = (
    "어머니 기억력 검사를 받고 싶은데 가까운 곳이 있을까요?",
    "치매 치료비 지원은 어디에서 신청하나요?",
    "아버지 배회 인식표를 발급받으려면 어디로 가야 하나요?",
    "가족교실 일정이 궁금합니다.",
    "무료 치매검사는 예약이 필요한가요?",
)
BLOGS = ("dementia-care", "silver-note", "hyodo-life", "memory-diary", "carelog")

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The operating body's telephone as published, stripped."""
    return _f(row, PHONE)


def manager(row: dict[str, Any]) -> str:
    """The managing body's telephone as published, stripped ("" in 26 rows)."""
    return _f(row, MANAGER)


def name(row: dict[str, Any]) -> str:
    """The centre's name as the register writes it (``김제시 치매안심센터``)."""
    return _f(row, "치매센터명")


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this register does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's two telephone fields labelled (each
    copy stands apart: no digit next to it; a copy inside one taken before it is that one's,
    so a managing body's number equal to the operating body's is labelled as the latter)."""
    values = [("phone", phone(row)), ("manager", manager(row))]
    columns = {"phone": PHONE, "manager": MANAGER}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment between January and November 2024 (KST), on a one-second step."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=KST)
    return start + dt.timedelta(seconds=rng.randint(0, 320 * 86400))


def _key(rng: random.Random, n: int, alphabet: str = string.ascii_lowercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _address(row: dict[str, Any]) -> str:
    """The road address as published, or the lot-number address where it has none."""
    return _f(row, "소재지도로명주소") or _f(row, "소재지지번주소")


def _body(row: dict[str, Any], key: str) -> str:
    """The operating (``운영기관명``) or managing (``관리기관명``) body's name; the register's
    placeholder ``x`` (or nothing) read as the centre itself."""
    value = _f(row, key)
    return name(row) if value in ("", "x") else value


def _programmes(row: dict[str, Any]) -> str:
    """The introduction of the centre's programmes as published, on one line."""
    return " ".join(_f(row, "주요치매관리프로그램소개").split())


def _contacts(row: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(role, body, number) of the operating body and of the managing body where it has a
    number."""
    out = [("운영기관", _body(row, "운영기관명"), phone(row))]
    if manager(row):
        out.append(("관리기관", _body(row, "관리기관명"), manager(row)))
    return out


def _js(value: str) -> str:
    """``value`` as a single-quoted JavaScript string literal."""
    escaped = value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return f"'{escaped}'"


def kakao_share(row: dict[str, Any], rng: random.Random) -> str:
    """A page script of the Kakao JavaScript SDK sharing the centre to KakaoTalk
    (``Kakao.Share.sendDefault`` with ``objectType: 'location'``): the road address and the
    name as ``addressTitle``, a ``content`` with a title, a ``description`` naming the
    operating and managing bodies and their numbers, an image and a Kakao Map link with the
    coordinates, a button, and ``serverCallbackArgs`` repeating the centre's id and both
    numbers."""
    center_id = f"DC{rng.randint(10000, 99999)}"
    lat, lon = _f(row, "위도"), _f(row, "경도")
    link = f"https://map.kakao.com/link/map/{quote(name(row))},{lat},{lon}"
    described = " / ".join(f"{role} {body} ☎ {number}" for role, body, number in _contacts(row))
    args = {"centerId": center_id, "operatorTel": phone(row)}
    if manager(row):
        args["managerTel"] = manager(row)
    title = f"{name(row)} ({_f(row, '치매센터유형')})"
    args_js = ", ".join(f"{key}: {_js(value)}" for key, value in args.items())
    image = f"https://k.kakaocdn.net/dn/{_key(rng, 6, string.ascii_letters)}/img_640x640.jpg"
    lines = [
        "// 치매안심센터 찾기: 센터 상세 화면의 카카오톡 공유 버튼",
        "Kakao.init('JAVASCRIPT_KEY');",
        "",
        "document.getElementById('kakaotalk-sharing-btn').addEventListener('click', () => {",
        "  Kakao.Share.sendDefault({",
        "    objectType: 'location',",
        f"    address: {_js(_address(row))},",
        f"    addressTitle: {_js(name(row))},",
        "    content: {",
        f"      title: {_js(title)},",
        f"      description: {_js(described)},",
        f"      imageUrl: {_js(image)},",
        "      imageWidth: 640,",
        "      imageHeight: 640,",
        "      link: {",
        f"        mobileWebUrl: {_js(link)},",
        f"        webUrl: {_js(link)},",
        "      },",
        "    },",
        "    buttons: [",
        "      {",
        "        title: '길찾기',",
        f"        link: {{ mobileWebUrl: {_js(link)}, webUrl: {_js(link)} }},",
        "      },",
        "    ],",
        f"    serverCallbackArgs: {{ {args_js} }},",
        "  });",
        "});",
        "",
    ]
    return "\n".join(lines)


def channel_talk(row: dict[str, Any], rng: random.Random) -> str:
    """A Channel Talk (채널톡) Open API v5 request a counselling bot sends (``curl -X POST`` to
    ``/open/v5/user-chats/{userChatId}/messages?botName=...`` with ``x-access-key`` and
    ``x-access-secret`` from the environment, the JSON body on a here-document): ``blocks`` of
    a ``text`` answering an invented question with the centre's name and the operating body's
    number, a ``bullets`` block of the address, each body with its number and the programmes,
    and, where the managing body has a number, a closing ``text`` with it."""
    chat = _key(rng, 24, "0123456789abcdef")
    bot = "치매상담봇"
    question = rng.choice(QUESTIONS)
    bullets = [f"센터: {name(row)} ({_f(row, '치매센터유형')})", f"주소: {_address(row)}"]
    bullets += [f"{role}: {body} ({number})" for role, body, number in _contacts(row)]
    if _programmes(row):
        bullets.append(f"주요 프로그램: {_programmes(row)}")
    body = {
        "blocks": [
            {"type": "text", "value": f"문의하신 내용(\"{question}\")에 대해 안내드립니다."},
            {"type": "text",
             "value": f"가까운 곳은 <b>{name(row)}</b>입니다. 방문 전 {phone(row)}로 "
                      "전화 예약해 주세요."},
            {"type": "bullets", "blocks": [{"type": "text", "value": b} for b in bullets]},
        ],
        "options": ["actAsManager"],
    }  # fmt: skip
    if manager(row):
        body_name = _body(row, "관리기관명")
        closing = f"검사비 지원 등은 관리기관({body_name}) {manager(row)}로 문의하세요."
        body["blocks"].append({"type": "text", "value": closing})
    payload = json.dumps(body, ensure_ascii=False, indent=2)
    lines = [
        "curl -X POST "
        f"'https://api.channel.io/open/v5/user-chats/{chat}/messages?botName={quote(bot)}' \\",
        '  -H "x-access-key: $CHANNEL_ACCESS_KEY" \\',
        '  -H "x-access-secret: $CHANNEL_ACCESS_SECRET" \\',
        "  -H 'Content-Type: application/json' \\",
        "  --data-binary @- <<'JSON'",
        payload,
        "JSON",
        "",
    ]
    return "\n".join(lines)


def _x(value: str) -> str:
    return escape(value)


def tistory_post(row: dict[str, Any], rng: random.Random) -> str:
    """A Tistory Open API ``post/read`` response (``output=xml``): ``<tistory>`` with
    ``status`` 200 and the ``item`` of a local blog's post about the centre: its URL, invented
    post id, title, ``content`` (the post's HTML, escaped: an introduction, a table of the
    centre's kind, addresses, each body and its number and the programmes, a closing line
    with the operating body's number and one with the managing body's where it has one),
    category, visibility, tags and date."""
    blog = f"{rng.choice(BLOGS)}{rng.randint(1, 99)}"
    post = rng.randint(12, 980)
    when = _when(rng)
    district = f"{_f(row, '시도')} {_f(row, '시군구')}".strip()
    cells = [
        ("구분", _f(row, "치매센터유형")),
        ("도로명 주소", _f(row, "소재지도로명주소")),
        ("지번 주소", _f(row, "소재지지번주소")),
    ]
    cells += [(f"{role} ({body})", number) for role, body, number in _contacts(row)]
    if _programmes(row):
        cells.append(("주요 프로그램", _programmes(row)))
    html = [
        f"<p>{_x(district)}에 있는 <b>{_x(name(row))}</b> 정보를 정리했습니다. "
        "부모님 기억력이 걱정되신다면 먼저 전화로 상담받아 보세요.</p>",
        "<table><tbody>",
        *(f"<tr><th>{_x(k)}</th><td>{_x(v)}</td></tr>" for k, v in cells if v),
        "</tbody></table>",
        f"<p>방문 전에 {phone(row)}로 예약하시면 기다리지 않고 검사받을 수 있어요.</p>",
    ]
    if manager(row):
        html.append(
            f"<p>지원 사업 문의는 {_x(_body(row, '관리기관명'))}({manager(row)})로 하시면 "
            "됩니다.</p>"
        )
    content = "\n".join(html)
    tags = ["치매안심센터", _f(row, "시군구") or _f(row, "시도"), "치매검사"]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<tistory>",
        "  <status>200</status>",
        "  <item>",
        f"    <url>https://{blog}.tistory.com</url>",
        "    <secondaryUrl></secondaryUrl>",
        f"    <id>{post}</id>",
        f"    <title>{_x(name(row))} 이용 안내 (위치, 전화번호, 프로그램)</title>",
        f"    <content>{_x(content)}</content>",
        f"    <categoryId>{rng.randint(100000, 999999)}</categoryId>",
        f"    <postUrl>https://{blog}.tistory.com/{post}</postUrl>",
        "    <visibility>20</visibility>",
        "    <acceptComment>1</acceptComment>",
        "    <acceptTrackback>1</acceptTrackback>",
        "    <tags>",
        *(f"      <tag>{_x(tag)}</tag>" for tag in tags if tag),
        "    </tags>",
        f"    <comments>{rng.randint(0, 14)}</comments>",
        "    <trackbacks>0</trackbacks>",
        f"    <date>{when:%Y-%m-%d %H:%M:%S}</date>",
        "  </item>",
        "</tistory>",
        "",
    ]
    return "\n".join(lines)


def gov24_service(row: dict[str, Any], rng: random.Random) -> str:
    """A Gov24 public-service detail response of the Ministry of the Interior and Safety's open
    API (``GET https://api.odcloud.kr/api/gov24/v3/serviceDetail``, JSON with Korean keys):
    paging counts and one ``data`` item: an invented service of the centre (invented twelve-
    digit ``서비스ID``), its purpose, the programmes as ``지원내용`` with the managing body's
    number, the application by visit with the address and the operating body's number, the
    centre as ``접수기관명``, the providing body as ``소관기관명``, both bodies and numbers in
    ``문의처`` (``기관/번호``, two joined by ``||``) and an invented modification time."""
    service, purpose, who, documents = rng.choice(SERVICES)
    when = _when(rng)
    content = f"{service} 지원"
    if _programmes(row):
        content += f"\n- 주요 프로그램: {_programmes(row)}"
    if manager(row):
        content += f"\n- 관리기관: {_body(row, '관리기관명')}({manager(row)})"
    item = {
        "구비서류": documents,
        "문의처": "||".join(f"{body}/{number}" for _, body, number in _contacts(row)),
        "법령": "치매관리법",
        "서비스ID": f"{rng.randint(10**11, 10**12 - 1)}",
        "서비스명": f"{service}({_f(row, '시군구') or _f(row, '시도')})",
        "서비스목적": purpose,
        "선정기준": f"{who}",
        "소관기관명": _f(row, "제공기관명"),
        "수정일시": f"{when:%Y%m%d%H%M%S}",
        "신청기한": "상시신청",
        "신청방법": f"방문 신청: {name(row)}({_address(row)}), 사전 전화 예약 {phone(row)}",
        "온라인신청사이트URL": "",
        "자치법규": "",
        "접수기관명": name(row),
        "지원내용": content,
        "지원대상": who,
        "행정규칙": "",
    }
    body = {
        "currentCount": 1,
        "data": [item],
        "matchCount": 1,
        "page": 1,
        "perPage": 10,
        "totalCount": 1,
    }
    return json.dumps(body, ensure_ascii=False) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "kakao_share": kakao_share,
    "channel_talk": channel_talk,
    "tistory_post": tistory_post,
    "gov24_service": gov24_service,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its two telephone fields
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
