"""held_out_391 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Algeria's network of CASNOS agencies, the social security fund of the
self-employed; Algeria's earlier parts took the Banque Nationale d'Algérie's branches, the tax
administration's structures and CIAR's insurance agencies) exactly as published, in layouts no
earlier part has, beside the list's own office names, addresses, wilayas and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``tel``, ``fax`` and ``email`` fields of 154 CASNOS offices
  (``scripts/data/pii_dz_casnos_agencies.json``, written by
  ``scripts/dz_casnos_agencies_data.py``; source and licence in that file): Algerian numbers as
  the list writes them, the trunk ``0``, the area code and the line in pairs (``027 77 44
  58``), a few with alternative last digits after ``/`` (``025 21 54 86/85``: one number with
  its alternative, labelled whole), four fields with two numbers after `` / `` (each labelled
  on its own), and the agency's role mailbox (``casnos02@casnos.com.dz``) where the field holds
  a well-formed address (seven written with commas for dots, ``casnos26@casnos,com,dz``, are
  not written at all); every number of every copy labelled, a fax equal to the telephone
  labelled under ``tel``;
* the text around them is the same row's real fields: the office's name, address, wilaya (its
  official number and name) and coordinates, with invented references, tracking numbers,
  external ids, amounts, weights, postcodes of the wilaya's seat (``02000``), ticket topics
  and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Algeria's trade and of the tools an agency uses,
  text in French with Arabic notes: Ecotrack order-creation bodies (``POST
  /api/v1/create/order`` of the Algerian courier platform: the office as ``nom_client``, its
  numbers as ``telephone`` and ``telephone_2``, ``code_wilaya``, ``montant``, a ``remarque``
  repeating the number), ZR Express (Procolis) parcel bodies (``POST /api_v1/add_colis``:
  ``Colis`` with ``MobileA``, ``MobileB``, ``IDWilaya``, ``Commune``, ``Total``, an Arabic
  ``Note`` repeating the number), osTicket XML ticket submissions (``POST /api/tickets.xml``:
  the office as submitter, its ``email`` and ``phone``, a ``message`` in CDATA giving its
  numbers, mailbox, address and coordinates) and Mautic company-creation bodies (``POST
  /api/companies/new``: ``companyphone``, ``companyfax``, ``companyemail``, address, wilaya,
  a description repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_391.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record
from pii_held_out_182 import WILAYAS

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_dz_casnos_agencies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_391.jsonl.gz"
SPLIT = "held_out_391"

LAYOUTS = ("ecotrack_order", "zr_express_colis", "osticket_ticket", "mautic_company")
PHONES = ("tel", "fax")
EDGES = {"tel": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
COLUMNS = {"tel": "tel", "fax": "fax"}
ALGIERS = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented supplies sent to the offices (no real order is meant)
SUPPLIES = (
    "Formulaires d'affiliation non-salariés (lot de 500)",
    "Cartes Chifa vierges et pochettes (carton)",
    "Ramettes papier A4 (carton de 5)",
    "Toners pour imprimantes laser (x4)",
    "Registres de dépôt des déclarations annuelles",
    "Affiches campagne de recouvrement des cotisations",
)
# invented reasons of the offices' support tickets (subject, help topic id, body)
ISSUES = (
    ("Terminal de paiement hors service", 12, "le terminal de paiement électronique (TPE) de "
     "l'agence ne se connecte plus depuis ce matin ; les cotisants ne peuvent pas régler par "
     "carte CIB"),
    ("Accès au portail Damancom impossible", 14, "les agents n'arrivent plus à ouvrir le portail "
     "des déclarations en ligne (erreur de certificat)"),
    ("Imprimante de guichet en panne", 11, "l'imprimante du guichet n° 2 n'imprime plus les "
     "attestations d'affiliation"),
    ("Coupure de la liaison réseau", 13, "la liaison avec le serveur central est coupée ; "
     "les dossiers ne se synchronisent plus"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> dict[str, str]:
    """The row's phone fields that hold a number, each as published, stripped."""
    return {c: _f(row, c) for c in PHONES if sum(ch.isdigit() for ch in _f(row, c)) >= 7}


def contact(row: dict[str, Any]) -> str:
    """The office's first number field: ``tel``, else ``fax``."""
    found = phones(row)
    return found.get("tel") or found["fax"]


def second(row: dict[str, Any]) -> str:
    """The fax where the office has a telephone and a fax that is not the telephone again,
    else ""."""
    found = phones(row)
    fax = found.get("fax", "")
    return fax if "tel" in found and fax != found["tel"] else ""


def email(row: dict[str, Any]) -> str:
    """The office's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, "email")
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the list's does)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone fields and mailbox labelled, the
    longer phone value first, so a fax equal to the telephone is the telephone's (each copy
    stands apart: no digit next to a number, no address character next to an address)."""
    values = sorted(phones(row).items(), key=lambda kv: -len(kv[1]))
    values.append(("email", email(row)))
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def code(row: dict[str, Any]) -> int:
    """The wilaya's official number."""
    return int(_f(row, "code"))


def wilaya(row: dict[str, Any]) -> str:
    """The wilaya's name by the row's official number."""
    return WILAYAS[code(row) - 1]


def postcode(row: dict[str, Any]) -> str:
    """The postcode of the wilaya's seat (``02000``)."""
    return f"{code(row):02d}000"


def office(row: dict[str, Any]) -> str:
    """The office as the fund's letters name it (``CASNOS - Agence de CHLEF``)."""
    name = _f(row, "name")
    return f"CASNOS - {name}" if name.startswith("Direction") else f"CASNOS - Agence {name}"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day (Sunday to Thursday) of 2024, Algiers time."""
    day = dt.datetime(2024, 1, 7, tzinfo=ALGIERS) + dt.timedelta(days=rng.randint(0, 330))
    while day.weekday() in (4, 5):
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 15), minutes=rng.randint(0, 59))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _token(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def ecotrack_order(row: dict[str, Any], rng: random.Random) -> str:
    """An Ecotrack order-creation body (``POST /api/v1/create/order`` of the Algerian courier
    platform): an invented ``reference``, the office as ``nom_client``, its first number as
    ``telephone`` and its fax as ``telephone_2`` (where it is a line of its own), the address,
    the wilaya's seat postcode, the wilaya as ``commune`` and ``code_wilaya``, an invented
    ``montant`` and supply, delivery at home (``type`` 1, ``stop_desk`` 0), an invented weight,
    and a ``remarque`` asking to call the number first, with an Arabic note."""
    when = _when(rng)
    doc: dict[str, Any] = {
        "reference": f"CSN-{when:%y%m}-{rng.randint(1000, 99999)}",
        "nom_client": office(row),
        "telephone": contact(row),
    }
    if second(row):
        doc["telephone_2"] = second(row)
    doc.update(
        {
            "adresse": _f(row, "address"),
            "code_postal": postcode(row),
            "commune": wilaya(row),
            "code_wilaya": code(row),
            "montant": rng.choice((0, 0, 1200, 2500, 4800)),
            "remarque": f"Livraison aux heures d'ouverture (8h00-16h30). Appeler l'agence au "
            f"{contact(row)} avant le passage. يرجى الاتصال بالوكالة قبل التوصيل",
            "produit": rng.choice(SUPPLIES),
            "type": 1,
            "stop_desk": 0,
            "weight": rng.randint(2, 25),
            "fragile": rng.choice((0, 1)),
        }
    )
    return _json(doc)


def zr_express_colis(row: dict[str, Any], rng: random.Random) -> str:
    """A ZR Express (Procolis) parcel body (``POST /api_v1/add_colis``): one ``Colis`` with an
    invented ``Tracking``, home delivery of a normal parcel, the office as ``Client``, its first
    number as ``MobileA`` and its fax as ``MobileB`` (else empty), the address, ``IDWilaya``
    and the wilaya as ``Commune``, an invented ``Total`` in dinars, an Arabic ``Note`` repeating
    the number, the supply as ``TProduit`` and an invented ``id_Externe``."""
    when = _when(rng)
    note = (
        f"الطرد موجه إلى وكالة كاسنوس {wilaya(row)}. الاتصال على الرقم {contact(row)} قبل التوصيل"
    )
    colis = {
        "Tracking": f"ZR{when:%y%m%d}{_token(rng, 6)}",
        "TypeLivraison": "0",
        "TypeColis": "0",
        "Confrimee": "",
        "Client": office(row),
        "MobileA": contact(row),
        "MobileB": second(row),
        "Adresse": _f(row, "address"),
        "IDWilaya": str(code(row)),
        "Commune": wilaya(row),
        "Total": str(rng.choice((0, 600, 1500, 3200))),
        "Note": note,
        "TProduit": rng.choice(SUPPLIES),
        "id_Externe": str(rng.randint(100000, 999999)),
        "Source": "",
    }
    return _json({"Colis": [colis]})


def osticket_ticket(row: dict[str, Any], rng: random.Random) -> str:
    """An osTicket XML ticket submission (``POST /api/tickets.xml``): ``alert``,
    ``autorespond`` and ``source`` on ``ticket``, the office as ``name``, its mailbox as
    ``email`` (where it has a well-formed one), an invented subject, its first number as
    ``phone``, a ``message`` in CDATA (an Arabic greeting, the issue, the office's address,
    wilaya, coordinates where the list has them, its numbers and mailbox) and invented
    ``priorityId`` and ``topicId``."""
    when = _when(rng)
    subject, topic, body = rng.choice(ISSUES)
    found = phones(row)
    lines = [
        "السلام عليكم،",
        "",
        f"Bonjour, à l'agence {office(row)} ({wilaya(row)}), {body}.",
        f"Signalé le {when:%d/%m/%Y} à {when:%H:%M}.",
        "",
        f"Adresse : {_f(row, 'address')}, wilaya de {wilaya(row)} ({code(row):02d})",
    ]
    if _f(row, "lat") and _f(row, "lon"):
        lines.append(f"Coordonnées GPS : {_f(row, 'lat')}, {_f(row, 'lon')}")
    if "tel" in found:
        lines.append(f"Tél. : {found['tel']}")
    if second(row) or ("fax" in found and "tel" not in found):
        lines.append(f"Fax : {found['fax']}")
    if email(row):
        lines.append(f"E-mail : {email(row)}")
    lines += ["", "Merci de rappeler l'agence.", "Le chef d'agence"]
    message = "\n".join(lines)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ticket alert="true" autorespond="true" source="API">',
        f"    <name>{escape(office(row))}</name>",
    ]
    if email(row):
        out.append(f"    <email>{escape(email(row))}</email>")
    out += [
        f"    <subject>{escape(subject)} - {escape(_f(row, 'name'))}</subject>",
        f"    <phone>{escape(contact(row))}</phone>",
        f"    <message><![CDATA[{message}]]></message>",
        f"    <priorityId>{rng.choice((1, 2, 2, 3))}</priorityId>",
        f"    <topicId>{topic}</topicId>",
        "</ticket>",
        "",
    ]
    return "\n".join(out)


def mautic_company(row: dict[str, Any], rng: random.Random) -> str:
    """A Mautic company-creation body (``POST /api/companies/new``): the office as
    ``companyname``, its mailbox, telephone and fax as published (``companyfax`` even where it
    is the telephone again), the address, the wilaya as city and state, the seat's postcode,
    the country, the industry, an invented head count, the fund's site and a description
    repeating the first number; ``overwriteWithBlank`` false."""
    found = phones(row)
    doc: dict[str, Any] = {"companyname": office(row)}
    if email(row):
        doc["companyemail"] = email(row)
    if "tel" in found:
        doc["companyphone"] = found["tel"]
    if "fax" in found:
        doc["companyfax"] = found["fax"]
    doc.update(
        {
            "companyaddress1": _f(row, "address"),
            "companycity": wilaya(row),
            "companystate": wilaya(row),
            "companyzipcode": postcode(row),
            "companycountry": "Algeria",
            "companyindustry": "Government",
            "companynumber_of_employees": rng.randint(6, 45),
            "companywebsite": "http://casnos.com.dz",
            "companydescription": "Caisse Nationale de Sécurité Sociale des Non-Salariés, "
            f"agence de la wilaya de {wilaya(row)} ({code(row):02d}). Affiliation, "
            f"cotisations et prestations des non-salariés ; accueil au {contact(row)}, du "
            "dimanche au jeudi.",
            "overwriteWithBlank": False,
        }
    )
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ecotrack_order": ecotrack_order,
    "zr_express_colis": zr_express_colis,
    "osticket_ticket": osticket_ticket,
    "mautic_company": mautic_company,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone fields and mailbox
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
