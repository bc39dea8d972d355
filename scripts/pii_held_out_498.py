"""held_out_498 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (the Ministère de la Santé et des Services sociaux du Québec's Répertoire des
établissements, the installations of Quebec's licensed health and social services
establishments: hospitals, CLSC, CHSLD, rehabilitation and youth centres; Canada's earlier parts
took Ontario's testing centres, WorkBC Centres, Toronto's child care centres, the RHRA's
retirement homes, the pharmacy rosters, three provinces' schools, BC's child care facilities,
Ontario's long-term care homes, HealthLinkBC's walk-in clinics, Loblaw's stores, the Open
Brewery DB's breweries, and Quebec's CPE and garderies and its municipalities) exactly as
published, in layouts no earlier part has, beside the directory's own names, licence numbers,
addresses, postal codes and regions.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Phone`` of 400 installations and their ``Fax`` where the directory gives
  one that is a line of its own (not its placeholder of zeros, ``(000) 000-0000``, not the
  phone again) (``scripts/data/pii_ca_qc_msss_installations.json``, written by
  ``scripts/ca_qc_msss_installations_data.py``; source and licence in that file): North
  American numbers as the directory writes them, the area code in brackets, a space, the
  exchange and the line joined by a hyphen (``(514) 321-8800``); the directory gives no
  e-mail address; every copy labelled;
* the text around them is the same row's real fields: the installation's legal and short
  names, licence number (``1245-2645``, eight digits, unlabelled), street address, post office
  box, municipality with its code (``Montréal (66023)``), postal code (``H1H 1B7``), health
  region, CLSC territory, MRC, electoral division, services of the licence, missions and
  status, with invented ids, kiosk numbers, zoom levels and dates, unlabelled and scored;
* in layouts no earlier part has, text in French: Gorgias REST API customer objects (``GET
  /api/customers/{id}`` of a medical supplier's helpdesk: the installation as a customer, its
  phone as a ``phone`` channel, its fax and the directory's fields in ``data``, a ``note``
  repeating the phone and fax), Bookwhen API v2 location documents (JSON:API, ``type``
  ``location``: the installation as the venue of a booked clinic, its name and address in
  ``address_text``, the phone and fax in ``additional_info``; field names from the helper's
  knowledge of the API, checked against a third-party description of its ``location``
  resource), WikiCreole 1.0 pages of an intranet wiki (the installation's card: headings, a
  table with the phone and fax, lists of its attachments and services, a closing line with the
  phone again) and Hjson configuration files of a reception kiosk (comments, quoteless keys and
  strings, a multiline welcome message repeating the phone).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_498.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ca_qc_msss_installations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_498.jsonl.gz"
SPLIT = "held_out_498"

LAYOUTS = ("gorgias_customer", "bookwhen_location", "creole_page", "hjson_kiosk")
PHONE, FAX = "Phone", "Fax"
EDGES = {PHONE: r"\d", FAX: r"\d"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
EASTERN = dt.timezone(dt.timedelta(hours=-5))
# the directory's placeholder where it gives no number
NONE = "(000) 000-0000"
# the date of the directory's copy (the repository's commit)
READ = "2018-03-07"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented clinics booked at an installation (Bookwhen)
CLINICS = (
    "Vaccination antigrippale",
    "Prélèvements sanguins sur rendez-vous",
    "Vaccination des enfants de 0 à 5 ans",
    "Dépistage visuel",
    "Clinique de soins de plaies",
)
# invented orders of a medical supplier (Gorgias)
SUPPLIES = (
    "gants d'examen en nitrile",
    "pansements hydrocolloïdes",
    "seringues de 3 ml",
    "blouses d'isolation",
    "solution hydroalcoolique",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The installation's phone as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The installation's fax where it is a line of its own: not the directory's placeholder of
    zeros, not the phone again; else ""."""
    value = _f(row, FAX)
    if value == NONE or value == phone(row) or len(re.sub(r"\D", "", value)) < 7:
        return ""
    return value


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's phone and fax (an empty fax is skipped)."""
    return [(PHONE, phone(row)), (FAX, fax(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax labelled (each copy
    stands apart: no digit next to a number)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Eastern time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=EASTERN) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def name(row: dict[str, Any]) -> str:
    """The installation's legal name."""
    return _f(row, "Legal Name")


def town(row: dict[str, Any]) -> str:
    """The municipality without its code (``Montréal (66023)`` as ``Montréal``)."""
    return re.sub(r"\s*\(\d+\)$", "", _f(row, "Municipality"))


def street_lines(row: dict[str, Any]) -> list[str]:
    """The address as the directory gives it: street, post office box (where there is one),
    municipality with its code, postal code."""
    lines = [_f(row, "Address")]
    if _f(row, "PO Box"):
        lines.append(_f(row, "PO Box"))
    return [*lines, f"{_f(row, 'Municipality')} (Québec)", _f(row, "Postal Code")]


def services(row: dict[str, Any]) -> list[str]:
    """The services of the licence, one by one (``CHSGS   222 Lit(s) de santé physique``)."""
    return [s.strip() for s in _f(row, "Licensing Services").split(";") if s.strip()]


def missions(row: dict[str, Any]) -> list[str]:
    """The establishment's missions, each once (``CPEJ CLSC CH CHSLD CR``)."""
    return list(dict.fromkeys(_f(row, "Mission(s)").split()))


def gorgias_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Gorgias REST API customer object (``GET /api/customers/{id}``) of a medical
    supplier's helpdesk: an invented id and times, ``external_id`` the licence number, the
    installation's name, no e-mail address, French and Eastern time, one ``phone`` channel
    with the installation's phone, ``data`` with the directory's fields and the fax, and a
    ``note`` repeating the phone (and the fax) for deliveries."""
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 200), minutes=rng.randint(1, 600))
    cid = rng.randint(10**8, 10**9 - 1)
    note = (
        f"Client institutionnel ({_f(row, 'Status').lower()}). Livraisons de "
        f"{rng.choice(SUPPLIES)} au quai de réception, du lundi au vendredi de 8 h à 15 h; "
        f"appeler l'accueil au {phone(row)} la veille"
    )
    if fax(row):
        note += f". Bons de commande par télécopieur au {fax(row)}"
    note += "."
    info: dict[str, Any] = {
        "numero_permis": _f(row, "License Number"),
        "nom_abrege": _f(row, "Short Name"),
        "adresse": _f(row, "Address"),
    }
    if _f(row, "PO Box"):
        info["case_postale"] = _f(row, "PO Box")
    info |= {
        "municipalite": _f(row, "Municipality"),
        "code_postal": _f(row, "Postal Code"),
        "region_sociosanitaire": _f(row, "Health Region"),
        "territoire_clsc": _f(row, "Territory CLSC"),
        "missions": missions(row),
        "statut": _f(row, "Status"),
        "mode_financement": _f(row, "Funding method"),
    }
    if fax(row):
        info["telecopieur"] = fax(row)
    channel = {
        "id": rng.randint(10**7, 10**8 - 1),
        "type": "phone",
        "address": phone(row),
        "preferred": True,
        "created_datetime": f"{created:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999999):06d}",
        "updated_datetime": f"{created:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999999):06d}",
    }
    doc = {
        "id": cid,
        "external_id": _f(row, "License Number"),
        "active": True,
        "email": None,
        "name": name(row),
        "firstname": "",
        "lastname": "",
        "language": "fr",
        "timezone": "America/Toronto",
        "created_datetime": channel["created_datetime"],
        "updated_datetime": f"{updated:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999999):06d}",
        "meta": {},
        "data": info,
        "note": note,
        "channels": [channel],
        "integrations": {},
    }
    return _json(doc)


def bookwhen_location(row: dict[str, Any], rng: random.Random) -> str:
    """A Bookwhen API v2 location document (JSON:API, ``GET /v2/locations/{id}``): an
    invented id, ``type`` ``location``, ``address_text`` with the installation's name and
    address, ``additional_info`` with the licence number, the phone and fax to call for the
    booked clinic, and no coordinates (the directory gives none)."""
    lid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))
    clinic = rng.choice(CLINICS)
    info = (
        f"{clinic} — installation n° de permis {_f(row, 'License Number')} "
        f"({_f(row, 'Health Region')}). Présentez-vous 10 minutes avant votre rendez-vous "
        "avec votre carte d'assurance maladie. Pour annuler ou déplacer un rendez-vous, "
        f"téléphonez à l'accueil au {phone(row)}"
    )
    if fax(row):
        info += f" ou envoyez la demande de votre médecin par télécopieur au {fax(row)}"
    info += "."
    doc = {
        "data": {
            "id": lid,
            "type": "location",
            "attributes": {
                "address_text": "\n".join([name(row), *street_lines(row)]),
                "additional_info": info,
                "latitude": None,
                "longitude": None,
                "zoom": rng.choice((14, 15, 16)),
                "map_url": None,
                "map_image_url": None,
            },
            "links": {"self": f"https://api.bookwhen.com/v2/locations/{lid}"},
        }
    }
    return _json(doc)


def creole_page(row: dict[str, Any], rng: random.Random) -> str:
    """A WikiCreole 1.0 page of an intranet wiki: the installation's name as the heading, the
    source and an invented revision date in italics, a table of its coordinates (licence
    number, names, address, phone, fax), lists of its attachments and of the services of its
    licence, a table of its status, and a closing line with the phone again."""
    when = _when(rng)
    lines = [
        f"= {name(row)} =",
        "",
        f"//Fiche tirée du Répertoire des établissements (M02) du MSSS, extrait du {READ}; "
        f"révisée le {when:%Y-%m-%d} (révision {rng.randint(2, 40)}).//",
        "",
        "== Coordonnées ==",
        "|= Champ |= Valeur |",
        f"| Numéro au permis | {_f(row, 'License Number')} |",
        f"| Nom abrégé | {_f(row, 'Short Name')} |",
        f"| Adresse | {_f(row, 'Address')} |",
    ]
    if _f(row, "PO Box"):
        lines.append(f"| Case postale | {_f(row, 'PO Box')} |")
    lines += [
        f"| Municipalité | {_f(row, 'Municipality')} |",
        f"| Code postal | {_f(row, 'Postal Code')} |",
        f"| Téléphone | {phone(row)} |",
    ]
    if fax(row):
        lines.append(f"| Télécopieur | {fax(row)} |")
    lines += [
        "",
        "== Rattachement ==",
        f"* Région sociosanitaire : {_f(row, 'Health Region')}",
        f"* Territoire CLSC : {_f(row, 'Territory CLSC')}",
        f"* MRC : {_f(row, 'MRC')}",
        f"* Circonscription électorale provinciale : {_f(row, 'Circ. Provincial Election')}",
        "",
        "== Services au permis ==",
        *(f"* {s}" for s in services(row)),
        "",
        "== Statut ==",
        f"| Statut | {_f(row, 'Status')} |",
        f"| Loi | {_f(row, 'Law')} |",
        f"| Mode de constitution | {_f(row, 'Incorpporation')} |",
        f"| Mission(s) | {' '.join(missions(row))} |",
        f"| Mode de financement | {_f(row, 'Funding method')} |",
        "",
        "----",
        f"Pour joindre l'installation : **{phone(row)}** (accueil). Signaler une correction "
        "sur la page [[Répertoire:Corrections|Corrections du répertoire]].",
        "",
    ]
    return "\n".join(lines)


_QUOTELESS = re.compile(r"[^\s{}\[\],:\"'#/][^\n]*[^\s]|[^\s{}\[\],:\"'#/]")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")


def hjson_value(value: str) -> str:
    """A string as Hjson writes it: quoteless where that reads back as the same string (no
    leading punctuator, quote, comment or space, no trailing space, not a number or keyword,
    no ``'''``), else a JSON string."""
    quoteless = (
        _QUOTELESS.fullmatch(value)
        and not _NUMBER.match(value)
        and value not in ("true", "false", "null")
        and "'''" not in value
    )
    return value if quoteless else json.dumps(value, ensure_ascii=False)


def hjson_kiosk(row: dict[str, Any], rng: random.Random) -> str:
    """An Hjson configuration file of a reception kiosk (``borne d'accueil``) of the
    installation: comments naming the source, the installation's licence number, names,
    missions and status, its address, its phone and fax, and the kiosk's invented id, language,
    update time and a multiline welcome message repeating the phone."""
    when = _when(rng)
    kiosk = f"BA-{rng.randint(100, 999)}-{rng.randint(10, 99)}"
    out = [
        "# Configuration de la borne d'accueil",
        f"# Source : Répertoire des établissements (M02) du MSSS, extrait du {READ}",
        "{",
        "  installation: {",
        f"    permis: {json.dumps(_f(row, 'License Number'))}",
        f"    nom: {hjson_value(name(row))}",
        f"    nom_abrege: {hjson_value(_f(row, 'Short Name'))}",
        f"    missions: [{', '.join(json.dumps(m) for m in missions(row))}]",
        f"    statut: {hjson_value(_f(row, 'Status'))}",
        "  }",
        "  adresse: {",
        f"    rue: {hjson_value(_f(row, 'Address'))}",
    ]
    if _f(row, "PO Box"):
        out.append(f"    case_postale: {hjson_value(_f(row, 'PO Box'))}")
    out += [
        f"    municipalite: {hjson_value(_f(row, 'Municipality'))}",
        f"    code_postal: {hjson_value(_f(row, 'Postal Code'))}",
        "    province: QC",
        "  }",
        "  telephones: {",
        "    # numéro affiché et composé par la borne",
        f"    accueil: {hjson_value(phone(row))}",
    ]
    if fax(row):
        out.append(f"    telecopieur: {hjson_value(fax(row))}")
    out += [
        "  }",
        "  borne: {",
        f"    id: {kiosk}",
        "    langue: fr-CA",
        f"    mise_a_jour: {json.dumps(when.strftime('%Y-%m-%dT%H:%M:%S-05:00'))}",
        f"    veille_minutes: {rng.choice((5, 10, 15))}",
        "    message_accueil:",
        "      '''",
        f"      Bienvenue à {name(row)}.",
        f"      Pour joindre l'accueil, composez le {phone(row)}.",
        "      '''",
        "  }",
        "}",
        "",
    ]
    return "\n".join(out)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "gorgias_customer": gorgias_customer,
    "bookwhen_location": bookwhen_location,
    "creole_page": creole_page,
    "hjson_kiosk": hjson_kiosk,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
