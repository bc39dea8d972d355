"""held_out_61 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Morocco) exactly as published, in layouts no earlier part has, beside the
row's own coordinates, directory listing number, district and duty.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH, NG, CH, SK, BG, TR, VN, LK, UY and LV; here:

* the values are the phone fields of Moroccan pharmacies on duty as annuaire-gratuit.ma listed
  them in May 2023 (``scripts/data/pii_ma_pharmacies.json``, written by
  ``scripts/ma_pharmacies_data.py``; source and licence in that file): ten-digit numbers in
  four groups (``0522 57 77 03``, mobiles ``0661 ...``), one field holding a second number
  without spaces after the first, each number of each copy labelled; the list gives no fax
  numbers or e-mail addresses;
* the text around them is the same row's real fields: its coordinates (``33.5951004``,
  ``-7.61878014``), its listing path with the directory's number (``s241375``), district,
  street address and duty (``Jour et Nuit``), with invented node, slot, letter and card ids,
  dates, times and week numbers, unlabelled and scored;
* in layouts no earlier part has, labels in French (the directory's language): a Neo4j Cypher
  import script (``MERGE`` of the district, ``CREATE (p:Pharmacie {..., telephone: '...'})``
  with a ``point()`` and a duty relationship, the number repeated in a ``//`` comment), a
  generated Flutter/Dart data file (a ``const Pharmacie(...)`` with named arguments, its doc
  comment giving ``Tél.``), a Microsoft Teams message carrying an Adaptive Card (a
  ``FactSet`` with ``Téléphone`` and a ``TextBlock`` repeating the number) and an MJML
  e-mail of the weekly duty letter (``<mj-preview>`` and ``<mj-text>`` giving the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_61.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ma_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_61.jsonl.gz"
SPLIT = "held_out_61"

LAYOUTS = ("cypher_import", "dart_const", "teams_adaptive_card", "mjml_email")
PHONE = "phone"
SITE = "https://www.annuaire-gratuit.ma/pharmacies"
# the week the list was read (``data1.json`` at a05a4fa, 8 May 2023)
WEEK, DAY, READ_AT = 19, "2023-05-08", "18:25"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "telephone")


def coordinates(row: dict[str, Any]) -> tuple[str, str]:
    """The latitude and longitude of the row's ``coordonnee`` field, as written."""
    lat, _, lon = _f(row, "coordonnee").partition(",")
    return lat.strip(), lon.strip()


def listing(row: dict[str, Any]) -> str:
    """The directory's number of the entry, from its listing path (``...-s241375.html``)."""
    found = re.search(r"-s(\d+)\.html$", _f(row, "lien"))
    assert found, row["path"]
    return found.group(1)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _words(row: dict[str, Any]) -> list[str]:
    """The pharmacy's name as lower-case ASCII words (from its listing path)."""
    slug = re.sub(r"-s\d+\.html$", "", _f(row, "lien").lstrip("/"))
    return re.findall(r"[a-z0-9]+", slug.lower()) or ["pharmacie"]


def _slot(rng: random.Random) -> tuple[str, str]:
    """An invented duty slot: its start and end times."""
    return rng.choice(
        (("08:30", "20:30"), ("09:00", "21:00"), ("20:00", "09:00"), ("21:00", "08:30"))
    )


def _cypher(value: str) -> str:
    """A Cypher single-quoted string."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def cypher_import(row: dict[str, Any], rng: random.Random) -> str:
    """The entry as a Neo4j Cypher import script (``cypher-shell -f``): comments naming the
    week, the entry's page and its ``Tél.``, a ``MERGE`` of the district, a ``CREATE`` of the
    pharmacy node with its listing number, name, address, phone, duty and a ``point()`` of its
    coordinates, an invented import batch and a ``DE_GARDE`` relationship to an invented slot
    with times."""
    lat, lon = coordinates(row)
    start, end = _slot(rng)
    lines = [
        f"// Pharmacies de garde, semaine {WEEK} : import du {DAY} {READ_AT}",
        f"// Source : {SITE}{_f(row, 'lien')}",
        f"// Tél. : {phone(row)}",
        "",
        f"MERGE (q:Quartier {{nom: {_cypher(_f(row, 'quartier'))}}})",
        "CREATE (p:Pharmacie {",
        f"  fiche: {listing(row)},",
        f"  nom: {_cypher(_f(row, 'pharmacie'))},",
        f"  adresse: {_cypher(_f(row, 'adresse'))},",
        f"  telephone: {_cypher(phone(row))},",
        f"  garde: {_cypher(_f(row, 'etat'))},",
        f"  position: point({{latitude: {lat}, longitude: {lon}}}),",
        f"  lot: {rng.randint(1000, 9999)}",
        "})",
        "CREATE (p)-[:SITUEE_DANS]->(q)",
        f"CREATE (p)-[:DE_GARDE {{semaine: {WEEK}, debut: time('{start}'), fin: time('{end}')}}]"
        f"->(:Creneau {{id: {rng.randint(10000, 99999)}, jour: date('{DAY}')}});",
        "",
    ]
    return "\n".join(lines)


def _dart(value: str) -> str:
    """A Dart single-quoted string: backslash, quote and ``$`` escaped."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'").replace("$", "\\$") + "'"


def dart_const(row: dict[str, Any], rng: random.Random) -> str:
    """The entry as a generated Flutter/Dart data file (``lib/data/garde/<name>.dart``): the
    generator's header, an import of the model, a doc comment naming the pharmacy, district and
    ``Tél.``, and a ``const Pharmacie(...)`` with named arguments (listing number, name,
    district, address, phone, duty, coordinates, an invented revision and refresh delay)."""
    words = _words(row)
    name = words[0] + "".join(w.capitalize() for w in words[1:])
    if name[0].isdigit():
        name = "p" + name
    lat, lon = coordinates(row)
    duty = {"Jour": "jour", "Nuit": "nuit", "Jour et Nuit": "jourEtNuit"}.get(_f(row, "etat"))
    lines = [
        "// GENERATED CODE - DO NOT MODIFY BY HAND",
        f"// Source : annuaire-gratuit.ma ({_f(row, 'lien')}), lu le {DAY}",
        "",
        "import '../../models/pharmacie.dart';",
        "",
        f"/// {_f(row, 'pharmacie')} ({_f(row, 'quartier')})",
        f"/// Tél. {phone(row)}",
        f"const {name} = Pharmacie(",
        f"  fiche: {listing(row)},",
        f"  nom: {_dart(_f(row, 'pharmacie'))},",
        f"  quartier: {_dart(_f(row, 'quartier'))},",
        f"  adresse: {_dart(_f(row, 'adresse'))},",
        f"  telephone: {_dart(phone(row))},",
        f"  garde: Garde.{duty or 'inconnue'},",
        f"  gardeLibelle: {_dart(_f(row, 'etat'))},",
        f"  latitude: {lat},",
        f"  longitude: {lon},",
        f"  revision: {rng.randint(2, 40)},",
        f"  rafraichir: Duration(hours: {rng.choice((6, 12, 24))}),",
        ");",
        "",
    ]
    return "\n".join(lines)


def teams_adaptive_card(row: dict[str, Any], rng: random.Random) -> str:
    """The entry as a Microsoft Teams incoming-webhook message carrying an Adaptive Card
    (1.4): a title, the district and duty, a ``FactSet`` (address, ``Téléphone``, listing
    number, coordinates), a ``TextBlock`` repeating the number, an invented footer with a date,
    time and card id, and ``Action.OpenUrl`` buttons to a map of the coordinates and to the
    entry's page."""
    lat, lon = coordinates(row)
    card = {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": [
            {
                "type": "TextBlock",
                "text": f"Pharmacie de garde : {_f(row, 'pharmacie')}",
                "weight": "Bolder",
                "size": "Medium",
                "wrap": True,
            },
            {
                "type": "TextBlock",
                "text": f"{_f(row, 'quartier')} · garde {_f(row, 'etat')}",
                "isSubtle": True,
                "wrap": True,
            },
            {
                "type": "FactSet",
                "facts": [
                    {"title": "Adresse", "value": _f(row, "adresse")},
                    {"title": "Téléphone", "value": phone(row)},
                    {"title": "Fiche", "value": f"n° {listing(row)}"},
                    {"title": "Coordonnées", "value": f"{lat}, {lon}"},
                ],
            },
            {
                "type": "TextBlock",
                "text": f"Appelez le {phone(row)} avant de vous déplacer.",
                "wrap": True,
            },
            {
                "type": "TextBlock",
                "text": f"Semaine {WEEK} · mis à jour le 08/05/2023 à {READ_AT} · "
                f"carte {rng.randint(100000, 999999):x}",
                "size": "Small",
                "isSubtle": True,
                "wrap": True,
            },
        ],
        "actions": [
            {
                "type": "Action.OpenUrl",
                "title": "Itinéraire",
                "url": f"https://www.google.com/maps/search/?api=1&query={lat},{lon}",
            },
            {"type": "Action.OpenUrl", "title": "Fiche", "url": f"{SITE}{_f(row, 'lien')}"},
        ],
    }
    message = {
        "type": "message",
        "attachments": [
            {"contentType": "application/vnd.microsoft.card.adaptive", "content": card}
        ],
    }
    return json.dumps(message, ensure_ascii=False, indent=2) + "\n"


def mjml_email(row: dict[str, Any], rng: random.Random) -> str:
    """The entry as the MJML source of the weekly duty letter: ``<mj-head>`` with the title
    and a ``<mj-preview>`` giving duty and ``Tél.``, a section with the name, district, address
    and duty, a button to the entry's page, a ``<mj-text>`` with ``Téléphone :``, and a small
    print giving the coordinates and an invented letter number, date and time."""
    lat, lon = coordinates(row)
    name, tel = escape(_f(row, "pharmacie")), escape(phone(row))
    lines = [
        '<mjml lang="fr">',
        "  <mj-head>",
        f"    <mj-title>Pharmacie de garde : {name}</mj-title>",
        f"    <mj-preview>Garde {escape(_f(row, 'etat'))} · Tél. {tel}</mj-preview>",
        "    <mj-attributes>",
        '      <mj-all font-family="Arial, sans-serif" />',
        '      <mj-text font-size="14px" line-height="20px" color="#333333" />',
        "    </mj-attributes>",
        "  </mj-head>",
        '  <mj-body background-color="#f2f5f3">',
        "    <mj-section>",
        "      <mj-column>",
        f'        <mj-text font-size="20px" font-weight="bold">{name}</mj-text>',
        f"        <mj-text>Quartier : {escape(_f(row, 'quartier'))}<br />"
        f"Adresse : {escape(_f(row, 'adresse'))}<br />Garde : {escape(_f(row, 'etat'))}"
        "</mj-text>",
        f"        <mj-text>Téléphone : {tel}</mj-text>",
        f"        <mj-button href={quoteattr(SITE + _f(row, 'lien'))} "
        f'background-color="#1b7f4c">Voir la fiche n° {listing(row)}</mj-button>',
        "      </mj-column>",
        "    </mj-section>",
        "    <mj-section>",
        "      <mj-column>",
        f'        <mj-text font-size="11px" color="#888888">Position : {lat}, {lon}. '
        f"Lettre n° {rng.randint(100, 999)}/{WEEK}, envoyée le 08/05/2023 à "
        f"{rng.randint(18, 21)}:{rng.choice((0, 15, 30, 45)):02d}.</mj-text>",
        "      </mj-column>",
        "    </mj-section>",
        "  </mj-body>",
        "</mjml>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "cypher_import": cypher_import,
    "dart_const": dart_const,
    "teams_adaptive_card": teams_adaptive_card,
    "mjml_email": mjml_email,
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
