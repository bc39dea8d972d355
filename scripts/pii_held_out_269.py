"""held_out_269 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Ville d'Issy-les-Moulineaux's open-data list of the town's points of interest)
exactly as published, in layouts no earlier part has, beside the list's own names, streets,
descriptions, categories and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; France's earlier
parts took COVID-19 testing sites, farm shops, DILA's local offices, schools, associations,
museums, France services, FINESS hospitals and FranceArchives' archive services; here:

* the values are the ``telephone`` and ``email`` fields of 400 of the town's shops,
  restaurants, hotels, firms, pharmacies, schools, crèches, sports grounds, parks, churches
  and municipal services (``scripts/data/pii_fr_issy_poi.json``, written by
  ``scripts/fr_issy_poi_data.py``; source and licence in that file): French numbers as the
  city writes them, ten digits in pairs (``01 46 42 34 65``), one ``01 41 900 700``, one field
  of two numbers after ``/`` (each labelled on its own; a number shortened to its last digits
  after ``/`` would be left as text); the office e-mail addresses where the row has one
  (``iris@ville-issy.fr``, ``0920495n@ac-versailles.fr``);
* the text around them is the same row's real fields: the name, street, postcode (``92130``),
  town, description (hours, services), web site, categories, coordinates, the Opendatasoft
  record id and timestamp, with invented CRM, form, article and document ids, references and
  dates, unlabelled and scored;
* in layouts no earlier part has, French ones, text in French: Opendatasoft Explore API v2.1
  ``records`` responses (the French open-data platform the city's portal runs on: the record's
  fields with ``wgs84`` as a ``geo_point_2d`` object), SPIP articles (the French CMS of many
  town halls: the ``texte`` of an article of the town's guide in SPIP's typographic shortcuts,
  ``{{{intertitre}}}``, ``{{gras}}``, ``-*`` lists, ``[texte->url]`` and ``mailto:`` links, a
  ``<docNN|right>`` image and a ``[[note]]``, the number in the list and in the prose), Sellsy
  API v2 company records (the French CRM: ``GET /v2/companies/{id}`` with
  ``embed[]=invoicing_address``, the number as ``phone_number`` and in the ``note``) and
  Publik w.c.s. form data (Entr'ouvert's platform of French local authorities' online forms:
  ``GET /api/forms/{slug}/{id}/`` of an invented request to update the place's entry in the
  town's guide, the number in ``fields`` and in the ``digest``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``: each number of a field
on its own. Each record is seeded by its own (split, locale, layout, index). Committed with its
data before it was ever scored.

    python scripts/pii_held_out_269.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_issy_poi.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_269.jsonl.gz"
SPLIT = "held_out_269"

LAYOUTS = ("opendatasoft_records", "spip_article", "sellsy_company", "publik_formdata")
PHONE = "telephone"
EMAIL = "email"
DATASET = "points-dinteret-de-la-ville-dissy-les-moulineaux"
FORM = "mise-a-jour-annuaire-des-lieux"
MIN_DIGITS = 7  # a piece of a phone field with fewer digits is no number of its own

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented statuses of the town's guide-update form (no real workflow is meant)
STATUSES = (("1", "Nouveau"), ("2", "En cours de vérification"), ("3", "Fiche mise à jour"))
# invented reasons for a request to update a guide entry
REASONS = (
    "Mise à jour des horaires d'ouverture",
    "Changement de coordonnées",
    "Ajout d'une photo de la façade",
    "Correction de l'adresse",
    "Vérification annuelle de la fiche",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, as text, stripped ("" where the row has no such field)."""
    value = row["fields"].get(key)
    return "" if value is None else str(value).strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's office e-mail address ("" where the extract holds none)."""
    return _f(row, EMAIL)


def phone_numbers(row: dict[str, Any]) -> list[str]:
    """The numbers of the phone field: its pieces between ``/`` with seven digits or more
    (a shorter piece, a shortened ending, stays text)."""
    pieces = [piece.strip() for piece in phone(row).split("/")]
    return [p for p in pieces if sum(c.isdigit() for c in p) >= MIN_DIGITS]


def international(value: str) -> bool:
    """Whether a labelled number carries a calling code (none of the list's does)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each number of the row's phone field and of its
    e-mail address labelled (each copy stands apart)."""
    values = [("phone", number) for number in phone_numbers(row)] + [("email", email(row))]
    return field_copies(
        text, values, {"phone": r"\d", "email": r"[\w+@]"}, {"phone": PHONE}, row["path"]
    )


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Paris summer time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _point(row: dict[str, Any]) -> tuple[Any, Any]:
    """The row's (lat, lon) as published (``None`` each where it has none)."""
    return row["fields"].get("latitude"), row["fields"].get("longitude")


def _categories(row: dict[str, Any]) -> list[str]:
    """The row's categories, broadest first, as published."""
    return [_f(row, f"categorie{i}") for i in range(1, 5) if _f(row, f"categorie{i}")]


def _kind(row: dict[str, Any]) -> str:
    """The narrowest category the row names."""
    return _categories(row)[-1]


def _link(url: str) -> str:
    """A published web address as a link target (a scheme added where it has none)."""
    return url if re.match(r"https?://", url) else f"http://{url}"


def _town(row: dict[str, Any]) -> str:
    """The postcode and town as the address's last line (``92130 Issy-les-Moulineaux``)."""
    return " ".join(v for v in (_f(row, "codepostal"), _f(row, "ville")) if v)


def opendatasoft_records(row: dict[str, Any], rng: random.Random) -> str:
    """An Opendatasoft Explore API v2.1 response of ``GET /api/explore/v2.1/catalog/datasets/
    {dataset}/records`` with a ``where`` on the name, one result: the record's fields as
    published (``codepostal`` a number, ``wgs84`` as a ``geo_point_2d`` object), the number as
    ``telephone``, the office e-mail address as ``email`` where the row has one."""
    fields = row["fields"]
    result: dict[str, Any] = {}
    for key in ("titre", "adresse", "codepostal", "ville", "telephone", "email", "url",
                "description", "categorie1", "categorie2", "categorie3", "categorie4"):  # fmt: skip
        if key == "email":
            result[key] = email(row) or None
        elif key in fields:
            result[key] = fields[key]
        else:
            result[key] = None
    lat, lon = _point(row)
    result["wgs84"] = {"lon": lon, "lat": lat} if lat is not None else None
    return _json({"total_count": 1, "results": [result]})


def spip_article(row: dict[str, Any], rng: random.Random) -> str:
    """The ``texte`` of a SPIP article of the town's guide, in SPIP's typographic shortcuts: an
    intertitle with the name, the description, a ``-*`` list of the address, number, e-mail
    address (a ``mailto:`` link) and web site (a link), an image ``<docNN|right>``, a closing
    sentence repeating the number and a footnote ``[[...]]`` on the source."""
    name, tel, mail = _f(row, "titre"), phone(row), email(row)
    doc = rng.randint(40, 2400)
    updated = _when(rng)
    lines = [f"<doc{doc}|right>", "", f"{{{{{{{name}}}}}}}", ""]
    if _f(row, "description"):
        lines += [_f(row, "description"), ""]
    lines += [f"{{{{Rubrique :}}}} {' > '.join(_categories(row)[1:])}", ""]
    lines += [f"-* {{{{Adresse :}}}} {_f(row, 'adresse')}, {_town(row)}"]
    lines += [f"-* {{{{Téléphone :}}}} {tel}"]
    if mail:
        lines += [f"-* {{{{Courriel :}}}} [{mail}->mailto:{mail}]"]
    if _f(row, "url"):
        lines += [f"-* {{{{Site :}}}} [{_f(row, 'url')}->{_link(_f(row, 'url'))}]"]
    lat, lon = _point(row)
    if lat is not None:
        lines += [f"-* {{{{Coordonnées :}}}} {lat}, {lon}"]
    lines += [
        "",
        f"Pour tout renseignement, appelez le {tel}[[Coordonnées issues de la base des points "
        f"d'intérêt de la ville, vérifiées le {updated:%d/%m/%Y}.]].",
        "",
    ]
    return "\n".join(lines)


def sellsy_company(row: dict[str, Any], rng: random.Random) -> str:
    """A Sellsy API v2 response of ``GET /v2/companies/{id}?embed[]=invoicing_address``: the
    place as a ``prospect`` company of the town's business-support office (invented id,
    reference and dates), the number as ``phone_number``, the office e-mail address as
    ``email``, the web site, a ``note`` repeating the number, ``legal_france`` left empty, and
    the embedded address (street, postcode, town, ``geocode``)."""
    name, tel, mail = _f(row, "titre"), phone(row), email(row)
    created = _when(rng)
    company = rng.randint(20_000_000, 49_999_999)
    address = rng.randint(60_000_000, 89_999_999)
    note = f"Fiche reprise de l'annuaire des lieux de la ville ({_kind(row)}). Tél. {tel}"
    if _f(row, "description"):
        note += f" — {_f(row, 'description')}"
    lat, lon = _point(row)
    doc = {
        "id": company,
        "type": "prospect",
        "name": name,
        "email": mail or None,
        "website": _f(row, "url") or None,
        "phone_number": tel,
        "mobile_number": None,
        "fax_number": None,
        "legal_france": {
            "siret": None, "siren": None, "vat": None, "ape_naf_code": None,
            "company_type": None, "rcs_immatriculation": None,
        },
        "capital": None,
        "reference": f"ISSY-{created:%Y}-{rng.randint(1, 9999):04d}",
        "note": note,
        "auxiliary_code": None,
        "social": {"twitter": None, "facebook": None, "linkedin": None, "viadeo": None},
        "rate_category_id": None,
        "main_contact_id": None,
        "dunning_contact_id": None,
        "invoicing_contact_id": None,
        "invoicing_address_id": address,
        "delivery_address_id": address,
        "accounting_code_id": None,
        "accounting_purchase_code_id": None,
        "owner": {"id": rng.randint(100_000, 399_999), "type": "staff"},
        "is_archived": False,
        "business_segment": {"id": rng.randint(1, 40), "label": _categories(row)[1]},
        "number_of_employees": None,
        "created": created.isoformat(),
        "updated_at": (created + dt.timedelta(days=rng.randint(0, 40))).isoformat(),
        "_embed": {
            "invoicing_address": {
                "id": address,
                "name": "Adresse principale",
                "address_line_1": _f(row, "adresse"),
                "address_line_2": "",
                "address_line_3": "",
                "address_line_4": "",
                "postal_code": _f(row, "codepostal"),
                "city": _f(row, "ville"),
                "country": "France",
                "country_code": "FR",
                "is_invoicing_address": True,
                "is_delivery_address": True,
                "geocode": {"lat": lat, "lng": lon},
            }
        },
    }  # fmt: skip
    return _json(doc)


def publik_formdata(row: dict[str, Any], rng: random.Random) -> str:
    """A Publik w.c.s. API response of ``GET /api/forms/{slug}/{id}/``: an invented request to
    update the place's entry in the town's guide (id, display id, receipt and update times,
    status and its evolution), the place's name, street, postcode, town, category, number and
    office e-mail address in ``fields``, the ``digest`` repeating the name and number, the
    submission channel and the place's point in ``geolocations``."""
    name, tel, mail = _f(row, "titre"), phone(row), email(row)
    received = _when(rng)
    number = rng.randint(12, 3800)
    display = f"{rng.randint(40, 160)}-{number}"
    status = rng.choice(STATUSES)
    updated = received + dt.timedelta(hours=rng.randint(1, 200))
    base = f"https://demarches.example.fr/{FORM}/{number}/"
    fields = {
        "etablissement": name,
        "adresse": _f(row, "adresse"),
        "code_postal": _f(row, "codepostal"),
        "commune": _f(row, "ville"),
        "categorie": _kind(row),
        "telephone": tel,
        "courriel": mail or None,
        "site_web": _f(row, "url") or None,
        "motif": rng.choice(REASONS),
        "identifiant_fiche": row["recordid"],
    }
    evolution = [{"status": "1", "time": received.strftime("%Y-%m-%dT%H:%M:%S")}]
    if status[0] != "1":
        evolution.append({"status": status[0], "time": updated.strftime("%Y-%m-%dT%H:%M:%S")})
    lat, lon = _point(row)
    doc = {
        "id": number,
        "display_id": display,
        "display_name": f"Mise à jour de l'annuaire des lieux - n°{display}",
        "receipt_time": received.strftime("%Y-%m-%dT%H:%M:%S"),
        "last_update_time": updated.strftime("%Y-%m-%dT%H:%M:%S"),
        "url": base,
        "backoffice_url": f"https://demarches.example.fr/backoffice/management/{FORM}/{number}/",
        "api_url": f"https://demarches.example.fr/api/forms/{FORM}/{number}/",
        "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "criticality_level": 0,
        "digest": f"{name} — {tel}",
        "text": f"Demande de mise à jour de la fiche « {name} » ({_kind(row)}).",
        "fields": fields,
        "workflow": {
            "status": {"id": status[0], "name": status[1]},
            "real_status": {"id": status[0], "name": status[1]},
            "fields": {},
        },
        "evolution": evolution,
        "submission": {"backoffice": False, "channel": "web"},
        "geolocations": {"base": {"lat": lat, "lon": lon}} if lat is not None else {},
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "opendatasoft_records": opendatasoft_records,
    "spip_article": spip_article,
    "sellsy_company": sellsy_company,
    "publik_formdata": publik_formdata,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of each number of its phone field
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
