"""held_out_50 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Turkey) exactly as published, in layouts no earlier part has, beside the
row's own list id, district and street address.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH and NG; here:

* the values are the phone fields of the pharmacies of the province of Edirne on the
  nobetcieczane application's duty list (``scripts/data/pii_tr_edirne_pharmacies.json``,
  written by ``scripts/tr_edirne_pharmacies_data.py``; source and licence in that file):
  Turkish landline numbers as each entry gave them, the trunk ``0`` before the area code in
  brackets (``0(284)811-65-64``), two in one field after a space, each number of each copy
  labelled; the list gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: its list id (``139``), district and
  street address (``No:69/C``), with invented coordinates, duty dates and times, Unix
  timestamps, Mastodon status ids, pass serial and barcode numbers and counters, unlabelled
  and scored;
* in layouts no earlier part has, labels in Turkish: a Leaflet map script whose ``eczane``
  object literal gives the phone and whose marker popup repeats it after ``Tel:``, a
  Prometheus text exposition whose info and counter samples carry it in a ``telefon`` label,
  a Mastodon REST API status whose HTML content and link card give it, and an Apple Wallet
  ``pass.json`` whose auxiliary and back fields give it.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_50.py   # rewrites the committed file
"""

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tr_edirne_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_50.jsonl.gz"
SPLIT = "held_out_50"

LAYOUTS = ("leaflet_map", "prometheus_metrics", "mastodon_status", "wallet_pass")
PHONE = "phone"
TRT = timezone(timedelta(hours=3))

# rough centres of the list's districts, around which a marker's invented position is drawn
CENTRES = {
    "Merkez": (41.677, 26.556), "Keşan": (40.856, 26.630), "Uzunköprü": (41.266, 26.689),
    "Havsa": (41.549, 26.822), "İpsala": (40.921, 26.383), "Enez": (40.724, 26.083),
    "Lalapaşa": (41.838, 26.733), "Meriç": (41.192, 26.420), "Süloğlu": (41.766, 26.913),
}  # fmt: skip


# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "telefon")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _duty(rng: random.Random) -> datetime:
    """An invented start of a duty: 08:30 local time on a day of June 2022."""
    return datetime(2022, 6, rng.randint(1, 30), 8, 30, tzinfo=TRT)


def _position(row: dict[str, Any], rng: random.Random) -> tuple[float, float]:
    """An invented position near the row's district centre, to five decimals."""
    lat, lon = CENTRES.get(_f(row, "ilçe"), CENTRES["Merkez"])
    return round(lat + rng.uniform(-0.012, 0.012), 5), round(lon + rng.uniform(-0.012, 0.012), 5)


def _js(value: str) -> str:
    """A JavaScript string literal (JSON's are JavaScript's)."""
    return json.dumps(value, ensure_ascii=False)


def leaflet_map(row: dict[str, Any], rng: random.Random) -> str:
    """The district's duty-pharmacy map as a Leaflet script: a comment naming the page, the map
    set on an invented centre and zoom, the OpenStreetMap tile layer, the pharmacy as an
    ``eczane`` object literal (its list id, name, district, address, phone and an invented duty
    period) and a marker at an invented position whose popup gives the name, address and
    ``Tel:`` with the phone."""
    start = _duty(rng)
    end = start + timedelta(days=1)
    lat, lon = _position(row, rng)
    popup = "<b>{}</b><br>{}<br>Tel: {}".format(
        html.escape(_f(row, "adı"), quote=False), html.escape(_f(row, "adres"), quote=False),
        phone(row),
    )  # fmt: skip
    lines = [
        f"// nobetci-harita.js: {_f(row, 'ilçe')} nöbetçi eczane haritası (Leaflet 1.9)",
        f'var harita = L.map("harita").setView([{lat}, {lon}], {rng.choice((14, 15, 16))});',
        'L.tileLayer("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", {',
        "    maxZoom: 19,",
        '    attribution: "&copy; OpenStreetMap katkıcıları"',
        "}).addTo(harita);",
        "",
        "var eczane = {",
        f"    id: {_f(row, 'id')},",
        f"    ad: {_js(_f(row, 'adı'))},",
        f"    ilce: {_js(_f(row, 'ilçe'))},",
        f"    adres: {_js(_f(row, 'adres'))},",
        f"    telefon: {_js(phone(row))},",
        f'    nobet: "{start:%d.%m.%Y %H:%M} - {end:%d.%m.%Y %H:%M}"',
        "};",
        "",
        f"L.marker([{lat}, {lon}], {{ title: eczane.ad }})",
        "    .addTo(harita)",
        f"    .bindPopup({_js(popup)})",
        "    .openPopup();",
        "",
    ]
    return "\n".join(lines)


def _label(value: str) -> str:
    """A Prometheus label value in double quotes: backslash, quote and newline escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def prometheus_metrics(row: dict[str, Any], rng: random.Random) -> str:
    """The duty-pharmacy exporter's ``/metrics`` page in the Prometheus text exposition
    format: an info gauge whose labels give the list id, name, district, address and phone, the
    duty's start as an invented Unix time, an invented counter of calls passed on labelled with
    the phone again, and the exporter's invented scrape duration."""
    start = _duty(rng)
    eid = _label(_f(row, "id"))
    info = ",".join(
        f"{key}={_label(value)}"
        for key, value in (
            ("eczane_id", _f(row, "id")), ("eczane", _f(row, "adı")),
            ("ilce", _f(row, "ilçe")), ("adres", _f(row, "adres")), ("telefon", phone(row)),
        )
    )  # fmt: skip
    lines = [
        "# HELP nobetci_eczane_bilgi Nöbetçi eczanenin kaydı (değer her zaman 1).",
        "# TYPE nobetci_eczane_bilgi gauge",
        f"nobetci_eczane_bilgi{{{info}}} 1",
        "# HELP nobetci_eczane_nobet_baslangic_saniye Nöbetin başladığı an (Unix zamanı).",
        "# TYPE nobetci_eczane_nobet_baslangic_saniye gauge",
        f"nobetci_eczane_nobet_baslangic_saniye{{eczane_id={eid}}} {int(start.timestamp())}",
        "# HELP nobetci_eczane_yonlendirilen_arama_toplam Eczaneye yönlendirilen aramalar.",
        "# TYPE nobetci_eczane_yonlendirilen_arama_toplam counter",
        f"nobetci_eczane_yonlendirilen_arama_toplam{{eczane_id={eid},"
        f"telefon={_label(phone(row))}}} {rng.randint(3, 480)}",
        "# HELP nobet_exporter_tarama_suresi_saniye Listenin son taranma süresi.",
        "# TYPE nobet_exporter_tarama_suresi_saniye gauge",
        f"nobet_exporter_tarama_suresi_saniye {rng.uniform(0.01, 0.9):.4f}",
        "",
    ]
    return "\n".join(lines)


INSTANCE = "https://toot.edirne.example"


def mastodon_status(row: dict[str, Any], rng: random.Random) -> str:
    """The duty bot's post as a Mastodon REST API status (``GET /api/v1/statuses/:id``): an
    invented snowflake id from the post's invented time, its URLs, HTML content naming the
    district, the pharmacy, its address and ``Tel:`` with the phone, hashtags, invented counts,
    the bot's account and a link card to the list's page of the row's id whose description
    repeats the address and phone."""
    posted = _duty(rng) - timedelta(minutes=rng.randint(5, 90))
    millis = int(posted.timestamp() * 1000)
    status_id = str((millis << 16) + rng.getrandbits(16))
    account_id = str((1_640_995_200_000 << 16) + rng.getrandbits(16))
    name, address = html.escape(_f(row, "adı")), html.escape(_f(row, "adres"))
    tags = ("NöbetçiEczane", "Edirne")
    links = " ".join(
        f'<a href="{INSTANCE}/tags/{t}" class="mention hashtag" rel="tag">#<span>{t}</span></a>'
        for t in tags
    )
    content = (
        f"<p>{posted:%d.%m.%Y} {html.escape(_f(row, 'ilçe'))} nöbetçi eczanesi: "
        f"<strong>{name}</strong><br />{address}<br />Tel: {phone(row)}</p><p>{links}</p>"
    )
    status = {
        "id": status_id,
        "created_at": posted.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "in_reply_to_id": None,
        "in_reply_to_account_id": None,
        "sensitive": False,
        "spoiler_text": "",
        "visibility": "public",
        "language": "tr",
        "uri": f"{INSTANCE}/users/nobetcieczane/statuses/{status_id}",
        "url": f"{INSTANCE}/@nobetcieczane/{status_id}",
        "replies_count": rng.randint(0, 3),
        "reblogs_count": rng.randint(0, 25),
        "favourites_count": rng.randint(0, 40),
        "content": content,
        "account": {
            "id": account_id,
            "username": "nobetcieczane",
            "acct": "nobetcieczane",
            "display_name": "Edirne Nöbetçi Eczaneler",
            "bot": True,
            "url": f"{INSTANCE}/@nobetcieczane",
        },
        "media_attachments": [],
        "mentions": [],
        "tags": [{"name": t.lower(), "url": f"{INSTANCE}/tags/{t.lower()}"} for t in tags],
        "card": {
            "url": f"https://nobet.edirne.example/eczane/{_f(row, 'id')}",
            "title": _f(row, "adı"),
            "description": f"{_f(row, 'adres')} · Tel: {phone(row)}",
            "type": "link",
        },
    }
    return json.dumps(status, ensure_ascii=False, indent=2) + "\n"


def wallet_pass(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's duty card as an Apple Wallet ``pass.json`` (a generic pass): invented
    serial and team ids, the pharmacy as organisation, an invented relevant date and location,
    a QR barcode of an invented 13-digit number, the name, district and invented duty time on
    the front, the phone as an auxiliary field, and on the back the address, the phone again
    and the list id, which ``userInfo`` repeats."""
    start = _duty(rng)
    lat, lon = _position(row, rng)
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    pkpass = {
        "formatVersion": 1,
        "passTypeIdentifier": "pass.example.edirne.nobet",
        "serialNumber": "".join(rng.choice("0123456789abcdef") for _ in range(16)),
        "teamIdentifier": "".join(rng.choice(alnum) for _ in range(10)),
        "organizationName": _f(row, "adı"),
        "description": "Nöbetçi eczane kartı",
        "logoText": _f(row, "adı"),
        "foregroundColor": "rgb(255, 255, 255)",
        "backgroundColor": "rgb(200, 16, 46)",
        "relevantDate": start.isoformat(timespec="minutes"),
        "locations": [
            {"latitude": lat, "longitude": lon, "relevantText": "Nöbetçi eczane yakınınızda"}
        ],
        "barcodes": [
            {
                "format": "PKBarcodeFormatQR",
                "message": "".join(rng.choice("0123456789") for _ in range(13)),
                "messageEncoding": "iso-8859-1",
            }
        ],
        "generic": {
            "primaryFields": [{"key": "eczane", "label": "ECZANE", "value": _f(row, "adı")}],
            "secondaryFields": [
                {"key": "ilce", "label": "İLÇE", "value": _f(row, "ilçe")},
                {"key": "nobet", "label": "NÖBET", "value": f"{start:%d.%m.%Y %H:%M}"},
            ],
            "auxiliaryFields": [{"key": "telefon", "label": "TELEFON", "value": phone(row)}],
            "backFields": [
                {"key": "adres", "label": "Adres", "value": _f(row, "adres")},
                {"key": "telefon-arka", "label": "Telefon", "value": phone(row)},
                {"key": "kayit", "label": "Liste no", "value": _f(row, "id")},
            ],
        },
        "userInfo": {"eczaneId": _f(row, "id")},
    }
    return json.dumps(pkpass, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "leaflet_map": leaflet_map,
    "prometheus_metrics": prometheus_metrics,
    "mastodon_status": mastodon_status,
    "wallet_pass": wallet_pass,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
