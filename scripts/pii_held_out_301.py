"""held_out_301 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the electoral services offices of Great Britain's councils and Scotland's valuation
joint boards, as Democracy Club's polling station finder holds them; the United Kingdom's earlier
parts took other registers) exactly as published, in layouts no earlier part has, beside the
list's own names, GSS codes, addresses and postcodes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB (NHS England's pharmacies and GP practices, HM Courts &
Tribunals Service's courts, the Care Quality Commission's care homes, Sport England's Active
Places, the Charity Commission's register, the RQIA's care services, the Scottish Government's
schools) and many other countries; here:

* the values are the ``phone`` and ``email`` fields of 403 offices
  (``scripts/data/pii_gb_electoral_services.json``, written by
  ``scripts/gb_electoral_services_data.py``; source and licence in that file): British numbers
  as each council gave them, the area code and the line (``01429 523017``, ``0116 4542000``,
  ``023 9283 4074``, ``0300 123 5016``; a second line or a shared ending after ``/`` or ``or``,
  ``01253 477490 / 477161``, ``01279 446042/3``, ``0161 770 4718 or 4712``, each number labelled
  on its own by the labelling policy, a note after one, ``01442 228000 and ask for Electoral
  Services``), each copy labelled, and the office's role address
  (``elections@hartlepool.gov.uk``), each copy labelled, where the row keeps one (401 of the
  403: one row's field holds a web address, one a member of staff's address, left out);
* the text around them is the same row's real fields: the council's or board's name, GSS code
  (``E06000001``), address lines, postcode (``TS24 8AY``) and web site, with invented content
  ids, UUIDs, entry numbers, item hashes, timestamps and dates, unlabelled and scored;
* in layouts no earlier part has, of the United Kingdom's electoral and government web services,
  in British English: Electoral Commission postcode look-up API (v1) responses (the office as
  ``electoral_services``, or, for a Scottish valuation joint board, as ``registration``, with
  ``council_id``, ``name``, ``nation``, ``email``, ``phone``, ``website``, ``postcode``,
  ``address`` and ``identifiers``), GOV.UK Content API content items of schema ``contact`` (the
  office's ``phone_numbers``, ``email_addresses`` and ``post_addresses`` in ``details``, an
  invented ``content_id`` and base path), GOV.UK Registers RSF (Register Serialisation Format)
  files of an electoral-registration-office register (``assert-root-hash``, ``add-item`` with
  the item's canonical JSON and ``append-entry`` with the item's SHA-256 hash) and GOV.UK
  Frontend HTML pages of a council's ``Contact electoral services`` page (the Design System's
  contact pattern: address, e-mail link, telephone, opening hours and a call-charges link).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_301.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
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
ROWS = ROOT / "scripts" / "data" / "pii_gb_electoral_services.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_301.jsonl.gz"
SPLIT = "held_out_301"

LAYOUTS = ("ec_postcode_api", "govuk_contact_item", "govuk_register_rsf", "govuk_frontend_page")
PHONE = "phone"
EDGES = {"phone": r"\d", "email": r"[\w.@+'-]"}
NATIONS = {"E": "England", "W": "Wales", "S": "Scotland"}
# the SHA-256 of nothing: the root hash of an empty register (RFC 6962)
EMPTY_ROOT = hashlib.sha256(b"").hexdigest()
HOURS = (
    "Monday to Friday, 9am to 5pm",
    "Monday to Thursday, 9am to 5pm; Friday, 9am to 4:30pm",
    "Monday to Friday, 8:45am to 5:15pm",
    "Monday to Friday, 9am to 4pm",
)

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The office's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The office's role address ("" where the row keeps none, or its field is no address)."""
    value = _f(row, "email")
    return value if "@" in value else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def vjb(row: dict[str, Any]) -> bool:
    """Whether the row is a Scottish valuation joint board's registration officer."""
    return row["path"].startswith("polling_stations/apps/councils/data/scotland-vjbs.csv")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and e-mail address
    labelled (each copy stands apart: no digit, or no address character, next to it)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment between January 2019 and March 2020 (UTC), to the second."""
    start = dt.datetime(2019, 1, 7, 8, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 440 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _lines(row: dict[str, Any]) -> list[str]:
    """The address lines as the list gives them (parted by newlines), the empty ones left
    out."""
    return [line.strip() for line in _f(row, "address").split("\n") if line.strip()]


def _nation(row: dict[str, Any]) -> str:
    return NATIONS[_f(row, "gss")[:1]]


def _team(row: dict[str, Any]) -> str:
    """Who the row's contact is (the registration officer at a joint board, else the council's
    electoral services)."""
    return "Electoral Registration Officer" if vjb(row) else "Electoral services"


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def ec_postcode_api(row: dict[str, Any], rng: random.Random) -> str:
    """An Electoral Commission postcode look-up API (v1) response, ``GET
    /api/v1/postcode/{postcode}/``: ``address_picker`` false, no ``addresses``, no
    ``postcode_location``, the office as ``electoral_services`` (a council's) or as
    ``registration`` (a Scottish valuation joint board's) with ``council_id`` and
    ``identifiers`` the GSS code, ``name``, ``nation``, ``email``, ``phone``, ``website``,
    ``postcode`` and ``address`` as published, and no ``dates``."""
    office = {
        "council_id": _f(row, "gss"),
        "name": _f(row, "name"),
        "nation": _nation(row),
        "email": _f(row, "email"),
        "phone": phone(row),
        "website": _f(row, "website"),
        "postcode": _f(row, "postcode"),
        "address": _f(row, "address"),
        "identifiers": [_f(row, "gss")],
    }
    doc = {
        "address_picker": False,
        "addresses": [],
        "postcode_location": None,
        "electoral_services": None if vjb(row) else office,
        "registration": office if vjb(row) else None,
        "dates": [],
        "notifications": [],
    }
    return _json(doc) + "\n"


def govuk_contact_item(row: dict[str, Any], rng: random.Random) -> str:
    """A GOV.UK Content API content item (``/api/content/...``) of schema and document type
    ``contact``: an invented ``content_id``, base path and times, the office's title and
    description, and ``details`` with ``contact_type``, ``email_addresses``, ``phone_numbers``
    (the published field as ``number``, with opening hours) and ``post_addresses`` (the address
    lines as ``street_address``, the postcode as ``postal_code``), where the row has them."""
    name, team = _f(row, "name"), _team(row)
    updated = _when(rng)
    first = updated - dt.timedelta(days=rng.randint(30, 900))
    slug = _slug(f"{team} {name}")
    details: dict[str, Any] = {
        "title": f"{team}: {name}",
        "description": f"Contact {team.lower() if not vjb(row) else 'the ' + team} for "
        f"{name} ({_f(row, 'gss')}) about registering to vote, postal and proxy votes and "
        "elections.",
        "contact_type": "Electoral registration",
        "email_addresses": [{"title": team, "email": email(row)}] if email(row) else [],
        "phone_numbers": [
            {"title": team, "number": phone(row), "open_hours": rng.choice(HOURS)},
        ],
        "post_addresses": [],
        "contact_form_links": [],
        "more_info_contact_form": "",
        "quick_links": [
            {"title": "Register to vote", "url": "https://www.gov.uk/register-to-vote"}
        ],
    }
    if _lines(row):
        details["post_addresses"] = [
            {
                "title": name,
                "street_address": "\n".join(_lines(row)),
                "postal_code": _f(row, "postcode"),
                "world_location": "United Kingdom",
                "iso2_country_code": "gb",
            }
        ]
    doc = {
        "base_path": f"/government/organisations/cabinet-office/contact/{slug}",
        "content_id": _uuid(rng),
        "document_type": "contact",
        "schema_name": "contact",
        "locale": "en",
        "title": details["title"],
        "description": details["description"],
        "first_published_at": f"{first:%Y-%m-%dT%H:%M:%S}.000+00:00",
        "public_updated_at": f"{updated:%Y-%m-%dT%H:%M:%S}.000+00:00",
        "updated_at": f"{updated + dt.timedelta(minutes=rng.randint(1, 90)):%Y-%m-%dT%H:%M:%S}"
        ".000+00:00",
        "publishing_app": "contacts",
        "rendering_app": "government-frontend",
        "phase": "live",
        "details": details,
        "links": {},
    }
    return _json(doc) + "\n"


def govuk_register_rsf(row: dict[str, Any], rng: random.Random) -> str:
    """A GOV.UK Registers RSF file (Register Serialisation Format) of an
    ``electoral-registration-office`` register: the empty register's root hash asserted, the
    office's item added as canonical JSON (keys sorted, no blanks; the key field the GSS code,
    the name, nation, phone, e-mail address, web site, address and postcode as published, an
    invented ``start-date``), and a ``user`` entry appending it by its SHA-256 hash at an
    invented time."""
    when = _when(rng)
    key = _f(row, "gss") + ("-ero" if vjb(row) else "")
    item = {
        "electoral-registration-office": key,
        "local-authority": _f(row, "gss"),
        "name": _f(row, "name"),
        "nation": _nation(row),
        "phone": phone(row),
        "website": _f(row, "website"),
        "start-date": f"{when - dt.timedelta(days=rng.randint(200, 1500)):%Y-%m-%d}",
    }
    for field in ("email", "address", "postcode"):
        if _f(row, field):
            item[field] = _f(row, field)
    canonical = json.dumps(item, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    lines = [
        f"assert-root-hash\tsha-256:{EMPTY_ROOT}",
        f"add-item\t{canonical}",
        f"append-entry\tuser\t{key}\t{when:%Y-%m-%dT%H:%M:%SZ}\tsha-256:{digest}",
        "",
    ]
    return "\n".join(lines)


def govuk_frontend_page(row: dict[str, Any], rng: random.Random) -> str:
    """A council's ``Contact electoral services`` page in GOV.UK Frontend markup (the GOV.UK
    Design System's template, breadcrumbs and contact pattern): the address lines and
    postcode, the e-mail address as a ``mailto:`` link whose text repeats it, the telephone
    field as published with opening hours and the call-charges link, the web site; an
    invented ``Last updated`` date."""
    name, team = html.escape(_f(row, "name")), _team(row)
    when = _when(rng)
    tel, mail = html.escape(phone(row)), email(row)
    lines = [html.escape(v) for v in _lines(row)]
    if _f(row, "postcode"):
        lines.append(html.escape(_f(row, "postcode")))
    body = [
        '        <h2 class="govuk-heading-m">Contact details</h2>',
    ]
    if lines:
        body.append(f'        <p class="govuk-body">{"<br>".join(lines)}</p>')
    if mail:
        body += [
            '        <h3 class="govuk-heading-s">Email</h3>',
            f'        <p class="govuk-body"><a class="govuk-link" href="mailto:{mail}">{mail}</a>'
            "</p>",
        ]
    body += [
        '        <h3 class="govuk-heading-s">Telephone</h3>',
        f'        <p class="govuk-body">Telephone: {tel}<br>{rng.choice(HOURS)}<br>',
        '          <a class="govuk-link" href="https://www.gov.uk/call-charges">'
        "Find out about call charges</a></p>",
    ]
    site = html.escape(_f(row, "website"))
    page = [
        "<!DOCTYPE html>",
        '<html lang="en" class="govuk-template">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>Contact {team.lower()} - {name}</title>",
        '  <meta name="viewport" content="width=device-width, initial-scale=1, '
        'viewport-fit=cover">',
        f'  <meta name="dc.identifier" content="{_f(row, "gss")}">',
        '  <link rel="stylesheet" href="/assets/govuk-frontend.min.css">',
        "</head>",
        '<body class="govuk-template__body">',
        '  <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">'
        "Skip to main content</a>",
        '  <header class="govuk-header" data-module="govuk-header">',
        '    <div class="govuk-header__container govuk-width-container">',
        f'      <a href="{site}" class="govuk-header__link govuk-header__service-name">{name}</a>',
        "    </div>",
        "  </header>",
        '  <div class="govuk-width-container">',
        '    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">',
        '      <ol class="govuk-breadcrumbs__list">',
        f'        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" '
        f'href="{site}">Home</a></li>',
        '        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" '
        'href="/elections-and-voting">Elections and voting</a></li>',
        "      </ol>",
        "    </nav>",
        '    <main class="govuk-main-wrapper" id="main-content">',
        '      <div class="govuk-grid-row">',
        '        <div class="govuk-grid-column-two-thirds">',
        f'        <h1 class="govuk-heading-xl">Contact {team.lower()}</h1>',
        f'        <p class="govuk-body-l">Contact {team.lower()} at {name} about registering to '
        "vote, poll cards, postal and proxy votes.</p>",
        *body,
        f'        <p class="govuk-body-s">Last updated: {when.day} {when:%B %Y}</p>',
        "        </div>",
        "      </div>",
        "    </main>",
        "  </div>",
        '  <footer class="govuk-footer">',
        '    <div class="govuk-footer__meta govuk-width-container">',
        f'      <span class="govuk-footer__licence-description">&copy; {name}</span>',
        "    </div>",
        "  </footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(page)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ec_postcode_api": ec_postcode_api,
    "govuk_contact_item": govuk_contact_item,
    "govuk_register_rsf": govuk_register_rsf,
    "govuk_frontend_page": govuk_frontend_page,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field and e-mail
    address labelled."""
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
