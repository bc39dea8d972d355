"""held_out_225 of the PII evaluation set: real phone fields of a register no earlier part used
(Taiwan's police departments, precincts and stations, as the National Police Agency lists them;
Taiwan's earlier parts took other publishers' registers) exactly as published, in layouts no
earlier part has, beside the list's own names, addresses and postcodes.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of TW (the NHIA's mask-stock list and home-care institutions,
the Ministry of Education's elementary schools, Hsinchu City's clinics) and many others; here:

* the values are the ``電話`` fields of 500 of the agency's 1,686 units
  (``scripts/data/pii_tw_npa_police_stations.json``, written by
  ``scripts/tw_npa_police_stations_data.py``; source and licence in that file): Taiwanese
  numbers as the agency writes them, the area code and the number apart, most with one space
  (``02 25062289``, ``037 321303``), 49 with two (``02  22665929``), two with a hyphen
  (``06-5902003``), one with an extension after a hyphen (``04 26910205-6``); each field one
  number, labelled whole (the area code with it, whatever the gap) at every copy;
* the text around them is the same row's real fields: the unit's Chinese and English names,
  its kind (``派出所``, ``分駐所``, ``分局``), county or city, three-digit postcode and address,
  with invented tender case numbers, agency codes, budgets and ROC-calendar dates, Plurk and
  Dcard post and user ids, counts and times, and input-method codes and weights, unlabelled
  and scored;
* in layouts no earlier part has, Taiwanese platforms and a Chinese input method, text in
  Traditional Chinese: tender notices of the Government e-Procurement System (政府電子採購網)
  as the g0v community's PCC API returns them (the unit in ``機關資料:單位名稱``, its number
  in ``機關資料:聯絡電話`` and again in ``其他:附加說明``), Plurk API 2.0 ``getPlurk``
  responses (a post telling where to report, its number in ``content`` and ``content_raw``),
  Dcard API v2 post objects (a lost-property post, the number once in ``content``) and RIME
  custom-phrase tables (``custom_phrase.txt``: the number as a phrase under the unit's code,
  and again after its name).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_225.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_npa_police_stations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_225.jsonl.gz"
SPLIT = "held_out_225"

LAYOUTS = ("pcc_tender", "plurk_plurk", "dcard_post", "rime_custom_phrase")
PHONE = "電話"
# one number as the agency writes it: area code, a gap (one or two spaces or a hyphen), the
# number, perhaps an extension after a hyphen; or one run of digits
ONE_NUMBER = re.compile(r"\d{2,3}(?: {1,2}|-)\d{6,8}(?:-\d{1,4})?|\d{9,10}")
TAIPEI = dt.timezone(dt.timedelta(hours=8))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented procurements of a police unit (no real tender is meant)
TENDERS = (
    ("廳舍屋頂防水修繕工程", "<工程類> 5153 屋頂工程"),
    ("辦公廳舍冷氣汰換採購", "<財物類> 4415 空調設備"),
    ("監視錄影系統維護案", "<勞務類> 867 工程及技術服務"),
    ("廳舍消防安全設備改善工程", "<工程類> 5164 消防設備工程"),
    ("公務機車租賃案", "<勞務類> 7111 車輛出租服務"),
    ("員警宿舍外牆整修工程", "<工程類> 5150 建築物修繕"),
)  # fmt: skip
CONTACTS = ("後勤業務承辦人", "行政組承辦人", "總務承辦人", "秘書室承辦人")
LOST = ("錢包", "悠遊卡跟學生證", "一串鑰匙", "手機", "雨傘和背包", "機車安全帽")
FORUMS = (("lost_and_found", "失物招領"), ("mood", "心情"), ("talk", "閒聊"))
PLURKS = (
    "剛剛機車被擦撞，對方跑了，先打去{name}報案，電話 {tel}，警察說明天去做筆錄",
    "撿到一個{item}，已經送到{name}了（{address}），失主可以打 {tel} 問",
    "家裡附近又有人在半夜飆車，打了{name}的電話 {tel}，說會加強巡邏",
    "收到詐騙簡訊，打去{name} {tel} 確認，說根本沒有這回事，大家小心",
)
PHRASES = (("辛苦了", "xkl"), ("收到，謝謝", "sddx"), ("稍後回電", "shhd"), ("請稍候", "qsh"))


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (Taipei time)."""
    start = dt.datetime(2025, 1, 6, 8, 0, tzinfo=TAIPEI)
    return start + dt.timedelta(seconds=rng.randint(0, 320 * 86400))


def _roc(when: dt.datetime) -> str:
    """A date of the Republic of China calendar as the procurement system writes it."""
    return f"{when.year - 1911}/{when:%m/%d}"


def _agency(row: dict[str, Any]) -> str:
    """The police department a unit belongs to (the unit itself where its county is blank)."""
    county = _f(row, "縣市")
    return f"{county}政府警察局" if county else _f(row, "中文單位名稱")


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def pcc_tender(row: dict[str, Any], rng: random.Random) -> str:
    """The g0v PCC API's answer for one tender (``/api/tender``): the agency's name, and one
    record of a tender notice with its date, file name, brief (type, title, category), case
    number, invented agency code and the notice's ``detail`` fields, the unit as
    ``機關資料:單位名稱`` with its address and number, and a note repeating the number."""
    name, tel = _f(row, "中文單位名稱"), phone(row)
    when = _when(rng)
    title, category = rng.choice(TENDERS)
    job = f"{when.year - 1911}{rng.choice('ABCDE')}{rng.randint(1, 299):03d}"
    unit_id = f"3.{rng.randint(10, 89)}.{rng.randint(1, 40)}.{rng.randint(1, 30)}"
    budget = rng.randint(15, 480) * 10000
    deadline = when + dt.timedelta(days=rng.randint(7, 14))
    stamp = f"{when:%Y%m%d}"
    detail = {
        "機關資料:機關代碼": unit_id,
        "機關資料:機關名稱": _agency(row),
        "機關資料:單位名稱": name,
        "機關資料:機關地址": f"{_f(row, '郵遞區號')}{_f(row, '地址')}",
        "機關資料:聯絡人": rng.choice(CONTACTS),
        "機關資料:聯絡電話": tel,
        "採購資料:標案案號": job,
        "採購資料:標案名稱": f"{name}{title}",
        "採購資料:標的分類": category,
        "採購資料:預算金額": f"{budget:,}元",
        "採購資料:預算金額是否公開": "是",
        "招標資料:招標方式": "公開取得報價單或企劃書",
        "招標資料:決標方式": "最低標",
        "招標資料:公告日": _roc(when),
        "領投開標:截止投標": f"{_roc(deadline)} 17:00",
        "領投開標:開標時間": f"{_roc(deadline + dt.timedelta(days=1))} 10:00",
        "領投開標:開標地點": f"{name}會議室",
        "其他:履約地點": f"{_f(row, '縣市') or _f(row, '地址')[:3]}",
        "其他:附加說明": f"本案如有疑義，請洽{name}，電話：{tel}。",
    }
    doc = {
        "unit_name": _agency(row),
        "records": [
            {
                "date": int(stamp),
                "filename": f"BDM-1-{rng.randint(70000000, 79999999)}",
                "brief": {
                    "type": "公開取得報價單或企劃書公告",
                    "title": f"{name}{title}",
                    "category": category,
                },  # fmt: skip
                "job_number": job,
                "unit_id": unit_id,
                "detail": detail,
            }
        ],
    }
    return _json(doc)


def plurk_plurk(row: dict[str, Any], rng: random.Random) -> str:
    """A Plurk API 2.0 ``/APP/Timeline/getPlurk`` answer: the ``plurk`` (invented ids, the
    ``says`` qualifier, ``tr_ch`` language, the post time in RFC 1123 form, counts) whose text
    names the unit, and sometimes its address, and its number, HTML-escaped in ``content`` and
    raw in ``content_raw``; and the posting ``user`` (an invented nick name)."""
    name, tel = _f(row, "中文單位名稱"), phone(row)
    when = _when(rng)
    owner = rng.randint(3000000, 19999999)
    raw = rng.choice(PLURKS).format(
        name=name, tel=tel, item=rng.choice(LOST), address=_f(row, "地址")
    )
    doc = {
        "plurk": {
            "plurk_id": rng.randint(1500000000, 1599999999),
            "qualifier": "says",
            "qualifier_translated": "說",
            "is_unread": 0,
            "plurk_type": 0,
            "user_id": owner,
            "owner_id": owner,
            "posted": when.astimezone(dt.UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"),
            "no_comments": 0,
            "content": html.escape(raw, quote=False),
            "content_raw": raw,
            "response_count": rng.randint(0, 40),
            "responses_seen": 0,
            "limited_to": None,
            "favorite": False,
            "favorite_count": rng.randint(0, 90),
            "replurkable": True,
            "replurked": False,
            "replurkers_count": rng.randint(0, 12),
            "lang": "tr_ch",
        },
        "user": {
            "id": owner,
            "nick_name": f"plurker{rng.randint(1000, 9999)}",
            "has_profile_image": 1,
            "avatar": rng.randint(0, 9),
            "location": _f(row, "縣市") or "Taiwan",
            "default_lang": "tr_ch",
            "timezone": "Asia/Taipei",
            "karma": round(rng.uniform(60, 120), 2),
        },
    }
    return _json(doc)


def dcard_post(row: dict[str, Any], rng: random.Random) -> str:
    """A Dcard API v2 post object (``/service/api/v2/posts/{id}``): an invented id, title and
    forum, the anonymous school, times in ISO 8601 UTC, counts and topics, and a ``content``
    about a found item taken to the unit, naming its address and number once."""
    name, tel = _f(row, "中文單位名稱"), phone(row)
    when = _when(rng).astimezone(dt.UTC)
    item = rng.choice(LOST)
    alias, forum = rng.choice(FORUMS)
    content = (
        f"今天在路上撿到{item}，裡面沒有聯絡方式\n"
        f"已經送到{name}了\n地址：{_f(row, '地址')}\n"
        f"失主可以打派出所電話 {tel} 詢問，記得帶證件去領\n\n希望能物歸原主🙏"
    )
    doc = {
        "id": rng.randint(250000000, 259999999),
        "title": f"撿到{item}，已送{name}",
        "excerpt": f"今天在路上撿到{item}，裡面沒有聯絡方式 已經送到{name}了",
        "anonymousSchool": rng.random() < 0.5,
        "anonymousDepartment": True,
        "pinned": False,
        "forumId": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "replyId": None,
        "createdAt": when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z",
        "updatedAt": (when + dt.timedelta(seconds=rng.randint(60, 7200))).strftime(
            "%Y-%m-%dT%H:%M:%S."
        )
        + f"{rng.randint(0, 999):03d}Z",
        "commentCount": rng.randint(0, 60),
        "likeCount": rng.randint(0, 800),
        "withNickname": False,
        "tags": [],
        "topics": ["失物招領", _f(row, "縣市") or "警察"],
        "forumName": forum,
        "forumAlias": alias,
        "gender": rng.choice("FM"),
        "school": "",
        "content": content,
        "media": [],
        "layout": "classic",
    }
    return _json(doc)


def _code(row: dict[str, Any]) -> str:
    """An input code for the unit: the initials of its English name, lower case."""
    words = re.findall(r"[A-Za-z]+", _f(row, "英文單位名稱"))
    return "".join(w[0] for w in words).lower() or "pcs"


def rime_custom_phrase(row: dict[str, Any], rng: random.Random) -> str:
    """A RIME custom-phrase table (``custom_phrase.txt``, a ``tabledb``): its header comments,
    a few everyday phrases, and the unit's entries (text, code, weight, tab-separated): its
    name, its number, its address, and its name and number together."""
    name, tel = _f(row, "中文單位名稱"), phone(row)
    code = _code(row)
    lines = [
        "# Rime table",
        "# coding: utf-8",
        "#@/db_name\tcustom_phrase.txt",
        "#@/db_type\ttabledb",
        "#",
        "# 用於【朙月拼音】系列輸入方案",
        "# 【小狼毫】0.9.21 以上",
        "#",
        "# 請將該文件以UTF-8編碼保存爲",
        "# Rime用戶文件夾/custom_phrase.txt",
        "#",
        "# 碼表各字段以製表符（Tab）分隔",
        "# 順序爲：文字、編碼、權重",
        "# 輸入串完全匹配時生效",
        "#",
        "",
    ]
    for text, key in rng.sample(PHRASES, 2):
        lines.append(f"{text}\t{key}\t{rng.randint(1, 9)}")
    lines += [
        "",
        f"# {_f(row, '英文單位名稱')}",
        f"{name}\t{code}\t{rng.randint(50, 99)}",
        f"{tel}\t{code}dh\t{rng.randint(50, 99)}",
        f"{_f(row, '郵遞區號')}{_f(row, '地址')}\t{code}dz\t{rng.randint(50, 99)}",
        f"{name} {tel}\t{code}t\t{rng.randint(10, 49)}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "pcc_tender": pcc_tender,
    "plurk_plurk": plurk_plurk,
    "dcard_post": dcard_post,
    "rime_custom_phrase": rime_custom_phrase,
}


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code (none here is)."""
    return value.startswith("+")


def labelled_record(where: tuple[str, str, str, int], row: dict[str, Any], block: Record):
    """The evaluation record of one row's block: every copy of its phone field labelled
    whole, as one number (the field is one number: area code, gap, number; a gap of two
    spaces is no gap between two numbers here)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    spans = []
    for at, column, field in block.phones:
        assert ONE_NUMBER.fullmatch(field) and personal_phone(field, row["country"]), field
        kind = "international" if international(field) else "national"
        spans.append([at, at + len(field), "PHONE_NUMBER", f"{kind}:{column}"])
    text = block.text
    fields = record_fields(where, text, sorted(spans), [], (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
