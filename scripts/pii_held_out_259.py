"""held_out_259 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (Kyoto and Osaka Prefectures' lists of group homes for people with disabilities,
共同生活援助; Japan's earlier parts took other publishers and other kinds of institution) exactly
as published, in layouts no earlier part has, beside the lists' own numbers, names, addresses
and corporations.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP (Takamatsu's, Toyama's, Iizuka's, Yaizu's, Sapporo's,
Yuzawa's and Kumamoto's lists, the Hokkaido and Tokyo governments', the roadside stations and
the municipal offices), FR, KR, DE and many others; here:

* the values are the home's phone and fax fields and, in Kyoto's list, the operating
  corporation's phone field of 163 Kyoto and 395 Osaka group homes
  (``scripts/data/pii_jp_group_homes.json``, written by ``scripts/jp_group_homes_data.py``;
  source and licence in that file): Japanese numbers as the prefectures write them, the area
  code, the exchange and the line joined by hyphens (``075-465-0141``, ``06-6556-6390``,
  ``0774-73-3668``, old-style ``0722-47-4914``), some with one hyphen (``080-41419583``), two
  Kyoto faxes without their area code (``467-3445``, seven digits, labelled; ``22-9150``, six,
  an unlabelled distractor by the policy); each copy labelled, each number on its own, a copy
  two fields share under the first of phone, corporation's phone and fax;
* the text around them is the same row's real fields: the ten-digit provider number
  (事業所番号, ``2620101119``), name, postcode (``6038332``), address, the designation's state
  and dates, corporation, capacity, with invented ids, customer codes, dates and times,
  unlabelled and scored;
* in layouts no earlier part has, Japanese services' formats, text in Japanese: Sagawa
  Express e飛伝III shipment-data CSV imports (the home as お届け先 with お届け先電話番号, the
  corporation as ご依頼主 with ご依頼主電話番号 where the list gives its number), Doorkeeper
  API event responses of the home's open house (``GET /events/{id}``: venue, address, an HTML
  ``description`` naming the home's and the corporation's phones; no fax), Kibela GraphQL API
  ``note`` query responses of a counselling office's team note (a Markdown table of the home's
  fields) and Pleasanter API item-create requests (``/api/items/{siteId}/create``:
  ``ClassHash`` columns, a ``DescriptionHash`` note repeating the home's phone).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored.

    python scripts/pii_held_out_259.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_group_homes.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_259.jsonl.gz"
SPLIT = "held_out_259"

LAYOUTS = ("ehiden_csv", "doorkeeper_event", "kibela_note", "pleasanter_create")
KYOTO = "resources/csv/kyoto.csv"

# the columns of each list that play each part (Kyoto's, Osaka's)
COLUMNS = {
    "phone": ("事業所電話", "事業所電話番号"),
    "fax": ("事業所FAX", "事業所FAX番号"),
    "corp_phone": ("法人(設置者)電話", ""),
    "name": ("事業所名", "事業所名称"),
    "corp": ("法人(設置者)名", "法人名称"),
    "number": ("事業所番号", "事業所番号"),
    "since": ("指定年月日", "指定日"),
}

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def kyoto(row: dict[str, Any]) -> bool:
    """Whether the row is of Kyoto's list (else Osaka's)."""
    return row["path"].startswith(KYOTO)


def column(row: dict[str, Any], part: str) -> str:
    """The column of the row's list that plays ``part`` ("" where the list has none)."""
    return COLUMNS[part][0 if kyoto(row) else 1]


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip() if key else ""


def get(row: dict[str, Any], part: str) -> str:
    return _f(row, column(row, part))


def numbers_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(part, value) of each phone field that holds a digit, in order of precedence: the
    home's phone, the corporation's phone, the fax."""
    found = [(p, get(row, p)) for p in ("phone", "corp_phone", "fax")]
    return [(p, v) for p, v in found if any(c.isdigit() for c in v)]


def address(row: dict[str, Any]) -> str:
    """The home's address as the list gives it (Kyoto's three columns joined)."""
    if kyoto(row):
        return "".join(_f(row, f"事業所所在地{i}") for i in (1, 2, 3))
    return _f(row, "事業所所在地")


def corp_address(row: dict[str, Any]) -> str:
    """The corporation's address (Kyoto's list only)."""
    return "".join(_f(row, f"法人(設置者)所在地{i}") for i in (1, 2, 3)) if kyoto(row) else ""


def pref(row: dict[str, Any]) -> str:
    return "京都府" if kyoto(row) else "大阪府"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone fields labelled under their
    columns, the longest value first (a value found inside a longer one's copy is that one's),
    a copy two fields share under the first of them; each copy stands apart (no digit next to
    it)."""
    values = sorted(numbers_of(row), key=lambda pv: -len(pv[1]))
    columns = {p: column(row, p) for p, _ in values}
    edges = dict.fromkeys(columns, r"\d")
    return field_copies(text, values, edges, columns, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (JST)."""
    start = dt.datetime(2024, 1, 9, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


EHIDEN_HEADER = (
    "お届け先コード取得区分", "お届け先コード", "お届け先電話番号", "お届け先郵便番号",
    "お届け先住所１", "お届け先住所２", "お届け先住所３", "お届け先名称１", "お届け先名称２",
    "お客様管理番号", "お客様コード", "部署ご担当者コード取得区分", "部署ご担当者コード",
    "部署ご担当者名称", "荷送人電話番号", "ご依頼主コード取得区分", "ご依頼主コード",
    "ご依頼主電話番号", "ご依頼主郵便番号", "ご依頼主住所１", "ご依頼主住所２", "ご依頼主名称１",
    "ご依頼主名称２", "荷姿", "品名１", "品名２", "品名３", "品名４", "品名５", "出荷個数",
    "スピード指定", "クール便指定", "配達日", "配達指定時間帯", "配達指定時間（時分）", "代引金額",
    "消費税", "決済種別", "保険金額", "指定シール１", "指定シール２", "指定シール３", "営業所受取",
    "SRC区分", "営業所受取営業所コード", "元着区分", "メールアドレス", "ご不在時連絡先", "出荷日",
    "お問い合せ送り状No.", "出荷場印字区分", "集約解除指定",
)  # fmt: skip
GOODS = ("書類", "パンフレット", "消耗品", "日用品", "寝具", "備品")


def ehiden_csv(row: dict[str, Any], rng: random.Random) -> str:
    """A Sagawa Express e飛伝III shipment-data import file (CSV, every field quoted, CRLF):
    its header and one shipment to the home (お届け先電話番号, postcode, the address in up to
    three fields, the name), an invented customer management number and customer code, the
    corporation as ご依頼主 with its phone, postcode and address where Kyoto's list gives them
    (else the registered sender, its fields empty), goods, count, an invented shipping and
    delivery date and time band."""
    when = _when(rng)
    if kyoto(row):
        lines = [_f(row, f"事業所所在地{i}") for i in (1, 2, 3)]
        post = _f(row, "事業所郵便番号")
    else:
        lines, post = [address(row), "", ""], ""
    corp_tel = get(row, "corp_phone")
    sender = ["", "", corp_tel, _f(row, "法人(設置者)〒"), "", "", "", ""]
    if corp_tel:
        sender[4] = "".join(_f(row, f"法人(設置者)所在地{i}") for i in (1, 2))
        sender[5] = _f(row, "法人(設置者)所在地3")
        sender[6] = get(row, "corp")
        sender[0] = "0"
    cells = [
        "0", "", get(row, "phone"), post, *lines, get(row, "name"), "",
        f"GH{rng.randint(10000000, 99999999)}", f"{rng.randint(10**11, 10**12 - 1)}",
        "", "", "", "", *sender, "001", rng.choice(GOODS), "", "", "", "",
        str(rng.randint(1, 3)), "000", "001",
        f"{when + dt.timedelta(days=rng.randint(1, 3)):%Y%m%d}",
        rng.choice(("01", "12", "14", "16", "18")),
        "", "", "", "", "", "", "", "", "0", "", "", "1", "", "", f"{when:%Y%m%d}", "", "1", "0",
    ]  # fmt: skip
    assert len(cells) == len(EHIDEN_HEADER)
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(EHIDEN_HEADER)
    writer.writerow(cells)
    return out.getvalue()


def _contact_html(row: dict[str, Any]) -> str:
    """The home's phone (and the corporation's) as an event page's paragraph writes them."""
    parts = [f"お問い合わせ：{get(row, 'name')}", f"TEL：{get(row, 'phone')}"]
    if get(row, "corp_phone"):
        parts.append(f"運営法人（{get(row, 'corp')}）：{get(row, 'corp_phone')}")
    return "<p>" + "<br>".join(parts) + "</p>"


def doorkeeper_event(row: dict[str, Any], rng: random.Random) -> str:
    """A Doorkeeper API event response (``GET /events/{id}``, JSON): an invented event id,
    group id and group subdomain, the home's open house and move-in briefing as title, the
    start and end (UTC), the home as ``venue_name`` with its address, a ticket limit, an HTML
    ``description`` with the provider number, capacity, corporation and the home's phone (and
    the corporation's where the list gives it), the
    event's public URL and invented participant counts."""
    when = _when(rng).replace(minute=0, second=0)
    start = when.astimezone(dt.UTC)
    stamp = "%Y-%m-%dT%H:%M:%S.000Z"
    event_id = rng.randint(150000, 189999)
    group = rng.choice(("gh-kengaku", "fukushi-navi", "kurashi-shien", "gh-setsumeikai"))
    name = get(row, "name")
    about = f"<p>{pref(row)}指定の共同生活援助（グループホーム）{name}の見学会・入居説明会です。"
    about += f"事業所番号：{get(row, 'number')}。"
    if _f(row, "利用定員"):
        about += f"利用定員：{_f(row, '利用定員')}名。"
    about += f"運営：{get(row, 'corp')}。</p>"
    doc = {
        "event": {
            "title": f"{name} 見学会・入居説明会",
            "id": event_id,
            "starts_at": start.strftime(stamp),
            "ends_at": (start + dt.timedelta(hours=2)).strftime(stamp),
            "venue_name": name,
            "address": address(row),
            "lat": None,
            "long": None,
            "ticket_limit": rng.choice((5, 8, 10, 12)),
            "published_at": (start - dt.timedelta(days=rng.randint(7, 30))).strftime(stamp),
            "updated_at": (start - dt.timedelta(days=rng.randint(1, 6))).strftime(stamp),
            "group": rng.randint(1000, 29999),
            "banner": None,
            "description": about + _contact_html(row),
            "public_url": f"https://{group}.doorkeeper.jp/events/{event_id}",
            "participants": rng.randint(0, 5),
            "waitlisted": 0,
        }
    }  # fmt: skip
    return _json(doc)


def kibela_note(row: dict[str, Any], rng: random.Random) -> str:
    """A Kibela GraphQL API response to a ``note`` query (JSON ``data.note``): the note's
    global id (base64 of ``Note/<n>``), title, Markdown ``content`` (a heading and a table of
    the home's fields: provider number, address, phone, fax, corporation and its phone,
    designation, capacity), URL on an invented team, publication time, an invented author
    account and folder."""
    n = rng.randint(100, 9999)
    team = rng.choice(("soudan-shien", "kyoten-center", "shien-net"))
    name = get(row, "name")
    table = [
        "| 項目 | 内容 |",
        "| --- | --- |",
        f"| 事業所番号 | {get(row, 'number')} |",
        f"| 所在地 | {address(row)} |",
        f"| 電話 | {get(row, 'phone')} |",
    ]
    if get(row, "fax"):
        table.append(f"| FAX | {get(row, 'fax')} |")
    table.append(f"| 運営法人 | {get(row, 'corp')} |")
    if get(row, "corp_phone"):
        table.append(f"| 法人電話 | {get(row, 'corp_phone')} |")
    if _f(row, "指定後状態名"):
        table.append(f"| 状態 | {_f(row, '指定後状態名')}（指定 {get(row, 'since')}） |")
    else:
        table.append(f"| 指定日 | {get(row, 'since')} |")
    if _f(row, "利用定員"):
        table.append(f"| 定員 | {_f(row, '利用定員')}名 |")
    content = "\n".join(
        [f"# {name}", "", f"{pref(row)}の共同生活援助事業所一覧より。", "", *table, ""]
    )
    doc = {
        "data": {
            "note": {
                "id": base64.b64encode(f"Note/{n}".encode()).decode(),
                "title": f"GH紹介メモ：{name}",
                "content": content,
                "url": f"https://{team}.kibe.la/notes/{n}",
                "publishedAt": f"{_when(rng):%Y-%m-%dT%H:%M:%S%z}",
                "author": {"account": rng.choice(("sato_soudan", "tanaka-cm", "yamada.shien"))},
                "folders": {"nodes": [{"fullName": f"グループホーム/{pref(row)}"}]},
            }
        }
    }
    return _json(doc)


def pleasanter_create(row: dict[str, Any], rng: random.Random) -> str:
    """A Pleasanter API item-create request body (``POST /api/items/{siteId}/create``, JSON):
    ``ApiVersion``, an invented ``ApiKey``, the home as ``Title``, a ``Body`` line, the fields
    in ``ClassHash`` (provider number, phone, fax, address, corporation, corporation's phone),
    the designation date in ``DateHash``, the capacity in ``NumHash`` where the list gives it,
    and a ``DescriptionHash`` note repeating the home's phone."""
    classes = {
        "ClassA": get(row, "number"),
        "ClassB": get(row, "phone"),
        "ClassC": get(row, "fax"),
        "ClassD": address(row),
        "ClassE": get(row, "corp"),
    }
    if kyoto(row):
        classes["ClassF"] = get(row, "corp_phone")
    since = dt.datetime.strptime(get(row, "since"), "%Y/%m/%d").date().isoformat()
    note = f"電話 {get(row, 'phone')}"
    doc: dict[str, Any] = {
        "ApiVersion": 1.1,
        "ApiKey": "".join(rng.choice("0123456789abcdef") for _ in range(128)),
        "Title": get(row, "name"),
        "Body": f"{pref(row)} 共同生活援助 指定事業所",
        "ClassHash": classes,
        "DateHash": {"DateA": f"{since}T00:00:00"},
    }
    if _f(row, "利用定員"):
        doc["NumHash"] = {"NumA": int(_f(row, "利用定員"))}
    doc["DescriptionHash"] = {"DescriptionA": f"{note}（{pref(row)}の一覧による）"}
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ehiden_csv": ehiden_csv,
    "doorkeeper_event": doorkeeper_event,
    "kibela_note": kibela_note,
    "pleasanter_create": pleasanter_create,
}


def international(value: str) -> bool:
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of its phone fields labelled."""
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
