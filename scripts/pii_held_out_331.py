"""held_out_331 of the PII evaluation set: real phone fields of a register no earlier part used
(Taiwan's national civil associations, 全國性人民團體, as the Ministry of the Interior's
civil-associations information system lists them; Taiwan's earlier parts took other registers)
exactly as published, in layouts no earlier part has, beside the list's own names, kinds,
founding dates, approval numbers and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of Taiwan (the NHI Administration's pharmacies and home-care
institutions, the Ministry of Education's elementary schools and preschools, Hsinchu City's
clinics, the police's stations, Taipei's elder-care providers and hotels, Chunghwa Post's
offices, the FSC's financial institutions, the Tourism Bureau's restaurants, the exchange's
securities branches, the cram schools, the infant child-care centres) and many other countries;
here:

* the values are the ``會址電話`` fields of 480 associations
  (``scripts/data/pii_tw_moi_civil_associations.json``, written by
  ``scripts/tw_moi_civil_associations_data.py``; source and licence in that file): Taiwanese
  fixed lines as the associations gave them to the Ministry, the area code before a hyphen
  (``04-24832080``, ``02-2211-1307``, ``06-235-2165``, ``037-373513``), in ASCII brackets
  (``(02)2506-6446``), in one run with the line (``0289524691``) or left out (``25450075``,
  ``2502-5392``), each copy labelled;
* the text around them is the same row's real fields: the association's name, kind
  (社會團體 or 職業團體), founding date in the Republic of China calendar (``102/06/16``, also
  turned into the Gregorian date), the Ministry's approval number (``核准立案字號``, mostly ten
  digits and often led by ``09``: ``0930063392``, an id, not a number to call) and the office
  address (with its postcode), with invented event, meeting, order and transaction ids,
  amounts, keys, dates and times, unlabelled and scored;
* in layouts no earlier part has, services that Taiwanese associations use, text in Chinese
  (Traditional): KKTIX organization event feeds (``events.json`` of an invented organizer page:
  one event of the association, the number twice in its ``content``), Zoom API create-meeting
  request bodies (the association's online general assembly, 會員大會, the number twice in the
  ``agenda``, the association as ``settings.contact_name``), TapPay Pay by Prime request bodies
  (the association as ``cardholder`` paying an invented venue for a meeting room, the number
  as ``cardholder.phone_number`` and again in ``additional_data``) and Gboard personal
  dictionary exports (``dictionary.txt``, ``zh-TW`` shortcuts of an association's staff: the
  number alone and again in a line with the name and address).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_331.py   # rewrites the committed file
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

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tw_moi_civil_associations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_331.jsonl.gz"
SPLIT = "held_out_331"

LAYOUTS = ("kktix_events", "zoom_meeting", "tappay_pay_by_prime", "gboard_dictionary")
PHONE = "會址電話"
TZ = dt.timezone(dt.timedelta(hours=8))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented events, venues and dictionary phrases (no real event, venue or person is meant)
EVENTS = (
    "年度會員大會暨專題演講", "會員聯誼交流活動", "專業知能研習課程", "公益講座",
    "成立週年紀念茶會", "志工培訓工作坊",
)  # fmt: skip
VENUES = (
    ("台北國際會議中心 201 會議室", "ticc"), ("集思台大會議中心 蘇格拉底廳", "gis_ntu"),
    ("台中文心會議中心 B 廳", "wenxin_tc"), ("高雄展覽館 會議室 3A", "kec_kh"),
    ("台南大億會館 二樓宴會廳", "tayih_tn"),
)  # fmt: skip
BANKS = ("TAISHIN", "CTBC", "ESUN", "FUBON", "CATHAY")
PHRASES = (
    ("tks", "謝謝您的協助"), ("rcv", "收到，謝謝！"), ("mtg", "理監事聯席會議"),
    ("fee", "常年會費"), ("rcpt", "收據已寄出，請查收"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has no such field)."""
    value = row["fields"].get(key)
    return value if isinstance(value, str) else ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a labelled number is written with a country code (none of this list's is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def postcode(row: dict[str, Any]) -> str:
    """The postcode leading the address ("" if none)."""
    found = re.match(r"\d{3,6}", _f(row, "會址"))
    return found.group(0) if found else ""


def street(row: dict[str, Any]) -> str:
    """The address as published, less its leading postcode."""
    return _f(row, "會址")[len(postcode(row)) :]


def founded(row: dict[str, Any]) -> str:
    """The founding date in the Gregorian calendar (``102/06/16``: ``2004-11-27``), "" where
    the row has none."""
    found = re.fullmatch(r"(\d{3})/(\d{2})/(\d{2})", _f(row, "成立日期"))
    if not found:
        return ""
    year, month, day = (int(g) for g in found.groups())
    return f"{year + 1911:04d}-{month:02d}-{day:02d}"


def approval(row: dict[str, Any]) -> str:
    """``（核准立案字號 ...）`` where the row has an approval number, else ""."""
    code = _f(row, "核准立案字號")
    return f"（內政部核准立案字號 {code}）" if code else ""


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Taipei time), on the hour or half hour."""
    start = dt.datetime(2024, 1, 13, 9, 0, tzinfo=TZ)
    return start + dt.timedelta(days=rng.randint(0, 330), minutes=30 * rng.randint(0, 16))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def kktix_events(row: dict[str, Any], rng: random.Random) -> str:
    """The organization event feed of KKTIX (``GET https://{slug}.kktix.cc/events.json``) of
    an invented organizer page of the association: the page's ``title`` and ``link`` and one
    ``entry``, an invented event (its ``url`` with an invented id, ``published`` time, title,
    ``summary``, ``content`` naming the association, its kind, approval number and address, the
    number, an invented date and place, closing with the number again, and the association as
    ``author``)."""
    name, tel = _f(row, "團體名稱"), phone(row)
    slug = f"assoc{_hex(rng, 6)}"
    when = _when(rng)
    published = when - dt.timedelta(days=rng.randint(14, 60), hours=rng.randint(0, 9))
    event = rng.choice(EVENTS)
    title = f"{name} {event}"
    content = "\n".join(
        [
            f"主辦單位：{name}（{_f(row, '團體類型')}）{approval(row)}",
            f"活動時間：{when:%Y/%m/%d %H:%M} 至 {when + dt.timedelta(hours=3):%H:%M}",
            f"活動地點：{_f(row, '會址')}",
            f"洽詢電話：{tel}",
            "",
            f"本會成立於民國 {_f(row, '成立日期')}，誠摯邀請會員及各界朋友踴躍參加。",
            f"報名後如需取消，請於活動三日前來電 {tel} 告知。",
        ]
    )
    feed = {
        "title": name,
        "link": f"https://{slug}.kktix.cc/events",
        "entry": [
            {
                "url": f"https://{slug}.kktix.cc/events/{_hex(rng, 8)}",
                "published": published.isoformat(),
                "title": title,
                "summary": f"{event}｜{when:%Y/%m/%d}",
                "content": content,
                "author": {"name": name, "uri": f"https://{slug}.kktix.cc"},
            }
        ],
    }
    return _json(feed)


def zoom_meeting(row: dict[str, Any], rng: random.Random) -> str:
    """The JSON body of a Zoom API create-meeting request (``POST
    https://api.zoom.us/v2/users/me/meetings``) of the association's online general assembly:
    a scheduled meeting (``type`` 2) at an invented time in ``Asia/Taipei``, a ``topic`` of an
    invented term and session, an ``agenda`` of the assembly's items, the association's
    approval number, founding date (both calendars) and address, the number and a closing line
    repeating it, and ``settings`` with registration, a waiting room and the association as
    ``contact_name`` (no e-mail)."""
    name, tel = _f(row, "團體名稱"), phone(row)
    when = _when(rng)
    term, session = rng.randint(2, 15), rng.randint(1, 4)
    since = f"民國 {_f(row, '成立日期')}（{founded(row)}）" if founded(row) else ""
    agenda = "\n".join(
        [
            f"{name}{approval(row)} 第{term}屆第{session}次會員大會",
            "一、主席致詞 二、會務報告 三、財務報告 四、提案討論 五、臨時動議",
            *([f"本會成立日期：{since}"] if since else []),
            f"會址：{_f(row, '會址')}",
            f"會務洽詢：{tel}",
            f"連線有問題請於會議前來電 {tel}。",
        ]
    )
    body = {
        "topic": f"{name} 第{term}屆第{session}次會員大會（視訊）",
        "type": 2,
        "start_time": when.strftime("%Y-%m-%dT%H:%M:%S"),
        "duration": rng.choice((90, 120, 150)),
        "timezone": "Asia/Taipei",
        "agenda": agenda,
        "settings": {
            "host_video": True,
            "participant_video": False,
            "join_before_host": False,
            "mute_upon_entry": True,
            "waiting_room": True,
            "approval_type": rng.choice((0, 1)),
            "registration_type": 1,
            "audio": "both",
            "auto_recording": rng.choice(("cloud", "none")),
            "contact_name": name,
        },
    }
    return _json(body)


def tappay_pay_by_prime(row: dict[str, Any], rng: random.Random) -> str:
    """The JSON body of a TapPay Pay by Prime request (``POST
    https://prod.tappaysdk.com/tpc/payment/pay-by-prime``) of an invented venue's merchant: an
    invented ``prime``, partner key, merchant id, order number and bank transaction id, the
    room rental as ``details`` with an invented amount in ``TWD``, the association as
    ``cardholder`` (``phone_number`` the published number, ``name``, no e-mail or national id,
    the postcode as ``zip_code`` and the address less it as ``address``), and
    ``additional_data`` naming the association, its approval number and the number again."""
    name, tel = _f(row, "團體名稱"), phone(row)
    when = _when(rng)
    hall, merchant = rng.choice(VENUES)
    bank = rng.choice(BANKS)
    code = _f(row, "核准立案字號")
    extra = f"{name}；核准立案字號 {code}；聯絡電話 {tel}" if code else f"{name}；聯絡電話 {tel}"
    body = {
        "prime": _hex(rng, 64),
        "partner_key": f"partner_{_alnum(rng, 56)}",
        "merchant_id": f"{merchant}_{bank}",
        "details": f"場地租借 {hall} {when:%Y/%m/%d}",
        "amount": rng.randrange(8000, 60001, 500),
        "currency": "TWD",
        "order_number": f"VR{when:%Y%m%d}{rng.randint(1000, 9999)}",
        "bank_transaction_id": f"TP{when:%Y%m%d}{_alnum(rng, 8).upper()}",
        "cardholder": {
            "phone_number": tel,
            "name": name,
            "email": "",
            "zip_code": postcode(row),
            "address": street(row),
            "national_id": "",
        },
        "additional_data": extra,
        "remember": False,
    }
    return _json(body)


def gboard_dictionary(row: dict[str, Any], rng: random.Random) -> str:
    """The ``dictionary.txt`` of a Gboard personal dictionary export (``# Gboard Dictionary
    version:1``, then ``shortcut``, word and ``zh-TW`` separated by tabs) of an invented staff
    member of the association: an invented shortcut stem with the name, the address, the
    number, the approval number (where the row has one) and a line of the name, address and
    number together, among a few invented everyday phrases."""
    name, tel = _f(row, "團體名稱"), phone(row)
    stem = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 3)))
    entries = [
        (stem, name),
        (f"{stem}addr", _f(row, "會址")),
        (f"{stem}tel", tel),
        (f"{stem}info", f"{name} {_f(row, '會址')} 電話 {tel}"),
    ]
    if _f(row, "核准立案字號"):
        entries.append((f"{stem}no", _f(row, "核准立案字號")))
    entries += rng.sample(PHRASES, rng.randint(2, 4))
    rng.shuffle(entries)
    lines = ["# Gboard Dictionary version:1", *(f"{key}\t{word}\tzh-TW" for key, word in entries)]
    return "\n".join(lines) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "kktix_events": kktix_events,
    "zoom_meeting": zoom_meeting,
    "tappay_pay_by_prime": tappay_pay_by_prime,
    "gboard_dictionary": gboard_dictionary,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
