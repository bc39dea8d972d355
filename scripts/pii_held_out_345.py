"""held_out_345 of the PII evaluation set: real phone fields of a register no earlier part used
(Toyota's directory of Japan's hydrogen refuelling stations; Japan's earlier parts took other
registers) exactly as published, in layouts no earlier part has, beside the directory's own
names, addresses, coordinates and notes.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP (city, prefecture and ministry lists of other
institutions) and many other countries; here:

* the values are the ``tel`` fields of 157 hydrogen stations
  (``scripts/data/pii_jp_hydrogen_stations.json``, written by
  ``scripts/jp_hydrogen_stations_data.py``; source and licence in that file): Japanese numbers
  as the operators typed them, area code, exchange and line joined by hyphens
  (``092-836-8981``, ``0949-28-7102``), mobiles of mobile stations (``070-2285-1149``), each copy
  labelled under ``tel``; in the station guide's notice, the other numbers the row's
  ``information`` note gives (``052-746-8710``, ``０５７３-２６-２１５１``) labelled under
  ``information``;
* the text around them is the same row's real fields: the name and its kana reading, the kind,
  the postcode (``819-0367``), address and coordinates, the station id (``0000300026``), days,
  hours, payment and fill pressure, with invented application keys, app and message ids,
  UUIDs, SDS reference numbers, times and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Japan's fuel-cell cars and of the gas trade, text
  in Japanese: a station guide's HTML page whose "send to car navigation" link is a DENSO
  NaviCon ``setPOI`` URL (``ll``, ``title``, ``tel``, ``callURL``) beside a ``tel:`` link,
  SmartDeviceLink ``Navigation.SendLocation`` requests (the JSON-RPC message SDL Core sends its
  HMI: ``locationName``, ``addressLines``, ``phoneNumber``, an ``OASISAddress``), safety data
  sheets of the compressed hydrogen the station dispenses in the sections of JIS Z 7253
  (supplier's name, address, ``電話番号`` and ``緊急連絡電話番号``; GHS classification, CAS and
  UN numbers) and VOICEVOX project files (``.vvproj`` of VOICEVOX 0.14: ``audioKeys``,
  ``audioItems`` with ``text``, ``engineId`` and ``styleId``) of the station's spoken notice.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored, before it was ever scored.

    python scripts/pii_held_out_345.py   # rewrites the committed file
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
from urllib.parse import quote

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_hydrogen_stations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_345.jsonl.gz"
SPLIT = "held_out_345"

LAYOUTS = ("navicon_page", "sdl_send_location", "jis_sds", "voicevox_project")
PHONE = "tel"
INFO = "information"
# a number written in the row's free note: area code, exchange and line joined by hyphens, in
# ASCII or full-width digits (``052-746-8710``, ``０５７３-２６-２１５１``)
INFO_NUMBER = re.compile(
    r"(?<![0-9０-９])[0-9０-９]{2,5}-[0-9０-９]{2,4}-[0-9０-９]{3,4}(?![0-9０-９])"
)
PREFECTURE = re.compile(r"^(東京都|北海道|(?:京都|大阪)府|.{2,3}県)")
# VOICEVOX's own engine id, and style ids of its bundled voices (ノーマル styles)
VOICEVOX_ENGINE = "074fc39e-678b-4c13-8916-ffca8d505d1d"
VOICEVOX_STYLES = (2, 3, 8, 13)

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def info_numbers(row: dict[str, Any]) -> list[str]:
    """The numbers the row's ``information`` note gives other than its ``tel``, each once, in
    the note's order."""
    out: list[str] = []
    for m in INFO_NUMBER.finditer(_f(row, INFO)):
        if m.group() != phone(row) and m.group() not in out:
            out.append(m.group())
    return out


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled under ``tel`` and
    every copy of another number of its note under ``information`` (each copy stands apart: no
    digit next to it)."""
    values = [("tel", phone(row)), *(("info", number) for number in info_numbers(row))]
    edges = {"tel": r"\d", "info": r"\d"}
    return field_copies(text, values, edges, {"tel": PHONE, "info": INFO}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (JST)."""
    start = dt.datetime(2024, 1, 9, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    """An invented version-4 UUID."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _key(rng: random.Random, n: int = 8) -> str:
    """An invented application key of ``n`` letters and digits (NaviCon's ``appName``)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def _h(value: str) -> str:
    """``value`` as HTML text."""
    return html.escape(value, quote=True)


def _days(row: dict[str, Any]) -> str:
    """The row's days (営業日 and 定休日), one line."""
    return " ".join(_f(row, "closingDate").split())


def _hours(row: dict[str, Any]) -> str:
    """The row's hours, one line."""
    return " ".join(_f(row, "openingHours").split())


def _note(row: dict[str, Any]) -> list[str]:
    """The lines of the row's ``information`` note that hold text, stripped."""
    return [line.strip() for line in _f(row, INFO).splitlines() if line.strip()]


def navicon_page(row: dict[str, Any], rng: random.Random) -> str:
    """A page of an invented fuel-cell drivers' station guide: the name and kana reading, a
    table of kind, postcode and address, a ``tel:`` link whose text repeats the number, days,
    hours, fill pressure and payment, the row's notice (its lines as ``<br>``), and a "send to
    car navigation" link, a DENSO NaviCon ``setPOI`` URL (``ver=1.4``, ``ll`` the row's
    coordinates, an invented ``appName`` key, the name as ``title``, ``radKM``, ``tel`` and a
    ``callURL`` back to the page)."""
    name, tel, sid = _f(row, "stationName"), phone(row), _f(row, "id")
    page = f"https://h2-drive.example.jp/station/{sid}"
    navicon = (
        f"navicon://navicon.denso.co.jp/setPOI?ver=1.4&ll={_f(row, 'lat')},{_f(row, 'lon')}"
        f"&appName={_key(rng)}&title={quote(name, safe='')}&radKM={rng.choice((5, 10, 15))}"
        f"&tel={tel}&callURL={quote(page, safe='')}"
    )
    cells = [
        ("種別", _h(_f(row, "stationType"))),
        ("所在地", f"〒{_h(_f(row, 'postalCode'))} {_h(_f(row, 'addressJp'))}"),
        ("電話番号", f'<a href="tel:{tel}">{tel}</a>'),
        ("営業日", _h(_days(row))),
        ("営業時間", _h(_hours(row))),
        ("充填圧力", _h(_f(row, "fillablePressure"))),
        ("支払方法", _h(_f(row, "payment"))),
    ]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(name)}｜水素ステーションガイド</title>",
        "</head>",
        "<body>",
        f'<article class="station" id="st-{sid}">',
        f"  <h1>{_h(name)}</h1>",
        f'  <p class="kana">{_h(_f(row, "stationNameKana"))}</p>',
        '  <table class="spec">',
        *(f"    <tr><th>{k}</th><td>{v}</td></tr>" for k, v in cells if v),
        "  </table>",
    ]
    note = _note(row)
    if note:
        lines += [
            '  <section class="notice">',
            "    <h2>お知らせ</h2>",
            f"    <p>{'<br>'.join(_h(line) for line in note)}</p>",
            "  </section>",
        ]
    lines += [
        '  <p class="navi">',
        f'    <a class="btn-navicon" href="{_h(navicon)}">カーナビに送る（NaviCon）</a>',
        "  </p>",
        f'  <p class="updated">情報更新：<time datetime="{_h(_f(row, "updateDateTime"))}">'
        f"{_h(_f(row, 'updateDateTime')[:10])}</time></p>",
        "</article>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


def sdl_send_location(row: dict[str, Any], rng: random.Random) -> str:
    """A SmartDeviceLink ``Navigation.SendLocation`` request as SDL Core sends it to its HMI
    (JSON-RPC 2.0): an invented message id and ``appID``, the row's coordinates as
    ``longitudeDegrees`` and ``latitudeDegrees`` (the published digits), the name as
    ``locationName``, a ``locationDescription`` of kind, hours and the number, the postcode and
    address as ``addressLines``, ``phoneNumber``, ``deliveryMode``, an invented ``timeStamp``
    and an ``OASISAddress`` (country, postcode, prefecture where the address names one)."""
    name, tel = _f(row, "stationName"), phone(row)
    when = _when(rng)
    address = _f(row, "addressJp")
    oasis: dict[str, Any] = {
        "countryName": "日本",
        "countryCode": "JP",
        "postalCode": _f(row, "postalCode"),
    }
    prefecture = PREFECTURE.match(address)
    if prefecture:
        oasis["administrativeArea"] = prefecture.group(1)
        oasis["thoroughfare"] = address[prefecture.end() :]
    else:
        oasis["thoroughfare"] = address
    description = f"{_f(row, 'stationType')}の水素ステーション。営業時間 {_hours(row)}。"
    description += f"お問い合わせ {tel}"
    params = {
        "appID": rng.randint(100000000, 999999999),
        "longitudeDegrees": "@LON@",
        "latitudeDegrees": "@LAT@",
        "locationName": name,
        "locationDescription": description,
        "addressLines": [f"〒{_f(row, 'postalCode')}", address],
        "phoneNumber": tel,
        "deliveryMode": rng.choice(("PROMPT", "DESTINATION", "QUEUE")),
        "timeStamp": {
            "millisecond": 0,
            "second": when.second,
            "minute": when.minute,
            "hour": when.hour,
            "day": when.day,
            "month": when.month,
            "year": when.year,
            "tz_hour": 9,
            "tz_minute": 0,
        },
        "address": oasis,
    }
    message = {
        "id": rng.randint(100, 9999),
        "jsonrpc": "2.0",
        "method": "Navigation.SendLocation",
        "params": params,
    }
    text = json.dumps(message, ensure_ascii=False, indent=2)
    # the coordinates as JSON numbers in the digits the directory published
    text = text.replace('"@LON@"', _f(row, "lon")).replace('"@LAT@"', _f(row, "lat"))
    return text + "\n"


def jis_sds(row: dict[str, Any], rng: random.Random) -> str:
    """A safety data sheet of the compressed hydrogen the station dispenses, in the sections and
    headings of JIS Z 7253 as PDF text extraction gives them: an invented reference number and
    dates, section 1 with the station as supplier (name, postcode and address, ``電話番号``,
    ``緊急連絡電話番号`` with its hours), section 2's GHS classification and label elements,
    section 3's composition (CAS 1333-74-0), section 14's UN number and section 16 naming the
    station's id, kind and fill pressure, and the station's notice where the row has one."""
    name, tel = _f(row, "stationName"), phone(row)
    made = _when(rng)
    revised = made + dt.timedelta(days=rng.randint(30, 300))
    hours = _hours(row)
    lines = [
        "安全データシート",
        "",
        f"作成日　{made.year}年{made.month}月{made.day}日",
        f"改訂日　{revised.year}年{revised.month}月{revised.day}日",
        f"整理番号　SDS-H2-{rng.randint(1000, 9999)}",
        "",
        "1. 化学品及び会社情報",
        "化学品の名称　　　　　圧縮水素（燃料電池自動車用）",
        f"供給者の会社名称　　　{name}",
        f"住所　　　　　　　　　〒{_f(row, 'postalCode')} {_f(row, 'addressJp')}",
        f"電話番号　　　　　　　{tel}",
        f"緊急連絡電話番号　　　{tel}" + (f"（受付 {hours}）" if hours else ""),
        "推奨用途及び使用上の制限　燃料電池自動車の燃料。指定の用途以外に使用しないこと。",
        "",
        "2. 危険有害性の要約",
        "GHS分類",
        "　物理化学的危険性　　可燃性ガス　区分1A",
        "　　　　　　　　　　　高圧ガス　　圧縮ガス",
        "　健康に対する有害性　分類できない",
        "GHSラベル要素",
        "　絵表示　　　　　　　炎、ガスボンベ",
        "　注意喚起語　　　　　危険",
        "　危険有害性情報　　　H220 極めて可燃性の高いガス",
        "　　　　　　　　　　　H280 高圧ガス：熱すると爆発のおそれ",
        "",
        "3. 組成及び成分情報",
        "化学物質・混合物の区別　化学物質",
        "化学名又は一般名　　　水素",
        "化学式　　　　　　　　H2",
        "CAS番号　　　　　　　1333-74-0",
        "濃度又は濃度範囲　　　99.97％以上（ISO 14687 グレードD）",
        "",
        "14. 輸送上の注意",
        "国連番号　　　　　　　1049",
        "品名（国連輸送名）　　水素（圧縮されたもの）",
        "国連分類　　　　　　　2.1",
        "",
        "16. その他の情報",
        f"本データシートは{name}（ステーションID {_f(row, 'id')}、"
        f"{_f(row, 'stationType')}、充填圧力 {_f(row, 'fillablePressure')}）で"
        "取り扱う燃料について記載したものです。",
    ]
    note = _note(row)
    if note:
        lines += ["ステーションからのお知らせ", *(f"　{line}" for line in note)]
    return "\n".join([*lines, ""])


def voicevox_project(row: dict[str, Any], rng: random.Random) -> str:
    """A VOICEVOX project file (``.vvproj``, as VOICEVOX 0.14 saves one) of the station's spoken
    notice: ``appVersion``, the order of its lines as ``audioKeys`` (invented UUIDs) and each
    line as an ``audioItems`` entry of ``text``, VOICEVOX's own ``engineId`` and a bundled
    voice's ``styleId``; the name, days and hours, the number in the third line, the lines of
    the row's notice, and the number again in the last."""
    name, tel = _f(row, "stationName"), phone(row)
    style = rng.choice(VOICEVOX_STYLES)
    texts = [
        f"燃料電池自動車をご利用のみなさまへ、{name}からのお知らせです。",
        f"{_days(row)}。営業時間は{_hours(row)}です。",
        f"充填のご予約、お問い合わせは、お電話で、{tel}までお願いいたします。",
        *_note(row),
        f"電話番号は、{tel}です。",
    ]
    keys = [_uuid(rng) for _ in texts]
    project = {
        "appVersion": rng.choice(("0.14.7", "0.14.8", "0.14.10")),
        "audioKeys": keys,
        "audioItems": {
            key: {"text": text, "engineId": VOICEVOX_ENGINE, "styleId": style}
            for key, text in zip(keys, texts, strict=True)
        },
    }
    return json.dumps(project, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "navicon_page": navicon_page,
    "sdl_send_location": sdl_send_location,
    "jis_sds": jis_sds,
    "voicevox_project": voicevox_project,
}


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the directory's does)."""
    return value.startswith("+")


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
