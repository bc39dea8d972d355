"""held_out_209 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Netherlands' national childcare register, Landelijk Register Kinderopvang: the
day-care centres of Amsterdam and Haarlem; the Netherlands' earlier parts took DUO's schools and
the municipalities' general numbers) exactly as published, in layouts no earlier part has,
beside the register's own names, addresses, ids and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``contact_telefoon`` and ``contact_emailadres`` fields of 233 day-care
  centres whose holder is an organisation (``scripts/data/pii_nl_lrk_childcare.json``, written
  by ``scripts/nl_lrk_childcare_data.py``; source and licence in that file): Dutch numbers as the
  register writes them, ten digits with the trunk ``0``, the area code set off by a hyphen or a
  space or not at all (``020-3446130``, ``023 5379290``, ``0203319002``; one of nine digits as
  published, ``020 420925``; the toll-free ``0800 4422345`` twice), no ``+31``, each copy
  labelled; the centre's e-mail address (160 of them) labelled wherever it stands;
* the text around them is the same row's real fields: the centre's and its holder's names, the
  address and postcode as published (``Kraijenhoffstraat 32``, ``1018RL``), the nine-digit LRK
  number, the holder's eight-digit Chamber of Commerce number, places, the registration date and
  the coordinates, with invented GUIDs, division, customer and message numbers, barcodes and
  moments, unlabelled and scored;
* in layouts no earlier part has, Dutch business and government formats, text in Dutch: Exact
  Online REST API ``crm/Accounts`` responses (OData JSON: ``Phone``, ``Email``, ``Remarks``
  repeating the number), AFAS Profit UpdateConnector ``KnOrganisation`` bodies (``TeNr``,
  ``EmAd``, the remark ``Re`` repeating the number, a ``KnBasicAddressAdr`` address), StUF-BG
  3.10 ``vesLk01`` kennisgevingen of a vestiging (``BG:sub.telefoonnummer``,
  ``BG:sub.emailadres``, a ``StUF:extraElement`` note repeating the number) and PostNL Shipping
  API v2.2 label requests (the centre as receiver, its ``Contacts`` ``TelNr`` and ``Email``, a
  ``Remark`` repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_209.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_nl_lrk_childcare.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_209.jsonl.gz"
SPLIT = "held_out_209"

LAYOUTS = ("exact_online_account", "afas_knorganisation", "stuf_bg_vestiging", "postnl_shipment")
PHONE = "contact_telefoon"
EMAIL = "contact_emailadres"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
AMSTERDAM_TZ = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's telephone field as the extract keeps it, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    return _f(row, EMAIL)


def international(value: str) -> bool:
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number and e-mail address labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def street_parts(row: dict[str, Any]) -> tuple[str, str, str]:
    """The address as street, house number and the rest (``Vespuccistraat 25 H`` is
    ``Vespuccistraat``, ``25``, ``H``; ``Admiraal de Ruijterweg 246A`` is ``..., 246, A``)."""
    m = re.fullmatch(r"(.*?)\s+(\d+)\s*(.*)", _f(row, "opvanglocatie_adres"))
    assert m, row["path"]
    return m.group(1), m.group(2), m.group(3).strip()


def city(row: dict[str, Any]) -> str:
    """The place as a name (``AMSTERDAM`` and ``HAARLEM`` as ``Amsterdam``, ``Haarlem``)."""
    return _f(row, "opvanglocatie_woonplaats").title()


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Amsterdam winter time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=AMSTERDAM_TZ)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _guid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _note(row: dict[str, Any]) -> str:
    """A remark in Dutch naming the centre, its places and number."""
    name, tel = _f(row, "actuele_naam_oko"), phone(row)
    places = _f(row, "aantal_kindplaatsen")
    return (
        f"Kinderdagverblijf {name} (LRK {_f(row, 'LRK nummer')}, {places} kindplaatsen, "
        f"ingeschreven {_f(row, 'inschrijfdatum')}). Locatie telefonisch bereikbaar op {tel}."
    )


def _ms(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


def exact_online_account(row: dict[str, Any], rng: random.Random) -> str:
    """An Exact Online REST API answer to ``GET /api/v1/{division}/crm/Accounts(guid'…')``:
    OData JSON with ``d.__metadata``, an invented GUID, division and code, the centre as
    ``Name`` with ``AddressLine1``, ``Postcode``, ``City``, ``Country``, the number as
    ``Phone``, the address as ``Email``, ``Website``, the holder's Chamber of Commerce number as
    ``ChamberOfCommerce``, the coordinates, and ``Remarks`` repeating the number; ``Created``
    and ``Modified`` in OData's ``/Date(ms)/``."""
    division = rng.randint(1000000, 3999999)
    guid = _guid(rng)
    created = _when(rng)
    modified = created + dt.timedelta(days=rng.randint(1, 40), seconds=rng.randint(0, 86399))
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    body = {
        "d": {
            "__metadata": {
                "uri": f"https://start.exactonline.nl/api/v1/{division}/crm/Accounts(guid'{guid}')",
                "type": "Exact.Web.Api.Models.Account",
            },
            "ID": guid,
            "Code": f"{rng.randint(1000, 29999):>18}",
            "Name": _f(row, "actuele_naam_oko"),
            "AddressLine1": _f(row, "opvanglocatie_adres"),
            "Postcode": _f(row, "opvanglocatie_postcode"),
            "City": city(row),
            "Country": "NL",
            "CountryName": "Nederland",
            "Phone": phone(row),
            "Email": email(row) or None,
            "Website": _f(row, "contact_website") or None,
            "ChamberOfCommerce": _f(row, "kvk_nummer_houder") or None,
            "Latitude": float(lat) if lat else None,
            "Longitude": float(lon) if lon else None,
            "Status": "C",
            "IsSales": True,
            "IsSupplier": False,
            "Language": "NL",
            "Remarks": _note(row),
            "Created": f"/Date({_ms(created)})/",
            "Modified": f"/Date({_ms(modified)})/",
            "Division": division,
        }
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def afas_knorganisation(row: dict[str, Any], rng: random.Random) -> str:
    """An AFAS Profit UpdateConnector body for ``KnOrganisation`` (``POST
    /ProfitRestServices/connectors/KnOrganisation``): ``Element.Fields`` with ``MatchOga``,
    an invented ``BcCo``, the centre as ``Nm``, its search name ``SeNm``, the holder's Chamber
    of Commerce number ``CcNr``, the number as ``TeNr``, the address as ``EmAd``, the web site
    ``HoPa`` and the remark ``Re`` repeating the number; a ``KnBasicAddressAdr`` object with
    the visiting address (``Ad``, ``HmNr``, ``HmAd``, ``ZpCd``, ``Rs``, ``CoId``)."""
    street, number, rest = street_parts(row)
    name = _f(row, "actuele_naam_oko")
    fields: dict[str, Any] = {
        "MatchOga": 0,
        "BcCo": str(rng.randint(10000, 99999)),
        "Nm": name,
        "SeNm": re.sub(r"[^A-Z0-9]", "", name.upper())[:10],
        "CcNr": _f(row, "kvk_nummer_houder"),
        "TeNr": phone(row),
    }
    if email(row):
        fields["EmAd"] = email(row)
    if _f(row, "contact_website"):
        fields["HoPa"] = _f(row, "contact_website")
    holder = _f(row, "naam_houder")
    fields["Re"] = _note(row) + f" Houder: {holder}" + ("" if holder.endswith(".") else ".")
    fields["AutoNum"] = False
    address = {"CoId": "NL", "PbAd": False, "Ad": street, "HmNr": number}
    if rest:
        address["HmAd"] = rest
    address |= {"ZpCd": _f(row, "opvanglocatie_postcode"), "Rs": city(row), "ResZip": False}
    address["BeginDate"] = f"{_when(rng):%Y-%m-%d}"
    body = {
        "KnOrganisation": {
            "Element": {
                "Fields": fields,
                "Objects": [{"KnBasicAddressAdr": {"Element": {"Fields": address}}}],
            }
        }
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _x(value: str) -> str:
    return escape(value)


def stuf_bg_vestiging(row: dict[str, Any], rng: random.Random) -> str:
    """A StUF-BG 3.10 kennisgeving ``vesLk01`` of the centre as a vestiging, from the GGD's
    inspection system to the municipality: ``stuurgegevens`` (``Lk01``, sender and receiver,
    an invented reference and ``tijdstipBericht``, entity ``VES``), ``parameters``, and the
    ``object`` with an invented ``vestigingsNummer``, the ``handelsnaam``, the
    ``verblijfsadres`` (``wpl.woonplaatsNaam``, ``gor.openbareRuimteNaam``, ``aoa.postcode``,
    ``aoa.huisnummer``, ``aoa.huisnummertoevoeging``), ``sub.telefoonnummer``,
    ``sub.emailadres``, ``sub.url`` and ``StUF:extraElementen`` with the LRK number, the
    holder's Chamber of Commerce number, places and a note repeating the number."""
    street, number, rest = street_parts(row)
    when = _when(rng)
    place = city(row)
    address = [
        f"      <BG:wpl.woonplaatsNaam>{_x(place)}</BG:wpl.woonplaatsNaam>",
        f"      <BG:gor.openbareRuimteNaam>{_x(street)}</BG:gor.openbareRuimteNaam>",
        f"      <BG:aoa.postcode>{_x(_f(row, 'opvanglocatie_postcode'))}</BG:aoa.postcode>",
        f"      <BG:aoa.huisnummer>{number}</BG:aoa.huisnummer>",
    ]
    if rest:
        address.append(
            f"      <BG:aoa.huisnummertoevoeging>{_x(rest)}</BG:aoa.huisnummertoevoeging>"
        )
    contact = [f"    <BG:sub.telefoonnummer>{phone(row)}</BG:sub.telefoonnummer>"]
    if email(row):
        contact.append(f"    <BG:sub.emailadres>{_x(email(row))}</BG:sub.emailadres>")
    if _f(row, "contact_website"):
        contact.append(f"    <BG:sub.url>{_x(_f(row, 'contact_website'))}</BG:sub.url>")
    extra = [
        f'      <StUF:extraElement naam="lrkNummer">{_f(row, "LRK nummer")}</StUF:extraElement>',
        f'      <StUF:extraElement naam="kvkNummerHouder">{_f(row, "kvk_nummer_houder")}'
        "</StUF:extraElement>",
        f'      <StUF:extraElement naam="aantalKindplaatsen">'
        f"{_f(row, 'aantal_kindplaatsen')}</StUF:extraElement>",
        f'      <StUF:extraElement naam="opmerking">{_x(_note(row))}</StUF:extraElement>',
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<BG:vesLk01 xmlns:BG="http://www.egem.nl/StUF/sector/bg/0310" '
        'xmlns:StUF="http://www.egem.nl/StUF/StUF0301" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        "  <BG:stuurgegevens>",
        "    <StUF:berichtcode>Lk01</StUF:berichtcode>",
        "    <StUF:zender>",
        f"      <StUF:organisatie>GGD {_x(place)}</StUF:organisatie>",
        "      <StUF:applicatie>GIR Toezicht Kinderopvang</StUF:applicatie>",
        "    </StUF:zender>",
        "    <StUF:ontvanger>",
        f"      <StUF:organisatie>Gemeente {_x(place)}</StUF:organisatie>",
        "      <StUF:applicatie>Handhaving Kinderopvang</StUF:applicatie>",
        "    </StUF:ontvanger>",
        f"    <StUF:referentienummer>GGD{rng.randint(10**9, 10**10 - 1)}</StUF:referentienummer>",
        f"    <StUF:tijdstipBericht>{when:%Y%m%d%H%M%S}{rng.randint(0, 999):03d}"
        "</StUF:tijdstipBericht>",
        "    <StUF:entiteittype>VES</StUF:entiteittype>",
        "  </BG:stuurgegevens>",
        "  <BG:parameters>",
        "    <StUF:mutatiesoort>W</StUF:mutatiesoort>",
        "    <StUF:indicatorOvername>V</StUF:indicatorOvername>",
        "  </BG:parameters>",
        '  <BG:object StUF:entiteittype="VES" StUF:verwerkingssoort="W">',
        f"    <BG:vestigingsNummer>0000{rng.randint(10**7, 10**8 - 1)}</BG:vestigingsNummer>",
        f"    <BG:handelsnaam>{_x(_f(row, 'actuele_naam_oko'))}</BG:handelsnaam>",
        "    <BG:verblijfsadres>",
        *address,
        "    </BG:verblijfsadres>",
        *contact,
        "    <StUF:extraElementen>",
        *extra,
        "    </StUF:extraElementen>",
        "  </BG:object>",
        "</BG:vesLk01>",
        "",
    ]
    return "\n".join(lines)


def postnl_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A PostNL Shipping API v2.2 label request (``POST /shipment/v2_2/label``): the invented
    sender as ``Customer`` (``CustomerCode``, ``CustomerNumber``, ``CollectionLocation``, its
    address), ``Message`` with an invented id and time, and one ``Shipments`` entry addressed
    to the centre (``AddressType`` ``01``, ``CompanyName``, ``Street``, ``HouseNr``,
    ``HouseNrExt``, ``Zipcode``, ``City``), its ``Contacts`` (``ContactType`` ``01``,
    ``Email``, ``TelNr``), an invented ``Barcode``, weight, product code and reference, and a
    ``Remark`` repeating the number."""
    street, number, rest = street_parts(row)
    when = _when(rng)
    name, tel = _f(row, "actuele_naam_oko"), phone(row)
    receiver: dict[str, Any] = {
        "AddressType": "01",
        "City": city(row),
        "CompanyName": name,
        "Countrycode": "NL",
        "HouseNr": number,
    }
    if rest:
        receiver["HouseNrExt"] = rest
    receiver |= {"Street": street, "Zipcode": _f(row, "opvanglocatie_postcode")}
    contact: dict[str, Any] = {"ContactType": "01"}
    if email(row):
        contact["Email"] = email(row)
    contact["TelNr"] = tel
    body = {
        "Customer": {
            "Address": {
                "AddressType": "02",
                "City": "Nieuwegein",
                "CompanyName": "Speelgoedgroothandel De Blokkendoos B.V.",
                "Countrycode": "NL",
                "HouseNr": "12",
                "Street": "Edisonbaan",
                "Zipcode": "3439MN",
            },
            "CollectionLocation": str(rng.randint(100000, 999999)),
            "CustomerCode": "BLKD",
            "CustomerNumber": str(rng.randint(10000000, 99999999)),
        },
        "Message": {
            "MessageID": str(rng.randint(1, 99999)),
            "MessageTimeStamp": f"{when:%d-%m-%Y %H:%M:%S}",
            "Printertype": "GraphicFile|PDF",
        },
        "Shipments": [
            {
                "Addresses": [receiver],
                "Barcode": f"3SBLKD{rng.randint(10**8, 10**9 - 1)}",
                "Contacts": [contact],
                "Dimension": {"Weight": str(rng.choice((1500, 2400, 3800, 6200, 9500)))},
                "ProductCodeDelivery": "3085",
                "Reference": f"KDV-{_f(row, 'LRK nummer')}",
                "Remark": f"Levering speelmateriaal voor {name}. Bij geen gehoor bellen naar "
                f"{tel}.",
            }
        ],
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "exact_online_account": exact_online_account,
    "afas_knorganisation": afas_knorganisation,
    "stuf_bg_vestiging": stuf_bg_vestiging,
    "postnl_shipment": postnl_shipment,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its number and e-mail
    address labelled."""
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
