"""held_out_215 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Italy's offices of the justices of the peace, uffici del Giudice di Pace, as
the Ministry of Justice's Giustizia Map lists them; Italy's earlier parts took ICCU's libraries,
Regione Lombardia's care homes, the comuni's contacts and two regions' accommodation lists)
exactly as published, in layouts no earlier part has, beside the list's own names, addresses,
tax codes, local holidays, opening notes and update dates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of IT (ICCU, Regione Lombardia, the comuni, Puglia, Piemonte),
PT (the Ministry of Justice's service locations) and many others; here:

* the values are the ``Telefono``, ``Fax`` and ``Email`` fields of 200 offices
  (``scripts/data/pii_it_giudici_di_pace.json``, written by
  ``scripts/it_giudici_di_pace_data.py``; source and licence in that file): Italian numbers as
  the offices gave them, the area code set off by a hyphen between blanks (``0862 - 204981``)
  or not (``071-2899901``), a few in one run (``089856045``), notes in brackets
  (``(centralino)``), several numbers in one field run together after a note (``0141 - 388600
  (centralino)0141 - 388135 (cancelleria civile)``), alternatives after a slash (``0471 -
  982387 / 976911``: six digits or more, a number of its own, labelled apart) and shortened
  endings (``0187 - 595122 / 3 / 4``: no number, unlabelled, outside every span); the offices'
  e-mail addresses (``gdp.bolzano@giustizia.it``; a few fields of two, after ``;``), each
  labelled; where a layout has one field for one number (a customer's ``Tel``), the field's
  first number alone, with the whole field in the record's note;
* the text around them is the same row's real fields: the office's name, its address with the
  five-digit CAP (``Via Pile, 7, L'AQUILA 67100``), its eleven-digit codice fiscale
  (``90013650875``, where the list gives one), its local holiday, its opening note (where that
  holds no number) and the list's update date, with invented decree numbers and NIR URNs, order
  and customer codes, VAT numbers of an invented supplier, item codes, quantities, prices and
  totals, client and company ids, BRT account, depot and customer codes, references, weights
  and dates, unlabelled and scored;
* in layouts no earlier part has, Italian formats, text in Italian: NIR 2.2 XML (Norme in
  Rete, the DTD of Italian legal acts) decrees of the office's coordinating judge on its seat,
  contacts and hours (each field in an ``articolo``'s ``comma``), Danea Easyfatt XML documents
  (an ``EasyfattDocuments`` customer order of office supplies, the office as customer with
  ``CustomerTel``, ``CustomerFax``, ``CustomerEmail``/``CustomerPec`` and an
  ``InternalComment`` repeating the whole fields), Fatture in Cloud API v2 client responses
  (``GET /c/{company_id}/entities/clients/{client_id}``, a ``pa`` client with ``phone``,
  ``fax``, ``email``/``certified_email`` and ``notes`` repeating the whole fields) and BRT
  (Bartolini) REST API shipment requests (``POST /rest/v1/shipments/shipment``, the office as
  consignee with ``consigneeTelephone`` and ``consigneeEMail``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_215.py   # rewrites the committed file
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

from it_giudici_di_pace_data import NUMBER, numbers
from make_pii_eval import register_part, register_rows

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_giudici_di_pace.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_215.jsonl.gz"
SPLIT = "held_out_215"

LAYOUTS = ("nir_decreto", "easyfatt_xml", "fattureincloud_client", "brt_shipment")
PHONE, FAX = "Telefono", "Fax"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented office supplies an order of the office may hold (code, description, unit, price)
SUPPLIES = (
    ("CAR-A4-80", "Carta A4 80 g/m² - risma da 500 fogli", "rs", "4.20"),
    ("FAL-DOR-8", "Faldone con lacci dorso 8 cm", "pz", "2.35"),
    ("CAM-FASC", "Cartellina per fascicoli processuali, 3 lembi", "pz", "0.85"),
    ("TON-LJ-59A", "Toner nero compatibile per stampante laser", "pz", "48.90"),
    ("BUS-C4-100", "Buste a sacco C4 con strip - conf. 100", "cf", "11.60"),
    ("TIM-DAT-01", "Timbro datario autoinchiostrante", "pz", "18.40"),
    ("REG-PROT", "Registro di protocollo 200 pagine numerate", "pz", "9.75"),
    ("CUC-24-6", "Punti metallici 24/6 - conf. 1000", "cf", "0.95"),
)  # fmt: skip
SUPPLIER = {
    "Name": "Forniture Uffici Pubblici S.r.l.",
    "Address": "Via dell'Artigianato, 14",
    "Postcode": "40138",
    "City": "Bologna",
    "Province": "BO",
    "Country": "Italia",
    "VatCode": "03417851206",
    "FiscalCode": "03417851206",
}  # an invented supplier (no phone, fax or e-mail of its own)
HOURS = (
    "L'ufficio è aperto al pubblico dal lunedì al sabato dalle 9.00 alle 12.00.",
    "La cancelleria riceve il pubblico dal lunedì al venerdì dalle 8.30 alle 12.30.",
    "Apertura al pubblico dal lunedì al sabato, ore 9.00-13.00; il sabato solo atti urgenti.",
)  # invented opening hours, where the list gives none that is free of numbers
NOTES = (
    "Consegna in cancelleria negli orari di apertura al pubblico",
    "Consegnare al piano terra, ufficio ricezione atti",
    "Consegna dal lunedì al venerdì, ore 9-12",
)  # invented delivery notes of a shipment, where the list's note is long or holds a number


class Doc:
    """A record's text built piece by piece, with the spans of its phones and e-mails."""

    def __init__(self) -> None:
        self.text = ""
        self.phones: list[tuple[int, int, str]] = []  # (start, end, column)
        self.emails: list[tuple[int, int]] = []

    def add(self, text: str) -> None:
        self.text += text

    def field(self, column: str, value: str) -> None:
        """A phone or fax field, each number of it labelled under ``column``."""
        self.phones += [(len(self.text) + s, len(self.text) + e, column) for s, e in numbers(value)]
        self.text += value

    def email(self, value: str) -> None:
        """An e-mail field: each address of it labelled."""
        self.emails += [(len(self.text) + m.start(), len(self.text) + m.end())
                        for m in EMAIL.finditer(value)]  # fmt: skip
        self.text += value


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has no such field)."""
    return row["fields"].get(key) or ""


def phone(row: dict[str, Any]) -> str:
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    return _f(row, FAX)


def emails(row: dict[str, Any]) -> list[str]:
    """The addresses of the row's e-mail field, in its order (none where it holds none or runs
    two together: each address set apart by ``;`` and blanks)."""
    value = _f(row, "Email")
    pieces = [p.strip() for p in value.split(";") if p.strip()]
    if not all(EMAIL.fullmatch(p) for p in pieces):
        return []
    return pieces


def first(field: str) -> str:
    """The first number of a phone or fax field as written ("" for none)."""
    found = numbers(field) if field else []
    return field[found[0][0] : found[0][1]] if found else ""


def _certified(address: str) -> bool:
    """A certified (PEC) mailbox of the Ministry's ``giustiziacert.it`` domain."""
    return address.endswith("@giustiziacert.it")


def mailbox(row: dict[str, Any]) -> str:
    """The row's first ordinary address ("" for none)."""
    return next((a for a in emails(row) if not _certified(a)), "")


def pec(row: dict[str, Any]) -> str:
    """The row's first certified address ("" for none)."""
    return next((a for a in emails(row) if _certified(a)), "")


def office(row: dict[str, Any]) -> str:
    """The office's name as a customer or consignee writes it (``Ufficio del Giudice di Pace
    di ASTI``)."""
    return f"Ufficio del {_f(row, 'Ufficio')}"


def address(row: dict[str, Any]) -> tuple[str, str, str]:
    """(street, city, CAP) of the row's ``Indirizzo`` (``Via Pile, 7``, ``L'AQUILA``,
    ``67100``)."""
    street, rest = _f(row, "Indirizzo").rsplit(", ", 1)
    city, cap = rest.rsplit(" ", 1)
    return street, city, cap


def info(row: dict[str, Any]) -> str:
    """The row's opening note where it holds no phone number ("" otherwise)."""
    value = _f(row, "Informazioni")
    return "" if re.search(NUMBER, value) else value


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Rome, CET)."""
    start = dt.datetime(2024, 1, 8, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre")  # fmt: skip


def _date_it(when: dt.datetime) -> str:
    return f"{when.day} {_MONTHS[when.month - 1]} {when.year}"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _raw(value: str) -> str:
    """A labelled value written into XML or JSON as it is (nothing in it to escape)."""
    assert escape(value) == value and json.dumps(value, ensure_ascii=False)[1:-1] == value
    return value


def _slug(row: dict[str, Any]) -> str:
    """The office's place in lower case, words joined by dots (``barcellona.pozzo.di.gotto``)."""
    place = re.sub(r"^Giudice di Pace (?:di |dell'|della |del |dello |degli |delle )", "",
                   _f(row, "Ufficio"))  # fmt: skip
    return ".".join(re.findall(r"[a-z0-9]+", place.lower()))


def nir_decreto(row: dict[str, Any], rng: random.Random) -> Doc:
    """A NIR 2.2 XML document (Norme in Rete, ``nirloose``): an ``AttoDiAutorita``, the decree
    of the office's coordinating judge on its seat, contacts and hours: ``meta`` with an
    invented NIR URN, ``vigenza`` and ``redazione``, the ``intestazione`` (``emanante``,
    ``tipoDoc``, ``dataDoc``, an invented ``numDoc``, ``titoloDoc``), a ``preambolo`` naming the
    list's update date and the codice fiscale, an ``articolato`` whose ``comma``s give the
    address, the phone field, the fax field and the e-mail field as published, the opening note
    and the local holiday, and the ``conclusione`` with place and date."""
    d = Doc()
    when = _when(rng)
    num = rng.randint(2, 64)
    norm = f"{when:%Y%m%d}"
    urn = f"urn:nir:ufficio.giudice.pace.{_slug(row)}:decreto:{when:%Y-%m-%d};{num}"
    name = _f(row, "Ufficio")
    street, city, _ = address(row)
    hours = info(row) or rng.choice(HOURS)
    cf = _f(row, "Codice Fiscale")
    updated = _f(row, "Ultimo Aggiornamento")
    visto = f"Visti i dati dell'ufficio pubblicati in Giustizia Map, aggiornati al {updated}"
    visto += f"; visto il codice fiscale dell'ufficio, {cf};" if cf else ";"
    d.add(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE NIR SYSTEM "nirloose.dtd">\n'
        '<NIR xmlns="http://www.normeinrete.it/nir/2.2/" '
        'xmlns:dsp="http://www.normeinrete.it/nir/disposizioni/2.2/" '
        'xmlns:h="http://www.w3.org/HTML/1999" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'tipo="originale">\n'
        '  <AttoDiAutorita nome="Decreto">\n'
        "    <meta>\n"
        "      <descrittori>\n"
        f'        <pubblicazione norm="{norm}"/>\n'
        f'        <redazione id="red1" norm="{norm}" nome="Cancelleria del {_x(name)}"/>\n'
        f'        <urn valore="{urn}"/>\n'
        "      </descrittori>\n"
        "      <ciclodivita>\n"
        "        <eventi>\n"
        f'          <evento id="t1" data="{norm}" fonte="ro1" tipo="originale"/>\n'
        "        </eventi>\n"
        "        <relazioni>\n"
        f'          <originale id="ro1" xlink:href="{urn}"/>\n'
        "        </relazioni>\n"
        "      </ciclodivita>\n"
        "    </meta>\n"
        "    <intestazione>\n"
        f"      <emanante>Il Giudice di Pace coordinatore dell'{_x(office(row))}</emanante>\n"
        "      <tipoDoc>Decreto</tipoDoc>\n"
        f'      <dataDoc norm="{norm}">{_date_it(when)}</dataDoc>\n'
        f"      <numDoc>{num}/{when.year}</numDoc>\n"
        f"      <titoloDoc>Sede, recapiti e orario di apertura al pubblico dell'{_x(office(row))}"
        "</titoloDoc>\n"
        "    </intestazione>\n"
        "    <formulainiziale><h:p>IL GIUDICE DI PACE COORDINATORE</h:p></formulainiziale>\n"
        "    <preambolo>\n"
        f"      <h:p>{_x(visto)}</h:p>\n"
        "      <h:p>ritenuta la necessità di rendere noti al pubblico la sede e i recapiti "
        "dell'ufficio;</h:p>\n"
        "      <h:p>DECRETA</h:p>\n"
        "    </preambolo>\n"
        "    <articolato>\n"
        '      <articolo id="art1">\n'
        "        <num>Art. 1</num>\n"
        "        <rubrica>Sede e recapiti</rubrica>\n"
        '        <comma id="art1-com1">\n'
        "          <num>1.</num>\n"
        f"          <corpo>L'{_x(office(row))} ha sede in {_x(street)}, {_x(city)} "
        f"({address(row)[2]}).</corpo>\n"
        "        </comma>\n"
        '        <comma id="art1-com2">\n'
        "          <num>2.</num>\n"
        "          <corpo>La cancelleria risponde ai seguenti numeri di telefono: "
    )
    d.field(PHONE, _raw(phone(row)))
    d.add(".</corpo>\n        </comma>\n")
    com = 3
    if fax(row):
        d.add(f'        <comma id="art1-com{com}">\n          <num>{com}.</num>\n'
              "          <corpo>Gli atti possono essere trasmessi al numero di fax ")  # fmt: skip
        d.field(FAX, _raw(fax(row)))
        d.add(".</corpo>\n        </comma>\n")
        com += 1
    if emails(row):
        d.add(f'        <comma id="art1-com{com}">\n          <num>{com}.</num>\n'
              "          <corpo>Indirizzo di posta elettronica: ")  # fmt: skip
        d.email(_raw(_f(row, "Email")))
        d.add(".</corpo>\n        </comma>\n")
    d.add(
        "      </articolo>\n"
        '      <articolo id="art2">\n'
        "        <num>Art. 2</num>\n"
        "        <rubrica>Orario di apertura al pubblico</rubrica>\n"
        '        <comma id="art2-com1">\n'
        "          <num>1.</num>\n"
        f"          <corpo>{_x(hours)}</corpo>\n"
        "        </comma>\n"
    )
    if _f(row, "Festività Locale"):
        d.add(
            '        <comma id="art2-com2">\n'
            "          <num>2.</num>\n"
            "          <corpo>L'ufficio resta chiuso nel giorno della festività locale: "
            f"{_x(_f(row, 'Festività Locale'))}.</corpo>\n"
            "        </comma>\n"
        )
    d.add(
        "      </articolo>\n"
        "    </articolato>\n"
        "    <formulafinale><h:p>Il presente decreto è affisso nei locali dell'ufficio e "
        "comunicato al Consiglio dell'Ordine degli Avvocati.</h:p></formulafinale>\n"
        "    <conclusione>\n"
        f'      <dataeluogo norm="{norm}">{_x(city.title())}, {_date_it(when)}</dataeluogo>\n'
        "      <sottoscrizioni>\n"
        "        <sottoscrizione>Il Giudice di Pace coordinatore</sottoscrizione>\n"
        "      </sottoscrizioni>\n"
        "    </conclusione>\n"
        "  </AttoDiAutorita>\n"
        "</NIR>\n"
    )
    return d


def _rows_of_order(rng: random.Random) -> list[tuple[str, str, str, int, str, str]]:
    """Two to four invented order lines: (code, description, unit, quantity, price, total)."""
    out = []
    for code, text, unit, price in rng.sample(SUPPLIES, rng.randint(2, 4)):
        qty = rng.randint(1, 20)
        total = f"{qty * float(price):.2f}"
        out.append((code, text, unit, qty, price, total))
    return out


def _tag(d: Doc, indent: str, name: str, value: str) -> None:
    """An element of text (an empty element where the value is "")."""
    d.add(f"{indent}<{name}>{_x(value)}</{name}>\n" if value else f"{indent}<{name}/>\n")


def easyfatt_xml(row: dict[str, Any], rng: random.Random) -> Doc:
    """A Danea Easyfatt XML file (``EasyfattDocuments``, AppVersion 2) of one customer order
    (``DocumentType`` ``C``) of office supplies from an invented supplier (its ``Company``,
    with no phone of its own): the office as customer (an invented ``CustomerCode``, its name,
    street, CAP, city, country, codice fiscale, ``CustomerTel`` and ``CustomerFax`` the fields'
    first numbers, ``CustomerEmail``/``CustomerPec``), the same delivery address, an
    ``InternalComment`` repeating the whole phone and fax fields, invented ``Rows`` (codes,
    quantities, prices at 22% VAT), totals and one bank-transfer payment."""
    d = Doc()
    when = _when(rng)
    street, city, cap = address(row)
    lines = _rows_of_order(rng)
    net = sum(float(t) for *_, t in lines)
    vat = round(net * 0.22, 2)
    code = f"PA{rng.randint(1000, 9999)}"
    d.add(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<EasyfattDocuments AppVersion="2" Creator="Danea Soft" '
        'CreatorUrl="http://www.danea.it/software/easyfatt">\n'
        "  <Company>\n"
    )
    for key, value in SUPPLIER.items():
        _tag(d, "    ", key, value)
    d.add("  </Company>\n  <Documents>\n    <Document>\n")
    _tag(d, "      ", "DocumentType", "C")
    _tag(d, "      ", "Date", f"{when:%Y-%m-%d}")
    _tag(d, "      ", "Number", str(rng.randint(12, 480)))
    _tag(d, "      ", "CustomerCode", code)
    _tag(d, "      ", "CustomerName", office(row))
    _tag(d, "      ", "CustomerAddress", street)
    _tag(d, "      ", "CustomerPostcode", cap)
    _tag(d, "      ", "CustomerCity", city)
    _tag(d, "      ", "CustomerProvince", "")
    _tag(d, "      ", "CustomerCountry", "Italia")
    _tag(d, "      ", "CustomerFiscalCode", _f(row, "Codice Fiscale"))
    d.add("      <CustomerTel>")
    d.field(PHONE, _raw(first(phone(row))))
    d.add("</CustomerTel>\n")
    if fax(row):
        d.add("      <CustomerFax>")
        d.field(FAX, _raw(first(fax(row))))
        d.add("</CustomerFax>\n")
    else:
        d.add("      <CustomerFax/>\n")
    for tag, value in (("CustomerEmail", mailbox(row)), ("CustomerPec", pec(row))):
        if value:
            d.add(f"      <{tag}>")
            d.email(_raw(value))
            d.add(f"</{tag}>\n")
        else:
            d.add(f"      <{tag}/>\n")
    _tag(d, "      ", "DeliveryName", office(row))
    _tag(d, "      ", "DeliveryAddress", street)
    _tag(d, "      ", "DeliveryPostcode", cap)
    _tag(d, "      ", "DeliveryCity", city)
    _tag(d, "      ", "DeliveryCountry", "Italia")
    _tag(d, "      ", "TotalWithoutTax", f"{net:.2f}")
    _tag(d, "      ", "VatAmount", f"{vat:.2f}")
    _tag(d, "      ", "Total", f"{net + vat:.2f}")
    _tag(d, "      ", "PricesIncludeVat", "false")
    _tag(d, "      ", "PaymentName", "Bonifico bancario 30 gg d.f.")
    d.add("      <InternalComment>Recapiti della cancelleria: tel. ")
    d.field(PHONE, _raw(phone(row)))
    if fax(row):
        d.add(" - fax ")
        d.field(FAX, _raw(fax(row)))
    updated = _x(_f(row, "Ultimo Aggiornamento"))
    d.add(f". Consegna negli orari di apertura. Dati aggiornati al {updated}.</InternalComment>\n")
    d.add("      <Rows>\n")
    for item, text, unit, qty, price, total in lines:
        d.add("        <Row>\n")
        _tag(d, "          ", "Code", item)
        _tag(d, "          ", "Description", text)
        _tag(d, "          ", "Qty", str(qty))
        _tag(d, "          ", "Um", unit)
        _tag(d, "          ", "Price", price)
        d.add('          <VatCode Perc="22" Class="Imponibile" Description="Imponibile 22%">22'
              "</VatCode>\n")  # fmt: skip
        _tag(d, "          ", "Total", total)
        _tag(d, "          ", "Stock", "true")
        d.add("        </Row>\n")
    due = when + dt.timedelta(days=30)
    d.add(
        "      </Rows>\n"
        "      <Payments>\n"
        "        <Payment>\n"
        "          <Advance>false</Advance>\n"
        f"          <Date>{due:%Y-%m-%d}</Date>\n"
        f"          <Amount>{net + vat:.2f}</Amount>\n"
        "          <Paid>false</Paid>\n"
        "        </Payment>\n"
        "      </Payments>\n"
        "    </Document>\n"
        "  </Documents>\n"
        "</EasyfattDocuments>\n"
    )
    return d


def _j(value: Any) -> str:
    """A JSON value (Italian text as is)."""
    return json.dumps(value, ensure_ascii=False)


def fattureincloud_client(row: dict[str, Any], rng: random.Random) -> Doc:
    """A Fatture in Cloud API v2 response to ``GET /c/{company_id}/entities/clients/
    {client_id}`` (JSON, ``{"data": {...}}``): an invented client id and code, the office as a
    client of type ``pa`` (its name, codice fiscale as ``tax_code``, street, CAP, city,
    country), ``email``/``certified_email``, ``phone`` and ``fax`` the fields' first numbers,
    ``notes`` repeating the whole phone and fax fields, invented payment terms, ``e_invoice``
    true with an empty ``ei_code``, invented creation and update times."""
    d = Doc()
    when = _when(rng)
    street, city, cap = address(row)
    pairs: list[tuple[str, Any]] = [
        ("id", rng.randint(10_000_000, 99_999_999)),
        ("code", f"GDP-{_slug(row).replace('.', '-').upper()[:12]}"),
        ("name", office(row)),
        ("type", "pa"),
        ("first_name", None),
        ("last_name", None),
        ("contact_person", "Cancelleria"),
        ("vat_number", ""),
        ("tax_code", _f(row, "Codice Fiscale")),
        ("address_street", street),
        ("address_postal_code", cap),
        ("address_city", city),
        ("address_province", ""),
        ("address_extra", ""),
        ("country", "Italia"),
        ("country_iso", "IT"),
    ]
    d.add("{\n" + '  "data": {\n')
    for key, value in pairs:
        d.add(f'    "{key}": {_j(value)},\n')
    for key, value in (("email", mailbox(row)), ("certified_email", pec(row))):
        d.add(f'    "{key}": "')
        d.email(_raw(value))
        d.add('",\n')
    d.add('    "phone": "')
    d.field(PHONE, _raw(first(phone(row))))
    d.add('",\n    "fax": "')
    if fax(row):
        d.field(FAX, _raw(first(fax(row))))
    d.add('",\n    "notes": "Recapiti: tel. ')
    d.field(PHONE, _raw(phone(row)))
    if fax(row):
        d.add("; fax ")
        d.field(FAX, _raw(fax(row)))
    note = info(row)
    d.add(f'{_j(". " + note)[1:-1] if note else ""}",\n')
    created = when - dt.timedelta(days=rng.randint(30, 700), seconds=rng.randint(0, 86399))
    tail: list[tuple[str, Any]] = [
        ("default_payment_terms", rng.choice((30, 60))),
        ("default_payment_terms_type", "standard"),
        ("default_payment_method", None),
        ("bank_name", ""),
        ("bank_iban", ""),
        ("bank_swift_code", ""),
        ("shipping_address", ""),
        ("e_invoice", True),
        ("ei_code", ""),
        ("default_vat", None),
        ("discount_highlight", False),
        ("default_discount", 0),
        ("has_intent_declaration", False),
        ("created_at", f"{created:%Y-%m-%d %H:%M:%S}"),
        ("updated_at", f"{when:%Y-%m-%d %H:%M:%S}"),
    ]
    d.add(",\n".join(f'    "{key}": {_j(value)}' for key, value in tail))
    d.add("\n  }\n}\n")
    return d


def brt_shipment(row: dict[str, Any], rng: random.Random) -> Doc:
    """A BRT (Bartolini) REST API shipment request (``POST /rest/v1/shipments/shipment``,
    JSON): an invented ``account``, ``createData`` with an invented departure depot, sender
    customer code and references, the office as consignee (name, street, CAP, city, ``IT``,
    ``consigneeTelephone`` the phone field's first number, ``consigneeEMail`` its first
    address, codice fiscale), invented parcels, weight and volume, ``notes`` on the opening
    hours, and ``labelParameters``."""
    d = Doc()
    when = _when(rng)
    street, city, cap = address(row)
    depot = rng.randint(10, 299)
    customer = depot * 10000 + rng.randint(1, 9999)
    note = info(row) if len(info(row)) <= 70 else ""
    note = note or rng.choice(NOTES)
    d.add(
        "{\n"
        '  "account": {\n'
        f'    "userID": "{customer}",\n'
        f'    "password": "{rng.choice(("brt", "sped", "uff"))}{rng.randint(1000, 9999)}"\n'
        "  },\n"
        '  "createData": {\n'
        '    "network": " ",\n'
        f'    "departureDepot": {depot},\n'
        f'    "senderCustomerCode": {customer},\n'
        '    "deliveryFreightTypeCode": "DAP",\n'
        f'    "consigneeCompanyName": {_j(office(row)[:70])},\n'
        f'    "consigneeAddress": {_j(street)},\n'
        f'    "consigneeZIPCode": "{cap}",\n'
        f'    "consigneeCity": {_j(city)},\n'
        '    "consigneeProvinceAbbreviation": "",\n'
        '    "consigneeCountryAbbreviationISOAlpha2": "IT",\n'
        '    "consigneeContactName": "Cancelleria",\n'
        '    "consigneeTelephone": "'
    )
    d.field(PHONE, _raw(first(phone(row))))
    d.add('",\n    "consigneeEMail": "')
    d.email(_raw(mailbox(row) or pec(row)))
    weight = rng.randint(2, 95) / 10
    d.add(
        '",\n'
        '    "consigneeMobilePhoneNumber": "",\n'
        f'    "isAlertRequired": "{1 if emails(row) else 0}",\n'
        f'    "consigneeItalianFiscalCode": "{_f(row, "Codice Fiscale")}",\n'
        '    "pricingConditionCode": "000",\n'
        '    "serviceType": "",\n'
        '    "insuranceAmount": 0,\n'
        '    "insuranceAmountCurrency": "EUR",\n'
        f'    "numberOfParcels": {rng.randint(1, 3)},\n'
        f'    "weightKG": {weight},\n'
        f'    "volumeM3": {rng.randint(1, 40) / 1000},\n'
        f'    "numericSenderReference": {rng.randint(100000, 999999)},\n'
        f'    "alphanumericSenderReference": "ORD-{when:%Y}-{rng.randint(100, 9999)}",\n'
        f'    "notes": {_j(note)}\n'
        "  },\n"
        '  "isLabelRequired": "1",\n'
        '  "labelParameters": {\n'
        '    "outputType": "PDF",\n'
        '    "offsetX": 0,\n'
        '    "offsetY": 0,\n'
        '    "isBorderRequired": "1",\n'
        '    "isLogoRequired": "1",\n'
        '    "isBarcodeControlRowRequired": "0"\n'
        "  }\n"
        "}\n"
    )
    return d


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], Doc]] = {
    "nir_decreto": nir_decreto,
    "easyfatt_xml": easyfatt_xml,
    "fattureincloud_client": fattureincloud_client,
    "brt_shipment": brt_shipment,
}


def international(value: str) -> bool:
    """Whether a labelled number carries a country code (none of this list's does)."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th office of the list in its layout: each number of each copy of its phone
    and fax fields labelled on its own under its column, each e-mail address labelled."""
    from make_pii_eval import coordinates_rng, page_languages, personal_phone, record_fields

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    where = (SPLIT, locale, layout, n)
    d = BLOCKS[layout](row, coordinates_rng(SPLIT, locale, layout, n))
    text = d.text
    spans, distractors = [], []
    for s, e, column in d.phones:
        value = text[s:e]
        kind = "international" if international(value) else "national"
        span = [s, e, "PHONE_NUMBER", f"{kind}:{column}"]
        if personal_phone(value, row["country"]):
            spans.append(span)
        else:
            distractors.append([*span[:3], "short"])
    spans += [[s, e, "EMAIL_ADDRESS", "register"] for s, e in d.emails]
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
