"""held_out_470 of the PII evaluation set: real phone fields of a register no earlier part used
(the Ministère de l'Enseignement supérieur et de la Recherche's list of the principal
higher-education establishments of France, its universities, grandes écoles and grands
établissements; France's earlier parts took the COVID-19 testing sites, farm shops on
OpenStreetMap, service-public.fr's local offices, the Annuaire de l'éducation's schools,
Montpellier's associations, the Musées de France, FINESS's hospitals, the France services
counters, FranceArchives' services, Onisep's higher-education establishments of the Pays de la
Loire, the CROUS restaurants, Issy-les-Moulineaux's places, Atout France's campsites, Maiia's
centres, the Hauts-de-France partners, Paris's delivery shops, Île-de-France's hotels,
Autovision's and Audilab's centres and the courts of the DSJ) exactly as published, in layouts
no earlier part has, beside the table's own names, UAIs, SIRETs, addresses and communes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``numero_telephone_uai`` of 156 establishments
  (``scripts/data/pii_fr_esr_etablissements.json``, written by
  ``scripts/fr_esr_etablissements_data.py``; source and licence in that file): French numbers
  as the ministry's table writes them, ten digits with no space (``0472448016``); the table holds
  no e-mail address of an establishment; every copy labelled;
* the text around them is the same row's real fields: the establishment's name, UAI
  (``0691774D``), SIRET and SIREN, street, post-office box, postcode, delivery locality, commune
  and its INSEE code, département, région, coordinates and web page, with invented ids (UUIDs,
  hexadecimal catalogue ids, RNCP and CFD codes of invented trainings), dates, capacities,
  distances and hours, unlabelled and scored;
* in layouts no earlier part has, formats of France's public services and higher education,
  text in French: La bonne alternance API answers (``GET /api/v1/formations`` of the State's
  apprenticeship service: one ``formation`` item, an invented apprenticeship degree of the
  establishment, its ``contact`` with the telephone, ``place`` and ``company`` with the
  establishment's name, SIRET, UAI and address, and a ``training`` description repeating the
  telephone), Metarisc API contact pages (``GET /erp/{erp_id}/contacts`` of the fire-safety
  prevention platform of the SDIS: the establishment as the operator of an ERP of type R, its
  ``telephone``, address and web page, and ``observations`` repeating the telephone for the
  safety commission's visit), rows of the national standard of the lieux de médiation numérique
  (the LaMednum/ANCT schema the cartographie nationale publishes, as CSV with its header: the
  establishment's digital space, its ``telephone`` and a ``presentation_detail`` repeating it,
  ``pivot`` its SIRET) and Esup-Stage ``centre-gestion`` answers (the internship-agreement
  application of the ESUP-Portail consortium, ``GET /api/centre-gestion/{id}``: the
  establishment's internship office, ``telephone``, ``siteWeb``, ``voie``, ``codePostal``,
  ``commune``, ``codeUniversite`` its UAI, and a ``commentaire`` repeating the telephone).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_470.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_esr_etablissements.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_470.jsonl.gz"
SPLIT = "held_out_470"

LAYOUTS = ("lba_formation", "metarisc_contacts", "mednum_lieu", "esup_stage_centre")
PHONE = "numero_telephone_uai"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}

# the columns of the standard of the lieux de médiation numérique, in the schema's order
MEDNUM = (
    "id", "nom", "commune", "code_postal", "code_insee", "adresse", "complement_adresse",
    "latitude", "longitude", "typologie", "telephone", "courriel", "site_web", "horaires",
    "presentation_resume", "presentation_detail", "source", "structure_parente", "date_maj",
    "services", "publics_accueillis", "conditions_acces", "labels_nationaux", "labels_autres",
    "modalites_accompagnement", "accessibilite", "prise_rdv", "pivot",
)  # fmt: skip
# invented apprenticeship degrees (title, diploma, level, ROME code and label)
DEGREES = (
    ("Licence professionnelle Métiers de l'informatique : administration et sécurité des "
     "systèmes et des réseaux", "LICENCE PROFESSIONNELLE", "6 (Licence, BUT...)", "M1801",
     "Administration de systèmes d'information"),
    ("Master Management et administration des entreprises", "MASTER", "7 (Master, titre "
     "ingénieur...)", "M1402", "Conseil en organisation et management d'entreprise"),
    ("Diplôme d'ingénieur spécialité génie industriel", "TITRE D'INGENIEUR DIPLOME", "7 (Master, "
     "titre ingénieur...)", "H1206", "Management et ingénierie études, recherche et "
     "développement industriel"),
    ("Licence professionnelle Métiers de la gestion et de la comptabilité", "LICENCE "
     "PROFESSIONNELLE", "6 (Licence, BUT...)", "M1203", "Comptabilité"),
    ("Master Ressources humaines", "MASTER", "7 (Master, titre ingénieur...)", "M1503",
     "Management des ressources humaines"),
)  # fmt: skip
SERVICES = (
    "Accéder à une connexion internet", "Accéder à du matériel",
    "Approfondir ma culture numérique", "Favoriser mon insertion professionnelle",
    "Créer avec le numérique", "Utiliser le numérique au quotidien",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The establishment's telephone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the table's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled (no digit next to
    a copy)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    """The establishment's name (``uo_lib``)."""
    return _f(row, "uo_lib")


def street(row: dict[str, Any]) -> str:
    """The street of the UAI's address (``43 boulevard du 11 Novembre 1918``)."""
    return _f(row, "adresse_uai")


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "code_postal_uai")


def commune(row: dict[str, Any]) -> str:
    """The commune the establishment lies in (``Villeurbanne``)."""
    return _f(row, "com_nom")


def locality(row: dict[str, Any]) -> str:
    """The delivery line after the postcode (``VilleurbanneCEDEX``, as published)."""
    return _f(row, "localite_acheminement_uai")


def one_line(row: dict[str, Any]) -> str:
    """The postal address in one line: street (or place), box, postcode and locality."""
    parts = [p for p in (street(row) or _f(row, "lieu_dit_uai"), _f(row, "boite_postale_uai")) if p]
    return ", ".join([*parts, f"{postcode(row)} {locality(row)}"])


def coordinates(row: dict[str, Any]) -> tuple[float, float] | None:
    """The table's latitude and longitude (``45.77962,4.86518``), or None."""
    value = _f(row, "coordonnees")
    if "," not in value:
        return None
    lat, lon = value.split(",", 1)
    return float(lat), float(lon)


def _hex(rng: random.Random, n: int = 24) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _day(rng: random.Random) -> dt.date:
    """An invented working day of 2024."""
    day = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 330))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _code(value: str) -> str:
    """A code without its letter prefix (``D069`` as ``69``, ``R84`` as ``84``)."""
    return value.lstrip("DRA").lstrip("0") or value


def lba_formation(row: dict[str, Any], rng: random.Random) -> str:
    """A La bonne alternance API answer (``GET /api/v1/formations``): ``results`` with one
    ``formation`` item (the ``ZLbaItemFormation`` model of the service's shared schema): an
    invented apprenticeship degree of the establishment (catalogue ids, RNCP and CFD codes, the
    ROME it prepares for, Onisep link), its ``contact`` (the telephone, no mailbox), ``place``
    (address, coordinates, commune's INSEE code, département, région) and ``company`` (the
    establishment's name, SIRET, UAI, web page, and its ``headquarter`` as manager), and a
    ``training`` whose description repeats the telephone."""
    title, diploma, level, rome, rome_label = rng.choice(DEGREES)
    start = _day(rng).replace(month=9, day=rng.randint(1, 15))
    latlon = coordinates(row)
    cedex = "CEDEX" if "CEDEX" in locality(row).upper() else None
    place = {
        "distance": round(rng.uniform(0.3, 28.0), 1),
        "fullAddress": one_line(row),
        **({"latitude": latlon[0], "longitude": latlon[1]} if latlon else {}),
        "city": commune(row),
        "address": street(row) or _f(row, "lieu_dit_uai") or None,
        "cedex": cedex,
        "zipCode": postcode(row),
        "insee": _f(row, "com_code") or None,
        "departementNumber": _code(_f(row, "dep_id")) or None,
        "region": _code(_f(row, "reg_id")) or None,
        "remoteOnly": False,
    }
    siret = _f(row, "siret") or None
    item = {
        "ideaType": "formation",
        "title": title,
        "longTitle": title.upper(),
        "id": _hex(rng),
        "idRco": f"24_{rng.randint(100000, 999999)}",
        "idRcoFormation": f"24_{rng.randint(100000, 999999)}|24_{rng.randint(1000000, 9999999)}",
        "cleMinistereEducatif": f"{rng.randint(10**5, 10**6 - 1)}P01{siret or _f(row, 'uai')}",
        "contact": {
            "email": None,
            "phone": phone(row),
            "info": "Service de la formation continue et de l'alternance (standard)",
        },
        "place": place,
        "company": {
            "name": name(row),
            "siret": siret,
            "id": _hex(rng),
            "uai": _f(row, "uai"),
            "url": _f(row, "url") or None,
            "place": {"city": commune(row)},
            "headquarter": {
                "siret": siret,
                "id": _hex(rng),
                "uai": _f(row, "uai"),
                "type": "Gestionnaire et formateur",
                "hasConvention": rng.choice(("OUI", "NON")),
                "place": {
                    "address": street(row) or None,
                    "cedex": cedex,
                    "zipCode": postcode(row),
                    "city": commune(row),
                },
                "name": name(row),
            },
        },
        "diplomaLevel": level,
        "diploma": diploma,
        "cfd": f"{rng.choice(('250', '260', '135', '160'))}{rng.randint(10000, 99999)}",
        "rncpCode": f"RNCP{rng.randint(30000, 39999)}",
        "rncpLabel": title.split(" : ")[0],
        "rncpEligibleApprentissage": True,
        "period": json.dumps([f"{start:%Y-%m}", f"{start.year + 1}-09"]),
        "capacity": str(rng.choice((12, 16, 20, 24, 30))),
        "onisepUrl": "https://www.onisep.fr/http/redirection/formation/slug/FOR."
        f"{rng.randint(1000, 9999)}",
        "romes": [{"code": rome, "label": rome_label}],
        "training": {
            "description": f"Formation en apprentissage de {name(row)} ({commune(row)}), en "
            f"alternance entre l'établissement et l'entreprise sur {rng.choice((1, 2))} an(s). "
            f"Renseignements et candidatures auprès du service de l'alternance, standard de "
            f"l'établissement : {phone(row)}",
            "objectif": "Former des cadres capables de conduire des projets dans l'entreprise "
            "d'accueil et d'y exercer des responsabilités d'encadrement.",
            "sessions": [
                {
                    "startDate": f"{start:%Y-%m-%d}T00:00:00.000Z",
                    "endDate": f"{start.year + 1}-08-31T00:00:00.000Z",
                    "isPermanentEntry": False,
                }
            ],
        },
    }
    return _json({"results": [item]})


def metarisc_contacts(row: dict[str, Any], rng: random.Random) -> str:
    """A Metarisc API contact page (``GET /erp/{erp_id}/contacts`` of the fire-safety prevention
    platform: ``data`` and ``meta.pagination``): one ``Contact`` (an invented UUID) for the
    establishment as the operator of an ERP of type R (no person: ``nom`` the switchboard,
    ``prenom`` and ``civilite`` empty), its ``telephone``, one-line ``adresse``,
    ``site_web_url`` and ``societe``, no ``email``, and ``observations`` giving the commune,
    UAI, SIRET and category and repeating the telephone for the safety commission's periodic
    visit."""
    visit = _day(rng)
    category = rng.choice(("1re", "2e", "3e"))
    hour = rng.choice(("9h", "9h30", "10h", "14h"))
    found = (("UAI", _f(row, "uai")), ("SIRET", _f(row, "siret")))
    ids = "".join(f", {key} {value}" for key, value in found if value)
    contact = {
        "id": _uuid(rng),
        "nom": "Accueil - standard",
        "prenom": None,
        "fonction": "Exploitant (chef d'établissement)",
        "telephone": phone(row),
        "adresse": one_line(row),
        "site_web_url": _f(row, "url") or None,
        "civilite": None,
        "societe": name(row),
        "email": None,
        "observations": f"Établissement d'enseignement supérieur à {commune(row)}, ERP de type "
        f"R, {category} catégorie{ids}. Visite périodique de la sous-commission départementale "
        f"de sécurité prévue le {visit:%d/%m/%Y} à {hour} : prendre rendez-vous par le standard "
        f"au {phone(row)}",
    }
    meta = {"pagination": {"total": 1, "count": 1, "per_page": 25, "current_page": 1,
                           "total_pages": 1}}  # fmt: skip
    return _json({"data": [contact], "meta": meta})


def mednum_lieu(row: dict[str, Any], rng: random.Random) -> str:
    """A file of the standard of the lieux de médiation numérique (the LaMednum/ANCT schema of
    the cartographie nationale, CSV with its header row): one row, the establishment's digital
    space (an invented UUID as ``id``), its commune, postcode, INSEE code, street,
    coordinates, ``telephone``, web page, hours in OpenStreetMap's syntax, a
    ``presentation_detail`` repeating the telephone, the establishment as ``source`` and
    ``structure_parente``, invented services and publics, and ``pivot`` its SIRET."""
    latlon = coordinates(row)
    services = rng.sample(SERVICES, rng.randint(2, 4))
    values = {
        "id": _uuid(rng),
        "nom": f"Espace numérique - {name(row)}",
        "commune": commune(row),
        "code_postal": postcode(row),
        "code_insee": _f(row, "com_code"),
        "adresse": street(row) or _f(row, "lieu_dit_uai"),
        "complement_adresse": _f(row, "boite_postale_uai"),
        "latitude": f"{latlon[0]}" if latlon else "",
        "longitude": f"{latlon[1]}" if latlon else "",
        "typologie": "",
        "telephone": phone(row),
        "courriel": "",
        "site_web": _f(row, "url"),
        "horaires": rng.choice(("Mo-Fr 08:30-18:00", "Mo-Fr 09:00-12:00,13:30-17:30",
                                "Mo-Th 08:00-19:00; Fr 08:00-17:00")),
        "presentation_resume": "Postes informatiques en libre accès, impression et "
        "accompagnement aux usages numériques pour les étudiants et le public.",
        "presentation_detail": "Les médiateurs accueillent sans rendez-vous aux heures "
        "d'ouverture ; pour un accompagnement individuel ou un atelier de groupe, appeler le "
        f"standard de l'établissement au {phone(row)}.",
        "source": name(row),
        "structure_parente": name(row),
        "date_maj": f"{_day(rng):%Y-%m-%d}",
        "services": ";".join(services),
        "publics_accueillis": "Jeunes (16-26 ans);Adultes",
        "conditions_acces": rng.choice(("Gratuit", "Gratuit sous condition")),
        "labels_nationaux": "",
        "labels_autres": "",
        "modalites_accompagnement": rng.choice(("Seul;Avec de l’aide", "Avec de l’aide;Dans un "
                                                "atelier")),
        "accessibilite": "",
        "prise_rdv": "",
        "pivot": _f(row, "siret"),
    }  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(MEDNUM)
    writer.writerow([values[c] for c in MEDNUM])
    return out.getvalue()


def esup_stage_centre(row: dict[str, Any], rng: random.Random) -> str:
    """An Esup-Stage answer (``GET /api/centre-gestion/{id}`` of the ESUP-Portail consortium's
    internship-agreement application): the ``CentreGestion`` entity's fields, an invented id,
    the establishment's internship office as ``nomCentre`` at the level ``ETABLISSEMENT``, its
    ``siteWeb``, ``telephone`` (no ``mail`` nor ``fax``), ``codeUniversite`` its UAI, the
    validation settings, ``voie``, ``codePostal`` and ``commune``, no staff and no signatory
    named, and a ``commentaire`` repeating the telephone."""
    orders = rng.sample((1, 2, 3), 3)
    doc = {
        "id": rng.randint(2, 180),
        "nomCentre": f"{name(row)} - Bureau des stages",
        "niveauCentre": {"id": 1, "libelle": "ETABLISSEMENT"},
        "siteWeb": _f(row, "url") or None,
        "mail": None,
        "telephone": phone(row),
        "fax": None,
        "commentaire": "Conventions de stage : les étudiants saisissent leur convention en ligne "
        "; pour toute question sur la validation pédagogique ou la signature, joindre le bureau "
        f"des stages par le standard de l'établissement ({phone(row)}), du lundi au vendredi.",
        "presenceTuteurEns": True,
        "presenceTuteurPro": True,
        "saisieTuteurProParEtudiant": rng.choice((True, False)),
        "depotAnonyme": False,
        "codeUniversite": _f(row, "uai"),
        "nomViseur": None,
        "prenomViseur": None,
        "qualiteViseur": None,
        "urlPageInstruction": None,
        "centreGestionSuperViseur": None,
        "autoriserImpressionConvention": rng.choice((True, False)),
        "fichier": None,
        "validationPedagogique": True,
        "validationConvention": True,
        "verificationAdministrative": rng.choice((True, False)),
        "validationPedagogiqueOrdre": orders[0],
        "validationConventionOrdre": orders[1],
        "verificationAdministrativeOrdre": orders[2],
        "autorisationEtudiantCreationConvention": True,
        "modeValidationStage": None,
        "visibiliteEvalPro": rng.choice((True, False)),
        "recupInscriptionAnterieure": False,
        "dureeRecupInscriptionAnterieure": None,
        "adresse": _f(row, "boite_postale_uai") or None,
        "voie": street(row) or _f(row, "lieu_dit_uai") or None,
        "commune": commune(row),
        "codePostal": postcode(row),
        "personnels": [],
        "validationCreation": True,
        "delaiAlerteConvention": rng.choice((0, 7, 15, 30)),
        "consigne": None,
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "lba_formation": lba_formation,
    "metarisc_contacts": metarisc_contacts,
    "mednum_lieu": mednum_lieu,
    "esup_stage_centre": esup_stage_centre,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
