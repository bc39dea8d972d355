"""held_out_439 of the PII evaluation set: real phone fields of a register no earlier part used
(the Autovision network's vehicle-inspection centres, the centres de contrôle technique of its
store locator; France's earlier parts took testing sites, farm shops, service-public.fr's local
offices, schools, associations, museums, FINESS hospitals, France services, archives, Issy's
places, ONISEP's higher education, CROUS restaurants, campings, Maiia's and Audilab's centres,
Hauts-de-France partners, Paris delivery areas and Île-de-France hotels) exactly as published,
in layouts no earlier part has, beside the locator's own names, addresses, postcodes and ids.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``tel`` of 320 centres (``scripts/data/pii_fr_autovision_centres.json``,
  written by ``scripts/fr_autovision_centres_data.py``; source and licence in that file):
  French numbers as the locator writes them, in dotted pairs (``04.74.23.23.14``); every copy
  labelled; the locator gives no e-mail address and the records hold none;
* the text around them is the same row's real fields: the centre's trade name (its company
  name where it has none), street lines, postcode (``01000``), town, the locator's centre id
  (``10018``) and, in one layout, its coordinates and booking site, with invented template ids,
  UUIDs, agreement numbers, prices, hours and dates, unlabelled and scored;
* in layouts no earlier part has, the messages and listings of an invented booking service of
  the network, text in French: Postmark Templates API answers (``GET /templates/{id}``: a
  ``Standard`` template of the centre's appointment confirmation, ``HtmlBody`` and
  ``TextBody`` giving the telephone), Mailgun Templates API answers (``GET
  /v3/{domain}/templates/{name}?active=yes``: a ``handlebars`` version of the centre's
  reminder that the next inspection falls due, giving the telephone once), Amazon SES API v2
  ``GetEmailTemplate`` answers (``TemplateName``, ``TemplateContent`` with ``Subject``,
  ``Text`` and ``Html`` of the centre's cancellation notice, each body giving the telephone)
  and Bing Places for Business bulk-upload CSV files (a header and the centre's one row:
  store id, name, address, coordinates, phone, website, category). The formats' fields were
  written from the helper's memory of their documentation, none being readable when the part
  was built.

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_439.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import html
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
ROWS = ROOT / "scripts" / "data" / "pii_fr_autovision_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_439.jsonl.gz"
SPLIT = "held_out_439"

LAYOUTS = ("postmark_template", "mailgun_template", "ses_template", "bing_places_csv")
PHONE = "tel"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
PARIS = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented prices of a centre's services (euros, tax included)
PRICES = ("69,90", "72,00", "75,00", "78,00", "79,90", "84,00", "89,00")
RECHECKS = ("0,00", "15,00", "19,90", "20,00", "25,00")
HOURS = (
    "du lundi au vendredi de 8h00 à 12h00 et de 14h00 à 18h00, le samedi de 8h00 à 12h00",
    "du lundi au vendredi de 8h30 à 12h00 et de 13h30 à 18h30",
    "du lundi au samedi de 8h00 à 12h30, l'après-midi du lundi au vendredi de 14h00 à 18h00",
)
BING_HEADER = (
    "Store ID", "Business Name", "Address Line 1", "Address Line 2", "City", "State",
    "Zip Code", "Country", "Latitude", "Longitude", "Main Phone", "Website", "Category",
    "Hours", "Description",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The centre's telephone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the locator's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    """The centre's trade name, or its company name where the locator gives none."""
    return _f(row, "nomCommercial") or _f(row, "raisonSociale")


def street(row: dict[str, Any]) -> str:
    """The street lines, joined by a comma where there are two."""
    return ", ".join(v for v in (_f(row, "adresse01"), _f(row, "adresse02")) if v)


def place(row: dict[str, Any]) -> str:
    """The address in one line: street, postcode and town."""
    return f"{street(row)}, {_f(row, 'cp')} {_f(row, 'ville')}"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2023 or 2024 (Paris winter time)."""
    start = dt.datetime(2023, 3, 1, 8, tzinfo=PARIS)
    return start + dt.timedelta(days=rng.randint(0, 600), minutes=rng.randint(0, 600))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def agreement(rng: random.Random) -> str:
    """An invented agreement number of a light-vehicle centre (``S`` + département-like digits
    + ``A`` + three digits)."""
    return f"S{rng.randint(1, 95):02d}{rng.choice('ABCDEFG')}{rng.randint(1, 999):03d}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _h(value: str) -> str:
    return html.escape(value, quote=False)


def postmark_template(row: dict[str, Any], rng: random.Random) -> str:
    """A Postmark Templates API answer (``GET /templates/{id}``): ``Name``, ``TemplateId``,
    ``Alias``, ``Subject``, ``HtmlBody`` and ``TextBody`` of the centre's appointment
    confirmation (Mustachio placeholders for the booking; the centre's name, address, price
    and telephone written in), ``AssociatedServerId``, ``Active``, ``TemplateType``
    ``Standard`` and its ``LayoutTemplate``."""
    price = rng.choice(PRICES)
    code = agreement(rng)
    text = (
        "Bonjour {{prenom}},\n\n"
        f"Votre rendez-vous de contrôle technique au centre {name(row)} est confirmé pour le "
        "{{date_rdv}} à {{heure_rdv}} (véhicule {{immatriculation}}).\n\n"
        f"Adresse : {place(row)}\nTarif : {price} € TTC, réglable sur place.\n"
        "Merci de vous présenter 10 minutes avant l'heure, avec la carte grise du véhicule.\n\n"
        f"Un empêchement ? Appelez le centre au {phone(row)}.\n\n"
        f"Centre agréé n° {code} - Réseau Autovision\nRéférence : {{{{reference}}}}\n"
    )
    body = (
        '<html><body style="font-family:Arial,sans-serif">'
        "<h1>Rendez-vous confirmé</h1><p>Bonjour {{prenom}},</p>"
        f"<p>Votre rendez-vous de contrôle technique au centre <strong>{_h(name(row))}</strong> "
        "est confirmé pour le {{date_rdv}} à {{heure_rdv}} (véhicule {{immatriculation}}).</p>"
        f"<p>{_h(place(row))}<br>Tarif : {price} € TTC</p>"
        f"<p>Un empêchement ? Appelez le centre au {phone(row)}.</p>"
        f"<p>Centre agréé n° {code} - Réseau Autovision</p></body></html>"
    )
    doc = {
        "Name": f"Confirmation RDV - {name(row)} ({_f(row, 'ville')})",
        "TemplateId": rng.randint(10**7, 4 * 10**7),
        "Alias": f"rdv-confirmation-{_f(row, 'idCentre')}",
        "Subject": "Votre contrôle technique du {{date_rdv}} à {{heure_rdv}} est confirmé",
        "HtmlBody": body,
        "TextBody": text,
        "AssociatedServerId": rng.randint(10**6, 9 * 10**6),
        "Active": True,
        "TemplateType": "Standard",
        "LayoutTemplate": "autovision-base",
    }
    return _json(doc)


def _rfc1123(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%a, %d %b %Y %H:%M:%S UTC")


def mailgun_template(row: dict[str, Any], rng: random.Random) -> str:
    """A Mailgun Templates API answer (``GET /v3/{domain}/templates/{name}?active=yes``): the
    ``template`` with ``name``, ``description``, ``createdAt``, ``createdBy`` and ``id``, and
    its active ``version`` (``tag``, ``engine`` ``handlebars``, ``template`` the HTML of the
    centre's reminder that the next inspection falls due, giving the telephone once,
    ``createdAt``, ``comment``, ``active``, ``id`` and ``headers`` with the subject)."""
    made = _when(rng)
    changed = made + dt.timedelta(days=rng.randint(5, 120))
    tid = _f(row, "idCentre")
    body = (
        '<!DOCTYPE html><html lang="fr"><body>'
        "<p>Bonjour {{prenom}},</p>"
        "<p>Le contrôle technique de votre véhicule {{immatriculation}} arrive à échéance le "
        "{{date_echeance}}. Au-delà, vous risquez une amende de 135 €.</p>"
        f"<p>Le centre <strong>{_h(name(row))}</strong>, {_h(place(row))}, vous accueille "
        f"{rng.choice(HOURS)}.</p>"
        f"<p>Prenez rendez-vous en ligne ou par téléphone au {phone(row)}.</p>"
        '<p><a href="{{lien_rdv}}">Réserver mon créneau</a></p>'
        "<p>{{#if promo}}Code {{promo}} : -10 € sur votre prochain contrôle.{{/if}}</p>"
        "</body></html>"
    )
    doc = {
        "template": {
            "createdAt": _rfc1123(made),
            "createdBy": "",
            "description": f"Rappel d'échéance du contrôle technique - centre {tid}, "
            f"{_f(row, 'ville')}",
            "id": _uuid(rng),
            "name": f"rappel-echeance-{tid}",
            "version": {
                "active": True,
                "comment": rng.choice(("Nouveau tarif", "Horaires mis à jour", "Version initiale")),
                "createdAt": _rfc1123(changed),
                "engine": "handlebars",
                "headers": {"Subject": "Votre contrôle technique arrive à échéance"},
                "id": _uuid(rng),
                "tag": f"v{rng.randint(1, 6)}",
                "template": body,
            },
        }
    }
    return _json(doc)


def ses_template(row: dict[str, Any], rng: random.Random) -> str:
    """An Amazon SES API v2 ``GetEmailTemplate`` answer: ``TemplateName`` (the centre's id)
    and ``TemplateContent`` with ``Subject``, ``Text`` and ``Html`` of the centre's notice that
    an appointment was cancelled, each body giving the telephone and the counter-visit price."""
    recheck = rng.choice(RECHECKS)
    text = (
        "Bonjour {{prenom}},\n\n"
        "Votre rendez-vous de contrôle technique n° {{reference}} du {{date_rdv}} à "
        f"{{{{heure_rdv}}}} au centre {name(row)} ({place(row)}) a bien été annulé.\n"
        "Aucun frais ne vous sera facturé.\n\n"
        f"Pour reprendre rendez-vous, appelez le {phone(row)} {rng.choice(HOURS)}.\n"
        f"Rappel : la contre-visite est facturée {recheck} € TTC si elle a lieu dans les deux "
        "mois.\n\nL'équipe Autovision\n"
    )
    body = (
        "<html><body><p>Bonjour {{prenom}},</p>"
        "<p>Votre rendez-vous de contrôle technique n° {{reference}} du {{date_rdv}} à "
        f"{{{{heure_rdv}}}} au centre <b>{_h(name(row))}</b> ({_h(place(row))}) a bien été "
        "annulé.</p>"
        f"<p>Pour reprendre rendez-vous : {phone(row)}</p>"
        "<p>L'équipe Autovision</p></body></html>"
    )
    doc = {
        "TemplateName": f"AnnulationRdv_{_f(row, 'idCentre')}_v{rng.randint(1, 4)}",
        "TemplateContent": {
            "Subject": "Annulation de votre rendez-vous du {{date_rdv}}",
            "Text": text,
            "Html": body,
        },
    }
    return _json(doc)


def bing_places_csv(row: dict[str, Any], rng: random.Random) -> str:
    """A Bing Places for Business bulk-upload CSV file: the header and the centre's one row
    (store id, name, street lines, town, region left empty, postcode, ``FR``, the locator's
    coordinates, the telephone, the booking site, the category, hours and a description)."""
    hours = rng.choice(("Mo-Fr 08:00-12:00,14:00-18:00; Sa 08:00-12:00", "Mo-Fr 08:30-18:30"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(BING_HEADER)
    writer.writerow(
        [
            f"AV-{_f(row, 'idCentre')}",
            name(row),
            _f(row, "adresse01"),
            _f(row, "adresse02"),
            _f(row, "ville"),
            "",
            _f(row, "cp"),
            "FR",
            _f(row, "lat"),
            _f(row, "lng"),
            phone(row),
            _f(row, "urlPrdv") or _f(row, "url"),
            "Contrôle technique automobile",
            hours,
            "Centre de contrôle technique du réseau Autovision pour les véhicules légers "
            "(essence, diesel, hybrides et électriques) : contrôle périodique, contre-visite "
            f"et contrôle volontaire, avec ou sans rendez-vous. À partir de {rng.choice(PRICES)} "
            "€ TTC.",
        ]
    )
    return out.getvalue()


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "postmark_template": postmark_template,
    "mailgun_template": mailgun_template,
    "ses_template": ses_template,
    "bing_places_csv": bing_places_csv,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone labelled."""
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
