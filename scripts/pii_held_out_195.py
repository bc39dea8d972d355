"""held_out_195 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Portugal's Ministry of Justice's list of its services: courts, prosecution
offices, registries, prisons, justices of the peace, forensic-medicine offices and arbitration
centres; Portugal's earlier parts took Eurostat GISCO's hospitals and the Ministry of Internal
Administration's police stations) exactly as published, in layouts no earlier part has, beside
the list's own names, addresses, postcodes, coordinates and case counts.

The procedure of ``held_out_155``, on another register and other layouts; earlier parts took
national numbers from registers of PT (hospitals, police stations), ES (Catalan and Madrid
schools, hospitals, Castilla y León's libraries) and many others; here:

* the values are the ``Telefone``, ``FAX`` and ``Email`` fields of 260 services
  (``scripts/data/pii_pt_justice_services.json``, written by
  ``scripts/pt_justice_services_data.py``; source and licence in that file): Portuguese
  numbers as the Ministry writes them, nine digits in one run (``258090140``) or in groups
  (``234 118 320``, ``21 384 64 00``), one with other endings of the same line after a slash
  (``220949331/2/3``: one number, its endings with it), no ``+351``; the fax in the same shapes
  where the row has one (a fax that repeats the phone is labelled under the phone); the
  service's address on the Ministry's or the courts' domains (``avaldevez.judicial@
  tribunais.org.pt``, ``registos.tabua@irn.mj.pt``) where the row keeps one; each copy of each
  value labelled;
* the text around them is the same row's real fields: the name, address, postcode and place
  (``4974-006 ARCOS DE VALDEVEZ``), coordinates and the 2021-2022 case counts, with invented
  ids, tax numbers (``NIF``, nine digits with a right check digit, the shape of a phone),
  Exchange item ids, record keys, timestamps and dates, unlabelled and scored;
* in layouts no earlier part has, text in Portuguese: OGC WMS 1.3.0 ``GetCapabilities``
  responses of the service's location map (``Service/ContactInformation`` with
  ``ContactVoiceTelephone``, ``ContactFacsimileTelephone``, ``ContactElectronicMailAddress``,
  the number again in the service's ``Abstract``; the layer's bounding box from the row's
  coordinates), InvoiceXpress API v2 client records (``GET /clients/<id>.json``: the service
  as a supplier's client, ``phone``, ``fax``, ``email``, ``preferred_contact`` repeating the
  number and address, ``fiscal_id``, ``observations``), Mozilla Thunderbird address books in
  Mork (``abook.mab``: the column dictionary, one card whose atoms hold ``WorkPhone``,
  ``FaxNumber``, ``PrimaryEmail`` and its lower-case copy and a note repeating the number,
  non-ASCII bytes written ``$XX``; a row whose numbers hold a no-break space takes the next
  layout) and Exchange Web Services ``GetItem`` responses for a contact (SOAP: ``t:Contact``
  with ``PhoneNumbers`` entries ``BusinessPhone`` and ``BusinessFax``, ``EmailAddresses``,
  ``PhysicalAddresses``, and the number again in its ``Body``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_195.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pt_justice_services.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_195.jsonl.gz"
SPLIT = "held_out_195"

LAYOUTS = ("wms_capabilities", "invoicexpress_client", "thunderbird_mork", "ews_contact")
PHONE, FAX, EMAIL = "Telefone", "FAX", "Email"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the list's kinds of service (``Tipo``), as a category
KINDS = {
    "1": "Tribunais e Ministério Público",
    "2": "Registos",
    "3": "Centros de arbitragem",
    "4": "Estabelecimentos prisionais",
    "5": "Medicina legal",
    "7": "Julgados de paz",
}
# invented services a supplier bills the justice services for (no real contract is meant)
SERVICES = (
    "interpretação e tradução em audiências",
    "manutenção de equipamento de gravação de audiências",
    "fornecimento de consumíveis de impressão",
    "reparação de mobiliário de secretaria",
    "recolha e destruição certificada de papel",
)

_NUM = re.compile(r"\d(?:\d|[ \xa0](?=\d))*")
_POSTCODE = re.compile(r"\s*(\d{4}\s*-\s*\d{3})\s*(.*)")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped ("" where it has none)."""
    return _f(row, FAX)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published, stripped ("" where the row keeps none)."""
    return _f(row, EMAIL)


def field_numbers(value: str) -> list[str]:
    """The numbers of a phone or fax field: a piece of seven digits or more starts a number, a
    shorter piece after ``/`` is another ending of the number before it and stays with it
    (``220949331/2/3`` is one number, ``239 506 470 / 239 506 476`` two)."""
    out: list[list[int]] = []
    for m in _NUM.finditer(value):
        if sum(c.isdigit() for c in m.group()) >= 7 or not out:
            out.append([m.start(), m.end()])
        else:
            out[-1][1] = m.end()
    return [value[s:e] for s, e in out]


def international(value: str) -> bool:
    """Whether a number is written with its country code (none of the list's is)."""
    return value.startswith("+")


def _ascii_numbers(row: dict[str, Any]) -> bool:
    """Whether the row's phone and fax fields are ASCII (Mork writes other bytes ``$XX``)."""
    return (phone(row) + fax(row)).isascii()


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index (a row whose numbers are not ASCII takes
    the next layout instead of the Mork address book)."""
    layout = LAYOUTS[n % len(LAYOUTS)]
    if layout == "thunderbird_mork" and not _ascii_numbers(row):
        return LAYOUTS[(n + 1) % len(LAYOUTS)]
    return layout


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each number of the row's phone and fax fields
    and of its e-mail address (and the address in lower case) labelled, phones first (a fax
    number that repeats a phone number is the phone's), each longest first. Each copy stands
    apart: no digit next to a number, no address character next to an address."""
    tel = field_numbers(phone(row))
    fx = [v for v in field_numbers(fax(row)) if v not in tel]
    mail = email(row)
    values = [
        *(("phone", v) for v in sorted(set(tel), key=lambda v: (-len(v), v))),
        *(("fax", v) for v in sorted(set(fx), key=lambda v: (-len(v), v))),
        *(("email", v) for v in dict.fromkeys([mail, mail.lower()]) if v),
    ]
    edges = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@+-]"}
    return field_copies(text, values, edges, {"phone": PHONE, "fax": FAX}, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _nif(rng: random.Random) -> str:
    """An invented Portuguese tax number of a public body (``600...``), check digit right."""
    body = "600" + "".join(str(rng.randint(0, 9)) for _ in range(5))
    check = 11 - sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
    return body + str(0 if check >= 10 else check)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _kind(row: dict[str, Any]) -> str:
    """The row's kind of service (``Tipo``) in words."""
    return KINDS.get(_f(row, "Tipo"), "Serviços de justiça")


def _postcode(row: dict[str, Any]) -> tuple[str, str]:
    """The postcode and place of the row's ``CodigoPostal`` (``4974-006``, ``ARCOS DE
    VALDEVEZ``); the whole field and "" where it has no postcode's shape."""
    m = _POSTCODE.fullmatch(_f(row, "CodigoPostal"))
    return (m.group(1), m.group(2).strip()) if m else (_f(row, "CodigoPostal"), "")


def _activity(row: dict[str, Any]) -> str:
    """The row's case counts as a sentence (``Pendentes em 2021: 58; ...``), "" if none."""
    pairs = []
    for i in range(8):
        text, value = _f(row, f"DadosAtividade[{i}].Texto"), _f(row, f"DadosAtividade[{i}].Valor")
        if not text:
            break
        pairs.append(f"{text} {value}")
    return "Movimento processual — " + "; ".join(pairs) + "." if pairs else ""


def _slug(row: dict[str, Any]) -> str:
    """A layer name of the row's list index (``equipamento_1234``)."""
    return f"equipamento_{row['path'].rsplit('#', 1)[1]}"


def wms_capabilities(row: dict[str, Any], rng: random.Random) -> str:
    """An OGC WMS 1.3.0 ``GetCapabilities`` response of the service's location map: the
    ``Service`` (title, an abstract naming the address and the number, keywords, the service
    as ``ContactInformation`` with its address, voice, fax and e-mail), the ``Capability``
    requests and one queryable layer with the row's coordinates as its bounding box and its
    case counts in the layer's abstract; an invented update sequence."""
    name, tel, fx, mail = _f(row, "Nome"), phone(row), fax(row), email(row)
    code, place = _postcode(row)
    base = "https://sig.justica.example/geoserver/equipamentos/ows"
    href = f"xlink:type={quoteattr('simple')} xlink:href={quoteattr(base + '?SERVICE=WMS&')}"
    abstract = f"Localização de {name} ({_f(row, 'Morada')}, {_f(row, 'CodigoPostal')})."
    abstract += f" Atendimento telefónico: {tel}."
    contact = [
        "    <ContactInformation>",
        "      <ContactPersonPrimary>",
        "        <ContactPerson>Secretaria</ContactPerson>",
        f"        <ContactOrganization>{_x(name)}</ContactOrganization>",
        "      </ContactPersonPrimary>",
        "      <ContactPosition>Atendimento ao público</ContactPosition>",
        "      <ContactAddress>",
        "        <AddressType>postal</AddressType>",
        f"        <Address>{_x(_f(row, 'Morada'))}</Address>",
        f"        <City>{_x(place)}</City>",
        "        <StateOrProvince/>",
        f"        <PostCode>{_x(code)}</PostCode>",
        "        <Country>Portugal</Country>",
        "      </ContactAddress>",
        f"      <ContactVoiceTelephone>{_x(tel)}</ContactVoiceTelephone>",
    ]
    if fx:
        contact.append(f"      <ContactFacsimileTelephone>{_x(fx)}</ContactFacsimileTelephone>")
    if mail:
        contact.append(
            f"      <ContactElectronicMailAddress>{_x(mail)}</ContactElectronicMailAddress>"
        )
    contact.append("    </ContactInformation>")
    lat, lon = _f(row, "Posicao.Lat"), _f(row, "Posicao.Lng")
    box: list[str] = []
    if lat and lon:
        box = [
            "      <EX_GeographicBoundingBox>",
            f"        <westBoundLongitude>{lon}</westBoundLongitude>",
            f"        <eastBoundLongitude>{lon}</eastBoundLongitude>",
            f"        <southBoundLatitude>{lat}</southBoundLatitude>",
            f"        <northBoundLatitude>{lat}</northBoundLatitude>",
            "      </EX_GeographicBoundingBox>",
            f'      <BoundingBox CRS="EPSG:4326" minx="{lat}" miny="{lon}" maxx="{lat}" '
            f'maxy="{lon}"/>',
        ]
    layer_abstract = f"{_kind(row)}: {name}. {_activity(row)}".strip()
    dcp = [
        "        <DCPType>",
        "          <HTTP>",
        f"            <Get><OnlineResource {href}/></Get>",
        "          </HTTP>",
        "        </DCPType>",
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<WMS_Capabilities version="1.3.0" updateSequence="{rng.randint(1000, 99999)}" '
        'xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.opengis.net/wms '
        'http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd">',
        "  <Service>",
        "    <Name>WMS</Name>",
        f"    <Title>Mapa da Justiça — {_x(name)}</Title>",
        f"    <Abstract>{_x(abstract)}</Abstract>",
        "    <KeywordList>",
        "      <Keyword>justiça</Keyword>",
        f"      <Keyword>{_x(_kind(row))}</Keyword>",
        '      <Keyword vocabulary="ISO">location</Keyword>',
        "    </KeywordList>",
        f'    <OnlineResource xlink:type="simple" xlink:href="{base}"/>',
        *contact,
        "    <Fees>nenhuma</Fees>",
        "    <AccessConstraints>nenhuma</AccessConstraints>",
        "    <MaxWidth>4096</MaxWidth>",
        "    <MaxHeight>4096</MaxHeight>",
        "  </Service>",
        "  <Capability>",
        "    <Request>",
        "      <GetCapabilities>",
        "        <Format>text/xml</Format>",
        *dcp,
        "      </GetCapabilities>",
        "      <GetMap>",
        "        <Format>image/png</Format>",
        "        <Format>image/jpeg</Format>",
        *dcp,
        "      </GetMap>",
        "      <GetFeatureInfo>",
        "        <Format>text/html</Format>",
        "        <Format>application/json</Format>",
        *dcp,
        "      </GetFeatureInfo>",
        "    </Request>",
        "    <Exception>",
        "      <Format>XML</Format>",
        "      <Format>INIMAGE</Format>",
        "    </Exception>",
        '    <Layer queryable="1">',
        f"      <Name>justica:{_slug(row)}</Name>",
        f"      <Title>{_x(name)}</Title>",
        f"      <Abstract>{_x(layer_abstract)}</Abstract>",
        "      <CRS>EPSG:4326</CRS>",
        "      <CRS>EPSG:3763</CRS>",
        *box,
        "      <Style>",
        "        <Name>default</Name>",
        "        <Title>Predefinido</Title>",
        "      </Style>",
        "    </Layer>",
        "  </Capability>",
        "</WMS_Capabilities>",
        "",
    ]
    return "\n".join(lines)


def invoicexpress_client(row: dict[str, Any], rng: random.Random) -> str:
    """An InvoiceXpress API v2 ``GET /clients/<id>.json`` response: the service as a client of
    an invented supplier, with an invented id, client code and tax number (``fiscal_id``), its
    address, postcode and place, ``phone``, ``fax``, ``email``, a ``preferred_contact`` (the
    secretariat, its address and number) and ``observations`` naming the invented service
    billed and the case counts."""
    name, tel, fx, mail = _f(row, "Nome"), phone(row), fax(row), email(row)
    code, place = _postcode(row)
    observations = f"Contrato de {rng.choice(SERVICES)}. Faturas enviadas por e-mail."
    if _activity(row):
        observations += f" {_activity(row)}"
    client = {
        "id": rng.randint(1_000_000, 9_999_999),
        "name": name,
        "code": f"MJ-{rng.randint(1, 9999):04d}",
        "email": mail,
        "language": "pt",
        "address": _f(row, "Morada"),
        "city": place,
        "postal_code": code,
        "country": "Portugal",
        "fiscal_id": _nif(rng),
        "website": "",
        "phone": tel,
        "fax": fx,
        "preferred_contact": {"name": "Secretaria", "email": mail, "phone": tel},
        "observations": observations,
        "send_options": "1",
    }
    return json.dumps({"client": client}, ensure_ascii=False, indent=2) + "\n"


# the column names of Thunderbird's address book, by Mork column id (as ``abook.mab`` lists)
MORK_COLUMNS = (
    "ns:addrbk:db:row:scope:card:all", "ns:addrbk:db:row:scope:list:all",
    "ns:addrbk:db:row:scope:data:all", "FirstName", "LastName", "PhoneticFirstName",
    "PhoneticLastName", "DisplayName", "NickName", "PrimaryEmail", "LowercasePrimaryEmail",
    "SecondEmail", "PreferMailFormat", "PopularityIndex", "WorkPhone", "HomePhone",
    "FaxNumber", "PagerNumber", "CellularNumber", "WorkPhoneType", "HomePhoneType",
    "FaxNumberType", "PagerNumberType", "CellularNumberType", "HomeAddress", "HomeAddress2",
    "HomeCity", "HomeState", "HomeZipCode", "HomeCountry", "WorkAddress", "WorkAddress2",
    "WorkCity", "WorkState", "WorkZipCode", "WorkCountry", "JobTitle", "Department",
    "Company", "_AimScreenName", "AnniversaryYear", "AnniversaryMonth", "AnniversaryDay",
    "SpouseName", "FamilyName", "WebPage1", "WebPage2", "BirthYear", "BirthMonth",
    "BirthDay", "Custom1", "Custom2", "Custom3", "Custom4", "Notes", "LastModifiedDate",
    "RecordKey", "AddrCharSet", "LastRecordKey", "ns:addrbk:db:table:kind:pab", "ListName",
    "ListNickName", "ListDescription", "ListTotalAddresses", "LowercaseListName",
    "ns:addrbk:db:table:kind:deleted",
)  # fmt: skip


def _mork(value: str) -> str:
    """``value`` as a Mork atom's text: ``)``, ``\\`` and ``$`` escaped with ``\\``, each byte
    of a non-ASCII character as ``$XX``."""
    out = []
    for c in value:
        if c in ")\\$":
            out.append("\\" + c)
        elif c.isascii():
            out.append(c)
        else:
            out.append("".join(f"${b:02X}" for b in c.encode("utf-8")))
    return "".join(out)


def _wrap(cells: list[str], first: str = "", last: str = "") -> list[str]:
    """Mork cells on lines of about 70 characters, broken only between cells (``first``
    opens the first line, ``last`` closes the last)."""
    lines = [first]
    for cell in cells:
        if len(lines[-1]) > len(first) and len(lines[-1]) + len(cell) > 72:
            lines.append("  ")
        lines[-1] += cell
    lines[-1] += last
    return lines


def thunderbird_mork(row: dict[str, Any], rng: random.Random) -> str:
    """A Mozilla Thunderbird address book in Mork 1.4 (``abook.mab``) holding one card: the
    dictionary of column names (``80`` on), the table's meta row, then a group with the card's
    atoms (each distinct value once, as Thunderbird writes them) and the card row referring to
    them: display name and company, ``WorkPhone``, ``FaxNumber``, ``PrimaryEmail`` and
    ``LowercasePrimaryEmail``, the work address, postcode and place, a note repeating the
    number, an invented ``LastModifiedDate`` (hex seconds) and record key."""
    name, tel, fx, mail = _f(row, "Nome"), phone(row), fax(row), email(row)
    code, place = _postcode(row)
    col = {c: f"{0x80 + i:X}" for i, c in enumerate(MORK_COLUMNS)}
    key = rng.randint(2, 400)
    note = f"{_kind(row)}. Secretaria: tel. {tel}"
    cells = [
        ("DisplayName", name), ("Company", name), ("Department", _kind(row)),
        ("WorkPhone", tel), ("FaxNumber", fx), ("PrimaryEmail", mail),
        ("LowercasePrimaryEmail", mail.lower()), ("WorkAddress", _f(row, "Morada")),
        ("WorkZipCode", code), ("WorkCity", place), ("WorkCountry", "Portugal"),
        ("Notes", note), ("PreferMailFormat", "0"), ("PopularityIndex", str(rng.randint(0, 9))),
        ("LastModifiedDate", f"{int(_when(rng).timestamp()):x}"), ("RecordKey", str(key)),
    ]  # fmt: skip
    atoms: dict[str, str] = {}
    for _, value in cells:
        if value and value not in atoms:
            atoms[value] = f"{0x81 + len(atoms):X}"
    names = _wrap([f"({col[c]}={c})" for c in MORK_COLUMNS], "  ", ">")
    refs = "".join(f"(^{col[c]}^{atoms[v]})" for c, v in cells if v)
    lines = [
        '// <!-- <mdb:mork:z v="1.4"/> -->',
        "< <(a=c)> // (f=iso-8859-1)",
        *names,
        "",
        "<(80=0)>",
        f"{{1:^80 {{(k^{col['ns:addrbk:db:table:kind:pab']}:c)(s=9)}}",
        f"  [1:^82(^{col['LastRecordKey']}={key})]}}",
        "",
        f"@$${{{key:X}{{@",
        *_wrap([f"({a}={_mork(v)})" for v, a in atoms.items()], "<", ">"),
        f"{{1:^80  {{(k^{col['ns:addrbk:db:table:kind:pab']}:c)(s=9)}}",
        f"  [{key:X}{refs}]}}",
        f"@$$}}{key:X}}}@",
        "",
    ]
    return "\n".join(lines)


def _ews_id(rng: random.Random, size: int) -> str:
    """An invented Exchange item or folder id (base64 of ``size`` bytes after the mailbox
    prefix Exchange gives them)."""
    raw = b"\x00\x00" + bytes(rng.getrandbits(8) for _ in range(size))
    return "AAMkAD" + base64.b64encode(raw).decode()


def ews_contact(row: dict[str, Any], rng: random.Random) -> str:
    """An Exchange Web Services ``GetItem`` response (SOAP 1.1) for one contact of a shared
    contacts folder: the server version header, a ``t:Contact`` with invented ``ItemId`` and
    ``ParentFolderId``, the name as subject, file-as, display and company name, a text body
    with the number and case counts, a category, an invented creation time, the address as
    ``EmailAddress1``, the ``Business`` postal address, the ``BusinessPhone`` and
    ``BusinessFax`` entries and the kind of service as department."""
    name, tel, fx, mail = _f(row, "Nome"), phone(row), fax(row), email(row)
    code, place = _postcode(row)
    when = _when(rng)
    body = f"Secretaria: {tel}. {_activity(row)}".strip()
    change = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()
    phones = [f'                <t:Entry Key="BusinessPhone">{_x(tel)}</t:Entry>']
    if fx:
        phones.append(f'                <t:Entry Key="BusinessFax">{_x(fx)}</t:Entry>')
    emails = (
        [
            "              <t:EmailAddresses>",
            f'                <t:Entry Key="EmailAddress1">{_x(mail)}</t:Entry>',
            "              </t:EmailAddresses>",
        ]
        if mail
        else []
    )
    types = "http://schemas.microsoft.com/exchange/services/2006/types"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">',
        "  <s:Header>",
        '    <h:ServerVersionInfo MajorVersion="15" MinorVersion="2" MajorBuildNumber="1544" '
        f'MinorBuildNumber="{rng.randint(4, 14)}" Version="V2017_07_11" xmlns:h="{types}" '
        f'xmlns="{types}" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>',
        "  </s:Header>",
        '  <s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
        '    <m:GetItemResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/'
        f'messages" xmlns:t="{types}">',
        "      <m:ResponseMessages>",
        '        <m:GetItemResponseMessage ResponseClass="Success">',
        "          <m:ResponseCode>NoError</m:ResponseCode>",
        "          <m:Items>",
        "            <t:Contact>",
        f'              <t:ItemId Id="{_ews_id(rng, 100)}" ChangeKey="EQAAABYAAAC{change}"/>',
        f'              <t:ParentFolderId Id="{_ews_id(rng, 40)}" ChangeKey="AQAAAA=="/>',
        "              <t:ItemClass>IPM.Contact</t:ItemClass>",
        f"              <t:Subject>{_x(name)}</t:Subject>",
        f'              <t:Body BodyType="Text">{_x(body)}</t:Body>',
        "              <t:Categories>",
        "                <t:String>Justiça</t:String>",
        "              </t:Categories>",
        f"              <t:DateTimeCreated>{when:%Y-%m-%dT%H:%M:%SZ}</t:DateTimeCreated>",
        f"              <t:FileAs>{_x(name)}</t:FileAs>",
        f"              <t:DisplayName>{_x(name)}</t:DisplayName>",
        f"              <t:CompanyName>{_x(name)}</t:CompanyName>",
        *emails,
        "              <t:PhysicalAddresses>",
        '                <t:Entry Key="Business">',
        f"                  <t:Street>{_x(_f(row, 'Morada'))}</t:Street>",
        f"                  <t:City>{_x(place)}</t:City>",
        "                  <t:CountryOrRegion>Portugal</t:CountryOrRegion>",
        f"                  <t:PostalCode>{_x(code)}</t:PostalCode>",
        "                </t:Entry>",
        "              </t:PhysicalAddresses>",
        "              <t:PhoneNumbers>",
        *phones,
        "              </t:PhoneNumbers>",
        f"              <t:Department>{_x(_kind(row))}</t:Department>",
        "            </t:Contact>",
        "          </m:Items>",
        "        </m:GetItemResponseMessage>",
        "      </m:ResponseMessages>",
        "    </m:GetItemResponse>",
        "  </s:Body>",
        "</s:Envelope>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "wms_capabilities": wms_capabilities,
    "invoicexpress_client": invoicexpress_client,
    "thunderbird_mork": thunderbird_mork,
    "ews_contact": ews_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone, fax and e-mail
    fields labelled."""
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
