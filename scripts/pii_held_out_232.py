"""held_out_232 of the PII evaluation set: real phone fields of a register no earlier part used
(the Institute of Museum and Library Services' Museum Universe Data File, the museums of the
United States; the country's earlier parts took other registers) exactly as published, in
layouts no earlier part has, beside the register's own ids, names, addresses and codes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of the US (CMS's hospitals, New York City's and Texas's
schools, HIFLD's colleges, Cambridge's facilities, New York State's health facilities, the
federal FOIA offices) and many other countries; here:

* the values are the ``PHONE`` fields of 500 museums and related organizations
  (``scripts/data/pii_us_imls_museums.json``, written by ``scripts/us_imls_museums_data.py``;
  source and licence in that file): North American numbers as IMLS writes them, ten digits
  with no ``+1`` and no separator (``2059343328``; one of nine digits, a slip kept as
  published), each copy labelled;
* the text around them is the same row's real fields: the IMLS museum id (``MID``, ten digits,
  ``8400100014``), the name and alternate name, street, city, state, ZIP code and ZIP+4, web
  address, discipline, coordinates and FIPS codes, with invented record ids, URIs, lookup ids,
  loan and reference numbers, package weights and sizes and dates, unlabelled and scored;
* in layouts no earlier part has, the record systems of American museums and archives, text in
  English: ArchivesSpace ``agent_corporate_entity`` JSON records (JSONModel: the museum's
  authorized name, its MUDF id as a record identifier, an ``agent_contact`` with the address
  and a ``telephone`` of type ``business``, its note repeating the number), CollectionSpace
  import XML (an ``Organizations`` authority item with the museum's term, group and history
  note naming the number, and a ``Contacts`` item with ``addressGroup``,
  ``telephoneNumberGroup`` and ``webAddressGroup``), Blackbaud SKY API Raiser's Edge NXT
  constituent JSON (an ``Organization`` constituent with its preferred business address, its
  primary business ``phone`` and web site) and USPS Web Tools eVS label requests (XML: the
  museum as sender, ``FromFirm`` to ``FromPhone``, returning an invented loan to one of three
  invented lenders, with invented weights, sizes, reference numbers and mailing date).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_232.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_imls_museums.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_232.jsonl.gz"
SPLIT = "held_out_232"

LAYOUTS = ("archivesspace_agent", "collectionspace_import", "blackbaud_constituent", "usps_evs")
PHONE = "PHONE"
# copies of the phone field each layout writes
COPIES = {
    "archivesspace_agent": 2,
    "collectionspace_import": 2,
    "blackbaud_constituent": 1,
    "usps_evs": 1,
}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the MUDF's discipline codes, as its documentation names them
DISCIPLINES = {
    "ART": "Art Museums",
    "BOT": "Arboretums, Botanical Gardens, and Nature Centers",
    "CMU": "Children's Museums",
    "GMU": "Uncategorized or General Museums",
    "HSC": "Historical Societies, Historic Preservation",
    "HST": "History Museums",
    "NAT": "Natural History and Natural Science Museums",
    "SCI": "Science and Technology Museums and Planetariums",
    "ZAW": "Zoos, Aquariums, and Wildlife Conservation",
}
# invented lenders a loan goes back to (no real institution is meant)
LENDERS = (
    ("Registrar", "Harlow Regional Art Trust", "1450 Commerce Park Dr", "Dayton", "OH",
     "45404"),
    ("Collections Manager", "Meridian Heritage Collection", "77 Foundry Row", "Lowell", "MA",
     "01852"),
    ("Loans Office", "Pinecrest Natural History Study Center", "3200 Alder Ln", "Eugene",
     "OR", "97401"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 13, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _zip(row: dict[str, Any]) -> str:
    """The ZIP code, with its ZIP+4 where the row has one (``35205-1234``)."""
    return f"{_f(row, 'ZIP5')}-{_f(row, 'ZIP4')}" if _f(row, "ZIP4") else _f(row, "ZIP5")


def _discipline(row: dict[str, Any]) -> str:
    return DISCIPLINES.get(_f(row, "DISCIPL"), _f(row, "DISCIPL"))


def _about(row: dict[str, Any]) -> str:
    """A sentence on the museum from the register's fields."""
    text = f"Listed in the IMLS Museum Universe Data File (MID {_f(row, 'MID')}) under "
    text += f"{_discipline(row)}"
    if _f(row, "ALTNAME") and _f(row, "ALTNAME") != _f(row, "NAME"):
        text += f"; also known as {_f(row, 'ALTNAME')}"
    if _f(row, "EIN"):
        text += f"; EIN {_f(row, 'EIN')}"
    return text + "."


def archivesspace_agent(row: dict[str, Any], rng: random.Random) -> str:
    """An ArchivesSpace ``agent_corporate_entity`` record as its API returns it (JSONModel):
    the museum's authorized name, its MUDF id as the primary ``agent_record_identifier``, an
    ``agent_contact`` with the address, a ``telephone`` of ``number_type`` ``business`` and a
    note repeating the number, a ``note_bioghist`` from the register's fields, and invented
    URI, lock version, users and times."""
    name, tel = _f(row, "NAME"), phone(row)
    when = _when(rng)
    created = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    modified = when + dt.timedelta(days=rng.randint(0, 40), seconds=rng.randint(0, 86400))
    agent = rng.randint(1200, 9800)
    contact = {
        "lock_version": 0,
        "name": name,
        "address_1": _f(row, "ADDRESS"),
        "city": _f(row, "CITY"),
        "region": _f(row, "STATE"),
        "country": "United States",
        "post_code": _zip(row),
        "created_by": "admin",
        "last_modified_by": "admin",
        "create_time": created,
        "system_mtime": created,
        "user_mtime": created,
        "is_representative": True,
        "jsonmodel_type": "agent_contact",
        "telephones": [
            {
                "lock_version": 0,
                "number": tel,
                "number_type": "business",
                "jsonmodel_type": "telephone",
                "uri": f"/telephone/{rng.randint(300, 9000)}",
            }
        ],
        "notes": [
            {
                "jsonmodel_type": "note_contact_note",
                "date_of_contact": when.strftime("%Y-%m-%d"),
                "contact_notes": f"Main line {tel} (from the MUDF listing); confirm the "
                "registrar's hours before sending loan paperwork.",
            }
        ],
    }
    record = {
        "lock_version": rng.randint(0, 6),
        "publish": True,
        "created_by": "admin",
        "last_modified_by": rng.choice(("admin", "cataloger", "archivist")),
        "create_time": created,
        "system_mtime": modified.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "user_mtime": modified.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "is_slug_auto": True,
        "jsonmodel_type": "agent_corporate_entity",
        "agent_contacts": [contact],
        "agent_record_identifiers": [
            {
                "primary_identifier": True,
                "record_identifier": _f(row, "MID"),
                "source": "local",
                "identifier_type": "local",
                "jsonmodel_type": "agent_record_identifier",
            }
        ],
        "names": [
            {
                "lock_version": 0,
                "primary_name": name,
                "sort_name": name,
                "sort_name_auto_generate": True,
                "authorized": True,
                "is_display_name": True,
                "source": "local",
                "rules": "dacs",
                "jsonmodel_type": "name_corporate_entity",
            }
        ],
        "notes": [
            {
                "jsonmodel_type": "note_bioghist",
                "persistent_id": f"{rng.getrandbits(128):032x}",
                "publish": True,
                "subnotes": [
                    {"jsonmodel_type": "note_text", "content": _about(row), "publish": True}
                ],
            }
        ],
        "uri": f"/agents/corporate_entities/{agent}",
        "agent_type": "agent_corporate_entity",
        "is_linked_to_published_record": rng.random() < 0.5,
        "title": name,
    }
    if _f(row, "WEBURL"):
        record["external_documents"] = [
            {"title": "Website", "location": _f(row, "WEBURL"), "publish": True,
             "jsonmodel_type": "external_document"}
        ]  # fmt: skip
    return _j(record) + "\n"


def collectionspace_import(row: dict[str, Any], rng: random.Random) -> str:
    """A CollectionSpace import payload (``imports`` of two ``import``s): the museum as an
    ``Organizations`` authority item (``organizations_common``: a short identifier, the
    ``orgTermGroup`` with its display and formal names, the discipline as group, a history
    note naming the number and the register's fields) and its ``Contacts`` item
    (``contacts_common``: ``addressGroup``, ``telephoneNumberGroup`` of type ``business``,
    ``webAddressGroup``), under an invented authority CSID and times."""
    name, tel = _f(row, "NAME"), phone(row)
    when = _when(rng)
    authority, item = _uuid(rng), _uuid(rng)
    short = "".join(c for c in name.title() if c.isalnum())[:40] + str(rng.randint(1000, 9999))
    history = f"{_about(row)} Switchboard {tel}; coordinates {_f(row, 'LATITUDE')}, "
    history += f"{_f(row, 'LONGITUDE')} (county FIPS {_f(row, 'FIPSST')}{_f(row, 'FIPSCO')})."
    terms = [
        "        <orgTermGroup>",
        f"          <termDisplayName>{_x(name)}</termDisplayName>",
        f"          <termName>{_x(name)}</termName>",
        "          <termType>descriptor</termType>",
        "          <termStatus>accepted</termStatus>",
        "          <termLanguage>urn:cspace:core.collectionspace.org:vocabularies:name"
        "(languages):item:name(eng)'English'</termLanguage>",
        "        </orgTermGroup>",
    ]
    alt = _f(row, "ALTNAME")
    if alt and alt != name:
        terms += [
            "        <orgTermGroup>",
            f"          <termDisplayName>{_x(alt)}</termDisplayName>",
            "          <termType>alternate descriptor</termType>",
            "        </orgTermGroup>",
        ]
    web = []
    if _f(row, "WEBURL"):
        web = [
            "        <webAddressGroupList>",
            "          <webAddressGroup>",
            f"            <webAddress>{_x(_f(row, 'WEBURL'))}</webAddress>",
            "            <webAddressType>business</webAddressType>",
            "          </webAddressGroup>",
            "        </webAddressGroupList>",
        ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<imports>",
        f'  <import seq="1" service="Organizations" type="Organization" CSID={quoteattr(item)}>',
        '    <schema xmlns:organizations_common="http://collectionspace.org/services/'
        'organization" name="organizations_common">',
        f"      <inAuthority>{authority}</inAuthority>",
        f"      <shortIdentifier>{short}</shortIdentifier>",
        "      <orgTermGroupList>",
        *terms,
        "      </orgTermGroupList>",
        "      <groups>",
        f"        <group>{_x(_discipline(row))}</group>",
        "      </groups>",
        "      <historyNotes>",
        f"        <historyNote>{_x(history)}</historyNote>",
        "      </historyNotes>",
        "    </schema>",
        '    <schema xmlns:collectionspace_core="http://collectionspace.org/collectionspace_'
        'core/" name="collectionspace_core">',
        f"      <createdAt>{when:%Y-%m-%dT%H:%M:%S.000Z}</createdAt>",
        "      <createdBy>admin@core.collectionspace.org</createdBy>",
        "    </schema>",
        "  </import>",
        '  <import seq="2" service="Contacts" type="Contact">',
        '    <schema xmlns:contacts_common="http://collectionspace.org/services/contact" '
        'name="contacts_common">',
        f"      <inAuthority>{authority}</inAuthority>",
        f"      <initem>{item}</initem>",
        "      <addressGroupList>",
        "        <addressGroup>",
        f"          <addressPlace1>{_x(_f(row, 'ADDRESS'))}</addressPlace1>",
        f"          <addressMunicipality>{_x(_f(row, 'CITY'))}</addressMunicipality>",
        f"          <addressStateOrProvince>{_f(row, 'STATE')}</addressStateOrProvince>",
        f"          <addressPostCode>{_zip(row)}</addressPostCode>",
        "          <addressCountry>US</addressCountry>",
        "          <addressType>business</addressType>",
        "        </addressGroup>",
        "      </addressGroupList>",
        "      <telephoneNumberGroupList>",
        "        <telephoneNumberGroup>",
        f"          <telephoneNumber>{tel}</telephoneNumber>",
        "          <telephoneNumberType>business</telephoneNumberType>",
        "        </telephoneNumberGroup>",
        "      </telephoneNumberGroupList>",
        *web,
        "    </schema>",
        "  </import>",
        "</imports>",
        "",
    ]
    return "\n".join(lines)


def blackbaud_constituent(row: dict[str, Any], rng: random.Random) -> str:
    """A Blackbaud SKY API response of ``GET /constituent/v1/constituents/{id}`` (Raiser's
    Edge NXT): an ``Organization`` constituent with an invented id and lookup id, its name,
    the preferred ``Business`` address (``address_lines``, city, state, ZIP code and the
    formatted address), the primary ``Business`` phone, the web site as online
    presence where the row has one, and invented times."""
    name, tel = _f(row, "NAME"), phone(row)
    when = _when(rng)
    cid = str(rng.randint(180, 98000))
    formatted = f"{_f(row, 'ADDRESS')}\r\n{_f(row, 'CITY')}, {_f(row, 'STATE')}  {_zip(row)}"
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 9999999):07d}-05:00"
    record: dict[str, Any] = {
        "id": cid,
        "address": {
            "id": str(rng.randint(1000, 240000)),
            "address_lines": _f(row, "ADDRESS"),
            "city": _f(row, "CITY"),
            "constituent_id": cid,
            "country": "United States",
            "do_not_mail": False,
            "formatted_address": formatted,
            "inactive": False,
            "postal_code": _zip(row),
            "preferred": True,
            "state": _f(row, "STATE"),
            "type": "Business",
        },
        "date_added": stamp,
        "date_modified": stamp,
        "fundraiser_status": "None",
        "gives_anonymously": False,
        "inactive": False,
        "lookup_id": str(rng.randint(10000, 99999)),
        "name": name,
        "phone": {
            "id": str(rng.randint(1000, 240000)),
            "do_not_call": False,
            "inactive": False,
            "number": tel,
            "primary": True,
            "type": "Business",
        },
        "type": "Organization",
    }
    if _f(row, "WEBURL"):
        record["online_presence"] = {
            "id": str(rng.randint(1000, 240000)),
            "address": _f(row, "WEBURL"),
            "inactive": False,
            "primary": True,
            "type": "Website",
        }
    return _j(record) + "\n"


def usps_evs(row: dict[str, Any], rng: random.Random) -> str:
    """A USPS Web Tools eVS label request (``eVSRequest`` of API ``eVS``): the museum as sender
    (``FromName`` its registrar's desk, ``FromFirm``, address, ``FromZip5``/``FromZip4``,
    ``FromPhone``), an invented lender as recipient with no phone, Priority Mail of an
    invented crate's weight and size, an invented loan number as ``CustomerRefNo``, the MUDF id
    as ``CustomerRefNo2``, an invented mailing date."""
    name, tel = _f(row, "NAME"), phone(row)
    when = _when(rng)
    who, firm, street, city, state, zip5 = rng.choice(LENDERS)
    ounces = rng.randint(48, 1100)
    loan = f"L{when:%Y}.{rng.randint(1, 60)}.{rng.randint(1, 12)}"
    lines = [
        f'<eVSRequest USERID="{rng.randint(100, 999)}MUSEU{rng.randint(1000, 9999)}">',
        "  <Option/>",
        "  <Revision>1</Revision>",
        "  <ImageParameters>",
        "    <ImageParameter>4X6LABEL</ImageParameter>",
        "  </ImageParameters>",
        "  <FromName>Registrar</FromName>",
        f"  <FromFirm>{_x(name)}</FromFirm>",
        f"  <FromAddress1>{_x(_f(row, 'ADDRESS'))}</FromAddress1>",
        "  <FromAddress2/>",
        f"  <FromCity>{_x(_f(row, 'CITY'))}</FromCity>",
        f"  <FromState>{_f(row, 'STATE')}</FromState>",
        f"  <FromZip5>{_f(row, 'ZIP5')}</FromZip5>",
        f"  <FromZip4>{_f(row, 'ZIP4')}</FromZip4>" if _f(row, "ZIP4") else "  <FromZip4/>",
        f"  <FromPhone>{tel}</FromPhone>",
        "  <AllowNonCleansedOriginAddr>false</AllowNonCleansedOriginAddr>",
        f"  <ToName>{who}</ToName>",
        f"  <ToFirm>{firm}</ToFirm>",
        f"  <ToAddress1>{street}</ToAddress1>",
        "  <ToAddress2/>",
        f"  <ToCity>{city}</ToCity>",
        f"  <ToState>{state}</ToState>",
        f"  <ToZip5>{zip5}</ToZip5>",
        "  <ToZip4/>",
        "  <ToPhone/>",
        "  <AllowNonCleansedDestAddr>false</AllowNonCleansedDestAddr>",
        f"  <WeightInOunces>{ounces}</WeightInOunces>",
        "  <ServiceType>PRIORITY</ServiceType>",
        "  <Container>VARIABLE</Container>",
        f"  <Width>{rng.randint(10, 30)}</Width>",
        f"  <Length>{rng.randint(12, 36)}</Length>",
        f"  <Height>{rng.randint(4, 24)}</Height>",
        f"  <CustomerRefNo>{loan}</CustomerRefNo>",
        f"  <CustomerRefNo2>MUDF {_f(row, 'MID')}</CustomerRefNo2>",
        "  <ExtraServices>",
        "    <ExtraService>100</ExtraService>",
        "  </ExtraServices>",
        f"  <ShipDate>{when:%m/%d/%Y}</ShipDate>",
        "  <ReceiptOption>SAME PAGE</ReceiptOption>",
        "  <ImageType>PDF</ImageType>",
        "  <HoldForManifest>N</HoldForManifest>",
        "</eVSRequest>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "archivesspace_agent": archivesspace_agent,
    "collectionspace_import": collectionspace_import,
    "blackbaud_constituent": blackbaud_constituent,
    "usps_evs": usps_evs,
}


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the register's do)."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field
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
