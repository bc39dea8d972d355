"""held_out_512 of the PII evaluation set: real phone fields of a list no earlier part used (the
community pharmacies that took COVID-19 vaccination bookings through Mesoigner, as the volunteer
project ViteMaDose's scraper read them; France's earlier parts took testing sites, farm shops,
service-public.fr's offices, schools, Montpellier's associations, the Musées de France, FINESS
hospitals, France Services, FranceArchives' services, Issy-les-Moulineaux's places, the Onisep's
and the ESR's establishments, the Crous' restaurants, Atout France's campsites, ViteMaDose's
Maiia places, Audilab's and Autovision's centres, the Hauts-de-France's youth-card partners,
Paris's delivery shops, the Île-de-France's hotels and the DSJ's courts) exactly as published,
in layouts no earlier part has, beside the list's own names, addresses, INSEE codes, hours and
coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone_number`` of 300 pharmacies
  (``scripts/data/pii_fr_mesoigner_pharmacies.json``, written by
  ``scripts/fr_mesoigner_pharmacies_data.py``; source and licence in that file): French numbers
  as the platform gave them, in E.164 form (``+33556957563``); every copy labelled, whole; the
  list has no e-mail address and none is written;
* the text around them is the same row's real fields: the pharmacy's name, street address,
  postcode, town, INSEE code, coordinates, opening hours and booking page, with invented FINESS
  numbers (their Luhn key right), SIRETs and SIRENs (Luhn right), Lambert-93 coordinates
  computed from the row's own, serial numbers, order and transaction ids, amounts and dates,
  unlabelled and scored;
* in layouts no earlier part has, formats of France's health administration and trade, text in
  French: FINESS extraction files (the ``etalab`` extraction of the Fichier national des
  établissements sanitaires et sociaux: the ``finess;etalab`` head line, one ``structureet``
  line of a pharmacie d'officine, category 620, its ``telephone``, and its ``geolocalisation``
  line in Lambert-93), GéoDAE exports (the national database of defibrillators, the columns of
  its data schema, ``schema-dae``: one defibrillator the pharmacy hosts, ``tel1`` the site's
  number and ``expt_tel1`` the operator's, the pharmacy), Systempay payment forms (the hosted
  payment page of Lyra's Systempay, as a merchant's page posts it: hidden ``vads_*`` fields of
  an order of vaccination supplies by the pharmacy, ``vads_cust_phone`` and
  ``vads_ship_to_phone_num``, and the HMAC-SHA-256 ``signature``) and ViteMaDose département
  files (``data/output/<département>.json`` of the project's own open data: ``version``,
  ``last_updated``, ``last_scrap`` and one centre in ``centres_disponibles`` whose ``metadata``
  gives its address, ``phone_number`` and ``business_hours``). The FINESS, GéoDAE and Systempay
  fields were written from memory of their public documentation (the search tools could not be
  used to confirm them); the ViteMaDose file's keys are those of the repository's own files.

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number written with its country code, labelled whole). Each record is seeded by its own
(split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_512.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import html
import json
import math
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_mesoigner_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_512.jsonl.gz"
SPLIT = "held_out_512"

LAYOUTS = ("finess_extraction", "geodae_export", "systempay_form", "vitemadose_departement")
PHONE = "phone_number"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
PARIS = dt.timezone(dt.timedelta(hours=2))
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the départements' names (as ViteMaDose's data/input/departements-france.csv gives them)
DEPARTEMENTS = {
    "01": "Ain", "02": "Aisne", "03": "Allier", "04": "Alpes-de-Haute-Provence",
    "05": "Hautes-Alpes", "06": "Alpes-Maritimes", "07": "Ardèche", "08": "Ardennes",
    "09": "Ariège", "10": "Aube", "11": "Aude", "12": "Aveyron", "13": "Bouches-du-Rhône",
    "14": "Calvados", "15": "Cantal", "16": "Charente", "17": "Charente-Maritime", "18": "Cher",
    "19": "Corrèze", "21": "Côte-d'Or", "22": "Côtes-d'Armor", "23": "Creuse", "24": "Dordogne",
    "25": "Doubs", "26": "Drôme", "27": "Eure", "28": "Eure-et-Loir", "29": "Finistère",
    "2A": "Corse-du-Sud", "2B": "Haute-Corse", "30": "Gard", "31": "Haute-Garonne", "32": "Gers",
    "33": "Gironde", "34": "Hérault", "35": "Ille-et-Vilaine", "36": "Indre",
    "37": "Indre-et-Loire", "38": "Isère", "39": "Jura", "40": "Landes", "41": "Loir-et-Cher",
    "42": "Loire", "43": "Haute-Loire", "44": "Loire-Atlantique", "45": "Loiret", "46": "Lot",
    "47": "Lot-et-Garonne", "48": "Lozère", "49": "Maine-et-Loire", "50": "Manche", "51": "Marne",
    "52": "Haute-Marne", "53": "Mayenne", "54": "Meurthe-et-Moselle", "55": "Meuse",
    "56": "Morbihan", "57": "Moselle", "58": "Nièvre", "59": "Nord", "60": "Oise", "61": "Orne",
    "62": "Pas-de-Calais", "63": "Puy-de-Dôme", "64": "Pyrénées-Atlantiques",
    "65": "Hautes-Pyrénées", "66": "Pyrénées-Orientales", "67": "Bas-Rhin", "68": "Haut-Rhin",
    "69": "Rhône", "70": "Haute-Saône", "71": "Saône-et-Loire", "72": "Sarthe", "73": "Savoie",
    "74": "Haute-Savoie", "75": "Paris", "76": "Seine-Maritime", "77": "Seine-et-Marne",
    "78": "Yvelines", "79": "Deux-Sèvres", "80": "Somme", "81": "Tarn", "82": "Tarn-et-Garonne",
    "83": "Var", "84": "Vaucluse", "85": "Vendée", "86": "Vienne", "87": "Haute-Vienne",
    "88": "Vosges", "89": "Yonne", "90": "Territoire de Belfort", "91": "Essonne",
    "92": "Hauts-de-Seine", "93": "Seine-Saint-Denis", "94": "Val-de-Marne", "95": "Val-d'Oise",
    "971": "Guadeloupe", "972": "Martinique", "973": "Guyane", "974": "La Réunion",
    "976": "Mayotte",
}  # fmt: skip

# a few invented orders of vaccination supplies (Systempay forms)
SUPPLIES = (
    ("Seringues 1 mL avec aiguille 25G x 100", 1890),
    ("Collecteur DASRI 2 L x 10", 2450),
    ("Compresses stériles 7,5 x 7,5 cm x 50", 690),
    ("Pansements ronds x 200", 1120),
    ("Solution hydroalcoolique 500 mL x 6", 1740),
    ("Gants nitrile taille M x 100", 990),
)
# defibrillators as the makers name them (GéoDAE exports)
DEFIBRILLATORS = (
    ("SCHILLER MEDICAL", "FRED PA-1"),
    ("ZOLL MEDICAL", "AED Plus"),
    ("PHILIPS", "HeartStart HS1"),
    ("CARDIAC SCIENCE", "Powerheart G5"),
    ("DEFIBTECH", "Lifeline VIEW"),
)
STREET_TYPES = {
    "rue": "R", "avenue": "AV", "boulevard": "BD", "place": "PL", "route": "RTE",
    "chemin": "CHE", "allée": "ALL", "allées": "ALL", "quai": "QUAI", "cours": "CRS",
    "impasse": "IMP", "faubourg": "FG", "square": "SQ", "esplanade": "ESP", "allee": "ALL",
    "r": "R", "av": "AV", "pl": "PL", "bd": "BD", "rte": "RTE", "che": "CHE", "all": "ALL",
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> Any:
    """A field as published (a string stripped; a number, mapping or boolean as it is)."""
    value = row["fields"].get(key)
    return value.strip() if isinstance(value, str) else value


def phone(row: dict[str, Any]) -> str:
    """The pharmacy's number as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (every one of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def address(row: dict[str, Any]) -> tuple[str, str, str]:
    """The street, postcode and town of the published address (``73 Route de Feydit, 33160
    Saint-Médard-en-Jalles``), each as written."""
    m = re.fullmatch(r"(.*?),?\s*(\d{5})\s+(.+)", _f(row, "address"))
    assert m, row["path"]
    street, cp, town = m.groups()
    return street.strip(), cp, town.strip()


def postcode(row: dict[str, Any]) -> str:
    return address(row)[1]


def departement(row: dict[str, Any]) -> str:
    """The département of the INSEE code (two characters: the list has no overseas row)."""
    code = _f(row, "com_insee")[:2]
    assert code in DEPARTEMENTS, row["path"]
    return code


def _upper(value: str) -> str:
    """A string as the FINESS writes its routing lines: capitals without accents, hyphens and
    apostrophes as spaces."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", re.sub(r"[-']", " ", plain)).strip().upper()


NUMBER = re.compile(r"(\d+)(?:[-/]\d+)?(?:\s*(bis|ter)\b|([a-z])\b)?,?\s*(.*)", re.IGNORECASE)


def street_number(row: dict[str, Any]) -> tuple[str, str, str]:
    """The street's number, its repetition index (``B``, ``T``, a letter) and the rest of the
    street as published (``48 bis avenue du Général Leclerc``: ``48``, ``B``, ``avenue du
    Général Leclerc``); no number where the street begins with none."""
    street = address(row)[0]
    m = NUMBER.fullmatch(street)
    if not m:
        return "", "", street
    number, word, letter, rest = m.groups()
    return number, (word or letter or "")[:1].upper(), rest


def street_parts(row: dict[str, Any]) -> tuple[str, str, str, str]:
    """The street as the FINESS splits it: number, repetition index, type code and name."""
    number, index, rest = street_number(row)
    first, _, tail = rest.partition(" ")
    kind = STREET_TYPES.get(first.lower().rstrip("."), "")
    name = tail if kind and tail else rest
    return number, index, kind, _upper(name)


def hours(row: dict[str, Any]) -> dict[str, str | None]:
    return _f(row, "business_hours") or {}


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def luhn_key(digits: str) -> str:
    """The digit that makes ``digits`` + it pass the Luhn check."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return luhn_key(digits[:-1]) == digits[-1]


def finess_number(rng: random.Random, dep: str) -> str:
    """An invented FINESS number of the département: two characters, six digits, a Luhn key."""
    body = dep + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return body + luhn_key(body)


def siren(rng: random.Random) -> str:
    """An invented SIREN, its Luhn key right."""
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return body + luhn_key(body)


def siret(rng: random.Random) -> str:
    """An invented SIRET of a head office (``0001`` and a key digit), its Luhn key right."""
    body = siren(rng) + "0001"
    return body + luhn_key(body)


def lambert93(lat: float, lon: float) -> tuple[float, float]:
    """The Lambert-93 (EPSG:2154) coordinates of a point of metropolitan France (IGN's
    constants of the projection on GRS 80)."""
    e, n, c, xs, ys = (
        0.0818191910428158,
        0.725607765053267,
        11754255.426096,
        700000.0,
        (12655612.049876),
    )
    phi, gamma = math.radians(lat), n * math.radians(lon - 3.0)
    iso = math.log(math.tan(math.pi / 4 + phi / 2)) - e / 2 * math.log(
        (1 + e * math.sin(phi)) / (1 - e * math.sin(phi))
    )
    r = c * math.exp(-n * iso)
    return xs + r * math.sin(gamma), ys - r * math.cos(gamma)


def _day(rng: random.Random, start: dt.date, span: int) -> dt.date:
    day = start + dt.timedelta(days=rng.randint(0, span))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day


def finess_extraction(row: dict[str, Any], rng: random.Random) -> str:
    """A FINESS extraction file as the ``etalab`` extraction writes it (semicolons, no header
    row): the ``finess;etalab`` line with an invented sequence number and date, one
    ``structureet`` line of the pharmacy (an invented FINESS number of its own and of its legal
    entity, its name in ``rs`` as capitals and in ``rslongue`` as published, the street split in
    number, type and name, the INSEE commune code and département, the routing line, the
    ``telephone``, no fax, category 620 ``Pharmacie d'Officine``, an invented SIRET, APE
    ``4773Z``, invented dates) and its ``geolocalisation`` line (Lambert-93 from the row's own
    coordinates)."""
    extracted = _day(rng, dt.date(2024, 1, 8), 280)
    dep = departement(row)
    _, cp, town = address(row)
    number, index, kind, street = street_parts(row)
    et, ej = finess_number(rng, dep), finess_number(rng, dep)
    opened = _day(rng, dt.date(1975, 1, 6), 16000)
    updated = _day(rng, dt.date(2021, 1, 4), 900)
    fields = [
        "structureet", et, ej, _upper(_f(row, "nom"))[:38], _f(row, "nom"), "", "",
        number, kind, street, index, "", _f(row, "com_insee")[2:], dep,
        _upper(DEPARTEMENTS[dep]), f"{cp} {_upper(town)}", phone(row), "",
        "620", "Pharmacie d'Officine", "3301", "Pharmacies d'Officine", siret(rng), "4773Z",
        "", "", "", "", f"{opened:%Y-%m-%d}", f"{opened:%Y-%m-%d}", f"{updated:%Y-%m-%d}", "",
    ]  # fmt: skip
    x, y = lambert93(_f(row, "lat_coor1"), _f(row, "long_coor1"))
    geo = (
        f"geolocalisation;{et};{x:.1f};{y:.1f};1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;"
        f"{extracted - dt.timedelta(days=rng.randint(2, 20)):%Y-%m-%d}"
    )
    head = f"finess;etalab;{rng.randint(95, 120)};{extracted:%Y-%m-%d}"
    return "\n".join([head, ";".join(fields), geo]) + "\n"


GEODAE_COLUMNS = (
    "gid", "nom", "lat_coor1", "long_coor1", "xy_precis", "id_adr", "adr_num", "adr_voie",
    "com_cp", "com_insee", "com_nom", "acc", "acc_lib", "acc_pcsec", "acc_acc", "acc_etg",
    "acc_complt", "photo1", "photo2", "disp_j", "disp_h", "disp_complt", "tel1", "tel2",
    "site_email", "date_instal", "etat_fonct", "fab_siren", "fab_rais", "mnt_siren", "mnt_rais",
    "modele", "num_serie", "id_euro", "lc_ped", "dtpr_lcped", "dtpr_lcad", "dtpr_bat",
    "freq_mnt", "dispsurv", "date_mnt", "expt_rais", "expt_siren", "expt_tel1", "expt_email",
)  # fmt: skip


def _csv_cell(value: str) -> str:
    return f'"{value.replace(chr(34), chr(34) * 2)}"' if re.search(r'[",\n]', value) else value


def geodae_export(row: dict[str, Any], rng: random.Random) -> str:
    """A GéoDAE export in the columns of its data schema (header and one row, commas): one
    defibrillator inside the pharmacy, its name, the row's coordinates, an invented BAN id, the
    street, postcode, INSEE code and town, access inside on the ground floor, the days it is
    open from the row's hours (``disp_j``) and those hours in ``disp_complt``, ``tel1`` the
    pharmacy's number, an invented install date, maker, model, serial number and expiry dates,
    and the pharmacy as operator (``expt_rais``, an invented ``expt_siren``, ``expt_tel1``)."""
    number, _, _, _ = street_parts(row)
    street, cp, town = address(row)
    open_days = [d for d in DAYS if hours(row).get(d)]
    maker, model = rng.choice(DEFIBRILLATORS)
    installed = _day(rng, dt.date(2014, 3, 3), 3000)
    serviced = _day(rng, dt.date(2023, 1, 9), 600)
    insee = _f(row, "com_insee")
    values = {
        "gid": str(rng.randint(10000, 99999)),
        "nom": _f(row, "nom"),
        "lat_coor1": str(_f(row, "lat_coor1")),
        "long_coor1": str(_f(row, "long_coor1")),
        "xy_precis": "1",
        "id_adr": f"{insee}_{rng.randint(1, 9999):04d}_{int(number):05d}" if number else "",
        "adr_num": number,
        "adr_voie": street_number(row)[2],
        "com_cp": cp,
        "com_insee": insee,
        "com_nom": town,
        "acc": "Intérieur",
        "acc_lib": "true",
        "acc_pcsec": "false",
        "acc_acc": "true",
        "acc_etg": "0",
        "acc_complt": rng.choice(
            ("Derrière le comptoir", "À gauche de l'entrée", "Près des caisses")
        ),
        "photo1": "",
        "photo2": "",
        "disp_j": "{" + ",".join(open_days) + "}" if open_days else "",
        "disp_h": "{heures ouvrables}" if open_days else "",
        "disp_complt": " ; ".join(f"{d} {hours(row)[d]}" for d in open_days)
        or "Aux heures d'ouverture de la pharmacie",
        "tel1": phone(row),
        "tel2": "",
        "site_email": "",
        "date_instal": f"{installed:%Y-%m-%d}",
        "etat_fonct": "En fonctionnement",
        "fab_siren": "",
        "fab_rais": maker,
        "mnt_siren": "",
        "mnt_rais": maker,
        "modele": model,
        "num_serie": "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(10)),
        "id_euro": "",
        "lc_ped": rng.choice(("true", "false")),
        "dtpr_lcped": "",
        "dtpr_lcad": f"{serviced + dt.timedelta(days=rng.randint(400, 900)):%Y-%m-%d}",
        "dtpr_bat": f"{installed + dt.timedelta(days=rng.randint(1800, 2600)):%Y-%m-%d}",
        "freq_mnt": "Annuelle",
        "dispsurv": "true",
        "date_mnt": f"{serviced:%Y-%m-%d}",
        "expt_rais": _f(row, "nom"),
        "expt_siren": siren(rng),
        "expt_tel1": phone(row),
        "expt_email": "",
    }
    head = ",".join(GEODAE_COLUMNS)
    return head + "\n" + ",".join(_csv_cell(values[c]) for c in GEODAE_COLUMNS) + "\n"


def signature(fields: dict[str, str], key: str) -> str:
    """Systempay's HMAC-SHA-256 signature: the ``vads_`` values in the order of their names,
    joined by ``+``, then ``+`` and the key; the digest in base64."""
    message = "+".join(fields[k] for k in sorted(fields) if k.startswith("vads_")) + "+" + key
    digest = hmac.new(key.encode(), message.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def systempay_form(row: dict[str, Any], rng: random.Random) -> str:
    """A Systempay payment form as a supplier's shop posts it to the hosted payment page:
    hidden ``vads_*`` fields (``V2``, ``INTERACTIVE``, ``PAYMENT``, ``SINGLE``, euro ``978``)
    of an order of vaccination supplies by the pharmacy (a company: ``vads_cust_status``
    ``COMPANY``, its name in ``vads_cust_legal_name``, its street, postcode, town and
    ``vads_cust_phone``; shipped to it: ``vads_ship_to_*`` and ``vads_ship_to_phone_num``),
    with an invented shop id, transaction id and date, order id, customer id and amount, and
    the ``signature`` of the fields under an invented key."""
    when = dt.datetime(2021, 3, 1, tzinfo=dt.UTC) + dt.timedelta(
        days=rng.randint(0, 300), hours=rng.randint(6, 17), minutes=rng.randint(0, 59)
    )
    street, cp, town = address(row)
    items = rng.sample(SUPPLIES, rng.randint(2, 4))
    counts = [rng.randint(1, 5) for _ in items]
    cents = sum(price * q for (_, price), q in zip(items, counts, strict=True)) + 990
    order = f"CMD{when:%y%m}-{rng.randint(10000, 99999)}"
    info = " ; ".join(f"{q} x {name}" for (name, _), q in zip(items, counts, strict=True))
    fields = {
        "vads_action_mode": "INTERACTIVE",
        "vads_amount": str(cents),
        "vads_ctx_mode": "PRODUCTION",
        "vads_currency": "978",
        "vads_cust_address": street,
        "vads_cust_city": town,
        "vads_cust_country": "FR",
        "vads_cust_id": f"C{rng.randint(100000, 999999)}",
        "vads_cust_legal_name": _f(row, "nom"),
        "vads_cust_phone": phone(row),
        "vads_cust_status": "COMPANY",
        "vads_cust_zip": cp,
        "vads_language": "fr",
        "vads_order_id": order,
        "vads_order_info": info,
        "vads_page_action": "PAYMENT",
        "vads_payment_config": "SINGLE",
        "vads_ship_to_city": town,
        "vads_ship_to_country": "FR",
        "vads_ship_to_legal_name": _f(row, "nom"),
        "vads_ship_to_phone_num": phone(row),
        "vads_ship_to_status": "COMPANY",
        "vads_ship_to_street": street,
        "vads_ship_to_zip": cp,
        "vads_site_id": str(rng.randint(10_000_000, 99_999_999)),
        "vads_trans_date": f"{when:%Y%m%d%H%M%S}",
        "vads_trans_id": f"{rng.randint(0, 899_999):06d}",
        "vads_url_return": "https://boutique.example.fr/commande/retour",
        "vads_version": "V2",
    }
    key = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                  for _ in range(16))  # fmt: skip
    fields["signature"] = signature(fields, key)
    inputs = "\n".join(
        f'    <input type="hidden" name="{name}" value="{html.escape(value)}" />'
        for name, value in fields.items()
    )
    return (
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n  <meta charset="utf-8" />\n'
        "  <title>Paiement sécurisé de votre commande</title>\n</head>\n<body>\n"
        f"  <h1>Commande {order}</h1>\n"
        f"  <p>Livraison : {html.escape(_f(row, 'nom'))}, {html.escape(street)}, {cp} "
        f"{html.escape(town)}. Montant : {cents / 100:.2f} € TTC (frais de port 9,90 €).</p>\n"
        '  <form method="POST" action="https://paiement.systempay.fr/vads-payment/">\n'
        f"{inputs}\n"
        '    <input type="submit" name="payer" value="Payer" />\n'
        "  </form>\n</body>\n</html>\n"
    )


def vitemadose_departement(row: dict[str, Any], rng: random.Random) -> str:
    """A ViteMaDose département file (``data/output/<département>.json``): ``version`` 1,
    ``last_updated``, the platforms' ``last_scrap`` times, and the pharmacy as the one centre
    in ``centres_disponibles``: its département, name, booking page, ``location`` (the row's
    coordinates, town and postcode), ``metadata`` with the address (unstripped), ``phone_number``
    and ``business_hours`` as published, platform ``Mesoigner``, type ``drugstore``, the next slot,
    slot counts by window, vaccine and the list's ``gid``."""
    when = dt.datetime(2021, 5, 10, tzinfo=PARIS) + dt.timedelta(
        days=rng.randint(0, 150), hours=rng.randint(7, 21), minutes=rng.randint(0, 59),
        seconds=rng.randint(0, 59),
    )  # fmt: skip
    _, cp, town = address(row)
    scans = {
        p: (when - dt.timedelta(minutes=rng.randint(3, 50))).isoformat()
        for p in ("doctolib", "keldoc", "maiia", "mapharma", "mesoigner", "ordoclic")
    }
    slot = (when + dt.timedelta(days=rng.randint(0, 6))).replace(
        hour=rng.randint(9, 18), minute=rng.choice((0, 15, 30, 45)), second=0
    )
    windows, schedules = (1, 2, 7, 28, 49), []
    total = 0
    for days in windows:
        total += rng.randint(0, 12)
        end = (when + dt.timedelta(days=days - 1)).replace(hour=23, minute=59, second=59)
        schedules.append(
            {
                "name": f"{days}_days",
                "from": when.replace(hour=0, minute=0, second=0).isoformat(),
                "to": end.isoformat(),
                "total": total,
            }
        )
    centre = {
        "departement": departement(row),
        "nom": _f(row, "nom"),
        "url": _f(row, "rdv_site_web"),
        "location": {
            "longitude": _f(row, "long_coor1"),
            "latitude": _f(row, "lat_coor1"),
            "city": town,
            "cp": cp,
        },
        "metadata": {
            "address": row["fields"]["address"],
            "phone_number": phone(row),
            "business_hours": _f(row, "business_hours"),
        },
        "prochain_rdv": slot.isoformat(),
        "plateforme": "Mesoigner",
        "type": "drugstore",
        "appointment_count": total,
        "internal_id": f"mesoigner{_f(row, 'gid')}",
        "vaccine_type": [rng.choice(("Pfizer-BioNTech", "Moderna"))],
        "appointment_by_phone_only": False,
        "erreur": None,
        "last_scan_with_availabilities": scans["mesoigner"],
        "request_counts": None,
        "appointment_schedules": schedules,
        "gid": _f(row, "gid"),
    }
    doc = {
        "version": 1,
        "last_updated": when.isoformat(),
        "last_scrap": scans,
        "centres_disponibles": [centre],
        "centres_indisponibles": [],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "finess_extraction": finess_extraction,
    "geodae_export": geodae_export,
    "systempay_form": systempay_form,
    "vitemadose_departement": vitemadose_departement,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its number labelled."""
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
