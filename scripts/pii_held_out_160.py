"""held_out_160 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (New Zealand's early childhood services in the Ministry of Education's Early
Childhood Services Directory; New Zealand's earlier part took the same ministry's directory of
schools, another list of another kind of institution) exactly as published, in layouts no
earlier part has, beside the register's own names, numbers, addresses and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of NZ (the directory of schools), AU, AR, CL, CO, MX, PE, UY
and many others; here:

* the values are the ``Telephone`` and ``Fax No`` fields and the services' e-mail addresses
  (``Email^``) of 320 education and care services, free kindergartens, kōhanga reo and
  hospital-based services, a seeded sample of the 3,749 with a number of seven digits or more
  (``scripts/data/pii_nz_ece_services.json``, written by ``scripts/nz_ece_services_data.py``;
  source and licence in that file): New Zealand numbers as the directory writes them, the trunk
  ``0`` and area code apart from the line (``09 486 1188``; one mobile, ``021 055 4566``; two
  free-phone ``0800`` numbers; one field of two numbers joined by ``/``, each labelled on its
  own), each copy labelled; a fax that repeats the phone is left out of the text; the address
  where the data kept one (a service's or an office's, ``milford@aka.org.nz``,
  ``questions@kidsfirst.org.nz``), each copy labelled;
* the text around them is the same row's real fields: the service's name, its Ministry number
  (``5072``), kind, authority, street, suburb, town, territorial authority, regional council,
  community of learning, licensed places, roll, equity index and coordinates, with invented
  UUIDs, dates, batch numbers, page class names and tasks, unlabelled and scored;
* in layouts no earlier part has, accounting, note-taking, app and graph-database formats,
  text in New Zealand English: Xero Accounting API ``GET /Contacts/{ContactID}`` responses (the
  service as a customer contact of an invented supplier's app: ``Addresses`` of types
  ``POBOX`` and ``STREET``, ``Phones`` of types ``DDI``, ``DEFAULT``, ``FAX`` and ``MOBILE``
  with the number as ``PhoneNumber``, ``EmailAddress``, ``/Date(...)/`` times), Logseq pages
  (page properties ``key:: value`` with ``phone::``, ``fax::`` and ``email::``, ``[[links]]``,
  then outline blocks, a ``TODO`` with ``SCHEDULED:`` repeating the number), .NET MAUI
  ``ContentPage`` XAML of a service-finder app (``Label``s of the fields, the number in a
  ``Label`` and as a call ``Button``'s ``CommandParameter``) and Apache TinkerPop Gremlin
  Console scripts (a ``fold()``/``coalesce()`` upsert of the service vertex with
  ``property(single, ...)`` steps, an edge to its region, a ``//`` comment repeating the
  number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_160.py   # rewrites the committed file
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
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_nz_ece_services.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_160.jsonl.gz"
SPLIT = "held_out_160"

LAYOUTS = ("xero_contact", "logseq_page", "maui_xaml", "gremlin_script")
PHONE, FAX, EMAIL = "Telephone", "Fax No", "Email^"
COLUMNS = {"phone": PHONE, "fax": FAX}
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
# how many times each layout writes the phone field (the fax and the address once)
COPIES = {"xero_contact": 1, "logseq_page": 2, "maui_xaml": 2, "gremlin_script": 2}
NZST = dt.timezone(dt.timedelta(hours=12))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented tasks of a parent's or a supplier's notes (no real visit or order is meant)
TASKS = (
    "about the enrolment open morning", "to ask about a place for March",
    "to confirm the delivery of the art supplies", "about the waiting list",
    "to book a visit before the term starts",
)  # fmt: skip
NOTES = (
    "Visited with the kids, friendly teachers and a big outdoor area.",
    "Asked about 20 Hours ECE; they sent the enrolment pack.",
    "Delivery of paint and paper signed for at the office.",
    "On the shortlist; the roll looks full for under-2s.",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field where the data kept it and it does not repeat the phone, else ""."""
    value = _f(row, FAX)
    return "" if value == phone(row) else value


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published ("" where the data kept none)."""
    return _f(row, EMAIL)


def name(row: dict[str, Any]) -> str:
    """The service's name, its runs of blanks as published but the ends stripped."""
    return _f(row, "Name")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the kept rows' is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def pieces(value: str) -> list[str]:
    """The numbers of a phone field: its pieces between ``/`` where each has seven digits or
    more (``09 437 7714/4591023`` is two numbers), else the whole field."""
    parts = value.split("/")
    if len(parts) > 1 and all(sum(c.isdigit() for c in p) >= 7 for p in parts):
        return [p.strip() for p in parts]
    return [value]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's numbers and address that the layouts write, each number of
    a field on its own."""
    found = [("phone", p) for p in pieces(phone(row))]
    if fax(row):
        found += [("fax", p) for p in pieces(fax(row))]
    return [*found, ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's numbers and address labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the winter of 2020, before daylight time began (NZST)."""
    start = dt.datetime(2020, 7, 1, 8, 0, tzinfo=NZST)
    return start + dt.timedelta(seconds=rng.randint(0, 85 * 86400))


def _uuid(rng: random.Random) -> str:
    """An invented version-4 UUID."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _place(row: dict[str, Any]) -> str:
    """The street, suburb and town joined as the directory's columns give them."""
    return ", ".join(v for v in (_f(row, "Street"), _f(row, "Suburb"), _f(row, "Town / City")) if v)


def _coordinates(row: dict[str, Any]) -> tuple[str, str]:
    """The latitude and longitude as published ("" where the row has none)."""
    return _f(row, "Latitude"), _f(row, "Longitude")


def _ms(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


def xero_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Xero Accounting API ``GET /api.xro/2.0/Contacts/{ContactID}`` response as an invented
    supplier's ordering app receives it: the envelope (``Id``, ``Status``, ``ProviderName``,
    ``DateTimeUTC`` in ``/Date(ms)/`` form), one contact with an invented ``ContactID``, the
    Ministry number as ``AccountNumber``, the name, ``EmailAddress`` where the row has one, a
    ``POBOX`` and a ``STREET`` address, ``Phones`` of the four types (the number as the
    ``DEFAULT`` ``PhoneNumber``, the fax as the ``FAX`` one), an invented ``UpdatedDateUTC``, a
    contact group of the service's kind, customer not supplier, NZD."""
    when = _when(rng)
    updated = when - dt.timedelta(days=rng.randint(20, 400), seconds=rng.randint(0, 86399))
    street = {"AddressType": "STREET", "AddressLine1": _f(row, "Street")}
    if _f(row, "Suburb"):
        street["AddressLine2"] = _f(row, "Suburb")
    street |= {"City": _f(row, "Town / City"), "Region": _f(row, "Regional Council"),
               "Country": "New Zealand"}  # fmt: skip
    fax_phone = {"PhoneType": "FAX"} | ({"PhoneNumber": fax(row)} if fax(row) else {})
    contact = {
        "ContactID": _uuid(rng),
        "AccountNumber": _f(row, "Number"),
        "ContactStatus": "ACTIVE",
        "Name": name(row),
        **({"EmailAddress": email(row)} if email(row) else {}),
        "Addresses": [{"AddressType": "POBOX"}, street],
        "Phones": [
            {"PhoneType": "DDI"},
            {"PhoneType": "DEFAULT", "PhoneNumber": phone(row)},
            fax_phone,
            {"PhoneType": "MOBILE"},
        ],
        "UpdatedDateUTC": f"/Date({_ms(updated)}+0000)/",
        "ContactGroups": [
            {"ContactGroupID": _uuid(rng), "Name": _f(row, "Institution Type"), "Status": "ACTIVE"},
        ],  # fmt: skip
        "IsSupplier": False,
        "IsCustomer": True,
        "DefaultCurrency": "NZD",
        "ContactPersons": [],
        "HasAttachments": False,
        "HasValidationErrors": False,
    }
    doc = {
        "Id": _uuid(rng),
        "Status": "OK",
        "ProviderName": "Kindy Crafts Ordering",
        "DateTimeUTC": f"/Date({_ms(when)})/",
        "Contacts": [contact],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _journal(moment: dt.datetime) -> str:
    """A Logseq journal page link in its default title format (``[[Jul 2nd, 2020]]``)."""
    day = moment.day
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"[[{moment:%b} {day}{suffix}, {moment.year}]]"


def logseq_page(row: dict[str, Any], rng: random.Random) -> str:
    """A Logseq page (``pages/<name>.md``) of a parent's or supplier's graph: page properties
    (``title::`` the service's name, ``type::`` and ``region::`` as page links,
    ``moe-number::``, ``phone::``, ``fax::`` and ``email::`` where the row has them,
    ``address::``, ``tags::``), then outline blocks of the licensed places and roll, 20 Hours
    ECE and equity index, the coordinates, the community of learning, an invented journal note
    and a ``TODO`` whose ``SCHEDULED:`` date is invented and whose text repeats the number."""
    when = _when(rng)
    props = [
        f"title:: {name(row)}",
        f"type:: [[{_f(row, 'Institution Type')}]]",
        f"moe-number:: {_f(row, 'Number')}",
        f"phone:: {phone(row)}",
    ]
    if fax(row):
        props.append(f"fax:: {fax(row)}")
    if email(row):
        props.append(f"email:: {email(row)}")
    props += [
        f"address:: {_place(row)}",
        f"region:: [[{_f(row, 'Regional Council')}]]",
        f"authority:: {_f(row, 'Authority')}",
        f"tags:: ece, [[{_f(row, 'Town / City')}]]",
    ]
    places = _f(row, "All Children")
    blocks = [f"- Licensed for {places} children" if places else "- Licensed places not listed"]
    if _f(row, "Total Roll"):
        blocks[0] += f"; roll {_f(row, 'Total Roll')} (1 July 2019)"
    blocks.append(f"- 20 Hours ECE: {_f(row, '20 Hours ECE')} · {_f(row, 'Equity Index')}")
    lat, lon = _coordinates(row)
    if lat and lon:
        blocks.append(f"- Location: {lat}, {lon}")
    if _f(row, "Community of Learning: Name"):
        blocks.append(f"- Kāhui Ako: {_f(row, 'Community of Learning: Name')}")
    seen = when - dt.timedelta(days=rng.randint(3, 40))
    blocks.append(f"- {_journal(seen)} {rng.choice(NOTES)}")
    due = when + dt.timedelta(days=rng.randint(1, 21))
    blocks += [
        f"- TODO Ring {phone(row)} {rng.choice(TASKS)}",
        f"  SCHEDULED: <{due:%Y-%m-%d %a}>",
    ]
    return "\n".join([*props, "", *blocks]) + "\n"


def _attr(value: str) -> str:
    """``value`` as a XAML attribute value in double quotes (``{}`` before a leading brace,
    so it is no markup extension)."""
    text = escape(value, {'"': "&quot;"})
    return f'"{{}}{text}"' if text.startswith("{") else f'"{text}"'


def _class_name(row: dict[str, Any]) -> str:
    """A page class name from the Ministry number (``Service5072Page``)."""
    return f"Service{_f(row, 'Number')}Page"


def maui_xaml(row: dict[str, Any], rng: random.Random) -> str:
    """A .NET MAUI ``ContentPage`` of an invented ECE-finder app (``EceFinder.Pages``), the
    page class named after the Ministry number: a ``ScrollView`` with a ``VerticalStackLayout``
    of ``Label``s (name, kind and authority, address, ``Phone:``, ``Fax:`` and the e-mail address
    where the row has them, licensed places and roll), a ``Button`` whose ``CommandParameter`` is
    the number, and a ``Label`` of the coordinates; invented padding and spacing."""
    lat, lon = _coordinates(row)
    labels = [
        f'            <Label Text={_attr(name(row))} Style="{{StaticResource Headline}}" />',
        f"            <Label Text={_attr(_f(row, 'Institution Type') + ' · ' + _f(row, 'Authority'))} />",  # noqa: E501
        f"            <Label Text={_attr(_place(row))} />",
        f"            <Label Text={_attr('Phone: ' + phone(row))} />",
    ]
    if fax(row):
        labels.append(f"            <Label Text={_attr('Fax: ' + fax(row))} />")
    if email(row):
        labels.append(f'            <Label Text={_attr(email(row))} TextDecorations="Underline" />')
    counts = [f"Licensed places: {_f(row, 'All Children')}"] if _f(row, "All Children") else []
    if _f(row, "Total Roll"):
        counts.append(f"Roll: {_f(row, 'Total Roll')}")
    if counts:
        labels.append(f"            <Label Text={_attr(' · '.join(counts))} />")
    labels.append(
        f'            <Button Text="Call" Command="{{Binding DialCommand}}" '
        f"CommandParameter={_attr(phone(row))} />"
    )
    if lat and lon:
        labels.append(f'            <Label Text={_attr(f"{lat}, {lon}")} FontSize="12" />')
    lines = [
        '<?xml version="1.0" encoding="utf-8" ?>',
        '<ContentPage xmlns="http://schemas.microsoft.com/dotnet/2021/maui"',
        '             xmlns:x="http://schemas.microsoft.com/winfx/2009/xaml"',
        f'             x:Class="EceFinder.Pages.{_class_name(row)}"',
        f"             Title={_attr(name(row))}>",
        "    <ScrollView>",
        f'        <VerticalStackLayout Padding="{rng.choice((12, 16, 20, 24))}" '
        f'Spacing="{rng.choice((6, 8, 10))}">',
        *labels,
        "        </VerticalStackLayout>",
        "    </ScrollView>",
        "</ContentPage>",
        "",
    ]
    return "\n".join(lines)


def _groovy(value: str) -> str:
    """``value`` as a Groovy single-quoted string."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def gremlin_script(row: dict[str, Any], rng: random.Random) -> str:
    """A Gremlin Console script (Apache TinkerPop, Groovy) loaded by a data team's nightly
    job: header comments naming the source and an invented load time and batch, a
    ``:remote connect`` to a Gremlin Server, an upsert of the ``service`` vertex by its
    Ministry number (``fold()``/``coalesce(unfold(), addV(...))``) setting the name, kind,
    authority, phone, fax and e-mail where the row has them, street, town, coordinates as
    ``double`` literals and licensed places, an upsert of its ``region`` vertex and a
    ``locatedIn`` edge, and a closing comment repeating the number."""
    when = _when(rng)
    number = _f(row, "Number")
    props = [
        ("name", _groovy(name(row))),
        ("kind", _groovy(_f(row, "Institution Type"))),
        ("authority", _groovy(_f(row, "Authority"))),
        ("phone", _groovy(phone(row))),
    ]
    if fax(row):
        props.append(("fax", _groovy(fax(row))))
    if email(row):
        props.append(("email", _groovy(email(row))))
    props += [("street", _groovy(_f(row, "Street"))), ("town", _groovy(_f(row, "Town / City")))]
    lat, lon = _coordinates(row)
    if lat and lon:
        props += [("lat", f"{lat}d"), ("lon", f"{lon}d")]
    if re.fullmatch(r"\d+", _f(row, "All Children")):
        props.append(("licensedPlaces", _f(row, "All Children")))
    region = _groovy(_f(row, "Regional Council"))
    lines = [
        f"// ECE services graph: {name(row)} (MoE {number})",
        "// source: Early Childhood Services Directory, Ministry of Education (Education Counts)",
        f"// loaded {when.isoformat(timespec='seconds')}, batch {rng.randint(3, 60)}",
        ":remote connect tinkerpop.server conf/remote.yaml session",
        ":remote console",
        f"g.V().has('service', 'moeNumber', {_groovy(number)}).fold().",
        f"  coalesce(unfold(), addV('service').property('moeNumber', {_groovy(number)})).",
        *(f"  property(single, '{key}', {value})." for key, value in props),
        "  as('s').",
        f"  V().has('region', 'name', {region}).fold().",
        f"  coalesce(unfold(), addV('region').property('name', {region})).",
        "  addE('locatedIn').from('s').iterate()",
        f"// check: ring {phone(row)} if the service's contact details change",
        ":remote close",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "xero_contact": xero_contact,
    "logseq_page": logseq_page,
    "maui_xaml": maui_xaml,
    "gremlin_script": gremlin_script,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers and of its
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
