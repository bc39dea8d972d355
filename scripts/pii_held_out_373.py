"""held_out_373 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the directory of Croatia's firefighting organisations: county and city
firefighting associations, public fire brigades and voluntary fire societies; Croatia's
earlier parts took the Information Commissioner's register of public authorities and the
Ministry of Social Policy and Youth's directory of social welfare institutions) exactly as
published, in layouts no earlier part has, beside the directory's own names, addresses,
postcodes and county associations.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the numbers of the ``tel`` line of 300 organisations (one to four numbers,
  written as the directory writes them: ``+38544526011``, ``0038521603980``, ``38521842271``,
  ``051231448``; several after a comma), their ``fax`` where it is a line of its own (seven
  digits or more, not one of the telephones again, however written) and their ``email``
  where it holds one address (``scripts/data/pii_hr_vatrogasne_organizacije.json``, written by
  ``scripts/hr_vatrogasne_organizacije_data.py``; source and licence in that file); every
  copy labelled, each number of a line on its own;
* the text around them is the same row's real fields: the organisation's name, street
  address, postcode, town and county association, with invented ids, UUIDs, client numbers,
  references, byte arrays, coordinates, counts and dates, unlabelled and scored;
* in layouts no earlier part has, text in Croatian: MyGLS API ``PrintLabels`` requests (GLS
  Croatia's parcel API, JSON on one line: the organisation as the ``DeliveryAddress`` of a parcel of
  firefighting equipment, its ``ContactPhone`` the ``tel`` line, its ``ContactEmail`` and a
  ``FDS`` (FlexDelivery) service's ``Value`` the mailbox), OASIS EDXL-RM 1.0
  ``ResponseToRequestResource`` messages (the organisation answering its county
  association's request for a vehicle and crew, its ``ContactInformation`` in CIQ xPIL with
  each number, the fax and the mailbox, its ``MessageDescription`` giving the ``tel`` line),
  PIDF-LO presence documents (RFC 3863 with RFC 4119's ``geopriv`` and RFC 5139's civic
  address of the station, a ``contact`` with the ``mailto:`` URI and a ``note`` giving the
  lines) and Nominatim ``/search`` answers (``format=jsonv2`` with ``addressdetails``,
  ``extratags`` and ``namedetails``: the station as an OpenStreetMap ``fire_station`` whose
  ``extratags`` hold the ``phone``, ``fax`` and ``email``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every number has seven
digits or more, labelled whole). Each record is seeded by its own (split, locale, layout,
index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_373.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_hr_vatrogasne_organizacije.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_373.jsonl.gz"
SPLIT = "held_out_373"

LAYOUTS = ("mygls_print_labels", "edxl_rm_response", "pidf_lo_presence", "nominatim_search")
PHONE, FAX, EMAIL = "tel", "fax", "email"
EDGES = {PHONE: r"\d", FAX: r"\d", EMAIL: r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
CET = dt.timezone(dt.timedelta(hours=2))
NATIONAL = "Hrvatska vatrogasna zajednica"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented parcels of equipment and requested resources (no person is named in any record)
EQUIPMENT = (
    "vatrogasna crijeva C-52, 10 kom",
    "zaštitne kacige, 6 kom",
    "vatrogasne čizme, 8 pari",
    "aparati za gašenje S-9, 4 kom",
    "ručne radio stanice, 3 kom",
    "interventna odijela, 5 kompleta",
)
RESOURCES = (
    ("Autocisterna", "Water Tender", "ac"),
    ("Navalno vozilo", "Engine", "nv"),
    ("Šumsko vozilo", "Brush Patrol", "sv"),
    ("Kombi vozilo s ekipom", "Crew Transport", "kv"),
)
SUPPLIERS = (
    ("Vatrooprema d.o.o.", "Slavonska avenija", "52", "10000", "Zagreb", "vatrooprema.otprema"),
    ("Zaštita Plus d.o.o.", "Zagrebačka cesta", "143", "10000", "Zagreb", "zastitaplus.web"),
    ("Protupožarna oprema Rijeka d.o.o.", "Ulica Milutina Barača", "11", "51000", "Rijeka",
     "ppo.rijeka.otprema"),
)  # fmt: skip
CIQ = (
    'xmlns:xpil="urn:oasis:names:tc:ciq:xpil:3" xmlns:xnl="urn:oasis:names:tc:ciq:xnl:3" '
    'xmlns:xal="urn:oasis:names:tc:ciq:xal:3"'
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _forms(value: str) -> set[str]:
    """A number's digits without an international prefix and with the trunk 0 for ``385``."""
    digits = _digits(value).removeprefix("00")
    return {digits, "0" + digits[3:]} if digits.startswith("385") else {digits}


def phone_line(row: dict[str, Any]) -> str:
    """The organisation's ``tel`` line as published (one number, or several after a comma)."""
    return _f(row, PHONE)


def phones(row: dict[str, Any]) -> list[str]:
    """Each number of the ``tel`` line, as written."""
    return [n.strip() for n in phone_line(row).split(",") if n.strip()]


def fax(row: dict[str, Any]) -> str:
    """The fax where it is a line of its own: seven digits or more (not the bare ``385`` the
    directory writes for none), not one of the telephones again however written (with or
    without the country code, trunk 0 or area code: ``3886089`` beside ``013886089``); else
    ""."""
    value = _f(row, FAX)
    if len(_digits(value)) < 7:
        return ""
    tels = set().union(*(_forms(t) for t in phones(row)))
    same = any(f in t or t in f for f in _forms(value) for t in tels)
    return "" if same else value


def email(row: dict[str, Any]) -> str:
    """The organisation's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with Croatia's country code (``+385``, ``00385`` or the bare
    ``385`` the directory often writes)."""
    return value.startswith(("+", "00")) or _digits(value).startswith("385")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of each number of the ``tel`` line, the fax and the mailbox (empty ones
    are skipped)."""
    return [*((PHONE, t) for t in phones(row)), (FAX, fax(row)), (EMAIL, email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's numbers and mailbox labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "naziv")


def association(row: dict[str, Any]) -> str:
    """The county association the organisation belongs to (the national one for a county's)."""
    return _f(row, "zajednica") or NATIONAL


def address(row: dict[str, Any]) -> tuple[str, str, str, str]:
    """The address as (street, house number, postcode, town): ``Trenkova 44, 42000 Varaždin``
    as (``Trenkova``, ``44``, ``42000``, ``Varaždin``); a street without a number keeps it
    whole, and an address without a postcode is all street."""
    m = re.fullmatch(r"(.*?),?\s*(\d{5})\s+(.+)", _f(row, "adresa"))
    street, postcode, town = (
        (m.group(1), m.group(2), m.group(3)) if m else (_f(row, "adresa"), "", "")
    )
    h = re.fullmatch(r"(.*?\D)\s+(\d+\s?[a-zA-Z]?\.?|bb)", street)
    return (h.group(1), h.group(2), postcode, town) if h else (street, "", postcode, town)


def _safe(row: dict[str, Any], draw: Callable[[], Any]) -> Any:
    """The first of ``draw``'s invented values in which none of the row's numbers written as
    bare digits (``3886089``, ``38521842271``) stands, so an invented id, date or position
    never holds a copy of the register's values."""
    bare = [v for _, v in values_of(row) if v.isdigit()]
    while True:
        value = draw()
        if not any(b in str(value) for b in bare):
            return value


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a day of the 2024 fire season (Central European summer time)."""
    day = dt.datetime(2024, 4, 2, tzinfo=CET) + dt.timedelta(days=rng.randint(0, 180))
    return day + dt.timedelta(hours=rng.randint(7, 20), minutes=rng.randint(0, 59))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _x(value: str) -> str:
    return escape(value)


def _position(rng: random.Random) -> tuple[float, float]:
    """An invented position inside continental Croatia (not the station's own)."""
    return round(rng.uniform(45.0, 46.3), 7), round(rng.uniform(15.3, 18.9), 7)


def mygls_print_labels(row: dict[str, Any], rng: random.Random) -> str:
    """A MyGLS API ``PrintLabels`` request (GLS Croatia, JSON on one line, as ``POST
    /ParcelService.svc/json/PrintLabels`` takes it): the shipper's invented account name and the
    SHA-512 of an invented password as its ``Password`` byte array, one parcel (an invented
    client number and reference, count, ``Content``) from an invented supplier of equipment
    (no phone, no mailbox) to the organisation (``DeliveryAddress``: name, street, house
    number, postcode, town, ``HR``, ``ContactPhone`` the ``tel`` line, ``ContactEmail`` the
    mailbox), a WCF ``/Date(...)/`` pickup date, an ``FDS`` FlexDelivery service whose value
    is the mailbox (where there is one) and a ``24H`` or ``SAT`` service, the printer type."""
    stamp = _safe(row, lambda: int(_when(rng).timestamp()) * 1000)
    when = dt.datetime.fromtimestamp(stamp / 1000, CET)
    street, number, postcode, town = address(row)
    supplier = rng.choice(SUPPLIERS)
    secret = hashlib.sha512(f"{rng.getrandbits(64)}".encode()).digest()
    services = [{"Code": "FDS", "FDSParameter": {"Value": email(row)}}] if email(row) else []
    services.append({"Code": "SAT"} if when.weekday() == 5 else {"Code": "24H"})
    parcel = {
        "ClientNumber": _safe(row, lambda: rng.randint(100000000, 999999999)),
        "ClientReference": f"NAR-{when:%Y}-{rng.randint(1, 99999):05d}",
        "CODAmount": 0,
        "CODReference": None,
        "Content": f"Vatrogasna oprema: {rng.choice(EQUIPMENT)}",
        "Count": rng.randint(1, 3),
        "DeliveryAddress": {
            "City": town,
            "ContactEmail": email(row) or None,
            "ContactName": name(row),
            "ContactPhone": phone_line(row),
            "CountryIsoCode": "HR",
            "HouseNumber": number,
            "HouseNumberInfo": "",
            "Name": name(row),
            "Street": street,
            "ZipCode": postcode,
        },
        "PickupAddress": {
            "City": supplier[4],
            "ContactEmail": None,
            "ContactName": "Skladište",
            "ContactPhone": None,
            "CountryIsoCode": "HR",
            "HouseNumber": supplier[2],
            "HouseNumberInfo": "",
            "Name": supplier[0],
            "Street": supplier[1],
            "ZipCode": supplier[3],
        },
        "PickupDate": f"/Date({stamp})/",
        "ServiceList": services,
    }
    return json.dumps(
        {
            "Username": supplier[5],
            "Password": list(secret),
            "ParcelList": [parcel],
            "TypeOfPrinter": rng.choice(("A4_2x2", "A4_4x1", "Thermo")),
            "PrintPosition": 1,
            "ShowPrintDialog": False,
        },
        ensure_ascii=False,
    )


def edxl_rm_response(row: dict[str, Any], rng: random.Random) -> str:
    """An OASIS EDXL-RM 1.0 ``ResponseToRequestResource`` message: invented message ids (the
    answered request's as ``OriginatingMessageID``), the sending time, a ``MessageDescription``
    in which the organisation confirms a vehicle and crew and gives its ``tel`` line, the
    incident (an invented open-fire incident), one ``ContactInformation`` of role ``Sender``
    with the organisation in CIQ xPIL (name, address, each number of the ``tel`` line as a
    ``Telephone`` ``ContactNumber``, the fax as a ``Fax`` one, the mailbox as an ``EMAIL``
    identifier), and one ``ResourceInformation`` (the resource's name, type, an ``Accept``
    response, the quantity and the estimated arrival)."""
    when = _when(rng)
    street, number, postcode, town = address(row)
    kind, typ, code = rng.choice(RESOURCES)
    crew = rng.randint(3, 9)
    arrival = when + dt.timedelta(minutes=rng.randint(25, 140))
    text = (
        f"{name(row)}: odgovor na zahtjev za pomoć (nadležna zajednica: {association(row)}). "
        f"{kind} s {crew} vatrogasaca raspoloživo, polazak odmah. Kontakt dežurstva: "
        f"{phone_line(row)}."
    )
    numbers = [("Telephone", t) for t in phones(row)]
    if fax(row):
        numbers.append(("Fax", fax(row)))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ResponseToRequestResource xmlns="urn:oasis:names:tc:emergency:EDXL:RM:1.0:msg" '
        f'xmlns:rm="urn:oasis:names:tc:emergency:EDXL:RM:1.0" {CIQ}>',
        f"  <MessageID>urn:uuid:{_safe(row, lambda: _uuid(rng))}</MessageID>",
        f"  <SentDateTime>{when.isoformat()}</SentDateTime>",
        "  <MessageContentType>ResponseToRequestResource</MessageContentType>",
        f"  <MessageDescription>{_x(text)}</MessageDescription>",
        f"  <OriginatingMessageID>urn:uuid:{_safe(row, lambda: _uuid(rng))}</OriginatingMessageID>",
        "  <IncidentInformation>",
        f"    <rm:IncidentDescription>Požar otvorenog prostora, intervencija "
        f"{rng.randint(100, 9999)}/{when:%Y}</rm:IncidentDescription>",
        "  </IncidentInformation>",
        "  <ContactInformation>",
        f"    <rm:ContactDescription>Dežurni, {_x(name(row))}</rm:ContactDescription>",
        "    <rm:ContactRole>Sender</rm:ContactRole>",
        "    <rm:AdditionalContactInformation>",
        "      <xpil:PartyName><xnl:OrganisationName><xnl:NameElement>"
        f"{_x(name(row))}</xnl:NameElement></xnl:OrganisationName></xpil:PartyName>",
        "      <xpil:Addresses><xpil:Address>",
        "        <xal:Country><xal:NameElement>Hrvatska</xal:NameElement></xal:Country>",
        f"        <xal:Locality><xal:NameElement>{_x(town)}</xal:NameElement></xal:Locality>",
        f"        <xal:Thoroughfare><xal:NameElement>{_x(street)}</xal:NameElement>"
        + (f"<xal:Number>{_x(number)}</xal:Number>" if number else "")
        + "</xal:Thoroughfare>",
        f"        <xal:PostCode><xal:Identifier>{postcode}</xal:Identifier></xal:PostCode>",
        "      </xpil:Address></xpil:Addresses>",
        "      <xpil:ContactNumbers>",
        *(
            f'        <xpil:ContactNumber CommunicationMediaType="{media}">'
            f"<xpil:ContactNumberElement>{value}</xpil:ContactNumberElement></xpil:ContactNumber>"
            for media, value in numbers
        ),
        "      </xpil:ContactNumbers>",
    ]
    if email(row):
        lines += [
            "      <xpil:ElectronicAddressIdentifiers>",
            '        <xpil:ElectronicAddressIdentifier Type="EMAIL">'
            f"{email(row)}</xpil:ElectronicAddressIdentifier>",
            "      </xpil:ElectronicAddressIdentifiers>",
        ]
    lines += [
        "    </rm:AdditionalContactInformation>",
        "  </ContactInformation>",
        "  <ResourceInformation>",
        "    <ResourceInfoElementID>1</ResourceInfoElementID>",
        "    <rm:Resource>",
        f"      <rm:ResourceID>{code.upper()}-{rng.randint(100, 999)}</rm:ResourceID>",
        f"      <rm:Name>{_x(kind)}, {_x(name(row))}</rm:Name>",
        "      <rm:TypeStructure>",
        f"        <rm:Value>{typ}</rm:Value>",
        "        <rm:ValueListURN>urn:x-hr:vatrogastvo:vrsta-vozila</rm:ValueListURN>",
        "      </rm:TypeStructure>",
        "    </rm:Resource>",
        "    <rm:ResponseInformation>",
        "      <rm:PrecedingResourceInfoElementID>1</rm:PrecedingResourceInfoElementID>",
        "      <rm:ResponseType>Accept</rm:ResponseType>",
        "    </rm:ResponseInformation>",
        "    <AssignmentInformation>",
        "      <rm:Quantity><rm:MeasuredQuantity><rm:Amount>1</rm:Amount>"
        "</rm:MeasuredQuantity></rm:Quantity>",
        f"      <rm:AnticipatedFunction>Gašenje, {crew} vatrogasaca</rm:AnticipatedFunction>",
        "    </AssignmentInformation>",
        "    <ScheduleInformation>",
        "      <rm:ScheduleType>EstimatedArrival</rm:ScheduleType>",
        f"      <rm:DateTime>{arrival.isoformat()}</rm:DateTime>",
        "    </ScheduleInformation>",
        "  </ResourceInformation>",
        "</ResponseToRequestResource>",
        "",
    ]
    return "\n".join(lines)


def pidf_lo_presence(row: dict[str, Any], rng: random.Random) -> str:
    """A PIDF-LO presence document (RFC 3863's ``presence`` with RFC 4119's ``geopriv`` and
    RFC 5139's civic address): an invented ``urn:uuid`` entity and tuple id, the station's
    civic address (``HR``, town, street, house number, name, postcode), ``usage-rules`` and
    ``method``, a ``contact`` with the mailbox as a ``mailto:`` URI (where there is one), a
    ``note`` giving the ``tel`` line and the fax, and the time."""
    when = _when(rng)
    street, number, postcode, town = address(row)
    civic = [("country", "HR"), ("A3", town), ("RD", street), ("HNO", number),
             ("NAM", name(row)), ("PC", postcode)]  # fmt: skip
    note = f"{name(row)} ({association(row)}), tel. {phone_line(row)}"
    if fax(row):
        note += f", faks {fax(row)}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<presence xmlns="urn:ietf:params:xml:ns:pidf" '
        'xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10" '
        'xmlns:ca="urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr" '
        f'entity="urn:uuid:{_safe(row, lambda: _uuid(rng))}">',
        f'  <tuple id="{_safe(row, lambda: _uuid(rng)[:8])}">',
        "    <status>",
        "      <gp:geopriv>",
        "        <gp:location-info>",
        '          <ca:civicAddress xml:lang="hr">',
        *(f"            <ca:{k}>{_x(v)}</ca:{k}>" for k, v in civic if v),
        "          </ca:civicAddress>",
        "        </gp:location-info>",
        "        <gp:usage-rules/>",
        "        <gp:method>Manual</gp:method>",
        "      </gp:geopriv>",
        "    </status>",
    ]
    if email(row):
        lines.append(f'    <contact priority="0.8">mailto:{email(row)}</contact>')
    lines += [
        f'    <note xml:lang="hr">{_x(note)}</note>',
        f"    <timestamp>{when.isoformat()}</timestamp>",
        "  </tuple>",
        "</presence>",
        "",
    ]
    return "\n".join(lines)


def nominatim_search(row: dict[str, Any], rng: random.Random) -> str:
    """A Nominatim ``/search`` answer (``format=jsonv2&addressdetails=1&extratags=1&
    namedetails=1``): one place (invented place and OSM node ids, an invented position and its
    bounding box, ``amenity``/``fire_station``, rank and importance), its ``display_name`` and
    ``address`` (name, house number, road, town, postcode, ``Hrvatska``, ``hr``), its
    ``extratags`` (``phone`` the ``tel`` line, ``fax``, ``email``, ``operator`` the county
    association) and ``namedetails``."""
    street, number, postcode, town = address(row)
    lat, lon = _safe(row, lambda: _position(rng))
    parts = [name(row), number, street, town, postcode, "Hrvatska"]
    addr = {"amenity": name(row), "house_number": number, "road": street, "town": town,
            "postcode": postcode, "country": "Hrvatska", "country_code": "hr"}  # fmt: skip
    tags = {"phone": phone_line(row), "fax": fax(row), "email": email(row),
            "operator": association(row)}  # fmt: skip
    place = {
        "place_id": _safe(row, lambda: rng.randint(100000000, 400000000)),
        "licence": "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright",
        "osm_type": "node",
        "osm_id": _safe(row, lambda: rng.randint(1000000000, 12000000000)),
        "lat": f"{lat:.7f}",
        "lon": f"{lon:.7f}",
        "category": "amenity",
        "type": "fire_station",
        "place_rank": 30,
        "importance": _safe(row, lambda: round(rng.uniform(0.00001, 0.0001), 8)),
        "addresstype": "amenity",
        "name": name(row),
        "display_name": ", ".join(p for p in parts if p),
        "address": {k: v for k, v in addr.items() if v},
        "extratags": {k: v for k, v in tags.items() if v},
        "namedetails": {"name": name(row)},
        "boundingbox": [f"{lat - 0.0001:.7f}", f"{lat + 0.0001:.7f}", f"{lon - 0.0001:.7f}",
                        f"{lon + 0.0001:.7f}"],
    }  # fmt: skip
    return _json([place])


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mygls_print_labels": mygls_print_labels,
    "edxl_rm_response": edxl_rm_response,
    "pidf_lo_presence": pidf_lo_presence,
    "nominatim_search": nominatim_search,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers, fax and
    mailbox labelled."""
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
