"""held_out_497 of the PII evaluation set: real phone fields of a register no earlier part used
(the Queensland Department of Education, Training and Employment's list of registered training
organisations, July 2013; Australia's earlier parts took Western Australia's schools, the NSW
Department of Education's public schools, the Australian Library Map's libraries, Victoria's
school locations, a list of community pharmacies, the Queensland TMR's customer service
centres, the Queensland DJAG's JP signing sites, the covid-19-au project's clinics and
Queensland Health's public hospitals) exactly as published, in layouts no earlier part has,
beside the register's own names, addresses, suburbs and postcodes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Phone Contact`` of 300 training organisations
  (``scripts/data/pii_au_qld_rto.json``, written by ``scripts/au_qld_rto_data.py``; source and
  licence in that file): Australian numbers as the register writes them, ten digits in one run
  with the trunk 0 and no space (``0732274826``, ``1300137277``); no mobile is kept, the
  register has no fax or e-mail column, and no fax or mailbox is written; every copy labelled;
* the text around them is the same row's real fields: the organisation's name, street or
  post-office box, suburb and postcode, with invented RTO codes (four to five digits), ABNs
  (eleven digits, check digits right), UUIDs, ids, amounts and dates, unlabelled and scored;
  the AVETMISS file's postcode runs into its state identifier (``480703``), as the format has
  it;
* in layouts no earlier part has, formats of Australia's vocational education and training
  sector and of the business software around it, text in Australian English: AVETMISS 8.0
  ``NAT00010`` training organisation files (the NCVER's fixed-width VET Provider Collection
  file, one 448-character line: TOID, name, type identifier, two address lines, suburb,
  postcode, state ``03``, contact name, telephone, facsimile, e-mail), training.gov.au
  OrganisationService ``GetDetails`` SOAP answers (the National Register of VET's web service:
  the RTO code and two ``Contact`` entries, public and registration enquiries, each with the
  organisation's name, phone and postal ``Address``), Arlo REST Auth API ``Organisation``
  resources (``GET /api/2012-02-01/auth/resources/organisations/{id}/`` of Arlo's training
  management platform, XML: the name, legal name, RTO code as ``CodePrimary``,
  ``PhonePrimary``, status, times and the ``self`` link) and Cin7 Core (DEAR Inventory) API
  customer answers (``GET /ExternalApi/v2/customer?Name=...``, JSON: ``Total``, ``Page`` and
  one ``CustomerList`` entry with AUD terms, an ABN as ``TaxNumber``, a ``Business`` address and
  a default contact with the phone).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten digits, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_497.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_au_qld_rto.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_497.jsonl.gz"
SPLIT = "held_out_497"

LAYOUTS = ("avetmiss_nat00010", "tga_organisation_soap", "arlo_organisation", "cin7_customer")
PHONE, NAME = "Phone Contact", "Registered Training Organisation"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
AEST = dt.timezone(dt.timedelta(hours=10))
# AVETMISS 8.0 NAT00010: (field, width), 448 characters in all, then CR LF
NAT00010 = (
    ("toid", 10), ("name", 100), ("type", 2), ("line1", 50), ("line2", 50), ("suburb", 50),
    ("postcode", 4), ("state", 2), ("contact", 60), ("phone", 20), ("fax", 20), ("email", 80),
)  # fmt: skip
# contact names of the files and the registers' enquiry contacts (roles, no person)
ROLES = ("RTO Manager", "Compliance Officer", "Training Coordinator", "Data Officer")
TERMS = ("7 days", "14 days", "30 days", "20th of following month")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or it is ``NULL``)."""
    value = (row["fields"].get(key) or "").strip()
    return "" if value == "NULL" else value


def phone(row: dict[str, Any]) -> str:
    """The organisation's phone as published."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, NAME)


def suburb(row: dict[str, Any]) -> str:
    return _f(row, "Suburb")


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "Post Code")


def lines(row: dict[str, Any]) -> tuple[str, str]:
    """The address's two lines as published (the second "" where it is ``NULL``)."""
    return _f(row, "Address 1"), _f(row, "Address 2")


def type_id(row: dict[str, Any]) -> str:
    """The AVETMISS training organisation type identifier, by a rule on the name: ``21`` a
    government school, ``27`` another school, ``31`` a TAFE institute, ``53`` a privately
    operated RTO (the rest)."""
    words = name(row).lower()
    if "tafe" in words.split():
        return "31"
    if "state" in words and ("school" in words or "college" in words):
        return "21"
    if any(w in words for w in ("grammar", "catholic", "christian")) or words.startswith("st "):
        return "27"
    return "53"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Brisbane time)."""
    day = dt.datetime(2024, 1, 15, tzinfo=AEST) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _uuid(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def rto_code(rng: random.Random) -> str:
    """An invented RTO code of the National Register (four or five digits)."""
    return str(rng.choice((rng.randint(1000, 9999), rng.randint(30000, 41999))))


def abn(rng: random.Random) -> str:
    """An invented ABN, ``NN NNN NNN NNN``: its first two digits check digits (the ATO's
    weights 10, 1, 3, ... 19 on the digits with 1 taken from the first, modulus 89)."""
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    while True:
        digits = [rng.randint(1, 9), rng.randint(0, 9)] + [rng.randint(0, 9) for _ in range(9)]
        check = [digits[0] - 1, *digits[1:]]
        if sum(d * w for d, w in zip(check, weights, strict=True)) % 89 == 0:
            s = "".join(map(str, digits))
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def _x(value: str) -> str:
    return escape(value)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def avetmiss_nat00010(row: dict[str, Any], rng: random.Random) -> str:
    """An AVETMISS 8.0 ``NAT00010`` training organisation file (NCVER's VET Provider
    Collection): one fixed-width line of 448 characters, each field left-aligned and padded with
    spaces (an invented RTO code as the TOID, the name, the type identifier by ``type_id``, the
    address lines, suburb and postcode, state ``03`` (Queensland), a role as the contact name,
    the phone as the telephone number, no facsimile and no e-mail), then CR LF."""
    line1, line2 = lines(row)
    values = {
        "toid": rto_code(rng),
        "name": name(row),
        "type": type_id(row),
        "line1": line1,
        "line2": line2,
        "suburb": suburb(row).upper(),
        "postcode": postcode(row),
        "state": "03",
        "contact": rng.choice(ROLES),
        "phone": phone(row),
        "fax": "",
        "email": "",
    }
    out = "".join(values[key][:width].ljust(width) for key, width in NAT00010)
    assert len(out) == 448
    return out + "\r\n"


def tga_organisation_soap(row: dict[str, Any], rng: random.Random) -> str:
    """A training.gov.au OrganisationService ``GetDetails`` SOAP answer: the organisation's
    (invented) RTO code and two ``Contact`` entries (``TypeCode`` public and registration
    enquiries), each with ``OrganisationName``, a role as ``JobTitle``, the phone and the
    ``PostalAddress`` (``CountryCode``, ``Line1``, ``Line2``, ``Postcode``, ``StateCode``,
    ``Suburb``), in the schema's element order."""
    line1, line2 = lines(row)
    address = [
        "<PostalAddress>",
        "  <CountryCode>1101</CountryCode>",
        f"  <Line1>{_x(line1)}</Line1>",
        f"  <Line2>{_x(line2)}</Line2>" if line2 else '  <Line2 i:nil="true"/>',
        f"  <Postcode>{postcode(row)}</Postcode>",
        "  <StateCode>03</StateCode>",
        '  <StateOverseas i:nil="true"/>',
        f"  <Suburb>{_x(suburb(row).upper())}</Suburb>",
        "</PostalAddress>",
    ]
    contacts = []
    for type_code, role in (("PublicEnquiries", rng.choice(ROLES)), ("RegistrationEnquiries", "")):
        contacts += [
            "<Contact>",
            '  <Email i:nil="true"/>',
            '  <Fax i:nil="true"/>',
            '  <FirstName i:nil="true"/>',
            '  <GroupName i:nil="true"/>',
            f"  <JobTitle>{role}</JobTitle>" if role else '  <JobTitle i:nil="true"/>',
            '  <LastName i:nil="true"/>',
            '  <Mobile i:nil="true"/>',
            f"  <OrganisationName>{_x(name(row))}</OrganisationName>",
            f"  <Phone>{phone(row)}</Phone>",
            *(f"  {a}" for a in address),
            '  <RoleCode i:nil="true"/>',
            '  <Title i:nil="true"/>',
            f"  <TypeCode>{type_code}</TypeCode>",
            "</Contact>",
        ]
    body = [
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">',
        "  <s:Body>",
        '    <GetDetailsResponse xmlns="http://training.gov.au/services/">',
        '      <GetDetailsResult xmlns:i="http://www.w3.org/2001/XMLSchema-instance">',
        f"        <Code>{rto_code(rng)}</Code>",
        "        <Contacts>",
        *(f"          {c}" for c in contacts),
        "        </Contacts>",
        "      </GetDetailsResult>",
        "    </GetDetailsResponse>",
        "  </s:Body>",
        "</s:Envelope>",
        "",
    ]
    return "\n".join(body)


def arlo_organisation(row: dict[str, Any], rng: random.Random) -> str:
    """An Arlo REST Auth API ``Organisation`` resource (``GET /api/2012-02-01/auth/resources/
    organisations/{OrganisationID}/``, XML): an invented id and UUID, the name (its legal name
    the same), the RTO code as ``CodePrimary`` and the postcode-suburb as ``CodeSecondary``,
    the phone as ``PhonePrimary``, ``Active``, invented creation and modification times and the
    ``self`` link on an invented tenant."""
    oid = rng.randint(200, 48000)
    created = _when(rng)
    modified = created + dt.timedelta(days=rng.randint(1, 400), minutes=rng.randint(1, 900))
    tenant = rng.choice(("qldtraining", "skillsnorth", "rtoconnect", "learnqld"))
    stamp = "%Y-%m-%dT%H:%M:%S"
    utc = dt.UTC
    body = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<Organisation>",
        f"  <OrganisationID>{oid}</OrganisationID>",
        f"  <UniqueIdentifier>{_uuid(rng)}</UniqueIdentifier>",
        f"  <Name>{_x(name(row))}</Name>",
        f"  <LegalName>{_x(name(row))}</LegalName>",
        f"  <CodePrimary>RTO{rto_code(rng)}</CodePrimary>",
        f"  <CodeSecondary>{postcode(row)}-{_x(suburb(row).upper())}</CodeSecondary>",
        f"  <PhonePrimary>{phone(row)}</PhonePrimary>",
        "  <Status>Active</Status>",
        f"  <CreatedDateTime>{created.astimezone(utc).strftime(stamp)}.{rng.randint(100, 999)}Z"
        "</CreatedDateTime>",
        f"  <LastModifiedDateTime>{modified.astimezone(utc).strftime(stamp)}."
        f"{rng.randint(100, 999)}Z</LastModifiedDateTime>",
        f'  <Link rel="self" type="application/xml" href="https://{tenant}.arlo.co/api/'
        f'2012-02-01/auth/resources/organisations/{oid}/"/>',
        "</Organisation>",
        "",
    ]
    return "\n".join(body)


def cin7_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Cin7 Core (DEAR Inventory) API answer to ``GET /ExternalApi/v2/customer?Name=...``:
    ``Total`` 1, ``Page`` 1 and one ``CustomerList`` entry (an invented ID, the name,
    ``Active``, AUD, a payment term, account codes, ``GST on Income``, an invented ABN as
    ``TaxNumber``, a credit limit, tags, the modification time, one ``Business`` address with
    the lines, suburb as ``City``, ``QLD`` and postcode, one default contact with a role as its
    name and the phone)."""
    line1, line2 = lines(row)
    modified = _when(rng)
    customer = {
        "ID": _uuid(rng),
        "Name": name(row),
        "Status": "Active",
        "Currency": "AUD",
        "PaymentTerm": rng.choice(TERMS),
        "AccountReceivable": "1200",
        "RevenueAccount": rng.choice(("4000", "4010", "4100")),
        "TaxRule": "GST on Income",
        "PriceTier": rng.choice(("Tier 1", "Education", "Wholesale")),
        "Carrier": rng.choice(("Australia Post", "StarTrack", "Couriers Please", "")),
        "SalesRepresentative": "",
        "Location": "Main Warehouse",
        "Discount": rng.choice((0, 5, 10)),
        "Comments": f"Registered training organisation, RTO code {rto_code(rng)}",
        "TaxNumber": abn(rng),
        "CreditLimit": rng.choice((2000, 5000, 10000, 15000)),
        "Tags": "RTO,Queensland",
        "AttributeSet": "",
        "LastModifiedOn": modified.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "Addresses": [
            {
                "ID": _uuid(rng),
                "Line1": line1,
                "Line2": line2,
                "City": suburb(row),
                "State": "QLD",
                "Postcode": postcode(row),
                "Country": "Australia",
                "Type": "Business",
                "DefaultForType": True,
            }
        ],
        "Contacts": [
            {
                "ID": _uuid(rng),
                "Name": rng.choice(ROLES),
                "Phone": phone(row),
                "Fax": "",
                "Email": "",
                "Website": "",
                "Comment": "",
                "Default": True,
                "IncludeInEmail": False,
            }
        ],
    }
    return _json({"Total": 1, "Page": 1, "CustomerList": [customer]})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "avetmiss_nat00010": avetmiss_nat00010,
    "tga_organisation_soap": tga_organisation_soap,
    "arlo_organisation": arlo_organisation,
    "cin7_customer": cin7_customer,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone labelled."""
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
