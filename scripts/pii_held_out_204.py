"""held_out_204 of the PII evaluation set: real phone fields of a register no earlier part used
(the Tokyo Metropolitan Government's lists of the licensed and unlicensed nurseries of Tokyo's
23 special wards; Japan's earlier parts took other registers) exactly as published, in layouts
no earlier part has, beside the list's own names, kinds, addresses and capacities.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP (Takamatsu's, Toyama's, Iizuka's, Yaizu's, Sapporo's
and Hokkaido's lists), FR, KR, DE and many others; here:

* the values are the ``TEL`` fields of 500 nurseries of Tokyo's 23 wards (345 licensed, 155
  unlicensed; ``scripts/data/pii_jp_tokyo_nurseries.json``, written by
  ``scripts/jp_tokyo_nurseries_data.py``; source and licence in that file): Japanese numbers as
  the list writes them, the area code ``03``, the exchange and the line joined by hyphens
  (``03-3253-6258``), each copy labelled under ``TEL``; the list has no fax or e-mail;
* the text around them is the same row's real fields: the name, the kind, the capacity, the
  ward and street address (``東京都千代田区`` ``神田淡路町２−１２``) and the facility id (``HID``,
  ``1001006``), with invented dates, times, Garoon event, user and
  organisation ids, unlabelled and scored;
* in layouts no earlier part has, Japanese input-method dictionaries, Japanese e-text and a
  Japanese groupware, text in Japanese: a user dictionary exported from Google Japanese Input
  (Mozc; tab-separated reading, word, part of speech and comment), an SKK dictionary
  (``SKK-JISYO``: the ``;; okuri-ari entries.`` and ``;; okuri-nasi entries.`` markers, a reading
  and its ``/``-separated candidates with ``;`` annotations), a text in the Aozora Bunko
  (青空文庫) format (title lines, the rule and the notes on symbols, ``［＃...］`` annotations
  for headings and indents, ``｜...《...》`` ruby, the ``底本：`` colophon) and a Cybozu Garoon
  REST API schedule event (``GET /api/v1/schedule/events/{id}``: the ``eventMenu``, ``subject``,
  ``notes``, ``companyInfo`` with the visit's ``name``, ``address`` and ``phone``, ``start`` and
  ``end`` with their time zone, organisation ``attendees``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_204.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_tokyo_nurseries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_204.jsonl.gz"
SPLIT = "held_out_204"

LAYOUTS = ("mozc_dictionary", "skk_jisyo", "aozora_text", "garoon_event")
PHONE = "TEL"
EDGES = {"phone": r"\d"}

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented purposes of the visits and notes (no real exchange is meant)
PURPOSES = (
    "園見学", "入園相談", "一時保育の利用相談", "延長保育の説明", "提出書類の受け取り",
    "避難訓練の打ち合わせ",
)  # fmt: skip

JST = dt.timezone(dt.timedelta(hours=9))


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, as text and stripped ("" where the row has none)."""
    value = row["fields"].get(key)
    return "" if value is None else str(value).strip()


def phone(row: dict[str, Any]) -> str:
    """The row's ``TEL`` field as published, stripped."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the list's do)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's ``TEL`` labelled. Each copy stands apart
    (no digit next to it)."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (JST) in office hours, on a quarter hour."""
    start = dt.datetime(2024, 1, 9, 9, 0, tzinfo=JST)
    return start + dt.timedelta(days=rng.randint(0, 330), minutes=15 * rng.randint(0, 28))


def address(row: dict[str, Any]) -> str:
    """The ward and the street address joined (``東京都千代田区神田淡路町２−１２``)."""
    return _f(row, "Add1") + _f(row, "Add2")


def ward(row: dict[str, Any]) -> str:
    """The ward without the metropolis's name (``千代田区``)."""
    return _f(row, "Add1").removeprefix("東京都")


def mozc_dictionary(row: dict[str, Any], rng: random.Random) -> str:
    """A user dictionary as Google Japanese Input (Mozc) exports it: one entry a line, the
    reading, the word, the part of speech and a comment separated by tabs; a parent's entries
    for the nursery (its name, its address, its phone as a word of its own and again inside a
    contact line), beside entries of other words."""
    name, tel = _f(row, "Name"), phone(row)
    noted = _when(rng)
    lines = [
        f"ほいくえん\t{name}\t固有名詞\t{ward(row)}・{_f(row, 'Type')}",
        f"ほいくえんじゅうしょ\t{address(row)}\t地名\t{name}",
        f"ほいくえんでんわ\t{tel}\t名詞\t{name}（{noted:%Y/%m/%d}登録）",
        f"れんらくさき\t{name}（電話 {tel}）\t短縮よみ\t{rng.choice(PURPOSES)}用",
        f"ていいん\t定員{_f(row, 'Full')}名\t名詞\t{name}",
        "おせわになっております\tお世話になっております\t短縮よみ\t",
    ]
    if rng.random() < 0.5:
        lines.append("れんらくちょう\t連絡帳\t名詞\t")
    return "\n".join(lines) + "\n"


def skk_jisyo(row: dict[str, Any], rng: random.Random) -> str:
    """An SKK dictionary (``SKK-JISYO``) kept by a parent: the coding line, the ``okuri-ari``
    and ``okuri-nasi`` markers, okuri-nasi entries of a reading and its ``/``-separated
    candidates with ``;`` annotations: the nursery's name, address and phone (the phone once as
    a candidate of its own and once inside a contact candidate), in the dictionary's order."""
    name, tel = _f(row, "Name"), phone(row)
    entries = {
        "ほいくえん": [f"{name};{ward(row)}", f"保育園;{_f(row, 'Type')}"],
        "ほいくえんじゅうしょ": [f"{address(row)};{name}"],
        "ほいくえんでんわ": [f"{tel};{name}"],
        "れんらくさき": [f"{name}（電話{tel}）;{rng.choice(PURPOSES)}"],
        "しせつばんごう": [f"{_f(row, 'HID')};{name}"],
    }
    lines = [
        ";; -*- mode: fundamental; coding: utf-8 -*-",
        ";; okuri-ari entries.",
        "かよw /通/",
        ";; okuri-nasi entries.",
    ]
    lines += [f"{k} /{'/'.join(v)}/" for k, v in sorted(entries.items())]
    return "\n".join(lines) + "\n"


def aozora_text(row: dict[str, Any], rng: random.Random) -> str:
    """A text in the Aozora Bunko (青空文庫) format, an invented neighbourhood guide: the title
    and editor lines, the dashed rule around the notes on the symbols used (``《》``, ``｜``,
    ``［＃］``), a ``［＃「...」は中見出し］`` heading, indented ``［＃２字下げ］`` lines with the
    nursery's facts and phone, a paragraph repeating the phone, and the ``底本：`` colophon with
    invented dates."""
    name, tel = _f(row, "Name"), phone(row)
    made = _when(rng)
    rule = "-" * 55
    lines = [
        f"{ward(row)}子育て案内",
        "地域子育て情報編集室",
        "",
        rule,
        "【テキスト中に現れる記号について】",
        "",
        "《》：ルビ",
        "（例）保育《ほいく》",
        "",
        "｜：ルビの付く文字列の始まりを特定する記号",
        "（例）認可｜保育所《ほいくしょ》",
        "",
        "［＃］：入力者注　主に外字の説明や、傍点の位置の指定",
        "（例）［＃「保育施設」は中見出し］",
        rule,
        "",
        f"［＃５字下げ］{name}［＃「{name}」は中見出し］",
        "",
        f"［＃２字下げ］種別　{_f(row, 'Type')}",
        f"［＃２字下げ］所在地　{address(row)}",
        f"［＃２字下げ］電話　{tel}",
        f"［＃２字下げ］定員　{_f(row, 'Full')}名",
        "",
        f"　{name}は{ward(row)}の｜保育施設《ほいくしせつ》です。"
        f"{rng.choice(PURPOSES)}の申し込みは、{tel}までお電話ください。",
        "",
        "",
        "",
        "底本：「子育て案内」地域子育て情報編集室",
        f"　　　{made.year}（令和{made.year - 2018}）年{made.month}月{made.day}日発行",
        "入力：地域子育て情報編集室",
        f"{made:%Y年%m月%d日}作成",
    ]
    return "\r\n".join(lines) + "\r\n"


def garoon_event(row: dict[str, Any], rng: random.Random) -> str:
    """A Cybozu Garoon REST API schedule event (``GET /api/v1/schedule/events/{id}``): invented
    ids, creator and times, the ``eventMenu`` ``来訪``-type menu, a ``subject`` naming the
    nursery, ``notes`` repeating the phone, the visit's ``companyInfo`` (name, address and
    ``phone``, the zip code, route and fare left empty), ``start`` and ``end`` in
    ``Asia/Tokyo``, an organisation as attendee and a ``watchers`` list left empty."""
    name, tel = _f(row, "Name"), phone(row)
    start = _when(rng)
    end = start + dt.timedelta(minutes=30 * rng.randint(1, 4))
    created = start - dt.timedelta(days=rng.randint(1, 20), minutes=rng.randint(0, 600))
    purpose = rng.choice(PURPOSES)
    user = {"id": str(rng.randint(2, 400)), "code": f"hoiku{rng.randint(1, 40):02d}",
            "name": "保育課 担当"}  # fmt: skip
    org = {"id": str(rng.randint(2, 90)), "code": "kosodate", "name": "子育て支援課",
           "type": "ORGANIZATION", "attendanceResponse": {"status": "", "comment": ""}}  # fmt: skip
    stamp = "%Y-%m-%dT%H:%M:%S+09:00"
    event = {
        "id": str(rng.randint(1000, 2999999)),
        "creator": user,
        "createdAt": created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "updater": user,
        "updatedAt": created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "eventType": "REGULAR",
        "eventMenu": "来訪",
        "subject": f"{name} {purpose}",
        "notes": f"{ward(row)}の{_f(row, 'Type')}（定員{_f(row, 'Full')}名）。"
        f"当日の連絡は {tel} へ。施設番号 {_f(row, 'HID')}",
        "visibilityType": "PUBLIC",
        "useAttendanceCheck": False,
        "companyInfo": {
            "name": name,
            "zipCode": "",
            "address": address(row),
            "route": "",
            "routeTime": "",
            "routeFare": "",
            "phone": tel,
        },
        "attachments": [],
        "start": {"dateTime": start.strftime(stamp), "timeZone": "Asia/Tokyo"},
        "end": {"dateTime": end.strftime(stamp), "timeZone": "Asia/Tokyo"},
        "isAllDay": False,
        "isStartOnly": False,
        "originalStartTimeZone": "Asia/Tokyo",
        "originalEndTimeZone": "Asia/Tokyo",
        "attendees": [org],
        "watchers": [],
        "facilities": [],
    }
    return json.dumps(event, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mozc_dictionary": mozc_dictionary,
    "skk_jisyo": skk_jisyo,
    "aozora_text": aozora_text,
    "garoon_event": garoon_event,
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
