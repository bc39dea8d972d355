"""held_out_513 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Bezirksamt Lichtenberg von Berlin's two lists of youth work on daten.berlin.de,
its youth leisure facilities and family projects and the school social work at its schools;
Germany's earlier parts took Berlin's Kitas, schools, Heimaufsicht, Hilf-mir and LEZ city
guides, Chemnitz's Kitas, the Finanzämter, Hamburg's and North Rhine-Westphalia's schools, the
Hochschulkompass, the LUP care portal, the RKI's health offices, the Weisse Liste's hospitals,
Datenanfragen.de's companies and Hesse's test stations) exactly as published, in layouts no
earlier part has, beside the lists' own names, operators, streets and postcodes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefon`` of 78 facilities and projects, one Berlin landline each as
  the district writes it (``030 98695843``, ``030 920 92878``, ``030 52280899-11``), and their
  ``e_mail`` where the extract keeps one (a mailbox naming no person: ``info@arche.libg-
  jugend.de``, ``schulstation@diekappe.de``) (``scripts/data/pii_de_berlin_lichtenberg_
  jugend.json``, written by ``scripts/de_berlin_lichtenberg_jugend_data.py``; source and licence
  in that file); every copy labelled;
* the text around them is the same row's real fields: the facility's name (or the project and
  its school), operator (``traeger``), street, postcode (``13053``), quarter and offers, with
  invented reference numbers, customer, order and parcel numbers, amounts, weights and dates,
  unlabelled and scored;
* in layouts no earlier part has, formats of German trade and public services, German values
  and prose under the keys the APIs name (so the stage reads three of the four layouts as
  English pages), each written from memory of its public documentation (the search tools'
  budget was spent when the part was built, so no field list was checked against it):
  job details of the Bundesagentur für Arbeit's Jobsuche API (``GET /pc/v4/jobdetails/{refnr}``:
  a vacancy for a social worker at the facility, its ``stellenangebotsBeschreibung`` naming the
  telephone and mailbox for questions and applications, the telephone again at its end), Hermes
  Germany shipping orders of the Hermes Shipping Interface (HSI, ``POST /shipmentorders``: the
  facility as receiver with ``receiverContact`` phone and mail, an invented sender, parcel class
  and weight), Papierkram API company contacts (the Berlin accounting service's ``GET
  /api/v1/contact/companies/{id}``: the facility as a freelance workshop leader's customer with
  ``phone``, ``email``, ``website`` and its postal address) and Afterbuy XML API ``GetSoldItems``
  answers (the German e-commerce back office: one order of sports or craft supplies, the
  operator as ``BillingAddress`` and the facility as ``ShippingAddress``, each with its
  ``Phone``, the ``UserComment`` naming the number for the delivery).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_513.py   # rewrites the committed file
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
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_de_berlin_lichtenberg_jugend.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_513.jsonl.gz"
SPLIT = "held_out_513"

LAYOUTS = ("ba_jobsuche_jobdetails", "hermes_hsi_order", "papierkram_company", "afterbuy_sold")
PHONE, EMAIL = "telefon", "e_mail"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
BERLIN = ZoneInfo("Europe/Berlin")
HOUSE = re.compile(r"(.*?)\s*(\d+\s*[a-zA-Z]?(?:\s*[-/]\s*\d+\s*[a-zA-Z]?)?)")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented senders of the parcels (supply and sports associations' stores, none real)
SENDERS = (
    ("Jugendsportmaterial Nord-Ost GmbH", "Industriestraße", "12", "13051"),
    ("Bastelbedarf Spree Versand GmbH", "Am Juliusturm", "44", "13599"),
    ("Spielmobil-Ausstattung Brandenburg eG", "Potsdamer Straße", "7", "14513"),
)
# invented goods of the orders: (title, article number prefix, unit price in cents)
GOODS = (
    ("Tischtennisschläger-Set Freizeit (4 Schläger, 6 Bälle)", "TT", 3490),
    ("Fußball Trainingsball Gr. 5, 10 Stück mit Ballnetz", "FB", 11990),
    ("Acrylfarben-Set Schule 12 x 500 ml", "KR", 4250),
    ("Kickertisch Vereinsmodell, Stangen durchgehend", "KI", 59900),
    ("Brettspiel-Paket Jugendtreff (8 Spiele)", "SP", 18900),
)
TASKS = (
    "offene Kinder- und Jugendarbeit im Nachmittags- und Abendbereich",
    "Gruppenangebote, Beratung und Begleitung von Jugendlichen",
    "Projektarbeit mit Schülerinnen und Schülern sowie Elternarbeit",
    "Ferienangebote, Ausflüge und Kooperation mit Schulen im Kiez",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, its white space joined ("" where the row has no such field)."""
    return " ".join((row["fields"].get(key) or "").split())


def phone(row: dict[str, Any]) -> str:
    """The row's telephone as published (stripped)."""
    return row["fields"][PHONE].strip()


def email(row: dict[str, Any]) -> str:
    """The row's kept mailbox (stripped), "" where the extract kept none."""
    return row["fields"][EMAIL].strip()


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the lists' is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def name(row: dict[str, Any]) -> str:
    """The facility's name, or the project and its school (the school list's rows)."""
    if _f(row, "einrichtung"):
        return _f(row, "einrichtung")
    return f"{_f(row, 'projekt')} an der {_f(row, 'schule')}"


def street(row: dict[str, Any]) -> str:
    return _f(row, "strasse")


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "plz")


def town(row: dict[str, Any]) -> str:
    """The row's town (the school list leaves it empty: Berlin)."""
    return _f(row, "ort") or "Berlin"


def operator(row: dict[str, Any]) -> str:
    return _f(row, "traeger")


def street_and_number(row: dict[str, Any]) -> tuple[str, str]:
    """The street and its house number apart ("" where no number ends the street field)."""
    m = HOUSE.fullmatch(street(row))
    return (m.group(1), m.group(2)) if m else (street(row), "")


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's telephone and mailbox (an empty one is skipped)."""
    return [(PHONE, phone(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone and mailbox labelled."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Berlin time)."""
    day = dt.datetime(2024, 1, 8, tzinfo=BERLIN) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _euro(cents: int) -> str:
    """An amount as Afterbuy writes it, a decimal comma (``34,90``)."""
    return f"{cents // 100},{cents % 100:02d}"


def ba_jobsuche_jobdetails(row: dict[str, Any], rng: random.Random) -> str:
    """A job detail of the Bundesagentur für Arbeit's Jobsuche API: a social worker's post at
    the facility, the description naming the telephone and mailbox."""
    when = _when(rng)
    refnr = f"10001-{rng.randint(10**9, 10**10 - 1)}-S"
    contact = f"Telefon {phone(row)}"
    apply = (
        f"Ihre Bewerbung senden Sie bitte per E-Mail an {email(row)} (gern als ein PDF)."
        if email(row)
        else f"Ihre Bewerbung senden Sie bitte per Post an {operator(row)}, {street(row)}, "
        f"{postcode(row)} {town(row)}."
    )
    text = (
        f"{operator(row)} sucht für {name(row)} in Berlin-Lichtenberg ab sofort eine "
        f"Sozialarbeiterin / einen Sozialarbeiter (m/w/d) mit {rng.choice((25, 30, 32, 35))} "
        f"Wochenstunden, befristet auf {rng.choice((12, 18, 24))} Monate.\n\n"
        f"Ihre Aufgaben: {rng.choice(TASKS)}.\n"
        "Ihr Profil: staatliche Anerkennung als Sozialarbeiter/in bzw. Sozialpädagoge/in "
        "(B.A.), Erfahrung in der Kinder- und Jugendarbeit, erweitertes Führungszeugnis.\n"
        f"Wir bieten: Vergütung in Anlehnung an den TV-L Berlin (S 11b), "
        f"{rng.choice((28, 30))} Tage Urlaub, ein engagiertes Team.\n\n"
        f"Fragen zur Stelle beantworten wir gern unter {contact}. {apply}\n"
        f"Einsatzort: {street(row)}, {postcode(row)} {town(row)}. "
        f"Rückfragen telefonisch: {phone(row)}"
    )
    doc = {
        "refnr": refnr,
        "hashId": base64.urlsafe_b64encode(rng.randbytes(24)).decode("ascii").rstrip("="),
        "stellenangebotsTitel": f"Sozialarbeiter/in (m/w/d) – {name(row)}",
        "stellenangebotsart": "ARBEIT",
        "firma": operator(row),
        "hauptberuf": "Sozialarbeiter/in / Sozialpädagoge/-pädagogin",
        "arbeitsorte": [
            {
                "land": "Deutschland",
                "region": "Berlin",
                "plz": postcode(row),
                "ort": town(row),
                "ortsteil": _f(row, "stadtteile") or "Lichtenberg",
                "strasse": street(row),
            }
        ],
        "arbeitszeitmodelle": ["TEILZEIT"],
        "befristung": "BEFRISTET",
        "uebernahme": False,
        "anzahlOffeneStellen": 1,
        "eintrittszeitraum": {"von": (when + dt.timedelta(days=30)).date().isoformat()},
        "datumErsteVeroeffentlichung": when.date().isoformat(),
        "aenderungsdatum": when.isoformat(timespec="seconds"),
        "verguetungsangabe": "KEINE_ANGABEN",
        "tarifvertrag": "TV-L Berlin",
        "stellenangebotsBeschreibung": text,
        "istBetreut": False,
        "istGoogleJobsRelevant": True,
    }
    return _json(doc)


def hermes_hsi_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Hermes Shipping Interface order: a parcel to the facility, its contact phone and
    mail."""
    sender, s_street, s_number, s_zip = rng.choice(SENDERS)
    r_street, r_number = street_and_number(row)
    doc = {
        "clientReference": f"LIE-{rng.randint(100000, 999999)}",
        "clientReference2": f"Lieferschein {rng.randint(2024000, 2024999)}",
        "receiverName": {"firstname": "", "lastname": name(row)},
        "receiverAddress": {
            "street": r_street,
            "houseNumber": r_number,
            "zipCode": postcode(row),
            "town": town(row),
            "countryCode": "DE",
            "addressAddition": operator(row),
        },
        "receiverContact": {"phone": phone(row), "mobile": "", "mail": email(row)},
        "senderName": {"firstname": "", "lastname": sender},
        "senderAddress": {
            "street": s_street,
            "houseNumber": s_number,
            "zipCode": s_zip,
            "town": "Berlin" if s_zip.startswith("1") and s_zip < "14000" else "Teltow",
            "countryCode": "DE",
        },
        "parcel": {
            "parcelClass": rng.choice(("S", "M", "L")),
            "parcelWeight": rng.randint(800, 18000),
            "parcelHeight": rng.randint(10, 40),
            "parcelWidth": rng.randint(20, 50),
            "parcelDepth": rng.randint(30, 60),
        },
        "service": {
            "tanService": False,
            "multipartService": None,
            "limitedQuantitiesService": False,
            "bulkGoodService": False,
            "householdSignatureService": False,
            "compactParcelService": False,
            "cashOnDeliveryService": None,
            "customerAlertService": None,
        },
    }
    return _json(doc)


def papierkram_company(row: dict[str, Any], rng: random.Random) -> str:
    """A Papierkram company contact: the facility as a workshop leader's customer."""
    created = _when(rng)
    doc = {
        "type": "company",
        "id": rng.randint(100000, 999999),
        "name": name(row),
        "customer_no": f"{rng.randint(10000, 10999)}",
        "supplier_no": None,
        "email": email(row),
        "phone": phone(row),
        "fax": "",
        "website": _f(row, "internet"),
        "ust_idnr": "",
        "delivery_method": "email" if email(row) else "post",
        "physical_street": street(row),
        "physical_postal_code": postcode(row),
        "physical_city": town(row),
        "physical_country": "Deutschland",
        "postal_street": street(row),
        "postal_postal_code": postcode(row),
        "postal_city": town(row),
        "postal_country": "Deutschland",
        "notes": f"Träger: {operator(row)}; Honorar für Workshops "
        f"({rng.choice(('Graffiti', 'Trommeln', 'Medienpädagogik', 'Siebdruck'))}), "
        f"{rng.choice((35, 40, 45))},00 EUR je Stunde, zahlbar in 14 Tagen.",
        "archived": False,
        "created_at": created.isoformat(timespec="seconds"),
        "updated_at": (created + dt.timedelta(days=rng.randint(1, 60))).isoformat(
            timespec="seconds"
        ),
    }
    return _json(doc)


def afterbuy_sold(row: dict[str, Any], rng: random.Random) -> str:
    """An Afterbuy ``GetSoldItems`` answer: one order, the operator billed and the facility
    supplied, each address with its phone."""
    when = _when(rng)
    title, prefix, cents = rng.choice(GOODS)
    qty = rng.randint(1, 3)
    shipping = rng.choice((0, 595, 990))
    total = qty * cents + shipping
    order_id = rng.randint(100_000_000, 999_999_999)
    s_street = escape(street(row))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<Afterbuy>",
        "  <CallStatus>Success</CallStatus>",
        "  <CallName>GetSoldItems</CallName>",
        f"  <VersionID>{rng.randint(1000, 9999)}</VersionID>",
        "  <Result>",
        "    <HasMoreItems>0</HasMoreItems>",
        "    <Orders>",
        "      <Order>",
        f"        <InvoiceNumber>{rng.randint(20240000, 20249999)}</InvoiceNumber>",
        f"        <OrderID>{order_id}</OrderID>",
        f"        <OrderDate>{when:%d.%m.%Y %H:%M:%S}</OrderDate>",
        f"        <UserComment>Bitte an {escape(name(row))} liefern, Anlieferung werktags "
        f"14-18 Uhr, vorher anrufen: {phone(row)}</UserComment>",
        "        <PaymentInfo>",
        "          <PaymentMethod>Rechnung</PaymentMethod>",
        f"          <FullAmount>{_euro(total)}</FullAmount>",
        "          <AlreadyPaid>0,00</AlreadyPaid>",
        "        </PaymentInfo>",
        "        <BuyerInfo>",
        "          <BillingAddress>",
        f"            <AfterbuyUserID>{rng.randint(10_000_000, 99_999_999)}</AfterbuyUserID>",
        "            <FirstName></FirstName>",
        "            <LastName></LastName>",
        f"            <Company>{escape(operator(row))}</Company>",
        f"            <Street>{s_street}</Street>",
        f"            <PostalCode>{postcode(row)}</PostalCode>",
        f"            <City>{escape(town(row))}</City>",
        "            <Country>D</Country>",
        f"            <Phone>{phone(row)}</Phone>",
        f"            <Mail>{escape(email(row))}</Mail>",
        "          </BillingAddress>",
        "          <ShippingAddress>",
        "            <FirstName></FirstName>",
        "            <LastName></LastName>",
        f"            <Company>{escape(name(row))}</Company>",
        f"            <Street>{s_street}</Street>",
        f"            <PostalCode>{postcode(row)}</PostalCode>",
        f"            <City>{escape(town(row))}</City>",
        "            <Country>D</Country>",
        f"            <Phone>{phone(row)}</Phone>",
        "          </ShippingAddress>",
        "        </BuyerInfo>",
        "        <SoldItems>",
        "          <SoldItem>",
        f"            <ItemID>{rng.randint(1_000_000, 9_999_999)}</ItemID>",
        f"            <Anr>{prefix}-{rng.randint(1000, 9999)}</Anr>",
        f"            <ItemTitle>{escape(title)}</ItemTitle>",
        f"            <ItemQuantity>{qty}</ItemQuantity>",
        f"            <ItemPrice>{_euro(cents)}</ItemPrice>",
        "            <TaxRate>19,00</TaxRate>",
        "          </SoldItem>",
        "        </SoldItems>",
        "        <ShippingInfo>",
        f"          <ShippingMethod>{'Spedition' if cents > 50000 else 'Hermes'}</ShippingMethod>",
        f"          <ShippingCost>{_euro(shipping)}</ShippingCost>",
        "        </ShippingInfo>",
        "      </Order>",
        "    </Orders>",
        "  </Result>",
        "</Afterbuy>",
    ]
    return "\n".join(lines) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ba_jobsuche_jobdetails": ba_jobsuche_jobdetails,
    "hermes_hsi_order": hermes_hsi_order,
    "papierkram_company": papierkram_company,
    "afterbuy_sold": afterbuy_sold,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone and mailbox
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
