"""held_out_280 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Poland's State Sanitary Inspection: the voivodeship and district
sanitary-epidemiological stations; Poland's earlier parts took Eurostat GISCO's list of hospitals
and a list of the common courts) exactly as published, in layouts no earlier part has, beside
the register's own names, addresses and web pages.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of PL (hospitals, courts), CZ, SK, GB, JP, FR and many others;
here:

* the values are the ``tel`` and ``email`` fields of 342 stations
  (``scripts/data/pii_pl_sanepid.json``, written by ``scripts/pl_sanepid_data.py``; source and
  licence in that file): Polish numbers as the stations publish them, nine digits in groups with
  the area code first (``67 258 23 31``, ``52 37 618 00``, ``34 3131305``, ``95 741-22-27``),
  two or three after commas (each its own label), mobiles (``507 133 285``), some with ``48``
  first and no plus (``48 698 941 776``, labelled as written, kind national), one
  ``+48 604 218 685``, an extension (``29 644 06 80 wew. 31``: the extension unlabelled), a
  range of lines (``71 328 30 41 do 49``: the first number labelled, ``do 49`` unlabelled;
  ``22 620 90 01-06`` and ``83 344 41 60 61,62`` labelled as their one run, ``22 620 90 01-06``
  and ``83 344 41 60 61``, by ``pii_held_out_11.numbers``), and the
  stations' office addresses (``psse.walcz@sanepid.gov.pl``), each written once;
* the text around them is the same row's real fields: the station's name, its address with the
  postcode (``78-600 Wałcz``), its voivodeship and its web page, with invented NIP and REGON
  numbers (check digits right), invoice and case numbers, amounts, TERYT symbols, ids, tokens
  and dates, unlabelled and scored;
* in layouts no earlier part has, Polish public-administration and invoicing formats, text in
  Polish: KSeF structured e-invoices (``FA (3)``, ``http://crd.gov.pl/wzor/2025/06/25/13775/``:
  the station as ``Podmiot1`` seller of a laboratory test with ``DaneKontaktowe``
  ``Email`` and ``Telefon``, an invented buyer, ``FaWiersz``, ``Adnotacje``, ``Platnosc`` and a
  ``StopkaFaktury`` repeating the number), ePUAP "Pismo ogólne do podmiotu publicznego"
  documents (the CRD ``wnio:Dokument`` of an invented firm to the station as ``wnio:Adresaci``
  ``inst:Instytucja`` with ``adr:Adres`` and ``adr:Kontakt`` ``adr:Telefon`` and ``adr:Email``,
  the letter's text repeating the number), GUS REGON BIR 1.1 full reports (``BIR11OsPrawna``:
  the ``root``/``dane`` XML of ``DanePobierzPelnyRaport`` with ``praw_numerTelefonu`` and
  ``praw_adresEmail`` beside invented REGON, NIP, dates and TERYT symbols) and Fakturownia API
  client resources (JSON: an invented id and token, ``tax_no``, ``phone``, ``email``, ``www``,
  the address fields and a ``note`` repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_280.py   # rewrites the committed file
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
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pl_sanepid.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_280.jsonl.gz"
SPLIT = "held_out_280"

LAYOUTS = ("ksef_invoice", "epuap_letter", "bir_report", "fakturownia_client")
PHONE = "tel"
EDGES = {"phone": r"\d", "email": r"[\w.@'+-]"}
POSTCODE = re.compile(r"(.*?),?\s*(\d{2}\s?[-–]\s?\d{3})\s+(.+)")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the voivodeships with their TERYT symbols
VOIVODESHIPS = {
    "dolnośląskie": "02", "kujawsko-pomorskie": "04", "lubelskie": "06", "lubuskie": "08",
    "łódzkie": "10", "małopolskie": "12", "mazowieckie": "14", "opolskie": "16",
    "podkarpackie": "18", "podlaskie": "20", "pomorskie": "22", "śląskie": "24",
    "świętokrzyskie": "26", "warmińsko-mazurskie": "28", "wielkopolskie": "30",
    "zachodniopomorskie": "32",
}  # fmt: skip

# invented laboratory services a station invoices (net price in PLN)
SERVICES = (
    ("Badanie mikrobiologiczne wody przeznaczonej do spożycia", 186.00),
    ("Badanie fizykochemiczne wody w zakresie parametrów grupy A", 242.50),
    ("Badanie wymazów czystościowych z powierzchni (5 próbek)", 155.00),
    ("Oznaczenie pałeczek Salmonella w próbce żywności", 98.40),
    ("Badanie próbki wody z basenu kąpielowego", 210.00),
    ("Pomiar natężenia hałasu na stanowisku pracy", 620.00),
)  # fmt: skip

# invented firms that buy a test or write to a station (no real firm is meant)
FIRMS = (
    ("Piekarnia Kłos sp. z o.o.", "ul. Polna 12", "Stare Miasto"),
    ("Gastro-Serwis Nowak i Wspólnicy sp.j.", "ul. Ogrodowa 3", "Nowa Wieś"),
    ("Przedszkole Niepubliczne Słoneczko", "ul. Szkolna 7", "Zielone Pole"),
    ("Zakład Produkcji Lodów Polarna sp. z o.o.", "ul. Przemysłowa 21", "Dębowa Góra"),
    ("Hotel Pod Lipami sp. z o.o.", "ul. Leśna 5", "Brzozowo"),
)  # fmt: skip

# invented subjects of a letter to a station
SUBJECTS = (
    ("Wniosek o wydanie opinii sanitarnej", "wydanie opinii sanitarnej dla nowego lokalu"),
    ("Zapytanie o termin kontroli", "uzgodnienie terminu kontroli sanitarnej zakładu"),
    ("Zgłoszenie zmiany danych zakładu", "zmianę danych zakładu w rejestrze"),
    ("Prośba o udostępnienie protokołu", "udostępnienie kopii protokołu z kontroli"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as published, stripped."""
    return _f(row, "email")


def international(value: str) -> bool:
    """Whether a number is written with a country code after a plus or ``00`` (``48`` first
    with no plus, ``48 698 941 776``, is read as written: national)."""
    return value.lstrip("(").startswith(("+", "00"))


def address(row: dict[str, Any]) -> tuple[str, str, str]:
    """(street, postcode, town) of the row's address, as published."""
    m = POSTCODE.fullmatch(_f(row, "adres"))
    assert m, row["path"]
    return m.group(1).strip(), m.group(2), m.group(3).strip()


def voivodeship(row: dict[str, Any]) -> str:
    """The voivodeship the row's tags name."""
    names = {t.strip() for t in _f(row, "tag").split(",")} & set(VOIVODESHIPS)
    assert len(names) == 1, row["path"]
    return names.pop()


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: each copy of the row's phone field and of its e-mail address
    labelled. Each copy stands apart (no digit next to a number, no address character next to
    an address)."""
    values = [("email", email(row)), ("phone", phone(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"], nested=True)


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


def _regon(rng: random.Random) -> str:
    """An invented nine-digit REGON, its check digit right."""
    body = [rng.randint(0, 9) for _ in range(8)]
    check = sum(d * w for d, w in zip(body, (8, 9, 2, 3, 4, 5, 6, 7), strict=True)) % 11 % 10
    return "".join(map(str, body)) + str(check)


def _x(value: str) -> str:
    """``value`` as XML text or a double-quoted attribute."""
    return escape(value, {'"': "&quot;"})


def _money(value: float) -> str:
    return f"{value:.2f}"


def ksef_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """A KSeF structured invoice (``FA (3)``) of the station's laboratory: the header, the
    station as ``Podmiot1`` (invented NIP, name, address lines, ``DaneKontaktowe`` with
    ``Email`` and ``Telefon``), an invented firm as ``Podmiot2``, one ``FaWiersz`` of a test at
    23% VAT, the ``Adnotacje``, a transfer within 14 days and a ``Stopka`` repeating the
    number."""
    name, tel = _f(row, "title"), phone(row)
    street, postcode, town = address(row)
    when = _when(rng)
    service, net = rng.choice(SERVICES)
    qty = rng.randint(1, 3)
    total_net = round(net * qty, 2)
    vat = round(total_net * 0.23, 2)
    firm, firm_street, firm_town = rng.choice(FIRMS)
    number = f"LAB/{rng.randint(1, 2400)}/{when:%m}/{when:%Y}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/" '
        'xmlns:etd="http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2022/01/05/eD/DefinicjeTypy/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        "  <Naglowek>",
        '    <KodFormularza kodSystemowy="FA (3)" wersjaSchemy="1-0E">FA</KodFormularza>',
        "    <WariantFormularza>3</WariantFormularza>",
        f"    <DataWytworzeniaFa>{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}</DataWytworzeniaFa>",
        "    <SystemInfo>LIMS Sanepid 4.2</SystemInfo>",
        "  </Naglowek>",
        "  <Podmiot1>",
        "    <DaneIdentyfikacyjne>",
        f"      <NIP>{_nip(rng)}</NIP>",
        f"      <Nazwa>{_x(name)}</Nazwa>",
        "    </DaneIdentyfikacyjne>",
        "    <Adres>",
        "      <KodKraju>PL</KodKraju>",
        f"      <AdresL1>{_x(street)}</AdresL1>",
        f"      <AdresL2>{_x(postcode)} {_x(town)}</AdresL2>",
        "    </Adres>",
        "    <DaneKontaktowe>",
        f"      <Email>{_x(email(row))}</Email>",
        f"      <Telefon>{_x(tel)}</Telefon>",
        "    </DaneKontaktowe>",
        "  </Podmiot1>",
        "  <Podmiot2>",
        "    <DaneIdentyfikacyjne>",
        f"      <NIP>{_nip(rng)}</NIP>",
        f"      <Nazwa>{_x(firm)}</Nazwa>",
        "    </DaneIdentyfikacyjne>",
        "    <Adres>",
        "      <KodKraju>PL</KodKraju>",
        f"      <AdresL1>{_x(firm_street)}</AdresL1>",
        f"      <AdresL2>{_x(firm_town)}</AdresL2>",
        "    </Adres>",
        "    <JST>2</JST>",
        "    <GV>2</GV>",
        "  </Podmiot2>",
        "  <Fa>",
        "    <KodWaluty>PLN</KodWaluty>",
        f"    <P_1>{when:%Y-%m-%d}</P_1>",
        f"    <P_1M>{_x(town)}</P_1M>",
        f"    <P_2>{number}</P_2>",
        f"    <P_6>{when:%Y-%m-%d}</P_6>",
        f"    <P_13_1>{_money(total_net)}</P_13_1>",
        f"    <P_14_1>{_money(vat)}</P_14_1>",
        f"    <P_15>{_money(total_net + vat)}</P_15>",
        "    <Adnotacje>",
        "      <P_16>2</P_16>",
        "      <P_17>2</P_17>",
        "      <P_18>2</P_18>",
        "      <P_18A>2</P_18A>",
        "      <Zwolnienie>",
        "        <P_19N>1</P_19N>",
        "      </Zwolnienie>",
        "      <NoweSrodkiTransportu>",
        "        <P_22N>1</P_22N>",
        "      </NoweSrodkiTransportu>",
        "      <P_23>2</P_23>",
        "      <PMarzy>",
        "        <P_PMarzyN>1</P_PMarzyN>",
        "      </PMarzy>",
        "    </Adnotacje>",
        "    <RodzajFaktury>VAT</RodzajFaktury>",
        "    <FaWiersz>",
        "      <NrWierszaFa>1</NrWierszaFa>",
        f"      <P_7>{_x(service)}</P_7>",
        "      <P_8A>usł.</P_8A>",
        f"      <P_8B>{qty}</P_8B>",
        f"      <P_9A>{_money(net)}</P_9A>",
        f"      <P_11>{_money(total_net)}</P_11>",
        "      <P_12>23</P_12>",
        "    </FaWiersz>",
        "    <Platnosc>",
        "      <TerminPlatnosci>",
        f"        <Termin>{when + dt.timedelta(days=14):%Y-%m-%d}</Termin>",
        "      </TerminPlatnosci>",
        "      <FormaPlatnosci>6</FormaPlatnosci>",
        "    </Platnosc>",
        "  </Fa>",
        "  <Stopka>",
        "    <Informacje>",
        f"      <StopkaFaktury>{_x(name)}, {_x(_f(row, 'adres'))}. Pytania dotyczące faktury: "
        f"tel. {_x(tel)}.</StopkaFaktury>",
        "    </Informacje>",
        "  </Stopka>",
        "</Faktura>",
        "",
    ]
    return "\n".join(lines)


def epuap_letter(row: dict[str, Any], rng: random.Random) -> str:
    """An ePUAP "Pismo ogólne do podmiotu publicznego" (the CRD form's ``wnio:Dokument``): its
    description (date, invented document id), the heading, place and date, the station as
    addressee (``inst:Instytucja`` with ``adr:Adres`` and ``adr:Kontakt``: ``adr:Telefon``,
    ``adr:Email``), an invented firm as sender, and the letter's text naming the station's
    address and repeating the number."""
    name, tel = _f(row, "title"), phone(row)
    street, postcode, town = address(row)
    when = _when(rng)
    firm, firm_street, firm_town = rng.choice(FIRMS)
    subject, aim = rng.choice(SUBJECTS)
    ref = f"ZS.{rng.randint(1, 99)}.{when:%Y}"
    body = (
        f"Szanowni Państwo, działając w imieniu firmy {firm} zwracam się z prośbą o {aim}. "
        f"Zgodnie z informacją uzyskaną telefonicznie w sekretariacie stacji (tel. {tel}) "
        f"przesyłam pismo na adres {_f(row, 'adres')}. Nasz znak: {ref}."
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<wnio:Dokument xmlns:wnio="http://crd.gov.pl/wzor/2013/12/12/1410/" '
        'xmlns:adr="http://crd.gov.pl/xml/schematy/adres/2009/11/09/" '
        'xmlns:inst="http://crd.gov.pl/xml/schematy/instytucja/2009/11/16/" '
        'xmlns:meta="http://crd.gov.pl/xml/schematy/meta/2009/11/16/" '
        'xmlns:oso="http://crd.gov.pl/xml/schematy/osoba/2009/11/16/" '
        'xmlns:str="http://crd.gov.pl/xml/schematy/struktura/2009/11/16/">',
        "  <wnio:OpisDokumentu>",
        f'    <meta:Data typDaty="utworzony">{when:%Y-%m-%d}</meta:Data>',
        '    <meta:Identyfikator typIdentyfikatora="idDokumentu">',
        f"      <meta:Wartosc>{rng.randint(10**7, 10**8 - 1)}</meta:Wartosc>",
        "    </meta:Identyfikator>",
        "  </wnio:OpisDokumentu>",
        "  <wnio:DaneDokumentu>",
        "    <str:Naglowek>",
        "      <str:NazwaDokumentu>Pismo ogólne do podmiotu publicznego</str:NazwaDokumentu>",
        "    </str:Naglowek>",
        "    <wnio:MiejsceIData>",
        f"      <wnio:Miejscowosc>{_x(firm_town)}</wnio:Miejscowosc>",
        f"      <wnio:Data>{when:%Y-%m-%d}</wnio:Data>",
        "    </wnio:MiejsceIData>",
        "    <meta:Adresaci>",
        "      <meta:Podmiot>",
        "        <inst:Instytucja>",
        f"          <inst:NazwaInstytucji>{_x(name)}</inst:NazwaInstytucji>",
        "          <adr:Adres>",
        f"            <adr:KodPocztowy>{_x(postcode)}</adr:KodPocztowy>",
        f"            <adr:Poczta>{_x(town)}</adr:Poczta>",
        f"            <adr:Miejscowosc>{_x(town)}</adr:Miejscowosc>",
        f"            <adr:Ulica>{_x(street)}</adr:Ulica>",
        "          </adr:Adres>",
        "          <adr:Kontakt>",
        f"            <adr:Telefon>{_x(tel)}</adr:Telefon>",
        f"            <adr:Email>{_x(email(row))}</adr:Email>",
        "          </adr:Kontakt>",
        "        </inst:Instytucja>",
        "      </meta:Podmiot>",
        "    </meta:Adresaci>",
        "    <wnio:Nadawcy>",
        "      <meta:Podmiot>",
        "        <inst:Instytucja>",
        f"          <inst:NazwaInstytucji>{_x(firm)}</inst:NazwaInstytucji>",
        "          <adr:Adres>",
        f"            <adr:Miejscowosc>{_x(firm_town)}</adr:Miejscowosc>",
        f"            <adr:Ulica>{_x(firm_street)}</adr:Ulica>",
        "          </adr:Adres>",
        "        </inst:Instytucja>",
        "      </meta:Podmiot>",
        "    </wnio:Nadawcy>",
        '    <wnio:TrescDokumentu format="text/plain" kodowanie="XML">',
        f'      <wnio:RodzajWnioskuRozszerzony jakisInny="{_x(subject)}" rodzajWniosku="inny"/>',
        f"      <wnio:Cel>{_x(subject)}</wnio:Cel>",
        f"      <wnio:Wartosc>{_x(body)}</wnio:Wartosc>",
        "    </wnio:TrescDokumentu>",
        "  </wnio:DaneDokumentu>",
        "  <wnio:Zalaczniki/>",
        "</wnio:Dokument>",
        "",
    ]
    return "\n".join(lines)


def bir_report(row: dict[str, Any], rng: random.Random) -> str:
    """A GUS REGON BIR 1.1 full report of a legal entity (``BIR11OsPrawna``, the ``root``
    document that ``DanePobierzPelnyRaport`` returns): invented REGON, NIP and dates, the
    station's name and seat (TERYT voivodeship symbol, postcode, town, street), its phone in
    ``praw_numerTelefonu``, e-mail in ``praw_adresEmail``, web page, and the legal form,
    financing and ownership of a state budget unit."""
    name, tel = _f(row, "title"), phone(row)
    street, postcode, town = address(row)
    voiv = voivodeship(row)
    founded = dt.date(rng.randint(1954, 1999), rng.randint(1, 12), rng.randint(1, 28))
    entered = founded + dt.timedelta(days=rng.randint(200, 9000))
    changed = _when(rng).date()
    fields = [
        ("praw_regon9", _regon(rng)),
        ("praw_nip", _nip(rng)),
        ("praw_statusNip", ""),
        ("praw_nazwa", name.upper()),
        ("praw_nazwaSkrocona", ""),
        ("praw_numerWRejestrzeEwidencji", ""),
        ("praw_dataWpisuDoRejestruEwidencji", ""),
        ("praw_dataPowstania", f"{founded:%Y-%m-%d}"),
        ("praw_dataRozpoczeciaDzialalnosci", f"{founded:%Y-%m-%d}"),
        ("praw_dataWpisuDoRegon", f"{entered:%Y-%m-%d}"),
        ("praw_dataZawieszeniaDzialalnosci", ""),
        ("praw_dataWznowieniaDzialalnosci", ""),
        ("praw_dataZaistnieniaZmiany", f"{changed:%Y-%m-%d}"),
        ("praw_dataZakonczeniaDzialalnosci", ""),
        ("praw_dataSkresleniaZRegon", ""),
        ("praw_adSiedzKraj_Symbol", "PL"),
        ("praw_adSiedzWojewodztwo_Symbol", VOIVODESHIPS[voiv]),
        ("praw_adSiedzKodPocztowy", re.sub(r"\D", "", postcode)),
        ("praw_adSiedzNumerNieruchomosci", ""),
        ("praw_adSiedzNumerLokalu", ""),
        ("praw_adSiedzNietypoweMiejsceLokalizacji", ""),
        ("praw_numerTelefonu", tel),
        ("praw_numerWewnetrznyTelefonu", ""),
        ("praw_numerFaksu", ""),
        ("praw_adresEmail", email(row)),
        ("praw_adresStronyinternetowej", _f(row, "www")),
        ("praw_adSiedzKraj_Nazwa", "POLSKA"),
        ("praw_adSiedzWojewodztwo_Nazwa", voiv.upper()),
        ("praw_adSiedzMiejscowosc_Nazwa", town),
        ("praw_adSiedzMiejscowoscPoczty_Nazwa", town),
        ("praw_adSiedzUlica_Nazwa", street),
        ("praw_podstawowaFormaPrawna_Symbol", "2"),
        ("praw_szczegolnaFormaPrawna_Symbol", "01"),
        ("praw_formaFinansowania_Symbol", "2"),
        ("praw_formaWlasnosci_Symbol", "111"),
        ("praw_organZalozycielski_Symbol", ""),
        ("praw_organRejestrowy_Symbol", ""),
        ("praw_rodzajRejestruEwidencji_Symbol", "000"),
        ("praw_podstawowaFormaPrawna_Nazwa",
         "JEDNOSTKA ORGANIZACYJNA NIEMAJĄCA OSOBOWOŚCI PRAWNEJ"),
        ("praw_szczegolnaFormaPrawna_Nazwa", "ORGANY WŁADZY, ADMINISTRACJI RZĄDOWEJ"),
        ("praw_formaFinansowania_Nazwa", "JEDNOSTKA BUDŻETOWA"),
        ("praw_formaWlasnosci_Nazwa", "WŁASNOŚĆ SKARBU PAŃSTWA"),
        ("praw_organZalozycielski_Nazwa", ""),
        ("praw_organRejestrowy_Nazwa", ""),
        ("praw_rodzajRejestruEwidencji_Nazwa",
         "PODMIOTY NIE PODLEGAJĄCE WPISOM DO REJESTRU LUB EWIDENCJI"),
        ("praw_liczbaJednLokalnych", str(rng.choice((0, 0, 0, 1, 2)))),
    ]  # fmt: skip
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<root>", "  <dane>"]
    for key, value in fields:
        out.append(f"    <{key}>{_x(value)}</{key}>" if value else f"    <{key} />")
    out += ["  </dane>", "</root>", ""]
    return "\n".join(out)


def fakturownia_client(row: dict[str, Any], rng: random.Random) -> str:
    """A Fakturownia API client resource (``GET /clients/{id}.json``): an invented id, account
    token and timestamps, the station as a company buyer with an invented NIP as ``tax_no``,
    its address fields, ``phone``, ``email``, ``www``, a ``note`` repeating the number, a
    shortcut and tags."""
    name, tel = _f(row, "title"), phone(row)
    street, postcode, town = address(row)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 90), seconds=rng.randint(0, 86400))
    token = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20))
    short = "PSSE " + town if name.startswith("Powiatowa") else "WSSE " + town
    doc = {
        "id": rng.randint(100_000_000, 199_999_999),
        "name": name,
        "tax_no": _nip(rng),
        "post_code": postcode,
        "city": town,
        "street": street,
        "first_name": None,
        "country": "PL",
        "email": email(row),
        "phone": tel,
        "www": _f(row, "www"),
        "fax": None,
        "created_at": f"{created:%Y-%m-%dT%H:%M:%S.000+01:00}",
        "updated_at": f"{updated:%Y-%m-%dT%H:%M:%S.000+01:00}",
        "street_no": None,
        "kind": "buyer",
        "bank": None,
        "bank_account": None,
        "shortcut": short,
        "note": f"Odbiorca faktur: sekretariat stacji, tel. {tel}. Faktury za badania "
        f"laboratoryjne wysyłamy w formie elektronicznej. Województwo {voivodeship(row)}.",
        "last_name": None,
        "referrer": None,
        "token": token,
        "fuid": None,
        "tag_list": ["sanepid", "administracja"],
        "company": True,
        "mobile_phone": None,
        "register_number": None,
        "tax_no_check": "",
        "disable_auto_reminders": False,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ksef_invoice": ksef_invoice,
    "epuap_letter": epuap_letter,
    "bir_report": bir_report,
    "fakturownia_client": fakturownia_client,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: its phone field and e-mail address
    labelled."""
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
