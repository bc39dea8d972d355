"""held_out_333 of the PII evaluation set: real phone fields of a list no earlier part used (the
COVID-19 vaccination centres and pharmacies booking through Maiia, as the volunteer project
ViteMaDose scraped and published them; France's earlier parts took other registers) exactly as
published, in layouts no earlier part has, beside the list's own names, addresses, coordinates
and opening hours.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
numbers from registers of many countries, France's among them (the ministère de la Santé's
COVID-19 testing sites, DILA's service-public.fr offices, the FINESS hospitals, Atout France's
campsites, the Crous' restaurants and others); here:

* the values are the ``phone_number`` fields of 150 of the list's rows, 132 pharmacies and 18
  vaccination centres (``scripts/data/pii_fr_maiia_centres.json``, written by
  ``scripts/fr_maiia_centres_data.py``; source and licence in that file): French numbers as
  the scraper normalised them to E.164, ``+33`` and nine digits with no separator
  (``+33470461110``; four mobile numbers, ``+336``/``+337``, and one ``+338``), each copy
  labelled;
* the text around them is the same row's real fields: the name, the street, postcode and
  commune of its address, its INSEE commune code, Maiia page, coordinates and opening hours by
  day, with invented centre ids, SIREN-shaped structure ids, user ids, CouchDB ids and
  revisions, and dates, unlabelled and scored;
* in layouts no earlier part has, of French public open data and of French-made free software,
  text in French, every row once in each: rows of the ministère de la Santé's open-data file of
  COVID-19 vaccination places (``centres-vaccination.csv``, the semicolon-separated schema with
  ``gid``, ``rdv_lundi``..``rdv_dimanche``, the number in ``rdv_tel``, ``rdv_modalites``
  repeating it), GoGoCarto API element exports (JSON: ``licence``, ``ontology``, an element
  with ``geo``, ``address``, ``categories``, ``telephone``, ``openHours`` by two-letter day and a
  ``description`` repeating the number), YesWiki Bazar API entries (JSON keyed by the entry's
  ``id_fiche``: ``bf_titre``, ``bf_adresse``, ``bf_code_postal``, ``bf_ville``,
  ``bf_telephone``, a ``bf_description`` in wiki syntax repeating the number) and Cozy Cloud
  ``io.cozy.contacts`` documents (CouchDB JSON: the place as ``fullname`` and ``company``, the
  number in ``phone``, a work ``address``, ``cozyMetadata`` and a group relationship).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_333.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_maiia_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_333.jsonl.gz"
SPLIT = "held_out_333"

LAYOUTS = ("vaccination_csv", "gogocarto_element", "yeswiki_bazar", "cozy_contact")
PHONE = "phone_number"
TZ = dt.timezone(dt.timedelta(hours=2))  # Paris, summer 2021

# the French day names of the list's opening hours, and GoGoCarto's two-letter days
DAYS = ("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche")
GOGO_DAYS = dict(zip(DAYS, ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"), strict=True))

# the columns of the vaccination places' open-data file, in its order
CSV_COLUMNS = (
    "gid", "nom", "arrete_pref_numero", "xy_precis", "id_adr", "adr_num", "adr_voie",
    "com_cp", "com_insee", "com_nom", "lat_coor1", "long_coor1", "structure_siren",
    "structure_type", "structure_rais", "structure_num", "structure_voie", "structure_cp",
    "structure_insee", "structure_com", "_userid_creation", "_userid_modification",
    "_edit_datemaj", "lieu_accessibilite", "rdv_lundi", "rdv_mardi", "rdv_mercredi",
    "rdv_jeudi", "rdv_vendredi", "rdv_samedi", "rdv_dimanche", "rdv", "date_fermeture",
    "date_ouverture", "rdv_site_web", "rdv_tel", "rdv_tel2", "rdv_modalites",
    "rdv_consultation_prevaccination", "centre_svi_repondeur", "centre_fermeture",
    "reserve_professionels_sante", "centre_type",
)  # fmt: skip

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def entries() -> dict[str, list[dict[str, Any]]]:
    """Each row of the list once per layout, in the file's order: the ``n``-th entry is row
    ``n // 4`` in layout ``n % 4``."""
    return {loc: [row for row in rows for _ in LAYOUTS] for loc, rows in by_locale().items()}


def layout_of(n: int) -> str:
    """The layout of the ``n``-th entry."""
    return LAYOUTS[n % len(LAYOUTS)]


def _f(row: dict[str, Any], key: str) -> Any:
    """A field as published ("" where the row has none)."""
    value = row["fields"].get(key)
    return "" if value is None else value


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return _f(row, PHONE)


def name(row: dict[str, Any]) -> str:
    """The row's name, its outer blanks stripped (the list keeps a few)."""
    return " ".join(_f(row, "nom").split())


def pharmacy(row: dict[str, Any]) -> bool:
    """Whether the row is a pharmacy (else a vaccination centre)."""
    return _f(row, "type") == "drugstore"


def international(value: str) -> bool:
    """Whether a number is written with a country code (``+33``)."""
    return value.startswith(("+", "00"))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def street_and_commune(row: dict[str, Any]) -> tuple[str, str]:
    """The address split at its postcode: the street before it and the commune after it
    (``("25 Avenue Marechal Juin", "Bourg-en-Bresse")``), blanks tidied."""
    address, cp = _f(row, "address"), _f(row, "com_cp")
    before, _, after = address.partition(cp)
    return " ".join(before.split()).rstrip(","), " ".join(after.split())


def hours(row: dict[str, Any]) -> dict[str, str]:
    """The opening hours by French day name, as published (days the row has only)."""
    return {day: _f(row, "business_hours")[day] for day in DAYS if day in _f(row, "business_hours")}


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of spring and summer 2021 (Paris)."""
    start = dt.datetime(2021, 4, 6, 8, 0, tzinfo=TZ)
    return start + dt.timedelta(seconds=rng.randint(0, 150 * 86400))


def _siren(rng: random.Random) -> str:
    """An invented SIREN-shaped id (nine digits, Luhn check right)."""
    body = [rng.randint(0, 9) for _ in range(8)]
    body[0] = rng.randint(3, 8)
    total = 0
    for i, d in enumerate(reversed(body)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _slug(row: dict[str, Any]) -> str:
    """The name as a YesWiki page tag (``PharmacieDesRamassiers``)."""
    plain = unicodedata.normalize("NFKD", name(row)).encode("ascii", "ignore").decode()
    return "".join(w[:1].upper() + w[1:].lower() for w in re.findall(r"[A-Za-z0-9]+", plain))


def _kind(row: dict[str, Any]) -> str:
    return "Pharmacie" if pharmacy(row) else "Centre de vaccination"


def _vaccines(row: dict[str, Any]) -> str:
    """The vaccines the list names, or a general phrase."""
    names = list(dict.fromkeys(_f(row, "vaccine_type") or []))
    return ", ".join(names) if names else "vaccins contre la Covid-19"


def vaccination_csv(row: dict[str, Any], rng: random.Random) -> str:
    """The header and the row of the place in the ministère de la Santé's open-data file of
    COVID-19 vaccination places (``centres-vaccination.csv``, ``;``-separated): an invented
    ``gid``, the name, street number and way, postcode, INSEE code and commune, coordinates, an
    invented SIREN-shaped ``structure_siren`` with the name as ``structure_rais``, invented
    user ids and edit time, the hours by day in ``rdv_lundi``..``rdv_dimanche``, the Maiia page,
    the number in ``rdv_tel``, ``rdv_modalites`` repeating it, the flags as ``t``/``f``."""
    tel, street = phone(row), street_and_commune(row)[0]
    when = _when(rng)
    number = re.match(r"(\d+(?: ?(?:bis|ter))?)\s+(.*)", street)
    num, way = (number.group(1), number.group(2)) if number else ("", street)
    by_day = hours(row)
    values = {column: "" for column in CSV_COLUMNS}
    values.update(
        gid=str(rng.randint(1000, 9999)),
        nom=name(row),
        xy_precis="t",
        adr_num=num,
        adr_voie=way,
        com_cp=_f(row, "com_cp"),
        com_insee=_f(row, "com_insee"),
        com_nom=street_and_commune(row)[1],
        lat_coor1=str(_f(row, "lat_coor1")),
        long_coor1=str(_f(row, "long_coor1")),
        structure_siren=_siren(rng),
        structure_type="Pharmacie d'officine" if pharmacy(row) else "",
        structure_rais=name(row),
        _userid_creation=str(rng.randint(1, 400)),
        _userid_modification=str(rng.randint(1, 400)),
        _edit_datemaj=f"{when:%Y/%m/%d %H:%M:%S}.{rng.randint(100, 999)}+02",
        rdv="t",
        date_ouverture=f"{when.date() - dt.timedelta(days=rng.randint(10, 60)):%Y-%m-%d}",
        rdv_site_web=_f(row, "rdv_site_web"),
        rdv_tel=tel,
        rdv_modalites=f"Sur rendez-vous uniquement, en ligne sur Maiia ou par téléphone au {tel}",
        rdv_consultation_prevaccination="f",
        centre_svi_repondeur="f",
        centre_fermeture="f",
        reserve_professionels_sante="f",
        centre_type="Pharmacie" if pharmacy(row) else "Centre de vaccination",
    )
    for day in DAYS:
        values[f"rdv_{day.lower()}"] = by_day.get(day, "fermé")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerow([values[c] for c in CSV_COLUMNS])
    return out.getvalue()


def gogocarto_element(row: dict[str, Any], rng: random.Random) -> str:
    """A GoGoCarto API export (``/api/elements.json``) of one element of an invented map of the
    places that vaccinate: the ``licence`` and ``ontology``, the element with an invented id,
    the name, ``geo`` from the row's coordinates, ``address`` (street, commune, postcode,
    ``FR``), ``categories``, the number in ``telephone``, the Maiia page as ``website``, the
    hours by two-letter day in ``openHours``, a ``description`` repeating the number, and
    invented creation and update times."""
    tel = phone(row)
    street, commune = street_and_commune(row)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 40), seconds=rng.randint(0, 86400))
    element = {
        "id": "".join(
            rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz") for _ in range(5)
        ),
        "name": name(row),
        "geo": {"latitude": _f(row, "lat_coor1"), "longitude": _f(row, "long_coor1")},
        "sourceKey": "Vaccination Covid-19",
        "address": {
            "streetAddress": street,
            "addressLocality": commune,
            "postalCode": _f(row, "com_cp"),
            "addressCountry": "FR",
        },
        "createdAt": created.strftime("%d/%m/%Y à %Hh%M"),
        "updatedAt": updated.strftime("%d/%m/%Y à %Hh%M"),
        "status": 1,
        "categories": [_kind(row), "Vaccination Covid-19"],
        "description": f"{_kind(row)} proposant la vaccination ({_vaccines(row)}) sur "
        f"rendez-vous. Renseignements au {tel}.",
        "telephone": tel,
        "website": _f(row, "rdv_site_web"),
        "openHours": {GOGO_DAYS[day]: span.replace(" ", ", ") for day, span in hours(row).items()},
    }
    doc = {
        "licence": "https://opendatacommons.org/licenses/odbl/summary/",
        "ontology": "gogofull",
        "data": [element],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def yeswiki_bazar(row: dict[str, Any], rng: random.Random) -> str:
    """A YesWiki Bazar API answer (``?api/forms/{id}/entries``) of one entry of an invented
    wiki's directory of the places that vaccinate, keyed by its ``id_fiche``: ``bf_titre``,
    form id, invented creation and update times, status, owner, ``url``, ``bf_adresse``,
    ``bf_code_postal``, ``bf_ville``, ``bf_latitude``/``bf_longitude``, the number in
    ``bf_telephone``, the Maiia page in ``bf_site_internet``, a list field of the kind, and a
    ``bf_description`` in wiki syntax repeating the number and giving the hours."""
    tel = phone(row)
    street, commune = street_and_commune(row)
    tag = _slug(row) or f"Fiche{rng.randint(100, 999)}"
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(0, 30), seconds=rng.randint(0, 86400))
    form = rng.choice((2, 3, 4, 5))
    hours_lines = "\n".join(f"  - {day} : {span}" for day, span in hours(row).items())
    entry = {
        "bf_titre": name(row),
        "id_typeannonce": str(form),
        "id_fiche": tag,
        "date_creation_fiche": f"{created:%Y-%m-%d %H:%M:%S}",
        "date_maj_fiche": f"{updated:%Y-%m-%d %H:%M:%S}",
        "statut_fiche": "1",
        "owner": "",
        "user": "WikiAdmin",
        "url": f"https://vaccination-solidaire.yeswiki.net/?{tag}",
        "listeListeTypeLieu": "pharmacie" if pharmacy(row) else "centre",
        "bf_adresse": street,
        "bf_code_postal": _f(row, "com_cp"),
        "bf_ville": commune,
        "bf_latitude": str(_f(row, "lat_coor1")),
        "bf_longitude": str(_f(row, "long_coor1")),
        "bf_telephone": tel,
        "bf_site_internet": _f(row, "rdv_site_web"),
        "bf_description": f"**{_kind(row)}** — vaccination contre la Covid-19 "
        f"({_vaccines(row)}), sur rendez-vous en ligne ou au **{tel}**.\n"
        f"Horaires :\n{hours_lines}",
    }
    return json.dumps({tag: entry}, ensure_ascii=False, indent=4) + "\n"


def cozy_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Cozy Cloud ``io.cozy.contacts`` document (CouchDB JSON) a user saved for the place:
    invented ``_id`` and ``_rev``, the name as ``fullname``, ``displayName`` and ``company``,
    the number in ``phone`` (work, primary), the address as a work ``address`` with its
    ``formattedAddress``, a ``note`` with the kind and Maiia page, ``cozyMetadata`` with
    invented times, and a relationship to an invented contacts group."""
    tel = phone(row)
    street, commune = street_and_commune(row)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(0, 90), seconds=rng.randint(0, 86400))
    iso = "%Y-%m-%dT%H:%M:%S.{ms}Z"
    created_z = created.astimezone(dt.UTC)
    updated_z = updated.astimezone(dt.UTC)
    c_at = created_z.strftime(iso.format(ms=f"{rng.randint(0, 999):03d}"))
    u_at = updated_z.strftime(iso.format(ms=f"{rng.randint(0, 999):03d}"))
    doc = {
        "_id": _hex(rng, 32),
        "_rev": f"{rng.randint(1, 6)}-{_hex(rng, 32)}",
        "address": [
            {
                "formattedAddress": f"{street}, {_f(row, 'com_cp')} {commune}, France",
                "street": street,
                "postcode": _f(row, "com_cp"),
                "city": commune,
                "country": "France",
                "type": "work",
                "primary": True,
            }
        ],
        "birthday": "",
        "company": name(row),
        "cozy": [],
        "cozyMetadata": {
            "createdAt": c_at,
            "createdByApp": "contacts",
            "doctypeVersion": 2,
            "metadataVersion": 1,
            "updatedAt": u_at,
            "updatedByApps": [{"date": u_at, "slug": "contacts"}],
        },
        "displayName": name(row),
        "email": [],
        "fullname": name(row),
        "jobTitle": "",
        "metadata": {"cozy": True, "version": 1},
        "name": {"familyName": "", "givenName": ""},
        "note": f"{_kind(row)} – vaccination Covid sur RDV : {_f(row, 'rdv_site_web')}",
        "phone": [{"number": tel, "type": "work", "label": "work", "primary": True}],
        "relationships": {
            "groups": {"data": [{"_id": _hex(rng, 32), "_type": "io.cozy.contacts.groups"}]}
        },
        "trashed": False,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "vaccination_csv": vaccination_csv,
    "gogocarto_element": gogocarto_element,
    "yeswiki_bazar": yeswiki_bazar,
    "cozy_contact": cozy_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th entry: row ``n // 4`` of the list in layout ``n % 4``, each copy of its
    phone field labelled."""
    from make_pii_eval import coordinates_rng

    row = entries()[locale][n]
    layout = layout_of(n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once per layout, the committed records, a rebuild, the command line
generate, committed, write, main = register_part(DATA, entries, record, __doc__)

if __name__ == "__main__":
    main()
