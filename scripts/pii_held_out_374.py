"""held_out_374 of the PII evaluation set: real phone fields of a list no earlier part used (the
Comandos de Atención Inmediata (CAI) of the Policía Metropolitana de Bogotá, the city's
neighbourhood police posts; Colombia's earlier part took Bogotá's directory of schools) exactly
as published, in layouts no earlier part has, beside the list's own names, barrios, street
addresses and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` of 146 CAIs (``scripts/data/pii_co_bogota_cai.json``, written
  by ``scripts/co_bogota_cai_data.py``; source and licence in that file): Bogotá's seven-digit
  numbers of before the 2021 dialling change, digits only, as the list writes them
  (``6730111``); the list gives no e-mail address; every copy labelled;
* the text around them is the same row's real fields: the post's name (``CAI VERBENAL``), its
  barrio (``MARANTA III SECTOR``), street address (``Calle 187  19-00``) and coordinates
  (``4.764673000859147``), with invented task and cell ids, extensions, execution counts,
  dates, hours and times, unlabelled and scored;
* in layouts no earlier part has, text in Spanish: Yealink remote phone books (the XML
  ``YealinkIPPhoneBook`` a desk phone of a dispatch room loads: a ``Menu`` of the post's barrio
  whose ``Unit`` dials the post's number and a four-digit radio extension, a comment with the
  address and the number again, and a ``Menu`` of the city's short lines, ``123``, unlabelled),
  Jupyter notebooks (nbformat 4.5 ``.ipynb``: a markdown cell, a pandas cell whose
  ``execute_result`` shows the post's row as ``text/plain`` and ``text/html``, and a cell that
  prints the distance to a point of the barrio), LaTeX annexes of a local security plan (a
  ``longtable`` of the post with its address and number, and a paragraph that repeats the
  number beside the city's 123 line) and Kanboard JSON-RPC ``getTask`` answers (a maintenance
  task of the post's radio base, its Markdown ``description`` giving the address and the number
  twice, as PHP's ``json_encode`` writes it: ``\\/`` and ``\\u00f3`` escapes).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of seven digits, labelled whole). Each record is seeded by its own (split, locale,
layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_374.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_co_bogota_cai.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_374.jsonl.gz"
SPLIT = "held_out_374"

LAYOUTS = ("yealink_phonebook", "jupyter_notebook", "latex_annex", "kanboard_task")
PHONE = "phone"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
BOGOTA = dt.timezone(dt.timedelta(hours=-5))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented works on a post's equipment (Kanboard tasks)
WORKS = (
    "Mantenimiento preventivo del radio base",
    "Cambio de batería del UPS del radio base",
    "Revisión de la antena y el cableado coaxial",
    "Reposición del teléfono fijo de la recepción",
    "Revisión de la cámara de vigilancia exterior",
)
COLOURS = (
    ("yellow", "Yellow", "rgb(245, 247, 196)", "rgb(223, 227, 45)"),
    ("blue", "Blue", "rgb(219, 235, 255)", "rgb(168, 207, 255)"),
    ("orange", "Orange", "rgb(255, 215, 179)", "rgb(255, 172, 98)"),
    ("red", "Red", "rgb(255, 187, 187)", "rgb(255, 151, 151)"),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The post's telephone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    """The post's name (``CAI VERBENAL``)."""
    return _f(row, "name")


def barrio(row: dict[str, Any]) -> str:
    """The post's barrio, or its name less ``CAI`` where the list gives none."""
    return _f(row, "neighborhood") or name(row).removeprefix("CAI ").strip()


def address(row: dict[str, Any]) -> str:
    """The street address as the list writes it (``Calle 187  19-00``); the barrio where the
    list gives none."""
    return _f(row, "address") or barrio(row)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Bogotá time)."""
    day = dt.datetime(2024, 2, 5, tzinfo=BOGOTA) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(7, 17), minutes=rng.choice((0, 15, 30, 45)))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def yealink_phonebook(row: dict[str, Any], rng: random.Random) -> str:
    """A Yealink remote phone book (``YealinkIPPhoneBook``, the XML a Yealink desk phone loads
    from its ``remote_phonebook.data.1.url``) of a dispatch room: its ``Title``, a comment with
    the post's address and number, a ``Menu`` of the post's barrio whose ``Unit`` dials the
    number (``Phone1``) and an invented radio extension of four digits (``Phone2``), and a
    ``Menu`` of the city's short lines (``123``, ``112``), unlabelled."""
    ext = str(rng.randint(2000, 8999))
    tel = phone(row)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<YealinkIPPhoneBook>",
        "<Title>Directorio CAI - Policía Metropolitana de Bogotá</Title>",
        f"<!-- {escape(name(row))}: {escape(address(row))}, barrio {escape(barrio(row))}. "
        f"Teléfono fijo {tel}, extensión de radio {ext}. -->",
        f"<Menu Name={quoteattr('Barrio ' + barrio(row))}>",
        f"<Unit Name={quoteattr(name(row))} Phone1={quoteattr(tel)} Phone2={quoteattr(ext)} "
        'Phone3="" default_photo="Resource:icon_company_b.png"/>',
        "</Menu>",
        '<Menu Name="Líneas de emergencia">',
        '<Unit Name="Línea de emergencias" Phone1="123" Phone2="" Phone3="" '
        'default_photo="Resource:"/>',
        '<Unit Name="Denuncia y atención al ciudadano" Phone1="112" Phone2="" Phone3="" '
        'default_photo="Resource:"/>',
        "</Menu>",
        "</YealinkIPPhoneBook>",
        "",
    ]
    return "\n".join(lines)


def _table_plain(index: int, cells: list[tuple[str, str]]) -> str:
    """A one-row DataFrame as pandas prints it: headers and cells right-aligned to their
    widths, the index first."""
    widths = [max(len(h), len(v)) for h, v in cells]
    idx = str(index)
    head = " " * len(idx) + "".join(f"  {h:>{w}}" for (h, _), w in zip(cells, widths, strict=True))
    body = idx + "".join(f"  {v:>{w}}" for (_, v), w in zip(cells, widths, strict=True))
    return f"{head}\n{body}"


def _table_html(index: int, cells: list[tuple[str, str]]) -> list[str]:
    """The same row as pandas's ``_repr_html_`` writes it (the ``dataframe`` table)."""
    return [
        "<div>\n",
        '<table border="1" class="dataframe">\n',
        "  <thead>\n",
        '    <tr style="text-align: right;">\n',
        "      <th></th>\n",
        *(f"      <th>{escape(h)}</th>\n" for h, _ in cells),
        "    </tr>\n",
        "  </thead>\n",
        "  <tbody>\n",
        "    <tr>\n",
        f"      <th>{index}</th>\n",
        *(f"      <td>{escape(v)}</td>\n" for _, v in cells),
        "    </tr>\n",
        "  </tbody>\n",
        "</table>\n",
        "</div>",
    ]


def _lines(text: str) -> list[str]:
    """A notebook's multi-line string as nbformat stores it: a list of lines, each but the last
    keeping its newline."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def jupyter_notebook(row: dict[str, Any], rng: random.Random) -> str:
    """A Jupyter notebook (nbformat 4.5, ``.ipynb``) of a class on Bogotá's open data: a
    markdown cell, a pandas cell that filters the CAIs by the post's barrio, its
    ``execute_result`` the row as ``text/plain`` and ``text/html`` (name, barrio, address,
    telephone, coordinates; an invented index), and a cell that prints the distance from an
    invented point of the barrio, with invented cell ids and execution counts."""
    count = rng.randint(3, 20)
    index = int(row["path"].rsplit("#", 1)[1])
    lat, lng = _f(row, "lat"), _f(row, "lng")
    cells = [
        ("nombre", name(row)),
        ("barrio", _f(row, "neighborhood") or "None"),
        ("direccion", _f(row, "address") or "None"),
        ("telefono", phone(row)),
        ("lat", f"{float(lat):.6f}"),
        ("lng", f"{float(lng):.6f}"),
    ]
    km = round(rng.uniform(0.2, 3.5), 2)
    doc = {
        "cells": [
            {
                "cell_type": "markdown",
                "id": _hex(rng, 8),
                "metadata": {},
                "source": _lines(
                    f"## CAI del barrio {barrio(row).title()}\n\n"
                    "Filtramos la capa de Comandos de Atención Inmediata por barrio para ver "
                    "la dirección y el teléfono del CAI más cercano al colegio."
                ),
            },
            {
                "cell_type": "code",
                "execution_count": count,
                "id": _hex(rng, 8),
                "metadata": {},
                "outputs": [
                    {
                        "data": {
                            "text/html": _table_html(index, cells),
                            "text/plain": _lines(_table_plain(index, cells)),
                        },
                        "execution_count": count,
                        "metadata": {},
                        "output_type": "execute_result",
                    }
                ],
                "source": _lines(
                    f'cai[cai["nombre"] == {json.dumps(name(row), ensure_ascii=False)}]'
                ),
            },
            {
                "cell_type": "code",
                "execution_count": count + 1,
                "id": _hex(rng, 8),
                "metadata": {},
                "outputs": [
                    {
                        "name": "stdout",
                        "output_type": "stream",
                        "text": _lines(f"Distancia al colegio: {km} km\n"),
                    }
                ],
                "source": _lines(
                    f"d = distancia_km(colegio, ({lat}, {lng}))\n"
                    'print(f"Distancia al colegio: {d:.2f} km")'
                ),
            },
        ],
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {
                "codemirror_mode": {"name": "ipython", "version": 3},
                "file_extension": ".py",
                "mimetype": "text/x-python",
                "name": "python",
                "nbconvert_exporter": "python",
                "pygments_lexer": "ipython3",
                "version": "3.11.6",
            },
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)  # fmt: skip


LATEX_SPECIAL = {c: "\\" + c for c in "&%$#_{}"}


def tex(value: str) -> str:
    """``value`` as LaTeX text (its special characters escaped)."""
    return "".join(LATEX_SPECIAL.get(c, c) for c in value)


def latex_annex(row: dict[str, Any], rng: random.Random) -> str:
    """A LaTeX annex of a local security plan (Plan Integral de Seguridad y Convivencia
    Ciudadana): a ``longtable`` of the post (name, barrio, address, telephone) and a paragraph
    that repeats the number beside the city's 123 line, with an invented annex number, date and
    quadrant count."""
    when = _when(rng)
    annex = rng.randint(2, 9)
    quadrants = rng.randint(2, 6)
    tel = phone(row)
    lines = [
        r"\documentclass[11pt]{article}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage[spanish]{babel}",
        r"\usepackage{longtable}",
        r"\begin{document}",
        rf"\section*{{Anexo {annex}. Red de apoyo policial del barrio {tex(barrio(row))}}}",
        "",
        rf"Actualizado el {when.day} de {MONTHS[when.month - 1]} de {when.year}. El "
        rf"{tex(name(row))} atiende {quadrants} cuadrantes del Modelo Nacional de Vigilancia "
        r"Comunitaria por Cuadrantes.",
        "",
        r"\begin{longtable}{|l|l|l|l|}",
        r"\hline",
        r"\textbf{CAI} & \textbf{Barrio} & \textbf{Dirección} & \textbf{Teléfono} \\",
        r"\hline",
        r"\endhead",
        rf"{tex(name(row))} & {tex(barrio(row))} & {tex(address(row))} & {tel} \\",
        r"\hline",
        r"\end{longtable}",
        "",
        r"Ante una emergencia marque la Línea 123. Para trámites y denuncias en el barrio, "
        rf"comuníquese con el {tex(name(row))} al teléfono {tel}.",
        "",
        r"\end{document}",
        "",
    ]
    return "\n".join(lines)


def php_json(doc: Any) -> str:
    """``doc`` as PHP's ``json_encode`` writes it with its default flags (no spaces, ``/`` as
    ``\\/``, every character past ASCII as ``\\uXXXX``)."""
    return json.dumps(doc, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def kanboard_task(row: dict[str, Any], rng: random.Random) -> str:
    """A Kanboard JSON-RPC answer to ``getTask``: an invented task id, project, column,
    swimlane, times (Unix seconds) and colour, its ``title`` the work and the post, its Markdown
    ``description`` giving the address, barrio, the number to call before the visit and the
    number again for closing the task, and its ``url``."""
    when = _when(rng)
    created = int(when.timestamp())
    task_id = rng.randint(40, 900)
    project = rng.randint(2, 12)
    work = rng.choice(WORKS)
    colour, cname, background, border = rng.choice(COLOURS)
    tel = phone(row)
    description = (
        f"**Sitio:** {name(row)}  \n"
        f"**Dirección:** {address(row)}, barrio {barrio(row)}  \n"
        f"**Teléfono del CAI:** {tel}\n\n"
        f"{work}. Llamar al CAI antes de la visita para coordinar el ingreso del técnico.\n\n"
        f"- [ ] Visita técnica\n- [ ] Prueba de comunicaciones con la central\n"
        f"- [ ] Cierre: confirmar con el comandante del CAI al {tel}"
    )
    result = {
        "id": str(task_id),
        "title": f"{work} - {name(row)}",
        "description": description,
        "date_creation": str(created),
        "color_id": colour,
        "project_id": str(project),
        "column_id": str(project * 4 + rng.randint(1, 3)),
        "owner_id": str(rng.randint(2, 15)),
        "position": str(rng.randint(1, 12)),
        "is_active": "1",
        "date_completed": None,
        "score": str(rng.choice((1, 2, 3, 5, 8))),
        "date_due": str(created + rng.randint(3, 15) * 86400),
        "category_id": str(rng.randint(1, 6)),
        "creator_id": str(rng.randint(2, 15)),
        "date_modification": str(created + rng.randint(60, 7200)),
        "reference": "",
        "date_started": None,
        "time_spent": "0",
        "time_estimated": str(rng.choice((2, 4, 6))),
        "swimlane_id": str(project),
        "date_moved": str(created),
        "recurrence_status": "0",
        "recurrence_trigger": "0",
        "recurrence_factor": "0",
        "recurrence_timeframe": "0",
        "recurrence_basedate": "0",
        "recurrence_parent": None,
        "recurrence_child": None,
        "url": f"https://tareas.example.gov.co/?controller=TaskViewController&action=show"
        f"&task_id={task_id}&project_id={project}",
        "color": {"name": cname, "background": background, "border": border},
    }
    return php_json({"jsonrpc": "2.0", "id": rng.randint(10**8, 2 * 10**9), "result": result})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "yealink_phonebook": yealink_phonebook,
    "jupyter_notebook": jupyter_notebook,
    "latex_annex": latex_annex,
    "kanboard_task": kanboard_task,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its telephone labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    assert not block.emails, row["path"]
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
