"""held_out_157 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Czech Republic's pharmacies in the State Institute for Drug Control's
list, SÚKL; Czechia's earlier part took its hospitals in Eurostat GISCO's healthcare-services
list) exactly as published, in layouts no earlier part has, beside the register's own names,
codes and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of CZ (GISCO's hospitals), SK, PL, AT, HU and many others; here:

* the values are the ``TELEFON``, ``FAX`` and ``EMAIL`` fields of 300 pharmacies
  (``scripts/data/pii_cz_sukl_pharmacies.json``, written by ``scripts/cz_sukl_pharmacies_data.py``;
  source and licence in that file): Czech nine-digit numbers as each pharmacy gave them, most in
  groups of three (``224 238 901``), some in one run (``225574558``), 33 fields with two to four
  numbers apart by commas or a semicolon, two with words (``(ZV)``, ``- veřejná část
  lékárny``); seven faxes; one e-mail address or several apart by commas; each copy of a field
  labelled, each number and each address in it on its own;
* the text around them is the same row's real fields: the name, the workplace code
  (``KOD_PRACOVISTE``, eleven digits), the pharmacy code, the ICZ, the IČO, the street, city
  and postcode (``11000``), the web address and the pharmacy type, with invented invoice
  numbers, variable symbols, supplier IČOs, UUIDs, record ids, amounts, quantities and dates,
  unlabelled and scored;
* in layouts no earlier part has, Czech business data formats, text in Czech: ISDOC 6.0.2
  invoices (the Czech e-invoice XML: an invented distributor's supply to the pharmacy, the
  pharmacy as ``AccountingCustomerParty`` with ``Contact`` ``Telephone`` and ``ElectronicMail``,
  a ``Note`` repeating the number), POHODA XML address-book imports (Stormware ``dataPack``
  with ``adb:addressbook``: ``adb:phone``, ``adb:fax``, ``adb:email``, an ``adb:note`` repeating
  the number), Fakturoid API v3 subject resources (JSON: ``phone``, ``email``, ``email_copy``,
  ``registration_no``, a ``private_note`` repeating the number) and PrestaShop webservice
  ``store`` resources (XML with CDATA: ``phone``, ``fax``, ``email``, multilingual ``name``,
  ``address1`` and a ``note`` repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_157.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_cz_sukl_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_157.jsonl.gz"
SPLIT = "held_out_157"

LAYOUTS = ("isdoc_invoice", "pohoda_addressbook", "fakturoid_subject", "prestashop_store")
PHONE, FAX, EMAIL = "TELEFON", "FAX", "EMAIL"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
CET = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented distributors and goods of the invoices (no real company or order is meant)
SUPPLIERS = (
    ("Farmadistribuce Vltava s.r.o.", "Libeňská 118/4", "Praha", "18000"),
    ("MediSklad Podyjí a.s.", "Vídeňská 2051/90", "Znojmo", "66902"),
    ("Zdravodistri Haná s.r.o.", "Průmyslová 731", "Prostějov", "79601"),
    ("Lékosklad Krkonoše s.r.o.", "Skladová 15", "Trutnov", "54101"),
)  # fmt: skip
GOODS = (
    ("Obvazový materiál, balení 10 ks", 12), ("Jednorázové rukavice nitrilové, 100 ks", 21),
    ("Dezinfekční gel na ruce 500 ml", 21), ("Lékovky PP 100 ml s víčkem", 21),
    ("Injekční stříkačky 5 ml, 100 ks", 12), ("Teploměr digitální", 12),
    ("Papírové sáčky na léky, 1000 ks", 21), ("Štítky pro individuálně připravované léčivé "
                                               "přípravky, role", 21),
)  # fmt: skip
TYPES = {
    "Z": "základní lékárna", "OOVL": "odloučené oddělení výdeje léčiv",
    "Z/OOVL": "základní lékárna s odloučeným oddělením výdeje", "NO": "nemocniční lékárna",
    "L": "lékárna s odbornými pracovišti", "LO": "lékárna s odbornými pracovišti a OOVL",
    "NZ": "nemocniční lékárna se zvláštními činnostmi",
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped ("" where it holds no number). Five of the
    seven kept faxes are the phone number again: their copies are the phone field's too, and
    are labelled under it."""
    value = _f(row, FAX)
    return value if any(c.isdigit() for c in value) else ""


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as published, stripped."""
    return _f(row, EMAIL)


def addresses(row: dict[str, Any]) -> list[str]:
    """Each e-mail address of the row's field once, in its order (the field may list several
    apart by commas, one of them twice)."""
    out: list[str] = []
    for part in re.split(r"[,;\s]+", email(row)):
        if part and part not in out:
            out.append(part)
    return out


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields and of each of its
    e-mail addresses labelled (each copy stands apart: no digit next to a number, no address
    character next to an address); the addresses are taken first, longest first, so a number
    inside one would be the address's."""
    values = [("email", a) for a in sorted(addresses(row), key=len, reverse=True)]
    values += [("phone", phone(row)), ("fax", fax(row))]
    columns = {"phone": PHONE, "fax": FAX}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the kept rows' is)."""
    return value.startswith(("+", "00"))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Prague, CET)."""
    start = dt.datetime(2024, 1, 8, 7, 30, tzinfo=CET)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _ico(rng: random.Random) -> str:
    """An invented IČO (eight digits, its mod-11 check digit right)."""
    while True:
        body = [rng.randint(0, 9) for _ in range(7)]
        rest = sum(d * (8 - i) for i, d in enumerate(body)) % 11
        check = (11 - rest) % 10
        if rest != 1 or check == 0:
            return "".join(map(str, body)) + str(check)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _kind(row: dict[str, Any]) -> str:
    """The pharmacy type in words where the code is one of the common ones, else the code."""
    code = _f(row, "TYP_LEKARNY")
    return TYPES.get(code, f"lékárna typu {code}" if code else "lékárna")


def _fax_note(row: dict[str, Any]) -> str:
    return f", fax {fax(row)}" if fax(row) else ""


def _money(value: float) -> str:
    return f"{value:.2f}"


def isdoc_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """An ISDOC 6.0.2 invoice (``http://isdoc.cz/namespace/2013``, document type 1) of an
    invented distributor to the pharmacy: an invented number, UUID, dates and issuing system, a
    ``Note`` naming the pharmacy and repeating its number (and fax), the distributor as
    ``AccountingSupplierParty`` (an invented IČO, no contact), the pharmacy as
    ``AccountingCustomerParty`` (its IČO, pharmacy code as ``UserID``, name, street, city,
    postcode, ``Contact`` with ``Telephone`` and ``ElectronicMail`` as published), one to three
    invented lines of goods with their VAT, the totals, and a bank-transfer payment with an
    invented variable symbol and due date."""
    name, tel = _f(row, "NAZEV"), phone(row)
    when = _when(rng)
    number = f"FV{when:%Y}{rng.randint(10000, 99999)}"
    supplier = rng.choice(SUPPLIERS)
    lines, base, vat = [], {12: 0.0, 21: 0.0}, {12: 0.0, 21: 0.0}
    for i, (item, rate) in enumerate(rng.sample(GOODS, rng.randint(1, 3)), 1):
        qty = rng.randint(1, 24)
        price = rng.randint(1500, 89000) / 100
        amount = round(qty * price, 2)
        tax = round(amount * rate / 100, 2)
        base[rate] += amount
        vat[rate] += tax
        lines += [
            "    <InvoiceLine>",
            f"      <ID>{i}</ID>",
            f'      <InvoicedQuantity unitCode="KS">{qty}</InvoicedQuantity>',
            f"      <LineExtensionAmount>{_money(amount)}</LineExtensionAmount>",
            f"      <LineExtensionAmountTaxInclusive>{_money(amount + tax)}"
            "</LineExtensionAmountTaxInclusive>",
            f"      <LineExtensionTaxAmount>{_money(tax)}</LineExtensionTaxAmount>",
            f"      <UnitPrice>{_money(price)}</UnitPrice>",
            f"      <UnitPriceTaxInclusive>{_money(price * (100 + rate) / 100)}"
            "</UnitPriceTaxInclusive>",
            "      <ClassifiedTaxCategory>",
            f"        <Percent>{rate}</Percent>",
            "        <VATCalculationMethod>0</VATCalculationMethod>",
            "      </ClassifiedTaxCategory>",
            "      <Item>",
            f"        <Description>{_x(item)}</Description>",
            "      </Item>",
            "    </InvoiceLine>",
        ]
    subtotals = []
    for rate in (12, 21):
        if base[rate]:
            subtotals += [
                "    <TaxSubTotal>",
                f"      <TaxableAmount>{_money(base[rate])}</TaxableAmount>",
                f"      <TaxAmount>{_money(vat[rate])}</TaxAmount>",
                f"      <TaxInclusiveAmount>{_money(base[rate] + vat[rate])}</TaxInclusiveAmount>",
                "      <AlreadyClaimedTaxableAmount>0.00</AlreadyClaimedTaxableAmount>",
                "      <AlreadyClaimedTaxAmount>0.00</AlreadyClaimedTaxAmount>",
                "      <AlreadyClaimedTaxInclusiveAmount>0.00</AlreadyClaimedTaxInclusiveAmount>",
                f"      <DifferenceTaxableAmount>{_money(base[rate])}</DifferenceTaxableAmount>",
                f"      <DifferenceTaxAmount>{_money(vat[rate])}</DifferenceTaxAmount>",
                f"      <DifferenceTaxInclusiveAmount>{_money(base[rate] + vat[rate])}"
                "</DifferenceTaxInclusiveAmount>",
                "      <TaxCategory>",
                f"        <Percent>{rate}</Percent>",
                "      </TaxCategory>",
                "    </TaxSubTotal>",
            ]
    total_base, total_vat = sum(base.values()), sum(vat.values())
    total = total_base + total_vat
    note = (
        f"Dodávka pro {name}, {_f(row, 'MESTO')}. Objednávku potvrzujte na tel. {tel}"
        f"{_fax_note(row)}."
    )
    due = when + dt.timedelta(days=rng.choice((14, 21, 30)))
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Invoice xmlns="http://isdoc.cz/namespace/2013" version="6.0.2">',
        "  <DocumentType>1</DocumentType>",
        f"  <ID>{number}</ID>",
        f"  <UUID>{_uuid(rng).upper()}</UUID>",
        "  <IssuingSystem>Farmadistribuce ERP 4.2</IssuingSystem>",
        f"  <IssueDate>{when:%Y-%m-%d}</IssueDate>",
        f"  <TaxPointDate>{when:%Y-%m-%d}</TaxPointDate>",
        "  <VATApplicable>true</VATApplicable>",
        "  <ElectronicPossibilityAgreementReference>Rámcová kupní smlouva "
        f"{rng.randint(100, 999)}/{when:%Y}</ElectronicPossibilityAgreementReference>",
        f"  <Note>{_x(note)}</Note>",
        "  <LocalCurrencyCode>CZK</LocalCurrencyCode>",
        "  <CurrRate>1</CurrRate>",
        "  <RefCurrRate>1</RefCurrRate>",
        "  <AccountingSupplierParty>",
        "    <Party>",
        "      <PartyIdentification>",
        f"        <ID>{_ico(rng)}</ID>",
        "      </PartyIdentification>",
        "      <PartyName>",
        f"        <Name>{_x(supplier[0])}</Name>",
        "      </PartyName>",
        "      <PostalAddress>",
        f"        <StreetName>{_x(supplier[1])}</StreetName>",
        "        <BuildingNumber></BuildingNumber>",
        f"        <CityName>{_x(supplier[2])}</CityName>",
        f"        <PostalZone>{supplier[3]}</PostalZone>",
        "        <Country>",
        "          <IdentificationCode>CZ</IdentificationCode>",
        "          <Name>Česká republika</Name>",
        "        </Country>",
        "      </PostalAddress>",
        "    </Party>",
        "  </AccountingSupplierParty>",
        "  <AccountingCustomerParty>",
        "    <Party>",
        "      <PartyIdentification>",
        f"        <UserID>{_x(_f(row, 'KOD_LEKARNY'))}</UserID>",
        f"        <ID>{_x(_f(row, 'ICO'))}</ID>",
        "      </PartyIdentification>",
        "      <PartyName>",
        f"        <Name>{_x(name)}</Name>",
        "      </PartyName>",
        "      <PostalAddress>",
        f"        <StreetName>{_x(_f(row, 'ULICE'))}</StreetName>",
        "        <BuildingNumber></BuildingNumber>",
        f"        <CityName>{_x(_f(row, 'MESTO'))}</CityName>",
        f"        <PostalZone>{_x(_f(row, 'PSC'))}</PostalZone>",
        "        <Country>",
        "          <IdentificationCode>CZ</IdentificationCode>",
        "          <Name>Česká republika</Name>",
        "        </Country>",
        "      </PostalAddress>",
        "      <Contact>",
        f"        <Telephone>{_x(tel)}</Telephone>",
        f"        <ElectronicMail>{_x(email(row))}</ElectronicMail>",
        "      </Contact>",
        "    </Party>",
        "  </AccountingCustomerParty>",
        "  <InvoiceLines>",
        *lines,
        "  </InvoiceLines>",
        "  <TaxTotal>",
        *subtotals,
        f"    <TaxAmount>{_money(total_vat)}</TaxAmount>",
        "  </TaxTotal>",
        "  <LegalMonetaryTotal>",
        f"    <TaxExclusiveAmount>{_money(total_base)}</TaxExclusiveAmount>",
        f"    <TaxInclusiveAmount>{_money(total)}</TaxInclusiveAmount>",
        "    <AlreadyClaimedTaxExclusiveAmount>0.00</AlreadyClaimedTaxExclusiveAmount>",
        "    <AlreadyClaimedTaxInclusiveAmount>0.00</AlreadyClaimedTaxInclusiveAmount>",
        f"    <DifferenceTaxExclusiveAmount>{_money(total_base)}</DifferenceTaxExclusiveAmount>",
        f"    <DifferenceTaxInclusiveAmount>{_money(total)}</DifferenceTaxInclusiveAmount>",
        "    <PaidDepositsAmount>0.00</PaidDepositsAmount>",
        f"    <PayableAmount>{_money(total)}</PayableAmount>",
        "  </LegalMonetaryTotal>",
        "  <PaymentMeans>",
        "    <Payment>",
        f"      <PaidAmount>{_money(total)}</PaidAmount>",
        "      <PaymentMeansCode>42</PaymentMeansCode>",
        "      <Details>",
        f"        <PaymentDueDate>{due:%Y-%m-%d}</PaymentDueDate>",
        f"        <VariableSymbol>{number[2:]}</VariableSymbol>",
        "      </Details>",
        "    </Payment>",
        "  </PaymentMeans>",
        "</Invoice>",
        "",
    ]
    return "\n".join(out)


def pohoda_addressbook(row: dict[str, Any], rng: random.Random) -> str:
    """A POHODA XML import (Stormware ``dataPack`` version 2.0, an invented importing
    company's IČO and pack id) of one address-book entry: the pharmacy's name, city, street,
    postcode and IČO as ``typ:address``, ``adb:phone``, ``adb:fax`` (where it has one) and
    ``adb:email`` as published, ``adb:web``, and an ``adb:note`` naming its type and workplace
    code and repeating the number."""
    tel = phone(row)
    pack = f"ADR{rng.randint(1000, 9999)}"
    kind = _kind(row)
    note = (
        f"{kind[:1].upper()}{kind[1:]}, kód pracoviště {_f(row, 'KOD_PRACOVISTE')}, ICZ "
        f"{_f(row, 'ICZ')}. Telefon: {tel}"
    )
    header = [
        "        <adb:identity>",
        "          <typ:address>",
        f"            <typ:company>{_x(_f(row, 'NAZEV'))}</typ:company>",
        f"            <typ:city>{_x(_f(row, 'MESTO'))}</typ:city>",
        f"            <typ:street>{_x(_f(row, 'ULICE'))}</typ:street>",
        f"            <typ:zip>{_x(_f(row, 'PSC'))}</typ:zip>",
        f"            <typ:ico>{_x(_f(row, 'ICO'))}</typ:ico>",
        "            <typ:country>",
        "              <typ:ids>CZ</typ:ids>",
        "            </typ:country>",
        "          </typ:address>",
        "        </adb:identity>",
        f"        <adb:phone>{_x(tel)}</adb:phone>",
    ]
    if fax(row):
        header.append(f"        <adb:fax>{_x(fax(row))}</adb:fax>")
    header.append(f"        <adb:email>{_x(email(row))}</adb:email>")
    if _f(row, "WWW"):
        header.append(f"        <adb:web>{_x(_f(row, 'WWW'))}</adb:web>")
    header.append(f"        <adb:note>{_x(note)}</adb:note>")
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<dat:dataPack xmlns:dat="http://www.stormware.cz/schema/version_2/data.xsd" '
        'xmlns:adb="http://www.stormware.cz/schema/version_2/addressbook.xsd" '
        'xmlns:typ="http://www.stormware.cz/schema/version_2/type.xsd" '
        f'id="{pack}" ico="{_ico(rng)}" application="Import adresáře lékáren" version="2.0" '
        'note="Import odběratelů">',
        f'  <dat:dataPackItem id="{pack}-1" version="2.0">',
        '    <adb:addressbook version="2.0">',
        "      <adb:addressbookHeader>",
        *header,
        "      </adb:addressbookHeader>",
        "    </adb:addressbook>",
        "  </dat:dataPackItem>",
        "</dat:dataPack>",
        "",
    ]
    return "\n".join(out)


def fakturoid_subject(row: dict[str, Any], rng: random.Random) -> str:
    """A Fakturoid API v3 subject resource (``GET /accounts/{slug}/subjects/{id}.json``) of
    the pharmacy as a customer of an invented account: an invented id, the pharmacy code as
    ``custom_id``, its name, IČO as ``registration_no``, street, city, postcode, web address,
    its first e-mail address as ``email`` and the second as ``email_copy``, its phone field as
    ``phone``, a ``private_note`` naming the workplace code and repeating the number (and fax,
    and any further addresses), the API's other fields at their defaults, and invented
    timestamps."""
    tel, found = phone(row), addresses(row)
    when = _when(rng)
    sid = rng.randint(10_000_000, 29_999_999)
    slug = rng.choice(("obvazy-brno", "lekarenske-potreby", "zdravotni-material"))
    note = (
        f"Lékárna ze seznamu SÚKL, kód pracoviště {_f(row, 'KOD_PRACOVISTE')}. Telefon lékárny: "
        f"{tel}{_fax_note(row)}."
    )
    if len(found) > 2:
        note += f" Další e-maily: {', '.join(found[2:])}"
    doc = {
        "id": sid,
        "custom_id": _f(row, "KOD_LEKARNY"),
        "user_id": None,
        "type": "customer",
        "name": _f(row, "NAZEV"),
        "full_name": None,
        "email": found[0] if found else None,
        "email_copy": found[1] if len(found) > 1 else None,
        "phone": tel,
        "web": _f(row, "WWW") or None,
        "street": _f(row, "ULICE"),
        "city": _f(row, "MESTO"),
        "zip": _f(row, "PSC"),
        "country": "CZ",
        "has_delivery_address": False,
        "delivery_name": None,
        "delivery_street": None,
        "delivery_city": None,
        "delivery_zip": None,
        "delivery_country": None,
        "due": None,
        "currency": None,
        "language": None,
        "private_note": note,
        "registration_no": _f(row, "ICO"),
        "vat_no": None,
        "local_vat_no": None,
        "unreliable": None,
        "unreliable_checked_at": None,
        "legal_form": None,
        "vat_mode": None,
        "bank_account": None,
        "iban": None,
        "swift_bic": None,
        "variable_symbol": None,
        "setting_update_from_ares": "inherit",
        "ares_update": True,
        "setting_invoice_pdf_attachments": "inherit",
        "setting_estimate_pdf_attachments": "inherit",
        "setting_invoice_send_reminders": "inherit",
        "suggestion_enabled": True,
        "custom_email_text": None,
        "overdue_email_text": None,
        "invoice_from_proforma_email_text": None,
        "thank_you_email_text": None,
        "custom_estimate_email_text": None,
        "webinvoice_history": None,
        "html_url": f"https://app.fakturoid.cz/{slug}/subjects/{sid}",
        "url": f"https://app.fakturoid.cz/api/v3/accounts/{slug}/subjects/{sid}.json",
        "created_at": when.isoformat(timespec="milliseconds"),
        "updated_at": (when + dt.timedelta(minutes=rng.randint(1, 9000))).isoformat(
            timespec="milliseconds"
        ),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _cdata(value: str) -> str:
    return f"<![CDATA[{value}]]>"


def prestashop_store(row: dict[str, Any], rng: random.Random) -> str:
    """A PrestaShop webservice ``store`` resource (``GET /api/stores/{id}``) of an invented
    e-shop's pick-up point at the pharmacy, every value in CDATA as the webservice writes it:
    an invented id, Czechia's country id, the postcode and city, ``phone``, ``fax`` and
    ``email`` as published, invented opening hours (JSON per day), invented dates, and the
    multilingual ``name``, ``address1`` and ``note`` (the note repeating the number)."""
    tel = phone(row)
    when = _when(rng)
    sid = rng.randint(2, 480)
    shop = "https://www.vydejni-mista-eshop.cz/api"
    opens, closes = rng.choice(("07:30", "08:00", "08:30")), rng.choice(("17:00", "17:30", "18:00"))
    hours = json.dumps([[f"{opens} - {closes}"]] * 5 + [["08:00 - 11:30"]] + [[""]])
    note = f"Výdejní místo v lékárně {_f(row, 'NAZEV')}. Dotazy k vyzvednutí na telefonu {tel}."

    def lang(tag: str, value: str) -> list[str]:
        return [
            f"\t<{tag}>",
            f'\t\t<language id="1" xlink:href="{shop}/languages/1">{_cdata(value)}</language>',
            f"\t</{tag}>",
        ]

    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<prestashop xmlns:xlink="http://www.w3.org/1999/xlink">',
        "<store>",
        f"\t<id>{_cdata(str(sid))}</id>",
        f'\t<id_country xlink:href="{shop}/countries/16">{_cdata("16")}</id_country>',
        f"\t<id_state>{_cdata('0')}</id_state>",
        f"\t<postcode>{_cdata(_f(row, 'PSC'))}</postcode>",
        f"\t<city>{_cdata(_f(row, 'MESTO'))}</city>",
        f"\t<latitude>{_cdata('')}</latitude>",
        f"\t<longitude>{_cdata('')}</longitude>",
        f"\t<phone>{_cdata(tel)}</phone>",
        f"\t<fax>{_cdata(fax(row))}</fax>",
        f"\t<email>{_cdata(email(row))}</email>",
        f"\t<active>{_cdata('1')}</active>",
        f"\t<date_add>{_cdata(f'{when:%Y-%m-%d %H:%M:%S}')}</date_add>",
        f"\t<date_upd>{_cdata(f'{when + dt.timedelta(days=rng.randint(0, 40)):%Y-%m-%d %H:%M:%S}')}"
        "</date_upd>",
        *lang("hours", hours),
        *lang("name", _f(row, "NAZEV")),
        *lang("address1", _f(row, "ULICE")),
        *lang("address2", ""),
        *lang("note", note),
        "</store>",
        "</prestashop>",
        "",
    ]
    return "\n".join(out)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "isdoc_invoice": isdoc_invoice,
    "pohoda_addressbook": pohoda_addressbook,
    "fakturoid_subject": fakturoid_subject,
    "prestashop_store": prestashop_store,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
    and of its e-mail addresses labelled."""
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
