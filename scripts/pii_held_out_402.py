"""held_out_402 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Ayuntamiento de Madrid's open-data list of the embassies and consulates
in the city, Embajadas y consulados; Spain's earlier parts took XTEC's, the Comunidad de
Madrid's and Galicia's schools, GISCO's hospitals, Castilla y León's libraries, restaurants and
museums, the CGPJ's courts, the BDGEL's councils, the Ayuntamiento de Madrid's elderly centres,
registered entities and medical care centres, Tenerife's centres, Euskadi's restaurants and
Madrid's hotels; no Spanish or Italian part took diplomatic missions) exactly as published, in
layouts no earlier part has, beside the list's own names, streets, postcodes, districts and
record ids.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``TELEFONO`` of 156 embassies and consulates, their ``FAX`` where the list
  gives one and their ``EMAIL`` where it holds one well-formed address
  (``scripts/data/pii_es_madrid_embajadas.json``, written by
  ``scripts/es_madrid_embajadas_data.py``; source and licence in that file): Spanish numbers as
  the city writes them, nine digits in groups of three (``914 025 115``), fields of two to four
  numbers joined by `` / `` (``913 190 763 / 913 199 559``), some with the line's use in
  brackets (``915 421 626 (Sección Consular)``), and the missions' mailboxes
  (``embajada@portalargentino.net``); each number of each copy labelled on its own, the words
  around them not (a telex after a fax number, ``22322-IRANA-E``, is not a number and stays
  unlabelled; ``numbers`` reads one field's ``913 885 980/ 913 882 724``, a slash with no blank
  before it, as one number); the first number of the phone field, written alone where a layout
  has room for one number only, is labelled too;
* the text around them is the same row's real fields: the mission's name, street (``CALLE
  SERRANO 90``), postcode (``28006``), neighbourhood and district and the city's record id
  (``PK``, ``7933``), with invented contact ids, phone-book ids, extensions, dates and times,
  unlabelled and scored (the list's descriptions, hours and transport are not written);
* in layouts no earlier part has, formats of the contact-centre and CRM software a Spanish
  office's switchboard keeps its directory in, text in Spanish: Clientify API contact-creation
  bodies (``POST https://api.clientify.net/v1/contacts/`` of the Spanish CRM: ``first_name``,
  ``last_name``, ``email``, ``phone``, ``company``, ``addresses``, ``description``,
  ``remarks``), Aircall Public API contact-creation bodies (``POST /v1/contacts``:
  ``first_name``, ``last_name``, ``company_name``, ``information``, ``phone_numbers`` and
  ``emails`` as ``label``/``value`` pairs), NethVoice CTI speed-dial import files (the CSV of
  Nethesis's NethCTI, header ``owner_id,type,homeemail,workemail,...,extension,
  speeddial_num``) and Cisco Finesse PhoneBook API answers (``GET /finesse/api/PhoneBook/{id}/
  Contacts``: ``Contact`` elements of ``firstName``, ``lastName``, ``phoneNumber``,
  ``description`` and ``uri``, one for the switchboard and one for the fax).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_402.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_madrid_embajadas.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_402.jsonl.gz"
SPLIT = "held_out_402"

LAYOUTS = ("clientify_contact", "aircall_contact", "nethvoice_speeddial", "finesse_phonebook")
PHONE, FAX, EMAIL = "TELEFONO", "FAX", "EMAIL"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
CET = dt.timezone(dt.timedelta(hours=1))
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the header of NethCTI's speed-dial import file, as Nethesis documents it
NETHCTI = [
    "owner_id",
    "type",
    "homeemail",
    "workemail",
    "homephone",
    "workphone",
    "cellphone",
    "fax",
    "title",
    "company",
    "notes",
    "name",
    "homestreet",
    "homepob",
    "homecity",
    "homeprovince",
    "homepostalcode",
    "homecountry",
    "workstreet",
    "workpob",
    "workcity",
    "workprovince",
    "workpostalcode",
    "workcountry",
    "url",
    "extension",
    "speeddial_num",
]

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented reasons for a call to the mission (no real matter is meant)
MATTERS = (
    "legalización de documentos", "visado de estudios", "renovación de pasaporte",
    "registro de nacionales", "certificado de residencia", "cita para trámites consulares",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The mission's phone field as published."""
    return _f(row, PHONE)


def first_number(row: dict[str, Any]) -> str:
    """The first number of the phone field as the list writes it (``913 190 763`` of ``913 190
    763 / 913 199 559``), for a place that holds one number."""
    return re.match(r"\d[\d ]*\d", phone(row)).group(0).strip()


def fax(row: dict[str, Any]) -> str:
    """The mission's fax field as published, where it holds a number (else "")."""
    value = _f(row, FAX)
    return value if sum(c.isdigit() for c in value) >= 7 else ""


def email(row: dict[str, Any]) -> str:
    """The mission's mailbox where the field holds one well-formed address, else "" (four
    fields hold two addresses, which are not written)."""
    value = _f(row, EMAIL)
    return value if ADDRESS.fullmatch(value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's phone field, fax field, mailbox and the phone field's first
    number, in that order (a copy inside one taken before it is that one's)."""
    return [(PHONE, phone(row)), (FAX, fax(row)), ("email", email(row)), (PHONE, first_number(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field, fax field and mailbox
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def name(row: dict[str, Any]) -> str:
    """The mission's name as the list gives it (``Embajada de Alemania``)."""
    return _f(row, "NOMBRE")


def kind(row: dict[str, Any]) -> str:
    """``Embajada`` or ``Consulado``, by the name."""
    return "Consulado" if name(row).startswith("Consulado") else "Embajada"


def country(row: dict[str, Any]) -> str:
    """The country the mission represents, by the name (``Alemania``)."""
    return re.sub(r"^(Embajada|Consulado) de ", "", name(row))


def street(row: dict[str, Any]) -> str:
    """The street as the list gives it in its parts (``CALLE SERRANO 90``)."""
    parts = (_f(row, "CLASE-VIAL"), _f(row, "NOMBRE-VIA"), _f(row, "NUM"))
    return " ".join(p for p in parts if p)


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "CODIGO-POSTAL")


def place(row: dict[str, Any]) -> str:
    """The address in one line: street, postcode and town."""
    code = postcode(row)
    return f"{street(row)}, {code} Madrid" if code else f"{street(row)}, Madrid"


def district(row: dict[str, Any]) -> str:
    """The neighbourhood and district (``CASTELLANA, SALAMANCA``), where the list gives them."""
    return ", ".join(p for p in (_f(row, "BARRIO"), _f(row, "DISTRITO")) if p)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Madrid, CET)."""
    day = dt.datetime(2024, 1, 8, 9, 0, tzinfo=CET) + dt.timedelta(days=rng.randint(0, 330))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(minutes=rng.randint(0, 8 * 60))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def clientify_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Clientify API contact-creation body (``POST https://api.clientify.net/v1/contacts/``
    of the Spanish CRM): the mission's switchboard as a contact of a relocation agency's CRM,
    ``first_name`` the desk, ``last_name`` and ``company`` the mission, its ``email`` (where it
    has one) and ``phone``, ``status``, ``title``, ``contact_type`` and ``contact_source``, one
    work address, ``custom_fields`` with the city's record id, a ``description`` repeating the
    phone field and ``remarks`` with the fax (where it has one) and an invented matter."""
    when = _when(rng)
    desk = "Sección consular" if kind(row) == "Consulado" else "Cancillería"
    body: dict[str, Any] = {"first_name": desk, "last_name": name(row)}
    if email(row):
        body["email"] = email(row)
    body |= {
        "phone": phone(row),
        "status": "cold-lead",
        "title": "Atención al público",
        "company": name(row),
        "contact_type": "organismo oficial",
        "contact_source": "datos.madrid.es",
        "addresses": [
            {
                "street": street(row),
                "city": "Madrid",
                "state": "Madrid",
                "country": "España",
                "postal_code": postcode(row),
                "type": 1,
            }
        ],
        "custom_fields": [
            {"field": "ficha_ayuntamiento", "value": _f(row, "PK")},
            {"field": "distrito", "value": _f(row, "DISTRITO")},
        ],
        "description": f"{kind(row)} de {country(row)} en Madrid ({district(row)}). Centralita: "
        f"{phone(row)}.",
        "remarks": (f"Fax: {fax(row)}. " if fax(row) else "")
        + f"Gestión pendiente: {rng.choice(MATTERS)}; último contacto el {when:%d/%m/%Y} a las "
        f"{when:%H:%M}.",
        "summary": f"Expediente CL-{when.year}-{rng.randint(1000, 9999)}",
    }
    return _json(body)


def aircall_contact(row: dict[str, Any], rng: random.Random) -> str:
    """An Aircall Public API contact-creation body (``POST /v1/contacts`` of the shared address
    book of a law firm's call centre): ``first_name`` the desk, ``last_name`` and
    ``company_name`` the mission, ``information`` with the address, the city's record id and
    the hours to call the switchboard, ``phone_numbers`` with the switchboard and the fax (where
    it has one) as ``label``/``value`` pairs, ``emails`` with the mailbox (where it has one)."""
    opens = rng.choice(("9:00", "9:30", "10:00"))
    numbers = [{"label": "Centralita", "value": phone(row)}]
    if fax(row):
        numbers.append({"label": "Fax", "value": fax(row)})
    body: dict[str, Any] = {
        "first_name": "Centralita",
        "last_name": name(row),
        "company_name": name(row),
        "information": f"{place(row)} ({district(row)}). Ficha n.º {_f(row, 'PK')} del "
        f"Ayuntamiento de Madrid. Llamar a la centralita ({first_number(row)}) de lunes a "
        f"viernes, de {opens} a 14:00. Asunto: {rng.choice(MATTERS)}.",
        "phone_numbers": numbers,
    }
    if email(row):
        body["emails"] = [{"label": "Oficina", "value": email(row)}]
    return _json(body)


def nethvoice_speeddial(row: dict[str, Any], rng: random.Random) -> str:
    """A NethVoice CTI speed-dial import file (the CSV of Nethesis's NethCTI: its header and
    one row): the mission as a ``speeddial`` of the switchboard's operator (``owner_id``), its
    mailbox as ``workemail`` (where it has one), its phone field as ``workphone``, its fax (where
    it has one), the kind of mission as ``title``, the mission as ``company`` and ``name``, the
    city's record id and district in ``notes``, the work address, an invented extension and
    the phone field's first number as ``speeddial_num``."""
    line = {k: "" for k in NETHCTI}
    line |= {
        "owner_id": "centralita",
        "type": "speeddial",
        "workemail": email(row),
        "workphone": phone(row),
        "fax": fax(row),
        "title": kind(row),
        "company": name(row),
        "notes": f"Ficha {_f(row, 'PK')} - {district(row)}",
        "name": name(row),
        "workstreet": street(row),
        "workcity": "Madrid",
        "workprovince": "Madrid",
        "workpostalcode": postcode(row),
        "workcountry": "España",
        "extension": str(rng.randint(200, 299)),
        "speeddial_num": first_number(row),
    }
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=NETHCTI, lineterminator="\n")
    writer.writeheader()
    writer.writerow(line)
    return out.getvalue()


def finesse_phonebook(row: dict[str, Any], rng: random.Random) -> str:
    """A Cisco Finesse PhoneBook API answer (``GET /finesse/api/PhoneBook/{id}/Contacts`` of a
    contact centre's global phone book): one ``Contact`` for the switchboard (``firstName`` the
    desk, ``lastName`` the mission, ``phoneNumber`` the phone field, ``description`` the address
    and the mailbox where it has one, ``uri`` with invented ids) and one for the fax (where it
    has one)."""
    book = rng.randint(2, 60)
    first = rng.randint(1000, 9000)
    note = place(row) + (f" - {email(row)}" if email(row) else "")
    contacts = [("Centralita", phone(row), note)]
    if fax(row):
        whose = "del consulado" if kind(row) == "Consulado" else "de la embajada"
        contacts.append(("Fax", fax(row), f"Fax {whose} ({district(row)})"))
    lines = ["<Contacts>"]
    for i, (desk, number, description) in enumerate(contacts):
        lines += [
            "  <Contact>",
            f"    <firstName>{escape(desk)}</firstName>",
            f"    <lastName>{escape(name(row))}</lastName>",
            f"    <phoneNumber>{escape(number)}</phoneNumber>",
            f"    <description>{escape(description)}</description>",
            f"    <uri>/finesse/api/PhoneBook/{book}/Contact/{first + i}</uri>",
            "  </Contact>",
        ]
    lines += ["</Contacts>", ""]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "clientify_contact": clientify_contact,
    "aircall_contact": aircall_contact,
    "nethvoice_speeddial": nethvoice_speeddial,
    "finesse_phonebook": finesse_phonebook,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field, fax field
    and mailbox (and of the phone field's first number) labelled."""
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
