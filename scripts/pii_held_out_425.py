"""held_out_425 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the City of Turku's register of its early childhood education units, the day-care
centres, pre-school units and clubs of the city and of the private providers it pays by service
voucher, as the city loaded it into its eVaka system; Finland's earlier parts took the Finnish
Library Directory's public libraries and the City of Helsinki's errand services) exactly as the
city wrote them, in layouts no earlier part has, beside the register's own names, addresses,
postcodes, coordinates and identifiers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` and ``email`` fields of 154 units
  (``scripts/data/pii_fi_turku_evaka_units.json``, written by
  ``scripts/fi_turku_evaka_units_data.py``; source and licence in that file): Finnish numbers
  as the city stored them, the calling code 358 and the national number with no plus and no
  separator (``358504128087``, ``35822381373``, ``3584578752451``; one field holds two numbers
  joined by ``ja``, ``358405048819 ja 358405040605``), and the units' mailboxes or their
  directors' work addresses (``minna.poyhonen@edu.turku.fi``; one field holds two joined by
  ``ja``); a trailing space of a field is not written; every copy of each number and address
  labelled;
* the text around them is the same row's real fields: the unit's name, street address,
  postcode, post office, coordinates, web page, care types, provider type, language, capacity,
  opening date, its eVaka id and its and its organiser's Opintopolku OIDs, with invented ids,
  OIDs where the register gives none, business ids and their e-invoice addresses, IBANs and
  reference numbers (check digits right), routing keys, parcel references, amounts and dates,
  unlabelled and scored;
* in layouts no earlier part has, formats of Finland's education administration, of the city's
  own system, of the Finnish post and of Finnish e-invoicing, text in Finnish where the format
  carries prose: Opintopolku organisation service answers (``GET /organisaatio-service/rest/
  organisaatio/v4/{oid}`` of the Finnish National Agency for Education: the unit as an
  organisation of type ``organisaatiotyyppi_08``, its ``yhteystiedot`` with the visiting
  address, ``puhelin`` number, ``email`` and ``www``, and its early childhood education
  details), eVaka citizen API answers (``GET /api/citizen/public/units/{applicationType}``:
  the unit as a ``PublicUnit``, compact JSON), Posti Prinetti shipment messages (``eChannel``
  XML of Nextshipping's ``/prinetti/create-shipment``: a parcel from an invented supplier to the
  unit, its ``Recipient.Phone`` and ``Recipient.Email``) and Finvoice 3.0 e-invoices (an
  invented supplier's invoice to the unit, its phone and mailbox in ``BuyerCommunicationDetails``
  and the unit as ``DeliveryPartyDetails``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (each number of a field
labelled whole); every number is written with the calling code, so each is of the
"international" kind. Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_425.py   # rewrites the committed file
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
from zoneinfo import ZoneInfo

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fi_turku_evaka_units.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_425.jsonl.gz"
SPLIT = "held_out_425"

LAYOUTS = ("organisaatio_v4", "evaka_public_units", "prinetti_shipment", "finvoice")
PHONE, EMAIL = "phone", "email"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
JOIN = " ja "
HELSINKI = ZoneInfo("Europe/Helsinki")
# the City of Turku: its business id and the e-invoice address made of it
TURKU = ("Turun kaupunki", "0204819-8")
# invented suppliers of the parcels and invoices: (name, street, postcode, town)
SUPPLIERS = (
    ("Askartelutukku Kipinä Oy", "Teollisuuskatu 14", "20520", "Turku"),
    ("Leikkiväline Aalto Oy", "Varastokatu 3", "33840", "Tampere"),
    ("Siivoustarvike Länsirannikko Oy", "Satamatie 22", "26100", "Rauma"),
    ("Toimistotarvike Saarinen Oy", "Kirjapainontie 5", "00380", "Helsinki"),
    ("Liikuntaväline Nyberg Oy", "Urheilutie 9", "21200", "Raisio"),
    ("Keittiökalusto Virtanen Oy", "Konepajankatu 11", "15100", "Lahti"),
)
# what the parcels and invoices carry: (contents, article, unit price in cents)
GOODS = (
    ("Askartelutarvikkeita", "Askartelupaperi A4, lajitelma 500 arkkia", 1890),
    ("Sisäleluja", "Rakennuspalikat, puu, 100 kpl", 4490),
    ("Siivoustarvikkeita", "Käsipyyhepaperi, 20 rullaa", 3275),
    ("Piirustusvälineitä", "Puuvärikynät, 24 väriä", 1650),
    ("Liikuntavälineitä", "Pehmopallo 18 cm", 790),
    ("Keittiötarvikkeita", "Juomamuki, muovi, 12 kpl", 2140),
)

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone_field(row: dict[str, Any]) -> str:
    """The unit's phone field as the register writes it (a trailing space left out)."""
    return _f(row, PHONE)


def phones(row: dict[str, Any]) -> list[str]:
    """Each number of the phone field (two where the field joins them with ``ja``)."""
    return [p.strip() for p in phone_field(row).split(JOIN)]


def email_field(row: dict[str, Any]) -> str:
    """The unit's e-mail field as the register writes it (a trailing space left out)."""
    return _f(row, EMAIL)


def emails(row: dict[str, Any]) -> list[str]:
    """Each well-formed address of the e-mail field (two where it joins them with ``ja``)."""
    found = [e.strip() for e in email_field(row).split(JOIN)]
    return [e for e in found if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", e)]


def international(value: str) -> bool:
    """Whether a number is written with a country code (every one of the register's is: the
    calling code 358 with no plus)."""
    return value.startswith(("+", "00", "358"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of each of the row's numbers and addresses."""
    return [*((PHONE, p) for p in phones(row)), *(("email", e) for e in emails(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's numbers and addresses labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "name")


def street(row: dict[str, Any]) -> str:
    return _f(row, "street_address")


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "postal_code")


def town(row: dict[str, Any]) -> str:
    """The post office as the register writes it (``TURKU``, ``Turku``, ``Kaarina``)."""
    return _f(row, "post_office")


def care_types(row: dict[str, Any]) -> list[str]:
    """The unit's care types (``{PRESCHOOL,CENTRE}`` as ``["PRESCHOOL", "CENTRE"]``)."""
    return [t for t in _f(row, "type").strip("{}").split(",") if t]


def coordinates(row: dict[str, Any]) -> tuple[float, float] | None:
    """The unit's (latitude, longitude) from the register's point, longitude first."""
    point = _f(row, "location")
    if not point:
        return None
    lon, lat = (float(v) for v in point.strip("()").split(","))
    return lat, lon


def period_start(value: str | None) -> str | None:
    """The first day of a PostgreSQL date range (``[2022-01-01,)`` as ``2022-01-01``)."""
    if not value:
        return None
    return value.strip("[(").split(",")[0] or None


def _oid(rng: random.Random) -> str:
    """An invented Opintopolku organisation OID."""
    return f"1.2.246.562.10.{rng.randint(10**10, 10**11 - 1)}"


def unit_oid(row: dict[str, Any], rng: random.Random) -> str:
    """The unit's Opintopolku OID, or an invented one where the register gives none."""
    return _f(row, "oph_unit_oid") or _oid(rng)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Finnish time)."""
    day = dt.date(2025, 1, 13) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    hour, minute = rng.randint(8, 15), rng.randint(0, 59)
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=HELSINKI)


def business_id(rng: random.Random) -> str:
    """An invented Finnish business id (Y-tunnus), its check digit right."""
    while True:
        body = [rng.randint(0, 9) for _ in range(7)]
        rest = sum(d * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if rest != 1:
            return "".join(map(str, body)) + "-" + str(0 if rest == 0 else 11 - rest)


def ovt(business: str) -> str:
    """The e-invoice address (OVT code) made of a business id: ``0037`` and its digits."""
    return "0037" + business.replace("-", "")


def reference(rng: random.Random) -> str:
    """An invented Finnish payment reference (viitenumero), its check digit right."""
    body = str(rng.randint(10**5, 10**9))
    total = sum(int(d) * w for d, w in zip(reversed(body), [7, 3, 1] * 4, strict=False))
    return body + str((10 - total % 10) % 10)


def iban(rng: random.Random) -> str:
    """An invented Finnish IBAN, its check digits right."""
    bban = "".join(str(rng.randint(0, 9)) for _ in range(14))
    check = 98 - int(bban + "151800") % 97
    return f"FI{check:02d}{bban}"


def _cents(value: int) -> str:
    """An amount in cents as Finvoice writes it (``1234,50``)."""
    return f"{value // 100},{value % 100:02d}"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def organisaatio_v4(row: dict[str, Any], rng: random.Random) -> str:
    """An Opintopolku organisation service answer (``GET /organisaatio-service/rest/
    organisaatio/v4/{oid}``): the unit's OID (an invented one where the register gives none),
    its name in its language, start date, type ``organisaatiotyyppi_08``, teaching language,
    home municipality (Turku's ``kunta_853`` where its post office is Turku), its organiser's
    OID as parent, ``yhteystiedot`` with the visiting address (``posti_`` and the postcode),
    the ``puhelin`` number, the mailbox and the web page (each with invented ids), the early
    childhood education details (form of operation, organising form by provider type, places
    by capacity) for a day-care unit, version and status."""
    lang = "sv" if _f(row, "language") == "sv" else "fi"
    parent = _f(row, "oph_organizer_oid") or _oid(rng)
    ids = iter(range(rng.randint(2_000_000, 9_000_000), 10**7))

    def contact(**fields: str) -> dict[str, str]:
        return {
            **fields,
            "kieli": f"kieli_{lang}#1",
            "yhteystietoOid": f"1.2.246.562.5.{rng.randint(10**10, 10**11 - 1)}",
            "id": str(next(ids)),
        }

    contacts = [
        contact(
            osoiteTyyppi="kaynti",
            postinumeroUri=f"posti_{postcode(row)}",
            postitoimipaikka=town(row).upper(),
            osoite=street(row),
        ),
        contact(tyyppi="puhelin", numero=phone_field(row)),
    ]
    if email_field(row):
        contacts.append(contact(email=email_field(row)))
    if _f(row, "url"):
        contacts.append(contact(www=_f(row, "url")))
    doc: dict[str, Any] = {
        "oid": unit_oid(row, rng),
        "nimi": {lang: name(row)},
        "alkuPvm": period_start(row["fields"].get("opening_date")),
        "tyypit": ["organisaatiotyyppi_08"],
        "kieletUris": [f"oppilaitoksenopetuskieli_{2 if lang == 'sv' else 1}#1"],
    }
    if town(row).lower() == "turku":
        doc["kotipaikkaUri"] = "kunta_853"
    doc.update(
        {
            "maaUri": "maatjavaltiot1_fin",
            "parentOid": parent,
            "parentOidPath": f"|1.2.246.562.10.00000000001|{parent}|",
            "nimet": [{"nimi": {lang: name(row)}, "alkuPvm": doc["alkuPvm"], "version": 0}],
            "yhteystiedot": contacts,
        }
    )
    if "CLUB" not in care_types(row):
        municipal = _f(row, "provider_type") == "MUNICIPAL"
        doc["varhaiskasvatuksenToimipaikkaTiedot"] = {
            "toimintamuoto": "vardatoimintamuoto_tm01",
            "kasvatusopillinenJarjestelma": "vardakasvatusopillinenjarjestelma_kj98",
            "varhaiskasvatuksenJarjestamismuodot": [
                f"vardajarjestamismuoto_{'jm01' if municipal else 'jm03'}"
            ],
            "paikkojenLukumaara": int(_f(row, "capacity") or "0"),
            "varhaiskasvatuksenKielipainotukset": [],
            "varhaiskasvatuksenToiminnallinenpainotukset": [],
        }
    doc.update({"version": rng.randint(1, 40), "piilotettu": False, "status": "AKTIIVINEN"})
    return _json(doc)


def evaka_public_units(row: dict[str, Any], rng: random.Random) -> str:
    """An eVaka citizen API answer (``GET /api/citizen/public/units/{applicationType}``, of
    ``CLUB`` for a club, else ``DAYCARE``): a list of the one unit as a ``PublicUnit`` (its eVaka
    id, name, care types, provider type, language, street address, postcode, post office, phone
    and e-mail fields, web page, coordinates, ghost-unit and shift-care flags and its
    application periods), compact JSON as the service writes it."""
    point = coordinates(row)

    def period(key: str) -> dict[str, str | None] | None:
        start = period_start(row["fields"].get(key))
        return {"start": start, "end": None} if start else None

    unit = {
        "id": _f(row, "id"),
        "name": name(row),
        "type": care_types(row),
        "providerType": _f(row, "provider_type"),
        "language": _f(row, "language"),
        "streetAddress": street(row),
        "postalCode": postcode(row),
        "postOffice": town(row),
        "phone": phone_field(row) or None,
        "email": email_field(row) or None,
        "url": _f(row, "url") or None,
        "location": {"lat": point[0], "lon": point[1]} if point else None,
        "ghostUnit": _f(row, "ghost_unit") == "true",
        "providesShiftCare": _f(row, "round_the_clock") == "true",
        "daycareApplyPeriod": period("daycare_apply_period"),
        "preschoolApplyPeriod": period("preschool_apply_period"),
        "clubApplyPeriod": period("club_apply_period"),
    }
    return json.dumps([unit], ensure_ascii=False, separators=(",", ":")) + "\n"


def prinetti_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Posti Prinetti shipment message (``eChannel`` XML as Nextshipping's ``POST
    /prinetti/create-shipment`` takes it): ``ROUTING`` with an invented account, key, id, web
    shop name and time, an invented supplier as ``Shipment.Sender`` (its business id as
    ``Sender.Vatcode``), the unit as ``Shipment.Recipient`` (name, street, postcode, post
    office, ``FI``, the phone field as ``Recipient.Phone``, the e-mail field as
    ``Recipient.Email``), and one ``Postipaketti`` (``2103``) consignment with an invented
    reference, the electronic arrival notice (``3139``) and one parcel of goods."""
    when = _when(rng)
    supplier, s_street, s_code, s_town = rng.choice(SUPPLIERS)
    contents = rng.choice(GOODS)[0]
    key = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    shop = re.sub(r"[^a-z]", "", supplier.lower().split()[0]) + ".fi"
    recipient = [
        f"<Recipient.Name1>{escape(name(row))}</Recipient.Name1>",
        f"<Recipient.Addr1>{escape(street(row))}</Recipient.Addr1>",
        f"<Recipient.Postcode>{postcode(row)}</Recipient.Postcode>",
        f"<Recipient.City>{escape(town(row))}</Recipient.City>",
        "<Recipient.Country>FI</Recipient.Country>",
        f"<Recipient.Phone>{escape(phone_field(row))}</Recipient.Phone>",
    ]
    if email_field(row):
        recipient.append(f"<Recipient.Email>{escape(email_field(row))}</Recipient.Email>")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<eChannel>",
        "    <ROUTING>",
        f"        <Routing.Account>{uuid.UUID(int=rng.getrandbits(128), version=4)}"
        "</Routing.Account>",
        f"        <Routing.Key>{key}</Routing.Key>",
        f"        <Routing.Id>{int(when.timestamp())}</Routing.Id>",
        f"        <Routing.Name>{shop}</Routing.Name>",
        f"        <Routing.Time>{when:%Y%m%d%H%M%S}</Routing.Time>",
        "    </ROUTING>",
        "    <Shipment>",
        "        <Shipment.Sender>",
        f"            <Sender.Name1>{escape(supplier)}</Sender.Name1>",
        f"            <Sender.Addr1>{s_street}</Sender.Addr1>",
        f"            <Sender.Postcode>{s_code}</Sender.Postcode>",
        f"            <Sender.City>{s_town}</Sender.City>",
        "            <Sender.Country>FI</Sender.Country>",
        f"            <Sender.Vatcode>{business_id(rng)}</Sender.Vatcode>",
        "        </Shipment.Sender>",
        "        <Shipment.Recipient>",
        *(f"            {line}" for line in recipient),
        "        </Shipment.Recipient>",
        "        <Shipment.Consignment>",
        f"            <Consignment.Reference>{rng.randint(10**8, 10**9 - 1)}"
        "</Consignment.Reference>",
        "            <Consignment.Product>2103</Consignment.Product>",
        "            <Consignment.AdditionalService>",
        "                <AdditionalService.ServiceCode>3139</AdditionalService.ServiceCode>",
        "            </Consignment.AdditionalService>",
        "            <Consignment.Parcel>",
        "                <Parcel.Packagetype>PC</Parcel.Packagetype>",
        f"                <Parcel.Weight>{rng.randint(5, 180) / 10}</Parcel.Weight>",
        f"                <Parcel.Volume>{rng.randint(1, 40) / 100}</Parcel.Volume>",
        f"                <Parcel.Contents>{contents}</Parcel.Contents>",
        "            </Consignment.Parcel>",
        "        </Shipment.Consignment>",
        "    </Shipment>",
        "</eChannel>",
        "",
    ]
    return "\n".join(lines)


def finvoice(row: dict[str, Any], rng: random.Random) -> str:
    """A Finvoice 3.0 e-invoice (``Finvoice Version="3.0"``): transmission details (the
    supplier's and the buyer's e-invoice addresses, invented intermediators, message id and
    time stamp), an invented supplier as ``SellerPartyDetails`` (business id, VAT code,
    address), the buyer (the City of Turku with its business id and e-invoice address and the
    unit as its department for a municipal unit; the unit itself for a service-voucher one),
    the unit's phone and e-mail fields in ``BuyerCommunicationDetails``, the unit with its
    address as ``DeliveryPartyDetails``, ``InvoiceDetails`` (``INV01``, ``LASKU``, invented
    number, dates, amounts at 25,5 % VAT, payment terms), one ``InvoiceRow`` and
    ``EpiDetails`` (the supplier's invented IBAN and BIC, the reference number, the amount)."""
    when = _when(rng)
    due = when + dt.timedelta(days=21)
    supplier, s_street, s_code, s_town = rng.choice(SUPPLIERS)
    article, price = rng.choice(GOODS)[1:]
    quantity = rng.randint(1, 12)
    net = price * quantity
    vat = round(net * 0.255)
    seller = business_id(rng)
    ref = reference(rng)
    municipal = _f(row, "provider_type") == "MUNICIPAL"
    buyer = [
        "  <BuyerPartyDetails>",
        *([f"    <BuyerPartyIdentifier>{TURKU[1]}</BuyerPartyIdentifier>"] if municipal else []),
        f"    <BuyerOrganisationName>{escape(TURKU[0] if municipal else name(row))}"
        "</BuyerOrganisationName>",
        *(
            [f"    <BuyerOrganisationDepartment>{escape(name(row))}</BuyerOrganisationDepartment>"]
            if municipal
            else []
        ),
        "    <BuyerPostalAddressDetails>",
        f"      <BuyerStreetName>{escape(street(row))}</BuyerStreetName>",
        f"      <BuyerTownName>{escape(town(row))}</BuyerTownName>",
        f"      <BuyerPostCodeIdentifier>{postcode(row)}</BuyerPostCodeIdentifier>",
        "      <CountryCode>FI</CountryCode>",
        "    </BuyerPostalAddressDetails>",
        "  </BuyerPartyDetails>",
        *([f"  <BuyerOrganisationUnitNumber>{ovt(TURKU[1])}</BuyerOrganisationUnitNumber>"]
          if municipal else []),
        "  <BuyerCommunicationDetails>",
        f"    <BuyerPhoneNumberIdentifier>{escape(phone_field(row))}</BuyerPhoneNumberIdentifier>",
    ]  # fmt: skip
    if email_field(row):
        buyer.append(
            f"    <BuyerEmailaddressIdentifier>{escape(email_field(row))}"
            "</BuyerEmailaddressIdentifier>"
        )
    buyer.append("  </BuyerCommunicationDetails>")
    to_id = ovt(TURKU[1]) if municipal else ovt(business_id(rng))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Finvoice Version="3.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="Finvoice3.0.xsd">',
        "  <MessageTransmissionDetails>",
        "    <MessageSenderDetails>",
        f"      <FromIdentifier>{ovt(seller)}</FromIdentifier>",
        "      <FromIntermediator>NDEAFIHH</FromIntermediator>",
        "    </MessageSenderDetails>",
        "    <MessageReceiverDetails>",
        f"      <ToIdentifier>{to_id}</ToIdentifier>",
        "      <ToIntermediator>OKOYFIHH</ToIntermediator>",
        "    </MessageReceiverDetails>",
        "    <MessageDetails>",
        f"      <MessageIdentifier>{rng.randint(10**7, 10**8 - 1)}</MessageIdentifier>",
        f"      <MessageTimeStamp>{when.isoformat()}</MessageTimeStamp>",
        "    </MessageDetails>",
        "  </MessageTransmissionDetails>",
        "  <SellerPartyDetails>",
        f"    <SellerPartyIdentifier>{seller}</SellerPartyIdentifier>",
        f"    <SellerOrganisationName>{escape(supplier)}</SellerOrganisationName>",
        f"    <SellerOrganisationTaxCode>FI{seller.replace('-', '')}</SellerOrganisationTaxCode>",
        "    <SellerPostalAddressDetails>",
        f"      <SellerStreetName>{s_street}</SellerStreetName>",
        f"      <SellerTownName>{s_town}</SellerTownName>",
        f"      <SellerPostCodeIdentifier>{s_code}</SellerPostCodeIdentifier>",
        "      <CountryCode>FI</CountryCode>",
        "    </SellerPostalAddressDetails>",
        "  </SellerPartyDetails>",
        *buyer,
        "  <DeliveryPartyDetails>",
        f"    <DeliveryOrganisationName>{escape(name(row))}</DeliveryOrganisationName>",
        "    <DeliveryPostalAddressDetails>",
        f"      <DeliveryStreetName>{escape(street(row))}</DeliveryStreetName>",
        f"      <DeliveryTownName>{escape(town(row))}</DeliveryTownName>",
        f"      <DeliveryPostCodeIdentifier>{postcode(row)}</DeliveryPostCodeIdentifier>",
        "      <CountryCode>FI</CountryCode>",
        "    </DeliveryPostalAddressDetails>",
        "  </DeliveryPartyDetails>",
        "  <InvoiceDetails>",
        "    <InvoiceTypeCode>INV01</InvoiceTypeCode>",
        "    <InvoiceTypeText>LASKU</InvoiceTypeText>",
        "    <OriginCode>Original</OriginCode>",
        f"    <InvoiceNumber>{rng.randint(10000, 99999)}</InvoiceNumber>",
        f'    <InvoiceDate Format="CCYYMMDD">{when:%Y%m%d}</InvoiceDate>',
        f"    <OrderIdentifier>{rng.randint(100000, 999999)}</OrderIdentifier>",
        f'    <InvoiceTotalVatExcludedAmount AmountCurrencyIdentifier="EUR">{_cents(net)}'
        "</InvoiceTotalVatExcludedAmount>",
        f'    <InvoiceTotalVatAmount AmountCurrencyIdentifier="EUR">{_cents(vat)}'
        "</InvoiceTotalVatAmount>",
        f'    <InvoiceTotalVatIncludedAmount AmountCurrencyIdentifier="EUR">{_cents(net + vat)}'
        "</InvoiceTotalVatIncludedAmount>",
        "    <PaymentTermsDetails>",
        "      <PaymentTermsFreeText>21 pv netto</PaymentTermsFreeText>",
        f'      <InvoiceDueDate Format="CCYYMMDD">{due:%Y%m%d}</InvoiceDueDate>',
        "    </PaymentTermsDetails>",
        "  </InvoiceDetails>",
        "  <InvoiceRow>",
        f"    <ArticleName>{escape(article)}</ArticleName>",
        f'    <DeliveredQuantity QuantityUnitCode="kpl">{quantity}</DeliveredQuantity>',
        f'    <UnitPriceAmount AmountCurrencyIdentifier="EUR">{_cents(price)}</UnitPriceAmount>',
        "    <RowVatRatePercent>25,5</RowVatRatePercent>",
        f'    <RowVatAmount AmountCurrencyIdentifier="EUR">{_cents(vat)}</RowVatAmount>',
        f'    <RowVatExcludedAmount AmountCurrencyIdentifier="EUR">{_cents(net)}'
        "</RowVatExcludedAmount>",
        "  </InvoiceRow>",
        "  <EpiDetails>",
        "    <EpiIdentificationDetails>",
        f'      <EpiDate Format="CCYYMMDD">{when:%Y%m%d}</EpiDate>',
        "      <EpiReference>0</EpiReference>",
        "    </EpiIdentificationDetails>",
        "    <EpiPartyDetails>",
        "      <EpiBfiPartyDetails>",
        '        <EpiBfiIdentifier IdentificationSchemeName="BIC">NDEAFIHH</EpiBfiIdentifier>',
        "      </EpiBfiPartyDetails>",
        "      <EpiBeneficiaryPartyDetails>",
        f"        <EpiNameAddressDetails>{escape(supplier)}</EpiNameAddressDetails>",
        f"        <EpiBei>{seller}</EpiBei>",
        f'        <EpiAccountID IdentificationSchemeName="IBAN">{iban(rng)}</EpiAccountID>',
        "      </EpiBeneficiaryPartyDetails>",
        "    </EpiPartyDetails>",
        "    <EpiPaymentInstructionDetails>",
        f'      <EpiRemittanceInfoIdentifier IdentificationSchemeName="SPY">{ref}'
        "</EpiRemittanceInfoIdentifier>",
        f'      <EpiInstructedAmount AmountCurrencyIdentifier="EUR">{_cents(net + vat)}'
        "</EpiInstructedAmount>",
        '      <EpiCharge ChargeOption="SHA">SHA</EpiCharge>',
        f'      <EpiDateOptionDate Format="CCYYMMDD">{due:%Y%m%d}</EpiDateOptionDate>',
        "    </EpiPaymentInstructionDetails>",
        "  </EpiDetails>",
        "</Finvoice>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "organisaatio_v4": organisaatio_v4,
    "evaka_public_units": evaka_public_units,
    "prinetti_shipment": prinetti_shipment,
    "finvoice": finvoice,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers and mailboxes
    labelled."""
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
