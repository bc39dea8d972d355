"""held_out_111 of the PII evaluation set: real phone fields of a register no earlier part used
(INEGI's DENUE, Mexico's statistical directory of economic units: furniture workshops of the
Isthmus of Tehuantepec; Mexico's earlier part took the Secretaría de Cultura's museums) exactly
as published, in layouts no earlier part has, beside the register's own identifiers.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX (museums) and many others; here:

* the values are the phone fields of carpentries and other furniture workshops of fewer than
  ten persons in Oaxaca's and Veracruz's part of the Isthmus as the DENUE lists them
  (``scripts/data/pii_mx_denue_furniture.json``, written by
  ``scripts/mx_denue_furniture_data.py``; source and licence in that file): Mexican ten-digit
  numbers run together (``9711323292``; one of eleven digits), each copy labelled; no fax
  column, and the e-mail column was left out of the data;
* the text around them is the same row's real fields: the DENUE id (``3066014``), the CLEE
  (``20079337120000191000000000U7``), the SCIAN activity code (``337120``), postcode, AGEB,
  block, latitude and longitude (``16.18237097``, ``-95.19846591``) and the month of
  registration (``2010-07``), with invented folio numbers, quantities, prices, dates and times,
  unlabelled and scored;
* in layouts no earlier part has, office and document-markup files, text in Spanish: an
  AbiWord document (``.abw``: a supplier's card as a table and a paragraph asking to call the
  number), a LyX document (``.lyx``: an official letter asking the workshop for a quote, its
  number in an ``Itemize`` list and in the body), a Gnumeric workbook as uncompressed XML (a
  purchase sheet, the number as a string cell and again in a cell comment) and a Word 2003 XML
  document (WordprocessingML ``w:wordDocument``: a civil-protection visit record, the number in
  a table cell and in the closing paragraph).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_111.py   # rewrites the committed file
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_mx_denue_furniture.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_111.jsonl.gz"
SPLIT = "held_out_111"

LAYOUTS = ("abiword_abw", "lyx_document", "gnumeric_xml", "wordml_2003")
PHONE = "phone"
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or it is null)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "telefono")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _street(row: dict[str, Any]) -> str:
    """The street line: the road's type and name and the outside number (``S/N`` where the
    directory gives none), as the directory writes them."""
    number = _f(row, "numero_ext")
    if number in ("", "0"):
        number = _f(row, "letra_ext") or "S/N"
    return f"{_f(row, 'tipo_vial')} {_f(row, 'nom_vial')} {number}"


def _place(row: dict[str, Any]) -> str:
    """The settlement, postcode, locality, municipality and state as the directory writes
    them."""
    parts = [f"{_f(row, 'tipo_asent')} {_f(row, 'nomb_asent')}".strip()]
    if _f(row, "cod_postal"):
        parts.append(f"C.P. {_f(row, 'cod_postal')}")
    parts += [_f(row, "localidad"), _f(row, "municipio"), _f(row, "entidad")]
    return ", ".join(p for p in parts if p)


def _date(rng: random.Random) -> tuple[str, str]:
    """An invented date in 2024, ISO and as a Spanish letter writes it."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return f"2024-{month:02d}-{day:02d}", f"{day} de {MONTHS[month - 1]} de 2024"


def _hour(rng: random.Random) -> str:
    """An invented time of the morning or afternoon."""
    return f"{rng.randint(8, 17):02d}:{rng.choice((0, 15, 30, 45)):02d}"


def _folio(rng: random.Random, prefix: str) -> str:
    """An invented office folio (``SA/0456/2024``)."""
    return f"{prefix}/{rng.randint(100, 999):04d}/2024"


def _fields(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The establishment's card: the register's fields by their Spanish labels."""
    return [
        ("Establecimiento", _f(row, "nom_estab")),
        ("ID DENUE", _f(row, "id")),
        ("CLEE", _f(row, "clee")),
        ("Actividad (SCIAN)", f"{_f(row, 'codigo_act')} {_f(row, 'nombre_act')}"),
        ("Personal ocupado", _f(row, "per_ocu")),
        ("Domicilio", _street(row)),
        ("Ubicación", _place(row)),
        ("Teléfono", phone(row)),
        ("AGEB / manzana", f"{_f(row, 'ageb')} / {_f(row, 'manzana')}"),
        ("Coordenadas", f"{_f(row, 'latitud')}, {_f(row, 'longitud')}"),
        ("Fecha de alta", _f(row, "fecha_alta")),
    ]


def _abw_p(text: str, style: str = "") -> str:
    """An AbiWord paragraph (a ``style`` attribute where one is given)."""
    attr = f" style={quoteattr(style)}" if style else ""
    return f"<p{attr}>{escape(text)}</p>"


def abiword_abw(row: dict[str, Any], rng: random.Random) -> str:
    """The workshop as a supplier's card in an AbiWord document (AWML, ``fileformat="1.1"``):
    the metadata with the title and an invented creation date, a heading, a two-column table
    whose cells give the register's fields (the phone among them), a paragraph asking to call
    the number before an invented time, and an invented quote with its folio, quantity and
    price."""
    iso, _ = _date(rng)
    folio = _folio(rng, "COT")
    pieces, price = rng.randint(2, 40), rng.randint(8, 95) * 50
    cells = []
    for i, (label, value) in enumerate(_fields(row)):
        for j, text in enumerate((label, value)):
            props = f"left-attach:{j}; right-attach:{j + 1}; top-attach:{i}; bot-attach:{i + 1}"
            cells.append(f"<cell props={quoteattr(props)}>{_abw_p(text)}</cell>")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE abiword PUBLIC "-//ABISOURCE//DTD AWML 1.0 Strict//EN" '
        '"http://www.abisource.com/awml.dtd">',
        '<abiword template="false" xmlns="http://www.abisource.com/awml.dtd" '
        'xmlns:awml="http://www.abisource.com/awml.dtd" version="3.0.5" fileformat="1.1" '
        'styles="unlocked" xml:space="preserve" props="lang:es-MX; dom-dir:ltr">',
        "<metadata>",
        f'<m key="dc.title">{escape("Ficha de proveedor: " + _f(row, "nom_estab"))}</m>',
        f'<m key="dc.date">{iso}</m>',
        '<m key="abiword.generator">AbiWord</m>',
        '<m key="dc.format">application/x-abiword</m>',
        "</metadata>",
        '<pagesize pagetype="Letter" orientation="portrait" width="8.500000" '
        'height="11.000000" units="in" page-scale="1.000000"/>',
        '<section props="page-margin-top:1in; page-margin-bottom:1in">',
        _abw_p("Padrón de proveedores locales de mobiliario", "Heading 1"),
        _abw_p(f"Ficha {rng.randint(10, 99)} de {rng.randint(100, 240)}, actualizada el {iso}."),
        f'<table props="table-column-props:2.2in/4.0in/; table-line-type:1">{"".join(cells)}'
        "</table>",
        _abw_p(
            f"Para cotizar, llamar al {phone(row)} antes de las {_hour(rng)} h; "
            f"el taller atiende de lunes a sábado."
        ),
        _abw_p(
            f"Cotización {folio}: {pieces} piezas a ${price:,}.00 MXN cada una, "
            f"entrega en {rng.randint(5, 30)} días naturales."
        ),
        "</section>",
        "</abiword>",
        "",
    ]
    return "\n".join(lines)


def _lyx(text: str) -> str:
    """Text as a LyX paragraph writes it: a backslash as the ``\\backslash`` inset."""
    return text.replace("\\", "\n\\backslash\n")


def _lyx_layout(kind: str, text: str) -> list[str]:
    """One LyX paragraph of the layout ``kind``."""
    return [f"\\begin_layout {kind}", _lyx(text), "\\end_layout", ""]


def lyx_document(row: dict[str, Any], rng: random.Random) -> str:
    """A municipal office's letter asking the workshop for a quote, as a LyX 2.3 document
    (``\\lyxformat 544``): the header (article class, Spanish), the title and date, the
    addressee's data as an ``Itemize`` list (the phone among them), the body repeating the
    number, an invented folio, quantity and deadline, and the closing."""
    folio = _folio(rng, "DA/ADQ")
    _, day = _date(rng)
    pieces = rng.randint(10, 120)
    items = [
        f"DENUE: {_f(row, 'id')} (CLEE {_f(row, 'clee')})",
        f"Domicilio: {_street(row)}, {_place(row)}",
        f"Tel. {phone(row)}",
        f"Ubicación: {_f(row, 'latitud')}, {_f(row, 'longitud')}",
    ]
    lines = [
        "#LyX 2.3 created this file. For more info see http://www.lyx.org/",
        "\\lyxformat 544",
        "\\begin_document",
        "\\begin_header",
        "\\save_transient_properties true",
        "\\origin unavailable",
        "\\textclass article",
        "\\use_default_options true",
        "\\language spanish-mexico",
        "\\language_package default",
        "\\inputencoding utf8",
        "\\fontencoding global",
        "\\paperfontsize 11",
        "\\papersize letterpaper",
        "\\secnumdepth 3",
        "\\tocdepth 3",
        "\\paragraph_separation indent",
        "\\paperpagestyle default",
        "\\tracking_changes false",
        "\\output_changes false",
        "\\end_header",
        "",
        "\\begin_body",
        "",
        *_lyx_layout("Title", f"Solicitud de cotización {folio}"),
        *_lyx_layout("Date", f"{_f(row, 'municipio')}, {_f(row, 'entidad')}, a {day}"),
        *_lyx_layout("Standard", f"{_f(row, 'nom_estab')}\nPresente."),
        *[line for item in items for line in _lyx_layout("Itemize", item)],
        *_lyx_layout(
            "Standard",
            f"Por este conducto le solicitamos cotizar {pieces} pupitres de madera para las "
            f"escuelas del municipio. Nos comunicaremos al {phone(row)} el día hábil siguiente "
            f"para acordar la visita, a las {_hour(rng)} horas.",
        ),
        *_lyx_layout(
            "Standard",
            f"La propuesta deberá entregarse en un plazo de {rng.randint(3, 15)} días hábiles, "
            f"con vigencia mínima de {rng.choice((30, 60, 90))} días.",
        ),
        *_lyx_layout("Standard", "Atentamente,\nDirección de Adquisiciones"),
        "\\end_body",
        "\\end_document",
        "",
    ]
    return "\n".join(lines)


def _cell(r: int, c: int, value: str, kind: int = 60) -> str:
    """A Gnumeric cell: ``ValueType`` 60 a string, 40 a number."""
    return f'      <gnm:Cell Row="{r}" Col="{c}" ValueType="{kind}">{escape(value)}</gnm:Cell>'


def gnumeric_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A purchase sheet as a Gnumeric workbook in its XML (``gnm:Workbook``, uncompressed): the
    version, the sheet's name, a header row and the workshop's row (DENUE id, name, activity
    code, postcode, phone as a string cell, latitude and longitude as numbers, month of
    registration, CLEE), an invented order number, quantity and unit price, and a cell comment that
    repeats the phone number."""
    order = f"OC-{rng.randint(1000, 9999)}"
    pieces, price = rng.randint(2, 60), rng.randint(12, 180) * 25
    header = ["ID DENUE", "CLEE", "Proveedor", "SCIAN", "C.P.", "Teléfono", "Latitud", "Longitud",
              "Alta", "Orden", "Cantidad", "Precio unitario"]  # fmt: skip
    values = [
        (_f(row, "id"), 40),
        (_f(row, "clee"), 60),
        (_f(row, "nom_estab"), 60),
        (_f(row, "codigo_act"), 40),
        (_f(row, "cod_postal"), 60),
        (phone(row), 60),
        (_f(row, "latitud"), 40),
        (_f(row, "longitud"), 40),
        (_f(row, "fecha_alta"), 60),
        (order, 60),
        (str(pieces), 40),
        (f"{price}.00", 40),
    ]
    cells = [_cell(0, c, h) for c, h in enumerate(header)]
    cells += [_cell(1, c, v, k) for c, (v, k) in enumerate(values) if v]
    note = f"Confirmar existencias al {phone(row)} antes de las {_hour(rng)}."
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.gnumeric.org/v9.xsd">',
        '  <gnm:Version Epoch="1" Major="12" Minor="57" Full="1.12.57"/>',
        "  <gnm:SheetNameIndex>",
        '    <gnm:SheetName gnm:Cols="16384" gnm:Rows="1048576">Compras</gnm:SheetName>',
        "  </gnm:SheetNameIndex>",
        "  <gnm:Sheets>",
        '    <gnm:Sheet DisplayFormulas="0" HideZero="0" HideGrid="0" Visibility="GNM_SHEET_'
        'VISIBILITY_VISIBLE">',
        "      <gnm:Name>Compras</gnm:Name>",
        f"      <gnm:MaxCol>{len(header) - 1}</gnm:MaxCol>",
        "      <gnm:MaxRow>1</gnm:MaxRow>",
        "      <gnm:Objects>",
        f'        <gnm:CellComment Author="Compras" Text={quoteattr(note)} ObjectBound="F2" '
        'ObjectOffset="0 0 0 0" ObjectAnchorType="16 16 16 16" Direction="17"/>',
        "      </gnm:Objects>",
        "      <gnm:Cells>",
        *cells,
        "      </gnm:Cells>",
        "    </gnm:Sheet>",
        "  </gnm:Sheets>",
        "</gnm:Workbook>",
        "",
    ]
    return "\n".join(lines)


def _w_p(text: str, style: str = "") -> str:
    """A WordprocessingML 2003 paragraph of one run (a ``pStyle`` where one is given)."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}<w:r><w:t>{escape(text)}</w:t></w:r></w:p>"


def wordml_2003(row: dict[str, Any], rng: random.Random) -> str:
    """A civil-protection visit record as a Word 2003 XML document (``w:wordDocument`` with
    the ``mso-application`` instruction): the document properties (title, invented created
    time), a heading, an invented act number, date and time, a table of the register's fields
    (the phone among them), the findings with invented extinguisher and exit counts, and a
    closing paragraph giving the number again."""
    iso, day = _date(rng)
    act = _folio(rng, "PC/VI")
    rows = [
        f"<w:tr><w:tc><w:p><w:r><w:t>{escape(k)}</w:t></w:r></w:p></w:tc>"
        f"<w:tc><w:p><w:r><w:t>{escape(v)}</w:t></w:r></w:p></w:tc></w:tr>"
        for k, v in _fields(row)
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<?mso-application progid="Word.Document"?>',
        '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
        'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" w:macrosPresent="no" '
        'w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve">',
        "<o:DocumentProperties>",
        f"<o:Title>Acta de visita {escape(act)}</o:Title>",
        "<o:Author>Protección Civil Municipal</o:Author>",
        f"<o:Created>{iso}T{_hour(rng)}:00Z</o:Created>",
        f"<o:Pages>1</o:Pages><o:Words>{rng.randint(180, 420)}</o:Words>",
        "</o:DocumentProperties>",
        "<w:body>",
        "<wx:sect>",
        _w_p(f"Acta de visita de inspección {act}", "Heading1"),
        _w_p(
            f"En {_f(row, 'municipio')}, {_f(row, 'entidad')}, siendo las {_hour(rng)} horas "
            f"del {day}, se constituyó el personal de Protección Civil en el establecimiento:"
        ),
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
        '</w:tblPr><w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="6200"/></w:tblGrid>',
        *rows,
        "</w:tbl>",
        _w_p(
            f"Se revisaron {rng.randint(1, 4)} extintores y {rng.randint(1, 3)} salidas de "
            f"emergencia; se otorga un plazo de {rng.randint(5, 30)} días para las "
            "observaciones."
        ),
        _w_p(f"Para dar seguimiento, la autoridad se comunicará al {phone(row)}."),
        '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1417" w:right="1701" '
        'w:bottom="1417" w:left="1701"/></w:sectPr>',
        "</wx:sect>",
        "</w:body>",
        "</w:wordDocument>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "abiword_abw": abiword_abw,
    "lyx_document": lyx_document,
    "gnumeric_xml": gnumeric_xml,
    "wordml_2003": wordml_2003,
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
