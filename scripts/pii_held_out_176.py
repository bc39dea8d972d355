"""held_out_176 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Annuaire de l'éducation of the ministère de l'Éducation nationale, its
schools and services of Ille-et-Vilaine; France's earlier parts took other registers) exactly as
published, in layouts no earlier part has, beside the register's own names, codes and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of FR (COVID-19 testing sites, farm shops on OpenStreetMap,
service-public.fr's local offices), BE and many others; here:

* the values are the ``Telephone``, ``Fax`` and ``Mail`` fields of 300 écoles, collèges, lycées
  and services, a seeded sample of the file's 978 (``scripts/data/pii_fr_annuaire_education.json``,
  written by ``scripts/fr_annuaire_education_data.py``; source and licence in that file): French
  ten-digit numbers with the trunk ``0`` as the register writes them, run together
  (``0299853802``) or in pairs (``02 99 68 06 50``), some mobiles (``0662...``), each copy
  labelled; the fax where the row has one; the e-mail address (the académie's functional
  ``ecole.0350122T@ac-rennes.fr``, ``Ce.0350003n@ac-rennes.fr``, private schools' and
  associations' own), each copy labelled;
* the text around them is the same row's real fields: the name, UAI code (``0350122T``), kind,
  address, postcode, INSEE commune code, SIREN/SIRET (fourteen digits), pupil count,
  circonscription and coordinates, with invented offer, event and session ids, ROME, FORMACODE
  and NSF codes, hours, wages and dates, unlabelled and scored;
* in layouts no earlier part has, formats of French education, training and employment
  systems, text in French: LHÉO 2.x training-offer files (Langage harmonisé d'échange
  d'informations sur l'offre de formation: the establishment as ``organisme-formation-
  responsable`` with ``coordonnees-organisme`` and ``contact-organisme``, ``telfixe`` or
  ``portable``, ``fax`` and ``numtel``, ``courriel``, ``lieu-de-formation``), GAR ENT
  structure feeds (the Gestionnaire d'accès aux ressources' ``GAR-ENT-Etab`` XML, 1D for écoles,
  2D otherwise: ``GARStructureUAI``, ``GARStructureNomCourant``, ``GARStructureTelephone``,
  ``GARStructureEmail``), OpenAgenda v2 events (JSON: ``registration`` entries of type
  ``phone`` and ``email``, the ``location``, a Markdown ``longDescription`` repeating the
  number) and France Travail job offers (API Offres d'emploi v2 JSON: ``entreprise``,
  ``lieuTravail``, ``contact`` with ``telephone`` and ``courriel``, a ``description`` naming the
  number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_176.py   # rewrites the committed file
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
from zoneinfo import ZoneInfo

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_annuaire_education.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_176.jsonl.gz"
SPLIT = "held_out_176"

LAYOUTS = ("lheo_offre", "gar_ent_etab", "openagenda_event", "francetravail_offre")
PHONE, FAX = "Telephone", "Fax"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
PARIS = ZoneInfo("Europe/Paris")

# invented continuing-training actions held at an establishment (FORMACODE, NSF, ROME, title,
# hours); no real offer is meant
TRAININGS = (
    ("42829", "344", "K2111", "Sauveteur secouriste du travail (SST)", 14),
    ("15041", "333", "K2111", "Remise à niveau en français et mathématiques", 120),
    ("70332", "326", "M1607", "Bureautique : traitement de texte et tableur", 35),
    ("44028", "330", "K1303", "CAP Accompagnant éducatif petite enfance", 420),
    ("42866", "344", "K2111", "Prévention et secours civiques de niveau 1 (PSC1)", 7),
)  # fmt: skip
# invented events an establishment announces
EVENTS = (
    ("Portes ouvertes", "Visite des locaux et rencontre avec l'équipe pédagogique."),
    ("Fête de fin d'année", "Spectacle des élèves, kermesse et stands des familles."),
    ("Marché de Noël", "Vente des objets réalisés par les élèves au profit des projets de "
     "classe."),
    ("Réunion d'information aux familles", "Présentation de l'année scolaire, des projets et "
     "de l'organisation."),
    ("Bourse aux livres", "Dépôt et vente de livres et de fournitures d'occasion."),
)  # fmt: skip
# invented job offers (ROME code, ROME label, appellation, contract, hours, hourly wage)
JOBS = (
    ("K2204", "Nettoyage de locaux", "Agent / Agente d'entretien de locaux", "CDD", 20, "11.88"),
    ("K2104", "Éducation et surveillance au sein d'établissements d'enseignement",
     "Assistant / Assistante d'éducation", "CDD", 35, "11.88"),
    ("G1603", "Personnel polyvalent en restauration", "Agent / Agente de restauration",
     "CDD", 24, "12.10"),
    ("K2104", "Éducation et surveillance au sein d'établissements d'enseignement",
     "Accompagnant / Accompagnante d'élèves en situation de handicap (AESH)", "CDD", 24,
     "12.35"),
)  # fmt: skip

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The establishment's ``Telephone`` as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The establishment's ``Fax`` as published, stripped ("" where it has none)."""
    return _f(row, FAX)


def mail(row: dict[str, Any]) -> str:
    """The establishment's ``Mail`` as published, stripped ("" where it has none)."""
    return _f(row, "Mail")


def name(row: dict[str, Any]) -> str:
    """The establishment's name (``Ecole primaire publique les Lucioles``)."""
    return _f(row, "Nom_etablissement")


def uai(row: dict[str, Any]) -> str:
    """The establishment's UAI code (``0350122T``)."""
    return _f(row, "Identifiant_de_l_etablissement")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none in this register)."""
    return value.startswith(("+", "00"))


def mobile(value: str) -> bool:
    """Whether a French number is a mobile's (``06``, ``07``)."""
    return value.startswith(("06", "07"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields and of its e-mail
    address labelled (each copy stands apart: no digit next to a number, no address character
    next to an address)."""
    values = [("phone", phone(row)), ("fax", fax(row)), ("email", mail(row))]
    columns = {"phone": PHONE, "fax": FAX}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the school year 2024-2025 (Paris time)."""
    start = dt.datetime(2024, 9, 2, 8, 0, tzinfo=PARIS)
    return start + dt.timedelta(seconds=rng.randint(0, 280 * 86400))


def _street(row: dict[str, Any]) -> str:
    """The street line of the address (``Adresse_1``, else the first line given)."""
    for key in ("Adresse_1", "Adresse_2", "Adresse_3"):
        if _f(row, key):
            return _f(row, key)
    return ""


def _postcode(row: dict[str, Any]) -> str:
    return _f(row, "Code postal")


def _commune(row: dict[str, Any]) -> str:
    return _f(row, "Nom_commune")


def _siret(row: dict[str, Any]) -> str:
    """The SIRET as the register gives it, "" where it is not fourteen digits."""
    value = _f(row, "SIREN_SIRET")
    return value if len(value) == 14 and value.isdigit() else ""


def _public(row: dict[str, Any]) -> bool:
    return _f(row, "Statut_public_prive") == "Public"


def lheo_offre(row: dict[str, Any], rng: random.Random) -> str:
    """An LHÉO file of one training offer held at the establishment: ``domaine-formation``
    (invented FORMACODE, NSF and ROME codes), the title, objective and content, an ``action``
    with its ``lieu-de-formation`` (the establishment's name and address with the INSEE code and
    coordinates) and a ``session`` (invented dates), and the establishment as
    ``organisme-formation-responsable``: its SIRET, name, ``coordonnees-organisme`` (address,
    ``telfixe`` or ``portable`` for a mobile, ``fax``, ``courriel``, ``web``) and
    ``contact-organisme`` repeating the number and address."""
    formacode, nsf, rome, title, hours = rng.choice(TRAININGS)
    when = _when(rng)
    end = when + dt.timedelta(days=rng.randint(2, 120))
    number = f"{uai(row)}_{rng.randint(10000, 99999)}"
    tel_kind = "portable" if mobile(phone(row)) else "telfixe"
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    geo = (
        [
            "<geolocalisation>",
            f"<latitude>{lat}</latitude>",
            f"<longitude>{lon}</longitude>",
            "</geolocalisation>",
        ]
        if lat and lon
        else []
    )
    address = [
        "<adresse>",
        f"<ligne>{_x(_street(row))}</ligne>",
        f"<codepostal>{_postcode(row)}</codepostal>",
        f"<ville>{_x(_commune(row))}</ville>",
        "<departement>35</departement>",
        f"<code-INSEE-commune>{_f(row, 'Code_commune')}</code-INSEE-commune>",
        "<region>53</region>",
        "<pays>FR</pays>",
        *geo,
        "</adresse>",
    ]
    contact = [f"<{tel_kind}>", f"<numtel>{phone(row)}</numtel>", f"</{tel_kind}>"]
    organisme = [*address, *contact]
    if fax(row):
        organisme += ["<fax>", f"<numtel>{fax(row)}</numtel>", "</fax>"]
    if mail(row):
        organisme.append(f"<courriel>{_x(mail(row))}</courriel>")
        contact.append(f"<courriel>{_x(mail(row))}</courriel>")
    if _f(row, "Web"):
        organisme += ["<web>", f"<urlweb>{_x(_f(row, 'Web'))}</urlweb>", "</web>"]
    siret = (
        ["<SIRET-organisme-formation>", f"<SIRET>{_siret(row)}</SIRET>",
         "</SIRET-organisme-formation>"]
        if _siret(row)
        else []
    )  # fmt: skip
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<lheo xmlns="http://www.lheo.org/2.2">',
        "<offres>",
        f'<formation numero="{number}">',
        "<domaine-formation>",
        f'<code-FORMACODE ref="V12" tag="principal">{formacode}</code-FORMACODE>',
        f"<code-NSF>{nsf}</code-NSF>",
        f"<code-ROME>{rome}</code-ROME>",
        "</domaine-formation>",
        f"<intitule-formation>{_x(title)}</intitule-formation>",
        f"<objectif-formation>Formation organisée dans les locaux de {_x(name(row))} "
        f"({_x(_commune(row))}).</objectif-formation>",
        "<resultats-attendus>Attestation de fin de formation.</resultats-attendus>",
        f"<contenu-formation>{hours} heures en centre. Renseignements et inscriptions au "
        f"{phone(row)}.</contenu-formation>",
        "<certifiante>0</certifiante>",
        "<parcours-de-formation>1</parcours-de-formation>",
        "<code-niveau-entree>0</code-niveau-entree>",
        f'<action numero="{number}">',
        "<rythme-formation>Temps partiel</rythme-formation>",
        "<niveau-entree-obligatoire>0</niveau-entree-obligatoire>",
        "<modalites-enseignement>0</modalites-enseignement>",
        "<conditions-specifiques>Aucune</conditions-specifiques>",
        "<prise-en-charge-frais-possible>1</prise-en-charge-frais-possible>",
        "<lieu-de-formation>",
        "<coordonnees>",
        f"<ligne>{_x(name(row))}</ligne>",
        *address,
        "</coordonnees>",
        "</lieu-de-formation>",
        "<modalites-entrees-sorties>0</modalites-entrees-sorties>",
        f'<session numero="{number}-{rng.randint(1, 9)}">',
        "<periode>",
        f"<debut>{when:%Y%m%d}</debut>",
        f"<fin>{end:%Y%m%d}</fin>",
        "</periode>",
        "</session>",
        f"<nombre-heures-centre>{hours}</nombre-heures-centre>",
        f"<nombre-heures-total>{hours}</nombre-heures-total>",
        "</action>",
        f'<organisme-formation-responsable numero="{uai(row)}">',
        *siret,
        f"<nom-organisme>{_x(name(row))}</nom-organisme>",
        f"<raison-sociale>{_x(name(row))}</raison-sociale>",
        "<coordonnees-organisme>",
        "<coordonnees>",
        *organisme,
        "</coordonnees>",
        "</coordonnees-organisme>",
        "<contact-organisme>",
        "<coordonnees>",
        *contact,
        "</coordonnees>",
        "</contact-organisme>",
        "</organisme-formation-responsable>",
        "</formation>",
        "</offres>",
        "</lheo>",
        "",
    ]
    return "\n".join(lines)


GAR_1D = "http://data.education.fr/ns/gar/1d"
GAR_2D = "http://data.education.fr/ns/gar"


def gar_ent_etab(row: dict[str, Any], rng: random.Random) -> str:
    """A GAR ENT structure feed of one establishment (``GAR-ENT-Etab``, the 1D schema for an
    école, the 2D one otherwise): ``GARStructureUAI``, ``GARStructureNomCourant``, ``PU`` as
    ``GARStructureContrat`` for a public one, ``GARStructureTelephone`` and
    ``GARStructureEmail``; a comment naming the export (an invented job and time)."""
    first = _f(row, "Type_etablissement") == "Ecole"
    ns = GAR_1D if first else GAR_2D
    when = _when(rng)
    body = [
        f"    <men:GARStructureUAI>{uai(row)}</men:GARStructureUAI>",
        f"    <men:GARStructureNomCourant>{_x(name(row).upper())}</men:GARStructureNomCourant>",
    ]
    if _public(row):
        body.append("    <men:GARStructureContrat>PU</men:GARStructureContrat>")
    body.append(f"    <men:GARStructureTelephone>{phone(row)}</men:GARStructureTelephone>")
    if mail(row):
        body.append(f"    <men:GARStructureEmail>{_x(mail(row))}</men:GARStructureEmail>")
    degree = "1D" if first else "2D"
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        f"<!-- export GAR {degree} ENT-Etab, job {rng.randint(1000, 9999)}, "
        f"{when:%Y-%m-%dT%H:%M:%S} -->",
        f'<men:GAR-ENT-Etab xmlns:men="{ns}" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" Version="1.0">',
        "  <men:GAREtab>",
        *body,
        "  </men:GAREtab>",
        "</men:GAR-ENT-Etab>",
        "",
    ]
    return "\n".join(lines)


def _slug(value: str) -> str:
    keep = string.ascii_lowercase + string.digits
    table = str.maketrans("àâäéèêëîïôöùûüç", "aaaeeeeiioouuuc")
    text = value.lower().translate(table)
    return "-".join("".join(c if c in keep else " " for c in text).split())


def openagenda_event(row: dict[str, Any], rng: random.Random) -> str:
    """An OpenAgenda v2 event the establishment announces: an invented uid and slug, the
    title, short description and Markdown ``longDescription`` (in French, repeating the number
    and address), ``conditions``, ``registration`` entries of type ``phone`` and ``email``,
    ``timings``, and the ``location`` (the establishment's name, address, postcode, city,
    département, region, coordinates; an invented uid)."""
    title, blurb = rng.choice(EVENTS)
    when = _when(rng).replace(minute=0, second=0)
    end = when + dt.timedelta(hours=rng.choice((2, 3, 4)))
    uid = rng.randint(10_000_000, 99_999_999)
    full = f"{title} – {name(row)}"
    long = (
        f"**{name(row)}** vous accueille {_street(row)}, {_postcode(row)} {_commune(row)}.\n\n"
        f"{blurb}\n\nRenseignements au {phone(row)}"
        + (f" ou par courriel à {mail(row)} (réponse sous 48 h)." if mail(row) else ".")
    )
    registration = [{"type": "phone", "value": phone(row)}]
    if mail(row):
        registration.append({"type": "email", "value": mail(row)})
    location: dict[str, Any] = {
        "uid": rng.randint(10_000_000, 99_999_999),
        "name": name(row),
        "address": f"{_street(row)}, {_postcode(row)} {_commune(row)}",
        "city": _commune(row),
        "postalCode": _postcode(row),
        "insee": _f(row, "Code_commune"),
        "department": _f(row, "Libelle_departement"),
        "region": _f(row, "Libelle_region"),
        "countryCode": "FR",
    }
    if _f(row, "latitude") and _f(row, "longitude"):
        location["latitude"] = float(_f(row, "latitude"))
        location["longitude"] = float(_f(row, "longitude"))
    doc = {
        "uid": uid,
        "slug": f"{_slug(title)}-{_slug(_commune(row))}-{rng.randint(1000, 9999)}",
        "title": {"fr": full},
        "description": {"fr": blurb},
        "longDescription": {"fr": long},
        "keywords": {"fr": ["école", "famille", _commune(row)]},
        "conditions": {"fr": "Entrée libre"},
        "registration": registration,
        "attendanceMode": 1,
        "status": 1,
        "timings": [{"begin": when.isoformat(), "end": end.isoformat()}],
        "location": location,
        "createdAt": (when - dt.timedelta(days=rng.randint(7, 40))).isoformat(),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _offer_id(rng: random.Random) -> str:
    """An invented France Travail offer id (three digits and four letters or digits)."""
    tail = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(4))
    return f"{rng.randint(170, 189)}{tail}"


def francetravail_offre(row: dict[str, Any], rng: random.Random) -> str:
    """A job offer of the establishment as France Travail's API Offres d'emploi v2 returns it:
    an invented id, the title, a ``description`` naming the number (and the address), dates,
    ``lieuTravail`` (the département and commune, coordinates, postcode, INSEE code), the ROME
    code and appellation, the establishment as ``entreprise``, the contract, hours and wage
    (invented), and ``contact`` with its name, address line, ``telephone`` and ``courriel``."""
    rome, rome_label, job, contract, hours, wage = rng.choice(JOBS)
    created = _when(rng)
    months = rng.choice((3, 6, 10, 12))
    oid = _offer_id(rng)
    text = (
        f"{name(row)} ({_commune(row)}) recrute : {job.lower()}. Poste à pourvoir dès que "
        f"possible, {hours} heures par semaine. Candidature (CV et lettre de motivation)"
        + (f" par courriel à {mail(row)}" if mail(row) else "")
        + f" ; pour tout renseignement, appeler le {phone(row)}."
    )
    place: dict[str, Any] = {"libelle": f"35 - {_commune(row).upper()}"}
    if _f(row, "latitude") and _f(row, "longitude"):
        place["latitude"] = float(_f(row, "latitude"))
        place["longitude"] = float(_f(row, "longitude"))
    place |= {"codePostal": _postcode(row), "commune": _f(row, "Code_commune")}
    contact = {
        "nom": name(row),
        "coordonnees1": f"{_street(row)}, {_postcode(row)} {_commune(row).upper()}",
        "telephone": phone(row),
    }
    if mail(row):
        contact["courriel"] = mail(row)
    doc = {
        "id": oid,
        "intitule": f"{job} (H/F)",
        "description": text,
        "dateCreation": created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "dateActualisation": (created + dt.timedelta(days=rng.randint(0, 6)))
        .astimezone(dt.UTC)
        .strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "lieuTravail": place,
        "romeCode": rome,
        "romeLibelle": rome_label,
        "appellationlibelle": job,
        "entreprise": {"nom": name(row).upper(), "entrepriseAdaptee": False},
        "typeContrat": contract,
        "typeContratLibelle": f"Contrat à durée déterminée - {months} Mois",
        "natureContrat": "Contrat travail",
        "experienceExige": "D",
        "experienceLibelle": "Débutant accepté",
        "salaire": {"libelle": f"Horaire de {wage} Euros sur 12 mois"},
        "dureeTravailLibelle": f"{hours}H Horaires normaux",
        "dureeTravailLibelleConverti": "Temps plein" if hours >= 35 else "Temps partiel",
        "alternance": False,
        "contact": contact,
        "nombrePostes": 1,
        "accessibleTH": True,
        "qualificationCode": "6",
        "qualificationLibelle": "Employé qualifié",
        "secteurActivite": "85",
        "secteurActiviteLibelle": "Enseignement",
        "origineOffre": {
            "origine": "1",
            "urlOrigine": f"https://candidat.francetravail.fr/offres/recherche/detail/{oid}",
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "lheo_offre": lheo_offre,
    "gar_ent_etab": gar_ent_etab,
    "openagenda_event": openagenda_event,
    "francetravail_offre": francetravail_offre,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
    and of its e-mail address labelled."""
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
