"""held_out_95 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Uzbekistan) exactly as published, in layouts no earlier part has, beside the
row's own coordinates, Yandex organisation id and opening hours.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of many other countries (``scripts/eval_pii.py`` names them);
here:

* the values are the phone fields of Uzbek filling stations in the uMaps POI scraper's
  collection of Yandex Maps cards (``scripts/data/pii_uz_fuel_stations.json``, written by
  ``scripts/uz_fuel_stations_data.py``; source and licence in that file): numbers as each card
  gave them (``+998 71 289 06 10``, mobiles ``+998 97 739 22 11``, Russian chains'
  ``+7 (342) 233-61-46`` and ``8 (800) 100-09-11``, six Tashkent numbers under a wrong country
  code as the cards have them, ``+371  712 83 22 00``, ``+98 8712 30 37 21``), one to nineteen
  fields a station, each number of each copy labelled as ``pii_held_out_11.numbers`` cuts it
  (which leaves a ``+7`` or trunk ``8`` before a bracketed area code out of the span:
  ``(342) 233-61-46``, ``(800) 100-09-11``, labelled national); a short number (``5555``) is
  written as the card has it and left unlabelled (too short to be read as a number); the
  directory gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: its coordinates (``41.315499``), its
  Yandex organisation id (``13662309608``), address, category, opening hours and collection
  date, with invented document numbers, revisions, pump counts and print times, unlabelled and
  scored;
* in layouts no earlier part has, document and publishing formats with labels in Uzbek (Latin
  script; the row's own values in Russian as published): a DITA reference topic
  (``<property>`` rows of ``Telefon``, the first number again in an ``Aloqa`` section), a
  Texinfo manual (``@table`` of the station's fields, the first number in an ``@example``), an
  XSL-FO print form (``fo:table`` rows, the first number again in the page footer) and a
  Textile page (a ``|_.`` table of the numbers, the first one again in a ``bq.`` line).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_95.py   # rewrites the committed file
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_uz_fuel_stations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_95.jsonl.gz"
SPLIT = "held_out_95"

NONE_GIVEN = "ko'rsatilmagan"  # "not given", where a card has no hours
LAYOUTS = ("dita_topic", "texinfo_manual", "xsl_fo_form", "textile_page")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of each of the row's phone fields, in the card's order, stripped."""
    columns = data()["sources"][row["country"]]["roles"]["phone"]
    return [(c, _f(row, c)) for c in columns if _f(row, c)]


def first_phone(row: dict[str, Any]) -> str:
    """The row's first phone field, the one each layout repeats."""
    return phones(row)[0][1]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _doc_no(rng: random.Random) -> str:
    """An invented register number of the document (not a phone: letters and a slash)."""
    return f"AYOQSH-{rng.randint(10, 99)}/{rng.randint(1000, 9999)}"


def _date(rng: random.Random) -> str:
    """An invented revision date in 2026."""
    return f"2026-{rng.randint(5, 11):02d}-{rng.randint(1, 28):02d}"


def _x(value: str) -> str:
    """XML character data."""
    return escape(value, {'"': "&quot;"})


def dita_topic(row: dict[str, Any], rng: random.Random) -> str:
    """The station as a DITA 1.3 reference topic: the title and a short description of its
    category and address, a prolog with the collection date and an invented revision date,
    a ``properties`` table of its address, coordinates, Yandex id, hours and every number
    (``Telefon``), an invented pump count, and an ``Aloqa`` section repeating the first
    number."""
    rows = [
        ("Manzil", _f(row, "fullAddress")),
        ("Koordinatalar", f"{_f(row, 'lat')}, {_f(row, 'lng')}"),
        ("Yandex ID", _f(row, "yandexId")),
        ("Ish vaqti", _f(row, "workingTimeText") or NONE_GIVEN),
        ("Kolonkalar soni", str(rng.randint(2, 12))),
    ] + [("Telefon", value) for _, value in phones(row)]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE reference PUBLIC "-//OASIS//DTD DITA Reference//EN" "reference.dtd">',
        f'<reference id="ayoqsh-{_f(row, "yandexId")}" xml:lang="uz-Latn">',
        f"  <title>{_x(_f(row, 'name'))}</title>",
        f"  <shortdesc>{_x(_f(row, 'category'))}: {_x(_f(row, 'fullAddress'))}</shortdesc>",
        "  <prolog>",
        "    <critdates>",
        f'      <created date="{_f(row, "scrapedAt")[:10]}"/>',
        f'      <revised modified="{_date(rng)}"/>',
        "    </critdates>",
        "    <metadata>",
        f"      <keywords><keyword>{_x(_f(row, 'city'))}</keyword>"
        "<keyword>AYOQSH</keyword></keywords>",
        "    </metadata>",
        "  </prolog>",
        "  <refbody>",
        "    <properties>",
        "      <prophead><proptypehd>Maydon</proptypehd>"
        "<propvaluehd>Qiymat</propvaluehd></prophead>",
        *(
            f"      <property><proptype>{k}</proptype><propvalue>{_x(v)}</propvalue></property>"
            for k, v in rows
        ),
        "    </properties>",
        '    <section id="aloqa">',
        "      <title>Aloqa</title>",
        f"      <p>Navbatchi operator: <ph>{_x(first_phone(row))}</ph>. Hujjat raqami: "
        f"<ph>{_doc_no(rng)}</ph>.</p>",
        "    </section>",
        "  </refbody>",
        "</reference>",
        "",
    ]
    return "\n".join(lines)


def _texi(value: str) -> str:
    """Texinfo text: ``@``, ``{`` and ``}`` escaped."""
    return value.replace("@", "@@").replace("{", "@{").replace("}", "@}")


def texinfo_manual(row: dict[str, Any], rng: random.Random) -> str:
    """The station's operator manual as a Texinfo file: the header (file name from the Yandex
    id, title, language), the ``Top`` node, a ``@table`` of its category, address,
    coordinates, hours and every number, an invented shift change time and an ``@example``
    of the dispatcher's call line with the first number."""
    name = _texi(_f(row, "name"))
    lines = [
        "\\input texinfo",
        f"@setfilename ayoqsh-{_f(row, 'yandexId')}.info",
        f"@settitle {name}",
        "@documentlanguage uz",
        "@documentencoding UTF-8",
        "",
        "@node Top",
        f"@top {name}",
        "",
        f"Ushbu qo'llanma {_texi(_f(row, 'city'))} shahridagi yoqilg'i quyish shoxobchasi haqida.",
        "",
        "@table @asis",
        "@item Turi",
        _texi(_f(row, "category")),
        "@item Manzil",
        _texi(_f(row, "fullAddress")),
        "@item Koordinatalar",
        f"{_f(row, 'lat')}, {_f(row, 'lng')}",
        "@item Ish vaqti",
        _texi(_f(row, "workingTimeText") or NONE_GIVEN),
        "@item Smena almashinuvi",
        f"{rng.choice((7, 8, 19, 20))}:{rng.choice((0, 30)):02d}",
        *(line for _, value in phones(row) for line in ("@item Telefon", _texi(value))),
        "@end table",
        "",
        "@example",
        f"qo'ng'iroq: {_texi(first_phone(row))}",
        f"hujjat:     {_doc_no(rng)}",
        "@end example",
        "",
        "@bye",
        "",
    ]
    return "\n".join(lines)


def xsl_fo_form(row: dict[str, Any], rng: random.Random) -> str:
    """The station's card as an XSL-FO print form: an A4 page master, a footer with the first
    number and an invented print time and page, the name as a heading and a two-column
    ``fo:table`` of its address, coordinates, Yandex id, collection date and every number."""
    cells = [
        ("Manzil", _f(row, "fullAddress")),
        ("Koordinatalar", f"{_f(row, 'lat')}, {_f(row, 'lng')}"),
        ("Yandex ID", _f(row, "yandexId")),
        ("Ma'lumot sanasi", _f(row, "scrapedAt")[:10]),
        ("Ish vaqti", _f(row, "workingTimeText") or NONE_GIVEN),
    ] + [("Telefon", value) for _, value in phones(row)]
    body = [
        "          <fo:table-row>"
        f'<fo:table-cell><fo:block font-weight="bold">{k}</fo:block></fo:table-cell>'
        f"<fo:table-cell><fo:block>{_x(v)}</fo:block></fo:table-cell></fo:table-row>"
        for k, v in cells
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xml:lang="uz">',
        "  <fo:layout-master-set>",
        '    <fo:simple-page-master master-name="A4" page-height="297mm" page-width="210mm" '
        'margin="20mm">',
        '      <fo:region-body margin-bottom="15mm"/>',
        '      <fo:region-after extent="10mm"/>',
        "    </fo:simple-page-master>",
        "  </fo:layout-master-set>",
        '  <fo:page-sequence master-reference="A4">',
        '    <fo:static-content flow-name="xsl-region-after">',
        f'      <fo:block font-size="8pt">Ishonch telefoni: {_x(first_phone(row))} | Chop '
        f"etildi: {_date(rng)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d} | "
        f"{_doc_no(rng)} | Varaq <fo:page-number/></fo:block>",
        "    </fo:static-content>",
        '    <fo:flow flow-name="xsl-region-body">',
        f'      <fo:block font-size="16pt" space-after="6mm">{_x(_f(row, "name"))}</fo:block>',
        '      <fo:table table-layout="fixed" width="100%">',
        '        <fo:table-column column-width="45mm"/>',
        '        <fo:table-column column-width="125mm"/>',
        "        <fo:table-body>",
        *body,
        "        </fo:table-body>",
        "      </fo:table>",
        "    </fo:flow>",
        "  </fo:page-sequence>",
        "</fo:root>",
        "",
    ]
    return "\n".join(lines)


def _cell(value: str) -> str:
    """A Textile table cell's text: ``|`` written as its character reference."""
    return value.replace("|", "&#124;")


def textile_page(row: dict[str, Any], rng: random.Random) -> str:
    """The station's page in Textile markup (as a Redmine wiki keeps it): the heading, its
    category and address, a ``|_.`` table of every number, a ``bq.`` line with the first one,
    its coordinates and Yandex id as code, its hours, and an invented revision note."""
    lines = [
        f"h1. {_f(row, 'name')}",
        "",
        f"p. *{_f(row, 'category')}*, {_f(row, 'fullAddress')}",
        "",
        "table(aloqa).",
        "|_. Raqam turi |_. Telefon |",
        *(f"| Telefon {k} | {_cell(value)} |" for k, (_, value) in enumerate(phones(row), 1)),
        "",
        f"bq. Navbatchi operator: {first_phone(row)}",
        "",
        f"p. Koordinatalar: @{_f(row, 'lat')}, {_f(row, 'lng')}@ | Yandex ID: "
        f"@{_f(row, 'yandexId')}@",
        "",
        f"p. Ish vaqti: _{_f(row, 'workingTimeText') or NONE_GIVEN}_",
        "",
        f"p(tahrir). Tahrir {rng.randint(2, 40)}, {_date(rng)}; hujjat {_doc_no(rng)}.",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "dita_topic": dita_topic,
    "texinfo_manual": texinfo_manual,
    "xsl_fo_form": xsl_fo_form,
    "textile_page": textile_page,
}


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` with every copy of each of the row's phone fields labelled under its column:
    longest value first, so a value found inside a longer one (or equal to one before it) is
    the longer one's."""
    values = sorted(phones(row), key=lambda cv: -len(cv[1]))
    return field_copies(
        text,
        values,
        {c: r"\d" for c, _ in values},
        {c: c for c, _ in values},
        row["path"],
        nested=True,
    )


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of each of its phone fields
    labelled."""
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
