"""held_out_250 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the City of Vienna's open-data layer of the city's pharmacies; Austria's
earlier parts took the OeNB's bank directory, Eurostat GISCO's hospitals and a directory of
authorities and public bodies) exactly as published, in layouts no earlier part has, beside the
layer's own names, districts, addresses and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``TELEFON``, ``FAX`` and ``EMAIL`` fields of 345 Vienna pharmacies
  (``scripts/data/pii_at_vienna_pharmacies.json``, written by
  ``scripts/at_vienna_pharmacies_data.py``; source and licence in that file): Austrian numbers
  as the city writes them, Vienna's trunk and area code ``01`` and the subscriber number in
  groups (``01 486 22 60``; a few otherwise: ``+43(1)361 55 48``, ``01/786 34 27``,
  ``01 2080999``, ``013434353``, ``01 66 22 024``, or with no area code, ``600 80 00``), the
  fax mostly the same string as the phone (292 rows), else the number with the fax line's
  extension (``01 982 54 05 50``, ``01 210 69 84-89``, ``01 263 20 30/4``; one
  ``01 734 92 00 - 30``, whose ``- 30`` stays unlabelled), each copy labelled, a copy the phone
  and fax fields share under ``TELEFON`` (702 numbers, two with ``+43``); the pharmacy's
  e-mail address (335 rows) labelled wherever it stands (339 copies);
* the text around them is the same row's real fields: the pharmacy's name, district, street
  and house number, the address as the city writes it (``16., Rückertgasse 26``) and the
  layer's object id (``2540379``), with the district's postcode (``1160``) and invented
  invoice, order and VAT numbers (``ATU`` and eight digits, ``00000000`` for a recipient with
  none), goods, amounts, request and message ids, tokens and moments, unlabelled and scored;
* in layouts no earlier part has, formats of Austria's and Germany's business and telephony
  software, text in German: ebInterface 6.1 invoices (Austria's national e-invoice standard;
  the pharmacy as ``Biller`` with ``Address`` ``Phone`` and ``Email``, a ``Comment`` naming the
  fax and the address for orders), sipgate REST API v2 ``POST /v2/contacts`` requests (a shared
  contact with ``numbers`` of type ``work`` and ``fax``, ``emails``, ``addresses`` and
  ``organization``), snom XML minibrowser directories (``SnomIPPhoneDirectory`` with the
  pharmacy's ``DirectoryEntry`` for the phone and one for the fax) and Nextcloud Talk chat
  messages as the OCS API returns them (``ocs.data`` with a ``comment`` of an invented role
  account announcing the pharmacy's night duty with its numbers and address, and a reply).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_250.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
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
ROWS = ROOT / "scripts" / "data" / "pii_at_vienna_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_250.jsonl.gz"
SPLIT = "held_out_250"

LAYOUTS = ("ebinterface_invoice", "sipgate_contact", "snom_directory", "talk_chat")
PHONE = "TELEFON"
FAX = "FAX"
EMAIL = "EMAIL"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
VIENNA_TZ = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented goods a pharmacy invoices to an institution: (description, unit price in EUR)
GOODS = (
    ("Erste-Hilfe-Koffer nach ÖNORM Z 1020 Typ 1", "54.90"),
    ("Händedesinfektion 500 ml", "7.45"),
    ("Einmalhandschuhe Nitril, Größe M, 100 Stück", "9.80"),
    ("Fieberthermometer digital", "8.95"),
    ("Pflaster-Sortiment, 100 Stück", "4.60"),
    ("Mullbinden 8 cm x 4 m, 10 Stück", "6.20"),
    ("Sterile Kompressen 10 x 10 cm, 25 Stück", "5.35"),
    ("Kühlkompresse, wiederverwendbar", "3.90"),
    ("Sonnenschutzcreme LSF 50, 200 ml", "14.50"),
    ("Zeckenkarte", "2.95"),
)  # fmt: skip
# invented institutions that order from a pharmacy (no real body is meant)
RECIPIENTS = (
    "Kindergruppe Regenbogen",
    "Pensionistenklub Grätzl",
    "Sportunion Wien-Nord",
    "Verein Nachbarschaftshilfe",
    "Volkshochschule Kursbüro",
    "Tageszentrum für Seniorinnen und Senioren",
    "Feuerwehrjugend Wien",
    "Eltern-Kind-Zentrum",
)  # fmt: skip
# invented replies in the nurses' chat (no number, no address)
REPLIES = (
    "Danke! Ich habe es an die Kolleginnen im Nachtdienst weitergegeben.",
    "Danke für die Info, ist im Dienstplan für heute Nacht vermerkt.",
    "Super, danke. Die Rezepte aus dem Tageszentrum holen wir heute Nacht dort ab.",
    "Passt, ich gebe es bei der Übergabe um 19 Uhr weiter.",
)  # fmt: skip
GENERATING_SYSTEMS = ("APOFAKT 6.3", "PharmaOffice 2026.1", "WINAPO ebInterface-Export 4.2")


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
    """The row's e-mail field as published, stripped ("" where it has none)."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """A number written with its country code (``+43(1)361 55 48``)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone, fax and e-mail fields labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address); the longer field first, so a phone field found inside the fax field's copy is the
    fax's, and the phone first where the two are the same string."""
    numbers = sorted([("phone", phone(row)), ("fax", fax(row))], key=lambda kv: -len(kv[1]))
    values = [*numbers, ("email", email(row))]
    columns = {"phone": PHONE, "fax": FAX}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def postcode(row: dict[str, Any]) -> str:
    """The district's postcode (``1160`` for the 16th), as Vienna's postcodes are numbered."""
    return f"1{int(_f(row, 'BEZIRK')):02d}0"


def street(row: dict[str, Any]) -> str:
    """The street and house number (``Rückertgasse 26``)."""
    return f"{_f(row, 'STRASSE')} {_f(row, 'ONR')}".strip()


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of autumn 2026, after the layer's export (at UTC+1)."""
    start = dt.datetime(2026, 8, 17, 8, 0, tzinfo=VIENNA_TZ)
    return start + dt.timedelta(seconds=rng.randint(0, 120 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _uid(rng: random.Random) -> str:
    """An invented Austrian VAT number (``ATU`` and eight digits)."""
    return "ATU" + "".join(str(rng.randint(0, 9)) for _ in range(8))


def _money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def _orders(row: dict[str, Any]) -> str:
    """Where to send orders, in the invoice's comment (the fax and the address the row has)."""
    ways = []
    if fax(row):
        ways.append(f"per Fax an {fax(row)}")
    if email(row):
        ways.append(f"per E-Mail an {email(row)}")
    if not ways:
        return "Bestellungen nehmen wir gerne telefonisch entgegen"
    return "Nachbestellungen bitte " + " oder ".join(ways)


def ebinterface_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """An ebInterface 6.1 invoice (Austria's national XML e-invoice, ``Invoice`` of namespace
    ``http://www.ebinterface.at/schema/6p1/``) of the pharmacy to an invented institution: an
    invented number, dates and generating system, the pharmacy as ``Biller`` (an invented VAT
    number, ``Address`` with name, street, town, postcode, country, ``Phone`` and ``Email``),
    the institution as ``InvoiceRecipient`` with an invented order reference and post-office
    box, one to three ``ListLineItem``s of invented first-aid goods at 20 % VAT, the ``Tax``
    summary, totals, ``PaymentMethod`` ``NoPayment`` with a comment and a ``Comment`` naming
    the fax and the e-mail address for orders."""
    name, tel, mail = _f(row, "BEZEICHNUNG"), phone(row), email(row)
    when = _when(rng)
    number = f"{when:%Y}-{rng.randint(100, 4999):05d}"
    recipient = f"{rng.choice(RECIPIENTS)} {_f(row, 'BEZIRK')}. Bezirk"
    items, net = [], 0
    for position, (description, price) in enumerate(rng.sample(GOODS, rng.randint(1, 3)), 1):
        quantity = rng.choice((1, 2, 3, 5, 10))
        amount = quantity * int(price.replace(".", ""))
        net += amount
        tax = (amount * 20 + 50) // 100
        items += [
            "      <ListLineItem>",
            f"        <PositionNumber>{position}</PositionNumber>",
            f"        <Description>{_x(description)}</Description>",
            f'        <Quantity Unit="STK">{quantity}.0000</Quantity>',
            f"        <UnitPrice>{price}00</UnitPrice>",
            "        <TaxItem>",
            f"          <TaxableAmount>{_money(amount)}</TaxableAmount>",
            '          <TaxPercent TaxCategoryCode="S">20</TaxPercent>',
            f"          <TaxAmount>{_money(tax)}</TaxAmount>",
            "        </TaxItem>",
            f"        <LineItemAmount>{_money(amount)}</LineItemAmount>",
            "      </ListLineItem>",
        ]
    vat = (net * 20 + 50) // 100
    contact = [f"      <Phone>{_x(tel)}</Phone>"]
    if mail:
        contact.append(f"      <Email>{_x(mail)}</Email>")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Invoice xmlns="http://www.ebinterface.at/schema/6p1/" '
        f'GeneratingSystem="{rng.choice(GENERATING_SYSTEMS)}" DocumentType="Invoice" '
        f'InvoiceCurrency="EUR" DocumentTitle="Rechnung {number}" Language="ger">',
        f"  <InvoiceNumber>{number}</InvoiceNumber>",
        f"  <InvoiceDate>{when:%Y-%m-%d}</InvoiceDate>",
        "  <Delivery>",
        f"    <Date>{when - dt.timedelta(days=rng.randint(0, 6)):%Y-%m-%d}</Date>",
        "  </Delivery>",
        "  <Biller>",
        f"    <VATIdentificationNumber>{_uid(rng)}</VATIdentificationNumber>",
        "    <Address>",
        f"      <Name>{_x(name)}</Name>",
        f"      <Street>{_x(street(row))}</Street>",
        "      <Town>Wien</Town>",
        f"      <ZIP>{postcode(row)}</ZIP>",
        '      <Country CountryCode="AT">Österreich</Country>',
        *contact,
        "    </Address>",
        "  </Biller>",
        "  <InvoiceRecipient>",
        "    <VATIdentificationNumber>00000000</VATIdentificationNumber>",
        "    <OrderReference>",
        f"      <OrderID>B-{when:%y}-{rng.randint(10, 999):03d}</OrderID>",
        "    </OrderReference>",
        "    <Address>",
        f"      <Name>{_x(recipient)}</Name>",
        f"      <POBox>Postfach {rng.randint(1, 300)}</POBox>",
        "      <Town>Wien</Town>",
        f"      <ZIP>{postcode(row)}</ZIP>",
        '      <Country CountryCode="AT">Österreich</Country>',
        "    </Address>",
        "  </InvoiceRecipient>",
        "  <Details>",
        "    <ItemList>",
        *items,
        "    </ItemList>",
        "  </Details>",
        "  <Tax>",
        "    <TaxItem>",
        f"      <TaxableAmount>{_money(net)}</TaxableAmount>",
        '      <TaxPercent TaxCategoryCode="S">20</TaxPercent>',
        f"      <TaxAmount>{_money(vat)}</TaxAmount>",
        "    </TaxItem>",
        "  </Tax>",
        f"  <TotalGrossAmount>{_money(net + vat)}</TotalGrossAmount>",
        f"  <PayableAmount>{_money(net + vat)}</PayableAmount>",
        "  <PaymentMethod>",
        "    <Comment>Der Rechnungsbetrag wurde bei der Abholung in bar beglichen.</Comment>",
        "    <NoPayment/>",
        "  </PaymentMethod>",
        f"  <Comment>Vielen Dank für Ihre Bestellung! Die Waren wurden am {when:%d.%m.%Y} an "
        f"Ihre Einrichtung übergeben. {_x(_orders(row))}, Rückfragen unter {_x(tel)}</Comment>",
        "</Invoice>",
        "",
    ]
    return "\n".join(lines)


def sipgate_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A sipgate REST API v2 ``POST /v2/contacts`` request (a practice's shared address book
    filled from the city's list): the request line and headers, and the JSON body of a
    ``SHARED`` contact with the pharmacy's name, ``numbers`` (the phone of type ``work``, the
    fax of type ``fax`` and ``work``), ``emails``, one of ``addresses`` (street, Vienna, the
    district's postcode, Austria) and ``organization``; an invented request id."""
    name = _f(row, "BEZEICHNUNG")
    numbers = [{"number": phone(row), "type": ["work"]}]
    if fax(row):
        numbers.append({"number": fax(row), "type": ["fax", "work"]})
    body = {
        "name": name,
        "family": "",
        "given": "",
        "picture": None,
        "emails": [{"email": email(row), "type": ["work"]}] if email(row) else [],
        "numbers": numbers,
        "addresses": [
            {
                "poBox": "",
                "extendedAddress": "",
                "streetAddress": street(row),
                "locality": "Wien",
                "region": "Wien",
                "postalCode": postcode(row),
                "country": "Österreich",
            }
        ],
        "organization": [[name, f"Apotheke, {_f(row, 'BEZIRK')}. Bezirk"]],
        "scope": "SHARED",
    }
    text = json.dumps(body, ensure_ascii=False, indent=2)
    head = [
        "POST /v2/contacts HTTP/1.1",
        "Host: api.sipgate.com",
        "Accept: application/json",
        "Content-Type: application/json",
        f"X-Request-Id: {uuid.UUID(int=rng.getrandbits(128), version=4)}",
        f"Content-Length: {len(text.encode('utf-8'))}",
    ]
    return "\n".join(head) + "\n\n" + text + "\n"


def snom_directory(row: dict[str, Any], rng: random.Random) -> str:
    """A snom XML minibrowser directory (``SnomIPPhoneDirectory``, as a desk phone's directory
    URL returns it) of the pharmacy: the district as ``Title``, a ``Prompt``, a
    ``DirectoryEntry`` with the name and the phone as ``Telephone``, one for the fax where the
    row has one, and a comment naming the layer and the object id."""
    name, tel = _f(row, "BEZEICHNUNG"), phone(row)
    entries = [
        "  <DirectoryEntry>",
        f"    <Name>{_x(name)}</Name>",
        f"    <Telephone>{_x(tel)}</Telephone>",
        "  </DirectoryEntry>",
    ]
    if fax(row):
        entries += [
            "  <DirectoryEntry>",
            f"    <Name>{_x(name)} (Fax)</Name>",
            f"    <Telephone>{_x(fax(row))}</Telephone>",
            "  </DirectoryEntry>",
        ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- Apotheken Standorte Wien (Stadt Wien), OBJECTID {_f(row, 'OBJECTID')}, "
        f"Stand {_when(rng):%d.%m.%Y} -->",
        "<SnomIPPhoneDirectory>",
        f"  <Title>Apotheken {_f(row, 'BEZIRK')}. Bezirk</Title>",
        f"  <Prompt>{rng.choice(('Eintrag wählen', 'Bitte wählen', 'Nummer wählen'))}</Prompt>",
        *entries,
        "</SnomIPPhoneDirectory>",
        "",
    ]
    return "\n".join(lines)


def _duty(row: dict[str, Any], when: dt.datetime) -> str:
    """The night-duty notice, in German: name, address and the row's numbers and address."""
    name, tel, telefax, mail = _f(row, "BEZEICHNUNG"), phone(row), fax(row), email(row)
    if telefax == tel:
        numbers = f"Tel./Fax {tel}"
    elif telefax:
        numbers = f"Tel. {tel}, Fax {telefax}"
    else:
        numbers = f"Tel. {tel}"
    text = (
        f"Nachtdienst {when:%d.%m.} im {_f(row, 'BEZIRK')}. Bezirk: **{name}**, "
        f"{_f(row, 'ADRESSE')} – {numbers}"
    )
    if mail:
        text += f"\nVorbestellungen per E-Mail: {mail}"
    return text


def talk_chat(row: dict[str, Any], rng: random.Random) -> str:
    """A Nextcloud Talk chat page as the OCS API returns it (``GET
    /ocs/v2.php/apps/spreed/api/v1/chat/{token}``, ``ocs.meta`` and ``ocs.data``): one
    ``comment`` of an invented role account of a district's nurses' group announcing the
    pharmacy's night duty with its address, numbers and e-mail address (Markdown), an invented
    room token, message id, reference id and moment."""
    when = _when(rng)
    token = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(8))
    message = {
        "id": rng.randint(20000, 990000),
        "token": token,
        "actorType": "users",
        "actorId": "pflege-koordination",
        "actorDisplayName": f"Pflegekoordination {_f(row, 'BEZIRK')}. Bezirk",
        "timestamp": int(when.timestamp()),
        "message": _duty(row, when),
        "messageParameters": [],
        "systemMessage": "",
        "messageType": "comment",
        "isReplyable": True,
        "referenceId": hashlib.sha256(f"{token}:{when.isoformat()}".encode()).hexdigest(),
        "reactions": {},
        "expirationTimestamp": 0,
        "markdown": True,
    }
    reply = {
        **message,
        "id": message["id"] + rng.randint(1, 40),
        "actorId": "nachtdienst-team",
        "actorDisplayName": "Nachtdienst Hauskrankenpflege",
        "timestamp": message["timestamp"] + rng.randint(60, 3600),
        "message": rng.choice(REPLIES),
        "referenceId": hashlib.sha256(f"{token}:{message['id']}:reply".encode()).hexdigest(),
        "markdown": False,
    }
    ok = {"status": "ok", "statuscode": 200, "message": "OK"}
    body = {"ocs": {"meta": ok, "data": [reply, message]}}
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ebinterface_invoice": ebinterface_invoice,
    "sipgate_contact": sipgate_contact,
    "snom_directory": snom_directory,
    "talk_chat": talk_chat,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the layer in its layout: each copy of its phone, fax and e-mail
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
