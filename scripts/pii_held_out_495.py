"""held_out_495 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Swiss cantons' civil registry offices, Zivilstandsämter, offices de l'état civil
and uffici dello stato civile, one per civil registry district, as the federal list of the
districts gives them; Switzerland's earlier parts took SIX Interbank Clearing's bank master and
farm shops on OpenStreetMap) exactly as published, in layouts no earlier part has, beside the
offices' own names, streets, post boxes, postcodes, towns, cantons and official pages.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` of 119 offices and their ``email`` where it holds an address
  (``scripts/data/pii_ch_zivilstandsaemter.json``, written by
  ``scripts/ch_zivilstandsaemter_data.py``; source and licence in that file): Swiss numbers as
  the list writes them, with the trunk 0 (``062 869 11 30``) or the calling code (``+41 56 648
  74 90``), and the offices' mailboxes (``zivilstandsamt@laufenburg.ch``; eight fields that
  say ``Kontaktformular`` instead are not written); every copy labelled;
* the text around them is the same row's real fields: the office's name, street, post box,
  postcode, town, canton, official page, opening hours and the municipalities it serves, with
  invented ids, handles, franking licences, timestamps and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Switzerland's administration and trade and of
  the genealogists who write to the offices, text in the office's language (German, French or
  Italian, by its name): answers of the OneGov Cloud Agency API (the cantonal state
  calendars' ``GET /api/agencies?title=...``, Collection+JSON: one agency item whose ``data``
  gives the title, a ``portrait`` in HTML with ``tel:`` and ``mailto:`` links, the location and
  postal addresses, website, e-mail, phone, opening hours and geolocation, and its ``links``),
  bexio contact answers (the Swiss business software's REST API, ``GET /2.0/contact/{id}``: a
  company contact with ``name_1``, ``address``, ``postcode``, ``city``, ``mail``,
  ``phone_fixed``, ``url`` and ``remarks`` naming the municipalities it serves), Swiss Post
  Digital Commerce API label requests (``POST /barcode/v1/generateAddressLabel``: an invented
  translation agency as ``customer`` sending to the office as ``recipient`` with its phone and
  e-mail, an e-mail ``notification``) and Gramps XML databases (the genealogy program's format,
  DTD 1.1.4: one ``source``, the office's civil registers, whose ``reporef`` names the office as
  a ``repository`` with its ``address`` and ``phone`` and a ``mailto:`` ``url``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale,
layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_495.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ch_zivilstandsaemter.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_495.jsonl.gz"
SPLIT = "held_out_495"

LAYOUTS = ("onegov_agency", "bexio_contact", "post_dcapi_label", "gramps_xml")
PHONE, EMAIL = "phone", "email"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
CET = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the words of the documents, by the office's language
WORDS = {
    "de": {
        "tel": "Tel.", "hours": "Öffnungszeiten", "serves": "Zuständig für",
        "contact": "Kontakt für Rückfragen zur Ehevorbereitung und zu Beurkundungen",
        "registers": "Zivilstandsregister", "kind": "Geburts-, Ehe- und Todesregister",
        "country": "Schweiz", "agency": "Übersetzungsbüro", "note": "Auskünfte nur schriftlich "
        "oder telefonisch; Auszüge aus den Registern gegen Gebühr.",
    },
    "fr": {
        "tel": "Tél.", "hours": "Heures d'ouverture", "serves": "Compétent pour",
        "contact": "Contact pour la procédure préparatoire du mariage et les documents",
        "registers": "Registres de l'état civil", "kind": "Registres des naissances, des "
        "mariages et des décès", "country": "Suisse", "agency": "Bureau de traduction",
        "note": "Renseignements par écrit ou par téléphone; extraits des registres contre "
        "émolument.",
    },
    "it": {
        "tel": "Tel.", "hours": "Orari di apertura", "serves": "Competente per",
        "contact": "Contatto per la procedura preparatoria del matrimonio e i documenti",
        "registers": "Registri dello stato civile", "kind": "Registri delle nascite, dei "
        "matrimoni e dei decessi", "country": "Svizzera", "agency": "Agenzia di traduzioni",
        "note": "Informazioni per iscritto o per telefono; estratti dei registri contro "
        "emolumento.",
    },
}  # fmt: skip
# invented translation agencies (no person), one taken per label
AGENCIES = ("Lingua Fides", "Translingua", "Polyglott", "Interpres", "Verbatim", "Babel")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    value = row["fields"].get(key) or ""
    return value.strip() if isinstance(value, str) else value


def phone(row: dict[str, Any]) -> str:
    """The office's telephone as published."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The office's mailbox where the field holds one well-formed address (not
    ``Kontaktformular``), else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with the calling code (``+41 56 648 74 90``)."""
    return value.startswith(("+", "00"))


def language(row: dict[str, Any]) -> str:
    """The office's language, by its name: ``fr`` (``Office de l'état civil ...``), ``it``
    (``Servizio circondariale dello stato civile ...``) or ``de``."""
    first = _f(row, "name").split()[0]
    if first in ("Office", "Arrondissement", "Service", "Etat"):
        return "fr"
    return "it" if first in ("Servizio", "Ufficio") else "de"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's telephone and mailbox (an empty one is skipped)."""
    return [(PHONE, phone(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and mailbox labelled."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2026 (Swiss time)."""
    day = dt.datetime(2026, 1, 12, tzinfo=CET) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def town(row: dict[str, Any]) -> str:
    """The postcode and town (``5080 Laufenburg``)."""
    return f"{_f(row, 'postalCode')} {_f(row, 'city')}"


def served(row: dict[str, Any], limit: int = 12) -> str:
    """The municipalities the office serves, at most ``limit`` of them ("" where the list
    names none)."""
    names = list(row["fields"].get("responsibleMunicipalities") or [])
    more = ", ..." if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def onegov_agency(row: dict[str, Any], rng: random.Random) -> str:
    """An answer of the OneGov Cloud Agency API (a cantonal state calendar's ``GET
    /api/agencies?title=...``, Collection+JSON): version, href, paging links and one agency
    item (an invented id) whose ``data`` are the title, a ``portrait`` in HTML (street, post
    box, town, ``Tel.:`` with a ``tel:`` link and the number, a ``mailto:`` link and the
    mailbox, a link to the official page), the location and postal addresses, ``modified``,
    website, e-mail, phone, an empty direct line, opening hours and an unset geolocation, and
    whose ``links`` are the organigram, parent, children and memberships."""
    words = WORDS[language(row)]
    base = f"https://staatskalender.{_f(row, 'canton').lower()}.ch/api"
    aid = rng.randint(100, 4999)
    parts = [escape(_f(row, "addressLine1"))]
    if _f(row, "postBox"):
        parts.append(escape(_f(row, "postBox")))
    parts.append(escape(town(row)))
    portrait = "<p>" + "<br>".join(parts) + "<br><br>"
    portrait += f'{words["tel"]}: <a href="tel:{phone(row)}">{phone(row)}</a><br>'
    if email(row):
        portrait += f'<a href="mailto:{email(row)}">{email(row)}</a><br>'
    portrait += f'<a href="{escape(_f(row, "officialUrl"))}" rel="nofollow">Homepage</a></p>'
    modified = _when(rng).astimezone(dt.UTC)
    postal = _f(row, "postBox")
    fields = [
        ("title", _f(row, "name")),
        ("portrait", portrait),
        ("location_address", _f(row, "addressLine1")),
        ("location_code_city", town(row)),
        ("modified", f"{modified:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999999):06d}+00:00"),
        ("postal_address", postal),
        ("postal_code_city", town(row) if postal else ""),
        ("website", _f(row, "officialUrl")),
        ("email", email(row)),
        ("phone", phone(row)),
        ("phone_direct", ""),
        ("opening_hours", _f(row, "openingHours")),
        ("geo_location", {"lon": None, "lat": None, "zoom": None}),
    ]
    item = {
        "href": f"{base}/agencies/{aid}",
        "data": [{"name": k, "value": v} for k, v in fields],
        "links": [
            {"rel": "organigram", "href": None},
            {"rel": "parent", "href": f"{base}/agencies/{rng.randint(10, 99)}"},
            {"rel": "children", "href": f"{base}/agencies?parent={aid}"},
            {"rel": "memberships", "href": f"{base}/memberships?agency={aid}"},
        ],
    }
    return _json(
        {
            "collection": {
                "version": "1.0",
                "href": f"{base}/agencies",
                "links": [{"rel": "prev", "href": None}, {"rel": "next", "href": None}],
                "items": [item],
            }
        }
    )


def bexio_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A bexio contact answer (the REST API's ``GET /2.0/contact/{id}``): an invented id and
    number, ``contact_type_id`` 1 (a company), ``name_1`` the office, the street (and post
    box) as ``address``, postcode, town, ``country_id`` 1, ``mail``, ``phone_fixed``, the
    official page as ``url``, ``remarks`` naming the municipalities the office serves and its
    opening hours, and invented group, user and owner ids and update time."""
    words = WORDS[language(row)]
    address = _f(row, "addressLine1")
    if _f(row, "postBox"):
        address += f"\n{_f(row, 'postBox')}"
    remarks = [words["contact"] + "."]
    if served(row):
        remarks.append(f"{words['serves']}: {served(row)}")
    if _f(row, "openingHours"):
        remarks.append(f"{words['hours']}: {_f(row, 'openingHours')}")
    cid = rng.randint(40, 2400)
    doc = {
        "id": cid,
        "nr": str(rng.randint(10000, 19999)),
        "contact_type_id": 1,
        "name_1": _f(row, "name"),
        "name_2": None,
        "salutation_id": None,
        "salutation_form": None,
        "title_id": None,
        "birthday": None,
        "address": address,
        "postcode": _f(row, "postalCode"),
        "city": _f(row, "city"),
        "country_id": 1,
        "mail": email(row),
        "mail_second": "",
        "phone_fixed": phone(row),
        "phone_fixed_second": "",
        "phone_mobile": "",
        "fax": "",
        "url": _f(row, "officialUrl"),
        "skype_name": "",
        "remarks": "\n".join(remarks),
        "language_id": {"de": 1, "fr": 2, "it": 3}[language(row)],
        "is_lead": False,
        "contact_group_ids": str(rng.randint(1, 6)),
        "contact_branch_ids": None,
        "user_id": 1,
        "owner_id": 1,
        "updated_at": f"{_when(rng):%Y-%m-%d %H:%M:%S}",
    }
    return _json(doc)


def post_dcapi_label(row: dict[str, Any], rng: random.Random) -> str:
    """A Swiss Post Digital Commerce API label request (``POST
    /barcode/v1/generateAddressLabel``): the office's language, an invented franking licence,
    an invented translation agency of the office's town as ``customer``, the label definition
    (A6, PDF), an invented sending id, and one ``item`` (an invented id) to the office as
    ``recipient`` (name, street, post box, postcode, town, ``CH``, its phone and e-mail), the
    services ``PRI`` and ``SI`` and, where the office has a mailbox, an e-mail
    ``notification`` to it."""
    lang = language(row)
    words = WORDS[lang]
    recipient: dict[str, Any] = {
        "personallyAddressed": False,
        "name1": _f(row, "name"),
        "street": _f(row, "addressLine1"),
    }
    if _f(row, "postBox"):
        recipient["pobox"] = _f(row, "postBox")
    recipient |= {"zip": _f(row, "postalCode"), "city": _f(row, "city"), "country": "CH"}
    recipient["phone"] = phone(row)
    if email(row):
        recipient["email"] = email(row)
    item: dict[str, Any] = {
        "itemID": f"{rng.randint(10**9, 10**10 - 1)}",
        "recipient": recipient,
        "attributes": {"przl": ["PRI", "SI"]},
    }
    if email(row):
        item["notification"] = [
            {
                "communication": {"email": email(row)},
                "service": "1",
                "language": lang.upper(),
                "type": "EMAIL",
            }
        ]
    doc = {
        "language": lang.upper(),
        "frankingLicense": f"{rng.randint(10**7, 10**8 - 1)}",
        "ppFranking": False,
        "customer": {
            "name1": f"{words['agency']} {rng.choice(AGENCIES)}",
            "street": f"Bahnhofstrasse {rng.randint(1, 60)}",
            "zip": _f(row, "postalCode"),
            "city": _f(row, "city"),
            "country": "CH",
            "domicilePostOffice": town(row),
        },
        "customerSystem": "Lingo Office 4.2",
        "labelDefinition": {
            "labelLayout": "A6",
            "printAddresses": "RECIPIENT_AND_CUSTOMER",
            "imageFileType": "PDF",
            "imageResolution": 300,
            "printPreview": False,
        },
        "sendingID": f"{rng.randint(10**5, 10**6 - 1)}",
        "item": item,
    }
    return _json(doc)


def _handle(rng: random.Random) -> str:
    """An invented Gramps handle (an underscore and 26 hex digits)."""
    return "_" + "".join(rng.choice("0123456789abcdef") for _ in range(26))


def gramps_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A Gramps XML database (DTD 1.1.4, its namespace and public identifier): the header's
    creation date and version, one ``source`` (the office's civil registers, an invented id,
    handle and change time, a ``reporef`` with an invented call number) and one ``repository``
    (the office's name, type ``Archive``, an ``address`` with street, town, canton, country,
    postcode and ``phone``, a ``mailto:`` ``url`` where it has a mailbox and its official page
    as a ``url``, a ``note`` with its opening hours)."""
    words = WORDS[language(row)]
    when = _when(rng)
    change = str(int(when.timestamp()))
    s_handle, r_handle = _handle(rng), _handle(rng)
    note = words["note"]
    if _f(row, "openingHours"):
        note = f"{words['hours']}: {_f(row, 'openingHours')}. {note}"
    urls = []
    if email(row):
        urls.append(f'      <url type="E-mail" href={quoteattr("mailto:" + email(row))}/>')
    urls.append(f'      <url type="Web Home" href={quoteattr(_f(row, "officialUrl"))}/>')
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE database PUBLIC "-//GRAMPS//DTD GRAMPS XML V1.1.4//EN"',
        '"http://gramps-project.org/xml/1.1.4/grampsxml.dtd">',
        '<database xmlns="http://gramps-project.org/xml/1.1.4/">',
        "  <header>",
        f'    <created date="{when:%Y-%m-%d}" version="5.2.3"/>',
        "  </header>",
        "  <sources>",
        f'    <source id="S{rng.randint(1, 400):04d}" handle="{s_handle}" change="{change}">',
        f"      <stitle>{escape(words['registers'])} {escape(_f(row, 'city'))}</stitle>",
        f"      <sauthor>{escape(_f(row, 'name'))}</sauthor>",
        f"      <spubinfo>{escape(words['kind'])}</spubinfo>",
        f'      <reporef hlink="{r_handle}" callno="{rng.randint(1850, 1990)}/'
        f'{rng.randint(1, 900)}" medium="Book"/>',
        "    </source>",
        "  </sources>",
        "  <repositories>",
        f'    <repository id="R{rng.randint(1, 90):04d}" handle="{r_handle}" change="{change}">',
        f"      <rname>{escape(_f(row, 'name'))}</rname>",
        "      <type>Archive</type>",
        "      <address>",
        f"        <street>{escape(_f(row, 'addressLine1'))}</street>",
        f"        <city>{escape(_f(row, 'city'))}</city>",
        f"        <state>{escape(_f(row, 'cantonName'))}</state>",
        f"        <country>{escape(words['country'])}</country>",
        f"        <postal>{escape(_f(row, 'postalCode'))}</postal>",
        f"        <phone>{escape(phone(row))}</phone>",
        "      </address>",
        *urls,
        f"      <note>{escape(note)}</note>",
        "    </repository>",
        "  </repositories>",
        "</database>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "onegov_agency": onegov_agency,
    "bexio_contact": bexio_contact,
    "post_dcapi_label": post_dcapi_label,
    "gramps_xml": gramps_xml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone and mailbox
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
