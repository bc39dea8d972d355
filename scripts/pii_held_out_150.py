"""held_out_150 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Singapore's pre-school centres in the Early Childhood Development Agency's Listing of
Centres; Singapore's earlier parts took the Ministry of Education's schools and the Ministry of
Health's CHAS clinics) exactly as published, in layouts no earlier part has, beside the
register's own names, codes, addresses and hours.

The procedure of ``held_out_141``, on another register and other layouts; earlier parts took
national numbers from registers of SG (MOE's schools, MOH's clinics), MY, HK, TW and many
others; here:

* the values are the ``centre_contact_no`` and ``centre_email_address`` fields of 480 centres,
  a seeded sample of the 1,945 with a number (``scripts/data/pii_sg_ecda_centres.json``,
  written by ``scripts/sg_ecda_centres_data.py``; source and licence in that file): Singapore
  numbers as the file writes them, eight digits in one run with no ``+65`` and no separator
  (``64558830``; mobiles ``91912636``), each copy labelled; the centre's e-mail address where
  the row has one that names no person (``info@...``, ``yishun@...``; the others were left
  out of the data), each copy labelled;
* the text around them is the same row's real fields: the name, centre code (``PT9406``),
  operator, service model, the address as the file gives it with its six-digit postal code
  (``21,CHU LIN ROAD,BAMBOO GROVE PARK,669915``) and the postal code again, web site, hours,
  second languages, SPARK certification, this month's vacancies and the date last updated
  (``6/10/2024``), with invented record ids, modification counts, object ids, change keys,
  timestamps and dates, unlabelled and scored;
* in layouts no earlier part has, database, note, contact and chatbot formats, text in
  English: FileMaker Pro XML exports (``FMPXMLRESULT``: ``METADATA`` of the fields, one
  ``ROW`` of ``COL``/``DATA``, the number under ``Contact No`` and again in a follow-up
  note), Evernote ENEX exports of a parent's shortlist note (an ENML ``en-note`` in CDATA, the
  number as a ``tel:`` link and its text, the address as a ``mailto:`` link and its text, an
  ``en-todo``), Microsoft Graph contact resources as ``GET /me/contacts/{id}`` returns them
  (``businessPhones`` or ``mobilePhone``, ``emailAddresses``, ``businessAddress``, the number
  again in ``personalNotes``) and RiveScript 2.0 brain files of a pre-school finder bot
  (``!`` variables, ``+`` triggers, ``-`` replies naming the number twice and the address
  once).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_150.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_sg_ecda_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_150.jsonl.gz"
SPLIT = "held_out_150"

LAYOUTS = ("filemaker_fmpxmlresult", "evernote_enex", "msgraph_contact", "rivescript_brain")
PHONE = "centre_contact_no"
EMAIL = "centre_email_address"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
# how many times each layout writes the phone field and the e-mail address
COPIES = {
    "filemaker_fmpxmlresult": (2, 1),
    "evernote_enex": (2, 2),
    "msgraph_contact": (2, 1),
    "rivescript_brain": (2, 1),
}
SGT = dt.timezone(dt.timedelta(hours=8))
EMPTY = ("", "na")  # the register's empty field

# the register's service models and levels as ECDA names them
MODELS = {
    "CC": "Child Care",
    "KN": "Kindergarten",
    "DS": "Development Support",
    "EYC": "Early Years Centre",
    "EYC-DS": "Early Years Centre, Development Support",
}
LEVELS = (("infant", "Infant care"), ("pg", "Playgroup"), ("n1", "Nursery 1"),
          ("n2", "Nursery 2"), ("k1", "Kindergarten 1"), ("k2", "Kindergarten 2"))  # fmt: skip

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or gives ``na``)."""
    value = (row["fields"].get(key) or "").strip()
    return "" if value in EMPTY else value


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published ("" where the data kept none)."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and of its e-mail address
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def mobile(row: dict[str, Any]) -> bool:
    """Whether the number is a mobile's (Singapore's mobiles begin with 8 or 9)."""
    return phone(row).startswith(("8", "9"))


def street(row: dict[str, Any]) -> str:
    """The address less its trailing postal code where it ends in one (``21,CHU LIN ROAD,BAMBOO
    GROVE PARK``)."""
    address, postcode = _f(row, "centre_address"), _f(row, "postal_code")
    if postcode and address.endswith("," + postcode):
        return address[: -len(postcode) - 1]
    return address.rstrip(",")


def model(row: dict[str, Any]) -> str:
    """The service model in words (``Child Care``), or the register's code."""
    code = _f(row, "service_model")
    return MODELS.get(code, code)


def hours(row: dict[str, Any]) -> str:
    """The weekday and Saturday hours in words (``Mon-Fri 07:00-19:00, Sat 07:00-14:00``)."""
    parts = []
    if _f(row, "weekday_full_day"):
        parts.append(f"Mon-Fri {_f(row, 'weekday_full_day')}")
    if _f(row, "saturday"):
        parts.append(f"Sat {_f(row, 'saturday')}")
    return ", ".join(parts)


def vacancies(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(level, this month's vacancy) of each level the centre offers (``Full``, ``Limited``,
    ``Available``)."""
    found = []
    for key, level in LEVELS:
        value = _f(row, f"{key}_vacancy_current_month")
        if value and value != "Not Applicable":
            found.append((level, value))
    return found


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of October or November 2024 (Singapore time)."""
    start = dt.datetime(2024, 10, 7, 8, 0, tzinfo=SGT)
    return start + dt.timedelta(seconds=rng.randint(0, 50 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def filemaker_fmpxmlresult(row: dict[str, Any], rng: random.Random) -> str:
    """A FileMaker Pro XML export in the ``FMPXMLRESULT`` grammar from a parents' association's
    enquiry database: ``ERRORCODE``, ``PRODUCT``, ``DATABASE`` (its name, layout, date and time
    formats), the ``METADATA`` of the layout's fields, and a ``RESULTSET`` of one ``ROW``
    (invented ``RECORDID`` and ``MODID``) whose ``COL``/``DATA`` give the centre's code, name,
    operator, model, number, e-mail address (empty where it has none), address, postal code,
    web site, hours, languages, SPARK flag, date last updated and a follow-up note repeating
    the number."""
    tel, mail = phone(row), email(row)
    when = _when(rng)
    level, vacancy = rng.choice(vacancies(row) or [("Nursery 1", "")])
    note = f"Rang {tel} on {when.day}/{when.month}/{when.year} about {level}."
    if vacancy:
        note += f" Listing shows {vacancy.lower()} vacancy this month."
    fields = [
        ("Centre Code", "TEXT", _f(row, "centre_code")),
        ("Centre Name", "TEXT", _f(row, "centre_name")),
        ("Operator", "TEXT", _f(row, "organisation_description")),
        ("Service Model", "TEXT", model(row)),
        ("Contact No", "TEXT", tel),
        ("Email", "TEXT", mail),
        ("Address", "TEXT", _f(row, "centre_address")),
        ("Postal Code", "TEXT", _f(row, "postal_code")),
        ("Website", "TEXT", _f(row, "centre_website")),
        ("Hours", "TEXT", hours(row)),
        ("Second Languages", "TEXT", _f(row, "second_languages_offered").replace("|", ", ")),
        ("SPARK Certified", "TEXT", _f(row, "spark_certified")),
        ("Last Updated", "DATE", _f(row, "last_updated")),
        ("Follow-up Note", "TEXT", note),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<FMPXMLRESULT xmlns="http://www.filemaker.com/fmpxmlresult">',
        "  <ERRORCODE>0</ERRORCODE>",
        '  <PRODUCT BUILD="03-21-2024" NAME="FileMaker" VERSION="ProAdvanced 20.3.2"/>',
        '  <DATABASE DATEFORMAT="d/M/yyyy" LAYOUT="Centre List" NAME="Preschool Enquiries.fmp12"'
        ' RECORDS="1" TIMEFORMAT="h:mm:ss a"/>',
        "  <METADATA>",
        *(
            f'    <FIELD EMPTYOK="YES" MAXREPEAT="1" NAME={quoteattr(name)} TYPE="{kind}"/>'
            for name, kind, _ in fields
        ),
        "  </METADATA>",
        '  <RESULTSET FOUND="1">',
        f'    <ROW MODID="{rng.randint(1, 14)}" RECORDID="{rng.randint(120, 4800)}">',
        *(f"      <COL><DATA>{_x(value)}</DATA></COL>" for _, _, value in fields),
        "    </ROW>",
        "  </RESULTSET>",
        "</FMPXMLRESULT>",
        "",
    ]
    return "\n".join(lines)


def _enml(row: dict[str, Any], rng: random.Random) -> str:
    """The ENML note of a parent's shortlist entry: name and code, address, the number as a
    ``tel:`` link, the e-mail address as a ``mailto:`` link, hours, languages, this month's
    vacancies and an unchecked ``en-todo``."""
    tel, mail = phone(row), email(row)
    divs = [
        f"<div><b>{_x(_f(row, 'centre_name'))}</b> ({_x(_f(row, 'centre_code'))}, "
        f"{_x(model(row))})</div>",
        f"<div>{_x(_f(row, 'centre_address'))}</div>",
        f'<div>Tel: <a href="tel:{tel}">{tel}</a></div>',
    ]
    if mail:
        divs.append(f'<div>Email: <a href="mailto:{_x(mail)}">{_x(mail)}</a></div>')
    if hours(row):
        divs.append(f"<div>Hours: {_x(hours(row))}</div>")
    if _f(row, "second_languages_offered"):
        langs = _f(row, "second_languages_offered").replace("|", ", ")
        divs.append(f"<div>Second language: {_x(langs)}</div>")
    found = vacancies(row)
    if found:
        items = "".join(f"<li>{_x(level)}: {_x(value)}</li>" for level, value in found)
        divs.append(f"<div>Vacancies this month (ECDA):</div><ul>{items}</ul>")
    todo = rng.choice(("Book a school tour", "Ask about the waiting list", "Ask about fees"))
    divs.append(f'<div><en-todo checked="false"/>{todo}</div>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
        f"<en-note>{''.join(divs)}</en-note>"
    )


def evernote_enex(row: dict[str, Any], rng: random.Random) -> str:
    """An Evernote ENEX export (``evernote-export3.dtd``) of one note of a parent's pre-school
    shortlist: the title, invented created and updated times, tags (``preschool`` and the
    postal code's sector), ``note-attributes`` with the web site as ``source-url`` where the
    row has one, and the ENML ``content`` in CDATA."""
    when = _when(rng)
    updated = when + dt.timedelta(minutes=rng.randint(5, 4000))
    utc = dt.UTC
    attributes = ["    <note-attributes>"]
    if _f(row, "centre_website"):
        attributes.append(f"      <source-url>{_x(_f(row, 'centre_website'))}</source-url>")
    attributes += ["      <source>desktop.mac</source>", "    </note-attributes>"]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">',
        f'<en-export export-date="{updated.astimezone(utc):%Y%m%dT%H%M%SZ}" '
        'application="Evernote" version="Evernote Mac 7.14 (458244)">',
        "  <note>",
        f"    <title>Preschool shortlist: {_x(_f(row, 'centre_name'))}</title>",
        f"    <content><![CDATA[{_enml(row, rng)}]]></content>",
        f"    <created>{when.astimezone(utc):%Y%m%dT%H%M%SZ}</created>",
        f"    <updated>{updated.astimezone(utc):%Y%m%dT%H%M%SZ}</updated>",
        "    <tag>preschool</tag>",
        f"    <tag>postal sector {_f(row, 'postal_code')[:2] or 'unknown'}</tag>",
        *attributes,
        "  </note>",
        "</en-export>",
        "",
    ]
    return "\n".join(lines)


def _graph_id(rng: random.Random, length: int) -> str:
    """An invented Exchange item id's tail (URL-safe base64 characters)."""
    alphabet = string.ascii_letters + string.digits + "-_"
    return "".join(rng.choice(alphabet) for _ in range(length))


def msgraph_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Microsoft Graph v1.0 ``contact`` resource as ``GET /me/contacts/{id}`` returns it: the
    OData context and etag, an invented id, change key, parent folder and times, the centre as
    ``displayName``, ``fileAs`` and ``companyName`` (its operator as ``department``), the number
    in ``mobilePhone`` where it is a mobile's, else in ``businessPhones``, the e-mail address in
    ``emailAddresses``, the web site, the ``businessAddress`` (the address less its postal code
    as ``street``, the postal code), and ``personalNotes`` repeating the number beside the
    published address, code and date."""
    tel, mail = phone(row), email(row)
    when = _when(rng)
    modified = when + dt.timedelta(hours=rng.randint(1, 90))
    change = "EQAAABYAAAD" + _graph_id(rng, 24)
    user = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-" \
        f"{rng.choice('89ab')}{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}"  # fmt: skip
    notes = (
        f"ECDA listing {_f(row, 'centre_code')} (updated {_f(row, 'last_updated')}): "
        f"{_f(row, 'centre_address')}. Call {tel} before visiting."
    )
    if hours(row):
        notes += f" Hours {hours(row)}."
    doc = {
        "@odata.context": f"https://graph.microsoft.com/v1.0/$metadata#users('{user}')"
        "/contacts/$entity",
        "@odata.etag": f'W/"{change}"',
        "id": "AAMkAGI2TG93AAAuAAAAAAD" + _graph_id(rng, 40) + "AAA=",
        "createdDateTime": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}",
        "lastModifiedDateTime": f"{modified.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}",
        "changeKey": change,
        "categories": ["Preschools"],
        "parentFolderId": "AAMkAGI2TG93AAEOAAA=",
        "birthday": None,
        "fileAs": _f(row, "centre_name"),
        "displayName": _f(row, "centre_name"),
        "givenName": None,
        "initials": None,
        "middleName": None,
        "nickName": None,
        "surname": None,
        "title": None,
        "jobTitle": None,
        "companyName": _f(row, "centre_name"),
        "department": _f(row, "organisation_description") or None,
        "officeLocation": None,
        "profession": None,
        "businessHomePage": _f(row, "centre_website") or None,
        "assistantName": None,
        "manager": None,
        "homePhones": [],
        "mobilePhone": tel if mobile(row) else None,
        "businessPhones": [] if mobile(row) else [tel],
        "spouseName": None,
        "personalNotes": notes,
        "children": [],
        "emailAddresses": [{"name": _f(row, "centre_name"), "address": mail}] if mail else [],
        "imAddresses": [],
        "homeAddress": {},
        "businessAddress": {
            "street": street(row),
            "city": "Singapore",
            "countryOrRegion": "Singapore",
            "postalCode": _f(row, "postal_code"),
        },
        "otherAddress": {},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _trigger(name: str) -> str:
    """A name as a RiveScript trigger writes it: lower case, words of letters and digits."""
    return " ".join(re.findall(r"[a-z0-9]+", name.lower()))


def rivescript_brain(row: dict[str, Any], rng: random.Random) -> str:
    """A RiveScript 2.0 brain file of a pre-school finder bot, one centre's replies: the
    version, a comment naming the source, ``! var`` lines of the code and date, and ``+``
    triggers (the name in lower case) with ``-`` replies: the number, how to reach the centre
    (the number again, the e-mail address at the line's end where it has one), where it is
    (the published address and postal code) and its hours."""
    tel, mail = phone(row), email(row)
    name, key = _f(row, "centre_name"), _trigger(_f(row, "centre_name"))
    reach = f"- Call {name} at {tel}"
    reach += f", or write to {mail}" if mail else ", the listing gives no e-mail address."
    lines = [
        "! version = 2.0",
        "",
        f"// Pre-school finder: {name} ({_f(row, 'centre_code')})",
        "// From ECDA's Listing of Centres on data.gov.sg",
        f"! var centre_{_f(row, 'centre_code').lower()}_updated = {_f(row, 'last_updated')}",
        "",
        f"+ [what is] [the] (phone|contact|telephone) number [of|for] {key}",
        f"- You can call {name} at {tel}.",
        "",
        f"+ how [do|can] i (contact|reach) {key}",
        reach,
        "",
        f"+ where is {key}",
        f"- {name} is at {_f(row, 'centre_address')} (postal code {_f(row, 'postal_code')}).",
    ]
    if hours(row):
        lines += ["", f"+ when is {key} open", f"- {hours(row)}."]
    found = vacancies(row)
    if found and rng.random() < 0.7:
        level, value = rng.choice(found)
        lines += ["", f"+ [is there] [a] vacancy [for] {_trigger(level)} at {key}",
                  f"- This month's listing says {value.lower()} for {level}."]  # fmt: skip
    lines.append("")
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "filemaker_fmpxmlresult": filemaker_fmpxmlresult,
    "evernote_enex": evernote_enex,
    "msgraph_contact": msgraph_contact,
    "rivescript_brain": rivescript_brain,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and of its
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
