"""held_out_32 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Mexico) exactly as published, in web-publishing layouts no
earlier part has, beside the register's own identifiers.

The procedure of ``held_out_30``, on another register and other layouts; ``held_out_11`` to
``held_out_30`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE and PL; here:

* the values are the phone and e-mail fields of Mexican museums in the Secretaría de
  Cultura's Sistema de Información Cultural (``scripts/data/pii_mx_museums.json``, written by
  ``scripts/mx_sic_museums_data.py``; source and licence in that file): ten-digit numbers as
  each museum gave them, in many shapes (``449 994 27 61 y 62``, ``(449) 915 19 41``, ``866
  633 46 92``, ``55 8647 5220 exts. 5440, 5443``, two or three in one field, a seven-digit
  local number after the first, ``(844) 483 00 82, 483 00 33 ext. 127``, ``Cel.`` before
  some), each number of each copy labelled, and each copy of each of the museum's e-mail
  addresses (one or two a field) labelled;
* the text around them is the same row's real fields: its SIC id (``929``, in the SIC URL
  too), its postcode (``20059``), its state, municipality and locality codes (and the
  nine-digit INEGI locality key they make, ``010010001``), coordinates, foundation date and
  the time of its last change, with invented image, attachment and weight numbers and access
  dates, unlabelled and scored;
* in layouts no earlier part has, labels in Spanish: an HTML ``<head>`` of Open Graph meta
  tags for a ``business.business`` object (``business:contact_data:phone_number``), an
  AsciiDoc page (a description list, ``Teléfono::``, and a ``|===`` table), a WordPress post's
  Gutenberg block markup (``<!-- wp:list-item -->`` items, ``<strong>Teléfono:</strong>``, a
  ``mailto:`` link, a Leaflet Map shortcode) and a Hugo content file's TOML front matter
  (``telefono = "..."`` under ``[params]``) above a Markdown body with a shortcode.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_32.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import html
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from mx_sic_museums_data import addresses
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_mx_museums.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_32.jsonl.gz"
SPLIT = "held_out_32"

LAYOUTS = ("open_graph_head", "asciidoc_page", "gutenberg_blocks", "hugo_front_matter")
PHONE = "museo_telefono1"
EDGES = {"phone": r"\d", "email": r"[\w.@%+-]"}
PLACEHOLDER_DATE = "1000-01-01"  # the register's "foundation date unknown"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return row["fields"].get(key, "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email_field(row: dict[str, Any]) -> str:
    """The row's e-mail field as published, stripped: one address or two, or none."""
    return _f(row, "email")


def emails(row: dict[str, Any]) -> list[str]:
    """The e-mail addresses of the row's e-mail field, in order."""
    return addresses(email_field(row))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def inegi_key(row: dict[str, Any]) -> str:
    """The nine-digit INEGI key of the row's locality: state, municipality, locality codes."""
    state, town, place = (int(_f(row, k)) for k in ("estado_id", "municipio_id", "localidad_id"))
    return f"{state:02d}{town:03d}{place:04d}"


def modified(row: dict[str, Any]) -> str:
    """The row's last change (``2022-11-22 05:52:09-06``) as an RFC 3339 date-time."""
    day, time, offset = re.fullmatch(r"(\S+) (\S+)([+-]\d\d)", _f(row, "fecha_mod")).groups()
    return f"{day}T{time}{offset}:00"


def _address(row: dict[str, Any]) -> str:
    """Street, neighbourhood and postcode, as the SIC's entry page joins them."""
    parts = [_f(row, "museo_calle_numero"), _f(row, "museo_colonia")]
    if _f(row, "museo_cp"):
        parts.append(f"C.P. {_f(row, 'museo_cp')}")
    return ", ".join(p for p in parts if p)


def _place(row: dict[str, Any]) -> str:
    return ", ".join(dict.fromkeys(_f(row, k) for k in ("nom_loc", "nom_mun", "nom_ent")))


def _summary(row: dict[str, Any]) -> str:
    """One sentence in Spanish about the museum from its theme and the body it belongs to."""
    theme = _f(row, "museo_tematica_n1")
    text = f"Museo{' de ' + theme.lower() if theme else ''} en {_place(row)}."
    if _f(row, "museo_adscripcion"):
        text += f" Adscripción: {_f(row, 'museo_adscripcion').rstrip('.')}."
    if _f(row, "museo_fecha_fundacion") not in ("", PLACEHOLDER_DATE):
        text += f" Fundado el {_f(row, 'museo_fecha_fundacion')}."
    return text


def _day(rng: random.Random) -> datetime.date:
    """An invented day after the repository's copy of the register (January 2024)."""
    return datetime.date(2024, 1, 20) + datetime.timedelta(days=rng.randint(0, 500))


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field (each number in it by
    ``labelled_record``) and of each of its e-mail addresses labelled. Each copy stands apart
    (no digit next to a number, no address character next to an address), so a copy is never
    part of another value."""
    values = [("phone", phone(row))] + [("email", a) for a in dict.fromkeys(emails(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _meta(prop: str, value: str, attr: str = "property") -> str:
    return f'<meta {attr}="{prop}" content="{html.escape(value)}">'


def open_graph_head(row: dict[str, Any], rng: random.Random) -> str:
    """The ``<head>`` of the museum's page on a culture portal, as an SEO plugin writes it:
    title, description and canonical URL (the SIC's entry), Open Graph tags for a
    ``business.business`` object (``business:contact_data:*`` with the address, postcode,
    phone field and each e-mail address, ``place:location:*`` with the coordinates), an
    invented image path and the entry's last change as ``og:updated_time``, Twitter tags."""
    name = _f(row, "museo_nombre")
    description = _summary(row)
    image = (
        f"https://sic.cultura.gob.mx/imagenes_cache/museo_{_f(row, 'museo_id')}_"
        f"{rng.randint(10**8, 10**9 - 1)}.jpg"
    )
    contact = [
        ("business:contact_data:street_address", _address(row)),
        ("business:contact_data:locality", _f(row, "nom_mun")),
        ("business:contact_data:region", _f(row, "nom_ent")),
        ("business:contact_data:postal_code", _f(row, "museo_cp")),
        ("business:contact_data:country_name", "México"),
        *(("business:contact_data:email", a) for a in emails(row)),
        ("business:contact_data:phone_number", phone(row)),
        ("business:contact_data:website", _f(row, "pagina_web")),
        ("place:location:latitude", _f(row, "gmaps_latitud")),
        ("place:location:longitude", _f(row, "gmaps_longitud")),
    ]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="es-MX" prefix="og: https://ogp.me/ns# business: '
        'https://ogp.me/ns/business# place: https://ogp.me/ns/place#">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(name)} | Museos de {html.escape(_f(row, 'nom_ent'))}</title>",
        _meta("description", description, "name"),
        f'<link rel="canonical" href="{html.escape(_f(row, "link_sic"))}">',
        _meta("og:locale", "es_MX"),
        _meta("og:type", "business.business"),
        _meta("og:title", name),
        _meta("og:description", description),
        _meta("og:url", _f(row, "link_sic")),
        _meta("og:site_name", "Sistema de Información Cultural"),
        _meta("og:image", image),
        _meta("og:image:width", "1200"),
        _meta("og:image:height", "630"),
        _meta("og:updated_time", modified(row)),
        *(_meta(k, v) for k, v in contact if v),
        _meta("twitter:card", "summary_large_image", "name"),
    ]
    handle = _f(row, "twitter").lstrip("@")
    if handle and "/" not in handle:
        lines.append(_meta("twitter:site", f"@{handle}", "name"))
    lines += ["</head>", ""]
    return "\n".join(lines)


def asciidoc_page(row: dict[str, Any], rng: random.Random) -> str:
    """The museum as an AsciiDoc page of a documentation-built directory: the title, header
    attributes (``:revdate:`` the entry's last change, ``:museo-id:``), a summary, a
    description list under ``== Datos de contacto`` (``Teléfono::``, ``Correo electrónico::``),
    a ``|===`` table of the coordinates and the INEGI locality key, the SIC entry as a URL
    macro with an invented access date."""
    lines = [
        f"= {_f(row, 'museo_nombre')}",
        ":lang: es",
        f":revdate: {_f(row, 'fecha_mod')[:10]}",
        f":museo-id: {_f(row, 'museo_id')}",
        ":description: Ficha del museo en el directorio de museos de México",
        f":keywords: museo, {_f(row, 'museo_tematica_n1') or 'cultura'}, {_f(row, 'nom_ent')}",
        "",
        _summary(row),
        "",
        "== Datos de contacto",
        "",
        f"Dirección:: {_address(row)}, {_place(row)}",
        f"Teléfono:: {phone(row)}",
    ]
    if email_field(row):
        lines.append(f"Correo electrónico:: {email_field(row)}")
    if _f(row, "pagina_web"):
        lines.append(f"Sitio web:: {_f(row, 'pagina_web')}")
    lines += [
        "",
        "== Ubicación",
        "",
        '[cols="1,1,1",options="header"]',
        "|===",
        "|Latitud |Longitud |Clave INEGI de la localidad",
        f"|{_f(row, 'gmaps_latitud')} |{_f(row, 'gmaps_longitud')} |{inegi_key(row)}",
        "|===",
        "",
        f"Fuente: {_f(row, 'link_sic')}[Sistema de Información Cultural], consultado el "
        f"{_day(rng).isoformat()}.",
        "",
    ]
    return "\n".join(lines)


def _block(name: str, inner: str, attrs: dict[str, Any] | None = None) -> str:
    """A Gutenberg block: its opening comment (with its attributes as JSON), the markup, its
    closing comment."""
    head = f"{name} {json.dumps(attrs, separators=(',', ':'))}" if attrs else name
    return f"<!-- wp:{head} -->\n{inner}\n<!-- /wp:{name} -->"


def gutenberg_blocks(row: dict[str, Any], rng: random.Random) -> str:
    """The museum as a WordPress post's ``post_content`` in Gutenberg block markup: a group of
    a heading, an image (an invented attachment id and upload path), a summary paragraph, a
    list of ``<strong>`` labels and values (``Teléfono:``, ``Correo:`` with ``mailto:`` links),
    the Leaflet Map plugin's shortcode with the coordinates and a small source paragraph with
    the SIC entry and its last change."""
    name = html.escape(_f(row, "museo_nombre"), quote=False)
    attachment = rng.randint(1000, 99999)
    upload = _day(rng)
    image = (
        f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/'
        f'{upload.year}/{upload.month:02d}/museo-{_f(row, "museo_id")}-1024x683.jpg" '
        f'alt="Fachada del {name}" class="wp-image-{attachment}"/></figure>'
    )
    items = [
        f"<strong>Dirección:</strong> {html.escape(_address(row), quote=False)}, "
        f"{html.escape(_place(row), quote=False)}",
        f"<strong>Teléfono:</strong> {html.escape(phone(row), quote=False)}",
    ]
    if emails(row):
        links = ", ".join(f'<a href="mailto:{a}">{a}</a>' for a in emails(row))
        items.append(f"<strong>Correo:</strong> {links}")
    list_items = "\n\n".join(_block("list-item", f"<li>{item}</li>") for item in items)
    source = (
        f'<p class="has-small-font-size">Fuente: <a href="{html.escape(_f(row, "link_sic"))}">'
        f"Sistema de Información Cultural</a> (ficha {_f(row, 'museo_id')}), actualizada el "
        f"{_f(row, 'fecha_mod')[:10]}.</p>"
    )
    inner = "\n\n".join(
        [
            _block("heading", f'<h2 class="wp-block-heading">{name}</h2>', {"level": 2}),
            _block(
                "image",
                image,
                {"id": attachment, "sizeSlug": "large", "linkDestination": "none"},
            ),
            _block("paragraph", f"<p>{html.escape(_summary(row), quote=False)}</p>"),
            _block("list", f'<ul class="wp-block-list">{list_items}</ul>'),
            _block(
                "shortcode",
                f"[leaflet-map lat={_f(row, 'gmaps_latitud')} lng={_f(row, 'gmaps_longitud')} "
                "zoom=16][leaflet-marker]",
            ),
            _block("paragraph", source, {"fontSize": "small"}),
        ]
    )
    group = {"metadata": {"name": "Ficha del museo"}, "layout": {"type": "constrained"}}
    return _block("group", f'<div class="wp-block-group">{inner}</div>', group) + "\n"


def _toml(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def _number(value: str) -> str:
    """A coordinate as a TOML number when it is written as one, else as a string."""
    return value if re.fullmatch(r"-?\d+(?:\.\d+)?", value) else _toml(value)


def hugo_front_matter(row: dict[str, Any], rng: random.Random) -> str:
    """The museum as a Hugo content file (``content/museos/<slug>.md``): TOML front matter
    between ``+++`` lines (title, the entry's last change as ``date``, slug, tags, an invented
    ``weight``, an alias by the SIC id; under ``[params]`` the SIC id, ``telefono``,
    ``correo``, the address, postcode, INEGI locality key, coordinates and SIC URL), then a
    Markdown body with the summary and a map shortcode."""
    theme = _f(row, "museo_tematica_n1")
    museum_id = _f(row, "museo_id")
    lat, lon = _f(row, "gmaps_latitud"), _f(row, "gmaps_longitud")
    lines = [
        "+++",
        f"title = {_toml(_f(row, 'museo_nombre'))}",
        f"date = {modified(row)}",
        "draft = false",
        f"slug = {_toml(_slug(_f(row, 'museo_nombre')) + '-' + museum_id)}",
        f"tags = [{_toml(theme) if theme else ''}]",
        f"estados = [{_toml(_f(row, 'nom_ent'))}]",
        f"weight = {rng.randint(1, 2000)}",
        f'aliases = ["/museos/{museum_id}/"]',
        "",
        "[params]",
        f"sic_id = {museum_id}",
        f"telefono = {_toml(phone(row))}",
        f"correo = {_toml(email_field(row))}",
        f"direccion = {_toml(_address(row))}",
        f"cp = {_toml(_f(row, 'museo_cp'))}",
        f"municipio = {_toml(_f(row, 'nom_mun'))}",
        f"clave_inegi = {_toml(inegi_key(row))}",
        f"lat = {_number(lat)}",
        f"lon = {_number(lon)}",
        f"fuente = {_toml(_f(row, 'link_sic'))}",
        "+++",
        "",
        _summary(row),
        "",
        f'{{{{< mapa lat="{lat}" lon="{lon}" zoom="15" >}}}}',
        "",
        "{{< contacto >}}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "open_graph_head": open_graph_head,
    "asciidoc_page": asciidoc_page,
    "gutenberg_blocks": gutenberg_blocks,
    "hugo_front_matter": hugo_front_matter,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and of
    its e-mail addresses labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
