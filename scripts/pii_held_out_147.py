"""held_out_147 of the PII evaluation set: real phone fields of a register no earlier part used
(Algeria's tax offices as Algérie Télécom's telephone directory lists them, collected by
Transformatek; Algeria's earlier part took the Banque Nationale d'Algérie's branch list) exactly
as published, in layouts no earlier part has, beside the register's own names, addresses,
wilayas and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of DZ (the BNA's branches), MA, TN, SN, CI and many others;
here:

* the values are the ``tel`` fields of 440 tax structures, directions, inspections, recettes
  and centres des impôts (``scripts/data/pii_dz_tax_offices.json``, written by
  ``scripts/dz_tax_offices_data.py``; source and licence in that file): Algerian numbers as the
  directory writes them, the trunk ``0``, the area code and the line in pairs
  (``049 22 06 64``), several joined by two blanks, a hyphen and a blank (``029 66 20 16  -
  029 66 20 17``; up to 33 in one field, one field joined by single blanks), or eight digits in
  one run without the trunk ``0`` (``27541822``, 239 fields), each number of the field labelled
  on its own, the field written once;
* the text around them is the same row's real fields: the directory's name of the structure
  (``. IMPOTS Direction``, written as published and, in prose, without its leading point), the
  address (commune, street and wilaya joined by commas), the wilaya and its official number,
  the row's number in the file and its coordinates, with invented dates, timestamps, ticket
  numbers, timeouts, file reference numbers, amounts in dinars, Nostr keys, ids, signatures and
  subscription ids, and geohashes of the coordinates, unlabelled and scored;
* in layouts no earlier part has, chatbot, test, desktop-wiki and social-protocol formats, text
  in French: AIML 2.0 knowledge files of a tax-information chatbot (a ``category`` whose
  ``template`` gives the number, a second one that ``srai``-redirects to it, a third with the
  address and coordinates), Playwright Test specs of the directory's web app (TypeScript: the
  number in a ``getByTestId('telephone')`` ``toHaveText`` assertion, the name, address and
  wilaya in others, the map marker's coordinates), Zim desktop-wiki pages (``text/x-zim-wiki``
  headers, a level-1 heading, bold field labels with the number after ``Téléphone :``, a
  checkbox list and wiki links) and Nostr relay messages (NIP-01: an ``EVENT`` with a kind-1
  note naming the number, ``t`` and ``g`` tags, its ``id`` the SHA-256 of the serialised event,
  then ``EOSE``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored, with its data, before it was ever
scored.

    python scripts/pii_held_out_147.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_dz_tax_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_147.jsonl.gz"
SPLIT = "held_out_147"

LAYOUTS = ("aiml_knowledge", "playwright_spec", "zim_page", "nostr_relay")
PHONE = "tel"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented tasks of a taxpayer's notes (forms of the Algerian tax administration by name)
TASKS = (
    "Déposer la déclaration G50 du mois", "Demander l'extrait de rôle",
    "Retirer l'attestation de situation fiscale", "Prendre rendez-vous pour l'IFU",
    "Apporter la copie du registre de commerce", "Vérifier les horaires d'ouverture",
    "Demander le calendrier des échéances", "Payer le solde de la TAP",
)  # fmt: skip
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip
GEOHASH = "0123456789bcdefghjkmnpqrstuvwxyz"
ALGIERS = dt.timezone(dt.timedelta(hours=1))


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with the country code (``213 471243418``)."""
    return value.startswith(("+", "213 "))


def display_name(row: dict[str, Any]) -> str:
    """The directory's name of the structure without its leading point (``. IMPOTS`` gives
    ``IMPOTS``)."""
    return _f(row, "name").lstrip(".").strip()


def commune(row: dict[str, Any]) -> str:
    """The commune of the address (the part before the street: ``TOUGGOURT`` of
    ``TOUGGOURT,Hai NAKHIL 1,Ouargla``, ``REGGANE`` of ``3,REGGANE,Cité ...,Adrar``)."""
    parts = [p.strip() for p in _f(row, "address").split(",")]
    return parts[-3] if len(parts) >= 3 else parts[0]


def _de(value: str) -> str:
    """``de`` before ``value``, elided before a vowel (``d'Adrar``, ``de Batna``)."""
    return f"d'{value}" if value[:1].upper() in "AEIOUYÉÈÂÎ" else f"de {value}"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Algiers time)."""
    start = dt.datetime(2024, 1, 7, 8, 0, tzinfo=ALGIERS)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _hex(rng: random.Random, length: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(length))


def _upper_words(value: str) -> str:
    """``value`` as an AIML pattern writes words: capitals without accents or punctuation."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Z0-9]+", " ", plain.upper()).strip()


def geohash(lat: float, lon: float, precision: int = 7) -> str:
    """The geohash of a point (base 32, longitude bit first)."""
    lat_range, lon_range = [-90.0, 90.0], [-180.0, 180.0]
    bits, out, even, bit_count, value = (16, 8, 4, 2, 1), [], True, 0, 0
    while len(out) < precision:
        rng, coord = (lon_range, lon) if even else (lat_range, lat)
        mid = (rng[0] + rng[1]) / 2
        if coord >= mid:
            value |= bits[bit_count]
            rng[0] = mid
        else:
            rng[1] = mid
        even = not even
        bit_count += 1
        if bit_count == 5:
            out.append(GEOHASH[value])
            bit_count, value = 0, 0
    return "".join(out)


def aiml_knowledge(row: dict[str, Any], rng: random.Random) -> str:
    """An AIML 2.0 file of a tax-information chatbot: comments naming the wilaya, the row and
    an invented update date; a ``category`` whose pattern asks for the structure's number in the
    commune and whose ``template`` sets the wilaya and row in a ``think`` and gives the name,
    address and number; a second ``category`` that ``srai``-redirects to it; a third giving the
    address and coordinates."""
    name, tel, place = escape(display_name(row)), phone(row), escape(_f(row, "address"))
    wilaya, code = escape(_f(row, "wilaya")), _f(row, "code")
    town = _upper_words(commune(row)) or _upper_words(_f(row, "wilaya"))
    when = _when(rng)
    ask = f"NUMERO DES IMPOTS DE {town}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- Base « structures fiscales » : wilaya {_de(wilaya)} ({code}) -->",
        f"<!-- fiche {_f(row, 'num')}, mise à jour le {when:%d/%m/%Y} -->",
        '<aiml version="2.0">',
        "  <category>",
        f"    <pattern>{ask}</pattern>",
        "    <template>",
        f'      <think><set name="wilaya">{wilaya}</set><set name="fiche">'
        f"{_f(row, 'num')}</set></think>",
        f"      {name}, {place}. Téléphone : {tel}.",
        "    </template>",
        "  </category>",
        "  <category>",
        f"    <pattern>TELEPHONE IMPOTS {town}</pattern>",
        f"    <template><srai>{ask}</srai></template>",
        "  </category>",
        "  <category>",
        f"    <pattern>OU SE TROUVE LE CENTRE DES IMPOTS DE {town}</pattern>",
        f"    <template>À l'adresse {place} (latitude {_f(row, 'lat')}, longitude "
        f"{_f(row, 'lon')}), wilaya {_de(wilaya)}.</template>",
        "  </category>",
        "</aiml>",
        "",
    ]
    return "\n".join(lines)


def _ts(value: str) -> str:
    """``value`` as a TypeScript string literal (JSON's double-quoted form)."""
    return json.dumps(value, ensure_ascii=False)


def playwright_spec(row: dict[str, Any], rng: random.Random) -> str:
    """A Playwright Test spec of the directory's web app (TypeScript): comments naming the
    row, wilaya and an invented ticket and import date; a ``describe`` block whose
    ``beforeEach`` opens the structure's page; a test asserting the heading (the name), the
    address, the number (``getByTestId('telephone')``) and the wilaya; a test of the map
    marker's coordinates with an invented timeout."""
    num, wilaya, code = _f(row, "num"), _f(row, "wilaya"), _f(row, "code")
    when = _when(rng)
    lines = [
        "import { test, expect } from '@playwright/test';",
        "",
        f"// Annuaire des structures fiscales : fiche n° {num} (wilaya {code}, {wilaya})",
        f"// Ticket #{rng.randint(120, 980)} : vérifier la fiche après l'import du "
        f"{when:%d/%m/%Y}.",
        "",
        f"test.describe({_ts(f'Structures fiscales — {wilaya}')}, () => {{",
        "  test.beforeEach(async ({ page }) => {",
        f"    await page.goto('/structures/{num}');",
        "  });",
        "",
        f"  test({_ts(f'affiche la fiche {_de(commune(row))}')}, async ({{ page }}) => {{",
        "    await expect(page.getByRole('heading', { level: 1 })).toHaveText("
        f"{_ts(display_name(row))});",
        f"    await expect(page.getByTestId('adresse')).toHaveText({_ts(_f(row, 'address'))});",
        f"    await expect(page.getByTestId('telephone')).toHaveText({_ts(phone(row))});",
        f"    await expect(page.getByTestId('wilaya')).toHaveText({_ts(f'{code} - {wilaya}')});",
        "  });",
        "",
        "  test('place le marqueur sur la carte', async ({ page }) => {",
        "    const marker = page.locator('.leaflet-marker-icon').first();",
        f"    await expect(marker).toBeVisible({{ timeout: {rng.choice((5, 8, 10, 15))}000 }});",
        f"    await expect(marker).toHaveAttribute('data-lat', {_ts(_f(row, 'lat'))});",
        f"    await expect(marker).toHaveAttribute('data-lon', {_ts(_f(row, 'lon'))});",
        "  });",
        "});",
        "",
    ]
    return "\n".join(lines)


def zim_page(row: dict[str, Any], rng: random.Random) -> str:
    """A Zim desktop-wiki page of a taxpayer's notes: the ``text/x-zim-wiki`` header with an
    invented creation date, a level-1 heading (the commune and the structure), the ``Created``
    line, bold-labelled fields (the name as published, address, wilaya, number, coordinates),
    an invented file reference and amount, a checkbox list of invented tasks and wiki links."""
    when = _when(rng)
    wilaya = _f(row, "wilaya")
    tasks = rng.sample(TASKS, 3)
    amount = f"{rng.randint(2, 95)} {rng.randint(0, 999):03d},{rng.choice(('00', '50'))} DA"
    lines = [
        "Content-Type: text/x-zim-wiki",
        "Wiki-Format: zim 0.6",
        f"Creation-Date: {when.isoformat()}",
        "",
        f"====== Impôts {commune(row)} — {display_name(row)} ======",
        f"Created {WEEKDAYS[when.weekday()]} {when.day:02d} {MONTHS[when.month - 1]} {when.year}",
        "",
        f"**Structure :** {_f(row, 'name')}",
        f"**Adresse :** {_f(row, 'address')}",
        f"**Wilaya :** {wilaya} ({_f(row, 'code')})",
        f"**Téléphone :** {phone(row)}",
        f"**Coordonnées :** {_f(row, 'lat')}, {_f(row, 'lon')}",
        "",
        f"Dossier n° {when.year}/{rng.randint(1, 9999):04d}, reste à payer : {amount}.",
        "",
        f"[ ] {tasks[0]}",
        f"[*] {tasks[1]}",
        f"[ ] {tasks[2]}",
        "",
        f"Voir aussi [[Impôts:{wilaya}]] et [[+Pièces jointes]].",
        "",
    ]
    return "\n".join(lines)


def nostr_relay(row: dict[str, Any], rng: random.Random) -> str:
    """Two Nostr relay messages (NIP-01) of an invented subscription: an ``EVENT`` carrying a
    kind-1 note of a bot that posts public-service contacts (the commune, wilaya, name, address
    and number in its ``content``; ``t`` tags, a ``g`` tag with the geohash of the row's
    coordinates; an invented key, creation time and signature, the ``id`` the SHA-256 of the
    event serialised as NIP-01 prescribes), then ``EOSE``."""
    when = _when(rng)
    wilaya = _f(row, "wilaya")
    pubkey = _hex(rng, 64)
    created = int(when.timestamp())
    content = (
        f"Centre des impôts — {commune(row)} (wilaya {_de(wilaya)})\n"
        f"{display_name(row)}\nAdresse : {_f(row, 'address')}\n"
        f"Téléphone : {phone(row)}\n\n#impots #{_upper_words(wilaya).lower().replace(' ', '')}"
    )
    tags = [
        ["t", "impots"],
        ["t", _upper_words(wilaya).lower().replace(" ", "")],
        ["g", geohash(float(_f(row, "lat")), float(_f(row, "lon")))],
    ]
    serial = json.dumps(
        [0, pubkey, created, 1, tags, content], ensure_ascii=False, separators=(",", ":")
    )
    event = {
        "id": hashlib.sha256(serial.encode("utf-8")).hexdigest(),
        "pubkey": pubkey,
        "created_at": created,
        "kind": 1,
        "tags": tags,
        "content": content,
        "sig": _hex(rng, 128),
    }
    sub = f"impots-{_hex(rng, 8)}"
    lines = [
        json.dumps(["EVENT", sub, event], ensure_ascii=False),
        json.dumps(["EOSE", sub]),
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "aiml_knowledge": aiml_knowledge,
    "playwright_spec": playwright_spec,
    "zim_page": zim_page,
    "nostr_relay": nostr_relay,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each number of its phone field
    labelled."""
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
