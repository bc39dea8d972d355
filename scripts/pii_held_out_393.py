"""held_out_393 of the PII evaluation set: real phone fields of a list no earlier part used (the
Région Hauts-de-France's partners of its youth card, carte Génération #HDF: bookshops, press
and sports shops, clothing stores, pupils' parents' associations and rural schools where the
card's grant for school books and equipment is spent; France's earlier parts took the COVID-19
testing sites, farm shops on OpenStreetMap, service-public.fr's local offices, the Annuaire de
l'éducation's schools, Montpellier's associations, the Musées de France, France services, the
FINESS hospitals, FranceArchives, Issy-les-Moulineaux's places, the Onisep's establishments,
the Crous' restaurants, Atout France's campsites, Maiia's places and Audilab's centres) exactly
as published, in layouts no earlier part has, beside the list's own names, streets, postcodes,
towns, coordinates and partner ids.

The procedure of ``held_out_30``, on another list and other layouts; here:

* the values are the ``Tel`` of 300 partners (``scripts/data/pii_fr_hdf_partenaires.json``,
  written by ``scripts/fr_hdf_partenaires_data.py``; source and licence in that file): French
  numbers as the partners gave them, ten digits in one run (``0322251250``), in blank- or
  dot-separated pairs (``03 27 21 56 00``, ``03.20.44.10.32``) or once after ``+33``; every copy
  labelled. The list's e-mail and mobile fields are not in the data (most are a named
  employee's); a mailbox a partner gives as its web site (two kept rows do,
  ``europe_banking@footlocker.com``) is labelled wherever that field stands (in this part, no
  such row falls in a layout that writes the site, so no e-mail address is written);
* the text around them is the same row's real fields: the partner's name, street, postcode,
  town, coordinates, web site, partner id and the card's scheme it takes part in, with
  invented shop, customer, lead and user ids, SIRETs and VAT numbers (check digits right),
  dates, amounts and match scores, unlabelled and scored;
* in layouts no earlier part has, formats of French software an invented school-supplies
  wholesaler of the region uses to take the partners on, text in French: Mirakl shop API
  answers (``GET /api/shops``, S20, of the wholesaler's marketplace: one shop whose
  ``contact_informations`` hold the street, postcode, town and ``phone``), Hiboutik customer
  creation requests (``POST /api/customers/`` to the wholesaler's point-of-sale account:
  ``customers_company``, ``customers_phone_number``, and a note naming the number again),
  noCRM.io lead creation requests (``POST /api/v2/leads``: the title and a description of
  ``Label: value`` lines, the number on its ``Téléphone:`` line) and the Base Adresse
  Nationale's bulk geocoder's answers (``POST /search/csv/`` of api-adresse.data.gouv.fr: the
  sent columns, the number among them, then ``latitude`` to ``result_district``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_393.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import luhn_complete, register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_hdf_partenaires.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_393.jsonl.gz"
SPLIT = "held_out_393"

LAYOUTS = ("mirakl_shop", "hiboutik_customer", "nocrm_lead", "ban_geocodage_csv")
PHONE = "Tel"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
PARIS = dt.timezone(dt.timedelta(hours=2))
CARD = "carte Génération #HDF"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the invented wholesaler's hosts (no person's name)
HOSTS = ("fournitures-rentree-hdf", "cartable-nord-picardie", "papeterie-grossiste-hdf")
# départements of the postcodes the list holds: (name, region) for the BAN's result_context
DEPARTEMENTS = {
    "02": ("Aisne", "Hauts-de-France"),
    "26": ("Drôme", "Auvergne-Rhône-Alpes"),
    "27": ("Eure", "Normandie"),
    "30": ("Gard", "Occitanie"),
    "51": ("Marne", "Grand Est"),
    "53": ("Mayenne", "Pays de la Loire"),
    "57": ("Moselle", "Grand Est"),
    "59": ("Nord", "Hauts-de-France"),
    "60": ("Oise", "Hauts-de-France"),
    "62": ("Pas-de-Calais", "Hauts-de-France"),
    "63": ("Puy-de-Dôme", "Auvergne-Rhône-Alpes"),
    "70": ("Haute-Saône", "Bourgogne-Franche-Comté"),
    "72": ("Sarthe", "Pays de la Loire"),
    "75": ("Paris", "Île-de-France"),
    "76": ("Seine-Maritime", "Normandie"),
    "78": ("Yvelines", "Île-de-France"),
    "80": ("Somme", "Hauts-de-France"),
    "83": ("Var", "Provence-Alpes-Côte d'Azur"),
    "88": ("Vosges", "Grand Est"),
    "92": ("Hauts-de-Seine", "Île-de-France"),
}
TAGS = ("rentrée 2025", "manuels scolaires", "fournitures", "calculatrices", "équipement sportif")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The partner's telephone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def site_emails(row: dict[str, Any]) -> list[str]:
    """The mailboxes the web-site field itself holds (two partners give one there instead of a
    site, ``https://dunkerque@hyperburo.com``, ``europe_banking@footlocker.com``): labelled
    wherever the field stands."""
    return list(dict.fromkeys(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", _f(row, "SiteWeb"))))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled (each copy stands
    apart: no digit next to it), and every copy of a mailbox its web-site field holds."""
    values = [(PHONE, phone(row)), *(("email", m) for m in site_emails(row))]
    return field_copies(text, values, EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of the summer of 2025 (Paris time)."""
    day = dt.datetime(2025, 6, 16, tzinfo=PARIS) + dt.timedelta(days=rng.randint(0, 80))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 18), minutes=rng.randint(0, 59))


def siret(rng: random.Random) -> str:
    """An invented SIRET: a SIREN of nine digits and an establishment number of five, each
    Luhn-valid as INSEE's are."""
    siren = luhn_complete(str(rng.randint(3, 9)), 9, rng)
    return luhn_complete(siren + "000", 14, rng)


def vat(siren: str) -> str:
    """The French intra-community VAT number of a SIREN (its key right)."""
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _http(method: str, host: str, path: str, headers: list[tuple[str, str]], doc: Any) -> str:
    """An HTTP/1.1 request with a JSON body, its ``Content-Length`` right."""
    body = json.dumps(doc, ensure_ascii=False, indent=2)
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", *(f"{k}: {v}" for k, v in headers)]
    lines += ["Content-Type: application/json; charset=utf-8"]
    lines += [f"Content-Length: {len(body.encode('utf-8'))}", "", body]
    return "\r\n".join(lines) + "\n"


def place(row: dict[str, Any]) -> str:
    """The address in one line: street, postcode and town."""
    return f"{_f(row, 'Street')}, {_f(row, 'PostalCode')} {_f(row, 'City')}".lstrip(", ")


def schemes(row: dict[str, Any]) -> list[str]:
    """The card's schemes the partner takes part in (``Manuels et équipements``)."""
    return [s for s in _f(row, "conventions").split(" | ") if s]


def mirakl_shop(row: dict[str, Any], rng: random.Random) -> str:
    """A Mirakl shop API answer (S20, ``GET /api/shops?shop_ids=...`` of the wholesaler's
    marketplace): one shop, its invented id, state, dates and counts, the partner's name as
    ``shop_name`` and corporate name, an invented SIRET and VAT number, ``contact_informations``
    with the street, postcode, town, country, ``phone`` and web site, and additional fields
    with the card's partner id and scheme."""
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 60), minutes=rng.randint(0, 900))
    number = siret(rng)
    shop = {
        "shop_id": rng.randint(2000, 19999),
        "shop_name": _f(row, "Name"),
        "shop_state": rng.choice(("OPEN", "OPEN", "OPEN", "SUSPENDED")),
        "date_created": created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "last_updated_date": updated.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "description": (
            f"Partenaire de la {CARD} à {_f(row, 'City')} : "
            f"{', '.join(schemes(row)).lower() or 'manuels et équipements'}."
        ),
        "is_professional": True,
        "professional_information": {
            "corporate_name": _f(row, "Name"),
            "identifier": number,
            "tax_identification_number": vat(number[:9]),
        },
        "contact_informations": {
            "civility": None,
            "firstname": None,
            "lastname": None,
            "street1": _f(row, "Street"),
            "street2": None,
            "zip_code": _f(row, "PostalCode"),
            "city": _f(row, "City"),
            "country": "FRA",
            "phone": phone(row),
            "phone_secondary": None,
            "fax": None,
            "web_site": _f(row, "SiteWeb") or None,
        },
        "currency_iso_code": "EUR",
        "channels": ["RENTREE"],
        "offers_count": rng.randint(0, 450),
        "orders_count": rng.randint(0, 120),
        "evaluations_count": rng.randint(0, 40),
        "grade": round(rng.uniform(3.4, 5.0), 1),
        "shop_additional_fields": [
            {"code": "carte-hdf-partenaire-id", "type": "STRING", "value": _f(row, "ID")},
            {"code": "carte-hdf-dispositif", "type": "LIST", "value": schemes(row)[0]},
        ],
    }
    return _json({"shops": [shop], "total_count": 1})


def hiboutik_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Hiboutik customer creation request (``POST /api/customers/`` to the wholesaler's
    point-of-sale account, basic authentication with an invented key): the partner's name as
    ``customers_company``, its telephone as ``customers_phone_number``, ``FRA``, the card's
    partner id as an external reference, an invented VAT number and a note giving the address,
    the scheme and the telephone again."""
    host = f"{rng.choice(HOSTS)}.hiboutik.com"
    key = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(24))
    auth = base64.b64encode(f"api-rentree:{key}".encode()).decode()
    number = siret(rng)
    note = (
        f"Partenaire {CARD} ({', '.join(schemes(row))}) - {place(row)} - "
        f"tél. magasin {phone(row)} - bons de rentrée acceptés jusqu'au 31/10/2025"
    )
    doc = {
        "customers_company": _f(row, "Name"),
        "customers_last_name": "",
        "customers_first_name": "",
        "customers_email": "",
        "customers_phone_number": phone(row),
        "customers_country": "FRA",
        "customers_ref_ext": f"HDF-{_f(row, 'ID')}",
        "customers_tax_number": vat(number[:9]),
        "customers_misc": note,
    }
    headers = [("Authorization", f"Basic {auth}"), ("Accept", "application/json")]
    return _http("POST", host, "/api/customers/", headers, doc)


def nocrm_lead(row: dict[str, Any], rng: random.Random) -> str:
    """A noCRM.io lead creation request (``POST /api/v2/leads`` with an invented API key): the
    partner's name as the ``title``, a ``description`` of ``Label: value`` lines (address,
    town, telephone, web site, the card's partner id and scheme), tags and an invented owner."""
    host = f"{rng.choice(HOSTS)}.nocrm.io"
    key = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    lines = [
        f"Société: {_f(row, 'Name')}",
        f"Adresse: {_f(row, 'Street')}",
        f"Code postal: {_f(row, 'PostalCode')}",
        f"Ville: {_f(row, 'City')}",
        f"Téléphone: {phone(row)}",
    ]
    if _f(row, "SiteWeb"):
        lines.append(f"Site web: {_f(row, 'SiteWeb')}")
    lines += [
        f"Partenaire {CARD}: n° {_f(row, 'ID')} ({', '.join(schemes(row))})",
        f"Potentiel rentrée: {rng.randint(8, 120) * 50} €",
    ]
    doc = {
        "title": _f(row, "Name"),
        "description": "\n".join(lines),
        "tags": [CARD, *rng.sample(TAGS, 2)],
        "user_id": rng.randint(10000, 99999),
    }
    return _http("POST", host, "/api/v2/leads", [("X-API-KEY", key)], doc)


def ban_geocodage_csv(row: dict[str, Any], rng: random.Random) -> str:
    """An answer of the Base Adresse Nationale's bulk geocoder (``POST /search/csv/`` of
    api-adresse.data.gouv.fr): the sent columns (the card's partner id, name, street, postcode,
    town and telephone) and the result columns ``latitude`` to ``result_district``; the
    coordinates are the list's, the label is the street, postcode and town, the score, the
    street or house id and the town's INSEE code invented, the context the département and
    region of the postcode."""
    street, code, town = _f(row, "Street"), _f(row, "PostalCode"), _f(row, "City")
    dept = code[:2]
    name, region = DEPARTEMENTS[dept]
    citycode = f"{dept}{rng.randint(1, 899):03d}"
    found = re.match(r"(\d+)\s+(.*)", street)
    house, way = (found.group(1), found.group(2)) if found else ("", street)
    kind = "housenumber" if house else "street"
    result_id = f"{citycode}_{rng.randint(1, 9999):04d}" + (f"_{int(house):05d}" if house else "")
    label = " ".join(p for p in (street, code, town) if p)
    header = [
        "id_partenaire", "nom", "adresse", "code_postal", "commune", "telephone", "latitude",
        "longitude", "result_label", "result_score", "result_type", "result_id",
        "result_housenumber", "result_name", "result_street", "result_postcode", "result_city",
        "result_context", "result_citycode", "result_oldcitycode", "result_oldcity",
        "result_district",
    ]  # fmt: skip
    values = [
        _f(row, "ID"), _f(row, "Name"), street, code, town, phone(row), _f(row, "Lat"),
        _f(row, "Long"), label, f"{rng.uniform(0.45, 0.98):.2f}", kind, result_id, house,
        way if kind == "street" else f"{house} {way}", way, code, town,
        f"{dept}, {name}, {region}", citycode, "", "", "",
    ]  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerow(values)
    return out.getvalue()


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mirakl_shop": mirakl_shop,
    "hiboutik_customer": hiboutik_customer,
    "nocrm_lead": nocrm_lead,
    "ban_geocodage_csv": ban_geocodage_csv,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its telephone labelled."""
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
