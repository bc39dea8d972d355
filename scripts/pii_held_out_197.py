"""held_out_197 of the PII evaluation set: real phone, mobile and e-mail fields of a list no
earlier part used (Slovakia's municipal offices, obecné, mestské and miestne úrady, as the list
of their election contacts gives them; Slovakia's earlier part took Eurostat GISCO's hospitals)
exactly as published, in layouts no earlier part has, beside the list's own names, addresses,
postcodes and area codes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, SK (hospitals), CZ, PL, HU and many
others; here:

* the values are the ``telefon``, ``mobil`` and ``email`` fields of 300 municipal offices
  (``scripts/data/pii_sk_municipal_offices.json``, written by
  ``scripts/sk_municipal_offices_data.py``; source and licence in that file): Slovak numbers as
  the list writes them, the subscriber's number without its area code (``779 83 34``; several
  parted by ``, `` or ``,``: ``772 30 41, 3100 101, 3100 109``), the mobile field in groups
  (``0902 239 331``; one ``+421 911 574 874``, some in one run, some two or three numbers),
  each number of each copy labelled, and the office's e-mail address (one field with two,
  parted by ``;``), each labelled;
* the text around them is the same row's real fields: the office's kind and municipality, the
  street, house number, postcode (``082 52``) and post office, the district and region, and the
  area code apart (``051``, 2 or 3 digits, never next to a number: no number of its own), with
  invented sheet ids, S10 barcodes (``RR123456785SK``), weights, message ids, invoice numbers,
  variable symbols, amounts, pickup-point ids, dates and times, unlabelled and scored;
* in layouts no earlier part has, formats of Slovak e-government, post and trade, text in
  Slovak: Slovenská pošta's ePodací hárok 3.0 XML (``EPH`` in
  ``http://ekp.posta.sk/LOGIS/Formulare/Podaj_v03``: the office as ``Odosielatel`` with
  ``Telefon`` and ``Email`` sending a registered letter to the Ministry of the Interior's
  election department, the mobile in the letter's ``Poznamka``), slovensko.sk SKTalk 3.0
  messages whose ``MessageContainer`` carries a ``Všeobecná agenda`` form
  (``App.GeneralAgenda/1.9``: ``subject`` and a ``text`` in which the office names its
  numbers), SuperFaktúra API ``invoices/create`` request bodies (the municipality as ``Client``
  with ``phone`` and ``email``, the mobile in the invoice's ``comment``) and Packeta
  (Zásielkovňa) API ``createPacket`` XML requests (the office as recipient, the mobile or
  phone field as ``phone``, the phone field again in ``note``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_197.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_sk_municipal_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_197.jsonl.gz"
SPLIT = "held_out_197"

LAYOUTS = ("eph_xml", "sktalk_general_agenda", "superfaktura_invoice", "packeta_packet")
PHONE, MOBILE = "telefon", "mobil"
EDGES = {"phone": r"\d", "mobile": r"\d", "email": r"[\w.@'+-]"}

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented goods of a municipal office's invoices (no real order is meant)
ITEMS = (
    ("Obálky pre voľby, úradné, C5", "ks", 0.09),
    ("Tlač oznámenia o čase a mieste konania volieb", "ks", 0.12),
    ("Kancelársky papier A4, 80 g", "bal", 4.10), ("Toner do tlačiarne", "ks", 38.50),
    ("Nástenka pre úradnú tabuľu", "ks", 64.00), ("Pečiatka obce, samofarbiaca", "ks", 24.90),
)  # fmt: skip
ESHOPS = ("kancelariaobce.sk", "tlacivapreobce.sk", "volebnepotreby.sk")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field (the subscriber's numbers, no area code) as published, stripped."""
    return _f(row, PHONE)


def mobile(row: dict[str, Any]) -> str:
    """The row's mobile field as published, stripped ("" where it has none)."""
    return _f(row, MOBILE)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as published, stripped ("" where it has none)."""
    return _f(row, "email")


def emails(row: dict[str, Any]) -> list[str]:
    """The e-mail addresses of the row's e-mail field (one field holds two, parted by ``;``)."""
    return [a.strip() for a in email(row).replace(",", ";").split(";") if a.strip()]


def international(value: str) -> bool:
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone and mobile fields (each number in
    them) and of each of its e-mail addresses labelled. Each copy stands apart (no digit next to
    a number, no address character next to an address)."""
    values = [("email", a) for a in emails(row)]
    values += [("phone", phone(row)), ("mobile", mobile(row))]
    columns = {"phone": PHONE, "mobile": MOBILE}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Bratislava, CET)."""
    start = dt.datetime(2024, 1, 8, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def office(row: dict[str, Any]) -> str:
    """The office as it signs (``Obecný úrad Abranovce``): its kind and municipality."""
    kind, name = _f(row, "typ_uradu"), _f(row, "nazov_obce")
    return kind if name in kind else f"{kind} {name}"


def municipality(row: dict[str, Any]) -> str:
    """The municipality (``Obec Abranovce``, ``Mesto Prešov``, a city part's own name)."""
    kind, name = _f(row, "typ_uradu"), _f(row, "nazov_obce")
    if kind.startswith("Mestský"):
        return f"Mesto {name}"
    if kind.startswith("Miestny"):
        return f"Mestská časť {name}"
    return f"Obec {name}"


def street(row: dict[str, Any]) -> str:
    """The street line (``Hlavná 73``; the house number alone where the list has no street, as
    villages write it)."""
    return " ".join(
        v for v in (_f(row, "adresa_uradu_ulica"), _f(row, "adresa_uradu_cislo_domu")) if v
    )


def town(row: dict[str, Any]) -> str:
    """The post office (the municipality's name where the list leaves it empty)."""
    return _f(row, "adresa_uradu_mesto") or _f(row, "nazov_obce")


def district(row: dict[str, Any]) -> str:
    """The district's name (``Prešov`` of ``Okres Prešov``)."""
    return _f(row, "okres").removeprefix("Okres ").strip()


def _s10(rng: random.Random, service: str = "RR") -> str:
    """An invented UPU S10 item id of Slovenská pošta (``RR123456785SK``), check digit right."""
    body = [rng.randint(0, 9) for _ in range(8)]
    check = 11 - sum(d * w for d, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    check = {10: 0, 11: 5}.get(check, check)
    return f"{service}{''.join(map(str, body))}{check}SK"


def eph_xml(row: dict[str, Any], rng: random.Random) -> str:
    """Slovenská pošta's ePodací hárok 3.0 (``EPH``): ``InfoEPH`` with an invented sheet id and
    date, payment and kind of item (registered letter), the office as ``Odosielatel``
    (``Organizacia``, ``Ulica``, ``Mesto``, ``PSC``, ``Telefon``, ``Email``), and one
    ``Zasielka`` to the Ministry of the Interior's election department with an invented S10
    barcode and weight and a ``Poznamka`` naming the area code and the mobile field."""
    when = _when(rng)
    note = f"Voľby – zápisnica OVK, {municipality(row)}, predvoľba {_f(row, 'tel_predvolba')}"
    if mobile(row):
        note += f", mobil {mobile(row)}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<EPH verzia="3.0" xmlns="http://ekp.posta.sk/LOGIS/Formulare/Podaj_v03">',
        "  <InfoEPH>",
        "    <Mena>EUR</Mena>",
        "    <TypEPH>1</TypEPH>",
        f"    <EPHID>EPH{rng.randint(100000, 999999)}</EPHID>",
        f"    <Datum>{when:%Y%m%d}</Datum>",
        "    <PocetZasielok>1</PocetZasielok>",
        "    <Uhrada>",
        "      <SposobUhrady>5</SposobUhrady>",
        f"      <SumaUhrady>{rng.choice(('2.70', '2.90', '3.20'))}</SumaUhrady>",
        "    </Uhrada>",
        "    <DruhZasielky>1</DruhZasielky>",
        "    <SposobSpracovania>3</SposobSpracovania>",
        "    <Odosielatel>",
        f"      <OdosielatelID>{_x(_f(row, 'kluc').upper()[:10])}</OdosielatelID>",
        "      <Meno></Meno>",
        f"      <Organizacia>{_x(office(row))}</Organizacia>",
        f"      <Ulica>{_x(street(row))}</Ulica>",
        f"      <Mesto>{_x(town(row))}</Mesto>",
        f"      <PSC>{_x(_f(row, 'adresa_uradu_psc'))}</PSC>",
        "      <Krajina>SK</Krajina>",
        f"      <Telefon>{_x(phone(row))}</Telefon>",
        f"      <Email>{_x(email(row))}</Email>",
        "    </Odosielatel>",
        "  </InfoEPH>",
        "  <Zasielky>",
        "    <Zasielka>",
        "      <Adresat>",
        "        <Meno>odbor volieb, referenda a politických strán</Meno>",
        "        <Organizacia>Ministerstvo vnútra Slovenskej republiky</Organizacia>",
        "        <Ulica>Drieňová 22</Ulica>",
        "        <Mesto>Bratislava</Mesto>",
        "        <PSC>82686</PSC>",
        "        <Krajina>SK</Krajina>",
        "      </Adresat>",
        "      <Info>",
        f"        <CiarovyKod>{_s10(rng)}</CiarovyKod>",
        f"        <Hmotnost>{rng.randint(20, 480) / 1000:.3f}</Hmotnost>",
        f"        <Poznamka>{_x(note)}</Poznamka>",
        "      </Info>",
        "      <PouziteSluzby>",
        "        <Sluzba>D</Sluzba>",
        "      </PouziteSluzby>",
        "    </Zasielka>",
        "  </Zasielky>",
        "</EPH>",
        "",
    ]
    return "\n".join(lines)


def sktalk_general_agenda(row: dict[str, Any], rng: random.Random) -> str:
    """A slovensko.sk SKTalk 3.0 message (``EGOV_APPLICATION``) whose ``MessageContainer``
    carries one form object, a ``Všeobecná agenda`` (``App.GeneralAgenda/1.9``): the
    ``subject`` and a ``text`` in which the office announces where voter-pass requests are
    taken, with its address, area code, phone and mobile fields and e-mail; invented message
    and correlation ids and an invented sender URI."""
    when = _when(rng)
    mid, cid, oid = _uuid(rng), _uuid(rng), _uuid(rng)
    subject = f"Hlasovací preukaz – kontakty {office(row)}"
    text = (
        f"{municipality(row)} oznamuje, že žiadosti o vydanie hlasovacieho preukazu prijíma "
        f"{office(row)}, {street(row)}, {_f(row, 'adresa_uradu_psc')} {town(row)} "
        f"(okres {district(row)}). Telefón: {phone(row)} (predvoľba "
        f"{_f(row, 'tel_predvolba')})"
    )
    if mobile(row):
        text += f", mobil: {mobile(row)}"
    if email(row):
        text += f", e-mail: {email(row)} (aj pre žiadosti elektronicky)"
    text += f". Žiadosť v listinnej podobe doručte najneskôr do {when:%d.%m.%Y}."
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<SKTalkMessage xmlns="http://gov.sk/SKTalkMessage">',
        "  <EnvelopeVersion>3.0</EnvelopeVersion>",
        "  <Header>",
        "    <MessageInfo>",
        "      <Class>EGOV_APPLICATION</Class>",
        "      <PospID>App.GeneralAgenda</PospID>",
        "      <PospVersion>1.9</PospVersion>",
        f"      <MessageID>{mid}</MessageID>",
        f"      <CorrelationID>{cid}</CorrelationID>",
        "    </MessageInfo>",
        "  </Header>",
        "  <Body>",
        '    <MessageContainer xmlns="http://schemas.gov.sk/core/MessageContainer/1.0">',
        f"      <MessageId>{mid}</MessageId>",
        f"      <SenderId>ico://sk/{rng.randint(300000, 329999):08d}</SenderId>",
        "      <RecipientId>ico://sk/00151866</RecipientId>",
        "      <MessageType>App.GeneralAgenda</MessageType>",
        f"      <MessageSubject>{_x(subject)}</MessageSubject>",
        f'      <Object Id="{oid}" IsSigned="false" Name="Všeobecná agenda" Description="" '
        'Class="FORM" MimeType="application/x-eform-xml" Encoding="XML">',
        '        <GeneralAgenda xmlns="http://schemas.gov.sk/form/App.GeneralAgenda/1.9">',
        f"          <subject>{_x(subject)}</subject>",
        f"          <text>{_x(text)}</text>",
        "        </GeneralAgenda>",
        "      </Object>",
        "    </MessageContainer>",
        "  </Body>",
        "</SKTalkMessage>",
        "",
    ]
    return "\n".join(lines)


def superfaktura_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """A SuperFaktúra API ``invoices/create`` request body: ``Invoice`` (an invented name,
    variable symbol, dates, currency and a ``comment`` naming the area code and the mobile
    field), one or two ``InvoiceItem``s of invented goods, and the municipality as ``Client``
    (``name``, ``address``, ``city``, ``zip``, ``country_iso_id``, ``email``, ``phone``)."""
    when = _when(rng)
    number = f"{when:%Y}{rng.randint(1, 999):04d}"
    items = []
    for name, unit, price in rng.sample(ITEMS, rng.randint(1, 2)):
        quantity = (
            rng.choice((1, 2, 5, 10)) if unit != "ks" or price > 1 else rng.choice((200, 500, 1000))
        )
        items.append(
            {"name": name, "quantity": quantity, "unit": unit, "unit_price": price, "tax": 23}
        )
    comment = f"Odberateľ: {office(row)}, predvoľba {_f(row, 'tel_predvolba')}"
    if mobile(row):
        comment += f", mobil {mobile(row)}"
    body: dict[str, Any] = {
        "Invoice": {
            "name": f"Faktúra {number}",
            "variable": number,
            "created": f"{when:%Y-%m-%d}",
            "delivery": f"{when:%Y-%m-%d}",
            "due": f"{when + dt.timedelta(days=14):%Y-%m-%d}",
            "invoice_currency": "EUR",
            "payment_type": "transfer",
            "comment": comment,
        },
        "InvoiceItem": items,
        "Client": {
            "name": municipality(row),
            "address": street(row),
            "city": town(row),
            "zip": _f(row, "adresa_uradu_psc"),
            "country_iso_id": "SK",
            "phone": phone(row),
            "update_addressbook": 1,
        },
    }
    if email(row):
        body["Client"]["email"] = email(row)
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def packeta_packet(row: dict[str, Any], rng: random.Random) -> str:
    """A Packeta (Zásielkovňa) API ``createPacket`` XML request: an invented API password,
    order number, pickup-point id, value and weight, the office as recipient (``name``,
    ``surname``, ``company``, ``email``, ``phone``: the mobile field, or the phone field where the
    row has no mobile) and a ``note`` naming the phone field with its area code apart."""
    order = f"24{rng.randint(10000, 99999)}"
    tel = mobile(row) or phone(row)
    note = f"Doručiť počas úradných hodín; pevná linka {phone(row)}"
    note += f" (predvoľba {_f(row, 'tel_predvolba')})"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<createPacket>",
        f"  <apiPassword>{rng.getrandbits(128):032x}</apiPassword>",
        "  <packetAttributes>",
        f"    <number>{order}</number>",
        f"    <name>{_x(_f(row, 'typ_uradu'))}</name>",
        f"    <surname>{_x(_f(row, 'nazov_obce'))}</surname>",
        f"    <company>{_x(municipality(row))}</company>",
    ]
    if email(row):
        lines.append(f"    <email>{_x(email(row))}</email>")
    lines += [
        f"    <phone>{_x(tel)}</phone>",
        f"    <addressId>{rng.randint(1000, 29999)}</addressId>",
        f"    <value>{rng.randint(900, 24000) / 100:.2f}</value>",
        "    <currency>EUR</currency>",
        f"    <weight>{rng.randint(2, 60) / 10:.1f}</weight>",
        f"    <eshop>{rng.choice(ESHOPS)}</eshop>",
        f"    <note>{_x(note)}</note>",
        "  </packetAttributes>",
        "</createPacket>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "eph_xml": eph_xml,
    "sktalk_general_agenda": sktalk_general_agenda,
    "superfaktura_invoice": superfaktura_invoice,
    "packeta_packet": packeta_packet,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: its phone and mobile fields and e-mail
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
