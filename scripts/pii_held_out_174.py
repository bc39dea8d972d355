"""held_out_174 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Hamburg's schools in the schools layer of the city's Behörde für Schule und
Berufsbildung; Germany's earlier parts took Berlin's and North Rhine-Westphalia's schools,
Chemnitz's day-care centres and other registers) exactly as published, in layouts no earlier
part has, beside the layer's own names, addresses, ids and counts.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of DE (Berlin's schools, North Rhine-Westphalia's schools,
Chemnitz's day-care centres, farm shops on OpenStreetMap), AT, CH and many others; here:

* the values are the ``Telefon``, ``FAX`` and ``email`` fields of 200 schools
  (``scripts/data/pii_de_hamburg_schools.json``, written by ``scripts/de_hamburg_schools_data.py``;
  source and licence in that file): Hamburg numbers as the layer writes them, most in
  international form with the switchboard's extension after a hyphen (``+49 40 428 59-2369``,
  ``+49 40 8 26 00-2``, ``+49 40 428 86 92 20``), some national (``040/65591-139``, ``040 428
  88 08-50``) or local with no area code (``63 90 29-0``, ``645 08 20``, ``67381670``), one
  with an en dash before its extension (``+4940 428 7648–30``: the number is labelled without
  it), one fax with a wrong country code as published (``+40 40 325 370-55``), each copy
  labelled under its column (190 of the 200 schools have a fax); the school's mailbox
  (``H18@hibb.hamburg.de``, ``gymnasium-farmsen@bsb.hamburg.de``, ``info@...``), each copy
  labelled;
* the text around them is the same row's real fields: the name, school id (``8502-0``), school
  form, street, postcode and town, district and quarter, legal form, web page and pupil count,
  with invented DATEV adviser, client and account numbers, time stamps, award numbers,
  quantities, customer numbers, UUIDs and object ids, unlabelled and scored;
* in layouts no earlier part has, formats of German business software, text in German:
  DATEV-Format (``EXTF``) master-data files of category 16 ``Debitoren/Kreditoren`` (a school
  caterer's debtor accounts: the format's header line, its 254 column names and the school's
  row, ``;``-separated, text in quotes, CRLF), GAEB DA XML 3.3 invitations to tender
  (``DA83``: the school as ``OWN`` with its ``Address``, ``Phone``, ``Fax`` and ``Email``, a
  ``Remark`` of the bill of quantities repeating the number), lexoffice Public API contact
  resources (JSON: ``phoneNumbers`` ``business`` and ``fax``, ``emailAddresses``, a ``note``
  repeating the number) and OX App Suite HTTP API contact responses (JSON:
  ``telephone_business1``, ``fax_business``, ``email1``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_174.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_de_hamburg_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_174.jsonl.gz"
SPLIT = "held_out_174"

LAYOUTS = ("datev_debitoren", "gaeb_x83", "lexoffice_contact", "ox_contact")
PHONE, FAX, EMAIL = "Telefon", "FAX", "email"
# what may not stand next to a copy: a digit beside a number, an address character beside an
# address
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
COLUMNS = {"phone": PHONE, "fax": FAX}
HAMBURG = dt.timezone(dt.timedelta(hours=1))  # winter time

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _bank(i: int) -> list[str]:
    return [
        f"Bankleitzahl {i}", f"Bankbezeichnung {i}", f"Bank-Kontonummer {i}",
        f"Länderkennzeichen {i}", f"IBAN-Nr. {i}", "Leerfeld", f"SWIFT-Code {i}",
        f"Abw. Kontoinhaber {i}", f"Kennz. Hauptbankverb. {i}", f"Bankverb {i} Gültig von",
        f"Bankverb {i} Gültig bis",
    ]  # fmt: skip


# the column names of DATEV-Format 700, category 16 (Debitoren/Kreditoren), format version 5
DATEV_COLUMNS = [
    "Konto", "Name (Adressattyp Unternehmen)", "Unternehmensgegenstand",
    "Name (Adressattyp natürl. Person)", "Vorname (Adressattyp natürl. Person)",
    "Name (Adressattyp keine Angabe)", "Adressattyp", "Kurzbezeichnung", "EU-Land", "EU-UStID",
    "Anrede", "Titel/Akad. Grad", "Adelstitel", "Namensvorsatz", "Adressart", "Straße",
    "Postfach", "Postleitzahl", "Ort", "Land", "Versandzusatz", "Adresszusatz",
    "Abweichende Anrede", "Abw. Zustellbezeichnung 1", "Abw. Zustellbezeichnung 2",
    "Kennz. Korrespondenzadresse", "Adresse Gültig von", "Adresse Gültig bis", "Telefon",
    "Bemerkung (Telefon)", "Telefon GL", "Bemerkung (Telefon GL)", "E-Mail",
    "Bemerkung (E-Mail)", "Internet", "Bemerkung (Internet)", "Fax", "Bemerkung (Fax)",
    "Sonstige", "Bemerkung (Sonstige)",
    *[c for i in range(1, 6) for c in _bank(i)],
    "Leerfeld", "Briefanrede", "Grußformel", "Kunden-/Lief.-Nr.", "Steuernummer", "Sprache",
    "Ansprechpartner", "Vertreter", "Sachbearbeiter", "Diverse-Konto", "Ausgabeziel",
    "Währungssteuerung", "Kreditlimit (Debitor)", "Zahlungsbedingung",
    "Fälligkeit in Tagen (Debitor)", "Skonto in Prozent (Debitor)", "Kreditoren-Ziel 1 Tg.",
    "Kreditoren-Skonto 1 %", "Kreditoren-Ziel 2 Tg.", "Kreditoren-Skonto 2 %",
    "Kreditoren-Ziel 3 Brutto Tg.", "Kreditoren-Ziel 4 Tg.", "Kreditoren-Skonto 4 %",
    "Kreditoren-Ziel 5 Tg.", "Kreditoren-Skonto 5 %", "Mahnung", "Kontoauszug", "Mahntext 1",
    "Mahntext 2", "Mahntext 3", "Kontoauszugstext", "Mahnlimit Betrag", "Mahnlimit %",
    "Zinsberechnung", "Mahnzinssatz 1", "Mahnzinssatz 2", "Mahnzinssatz 3", "Lastschrift",
    "Leerfeld", "Mandantenbank", "Zahlungsträger",
    *[f"Indiv. Feld {i}" for i in range(1, 16)],
    "Abweichende Anrede (Rechnungsadresse)", "Adressart (Rechnungsadresse)",
    "Straße (Rechnungsadresse)", "Postfach (Rechnungsadresse)",
    "Postleitzahl (Rechnungsadresse)", "Ort (Rechnungsadresse)", "Land (Rechnungsadresse)",
    "Versandzusatz (Rechnungsadresse)", "Adresszusatz (Rechnungsadresse)",
    "Abw. Zustellbezeichnung 1 (Rechnungsadresse)",
    "Abw. Zustellbezeichnung 2 (Rechnungsadresse)", "Adresse Gültig von (Rechnungsadresse)",
    "Adresse Gültig bis (Rechnungsadresse)",
    *[c for i in range(6, 11) for c in _bank(i)],
    "Nummer Fremdsystem", "Insolvent",
    *[f"SEPA-Mandatsreferenz {i}" for i in range(1, 11)],
    "Verknüpftes OPOS-Konto", "Mahnsperre bis", "Lastschriftsperre bis", "Zahlungssperre bis",
    "Gebührenberechnung", "Mahngebühr 1", "Mahngebühr 2", "Mahngebühr 3",
    "Pauschalenberechnung", "Verzugspauschale 1", "Verzugspauschale 2", "Verzugspauschale 3",
    "Alternativer Suchname", "Status", "Anschrift manuell geändert (Korrespondenzadresse)",
    "Anschrift individuell (Korrespondenzadresse)",
    "Anschrift manuell geändert (Rechnungsadresse)", "Anschrift individuell (Rechnungsadresse)",
    "Fristberechnung bei Debitor", "Mahnfrist 1", "Mahnfrist 2", "Mahnfrist 3", "Letzte Frist",
]  # fmt: skip

# invented works of the tenders (no real tender is meant): (project, outline, detail, unit)
WORKS = (
    ("Malerarbeiten Klassenräume", "Dispersionsanstrich Wand",
     "Wandflächen in Klassenräumen reinigen, Risse schließen und zweimal mit "
     "Dispersionsfarbe, Nassabriebklasse 2, streichen.", "m2"),
    ("Bodenbelagsarbeiten Flur", "Linoleum liefern und verlegen",
     "Vorhandenen Belag entfernen, Untergrund spachteln, Linoleum 2,5 mm vollflächig "
     "verkleben, Nähte verschweißen.", "m2"),
    ("Erneuerung Sonnenschutz", "Außenjalousie montieren",
     "Außenjalousie mit Kurbelantrieb an vorhandenen Fensterelementen montieren, "
     "Lamellen 80 mm, Farbe nach Wahl des Auftraggebers.", "St"),
    ("Tischlerarbeiten Fachräume", "Wandschrank liefern und montieren",
     "Wandschrank für Lehrmittel, Korpus melaminbeschichtet, zwei Drehtüren mit "
     "Zylinderschloss, liefern und montieren.", "St"),
    ("Elektroarbeiten Beleuchtung", "LED-Anbauleuchte austauschen",
     "Vorhandene Leuchte demontieren und entsorgen, LED-Anbauleuchte 4000 K liefern, "
     "montieren und anschließen.", "St"),
)  # fmt: skip
SOFTWARE = ("AVA-Pro 12.4", "California.pro 2023", "ORCA AVA 26", "RIB iTWO 2023")
CATERERS = ("Mensa Nord Schulverpflegung", "Elbküche Catering", "Frischetisch Hamburg")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has no such field)."""
    return row["fields"].get(key) or ""


def phone(row: dict[str, Any]) -> str:
    """The row's telephone field as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published ("" where it has none)."""
    return _f(row, FAX)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as published."""
    return _f(row, EMAIL)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code."""
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields labelled under
    their columns and every copy of its e-mail address labelled (a number inside a longer one
    taken before it, or the same as one, is that one's)."""
    numbers = sorted([("phone", phone(row)), ("fax", fax(row))], key=lambda kv: -len(kv[1]))
    values = [("email", email(row)), *numbers]
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def _apart(row: dict[str, Any], token: str) -> bool:
    """Whether an invented ``token`` holds none of the row's numbers (so that no invented value
    is taken for one)."""
    return not any(v and v in token for v in (phone(row), fax(row)))


def _drawn(row: dict[str, Any], draw: Callable[[], str]) -> str:
    """An invented token by ``draw``, drawn again until it holds none of the row's numbers."""
    while not _apart(row, token := draw()):
        pass
    return token


def _postcode_town(row: dict[str, Any]) -> tuple[str, str]:
    """The postcode and town of the layer's ``Ort`` (``22337 Hamburg``)."""
    code, _, town = _f(row, "Ort").partition(" ")
    return code, town


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of the winter of 2024 (Hamburg)."""
    start = dt.datetime(2024, 1, 8, 7, 30, tzinfo=HAMBURG)
    return start + dt.timedelta(seconds=rng.randint(0, 75 * 86400))


def _uuid(rng: random.Random) -> str:
    """An invented version-4 UUID."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _q(value: str) -> str:
    """A DATEV text field: in double quotes, a quote doubled."""
    return '"' + value.replace('"', '""') + '"'


def datev_debitoren(row: dict[str, Any], rng: random.Random) -> str:
    """A DATEV-Format file (``EXTF``, version 700) of category 16, ``Debitoren/Kreditoren``,
    format version 5, as a school caterer's accounting exports one debtor: the header line
    (invented time stamp, adviser and client numbers, fiscal year's start, account length 4),
    the 254 column names, and the school's row (an invented debtor account and customer
    number; the name, school id as short name, street, postcode, town, the phone with the
    remark ``Schulbüro``, the e-mail, web page and fax, the school form and quarter as
    individual fields); text fields quoted, lines ending CRLF."""
    when = _when(rng)
    stamp = _drawn(row, lambda: f"{when:%Y%m%d%H%M%S}{rng.randint(0, 999):03d}")
    adviser = _drawn(row, lambda: str(rng.randint(1001, 9999999)))
    client = _drawn(row, lambda: str(rng.randint(1, 99999)))
    account = _drawn(row, lambda: str(rng.randint(10000, 69999)))
    header = [
        _q("EXTF"), "700", "16", _q("Debitoren/Kreditoren"), "5", stamp, "", _q("RE"),
        _q(""), _q(""), adviser, client, f"{when.year}0101", "4", "", "", _q(""), _q(""), "",
        "", "", _q(""), "", _q(""), "", "", _q(""), "", "", _q(""), _q(""),
    ]  # fmt: skip
    code, town = _postcode_town(row)
    values = {
        "Konto": account,
        "Name (Adressattyp Unternehmen)": _q(_f(row, "Name")),
        "Adressattyp": "2",
        "Kurzbezeichnung": _q(_f(row, "Schul_ID")),
        "Adressart": _q("STR"),
        "Straße": _q(_f(row, "Adresse")),
        "Postleitzahl": _q(code),
        "Ort": _q(town),
        "Land": _q("DE"),
        "Telefon": _q(phone(row)),
        "Bemerkung (Telefon)": _q("Schulbüro"),
        "E-Mail": _q(email(row)),
        "Bemerkung (E-Mail)": _q("Rechnungen per E-Mail"),
        "Internet": _q(_f(row, "internet")),
        "Fax": _q(fax(row)),
        "Kunden-/Lief.-Nr.": _q(_drawn(row, lambda: f"K{rng.randint(1000, 9999)}")),
        "Sprache": "1",
        "Ausgabeziel": "3",
        "Indiv. Feld 1": _q(_f(row, "Schulform")),
        "Indiv. Feld 2": _q(f"{_f(row, 'stadtteil')} ({_f(row, 'bezirk')})"),
        "Indiv. Feld 3": _q(rng.choice(CATERERS)),
    }
    line = [values.get(column, "") for column in DATEV_COLUMNS]
    return "\r\n".join([";".join(header), ";".join(DATEV_COLUMNS), ";".join(line), ""])


def _lines40(value: str) -> list[str]:
    """``value`` in lines of at most 40 characters, broken at spaces (GAEB's ``Name1`` to
    ``Name4``); a word longer than a line stands alone."""
    lines: list[str] = []
    for word in value.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= 40:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines[:4]


def gaeb_x83(row: dict[str, Any], rng: random.Random) -> str:
    """A GAEB DA XML 3.3 invitation to tender (``DA83``) for small works at the school: the
    ``GAEBInfo`` (an invented program and moment), the project (its name and the school's), the
    award's opening date and place, the school as owner (``OWN``: its name in ``Name1`` and on,
    street, postcode, town, ``Contact`` ``Schulbüro``, ``Phone``, ``Fax`` where it has one,
    ``Email``, an invented award number) and a bill of quantities of one section whose
    ``Remark`` names the number for site visits and whose one item gives an invented
    quantity."""
    name, tel = _f(row, "Name"), phone(row)
    when = _when(rng)
    project, outline, detail, unit = rng.choice(WORKS)
    opening = when + dt.timedelta(days=rng.randint(14, 28))
    award = _drawn(row, lambda: f"SBH-{when.year}-{rng.randint(100, 9999):04d}")
    qty = rng.randint(4, 60) if unit == "St" else rng.randint(40, 900)
    code, town = _postcode_town(row)
    names = [
        f"        <Name{i}>{escape(line)}</Name{i}>" for i, line in enumerate(_lines40(name), 1)
    ]
    contact = [
        "        <Contact>Schulbüro</Contact>",
        f"        <Phone>{escape(tel)}</Phone>",
    ]
    if fax(row):
        contact.append(f"        <Fax>{escape(fax(row))}</Fax>")
    contact.append(f"        <Email>{escape(email(row))}</Email>")
    remark = (
        f"Eine Ortsbesichtigung ist nach Terminabsprache mit dem Schulbüro unter Telefon "
        f"{tel} möglich. Arbeiten im Schulgebäude sind nur in der unterrichtsfreien Zeit "
        f"auszuführen."
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<GAEB xmlns="http://www.gaeb.de/GAEB_DA_XML/DA83/3.3">',
        "  <GAEBInfo>",
        "    <Version>3.3</Version>",
        "    <VersDate>2021-05</VersDate>",
        f"    <Date>{when:%Y-%m-%d}</Date>",
        f"    <Time>{when:%H:%M:%S}</Time>",
        f"    <ProgSystem>{rng.choice(SOFTWARE)}</ProgSystem>",
        "  </GAEBInfo>",
        "  <PrjInfo>",
        f"    <NamePrj>{escape(project)}</NamePrj>",
        f"    <LblPrj>{escape(project)}, {escape(name)}</LblPrj>",
        "    <Cur>EUR</Cur>",
        "    <CurLbl>Euro</CurLbl>",
        "  </PrjInfo>",
        "  <Award>",
        "    <DP>83</DP>",
        "    <AwardInfo>",
        "      <Cur>EUR</Cur>",
        "      <CurLbl>Euro</CurLbl>",
        f"      <OpenDate>{opening:%Y-%m-%d}</OpenDate>",
        "      <OpenTime>10:00:00</OpenTime>",
        f"      <SubmLoc>{escape(_f(row, 'Adresse'))}, {escape(_f(row, 'Ort'))}</SubmLoc>",
        "    </AwardInfo>",
        "    <OWN>",
        "      <Address>",
        *names,
        f"        <Street>{escape(_f(row, 'Adresse'))}</Street>",
        f"        <PCode>{code}</PCode>",
        f"        <City>{escape(town)}</City>",
        "        <Country>Deutschland</Country>",
        *contact,
        "      </Address>",
        f"      <AwardNo>{award}</AwardNo>",
        "    </OWN>",
        f'    <BoQ ID="{_uuid(rng)}">',
        "      <BoQInfo>",
        "        <Name>LV 01</Name>",
        f"        <LblBoQ>{escape(project)}</LblBoQ>",
        f"        <Date>{when:%Y-%m-%d}</Date>",
        "        <BoQBkdn><Type>BoQLevel</Type><LblBoQBkdn>Titel</LblBoQBkdn>"
        "<Length>2</Length><Num>Yes</Num></BoQBkdn>",
        "        <BoQBkdn><Type>Item</Type><LblBoQBkdn>Position</LblBoQBkdn>"
        "<Length>4</Length><Num>Yes</Num></BoQBkdn>",
        "      </BoQInfo>",
        "      <BoQBody>",
        f'        <BoQCtgy ID="{_uuid(rng)}" RNoPart="01">',
        f"          <LblTx><p><span>{escape(project)}</span></p></LblTx>",
        "          <BoQBody>",
        "            <Itemlist>",
        f'              <Remark ID="{_uuid(rng)}">',
        "                <Description>",
        "                  <CompleteText>",
        "                    <DetailTxt>",
        f"                      <Text><p><span>{escape(remark)}</span></p></Text>",
        "                    </DetailTxt>",
        "                    <OutlineText>",
        "                      <OutlTxt><TextOutlTxt><p><span>Ortsbesichtigung</span></p>"
        "</TextOutlTxt></OutlTxt>",
        "                    </OutlineText>",
        "                  </CompleteText>",
        "                </Description>",
        "              </Remark>",
        f'              <Item ID="{_uuid(rng)}" RNoPart="0010">',
        f"                <Qty>{qty}.000</Qty>",
        f"                <QU>{unit}</QU>",
        "                <Description>",
        "                  <CompleteText>",
        "                    <DetailTxt>",
        f"                      <Text><p><span>{escape(detail)}</span></p></Text>",
        "                    </DetailTxt>",
        "                    <OutlineText>",
        f"                      <OutlTxt><TextOutlTxt><p><span>{escape(outline)}</span></p>"
        "</TextOutlTxt></OutlTxt>",
        "                    </OutlineText>",
        "                  </CompleteText>",
        "                </Description>",
        "              </Item>",
        "            </Itemlist>",
        "          </BoQBody>",
        "        </BoQCtgy>",
        "      </BoQBody>",
        "    </BoQ>",
        "  </Award>",
        "</GAEB>",
        "",
    ]
    return "\n".join(lines)


def lexoffice_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A lexoffice Public API contact resource (``GET /v1/contacts/{id}``) of a school
    photographer's customer: invented ids, version and customer number, the school as
    ``company``, its billing address, ``emailAddresses.business``, ``phoneNumbers.business``
    and ``phoneNumbers.fax`` (where it has one), and a ``note`` naming the number again."""
    tel = phone(row)
    code, town = _postcode_town(row)
    numbers: dict[str, list[str]] = {"business": [tel]}
    if fax(row):
        numbers["fax"] = [fax(row)]
    note = (
        f"Schulfotografie: Fototermine über das Schulbüro abstimmen (Telefon {tel}). "
        f"Schul-ID {_f(row, 'Schul_ID')}, {_f(row, 'Schulform')}."
    )
    doc = {
        "id": _uuid(rng),
        "organizationId": _uuid(rng),
        "version": rng.randint(0, 6),
        "roles": {"customer": {"number": int(_drawn(row, lambda: str(rng.randint(10001, 10999))))}},
        "company": {
            "name": _f(row, "Name"),
            "allowTaxFreeInvoices": False,
            "contactPersons": [],
        },
        "addresses": {
            "billing": [
                {"street": _f(row, "Adresse"), "zip": code, "city": town, "countryCode": "DE"}
            ]
        },
        "emailAddresses": {"business": [email(row)]},
        "phoneNumbers": numbers,
        "note": note,
        "archived": False,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def ox_contact(row: dict[str, Any], rng: random.Random) -> str:
    """An OX App Suite HTTP API response to ``GET /api/contacts?action=get`` from a school
    authority's shared address book: ``data`` with invented object, folder and user ids and
    times (milliseconds since the epoch), the school as ``display_name`` and ``company``, its
    business address, ``telephone_business1``, ``fax_business`` (where it has one),
    ``email1``, ``url``, a ``note`` with its id, form and pupil count, ``categories`` of its
    district; and the response's ``timestamp``."""
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(200, 2000))
    code, town = _postcode_town(row)
    millis = int(when.timestamp() * 1000) + rng.randint(0, 999)
    note = f"Schul-ID {_f(row, 'Schul_ID')}; {_f(row, 'Schulform')}; {_f(row, 'rechtsform')}"
    if _f(row, "schueleranzahl"):
        note += (
            f"; {_f(row, 'schueleranzahl')} Schülerinnen und Schüler "
            f"({_f(row, 'schueleranzahl_schuljahr')})"
        )
    contact: dict[str, Any] = {
        "id": _drawn(row, lambda: str(rng.randint(1000, 99999))),
        "folder_id": _drawn(row, lambda: str(rng.randint(30, 9999))),
        "created_by": rng.randint(3, 900),
        "modified_by": rng.randint(3, 900),
        "creation_date": int(created.timestamp() * 1000),
        "last_modified": millis,
        "display_name": _f(row, "Name"),
        "company": _f(row, "Name"),
        "department": "Schulbüro",
        "street_business": _f(row, "Adresse"),
        "postal_code_business": code,
        "city_business": town,
        "country_business": "Deutschland",
        "telephone_business1": phone(row),
    }
    if fax(row):
        contact["fax_business"] = fax(row)
    contact["email1"] = email(row)
    if _f(row, "internet"):
        contact["url"] = _f(row, "internet")
    contact["note"] = note
    contact["categories"] = f"Schulen, {_f(row, 'bezirk')}"
    doc = {"data": contact, "timestamp": millis}
    for value in (contact["creation_date"], millis):
        assert _apart(row, str(value)), row["path"]
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "datev_debitoren": datev_debitoren,
    "gaeb_x83": gaeb_x83,
    "lexoffice_contact": lexoffice_contact,
    "ox_contact": ox_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
    and of its e-mail address labelled."""
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
