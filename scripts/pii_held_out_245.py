"""held_out_245 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Romania's public notaries' offices, as the National Union of Public Notaries (UNNPR)
lists them; Romania's earlier part took the town halls) exactly as published, in layouts no
earlier part has, beside the register's own names, addresses and chambers.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of RO (the town halls), GR, BG, TR and many others; here:

* the values are the number lines and e-mail addresses of 240 notaries' offices
  (``scripts/data/pii_ro_notaries.json``, written by ``scripts/ro_notaries_data.py``; source
  and licence in that file): Romanian numbers as the register writes them, the area or mobile
  prefix and the subscriber's digits in groups (``0234 265 696``, ``0741 265 360``, Bucharest's
  ``021 319 61 20``, a few ``021303.19.14``), each line of its kind (``Fix``, ``Mobil``,
  ``RDS``, a bare second fixed line), and the office's one to three e-mail addresses, each
  copy labelled;
* the text around them is the same row's real fields: the notary's name (the office is named
  after its notary), the address, locality and county, the chamber and the register's
  sentence on the office's court district, with invented fiscal codes (CUI), trade register
  numbers, invoice series and numbers, amounts, dates, FAN Courier client ids and parcel
  measures, and the real postcode where the address gives one, unlabelled and scored;
* in layouts no earlier part has, the Romanian fiscal, invoicing and courier formats a notary's
  office meets, text in Romanian: ANAF's D394 informative VAT return XML (``declaratie394``,
  the office as declarant, its ``telefon`` and ``mail`` attributes), SmartBill Cloud API
  invoice requests (JSON: the office as ``client`` with ``phone`` and ``email``, the invoice
  e-mailed to every address, a ``mentions`` line repeating every number), FAN Courier API v2
  AWB requests (JSON: the office as ``recipient`` with ``phone``, ``secondaryPhone`` and
  ``email``, the courier's ``observation`` naming the other numbers) and SAGA C invoice import
  XML (``Facturi/Factura/Antet``: the office as client with ``ClientTelefon``, ``ClientMail``
  and every number and address in ``ClientInformatiiSuplimentare``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_245.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record
from ro_notaries_data import number_lines

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ro_notaries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_245.jsonl.gz"
SPLIT = "held_out_245"

LAYOUTS = ("anaf_d394", "smartbill_invoice", "fan_courier_awb", "saga_xml")
# the column each kind of number line is labelled under
COLUMNS = {"Fix": "fix", "Mobil": "mobil", "RDS": "rds", "Tel/Fax": "tel_fax", "": "fix"}
EDGES = {"email": r"[\w.@-]"}
# a whole e-mail address (a local part, ``@``, a domain with a top-level domain)
MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers of a notary's office (no real firm is meant)
VENDORS = (
    ("NOTARSOFT SOLUTIONS SRL", "Str. Fabricii nr. 12", "Cluj-Napoca", "CLUJ"),
    ("REGISTRU DIGITAL SRL", "Bd. Unirii nr. 45", "București", "BUCUREȘTI"),
    ("ARHIVA PLUS SERV SRL", "Str. Mihai Viteazu nr. 8", "Brașov", "BRAȘOV"),
    ("BIROTICA CENTRAL SRL", "Calea Bucureşti nr. 101", "Craiova", "DOLJ"),
)  # fmt: skip
ITEMS = (
    ("Abonament lunar aplicație gestiune acte notariale", "luna", 149.0),
    ("Hârtie securizată A4 pentru acte notariale (top 100 coli)", "top", 86.5),
    ("Registru general notarial 200 file", "buc", 64.0),
    ("Serviciu arhivare electronică documente", "luna", 210.0),
    ("Toner imprimantă laser", "buc", 329.9),
)  # fmt: skip
SENDERS = ("BANCA COMERCIALĂ ROMÂNĂ - CENTRALA ACTE", "AGENȚIA NAȚIONALĂ DE CADASTRU - OCPI",
           "CREDIT IMOBILIAR EXPRES IFN SA", "DEZVOLTARE REZIDENȚIALĂ NORD SRL")  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, number) of each of the office's number lines, in the register's order."""
    return number_lines(row["fields"])


def emails(row: dict[str, Any]) -> list[str]:
    """The office's e-mail addresses, in the register's order: the field's parts between
    commas or semicolons that are whole addresses (two of the register's are not, one with a
    blank before its ``@``, one with no top-level domain: they are left out of the text)."""
    parts = (p.strip() for p in re.split(r"[,;]", row["fields"]["email_addr"]))
    return [p for p in parts if MAIL.fullmatch(p)]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each of the row's numbers and e-mail addresses
    labelled (each copy stands apart: no digit, or no address character, next to it)."""
    values, columns, edges, seen = [], {}, dict(EDGES), set()
    for i, (kind, number) in enumerate(phones(row)):
        if number in seen:
            continue
        seen.add(number)
        values.append((f"p{i}", number))
        columns[f"p{i}"], edges[f"p{i}"] = COLUMNS[kind], r"\d"
    values += [("email", e) for e in dict.fromkeys(emails(row))]
    return field_copies(text, values, edges, columns, row["path"])


def _when(rng: random.Random) -> dt.date:
    """An invented day of 2024."""
    return dt.date(2024, 1, 3) + dt.timedelta(days=rng.randint(0, 340))


def _cui(rng: random.Random) -> str:
    """An invented fiscal code (CUI) with its check digit (ANAF's key ``753217532``)."""
    body = str(rng.randint(10_000_000, 49_999_999))
    key = "753217532"[-len(body) :]
    check = sum(int(a) * int(b) for a, b in zip(body, key, strict=True)) * 10 % 11 % 10
    return body + str(check)


def _office(row: dict[str, Any]) -> str:
    return f"BIROU NOTARIAL {_f(row, 'name')}"


def _postcode(row: dict[str, Any]) -> str:
    """The postcode the address gives (``cod postal 605100``), "" where it gives none."""
    m = re.search(r"cod po[sș]tal (\d{6})", _f(row, "address"), re.IGNORECASE)
    return m.group(1) if m else ""


def _where(row: dict[str, Any]) -> str:
    return f"{_f(row, 'address')}, {_f(row, 'city')}, jud. {_f(row, 'county')}"


def _numbers(row: dict[str, Any]) -> list[str]:
    return list(dict.fromkeys(number for _, number in phones(row)))


def _lines(row: dict[str, Any]) -> str:
    """Every number line as the register labels it (``Fix: 0234 265 696, Mobil: ...``)."""
    seen, out = set(), []
    for kind, number in phones(row):
        if number not in seen:
            seen.add(number)
            out.append(f"{kind}: {number}" if kind else number)
    return ", ".join(out)


def _a(value: str) -> str:
    return quoteattr(value)


def anaf_d394(row: dict[str, Any], rng: random.Random) -> str:
    """ANAF's D394 (declarație informativă privind livrările/prestările și achizițiile
    efectuate pe teritoriul național), version 4 XML as DUKIntegrator validates it: the office
    as declarant (``cui``, ``den``, ``adresa``, ``telefon`` its first number, ``mail`` its first
    address, CAEN 6910), the notary as legal representative, an ``informatii`` element, one
    ``rezumat1`` and one ``op1`` of an invented supplier, invented amounts at 19 %."""
    when = _when(rng)
    cui, partner = _cui(rng), _cui(rng)
    base = rng.randint(800, 24000)
    tva = round(base * 0.19)
    nfact = rng.randint(1, 9)
    vendor = rng.choice(VENDORS)[0]
    mail = emails(row)[0] if emails(row) else ""
    attrs = [
        ("luna", str(when.month)), ("an", str(when.year)), ("tip_D394", "L"),
        ("sistemTVA", "0"), ("op_efectuate", "1"), ("prsAfiliat", "0"), ("cui", cui),
        ("caen", "6910"), ("den", _office(row)), ("adresa", _where(row)),
        ("telefon", _numbers(row)[0]), ("mail", mail), ("totalPlata_A", str(base + tva)),
        ("denR", _f(row, "name")), ("functie_reprez", "NOTAR PUBLIC"),
        ("adresaR", _where(row)), ("tip_intocmit", "0"), ("den_intocmit", _office(row)),
        ("cif_intocmit", cui), ("optiune", "1"), ("schimb_optiune", "0"),
    ]  # fmt: skip
    head = " ".join(f"{k}={_a(v)}" for k, v in attrs if v)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- D394 {when:%m.%Y} - {escape(_f(row, 'description'))} -->",
        '<declaratie394 xmlns="mfp:anaf:dgti:d394:declaratie:v4" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="mfp:anaf:dgti:d394:declaratie:v4 D394.xsd" ' + head + ">",
        f'  <informatii nrCui1="1" nrCui2="0" nrCui3="0" nrCui4="0" nr_BF_i1="0" '
        f'incasari_i1="0" incasari_i2="0" nrFacturi_terti="0" nrFacturi_benef="0" '
        f'nrFacturi="{nfact}" nrFacturiL_PF="0" nrFacturiLS_PF="0" val_LS_PF="0" '
        f'tvaDed24="0" tvaDed20="0" tvaDed19="{tva}" tvaDed9="0" tvaDed5="0" solicit="0"/>',
        f'  <rezumat1 tip_partener="1" cota="19" facturiA="{nfact}" bazaA="{base}" tvaA="{tva}"/>',
        f'  <op1 tip="A" tip_partener="1" cota="19" cuiP="{partner}" denP={_a(vendor)} '
        f'nrFact="{nfact}" baza="{base}" tva="{tva}"/>',
        "</declaratie394>",
        "",
    ]
    return "\n".join(lines)


def smartbill_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """A SmartBill Cloud API request (``POST https://ws.smartbill.ro/SBORO/api/invoice``): an
    invented supplier's invoice to the office as ``client`` (``phone`` its first number,
    ``email`` its first address, the county and locality as published), e-mailed to every
    address (``sendEmail``, ``email.to`` and ``cc``), a ``mentions`` line repeating every number
    line, invented series, dates, product and price."""
    when = _when(rng)
    vendor = rng.choice(VENDORS)
    item, unit, price = rng.choice(ITEMS)
    mails = emails(row)
    body: dict[str, Any] = {
        "companyVatCode": f"RO{_cui(rng)}",
        "client": {
            "name": _office(row),
            "vatCode": _cui(rng),
            "isTaxPayer": False,
            "address": _f(row, "address"),
            "city": _f(row, "city"),
            "county": _f(row, "county"),
            "country": "Romania",
            "email": mails[0] if mails else "",
            "phone": _numbers(row)[0],
            "contact": f"Notar public {_f(row, 'name')}",
            "saveToDb": True,
        },
        "issueDate": f"{when:%Y-%m-%d}",
        "seriesName": rng.choice(("NTR", "SB", "FCT")),
        "isDraft": False,
        "dueDate": f"{when + dt.timedelta(days=15):%Y-%m-%d}",
        "deliveryDate": f"{when:%Y-%m-%d}",
        "mentions": f"Contact birou notarial: {_lines(row)}. Camera notarilor publici "
        f"{_f(row, 'room')}.",
        "observations": f"Furnizor: {vendor[0]}, {vendor[1]}, {vendor[2]}",
        "products": [
            {
                "name": item,
                "code": f"ART{rng.randint(100, 999)}",
                "isDiscount": False,
                "measuringUnitName": unit,
                "currency": "RON",
                "quantity": rng.randint(1, 4),
                "price": price,
                "isTaxIncluded": True,
                "taxName": "Normala",
                "taxPercentage": 19,
                "saveToDb": False,
                "isService": unit == "luna",
            }
        ],
    }
    if mails:
        body["sendEmail"] = True
        body["email"] = {"to": mails[0], "cc": ", ".join(mails[1:]), "bcc": ""}
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def fan_courier_awb(row: dict[str, Any], rng: random.Random) -> str:
    """A FAN Courier API v2 AWB request (``POST https://api.fancourier.ro/intern-awb``): an
    invented client id, one shipment of notarial papers in an envelope from an invented
    sender to the office as ``recipient`` (``phone`` its first number, ``secondaryPhone`` its
    second or "", ``email`` its first address, the address with the real postcode where the
    register gives one), the courier's ``observation`` naming every number line."""
    numbers = _numbers(row)
    mails = emails(row)
    shipment = {
        "info": {
            "service": rng.choice(("Standard", "Cont Colector", "Red code")),
            "bank": "",
            "bankAccount": "",
            "packages": {"parcel": 0, "envelope": 1},
            "weight": 1,
            "cod": 0,
            "declaredValue": 0,
            "payment": "sender",
            "refund": None,
            "returnPayment": None,
            "observation": f"Acte originale pentru {_office(row)}. Se contactează înainte de "
            f"livrare: {_lines(row)}.",
            "content": "documente notariale",
            "dimensions": {"length": 32, "height": 1, "width": 23},
            "costCenter": f"DOS-{rng.randint(1000, 9999)}/{_when(rng):%Y}",
            "options": ["X"] if rng.random() < 0.5 else [],
        },
        "recipient": {
            "name": _office(row),
            "contactPerson": _f(row, "name"),
            "phone": numbers[0],
            "secondaryPhone": numbers[1] if len(numbers) > 1 else "",
            "email": mails[0] if mails else "",
            "address": {
                "county": _f(row, "county"),
                "locality": _f(row, "city"),
                "street": _f(row, "address"),
                "streetNo": "",
                "zipCode": _postcode(row),
                "building": "",
                "entrance": "",
                "floor": "",
                "apartment": "",
            },
        },
        "sender": {"name": rng.choice(SENDERS)},
    }
    body = {"clientId": rng.randint(7_000_000, 7_999_999), "shipments": [shipment]}
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def saga_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A SAGA C invoice import file (``F_<cif>_<nr>_<data>.xml``): ``Facturi/Factura`` with an
    ``Antet`` of an invented supplier (name, CIF, trade register number, address) and the
    office as client (``ClientTelefon`` its first number, ``ClientMail`` its first address,
    every number line and address in ``ClientInformatiiSuplimentare``, the county and address
    as published), an invented number, dates and lines (``Detalii/Continut/Linie``)."""
    when = _when(rng)
    vendor = rng.choice(VENDORS)
    mails = emails(row)
    extra = f"Telefoane: {_lines(row)}" + (f"; e-mail: {', '.join(mails)}" if mails else "")
    lines_xml = []
    total = 0.0
    for i, (item, unit, price) in enumerate(rng.sample(ITEMS, rng.randint(1, 3)), 1):
        qty = rng.randint(1, 5)
        value = round(qty * price / 1.19, 2)
        total += value
        lines_xml += [
            "        <Linie>",
            f"          <LinieNrCrt>{i}</LinieNrCrt>",
            f"          <Descriere>{escape(item)}</Descriere>",
            f"          <CodArticolFurnizor>ART{rng.randint(100, 999)}</CodArticolFurnizor>",
            f"          <UM>{unit}</UM>",
            f"          <Cantitate>{qty:.2f}</Cantitate>",
            f"          <Pret>{price / 1.19:.4f}</Pret>",
            f"          <Valoare>{value:.2f}</Valoare>",
            "          <CotaTVA>19</CotaTVA>",
            f"          <TVA>{value * 0.19:.2f}</TVA>",
            "        </Linie>",
        ]
    x = escape
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<Facturi>",
        "  <Factura>",
        "    <Antet>",
        f"      <FurnizorNume>{x(vendor[0])}</FurnizorNume>",
        f"      <FurnizorCIF>RO{_cui(rng)}</FurnizorCIF>",
        f"      <FurnizorNrRegCom>J{rng.randint(1, 52):02d}/{rng.randint(100, 9999)}/"
        f"{rng.randint(2005, 2022)}</FurnizorNrRegCom>",
        "      <FurnizorCapital>200</FurnizorCapital>",
        f"      <FurnizorAdresa>{x(vendor[1])}, {x(vendor[2])}</FurnizorAdresa>",
        f"      <ClientNume>{x(_office(row))}</ClientNume>",
        f"      <ClientInformatiiSuplimentare>{x(extra)}</ClientInformatiiSuplimentare>",
        f"      <ClientCIF>{_cui(rng)}</ClientCIF>",
        "      <ClientNrRegCom></ClientNrRegCom>",
        f"      <ClientJudet>{x(_f(row, 'county'))}</ClientJudet>",
        f"      <ClientAdresa>{x(_f(row, 'address'))}, {x(_f(row, 'city'))}</ClientAdresa>",
        f"      <ClientTelefon>{_numbers(row)[0]}</ClientTelefon>",
        f"      <ClientMail>{x(mails[0]) if mails else ''}</ClientMail>",
        f"      <FacturaNumar>{rng.randint(1000, 99999)}</FacturaNumar>",
        f"      <FacturaData>{when:%d.%m.%Y}</FacturaData>",
        f"      <FacturaScadenta>{when + dt.timedelta(days=30):%d.%m.%Y}</FacturaScadenta>",
        "      <FacturaTaxareInversa>Nu</FacturaTaxareInversa>",
        "      <FacturaTVAIncasare>Nu</FacturaTVAIncasare>",
        f"      <FacturaInformatiiSuplimentare>Total fără TVA {total:.2f} RON"
        "</FacturaInformatiiSuplimentare>",
        "      <FacturaMoneda>RON</FacturaMoneda>",
        "    </Antet>",
        "    <Detalii>",
        "      <Continut>",
        *lines_xml,
        "      </Continut>",
        "    </Detalii>",
        "  </Factura>",
        "</Facturi>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "anaf_d394": anaf_d394,
    "smartbill_invoice": smartbill_invoice,
    "fan_courier_awb": fan_courier_awb,
    "saga_xml": saga_xml,
}


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of the register's does)."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers and e-mail
    addresses labelled."""
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
