"""held_out_19 of the PII evaluation set: real phone and e-mail fields of a country whose
register no earlier part used (Estonia) exactly as its public bodies published them, in
layouts no earlier part has, beside the country's own identifiers.

The procedure of ``held_out_18``, on another register and other layouts; ``held_out_11`` to
``held_out_18`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR and SI; here:

* the values are the contact fields of the dataset catalogue of Estonia's open-data portal
  (``scripts/data/pii_ee_open_data.json``, written by ``scripts/ee_open_data_data.py``;
  source and licence in that file): seven-digit landline and seven- or eight-digit mobile
  numbers with no trunk prefix and mostly no ``+372`` (``665 0600``, ``6121630``, ``6 282
  280``, ``611 3693, 611 3703``), each number of the field labelled on its own
  (``pii_held_out_11.numbers``), each copy of the e-mail address labelled; the country is
  the register's;
* the text around them is the same row's real fields: the holder's eight-digit registry code,
  its VAT number (``EE`` and nine digits), postcode, EHAK code, seven-digit ADS address id,
  the date of its first entry, the dataset's dates (``2020/03/28``), with invented invoice,
  document and page numbers, amounts and dates, unlabelled and scored; the Estonian
  identifiers have the length of an Estonian phone number (seven or eight digits);
* in layouts no earlier part has: a UBL 2.1 e-invoice's seller party (``cbc:CompanyID``,
  ``cbc:Telephone``, ``cbc:ElectronicMail``), a schema.org JSON-LD block with a
  ``ContactPoint`` (``taxID``, an ``identifier`` ``PropertyValue``), the text of a government
  application form as PDF extraction gives it (Estonian field labels, dotted leaders, the
  value after them: ``Registrikood``, ``Telefon``, ``E-post``), and a press release's
  closing contact block (``Lisainfo:`` then name, holder, ``tel`` and address).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was first scored.

    python scripts/pii_held_out_19.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ee_open_data.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_19.jsonl.gz"
SPLIT = "held_out_19"

LAYOUTS = ("ubl_invoice", "jsonld_contactpoint", "pdf_form", "press_release")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    return row["fields"][key].strip()


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address, or "" where the catalogue has none."""
    value = _f(row, "maintainer_email")
    return value if "@" in value else ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field, or "" where it holds no number."""
    value = _f(row, "maintainer_phone")
    return value if sum(c.isdigit() for c in value) >= 6 else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _day(rng: random.Random) -> datetime.date:
    """An invented day of the catalogue's last year."""
    return datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randint(5, 390))


def _holder(row: dict[str, Any]) -> str:
    return _f(row, "organization") or _f(row, "maintainer_name")


def _town(row: dict[str, Any]) -> str:
    """The holder's town: the first name of the EHAK text (``Tartu linn, Tartu linn, ...``)."""
    return _f(row, "asukoha_ehak_tekstina").split(",")[0]


def ubl_invoice(row: dict[str, Any], rng: random.Random) -> Record:
    """An e-invoice in UBL 2.1 (Estonia's e-arve), the head and the seller party: invoice
    number and date, the party's name, registry code (``cbc:CompanyID``), VAT number, postal
    address, and its contact (``cbc:Name``, ``cbc:Telephone``, ``cbc:ElectronicMail``)."""
    b = Record()
    day = _day(rng)
    b.add('<?xml version="1.0" encoding="UTF-8"?>\n<Invoice xmlns="urn:oasis:names:')
    b.add('specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:')
    b.add('ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:')
    b.add('specification:ubl:schema:xsd:CommonBasicComponents-2">\n')
    b.add("  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>\n")
    b.add(f"  <cbc:ID>{day.year}-{rng.randint(100, 9999):04d}</cbc:ID>\n")
    b.add(f"  <cbc:IssueDate>{day.isoformat()}</cbc:IssueDate>\n")
    due = day + datetime.timedelta(days=14)
    b.add(f"  <cbc:DueDate>{due.isoformat()}</cbc:DueDate>\n")
    b.add("  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n")
    b.add("  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n")
    b.add(f"  <cbc:BuyerReference>{rng.randint(1000000, 9999999)}</cbc:BuyerReference>\n")
    b.add("  <cac:AccountingSupplierParty>\n    <cac:Party>\n")
    b.add(f"      <cac:PartyName><cbc:Name>{_holder(row)}</cbc:Name></cac:PartyName>\n")
    if _f(row, "asukoht_ettevotja_aadressis"):
        b.add("      <cac:PostalAddress>\n")
        b.add(
            f"        <cbc:StreetName>{_f(row, 'asukoht_ettevotja_aadressis')}</cbc:StreetName>\n"
        )
        b.add(f"        <cbc:CityName>{_town(row)}</cbc:CityName>\n")
        b.add(f"        <cbc:PostalZone>{_f(row, 'indeks_ettevotja_aadressis')}</cbc:PostalZone>\n")
        b.add("        <cac:Country><cbc:IdentificationCode>EE</cbc:IdentificationCode>")
        b.add("</cac:Country>\n      </cac:PostalAddress>\n")
    if _f(row, "kmkr_nr"):
        b.add("      <cac:PartyTaxScheme>\n")
        b.add(f"        <cbc:CompanyID>{_f(row, 'kmkr_nr')}</cbc:CompanyID>\n")
        b.add("        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>\n")
        b.add("      </cac:PartyTaxScheme>\n")
    if _f(row, "ariregistri_kood"):
        b.add("      <cac:PartyLegalEntity>\n")
        b.add(f"        <cbc:RegistrationName>{_holder(row)}</cbc:RegistrationName>\n")
        code = _f(row, "ariregistri_kood")
        b.add(f'        <cbc:CompanyID schemeID="0191">{code}</cbc:CompanyID>\n')
        b.add("      </cac:PartyLegalEntity>\n")
    b.add("      <cac:Contact>\n")
    if _f(row, "maintainer_name"):
        b.add(f"        <cbc:Name>{_f(row, 'maintainer_name')}</cbc:Name>\n")
    if phone(row):
        b.add("        <cbc:Telephone>")
        b.phone("maintainer_phone", phone(row))
        b.add("</cbc:Telephone>\n")
    if email(row):
        b.add("        <cbc:ElectronicMail>")
        b.email(email(row))
        b.add("</cbc:ElectronicMail>\n")
    b.add("      </cac:Contact>\n    </cac:Party>\n  </cac:AccountingSupplierParty>\n")
    amount = rng.randint(1200, 980000) / 100
    b.add("  <cac:LegalMonetaryTotal>\n")
    b.add(f'    <cbc:TaxExclusiveAmount currencyID="EUR">{amount:.2f}</cbc:TaxExclusiveAmount>\n')
    b.add(f'    <cbc:PayableAmount currencyID="EUR">{amount * 1.2:.2f}</cbc:PayableAmount>\n')
    b.add("  </cac:LegalMonetaryTotal>\n</Invoice>\n")
    return b


def _json(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def jsonld_contactpoint(row: dict[str, Any], rng: random.Random) -> Record:
    """A schema.org JSON-LD block as a site embeds it in its page: the dataset, its
    publisher (``GovernmentOrganization``) with ``identifier`` (a ``PropertyValue`` of the
    registry code), ``taxID``, postal address and a ``ContactPoint`` whose ``telephone`` and
    ``email`` are the catalogue's contact."""
    b = Record()
    b.add('<script type="application/ld+json">\n{\n  "@context": "https://schema.org",\n')
    b.add(f'  "@type": "Dataset",\n  "name": {_json(_f(row, "title"))},\n')
    b.add(f'  "datePublished": {_json(_f(row, "date_issued"))},\n')
    b.add(f'  "dateModified": {_json(_f(row, "date_modified"))},\n')
    if _f(row, "license"):
        b.add(f'  "license": {_json(_f(row, "license"))},\n')
    b.add('  "publisher": {\n    "@type": "GovernmentOrganization",\n')
    b.add(f'    "name": {_json(_holder(row))},\n')
    if _f(row, "ariregistri_kood"):
        b.add('    "identifier": {"@type": "PropertyValue", "propertyID": "registrikood", ')
        b.add(f'"value": "{_f(row, "ariregistri_kood")}"}},\n')
        b.add(f'    "taxID": "{_f(row, "kmkr_nr")}",\n')
        b.add('    "address": {\n      "@type": "PostalAddress",\n')
        b.add(f'      "streetAddress": {_json(_f(row, "asukoht_ettevotja_aadressis"))},\n')
        b.add(f'      "postalCode": "{_f(row, "indeks_ettevotja_aadressis")}",\n')
        b.add(f'      "addressLocality": {_json(_town(row))},\n')
        b.add('      "addressCountry": "EE"\n    },\n')
    b.add('    "contactPoint": {\n      "@type": "ContactPoint",\n')
    b.add('      "contactType": "andmehulga kontakt",\n')
    if _f(row, "maintainer_name"):
        b.add(f'      "name": {_json(_f(row, "maintainer_name"))},\n')
    if phone(row):
        b.add('      "telephone": "')
        b.phone("maintainer_phone", phone(row))
        b.add('",\n')
    if email(row):
        b.add('      "email": "')
        b.email(email(row))
        b.add('",\n')
    b.add('      "availableLanguage": ["et", "en"]\n    }\n  }\n}\n</script>\n')
    return b


def _leader(label: str, width: int = 34) -> str:
    """A form's label and the dotted leader a PDF's text extraction keeps after it."""
    return f"{label} " + "." * max(3, width - len(label)) + " "


def pdf_form(row: dict[str, Any], rng: random.Random) -> Record:
    """An application form of a public body (``TAOTLUS``) as PDF text extraction gives it:
    a form code and page line, Estonian field labels followed by dotted leaders and the
    filled-in value, a signature line with the date, the footer's page number."""
    b = Record()
    day = _day(rng)
    b.add(f"Vorm A-{rng.randint(1, 40)}                                        Lk 1 / 2\n\n")
    b.add("TAOTLUS ANDMEHULGA AVALDAMISEKS\n\n1. Andmevaldaja andmed\n\n")
    b.add(f"{_leader('Asutuse nimi')}{_holder(row)}\n")
    if _f(row, "ariregistri_kood"):
        b.add(f"{_leader('Registrikood')}{_f(row, 'ariregistri_kood')}\n")
        b.add(f"{_leader('KMKR number')}{_f(row, 'kmkr_nr')}\n")
        b.add(f"{_leader('Aadress')}{_f(row, 'asukoht_ettevotja_aadressis')}, {_town(row)}\n")
        b.add(f"{_leader('Postiindeks')}{_f(row, 'indeks_ettevotja_aadressis')}\n")
        b.add(f"{_leader('ADS aadressi ID')}{_f(row, 'ads_adr_id')}\n")
        b.add(f"{_leader('Kantud registrisse')}{_f(row, 'ettevotja_esmakande_kpv')}\n")
    b.add("\n2. Kontaktisik\n\n")
    if _f(row, "maintainer_name"):
        b.add(f"{_leader('Ees- ja perekonnanimi')}{_f(row, 'maintainer_name')}\n")
    b.add(_leader("Telefon"))
    if phone(row):
        b.phone("maintainer_phone", phone(row))
    b.add("\n")
    b.add(_leader("E-post"))
    if email(row):
        b.email(email(row))
    b.add("\n\n3. Andmehulk\n\n")
    b.add(f"{_leader('Pealkiri')}{_f(row, 'title')}\n")
    b.add(f"{_leader('Esmakordselt avaldatud')}{_f(row, 'date_issued')}\n\n")
    b.add(f"Kuupäev: {day.strftime('%d.%m.%Y')}          Allkiri: ______________________\n")
    b.add(f"Dokumendi nr {day.year}/{rng.randint(1, 999)}-{rng.randint(1, 99)}\n")
    return b


def press_release(row: dict[str, Any], rng: random.Random) -> Record:
    """The end of a press release (``Pressiteade``): its date line, a sentence on the
    dataset, and the closing contact block (``Lisainfo:`` then the contact's name, the
    holder, ``tel`` before the number and the address on its own line)."""
    b = Record()
    day = _day(rng)
    b.add(f"PRESSITEADE\n{day.strftime('%d.%m.%Y')}\n\n")
    b.add(f"{_holder(row)} avaldas avaandmetena andmehulga „{_f(row, 'title')}“. ")
    b.add(f"Andmeid uuendatakse korrapäraselt, viimati {_f(row, 'date_modified')}.\n\n")
    b.add("Lisainfo:\n")
    if _f(row, "maintainer_name"):
        b.add(f"{_f(row, 'maintainer_name')}\n")
    b.add(f"{_holder(row)}\n")
    if phone(row):
        b.add("tel ")
        b.phone("maintainer_phone", phone(row))
        b.add("\n")
    if email(row):
        b.email(email(row))
        b.add("\n")
    if _f(row, "ariregistri_kood"):
        b.add(f"Registrikood {_f(row, 'ariregistri_kood')}\n")
    return b


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Record]] = {
    "ubl_invoice": ubl_invoice,
    "jsonld_contactpoint": jsonld_contactpoint,
    "pdf_form": pdf_form,
    "press_release": press_release,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each number of its phone field
    labelled on its own, each copy of its e-mail address labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = BLOCKS[layout](row, rng)
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
