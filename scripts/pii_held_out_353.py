"""held_out_353 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (Hachioji City's list of its childcare facilities, 子育て施設一覧: licensed public and
private nurseries, private kindergartens, the Tokyo Metropolitan Government's certified
nurseries, small-scale and workplace nurseries; Japan's earlier parts took Takamatsu's,
Toyama's, Iizuka's, Yaizu's, Sapporo's, Yuzawa's, Kumamoto's, Koriyama's, Chiba's and
Kawasaki's city lists, the Hokkaido, Tokyo, Kyoto and Osaka governments' lists, the roadside
stations, the municipal offices, the health ministry's lists, NII's libraries and Toyota's
hydrogen stations) exactly as published, in layouts no earlier part has, beside the list's own
names, kana readings, addresses, operators and corporate numbers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``電話番号`` of 144 facilities and their ``FAX番号`` where the list gives
  one that is a line of its own (not empty, not the telephone again)
  (``scripts/data/pii_jp_hachioji_childcare.json``, written by
  ``scripts/jp_hachioji_childcare_data.py``; source and licence in that file): Japanese
  numbers as the city typed them, area code, exchange and line joined by hyphens, the last
  hyphen in most of them full-width (``042-664－6677``; ``042-622-3343``); every copy labelled;
* the text around them is the same row's real fields: the facility's name and kana reading,
  kind, address and building, operator, its 13-digit corporate number (法人番号,
  ``1320108000010``), the list's row number, the city's code (``132012``), coordinates,
  capacity, ages, the date of licence and the opening hours (the workbook's Excel serials and
  day fractions written as dates and times), with invented content, issue, task and location
  ids, dates and times, unlabelled and scored;
* in layouts no earlier part has, formats of a city's web and back-office tools, text in
  Japanese: microCMS content API list answers (``GET /api/v1/facilities``: ``contents`` with
  one facility of a childcare guide's CMS, ``tel`` and ``fax`` fields and a rich-text notice
  repeating the number, ``totalCount``, ``offset``, ``limit``), Redmine REST API issues as XML
  (``GET /issues/{id}.xml``: a data-correction ticket of the open-data project whose textile
  description lists the facility's fields and whose ``custom_fields`` repeat the numbers),
  Snipe-IT REST API location lists (``GET /api/v1/locations``: ``total`` and one location
  with ``phone`` and ``fax``, as its ``LocationsTransformer`` writes one) and Asana REST API
  task answers (``GET /tasks/{task_gid}``: ``data`` with a visit-planning task whose ``notes``
  and ``html_notes`` give the numbers and whose text custom field holds the telephone).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole, its full-width hyphen included). Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_353.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_hachioji_childcare.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_353.jsonl.gz"
SPLIT = "held_out_353"

LAYOUTS = ("microcms_list", "redmine_issue_xml", "snipeit_locations", "asana_task")
PHONE, FAX = "電話番号", "FAX番号"
EDGES = {PHONE: r"\d", FAX: r"\d"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
JST = dt.timezone(dt.timedelta(hours=9))
EXCEL = dt.date(1899, 12, 30)

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented tasks of the city's staff at a facility (no person is named)
VISITS = (
    "タブレット端末の搬入",
    "防犯カメラの設置工事",
    "Wi-Fiルーターの交換",
    "AED点検",
    "空調設備の点検",
)
TICKETS = (
    "電話番号・FAX番号の確認",
    "開所時間の更新",
    "定員・受入年齢の更新",
    "所在地表記の修正",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The facility's telephone as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The facility's fax where it is a line of its own: not empty, not the telephone again
    (by its digits); else ""."""
    value = _f(row, FAX)
    digits = re.sub(r"\D", "", value)
    return "" if not digits or digits == re.sub(r"\D", "", phone(row)) else value


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and fax labelled (each copy
    stands apart: no digit next to a number)."""
    return field_copies(text, [(PHONE, phone(row)), (FAX, fax(row))], EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "名称")


def kind(row: dict[str, Any]) -> str:
    return _f(row, "種別")


def address(row: dict[str, Any]) -> str:
    """The address as the list writes it (the city's name first: ``八王子市子安町四丁目31ｰ1``;
    a few start with ``東京都``)."""
    return _f(row, "住所")


def building(row: dict[str, Any]) -> str:
    return _f(row, "方書")


def place(row: dict[str, Any]) -> str:
    """The address and building in one line."""
    return f"{address(row)} {building(row)}" if building(row) else address(row)


def licensed(row: dict[str, Any]) -> str:
    """The date of licence as ``YYYY-MM-DD``: the workbook's Excel serial as a date, a date it
    holds as text (13 rows: ``2015-04-01``) as it is ("" where none)."""
    serial = _f(row, "認可等年月日")
    if re.fullmatch(r"\d{4}-\d\d-\d\d", serial):
        return serial
    if not serial.isdigit():
        return ""
    return (EXCEL + dt.timedelta(days=int(serial))).isoformat()


def clock(value: str) -> str:
    """A time of day, the workbook's day fraction as ``HH:MM`` ("" where none)."""
    try:
        minutes = round(float(value) * 24 * 60)
    except ValueError:
        return ""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def hours(row: dict[str, Any]) -> str:
    """The opening hours (``07:30～18:30``), "" where the list gives none."""
    start, end = clock(_f(row, "開始時間")), clock(_f(row, "終了時間"))
    return f"{start}～{end}" if start and end else ""


def days(row: dict[str, Any]) -> str:
    """The days it opens, ``月;火;水`` as ``月・火・水``."""
    return "・".join(d for d in _f(row, "利用可能曜日").split(";") if d)


def lines(row: dict[str, Any], sep: str = "／") -> str:
    """The facility's lines as a phrase (``電話 042-622-3343／FAX 042-622-3399``)."""
    out = f"電話 {phone(row)}"
    return f"{out}{sep}FAX {fax(row)}" if fax(row) else out


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Japan time)."""
    day = dt.datetime(2024, 4, 1, 8, tzinfo=JST) + dt.timedelta(days=rng.randint(0, 250))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(0, 9), minutes=rng.randint(0, 59))


def _iso_z(when: dt.datetime, ms: bool = True) -> str:
    """A moment in UTC as the APIs write it (``2024-04-01T00:00:00.000Z``)."""
    utc = when.astimezone(dt.UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}" + (f".{utc.microsecond // 1000:03d}Z" if ms else "Z")


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))


def microcms_list(row: dict[str, Any], rng: random.Random) -> str:
    """A microCMS content API list answer (``GET /api/v1/facilities?filters=...``): one
    content of a childcare guide's CMS (an invented content id, ``createdAt``, ``updatedAt``,
    ``publishedAt``, ``revisedAt``; the facility's name, kana, kind as a select field's list,
    address, building, ``tel``, ``fax`` where it has one, capacity, ages, days and hours, the
    date of licence, operator, corporate number, coordinates, web page and a rich-text
    ``notice`` repeating the telephone), ``totalCount``, ``offset`` and ``limit``."""
    made = _when(rng)
    revised = made + dt.timedelta(days=rng.randint(1, 90), minutes=rng.randint(0, 600))
    notice = (
        f"<p>見学・入園のご相談は、{name(row)}（電話 {phone(row)}）へお問い合わせください。</p>"
    )
    if hours(row):
        notice += f"<p>開所時間：{days(row)} {hours(row)}</p>"
    note = _f(row, "利用可能日時特記事項")
    if note:
        notice += f"<p>{escape(note)}</p>"
    content = {
        "id": _alnum(rng, 10),
        "createdAt": _iso_z(made),
        "updatedAt": _iso_z(revised),
        "publishedAt": _iso_z(made + dt.timedelta(minutes=rng.randint(1, 30))),
        "revisedAt": _iso_z(revised),
        "name": name(row),
        "kana": _f(row, "名称_カナ"),
        "category": [kind(row)],
        "address": address(row),
        "building": building(row),
        "tel": phone(row),
        "fax": fax(row),
        "capacity": int(_f(row, "収容定員")) if _f(row, "収容定員").isdigit() else None,
        "ages": _f(row, "受入年齢"),
        "openDays": days(row),
        "openHours": hours(row),
        "temporaryCare": _f(row, "一時預かりの有無") == "有",
        "licensedAt": licensed(row) or None,
        "operator": _f(row, "団体名"),
        "corporateNumber": _f(row, "法人番号"),
        "latitude": _f(row, "緯度"),
        "longitude": _f(row, "経度"),
        "url": _f(row, "URL"),
        "notice": notice,
    }
    if not fax(row):
        del content["fax"]
    return _json({"contents": [content], "totalCount": 1, "offset": 0, "limit": 10})


def redmine_issue_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A Redmine REST API issue as XML (``GET /issues/{id}.xml``): an invented issue of the
    city's open-data project (tracker ``データ修正``, status ``新規``, priority ``通常``, the
    childcare section as author), its subject naming the facility and the check, a textile
    description listing the row number, name, kind, address, operator, corporate number,
    telephone and fax, ``custom_fields`` repeating the row number, telephone and fax, and
    invented dates."""
    made = _when(rng)
    iid = rng.randint(1200, 9800)
    topic = rng.choice(TICKETS)
    items = [
        f"* 施設番号（NO）: {_f(row, 'NO')}",
        f"* 名称: {name(row)}（{_f(row, '名称_カナ')}）",
        f"* 種別: {kind(row)}",
        f"* 所在地: {place(row)}",
        f"* 運営: {_f(row, '団体名')}（法人番号 {_f(row, '法人番号')}）",
        f"* 電話番号: {phone(row)}",
    ]
    if fax(row):
        items.append(f"* FAX番号: {fax(row)}")
    description = (
        f"子育て施設一覧（市区町村コード {_f(row, '都道府県コード又は市区町村コード')}）の"
        "掲載内容について、施設から変更の届出がありました。\n\nh3. 現在の掲載内容\n\n"
        + "\n".join(items)
        + "\n\n届出の内容と照合し、次回の更新で反映してください。"
    )
    customs = [("施設番号", _f(row, "NO")), ("電話番号", phone(row)), ("FAX番号", fax(row))]
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<issue>",
        f"  <id>{iid}</id>",
        '  <project id="7" name="子育て施設オープンデータ"/>',
        '  <tracker id="4" name="データ修正"/>',
        '  <status id="1" name="新規" is_closed="false"/>',
        '  <priority id="2" name="通常"/>',
        f'  <author id="{rng.randint(20, 90)}" name="子ども家庭部 保育幼稚園課"/>',
        f"  <subject>{escape(f'【施設情報】{name(row)} {topic}')}</subject>",
        f"  <description>{escape(description)}</description>",
        f"  <start_date>{made:%Y-%m-%d}</start_date>",
        f"  <due_date>{made + dt.timedelta(days=rng.randint(7, 30)):%Y-%m-%d}</due_date>",
        "  <done_ratio>0</done_ratio>",
        "  <is_private>false</is_private>",
        "  <estimated_hours/>",
        "  <total_estimated_hours/>",
        "  <spent_hours>0.0</spent_hours>",
        "  <total_spent_hours>0.0</total_spent_hours>",
        '  <custom_fields type="array">',
        *(
            f'    <custom_field id="{11 + i}" name={quoteattr(label)}><value>{escape(value)}'
            "</value></custom_field>"
            for i, (label, value) in enumerate(customs)
        ),
        "  </custom_fields>",
        f"  <created_on>{_iso_z(made, ms=False)}</created_on>",
        f"  <updated_on>{_iso_z(made + dt.timedelta(minutes=rng.randint(0, 90)), ms=False)}"
        "</updated_on>",
        "  <closed_on/>",
        "</issue>",
        "",
    ]
    return "\n".join(out)


def _e(value: str) -> str:
    """``value`` as Laravel's ``e()`` writes it (``htmlspecialchars``, quotes too)."""
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#039;")
    )


def _stamp(when: dt.datetime) -> dict[str, str]:
    """A moment as Snipe-IT's ``getFormattedDateObject`` writes one."""
    return {"datetime": f"{when:%Y-%m-%d %H:%M:%S}", "formatted": f"{when:%Y-%m-%d %I:%M %p}"}


def snipeit_locations(row: dict[str, Any], rng: random.Random) -> str:
    """A Snipe-IT REST API location list (``GET /api/v1/locations?search=...``): ``total`` and
    one location as its ``LocationsTransformer`` writes it (an invented id; the facility's
    name, address, building as ``address2``, ``city`` and ``state`` from the list, no postcode
    (the list gives none), ``country`` ``JP``, ``phone``, ``fax`` (``null`` where it has none),
    invented asset and user counts, ``currency`` ``JPY``, ``notes`` with the kind, capacity and
    row number, invented ``created_at`` and ``updated_at``, the childcare section as
    ``parent``, no manager, no children, and ``available_actions``)."""
    made = _when(rng)
    assets = rng.randint(2, 14)
    location = {
        "id": rng.randint(40, 900),
        "name": _e(name(row)),
        "image": None,
        "address": _e(address(row)),
        "address2": _e(building(row)) or None,
        "city": _f(row, "市区町村名") or None,
        "state": _f(row, "都道府県名") or None,
        "country": "JP",
        "zip": None,
        "phone": _e(phone(row)),
        "fax": _e(fax(row)) or None,
        "accessories_count": rng.randint(0, 6),
        "assigned_accessories_count": 0,
        "assigned_assets_count": assets,
        "assets_count": assets + rng.randint(0, 3),
        "rtd_assets_count": rng.randint(0, 2),
        "users_count": 0,
        "currency": "JPY",
        "ldap_ou": None,
        "notes": _e(f"{kind(row)}／定員 {_f(row, '収容定員')}名／一覧NO {_f(row, 'NO')}"),
        "created_at": _stamp(made),
        "updated_at": _stamp(made + dt.timedelta(days=rng.randint(0, 200))),
        "parent": {"id": rng.randint(2, 30), "name": "子ども家庭部 保育幼稚園課"},
        "manager": None,
        "children": [],
        "available_actions": {
            "update": True,
            "delete": False,
            "bulk_selectable": {"delete": False},
            "clone": True,
        },
    }
    return _json({"total": 1, "rows": [location]})


def asana_task(row: dict[str, Any], rng: random.Random) -> str:
    """An Asana REST API task answer (``GET /tasks/{task_gid}``): ``data`` with an invented
    task gid, a visit of the city's staff to the facility as ``name``, ``notes`` and
    ``html_notes`` giving the facility's name, kind, address, access and lines, invented
    ``created_at``, ``modified_at`` and ``due_on``, a text custom field holding the telephone
    (``text_value`` and ``display_value``) and an enum field of the kind, the project and its
    section as ``memberships``, and the task's ``permalink_url``."""
    made = _when(rng)
    gid, project = str(rng.randint(10**15, 10**16 - 1)), str(rng.randint(10**15, 10**16 - 1))
    visit = rng.choice(VISITS)
    access = _f(row, "アクセス方法").replace("\n", " ")
    body = [
        f"施設：{name(row)}（{kind(row)}）",
        f"所在地：{place(row)}",
        *([f"アクセス：{access}"] if access else []),
        f"連絡先：{lines(row)}",
        "訪問日時は事前に施設へ電話で調整すること。",
    ]
    html = "<body>" + "".join(
        f"<strong>{escape(b.split('：', 1)[0])}</strong>：{escape(b.split('：', 1)[1])}\n"
        if "：" in b
        else f"{escape(b)}\n"
        for b in body
    )
    html += "</body>"
    enum_gid = str(rng.randint(10**15, 10**16 - 1))
    task = {
        "gid": gid,
        "resource_type": "task",
        "name": f"{name(row)}：{visit}",
        "resource_subtype": "default_task",
        "assignee": None,
        "assignee_status": "upcoming",
        "completed": False,
        "completed_at": None,
        "created_at": _iso_z(made),
        "modified_at": _iso_z(made + dt.timedelta(hours=rng.randint(1, 72))),
        "due_at": None,
        "due_on": f"{made + dt.timedelta(days=rng.randint(10, 45)):%Y-%m-%d}",
        "start_on": None,
        "notes": "\n".join(body),
        "html_notes": html,
        "custom_fields": [
            {
                "gid": str(rng.randint(10**15, 10**16 - 1)),
                "resource_type": "custom_field",
                "name": "施設電話",
                "resource_subtype": "text",
                "type": "text",
                "text_value": phone(row),
                "display_value": phone(row),
            },
            {
                "gid": str(rng.randint(10**15, 10**16 - 1)),
                "resource_type": "custom_field",
                "name": "施設種別",
                "resource_subtype": "enum",
                "type": "enum",
                "enum_value": {
                    "gid": enum_gid,
                    "resource_type": "enum_option",
                    "name": kind(row),
                    "enabled": True,
                    "color": rng.choice(("blue", "green", "orange", "purple")),
                },
                "display_value": kind(row),
            },
        ],
        "memberships": [
            {
                "project": {"gid": project, "resource_type": "project", "name": "保育施設 ICT整備"},
                "section": {
                    "gid": str(rng.randint(10**15, 10**16 - 1)),
                    "resource_type": "section",
                    "name": "訪問予定",
                },
            }
        ],
        "projects": [{"gid": project, "resource_type": "project", "name": "保育施設 ICT整備"}],
        "tags": [],
        "followers": [],
        "parent": None,
        "num_likes": 0,
        "liked": False,
        "workspace": {
            "gid": str(rng.randint(10**15, 10**16 - 1)),
            "resource_type": "workspace",
            "name": "八王子市 子ども家庭部",
        },
        "permalink_url": f"https://app.asana.com/0/{project}/{gid}",
    }
    return _json({"data": task})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "microcms_list": microcms_list,
    "redmine_issue_xml": redmine_issue_xml,
    "snipeit_locations": snipeit_locations,
    "asana_task": asana_task,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone and fax
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    assert not block.emails, row["path"]
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
