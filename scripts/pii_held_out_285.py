"""held_out_285 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Scottish Government's school roll and locations: Scotland's primary, secondary and
special schools; the United Kingdom's earlier parts took other registers) exactly as published,
in layouts no earlier part has, beside the list's own names, addresses and codes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB (NHS England's pharmacies and GP practices, HM Courts &
Tribunals Service's courts, the Care Quality Commission's care homes, Sport England's Active
Places, the Charity Commission's register, the RQIA's care services) and many other countries;
here:

* the values are the ``Phone`` and ``Email`` fields of 420 schools' rows
  (``scripts/data/pii_gb_scottish_schools.json``, written by
  ``scripts/gb_scottish_schools_data.py``; source and licence in that file): British numbers as
  each council gave them, the area code and the line (``01294 552251``, ``0131 661 3054``; a
  few run together or with the trunk ``0`` lost, ``1644430259``, in brackets, ``(0141) 946
  1391``, with a second line or a shared ending after ``/``, ``01879 220790/220383``,
  ``01776 706484/6``, kept in the number's label, a second number after ``and``, or an
  internal number of seven digits in brackets after it, each labelled on its own), each copy
  labelled, and the school's role address (``abbey@ea.n-ayrshire.sch.uk``), each copy
  labelled, where the row keeps one (413 of the 420);
* the text around them is the same row's real fields: the school's name, address, postcode
  (``KA13 7HG``), council, seed code and ``SchUID`` (``8212627P``), UPRN, web site, type,
  denomination and roll, with invented customer codes, order and party ids, amounts, weights,
  dates and times, unlabelled and scored;
* in layouts no earlier part has, of British business software a school's suppliers use, in
  British English: KashFlow SOAP ``InsertCustomer`` requests (an invented instrumental-tuition
  supplier's account: the school as ``custr`` with ``Telephone``, ``Email``, address lines,
  ``Postcode``, ``Website`` and ``Notes`` repeating the number), Parcel2Go ``POST /api/orders``
  bodies (an invented educational supplier's collection, the school as a parcel's
  ``DeliveryAddress`` with ``Organisation``, ``Phone``, ``Email`` and ``SpecialInstructions``
  repeating the number), Capsule CRM ``POST /api/v2/parties`` bodies (the school as an
  ``organisation`` party with ``phoneNumbers``, ``emailAddresses``, ``addresses``,
  ``websites``, ``tags`` and an ``about`` repeating the number) and Yeastar P-Series company
  contacts CSV files (a council's PBX phone book: the header and the school's row with its
  ``Business Number``, ``Email``, address and a ``Remark``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_285.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gb_scottish_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_285.jsonl.gz"
SPLIT = "held_out_285"

LAYOUTS = ("kashflow_soap", "parcel2go_order", "capsule_party", "yeastar_contacts_csv")
PHONE = "Phone"
EDGES = {"phone": r"\d", "email": r"[\w.@+'-]"}

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers of schools (no real company is meant): name, street, town, postcode
SUPPLIERS = (
    ("Forth Valley Music Tuition Ltd", "Unit 7, Castle Business Park", "Stirling", "FK9 4TZ"),
    ("Caledonian School Supplies Ltd", "14 Newbridge Industrial Estate", "Newbridge",
     "EH28 8PJ"),
    ("Highland Learning Resources Ltd", "3 Longman Drive", "Inverness", "IV1 1SU"),
    ("Clyde Science Kits Ltd", "Block 2, Hillington Park", "Glasgow", "G52 4NQ"),
)  # fmt: skip
# what a consignment to the school holds (invented)
GOODS = (
    "Exercise books and jotters", "Science kit: circuits and batteries", "Library books",
    "Art materials", "PE equipment: bibs and cones", "Maths manipulatives", "Reading scheme books",
    "Laminating pouches and paper",
)  # fmt: skip
SERVICES = ("evri-courier-collection", "dpd-next-day", "yodel-xpect-48", "ups-standard")
# invented first names and surnames of the suppliers' staff (no real person is meant)
FIRST = ("Morag", "Callum", "Fiona", "Euan", "Kirsty", "Alasdair", "Iona", "Ruaridh")
LAST = ("Fraser", "MacLeod", "Stewart", "Robertson", "Munro", "Cameron", "Grant", "Sinclair")
INSTRUMENTS = ("strings", "brass", "woodwind", "guitar", "percussion", "piano")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The school's number as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The school's role address ("" where the row keeps none, or the list has none)."""
    value = _f(row, "Email")
    return value if "@" in value else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number and e-mail address labelled
    (each copy stands apart: no digit, or no address character, next to it)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the 2024-25 school year (UTC), on a weekday's working hours."""
    start = dt.datetime(2024, 8, 19, 8, 0, tzinfo=dt.UTC)
    when = start + dt.timedelta(days=rng.randint(0, 290), minutes=rng.randint(0, 540))
    while when.weekday() > 4:
        when += dt.timedelta(days=1)
    return when


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _lines(row: dict[str, Any]) -> list[str]:
    """The school's address lines as the list gives them, the empty ones left out."""
    return [v for v in (_f(row, k) for k in ("AddressLine1", "AddressLine2", "AddressLine3")) if v]


def _town(row: dict[str, Any]) -> str:
    """The last address line (the post town, or the council's area where the list puts it)."""
    lines = _lines(row)
    return lines[-1] if len(lines) > 1 else _f(row, "LAName")


def _code(row: dict[str, Any], rng: random.Random) -> str:
    """An invented customer code from the school's name (``ABBE04``)."""
    letters = "".join(c for c in _f(row, "SchoolName").upper() if c.isalpha())[:4]
    return f"{letters:X<4}{rng.randint(1, 99):02d}"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _kind(row: dict[str, Any]) -> str:
    """What the school is, in a few words (``primary school``, ``special school``)."""
    return f"{_f(row, 'SchoolType').lower()} school"


def kashflow_soap(row: dict[str, Any], rng: random.Random) -> str:
    """A SOAP 1.1 request of KashFlow's API, ``InsertCustomer`` in the ``KashFlow`` namespace:
    an invented supplier's API user name and a masked password, the school as ``custr``
    (``CustomerID`` 0, an invented ``Code``, ``Name``, ``Contact`` the school office,
    ``Telephone``, empty ``Mobile`` and ``Fax``, ``Email``, the address as ``Address1`` to
    ``Address4``, ``Postcode``, ``Website``, ``EC`` and ``OutsideEC`` 0, ``Notes`` naming the
    seed code and repeating the number, payment terms and the ``SchUID`` as ``ExtraText1``)."""
    name, tel, mail = _f(row, "SchoolName"), phone(row), email(row)
    supplier = SUPPLIERS[0]
    lines = (_lines(row) + ["", "", "", ""])[:4]
    if len(_lines(row)) < 4:
        lines[3] = _f(row, "LAName")
    instrument = rng.choice(INSTRUMENTS)
    notes = (
        f"{_f(row, 'LAName')} council {_kind(row)}, seed code {_f(row, 'SeedCode')}. "
        f"Invoices for {instrument} tuition to the school office, tel {tel}."
    )
    body = [
        "        <CustomerID>0</CustomerID>",
        f"        <Code>{_code(row, rng)}</Code>",
        f"        <Name>{_x(name)}</Name>",
        "        <Contact>School Office</Contact>",
        f"        <Telephone>{_x(tel)}</Telephone>",
        "        <Mobile />",
        "        <Fax />",
        f"        <Email>{_x(mail)}</Email>" if mail else "        <Email />",
        *(
            f"        <Address{i}>{_x(v)}</Address{i}>" if v else f"        <Address{i} />"
            for i, v in enumerate(lines, 1)
        ),
        f"        <Postcode>{_x(_f(row, 'PostCode'))}</Postcode>",
        f"        <Website>{_x(_f(row, 'Website'))}</Website>"
        if _f(row, "Website")
        else "        <Website />",
        "        <EC>0</EC>",
        "        <OutsideEC>0</OutsideEC>",
        f"        <Notes>{_x(notes)}</Notes>",
        "        <Source>0</Source>",
        "        <Discount>0</Discount>",
        "        <ShowDiscount>false</ShowDiscount>",
        f"        <PaymentTerms>{rng.choice((14, 30))}</PaymentTerms>",
        f"        <ExtraText1>{_x(_f(row, 'SchUID'))}</ExtraText1>",
        f"        <ExtraText2>{instrument.title()} tuition</ExtraText2>",
        f"        <Created>{_when(rng):%Y-%m-%dT%H:%M:%S}</Created>",
    ]
    lines_out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">',
        "  <soap:Body>",
        '    <InsertCustomer xmlns="KashFlow">',
        f"      <UserName>{supplier[2].lower()}tuition</UserName>",
        "      <Password>********</Password>",
        "      <custr>",
        *body,
        "      </custr>",
        "    </InsertCustomer>",
        "  </soap:Body>",
        "</soap:Envelope>",
        "",
    ]
    return "\n".join(lines_out)


def parcel2go_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Parcel2Go ``POST /api/orders`` body (JSON): one item with an invented id, collection
    date and service, an invented supplier's ``CollectionAddress``, one parcel (invented size,
    weight, value, contents) whose ``DeliveryAddress`` is the school (``ContactName`` the school
    office, ``Organisation``, ``Email``, ``Phone``, the address lines as ``Property``,
    ``Street`` and ``Town``, ``Postcode``, ``CountryIsoCode`` ``GBR``, ``SpecialInstructions``
    repeating the number), and the supplier's ``CustomerDetails`` (an invented member of
    staff)."""
    name, tel, mail = _f(row, "SchoolName"), phone(row), email(row)
    sup_name, sup_street, sup_town, sup_postcode = rng.choice(SUPPLIERS[1:])
    when = _when(rng)
    lines = _lines(row)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    delivery: dict[str, Any] = {
        "ContactName": "School Office",
        "Organisation": name,
        "Email": mail or None,
        "Phone": tel,
        "Property": lines[0] if len(lines) > 2 else "",
        "Street": lines[1] if len(lines) > 2 else (lines[0] if lines else ""),
        "Town": _town(row),
        "County": _f(row, "LAName"),
        "Postcode": _f(row, "PostCode"),
        "CountryIsoCode": "GBR",
        "SpecialInstructions": f"Deliver to the school office in school hours (08:45-15:15); "
        f"call {tel} if the gate is locked.",
    }
    if not mail:
        del delivery["Email"]
    body = {
        "Items": [
            {
                "Id": _uuid(rng),
                "CollectionDate": f"{when:%Y-%m-%d}T00:00:00",
                "Service": rng.choice(SERVICES),
                "Upsells": [],
                "Parcels": [
                    {
                        "Id": _uuid(rng),
                        "Height": rng.choice((20, 25, 30, 40)),
                        "Length": rng.choice((30, 40, 45, 60)),
                        "Width": rng.choice((20, 25, 30, 35)),
                        "Weight": round(rng.uniform(1.5, 18.0), 1),
                        "EstimatedValue": rng.randint(25, 400),
                        "DeliveryAddress": delivery,
                        "ContentsSummary": rng.choice(GOODS),
                    }
                ],
                "CollectionAddress": {
                    "ContactName": f"{first} {last}",
                    "Organisation": sup_name,
                    "Email": f"despatch@{sup_name.split()[0].lower()}-supplies.example",
                    "Property": sup_street.split(",")[0],
                    "Street": sup_street.split(", ")[-1],
                    "Town": sup_town,
                    "Postcode": sup_postcode,
                    "CountryIsoCode": "GBR",
                },
            }
        ],
        "CustomerDetails": {
            "Email": f"{first.lower()}.{last.lower()}@{sup_name.split()[0].lower()}-supplies"
            ".example",
            "Forename": first,
            "Surname": last,
        },
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def capsule_party(row: dict[str, Any], rng: random.Random) -> str:
    """A Capsule CRM ``POST /api/v2/parties`` body (JSON): the school as an ``organisation``
    party with its ``name``, an ``about`` naming its council, seed code, roll and number,
    ``addresses`` (the address lines as ``street``, the town as ``city``, ``zip``, country),
    ``phoneNumbers`` and ``emailAddresses`` of type ``Work``, its web site in ``websites``,
    ``tags`` and the ``SchUID`` in an invented custom field."""
    name, tel, mail = _f(row, "SchoolName"), phone(row), email(row)
    roll = _f(row, "PupilRoll")
    about = (
        f"{_f(row, 'LAName')} council {_kind(row)} ({_f(row, 'Denomination')}), seed code "
        f"{_f(row, 'SeedCode')}"
        + (f", roll {roll}" if roll and roll != "*" else "")
        + f". School office: {tel}."
    )
    party: dict[str, Any] = {
        "type": "organisation",
        "name": name,
        "about": about,
        "addresses": [
            {
                "type": "Office",
                "street": "\n".join(_lines(row)[:-1] or _lines(row)),
                "city": _town(row),
                "state": _f(row, "LAName"),
                "country": "United Kingdom",
                "zip": _f(row, "PostCode"),
            }
        ],
        "phoneNumbers": [{"type": "Work", "number": tel}],
        "emailAddresses": [{"type": "Work", "address": mail}] if mail else [],
        "websites": (
            [{"type": "Work", "service": "URL", "address": _f(row, "Website")}]
            if _f(row, "Website")
            else []
        ),
        "tags": [{"name": "School"}, {"name": _f(row, "LAName")}],
        "fields": [{"definition": {"id": rng.randint(100000, 999999)}, "value": _f(row, "SchUID")}],
    }
    return json.dumps({"party": party}, ensure_ascii=False, indent=2) + "\n"


YEASTAR_HEADER = (
    "First Name", "Last Name", "Company Name", "Email", "Business Number", "Business Number 2",
    "Business Fax", "Mobile", "Mobile 2", "Home", "Home 2", "Home Fax", "Other", "ZIP Code",
    "Street", "City", "State", "Country", "Remark", "Phonebook",
)  # fmt: skip


def yeastar_contacts_csv(row: dict[str, Any], rng: random.Random) -> str:
    """A Yeastar P-Series company contacts CSV file as a council's PBX exports its schools'
    phone book: the header and the school's row (``First Name`` the school, ``Company Name``
    the council, ``Email``, ``Business Number``, the postcode, address, town and council, and a
    ``Remark`` with the seed code, type and an invented date checked)."""
    name, tel, mail = _f(row, "SchoolName"), phone(row), email(row)
    council = _f(row, "LAName")
    remark = f"SEED {_f(row, 'SeedCode')} {_f(row, 'SchoolType')}; checked {_when(rng):%d/%m/%Y}"
    values = {
        "First Name": name,
        "Company Name": f"{council} Council",
        "Email": mail,
        "Business Number": tel,
        "ZIP Code": _f(row, "PostCode"),
        "Street": ", ".join(_lines(row)[:-1] or _lines(row)),
        "City": _town(row),
        "State": council,
        "Country": "United Kingdom",
        "Remark": remark,
        "Phonebook": f"{council} Schools",
    }
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(YEASTAR_HEADER)
    writer.writerow([values.get(column, "") for column in YEASTAR_HEADER])
    return out.getvalue()


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "kashflow_soap": kashflow_soap,
    "parcel2go_order": parcel2go_order,
    "capsule_party": capsule_party,
    "yeastar_contacts_csv": yeastar_contacts_csv,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its number and e-mail address
    labelled."""
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
