"""held_out_78 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Cameroon) exactly as published, in layouts no earlier part has, beside the
row's own list id, address, district, town and coordinates.

The procedure of ``held_out_46``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH, NG, CH, SK, BG, TR, VN, LK, UY, LV, RS, TN, PK, CR, GH, MA, BD, DO, TZ, SE, AE,
CN, UA, SN, HK, NP, UG, VE and BA; here:

* the values are the phone fields of pharmacies of Yaoundé, Douala and towns of Cameroon's
  West region in the Pharmacam app's list (``scripts/data/pii_cm_pharmacies.json``, written by
  ``scripts/cm_pharmacies_data.py``; source and licence in that file): nine-digit numbers in
  the groups the list writes them in (``222 22 14 23``, ``233 42 46 44``, ``672 87 87 33``),
  a few cut short (``656 45 72``, ``222 00 54 7``), some fields with two joined by `` / ``,
  each number of each copy labelled; the list gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: its list id, address, district, town,
  coordinates (``3.8745``), duty flag, service tags and rating, with invented dates, times,
  order numbers, review counts and feed ids, unlabelled and scored;
* in layouts no earlier part has, in French (the language of the list): a JSON Feed 1.1 of
  the town's pharmacies on duty (``content_text`` and a ``_pharmacie.telephone`` extension), a
  Pug view of the pharmacy's page (a ``meta(itemprop="telephone")`` and a ``Tél.`` line), a
  todo.txt list of a duty roster's tasks (``Appeler ... au <phone>`` with ``due:`` and
  ``geo:`` tags) and a SPARQL 1.1 ``INSERT DATA`` update with ``schema:telephone`` and a
  description repeating the number.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_78.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_cm_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_78.jsonl.gz"
SPLIT = "held_out_78"

LAYOUTS = ("json_feed", "pug_view", "todo_txt", "sparql_update")
PHONE = "phone"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    value = row["fields"].get(key) or ""
    return value.strip() if isinstance(value, str) else ""


def services(row: dict[str, Any]) -> list[str]:
    """The row's service tags as published."""
    return list(row["fields"].get("services") or [])


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "tel")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(value: str) -> str:
    """Lower-case ASCII words of ``value`` joined by ``-``."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower())[:6]) or "pharmacie"


def _day(rng: random.Random, first: int = 5, last: int = 27) -> str:
    """An invented day of January 2026, between the ``first`` and the ``last``."""
    return f"2026-01-{rng.randint(first, last):02d}"


def _json(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def json_feed(row: dict[str, Any], rng: random.Random) -> str:
    """The town's pharmacies on duty as a JSON Feed 1.1 with one item: its id and url under an
    invented site, the pharmacy's name and district as the title, a ``content_text`` giving
    the address, town, ``Tél.`` and the duty hours, an invented publication time, the service
    tags, and the extension objects ``_geo`` (the coordinates, as numbers) and ``_pharmacie``
    (list id, phone, duty flag and rating)."""
    town, day = _slug(_f(row, "ville")), _day(rng)
    hour = rng.choice((18, 19, 20))
    text = (
        f"{_f(row, 'nom')}, {_f(row, 'adresse')}, {_f(row, 'quartier')}, {_f(row, 'ville')}. "
        f"Tél. : {phone(row)}. De garde du {day} {hour}h00 au lendemain 08h00."
    )
    item = f"https://pharmacam.cm/gardes/{town}/{day}#{_f(row, 'id')}"
    tags = ", ".join(_json(s) for s in services(row))
    lines = [
        "{",
        '  "version": "https://jsonfeed.org/version/1.1",',
        f'  "title": {_json("Pharmacies de garde — " + _f(row, "ville"))},',
        f'  "home_page_url": "https://pharmacam.cm/gardes/{town}",',
        f'  "feed_url": "https://pharmacam.cm/gardes/{town}/feed.json",',
        '  "language": "fr-CM",',
        '  "items": [',
        "    {",
        f'      "id": "{item}",',
        f'      "url": "{item}",',
        f'      "title": {_json(_f(row, "nom") + " (" + _f(row, "quartier") + ")")},',
        f'      "content_text": {_json(text)},',
        f'      "date_published": "{day}T{hour - 1:02d}:{rng.choice((0, 15, 30)):02d}:00+01:00",',
        f'      "tags": [{tags}],',
        f'      "_geo": {{"coordinates": [{_f(row, "lng")}, {_f(row, "lat")}]}},',
        '      "_pharmacie": {',
        f'        "id": {_f(row, "id")},',
        f'        "telephone": {_json(phone(row))},',
        f'        "garde_24h": {_f(row, "garde_24h") or "false"},',
        f'        "note": {_f(row, "note") or "null"}',
        "      }",
        "    }",
        "  ]",
        "}",
        "",
    ]
    return "\n".join(lines)


def _pug_attr(value: str) -> str:
    """A double-quoted Pug attribute value."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _pug_text(value: str) -> str:
    """Plain text after a Pug tag: interpolation openers escaped."""
    return re.sub(r"([#!])([{\[])", r"\\\1\2", value)


def pug_view(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's page as a Pug view extending the site's layout: ``title`` and a
    ``meta(itemprop="telephone")`` in ``block head``, then an ``article`` with the list id
    and coordinates as data attributes, the name, address, district and town, a ``Tél.``
    line, the service tags as a list, the rating and an invented update date and view
    count."""
    name = _f(row, "nom")
    lines = [
        f"//- views/pharmacies/{_slug(name)}.pug",
        "extends ../layout",
        "",
        "block head",
        f"  title {_pug_text(name)} — Pharmacam",
        f'  meta(itemprop="telephone" content={_pug_attr(phone(row))})',
        "",
        "block content",
        f'  article.pharmacie(data-id="{_f(row, "id")}" data-lat="{_f(row, "lat")}"'
        f' data-lng="{_f(row, "lng")}")',
        f"    h1 {_pug_text(name)}",
        f"    p.adresse {_pug_text(_f(row, 'adresse'))}, {_pug_text(_f(row, 'quartier'))}",
        f"    p.ville {_pug_text(_f(row, 'ville'))}",
        f"    p.telephone Tél. : {phone(row)}",
        "    ul.services",
        *[f"      li {_pug_text(s)}" for s in services(row)],
        f"    p.note Note : {_f(row, 'note')} / 5 ({rng.randint(12, 480)} avis)",
        f"    small.maj Mis à jour le {_day(rng)} à "
        f"{rng.randint(7, 21):02d}h{rng.choice((0, 30)):02d}",
        "",
    ]
    return "\n".join(lines)


def todo_txt(row: dict[str, Any], rng: random.Random) -> str:
    """A duty roster's tasks about the pharmacy in todo.txt: a prioritised call to the phone
    with a ``due:`` date, a task carrying the address and ``geo:lat,lng``, a completed stock
    order with an invented order number, and a reminder repeating the phone with a ``t:``
    date; projects and contexts by town and task."""
    name, town = _f(row, "nom"), _slug(_f(row, "ville"))
    created = _day(rng, 5, 15)
    lines = [
        f"(A) {created} Appeler {name} au {phone(row)} pour confirmer la garde de nuit "
        f"+gardes-{town} @telephone due:{_day(rng, 16, 27)}",
        f"(B) {created} Mettre à jour la fiche {name} ({_f(row, 'adresse')}, "
        f"{_f(row, 'quartier')}, {_f(row, 'ville')}) +annuaire @bureau id:{_f(row, 'id')} "
        f"geo:{_f(row, 'lat')},{_f(row, 'lng')}",
        f"x {_day(rng, 16, 27)} {created} Commande de réassort envoyée à {name} "
        f"commande:{rng.randint(10000, 99999)} +stock @pharmacie",
        f"Relancer {name} ({phone(row)}) pour les horaires du dimanche "
        f"+gardes-{town} @telephone t:{_day(rng, 16, 27)}",
        "",
    ]
    return "\n".join(lines)


def _sparql(value: str) -> str:
    """A SPARQL double-quoted string literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def sparql_update(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy as a SPARQL 1.1 ``INSERT DATA`` update into the town's named graph: a
    ``schema:Pharmacy`` with its name, ``schema:telephone``, a postal address node (address,
    district, town), ``geo:lat``/``geo:long`` decimals, its list id, an aggregate rating
    with an invented review count, a French description repeating the phone and an invented
    modification time."""
    town = _slug(_f(row, "ville"))
    subject = f"ph:pharmacie-{_f(row, 'id')}"
    stamp = f"{_day(rng)}T{rng.randint(6, 9):02d}:{rng.randint(0, 59):02d}:00Z"
    description = f"Pharmacie de garde : appeler le {phone(row)} la nuit."
    lines = [
        "PREFIX schema: <https://schema.org/>",
        "PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>",
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>",
        "PREFIX ph: <https://pharmacam.cm/id/>",
        "",
        f"# Annuaire des pharmacies, import du {_day(rng)}",
        "INSERT DATA {",
        f"  GRAPH <https://pharmacam.cm/graphe/{town}> {{",
        f"    {subject} a schema:Pharmacy ;",
        f"      schema:name {_sparql(_f(row, 'nom'))}@fr ;",
        f"      schema:telephone {_sparql(phone(row))} ;",
        "      schema:address [",
        "        a schema:PostalAddress ;",
        f"        schema:streetAddress {_sparql(_f(row, 'adresse'))}@fr ;",
        f"        schema:addressRegion {_sparql(_f(row, 'quartier'))} ;",
        f"        schema:addressLocality {_sparql(_f(row, 'ville'))} ;",
        '        schema:addressCountry "CM"',
        "      ] ;",
        f'      geo:lat "{_f(row, "lat")}"^^xsd:decimal ;',
        f'      geo:long "{_f(row, "lng")}"^^xsd:decimal ;',
        f"      schema:identifier {_sparql(_f(row, 'id'))} ;",
        "      schema:aggregateRating [",
        "        a schema:AggregateRating ;",
        f'        schema:ratingValue "{_f(row, "note")}"^^xsd:decimal ;',
        f"        schema:reviewCount {rng.randint(5, 300)}",
        "      ] ;",
        f"      schema:description {_sparql(description)}@fr ;",
        f'      schema:dateModified "{stamp}"^^xsd:dateTime .',
        "  }",
        "}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "json_feed": json_feed,
    "pug_view": pug_view,
    "todo_txt": todo_txt,
    "sparql_update": sparql_update,
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
