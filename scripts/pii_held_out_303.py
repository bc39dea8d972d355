"""held_out_303 of the PII evaluation set: real phone fields of the Ayuntamiento de Madrid's
register of citizens' entities (its federations and foundations, Spain; Spain's earlier parts
took other registers, the city's own day centres and residences for older people among them)
exactly as published, with the bodies' mailboxes, in layouts no earlier part has, beside the
register's own names, tax ids, addresses and counts.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
numbers from registers of ES (Catalonia's, Madrid's and Galicia's schools, GISCO's hospitals,
Castilla y León's libraries and restaurants, the CGPJ's courts, the BDGEL's councils, Madrid's
elderly centres, Tenerife's education and culture centres) and many other countries; here:

* the values are the ``Primer_Tlfn`` fields of 124 federations and 105 foundations inscribed in
  the city's Registro Municipal de Entidades Ciudadanas (``scripts/data/pii_es_madrid_entities
  .json``, written by ``scripts/es_madrid_entities_data.py``; source and licence in that file):
  Spanish numbers as the register keeps them, nine digits in one run (``915018335``, a fixed
  line of area code ``91``; ``639846835``, a mobile; one of ten digits, ``6766355997``, kept
  as published), every copy labelled; the body's ``Email`` where the register keeps one (218
  of 229; its outer blanks stripped), every copy labelled;
* the text around them is the same row's real fields: the name, address (street type, street,
  number, floor or door, postcode, town, neighbourhood), ``CIF`` (the body's tax id), register
  number, registration date, web page, category, scope and the counts of members, with
  invented ids, dates, votes, amounts, tax ids of invented donor companies and declaration
  numbers, unlabelled and scored;
* in layouts no earlier part has, of Spanish tax filing and Spanish civic and business
  software, text in Spanish: the AEAT's Modelo 182 (declaración informativa de donativos, the
  fixed-width 250-character records a foundation or federation files: the type 1 record of the
  body as declarant, its number in the contact telephone positions 59-67, and type 2 records
  of invented donor companies), CONSUL Democracy GraphQL API answers (the software of Decide
  Madrid, ``/graphql``, a ``proposal`` published by the body, its number and mailbox in the
  ``description``), Decidim GraphQL API answers (a participatory process's ``Meetings``
  component, a meeting at the body's address, the number and mailbox in the description and
  ``locationHints``) and Quaderno API contacts (the Barcelona invoicing service's ``POST
  /api/contacts`` answer: the body as ``company`` contact with ``tax_id``, ``phone_1``,
  ``email`` and ``notes`` repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_303.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_madrid_entities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_303.jsonl.gz"
SPLIT = "held_out_303"

LAYOUTS = ("aeat_modelo_182", "consul_proposal", "decidim_meeting", "quaderno_contact")
PHONE = "Primer_Tlfn"
# where a layout writes the phone field and the mailbox (the blocks' text holds these marks)
PHONE_MARK, EMAIL_MARK = "\ue000", "\ue001"
# Modelo 182's record length
WIDTH = 250

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# parts of invented donor companies' names (no real company is meant)
TRADES = ("DISTRIBUCIONES", "CONSTRUCCIONES", "GRAFICAS", "TRANSPORTES", "ASESORES",
          "SUMINISTROS", "INSTALACIONES", "EDICIONES", "ALIMENTACION", "LIMPIEZAS")  # fmt: skip
PLACES = ("CASTELLANA", "DEL MANZANARES", "RETIRO", "VALLECAS", "CHAMBERI", "ARGANZUELA",
          "MONCLOA", "TETUAN", "CARABANCHEL", "HORTALEZA")  # fmt: skip
# invented topics of the bodies' proposals and meetings
TOPICS = (
    "Más espacios municipales para las entidades del barrio",
    "Un punto de información para familias en cada distrito",
    "Programa de voluntariado con personas mayores",
    "Accesibilidad en los centros culturales municipales",
    "Huertos urbanos gestionados por entidades sin ánimo de lucro",
    "Ayudas para la digitalización de las asociaciones",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped of its outer blanks ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as the layouts write it: as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The body's mailbox as the layouts write it ("" where the register keeps none)."""
    value = _f(row, "Email")
    return value if "@" in value else ""


def name(row: dict[str, Any]) -> str:
    """The body's name (a federation's ``Razon_Social``, a foundation's ``Denominación``)."""
    return _f(row, "Razon_Social") or _f(row, "Denominación")


def foundation(row: dict[str, Any]) -> bool:
    """Whether the row is of the foundations' list (else the federations')."""
    return "/Fundaciones_" in row["path"]


def register_number(row: dict[str, Any]) -> str:
    """The body's number in the register."""
    return _f(row, "Num_Inscripcion") or _f(row, "Num Inscripción")


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code (none is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index; Modelo 182 holds the declarant's NIF and a
    nine-digit telephone, so a row with no ``CIF`` or whose number is not of nine digits is
    written as a Quaderno contact instead."""
    layout = LAYOUTS[n % len(LAYOUTS)]
    nine = re.fullmatch(r"\d{9}", phone(row))
    if layout == "aeat_modelo_182" and not (nine and _f(row, "CIF")):
        return "quaderno_contact"
    return layout


def street(row: dict[str, Any]) -> str:
    """The street line as the register gives it (``CALLE FERRAZ 55``)."""
    return " ".join(filter(None, (_f(row, "Tipo_Via"), _f(row, "Calle"), _f(row, "Numero"))))


def address(row: dict[str, Any]) -> str:
    """The full address (``CALLE FERRAZ 55, LOCAL, 28008 MADRID``)."""
    town = " ".join(filter(None, (_f(row, "Cod_Postal"), _f(row, "Poblacion"))))
    return ", ".join(filter(None, (street(row), _f(row, "Aproximacion"), town)))


def kind(row: dict[str, Any]) -> str:
    """What the body is, in words."""
    return "fundación" if foundation(row) else "federación de asociaciones"


def members(row: dict[str, Any]) -> str:
    """The register's member counts, in a sentence ("" where it gives none)."""
    if foundation(row):
        count = _f(row, "Num_Socios")
        return f"La fundación declara {count} socios o colaboradores." if count else ""
    total, madrid = _f(row, "Asoc_Totales"), _f(row, "Asoc_Madrid")
    if not total:
        return ""
    return f"Agrupa {total} asociaciones, {madrid or '0'} de ellas en Madrid."


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Madrid, UTC+1)."""
    start = dt.datetime(2024, 1, 9, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _cif(rng: random.Random, letter: str = "B") -> str:
    """An invented CIF of a company (``B``, seven digits and the control digit)."""
    digits = [rng.randint(0, 9) for _ in range(7)]
    odd = sum(sum(divmod(2 * d, 10)) for d in digits[0::2])
    control = (10 - (odd + sum(digits[1::2])) % 10) % 10
    return letter + "".join(map(str, digits)) + str(control)


def _pad(value: str, width: int) -> str:
    """``value`` left-aligned in ``width`` positions (cut where longer), as AEAT's alphanumeric
    fields are."""
    return value[:width].ljust(width)


def _num(value: int, width: int) -> str:
    """``value`` right-aligned with zeros in ``width`` positions, as AEAT's numeric fields are."""
    return str(value).rjust(width, "0")


def aeat_modelo_182(row: dict[str, Any], rng: random.Random) -> str:
    """A Modelo 182 file (declaración informativa de donativos, donaciones y aportaciones
    recibidas) as the AEAT's record design gives it: 250-character records, CRLF between them.
    The type 1 record of the body as declarant (its ``CIF``, name, support ``T``, the contact
    telephone in positions 59-67, the contact, an invented declaration number, the count and
    total of the donations, nature ``1``); a type 2 record per invented donor company (its
    invented CIF and name, province ``28``, key ``A``, 40 % deduction, the amount, nature
    ``J``)."""
    year = 2023
    cif = _f(row, "CIF")
    donors = []
    for _ in range(rng.randint(2, 4)):
        label = f"{rng.choice(TRADES)} {rng.choice(PLACES)} SL"
        donors.append((_cif(rng), label, rng.randint(150, 9000) * 100))
    total = sum(amount for *_, amount in donors)
    number = "182" + _num(rng.randint(0, 10**10 - 1), 10)
    head = (
        "1182" + str(year) + _pad(cif, 9) + _pad(name(row), 40) + "T" + PHONE_MARK
        + _pad("ADMINISTRACION", 40) + number + "  " + "0" * 13
        + _num(len(donors), 9) + _num(total, 15) + "1" + " " * 9 + " " * 40 + " " * 41
    )  # fmt: skip
    lines = [head]
    for donor_cif, label, amount in donors:
        line = (
            "2182" + str(year) + _pad(cif, 9) + donor_cif + " " * 9 + _pad(label, 40) + "28"
            + "A" + "04000" + _num(amount, 13) + " " + "  " + "00000" + "J" + " " + "0000"
            + " " + " " * 20 + rng.choice("12")
        )  # fmt: skip
        lines.append(line.ljust(WIDTH))
    text = "\r\n".join(lines) + "\r\n"
    assert all(len(line) == WIDTH for line in lines[1:]), row["path"]
    assert len(head.replace(PHONE_MARK, phone(row))) == WIDTH, row["path"]
    return text


def _contact(row: dict[str, Any]) -> str:
    """The contact sentence of a description: the number, and the mailbox where there is one."""
    out = f"teléfono {PHONE_MARK}"
    return out + (f" o correo electrónico {EMAIL_MARK}" if email(row) else "")


def consul_proposal(row: dict[str, Any], rng: random.Random) -> str:
    """A CONSUL Democracy GraphQL API answer (``POST /graphql``, query ``proposal(id:)``) of
    Decide Madrid: ``data.proposal`` with an invented id, the body's proposal (title, summary,
    an HTML ``description`` naming the body, its address and category and giving the number
    and mailbox), invented votes and comment count, the creation time, the public author's
    invented user name and the category as tag."""
    when = _when(rng)
    topic = rng.choice(TOPICS)
    body = (
        f"<p>Desde {name(row)}, {kind(row)} inscrita en el Registro Municipal de Entidades "
        f"Ciudadanas con el número {register_number(row)}, proponemos: {topic.lower()}.</p>"
        f"<p>{members(row)} Nuestra sede está en {address(row)} ({_f(row, 'Barrio')}).</p>"
        f"<p>Para sumarte o pedir información: {_contact(row)}.</p>"
    )
    proposal = {
        "id": str(rng.randint(20000, 99999)),
        "title": topic,
        "summary": f"Propuesta de {name(row)} ({_f(row, 'Categoria').lower()}).",
        "description": body,
        "external_url": _f(row, "Internet"),
        "cached_votes_up": rng.randint(0, 900),
        "comments_count": rng.randint(0, 40),
        "public_created_at": when.strftime("%Y-%m-%d %H:%M:%S %z"),
        "public_author": {"username": f"entidad{register_number(row)}"},
        "tags": {"edges": [{"node": {"name": _f(row, "Categoria").capitalize()}}]},
    }
    return json.dumps({"data": {"proposal": proposal}}, ensure_ascii=False, indent=2) + "\n"


def _tr(value: str) -> dict[str, str]:
    """A Decidim translated field as its GraphQL API gives it (``translation(locale: "es")``)."""
    return {"translation": value}


def decidim_meeting(row: dict[str, Any], rng: random.Random) -> str:
    """A Decidim GraphQL API answer (``POST /api``): ``data.participatoryProcess`` with an
    invented id and title, its ``Meetings`` component and one meeting of the body at its
    address: translated title and HTML description (the body, its category and members, the
    number and mailbox), start and end time, ``address``, ``location``, ``locationHints``
    repeating the number, in-person type and registrations."""
    start = _when(rng).replace(hour=rng.randint(10, 19), minute=rng.choice((0, 30)), second=0)
    end = start + dt.timedelta(hours=rng.choice((1, 2, 3)))
    topic = rng.choice(TOPICS)
    description = (
        f"<p>Encuentro abierto organizado por {name(row)} ({kind(row)}, "
        f"{_f(row, 'Categoria').lower()}, ámbito {_f(row, 'Ambito').lower()}).</p>"
        f"<p>{members(row)} Inscripciones y dudas: {_contact(row)}.</p>"
    )
    meeting = {
        "id": str(rng.randint(100, 4000)),
        "title": _tr(topic),
        "description": _tr(description),
        "startTime": start.isoformat(),
        "endTime": end.isoformat(),
        "typeOfMeeting": "in_person",
        "address": address(row),
        "location": _tr(f"Sede de {name(row)}"),
        "locationHints": _tr(f"{_f(row, 'Barrio')}. Si no encuentras la sede, llama al "
                             f"{PHONE_MARK}."),
        "registrationType": "on_this_platform",
        "registrationsEnabled": True,
        "attendeeCount": rng.randint(0, 60),
    }  # fmt: skip
    process = {
        "id": str(rng.randint(1, 90)),
        "title": _tr(f"Presupuestos participativos {start.year}: encuentros de entidades"),
        "components": [
            {
                "id": str(rng.randint(100, 900)),
                "__typename": "Meetings",
                "name": _tr("Encuentros"),
                "meetings": {"nodes": [meeting]},
            }
        ],
    }
    return json.dumps({"data": {"participatoryProcess": process}}, ensure_ascii=False, indent=2)


def quaderno_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Quaderno API answer to ``POST /api/contacts`` (an invented account): the body as a
    ``company`` contact, its name as ``first_name`` and ``full_name``, ``tax_id`` (the CIF),
    street lines, postcode, city, region and country, ``phone_1``, ``email`` where it has one,
    ``web``, language, ``notes`` repeating the number, an invented id and creation time."""
    ident = rng.randint(1000000, 9999999)
    account = rng.choice(("asesoria-centro", "gestoria-retiro", "contabilidad-tres-cantos"))
    notes = (
        f"{kind(row).capitalize()} n.º {register_number(row)} del registro municipal, alta "
        f"{_f(row, 'Fecha_Registro')}. Facturas de cuotas de colaboración; contacto en el "
        f"{PHONE_MARK}."
    )
    contact = {
        "id": ident,
        "kind": "company",
        "first_name": name(row),
        "last_name": None,
        "full_name": name(row),
        "tax_id": _f(row, "CIF") or None,
        "street_line_1": street(row),
        "street_line_2": _f(row, "Aproximacion") or None,
        "postal_code": _f(row, "Cod_Postal"),
        "city": _f(row, "Poblacion"),
        "region": "Madrid",
        "country": "ES",
        "phone_1": PHONE_MARK,
        "email": EMAIL_MARK if email(row) else None,
        "web": _f(row, "Internet") or None,
        "language": "ES",
        "notes": notes,
        "created_at": int(_when(rng).timestamp()),
        "url": f"https://{account}.quadernoapp.com/api/contacts/{ident}",
    }
    return json.dumps(contact, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "aeat_modelo_182": aeat_modelo_182,
    "consul_proposal": consul_proposal,
    "decidim_meeting": decidim_meeting,
    "quaderno_contact": quaderno_contact,
}


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` with the phone field and mailbox written in place of their marks: the field
    labelled under ``Primer_Tlfn`` (each number in it by ``labelled_record``), each copy of
    the mailbox labelled."""
    tel, mail = phone(row), email(row)
    b = Record()
    for piece in re.split(f"([{PHONE_MARK}{EMAIL_MARK}])", text):
        if piece == PHONE_MARK:
            b.phone(PHONE, tel)
        elif piece == EMAIL_MARK:
            assert mail, row["path"]
            b.email(mail)
        else:
            b.add(piece)
    return b


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: its phone field and mailbox labelled
    wherever written."""
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
