"""held_out_203 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Ville de Montpellier's list of the associations in contact with the city;
France's earlier parts took other registers) exactly as published, in layouts no earlier part
has, beside the register's own names, addresses, codes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of FR (COVID-19 testing sites, farm shops on OpenStreetMap,
service-public.fr's local offices, the Annuaire de l'éducation's schools), BE and many others;
here:

* the values are the ``Tel_Asso``, ``Fax_Asso`` and ``Mail_Asso`` fields of 280 associations of
  Montpellier, a seeded sample of the 811 of the list's 2,452 with a number that is no mobile
  and an address naming the association (``scripts/data/pii_fr_montpellier_associations.json``,
  written by ``scripts/fr_montpellier_associations_data.py``; source and licence in that file):
  French ten-digit numbers with the trunk ``0`` as the city writes them, in pairs
  (``04 67 60 00 31``) or run together (``0467521657``), each copy labelled; the fax where the
  row has one (a copy of a fax that is the phone's own number labelled as the phone); the
  association's e-mail address (``info@280com.com``, ``sgdf.34@free.fr``), each copy labelled;
* the text around them is the same row's real fields: the name, sigle, street line, postcode,
  web site, domain and sub-domain, quarter code and coordinates, with invented SIRENs (Luhn
  check right), NICs, RNA numbers, file and parcel numbers, amounts, weights, head counts and
  dates, unlabelled and scored;
* in layouts no earlier part has, formats of French payroll, social-inclusion, e-government and
  postal systems, text in French: DSN files (the déclaration sociale nominative of an
  association that employs staff, norm NEODeS: ``S10.G00.01`` émetteur, ``S10.G00.02`` contact
  with ``.004`` e-mail, ``.005`` phone and ``.006`` fax, ``S20.G00.07`` contact chez le
  déclarant with ``.002`` phone and ``.003`` e-mail, ``S21.G00.06`` entreprise and
  ``S21.G00.11`` établissement, ``S90`` totals), data·inclusion structures (JSON of the
  ``structure`` schema of data.inclusion.beta.gouv.fr: ``telephone``, ``courriel``,
  ``presentation_resume`` repeating the number, the fax in ``presentation_detail``),
  Démarches Simplifiées GraphQL API v2 ``dossier`` responses (a subsidy request of the
  association: ``demandeur`` ``PersonneMorale`` with its ``association``, ``champs`` holding
  the number, fax, address and a text repeating the number) and Colissimo web-service
  ``generateLabel`` requests (JSON: the association as ``addressee`` with ``phoneNumber`` and
  ``email``, the parcel's ``instructions`` repeating the number; no fax).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_203.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_montpellier_associations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_203.jsonl.gz"
SPLIT = "held_out_203"

LAYOUTS = ("dsn_mensuelle", "data_inclusion_structure", "ds_dossier", "colissimo_label")
PHONE, FAX, MAIL = "Tel_Asso", "Fax_Asso", "Mail_Asso"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
PARIS = ZoneInfo("Europe/Paris")
INSEE_MONTPELLIER = "34172"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented subsidy requests an association files with the city (object, amount range in euros)
REQUESTS = (
    ("Subvention de fonctionnement pour l'année", (800, 12000)),
    ("Aide à projet : organisation d'une manifestation ouverte au public", (500, 6000)),
    ("Aide à l'équipement : achat de matériel pour les activités", (300, 4000)),
    ("Soutien aux actions menées dans les quartiers", (600, 8000)),
)  # fmt: skip
# invented contents of a parcel the city sends to an association
PARCELS = (
    "Guides de la vie associative", "Affiches et flyers de la Fête des associations",
    "Badges et kakémonos du stand", "Coupes et médailles", "Gilets et chasubles",
)  # fmt: skip
# data·inclusion thematiques by the register's domain (a few of the schema's values)
THEMES = {
    "SOCIAL ET CITOYENNETE": ["acces-aux-droits-et-citoyennete", "lien-social"],
    "SANTE": ["sante"],
    "CULTURE": ["loisirs-et-culture"],
    "SPORTS": ["loisirs-et-culture"],
    "ENTREPRISE ET TRAVAIL": ["creation-activite", "trouver-un-emploi"],
    "EDUCATION": ["education"],
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The association's ``Tel_Asso`` as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The association's ``Fax_Asso`` as published, stripped, where it holds a number of six
    digits or more ("" otherwise: one row writes an e-mail address there, left out)."""
    value = _f(row, FAX)
    return value if sum(c.isdigit() for c in value) >= 6 else ""


def mail(row: dict[str, Any]) -> str:
    """The association's ``Mail_Asso`` as published, stripped."""
    return _f(row, MAIL)


def name(row: dict[str, Any]) -> str:
    """The association's name (``280 communications``)."""
    return _f(row, "NomAsso")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none in this register)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields and of its e-mail
    address labelled (each copy stands apart: no digit next to a number, no address character
    next to an address; a fax copy that is the phone's is the phone's)."""
    values = [("phone", phone(row)), ("fax", fax(row)), ("email", mail(row))]
    columns = {"phone": PHONE, "fax": FAX}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (Paris time)."""
    start = dt.datetime(2025, 1, 6, 8, 0, tzinfo=PARIS)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _siren(rng: random.Random) -> str:
    """An invented SIREN of an association (``7`` or ``8`` first), Luhn check digit right."""
    body = str(rng.choice((7, 8))) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return body + str(_luhn_check(body))


def _luhn_check(body: str) -> int:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def _nic(siren: str, rng: random.Random) -> str:
    """An invented NIC whose SIRET (SIREN + NIC) passes the Luhn check."""
    head = f"{rng.randint(1, 9):04d}"
    return head + str(_luhn_check(siren + head))


def _rna(rng: random.Random) -> str:
    """An invented RNA number of the Hérault's register (``W343`` and six digits)."""
    return f"W343{rng.randint(0, 999999):06d}"


def _street(row: dict[str, Any]) -> str:
    """The street line as published, its doubled blank after the house number kept."""
    return _f(row, "Adresse")


def _postcode(row: dict[str, Any]) -> str:
    return _f(row, "Code_Postal") or "34000"


def _coordinate(row: dict[str, Any], key: str) -> float | None:
    """A coordinate of the row (published with a decimal comma), None where it has none."""
    value = _f(row, key).replace(",", ".")
    return float(value) if value else None


def _domain(row: dict[str, Any]) -> str:
    """The domain and sub-domain (``CULTURE / MUSIQUE``)."""
    return " / ".join(v for v in (_f(row, "Domaine"), _f(row, "Sous-Domaine")) if v)


def dsn_mensuelle(row: dict[str, Any], rng: random.Random) -> str:
    """A DSN file (déclaration sociale nominative, norm NEODeS, version P25V01) of the
    association as employer: the ``S10`` envoi (an invented payroll software), émetteur
    (invented SIREN and NIC, the name, street, postcode, city) and contact (``.004`` e-mail,
    ``.005`` phone, ``.006`` fax where the row has one), the ``S20`` monthly declaration of an
    invented month with its contact chez le déclarant (``.002`` phone, ``.003`` e-mail), the
    ``S21`` entreprise and établissement (APE ``9499Z``, an invented head count) and the ``S90``
    totals; one ``Sxx.Gxx.xx.xxx,'value'`` line each, CRLF line ends."""
    when = _when(rng)
    siren = _siren(rng)
    nic = _nic(siren, rng)
    street, postcode = _street(row), _postcode(row)
    staff = rng.randint(1, 14)
    month = when.replace(day=1) - dt.timedelta(days=1)
    fields = [
        ("S10.G00.00.001", "ASSOPAIE"),
        ("S10.G00.00.002", "ASSOPAIE SAS"),
        ("S10.G00.00.003", f"{rng.randint(3, 9)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}"),
        ("S10.G00.00.005", "02"),
        ("S10.G00.00.006", "P25V01"),
        ("S10.G00.00.008", "01"),
        ("S10.G00.01.001", siren),
        ("S10.G00.01.002", nic),
        ("S10.G00.01.003", name(row)),
        ("S10.G00.01.004", street),
        ("S10.G00.01.005", postcode),
        ("S10.G00.01.006", "MONTPELLIER"),
        ("S10.G00.02.001", "01"),
        ("S10.G00.02.002", "SECRETARIAT ASSOCIATION"),
        ("S10.G00.02.004", mail(row)),
        ("S10.G00.02.005", phone(row)),
    ]
    if fax(row):
        fields.append(("S10.G00.02.006", fax(row)))
    fields += [
        ("S20.G00.05.001", "01"),
        ("S20.G00.05.002", "01"),
        ("S20.G00.05.003", "11"),
        ("S20.G00.05.004", str(rng.randint(1, 3))),
        ("S20.G00.05.005", f"01{month:%m%Y}"),
        ("S20.G00.05.007", f"{when:%d%m%Y}"),
        ("S20.G00.05.008", f"{rng.randint(10**9, 10**10 - 1)}"),
        ("S20.G00.05.010", "01"),
        ("S20.G00.07.001", "SECRETARIAT ASSOCIATION"),
        ("S20.G00.07.002", phone(row)),
        ("S20.G00.07.003", mail(row)),
        ("S20.G00.07.004", "01"),
        ("S21.G00.06.001", siren),
        ("S21.G00.06.002", nic),
        ("S21.G00.06.003", "9499Z"),
        ("S21.G00.06.004", street),
        ("S21.G00.06.005", postcode),
        ("S21.G00.06.006", "MONTPELLIER"),
        ("S21.G00.06.009", str(staff)),
        ("S21.G00.11.001", nic),
        ("S21.G00.11.002", "9499Z"),
        ("S21.G00.11.003", street),
        ("S21.G00.11.004", postcode),
        ("S21.G00.11.005", "MONTPELLIER"),
        ("S21.G00.11.008", str(staff)),
    ]
    total = len(fields) + 2
    fields += [("S90.G00.90.001", str(total)), ("S90.G00.90.002", "1")]
    return "".join(f"{key},'{value}'\r\n" for key, value in fields)


def data_inclusion_structure(row: dict[str, Any], rng: random.Random) -> str:
    """A data·inclusion ``structure`` (JSON of the schema of data.inclusion.beta.gouv.fr) as a
    city's source publishes it: an invented id and RNA number, the name, commune and INSEE code,
    postcode, street, coordinates, typologie ``ASSO``, ``telephone``, ``courriel``, web site,
    a ``presentation_resume`` naming the domain and repeating the number, a
    ``presentation_detail`` with the fax where the row has one, thematiques by domain and an
    invented update date."""
    when = _when(rng)
    tel = phone(row)
    resume = f"Association montpelliéraine ({_domain(row).lower()}). Renseignements au {tel}."
    detail = f"Siège : {_street(row)}, {_postcode(row)} Montpellier."
    if _f(row, "Sigle"):
        detail = f"Sigle : {_f(row, 'Sigle')}. " + detail
    if fax(row):
        detail += f" Fax : {fax(row)}."
    doc = {
        "id": f"mtp-asso-{rng.randint(1000, 99999)}",
        "siret": None,
        "rna": _rna(rng),
        "nom": name(row),
        "commune": "Montpellier",
        "code_postal": _postcode(row),
        "code_insee": INSEE_MONTPELLIER,
        "adresse": _street(row),
        "complement_adresse": None,
        "longitude": _coordinate(row, "Longitude"),
        "latitude": _coordinate(row, "Latitude"),
        "typologie": "ASSO",
        "telephone": tel,
        "courriel": mail(row),
        "site_web": _f(row, "INTERNET") or None,
        "presentation_resume": resume,
        "presentation_detail": detail,
        "source": "ville-montpellier-associations",
        "date_maj": f"{when:%Y-%m-%d}",
        "antenne": False,
        "lien_source": None,
        "horaires_ouverture": None,
        "accessibilite": None,
        "labels_nationaux": [],
        "labels_autres": [],
        "thematiques": THEMES.get(_f(row, "Domaine"), ["lien-social"]),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _gid(kind: str, number: int) -> str:
    """A GraphQL global id as Démarches Simplifiées writes it (base64 of ``Kind-number``)."""
    return base64.b64encode(f"{kind}-{number}".encode()).decode()


def ds_dossier(row: dict[str, Any], rng: random.Random) -> str:
    """A Démarches Simplifiées GraphQL API v2 response to a ``dossier`` query: a subsidy request
    of the association to the city (an invented démarche and dossier number, state and dates),
    the ``demandeur`` as ``PersonneMorale`` (invented SIRET, NAF ``94.99Z``, the address, the
    ``association`` with an invented RNA number and the name), and ``champs``: the name, the
    number, the fax where the row has one, the e-mail address, the address, the domain, the
    object with an invented amount and a text repeating the number."""
    when = _when(rng)
    number = rng.randint(10**7, 3 * 10**7)
    siren = _siren(rng)
    siret = siren + _nic(siren, rng)
    obj, (low, high) = rng.choice(REQUESTS)
    amount = rng.randrange(low, high, 50)
    tel = phone(row)
    address = f"{_street(row)} {_postcode(row)} Montpellier"
    champs: list[tuple[str, str, Any]] = [
        ("Nom de l'association", "TextChamp", name(row)),
        ("Téléphone de l'association", "TextChamp", tel),
    ]
    if fax(row):
        champs.append(("Télécopie", "TextChamp", fax(row)))
    champs += [
        ("Courriel de l'association", "TextChamp", mail(row)),
        ("Adresse du siège", "TextChamp", address),
        ("Domaine d'activité", "TextChamp", _domain(row)),
        ("Objet de la demande", "TextChamp", f"{obj} {when.year + 1}"),
        ("Montant sollicité (€)", "IntegerNumberChamp", amount),
        (
            "Observations",
            "TextChamp",
            f"Pour toute question sur ce dossier, l'association est joignable au {tel}.",
        ),
    ]
    base = rng.randint(1000, 9000)
    out = []
    for i, (label, typename, value) in enumerate(champs):
        champ: dict[str, Any] = {"__typename": typename, "id": _gid("Champ", base + i)}
        champ["label"] = label
        if typename == "IntegerNumberChamp":
            champ["integerNumber"] = str(value)
            champ["stringValue"] = str(value)
        else:
            champ["stringValue"] = value
        out.append(champ)
    deposit = when - dt.timedelta(days=rng.randint(1, 20))
    doc = {
        "data": {
            "dossier": {
                "id": _gid("Dossier", number),
                "number": number,
                "state": rng.choice(("en_construction", "en_instruction")),
                "dateDepot": deposit.isoformat(timespec="seconds"),
                "dateDerniereModification": when.isoformat(timespec="seconds"),
                "demarche": {
                    "number": rng.randint(60000, 99999),
                    "title": "Demande de subvention aux associations - Ville de Montpellier",
                },
                "demandeur": {
                    "__typename": "PersonneMorale",
                    "siret": siret,
                    "naf": "94.99Z",
                    "libelleNaf": "Autres organisations fonctionnant par adhésion volontaire",
                    "adresse": address,
                    "association": {"rna": _rna(rng), "titre": name(row)},
                },
                "champs": out,
            }
        }
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def colissimo_label(row: dict[str, Any], rng: random.Random) -> str:
    """A Colissimo web-service ``generateLabel`` request (JSON of the SLS REST service): an
    invented contract number and masked password, the output format, the ``service`` (product
    ``DOS``, an invented deposit date and order number), the ``parcel`` (an invented weight and
    ``instructions`` repeating the number), the city's office as ``sender`` and the association
    as ``addressee`` (name, street, postcode, city, ``phoneNumber``, ``email``)."""
    when = _when(rng)
    tel = phone(row)
    order = f"VDM-ASSO-{when:%Y}-{rng.randint(1, 9999):04d}"
    doc = {
        "contractNumber": f"{rng.randint(800000, 899999)}",
        "password": "********",
        "outputFormat": {"x": 0, "y": 0, "outputPrintingType": "PDF_10x15_300dpi"},
        "letter": {
            "service": {
                "productCode": "DOS",
                "depositDate": f"{when:%Y-%m-%d}",
                "orderNumber": order,
                "commercialName": "Ville de Montpellier",
            },
            "parcel": {
                "weight": round(rng.uniform(0.4, 8.0), 2),
                "instructions": f"{rng.choice(PARCELS)} - prévenir au {tel}",
            },
            "sender": {
                "senderParcelRef": order,
                "address": {
                    "companyName": "Ville de Montpellier - Vie associative",
                    "line2": "1 place Georges Frêche",
                    "countryCode": "FR",
                    "city": "Montpellier",
                    "zipCode": "34267",
                },
            },
            "addressee": {
                "addresseeParcelRef": f"ASSO-{rng.randint(100, 9999)}",
                "address": {
                    "companyName": name(row),
                    "line2": _street(row),
                    "countryCode": "FR",
                    "city": "Montpellier",
                    "zipCode": _postcode(row),
                    "phoneNumber": tel,
                    "email": mail(row),
                },
            },
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "dsn_mensuelle": dsn_mensuelle,
    "data_inclusion_structure": data_inclusion_structure,
    "ds_dossier": ds_dossier,
    "colissimo_label": colissimo_label,
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
