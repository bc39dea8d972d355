"""held_out_263 of the PII evaluation set: real phone fields of a register no earlier part used
(DUO's main establishments of the Netherlands' primary schools; the country's earlier parts took
DUO's secondary schools, the municipalities, the LRK's day-care centres, the Museumkaart's
museums and the ZBO-register) exactly as published, in layouts no earlier part has, beside the
register's own names, BRIN numbers, addresses and codes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of NL (DUO's secondary schools and the four above), BE, DE, FR
and many others; here:

* the values are the ``TELEFOONNUMMER`` fields of 480 primary schools
  (``scripts/data/pii_nl_duo_primary_schools.json``, written by
  ``scripts/nl_duo_primary_schools_data.py``; source and licence in that file): Dutch national
  numbers of ten digits in one run with the trunk ``0`` and no ``+31`` (``0591351446``), each
  copy labelled; DUO publishes no e-mail addresses;
* the text around them is the same row's real fields: the school's name, BRIN number
  (``17BC``), the five-digit number of its competent authority, street, house number, postcode
  (``7881 HP``), place, the four-digit municipality number, denomination, web address, the
  correspondence address and the codes and names of its regions, with invented request ids,
  KLIC order numbers (ten digits) and report numbers, Rijksdriehoek coordinates, session ids,
  customer codes, reference ids, weights and dates, unlabelled and scored;
* in layouts no earlier part has, formats of the Dutch school's and its suppliers' own systems,
  text in Dutch: DUO's open education data API (``api.duo.nl/v0``) dataset search responses in
  JSON-LD (``@id``, an ``@context`` mapping each column to its ``lod.duo.nl`` concept, the row
  under ``results`` with its columns as published, blank padding kept), Kadaster KLIC API
  ``gebiedsInformatieAanvragen`` records of an excavation notice (``graafmelding``) for work on
  the school grounds (the school as ``aanvrager`` and as ``opdrachtgever``, each with its
  ``bezoekAdres`` and ``telefoon``; an invented ``graafGebied`` polygon in EPSG:28992),
  e-Boekhouden.nl SOAP ``AddRelatie`` requests of a teaching-materials supplier's bookkeeping
  (the school as business relation ``oRel``: ``Bedrijf``, addresses, ``Telefoon``, ``Site``,
  free fields ``Def1``/``Def2`` with the BRIN and authority numbers, a ``Notitie`` repeating the
  number) and MyParcel API ``POST /shipments`` bodies (``application/vnd.shipment+json``: the
  school as ``recipient`` with ``company``, a department as ``person``, street, house number and
  suffix, postcode, place and ``phone``, invented options and weight).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_263.py   # rewrites the committed file
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
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_nl_duo_primary_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_263.jsonl.gz"
SPLIT = "held_out_263"

LAYOUTS = ("duo_api_jsonld", "klic_aanvraag", "eboekhouden_soap", "myparcel_shipment")
PHONE = "TELEFOONNUMMER"
DATASET = "01.-hoofdvestigingen-basisonderwijs"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented orders of a teaching-materials supplier (no real order is meant)
ORDERS = (
    "Rekenmethode groep 5", "Leesboeken groep 3", "Knutselmateriaal", "Schoolbord en krijt",
    "Werkschriften taal", "Gymmaterialen", "Atlassen groep 7", "Kleurpotloden en scharen",
)  # fmt: skip
# the school's departments a parcel is addressed to (no person)
DEPARTMENTS = ("t.a.v. de administratie", "t.a.v. de directie", "t.a.v. de conciërge")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published (ten digits, no blanks)."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "0031"))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day's office hours in 2017 (Amsterdam summer time)."""
    start = dt.datetime(2017, 3, 6, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    day = start + dt.timedelta(days=rng.randint(0, 200))
    while day.weekday() > 4:
        day -= dt.timedelta(days=1)
    return day + dt.timedelta(seconds=rng.randint(0, 9 * 3600))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _j(value: str) -> str:
    """``value`` as a JSON string literal (UTF-8 kept)."""
    return json.dumps(value, ensure_ascii=False)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _concept(column: str) -> str:
    """The ``lod.duo.nl`` concept of a column (``BRIN NUMMER`` -> ``BrinNummer``)."""
    words = re.split(r"[ -]+", column)
    return "https://www.lod.duo.nl/inf/id/begrip/" + "".join(w.capitalize() for w in words)


def _house(row: dict[str, Any]) -> tuple[str, str]:
    """The house number and its suffix (``12a`` -> ``12``, ``a``)."""
    value = _f(row, "HUISNUMMER-TOEVOEGING")
    m = re.match(r"(\d+)\s*(.*)", value)
    return (m.group(1), m.group(2).strip()) if m else (value, "")


def _site(row: dict[str, Any]) -> str:
    return _f(row, "INTERNETADRES")


def duo_api_jsonld(row: dict[str, Any], rng: random.Random) -> str:
    """A response of DUO's open education data API to a dataset search by BRIN number
    (``/v0/datasets/01.-hoofdvestigingen-basisonderwijs/search?brin=...``), as its
    documentation shows one: JSON-LD with the query as ``@id``, an ``@context`` mapping each
    column (and ``results``) to its concept, and the row under ``results`` with every column as
    the file gives it (blank padding kept)."""
    del rng  # the response holds nothing invented
    brin = _f(row, "BRIN NUMMER")
    context = {column: _concept(column) for column in row["fields"]}
    context["results"] = "https://api.duo.nl/Results"
    doc = {
        "@id": f"https://api.duo.nl/v0/datasets/{DATASET}/search?brin={brin}",
        "@context": context,
        "results": [dict(row["fields"])],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _polygon(rng: random.Random) -> list[list[list[int]]]:
    """An invented closed ring of Rijksdriehoek coordinates (EPSG:28992), some 60 m wide."""
    x, y = rng.randint(20000, 270000), rng.randint(310000, 610000)
    ring = [[x, y], [x + rng.randint(40, 70), y + rng.randint(-5, 5)]]
    ring.append([ring[1][0] + rng.randint(-5, 5), y + rng.randint(30, 60)])
    ring.append([x + rng.randint(-5, 5), ring[2][1] + rng.randint(-5, 5)])
    return [[*ring, [x, y]]]


def klic_aanvraag(row: dict[str, Any], rng: random.Random) -> str:
    """A KLIC API record of one area-information request (``gebiedsInformatieAanvragen``), an
    excavation notice (``graafmelding``) for foundation work on the school grounds as the
    Kadaster's API documentation shows one: an invented ``aanvraagId``, ten-digit
    ``ordernummer`` and ``klicMeldnummer``, the school as ``aanvrager`` and ``opdrachtgever``
    (``bedrijfsNaam``, ``bezoekAdres``, ``telefoon``), the kind of work, an invented request
    date and work period, the location as one line, an invented ``graafGebied`` polygon and
    the school's address as ``huisaansluitingAdressen``."""
    name, tel = _f(row, "INSTELLINGSNAAM"), phone(row)
    when = _when(rng)
    start = when.date() + dt.timedelta(days=rng.randint(7, 30))
    end = start + dt.timedelta(days=rng.randint(0, 10))
    year = f"{when:%y}"
    number, suffix = _house(row)
    street, postcode, place = _f(row, "STRAATNAAM"), _f(row, "POSTCODE"), _f(row, "PLAATSNAAM")
    address = {
        "openbareRuimteNaam": street,
        "huisnummer": number,
        **({"huisnummertoevoeging": suffix} if suffix else {}),
        "postcode": postcode,
        "woonplaatsNaam": place,
    }
    base = "https://api.kadaster.nl/klic/v1/cl"
    doc = {
        "aanvraagId": _uuid(rng),
        "ordernummer": f"20{year}{rng.randint(100000, 999999)}",
        "klicMeldnummer": f"{year}G{rng.randint(100000, 999999)}",
        "aanvrager": {"bedrijfsNaam": name, "bezoekAdres": address, "telefoon": tel},
        "opdrachtgever": {
            "bedrijfsNaam": name,
            "naam": name,
            "bezoekAdres": address,
            "telefoon": tel,
        },
        "aanvraagSoort": f"{base}/aanvraagSoorten/graafmelding",
        "aanvraagDatum": when.isoformat(),
        "giAanvraagStatus": f"{base}/giAanvraagStatussen/open",
        "soortWerkzaamheden": [f"{base}/soortWerkzaamheden/funderingswerk"],
        "locatieWerkzaamheden": " ".join(
            p
            for p in (street, _f(row, "HUISNUMMER-TOEVOEGING"), postcode.replace(" ", ""), place)
            if p
        ),  # fmt: skip
        "startDatum": start.isoformat(),
        "eindDatum": end.isoformat(),
        "graafGebied": {
            "type": "Polygon",
            "crs": {"type": "name", "properties": {"name": "EPSG:28992"}},
            "coordinates": _polygon(rng),
        },
        "huisaansluitingAdressen": [address],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def eboekhouden_soap(row: dict[str, Any], rng: random.Random) -> str:
    """An e-Boekhouden.nl SOAP 1.1 ``AddRelatie`` request of a teaching-materials supplier's
    bookkeeping: an invented ``SessionID`` and ``SecurityCode2``, the school as business relation
    ``oRel`` (``BP`` ``B``): an invented code and date, ``Bedrijf``, visiting address, the
    correspondence address as ``Adres2``, ``Telefoon``, ``Site``, a ``Notitie`` in Dutch
    repeating the number, the BRIN and authority numbers in the free fields ``Def1`` and
    ``Def2``."""
    name, tel = _f(row, "INSTELLINGSNAAM"), phone(row)
    when = _when(rng)
    street = f"{_f(row, 'STRAATNAAM')} {_f(row, 'HUISNUMMER-TOEVOEGING')}".strip()
    post = " ".join(
        p for p in (_f(row, "STRAATNAAM CORRESPONDENTIEADRES"),
                    _f(row, "HUISNUMMER-TOEVOEGING CORRESPONDENTIEADRES")) if p
    )  # fmt: skip
    hours = rng.choice(("8.15 en 15.00", "8.30 en 14.30", "8.00 en 16.00"))
    note = (
        f"Basisschool ({_f(row, 'DENOMINATIE').lower()}), gemeente "
        f"{_f(row, 'GEMEENTENAAM')}. Administratie telefonisch bereikbaar op {tel} "
        f"op werkdagen tussen {hours} uur. Facturen per post naar het correspondentieadres."
    )
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">',
        "  <soap:Body>",
        '    <AddRelatie xmlns="http://www.e-boekhouden.nl/soap">',
        f"      <SessionID>{rng.getrandbits(128):032X}</SessionID>",
        f"      <SecurityCode2>{_uuid(rng).upper()}</SecurityCode2>",
        "      <oRel>",
        "        <ID>0</ID>",
        f"        <AddDatum>{when:%Y-%m-%dT%H:%M:%S}</AddDatum>",
        f"        <Code>PO{rng.randint(1000, 9999)}</Code>",
        f"        <Bedrijf>{_x(name)}</Bedrijf>",
        f"        <Adres>{_x(street)}</Adres>",
        f"        <Postcode>{_f(row, 'POSTCODE')}</Postcode>",
        f"        <Plaats>{_x(_f(row, 'PLAATSNAAM'))}</Plaats>",
        "        <Land>Nederland</Land>",
        f"        <Adres2>{_x(post)}</Adres2>",
        f"        <Postcode2>{_f(row, 'POSTCODE CORRESPONDENTIEADRES')}</Postcode2>",
        f"        <Plaats2>{_x(_f(row, 'PLAATSNAAM CORRESPONDENTIEADRES'))}</Plaats2>",
        "        <Land2>Nederland</Land2>",
        f"        <Telefoon>{tel}</Telefoon>",
        "        <GSM></GSM>",
        "        <FAX></FAX>",
        "        <Email></Email>",
        f"        <Site>{_x(_site(row))}</Site>",
        f"        <Notitie>{_x(note)}</Notitie>",
        "        <BP>B</BP>",
        f"        <Def1>{_f(row, 'BRIN NUMMER')}</Def1>",
        f"        <Def2>{_f(row, 'BEVOEGD GEZAG NUMMER')}</Def2>",
        "        <LA>0</LA>",
        "        <Gb_ID>0</Gb_ID>",
        "        <GeenEmail>0</GeenEmail>",
        "      </oRel>",
        "    </AddRelatie>",
        "  </soap:Body>",
        "</soap:Envelope>",
        "",
    ]
    return "\n".join(lines)


def myparcel_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A MyParcel API ``POST /shipments`` body (``application/vnd.shipment+json;version=1.1``)
    of a teaching-materials supplier: one shipment with an invented ``reference_identifier``,
    the school as ``recipient`` (``cc``, ``city``, ``street``, ``number`` and
    ``number_suffix``, ``postal_code``, ``company``, a department as ``person``, ``phone``),
    invented ``options`` with a Dutch ``label_description``, the weight in grams and the carrier
    (PostNL)."""
    name, tel = _f(row, "INSTELLINGSNAAM"), phone(row)
    number, suffix = _house(row)
    recipient = {
        "cc": "NL",
        "city": _f(row, "PLAATSNAAM"),
        "street": _f(row, "STRAATNAAM"),
        "number": number,
        **({"number_suffix": suffix} if suffix else {}),
        "postal_code": _f(row, "POSTCODE"),
        "company": name,
        "person": rng.choice(DEPARTMENTS),
        "phone": tel,
    }
    order = rng.randint(10000, 99999)
    doc = {
        "data": {
            "shipments": [
                {
                    "reference_identifier": f"LM-{order}",
                    "recipient": recipient,
                    "options": {
                        "package_type": 1,
                        "only_recipient": 0,
                        "signature": rng.choice((0, 1)),
                        "return": 0,
                        "insurance": {"amount": 0, "currency": "EUR"},
                        "large_format": 0,
                        "label_description": f"{rng.choice(ORDERS)} #{order}",
                    },
                    "physical_properties": {"weight": rng.randint(4, 60) * 50},
                    "carrier": 1,
                }
            ]
        }
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "duo_api_jsonld": duo_api_jsonld,
    "klic_aanvraag": klic_aanvraag,
    "eboekhouden_soap": eboekhouden_soap,
    "myparcel_shipment": myparcel_shipment,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
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
