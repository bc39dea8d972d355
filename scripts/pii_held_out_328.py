"""held_out_328 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Mexico City's directory of the information officers of its public bodies, published
by the Agencia Digital de Innovación Pública; Mexico's earlier parts took other registers)
exactly as published, in layouts no earlier part has, beside the directory's own names of the
public bodies.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
numbers from registers of many countries, Mexico's among them (the Secretaría de Cultura's
museums, INEGI's DENUE, the State of Chiapas's schools, the municipality of Jesús María, the
STPS's employment offices); here:

* the values are the ``Teléfono`` and ``Correo`` fields of 84 officers' rows of the city's
  secretariats, alcaldías, decentralised bodies, trusts and funds
  (``scripts/data/pii_mx_cdmx_info_officers.json``, written by
  ``scripts/mx_cdmx_info_officers_data.py``; source and licence in that file): Mexico City's
  ten digits run together as the directory writes them, an extension after most
  (``5551182800 ext. 310``, ``5551410807 ext. 1561 y 5061``, ``5553455916 ext. 5903, 5916``),
  four of eight digits (``56981300 ext. 178``, ``56048730``), one of eight beginning ``13``
  (``13286300 ext. 6408``); the number labelled wherever it stands, alone or with its
  extension, the extension never; the addresses on the institutions' domains
  (``spineda@finanzas.cdmx.gob.mx``, ``gortiz@paot.org.mx``), labelled;
* the text around them is the same row's real public body's name (``Fideicomiso Museo del
  Estanquillo``), with invented SIPOT field ids and dates, LimeSurvey survey, group and
  question ids (``734291X12X101``), Conekta and Openpay customer and payment-source ids, OXXO
  and Paynet references and Unix times, unlabelled and scored;
* in layouts no earlier part has, of Mexico's transparency system and of Mexican payment
  gateways, text in Spanish, every row once in each: the SIPOT load format of the Plataforma
  Nacional de Transparencia for the Ley General's article 70 fracción XIII (the transparency
  unit; the template's header rows, the number in ``Número telefónico oficial 1`` and its
  extension in ``Extensión 1``, the addresses in ``Correo electrónico oficial``, a ``Nota``
  repeating the whole field), LimeSurvey response archives (``.lsr`` XML, a data-maturity
  survey of the city's data policy answered for the body: SGQA-named answers holding the whole
  phone field and the addresses, a comment repeating the field), Conekta API customer objects
  (JSON: ``phone`` the number, ``email`` the first address, ``metadata`` with the whole field,
  its extension and the second address; an OXXO recurrent payment source) and Openpay API
  customer objects (JSON: ``phone_number`` and ``email``, a Paynet ``store`` reference).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_328.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_mx_cdmx_info_officers.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_328.jsonl.gz"
SPLIT = "held_out_328"

LAYOUTS = ("sipot_fr13", "limesurvey_lsr", "conekta_customer", "openpay_customer")
PHONE = "Teléfono"
EMPTY = "No Disponible"
TZ = dt.timezone(dt.timedelta(hours=-6))  # Mexico City's time in 2021 (winter)
EDGES = {"phone": r"\d", "email": r"[\w.+@-]"}

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# where the extension of a phone field begins
_EXT = re.compile(r"\s+ext\.\s*")


def entries() -> dict[str, list[dict[str, Any]]]:
    """Each row of the directory once per layout, in the file's order: the ``n``-th entry is
    row ``n // 4`` in layout ``n % 4``."""
    return {loc: [row for row in rows for _ in LAYOUTS] for loc, rows in by_locale().items()}


def layout_of(n: int) -> str:
    """The layout of the ``n``-th entry."""
    return LAYOUTS[n % len(LAYOUTS)]


def _f(row: dict[str, Any], key: str) -> str:
    return row["fields"][key]


def name(row: dict[str, Any]) -> str:
    return _f(row, "Ente Público")


def field(row: dict[str, Any]) -> str:
    """The row's phone field as published ("" where the directory has ``No Disponible``)."""
    value = _f(row, PHONE)
    return "" if value == EMPTY else value


def number(row: dict[str, Any]) -> str:
    """The number of the phone field, its extension left off ("" where it has none)."""
    return _EXT.split(field(row), maxsplit=1)[0]


def extension(row: dict[str, Any]) -> str:
    """The extension of the phone field as published (``1561 y 5061``), "" where it has none."""
    parts = _EXT.split(field(row), maxsplit=1)
    return parts[1] if len(parts) == 2 else ""


def emails(row: dict[str, Any]) -> list[str]:
    return list(row["fields"]["correos"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the first half of 2021 (Mexico City's time)."""
    start = dt.datetime(2021, 1, 11, 8, 0, tzinfo=TZ)
    return start + dt.timedelta(seconds=rng.randint(0, 160 * 86400))


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


# -- SIPOT ---------------------------------------------------------------------------------------

SIPOT_COLUMNS = (
    ("Ejercicio", "1"),
    ("Fecha de inicio del periodo que se informa", "4"),
    ("Fecha de término del periodo que se informa", "4"),
    ("Tipo de vialidad (catálogo)", "9"),
    ("Nombre de vialidad", "1"),
    ("Número exterior", "1"),
    ("Número interior, en su caso", "1"),
    ("Tipo de asentamiento (catálogo)", "9"),
    ("Nombre del asentamiento", "1"),
    ("Clave de la localidad", "1"),
    ("Nombre de la localidad", "1"),
    ("Clave del municipio", "1"),
    ("Nombre del municipio o delegación", "1"),
    ("Clave de la entidad federativa", "1"),
    ("Nombre de la entidad federativa (catálogo)", "9"),
    ("Código postal", "1"),
    ("Número telefónico oficial 1", "1"),
    ("Extensión 1", "1"),
    ("Número telefónico oficial 2", "1"),
    ("Extensión 2", "1"),
    ("Horario de atención de la Unidad de Transparencia", "2"),
    ("Correo electrónico oficial", "1"),
    ("Leyenda: Se reciben solicitudes de información pública respecto a (sujeto obligado), "
     "a través del correo electrónico oficial de la Unidad de Transparencia, en el domicilio "
     "oficial de ésta, vía telefónica, por correo postal, mensajería, telégrafo, verbalmente "
     "ante el personal habilitado que las capturará en el sistema electrónico de solicitudes; "
     "o cualquier medio aprobado por el Sistema Nacional", "2"),
    ("Hipervínculo a la dirección electrónica a través de la cual se recibirán las "
     "solicitudes para obtener la información", "7"),
    ("Nombre del responsable de la Unidad de Transparencia \nTabla_374460", "10"),
    ("Área(s) responsable(s) que genera(n), posee(n), publica(n) y actualizan la información",
     "2"),
    ("Fecha de validación", "4"),
    ("Fecha de actualización", "4"),
    ("Nota", "2"),
)  # fmt: skip
SIPOT_FIRST_ID = 374432  # invented ids of the template's fields
LEYENDA = (
    "Se reciben solicitudes de información pública respecto a {name}, a través del correo "
    "electrónico oficial de la Unidad de Transparencia, en el domicilio oficial de ésta, vía "
    "telefónica, por correo postal, mensajería, telégrafo, verbalmente ante el personal "
    "habilitado que las capturará en el sistema electrónico de solicitudes; o cualquier medio "
    "aprobado por el Sistema Nacional"
)


def _csv_line(cells: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    return out.getvalue()


def sipot_fr13(row: dict[str, Any], rng: random.Random) -> str:
    """The SIPOT load file of the Plataforma Nacional de Transparencia for the Ley General's
    article 70 fracción XIII (``LGT_ART70_FXIII``, the body's transparency unit), as a CSV of
    the Excel template: the format's hidden id, the ``TÍTULO``/``NOMBRE CORTO``/``DESCRIPCIÓN``
    rows, the field types and invented field ids, ``Tabla Campos`` and the labels, then one
    row of the quarter: no address (the body publishes it in its own unit's row), Mexico
    City's key ``09``, the number in ``Número telefónico oficial 1`` and its extension in
    ``Extensión 1``, the addresses in ``Correo electrónico oficial``, a ``Nota`` in Spanish
    repeating the whole phone field and the addresses."""
    when = _when(rng)
    quarter = (when.month - 1) // 3
    first = dt.date(when.year, 3 * quarter + 1, 1)
    last = dt.date(when.year + (quarter == 3), (3 * quarter + 3) % 12 + 1, 1) - dt.timedelta(days=1)
    updated = last + dt.timedelta(days=rng.randint(5, 25))
    mail = "; ".join(emails(row))
    contact = []
    if field(row):
        contact.append(f"teléfono {field(row)}")
    if mail:
        contact.append(f"correo {mail}")
    nota = (
        "El domicilio de la Unidad de Transparencia se publica en el formato del sujeto "
        "obligado. Oficial de Información de la Política de Gestión de Datos de la Ciudad de "
        f"México: {', '.join(contact)} (directorio de la ADIP)."
    )
    data_row = [
        str(when.year),
        f"{first:%d/%m/%Y}",
        f"{last:%d/%m/%Y}",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "09",
        "Ciudad de México",
        "",
        number(row),
        extension(row),
        "",
        "",
        "Lunes a viernes de 9:00 a 15:00 horas",
        mail,
        LEYENDA.format(name=name(row)),
        "https://www.plataformadetransparencia.org.mx/",
        str(rng.randint(1, 40)),
        "Unidad de Transparencia",
        f"{updated:%d/%m/%Y}",
        f"{updated:%d/%m/%Y}",
        nota,
    ]
    fid = SIPOT_FIRST_ID + rng.randrange(0, 9000, 50)
    return "".join(
        [
            _csv_line([str(fid - 7)]),
            _csv_line(["TÍTULO", "NOMBRE CORTO", "DESCRIPCIÓN"]),
            _csv_line(
                [
                    "Unidad de Transparencia (UT)",
                    "LGT_ART70_FXIII_2018",
                    "Domicilio de la Unidad de Transparencia, además de la dirección electrónica "
                    "donde podrán recibirse las solicitudes para obtener la información",
                ]
            ),
            _csv_line([kind for _, kind in SIPOT_COLUMNS]),
            _csv_line([str(fid + i) for i in range(len(SIPOT_COLUMNS))]),
            _csv_line(["Tabla Campos"]),
            _csv_line([label for label, _ in SIPOT_COLUMNS]),
            _csv_line(data_row),
        ]
    )


# -- LimeSurvey ----------------------------------------------------------------------------------

MATURITY = (
    ("A1", "Inicial"),
    ("A2", "En desarrollo"),
    ("A3", "Definido"),
    ("A4", "Gestionado"),
    ("A5", "Optimizado"),
)


def _cdata(value: str) -> str:
    assert "]]>" not in value
    return f"<![CDATA[{value}]]>"


def limesurvey_lsr(row: dict[str, Any], rng: random.Random) -> str:
    """A LimeSurvey response archive (``.lsr``, the responses file of a survey's ``.lsa``):
    ``LimeSurveyDocType`` ``Responses``, the ``fields`` of the response table (``id``,
    ``submitdate``, ``lastpage``, ``startlanguage``, ``seed``, ``startdate``, ``datestamp`` and
    the answers' SGQA names of an invented survey id) and one ``row``, each value in CDATA,
    each SGQA element named with a leading ``_``: the body's name, its maturity level code,
    the whole phone field, the addresses and a comment in Spanish repeating the field."""
    sid, gid = rng.randint(100000, 999999), rng.randint(10, 40)
    qid = rng.randint(100, 900)
    when = _when(rng)
    start = when - dt.timedelta(minutes=rng.randint(4, 40))
    level = rng.choice(MATURITY)
    comment = f"El inventario de datos de {name(row)} se encuentra en nivel {level[1].lower()}."
    if field(row):
        comment += f" Para dudas, comunicarse al {field(row)} con el Oficial de Información."
    answers = [
        (f"{sid}X{gid}X{qid}", name(row)),
        (f"{sid}X{gid}X{qid + 1}", level[0]),
        (f"{sid}X{gid}X{qid + 2}", field(row)),
        (f"{sid}X{gid}X{qid + 3}", "; ".join(emails(row))),
        (f"{sid}X{gid + 1}X{qid + 4}", comment),
    ]
    meta = [
        ("id", str(rng.randint(1, 180))),
        ("submitdate", f"{when:%Y-%m-%d %H:%M:%S}"),
        ("lastpage", "3"),
        ("startlanguage", "es-MX"),
        ("seed", str(rng.randint(10**8, 2 * 10**9))),
        ("startdate", f"{start:%Y-%m-%d %H:%M:%S}"),
        ("datestamp", f"{when:%Y-%m-%d %H:%M:%S}"),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<document>",
        " <LimeSurveyDocType>Responses</LimeSurveyDocType>",
        " <DBVersion>366</DBVersion>",
        " <responses>",
        "  <fields>",
        *(f"   <fieldname>{key}</fieldname>" for key, _ in [*meta, *answers]),
        "  </fields>",
        "  <rows>",
        "   <row>",
        *(f"    <{key}>{_cdata(value)}</{key}>" for key, value in meta),
        *(f"    <_{key}>{_cdata(value)}</_{key}>" for key, value in answers),
        "   </row>",
        "  </rows>",
        " </responses>",
        "</document>",
        "",
    ]
    return "\n".join(lines)


# -- Conekta and Openpay ---------------------------------------------------------------------------


def conekta_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Conekta API customer object as ``GET /customers/{id}`` returns it: ``livemode``, the
    body as ``name``, the first address as ``email``, the number as ``phone`` (where it has
    one), an invented ``cus_`` id and creation time, ``corporate``, a ``custom_reference``,
    ``metadata`` with the whole phone field, its extension, the second address and the area,
    and an OXXO recurrent payment source with its invented reference."""
    when = _when(rng)
    cid = f"cus_2{_token(rng, 16)}"
    src = f"src_2{_token(rng, 16)}"
    mail = emails(row)
    doc: dict[str, Any] = {"livemode": True, "name": name(row)}
    if mail:
        doc["email"] = mail[0]
    if number(row):
        doc["phone"] = number(row)
    metadata = {"area": "Oficial de Información", "programa": "Política de Gestión de Datos"}
    if field(row):
        metadata["telefono_directorio"] = field(row)
    if extension(row):
        metadata["extension"] = extension(row)
    if len(mail) > 1:
        metadata["correo_alterno"] = mail[1]
    reference = "93" + "".join(rng.choice(string.digits) for _ in range(12))
    doc |= {
        "id": cid,
        "object": "customer",
        "created_at": int(when.timestamp()),
        "corporate": True,
        "custom_reference": f"OI-CDMX-{rng.randint(1, 999):03d}",
        "metadata": metadata,
        "payment_sources": {
            "object": "list",
            "has_more": False,
            "total": 1,
            "data": [
                {
                    "id": src,
                    "object": "payment_source",
                    "type": "oxxo_recurrent",
                    "created_at": int(when.timestamp()) + rng.randint(1, 90),
                    "parent_id": cid,
                    "reference": reference,
                    "barcode": reference,
                    "barcode_url": "https://s3.amazonaws.com/cash_payment_barcodes/"
                    f"{reference}.png",
                    "provider": "Oxxo",
                }
            ],
        },
        "default_payment_source_id": src,
    }
    return _j(doc) + "\n"


def openpay_customer(row: dict[str, Any], rng: random.Random) -> str:
    """An Openpay (Mexico) API customer object as ``GET /v1/{merchant_id}/customers/{id}``
    returns it: an invented id, the body as ``name``, ``email`` (the first address) and
    ``phone_number`` (the number; ``null`` where the row has none), an invented creation date
    in Mexico City's time and ``external_id``, ``status``, ``balance`` and a Paynet ``store``
    reference with its barcode URL."""
    when = _when(rng)
    mail = emails(row)
    store = f"OPENPAY{_token(rng, 10, string.ascii_uppercase + string.digits)}"
    doc = {
        "id": _token(rng, 20, string.ascii_lowercase + string.digits),
        "name": name(row),
        "last_name": None,
        "email": mail[0] if mail else None,
        "phone_number": number(row) or None,
        "address": None,
        "creation_date": when.isoformat(),
        "external_id": f"adip-oi-{rng.randint(1, 999):03d}",
        "clabe": None,
        "status": "active",
        "balance": 0,
        "store": {
            "reference": store,
            "barcode_url": f"https://api.openpay.mx/barcode/{store}?width=1&height=45&text=false",
        },
    }
    return _j(doc) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sipot_fr13": sipot_fr13,
    "limesurvey_lsr": limesurvey_lsr,
    "conekta_customer": conekta_customer,
    "openpay_customer": openpay_customer,
}


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number and of each of its addresses
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address); the extensions stay unlabelled."""
    values = [("phone", number(row)), *(("email", a) for a in emails(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th entry: row ``n // 4`` of the directory in layout ``n % 4``, each copy of its
    number and addresses labelled."""
    from make_pii_eval import coordinates_rng

    row = entries()[locale][n]
    layout = layout_of(n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once per layout, the committed records, a rebuild, the command line
generate, committed, write, main = register_part(DATA, entries, record, __doc__)

if __name__ == "__main__":
    main()
