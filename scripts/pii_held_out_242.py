"""held_out_242 of the PII evaluation set: real phone fields of a register no earlier part used
(the Ministry of Health's list of Italy's family counselling centres, consultori familiari;
Italy's earlier parts took ICCU's libraries, Lombardia's care homes, the comuni's contacts,
Puglia's and Piemonte's accommodation and the Ministry of Justice's offices and prisons) as the
scrape of the ministry's pages stores them, in layouts no earlier part has, beside the list's
own names, local health authorities, addresses and web sites.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of IT (ICCU, Regione Lombardia, Regione Puglia, Regione
Piemonte, the Ministry of Justice and a comuni list) and many others; here:

* the values are the ``telefono`` fields of 400 consultori (``scripts/data/pii_it_consultori.json``,
  written by ``scripts/it_consultori_data.py``; source and licence in that file): Italian
  numbers that lost their trunk ``0`` when the ministry's pages were scraped, each one run of
  seven to ten digits (``706094610`` for Cagliari's ``070 6094610``, ``641434012`` for Rome's
  ``06 41434012``, ``7094854``), each copy labelled;
* the text around them is the same row's real fields: the centre's name, its comune, its
  local health authority (``ASL BA``), the address line with its postcode (which lost its
  leading ``0`` too: ``9032``) and province code, and the authority's web site where the row
  has one (one row's ``sito`` holds an e-mail address and is left out), with invented content
  UIDs and ids, category ids, hit counts, order ids, API keys, dates and times, unlabelled and
  scored;
* in layouts no earlier part has, of the Italian public-sector web and of the centres' own
  messaging, text in Italian: pages of a local health authority's site in the Bootstrap Italia
  markup of Designers Italia's model ("Modello ASL": a ``card-teaser`` of contacts, the number
  as a ``tel:`` link and its text), plone.restapi answers for an io-Sanità ``PuntoDiContatto``
  (the Plone add-on of the model, ``value_punto_contatto`` rows of ``tipo`` ``telefono``, the
  description repeating the number), Skebby SMS gateway REST requests (``smstogroups``: a
  reminder to a contact group, the number twice in the text) and Joomla 4 Web Services answers
  for a ``com_contact`` contact (JSON:API: ``telephone``, and ``misc`` repeating it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_242.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_consultori.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_242.jsonl.gz"
SPLIT = "held_out_242"

LAYOUTS = ("bootstrap_italia_html", "iosanita_pdc_json", "skebby_sms_request", "joomla_contact")
PHONE = "telefono"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented services a centre offers (no real programme is meant)
SERVICES = (
    "corso di accompagnamento alla nascita", "spazio giovani", "screening del tumore della "
    "cervice uterina", "consulenza per la contraccezione", "sostegno all'allattamento",
    "consulenza psicologica per la coppia e la famiglia", "vaccinazioni in gravidanza",
)  # fmt: skip
DESKS = ("Accoglienza e prenotazioni", "Segreteria", "Centralino", "Prenotazioni")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "0039"))


def address_parts(row: dict[str, Any]) -> tuple[str, str, str, str]:
    """The address line's street, postcode, comune and province code
    (``VIA MAZZINI N.32 - 9047 - SELARGIUS - CA``); the whole line as the street where it is
    not in that shape."""
    line = _f(row, "indirizzo")
    parts = line.rsplit(" - ", 3)
    if len(parts) == 4 and parts[1].isdigit():
        return parts[0].strip(), parts[1], parts[2].strip(), parts[3].strip()
    return line, "", _f(row, "comune"), ""


def site(row: dict[str, Any]) -> str:
    """The authority's web site as the row gives it, "" where it gives none (``-``) or where
    the field holds an e-mail address behind ``http://`` (one row: left out of the text, it
    would be an unlabelled address)."""
    value = _f(row, "sito")
    return "" if value in ("", "-") or "@" in value else value


def _slug(value: str) -> str:
    """``value`` as a URL path segment (``consultorio-familiare-di-sorso``)."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "consultorio"


def _host(row: dict[str, Any]) -> str:
    """An invented host for the authority's site, from its name (``www.asl-ba.it``)."""
    return f"www.{_slug(_f(row, 'asl'))[:40].strip('-')}.it"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Rome time, as UTC+1)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _x(value: str) -> str:
    """``value`` as HTML text or attribute value."""
    return escape(value, {'"': "&quot;"})


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


SPRITE = "/bootstrap-italia/dist/svg/sprites.svg"


def _icon(name: str) -> str:
    """A Bootstrap Italia sprite icon (``it-telephone``)."""
    return f'<svg class="icon icon-sm" aria-hidden="true"><use href="{SPRITE}#{name}"></use></svg>'


def _name(row: dict[str, Any]) -> str:
    return _f(row, "denominazione")


def bootstrap_italia_html(row: dict[str, Any], rng: random.Random) -> str:
    """A page of the local health authority's site in Bootstrap Italia 2 markup, as Designers
    Italia's model for health authorities lays out a place: a breadcrumb, the centre's name as
    ``h1``, a lead paragraph, a ``card card-teaser`` of contacts with ``it-map-marker-circle``
    and ``it-telephone`` sprite icons (the number as a ``tel:`` link and its text), the site
    where the row has one, an invented structure code and a ``callout`` with the invented date
    of the last update."""
    name, tel = _name(row), phone(row)
    street, cap, comune, prov = address_parts(row)
    when = _when(rng)
    service = rng.choice(SERVICES)
    where = ", ".join(p for p in (street, " ".join(p for p in (cap, comune) if p), prov) if p)
    web = (
        [
            '            <li class="mt-2">',
            f"              {_icon('it-link')}",
            f'              <a href="{_x(site(row))}" target="_blank">'
            "Sito dell'azienda sanitaria</a>",
            "            </li>",
        ]
        if site(row)
        else []
    )
    lines = [
        "<!doctype html>",
        '<html lang="it">',
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{_x(name)} - {_x(_f(row, 'asl'))}</title>",
        '  <link rel="stylesheet" href="/bootstrap-italia/dist/css/bootstrap-italia.min.css">',
        "</head>",
        "<body>",
        '  <main id="main-container">',
        '    <div class="container px-4 my-4">',
        '      <nav class="breadcrumb-container" aria-label="Percorso di navigazione">',
        '        <ol class="breadcrumb p-0" data-element="breadcrumb">',
        '          <li class="breadcrumb-item"><a href="/">Home</a>'
        '<span class="separator">/</span></li>',
        '          <li class="breadcrumb-item"><a href="/strutture">Strutture</a>'
        '<span class="separator">/</span></li>',
        f'          <li class="breadcrumb-item active" aria-current="page">{_x(name)}</li>',
        "        </ol>",
        "      </nav>",
        f'      <h1 class="title-xxxlarge" data-element="page-name">{_x(name)}</h1>',
        f'      <p class="lead">Consultorio familiare dell\'{_x(_f(row, "asl"))} a {_x(comune)}: '
        f"tra le attività, {_x(service)}.</p>",
        '      <section class="it-page-section mb-4" id="descrizione">',
        '        <h2 class="title-xxlarge mb-3">Descrizione</h2>',
        "        <p>Il consultorio familiare è un servizio gratuito dell'azienda sanitaria "
        "rivolto a donne, coppie, famiglie e giovani: offre consulenza e assistenza per la "
        "gravidanza, la contraccezione, la prevenzione dei tumori femminili e il sostegno "
        "psicologico. Per accedere non serve l'impegnativa del medico.</p>",
        "      </section>",
        '      <div class="card-wrapper">',
        '        <div class="card card-teaser shadow rounded">',
        '          <div class="card-body">',
        '            <h3 class="card-title h5">Contatti</h3>',
        '            <ul class="list-unstyled">',
        "            <li>",
        f"              {_icon('it-map-marker-circle')}",
        f"              <span>{_x(where)}</span>",
        "            </li>",
        '            <li class="mt-2">',
        f"              {_icon('it-telephone')}",
        f'              <a href="tel:{tel}" aria-label="Telefona a {_x(name)}">{tel}</a>',
        "            </li>",
        *web,
        "            </ul>",
        "          </div>",
        "        </div>",
        "      </div>",
        f'      <p class="mt-3 small">Codice struttura (STS.11): {rng.randint(100000, 999999)}</p>',
        '      <div class="callout note">',
        '        <div class="callout-title"><svg class="icon" aria-hidden="true">'
        f'<use href="{SPRITE}#it-info-circle"></use></svg>Nota</div>',
        f"        <p>Ultimo aggiornamento: {when:%d/%m/%Y}. Per gli orari di apertura contattare "
        "la struttura.</p>",
        "      </div>",
        "    </div>",
        "  </main>",
        f'  <script src="/bootstrap-italia/dist/js/bootstrap-italia.bundle.min.js?v=2'
        f'.{rng.randint(0, 12)}.{rng.randint(0, 9)}"></script>',
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


def iosanita_pdc_json(row: dict[str, Any], rng: random.Random) -> str:
    """The plone.restapi answer (``GET`` with ``Accept: application/json``) for an io-Sanità
    ``PuntoDiContatto`` of the centre: ``@components``, ``@id`` under the authority's invented
    host, ``UID``, dates, ``parent``, ``review_state``, the title, a description repeating the
    number, and ``value_punto_contatto`` rows (``tipo``, ``valore``, ``descrizione``) with the
    number as ``telefono`` and the site as ``url`` where the row has one."""
    name, tel = _name(row), phone(row)
    created = _when(rng)
    modified = created + dt.timedelta(days=rng.randint(0, 40), seconds=rng.randint(0, 86399))
    base = f"https://{_host(row)}/punti-di-contatto"
    slug = _slug(name)
    url = f"{base}/{slug}"
    values = [{"tipo": "telefono", "valore": tel, "descrizione": rng.choice(DESKS)}]
    if site(row):
        values.append({"tipo": "url", "valore": site(row), "descrizione": "Sito web"})
    doc = {
        "@components": {
            key: {"@id": f"{url}/@{key}"}
            for key in ("actions", "aliases", "breadcrumbs", "navigation", "types", "workflow")
        },
        "@id": url,
        "@type": "PuntoDiContatto",
        "UID": _hex(rng, 32),
        "allow_discussion": False,
        "created": created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
        "description": f"{name} ({_f(row, 'comune')}), consultorio familiare: per "
        f"appuntamenti e informazioni sui servizi telefonare al {tel} dal lunedì al venerdì.",
        "exclude_from_nav": False,
        "id": slug,
        "is_folderish": False,
        "language": {"title": "Italiano", "token": "it"},
        "layout": "view",
        "lock": {"locked": False, "stealable": True},
        "modified": modified.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
        "parent": {
            "@id": base,
            "@type": "Document",
            "description": "",
            "review_state": "published",
            "title": "Punti di contatto",
            "type_title": "Pagina",
        },
        "review_state": "published",
        "title": name,
        "type_title": "Punto di Contatto",
        "value_punto_contatto": values,
        "version": "current",
        "working_copy": None,
        "working_copy_of": None,
    }
    return _j(doc) + "\n"


def skebby_sms_request(row: dict[str, Any], rng: random.Random) -> str:
    """An HTTP request to the Skebby SMS gateway's REST API (``POST
    /API/v1.0/REST/smstogroups``) with its ``user_key`` and ``Session_key`` headers (invented):
    a message of ``message_type`` ``GP`` to a contact group of the centre, an alias sender, an
    invented scheduled delivery time and order id, the number twice in the text."""
    name, tel = _name(row), phone(row)
    when = _when(rng)
    day = when + dt.timedelta(days=rng.randint(3, 20))
    service = rng.choice(SERVICES)
    comune = address_parts(row)[2] or _f(row, "comune")
    sender = re.sub(r"[^A-Za-z0-9 ]", "", _f(row, "asl")).strip()[:11].strip() or "Consultorio"
    body = {
        "message_type": "GP",
        "message": f"{name}: promemoria {service}, {day:%d/%m} ore {rng.choice((9, 10, 11, 15))}:"
        f"{rng.choice(('00', '30'))}. Info allo {tel}. Per disdire chiamare il {tel} "
        "almeno 48 ore prima.",
        "recipient": [f"{service[:1].upper()}{service[1:]} - {comune.title()}"],
        "sender": sender,
        "scheduled_delivery_time": f"{when:%Y%m%d%H%M%S}",
        "order_id": f"CF{rng.randint(10, 99)}{_hex(rng, 10).upper()}",
        "returnCredits": True,
    }
    text = _j(body)
    lines = [
        "POST /API/v1.0/REST/smstogroups HTTP/1.1",
        "Host: api.skebby.it",
        f"user_key: {rng.randint(1000000, 9999999)}",
        f"Session_key: {_hex(rng, 24).upper()}",
        "Content-Type: application/json",
        f"Content-Length: {len(text.encode('utf-8'))}",
        "",
        text,
        "",
    ]
    return "\n".join(lines)


def joomla_contact(row: dict[str, Any], rng: random.Random) -> str:
    """The Joomla 4 Web Services answer (JSON:API) for ``GET /api/index.php/v1/contacts/{id}``
    on the authority's invented site: the ``contacts`` resource with the centre's name and
    alias, ``con_position``, the address split into ``address``, ``suburb``, ``state`` and
    ``postcode``, ``telephone``, ``misc`` (HTML) repeating it, ``webpage`` where the row has a
    site, invented ids, dates and hits, and the ``category`` relationship."""
    name, tel = _name(row), phone(row)
    street, cap, comune, prov = address_parts(row)
    created = _when(rng)
    modified = created + dt.timedelta(days=rng.randint(1, 120), seconds=rng.randint(0, 86399))
    cid, cat = rng.randint(20, 900), rng.randint(8, 40)
    fmt = "%Y-%m-%d %H:%M:%S"
    attributes = {
        "id": cid,
        "name": name,
        "alias": _slug(name),
        "con_position": "Consultorio familiare",
        "address": street,
        "suburb": comune,
        "state": prov,
        "country": "Italia",
        "postcode": cap,
        "telephone": tel,
        "fax": "",
        "misc": f"<p>{escape(name)} dell'{escape(_f(row, 'asl'))}. Il consultorio offre "
        "assistenza gratuita a donne, coppie e famiglie; l'accesso è libero e non serve "
        f"l'impegnativa. Per appuntamenti telefonare al {tel} nei giorni feriali.</p>",
        "image": "",
        "email_to": "",
        "default_con": 0,
        "published": 1,
        "checked_out": None,
        "checked_out_time": None,
        "ordering": rng.randint(0, 60),
        "params": {"show_contact_category": "", "show_links": "", "presentation_style": ""},
        "catid": cat,
        "access": 1,
        "mobile": "",
        "webpage": site(row),
        "sortname1": "",
        "sortname2": "",
        "sortname3": "",
        "language": "it-IT",
        "created": created.strftime(fmt),
        "created_by": rng.randint(40, 900),
        "created_by_alias": "",
        "modified": modified.strftime(fmt),
        "modified_by": rng.randint(40, 900),
        "metakey": "",
        "metadesc": f"{name}, {comune}",
        "featured": 0,
        "publish_up": created.strftime(fmt),
        "publish_down": None,
        "version": rng.randint(1, 9),
        "hits": rng.randint(12, 9000),
        "typeAlias": "com_contact.contact",
    }
    doc = {
        "links": {"self": f"https://{_host(row)}/api/index.php/v1/contacts/{cid}"},
        "data": {
            "type": "contacts",
            "id": str(cid),
            "attributes": attributes,
            "relationships": {
                "category": {"data": {"type": "categories", "id": str(cat)}},
                "created_by": {"data": {"type": "users", "id": str(attributes["created_by"])}},
                "modified_by": {"data": {"type": "users", "id": str(attributes["modified_by"])}},
            },
        },
        "meta": {"total-pages": 1},
    }
    return _j(doc) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "bootstrap_italia_html": bootstrap_italia_html,
    "iosanita_pdc_json": iosanita_pdc_json,
    "skebby_sms_request": skebby_sms_request,
    "joomla_contact": joomla_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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
