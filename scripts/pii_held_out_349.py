"""held_out_349 of the PII evaluation set: real phone and e-mail fields of a list no earlier part
used (Audilab's hearing-care centres, France; France's earlier parts took other publishers and
other kinds of place) exactly as published, in layouts no earlier part has, beside the centres'
own Cosium codes, addresses, postcodes and towns.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of FR (the ministère des Solidarités et de la Santé's COVID-19
testing sites, DILA's local offices, the FINESS hospitals, Atout France's campsites, the
ViteMaDose list of Maiia's vaccination places and others) and many other countries; here:

* the values are the ``Num_téléphone`` and ``Adresse_mail`` fields of 265 centres of Audilab, a
  French network of independent hearing-aid centres (``scripts/data/pii_fr_audilab_centres.json``,
  written by ``scripts/fr_audilab_centres_data.py``; source and licence in that file): French
  numbers as the list writes them, ten digits in blank-separated pairs (``04 67 00 18 61``) or
  in dotted pairs (``05.59.59.26.26``), each copy labelled, and the centres' mailboxes
  (``agde@audilab.fr``), each copy labelled (a centre with no mailbox, or with the one cut short
  as ``...@audilab.f``, is written with its number only);
* the text around them is the same row's real fields: the Cosium code (``AIX.LB``), address,
  postcode (some four digits, their ``0`` lost: ``7200``), town, member company and kind of
  centre, with invented ids, tokens, UUIDs and dates, unlabelled and scored;
* in layouts no earlier part has, of services and software made in France, text in French:
  Yousign API v3 signature requests (``POST /v3/signature_requests``: the centre's quote for
  hearing aids sent for e-signature, its number and mailbox in ``email_custom_note``), Sympa
  list-creation XML files (``sympa.pl --create_list --input_file``: the centre's newsletter
  list, its mailbox as ``owner`` and ``editor``, the number in the ``description``), PluXml
  article files (``data/articles/*.xml``: the centre's page, the number in the ``chapo`` and
  the ``content``, a ``mailto:`` link) and Wazo dird phonebook imports (``POST
  /api/dird/0.1/phonebooks/{uuid}/contacts/import`` with a CSV body, and its JSON answer
  echoing the created contact).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``, e-mail addresses as
such. Each record is seeded by its own (split, locale, layout, index). Committed with its data
before it was ever scored.

    python scripts/pii_held_out_349.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import string
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fr_audilab_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_349.jsonl.gz"
SPLIT = "held_out_349"

LAYOUTS = ("yousign_request", "sympa_list_xml", "pluxml_article", "wazo_phonebook_import")
PHONE = "Num_téléphone"
EDGES = {"phone": r"\d", "email": r"[\w@+-]"}
HEX = "0123456789abcdef"
PARIS = dt.timezone(dt.timedelta(hours=2))
# a mailbox the text can carry: a local part, ``@`` and a domain ending in two letters or more
MAILBOX = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}")

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented subjects of the centres' pages and newsletters (no real article is meant)
TOPICS = (
    "Bilan auditif gratuit", "Essai d'appareils auditifs pendant 30 jours",
    "Le 100 % Santé en audiologie",
    "Entretien et réglage de vos aides auditives", "Protections auditives sur mesure",
    "Acouphènes : nos conseils",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the list has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's mailbox as published, where it is a whole address ("" otherwise)."""
    value = _f(row, "Adresse_mail")
    return value if MAILBOX.fullmatch(value) else ""


def code(row: dict[str, Any]) -> str:
    """The centre's Cosium code (``AGDE``, ``AIX.LB``)."""
    return _f(row, "Code_Cosium")


def town(row: dict[str, Any]) -> str:
    return _f(row, "Ville")


def name(row: dict[str, Any]) -> str:
    """The centre as its pages name it: ``Audilab`` and its town (``Audilab Agde``)."""
    return f"Audilab {town(row)}".strip()


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's are)."""
    return value.lstrip("(").startswith(("+", "00"))


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and e-mail address
    labelled (each copy stands apart)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def where(row: dict[str, Any]) -> str:
    """The address as one line (``Espace Vision - Boulevard René Cassin, 34300 Agde``)."""
    place = f"{_f(row, 'Code_Postal')} {town(row)}".strip()
    return ", ".join(part for part in (_f(row, "Adresse"), place) if part)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of spring 2024 (Paris summer time)."""
    start = dt.datetime(2024, 4, 2, 8, 30, tzinfo=PARIS)
    return start + dt.timedelta(seconds=rng.randint(0, 150 * 86400))


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _uuid(rng: random.Random) -> str:
    """An invented version-4 UUID."""
    return (
        f"{_token(rng, 8, HEX)}-{_token(rng, 4, HEX)}-4{_token(rng, 3, HEX)}-"
        f"{rng.choice('89ab')}{_token(rng, 3, HEX)}-{_token(rng, 12, HEX)}"
    )


def _slug(value: str) -> str:
    """``value`` in lower-case ASCII words joined by hyphens (``aix-lb``)."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", plain))


def _contact(row: dict[str, Any]) -> str:
    """The number, and the mailbox where the row has one (``04 67 00 18 61 ou agde@...``)."""
    return f"{phone(row)} ou {email(row)}" if email(row) else phone(row)


def yousign_request(row: dict[str, Any], rng: random.Random) -> str:
    """A Yousign API v3 request creating a signature request (``POST /v3/signature_requests``
    on the sandbox host, an invented bearer key): the JSON body names the centre's quote for
    hearing aids (``name``), ``delivery_mode`` ``email``, ``timezone``, an invented
    ``external_id`` built on the Cosium code, an expiration date, ``reminder_settings``, the
    audit trail's locale, and an ``email_custom_note`` in French naming the centre, its address,
    the number and the mailbox."""
    when = _when(rng)
    quote = f"{when:%Y}-{rng.randint(100, 9999):04d}"
    note = (
        f"Bonjour, votre centre {name(row)} ({where(row)}) vous adresse votre devis "
        f"d'appareillage auditif n° {quote} pour signature électronique. Pour toute question, "
        f"contactez-nous au {_contact(row)}."
    )
    body = {
        "name": f"Devis aides auditives {quote} – {name(row)}",
        "delivery_mode": "email",
        "ordered_signers": False,
        "timezone": "Europe/Paris",
        "external_id": f"{code(row)}/{quote}",
        "expiration_date": f"{when + dt.timedelta(days=rng.choice((15, 30, 45))):%Y-%m-%d}",
        "reminder_settings": {"interval_in_days": rng.choice((2, 3, 7)), "max_occurrences": 3},
        "email_custom_note": note,
        "audit_trail_locale": "fr",
        "signers_allowed_to_decline": rng.random() < 0.5,
    }
    lines = [
        "POST /v3/signature_requests HTTP/1.1",
        "Host: api-sandbox.yousign.app",
        f"Authorization: Bearer {_token(rng, 32)}",
        "Content-Type: application/json",
        "Accept: application/json",
        "",
        json.dumps(body, ensure_ascii=False, indent=2),
        "",
    ]
    return "\n".join(lines)


def sympa_list_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A Sympa list-creation file (the XML ``sympa.pl --create_list --input_file`` reads):
    ``listname`` made of the Cosium code, ``type`` ``news-letter``, a French ``subject`` and a
    ``description`` naming the centre, its address, member company, kind and number (the
    mailbox too where it has one), ``status``, ``language`` and the centre's mailbox as
    ``owner`` (with a ``gecos``) and ``editor``; a comment naming the file, the robot and an
    invented date (no ``--`` in it, which XML comments may not hold)."""
    when = _when(rng)
    topic = rng.choice(TOPICS)
    mail = email(row)
    description = (
        f"Lettre d'information du centre {name(row)} ({where(row)}), centre "
        f"{_f(row, 'Type_de_centre').lower()} de la société {_f(row, 'Societe')} "
        f"(code Cosium {code(row)}). Ce mois-ci : {topic}. Rendez-vous et renseignements au "
        f"{_contact(row)}."
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- audilab-{_slug(code(row))}.xml : fichier de création de la liste lu par "
        f"sympa.pl, robot listes.audilab.fr ({when:%d/%m/%Y}) -->",
        "<list>",
        f"  <listname>audilab-{_slug(code(row))}-infos</listname>",
        "  <type>news-letter</type>",
        f"  <subject>{escape(f'Les actualités du centre {name(row)}')}</subject>",
        f"  <description>{escape(description)}</description>",
        "  <status>open</status>",
        "  <language>fr</language>",
    ]
    if mail:
        lines += [
            '  <owner multiple="1">',
            f"    <email>{escape(mail)}</email>",
            f"    <gecos>{escape(f'Centre {name(row)}')}</gecos>",
            "  </owner>",
            '  <editor multiple="1">',
            f"    <email>{escape(mail)}</email>",
            "  </editor>",
        ]
    else:
        lines += [
            '  <owner multiple="1">',
            "    <email>listmaster@listes.audilab.fr</email>",
            f"    <gecos>{escape(f'Centre {name(row)}')}</gecos>",
            "  </owner>",
        ]
    lines += ["</list>", ""]
    return "\n".join(lines)


def _cdata(value: str) -> str:
    return f"<![CDATA[{value}]]>"


def pluxml_article(row: dict[str, Any], rng: random.Random) -> str:
    """A PluXml article file (``data/articles/{id}.{categories}.{author}.{date}.{url}.xml``, its
    name in a comment after the declaration): ``title``, ``allow_com``, ``template``, a
    ``chapo`` and a ``content`` in XHTML inside CDATA (the address, member company, the number
    in both, a ``mailto:`` link where the centre has a mailbox), ``tags`` with the Cosium code
    and town, ``meta_description``, empty thumbnail fields and invented creation and update
    dates (``YYYYMMDDhhmm``)."""
    when = _when(rng)
    updated = when + dt.timedelta(minutes=rng.randint(5, 9000))
    topic = rng.choice(TOPICS)
    tel, mail = phone(row), email(row)
    article = f"{rng.randint(1, 400):04d}"
    url = _slug(f"{topic} {name(row)}")
    chapo = (
        f"<p>{escape(topic)} : votre centre {escape(name(row))} vous accueille. "
        f"Rendez-vous au {tel}.</p>"
    )
    content = [
        f"<p>Le centre <strong>{escape(name(row))}</strong> vous reçoit {escape(where(row))}.</p>",
        "<ul>",
        f"<li>Téléphone : {tel}</li>",
    ]
    if mail:
        content.append(f'<li>Courriel : <a href="mailto:{escape(mail)}">{escape(mail)}</a></li>')
    content += [
        "</ul>",
        f"<p>Centre {escape(_f(row, 'Type_de_centre').lower())} du réseau Audilab "
        f"({escape(_f(row, 'Societe'))}).</p>",
    ]
    summary = f"{topic} au centre {name(row)}, {where(row)}."
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- data/articles/{article}.{rng.choice(('001', '002', '001,003'))}.001."
        f"{when:%Y%m%d%H%M}.{url}.xml -->",
        "<document>",
        f"\t<title>{_cdata(f'{topic} – {name(row)}')}</title>",
        f"\t<allow_com>{rng.choice((0, 1))}</allow_com>",
        f"\t<template>{_cdata('article.php')}</template>",
        f"\t<chapo>{_cdata(chapo)}</chapo>",
        f"\t<content>{_cdata(chr(10).join(content))}</content>",
        f"\t<tags>{_cdata(f'audition, {code(row)}, {town(row)}')}</tags>",
        f"\t<meta_description>{_cdata(summary)}</meta_description>",
        f"\t<meta_keywords>{_cdata('')}</meta_keywords>",
        f"\t<title_htmltag>{_cdata('')}</title_htmltag>",
        f"\t<thumbnail>{_cdata('')}</thumbnail>",
        f"\t<thumbnail_alt>{_cdata('')}</thumbnail_alt>",
        f"\t<thumbnail_title>{_cdata('')}</thumbnail_title>",
        f"\t<date_creation>{_cdata(f'{when:%Y%m%d%H%M}')}</date_creation>",
        f"\t<date_update>{_cdata(f'{updated:%Y%m%d%H%M}')}</date_update>",
        "</document>",
        "",
    ]
    return "\n".join(lines)


WAZO_COLUMNS = ("firstname", "lastname", "number", "email", "company", "address", "zip", "city",
                "cosium", "societe")  # fmt: skip


def wazo_phonebook_import(row: dict[str, Any], rng: random.Random) -> str:
    """A Wazo dird request importing the centre into the tenant's shared phonebook (``POST
    /api/dird/0.1/phonebooks/{uuid}/contacts/import``, an invented ``Wazo-Tenant`` and
    ``X-Auth-Token``) with a CSV body (a header and the centre's line: ``Audilab`` and the
    town as first and last name, the number, the mailbox where it has one, the company,
    address, postcode, Cosium code and member company), then the JSON answer with the created
    contact (an invented ``id``) and no ``failed`` line."""
    values = {
        "firstname": "Audilab",
        "lastname": town(row),
        "number": phone(row),
        "email": email(row),
        "company": "Audilab",
        "address": _f(row, "Adresse"),
        "zip": _f(row, "Code_Postal"),
        "city": town(row),
        "cosium": code(row),
        "societe": _f(row, "Societe"),
    }
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(WAZO_COLUMNS)
    writer.writerow([values[c] for c in WAZO_COLUMNS])
    body = out.getvalue()
    created = {"id": _uuid(rng), **{c: values[c] for c in WAZO_COLUMNS if values[c]}}
    answer = json.dumps({"created": [created], "failed": []}, ensure_ascii=False, indent=2)
    lines = [
        f"POST /api/dird/0.1/phonebooks/{_uuid(rng)}/contacts/import HTTP/1.1",
        "Host: pbx.audilab.fr",
        "Content-Type: text/csv; charset=utf-8",
        f"Wazo-Tenant: {_uuid(rng)}",
        f"X-Auth-Token: {_uuid(rng)}",
        f"Content-Length: {len(body.encode('utf-8'))}",
        "",
        body,
        "HTTP/1.1 200 OK",
        "Content-Type: application/json",
        "",
        answer,
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "yousign_request": yousign_request,
    "sympa_list_xml": sympa_list_xml,
    "pluxml_article": pluxml_article,
    "wazo_phonebook_import": wazo_phonebook_import,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field and of its
    e-mail address labelled."""
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
