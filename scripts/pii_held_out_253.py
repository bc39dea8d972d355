"""held_out_253 of the PII evaluation set: real phone fields of a register no earlier part used
(the Ayuntamiento de Madrid's open-data lists of day centres and of residences and sheltered
flats for older people; Spain's earlier parts took other publishers' registers, the Comunidad de
Madrid's schools among them) exactly as published, in layouts no earlier part has, beside the
lists' own names, addresses, postcodes, neighbourhoods and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of ES (XTEC's and the Comunidad de Madrid's schools, GISCO's
hospitals, Castilla y León's libraries, Galicia's schools, the CGPJ's courts, the BDGEL's
councils) and many other countries; here:

* the values are the ``TELEFONO`` fields of 100 day centres and 170 residences, sheltered flats
  and other centres for older people (``scripts/data/pii_es_madrid_elderly_centres.json``,
  written by ``scripts/es_madrid_elderly_centres_data.py``; source and licence in that file):
  Spanish numbers as the city writes them, nine digits in groups of three (``914 799 411``; one
  ``91 366 28 94``), some fields of two or three numbers joined by `` / `` with the line's use
  in brackets (``917 353 270 (residencia) / 914 323 020 (centro de día)``), two with a doubled
  blank inside a number (``915 416  586``), mobiles, a ``900`` and a ``902`` line; each number
  of each copy labelled on its own, the bracketed words not; the one field of two numbers on
  two lines is written with `` / `` between them, the separator the lists use elsewhere (the
  numbers unchanged);
* the text around them is the same row's real fields: the name, the street
  (``CALLE ARMENGOT 2``), postcode (``28019``), neighbourhood, district, coordinates, the
  city's record id (``PK``, ``188403``) and the hours where a row has them, with invented
  Nacex client and delegation numbers, references, weights, parcel counts, MD5 passwords,
  dates, Claws Mail uids, Botpress content ids and template dates, unlabelled and scored;
* in layouts no earlier part has, text in Spanish: Nacex ``putExpedicion`` web-service requests
  of the city's social-services department sending material to the centre (a ``curl -G``
  command, the ``data`` parameter's ``key=value`` pairs joined by ``|`` as the Nacex
  documentation gives them, ``tel_ent`` and an ``ins_adi`` line repeating the number), Claws
  Mail address books (``addrbook-*.xml``: the centre as ``person`` with ``attribute``s for the
  phone, address and a note repeating it), Botpress v12 content-element files
  (``builtin_text.json``: ``text$es`` answers of a municipal chatbot, the centre's card and a
  follow-up naming the number) and Smarty templates of a resource guide's page (``{assign}``
  of the phone field, printed with an ``escape`` modifier, a paragraph repeating it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_253.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_madrid_elderly_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_253.jsonl.gz"
SPLIT = "held_out_253"

LAYOUTS = ("nacex_request", "claws_addrbook", "botpress_content", "smarty_template")
PHONE = "TELEFONO"

# the lists' data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented material the city's department sends to a centre (no real shipment is meant)
MATERIAL = (
    "Material de talleres de memoria", "Folletos de la campaña de vacunación",
    "Kits de estimulación cognitiva", "Carteles de actividades de verano",
    "Material de fisioterapia", "Guías de recursos para mayores",
)  # fmt: skip
# invented openings of the chatbot's answer
OPENINGS = (
    "Para pedir información sobre plazas,", "Si quieres visitar el centro,",
    "Para cualquier consulta,", "Para pedir cita,",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped; the one field whose two numbers stand on
    two lines is written with `` / `` between them (the numbers unchanged)."""
    return _f(row, PHONE).replace("\n", " / ")


def day_centre(row: dict[str, Any]) -> bool:
    """Whether the row is of the day centres' list (else the residences')."""
    return "200342-0-centros-dia.csv" in row["path"]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Madrid, CET)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def street(row: dict[str, Any]) -> str:
    """The street as the lists give it (``CALLE ARMENGOT 2``)."""
    parts = (_f(row, "CLASE-VIAL"), _f(row, "NOMBRE-VIA"), _f(row, "NUM"))
    return " ".join(p for p in parts if p)


def _kind(row: dict[str, Any]) -> str:
    return "centro de día" if day_centre(row) else "residencia o apartamentos para mayores"


def _x(value: str) -> str:
    return escape(value)


def nacex_request(row: dict[str, Any], rng: random.Random) -> str:
    """A Nacex ``putExpedicion`` request as a ``curl -G`` command with ``--data-urlencode``
    parameters: the method, an invented user and MD5 password, and ``data``, the shipment's
    ``key=value`` pairs joined by ``|`` as Nacex documents them: an invented delegation and
    client number, the date, service ``08``, payment ``O``, a reference, package ``2``, parcels
    and weight, the city's department as pickup (``nom_rec``, ``dir_rec``, ``cp_rec``,
    ``pais_rec``, ``pob_rec``), the centre as delivery (``nom_ent``, ``dir_ent``, ``pais_ent``,
    ``cp_ent``, ``pob_ent``, ``tel_ent``), two ``obs`` lines and, with ``ins_adi=S``, an
    additional instruction repeating the number."""
    tel, when = phone(row), _when(rng)
    ref = f"DGM-{when:%y}-{rng.randint(1000, 9999)}"
    password = hashlib.md5(f"{SPLIT}:{ref}".encode()).hexdigest()
    pairs = [
        ("del_cli", f"{rng.randint(2800, 2899):04d}"),
        ("num_cli", f"{rng.randint(1, 99999):05d}"),
        ("fec", f"{when:%d/%m/%Y}"),
        ("tip_ser", "08"),
        ("tip_cob", "O"),
        ("ref_cli", ref),
        ("tip_env", "2"),
        ("bul", f"{rng.randint(1, 6):03d}"),
        ("kil", f"{rng.randint(1, 24)}.{rng.randint(0, 999):03d}"),
        ("nom_rec", "AYTO MADRID DG MAYORES"),
        ("dir_rec", "PASEO DE LA CHOPERA 41"),
        ("cp_rec", "28045"),
        ("pais_rec", "ES"),
        ("pob_rec", "MADRID"),
        ("nom_ent", _f(row, "NOMBRE")),
        ("per_ent", "Recepción"),
        ("dir_ent", street(row)),
        ("pais_ent", "ES"),
        ("cp_ent", _f(row, "CODIGO-POSTAL")),
        ("pob_ent", _f(row, "LOCALIDAD")),
        ("tel_ent", tel),
        ("obs1", rng.choice(MATERIAL)[:38]),
        ("obs2", f"Barrio {_f(row, 'BARRIO')}"[:38]),
        ("ins_adi", "S"),
        ("ins_adi1", "Entregar en horario de centro"),
        ("ins_adi2", f"Avisar antes al {tel}"),
    ]
    payload = "|".join(f"{k}={v}" for k, v in pairs).replace("'", "'\\''")
    lines = [
        f"# Alta de expedición Nacex: {_kind(row)} (datos.madrid.es, PK {_f(row, 'PK')})",
        "curl -G 'https://pda.nacex.com/nacex_ws/ws' \\",
        "  --data-urlencode 'method=putExpedicion' \\",
        f"  --data-urlencode 'user=DGMAYORES{rng.randint(10, 99)}' \\",
        f"  --data-urlencode 'pass={password}' \\",
        f"  --data-urlencode 'data={payload}'",
        "",
    ]
    return "\n".join(lines)


def claws_addrbook(row: dict[str, Any], rng: random.Random) -> str:
    """A Claws Mail address book file (``addrbook-000003.xml``) of the department's contacts:
    the centre as ``person`` (``cn`` its name, no e-mail address in its ``address-list``) with
    ``attribute``s for the phone, the address, the district and coordinates and a note
    repeating the number; invented uids."""
    name, tel = _f(row, "NOMBRE"), phone(row)
    uids = [str(rng.randint(100000000, 1999999999)) for _ in range(7)]
    where = f"{street(row)}, {_f(row, 'CODIGO-POSTAL')} Madrid"
    coords = f"{_f(row, 'LATITUD')}, {_f(row, 'LONGITUD')}"
    hours = _f(row, "HORARIO")
    attrs = [
        ("Teléfono", tel),
        ("Dirección", where),
        ("Distrito", f"{_f(row, 'DISTRITO')} ({_f(row, 'BARRIO')})"),
        ("Coordenadas", coords),
    ]
    if hours:
        attrs.append(("Horario", hours))
    attrs.append(("Notas", f"{_kind(row).capitalize()}. Para visitas llamar al {tel}."))
    lines = [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<address-book name="Centros de mayores - Madrid" >',
        f'  <person uid="{uids[0]}" first-name="" last-name="" nick-name="" cn={quoteattr(name)} >',
        "    <address-list>",
        "    </address-list>",
        "    <attribute-list>",
        *(
            f'      <attribute uid="{uid}" name={quoteattr(key)} >{_x(value)}</attribute>'
            for uid, (key, value) in zip(uids[1:], attrs, strict=False)
        ),
        "    </attribute-list>",
        "  </person>",
        "</address-book>",
        "",
    ]
    return "\n".join(lines)


def _content_id(rng: random.Random) -> str:
    return "builtin_text-" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789")
                                     for _ in range(6))  # fmt: skip


def botpress_content(row: dict[str, Any], rng: random.Random) -> str:
    """A Botpress v12 content-element file (``data/bots/mayores-madrid/content-elements/
    builtin_text.json``): two ``builtin_text`` elements in Spanish (``text$es``, ``typing$es``,
    ``markdown$es``, ``variations$es``), the centre's card (name, kind, address, neighbourhood,
    the number) and an answer repeating it, again in its one ``variations$es`` entry; invented
    ids and times (the answer created when the card was last modified)."""
    name, tel, when = _f(row, "NOMBRE"), phone(row), _when(rng)
    later = when + dt.timedelta(minutes=rng.randint(3, 600))
    card = (
        f"**{name}**\n{_kind(row).capitalize()} en {street(row)}, {_f(row, 'CODIGO-POSTAL')} "
        f"Madrid ({_f(row, 'BARRIO')}, {_f(row, 'DISTRITO')}).\nTeléfono: {tel}"
    )
    answer = f"{rng.choice(OPENINGS)} puedes llamar al {tel} en horario de atención."
    stamp = [f"{t:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z" for t in (when, later)]
    elements = [
        {
            "id": _content_id(rng),
            "formData": {
                "text$es": card,
                "variations$es": [],
                "typing$es": True,
                "markdown$es": True,
            },
            "createdBy": "admin",
            "createdOn": stamp[0],
            "modifiedOn": stamp[1],
        },
        {
            "id": _content_id(rng),
            "formData": {
                "text$es": answer,
                "variations$es": [f"Teléfono del centro: {tel}"],
                "typing$es": True,
                "markdown$es": False,
            },
            "createdBy": "admin",
            "createdOn": stamp[1],
            "modifiedOn": stamp[1],
        },
    ]
    return json.dumps(elements, ensure_ascii=False, indent=2) + "\n"


def smarty_template(row: dict[str, Any], rng: random.Random) -> str:
    """A Smarty template (``ficha_centro_<PK>.tpl``) of a resource guide's page: a comment
    naming the source and an invented date, ``{assign}`` of the name and the number, the card
    with the address and coordinates, a ``tel:`` link built from the number with
    ``replace:' ':''`` and a paragraph repeating the number, the hours where the row has them."""
    name, tel, when = _f(row, "NOMBRE"), phone(row), _when(rng)
    hours = _f(row, "HORARIO")
    lines = [
        f"{{* Ficha generada desde datos.madrid.es (PK {_f(row, 'PK')}) el {when:%d/%m/%Y} *}}",
        f'{{assign var="centro" value="{name}"}}',
        f'{{assign var="telefono" value="{tel}"}}',
        f'<article class="ficha-centro" data-pk="{_f(row, "PK")}">',
        "  <h2>{$centro|escape:'html'}</h2>",
        f'  <p class="tipo">{_x(_kind(row).capitalize())}</p>',
        f'  <p class="direccion">{_x(street(row))}, {_f(row, "CODIGO-POSTAL")} Madrid '
        f"&middot; {_x(_f(row, 'BARRIO'))} ({_x(_f(row, 'DISTRITO'))})</p>",
        "  <p class=\"telefono\">Tel.: {$telefono|escape:'html'}</p>",
    ]
    if hours:
        lines.append(f'  <p class="horario">{_x(hours)}</p>')
    lines += [
        f'  <p class="aviso">Información y citas en el teléfono {tel}.</p>',
        f'  <div class="mapa" data-lat="{_f(row, "LATITUD")}" '
        f'data-lon="{_f(row, "LONGITUD")}"></div>',
        "</article>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "nacex_request": nacex_request,
    "claws_addrbook": claws_addrbook,
    "botpress_content": botpress_content,
    "smarty_template": smarty_template,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the lists in its layout: each copy of its phone field labelled."""
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
