"""held_out_196 of the PII evaluation set: real phone and e-mail fields of a register no
earlier part used (Oslo kommune's kindergarten finder; Norway's earlier part took
helsenorge.no's places of specialist treatment) exactly as published, in layouts no earlier
part has, beside the list's own names, addresses, organisation numbers and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of NO (helsenorge.no's treatment places), SE, FI, DK and many
others; here:

* the values are the ``phone`` and ``email`` fields of 85 kindergartens of bydel Grünerløkka,
  Sagene and St. Hanshaugen (``scripts/data/pii_no_oslo_kindergartens.json``, written by
  ``scripts/no_oslo_kindergartens_data.py``; source and licence in that file): Norwegian
  eight-digit numbers as the municipality's pages give them, in pairs (``99 41 41 90``,
  ``23 36 58 00``; 74 mobile numbers, ``4``/``9``), no ``+47``, each copy labelled; the
  kindergarten's address where the row keeps one (``akersveien@kanvas.no``,
  ``dl.brodfabrikken@bhg.no``; 23 rows) labelled too;
* the text around them is the same row's real fields: the name, owner type, borough,
  category, street address, postcode (``0550``), city, organisation number (nine digits,
  ``881503972``), the municipality's object id, number of children, age range, opening hours,
  coordinates and update time, with invented UUIDs, case and journal numbers, customer
  numbers, ids, weights and dates, unlabelled and scored (SOSI writes the coordinates as
  eight-digit integers, ``59919595 10756882``);
* in layouts no earlier part has, Norwegian formats, text in Norwegian (bokmål): SOSI 4.5
  files (Kartverket's text format for geodata: a ``.HODE`` with ``KOORDSYS 84``, one
  ``.PUNKT`` ``Barnehage`` with ``..TELEFONNUMMER``, ``..EPOST`` and an ``..INFORMASJON``
  repeating the number, a ``!`` comment naming it, ``..NØ`` in millionths of a degree), Noark
  5 archive extracts (``arkivstruktur.xml``: a ``saksmappe`` of a borough's kindergarten case
  with an incoming ``journalpost`` whose ``korrespondansepart`` is the kindergarten,
  ``telefonnummer`` and ``epostadresse``, a ``beskrivelse`` and a ``merknad`` repeating the
  number), Bring Booking API requests (a parcel to the kindergarten, the recipient's
  ``contact`` with ``phoneNumber`` and ``email``, ``additionalAddressInfo`` repeating the
  number, the ``EVARSLING`` notice service with ``mobile`` and ``email`` where the number is a
  mobile one) and Tripletex API customer records (``GET /v2/customer/{id}``: ``phoneNumber`` or
  ``phoneNumberMobile``, ``email``, ``invoiceEmail`` and ``overdueNoticeEmail``, a
  ``description`` repeating the number, ``invoiceSMSNotificationNumber`` where it is a mobile
  one, the postal and physical addresses).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_196.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
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
ROWS = ROOT / "scripts" / "data" / "pii_no_oslo_kindergartens.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_196.jsonl.gz"
SPLIT = "held_out_196"

LAYOUTS = ("sosi_file", "noark5_extract", "bring_booking", "tripletex_customer")
PHONE = "phone"
EDGES = {"phone": r"\d", "email": r"[\w.@'+-]"}

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented subjects of a borough's kindergarten cases (no real case is meant)
CASES = (
    ("Tilsyn med {name}", "Svar på varsel om tilsyn"),
    ("Tilskudd til ekstra bemanning, {name}", "Søknad om tilskudd til ekstra bemanning"),
    ("Åpningstider og planleggingsdager, {name}", "Melding om planleggingsdager"),
    ("Brannvern og beredskap, {name}", "Rapport fra brannøvelse"),
    ("Årsplan for barnehageåret 2026/2027, {name}", "Årsplan til orientering"),
)
# invented goods a supplier sends a kindergarten
GOODS = ("Formingsmateriell", "Bleier og våtservietter", "Leker til uteområdet",
         "Bøker til barnehagebiblioteket", "Førstehjelpsutstyr", "Tørkepapir og såpe")  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as kept ("" where the row keeps none)."""
    return _f(row, "email")


def mobile(row: dict[str, Any]) -> bool:
    """Whether the number is a Norwegian mobile one (eight digits beginning ``4`` or ``9``)."""
    return phone(row)[:1] in ("4", "9")


def street(row: dict[str, Any]) -> str:
    """The street address without its postcode and city (``Torvbakkgata 9``)."""
    return _f(row, "address").split(", ")[0]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code (none of the list's are)."""
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field and of its e-mail address
    labelled. Each copy stands apart (no digit next to the number, no address character next to
    the address)."""
    values = [("email", email(row)), ("phone", phone(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2026 (CET)."""
    start = dt.datetime(2026, 2, 16, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 120 * 86400))


def _uuid(rng: random.Random) -> str:
    """An invented UUID (version 4)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _json(doc: Any) -> str:
    """``doc`` as the layouts' JSON files write it (two-space indent, UTF-8 text)."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _sosi(value: str) -> str:
    """``value`` as a SOSI string (in double quotes)."""
    return '"' + value.replace('"', "'") + '"'


def _hours(row: dict[str, Any]) -> str:
    """The opening hours (``07:30-17:00``)."""
    return f"{_f(row, 'opening_hours_from')}-{_f(row, 'opening_hours_to')}"


def _updated(row: dict[str, Any]) -> dt.datetime:
    """When the municipality last changed the kindergarten's page."""
    return dt.datetime.fromisoformat(_f(row, "updated_at"))


def sosi_file(row: dict[str, Any], rng: random.Random) -> str:
    """A SOSI 4.5 file of one kindergarten, as a borough's map extract writes it: the
    ``.HODE`` (UTF-8, ``KOORDSYS 84`` with ``ENHET 0.000001``, the point's ``OMRÅDE``), a ``!``
    comment naming the extract and the number, one ``.PUNKT`` of ``OBJTYPE Barnehage`` with the
    municipality's object id as ``LOKALID``, the name, organisation number, owner type,
    borough, category, children, age range, hours, address, ``TELEFONNUMMER``, ``EPOST``,
    web page and an ``INFORMASJON`` repeating the number, the update time, and its ``..NØ``
    (latitude and longitude in millionths of a degree); ``.SLUTT``."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    north = round(float(_f(row, "latitude")) * 1_000_000)
    east = round(float(_f(row, "longitude")) * 1_000_000)
    when = _when(rng)
    info = f"{name}, {street(row)}. " + (
        f"E-post {mail}, telefon {tel}." if mail else f"Telefon {tel}."
    )
    lines = [
        ".HODE",
        "..TEGNSETT UTF-8",
        "..TRANSPAR",
        "...KOORDSYS 84",
        "...ORIGO-NØ 0 0",
        "...ENHET 0.000001",
        "..OMRÅDE",
        f"...MIN-NØ {north - 500} {east - 500}",
        f"...MAX-NØ {north + 500} {east + 500}",
        "..SOSI-VERSJON 4.5",
        "..SOSI-NIVÅ 2",
        f'..OBJEKTKATALOG "Barnehager {_f(row, "district")}"',
        f"! Uttrekk {when:%Y-%m-%d}, {_f(row, 'district')}. Spørsmål om {name}: ring {tel}.",
        f".PUNKT {rng.randint(1, 400)}:",
        "..OBJTYPE Barnehage",
        "..IDENT",
        f"...LOKALID {_sosi(_f(row, 'object_id'))}",
        '...NAVNEROM "https://www.oslo.kommune.no/barnehage"',
        f"...VERSJONID {_sosi(f'{_updated(row):%Y-%m-%d}')}",
        f"..NAVN {_sosi(name)}",
        f"..ORGANISASJONSNUMMER {_sosi(_f(row, 'organization_id'))}",
        f"..EIERFORM {_sosi(_f(row, 'type'))}",
        f"..BYDEL {_sosi(_f(row, 'district'))}",
        f"..KATEGORI {_sosi(_f(row, 'category'))}",
        f"..ANTALLBARN {_f(row, 'num_children')}",
        f"..ALDER {_sosi(_f(row, 'age_range'))}",
        f"..ÅPNINGSTID {_sosi(_hours(row))}",
        "..ADRESSE",
        f"...ADRESSENAVN {_sosi(street(row))}",
        f"...POSTNUMMER {_sosi(_f(row, 'postal_code'))}",
        f"...POSTSTED {_sosi(_f(row, 'city'))}",
        f"..TELEFONNUMMER {_sosi(tel)}",
    ]
    if mail:
        lines.append(f"..EPOST {_sosi(mail)}")
    lines += [
        f"..WEBADRESSE {_sosi(_f(row, 'url'))}",
        f"..INFORMASJON {_sosi(info)}",
        f"..OPPDATERINGSDATO {_updated(row):%Y%m%d%H%M%S}",
        "..NØ",
        f"{north} {east}",
        ".SLUTT",
        "",
    ]
    return "\n".join(lines)


def noark5_extract(row: dict[str, Any], rng: random.Random) -> str:
    """A Noark 5 archive extract's ``arkivstruktur.xml`` of one case of the borough's
    kindergarten office: the ``arkiv`` and ``arkivdel`` (invented system ids), a
    ``saksmappe`` (an invented case number of 2026, the case's title, dates, the borough as
    administrative unit) and an incoming ``journalpost`` from the kindergarten: its
    ``korrespondansepart`` (``Avsender``: name, street address, postcode, city,
    ``epostadresse`` where the row keeps one, ``telefonnummer``), a ``beskrivelse`` and a
    ``merknad`` repeating the number, journal numbers and dates, and one
    ``dokumentbeskrivelse``."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    borough = _f(row, "district")
    when = _when(rng)
    year, seq, post = when.year, rng.randint(1200, 9800), rng.randint(1, 4)
    case_title, post_title = rng.choice(CASES)
    created = when - dt.timedelta(days=rng.randint(3, 40))
    stamp = f"{when:%Y-%m-%dT%H:%M:%S%z}"
    stamp = stamp[:-2] + ":" + stamp[-2:]
    reach = (f"e-post {mail} eller " if mail else "") + f"telefon {tel}"
    description = (
        f"{post_title} fra {name} ({_f(row, 'type').lower()} barnehage, "
        f"organisasjonsnummer {_f(row, 'organization_id')}, {_f(row, 'num_children')} barn). "
        f"Barnehagen kan kontaktes på {reach}."
    )
    note = f"Ringte barnehagen på {tel} {when:%d.%m.%Y} for å bekrefte mottak."
    sender = [
        "            <korrespondansepart>",
        "              <korrespondanseparttype>Avsender</korrespondanseparttype>",
        f"              <korrespondansepartNavn>{_x(name)}</korrespondansepartNavn>",
        f"              <postadresse>{_x(street(row))}</postadresse>",
        f"              <postnummer>{_x(_f(row, 'postal_code'))}</postnummer>",
        f"              <poststed>{_x(_f(row, 'city'))}</poststed>",
        "              <land>NO</land>",
    ]
    if mail:
        sender.append(f"              <epostadresse>{_x(mail)}</epostadresse>")
    sender += [
        f"              <telefonnummer>{tel}</telefonnummer>",
        "            </korrespondansepart>",
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<arkiv xmlns="http://www.arkivverket.no/standarder/noark5/arkivstruktur" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.arkivverket.no/standarder/noark5/arkivstruktur '
        'arkivstruktur.xsd">',
        f"  <systemID>{_uuid(rng)}</systemID>",
        f"  <tittel>Oslo kommune, {_x(borough)}</tittel>",
        "  <arkivstatus>Avsluttet</arkivstatus>",
        "  <dokumentmedium>Elektronisk arkiv</dokumentmedium>",
        f"  <opprettetDato>{year}-01-02T08:00:00+01:00</opprettetDato>",
        "  <opprettetAv>arkivtjenesten</opprettetAv>",
        "  <arkivdel>",
        f"    <systemID>{_uuid(rng)}</systemID>",
        f"    <tittel>Sakarkiv {year}, barnehager</tittel>",
        "    <arkivdelstatus>Avsluttet periode</arkivdelstatus>",
        "    <dokumentmedium>Elektronisk arkiv</dokumentmedium>",
        f"    <opprettetDato>{year}-01-02T08:00:00+01:00</opprettetDato>",
        "    <opprettetAv>arkivtjenesten</opprettetAv>",
        '    <mappe xsi:type="saksmappe">',
        f"      <systemID>{_uuid(rng)}</systemID>",
        f"      <mappeID>{year}/{seq}</mappeID>",
        f"      <tittel>{_x(case_title.format(name=name))}</tittel>",
        f"      <opprettetDato>{created:%Y-%m-%dT%H:%M:%S}+01:00</opprettetDato>",
        "      <opprettetAv>barnehagekontoret</opprettetAv>",
        f"      <saksaar>{year}</saksaar>",
        f"      <sakssekvensnummer>{seq}</sakssekvensnummer>",
        f"      <saksdato>{created:%Y-%m-%d}</saksdato>",
        f"      <administrativEnhet>{_x(borough)}, barnehagekontoret</administrativEnhet>",
        "      <saksansvarlig>barnehagekontoret</saksansvarlig>",
        "      <saksstatus>Avsluttet</saksstatus>",
        '      <registrering xsi:type="journalpost">',
        f"        <systemID>{_uuid(rng)}</systemID>",
        f"        <opprettetDato>{stamp}</opprettetDato>",
        "        <opprettetAv>postmottak</opprettetAv>",
        f"        <arkivertDato>{stamp}</arkivertDato>",
        "        <arkivertAv>postmottak</arkivertAv>",
        f"        <registreringsID>{year}/{seq}-{post}</registreringsID>",
        f"        <tittel>{_x(post_title)} - {_x(name)}</tittel>",
        f"        <beskrivelse>{_x(description)}</beskrivelse>",
        *[line[4:] for line in sender],
        f"        <journalaar>{year}</journalaar>",
        f"        <journalsekvensnummer>{rng.randint(10000, 99999)}</journalsekvensnummer>",
        f"        <journalpostnummer>{post}</journalpostnummer>",
        "        <journalposttype>Inngående dokument</journalposttype>",
        "        <journalstatus>Arkivert</journalstatus>",
        f"        <journaldato>{when:%Y-%m-%d}</journaldato>",
        f"        <dokumentetsDato>{when - dt.timedelta(days=1):%Y-%m-%d}</dokumentetsDato>",
        f"        <mottattDato>{stamp}</mottattDato>",
        "        <merknad>",
        f"          <merknadstekst>{_x(note)}</merknadstekst>",
        "          <merknadstype>Notat</merknadstype>",
        f"          <merknadsdato>{when:%Y-%m-%d}</merknadsdato>",
        "          <merknadRegistrertAv>barnehagekontoret</merknadRegistrertAv>",
        "        </merknad>",
        "        <dokumentbeskrivelse>",
        f"          <systemID>{_uuid(rng)}</systemID>",
        "          <dokumenttype>Brev</dokumenttype>",
        "          <dokumentstatus>Dokumentet er ferdigstilt</dokumentstatus>",
        f"          <tittel>{_x(post_title)}</tittel>",
        "          <tilknyttetRegistreringSom>Hoveddokument</tilknyttetRegistreringSom>",
        "          <dokumentnummer>1</dokumentnummer>",
        "        </dokumentbeskrivelse>",
        "      </registrering>",
        "    </mappe>",
        "  </arkivdel>",
        "</arkiv>",
        "",
    ]
    return "\n".join(lines)


def bring_booking(row: dict[str, Any], rng: random.Random) -> str:
    """A request to Bring's Booking API (``POST /booking/api/booking``) for one parcel from an
    invented supplier to the kindergarten: the schema version and test flag, one consignment
    with its shipping time, the parties (the supplier without contact details; the
    kindergarten as recipient: street address, postcode, city, its organisation number as
    ``reference``, ``additionalAddressInfo`` repeating the number and the hours, ``contact``
    with ``phoneNumber`` and ``email`` where the row keeps one), the product (an invented
    customer number, the ``EVARSLING`` notice service with ``mobile`` and ``email`` where the
    number is a mobile one) and the package (invented weight, size and correlation ids)."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    when = _when(rng)
    contact: dict[str, str] = {"name": f"Styrer, {name}"}
    if mail:
        contact["email"] = mail
    contact["phoneNumber"] = tel
    product: dict[str, Any] = {
        "id": rng.choice(("SERVICEPAKKE", "BUSINESS_PARCEL")),
        "customerNumber": f"PARCELS_NORWAY-{rng.randint(10_000_000, 99_999_999):011d}",
    }
    if mobile(row):
        notice = {"id": "EVARSLING", "mobile": tel}
        if mail:
            notice["email"] = mail
        product["additionalServices"] = [notice]
    goods = rng.choice(GOODS)
    doc = {
        "testIndicator": False,
        "schemaVersion": 1,
        "consignments": [
            {
                "shippingDateTime": f"{when:%Y-%m-%dT%H:%M:%S}",
                "parties": {
                    "sender": {
                        "name": "Barnehageleverandøren AS",
                        "addressLine": "Økernveien 145",
                        "postalCode": "0580",
                        "city": "OSLO",
                        "countryCode": "NO",
                        "reference": f"ORD-{rng.randint(100000, 999999)}",
                    },
                    "recipient": {
                        "name": name,
                        "addressLine": street(row),
                        "postalCode": _f(row, "postal_code"),
                        "city": _f(row, "city"),
                        "countryCode": "NO",
                        "reference": _f(row, "organization_id"),
                        "additionalAddressInfo": (
                            f"Leveres i åpningstiden {_hours(row)}. Ring {tel} ved ankomst."
                        ),
                        "contact": contact,
                    },
                },
                "product": product,
                "purchaseOrder": None,
                "correlationId": _uuid(rng),
                "packages": [
                    {
                        "weightInKg": round(rng.uniform(0.8, 18.0), 1),
                        "goodsDescription": goods,
                        "dimensions": {
                            "heightInCm": rng.choice((15, 20, 30, 40)),
                            "widthInCm": rng.choice((25, 30, 40)),
                            "lengthInCm": rng.choice((35, 40, 60, 80)),
                        },
                        "containerId": None,
                        "packageType": None,
                        "numberOfItems": None,
                        "correlationId": f"PKG-{rng.randint(1000, 9999)}",
                    }
                ],
            }
        ],
    }
    return _json(doc)


def tripletex_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A customer record as Tripletex's API returns it (``GET /v2/customer/{id}``, a
    ``value`` wrapper): invented id, version and customer number, the kindergarten's name and
    organisation number, its number as ``phoneNumber`` (a landline) or ``phoneNumberMobile``
    (a mobile one), its address as ``email``, ``invoiceEmail`` and ``overdueNoticeEmail``
    where the row keeps one (else invoices go by EHF), a ``description`` repeating the number,
    the SMS notice of invoices to the number where it is a mobile one
    (``invoiceSMSNotificationNumber``), payment terms, and its street address as postal and
    physical address."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    ident = rng.randint(10_000_000, 99_999_999)

    def address() -> dict[str, Any]:
        return {
            "id": rng.randint(100_000_000, 999_999_999),
            "addressLine1": street(row),
            "addressLine2": "",
            "postalCode": _f(row, "postal_code"),
            "city": _f(row, "city"),
            "country": {"id": 161},
        }

    doc = {
        "value": {
            "id": ident,
            "version": rng.randint(1, 9),
            "url": f"tripletex.no/v2/customer/{ident}",
            "name": name,
            "organizationNumber": _f(row, "organization_id"),
            "customerNumber": rng.randint(10001, 10999),
            "isSupplier": False,
            "isCustomer": True,
            "isInactive": False,
            "email": mail,
            "invoiceEmail": mail,
            "overdueNoticeEmail": mail,
            "phoneNumber": "" if mobile(row) else tel,
            "phoneNumberMobile": tel if mobile(row) else "",
            "description": (
                f"{_f(row, 'type')} barnehage i {_f(row, 'district')}, "
                f"{_f(row, 'num_children')} barn. Kontakt barnehagen på {tel}."
            ),
            "language": "NO",
            "isPrivateIndividual": False,
            "singleCustomerInvoice": False,
            "invoiceSendMethod": "EMAIL" if mail else "EHF",
            "invoiceSendSMSNotification": mobile(row),
            "invoiceSMSNotificationNumber": tel if mobile(row) else "",
            "invoicesDueIn": rng.choice((14, 20, 30)),
            "invoicesDueInType": "DAYS",
            "postalAddress": address(),
            "physicalAddress": address(),
            "currency": {"id": 1},
        }
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sosi_file": sosi_file,
    "noark5_extract": noark5_extract,
    "bring_booking": bring_booking,
    "tripletex_customer": tripletex_customer,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field and of its
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
