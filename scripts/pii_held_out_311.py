"""held_out_311 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Poland's local-government units and their offices, the "Baza teleadresowa
jednostek samorządu terytorialnego"; Poland's earlier parts took Eurostat GISCO's list of
hospitals and the lists of common courts and sanitary-epidemiological stations) exactly as
published, in layouts no earlier part has, beside the register's own names, addresses, TERYT
codes and web pages.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of PL (hospitals, courts, sanitary stations), CZ, SK, GB, JP,
FR and many others; here:

* the values are the phone, second phone, fax and e-mail fields of 360 offices of voivodeships,
  counties, cities and communes (``scripts/data/pii_pl_jst_offices.json``, written by
  ``scripts/pl_jst_offices_data.py``; source and licence in that file). The register gives each
  number as two fields, the area code (``telefon kierunkowy``, ``71``) and the subscriber number
  (``telefon``, ``3933221``); each is written as the two fields joined by one space, each as
  published (``71 3933221``; the fax the same way, some hyphenated, ``14 611-99-22``), a second
  number of seven digits after the same area code and a nine-digit mobile as it stands
  (``795119657``); every copy labelled, national; the extension (``wewnętrzny``) written after
  ``wew.`` where the layout's phone field is free text, unlabelled; the office's address
  (``bierutow@bierutow.pl``, stripped of a trailing blank) labelled;
* the text around them is the same row's real fields: the office's and the unit's names, the
  street, house number, postcode (``56-420``) and post town, the voivodeship, the seven-digit
  TERYT code (``0214023``), the web address and the ePUAP box, with invented REGON and NIP
  numbers (check digits right; the NIP hyphenated where the layout writes it so, ``795-248-80-01``),
  notice numbers, procedure ids, case references (``ZP.271.7.2024``), CPV codes, tracking
  numbers, GUIDs, amounts, ids and dates, unlabelled and scored;
* in layouts no earlier part has, Polish procurement, accounting and postal formats, text in
  Polish: e-Zamówienia notices of the Biuletyn Zamówień Publicznych (the HTML body of an
  "Ogłoszenie o zamówieniu", tryb podstawowy: ``SEKCJA I - ZAMAWIAJĄCY`` with ``1.5.7.) Numer
  telefonu``, ``1.5.8.) Numer faksu`` and ``1.5.9.) Adres poczty elektronicznej``, then the
  notice's number, procedure id, subject, CPV code and dates), EDI++ communication files of
  InsERT Subiekt GT (``.epp``: the ``[INFO]`` line of an invented supplier, a ``[NAGLOWEK]``
  ``"KONTRAHENCI"`` section whose ``[ZAWARTOSC]`` row holds the office as customer with its
  telephone, fax and e-mail fields, and a ``"GRUPYKONTRAHENTOW"`` section), Poczta Polska
  Elektroniczny Nadawca ``addShipment`` SOAP requests (a registered priority letter,
  ``przesylkaPoleconaKrajowaType``, to the office: ``adres`` with ``telefon``, ``mobile`` and
  ``email`` attributes, a five-digit ``kodPocztowy``, a GUID and a 20-digit ``numerNadania``)
  and wFirma API ``contractors/find`` responses (XML: the office as a buyer with ``nip``,
  ``regon``, ``phone``, ``fax``, ``email``, ``url`` and a ``description`` repeating the number
  beside the TERYT code).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_311.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pl_jst_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_311.jsonl.gz"
SPLIT = "held_out_311"

LAYOUTS = ("bzp_notice", "edi_epp", "en_shipment", "wfirma_contractor")
PHONE, PHONE2, FAX = "telefon", "telefon 2", "FAX"
EMAIL = "ogólny adres poczty elektronicznej gminy/powiatu/województwa"
EDGES = {"phone": r"\d", "phone2": r"\d", "fax": r"\d", "email": r"[\w.@'+-]"}
COLUMNS = {"phone": PHONE, "phone2": PHONE2, "fax": FAX}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented subjects of the offices' procurement notices (no real procedure is meant), with
# their CPV codes
SUBJECTS = (
    ("Dostawa materiałów biurowych", "30192000-1", "Wyroby biurowe", "Dostawy"),
    ("Dostawa tonerów i tuszy do drukarek", "30125100-2", "Wkłady z tonerem", "Dostawy"),
    ("Zimowe utrzymanie dróg gminnych", "90620000-9", "Usługi odśnieżania", "Usługi"),
    ("Dowóz uczniów do szkół", "60130000-8", "Usługi w zakresie specjalnego transportu "
     "drogowego osób", "Usługi"),
    ("Przebudowa drogi gminnej", "45233142-6", "Roboty w zakresie naprawy dróg",
     "Roboty budowlane"),
    ("Odbiór i zagospodarowanie odpadów komunalnych", "90500000-2", "Usługi związane z "
     "odpadami", "Usługi"),
    ("Dostawa sprzętu komputerowego", "30213000-5", "Komputery osobiste", "Dostawy"),
)  # fmt: skip

# invented suppliers whose Subiekt GT exports the offices' records
SUPPLIERS = (
    ("BIUROSERWIS", "Biuroserwis Sp. z o.o.", "Kielce", "25-116", "ul. Zagnańska 84"),
    ("PAPIRUS", "Papirus Hurtownia Papiernicza s.c.", "Lublin", "20-328", "ul. Długa 5"),
    ("TONERPOL", "Tonerpol Sp. z o.o.", "Łódź", "93-231", "ul. Lodowa 101"),
    ("OFFICEMAX", "Office Max Zaopatrzenie Biur S.A.", "Poznań", "61-054", "ul. Bałtycka 6"),
)  # fmt: skip

PROCUREMENT_DESK = "Referat Zamówień Publicznych"


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def phone(row: dict[str, Any]) -> str:
    """The office's telephone: the area code and the subscriber number, each as published
    (stripped), joined by one space (``71 3933221``)."""
    return f"{_f(row, 'telefon kierunkowy')} {_f(row, PHONE)}"


def phone2(row: dict[str, Any]) -> str:
    """The second number: nine digits (a mobile) as it stands, seven after the office's area
    code; "" where the row has none."""
    value = _f(row, PHONE2)
    if _digits(value) >= 9:
        return value
    return f"{_f(row, 'telefon kierunkowy')} {value}" if _digits(value) >= 7 else ""


def fax(row: dict[str, Any]) -> str:
    """The fax: its area code and number joined by one space, each as published (a number of
    nine digits as it stands); "" where the fields hold no number of digits, spaces and
    hyphens."""
    value, code = _f(row, FAX), _f(row, "FAX kierunkowy")
    if not re.fullmatch(r"\d[\d -]*\d", value):
        return ""
    if _digits(value) >= 9:
        return value
    return f"{code} {value}" if code.isdigit() else ""


def extension(row: dict[str, Any]) -> str:
    """The telephone's extension as published, stripped ("" where none)."""
    return _f(row, "wewnętrzny")


def email(row: dict[str, Any]) -> str:
    """The office's e-mail address as published, stripped (a trailing blank or no-break space
    dropped)."""
    return row["fields"][EMAIL].strip().strip("\xa0")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.lstrip("(").startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: each copy of the row's phone, second phone and fax and of its
    e-mail address labelled (a fax equal to the phone is the phone's). Each copy stands apart
    (no digit next to a number, no address character next to an address)."""
    values = [("email", email(row)), ("phone", phone(row)), ("phone2", phone2(row))]
    values.append(("fax", fax(row)))
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Warsaw, CET)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _nip(rng: random.Random) -> str:
    """An invented NIP (ten digits, its check digit right)."""
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        check = sum(d * w for d, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
        if check != 10:
            return "".join(map(str, body)) + str(check)


def _hyphenated(nip: str) -> str:
    """A NIP in the 3-3-2-2 groups of Polish forms (``795-248-80-01``)."""
    return f"{nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}"


def _regon(rng: random.Random) -> str:
    """An invented nine-digit REGON, its check digit right."""
    body = [rng.randint(0, 9) for _ in range(8)]
    check = sum(d * w for d, w in zip(body, (8, 9, 2, 3, 4, 5, 6, 7), strict=True)) % 11 % 10
    return "".join(map(str, body)) + str(check)


def _x(value: str) -> str:
    """``value`` as XML or HTML text or a double-quoted attribute."""
    return escape(value, {'"': "&quot;"})


def _street(row: dict[str, Any]) -> str:
    """The street and house number (``ul. Moniuszki 12``)."""
    return f"{_f(row, 'Ulica')} {_f(row, 'Nr domu')}".strip()


def _tel_field(row: dict[str, Any]) -> str:
    """The telephone as a free-text field writes it: the number, the second number after a
    comma, the extension after ``wew.``."""
    out = phone(row)
    if extension(row):
        out += f" wew. {extension(row)}"
    if phone2(row):
        out += f", {phone2(row)}"
    return out


def _uuid(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def bzp_notice(row: dict[str, Any], rng: random.Random) -> str:
    """The HTML body of an e-Zamówienia notice in the Biuletyn Zamówień Publicznych
    ("Ogłoszenie o zamówieniu", tryb podstawowy): the office as ``zamawiający`` (its name, an
    invented REGON, the address lines, ``1.5.7.) Numer telefonu``, ``1.5.8.) Numer faksu``,
    ``1.5.9.) Adres poczty elektronicznej``, the web address), then the notice's invented
    number, procedure id, date, subject, case reference and CPV code, the number again in the
    section on communication, and the offer deadline."""
    name, tel = _f(row, "nazwa_urzędu_JST"), phone(row)
    when = _when(rng)
    subject, cpv, cpv_name, kind = rng.choice(SUBJECTS)
    ocds = f"ocds-148610-{_uuid(rng)}"
    number = f"{when:%Y}/BZP {rng.randint(100000, 699999):08d}"
    ref = f"{rng.choice(('ZP', 'RI', 'IZP', 'GKI'))}.271.{rng.randint(1, 40)}.{when:%Y}"
    deadline = (when + dt.timedelta(days=rng.randint(8, 30))).replace(hour=10, minute=0)

    def h3(label: str, value: str = "") -> str:
        span = f' <span class="normal">{value}</span>' if value else ""
        return f'<h3 class="mb-0">{label}{span}</h3>'

    lines = [
        f'<h2 class="bold">Ogłoszenie o zamówieniu<br />{kind}<br />{_x(subject)}</h2>',
        '<div class="mt-2">',
        h3("SEKCJA I - ZAMAWIAJĄCY"),
        h3("1.1.) Rola zamawiającego"),
        "<p>Postępowanie prowadzone jest samodzielnie przez zamawiającego</p>",
        h3("1.2.) Nazwa zamawiającego:", _x(name)),
        h3("1.4) Krajowy Numer Identyfikacyjny:", f"REGON {_regon(rng)}"),
        h3("1.5) Adres zamawiającego"),
        h3("1.5.1.) Ulica:", _x(_street(row))),
        h3("1.5.2.) Miejscowość:", _x(_f(row, "poczta") or _f(row, "miejscowość"))),
        h3("1.5.3.) Kod pocztowy:", _x(_f(row, "Kod pocztowy"))),
        h3("1.5.4.) Województwo:", _x(_f(row, "Województwo"))),
        h3("1.5.5.) Kraj:", "Polska"),
        h3("1.5.7.) Numer telefonu:", _x(_tel_field(row))),
    ]
    if fax(row):
        lines.append(h3("1.5.8.) Numer faksu:", _x(fax(row))))
    lines += [
        h3("1.5.9.) Adres poczty elektronicznej:", _x(email(row))),
        h3("1.5.10.) Adres strony internetowej zamawiającego:", _x(_f(row, "adres www jednostki"))),
        h3("1.6.) Rodzaj zamawiającego:", "Zamawiający publiczny - jednostka sektora finansów "
           "publicznych - jednostka samorządu terytorialnego"),
        h3("1.7.) Przedmiot działalności zamawiającego:", "Ogólne usługi publiczne"),
        h3("SEKCJA II – INFORMACJE PODSTAWOWE"),
        h3("2.1.) Ogłoszenie dotyczy:", "Zamówienia publicznego"),
        h3("2.3.) Nazwa zamówienia lub umowy ramowej:"),
        f"<p>{_x(subject)}</p>",
        h3("2.4.) Identyfikator postępowania:", ocds),
        h3("2.5.) Numer ogłoszenia:", number),
        h3("2.6.) Wersja ogłoszenia:", "01"),
        h3("2.7.) Data ogłoszenia:", f"{when:%Y-%m-%d} {when:%H:%M}"),
        h3("SEKCJA III – UDOSTĘPNIANIE DOKUMENTÓW ZAMÓWIENIA I KOMUNIKACJA"),
        h3("3.1.) Adres strony internetowej prowadzonego postępowania"),
        f"<p>https://ezamowienia.gov.pl/mp-client/search/list/{ocds}</p>",
        h3("3.9.) Informacje o sposobie komunikowania się zamawiającego z wykonawcami:"),
        "<p>Komunikacja w postępowaniu odbywa się przy użyciu Platformy e-Zamówienia. W "
        f"sprawach technicznych dotyczących dokumentów zamówienia: {PROCUREMENT_DESK}, tel. "
        f"{_x(tel)}.</p>",
        h3("SEKCJA IV – PRZEDMIOT ZAMÓWIENIA"),
        h3("4.1.2.) Numer referencyjny:", ref),
        h3("4.2.6.) Główny kod CPV:", f"{cpv} - {_x(cpv_name)}"),
        h3("4.2.10.) Okres realizacji zamówienia albo umowy ramowej:",
           f"{rng.choice((30, 60, 90, 120, 365))} dni"),
        h3("SEKCJA VIII – PROCEDURA"),
        h3("8.1.) Termin składania ofert:", f"{deadline:%Y-%m-%d %H:%M}"),
        h3("8.2.) Miejsce składania ofert:", "https://ezamowienia.gov.pl"),
        h3("8.3.) Termin otwarcia ofert:", f"{deadline + dt.timedelta(minutes=30):%Y-%m-%d %H:%M}"),
        "</div>",
        "",
    ]  # fmt: skip
    return "\n".join(lines)


def _q(value: str) -> str:
    """``value`` as an EDI++ quoted string (inner quotes doubled)."""
    return '"' + value.replace('"', '""') + '"'


def edi_epp(row: dict[str, Any], rng: random.Random) -> str:
    """An EDI++ communication file (``.epp``, format 1.05) of an invented supplier's Subiekt
    GT: the ``[INFO]`` line (version, purpose, code page 1250, program, the supplier's name,
    address and hyphenated NIP, the warehouse, timestamps, the operator), a ``KONTRAHENCI``
    section with the office as a customer (its symbol, short and full names, town, postcode,
    street, hyphenated NIP, REGON, telephone, fax, e-mail, country) and a
    ``GRUPYKONTRAHENTOW`` section placing it in a group."""
    when = _when(rng)
    sym, firm, city, code, street = rng.choice(SUPPLIERS)
    stamp = f"{when:%Y%m%d%H%M%S}"
    info = [
        '"1.05"', "3", "1250", '"Subiekt GT"', _q(sym), _q(sym), _q(firm), _q(city), _q(code),
        _q(street), _q(_hyphenated(_nip(rng))), '"MAG"', '"Główny"', '"Magazyn główny"', "",
        "1", stamp, stamp, '"Szef"', stamp, '"Polska"', '"PL"', "", "0",
    ]  # fmt: skip
    customer = f"JST{_f(row, 'Kod_TERYT')}"
    short = _f(row, "nazwa_urzędu_JST")[:40]
    contact = [
        "2", _q(customer), _q(short), _q(_f(row, "nazwa_urzędu_JST")),
        _q(_f(row, "poczta") or _f(row, "miejscowość")), _q(_f(row, "Kod pocztowy")),
        _q(_street(row)), _q(_hyphenated(_nip(rng))), _q(_regon(rng)), _q(_tel_field(row)),
        _q(fax(row)), "", _q(email(row)), *[""] * 14, '"Polska"', '"PL"', "0",
    ]  # fmt: skip
    lines = [
        "[INFO]",
        ",".join(info),
        "",
        "[NAGLOWEK]",
        '"KONTRAHENCI"',
        "",
        "[ZAWARTOSC]",
        ",".join(contact),
        "",
        "[NAGLOWEK]",
        '"GRUPYKONTRAHENTOW"',
        "",
        "[ZAWARTOSC]",
        f'{_q(customer)},"Samorządy"',
        "",
    ]
    return "\r\n".join(lines)


def en_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Poczta Polska Elektroniczny Nadawca ``addShipment`` SOAP request: a registered
    priority letter (``przesylkaPoleconaKrajowaType``) with an invented GUID, weight and
    20-digit ``numerNadania``, addressed to the office (``adres``: its name, the unit's name,
    street, house number, post town, the postcode as five digits, ``telefon``, a nine-digit
    second number as ``mobile``, ``email``), in an invented buffer."""
    guid = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    tracking = f"00659007734{rng.randint(0, 999999999):09d}"
    attrs = [
        ("nazwa", _f(row, "nazwa_urzędu_JST")),
        ("nazwa2", _f(row, "nazwa_samorządu")),
        ("ulica", _f(row, "Ulica")),
        ("numerDomu", _f(row, "Nr domu")),
        ("miejscowosc", _f(row, "poczta") or _f(row, "miejscowość")),
        ("kodPocztowy", _f(row, "Kod pocztowy").replace("-", "")),
        ("kraj", "Polska"),
        ("telefon", phone(row)),
        ("email", email(row)),
    ]
    if _digits(phone2(row)) == 9 and " " not in phone2(row):
        attrs.append(("mobile", phone2(row)))
    adres = " ".join(f'{k}="{_x(v)}"' for k, v in attrs if v)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:en="http://e-nadawca.poczta-polska.pl">',
        "  <soapenv:Header/>",
        "  <soapenv:Body>",
        "    <en:addShipment>",
        f'      <przesylki xsi:type="en:przesylkaPoleconaKrajowaType" guid="{guid}" '
        f'numerNadania="{tracking}" kategoria="PRIORYTETOWA" format="S" '
        f'masa="{rng.randint(20, 480)}" egzemplarzBiblioteczny="false" '
        'dlaOciemnialych="false" obszarMiasto="false">',
        f"        <adres {adres}/>",
        "      </przesylki>",
        f"      <idBufor>{rng.randint(1000, 99999)}</idBufor>",
        "    </en:addShipment>",
        "  </soapenv:Body>",
        "</soapenv:Envelope>",
        "",
    ]
    return "\n".join(lines)


def wfirma_contractor(row: dict[str, Any], rng: random.Random) -> str:
    """A wFirma API ``contractors/find`` response (XML): the office as a buyer with an invented
    id, NIP and REGON, its address fields, ``phone``, ``fax``, ``email``, ``url``, a
    ``description`` repeating the number beside the TERYT code and the ePUAP box, timestamps,
    the paging parameters and the ``OK`` status."""
    created = _when(rng)
    modified = created + dt.timedelta(days=rng.randint(1, 200), seconds=rng.randint(0, 86400))
    tel = phone(row)
    note = f"Sekretariat urzędu, tel. {tel}. Kod TERYT: {_f(row, 'Kod_TERYT')}."
    if _f(row, "ESP"):
        note += f" Skrzynka ePUAP: {_f(row, 'ESP')}."
    fields = [
        ("id", str(rng.randint(10_000_000, 99_999_999))),
        ("tax_id_type", "nip"),
        ("name", _f(row, "nazwa_urzędu_JST")),
        ("altname", _f(row, "nazwa_samorządu")),
        ("nip", _nip(rng)),
        ("regon", _regon(rng)),
        ("street", _street(row)),
        ("zip", _f(row, "Kod pocztowy")),
        ("city", _f(row, "poczta") or _f(row, "miejscowość")),
        ("country", "PL"),
        ("phone", tel),
        ("fax", fax(row)),
        ("email", email(row)),
        ("url", _f(row, "adres www jednostki")),
        ("description", note),
        ("buyer", "1"),
        ("seller", "0"),
        ("payment_days", str(rng.choice((7, 14, 21, 30)))),
        ("created", f"{created:%Y-%m-%d %H:%M:%S}"),
        ("modified", f"{modified:%Y-%m-%d %H:%M:%S}"),
    ]
    body = [f"            <{k}>{_x(v)}</{k}>" if v else f"            <{k}/>" for k, v in fields]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<api>",
        "    <contractors>",
        "        <contractor>",
        *body,
        "        </contractor>",
        "        <parameters>",
        "            <limit>20</limit>",
        "            <page>1</page>",
        "            <total>1</total>",
        "        </parameters>",
        "    </contractors>",
        "    <status>",
        "        <code>OK</code>",
        "    </status>",
        "</api>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "bzp_notice": bzp_notice,
    "edi_epp": edi_epp,
    "en_shipment": en_shipment,
    "wfirma_contractor": wfirma_contractor,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: its phone, second phone, fax and e-mail
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
