"""held_out_235 of the PII evaluation set: real phone fields of a register no earlier part used
(Japan's municipal offices, the city halls, ward offices and town and village offices of all of
its municipalities; Japan's earlier parts took other registers) exactly as published, in layouts
no earlier part has, beside the list's own names, readings, postcodes, addresses, codes and
coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP (Takamatsu's, Toyama's, Iizuka's, Yaizu's, Sapporo's
and Yuzawa's lists, the Hokkaido Government's hospitals, the Tokyo Metropolitan Government's
nurseries, the roadside stations), FR, KR, DE and many others; here:

* the values are the ``tel`` fields of a seeded sample of 576 of the 1,741 municipal offices
  (``scripts/data/pii_jp_municipal_offices.json``, written by
  ``scripts/jp_municipal_offices_data.py``; source and licence in that file): Japanese numbers
  as the list writes them, the area code, exchange and line joined by hyphens (``011-211-2111``,
  ``0138-21-3111``, ``01654-3-2111``, ``03-3264-2111``), each copy labelled;
* the text around them is the same row's real fields: the municipality's name and reading, its
  prefecture, the office's postcode (``060-8611``) and address, the six-digit local government
  code (``011002``) and the coordinates, with invented message, event, post, group and user
  ids, times and counts, unlabelled and scored;
* in layouts no earlier part has, Japanese formats of the field, text in Japanese: 公共情報コモンズ
  (L-ALERT) XML shelter messages of a drill (``Control`` with the municipality as editorial and
  publishing office and its ``ContactInfo``, ``Head`` with a headline repeating the number,
  ``Body`` with a shelter at the office), connpass API v2 event responses (a municipal study
  session held at the office: ``place``, ``address``, ``lat``/``lon`` as strings, an HTML
  ``description`` with the number twice), ATOK dictionary text exports (the
  ``!!ATOK_TANGO_TEXT_HEADER_1`` line, tab-separated reading, word and part of speech: the name,
  the office, the number as a word and inside a contact entry, the address) and DocBase API
  post responses (``GET /teams/:domain/posts/:id``: a Markdown ``body`` with a table of the
  office's fields and a task list repeating the number, tags, an invented team account).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_235.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_municipal_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_235.jsonl.gz"
SPLIT = "held_out_235"

LAYOUTS = ("commons_xml", "connpass_event", "atok_dictionary", "docbase_post")
PHONE = "tel"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented themes of the municipal study sessions (no real event is meant)
THEMES = (
    "行政手続オンライン化 勉強会", "オープンデータ活用ワークショップ", "防災アプリ アイデアソン",
    "シビックテック入門講座", "地域のデジタル人材育成セミナー", "窓口DX 意見交換会",
)  # fmt: skip
# invented shelters' kinds of the drill messages
SHELTERS = ("庁舎会議室", "庁舎多目的ホール", "庁舎1階ロビー", "庁舎別館大会議室")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, as text and stripped ("" where the row has no such field)."""
    value = row["fields"].get(key)
    return "" if value is None else str(value).strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def office(row: dict[str, Any]) -> str:
    """The office's name as the municipality's name makes it (市役所, 区役所, 町役場, 村役場)."""
    name = _f(row, "jititai")
    return name + ("役所" if name.endswith(("市", "区")) else "役場")


def office_kana(row: dict[str, Any]) -> str:
    """The office's reading, the municipality's reading and やくしょ or やくば."""
    name = _f(row, "jititai")
    return _f(row, "city_kana") + ("やくしょ" if name.endswith(("市", "区")) else "やくば")


def _where(row: dict[str, Any]) -> str:
    """The prefecture and the address, as one line."""
    return _f(row, "prefecture") + _f(row, "address")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (JST)."""
    start = dt.datetime(2024, 1, 9, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: Any) -> str:
    """``value`` as a JSON literal (UTF-8 kept)."""
    return json.dumps(value, ensure_ascii=False)


def commons_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A 公共情報コモンズ (L-ALERT) XML shelter message of a drill, in the JMA-XML-derived
    ``Report``: ``Control`` (title, time, status 訓練, the municipality as editorial and
    publishing office with its code, name, reading, location and ``ContactInfo`` phone),
    ``Head`` (title, times, an invented event id, a headline repeating the number, the area by
    its code) and ``Body`` (one shelter at the office, its address and coordinates)."""
    name, tel, code = _f(row, "jititai"), phone(row), _f(row, "code")
    when = _when(rng).replace(second=0)
    stamp = when.isoformat()
    event = f"{code}-{when:%Y%m%d}-{rng.randint(1, 99):02d}"
    shelter = f"{office(row)}{rng.choice(SHELTERS)}"
    capacity = rng.choice((50, 80, 100, 120, 150, 200))
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Report xmlns="http://xml.publiccommons.ne.jp/pcxml1/" '
        'xmlns:pcx_ib="http://xml.publiccommons.ne.jp/pcxml1/informationBasis1/" '
        'xmlns:pcx_eb="http://xml.publiccommons.ne.jp/pcxml1/elementBasis1/" '
        'xmlns:pcx_sh="http://xml.publiccommons.ne.jp/pcxml1/body/shelter3/">',
        "  <Control>",
        "    <Title>避難所情報</Title>",
        f"    <DateTime>{stamp}</DateTime>",
        "    <Status>訓練</Status>",
        "    <EditorialOffice>",
        f"      <pcx_eb:OrganizationCode>{code}</pcx_eb:OrganizationCode>",
        f"      <pcx_eb:OfficeName>{_x(name)}</pcx_eb:OfficeName>",
        "    </EditorialOffice>",
        "    <PublishingOffice>",
        f"      <pcx_eb:OrganizationCode>{code}</pcx_eb:OrganizationCode>",
        f"      <pcx_eb:OfficeName>{_x(name)}</pcx_eb:OfficeName>",
        f"      <pcx_eb:OfficeNameKana>{_x(_f(row, 'city_kana'))}</pcx_eb:OfficeNameKana>",
        "      <pcx_eb:OfficeLocation>",
        f"        <pcx_eb:Areaname>{_x(_where(row))}</pcx_eb:Areaname>",
        "      </pcx_eb:OfficeLocation>",
        "      <pcx_eb:ContactInfo>",
        f"        <pcx_eb:OfficeName>{_x(office(row))}</pcx_eb:OfficeName>",
        f"        <pcx_eb:Phone>{tel}</pcx_eb:Phone>",
        "      </pcx_eb:ContactInfo>",
        "    </PublishingOffice>",
        "  </Control>",
        "  <pcx_ib:Head>",
        f"    <pcx_ib:Title>{_x(_f(row, 'prefecture') + name)} 避難所情報（訓練）</pcx_ib:Title>",
        f"    <pcx_ib:CreateDateTime>{stamp}</pcx_ib:CreateDateTime>",
        f"    <pcx_ib:FirstCreateDateTime>{stamp}</pcx_ib:FirstCreateDateTime>",
        f"    <pcx_ib:ReportDateTime>{stamp}</pcx_ib:ReportDateTime>",
        f"    <pcx_ib:TargetDateTime>{stamp}</pcx_ib:TargetDateTime>",
        f"    <pcx_ib:EventID>{event}</pcx_ib:EventID>",
        "    <pcx_ib:InfoType>発表</pcx_ib:InfoType>",
        "    <pcx_ib:Serial>1</pcx_ib:Serial>",
        "    <pcx_ib:InfoKind>避難所情報</pcx_ib:InfoKind>",
        "    <pcx_ib:InfoKindVersion>3.0_1</pcx_ib:InfoKindVersion>",
        "    <pcx_ib:Headline>",
        f"      <pcx_ib:Text>【訓練】{_x(name)}は、総合防災訓練のため{_x(shelter)}に避難所を"
        f"開設しました。お問い合わせは{_x(office(row))}（電話 {tel}）まで。</pcx_ib:Text>",
        "      <pcx_ib:Areas>",
        "        <pcx_ib:Area>",
        f"          <pcx_eb:Name>{_x(name)}</pcx_eb:Name>",
        f"          <pcx_eb:Code>{code}</pcx_eb:Code>",
        "        </pcx_ib:Area>",
        "      </pcx_ib:Areas>",
        "    </pcx_ib:Headline>",
        "  </pcx_ib:Head>",
        "  <pcx_sh:Body>",
        "    <pcx_sh:Shelter>",
        f"      <pcx_sh:Name>{_x(shelter)}</pcx_sh:Name>",
        "      <pcx_sh:Type>指定避難所</pcx_sh:Type>",
        "      <pcx_sh:Status>開設</pcx_sh:Status>",
        f"      <pcx_sh:DateTime>{stamp}</pcx_sh:DateTime>",
        f"      <pcx_sh:Capacity>{capacity}</pcx_sh:Capacity>",
        "      <pcx_sh:Location>",
        f"        <pcx_eb:Areaname>{_x(_where(row))}</pcx_eb:Areaname>",
        f"        <pcx_eb:Coordinate>{lat} {lon}</pcx_eb:Coordinate>",
        "      </pcx_sh:Location>",
        "    </pcx_sh:Shelter>",
        "  </pcx_sh:Body>",
        "</Report>",
        "",
    ]
    return "\n".join(lines)


def connpass_event(row: dict[str, Any], rng: random.Random) -> str:
    """A connpass API v2 event response (``GET /api/v2/events/?event_id=...``): one event of
    an invented group, a study session held at the office (``place``, ``address``, ``lat`` and
    ``lon`` as strings), an HTML ``description`` with a table of the venue's fields and the
    number, and a paragraph repeating it; invented ids, times and counts."""
    name, tel = _f(row, "jititai"), phone(row)
    theme = rng.choice(THEMES)
    start = _when(rng).replace(minute=0, second=0)
    start = start.replace(hour=rng.choice((10, 13, 14, 18)))
    end = start + dt.timedelta(hours=rng.choice((2, 3)))
    updated = start - dt.timedelta(days=rng.randint(3, 30), seconds=rng.randint(0, 86399))
    event_id = rng.randint(300000, 339999)
    group_id = rng.randint(10000, 19999)
    sub = f"lg-{_f(row, 'code')}"
    limit = rng.choice((20, 30, 40, 50))
    accepted = rng.randint(3, limit)
    description = (
        f"<h2>{name} {theme}</h2>"
        f"<p>{name}の職員と地域の皆さんで、{theme.split()[0]}について話し合います。</p>"
        "<h3>会場</h3>"
        "<table><tbody>"
        f"<tr><th>会場</th><td>{office(row)}</td></tr>"
        f"<tr><th>住所</th><td>〒{_f(row, 'zip')} {_where(row)}</td></tr>"
        f"<tr><th>電話</th><td>{tel}</td></tr>"
        "</tbody></table>"
        f"<p>当日の連絡先：{office(row)} 代表 {tel}（受付で本イベントの参加とお伝えください）</p>"
    )
    event = {
        "id": event_id,
        "title": f"{name} {theme}",
        "catch": f"{_f(row, 'prefecture')}{name}で開催する{theme}です",
        "description": description,
        "url": f"https://{sub}.connpass.com/event/{event_id}/",
        "image_url": None,
        "hash_tag": "",
        "started_at": start.isoformat(),
        "ended_at": end.isoformat(),
        "limit": limit,
        "event_type": "participation",
        "open_status": "close" if rng.random() < 0.5 else "open",
        "group": {
            "id": group_id,
            "subdomain": sub,
            "title": f"{name} デジタル推進",
            "url": f"https://{sub}.connpass.com/",
        },
        "address": _where(row),
        "place": office(row),
        "lat": _f(row, "latitude"),
        "lon": _f(row, "longitude"),
        "owner_id": rng.randint(100000, 999999),
        "owner_nickname": sub,
        "owner_display_name": f"{name} デジタル推進",
        "accepted": accepted,
        "waiting": rng.randint(0, 5) if accepted == limit else 0,
        "updated_at": updated.isoformat(),
    }
    doc = {"results_returned": 1, "results_available": 1, "results_start": 1, "events": [event]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def atok_dictionary(row: dict[str, Any], rng: random.Random) -> str:
    """An ATOK dictionary text export (単語ファイル): the ``!!ATOK_TANGO_TEXT_HEADER_1`` line,
    then one tab-separated word a line, reading, word and part of speech: the municipality, its
    office, the office's number as a word of its own, a contact entry repeating it, the office's
    postcode and address; CRLF line ends, as the export writes them."""
    name, tel, kana = _f(row, "jititai"), phone(row), _f(row, "city_kana")
    entries = [
        (kana, name, "固有地名"),
        (office_kana(row), office(row), "固有組織"),
        (f"{kana}でんわ", tel, "名詞"),
        (f"{kana}れんらくさき", f"{office(row)}（{tel}）", "名詞"),
        (f"{kana}じゅうしょ", f"〒{_f(row, 'zip')} {_where(row)}", "名詞"),
    ]
    rng.shuffle(entries)
    lines = ["!!ATOK_TANGO_TEXT_HEADER_1", *("\t".join(e) for e in entries), ""]
    return "\r\n".join(lines)


def docbase_post(row: dict[str, Any], rng: random.Random) -> str:
    """A DocBase API post response (``GET /teams/:domain/posts/:id``): an invented post id,
    title and team account, a Markdown ``body`` with a table of the office's fields (code,
    postcode, address, number, coordinates) and a task list repeating the number, tags of the
    prefecture and the kind, invented times and counts."""
    name, tel = _f(row, "jititai"), phone(row)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(0, 40), seconds=rng.randint(0, 86399))
    post_id = rng.randint(2000000, 3999999)
    team = rng.choice(("gyosei-support", "lg-sales", "jichitai-cs"))
    body = "\n".join(
        [
            f"# {office(row)} 訪問メモ",
            "",
            "## 基本情報",
            "",
            "| 項目 | 内容 |",
            "| --- | --- |",
            f"| 団体コード | {_f(row, 'code')} |",
            f"| 団体名 | {name}（{_f(row, 'city_kana')}） |",
            f"| 郵便番号 | {_f(row, 'zip')} |",
            f"| 住所 | {_where(row)} |",
            f"| 代表電話 | {tel} |",
            f"| 緯度・経度 | {_f(row, 'latitude')}, {_f(row, 'longitude')} |",
            "",
            "## TODO",
            "",
            f"- [x] {_f(row, 'prefecture')}の担当課を確認",
            f"- [ ] 代表電話 {tel} から情報政策担当へ取り次いでもらう",
            "- [ ] 訪問日程を調整",
            "",
        ]
    )
    post = {
        "id": post_id,
        "title": f"{_f(row, 'prefecture')}{name} 訪問メモ",
        "body": body,
        "draft": False,
        "archived": False,
        "url": f"https://{team}.docbase.io/posts/{post_id}",
        "created_at": created.isoformat(),
        "updated_at": updated.isoformat(),
        "scope": "everyone",
        "sharing_url": "",
        "representative_image_url": "",
        "tags": [{"name": _f(row, "prefecture")}, {"name": "自治体"}],
        "user": {
            "id": rng.randint(10000, 99999),
            "name": f"{team}-bot",
            "profile_image_url": f"https://image.docbase.io/uploads/{rng.getrandbits(64):016x}.png",
        },
        "stars_count": rng.randint(0, 4),
        "good_jobs_count": rng.randint(0, 9),
        "comments": [],
        "groups": [],
    }
    return json.dumps(post, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "commons_xml": commons_xml,
    "connpass_event": connpass_event,
    "atok_dictionary": atok_dictionary,
    "docbase_post": docbase_post,
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
