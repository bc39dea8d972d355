"""held_out_133 of the PII evaluation set: real phone fields of a register no earlier part used
(Argentina's popular libraries, bibliotecas populares, in the list of the National Commission of
Popular Libraries, CONABIP; Argentina's earlier parts took hospital lists) exactly as
published, in layouts no earlier part has, beside the list's own numbers, names, addresses and
coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of AR (a vaccination app's hospitals, Buenos Aires city's
hospitals), BR, CL, CO, PE, UY, VE and many others; here:

* the values are the ``telefono`` fields of 600 popular libraries
  (``scripts/data/pii_ar_conabip_libraries.json``, written by
  ``scripts/ar_conabip_libraries_data.py``; source and licence in that file): the subscriber's
  number as CONABIP lists it, digits only, its area code (característica) in the list's other
  column ``cod_tel`` and never joined to it (``42333211`` beside ``11``, ``4554055`` beside
  ``291``, mobiles with their ``15``: ``154751051``), each copy labelled;
* the text around them is the same row's real fields: the CONABIP number, the name
  (``Bib. Pop. Atahualpa Yupanqui``), street address, postcode (``1854``, ``B7300GEM``),
  locality, department and province with INDEC's codes, the area code, coordinates and
  foundation date, with invented row ids, member and loan counts, timestamps, query timings,
  client and server versions and call durations, unlabelled and scored;
* in layouts no earlier part has, database shells and query results, text in Spanish: MySQL
  client sessions with a ``\\G`` vertical result (the library's row, column names
  right-aligned, ``cod_tel`` and ``telefono`` on lines of their own, an ``observaciones``
  column repeating the number), psql sessions with aligned tables (the row, then a call-log
  query whose ``nota`` repeats the number, ``(1 row)`` footers), DuckDB CLI sessions with box
  output (``read_csv`` of the list with ``all_varchar``, the row with its column types, then a
  ``printf`` card repeating the number, ``.timer`` run times) and SPARQL 1.1 query results in
  XML (``application/sparql-results+xml``: the library as a URI binding, its fields as
  literals, the number in ``telefono`` and again in ``descripcion``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_133.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ar_conabip_libraries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_133.jsonl.gz"
SPLIT = "held_out_133"

LAYOUTS = ("mysql_vertical", "psql_aligned", "duckdb_box", "sparql_results_xml")
PHONE = "telefono"
BASE = "https://mapa-cultural.example.org/conabip/biblioteca/"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# free-text notes repeating the number (``{tel}``) and its area code (``{cod}``)
NOTES = (
    "Confirmar el horario de atención llamando al {tel} (característica {cod}).",
    "Teléfono verificado con la comisión directiva: {tel}, característica {cod}.",
    "Para préstamos y visitas escolares comunicarse al {tel} (cód. de área {cod}).",
    "Atiende consultas al {tel}; característica {cod}. Sin cambios desde el último relevamiento.",
    "Llamado de control al {tel} (característica {cod}): atendió la biblioteca.",
)


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


def note(row: dict[str, Any], rng: random.Random) -> str:
    """A free-text note repeating the row's number beside its area code."""
    return rng.choice(NOTES).format(tel=phone(row), cod=_f(row, "cod_tel"))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Argentina's time, UTC-3)."""
    start = dt.datetime(2024, 2, 5, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _secs(rng: random.Random) -> str:
    return f"{rng.randint(0, 40) / 100:.2f}"


# -- MySQL ----------------------------------------------------------------------------------------


def mysql_vertical(row: dict[str, Any], rng: random.Random) -> str:
    """A MySQL client session: ``USE`` of the cultural map's database, then the library's row
    by its CONABIP number with ``\\G`` (the ``*** 1. row ***`` banner, column names
    right-aligned to the longest, ``NULL`` for an empty date), an invented row id, member
    count and update time, the row's fields as published and an ``observaciones`` column
    repeating the number; the ``1 row in set`` footer with an invented time."""
    when = _when(rng)
    fecha = _f(row, "fecha_fundacion") or "NULL"
    pairs = [
        ("id", str(rng.randint(1, 4800))),
        ("nro_conabip", _f(row, "nro_conabip")),
        ("nombre", _f(row, "nombre")),
        ("domicilio", _f(row, "domicilio")),
        ("cp", _f(row, "cp")),
        ("localidad", _f(row, "localidad")),
        ("departamento", _f(row, "departamento")),
        ("provincia", _f(row, "provincia")),
        ("cod_localidad", _f(row, "cod_localidad")),
        ("cod_tel", _f(row, "cod_tel")),
        ("telefono", phone(row)),
        ("latitud", _f(row, "latitud")),
        ("longitud", _f(row, "longitud")),
        ("fecha_fundacion", fecha),
        ("socios_activos", str(rng.randint(40, 2500))),
        ("actualizado", f"{when:%Y-%m-%d %H:%M:%S}"),
        ("observaciones", note(row, rng)),
    ]
    width = max(len(k) for k, _ in pairs)
    version = rng.choice(("8.0.36", "8.0.39", "8.4.2", "8.0.41"))
    lines = [
        "Welcome to the MySQL monitor.  Commands end with ; or \\g.",
        f"Your MySQL connection id is {rng.randint(12, 9800)}",
        f"Server version: {version} MySQL Community Server - GPL",
        "",
        "mysql> USE mapa_cultural;",
        "Database changed",
        f"mysql> SELECT * FROM bibliotecas_populares WHERE nro_conabip = "
        f"{_f(row, 'nro_conabip')}\\G",
        "*************************** 1. row ***************************",
        *(f"{k.rjust(width)}: {v}" for k, v in pairs),
        f"1 row in set ({_secs(rng)} sec)",
        "",
        "mysql> ",
    ]
    return "\n".join(lines)


# -- psql -----------------------------------------------------------------------------------------


def _aligned(head: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    """A psql aligned table: headers centred, numeric columns right-aligned, text left; the
    last column's text left unpadded, then the ``(n row[s])`` footer."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    last = len(head) - 1

    def cell(i: int, value: str, centre: bool = False) -> str:
        if centre:
            pad = widths[i] - len(value)
            return " " * (pad // 2) + value + " " * (pad - pad // 2)
        return value.rjust(widths[i]) if i in right else value.ljust(widths[i])

    def line(values: list[str], centre: bool = False) -> str:
        cells = [cell(i, v, centre) for i, v in enumerate(values)]
        text = " " + " | ".join(cells)
        return text + " " if centre or last in right else text.rstrip()

    out = [line(head, centre=True), "-" + "-+-".join("-" * w for w in widths) + "-"]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} {'row' if len(rows) == 1 else 'rows'})")
    return out


def psql_aligned(row: dict[str, Any], rng: random.Random) -> str:
    """A psql session: the banner, the library's row by its CONABIP number (number, name,
    address, locality, province, area code, phone and foundation date) as an aligned table, then an
    invented call-log query whose ``nota`` repeats the number (an invented call id, time with
    its offset and duration)."""
    when = _when(rng)
    conabip = _f(row, "nro_conabip")
    head = ["nro_conabip", "nombre", "domicilio", "localidad", "provincia", "cod_tel",
            "telefono", "fecha_fundacion"]  # fmt: skip
    values = [conabip, *(_f(row, h) for h in head[1:])]
    calls = [
        str(rng.randint(1000, 99999)),
        f"{when:%Y-%m-%d %H:%M:%S}-03",
        str(rng.randint(20, 900)),
        note(row, rng),
    ]
    version = rng.choice(("15.6", "16.2", "16.4", "17.0"))
    lines = [
        f"psql ({version})",
        'Type "help" for help.',
        "",
        "mapa_cultural=> SELECT nro_conabip, nombre, domicilio, localidad, provincia, cod_tel,",
        "mapa_cultural->        telefono, fecha_fundacion",
        f"mapa_cultural->   FROM bibliotecas_populares WHERE nro_conabip = {conabip};",
        *_aligned(head, [values], {0}),
        "",
        "mapa_cultural=> SELECT id, llamado_en, duracion_s, nota FROM llamados",
        f"mapa_cultural->  WHERE nro_conabip = {conabip} ORDER BY llamado_en DESC LIMIT 1;",
        *_aligned(["id", "llamado_en", "duracion_s", "nota"], [calls], {0, 2}),
        "",
        "mapa_cultural=> ",
    ]
    return "\n".join(lines)


# -- DuckDB ---------------------------------------------------------------------------------------


def _box(head: list[str], types: list[str], rows: list[list[str]]) -> list[str]:
    """A DuckDB box rendering: names and types centred, values left-aligned (all varchar)."""
    widths = [max(len(h), len(t), *(len(r[i]) for r in rows)) for i, (h, t) in
              enumerate(zip(head, types, strict=True))]  # fmt: skip

    def centre(value: str, w: int) -> str:
        pad = w - len(value)
        return " " * (pad // 2) + value + " " * (pad - pad // 2)

    def rule(left: str, mid: str, right: str) -> str:
        return left + mid.join("─" * (w + 2) for w in widths) + right

    out = [rule("┌", "┬", "┐")]
    out.append("│" + "│".join(f" {centre(h, w)} " for h, w in zip(head, widths, strict=True)) + "│")
    out.append(
        "│" + "│".join(f" {centre(t, w)} " for t, w in zip(types, widths, strict=True)) + "│"
    )
    out.append(rule("├", "┼", "┤"))
    for r in rows:
        out.append("│" + "│".join(f" {v.ljust(w)} " for v, w in zip(r, widths, strict=True)) + "│")
    out.append(rule("└", "┴", "┘"))
    return out


def _timer(rng: random.Random) -> str:
    real = rng.randint(2, 90) / 1000
    return f"Run Time (s): real {real:.3f} user {real * 0.6:.6f} sys {real * 0.1:.6f}"


def duckdb_box(row: dict[str, Any], rng: random.Random) -> str:
    """A DuckDB CLI session over the list's CSV: ``.timer on``, the library's row by its
    CONABIP number read with ``all_varchar`` (number, name, address, postcode, area code,
    phone, coordinates) in box output with its column types, then a ``printf`` card repeating
    the number (its name, locality and a note); invented run times and version."""
    conabip = _f(row, "nro_conabip")
    head = ["nro_conabip", "nombre", "domicilio", "cp", "cod_tel", "telefono", "latitud",
            "longitud"]  # fmt: skip
    values = [_f(row, h) for h in head]
    card = f"{_f(row, 'nombre')} ({_f(row, 'localidad')}, {_f(row, 'provincia')}). {note(row, rng)}"
    version = rng.choice(("v1.0.0 1f98600c2c", "v1.1.3 19864453f7", "v1.2.1 8e52ec4395"))
    src = "read_csv('bibliotecas-populares.csv', all_varchar = true)"
    lines = [
        f"{version}",
        'Enter ".help" for usage hints.',
        "D .timer on",
        f"D SELECT {', '.join(head)}",
        f"  FROM {src}",
        f"  WHERE nro_conabip = '{conabip}';",
        *_box(head, ["varchar"] * len(head), [values]),
        _timer(rng),
        "D SELECT printf('%s (%s, %s). %s', nombre, localidad, provincia, nota) AS ficha",
        f"  FROM {src} JOIN notas USING (nro_conabip)",
        f"  WHERE nro_conabip = '{conabip}';",
        *_box(["ficha"], ["varchar"], [[card]]),
        _timer(rng),
        "D ",
    ]
    return "\n".join(lines)


# -- SPARQL ---------------------------------------------------------------------------------------

XSD = "http://www.w3.org/2001/XMLSchema#"


def _literal(value: str, datatype: str = "", lang: str = "") -> str:
    attrs = f" datatype={quoteattr(XSD + datatype)}" if datatype else ""
    attrs += f' xml:lang="{lang}"' if lang else ""
    return f"<literal{attrs}>{escape(value)}</literal>"


def sparql_results_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A SPARQL 1.1 Query Results XML document (``application/sparql-results+xml``) of one
    solution: a comment with an invented query id, time and endpoint, the ``head`` with its
    variables, and a ``result`` binding the library as a URI (by its CONABIP number) and its
    name, address, postcode, locality, province, area code, phone, coordinates
    (``xsd:decimal``), foundation date (``xsd:date``, left unbound where the list has none)
    and a ``descripcion`` repeating the number."""
    when = _when(rng)
    conabip = _f(row, "nro_conabip")
    bindings = [
        ("biblioteca", f"<uri>{escape(BASE + conabip)}</uri>"),
        ("nro", _literal(conabip, "integer")),
        ("nombre", _literal(_f(row, "nombre"), lang="es")),
        ("domicilio", _literal(_f(row, "domicilio"))),
        ("cp", _literal(_f(row, "cp"))),
        ("localidad", _literal(_f(row, "localidad"))),
        ("provincia", _literal(_f(row, "provincia"))),
        ("codTel", _literal(_f(row, "cod_tel"))),
        ("telefono", _literal(phone(row))),
        ("lat", _literal(_f(row, "latitud"), "decimal")),
        ("long", _literal(_f(row, "longitud"), "decimal")),
    ]
    if _f(row, "fecha_fundacion"):
        bindings.append(("fundacion", _literal(_f(row, "fecha_fundacion"), "date")))
    bindings.append(("descripcion", _literal(note(row, rng), lang="es")))
    names = [n for n, _ in bindings]
    if "fundacion" not in names:
        names.insert(-1, "fundacion")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- consulta q{rng.randint(10000, 99999)}, {when:%Y-%m-%dT%H:%M:%S}-03:00, "
        f"{rng.randint(3, 400)} ms: bibliotecas populares, nro_conabip {escape(conabip)} -->",
        '<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
        "  <head>",
        *(f'    <variable name="{n}"/>' for n in names),
        "  </head>",
        "  <results>",
        "    <result>",
        *(f'      <binding name="{n}">{v}</binding>' for n, v in bindings),
        "    </result>",
        "  </results>",
        "</sparql>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mysql_vertical": mysql_vertical,
    "psql_aligned": psql_aligned,
    "duckdb_box": duckdb_box,
    "sparql_results_xml": sparql_results_xml,
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
