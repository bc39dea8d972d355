"""held_out_98 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Montenegro) exactly as published, in layouts no earlier part has, beside the
place's own id, coordinates and address.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of many countries (see ``scripts/eval_pii.py``); here:

* the values are the phone fields of Montenegrin clinics, hospitals, dentists, doctors'
  practices and physiotherapists as the docta.me directory stored their Google Places entries
  (``scripts/data/pii_me_clinics.json``, written by ``scripts/me_clinics_data.py``; source and
  licence in that file): numbers as each entry gives them in ``internationalPhoneNumber``
  (``+382 67 941 941``, ``+382 20 811 396``, nine foreign ones such as ``+381 64 5030820``),
  each number of each copy labelled; the directory gives no e-mail or fax;
* the text around them is the same row's real fields: its Google place id
  (``ChIJf4tB9nvrTRMRPE_1iP76aB8``), coordinates (``42.4426728``), address, rating and web
  site, with invented post ids, ports, dates, UUIDs and hashes, unlabelled and scored;
* in layouts no earlier part has, web, CMS and front-end formats with labels in Montenegrin:
  a WordPress WXR export item of a directory post (the field in ``content:encoded`` and in a
  ``telefon`` post meta), a Drupal configuration YAML file of a custom module
  (``settings.telefon``, a comment repeating it), a Storybook story file in Component Story
  Format (``args.telefon`` and a story description) and a Twig template of the facility card
  (a ``{% set %}`` hash and a comment).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_98.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_me_clinics.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_98.jsonl.gz"
SPLIT = "held_out_98"

LAYOUTS = ("wordpress_wxr", "drupal_config", "storybook_story", "twig_template")
PHONE = "phone"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "internationalPhoneNumber")


def name(row: dict[str, Any]) -> str:
    """The place's name as listed."""
    return _f(row, "displayName.text")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The place's name as a slug: lower-case ASCII words joined by ``-``."""
    ascii_name = unicodedata.normalize("NFKD", name(row)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_name.lower())
    return "-".join(words[:5]) or "ustanova"


def _uuid(rng: random.Random) -> str:
    """An invented UUID (version 4 layout)."""
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _date(rng: random.Random) -> str:
    """An invented date and time of 2026."""
    return (
        f"2026-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d} "
        f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    )


def _cdata(value: str) -> str:
    """A CDATA section (``]]>`` split across two)."""
    return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def wordpress_wxr(row: dict[str, Any], rng: random.Random) -> str:
    """A WordPress eXtended RSS (WXR 1.2) export of one directory post: the channel head, an
    ``item`` of the custom post type ``ustanova`` with the name as title, the address and
    ``Telefon:`` in ``content:encoded``, an invented post id and date, and post meta for the
    phone, the Google place id, the coordinates and the rating."""
    post_id, date = rng.randint(1200, 48000), _date(rng)
    html = (
        f"<p><strong>{escape(name(row))}</strong><br>Adresa: {escape(_f(row, 'formattedAddress'))}"
        f"<br>Telefon: {phone(row)}</p>"
    )
    meta = [
        ("telefon", phone(row)),
        ("google_place_id", _f(row, "id")),
        ("geo_lat", _f(row, "location.latitude")),
        ("geo_lng", _f(row, "location.longitude")),
        ("ocjena", _f(row, "rating") or "0"),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<rss version="2.0"',
        '\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"',
        '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
        '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
        '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
        '\txmlns:wp="http://wordpress.org/export/1.2/"',
        ">",
        "<channel>",
        "\t<title>Imenik zdravstvenih ustanova</title>",
        "\t<link>https://imenik.example.me</link>",
        "\t<language>sr-ME</language>",
        "\t<wp:wxr_version>1.2</wp:wxr_version>",
        "\t<item>",
        f"\t\t<title>{escape(name(row))}</title>",
        f"\t\t<link>https://imenik.example.me/ustanova/{_slug(row)}/</link>",
        "\t\t<dc:creator>" + _cdata("urednik") + "</dc:creator>",
        "\t\t<content:encoded>" + _cdata(html) + "</content:encoded>",
        f"\t\t<wp:post_id>{post_id}</wp:post_id>",
        f"\t\t<wp:post_date>{_cdata(date)}</wp:post_date>",
        f"\t\t<wp:post_name>{_cdata(_slug(row))}</wp:post_name>",
        "\t\t<wp:status>" + _cdata("publish") + "</wp:status>",
        "\t\t<wp:post_type>" + _cdata("ustanova") + "</wp:post_type>",
        f'\t\t<category domain="grad" nicename="{_slug_city(row)}">'
        f"{_cdata(_f(row, '_cityName'))}</category>",
    ]
    for key, value in meta:
        lines += [
            "\t\t<wp:postmeta>",
            f"\t\t\t<wp:meta_key>{_cdata(key)}</wp:meta_key>",
            f"\t\t\t<wp:meta_value>{_cdata(value)}</wp:meta_value>",
            "\t\t</wp:postmeta>",
        ]
    lines += ["\t</item>", "</channel>", "</rss>", ""]
    return "\n".join(lines)


def _slug_city(row: dict[str, Any]) -> str:
    """The city's name as a slug."""
    ascii_name = unicodedata.normalize("NFKD", _f(row, "_cityName")).encode("ascii", "ignore")
    return "-".join(re.findall(r"[a-z0-9]+", ascii_name.decode().lower())) or "grad"


def _yaml(value: str) -> str:
    """A YAML single-quoted scalar."""
    return "'" + value.replace("'", "''") + "'"


def drupal_config(row: dict[str, Any], rng: random.Random) -> str:
    """A Drupal configuration export (``config/sync/docta_ustanova.ustanova.<slug>.yml``) of a
    custom module's config entity: a comment naming the facility and its ``Telefon``, an
    invented ``uuid``, ``langcode``, ``dependencies``, the entity id and label, ``settings``
    with the phone, address, place id and coordinates, an invented weight and the
    ``_core.default_config_hash``."""
    h = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                for _ in range(43))  # fmt: skip
    machine = _slug(row).replace("-", "_")
    lines = [
        f"# config/sync/docta_ustanova.ustanova.{machine}.yml",
        f"# {name(row)} - Telefon: {phone(row)}",
        f"uuid: {_uuid(rng)}",
        "langcode: sr",
        "status: true",
        "dependencies:",
        "  module:",
        "    - docta_ustanova",
        "    - telephone",
        f"id: {machine}",
        f"label: {_yaml(name(row))}",
        "settings:",
        f"  telefon: {_yaml(phone(row))}",
        f"  adresa: {_yaml(_f(row, 'formattedAddress'))}",
        f"  grad: {_yaml(_f(row, '_cityName'))}",
        f"  google_place_id: {_f(row, 'id')}",
        "  geo:",
        f"    lat: {_f(row, 'location.latitude')}",
        f"    lng: {_f(row, 'location.longitude')}",
        f"weight: {rng.randint(-20, 60)}",
        "_core:",
        f"  default_config_hash: {h}",
        "",
    ]
    return "\n".join(lines)


def _js(value: str) -> str:
    """A JavaScript string literal (JSON's, which JavaScript reads alike)."""
    return json.dumps(value, ensure_ascii=False)


def storybook_story(row: dict[str, Any], rng: random.Random) -> str:
    """A Storybook story file in Component Story Format 3
    (``UstanovaCard.stories.js``): the default export with title, component and an action,
    one named story whose ``args`` give the facility's name, phone, address, place id,
    coordinates and rating, and whose docs description repeats the phone; invented viewport
    and Chromatic delay."""
    story = "".join(w.capitalize() for w in _slug(row).split("-")) or "Ustanova"
    if story[0].isdigit():
        story = "U" + story
    rating = _f(row, "rating") or "null"
    lines = [
        "import UstanovaCard from './UstanovaCard.vue';",
        "",
        "export default {",
        "  title: 'Imenik/UstanovaCard',",
        "  component: UstanovaCard,",
        "  tags: ['autodocs'],",
        "  argTypes: { onPoziv: { action: 'poziv' } },",
        "};",
        "",
        f"export const {story} = {{",
        "  args: {",
        f"    naziv: {_js(name(row))},",
        f"    telefon: {_js(phone(row))},",
        f"    adresa: {_js(_f(row, 'formattedAddress'))},",
        f"    placeId: {_js(_f(row, 'id'))},",
        f"    lat: {_f(row, 'location.latitude')},",
        f"    lng: {_f(row, 'location.longitude')},",
        f"    ocjena: {rating},",
        "  },",
        "  parameters: {",
        f"    docs: {{ description: {{ story: {_js('Poziv na ' + phone(row))} }} }},",
        f"    viewport: {{ defaultViewport: 'mobile{rng.randint(1, 2)}' }},",
        f"    chromatic: {{ delay: {rng.choice((200, 300, 500, 800))} }},",
        "  },",
        "};",
        "",
    ]
    return "\n".join(lines)


def _twig(value: str) -> str:
    """A Twig single-quoted string (quotes and backslashes escaped)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def twig_template(row: dict[str, Any], rng: random.Random) -> str:
    """A Twig template of the facility card (``templates/ustanova/kartica.html.twig``): a
    comment naming the facility and its ``Tel.``, a ``{% set %}`` hash of the name, phone,
    address, place id, coordinates and web site, and the card's markup printing them, with an
    invented cache key and revision."""
    lines = [
        f"{{# templates/ustanova/kartica.html.twig - {name(row)}, Tel. {phone(row)} #}}",
        "{% set ustanova = {",
        f"  'naziv': {_twig(name(row))},",
        f"  'telefon': {_twig(phone(row))},",
        f"  'adresa': {_twig(_f(row, 'formattedAddress'))},",
        f"  'place_id': {_twig(_f(row, 'id'))},",
        f"  'lat': {_f(row, 'location.latitude')},",
        f"  'lng': {_f(row, 'location.longitude')},",
        f"  'sajt': {_twig(_f(row, 'websiteUri'))}",
        "} %}",
        f"{{% set cache_kljuc = 'ustanova_{rng.randint(1000, 99999)}_v{rng.randint(2, 9)}' %}}",
        '<article class="ustanova-kartica" data-place="{{ ustanova.place_id }}">',
        "  <h2>{{ ustanova.naziv }}</h2>",
        '  <p class="adresa">{{ ustanova.adresa }}</p>',
        '  <p class="telefon">Telefon: {{ ustanova.telefon }}</p>',
        "  {% if ustanova.sajt %}",
        '    <a href="{{ ustanova.sajt }}" rel="noopener">Sajt ustanove</a>',
        "  {% endif %}",
        '  <div class="mapa" data-lat="{{ ustanova.lat }}" data-lng="{{ ustanova.lng }}"></div>',
        "</article>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "wordpress_wxr": wordpress_wxr,
    "drupal_config": drupal_config,
    "storybook_story": storybook_story,
    "twig_template": twig_template,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
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
