"""held_out_281 of the PII evaluation set: real phone fields of a register no earlier part used
(the Ministry of Health, Labour and Welfare's list of the pharmacies that may sell the emergency
contraceptive, all of Japan; Japan's earlier parts took other registers, among them the same
ministry's care facilities and telemedicine clinics) exactly as published, in layouts no
earlier part has, beside the list's own names, addresses, hours and the repository's
coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of JP (Takamatsu's, Toyama's, Iizuka's, Yaizu's, Sapporo's,
Yuzawa's and Kumamoto's city lists, the Hokkaido, Tokyo, Kyoto and Osaka governments' lists,
the roadside stations, the municipal offices, the MHLW's care facilities and telemedicine
clinics), KR, TW and many others; here:

* the values are the ``電話番号`` fields of 420 pharmacies and drug stores
  (``scripts/data/pii_jp_mhlw_ec_pharmacies.json``, written by
  ``scripts/jp_mhlw_ec_pharmacies_data.py``; source and licence in that file): Japanese numbers
  as the ministry's XLSX holds them, ten digits run together (``0166213269``; one in
  full-width digits, ``０５８７２２８６７１``), each copy labelled; and, where the list has one
  written in ASCII digits and hyphens only that is neither the main number nor holds it, the
  ``時間外の電話番号``, the number for calls outside opening hours (122 rows: 94 mobiles, 86 of
  them run together, ``08016607368``, 8 joined by hyphens, ``090-4258-7788``; one IP phone,
  ``05036664376``; 27 landlines run together or joined by hyphens, ``0197512555``,
  ``024-936-2225``, ``0284-40-1558``, ``03-5661-7717``), each copy labelled under its own
  column;
* the text around them is the same row's real fields: the list's number, prefecture,
  municipality, name, address (full-width digits as typed, ``宮下通９丁目２番１７号``),
  opening hours, privacy measures, whether to call ahead, the counts of pharmacists who may
  sell the drug and the web page (never one holding an ``@``), and the repository's geocoded
  coordinates, with invented store ids and codes, display orders, discount rates, timestamps,
  contract ids and icon numbers, unlabelled and scored;
* in layouts no earlier part has, Japanese data standards and services, text in Japanese: IMI
  Core Vocabulary (共通語彙基盤) JSON-LD ``施設型`` records (``連絡先型`` with ``電話番号``, a
  second ``連絡先型`` for the after-hours number, a ``説明`` repeating the numbers), Smaregi
  Platform API (スマレジ) POS store reads (``GET /pos/stores/{id}`` with its JSON answer:
  ``phoneNumber``, the receipt ``header`` printing ``TEL`` and the number, the ``footer`` the
  after-hours number once), GSI Maps (地理院地図) drawing exports as GeoJSON (a ``Point`` with the
  ``_markerType``/``_iconUrl``/``_iconSize``/``_iconAnchor`` style keys and the fields as
  Japanese property names, a ``備考`` repeating the numbers) and Vivliostyle Flavored Markdown
  (VFM) booklet manuscripts (front matter, ``{緊急避妊薬|きんきゅうひにんやく}`` ruby, a list of
  the fields and a paragraph repeating the numbers).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_281.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_11 import numbers
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_jp_mhlw_ec_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_281.jsonl.gz"
SPLIT = "held_out_281"

LAYOUTS = ("imi_jsonld", "smaregi_store", "gsimaps_geojson", "vfm_manuscript")
PHONE = "電話番号"
AFTER = "時間外の電話番号"
LIST = "要指導医薬品である緊急避妊薬の販売が可能な薬局等の一覧"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def after_hours(row: dict[str, Any]) -> str:
    """The row's after-hours phone field as published, stripped, where a record writes it:
    written in ASCII digits and hyphens (every digit in a number the part's labelling reads),
    neither the main number nor holding it; "" otherwise."""
    value, tel = _f(row, AFTER), phone(row)
    if not value or not re.fullmatch(r"[0-9][0-9-]*[0-9]", value) or tel in value or value in tel:
        return ""
    covered = {i for s, e in numbers(value) for i in range(s, e)}
    return value if all(i in covered for i, c in enumerate(value) if c.isdigit()) else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and of its after-hours
    field (where written) labelled, each under its column (each copy stands apart: no digit
    next to it)."""
    values = [("phone", phone(row)), ("after", after_hours(row))]
    return field_copies(
        text, values, {"phone": r"\d", "after": r"\d"}, {"phone": PHONE, "after": AFTER},
        row["path"],
    )  # fmt: skip


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith("+")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment between February and August 2026 (JST)."""
    start = dt.datetime(2026, 2, 12, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return start + dt.timedelta(seconds=rng.randint(0, 190 * 86400))


def _j(value: Any) -> str:
    """``value`` as JSON (UTF-8 kept)."""
    return json.dumps(value, ensure_ascii=False)


def _homepage(row: dict[str, Any]) -> str:
    """The row's web page, "" where it has none or holds an ``@`` (an e-mail address typed as
    a page, never written)."""
    value = _f(row, "HP")
    return "" if "@" in value else value


def _pharmacists(row: dict[str, Any]) -> str:
    """The counts of pharmacists who may sell the drug (``女性2名・男性1名``)."""
    parts = [
        (label, _f(row, f"販売可能薬剤師数_{key}"))
        for label, key in (("女性", "女性"), ("男性", "男性"), ("回答なし", "答えたくない"))
    ]
    return "・".join(f"{label}{count}名" for label, count in parts if count not in ("", "0"))


def _call_ahead(row: dict[str, Any]) -> str:
    return "来局前に電話連絡が必要です。" if _f(row, "事前連絡") == "要" else ""


def _description(row: dict[str, Any]) -> str:
    """A sentence or two naming the number (and the after-hours number where written)."""
    text = f"緊急避妊薬の販売が可能な薬局です。在庫は来局前に電話（{phone(row)}）でご確認ください。"
    if after_hours(row):
        text += f"開局時間外は{after_hours(row)}へ。"
    return text + _call_ahead(row)


def imi_jsonld(row: dict[str, Any], rng: random.Random) -> str:
    """An IMI Core Vocabulary (共通語彙基盤, ``https://imi.go.jp/ns/core/context.jsonld``)
    ``施設型`` record of the pharmacy: ``ID`` (``ID型``, the list's number under an ``ID体系型``
    naming the list), ``名称``, ``種別``, ``住所`` (``住所型``: ``表記``, ``都道府県``,
    ``市区町村``), ``地理座標`` (``座標型``, the repository's geocoding), ``連絡先`` (a
    ``連絡先型`` with ``電話番号`` and ``Webサイト``, a second one for the after-hours number),
    ``説明`` repeating the numbers, and a ``メタデータ`` (``文書型``) with the list's date and
    an invented update date."""
    geo = row["geocode"]
    contact: dict[str, Any] = {"@type": "連絡先型", "電話番号": phone(row)}
    if _homepage(row):
        contact["Webサイト"] = _homepage(row)
    contacts: Any = contact
    if after_hours(row):
        contacts = [
            contact,
            {"@type": "連絡先型", "電話番号": after_hours(row), "説明": "開局時間外"},
        ]
    doc = {
        "@context": "https://imi.go.jp/ns/core/context.jsonld",
        "@type": "施設型",
        "ID": {
            "@type": "ID型",
            "体系": {"@type": "ID体系型", "名称": f"{LIST} 薬局等番号"},
            "識別値": _f(row, "薬局等番号"),
        },
        "名称": {"@type": "名称型", "表記": _f(row, "薬局等名称")},
        "種別": "薬局",
        "住所": {
            "@type": "住所型",
            "表記": _f(row, "住所"),
            "都道府県": _f(row, "都道府県"),
            "市区町村": _f(row, "市区町村_推定"),
        },
        "地理座標": {"@type": "座標型", "緯度": str(geo["lat"]), "経度": str(geo["lng"])},
        "連絡先": contacts,
        "説明": f"開局等時間：{_f(row, '開局等時間')}。{_description(row)}",
        "メタデータ": {
            "@type": "文書型",
            "説明": f"{LIST}（{_f(row, 'データ時点')}時点）より作成",
            "日付": {"@type": "日付型", "標準型日付": f"{_when(rng):%Y-%m-%d}"},
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def smaregi_store(row: dict[str, Any], rng: random.Random) -> str:
    """A Smaregi Platform API (スマレジ・プラットフォームAPI) POS store read: the request
    ``GET https://api.smaregi.jp/{contract}/pos/stores/{storeId}?with_receipt_print_info=all``
    and its ``200`` answer, the store as JSON with every value a string (an invented store id,
    code and display order, the name, the address, ``phoneNumber``, the web page, invented
    flags and maximum discount rate, invented ``insDateTime``/``updDateTime``), and
    ``receiptPrintInfo`` whose ``header`` prints the name, address and ``TEL`` with the number
    and whose ``footer`` names the after-hours number where written."""
    name, tel = _f(row, "薬局等名称"), phone(row)
    contract = "sb_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
    store_id = str(rng.randint(1, 240))
    created = _when(rng) - dt.timedelta(days=rng.randint(200, 900))
    updated = _when(rng)
    footer = "要指導医薬品（緊急避妊薬）のご相談は薬剤師まで"
    if after_hours(row):
        footer += f"\n時間外のお問い合わせ {after_hours(row)}"
    store = {
        "storeId": store_id,
        "storeCode": f"{rng.randint(1, 9999):04d}",
        "storeName": name,
        "printReceiptStoreName": name,
        "division": "0",
        "postCode": "",
        "address": _f(row, "住所"),
        "phoneNumber": tel,
        "faxNumber": "",
        "mailAddress": "",
        "homepage": _homepage(row),
        "priceChangeFlag": "1",
        "pointNotApplicable": "0",
        "taxFreeDivision": "0",
        "maxDiscountRate": str(rng.choice((10, 20, 30, 50))),
        "pauseFlag": "0",
        "displaySequence": str(rng.randint(1, 60)),
        "insDateTime": created.isoformat(),
        "updDateTime": updated.isoformat(),
        "receiptPrintInfo": {
            "storeId": store_id,
            "header": f"{name}\n{_f(row, '住所')}\nTEL {tel}",
            "footer": footer,
        },
    }
    lines = [
        f"GET /{contract}/pos/stores/{store_id}?with_receipt_print_info=all HTTP/1.1",
        "Host: api.smaregi.jp",
        "Accept: application/json",
        "",
        "HTTP/1.1 200 OK",
        "Content-Type: application/json",
        "",
        json.dumps(store, ensure_ascii=False, indent=2),
        "",
    ]
    return "\n".join(lines)


def gsimaps_geojson(row: dict[str, Any], rng: random.Random) -> str:
    """A GSI Maps (地理院地図) drawing saved as GeoJSON: a ``FeatureCollection`` of one
    ``Point`` at the repository's coordinates whose properties are ``name`` and the fields as
    Japanese property names (住所, 電話番号, 時間外の電話番号 where written, 開局時間,
    プライバシー確保策, 販売可能薬剤師), a ``備考`` repeating the numbers, and the map's style
    keys (``_markerType`` ``Icon``, ``_iconUrl`` of an invented symbol number, ``_iconSize``,
    ``_iconAnchor``)."""
    geo = row["geocode"]
    size = rng.choice((20, 24, 30))
    props: dict[str, Any] = {
        "name": _f(row, "薬局等名称"),
        "住所": _f(row, "住所"),
        "電話番号": phone(row),
    }
    if after_hours(row):
        props["時間外の電話番号"] = after_hours(row)
    props["開局時間"] = _f(row, "開局等時間")
    props["プライバシー確保策"] = _f(row, "プライバシー確保策")
    if _pharmacists(row):
        props["販売可能薬剤師"] = _pharmacists(row)
    props["備考"] = _description(row)
    props |= {
        "_markerType": "Icon",
        "_iconUrl": f"https://maps.gsi.go.jp/portal/sys/v4/symbols/{rng.randint(1, 240):03d}.png",
        "_iconSize": [size, size],
        "_iconAnchor": [size // 2, size // 2],
    }
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [geo["lng"], geo["lat"]]},
                "properties": props,
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def vfm_manuscript(row: dict[str, Any], rng: random.Random) -> str:
    """A Vivliostyle Flavored Markdown (VFM) manuscript of one page of a prefecture's booklet:
    front matter (``title``, ``lang: ja``), a heading with the ruby
    ``{緊急避妊薬|きんきゅうひにんやく}``, the pharmacy's name as a second heading, a list of the
    address, number, after-hours number (where written), hours, privacy measures and
    pharmacists, a paragraph repeating the numbers and an invented page number in a raw HTML
    ``span``."""
    name, tel = _f(row, "薬局等名称"), phone(row)
    pref, muni = _f(row, "都道府県"), _f(row, "市区町村_推定")
    items = [f"- 住所：{_f(row, '住所')}", f"- 電話：{tel}"]
    if after_hours(row):
        items.append(f"- 時間外：{after_hours(row)}")
    items.append(f"- 開局時間：{_f(row, '開局等時間')}")
    if _f(row, "プライバシー確保策"):
        items.append(f"- プライバシーへの配慮：{_f(row, 'プライバシー確保策')}")
    if _pharmacists(row):
        items.append(f"- 販売できる薬剤師：{_pharmacists(row)}")
    if _homepage(row):
        items.append(f"- ホームページ：<{_homepage(row)}>")
    lines = [
        "---",
        f"title: 緊急避妊薬を販売する薬局（{pref}{muni}）",
        "lang: ja",
        "---",
        "",
        f"# {{緊急避妊薬|きんきゅうひにんやく}}を販売する薬局（{pref}）",
        "",
        f"## {name}",
        "",
        *items,
        "",
        _description(row),
        "",
        f'<span class="folio">p.{rng.randint(3, 96)}</span>',
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "imi_jsonld": imi_jsonld,
    "smaregi_store": smaregi_store,
    "gsimaps_geojson": gsimaps_geojson,
    "vfm_manuscript": vfm_manuscript,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone fields labelled."""
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
