"""held_out_295 of the PII evaluation set: real phone fields of a list no earlier part used (the
Netherlands' providers of medical specialist care, hospitals' sites and outpatient clinics,
independent treatment centres, dialysis and eye clinics, as ZorgkaartNederland lists them; the
country's earlier parts took DUO's secondary and primary schools, the municipalities, the LRK's
day-care centres, the Museumkaart's museums, the ZBO-register and ZorgkaartNederland's nursing
homes) exactly as published, in layouts no earlier part has, beside the directory's own names,
addresses and web addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of NL (the seven above), BE, DE, FR and many others; here:

* the values are the ``phone_number`` fields of 400 providers of medical specialist care
  (segment ``Medisch specialistische zorg``; ``scripts/data/pii_nl_zorgkaart_specialist_care.json``,
  written by ``scripts/nl_zorgkaart_specialist_care_data.py``; source and licence in that file):
  Dutch national numbers with the trunk ``0`` and no ``+31``, the area code set off by a hyphen
  (``010-2585000``, ``0229-743105``), one with the subscriber's number in groups
  (``010-258 50 00``), one with a blank after the hyphen (``088- 0888888``), the eight and eleven
  digits of two ``0900`` numbers (``0900-9879``, ``0900-2244112``) as published, each copy
  labelled; the directory gives no e-mail addresses;
* the text around them is the same row's real fields: the provider's name (``IJsselland
  Ziekenhuis, Polikliniek Kralingen``, ``Bergman Clinics | KNO | Amsterdam IJburg``), its
  street, house number and place, its web address, with invented Chamber of Commerce numbers
  (eight digits), VAT numbers, postcodes (the directory gives none), debtor, relation and
  client reference codes, invoice numbers, ledger accounts, amounts, dates and UUIDs,
  unlabelled and scored;
* in layouts no earlier part has, formats of the back offices of an invented medical-device
  service company and its wholesaler customers, Dutch software and a Dutch audit standard,
  text in Dutch: TOPdesk REST API branch objects (``GET /tas/api/branches/id/{id}``: the
  provider as a branch with ``phone``, ``website``, ``address`` and its ``addressMemo``, a
  ``clientReferenceNumber``, ``extraA``/``extraB`` search lists, ``optionalFields1`` with a
  ``memo1`` repeating the number), XML Auditfile Financieel 3.2 files (XAF, the Dutch tax
  administration's audit file: the provider in ``customersSuppliers`` with ``telephone``,
  ``website``, ``commerceNr`` and ``streetAddress``, a sales journal's invoice transaction),
  WeFact API ``debtor`` ``show`` responses (``CompanyName``, ``PhoneNumber``, ``Comment``
  repeating the number) and Teamleader Focus API ``companies.add`` bodies (``telephones`` of
  type ``phone``, ``addresses``, ``website``, ``remarks`` in Markdown repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_295.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_nl_zorgkaart_specialist_care.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_295.jsonl.gz"
SPLIT = "held_out_295"

LAYOUTS = ("topdesk_branch", "xaf_auditfile", "wefact_debtor", "teamleader_company")
PHONE = "phone_number"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented medical-device service companies and wholesalers (no real company is meant)
SUPPLIERS = (
    ("MedTech Service Nederland B.V.", "Zuiderinslag", "Nieuwegein"),
    ("Kliniekbenodigdheden Holland B.V.", "Bedrijvenweg", "Zoetermeer"),
    ("Scopen & Sterilisatie Oost B.V.", "Vlijtstraat", "Enschede"),
    ("Medisch Technische Dienst Brabant B.V.", "Ekkersrijt", "Son"),
)  # fmt: skip
ITEMS = (
    ("Jaarlijks onderhoud autoclaaf", "845.00"),
    ("Validatie sterilisatieproces", "1260.00"),
    ("Preventief onderhoud behandelstoelen", "395.00"),
    ("Kalibratie bloeddrukmeters", "38.50"),
    ("Steriele afdekdoeken, doos 50 st.", "64.20"),
    ("Wegwerp-endoscoopventielen, doos 100 st.", "189.00"),
    ("Elektrische veiligheidstest (NEN-EN 62353)", "27.50"),
)  # fmt: skip
# the provider's desks a contact or a visit is named after (no person)
DESKS = ("Receptie", "Facilitaire dienst", "Inkoop", "Crediteurenadministratie")
REGIONS = ("Regio Noord", "Regio Oost", "Regio Zuid", "Regio West", "Regio Midden")
CONTRACTS = ("Servicecontract Basis", "Servicecontract Plus", "Servicecontract Premium")
HOURS = ("8.30 en 17.00", "9.00 en 16.30", "8.00 en 16.00")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return row["fields"][PHONE]


def name(row: dict[str, Any]) -> str:
    return _f(row, "company")


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


def address(row: dict[str, Any]) -> tuple[str, str, str, str]:
    """The published address as street, house number, addition and place: the place after the
    last comma, the house number the first part of the rest that starts with a digit
    (``Baden Powellweg 305 M, Amsterdam`` -> ``Baden Powellweg``, ``305``, ``M``,
    ``Amsterdam``; a range of numbers, ``150-152``, one house number)."""
    line, _, place = _f(row, "address").rpartition(", ")
    m = re.match(r"(.*?)\s+(\d+(?:-\d+)?)(?:\s*(.*))?$", line)
    if not m:
        return line, "", "", place
    return m.group(1), m.group(2), (m.group(3) or "").strip(), place


def street_line(row: dict[str, Any]) -> str:
    """The address as published before the place (``Oudedijk 15``)."""
    return _f(row, "address").rpartition(", ")[0]


def place(row: dict[str, Any]) -> str:
    return _f(row, "address").rpartition(", ")[2]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day's office hours in 2024 (Amsterdam winter time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    day = start + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day -= dt.timedelta(days=1)
    return day + dt.timedelta(seconds=rng.randint(0, 9 * 3600))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _postcode(rng: random.Random) -> str:
    """An invented Dutch postcode (the directory gives none)."""
    letters = "ABCEGHJKLMNPRTVWXZ"
    return f"{rng.randint(1000, 9999)} {rng.choice(letters)}{rng.choice(letters)}"


def _kvk(rng: random.Random) -> str:
    return str(rng.randint(10000000, 99999999))


def _vat(rng: random.Random) -> str:
    return f"NL{rng.randint(100000000, 999999999)}B01"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


def topdesk_branch(row: dict[str, Any], rng: random.Random) -> str:
    """A TOPdesk REST API branch (``GET /tas/api/branches/id/{id}``) of an invented
    medical-device service company's TOPdesk, where each customer site is a branch: an invented
    ``id`` and ``clientReferenceNumber``, the provider's ``name``, its segment as
    ``specification``, ``phone``, an empty ``fax`` and ``email``, ``website``, ``address`` with
    an invented postcode and the ``addressMemo`` TOPdesk shows, ``extraA`` and ``extraB``
    search lists (an invented region and contract), ``branchType`` and ``optionalFields1``
    whose ``memo1`` in Dutch repeats the number."""
    street, number, addition, town = address(row)
    postcode = _postcode(rng)
    house = f"{number} {addition}".strip()
    hours = rng.choice(HOURS)
    memo = (
        f"Monteurs melden zich bij de {rng.choice(DESKS).lower()}. Afspraken voor onderhoud "
        f"altijd vooraf telefonisch bevestigen via {phone(row)} (werkdagen tussen {hours} "
        "uur). Sleutel van de technische ruimte op te halen bij de beveiliging."
    )
    country = {"id": _uuid(rng), "name": "Nederland"}
    doc = {
        "id": _uuid(rng),
        "name": name(row),
        "specification": _f(row, "marked_segment"),
        "clientReferenceNumber": f"K{rng.randint(10000, 99999)}",
        "timeZone": "Europe/Amsterdam",
        "extraA": {"id": _uuid(rng), "name": rng.choice(REGIONS)},
        "extraB": {"id": _uuid(rng), "name": rng.choice(CONTRACTS)},
        "phone": phone(row),
        "fax": "",
        "address": {
            "country": country,
            "street": street,
            "number": house,
            "county": "",
            "city": town,
            "postcode": postcode,
            "addressMemo": f"{street} {house}\n{postcode} {town.upper()}",
            "addressType": "NL",
        },
        "email": "",
        "website": _f(row, "website"),
        "branchType": "independentBranch",
        "headBranch": None,
        "optionalFields1": {
            "boolean1": True,
            "boolean2": False,
            "number1": rng.randint(1, 40),
            "date1": f"{_when(rng):%Y-%m-%dT00:00:00.000+0000}",
            "text1": rng.choice(("Onderhoud", "Storing en onderhoud", "Validatie")),
            "memo1": memo,
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def xaf_auditfile(row: dict[str, Any], rng: random.Random) -> str:
    """An XML Auditfile Financieel 3.2 (``http://www.auditfiles.nl/XAF/3.2``) of an invented
    medical-device service company's books: the ``header`` (fiscal year 2024, creation date,
    software), the ``company`` with its invented KvK and VAT numbers and address, the
    provider as the one ``customerSupplier`` (an invented ``custSupID``, ``custSupName``, a desk
    as ``contact``, ``telephone``, ``website``, an invented ``commerceNr`` and VAT number,
    ``custSupTp`` C, ``streetAddress`` with an invented postcode), the ledger accounts, VAT
    code and period the entries use and a sales journal with one invoice transaction (debtor,
    turnover and VAT lines, descriptions in Dutch)."""
    when = _when(rng)
    supplier, sstreet, stown = rng.choice(SUPPLIERS)
    street, number, addition, town = address(row)
    code = str(rng.randint(10000, 49999))
    invoice = f"{when:%Y}{rng.randint(10000, 99999)}"
    lines = rng.sample(ITEMS, rng.randint(1, 3))
    net = sum((Decimal(price) * rng.randint(1, 6) for _, price in lines), Decimal(0))
    vat = (net * Decimal("0.21")).quantize(Decimal("0.01"))
    total = net + vat
    period = when.month
    first = when.date().replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    day = f"{when:%Y-%m-%d}"
    months = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")  # fmt: skip
    what = ", ".join(item[0].lower() + item[1:] for item, _ in lines)
    extension = [f"          <numberExtension>{_x(addition)}</numberExtension>"] if addition else []
    text = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<auditfile xmlns="http://www.auditfiles.nl/XAF/3.2">',
        "  <header>",
        "    <fiscalYear>2024</fiscalYear>",
        "    <startDate>2024-01-01</startDate>",
        "    <endDate>2024-12-31</endDate>",
        "    <curCode>EUR</curCode>",
        f"    <dateCreated>2025-0{rng.randint(1, 3)}-{rng.randint(10, 28)}</dateCreated>",
        "    <softwareDesc>Financiële administratie</softwareDesc>",
        f"    <softwareVersion>{rng.randint(8, 12)}.{rng.randint(0, 9)}</softwareVersion>",
        "  </header>",
        "  <company>",
        f"    <companyIdent>{_kvk(rng)}</companyIdent>",
        f"    <companyName>{_x(supplier)}</companyName>",
        "    <taxRegistrationCountry>NL</taxRegistrationCountry>",
        f"    <taxRegIdent>{_vat(rng)}</taxRegIdent>",
        "    <streetAddress>",
        f"      <streetname>{sstreet}</streetname>",
        f"      <number>{rng.randint(1, 120)}</number>",
        f"      <city>{stown}</city>",
        f"      <postalCode>{_postcode(rng)}</postalCode>",
        "      <country>NL</country>",
        "    </streetAddress>",
        "    <customersSuppliers>",
        "      <customerSupplier>",
        f"        <custSupID>{code}</custSupID>",
        f"        <custSupName>{_x(name(row))}</custSupName>",
        f"        <contact>{rng.choice(DESKS)}</contact>",
        f"        <telephone>{_x(phone(row))}</telephone>",
        *([f"        <website>{_x(_f(row, 'website'))}</website>"] if _f(row, "website") else []),
        f"        <commerceNr>{_kvk(rng)}</commerceNr>",
        "        <taxRegistrationCountry>NL</taxRegistrationCountry>",
        f"        <taxRegIdent>{_vat(rng)}</taxRegIdent>",
        f"        <relationshipID>{code}</relationshipID>",
        "        <custSupTp>C</custSupTp>",
        "        <custSupGrpID>MSZ</custSupGrpID>",
        f"        <creditLimit>{rng.choice((2500, 5000, 10000))}.00</creditLimit>",
        "        <streetAddress>",
        f"          <streetname>{_x(street)}</streetname>",
        f"          <number>{number}</number>",
        *extension,
        f"          <city>{_x(town)}</city>",
        f"          <postalCode>{_postcode(rng)}</postalCode>",
        "          <country>NL</country>",
        "        </streetAddress>",
        "      </customerSupplier>",
        "    </customersSuppliers>",
        "    <generalLedger>",
        "      <ledgerAccount>",
        "        <accID>1300</accID>",
        "        <accDesc>Debiteuren</accDesc>",
        "        <accTp>B</accTp>",
        "      </ledgerAccount>",
        "      <ledgerAccount>",
        "        <accID>1520</accID>",
        "        <accDesc>Af te dragen btw hoog</accDesc>",
        "        <accTp>B</accTp>",
        "      </ledgerAccount>",
        "      <ledgerAccount>",
        "        <accID>8010</accID>",
        "        <accDesc>Omzet onderhoud en leveringen</accDesc>",
        "        <accTp>P</accTp>",
        "      </ledgerAccount>",
        "    </generalLedger>",
        "    <vatCodes>",
        "      <vatCode>",
        "        <vatID>V21</vatID>",
        "        <vatDesc>Btw hoog 21%</vatDesc>",
        "      </vatCode>",
        "    </vatCodes>",
        "    <periods>",
        "      <period>",
        f"        <periodNumber>{period}</periodNumber>",
        f"        <periodDesc>{months[period - 1]} 2024</periodDesc>",
        f"        <startDatePeriod>{first:%Y-%m-%d}</startDatePeriod>",
        f"        <endDatePeriod>{last:%Y-%m-%d}</endDatePeriod>",
        "      </period>",
        "    </periods>",
        "    <transactions>",
        "      <linesCount>3</linesCount>",
        f"      <totalDebit>{_money(total)}</totalDebit>",
        f"      <totalCredit>{_money(total)}</totalCredit>",
        "      <journal>",
        "        <jrnID>VK</jrnID>",
        "        <desc>Verkoopboek</desc>",
        "        <jrnTp>S</jrnTp>",
        "        <transaction>",
        f"          <nr>{invoice}</nr>",
        f"          <desc>Verkoopfactuur {invoice} aan {_x(name(row))}: onderhoud en "
        f"leveringen in {months[period - 1]} volgens het servicecontract, betaling binnen 30 "
        "dagen</desc>",
        f"          <periodNumber>{period}</periodNumber>",
        f"          <trDt>{day}</trDt>",
        f"          <amnt>{_money(total)}</amnt>",
        "          <trLine>",
        "            <nr>1</nr>",
        "            <accID>1300</accID>",
        f"            <docRef>{invoice}</docRef>",
        f"            <effDate>{day}</effDate>",
        f"            <desc>Debiteur {_x(name(row))}, factuur {invoice}</desc>",
        f"            <amnt>{_money(total)}</amnt>",
        "            <amntTp>D</amntTp>",
        f"            <custSupID>{code}</custSupID>",
        f"            <invRef>{invoice}</invRef>",
        "          </trLine>",
        "          <trLine>",
        "            <nr>2</nr>",
        "            <accID>8010</accID>",
        f"            <docRef>{invoice}</docRef>",
        f"            <effDate>{day}</effDate>",
        f"            <desc>{_x(what[:1].upper() + what[1:])}</desc>",
        f"            <amnt>{_money(net)}</amnt>",
        "            <amntTp>C</amntTp>",
        "          </trLine>",
        "          <trLine>",
        "            <nr>3</nr>",
        "            <accID>1520</accID>",
        f"            <docRef>{invoice}</docRef>",
        f"            <effDate>{day}</effDate>",
        "            <desc>Btw hoog 21%</desc>",
        f"            <amnt>{_money(vat)}</amnt>",
        "            <amntTp>C</amntTp>",
        "            <vat>",
        "              <vatID>V21</vatID>",
        "              <vatPerc>21.00</vatPerc>",
        f"              <vatAmnt>{_money(vat)}</vatAmnt>",
        "              <vatAmntTp>C</vatAmntTp>",
        "            </vat>",
        "          </trLine>",
        "        </transaction>",
        "      </journal>",
        "    </transactions>",
        "  </company>",
        "</auditfile>",
        "",
    ]
    return "\n".join(text)


def wefact_debtor(row: dict[str, Any], rng: random.Random) -> str:
    """A WeFact API ``debtor`` ``show`` response of an invented medical-supplies wholesaler's
    invoicing: ``controller``, ``action``, ``status`` and ``date``, and the provider as
    ``debtor`` with an invented ``Identifier`` and ``DebtorCode``, ``CompanyName``, invented
    ``CompanyNumber`` (KvK) and ``TaxNumber``, the address with an invented ``ZipCode``,
    ``PhoneNumber``, empty e-mail, mobile and fax fields, ``Website``, a ``Comment`` in Dutch
    repeating the number, invoice settings and invented creation and change times."""
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(30, 900), seconds=rng.randint(0, 30000))
    ident = rng.randint(40, 2400)
    comment = (
        f"{rng.choice(DESKS)} {name(row)}. Leveringen alleen op werkdagen tussen "
        f"{rng.choice(HOURS)} uur; bij afwijkingen in de bestelling eerst bellen met "
        f"{phone(row)}. Facturen per post, t.a.v. de crediteurenadministratie."
    )
    debtor = {
        "Identifier": str(ident),
        "DebtorCode": f"DB{ident + 10000}",
        "CompanyName": name(row),
        "CompanyNumber": _kvk(rng),
        "TaxNumber": _vat(rng),
        "Address": street_line(row),
        "ZipCode": _postcode(rng),
        "City": place(row),
        "Country": "NL",
        "EmailAddress": "",
        "PhoneNumber": phone(row),
        "MobileNumber": "",
        "FaxNumber": "",
        "Website": _f(row, "website"),
        "Comment": comment,
        "InvoiceMethod": "1",
        "InvoiceTerm": str(rng.choice((14, 30, 30, 45))),
        "Taxable": "yes",
        "Created": f"{created:%Y-%m-%d %H:%M:%S}",
        "Modified": f"{when:%Y-%m-%d %H:%M:%S}",
    }
    doc = {
        "controller": "debtor",
        "action": "show",
        "status": "success",
        "date": when.isoformat(timespec="seconds"),
        "debtor": debtor,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def teamleader_company(row: dict[str, Any], rng: random.Random) -> str:
    """A Teamleader Focus API ``companies.add`` body of an invented medical-device service
    company's CRM: the provider's ``name``, an invented ``business_type_id``, ``vat_number`` and
    ``national_identification_number`` (KvK), ``telephones`` (one of type ``phone``),
    ``website``, ``addresses`` (one of type ``primary`` with an invented postcode), ``language``
    ``nl``, an invented ``responsible_user_id``, ``remarks`` in Markdown repeating the number and
    ``tags``."""
    postcode = _postcode(rng)
    item = rng.choice(ITEMS)[0].lower()
    remarks = (
        f"**Locatie:** {name(row)}\n\n"
        f"- Contract: {rng.choice(CONTRACTS).lower()}, laatste bezoek: {item}\n"
        f"- Algemeen nummer: {phone(row)} (vragen naar de {rng.choice(DESKS).lower()})\n"
        f"- Bereikbaar op werkdagen tussen {rng.choice(HOURS)} uur"
    )
    tags = ["medisch specialistische zorg", rng.choice(REGIONS).lower()]
    doc = {
        "name": name(row),
        "business_type_id": _uuid(rng),
        "vat_number": _vat(rng),
        "national_identification_number": _kvk(rng),
        "telephones": [{"type": "phone", "number": phone(row)}],
        "website": _f(row, "website"),
        "addresses": [
            {
                "type": "primary",
                "address": {
                    "line_1": street_line(row),
                    "postal_code": postcode,
                    "city": place(row),
                    "country": "NL",
                },
            }
        ],
        "language": "nl",
        "responsible_user_id": _uuid(rng),
        "remarks": remarks,
        "tags": tags,
        "marketing_mails_consent": False,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "topdesk_branch": topdesk_branch,
    "xaf_auditfile": xaf_auditfile,
    "wefact_debtor": wefact_debtor,
    "teamleader_company": teamleader_company,
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
