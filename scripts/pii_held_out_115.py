"""held_out_115 of the PII evaluation set: real phone fields of a register no earlier part used
(the day-care centres of the city of Chemnitz, Germany; Germany's earlier parts took Berlin's
schools and other registers) exactly as published, in layouts no earlier part has, beside the
register's own ids, postcodes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE (Berlin), US, AU, IN, TW, SG, IE, CA, NZ,
BR and many others; here:

* the values are the ``TELEFON`` fields of 176 Kitas and Horte of Chemnitz run by the city, by
  associations and by churches (``scripts/data/pii_de_chemnitz_kitas.json``, written by
  ``scripts/de_chemnitz_kitas_data.py``; source and licence in that file; childminders, private
  persons, left out): German numbers as the layer writes them, area code, a space and the
  line (``0371 52455487``, ``0371 267585250``, ``03722 500756``, ``037209 2823``), two mobiles
  (``0176 16855052``) and one field with a second number after `` / ``, each copy labelled;
  the centre's mailbox where it is one of the city's domain (``kita-amheim@stadt-chemnitz.de``,
  89 rows), each copy labelled; the layer's ``FAX`` is empty in every row;
* the text around them is the same row's real fields: the centre's id and object id, street
  key (``STRSCHL``), postcode (``09119``), operator, web address and coordinates
  (``12.8843699240534``, ``50.806808524481298``), with invented node ids, GUIDs, BACnet
  instance numbers, KNX group addresses, set points and dates, unlabelled and scored;
* in layouts no earlier part has, building-automation engineering files with German names and
  descriptions: an OPC UA NodeSet2 XML information model of the centre's heating controller
  (``UAVariable`` ``Telefon`` with a ``uax:String`` value, the number again in the site
  object's ``Description``), an AutomationML (CAEX 3.0) plant file (the building as an
  ``InternalElement`` whose ``Attribute``s give the phone, e-mail and coordinates, the number
  again in a ``Description``), a BACnet EDE engineering data exchange file (``;``-separated,
  the number in the device object's description and as a CharacterString Value's default),
  and a KNX project file's ``0.xml`` (the building part's ``Description`` and a door-bell group
  address forwarding to the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_115.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_de_chemnitz_kitas.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_115.jsonl.gz"
SPLIT = "held_out_115"

LAYOUTS = ("opcua_nodeset2", "automationml_caex", "bacnet_ede", "knx_project_xml")
PHONE = "phone"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or it is null)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "TELEFON")


def email(row: dict[str, Any]) -> str:
    """The centre's e-mail address where the register keeps it ("" if not)."""
    return _f(row, "EMAIL")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and of its e-mail address
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _slug(row: dict[str, Any]) -> str:
    """The centre's street and number as an identifier: lower-case ASCII words joined by
    ``_``."""
    name = _f(row, "KURZBEZEICHNUNG").lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        name = name.replace(a, b)
    return "_".join(re.findall(r"[a-z0-9]+", name)[:4]) or "kita"


def _kind(row: dict[str, Any]) -> str:
    """Kita, Hort or both, by the register's flags."""
    kinds = [k for k, col in (("Kita", "KITA"), ("Hort", "HORT")) if _f(row, col) == "1"]
    return " und ".join(kinds) or "Kindertageseinrichtung"


def _address(row: dict[str, Any]) -> str:
    """Street, house number, postcode and town as the register gives them."""
    return f"{_f(row, 'STRASSE')} {_f(row, 'HAUSBEZ')}, {_f(row, 'PLZ')} {_f(row, 'ORT')}"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the 2024 commissioning (UTC)."""
    start = dt.datetime(2024, 2, 1, 7, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 200 * 86400))


def _a(value: str) -> str:
    """An XML attribute value, quoted."""
    return quoteattr(value)


def opcua_nodeset2(row: dict[str, Any], rng: random.Random) -> str:
    """An OPC UA NodeSet2 XML file of the centre's heating controller: the model's namespace
    URI, aliases, a ``Standort`` object whose ``Description`` names the centre and its phone,
    ``UAVariable``s for the name, address, operator, phone (``uax:String``), e-mail where there
    is one, the register's centre id and the coordinates (``uax:Double``), and invented heating
    set points; invented numeric node ids and publication date."""
    slug, tel = _slug(row), phone(row)
    base = rng.randint(50, 90) * 100
    when = _when(rng).strftime("%Y-%m-%dT%H:%M:%SZ")
    uri = f"urn:chemnitz:kita:{slug}:heizung"
    site = f"ns=1;i={base}"
    nodes = []

    def variable(i: int, name: str, kind: str, value: str, desc: str = "") -> None:
        value_xml = f"<uax:{kind}>{escape(value)}</uax:{kind}>"
        extra = f"\n    <Description>{escape(desc)}</Description>" if desc else ""
        nodes.append(
            f'  <UAVariable NodeId="ns=1;i={base + i}" BrowseName="1:{name}" ParentNodeId='
            f'"{site}" DataType="{kind}" AccessLevel="{3 if kind == "Double" else 1}">\n'
            f"    <DisplayName>{name}</DisplayName>{extra}\n"
            f"    <References>\n"
            f'      <Reference ReferenceType="HasTypeDefinition">i=63</Reference>\n'
            f'      <Reference ReferenceType="HasComponent" IsForward="false">{site}</Reference>\n'
            f"    </References>\n"
            f"    <Value>{value_xml}</Value>\n"
            f"  </UAVariable>"
        )

    variable(1, "Bezeichnung", "String", _f(row, "BEZEICHNUNG"))
    variable(2, "Anschrift", "String", _address(row))
    variable(3, "Traeger", "String", _f(row, "TRAEGER"))
    variable(4, "Telefon", "String", tel, "Telefon der Einrichtung laut Kita-Verzeichnis")
    if email(row):
        variable(5, "EMail", "String", email(row))
    variable(6, "EinrichtungsID", "String", _f(row, "ID"))
    variable(7, "Breitengrad", "Double", _f(row, "LAT"))
    variable(8, "Laengengrad", "Double", _f(row, "LON"))
    flow = f"{rng.randint(48, 68)}.{rng.randint(0, 9)}"
    variable(9, "VorlaufSollwert", "Double", flow, "Heizkreis 1, Vorlauftemperatur in °C")
    variable(10, "NachtabsenkungAb", "String", f"{rng.randint(17, 20)}:{rng.choice((0, 30)):02d}")
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<UANodeSet xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:uax="http://opcfoundation.org/UA/2008/02/Types.xsd" '
        'xmlns="http://opcfoundation.org/UA/2011/03/UANodeSet.xsd" '
        f'LastModified="{when}">',
        "  <NamespaceUris>",
        f"    <Uri>{uri}</Uri>",
        "  </NamespaceUris>",
        "  <Models>",
        f'    <Model ModelUri="{uri}" Version="1.0.{rng.randint(0, 9)}" PublicationDate="{when}">',
        '      <RequiredModel ModelUri="http://opcfoundation.org/UA/" Version="1.04.11" />',
        "    </Model>",
        "  </Models>",
        "  <Aliases>",
        '    <Alias Alias="Double">i=11</Alias>',
        '    <Alias Alias="String">i=12</Alias>',
        '    <Alias Alias="HasComponent">i=47</Alias>',
        '    <Alias Alias="HasTypeDefinition">i=40</Alias>',
        '    <Alias Alias="Organizes">i=35</Alias>',
        "  </Aliases>",
        f'  <UAObject NodeId="{site}" BrowseName="1:Standort">',
        f"    <DisplayName>{escape(_f(row, 'KURZBEZEICHNUNG'))}</DisplayName>",
        f"    <Description>{escape(_kind(row))} {escape(_address(row))}; "
        f"bei Störung der Heizung bitte die Einrichtung unter {escape(tel)} "
        "informieren</Description>",
        "    <References>",
        '      <Reference ReferenceType="HasTypeDefinition">i=58</Reference>',
        '      <Reference ReferenceType="Organizes" IsForward="false">i=85</Reference>',
        "    </References>",
        "  </UAObject>",
        *nodes,
        "</UANodeSet>",
        "",
    ]
    return "\n".join(lines)


def automationml_caex(row: dict[str, Any], rng: random.Random) -> str:
    """An AutomationML plant file (CAEX 3.0): the source document's information (an invented
    export date and origin id), an ``InstanceHierarchy`` whose building ``InternalElement``
    has ``Attribute``s for the register's centre id, address, postcode, operator, phone,
    e-mail where there is one, web address where there is one and coordinates, a
    ``Description`` with the number again, and an invented heating distribution element;
    invented GUIDs."""
    tel = phone(row)
    when = _when(rng).strftime("%Y-%m-%dT%H:%M:%S")

    def guid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def attribute(
        name: str, value: str, kind: str = "xs:string", unit: str = "", indent: int = 6
    ) -> str:
        pad, unit_attr = " " * indent, f" Unit={_a(unit)}" if unit else ""
        return (
            f"{pad}<Attribute Name={_a(name)} AttributeDataType={_a(kind)}{unit_attr}>\n"
            f"{pad}  <Value>{escape(value)}</Value>\n"
            f"{pad}</Attribute>"
        )

    attributes = [
        attribute("EinrichtungsID", _f(row, "ID")),
        attribute("Strasse", f"{_f(row, 'STRASSE')} {_f(row, 'HAUSBEZ')}"),
        attribute("PLZ", _f(row, "PLZ")),
        attribute("Ort", _f(row, "ORT")),
        attribute("Traeger", _f(row, "TRAEGER")),
        attribute("Telefon", tel),
    ]
    if email(row):
        attributes.append(attribute("EMail", email(row)))
    if _f(row, "URL"):
        attributes.append(attribute("Webseite", _f(row, "URL"), "xs:anyURI"))
    attributes += [
        attribute("Breitengrad", _f(row, "LAT"), "xs:double", "°"),
        attribute("Laengengrad", _f(row, "LON"), "xs:double", "°"),
    ]
    name = _f(row, "KURZBEZEICHNUNG")
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<CAEXFile SchemaVersion="3.0" FileName='
        f'{_a(_slug(row) + ".aml")} xmlns="http://www.dke.de/CAEX" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        '  <SourceDocumentInformation OriginName="Liegenschaftsmodell Kitas" '
        f'OriginID="{guid()}" OriginVersion="2.{rng.randint(0, 9)}.{rng.randint(0, 30)}" '
        f'LastWritingDateTime="{when}" OriginVendor="Stadtverwaltung" />',
        "  <SuperiorStandardVersion>AutomationML 2.10</SuperiorStandardVersion>",
        f'  <InstanceHierarchy Name="Liegenschaften_Kitas" ID="{guid()}">',
        f'    <InternalElement Name={_a(name)} ID="{guid()}">',
        f"      <Description>{escape(_kind(row))}; Rückfragen zur Anlage: {escape(tel)}"
        "</Description>",
        *attributes,
        f'      <InternalElement Name="Heizungsverteiler" ID="{guid()}">',
        attribute("Nennleistung", str(rng.randint(40, 180)), "xs:integer", "kW", indent=8),
        '        <RoleRequirements RefBaseRoleClassPath="AutomationMLBaseRoleClassLib/'
        'AutomationMLBaseRole/Resource" />',
        "      </InternalElement>",
        '      <RoleRequirements RefBaseRoleClassPath="AutomationMLBaseRoleClassLib/'
        'AutomationMLBaseRole/Structure" />',
        "    </InternalElement>",
        "  </InstanceHierarchy>",
        "</CAEXFile>",
        "",
    ]
    return "\n".join(lines)


EDE_COLUMNS = (
    "# keyname;device obj.-instance;object-name;object-type;object-instance;description;"
    "present-value-default;min-present-value;max-present-value;settable;supports COV;"
    "hi-limit;low-limit;state-text-reference;unit-code;vendor-specific-address"
)


def _ede(value: str) -> str:
    """A value in a field of the ``;``-separated EDE file (a ``;`` would split it)."""
    return value.replace(";", ",")


def bacnet_ede(row: dict[str, Any], rng: random.Random) -> str:
    """A BACnet EDE (Engineering Data Exchange) file of the centre's building controller: the
    header lines (project name, version, invented timestamp and author), the column header,
    the device object (type 8) whose description names the centre and its phone, a
    CharacterString Value (type 40) with the phone as its default and one with the e-mail
    where there is one, two with the centre id and postcode, and invented analog inputs and
    values with units (62 = degrees Celsius); invented instance numbers."""
    tel = phone(row)
    device = rng.randint(230000, 239999)
    when = _when(rng).strftime("%d.%m.%Y %H:%M")
    key = _slug(row)[:18]
    header = [
        "#Engineering-Data-Exchange - B.I.G.-EU" + ";" * 15,
        f"PROJECT_NAME;{_ede(_f(row, 'KURZBEZEICHNUNG'))}" + ";" * 14,
        f"VERSION_OF_REFERENCEFILE;{rng.randint(1, 9)}" + ";" * 14,
        f"TIMESTAMP_OF_LAST_CHANGE;{when}" + ";" * 14,
        "AUTHOR_OF_LAST_CHANGE;GLT Gebäudeleittechnik" + ";" * 14,
        "VERSION_OF_LAYOUT;2.2" + ";" * 14,
        "#mandatory;mandatory;mandatory;mandatory;mandatory;optional;optional;optional;"
        "optional;optional;optional;optional;optional;optional;optional;optional",
        EDE_COLUMNS,
    ]

    def obj(name: str, kind: int, inst: int, desc: str, default: str = "", **more: str) -> str:
        fields = [
            f"{key}_{name}", str(device), f"{key}.{name}", str(kind), str(inst), _ede(desc),
            _ede(default), more.get("lo", ""), more.get("hi", ""), more.get("settable", "N"),
            more.get("cov", "N"), "", "", "", more.get("unit", ""), "",
        ]  # fmt: skip
        return ";".join(fields)

    objects = [
        obj("DEV", 8, device,
            f"{_kind(row)} {_address(row)} - Einrichtung Tel. {tel}"),
        obj("TEL", 40, 1, "Telefon Einrichtung (Störmeldung)", tel),
    ]  # fmt: skip
    if email(row):
        objects.append(obj("MAIL", 40, 2, "E-Mail Einrichtung", email(row)))
    objects += [
        obj("ID", 40, 3, "Einrichtungs-ID Kita-Verzeichnis", _f(row, "ID")),
        obj("PLZ", 40, 4, "Postleitzahl", _f(row, "PLZ")),
        obj("GEO", 40, 5, "Koordinaten (Länge, Breite)", f"{_f(row, 'LON')}, {_f(row, 'LAT')}"),
        obj("AT", 0, 1, "Außentemperatur", f"{rng.randint(-5, 25)}.{rng.randint(0, 9)}",
            lo="-40", hi="60", cov="Y", unit="62"),
        obj("VL_HK1", 0, 2, "Vorlauftemperatur Heizkreis 1", str(rng.randint(35, 70)),
            lo="0", hi="110", cov="Y", unit="62"),
        obj("SW_RAUM", 2, 1, "Sollwert Gruppenräume", str(rng.choice((20, 21, 22))),
            lo="16", hi="26", settable="Y", unit="62"),
    ]  # fmt: skip
    return "\r\n".join([*header, *objects]) + "\r\n"


def knx_project_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A KNX project file's ``0.xml`` (ETS project schema 21): the installation's topology (an
    area and a line with invented device instances), the building as a ``BuildingPart`` whose
    ``Description`` gives the address and the phone and whose ``Comment`` the e-mail where
    there is one, and group addresses (invented integer addresses) for the lights, the heating
    set point and the door bell, whose description forwards it to the number; the register's
    centre id and coordinates in the building part's ``Number`` and ``Description``."""
    tel = phone(row)
    project = f"P-{rng.randint(0x1000, 0xFFFF):04X}"
    inst = f"{project}-0"
    line = rng.randint(1, 9)
    devices = [
        f'              <DeviceInstance Id="{inst}_DI-{i}" Name={_a(name)} '
        f'Address="{i}" ProductRefId="M-00{rng.choice(("08", "83", "C8"))}'
        f'_H-{rng.randint(1000, 9999)}-1_P-{rng.randint(1000, 9999)}" />'
        for i, name in enumerate(("Schaltaktor Gruppenräume", "Heizungsaktor", "Türstation"), 1)
    ]
    base = rng.randint(1, 12) * 2048
    groups = [
        (base + 1, "Licht Gruppenraum 1", "Schalten"),
        (base + 2, "Licht Flur", "Schalten"),
        (base + 257, "Sollwert Raumtemperatur", "Heizung, Wert in °C"),
        (base + 513, "Klingel Eingang", f"Türruf außerhalb der Öffnungszeit an {tel}"),
    ]
    addresses = [
        f'              <GroupAddress Id="{inst}_GA-{i}" Address="{addr}" Name={_a(name)} '
        f"Description={_a(desc)} />"
        for i, (addr, name, desc) in enumerate(groups, 1)
    ]
    comment = f" Comment={_a('Postfach: ' + email(row))}" if email(row) else ""
    description = (
        f"{_kind(row)}, {_address(row)}; Leitung Tel. {tel}; "
        f"Lage {_f(row, 'LAT')} N, {_f(row, 'LON')} O"
    )
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<KNX xmlns="http://knx.org/xml/project/21" CreatedBy="ETS6" '
        f'ToolVersion="6.{rng.randint(0, 2)}.{rng.randint(1000, 9999)}.'
        f'{rng.randint(10000, 60000)}">',
        "  <Project Id=" + _a(project) + ">",
        "    <Installations>",
        f'      <Installation Name="" BCUKey="4294967295" DefaultLine="{inst}_L-{line}">',
        "        <Topology>",
        f'          <Area Id="{inst}_A-1" Name="Kita" Address="1">',
        f'            <Line Id="{inst}_L-{line}" Name="Hauptlinie" Address="{line}">',
        *devices,
        "            </Line>",
        "          </Area>",
        "        </Topology>",
        "        <Buildings>",
        f'          <BuildingPart Id="{inst}_BP-1" Name={_a(_f(row, "KURZBEZEICHNUNG"))} '
        f'Type="Building" Number={_a(_f(row, "ID"))} Description={_a(description)}{comment}>',
        f'            <BuildingPart Id="{inst}_BP-2" Name="Erdgeschoss" Type="Floor" />',
        "          </BuildingPart>",
        "        </Buildings>",
        "        <GroupAddresses>",
        "          <GroupRanges>",
        f'            <GroupRange Id="{inst}_GR-1" RangeStart="{base}" '
        f'RangeEnd="{base + 2047}" Name="Gebäude">',
        *addresses,
        "            </GroupRange>",
        "          </GroupRanges>",
        "        </GroupAddresses>",
        "      </Installation>",
        "    </Installations>",
        "  </Project>",
        "</KNX>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "opcua_nodeset2": opcua_nodeset2,
    "automationml_caex": automationml_caex,
    "bacnet_ede": bacnet_ede,
    "knx_project_xml": knx_project_xml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and of its
    e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
