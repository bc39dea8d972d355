"""held_out_119 of the PII evaluation set: real phone fields of a register no earlier part used
(Chile's public libraries, as the Servicio Nacional de Bibliotecas Públicas lists them; Chile's
earlier part took a map of pharmacies on duty) exactly as published, in layouts no earlier part
has, beside the list's own names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
CL (pharmacies) and many others; here:

* the values are the ``Teléfono`` fields of 344 libraries, branch libraries and lending points
  (``scripts/data/pii_cl_libraries.json``, written by ``scripts/cl_libraries_data.py``; source
  and licence in that file): Chilean numbers as the list writes them, every one nine digits
  with no space, sign or country code (``988866420``, ``552887560``), each copy labelled;
* the text around them is the same row's real fields: the library's name and code
  (``Biblioteca Pública 305 BC1``), region, commune and street address (``Avenida Los Alamos
  3020``) and its yes/no service columns, with invented ISBN-13s, SKUs, catalogue ids, RUTs,
  prices in pesos, weights and stock counts, unlabelled and scored;
* in layouts no earlier part has, commerce and retail catalogue formats, text in Chilean
  Spanish: schema.org ``Library`` microdata pages (``itemprop="telephone"`` as a ``tel:`` link
  and its text, a ``PostalAddress``, opening hours), BMEcat 2005 catalogues of a book
  distributor with the library as ``BUYER`` (``ADDRESS`` ``PHONE type="office"`` and a
  ``REMARKS`` line repeating it), Shopify product CSV imports of a used-book sale (``Body
  (HTML)`` and ``SEO Description`` naming the number, two variant rows) and Google Merchant
  Center RSS 2.0 product feeds (``g:`` attributes, the number in each item's ``description``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_119.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
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
ROWS = ROOT / "scripts" / "data" / "pii_cl_libraries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_119.jsonl.gz"
SPLIT = "held_out_119"

LAYOUTS = ("schema_org_microdata", "bmecat_catalog", "shopify_product_csv", "merchant_feed")
PHONE = "Teléfono"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented titles of the used books on sale (no real edition is meant)
TITLES = (
    "Cuentos de la selva", "Poemas del mar austral", "Atlas escolar de Chile",
    "Historia de la minería del norte", "Recetario de la abuela", "Leyendas de Chiloé",
    "Manual de jardinería", "Diccionario escolar", "El valle de los volcanes",
    "Crónicas de la pampa", "Aves del litoral", "Novela del puerto",
)  # fmt: skip
SERVICES = (("Capacitaciones", "Talleres y capacitaciones"), ("Préstamos", "Préstamo a domicilio"),
            ("Acceso a Internet", "Acceso gratuito a Internet"))  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the 2024 season of the libraries' used-book sales (UTC-3)."""
    start = dt.datetime(2024, 3, 4, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    return start + dt.timedelta(seconds=rng.randint(0, 270 * 86400))


def _code(row: dict[str, Any]) -> str:
    """The library's number and kind code from its name (``305 BC1``), or "" without one."""
    m = re.search(r"(\d{3}) ([A-Z]{2}\d)$", _f(row, "Nombre"))
    return f"{m.group(1)} {m.group(2)}" if m else ""


def _slug(value: str) -> str:
    """A lower-case ASCII slug
    (``Biblioteca Pública 305 BC1`` -> ``biblioteca-publica-305-bc1``)."""
    ascii_ = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def _text(value: str) -> str:
    """``value`` as HTML element text: ``&``, ``<`` and ``>`` escaped, quotes kept."""
    return html.escape(value, quote=False)


def _isbn(rng: random.Random) -> str:
    """An invented ISBN-13 of a Chilean publisher's range (``978956...``), check digit right."""
    body = "978956" + "".join(str(rng.randint(0, 9)) for _ in range(6))
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def _rut(rng: random.Random) -> str:
    """An invented Chilean company RUT with its check digit (``76.543.210-K``)."""
    number = rng.randint(76_000_000, 77_999_999)
    total, factor = 0, 2
    for c in reversed(str(number)):
        total += int(c) * factor
        factor = 2 if factor == 7 else factor + 1
    dv = {10: "K", 11: "0"}.get(11 - total % 11, str(11 - total % 11))
    return f"{number:,}".replace(",", ".") + f"-{dv}"


def _place(row: dict[str, Any]) -> str:
    """The address line, commune and region joined (the address left out where blank)."""
    parts = [_f(row, "Dirección"), _f(row, "Comuna"), _f(row, "Región")]
    return ", ".join(p for p in parts if p)


def _books(rng: random.Random, k: int = 2) -> list[dict[str, Any]]:
    """``k`` invented used books: title, ISBN, price in pesos, stock, weight in grams."""
    return [
        {"title": t, "isbn": _isbn(rng), "price": rng.choice((1990, 2490, 2990, 3490, 4990)),
         "stock": rng.randint(1, 14), "grams": rng.randint(180, 950)}
        for t in rng.sample(TITLES, k)
    ]  # fmt: skip


def schema_org_microdata(row: dict[str, Any], rng: random.Random) -> str:
    """An HTML page of the library with schema.org microdata: a ``Library`` item (a kind of
    ``LocalBusiness``) with its ``name``, a ``PostalAddress`` (street where the row has one,
    commune, region, ``CL``), ``telephone`` as a ``tel:`` link whose text repeats the number,
    ``openingHours`` and an ``amenityFeature`` per service column answered ``SI``; an invented
    page id and opening hours."""
    name, tel = _f(row, "Nombre"), phone(row)
    opens, closes = rng.choice(((8, 17), (9, 18), (9, 17), (10, 19))), rng.choice(("13", "14"))
    hours = f"Mo-Fr {opens[0]:02d}:00-{opens[1]:02d}:00"
    saturday = rng.random() < 0.4
    page = rng.randint(1000, 9999)
    street = _f(row, "Dirección")
    lines = [
        "<!DOCTYPE html>",
        '<html lang="es-CL">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>{_text(name)} · {_text(_f(row, 'Comuna'))}</title>",
        f'  <link rel="canonical" href="https://bibliotecas.example.cl/b/{_slug(name)}-{page}">',
        "</head>",
        "<body>",
        '  <main itemscope itemtype="https://schema.org/Library">',
        f'    <h1 itemprop="name">{_text(name)}</h1>',
        '    <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">',
    ]
    if street:
        lines.append(f'      <span itemprop="streetAddress">{_text(street)}</span>,')
    lines += [
        f'      <span itemprop="addressLocality">{_text(_f(row, "Comuna"))}</span>,',
        f'      <span itemprop="addressRegion">{_text(_f(row, "Región"))}</span>',
        '      <meta itemprop="addressCountry" content="CL">',
        "    </div>",
        f'    <p>Teléfono: <a itemprop="telephone" href="tel:{tel}">{tel}</a></p>',
        f'    <p><time itemprop="openingHours" datetime="{hours}">Lunes a viernes, '
        f"{opens[0]}:00 a {opens[1]}:00</time>",
    ]
    if saturday:
        lines[-1] += (
            f'; <time itemprop="openingHours" datetime="Sa 10:00-{closes}:00">'
            f"sábados, 10:00 a {closes}:00</time>"
        )
    lines[-1] += "</p>"
    lines.append("    <ul>")
    for column, label in SERVICES:
        if _f(row, column) == "SI":
            lines += [
                '      <li itemprop="amenityFeature" itemscope '
                'itemtype="https://schema.org/LocationFeatureSpecification">',
                f'        <span itemprop="name">{label}</span>'
                '<meta itemprop="value" content="true">',
                "      </li>",
            ]
    lines += [
        "    </ul>",
        '    <meta itemprop="isAccessibleForFree" content="true">',
        "  </main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


def bmecat_catalog(row: dict[str, Any], rng: random.Random) -> str:
    """A BMEcat 2005 catalogue (``T_NEW_CATALOG``) of an invented book distributor for the
    library: the ``HEADER``'s ``CATALOG`` (Spanish, pesos), the ``BUYER`` with the library's
    name and ``ADDRESS`` (street, commune, region, ``CL``, ``PHONE type="office"`` and a
    ``REMARKS`` line repeating the number), the ``SUPPLIER`` by an invented RUT, and two
    ``PRODUCT``s with ISBNs, order units and net prices."""
    name, tel = _f(row, "Nombre"), phone(row)
    when = _when(rng)
    catalog = f"CAT-{when:%Y}-{rng.randint(1000, 9999)}"
    x = lambda v: escape(v)  # noqa: E731 - element text
    products = []
    for i, book in enumerate(_books(rng)):
        sku = f"LU-{rng.randint(10000, 99999)}"
        products += [
            '    <PRODUCT mode="new">',
            f"      <SUPPLIER_PID>{sku}</SUPPLIER_PID>",
            "      <PRODUCT_DETAILS>",
            f"        <DESCRIPTION_SHORT>{x(book['title'])} (usado)</DESCRIPTION_SHORT>",
            f'        <INTERNATIONAL_PID type="isbn">{book["isbn"]}</INTERNATIONAL_PID>',
            f"        <PRODUCT_ORDER>{i + 1}</PRODUCT_ORDER>",
            "      </PRODUCT_DETAILS>",
            "      <PRODUCT_ORDER_DETAILS>",
            "        <ORDER_UNIT>C62</ORDER_UNIT>",
            "        <CONTENT_UNIT>C62</CONTENT_UNIT>",
            "      </PRODUCT_ORDER_DETAILS>",
            "      <PRODUCT_PRICE_DETAILS>",
            '        <PRODUCT_PRICE price_type="net_customer">',
            f"          <PRICE_AMOUNT>{book['price']}</PRICE_AMOUNT>",
            "          <PRICE_CURRENCY>CLP</PRICE_CURRENCY>",
            "          <TAX>0.19</TAX>",
            "        </PRODUCT_PRICE>",
            "      </PRODUCT_PRICE_DETAILS>",
            "    </PRODUCT>",
        ]
    address = [f"        <NAME>{x(name)}</NAME>"]
    if _f(row, "Dirección"):
        address.append(f"        <STREET>{x(_f(row, 'Dirección'))}</STREET>")
    address += [
        f"        <CITY>{x(_f(row, 'Comuna'))}</CITY>",
        f"        <STATE>{x(_f(row, 'Región'))}</STATE>",
        "        <COUNTRY>Chile</COUNTRY>",
        "        <COUNTRY_CODED>CL</COUNTRY_CODED>",
        f'        <PHONE type="office">{tel}</PHONE>',
        f"        <REMARKS>Coordinar la entrega con la biblioteca al {tel}.</REMARKS>",
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<BMECAT version="2005" xmlns="http://www.bmecat.org/bmecat/2005">',
        "  <HEADER>",
        "    <GENERATOR_INFO>catalogo-libros 2.3</GENERATOR_INFO>",
        "    <CATALOG>",
        "      <LANGUAGE>spa</LANGUAGE>",
        f"      <CATALOG_ID>{catalog}</CATALOG_ID>",
        "      <CATALOG_VERSION>1.0</CATALOG_VERSION>",
        f"      <CATALOG_NAME>Libros usados para {x(name)}</CATALOG_NAME>",
        f'      <DATETIME type="generation_date"><DATE>{when:%Y-%m-%d}</DATE></DATETIME>',
        "      <CURRENCY>CLP</CURRENCY>",
        "    </CATALOG>",
        "    <BUYER>",
        f'      <BUYER_ID type="buyer_specific">{_slug(_code(row) or name).upper()}</BUYER_ID>',
        f"      <BUYER_NAME>{x(name)}</BUYER_NAME>",
        '      <ADDRESS type="buyer">',
        *address,
        "      </ADDRESS>",
        "    </BUYER>",
        "    <SUPPLIER>",
        f'      <SUPPLIER_ID type="supplier_specific">{_rut(rng)}</SUPPLIER_ID>',
        "      <SUPPLIER_NAME>Distribuidora de Libros del Sur SpA</SUPPLIER_NAME>",
        "    </SUPPLIER>",
        "  </HEADER>",
        "  <T_NEW_CATALOG>",
        *products,
        "  </T_NEW_CATALOG>",
        "</BMECAT>",
        "",
    ]
    return "\n".join(lines)


SHOPIFY_COLUMNS = (
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags",
    "Published", "Option1 Name", "Option1 Value", "Variant SKU", "Variant Grams",
    "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Requires Shipping",
    "Variant Taxable", "Variant Barcode", "SEO Title", "SEO Description", "Status",
)  # fmt: skip


def shopify_product_csv(row: dict[str, Any], rng: random.Random) -> str:
    """A Shopify product CSV import of one used book sold by the library's friends' sale: the
    product row (``Body (HTML)`` naming the pick-up place and the number, ``SEO Description``
    repeating it, the library as ``Vendor``) and a second variant row by condition; invented
    SKUs, ISBN barcode, grams, stock and prices."""
    name, tel = _f(row, "Nombre"), phone(row)
    (book,) = _books(rng, 1)
    handle = f"{_slug(book['title'])}-{_slug(_code(row) or name)}"
    body = (f"<p>Libro usado de la feria de {_text(name)}.</p>"
            f"<p>Retiro en {_text(_place(row))}. Consultas al {tel}.</p>")  # fmt: skip
    sku = f"BP{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    first = {
        "Handle": handle, "Title": f"{book['title']} (usado)", "Body (HTML)": body,
        "Vendor": name, "Product Category": "Media > Books", "Type": "Libro usado",
        "Tags": f"feria, {_f(row, 'Comuna')}, {_f(row, 'Región')}", "Published": "TRUE",
        "Option1 Name": "Estado", "Option1 Value": "Bueno", "Variant SKU": f"{sku}-B",
        "Variant Grams": str(book["grams"]), "Variant Inventory Tracker": "shopify",
        "Variant Inventory Qty": str(book["stock"]), "Variant Inventory Policy": "deny",
        "Variant Fulfillment Service": "manual", "Variant Price": f"{book['price']}.00",
        "Variant Requires Shipping": "FALSE", "Variant Taxable": "TRUE",
        "Variant Barcode": book["isbn"], "SEO Title": f"{book['title']} | {name}",
        "SEO Description": f"Retiro en {_f(row, 'Comuna')}. Llame al {tel}.",
        "Status": "active",
    }  # fmt: skip
    second = dict.fromkeys(SHOPIFY_COLUMNS, "")
    second.update({
        "Handle": handle, "Option1 Value": "Como nuevo", "Variant SKU": f"{sku}-N",
        "Variant Grams": str(book["grams"]), "Variant Inventory Tracker": "shopify",
        "Variant Inventory Qty": str(rng.randint(1, 5)), "Variant Inventory Policy": "deny",
        "Variant Fulfillment Service": "manual", "Variant Price": f"{book['price'] + 1000}.00",
        "Variant Requires Shipping": "FALSE", "Variant Taxable": "TRUE",
        "Variant Barcode": book["isbn"],
    })  # fmt: skip
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=SHOPIFY_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerow(first)
    writer.writerow(second)
    return out.getvalue()


def merchant_feed(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Merchant Center product feed (RSS 2.0, ``g:`` namespace) of two used books of
    the library's sale: ``g:id``, title, a description naming the pick-up place and the number,
    link, ``g:condition`` ``used``, availability, price and ``g:gtin`` (invented ISBNs),
    ``g:shipping`` with a free pick-up service in ``CL``."""
    name, tel = _f(row, "Nombre"), phone(row)
    base = f"https://feria.example.cl/{_slug(name)}"
    when = _when(rng)
    items = []
    for book in _books(rng):
        pid = f"{_slug(_code(row) or 'bp').upper()}-{rng.randint(100000, 999999)}"
        description = (f"Libro usado de la feria de {name}. Retiro en {_place(row)}. "
                       f"Consultas al {tel}.")  # fmt: skip
        items += [
            "    <item>",
            f"      <g:id>{pid}</g:id>",
            f"      <title>{escape(book['title'])} (usado)</title>",
            f"      <description>{escape(description)}</description>",
            f"      <link>{base}/{_slug(book['title'])}</link>",
            "      <g:condition>used</g:condition>",
            "      <g:availability>in_stock</g:availability>",
            f"      <g:price>{book['price']} CLP</g:price>",
            f"      <g:gtin>{book['isbn']}</g:gtin>",
            "      <g:google_product_category>784</g:google_product_category>",
            f"      <g:shipping_weight>{book['grams']} g</g:shipping_weight>",
            "      <g:shipping>",
            "        <g:country>CL</g:country>",
            "        <g:service>Retiro en biblioteca</g:service>",
            "        <g:price>0 CLP</g:price>",
            "      </g:shipping>",
            "    </item>",
        ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">',
        "  <channel>",
        f"    <title>Feria del libro usado · {escape(name)}</title>",
        f"    <link>{base}</link>",
        f"    <description>{escape(_place(row))}; actualizado el "
        f"{when:%Y-%m-%d %H:%M}</description>",
        *items,
        "  </channel>",
        "</rss>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "schema_org_microdata": schema_org_microdata,
    "bmecat_catalog": bmecat_catalog,
    "shopify_product_csv": shopify_product_csv,
    "merchant_feed": merchant_feed,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
