"""held_out_414 of the PII evaluation set: real fax, mobile and e-mail fields of a list no
earlier part used (the sports centres of the provinces of Milano, Varese, Como and Sondrio in
Lombardia, a regional list of sports facilities; Italy's earlier parts took ICCU's libraries,
Regione Lombardia's accredited care homes, the comuni's contacts, Puglia's and Piemonte's
accommodation, the Ministry of Justice's offices and prisons, the Ministry of Health's
consultori, the prefectures' contacts and Piemonte's museums) exactly as published, in layouts
no earlier part has, beside the list's own names, streets, comuni, provinces and sports.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``FAX`` and ``CELLULARE`` of 154 sports centres where each holds one
  number (``031290657``, ``3336745435``, ``031/531533``, ``0332.520464``, ``347-1886794``; a
  field of fewer than seven digits, ``0`` or ``02``, is not written) and their ``EMAIL`` where
  it holds an address (``scripts/data/pii_it_lombardia_centri_sportivi.json``, written by
  ``scripts/it_lombardia_centri_sportivi_data.py``; source and licence in that file); the
  list's ``TELEFONO``, a JSON number that lost its trunk ``0`` (``31376097.0``), is written
  into no record; every copy labelled;
* the text around them is the same row's real fields: the centre's name, street, comune,
  province, sports (``DISCIPLINA``), the list's ``CENTRO_ID`` and coordinates, with invented
  ids, list numbers, site ids, ratings, timestamps and tokens, unlabelled and scored;
* in layouts no earlier part has, text in Italian: Mindbody Public API answers (``GET
  /public/v6/site/locations``: ``PaginationResponse`` and one ``Location``, its ``Phone`` the
  first number, its ``Description`` the sports and the other number, its
  ``BusinessDescription`` the mailbox), MailUp REST API requests (``POST
  /API/v1.1/Rest/ConsoleService.svc/Console/List/{id}/Recipient`` of the Italian e-mail and SMS
  platform: ``Name``, ``Email``, ``MobilePrefix`` and ``MobileNumber`` where the centre has a
  mobile, ``Fields`` with the comune, province, street and fax), Intercom API requests (``POST
  /contacts`` creating a ``lead``: ``name``, ``email``, ``phone`` the first number,
  ``custom_attributes`` with the other number, the comune, province, sports and the list's id)
  and hCard directory entries (a page of a directory of the provinces' sports facilities, one
  ``vcard`` per centre: ``fn org``, ``adr``, one ``tel`` per number with its ``type``, an
  ``email`` link whose ``href`` repeats the address, and a ``note`` with the sports).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_414.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_lombardia_centri_sportivi.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_414.jsonl.gz"
SPLIT = "held_out_414"

LAYOUTS = ("mindbody_location", "mailup_recipient", "intercom_lead", "hcard_directory")
FAX, MOBILE, EMAIL = "FAX", "CELLULARE", "email"
EDGES = {FAX: r"\d", MOBILE: r"\d", EMAIL: r"[\w.@-]"}
COLUMNS = {FAX: FAX, MOBILE: MOBILE}
CET = dt.timezone(dt.timedelta(hours=1))
PROVINCES = {"MI": "Milano", "VA": "Varese", "CO": "Como", "SO": "Sondrio"}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _number(row: dict[str, Any], key: str) -> str:
    """The field where it holds a number of seven digits or more, else ""."""
    value = _f(row, key)
    return value if len(re.sub(r"\D", "", value)) >= 7 else ""


def fax(row: dict[str, Any]) -> str:
    """The centre's ``FAX`` as published, where it is a number."""
    return _number(row, FAX)


def mobile(row: dict[str, Any]) -> str:
    """The centre's ``CELLULARE`` as published, where it is a number other than the fax."""
    value = _number(row, MOBILE)
    return "" if value == fax(row) else value


def email(row: dict[str, Any]) -> str:
    """The centre's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, "EMAIL")
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def numbers(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the centre's numbers, the mobile first (a row has one or two)."""
    return [(c, v) for c, v in ((MOBILE, mobile(row)), (FAX, fax(row))) if v]


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's numbers and mailbox (empty ones are skipped)."""
    return [*numbers(row), (EMAIL, email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's numbers and mailbox labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "DENOMINAZIONE_CENTRO")


def town(row: dict[str, Any]) -> str:
    return _f(row, "COMUNE")


def province(row: dict[str, Any]) -> str:
    return _f(row, "PROVINCIA")


def sports(row: dict[str, Any]) -> str:
    """The sports practised at the centre, as the list writes them ("" where none)."""
    return _f(row, "DISCIPLINA")


def centre_id(row: dict[str, Any]) -> str:
    return _f(row, "CENTRO_ID")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (Italian winter time)."""
    day = dt.datetime(2025, 1, 7, tzinfo=CET) + dt.timedelta(days=rng.randint(0, 330))
    return day + dt.timedelta(hours=rng.randint(8, 19), minutes=rng.randint(0, 59))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _coordinate(row: dict[str, Any], key: str) -> float | None:
    value = _f(row, key)
    return float(value) if value else None


def _label(column: str) -> str:
    return "cellulare" if column == MOBILE else "fax"


def mindbody_location(row: dict[str, Any], rng: random.Random) -> str:
    """A Mindbody Public API answer (``GET /public/v6/site/locations``): the
    ``PaginationResponse`` and one ``Location`` (an invented id and ``SiteID``, the centre's
    name, street, comune, province, coordinates, its first number as ``Phone``, the sports and
    the other number in ``Description``, the mailbox in ``BusinessDescription``, invented taxes
    and ratings)."""
    nums = numbers(row)
    desc = [f"Discipline: {sports(row)}." if sports(row) else "Centro sportivo."]
    desc += [f"Recapito {_label(c)}: {v}." for c, v in nums[1:]]
    business = f"{name(row)} ({town(row)}, {province(row)})."
    if email(row):
        business += f" Prenotazioni e informazioni: {email(row)}"
    location = {
        "AdditionalImageURLs": [],
        "Address": _f(row, "INDIRIZZO"),
        "Address2": "",
        "Amenities": [],
        "BusinessDescription": business,
        "City": town(row),
        "Description": " ".join(desc),
        "HasClasses": bool(sports(row)),
        "Id": rng.randint(1, 40),
        "Latitude": _coordinate(row, "lat"),
        "Longitude": _coordinate(row, "lng"),
        "Name": name(row),
        "Phone": nums[0][1],
        "PhoneExtension": None,
        "PostalCode": "",
        "SiteID": rng.randint(100000, 999999),
        "StateProvCode": province(row),
        "Tax1": 0.22,
        "Tax2": 0,
        "Tax3": 0,
        "Tax4": 0,
        "Tax5": 0,
        "TotalNumberOfRatings": rng.randint(0, 180),
        "AverageRating": round(rng.uniform(3.2, 5), 1),
        "TotalNumberOfDeals": rng.randint(0, 6),
    }
    page = {"RequestedLimit": 100, "RequestedOffset": 0, "PageSize": 1, "TotalResults": 1}
    return _json({"PaginationResponse": page, "Locations": [location]})


def _request(rng: random.Random, method: str, target: str, host: str, extra: list[str]) -> str:
    """The head of an HTTP/1.1 request with a bearer token (invented) and a JSON body."""
    return "\r\n".join(
        [
            f"{method} {target} HTTP/1.1",
            f"Host: {host}",
            f"Authorization: Bearer {_hex(rng, 40)}",
            *extra,
            "Content-Type: application/json",
            "Accept: application/json",
            "",
            "",
        ]
    )


def mailup_recipient(row: dict[str, Any], rng: random.Random) -> str:
    """A MailUp REST API request (``POST /API/v1.1/Rest/ConsoleService.svc/Console/List/{id}/
    Recipient?ConfirmEmail=false``, an invented list id and token): the recipient's ``Name``
    (the centre), ``Email`` (its mailbox, ``null`` where it has none), ``MobilePrefix`` and
    ``MobileNumber`` where it has a mobile, ``Fields`` with the comune, province, street, fax
    and the list's id."""
    fields = [
        {"Description": "azienda", "Id": 3, "Value": name(row)},
        {"Description": "città", "Id": 4, "Value": town(row)},
        {"Description": "provincia", "Id": 5, "Value": province(row)},
        {"Description": "indirizzo", "Id": 9, "Value": _f(row, "INDIRIZZO")},
    ]
    if fax(row):
        fields.append({"Description": "fax", "Id": 10, "Value": fax(row)})
    fields.append({"Description": "codice centro", "Id": 12, "Value": centre_id(row)})
    body = {
        "Name": name(row),
        "Email": email(row) or None,
        "MobilePrefix": "39" if mobile(row) else "",
        "MobileNumber": mobile(row),
        "Fields": fields,
    }
    list_id = rng.randint(2, 60)
    target = (
        f"/API/v1.1/Rest/ConsoleService.svc/Console/List/{list_id}/Recipient?ConfirmEmail=false"
    )
    return _request(rng, "POST", target, "services.mailup.com", []) + _json(body)


def intercom_lead(row: dict[str, Any], rng: random.Random) -> str:
    """An Intercom API request (``POST /contacts``, ``Intercom-Version: 2.11``, an invented
    token): a ``lead`` with the centre's ``name``, ``email`` (where it has one), its first
    number as ``phone``, an invented ``signed_up_at``, and ``custom_attributes`` with the other
    number, the comune, province, sports and the list's id."""
    nums = numbers(row)
    attributes: dict[str, Any] = {f"{_label(c)}": v for c, v in nums[1:]}
    attributes.update(
        {
            "comune": town(row),
            "provincia": PROVINCES.get(province(row), province(row)),
            "discipline": sports(row) or None,
            "codice_centro": int(centre_id(row)) if centre_id(row).isdigit() else None,
            "fonte": "elenco centri sportivi",
        }
    )
    body: dict[str, Any] = {"role": "lead", "name": name(row)}
    if email(row):
        body["email"] = email(row)
    body["phone"] = nums[0][1]
    body["signed_up_at"] = int(_when(rng).timestamp())
    body["custom_attributes"] = attributes
    return _request(rng, "POST", "/contacts", "api.intercom.io", ["Intercom-Version: 2.11"]) + (
        _json(body)
    )


def hcard_directory(row: dict[str, Any], rng: random.Random) -> str:
    """An hCard directory entry (a page of a directory of the provinces' sports facilities):
    one ``vcard`` with the centre's name (``fn org``), its ``adr`` (street, comune, province,
    country), one ``tel`` per number with its ``type`` (``cell``, ``fax``), an ``email`` link
    whose ``href`` repeats the address, a ``note`` with the sports, and an invented entry id
    and update date."""
    e = html.escape
    entry = rng.randint(1000, 99999)
    when = _when(rng)
    prov = province(row)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="it">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(name(row))} - Impianti sportivi della provincia di "
        f"{e(PROVINCES.get(prov, prov))}</title>",
        "</head>",
        "<body>",
        f'<article class="scheda-impianto" id="impianto-{entry}">',
        '  <div class="vcard">',
        f'    <h2 class="fn org">{e(name(row))}</h2>',
        '    <p class="adr">',
        f'      <span class="street-address">{e(_f(row, "INDIRIZZO"))}</span>,',
        f'      <span class="locality">{e(town(row))}</span>',
        f'      (<abbr class="region" title="{e(PROVINCES.get(prov, prov))}">{e(prov)}</abbr>)',
        '      <span class="country-name">Italia</span>',
        "    </p>",
    ]
    for column, value in numbers(row):
        kind = "cell" if column == MOBILE else "fax"
        label = "Cellulare" if column == MOBILE else "Fax"
        lines.append(
            f'    <p class="tel"><span class="type" title="{kind}">{label}</span>: '
            f'<span class="value">{e(value)}</span></p>'
        )
    if email(row):
        lines.append(
            f'    <p>E-mail: <a class="email" href="mailto:{email(row)}">{email(row)}</a></p>'
        )
    if sports(row):
        lines.append(f'    <p class="note">Discipline praticate: {e(sports(row))}</p>')
    lines += [
        "  </div>",
        f"  <footer>Scheda n. {entry}, codice centro {e(centre_id(row))}, aggiornata il "
        f'<time datetime="{when:%Y-%m-%d}">{when:%d/%m/%Y}</time></footer>',
        "</article>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mindbody_location": mindbody_location,
    "mailup_recipient": mailup_recipient,
    "intercom_lead": intercom_lead,
    "hcard_directory": hcard_directory,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its numbers and mailbox
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
