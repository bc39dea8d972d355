"""held_out_287 of the PII evaluation set: real phone fields of a list no earlier part used
(Tenerife's education and culture centres; Spain's earlier parts took other registers) exactly
as published, in layouts no earlier part has, beside the list's own names, streets, postcodes
and municipalities.

The procedure of ``held_out_30``, on another list and other layouts; earlier parts took
national numbers from registers of ES (Catalan, Madrid and Galician schools, Castilla y León's
libraries and restaurants, the CGPJ's courts, the BDGEL's councils, Madrid's elderly centres and
others), GB, JP, FR and many others; here:

* the values are the ``tf``, ``fax`` and ``email`` fields of 400 centres
  (``scripts/data/pii_es_tenerife_centres.json``, written by
  ``scripts/es_tenerife_centres_data.py``; source and licence in that file): Spanish numbers
  as the list writes them, nine digits in one run (``922810294``; mobiles ``6xx``, a freephone
  ``900``), the fax the same way where it has one (a fax that repeats the phone number is
  labelled as the phone's), and the centre's own mailbox where the list has one
  (``38001930@gobiernodecanarias.org``, ``biblioteca@adeje.es``), each copy labelled;
* the text around them is the same row's real fields: the name, the street type's abbreviation,
  street and number, locality, postcode (``38430``) and municipality, with invented ids,
  tokens, references, agency and client codes, dates, weights, sizes and amounts, unlabelled
  and scored;
* in layouts no earlier part has, of Spanish services, text in Spanish: Typeform webhook
  payloads (Typeform, Barcelona) of a form updating the centre's contact details for a guide
  (``form_response`` with its ``definition`` and ``answers``: the number as a ``short_text``
  answer, the fax likewise, the mailbox as an ``email`` answer, the municipality as a
  ``dropdown`` choice), Signaturit ``POST /v3/signatures.json`` requests (Signaturit,
  Barcelona) sending a collaboration agreement to the centre's mailbox for e-signature, as the
  API's ``curl -F`` form fields (the number and fax in ``data[...]`` metadata and the number
  again in the e-mail ``body``), TIPSA ``WebServService___GrabaEnvio24`` SOAP requests (TIPSA,
  a Spanish courier: a ``ROClientIDHeader`` session, the centre as consignee with
  ``strTlfDes`` and an ``strObs`` note repeating the number) and Packlink PRO
  ``POST /v1/shipments`` bodies (Packlink, Madrid: the centre as ``to`` with its ``phone``).
  The rows whose list has a kept mailbox are the e-mail layouts' (Typeform and Signaturit, in
  turn by the row's index), the others the couriers' (TIPSA and Packlink, likewise).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_287.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_tenerife_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_287.jsonl.gz"
SPLIT = "held_out_287"

LAYOUTS = ("typeform_webhook", "signaturit_request", "tipsa_soap", "packlink_shipment")
PHONE, FAX = "tf", "fax"
# the characters that may not stand next to a copy of each kind of value
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@+-]"}

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented programmes and parcels (no real programme or order is meant)
PROGRAMMES = (
    "Tenerife Lee", "Aulas Abiertas al Patrimonio", "Rutas Escolares por la Isla",
    "Ciencia en el Barrio", "Música en los Centros",
)  # fmt: skip
CONTENTS = (
    ("Lote de libros de lectura", 38.5), ("Material didáctico", 64.0),
    ("Carteles y folletos de la programación", 12.9), ("Kit de robótica educativa", 149.0),
    ("Fondos bibliográficos en préstamo", 85.0), ("Paneles de exposición itinerante", 120.0),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has none)."""
    return row["fields"].get(key) or ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field where it holds a number (the list's ``0`` is none)."""
    value = _f(row, FAX)
    return value if sum(c.isdigit() for c in value) >= 6 else ""


def email(row: dict[str, Any]) -> str:
    """The row's kept mailbox ("" where none was kept)."""
    return _f(row, "email")


def street(row: dict[str, Any]) -> str:
    """The street as the list gives it: the type's abbreviation, street and number
    (``Cl Fray Cristobal Oramas, 11``)."""
    line = f"{_f(row, 'sigla')} {_f(row, 'dir')}".strip()
    return f"{line}, {_f(row, 'num')}" if _f(row, "num") else line


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row: an e-mail layout where the row has a kept mailbox, a
    courier's otherwise, in turn by the index."""
    return LAYOUTS[n % 2] if email(row) else LAYOUTS[2 + n % 2]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone, fax and mailbox labelled (a
    fax copy that is the phone's is the phone's)."""
    values = [("phone", phone(row)), ("fax", fax(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE, "fax": FAX}, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _ulid(rng: random.Random) -> str:
    """An invented ULID (26 characters of Crockford's base 32, a 2024 timestamp's ``01H``)."""
    return "01H" + _token(rng, 23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def _guid(rng: random.Random) -> str:
    h = _token(rng, 32, "0123456789ABCDEF")
    return f"{{{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}}}"


def _place(row: dict[str, Any]) -> str:
    """The locality and municipality (``El Medano, Granadilla de Abona``)."""
    ref, municipio = _f(row, "ref"), _f(row, "municipio")
    return f"{ref}, {municipio}" if ref else municipio


def typeform_webhook(row: dict[str, Any], rng: random.Random) -> str:
    """A Typeform webhook payload (``event_type`` ``form_response``) of an invented form of the
    island's guide of centres: the ``definition`` of its fields (ids of 12 characters, ``ref``s,
    types) and the ``answers``: the centre's name, street, locality, postcode, the phone and fax
    as ``short_text`` answers (``text``), the mailbox as an ``email`` answer, the municipality as
    a ``dropdown`` ``choice`` and a ``yes_no`` consent; an invented event id (a ULID), form id,
    response token and landing and submission times, and the row's INE code as a hidden
    field."""
    landed = _when(rng)
    submitted = landed + dt.timedelta(seconds=rng.randint(70, 900))
    form_id = _token(rng, 8)
    questions = [
        ("nombre_centro", "short_text", "Nombre del centro", _f(row, "nombre")),
        ("direccion", "short_text", "Dirección (vía, nombre y número)", street(row)),
        ("localidad", "short_text", "Localidad o barrio", _f(row, "ref")),
        ("codigo_postal", "short_text", "Código postal", _f(row, "cp")),
        ("municipio", "dropdown", "Municipio", _f(row, "municipio")),
        ("telefono", "short_text", "Teléfono de contacto del centro", phone(row)),
        ("fax", "short_text", "Fax (si dispone de él)", fax(row)),
        ("email", "email", "Correo electrónico del centro", email(row)),
        ("consentimiento", "yes_no", "¿Autoriza la publicación de estos datos en la guía?", True),
    ]
    fields, answers = [], []
    for ref, kind, title, value in questions:
        fid = _token(rng, 12)
        fields.append({"id": fid, "ref": ref, "type": kind, "title": title, "properties": {}})
        if value in ("", None):
            continue
        field = {"id": fid, "type": kind, "ref": ref}
        if kind == "email":
            answers.append({"type": "email", "email": value, "field": field})
        elif kind == "dropdown":
            answers.append({"type": "choice", "choice": {"label": value}, "field": field})
        elif kind == "yes_no":
            answers.append({"type": "boolean", "boolean": value, "field": field})
        else:
            answers.append({"type": "text", "text": value, "field": field})
    payload = {
        "event_id": _ulid(rng),
        "event_type": "form_response",
        "form_response": {
            "form_id": form_id,
            "token": _token(rng, 32, string.ascii_lowercase + string.digits),
            "landed_at": f"{landed:%Y-%m-%dT%H:%M:%SZ}",
            "submitted_at": f"{submitted:%Y-%m-%dT%H:%M:%SZ}",
            "hidden": {"codigo_ine": _f(row, "mun")},
            "definition": {
                "id": form_id,
                "title": "Guía de centros educativos y culturales de Tenerife: datos de contacto",
                "fields": fields,
            },
            "answers": answers,
            "ending": {"id": _token(rng, 12), "ref": "gracias"},
        },
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _sh(value: str) -> str:
    """``value`` inside a shell's double quotes."""
    for c in '\\"$`':
        value = value.replace(c, "\\" + c)
    return value


def signaturit_request(row: dict[str, Any], rng: random.Random) -> str:
    """A Signaturit ``POST /v3/signatures.json`` request as the API reference writes it, a
    ``curl`` command with ``-F`` form fields: an invented bearer token, the centre as
    ``recipients[0]`` (its name and mailbox), an invented agreement's PDF as ``files[0]``, the
    ``subject``, an e-mail ``body`` naming the phone number, ``delivery_type`` ``email``,
    ``expire_time`` and ``reminders``, and ``data[...]`` metadata with the programme, an
    invented file number, the street, postcode, municipality, phone and fax (where the row has
    one)."""
    name, tel = _f(row, "nombre"), phone(row)
    when = _when(rng)
    programme = rng.choice(PROGRAMMES)
    expediente = f"{when.year}/{rng.randint(100, 9999):04d}"
    slug = "".join(c for c in programme.lower() if c.isalnum())
    body = (
        f"Le remitimos el convenio de adhesión al programa «{programme}» para {name}. "
        f"Si necesitamos aclarar algún dato le llamaremos al {tel}."
    )
    fields = [
        ("recipients[0][name]", name),
        ("recipients[0][email]", email(row)),
        ("files[0]", f"@convenio_{slug}_{expediente.replace('/', '-')}.pdf"),
        ("subject", f"Convenio {programme} {when.year}-{when.year + 1}: firma del centro"),
        ("body", body),
        ("delivery_type", "email"),
        ("expire_time", str(rng.choice((15, 30, 45)))),
        ("reminders", str(rng.choice((3, 5, 7)))),
        ("data[programa]", programme),
        ("data[expediente]", expediente),
        ("data[direccion]", street(row)),
        ("data[codigo_postal]", _f(row, "cp")),
        ("data[municipio]", _f(row, "municipio")),
        ("data[telefono]", tel),
    ]
    if fax(row):
        fields.append(("data[fax]", fax(row)))
    lines = [
        "curl -i -X POST https://api.signaturit.com/v3/signatures.json \\",
        f'  -H "Authorization: Bearer {_token(rng, 64)}" \\',
    ]
    lines += [f'  -F "{key}={_sh(value)}" \\' for key, value in fields[:-1]]
    key, value = fields[-1]
    lines.append(f'  -F "{key}={_sh(value)}"')
    return "\n".join(lines) + "\n"


def _x(value: str) -> str:
    """``value`` as XML text."""
    return escape(value)


def tipsa_soap(row: dict[str, Any], rng: random.Random) -> str:
    """A TIPSA ``WebServService___GrabaEnvio24`` SOAP 1.1 request: the ``ROClientIDHeader``
    with an invented session GUID, invented agency and client codes, date, service code and
    reference, an invented distributor in Santa Cruz de Tenerife as sender, the centre as
    consignee (``strNomDes``, ``strDirDes``, ``strPobDes``, ``strCPDes``, ``strTlfDes``), the
    parcels, weight and contents, and an ``strObs`` note repeating the number."""
    name, tel = _f(row, "nombre"), phone(row)
    when = _when(rng)
    agency = f"38{rng.randint(0, 9999):04d}"
    content, _ = rng.choice(CONTENTS)
    parcels = rng.randint(1, 4)
    weight = round(rng.uniform(1.5, 9.5) * parcels, 1)
    obs = f"Entregar en secretaría en horario de mañana. Llamar antes al {tel}."
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
        "  <soap:Header>",
        '    <ROClientIDHeader xmlns="http://tempuri.org/">',
        f"      <ID>{_guid(rng)}</ID>",
        "    </ROClientIDHeader>",
        "  </soap:Header>",
        "  <soap:Body>",
        '    <WebServService___GrabaEnvio24 xmlns="http://tempuri.org/">',
        f"      <strCodAgeCargo>{agency}</strCodAgeCargo>",
        f"      <strCodAgeOri>{agency}</strCodAgeOri>",
        f"      <dtFecha>{when:%Y/%m/%d}</dtFecha>",
        f"      <strCodTipoServ>{rng.choice(('14', '24', '48'))}</strCodTipoServ>",
        f"      <strCodCli>{rng.randint(10000, 99999)}</strCodCli>",
        "      <strNomOri>Distribuciones Didácticas del Atlántico</strNomOri>",
        "      <strDirOri>Cl Subida al Mayorazgo, nave 14</strDirOri>",
        "      <strPobOri>Santa Cruz de Tenerife</strPobOri>",
        "      <strCPOri>38110</strCPOri>",
        f"      <strNomDes>{_x(name)}</strNomDes>",
        f"      <strDirDes>{_x(street(row))}</strDirDes>",
        f"      <strPobDes>{_x(_place(row))}</strPobDes>",
        f"      <strCPDes>{_x(_f(row, 'cp'))}</strCPDes>",
        f"      <strTlfDes>{tel}</strTlfDes>",
        "      <intDoc>0</intDoc>",
        f"      <intPaq>{parcels}</intPaq>",
        f"      <dPesoOri>{weight}</dPesoOri>",
        f"      <strContenido>{_x(content)}</strContenido>",
        f"      <strObs>{_x(obs)}</strObs>",
        "      <boDesSMS>false</boDesSMS>",
        "      <boDesEmail>false</boDesEmail>",
        f"      <strRef>DDA-{when:%y%m}-{rng.randint(1000, 9999)}</strRef>",
        "      <boInsert>true</boInsert>",
        "    </WebServService___GrabaEnvio24>",
        "  </soap:Body>",
        "</soap:Envelope>",
        "",
    ]
    return "\n".join(lines)


def packlink_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Packlink PRO ``POST /v1/shipments`` body: an invented distributor's warehouse in Santa
    Cruz de Tenerife as ``from`` (no phone), the centre as ``to`` (its secretary's office as
    name, the centre as ``company``, street, postcode, municipality, ``ES``, ``phone``), the
    packages' sizes and weights, an invented service id, collection date and time, contents
    and value, and an invented custom reference and order id."""
    when = _when(rng)
    content, value = rng.choice(CONTENTS)
    packages = [
        {
            "weight": round(rng.uniform(1.0, 12.0), 1),
            "length": rng.choice((30, 40, 50, 60)),
            "width": rng.choice((20, 30, 40)),
            "height": rng.choice((10, 15, 20, 30)),
        }
        for _ in range(rng.randint(1, 3))
    ]
    order = rng.randint(1000, 99999)
    body = {
        "from": {
            "name": "Almacén",
            "surname": "Expediciones",
            "company": "Distribuciones Didácticas del Atlántico",
            "street1": "Cl Subida al Mayorazgo, nave 14",
            "zip_code": "38110",
            "city": "Santa Cruz de Tenerife",
            "country": "ES",
        },
        "to": {
            "name": "Secretaría",
            "surname": "del centro",
            "company": _f(row, "nombre"),
            "street1": street(row),
            "street2": _f(row, "ref"),
            "zip_code": _f(row, "cp"),
            "city": _f(row, "municipio"),
            "country": "ES",
            "phone": phone(row),
        },
        "packages": packages,
        "service_id": rng.choice((20127, 20149, 20945, 21138)),
        "collection_date": f"{when:%Y/%m/%d}",
        "collection_time": rng.choice(("09:00-14:00", "10:00-18:00")),
        "content": content,
        "contentvalue": value,
        "contentValue_currency": "EUR",
        "content_second_hand": False,
        "priority": False,
        "shipment_custom_reference": f"DDA-{when:%y%m}-{rng.randint(1000, 9999)}",
        "additional_data": {"order_id": str(order)},
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "typeform_webhook": typeform_webhook,
    "signaturit_request": signaturit_request,
    "tipsa_soap": tipsa_soap,
    "packlink_shipment": packlink_shipment,
}


def international(value: str) -> bool:
    """A number written with its country code."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone, fax and mailbox
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
