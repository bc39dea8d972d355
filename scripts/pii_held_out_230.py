"""held_out_230 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the ANCT's list of the France services, France's one-stop public service counters;
France's earlier parts took other publishers' registers) exactly as published, in layouts no
earlier part has, beside the list's own names, addresses, codes and hours.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR (COVID-19 testing sites, farm shops, DILA's local
offices, schools, Montpellier's associations, the Musées de France), KR, DE and many others;
here:

* the values are the ``telephone`` and ``mail`` fields of 320 France services
  (``scripts/data/pii_fr_france_services.json``, written by
  ``scripts/fr_france_services_data.py``; source and licence in that file): French numbers as
  the agency writes them, ten digits with the trunk ``0`` in pairs (``04 50 56 87 49``; mobiles
  for most buses, ``07 85 78 24 48``), the counters' office addresses
  (``franceservices@ccpb01.fr``), and the numbers of the free ``commentaire`` where the row
  has one (``Prise de rendez-vous au 04.92.00.32.59``, ``0383764850``), each copy labelled;
* the text around them is the same row's real fields: the name, address, postcode, commune and
  its INSEE code, department, coordinates, opening hours, kind, format and labelling date, with
  invented record, organisation, place, appointment, list and customer ids, SIRENs, UUIDs,
  durations and dates, unlabelled and scored;
* in layouts no earlier part has, tools and APIs of the French administration's field, text in
  French: Grist REST API ``records`` responses of a network's follow-up table (the number as
  ``Telephone`` and again in a ``Suivi`` note, the comment as ``Commentaire``), RDV Service
  Public outgoing webhook payloads of a collective workshop (the number as the
  ``organisation``'s and the ``lieu``'s ``phone_number``, the address as the organisation's
  ``email``), Brevo API v3 ``POST /v3/contacts`` bodies of a newsletter's contact (``email``,
  ``attributes`` with the number, the comment and a signature repeating number and address)
  and Pennylane API v2 company customer creation bodies of a training body invoicing the
  counter (``phone``, ``emails``, ``billing_address``, ``notes`` repeating number and address).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_230.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fr_france_services_data import comment_numbers
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_france_services.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_230.jsonl.gz"
SPLIT = "held_out_230"

LAYOUTS = ("grist_records", "rdv_webhook", "brevo_contact", "pennylane_customer")
PHONE, COMMENT, MAIL = "telephone", "commentaire", "mail"
EDGES = {
    "phone": r"\d",
    "comment": r"\d",
    "email": r"[\w@-]",
}  # a sentence's full stop may end an address
PARIS = ZoneInfo("Europe/Paris")
DAYS = (("h_lundi", "Lundi"), ("h_mardi", "Mardi"), ("h_mercredi", "Mercredi"),
        ("h_jeudi", "Jeudi"), ("h_vendredi", "Vendredi"), ("h_samedi", "Samedi"))  # fmt: skip

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented workshops of a counter (no real session is meant)
WORKSHOPS = (
    "Atelier : créer son compte ameli", "Atelier : déclarer ses revenus en ligne",
    "Atelier : FranceConnect pas à pas", "Atelier : les démarches ANTS (carte grise, permis)",
    "Atelier : premiers pas sur France Travail", "Atelier : payer ses factures en ligne",
)  # fmt: skip
TRAININGS = (
    "Formation initiale des conseillers France services (module socle)",
    "Formation continue : accueil des publics en difficulté",
    "Formation : accompagnement aux démarches numériques CAF et MSA",
    "Formation : retraite et droits sociaux",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The counter's ``telephone`` as published, stripped."""
    return _f(row, PHONE)


def mail(row: dict[str, Any]) -> str:
    """The counter's ``mail`` as published, stripped."""
    return _f(row, MAIL)


def comment(row: dict[str, Any]) -> str:
    """The row's ``commentaire`` as published, stripped."""
    return _f(row, COMMENT)


def name(row: dict[str, Any]) -> str:
    """The counter's name (``France services de Valserhône``)."""
    return _f(row, "lib_fs")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none in this register)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def other_numbers(row: dict[str, Any]) -> list[str]:
    """The comment's numbers that are not the phone field as written, each once, in order."""
    found = [n for n in comment_numbers(comment(row)) if n != phone(row)]
    return list(dict.fromkeys(found))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field, of its comment's other
    numbers and of its e-mail address labelled (each copy stands apart: no digit next to a
    number, no address character next to an address)."""
    values = [("phone", phone(row)), *(("comment", n) for n in other_numbers(row))]
    values.append(("email", mail(row)))
    columns = {"phone": PHONE, "comment": COMMENT}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of late 2024 or 2025 (Paris time), on a working day's hours."""
    day = dt.date(2024, 9, 2) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return dt.datetime(day.year, day.month, day.day, rng.choice((9, 10, 14, 15)),
                       rng.choice((0, 30)), tzinfo=PARIS)  # fmt: skip


def _siren(rng: random.Random) -> str:
    """An invented SIREN of a public body (``2...``), Luhn check right."""
    body = "2" + "".join(str(rng.randint(0, 9)) for _ in range(7))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def _labelled_on(row: dict[str, Any]) -> str:
    """The labelling date as ISO (``Espace labellisé 01/01/2020`` -> ``2020-01-01``), ""."""
    words = _f(row, "labellisation_fs").split()
    if not words or words[-1].count("/") != 2:
        return ""
    d, m, y = words[-1].split("/")
    return f"{y}-{m}-{d}"


def _street(row: dict[str, Any]) -> str:
    """The address with its complement (``5-9 Rue des Papetiers``)."""
    return ", ".join(v for v in (_f(row, "adresse"), _f(row, "complement_adresse")) if v)


def _hours(row: dict[str, Any]) -> str:
    """The opening hours of the open days (``Lundi 13:30 - 17:00 ; Mardi ...``)."""
    return " ; ".join(f"{day} {_f(row, key)}" for key, day in DAYS if _f(row, key))


def _dump(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _coordinate(row: dict[str, Any], key: str) -> float | None:
    value = _f(row, key)
    return float(value) if value else None


def _grist_date(day: dt.date) -> int:
    """A date as a Grist ``Date`` column holds it: seconds from the epoch to its midnight UTC."""
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())


def grist_records(row: dict[str, Any], rng: random.Random) -> str:
    """A Grist REST API response (``GET /api/docs/{docId}/tables/Structures/records``) of a
    department's follow-up table of its France services, one record: an invented row id, the
    list's id, name, kind, format, address, postcode, commune, INSEE code, coordinates,
    ``Telephone``, ``Courriel``, the hours, whether an appointment is needed (a toggle), the
    comment, the labelling date and a visit date as Grist stores dates (seconds since the
    epoch), and a ``Suivi`` note repeating the number."""
    when = _when(rng)
    labelled_on = _labelled_on(row)
    fields: dict[str, Any] = {
        "id_fs": int(_f(row, "id_fs")),
        "Nom": name(row),
        "Type": _f(row, "type_fs"),
        "Format": _f(row, "format_fs"),
        "Adresse": _street(row),
        "Code_postal": _f(row, "code_postal"),
        "Commune": _f(row, "lib_com"),
        "Code_INSEE": _f(row, "insee_com"),
        "Departement": _f(row, "insee_dep"),
        "Latitude": _coordinate(row, "latitude"),
        "Longitude": _coordinate(row, "longitude"),
        "Telephone": phone(row),
        "Courriel": mail(row),
        "Horaires": _hours(row),
        "Sur_RDV": _f(row, "prise_rdv") == "Oui",
        "Commentaire": comment(row),
        "Labellisation": _grist_date(dt.date.fromisoformat(labelled_on)) if labelled_on else None,
        "Derniere_visite": _grist_date(when.date()),
        "Suivi": f"Visite du {when:%d/%m/%Y} : coordonnées vérifiées, accueil joint au "
        f"{phone(row)} le jour même.",
        "Referent_prefecture": ["L", rng.randint(2, 40)],
    }
    return _dump({"records": [{"id": rng.randint(1, 2900), "fields": fields}]})


def rdv_webhook(row: dict[str, Any], rng: random.Random) -> str:
    """An RDV Service Public outgoing webhook payload (``meta`` ``model`` ``Rdv``, ``event``
    ``created``) of a collective workshop at the counter: invented rdv, motif, lieu and
    organisation ids and UUID, the workshop's name, start and end, capacity, no participant
    yet, the counter as ``lieu`` (its name, address and ``phone_number``) and as
    ``organisation`` (``email``, ``phone_number``, ``verticale``)."""
    when = _when(rng)
    minutes = rng.choice((60, 90, 120))
    address = f"{_street(row)}, {_f(row, 'lib_com')}, {_f(row, 'code_postal')}"
    workshop = rng.choice(WORKSHOPS)
    rdv = {
        "address": address,
        "cancelled_at": None,
        "collectif": True,
        "context": "Inscription à l'accueil ou par téléphone.",
        "created_by": "agent",
        "duration_in_min": minutes,
        "ends_at": (when + dt.timedelta(minutes=minutes)).isoformat(),
        "id": rng.randint(400000, 990000),
        "lieu": {
            "address": address,
            "id": rng.randint(1000, 40000),
            "name": name(row),
            "phone_number": phone(row),
            "single_use": False,
        },
        "max_participants_count": rng.choice((6, 8, 10, 12)),
        "motif": {
            "category": None,
            "collectif": True,
            "deleted_at": None,
            "id": rng.randint(1000, 90000),
            "location_type": "public_office",
            "name": workshop.split(" : ", 1)[1].capitalize(),
            "service_id": rng.randint(1, 40),
        },
        "name": workshop,
        "organisation": {
            "email": mail(row),
            "id": rng.randint(100, 9000),
            "name": name(row),
            "phone_number": phone(row),
            "verticale": "rdv_service_public",
        },
        "participations": [],
        "starts_at": when.isoformat(),
        "status": "unknown",
        "users_count": 0,
        "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
    }
    stamp = when - dt.timedelta(days=rng.randint(3, 20), minutes=rng.randint(0, 500))
    return _dump({"data": rdv, "meta": {"model": "Rdv", "event": "created",
                                        "timestamp": stamp.isoformat()}})  # fmt: skip


def brevo_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Brevo API v3 ``POST /v3/contacts`` body of a network newsletter's contact: the
    counter's ``email``, ``ext_id`` from the list's id, ``attributes`` (name, number, commune,
    postcode, department, kind, format, labelling date, appointment, the comment where the row
    has one, a signature
    repeating number and address), invented ``listIds``, ``updateEnabled``."""
    signature = "\n".join(
        v for v in (name(row), _street(row), f"{_f(row, 'code_postal')} {_f(row, 'lib_com')}",
                    f"Tél. {phone(row)}", f"Courriel : {mail(row)}") if v
    )  # fmt: skip
    attributes: dict[str, Any] = {
        "NOM_STRUCTURE": name(row),
        "TELEPHONE_ACCUEIL": phone(row),
        "COMMUNE": _f(row, "lib_com"),
        "CODE_POSTAL": _f(row, "code_postal"),
        "DEPARTEMENT": _f(row, "insee_dep"),
        "TYPE_FS": _f(row, "type_fs"),
        "FORMAT_FS": _f(row, "format_fs"),
        "DATE_LABELLISATION": _labelled_on(row),
        "SUR_RENDEZ_VOUS": _f(row, "prise_rdv") == "Oui",
        "COMMENTAIRE": comment(row),
        "SIGNATURE": signature,
    }
    if not comment(row):
        del attributes["COMMENTAIRE"]
    body = {
        "email": mail(row),
        "ext_id": f"fs-{_f(row, 'id_fs')}",
        "attributes": attributes,
        "listIds": sorted(rng.sample(range(2, 60), rng.randint(1, 3))),
        "updateEnabled": True,
    }
    return _dump(body)


def pennylane_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Pennylane API v2 ``POST /api/external/v2/company_customers`` body of a training
    body's customer file for the counter: its name, invented SIREN as ``reg_no``, ``phone``,
    ``emails``, ``billing_address`` (street, postcode, city, ``FR``), payment terms, an
    invented ``external_reference`` and ``notes`` naming the training and repeating number and
    address."""
    when = _when(rng)
    notes = (
        f"{rng.choice(TRAININGS)}, session du {when:%d/%m/%Y}. Convention signée par la "
        f"structure porteuse. Contact accueil : {phone(row)} ; courriel : {mail(row)} "
        f"(copie des attestations)."
    )
    body = {
        "name": name(row),
        "reg_no": _siren(rng),
        "phone": phone(row),
        "emails": [mail(row)],
        "billing_address": {
            "address": _street(row),
            "postal_code": _f(row, "code_postal"),
            "city": _f(row, "lib_com"),
            "country_alpha2": "FR",
        },
        "payment_conditions": rng.choice(("30_days", "45_days", "upon_receipt")),
        "billing_language": "fr_FR",
        "external_reference": f"CLI-FS-{when:%Y}-{rng.randint(100, 9999):04d}",
        "notes": notes,
    }
    return _dump(body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "grist_records": grist_records,
    "rdv_webhook": rdv_webhook,
    "brevo_contact": brevo_contact,
    "pennylane_customer": pennylane_customer,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field, of its
    comment's other numbers and of its e-mail address labelled."""
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
