"""held_out_326 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Berlin's register of day-care centres, Kitas, of the Senatsverwaltung für Bildung,
Jugend und Familie; Germany's earlier parts took Berlin's, North Rhine-Westphalia's and
Hamburg's schools, Chemnitz's day-care centres and other registers) exactly as published, in
layouts no earlier part has, beside the register's own names, addresses and numbers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` and ``email`` fields of 300 Kitas
  (``scripts/data/pii_de_berlin_kitas.json``, written by ``scripts/de_berlin_kitas_data.py``;
  source and licence in that file): the phone field as the register's detail page printed it,
  Berlin's area code ``030`` put before the number the Kita entered (``0307811927``,
  ``0306712 0795``, ``030030 6322 8646``, ``030(030) 22502155``, ``0300176 84022731``), with
  extensions and ranges (``0304985689-0``, ``03076685878 - 80``), alternative endings and second
  numbers after a slash (``03076233844/45``, ``0307821487/325123350``), seven-digit local
  numbers (``782 83 19``) and mobiles (``+491706559626``); each number of a field labelled on
  its own (``numbers``), each copy labelled; the Kita's e-mail address where the register gives
  one that names the Kita or a desk, each copy labelled;
* the text around them is the same row's real fields: the Kita's name, address, postcode,
  district, Träger kind, its Einrichtungsnummer of seven or eight digits (``3040080``, unlabelled:
  an identifier of the shape of a local number) and places, with invented invoice numbers, tax
  numbers (``27/612/01234``, ELSTER's thirteen-digit form), GLNs, amounts, dates and record
  ids, unlabelled and scored;
* in layouts no earlier part has, German formats of a Kita's administration, text in German:
  XRechnung 3.0 invoices in UBL syntax (the Kita as seller billing an invented company for
  reserved places, ``Belegplätze``, VAT-exempt under § 4 Nr. 25 UStG: the number as the
  seller contact's ``cbc:Telephone`` and in a ``cbc:Note``, the address as ``EndpointID``
  scheme ``EM`` and ``cbc:ElectronicMail``), ELSTER Lohnsteuer-Anmeldungen (``ElsterAnmeldung``
  transfer of ``Anmeldungssteuern`` ``LStA``: the Kita's Träger as ``DatenLieferant`` with
  ``Telefon`` and ``Email``), FragDenStaat's Froide public-body API objects
  (``/api/v1/publicbody/``: ``contact`` lines and ``request_note`` naming the number, ``email``)
  and DIN 5008 business letters to the Senatsverwaltung's Kita supervision (the number in the
  information block, the closing sentence and the footer).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_326.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_11 import numbers as runs
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_de_berlin_kitas.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_326.jsonl.gz"
SPLIT = "held_out_326"

LAYOUTS = ("xrechnung_ubl", "elster_lsta", "froide_publicbody", "din5008_brief")
PHONE = "phone"
EMAIL_EDGE = r"[\w.+@-]"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented companies that reserve places for their staff's children (no real firm is meant)
COMPANIES = (
    "Spreeufer Logistik GmbH", "Havelland Pflegedienste gGmbH", "Kiezwerk Software GmbH",
    "Müggelsee Bau AG", "Tegeler Medizintechnik GmbH", "Panke Energie GmbH",
    "Wuhletal Verlag GmbH & Co. KG", "Adlershof Labor GmbH",
)  # fmt: skip
STREETS = ("Uferstraße", "Am Wasserwerk", "Gewerbehof", "Industriestraße", "Am Campus")
# invented reasons a Kita reports to the supervision under § 47 SGB VIII
REPORTS = (
    ("Änderung der Öffnungszeiten", "ab dem {d} öffnet unsere Einrichtung montags bis "
     "freitags von 7:00 bis 17:00 Uhr"),
    ("Schließzeiten im Kitajahr", "unsere Einrichtung bleibt vom {d} an für zwei Wochen "
     "geschlossen; eine Notbetreuung ist mit einer Partnereinrichtung vereinbart"),
    ("Wechsel der Kitaleitung", "die Leitung unserer Einrichtung wechselt zum {d}; die "
     "Nachweise der Qualifikation reichen wir gesondert ein"),
    ("Vorübergehende Belegungsänderung", "wegen Bauarbeiten belegen wir ab dem {d} einen "
     "Gruppenraum weniger; die Zahl der betreuten Kinder bleibt im genehmigten Rahmen"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> Any:
    """A field as published (strings stripped; "" where the row has no such field)."""
    value = row["fields"].get(key, "")
    return value.strip() if isinstance(value, str) else value


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's kept e-mail address, stripped ("" where none is kept)."""
    return _f(row, "email")


def postcode(row: dict[str, Any]) -> str:
    """The row's postcode (the page's list of one)."""
    return ", ".join(_f(row, "postcode"))


def places(row: dict[str, Any]) -> int:
    """The row's places, all ages."""
    return int(_f(row, "structure")["overall"])


def international(value: str) -> bool:
    """Whether a labelled number is written with a calling code (``+49`` or ``0049``)."""
    return value.startswith(("+", "00"))


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a phone field: the runs ``pii_held_out_11.numbers``
    reads, each split again at a ``/`` between two pieces of seven digits or more (two whole
    numbers: ``0307821487/325123350``, ``5328375/5324453``); a shorter piece after it is an
    alternative ending of the number before it (``03076233844/45``) and a shorter one before
    it, or a calling code with a mobile prefix (``00490151/21168204``), the start of the
    number after it, each kept with that number."""
    out = []
    for s, e in runs(field):
        pieces = [m for m in re.finditer(r"[^/]+", field[s:e]) if m.group().strip()]
        groups: list[list[re.Match[str]]] = []
        for piece in pieces:
            digits = sum(c.isdigit() for c in piece.group())
            before = (
                "".join(c for p in groups[-1] for c in p.group() if c.isdigit()) if groups else ""
            )
            prefix = before.startswith("0049") and len(before) <= 8
            if not groups or (digits >= 7 and len(before) >= 7 and not prefix):
                groups.append([piece])
            else:
                groups[-1].append(piece)
        for group in groups:
            first, last = group[0], group[-1]
            start = s + first.start() + len(first.group()) - len(first.group().lstrip())
            end = s + last.start() + len(last.group().rstrip())
            out.append((start, end))
    return out


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and e-mail address
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    return field_copies(
        text,
        [("phone", phone(row)), ("email", email(row))],
        {"phone": r"\d", "email": EMAIL_EDGE},
        {"phone": PHONE},
        row["path"],
    )


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one row's block: each number of its phone field labelled on
    its own by ``numbers`` (one no person holds only a distractor), its kind by
    ``international``, each e-mail address labelled (``pii_held_out_14.labelled_record`` with
    this register's numbers)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            value = field[s:e]
            kind = "international" if international(value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    spans += [[s, e, "EMAIL_ADDRESS", "register"] for s, e in block.emails]
    text = block.text
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def _when(rng: random.Random) -> dt.date:
    """An invented day of 2024 or early 2025."""
    return dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _steuernummer(rng: random.Random) -> tuple[str, str]:
    """An invented Berlin tax number, as printed (``27/612/01234``) and in ELSTER's
    thirteen-digit form (``11`` for Berlin, the office, ``0``, the district and the number)."""
    office, district, number = rng.randint(14, 37), rng.randint(100, 999), rng.randint(0, 99999)
    printed = f"{office}/{district}/{number:05d}"
    return printed, f"11{office}0{district}{number:05d}"[:13]


def _gln(rng: random.Random) -> str:
    """An invented GLN (13 digits of a German prefix, ``40``-``44``, check digit right)."""
    body = str(rng.randint(40, 44)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def _kind(row: dict[str, Any]) -> str:
    """The Kita's type and Träger kind (``Kindertagesstätte (Eigenbetrieb)``)."""
    return f"{_f(row, 'type')} {_f(row, 'parentType')}".strip()


def xrechnung_ubl(row: dict[str, Any], rng: random.Random) -> str:
    """An XRechnung 3.0 invoice in UBL 2.1 syntax: the Kita as seller (``EndpointID`` of
    scheme ``EM`` where it has an address, its Einrichtungsnummer as party identifier, an
    invented tax number of scheme ``FC``, the contact ``Kitaleitung`` with ``Telephone`` and
    ``ElectronicMail``) billing an invented company (``EndpointID`` an invented GLN, scheme
    ``0088``) for a month of reserved places; exempt (``E``) under § 4 Nr. 25 UStG, a
    ``Note`` naming the number for questions, invented invoice number, dates and amounts."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    issued = _when(rng)
    start = issued.replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    count = rng.randint(1, 4)
    price = rng.choice((650, 720, 780, 850, 910))
    total = f"{count * price:.2f}"
    company = rng.choice(COMPANIES)
    printed, _ = _steuernummer(rng)
    invoice = f"BP-{issued:%Y}-{rng.randint(10, 999):03d}"
    seller_endpoint = (
        [f'      <cbc:EndpointID schemeID="EM">{_x(mail)}</cbc:EndpointID>'] if mail else []
    )
    contact = [
        "        <cac:Contact>",
        "          <cbc:Name>Kitaleitung</cbc:Name>",
        f"          <cbc:Telephone>{_x(tel)}</cbc:Telephone>",
        *([f"          <cbc:ElectronicMail>{_x(mail)}</cbc:ElectronicMail>"] if mail else []),
        "        </cac:Contact>",
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"',
        '    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"',
        '    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
        "  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:"
        "xrechnung_3.0</cbc:CustomizationID>",
        "  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>",
        f"  <cbc:ID>{invoice}</cbc:ID>",
        f"  <cbc:IssueDate>{issued:%Y-%m-%d}</cbc:IssueDate>",
        f"  <cbc:DueDate>{issued + dt.timedelta(days=14):%Y-%m-%d}</cbc:DueDate>",
        "  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>",
        "  <cbc:Note>#ADU#Steuerfreie Leistung nach § 4 Nr. 25 UStG.</cbc:Note>",
        f"  <cbc:Note>#AAI#Rückfragen zu dieser Rechnung: {_x(name)}, Telefon {_x(tel)}</cbc:Note>",
        "  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>",
        f"  <cbc:BuyerReference>BV-{rng.randint(1000, 9999)}</cbc:BuyerReference>",
        "  <cac:InvoicePeriod>",
        f"    <cbc:StartDate>{start:%Y-%m-%d}</cbc:StartDate>",
        f"    <cbc:EndDate>{end:%Y-%m-%d}</cbc:EndDate>",
        "  </cac:InvoicePeriod>",
        "  <cac:ContractDocumentReference>",
        f"    <cbc:ID>Belegplatzvereinbarung {rng.randint(1, 40)}/{issued.year - 1}</cbc:ID>",
        "  </cac:ContractDocumentReference>",
        "  <cac:AccountingSupplierParty>",
        "    <cac:Party>",
        *seller_endpoint,
        "      <cac:PartyIdentification>",
        f"        <cbc:ID>{_f(row, 'num')}</cbc:ID>",
        "      </cac:PartyIdentification>",
        "      <cac:PartyName>",
        f"        <cbc:Name>{_x(name)}</cbc:Name>",
        "      </cac:PartyName>",
        "      <cac:PostalAddress>",
        f"        <cbc:StreetName>{_x(_f(row, 'address'))}</cbc:StreetName>",
        "        <cbc:CityName>Berlin</cbc:CityName>",
        f"        <cbc:PostalZone>{postcode(row)}</cbc:PostalZone>",
        f"        <cbc:CountrySubentity>{_x(_f(row, 'district'))}</cbc:CountrySubentity>",
        "        <cac:Country>",
        "          <cbc:IdentificationCode>DE</cbc:IdentificationCode>",
        "        </cac:Country>",
        "      </cac:PostalAddress>",
        "      <cac:PartyTaxScheme>",
        f"        <cbc:CompanyID>{printed}</cbc:CompanyID>",
        "        <cac:TaxScheme>",
        "          <cbc:ID>FC</cbc:ID>",
        "        </cac:TaxScheme>",
        "      </cac:PartyTaxScheme>",
        "      <cac:PartyLegalEntity>",
        f"        <cbc:RegistrationName>{_x(name)}</cbc:RegistrationName>",
        "      </cac:PartyLegalEntity>",
        *[line[2:] for line in contact],
        "    </cac:Party>",
        "  </cac:AccountingSupplierParty>",
        "  <cac:AccountingCustomerParty>",
        "    <cac:Party>",
        f'      <cbc:EndpointID schemeID="0088">{_gln(rng)}</cbc:EndpointID>',
        "      <cac:PartyName>",
        f"        <cbc:Name>{_x(company)}</cbc:Name>",
        "      </cac:PartyName>",
        "      <cac:PostalAddress>",
        f"        <cbc:StreetName>{rng.choice(STREETS)} {rng.randint(1, 120)}</cbc:StreetName>",
        "        <cbc:CityName>Berlin</cbc:CityName>",
        f"        <cbc:PostalZone>{rng.randint(10115, 14199)}</cbc:PostalZone>",
        "        <cac:Country>",
        "          <cbc:IdentificationCode>DE</cbc:IdentificationCode>",
        "        </cac:Country>",
        "      </cac:PostalAddress>",
        "      <cac:PartyLegalEntity>",
        f"        <cbc:RegistrationName>{_x(company)}</cbc:RegistrationName>",
        "      </cac:PartyLegalEntity>",
        "    </cac:Party>",
        "  </cac:AccountingCustomerParty>",
        "  <cac:PaymentMeans>",
        "    <cbc:PaymentMeansCode>1</cbc:PaymentMeansCode>",
        f"    <cbc:PaymentID>{invoice}</cbc:PaymentID>",
        "  </cac:PaymentMeans>",
        "  <cac:PaymentTerms>",
        "    <cbc:Note>Zahlbar innerhalb von 14 Tagen ohne Abzug.</cbc:Note>",
        "  </cac:PaymentTerms>",
        "  <cac:TaxTotal>",
        '    <cbc:TaxAmount currencyID="EUR">0.00</cbc:TaxAmount>',
        "    <cac:TaxSubtotal>",
        f'      <cbc:TaxableAmount currencyID="EUR">{total}</cbc:TaxableAmount>',
        '      <cbc:TaxAmount currencyID="EUR">0.00</cbc:TaxAmount>',
        "      <cac:TaxCategory>",
        "        <cbc:ID>E</cbc:ID>",
        "        <cbc:Percent>0</cbc:Percent>",
        "        <cbc:TaxExemptionReason>Steuerfrei nach § 4 Nr. 25 UStG</cbc:TaxExemptionReason>",
        "        <cac:TaxScheme>",
        "          <cbc:ID>VAT</cbc:ID>",
        "        </cac:TaxScheme>",
        "      </cac:TaxCategory>",
        "    </cac:TaxSubtotal>",
        "  </cac:TaxTotal>",
        "  <cac:LegalMonetaryTotal>",
        f'    <cbc:LineExtensionAmount currencyID="EUR">{total}</cbc:LineExtensionAmount>',
        f'    <cbc:TaxExclusiveAmount currencyID="EUR">{total}</cbc:TaxExclusiveAmount>',
        f'    <cbc:TaxInclusiveAmount currencyID="EUR">{total}</cbc:TaxInclusiveAmount>',
        f'    <cbc:PayableAmount currencyID="EUR">{total}</cbc:PayableAmount>',
        "  </cac:LegalMonetaryTotal>",
        "  <cac:InvoiceLine>",
        "    <cbc:ID>1</cbc:ID>",
        f'    <cbc:InvoicedQuantity unitCode="H87">{count}</cbc:InvoicedQuantity>',
        f'    <cbc:LineExtensionAmount currencyID="EUR">{total}</cbc:LineExtensionAmount>',
        "    <cac:Item>",
        f"      <cbc:Description>Belegplätze {start:%m/%Y}, {_x(_kind(row))}, "
        f"{places(row)} Plätze</cbc:Description>",
        "      <cbc:Name>Belegplatz Kindertagesbetreuung</cbc:Name>",
        "      <cac:ClassifiedTaxCategory>",
        "        <cbc:ID>E</cbc:ID>",
        "        <cbc:Percent>0</cbc:Percent>",
        "        <cac:TaxScheme>",
        "          <cbc:ID>VAT</cbc:ID>",
        "        </cac:TaxScheme>",
        "      </cac:ClassifiedTaxCategory>",
        "    </cac:Item>",
        "    <cac:Price>",
        f'      <cbc:PriceAmount currencyID="EUR">{price:.2f}</cbc:PriceAmount>',
        "    </cac:Price>",
        "  </cac:InvoiceLine>",
        "</ubl:Invoice>",
        "",
    ]
    return "\n".join(lines)


def elster_lsta(row: dict[str, Any], rng: random.Random) -> str:
    """An ELSTER ``ElsterAnmeldung`` transfer of a Lohnsteuer-Anmeldung (``LStA``) for a month
    of the Kita's staff: the ``TransferHeader`` (test marker ``700000004``, an invented
    manufacturer id, the Kita as ``DatenLieferant``), the ``NutzdatenHeader`` (an invented
    ticket, a Berlin tax office as recipient) and the ``Anmeldungssteuern`` with the Kita's
    Träger as ``DatenLieferant`` (``Name``, ``Strasse``, ``PLZ``, ``Ort``, ``Telefon``,
    ``Email``), an invented thirteen-digit tax number and amounts (``Kz86`` employees,
    ``Kz42`` wage tax, ``Kz61`` solidarity surcharge, ``Kz83`` the total)."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    when = _when(rng)
    _, elster = _steuernummer(rng)
    staff = max(2, places(row) // rng.randint(6, 9))
    wage_tax = staff * rng.randint(180, 420) + rng.randint(0, 99) / 100
    soli = round(wage_tax * rng.choice((0.0, 0.0, 0.012)), 2)
    period = rng.randint(1, 12)
    supplier = [
        "          <DatenLieferant>",
        f"            <Name>{_x(name)}</Name>",
        f"            <Strasse>{_x(_f(row, 'address'))}</Strasse>",
        f"            <PLZ>{postcode(row)}</PLZ>",
        "            <Ort>Berlin</Ort>",
        f"            <Telefon>{_x(tel)}</Telefon>",
        *([f"            <Email>{_x(mail)}</Email>"] if mail else []),
        "          </DatenLieferant>",
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Elster xmlns="http://www.elster.de/elsterxml/schema/v11">',
        '  <TransferHeader version="11">',
        "    <Verfahren>ElsterAnmeldung</Verfahren>",
        "    <DatenArt>LStA</DatenArt>",
        "    <Vorgang>send-Auth</Vorgang>",
        "    <Testmerker>700000004</Testmerker>",
        f"    <HerstellerID>{rng.randint(10000, 99999)}</HerstellerID>",
        f"    <DatenLieferant>{_x(name)}</DatenLieferant>",
        "    <Datei>",
        "      <Verschluesselung>CMSEncryptedData</Verschluesselung>",
        "      <Kompression>GZIP</Kompression>",
        "      <TransportSchluessel/>",
        "    </Datei>",
        "  </TransferHeader>",
        "  <DatenTeil>",
        "    <Nutzdatenblock>",
        '      <NutzdatenHeader version="11">',
        f"        <NutzdatenTicket>{rng.randint(100000, 999999)}</NutzdatenTicket>",
        f'        <Empfaenger id="F">11{rng.randint(14, 37)}</Empfaenger>',
        "        <Hersteller>",
        "          <ProduktName>Kita-Lohn</ProduktName>",
        f"          <ProduktVersion>{rng.randint(3, 9)}.{rng.randint(0, 9)}</ProduktVersion>",
        "        </Hersteller>",
        "      </NutzdatenHeader>",
        "      <Nutzdaten>",
        f'        <Anmeldungssteuern art="LStA" version="{when.year}">',
        *supplier,
        f"          <Erstellungsdatum>{when:%Y%m%d}</Erstellungsdatum>",
        "          <Steuerfall>",
        f'            <Lohnsteueranmeldung version="{when.year}">',
        f"              <Jahr>{when.year}</Jahr>",
        f"              <Zeitraum>{period:02d}</Zeitraum>",
        f"              <Steuernummer>{elster}</Steuernummer>",
        "              <Kz10>1</Kz10>",
        f"              <Kz86>{staff}</Kz86>",
        f"              <Kz42>{wage_tax:.2f}</Kz42>",
        f"              <Kz61>{soli:.2f}</Kz61>",
        f"              <Kz83>{wage_tax + soli:.2f}</Kz83>",
        "            </Lohnsteueranmeldung>",
        "          </Steuerfall>",
        "        </Anmeldungssteuern>",
        "      </Nutzdaten>",
        "    </Nutzdatenblock>",
        "  </DatenTeil>",
        "</Elster>",
        "",
    ]
    return "\n".join(lines)


def _slug(value: str) -> str:
    """A Froide slug of a name (lower case, umlauts spelled out, hyphens)."""
    value = value.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss")):
        value = value.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", value).strip("-")


def froide_publicbody(row: dict[str, Any], rng: random.Random) -> str:
    """A public body as FragDenStaat's Froide API gives it (``/api/v1/publicbody/<id>/``,
    JSON): an invented id, the Kita's name and slug, a description with its type, Träger kind,
    district, Einrichtungsnummer and places, the classification ``Kindertagesstätte``, its
    ``email``, its ``contact`` lines (``Tel.:``, ``E-Mail:``), its address, a
    ``request_note`` naming the number, the jurisdiction Berlin with its law, the source and
    the coordinates as a GeoJSON point."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    body = rng.randint(90000, 199999)
    slug = _slug(name)
    contact = f"Tel.: {tel}" + (f"\nE-Mail: {mail}" if mail else "")
    geo = _f(row, "geo")
    created = dt.datetime(2018, 3, 1, 9, tzinfo=dt.UTC) + dt.timedelta(
        seconds=rng.randint(0, 200 * 86400)
    )
    doc = {
        "resource_uri": f"https://fragdenstaat.de/api/v1/publicbody/{body}/",
        "id": body,
        "name": name,
        "slug": slug,
        "other_names": "",
        "description": f"{_kind(row)} in Berlin-{_f(row, 'district')}, "
        f"Einrichtungsnummer {_f(row, 'num')}, {places(row)} Plätze.",
        "url": "",
        "parent": None,
        "root": f"https://fragdenstaat.de/api/v1/publicbody/{body}/",
        "depth": 0,
        "classification": {
            "id": 1284,
            "name": "Kindertagesstätte",
            "slug": "kindertagesstatte",
            "depth": 1,
        },
        "categories": [],
        "email": mail,
        "contact": contact,
        "address": f"{_f(row, 'address')}\n{postcode(row)} Berlin",
        "fax": "",
        "request_note": f"Anfragen bitte schriftlich an die Kitaleitung; Rückfragen unter {tel}.",
        "number_of_requests": rng.randint(0, 3),
        "site_url": f"https://fragdenstaat.de/behoerde/{slug}/",
        "jurisdiction": {
            "resource_uri": "https://fragdenstaat.de/api/v1/jurisdiction/4/",
            "id": 4,
            "name": "Berlin",
            "rank": 1,
            "region": None,
            "site_url": "https://fragdenstaat.de/informationsfreiheit/berlin/",
        },
        "laws": ["https://fragdenstaat.de/api/v1/law/19/"],
        "regions": [],
        "source_reference": "Senatsverwaltung für Bildung, Jugend und Familie, Kita-Verzeichnis",
        "alternative_emails": None,
        "wikidata_item": "",
        "extra_data": {},
        "geo": {"type": "Point", "coordinates": [geo["lon"], geo["lat"]]},
        "created_at": created.isoformat().replace("+00:00", "Z"),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def din5008_brief(row: dict[str, Any], rng: random.Random) -> str:
    """A DIN 5008 business letter (form B, plain text) of the Kita to the Senatsverwaltung's
    Kita supervision under § 47 SGB VIII: the return line, the address field, the information
    block (``Unser Zeichen`` with the Einrichtungsnummer, ``Telefon``, ``E-Mail``, the date),
    the subject, a short report, the closing sentence naming the number and address, the
    greeting and a footer with the Kita's address and number; invented dates."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    when = _when(rng)
    subject, report = rng.choice(REPORTS)
    effective = when + dt.timedelta(days=rng.randint(14, 60))
    reach = f"Für Rückfragen erreichen Sie uns unter {tel}"
    reach += f" oder per E-Mail ({mail})." if mail else "."
    info = [
        f"{'Unser Zeichen:':<22}{_f(row, 'num')}/{when:%y}",
        f"{'Name:':<22}Kitaleitung",
        f"{'Telefon:':<22}{tel}",
        *([f"{'E-Mail:':<22}{mail}"] if mail else []),
        f"{'Datum:':<22}{when:%d.%m.%Y}",
    ]
    lines = [
        f"{name} · {_f(row, 'address')} · {postcode(row)} Berlin",
        "",
        "Senatsverwaltung für Bildung, Jugend und Familie",
        "Kita-Aufsicht",
        "Bernhard-Weiß-Straße 6",
        "10178 Berlin",
        "",
        *info,
        "",
        f"{subject} – Einrichtungsnummer {_f(row, 'num')}",
        "",
        "Sehr geehrte Damen und Herren,",
        "",
        f"wir teilen Ihnen nach § 47 SGB VIII mit: {report.format(d=f'{effective:%d.%m.%Y}')}.",
        f"Die Einrichtung ({_kind(row)}, Berlin-{_f(row, 'district')}) hat "
        f"{places(row)} genehmigte Plätze.",
        "",
        reach,
        "",
        "Mit freundlichen Grüßen",
        "",
        name,
        "Kitaleitung",
        "",
        "—",
        f"{name} · {_f(row, 'address')} · {postcode(row)} Berlin · Telefon {tel}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "xrechnung_ubl": xrechnung_ubl,
    "elster_lsta": elster_lsta,
    "froide_publicbody": froide_publicbody,
    "din5008_brief": din5008_brief,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and
    e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
