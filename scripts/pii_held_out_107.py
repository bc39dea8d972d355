"""held_out_107 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (New Caledonia) exactly as published, in layouts no earlier part has, beside
the row's own RIDET number, address and position.

The procedure of ``held_out_46``, on another register and other layouts; here:

* the values are the phone fields of two directories of OPT-NC, New Caledonia's post and
  telecommunications office: the territory's customs brokers and freight forwarders and the
  resellers of its Mobilis mobile service (``scripts/data/pii_nc_opt_contacts.json``, written
  by ``scripts/nc_opt_contacts_data.py``; sources and licences in that file): six-digit
  Caledonian numbers with dots, as each entry gave them (``27.25.92``), each copy labelled;
  no e-mail address is kept (the forwarders' list gives named employees' mailboxes);
* the text around them is the same row's real fields: the firm's RIDET number (``0036590``,
  ten digits for a shop: ``0740001001``), its address, district, commune code (``98818``) and
  position (``POINT(165.49879 -21.56877)``), website and id, with invented interchange control
  numbers, document numbers, SSCCs, weights, dates and times, unlabelled and scored;
* in layouts no earlier part has, from electronic data interchange and logistics, notes in
  French: UN/EDIFACT IFTMIN transport instructions (the party's ``NAD``, its ``COM+…:TE``
  segment and an ``FTX`` note repeating the number), ANSI X12 204 motor carrier load tenders
  (``N1`` party, ``G61*IC*…*TE*`` contact, an ``NTE`` note), OASIS UBL 2.1 despatch advices
  (``cac:Contact/cbc:Telephone`` and a ``cbc:Note``) and cXML 1.2 ship notices (a ``Phone``'s
  ``TelephoneNumber/Number`` and the ``Comments``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_107.py   # rewrites the committed file
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_nc_opt_contacts.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_107.jsonl.gz"
SPLIT = "held_out_107"

LAYOUTS = ("edifact_iftmin", "x12_204", "ubl_despatch_advice", "cxml_ship_notice")
PHONE = "phone"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _role(row: dict[str, Any], role: str) -> str:
    """The field that plays ``role`` in the row's directory, as published, stripped ("" where
    the directory has no such field or the entry leaves it empty)."""
    column = data()["sources"][row["register"]]["roles"].get(role)
    if column is None or isinstance(column, list):
        column = column[0] if column else None
    return ((row["fields"].get(column) if column else None) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _role(row, "phone")


def position(row: dict[str, Any]) -> tuple[str, str] | None:
    """The shop's longitude and latitude as the ``POINT(lon lat)`` field writes them."""
    m = re.fullmatch(r"POINT\((\S+) (\S+)\)", _role(row, "position"))
    return (m.group(1), m.group(2)) if m else None


def forwarder(row: dict[str, Any]) -> bool:
    """Is the row a customs broker or forwarder (else a Mobilis reseller)?"""
    return row["register"] == "NC_TRANSIT"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _party_id(row: dict[str, Any]) -> str:
    """The party's id in an interchange: its RIDET number, else the directory's key."""
    return _role(row, "id") or _role(row, "key")


def _stamp(rng: random.Random) -> tuple[str, str]:
    """An invented date (``20240517``) and time (``0935``)."""
    day = f"2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return day, f"{rng.randint(6, 17):02d}{rng.choice((0, 5, 15, 20, 35, 50)):02d}"


def _sscc(rng: random.Random) -> str:
    """An invented SSCC: extension digit, company prefix, serial, check digit."""
    body = "3" + "".join(str(rng.randint(0, 9)) for _ in range(16))
    odd = sum(int(c) for c in body[::2]) * 3 + sum(int(c) for c in body[1::2])
    return body + str(-odd % 10)


def _edi(value: str) -> str:
    """An EDIFACT data element: the release character before ``? + : '``."""
    return re.sub(r"([?+:'])", r"?\1", value)


def edifact_iftmin(row: dict[str, Any], rng: random.Random) -> str:
    """OPT-NC's parcel service instructing the party as a UN/EDIFACT D.96A IFTMIN message,
    one segment a line: the service string advice, the interchange header with an invented
    control reference, the message header, ``BGM`` with an invented instruction number,
    ``DTM``, the party's ``NAD`` (freight forwarder or consignee, its RIDET in ``RFF``), its
    contact (``CTA``) and ``COM+<phone>:TE``, an ``FTX`` note repeating the number, the shop's
    address and position, an SSCC, a gross weight, and the trailers."""
    day, hour = _stamp(rng)
    ref = str(rng.randint(100000, 999999))
    role = "FW" if forwarder(row) else "CN"
    segments = [
        f"UNB+UNOC:3+OPTNC:ZZZ+{_edi(_party_id(row))}:ZZZ+{day[2:]}:{hour}+{ref}",
        "UNH+1+IFTMIN:D:96A:UN",
        f"BGM+610+OPT{rng.randint(10000000, 99999999)}+9",
        f"DTM+137:{day}{hour}:203",
        f"NAD+{role}+++{_edi(_role(row, 'name'))}"
        + (f"+{_edi(_role(row, 'address'))}++++NC" if not forwarder(row) else ""),
    ]
    if not forwarder(row):
        segments.append(f"LOC+7+{_role(row, 'commune')}::ZZZ")
    if _role(row, "id"):
        segments.append(f"RFF+GN:{_role(row, 'id')}")
    segments += [
        "CTA+IC+:" + ("Service dédouanement" if forwarder(row) else "Boutique Mobilis"),
        f"COM+{_edi(phone(row))}:TE",
        "FTX+AAI+++" + _edi(f"Appeler le {phone(row)} avant livraison (heures ouvrables)"),
    ]
    if position(row):
        segments.append(f"FTX+DEL+++{_edi(_role(row, 'position'))}")
    segments += [
        f"GID+1+{rng.randint(1, 6)}:CT",
        f"MEA+AAE+G+KGM:{rng.randint(1, 40)}.{rng.randint(0, 9)}",
        f"GIN+BJ+{_sscc(rng)}",
    ]
    segments += [f"UNT+{len(segments)}+1", f"UNZ+1+{ref}"]
    return "UNA:+.? '\n" + "".join(s + "'\n" for s in segments)


def _x12(value: str) -> str:
    """An X12 data element as published: no separator (``*``, ``~``, ``>``) may stand in it."""
    assert not re.search(r"[*~>]", value), value
    return value


def x12_204(row: dict[str, Any], rng: random.Random) -> str:
    """The tender of a parcel pick-up as an ANSI X12 004010 204 (motor carrier load tender),
    one segment a line: the fixed-width ``ISA`` envelope with an invented control number,
    ``GS``, ``B2`` with an invented shipment id, ``L11`` with the RIDET number, the party's
    ``N1`` (ship-from for a forwarder, ship-to for a shop) with its address (``N3``, ``N4``),
    ``G61*IC*…*TE*<phone>``, an ``NTE`` note repeating the number, a stop with its weight and
    the trailers."""
    day, hour = _stamp(rng)
    ctrl = f"{rng.randint(1, 999999999):09d}"
    receiver = re.sub(r"[^A-Z0-9]", "", _party_id(row).upper())[:15]
    role = "SF" if forwarder(row) else "ST"
    body = [
        "ST*204*0001",
        f"B2**OPTN**{rng.randint(1000000, 9999999)}**PP",
        "B2A*00",
    ]
    if _role(row, "id"):
        body.append(f"L11*{_role(row, 'id')}*TJ")
    body.append(f"N1*{role}*{_x12(_role(row, 'name'))}*ZZ*{_x12(_role(row, 'key'))}")
    if not forwarder(row):
        body.append(f"N3*{_x12(_role(row, 'address'))}")
        body.append(f"N4****NC*ZZ*{_role(row, 'commune')}")
    body += [
        f"G61*IC*{'DEDOUANEMENT' if forwarder(row) else 'BOUTIQUE'}*TE*{phone(row)}",
        f"NTE*SPH*APPELER LE {phone(row)} AVANT ENLEVEMENT",
    ]
    if position(row):
        body.append(f"NTE*DEL*{_x12(_role(row, 'position'))}")
    body += [
        f"S5*1*{'LD' if forwarder(row) else 'UL'}*{rng.randint(1, 400)}*K",
        f"G62*69*{day}*U*{hour}",
    ]
    body.append(f"SE*{len(body) + 1}*0001")
    isa = (
        f"ISA*00*{'':10}*00*{'':10}*ZZ*{'OPTNC':<15}*ZZ*{receiver:<15}*{day[2:]}*{hour}"
        f"*U*00401*{ctrl}*0*P*>"
    )
    segments = [
        isa,
        f"GS*SM*OPTNC*{receiver}*{day}*{hour}*{int(ctrl)}*X*004010",
        *body,
        f"GE*1*{int(ctrl)}",
        f"IEA*1*{ctrl}",
    ]
    return "".join(s + "~\n" for s in segments)


def ubl_despatch_advice(row: dict[str, Any], rng: random.Random) -> str:
    """A despatch of OPT-NC's parcel service as an OASIS UBL 2.1 ``DespatchAdvice``: an
    invented id, issue date and time, a ``cbc:Note`` giving the phone, the party (freight
    forwarder of the consignment, or the delivery customer) with its RIDET as
    ``cac:PartyIdentification``, its name, address and position, ``cac:Contact`` with
    ``cbc:Telephone``, and one despatch line with an invented SSCC and weight."""
    day, hour = _stamp(rng)
    iso = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    party = [
        "      <cac:Party>",
    ]
    if _role(row, "id"):
        party.append(
            '        <cac:PartyIdentification><cbc:ID schemeName="RIDET">'
            f"{_role(row, 'id')}</cbc:ID></cac:PartyIdentification>"
        )
    party.append(f"        <cac:PartyName><cbc:Name>{escape(_role(row, 'name'))}</cbc:Name>"
                 "</cac:PartyName>")  # fmt: skip
    if not forwarder(row):
        lon_lat = position(row)
        party += [
            "        <cac:PostalAddress>",
            f'          <cbc:ID schemeName="INSEE">{_role(row, "commune")}</cbc:ID>',
            f"          <cbc:StreetName>{escape(_role(row, 'address'))}</cbc:StreetName>",
            "          <cac:Country><cbc:IdentificationCode>NC</cbc:IdentificationCode>"
            "</cac:Country>",
            "        </cac:PostalAddress>",
        ]
        if lon_lat:
            party.append(
                "        <cac:PhysicalLocation><cbc:Description>"
                f"{escape(_role(row, 'position'))}</cbc:Description></cac:PhysicalLocation>"
            )
    party += [
        "        <cac:Contact>",
        "          <cbc:Name>"
        + ("Service dédouanement" if forwarder(row) else "Boutique")
        + "</cbc:Name>",
        f"          <cbc:Telephone>{escape(phone(row))}</cbc:Telephone>",
        "        </cac:Contact>",
        "      </cac:Party>",
    ]
    if forwarder(row):
        party_block = [
            "  <cac:Shipment>",
            f"    <cbc:ID>EXP-{rng.randint(100000, 999999)}</cbc:ID>",
            "    <cac:Consignment>",
            f"      <cbc:ID>{rng.randint(10000000, 99999999)}</cbc:ID>",
            "      <cac:FreightForwarderParty>",
            *["  " + line for line in party],
            "      </cac:FreightForwarderParty>",
            "    </cac:Consignment>",
            "  </cac:Shipment>",
        ]
    else:
        party_block = [
            "  <cac:DeliveryCustomerParty>",
            *[line[2:] for line in party],
            "  </cac:DeliveryCustomerParty>",
        ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<DespatchAdvice xmlns="urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2"',
        '    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"',
        '    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
        "  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>",
        f"  <cbc:ID>BL{rng.randint(1000000, 9999999)}</cbc:ID>",
        f"  <cbc:IssueDate>{iso}</cbc:IssueDate>",
        f"  <cbc:IssueTime>{hour[:2]}:{hour[2:]}:00</cbc:IssueTime>",
        f"  <cbc:Note>Contact pour la remise : {escape(phone(row))}</cbc:Note>",
        "  <cac:DespatchSupplierParty><cac:Party><cac:PartyName>"
        "<cbc:Name>OPT-NC Colissimo</cbc:Name></cac:PartyName></cac:Party>"
        "</cac:DespatchSupplierParty>",
        *party_block,
        "  <cac:DespatchLine>",
        "    <cbc:ID>1</cbc:ID>",
        f'    <cbc:DeliveredQuantity unitCode="C62">{rng.randint(1, 12)}</cbc:DeliveredQuantity>',
        "    <cac:OrderLineReference><cbc:LineID>1</cbc:LineID></cac:OrderLineReference>",
        f"    <cac:Item><cbc:Name>Colis {_sscc(rng)}</cbc:Name></cac:Item>",
        "  </cac:DespatchLine>",
        "</DespatchAdvice>",
        "",
    ]
    return "\n".join(lines)


def cxml_ship_notice(row: dict[str, Any], rng: random.Random) -> str:
    """The notice of a parcel's dispatch as a cXML 1.2 ``ShipNoticeRequest``: an invented
    payload id and timestamp, sender and receiver credentials (the receiver's identity the
    row's id or RIDET), the ship-to (or forwarder) ``Contact`` with its name, the shop's
    address and a ``Phone`` whose ``TelephoneNumber`` gives the country code ``687`` and the
    field as ``Number``, ``Comments`` repeating the number, and an invented tracking number and
    weight."""
    day, hour = _stamp(rng)
    stamp = f"{day[:4]}-{day[4:6]}-{day[6:]}T{hour[:2]}:{hour[2:]}:00+11:00"
    payload = f"{rng.randint(10**9, 10**10 - 1)}.{rng.randint(1000, 9999)}@opt.nc"
    identity = _party_id(row)
    role = "shipFrom" if forwarder(row) else "shipTo"
    address = []
    if not forwarder(row):
        address = [
            "          <PostalAddress>",
            f"            <Street>{escape(_role(row, 'address'))}</Street>",
            "            <City></City>",
            '            <Country isoCountryCode="NC">Nouvelle-Calédonie</Country>',
            "          </PostalAddress>",
        ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.050/Fulfill.dtd">',
        f'<cXML payloadID="{payload}" timestamp="{stamp}" xml:lang="fr-NC">',
        "  <Header>",
        '    <From><Credential domain="NetworkID"><Identity>OPTNC</Identity></Credential></From>',
        f'    <To><Credential domain="RIDET"><Identity>{escape(identity)}</Identity>'
        "</Credential></To>",
        '    <Sender><Credential domain="NetworkID"><Identity>OPTNC</Identity></Credential>'
        "<UserAgent>OPT-NC Colis 2.4</UserAgent></Sender>",
        "  </Header>",
        "  <Request>",
        "    <ShipNoticeRequest>",
        f'      <ShipNoticeHeader shipmentID="CP{rng.randint(100000000, 999999999)}NC" '
        f'noticeDate="{stamp}" shipmentDate="{stamp}">',
        f'        <Contact role="{role}">',
        f'          <Name xml:lang="fr">{escape(_role(row, "name"))}</Name>',
        *address,
        '          <Phone name="work">',
        "            <TelephoneNumber>",
        '              <CountryCode isoCountryCode="NC">687</CountryCode>',
        "              <AreaOrCityCode></AreaOrCityCode>",
        f"              <Number>{escape(phone(row))}</Number>",
        "            </TelephoneNumber>",
        "          </Phone>",
        "        </Contact>",
        '        <Comments xml:lang="fr">'
        + escape(f"Prévenir le destinataire au {phone(row)} dès l'arrivée du colis.")
        + "</Comments>",
    ]
    if not forwarder(row):
        lines.append(f'        <Extrinsic name="codeInsee">{_role(row, "commune")}</Extrinsic>')
    if position(row):
        lines.append(f"        <Extrinsic name=\"position\">{escape(_role(row, 'position'))}"
                     "</Extrinsic>")  # fmt: skip
    if _role(row, "web"):
        lines.append(f'        <Extrinsic name="site">{escape(_role(row, "web"))}</Extrinsic>')
    lines += [
        "      </ShipNoticeHeader>",
        "      <ShipControl>",
        '        <CarrierIdentifier domain="companyName">OPT-NC</CarrierIdentifier>',
        f"        <ShipmentIdentifier>{_sscc(rng)}</ShipmentIdentifier>",
        "      </ShipControl>",
        "      <ShipNoticePortion>",
        f"        <OrderReference orderID={quoteattr(str(rng.randint(100000, 999999)))}>"
        '<DocumentReference payloadID=""/></OrderReference>',
        "      </ShipNoticePortion>",
        "    </ShipNoticeRequest>",
        "  </Request>",
        "</cXML>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "edifact_iftmin": edifact_iftmin,
    "x12_204": x12_204,
    "ubl_despatch_advice": ubl_despatch_advice,
    "cxml_ship_notice": cxml_ship_notice,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directories in its layout: each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
