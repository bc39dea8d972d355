"""held_out_492 of the PII evaluation set: real phone fields of a register no earlier part used
(the Administración de Compensaciones por Accidentes de Automóviles' map of the health providers
it contracts, its organisations: ambulance services, clinical laboratories, imaging centres,
physical-therapy clinics, municipal emergency services...; Puerto Rico's earlier part took Code
for Puerto Rico's list of the permanent voter-registration offices) exactly as published, in
layouts no earlier part has, beside the register's own names, specialties, addresses and
municipalities.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``TELEFONO`` of 161 providers (``scripts/data/pii_pr_acaa_proveedores.json``,
  written by ``scripts/pr_acaa_proveedores_data.py``; source and licence in that file): Puerto
  Rican numbers as the export writes them, the area code, exchange and line joined by hyphens
  (``787-762-3850``, one ``939-``); five fields hold two numbers, one a line (the export's
  ``\\r`` between them), written here as two numbers, each as published: one of them with no
  hyphen after the area code (``787892-3315``), one with a line of five digits
  (``787-757-39396``); every copy of every number labelled (each number on its own:
  ``pii_held_out_14.labelled_record``);
* the text around them is the same row's real fields: the provider's name, its specialty and
  subspecialty, its street address (the export's lines, split at its ``\\r``), the ZIP code
  its address gives (``00983``), its municipality and the export's point of the municipality
  (latitude and longitude, where the row has them); with invented NPIs (ten digits, Luhn check
  right: number-shaped, unlabelled on purpose, as every provider directory carries them), HIOS
  plan ids, FHIR ids, UUIDs, appointment, calendar and form ids, ACAA claim numbers, times and
  dates, unlabelled and scored;
* in layouts no earlier part has, formats of the United States' health-plan directories and
  provider-data services: CMS QHP machine-readable provider directory files (``providers.json``
  in the shape of the CMSgov/QHP-provider-formulary-APIs example file: one ``FACILITY`` with
  ``npi``, ``facility_name``, ``facility_type``, ``address``, ``phone`` and ``plans``), Da Vinci
  PDex Plan-Net FHIR R4 search answers (a ``searchset`` Bundle of a ``plannet-Organization``
  and its ``plannet-Location``, each with the provider's ``telecom``), Acuity Scheduling API
  appointment answers (``GET /api/v1/appointments/{id}``: an invented patient's visit booked
  on the provider's calendar, the ``location`` and the Spanish ``notes`` giving its
  telephone) and Ribbon Health (H1) API custom-location answers (``GET
  /v1/custom/locations/{uuid}``: ``address_details``, ``phone_numbers``, the municipality's
  point and a Google Maps link); the five rows with two numbers go to the two layouts with a
  list of lines (Plan-Net, Ribbon) by their index. Written from memory, not from the formats'
  documents: Plan-Net's ``OrgTypeCS`` code ``fac``, Ribbon's location-type names and its
  confidence range.

Each record is seeded by its own (split, locale, layout, index). Committed with its data before
it was ever scored.

    python scripts/pii_held_out_492.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pr_acaa_proveedores.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_492.jsonl.gz"
SPLIT = "held_out_492"

LAYOUTS = ("qhp_providers", "plannet_bundle", "acuity_appointment", "ribbon_location")
# the layouts with a list of lines, for the rows whose field holds more than one number
LISTS = ("plannet_bundle", "ribbon_location")
NAME, PHONE, TOWN = "NOMBRE DE PROVEEDOR", "TELEFONO", "PUEBLO"
KIND, SUBKIND, STREET, POINT = (
    "ESPECIALIDAD",
    "SUBESPECIALIDAD",
    "DIRECCI\u00cc\u00d2N F\u00cc\u00e7SICA",
    "Location",
)
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
AST = dt.timezone(dt.timedelta(hours=-4))
PLANNET = "http://hl7.org/fhir/us/davinci-pdex-plan-net"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented patients of the appointments (common Puerto Rican given names and surnames)
GIVEN = ("Carmen", "José", "Luis", "María", "Ana", "Jorge", "Wanda", "Héctor", "Nilda", "Edwin")
SURNAMES = ("Rivera", "Colón", "Ortiz", "Santiago", "Vázquez", "Torres", "Cruz", "Rosado", "Negrón")
# appointment types of the booked visits
VISITS = (
    "Evaluación inicial - paciente ACAA",
    "Sesión de seguimiento - paciente ACAA",
    "Cita de servicios - reclamación ACAA",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[str]:
    """The numbers of the row's ``TELEFONO``, one per line of the field, as published."""
    return list(dict.fromkeys(p.strip() for p in row["fields"][PHONE].split("\r") if p.strip()))


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row: by its index, a row with more than one number in one of
    the layouts with a list of lines."""
    if len(phones(row)) > 1:
        return LISTS[n % len(LISTS)]
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each of the row's numbers labelled (each copy
    stands apart: no digit next to it)."""
    return field_copies(text, [(PHONE, p) for p in phones(row)], EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, NAME)


def town(row: dict[str, Any]) -> str:
    return _f(row, TOWN)


def kind(row: dict[str, Any]) -> str:
    """The specialty, with its subspecialty where the row gives one."""
    sub = _f(row, SUBKIND)
    return f"{_f(row, KIND)} {sub}".strip() if sub else _f(row, KIND)


def lines(row: dict[str, Any]) -> list[str]:
    """The street address's lines as the export gives them (split at its ``\\r``)."""
    return [p.strip() for p in row["fields"][STREET].split("\r") if p.strip()]


def zip_code(row: dict[str, Any]) -> str:
    """The ZIP code the street address gives (``00983``, ``00683-4100``), else ""."""
    m = re.search(r"\b(00[6-9]\d\d(?:-\d{4})?)\b", row["fields"][STREET])
    return m.group(1) if m else ""


def point(row: dict[str, Any]) -> tuple[float, float] | None:
    """The portal's point of the row (latitude, longitude), where the row has one."""
    m = re.search(r"\((-?\d+\.\d+), (-?\d+\.\d+)\)", row["fields"][POINT])
    return (float(m.group(1)), float(m.group(2))) if m else None


def npi(rng: random.Random) -> str:
    """An invented NPI: ``1`` and eight digits, its Luhn check digit over the ``80840`` prefix."""
    body = "1" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    total = 24  # the prefix 80840's contribution
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng: random.Random) -> str:
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Atlantic time, Puerto Rico's)."""
    day = dt.datetime(2024, 1, 8, tzinfo=AST) + dt.timedelta(days=rng.randint(0, 320))
    day += dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() > 4 else 0)
    return day.replace(hour=rng.randint(8, 15), minute=rng.choice((0, 15, 30, 45)))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def qhp_providers(row: dict[str, Any], rng: random.Random) -> str:
    """A CMS QHP provider directory file (``providers.json``, the CMSgov/QHP-provider-formulary-
    APIs schema): an array of one ``FACILITY`` entry, an invented ``npi``, the provider's name as
    ``facility_name``, its specialty as ``facility_type``, its ``address`` (first line, the
    others as ``address_2``, municipality, ``PR``, ZIP code), its ``phone`` and two invented
    HIOS plan ids of the issuer's network."""
    street = lines(row)
    issuer = rng.randint(10000, 99999)
    address = {"address": street[0] if street else ""}
    if len(street) > 1:
        address["address_2"] = ", ".join(street[1:])
    address.update({"city": town(row), "state": "PR", "zip": zip_code(row)})
    plans = [
        {
            "plan_id_type": "HIOS-PLAN-ID",
            "plan_id": f"{issuer}PR{rng.randint(1, 99):04d}{rng.randint(1, 999):03d}",
            "network_tier": tier,
        }
        for tier in ("PREFERRED", "NON-PREFERRED")
    ]
    entry = {
        "npi": npi(rng),
        "type": "FACILITY",
        "facility_name": name(row),
        "facility_type": kind(row),
        "address": address,
        "phone": phones(row)[0],
        "plans": plans,
    }
    return _json([entry])


def _fhir_address(row: dict[str, Any]) -> dict[str, Any]:
    address = {"use": "work", "type": "physical", "line": lines(row), "city": town(row)}
    address.update({"state": "PR", "postalCode": zip_code(row), "country": "US"})
    return address


def plannet_bundle(row: dict[str, Any], rng: random.Random) -> str:
    """A Da Vinci PDex Plan-Net answer (``GET /Organization?name=...&_revinclude=Location:
    organization``, FHIR R4): a ``searchset`` Bundle of the provider as a ``plannet-Organization``
    (an invented NPI, type ``fac`` Facility, its name, every number as a ``telecom`` phone, its
    address) and its ``plannet-Location`` (the same lines, the address, the municipality's point
    where the row has one, ``managingOrganization``)."""
    when = _when(rng)
    org_id, loc_id = f"org-{_hex(rng, 12)}", f"loc-{_hex(rng, 12)}"
    base = "https://fhir.planes-salud.example.pr/r4"
    telecom = [
        {"system": "phone", "value": p, "use": "work", "rank": i + 1}
        for i, p in enumerate(phones(row))
    ]
    stamp = when.isoformat()
    org = {
        "resourceType": "Organization",
        "id": org_id,
        "meta": {
            "lastUpdated": stamp,
            "profile": [f"{PLANNET}/StructureDefinition/plannet-Organization"],
        },
        "language": "es-PR",
        "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi(rng)}],
        "active": True,
        "type": [
            {
                "coding": [
                    {
                        "system": f"{PLANNET}/CodeSystem/OrgTypeCS",
                        "code": "fac",
                        "display": "Facility",
                    }
                ],
                "text": kind(row),
            }
        ],
        "name": name(row),
        "telecom": telecom,
        "address": [_fhir_address(row)],
    }
    loc = {
        "resourceType": "Location",
        "id": loc_id,
        "meta": {
            "lastUpdated": stamp,
            "profile": [f"{PLANNET}/StructureDefinition/plannet-Location"],
        },
        "language": "es-PR",
        "status": "active",
        "name": name(row),
        "telecom": telecom,
        "address": _fhir_address(row),
    }
    where = point(row)
    if where:
        loc["position"] = {"longitude": where[1], "latitude": where[0]}
    loc["managingOrganization"] = {"reference": f"Organization/{org_id}", "display": name(row)}
    bundle = {
        "resourceType": "Bundle",
        "id": _uuid(rng),
        "meta": {"lastUpdated": stamp},
        "type": "searchset",
        "total": 1,
        "link": [
            {
                "relation": "self",
                "url": f"{base}/Organization?name={quote(name(row))}"
                "&_revinclude=Location:organization",
            }
        ],
        "entry": [
            {
                "fullUrl": f"{base}/Organization/{org_id}",
                "resource": org,
                "search": {"mode": "match"},
            },
            {
                "fullUrl": f"{base}/Location/{loc_id}",
                "resource": loc,
                "search": {"mode": "include"},
            },
        ],
    }
    return _json(bundle)


def _clock(t: dt.datetime) -> str:
    return t.strftime("%I:%M%p").lstrip("0").lower()


def _day(t: dt.datetime) -> str:
    return f"{t.strftime('%B')} {t.day}, {t.year}"


def acuity_appointment(row: dict[str, Any], rng: random.Random) -> str:
    """An Acuity Scheduling API answer (``GET /api/v1/appointments/{id}``): an invented
    patient's visit (no telephone or e-mail of the patient's), booked on the provider's
    calendar (its name and municipality), the ``location`` giving the provider's name, address
    and telephone, the Spanish ``notes`` the telephone again, an intake form with an invented
    ACAA claim number."""
    start = _when(rng)
    minutes = rng.choice((30, 45, 60))
    end = start + dt.timedelta(minutes=minutes)
    created = start - dt.timedelta(days=rng.randint(2, 20))
    tel = " / ".join(phones(row))
    claim = f"{start.year}-{rng.randint(100000, 999999)}"
    place = ", ".join([name(row), *lines(row)])
    doc = {
        "id": rng.randint(300000000, 999999999),
        "firstName": rng.choice(GIVEN),
        "lastName": f"{rng.choice(SURNAMES)} {rng.choice(SURNAMES)}",
        "phone": "",
        "email": "",
        "date": _day(start),
        "time": _clock(start),
        "endTime": _clock(end),
        "dateCreated": _day(created),
        "datetime": start.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "price": "0.00",
        "paid": "no",
        "amountPaid": "0.00",
        "type": rng.choice(VISITS),
        "appointmentTypeID": rng.randint(10000000, 99999999),
        "addonIDs": [],
        "classID": None,
        "category": kind(row),
        "duration": str(minutes),
        "calendar": f"{name(row)} ({town(row)})",
        "calendarID": rng.randint(1000000, 9999999),
        "canClientCancel": False,
        "canClientReschedule": True,
        "location": f"{place}. Tel. {tel}",
        "certificate": None,
        "confirmationPage": "https://app.acuityscheduling.com/schedule.php?owner="
        f"{rng.randint(10000000, 99999999)}&id[]={_hex(rng, 32)}&action=appt",
        "formsText": f"Número de reclamación ACAA: {claim}",
        "notes": f"Paciente referido por la ACAA, reclamación {claim}. Traer identificación y el "
        f"formulario de la ACAA. Para cambios o cancelaciones llame al {tel}.",
        "timezone": "America/Puerto_Rico",
        "forms": [
            {
                "id": rng.randint(1000000, 9999999),
                "name": "Formulario de admisión",
                "values": [
                    {"value": "Sí", "name": "¿Es su primera visita?", "fieldID": 1,
                     "id": rng.randint(100000000, 999999999)},
                    {"value": claim, "name": "Número de reclamación ACAA", "fieldID": 2,
                     "id": rng.randint(100000000, 999999999)},
                ],
            }
        ],
        "labels": [{"id": rng.randint(1, 9), "name": "Confirmada", "color": "green"}],
    }  # fmt: skip
    return _json(doc)


# Ribbon's location types for the register's specialties (the rest: no type)
RIBBON_TYPES = {
    "Ambulancia": "Ambulance Service",
    "Laboratorio": "Laboratory",
    "Radi\u00cc_logo": "Imaging Center",
    "Terapia": "Physical Therapy",
    "Salud en el Hogar": "Home Health Agency",
}


def ribbon_location(row: dict[str, Any], rng: random.Random) -> str:
    """A Ribbon Health (H1) API answer (``GET /v1/custom/locations/{uuid}``): an invented UUID,
    the provider's name, its address whole and in ``address_details``, the municipality's point
    and a Google Maps link where the row has one, every number in ``phone_numbers`` (the first
    ``primary``), no ``faxes``, a location type for its specialty and a confidence."""
    street = lines(row)
    line1, line2 = (street[0] if street else ""), (", ".join(street[1:]) or None)
    whole = ", ".join(street)
    if not zip_code(row) or not whole.endswith(zip_code(row)):
        whole += f", {town(row)}, PR {zip_code(row)}".rstrip()
    whole += ", US"
    where = point(row)
    doc: dict[str, Any] = {
        "uuid": _uuid(rng),
        "name": name(row),
        "address": whole,
        "address_details": {
            "street": ", ".join(street),
            "address_line_1": line1,
            "address_line_2": line2,
            "city": town(row),
            "state": "PR",
            "zip": zip_code(row),
        },
        "latitude": where[0] if where else None,
        "longitude": where[1] if where else None,
    }
    if where:
        doc["google_maps_link"] = (
            f"https://www.google.com/maps/@{where[0]},{where[1]}?q={quote(whole)}"
        )
    doc["phone_numbers"] = [
        {"phone": p, "details": "primary" if i == 0 else "secondary"}
        for i, p in enumerate(phones(row))
    ]
    doc["faxes"] = []
    found = RIBBON_TYPES.get(_f(row, KIND))
    doc["location_types"] = [found] if found else []
    doc["confidence"] = rng.randint(2, 5)
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "qhp_providers": qhp_providers,
    "plannet_bundle": plannet_bundle,
    "acuity_appointment": acuity_appointment,
    "ribbon_location": ribbon_location,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of each of its numbers
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
